"""Shapes of the API's answers and of the small bodies of lifecycle events.

The request itself travels as rogatory.requests.document.RequestDocument, unchanged, so what the
API returns is what `rogatory request check` and `render` accept.
"""

from datetime import datetime
from typing import Any, Literal

from ninja import Schema
from pydantic import AwareDatetime, Field

from rogatory.requests.document import RequestDocument


class DefectOut(Schema):
    code: str
    field: str
    message: str
    severity: Literal["error", "warning"]


class CheckOut(Schema):
    is_complete: bool = Field(description="True when no error-severity defect remains.")
    defects: list[DefectOut]


class DeadlinesOut(Schema):
    acknowledgement_chase_at: datetime | None
    expiry_reminder_at: datetime | None
    preservation_expires_at: datetime | None
    response_due_at: datetime | None = Field(
        description="When the answer is due (EPOC 10 days, 8 hours in an emergency...)."
    )
    validation_due_at: datetime | None = Field(
        None, description="Ex-post validation of an emergency EPOC due (48 hours)."
    )
    next_deadline_at: datetime | None
    time_left: str = Field(description="Until the next deadline, e.g. '3 d 4 h'; '' when none.")


class RequestSummaryOut(Schema):
    id: int
    our_reference: str
    their_reference: str
    kind: str
    direction: str
    state: str
    outcome: str
    urgency: str
    requesting_authority: str
    requested_authority: str
    next_deadline_at: datetime | None
    time_left: str


class ChainedRequestOut(Schema):
    id: int
    our_reference: str
    kind: str
    state: str


class RequestDetailOut(Schema):
    id: int
    kind: str
    kind_title: str
    legal_basis: str
    direction: str
    state: str
    state_label: str
    outcome: str
    state_reason: str
    created_at: datetime
    updated_at: datetime
    approved_by: str
    approved_at: datetime | None
    sent_at: datetime | None
    received_at: datetime | None
    acknowledged_at: datetime | None
    preservation_confirmed_at: datetime | None
    responded_at: datetime | None
    deadlines: DeadlinesOut
    available_events: list[str]
    previous_request: ChainedRequestOut | None = Field(
        description="The request this one follows (preservation before an MLA request...)."
    )
    chained_requests: list[ChainedRequestOut] = Field(
        description="The requests prepared from this one (follow-ups, extensions)."
    )
    defects: list[DefectOut]
    advice: dict[str, Any] = Field(
        description="The rules run on this request and the channels ranked for it "
        "(the shape of POST /api/advice)."
    )
    document: RequestDocument


class TransitionOut(Schema):
    event: str
    from_state: str
    to_state: str
    actor_username: str
    occurred_at: datetime
    note: str


class AcknowledgementIn(Schema):
    channel: Literal["email", "phone", "portal", "node"] = "email"
    acknowledged_at: AwareDatetime | None = None
    their_reference: str = ""
    note: str = ""


class PreservationConfirmedIn(Schema):
    confirmed_at: AwareDatetime | None = None
    expires_at: AwareDatetime | None = None


class ExpiryIn(Schema):
    expires_at: AwareDatetime | None = Field(
        None, description="When the custodian's preservation ends; default from the clock rules."
    )


class ReasonIn(Schema):
    reason: str = ""


class ValidationIn(Schema):
    validated_by: str = Field("", description="The judge, court or prosecutor who validated it.")


class NoteIn(Schema):
    note: str = ""


class FollowUpIn(Schema):
    kind: str = Field(description="The kind of the request to prepare, e.g. mla_subscriber, epoc.")


class NonExecutionIn(Schema):
    reason_code: str = Field(description="A reason of Annex III, e.g. data_not_stored.")
    explanation: str = ""


class CloseIn(Schema):
    outcome: str
    note: str = ""


class ErrorOut(Schema):
    detail: str


class IncompleteOut(Schema):
    detail: str
    defects: list[str]


class ContactPointOut(Schema):
    name: str
    person_name: str
    is_available_24_7: bool
    time_zone: str
    office_hours: str
    languages: list[str]
    channels: list[str]
    email: str
    phone: str


class AuthorityOut(Schema):
    code: str
    name: str
    name_local: str
    authority_type: str
    country: str
    country_name: str
    languages: list[str]
    time_zone: str
    contact_points: list[ContactPointOut]


class DetailFieldOut(Schema):
    name: str
    label: str
    field_type: str
    is_required: bool = Field(description="Required whatever the other answers are.")
    required_when: dict[str, object] | None = Field(
        description="Required only when another detail has this value."
    )
    required_by_rule: bool = Field(description="Required under a condition a kind rule checks.")
    missing_message: str = Field(description="The check's exact message when it is missing.")
    choices: list[dict[str, str]]


class SectionOut(Schema):
    number: str
    title: str
    fields: list[DetailFieldOut]


class RequiredCommonOut(Schema):
    name: str
    missing_message: str


class ClockOut(Schema):
    clock: str
    hours: int
    source: str


class KindOut(Schema):
    code: str
    title: str
    subtitle: str
    legal_basis: str
    reference: str
    group: str
    lifecycle: str
    is_transmitted: bool
    directions: list[str]
    allowed_categories: list[str]
    uses_data_items: bool
    required_common: list[RequiredCommonOut]
    required_count: int
    sections: list[SectionOut]
    clocks: list[ClockOut]
    follows: list[str]
    needs_second_approver_when_emergency: bool
