"""The request as a portable JSON document: what `export` prints and `check` / `render` accept.

Pure (pydantic only). Its JSON Schema is published by `rogatory schema request`.
"""

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from rogatory.requests.kinds import KIND_CODES, REGISTRY, coerce_detail

SCHEMA_ID = "https://rogatory.example.org/schema/request/1"

IdentifierTypeName = Literal[
    "ip_address",
    "email",
    "url",
    "domain",
    "username",
    "account_id",
    "phone",
    "onion",
    "crypto",
    "iban",
    "other",
]
DataCategoryName = Literal["subscriber", "traffic", "content"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PartyBlock(_Strict):
    """An authority as printed on the form (T-CY items 4 and 5)."""

    code: str = ""
    name: str = ""
    name_local: str = ""
    country: str = Field("", description="ISO 3166-1 alpha-2")
    country_name: str = ""
    address: str = ""
    languages: list[str] = Field(default_factory=list)


class ContactBlock(_Strict):
    name: str = ""
    person_name: str = ""
    person_title: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    fax: str = ""
    office_hours: str = ""
    time_zone: str = ""
    is_available_24_7: bool = False


class ConfirmationContact(_Strict):
    """T-CY item 6: whom to call to confirm the request is genuine."""

    name: str = ""
    title: str = ""
    phone: str = ""
    email: str = ""


class DataItemBlock(_Strict):
    identifier_type: IdentifierTypeName
    value: str
    observed_at: str = Field(
        "", description="ISO 8601 date-time as stated, with its offset when known"
    )
    time_zone: str = Field("", description="IANA zone or UTC offset, when not in observed_at")
    port: int | None = Field(None, ge=0, le=65535)
    data_categories: list[DataCategoryName] = Field(default_factory=list)
    period_start: date | None = None
    period_end: date | None = None
    note: str = ""


class RequestDocument(_Strict):
    """A request of any kind: the common T-CY header and blocks, and the kind's own `details`."""

    schema_: str = Field(SCHEMA_ID, alias="$schema")
    kind: str = Field("preservation", json_schema_extra={"enum": list(KIND_CODES)})
    direction: Literal["outgoing", "incoming"] = "outgoing"
    request_date: date | None = None
    our_reference: str = ""
    their_reference: str = ""
    ticket_status: Literal["new", "extension", "follow_up"] = "new"
    previous_ticket: str = ""
    requesting_authority: PartyBlock = Field(default_factory=PartyBlock)
    requesting_contact: ContactBlock = Field(default_factory=ContactBlock)
    requesting_person_name: str = ""
    preferred_reply_channel: Literal["email", "phone", "portal", "node"] = "email"
    requested_authority: PartyBlock = Field(default_factory=PartyBlock)
    requested_contact: ContactBlock = Field(default_factory=ContactBlock)
    confirmation_contact: ConfirmationContact = Field(default_factory=ConfirmationContact)
    investigating_authority: str = ""
    prosecutor_or_court: str = ""
    case_number: str = ""
    offence: str = ""
    legal_provisions: str = ""
    maximum_penalty: str = ""
    summary_of_facts: str = ""
    data_items: list[DataItemBlock] = Field(default_factory=list)
    relation_to_offence: str = ""
    custodian: PartyBlock = Field(default_factory=PartyBlock)
    system_location: str = ""
    necessity_of_preservation: str = ""
    intends_mla_request: bool = False
    is_confidential: bool = True
    confidentiality_note: str = ""
    requests_art30_disclosure: bool = False
    urgency: Literal["normal", "urgent", "emergency"] = "urgent"
    urgency_reason: str = ""
    signatory_name: str = ""
    signatory_title: str = ""
    language: str = "en"
    counterpart_language: str = "en"
    details: dict[str, Any] = Field(
        default_factory=dict,
        description="The kind's own fields (see `rogatory docs kinds` for each kind's list)",
    )

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, populate_by_name=True)

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in REGISTRY:
            raise ValueError(f"unknown request kind '{value}'; known: {', '.join(KIND_CODES)}")
        return value

    @model_validator(mode="after")
    def _typed_details(self) -> "RequestDocument":
        spec = REGISTRY[self.kind]
        self.details = {
            name: coerce_detail(spec, name, value) for name, value in self.details.items()
        }
        return self

    def detail(self, name: str) -> Any:
        """Return a detail's value, or its empty value when not given."""
        return self.details.get(name, "")


def request_json_schema() -> dict[str, object]:
    """Return the JSON Schema of the request document."""
    schema = RequestDocument.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
