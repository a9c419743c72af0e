"""Every write use case on requests: lock, validate, transition, save, audit — one transaction."""

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event
from rogatory.core.clock import now
from rogatory.core.errors import (
    IncompleteRequest,
    InvalidTransition,
    NotAllowed,
    NotFound,
    ValidationFailed,
)
from rogatory.core.translation import english
from rogatory.directory.models import Authority, AuthorityType, ContactPoint
from rogatory.requests.access import access_request
from rogatory.requests.checks import blocking, check_request, is_known_time_zone
from rogatory.requests.deadlines import add_hours, earliest, reminder_before
from rogatory.requests.document import PartyBlock, RequestDocument
from rogatory.requests.kinds import REGISTRY
from rogatory.requests.kinds.eu import NON_EXECUTION_REASONS
from rogatory.requests.models import (
    ClockName,
    ClockRule,
    CooperationRequest,
    DataItem,
    Direction,
    Outcome,
    Reminder,
    RequestKind,
    RequestTransition,
    State,
    TicketStatus,
    state_label,
)
from rogatory.requests.queries import request_document, resolve_clock_hours
from rogatory.requests.states import EVENT_LABELS, find_transition

if TYPE_CHECKING:
    from django.utils.functional import Promise

    from rogatory.accounts.models import User

    StrOrPromise = str | Promise

EDITABLE_STATES = {State.DRAFT, State.APPROVED, State.REGISTERED}
REFERENCE_TAKEN = N_(
    "Our reference '%(reference)s' is already used by another request of this authority."
)


def actor_for(user: "User", source: str = "") -> Actor:
    """Describe a signed-in user for the audit log."""
    return user.audit_actor(source)


def _authority(block: PartyBlock, label: "StrOrPromise", *, required: bool) -> Authority | None:
    if block.code:
        found = Authority.objects.select_related("country").filter(code=block.code).first()
        if found is None:
            raise ValidationFailed(
                N_("%(label)s: no authority with code '%(code)s' in the directory."),
                params={"label": label, "code": block.code},
            )
        return found
    if required:
        raise ValidationFailed(
            N_("%(label)s: give the directory code of the authority."), params={"label": label}
        )
    return None


def _contact_point(
    authority: Authority | None, name: str, label: "StrOrPromise"
) -> ContactPoint | None:
    if authority is None:
        return None
    contacts = authority.contact_points.all()
    if name:
        found = contacts.filter(name=name).first()
        if found is None:
            raise ValidationFailed(
                N_("%(label)s: '%(authority)s' has no contact point named '%(name)s'."),
                params={"label": label, "authority": authority.name, "name": name},
            )
        return found
    return contacts.order_by("-is_available_24_7", "id").first()


def _observed_at(local: str, zone: str) -> datetime | None:
    if not local:
        return None
    try:
        stated = datetime.fromisoformat(local)
    except ValueError:
        return None
    if stated.tzinfo is not None:
        return stated
    if zone and is_known_time_zone(zone):
        try:
            return stated.replace(tzinfo=ZoneInfo(zone))
        except (KeyError, ValueError):
            offset = datetime.fromisoformat(f"2000-01-01T00:00:00{zone.removeprefix('UTC')}")
            return stated.replace(tzinfo=offset.tzinfo)
    return None


def _apply_document(request: CooperationRequest, document: RequestDocument) -> None:
    d = document
    requesting = _authority(d.requesting_authority, _("Requesting authority"), required=True)
    # An Art. 32 record is sent to nobody: without an addressee it stays with its own authority.
    transmitted = REGISTRY[d.kind].is_transmitted
    requested = _authority(d.requested_authority, _("Requested authority"), required=transmitted)
    if requested is None:
        requested = requesting
    if (
        requesting is None or requested is None
    ):  # required=True raised already; for the type checker
        raise ValidationFailed(N_("Both the requesting and the requested authority are required."))
    custodian = _authority(d.custodian, _("Custodian"), required=False)
    if custodian is not None and custodian.authority_type != AuthorityType.SERVICE_PROVIDER:
        raise ValidationFailed(
            N_("Custodian: '%(name)s' is not a service provider."), params={"name": custodian.name}
        )
    request.kind = d.kind
    request.request_date = d.request_date
    request.our_reference = d.our_reference
    request.their_reference = d.their_reference
    request.ticket_status = d.ticket_status
    request.previous_ticket = d.previous_ticket
    request.requesting_authority = requesting
    request.requesting_contact_point = _contact_point(
        requesting, d.requesting_contact.name, "Requesting contact"
    )
    request.requesting_person_name = d.requesting_person_name
    request.preferred_reply_channel = d.preferred_reply_channel
    request.requested_authority = requested
    request.requested_contact_point = _contact_point(
        requested, d.requested_contact.name, "Requested contact"
    )
    request.confirmation_contact_name = d.confirmation_contact.name
    request.confirmation_contact_title = d.confirmation_contact.title
    request.confirmation_contact_phone = d.confirmation_contact.phone
    request.confirmation_contact_email = d.confirmation_contact.email
    request.investigating_authority = d.investigating_authority
    request.prosecutor_or_court = d.prosecutor_or_court
    request.case_number = d.case_number
    request.offence = d.offence
    request.legal_provisions = d.legal_provisions
    request.maximum_penalty = d.maximum_penalty
    request.summary_of_facts = d.summary_of_facts
    request.relation_to_offence = d.relation_to_offence
    request.custodian = custodian
    request.custodian_name = custodian.name if custodian else d.custodian.name
    request.system_location = d.system_location
    request.necessity_of_preservation = d.necessity_of_preservation
    request.intends_mla_request = d.intends_mla_request
    request.is_confidential = d.is_confidential
    request.confidentiality_note = d.confidentiality_note
    request.requests_art30_disclosure = d.requests_art30_disclosure
    request.urgency = d.urgency
    request.urgency_reason = d.urgency_reason
    request.signatory_name = d.signatory_name
    request.signatory_title = d.signatory_title
    request.language = d.language
    request.counterpart_language = d.counterpart_language
    request.details = dict(d.details)


def _replace_data_items(request: CooperationRequest, document: RequestDocument) -> None:
    request.data_items.all().delete()
    DataItem.objects.bulk_create(
        [
            DataItem(
                request=request,
                position=position,
                identifier_type=item.identifier_type,
                value=item.value,
                observed_local=item.observed_at,
                observed_time_zone=item.time_zone,
                observed_at=_observed_at(item.observed_at, item.time_zone),
                port=item.port,
                data_categories=list(item.data_categories),
                period_start=item.period_start,
                period_end=item.period_end,
                note=item.note,
            )
            for position, item in enumerate(document.data_items)
        ]
    )


def _save_new(request: CooperationRequest) -> None:
    try:
        with transaction.atomic():
            request.save()
    except IntegrityError:
        raise ValidationFailed(
            REFERENCE_TAKEN, params={"reference": request.our_reference}
        ) from None


def create_request(
    user: "User",
    document: RequestDocument,
    *,
    source: str = "",
    previous: CooperationRequest | None = None,
) -> CooperationRequest:
    """Create an outgoing draft (or register an incoming request) from a document."""
    if user.authority_id is None:
        raise NotAllowed(N_("Your account belongs to no authority; ask an administrator."))
    if not document.our_reference:
        raise ValidationFailed(N_("Our reference is required to create a request."))
    with transaction.atomic():
        instant = now()
        request = CooperationRequest(
            created_by=user,
            created_at=instant,
            updated_at=instant,
            direction=document.direction,
            previous_request=previous,
        )
        _apply_document(request, document)
        if document.direction == Direction.OUTGOING.value:
            if request.requesting_authority_id != user.authority_id:
                raise NotAllowed(N_("You may only draft requests of your own authority."))
            request.state = State.DRAFT
        else:
            if request.requested_authority_id != user.authority_id:
                raise NotAllowed(N_("You may only register requests addressed to your authority."))
            request.state = State.REGISTERED
            request.received_at = instant
        request.owner_authority_id = user.authority_id
        _save_new(request)
        _replace_data_items(request, document)
        event = "draft" if document.direction == Direction.OUTGOING.value else "register"
        RequestTransition.objects.create(
            request=request,
            event=event,
            from_state="",
            to_state=request.state,
            actor_username=user.get_username(),
            occurred_at=instant,
        )
        record_event(
            actor_for(user, source),
            AuditAction.CREATE,
            object_type="request",
            object_id=request.pk,
            details={"reference": request.our_reference, "direction": request.direction},
        )
    return request


def update_request(
    user: "User", request_id: int, document: RequestDocument, *, source: str = ""
) -> CooperationRequest:
    """Replace the fields of a request still being prepared; an approved one needs approval again."""
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        if request.state not in EDITABLE_STATES:
            raise InvalidTransition(
                N_("A request in state '%(state)s' can no longer be edited."),
                params={"state": state_label(request.state)},
            )
        if document.direction != request.direction:
            raise ValidationFailed(N_("The direction of a request cannot change."))
        owner_before = request.owner_authority_id
        _apply_document(request, document)
        if (
            request.direction == Direction.OUTGOING.value
            and request.requesting_authority_id != owner_before
        ):
            raise NotAllowed(N_("The requesting authority must stay your own."))
        if (
            request.direction == Direction.INCOMING.value
            and request.requested_authority_id != owner_before
        ):
            raise NotAllowed(N_("The requested authority must stay your own."))
        request.updated_at = now()
        if request.state == State.APPROVED:
            _transition(request, "reopen", user, source=source, note="edited after approval")
            request.approved_by = None
            request.approved_at = None
        try:
            with transaction.atomic():
                request.save()
        except IntegrityError:
            raise ValidationFailed(
                REFERENCE_TAKEN, params={"reference": request.our_reference}
            ) from None
        _replace_data_items(request, document)
        record_event(
            actor_for(user, source), AuditAction.UPDATE, object_type="request", object_id=request.pk
        )
    return request


def _transition(
    request: CooperationRequest,
    event: str,
    user: "User | None",
    *,
    source: str = "",
    note: str = "",
    actor: Actor | None = None,
) -> None:
    transition = find_transition(event, request.direction, request.state, request.kind)
    if transition is None:
        raise InvalidTransition(
            N_("Cannot %(event)s a request in state '%(state)s'."),
            params={
                "event": EVENT_LABELS.get(event, event.replace("_", " ")),
                "state": state_label(request.state),
            },
        )
    from_state = request.state
    request.state = transition.to_state
    if transition.outcome is not None:
        request.outcome = transition.outcome
    if transition.to_state in {State.CLOSED, State.REFUSED, State.WITHDRAWN, State.EXPIRED}:
        request.acknowledgement_chase_at = None
        request.expiry_reminder_at = None
    who = actor or (actor_for(user, source) if user is not None else Actor("system"))
    instant = now()
    request.updated_at = instant
    RequestTransition.objects.create(
        request=request,
        event=event,
        from_state=from_state,
        to_state=request.state,
        actor_username=who.username,
        occurred_at=instant,
        note=note,
    )
    record_event(
        who,
        AuditAction.TRANSITION,
        object_type="request",
        object_id=request.pk,
        details={"event": event, "from": from_state, "to": request.state, "note": note},
    )


def refresh_next_deadline(request: CooperationRequest) -> None:
    """Recompute the dashboard's sort key from the deadline columns."""
    request.next_deadline_at = earliest(
        request.acknowledgement_chase_at,
        request.expiry_reminder_at,
        request.preservation_expires_at if request.state == State.PRESERVATION_CONFIRMED else None,
        request.response_due_at,
        request.validation_due_at,
    )


def apply_transition(
    request: CooperationRequest,
    event: str,
    user: "User | None",
    *,
    source: str = "",
    note: str = "",
    actor: Actor | None = None,
    **changes: Any,
) -> CooperationRequest:
    """Apply a lifecycle event to a request the caller has locked, with field changes; save.

    For services of other apps (transmission) that hold the row lock already."""
    _transition(request, event, user, source=source, note=note, actor=actor)
    for name, value in changes.items():
        setattr(request, name, value)
    refresh_next_deadline(request)
    request.save()
    return request


def approve_request(user: "User", request_id: int, *, source: str = "") -> CooperationRequest:
    """Approve a complete outgoing draft: a supervisor other than its drafter (four-eyes)."""
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        if not user.can_approve:
            raise NotAllowed(N_("Only a supervisor may approve a request."))
        if request.created_by_id == user.pk:
            raise NotAllowed(N_("Four-eyes: the drafter of a request cannot approve it."))
        if find_transition("approve", request.direction, request.state, request.kind) is None:
            raise InvalidTransition(
                N_("Cannot approve a request in state '%(state)s'."),
                params={"state": state_label(request.state)},
            )
        defects = blocking(check_request(request_document(request)))
        if defects:
            raise IncompleteRequest(
                N_("The request is incomplete (%(count)s defects)."),
                [defect.message for defect in defects],
                params={"count": len(defects)},
                defect_texts=[defect.text for defect in defects],
            )
        return apply_transition(
            request, "approve", user, source=source, approved_by=user, approved_at=now()
        )


def _clock_hours(request: CooperationRequest, clock: str) -> int | None:
    try:
        hours, _ = resolve_clock_hours(
            request.kind, clock, request.requested_authority.country_id, request.custodian_id
        )
    except LookupError:
        return None  # This kind has no such clock (e.g. no chase for a domestic order).
    return hours


def schedule_acknowledgement_chase(request: CooperationRequest, sent_at: datetime) -> None:
    """Set when to chase the counterpart if no acknowledgement arrives (clock data)."""
    hours = _clock_hours(request, ClockName.ACKNOWLEDGEMENT_CHASE)
    request.acknowledgement_chase_at = add_hours(sent_at, hours) if hours else None


def schedule_sending_clocks(request: CooperationRequest, sent_at: datetime) -> None:
    """Start the clocks that run from sending: the chase, and the answer due where the kind
    has a period (EPOC 10 days, or 8 hours in an emergency; CETS 224 Art. 7 30 days...)."""
    schedule_acknowledgement_chase(request, sent_at)
    emergency = request.details.get("is_emergency") is True
    hours = _clock_hours(
        request, ClockName.EMERGENCY_RESPONSE_DUE if emergency else ClockName.RESPONSE_DUE
    )
    if hours is None and emergency:
        hours = _clock_hours(request, ClockName.RESPONSE_DUE)
    request.response_due_at = add_hours(sent_at, hours) if hours else None
    needs_validation = (
        emergency
        and request.details.get("issuing_authority_type") == "other_competent"
        and request.validated_at is None
    )
    validation_hours = _clock_hours(request, ClockName.VALIDATION_DUE) if needs_validation else None
    request.validation_due_at = add_hours(sent_at, validation_hours) if validation_hours else None


def record_acknowledgement(
    user: "User",
    request_id: int,
    *,
    acknowledged_at: datetime | None = None,
    their_reference: str = "",
    source: str = "",
) -> CooperationRequest:
    """Record that the requested side confirmed receipt; stops the chase clock."""
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        return apply_transition(
            request,
            "record_acknowledgement",
            user,
            source=source,
            acknowledged_at=acknowledged_at or now(),
            acknowledgement_chase_at=None,
            their_reference=their_reference or request.their_reference,
        )


def _preservation_clocks(
    request: CooperationRequest, confirmed_at: datetime, expires_at: datetime | None
) -> dict[str, Any]:
    if expires_at is None:
        hours, _ = resolve_clock_hours(
            request.kind,
            ClockName.PRESERVATION_PERIOD,
            request.requested_authority.country_id,
            request.custodian_id,
        )
        expires_at = add_hours(confirmed_at, hours)
    if expires_at <= confirmed_at:
        raise ValidationFailed(N_("The preservation must expire after it was confirmed."))
    reminder_hours, _ = resolve_clock_hours(
        request.kind,
        ClockName.EXPIRY_REMINDER,
        request.requested_authority.country_id,
        request.custodian_id,
    )
    return {
        "preservation_confirmed_at": confirmed_at,
        "preservation_expires_at": expires_at,
        "expiry_reminder_at": reminder_before(expires_at, reminder_hours, confirmed_at),
        "acknowledgement_chase_at": None,
        "acknowledged_at": request.acknowledged_at or confirmed_at,
    }


def _apply_preservation_confirmed(
    user: "User",
    request_id: int,
    event: str,
    confirmed_at: datetime | None,
    expires_at: datetime | None,
    source: str,
) -> CooperationRequest:
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        instant = confirmed_at or now()
        return apply_transition(
            request,
            event,
            user,
            source=source,
            **_preservation_clocks(request, instant, expires_at),
        )


def record_preservation_confirmed(
    user: "User",
    request_id: int,
    *,
    confirmed_at: datetime | None = None,
    expires_at: datetime | None = None,
    source: str = "",
) -> CooperationRequest:
    """Record the requested side's confirmation; sets the expiry and its reminder from clocks."""
    return _apply_preservation_confirmed(
        user, request_id, "record_preservation_confirmed", confirmed_at, expires_at, source
    )


ANSWER_EVENTS_NEEDING_REASONS = {
    "record_refusal": N_("Give the reasons stated by the requested side."),
    "record_clarification_request": N_("Give the reasons stated by the requested side."),
    "record_cannot_comply": N_("Say which conditions the receiver cannot meet."),
    "withhold_information": N_("Say why the information is withheld."),
}
ANSWER_EVENTS = {
    *ANSWER_EVENTS_NEEDING_REASONS,
    "answer_clarification",
    "record_response",
    "record_conditions_accepted",
    "release_information",
}


def record_counterpart_answer(
    user: "User", request_id: int, event: str, *, reason: str, source: str = ""
) -> CooperationRequest:
    """Record an answer of the other side: refusal, clarification, data received, Art. 26
    conditions accepted or not, and our decision to release or withhold the information."""
    if event not in ANSWER_EVENTS:
        raise InvalidTransition(N_("Unknown answer '%(event)s'."), params={"event": event})
    if event in ANSWER_EVENTS_NEEDING_REASONS and not reason.strip():
        raise ValidationFailed(ANSWER_EVENTS_NEEDING_REASONS[event])
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        changes: dict[str, Any] = {"acknowledgement_chase_at": None}
        if event == "record_response":
            changes.update(responded_at=now(), response_due_at=None)
        else:
            changes["state_reason"] = reason
        return apply_transition(request, event, user, source=source, note=reason, **changes)


def record_non_execution(
    user: "User", request_id: int, *, reason_code: str, explanation: str = "", source: str = ""
) -> CooperationRequest:
    """Record (outgoing) or issue (incoming) a non-execution notice with its Annex III reason."""
    if reason_code not in NON_EXECUTION_REASONS:
        allowed = ", ".join(NON_EXECUTION_REASONS)
        raise ValidationFailed(
            N_("'%(code)s' is not a reason of Annex III; use one of: %(allowed)s."),
            params={"code": reason_code, "allowed": allowed},
        )
    note = f"{reason_code}: {NON_EXECUTION_REASONS[reason_code]}"
    if explanation.strip():
        note += f" — {explanation.strip()}"
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        event = (
            "record_non_execution"
            if request.direction == Direction.OUTGOING.value
            else "issue_non_execution_notice"
        )
        return apply_transition(
            request,
            event,
            user,
            source=source,
            note=note,
            state_reason=note,
            acknowledgement_chase_at=None,
            response_due_at=None,
        )


def answer_incoming_request(
    user: "User", request_id: int, event: str, *, note: str = "", source: str = ""
) -> CooperationRequest:
    """Requested side: record that a request was executed and answered, or, for spontaneous
    information, that we accept its conditions or cannot comply with them."""
    if event not in {"respond", "accept_conditions", "declare_cannot_comply"}:
        raise InvalidTransition(N_("Unknown answer '%(event)s'."), params={"event": event})
    if event == "declare_cannot_comply" and not note.strip():
        raise ValidationFailed(N_("Say which conditions cannot be met."))
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        changes: dict[str, Any] = {}
        if event == "respond":
            changes["responded_at"] = now()
        return apply_transition(request, event, user, source=source, note=note, **changes)


def record_transborder_access(
    user: "User", request_id: int, *, source: str = ""
) -> CooperationRequest:
    """Art. 32: record a complete trans-border access; nothing is transmitted, so no approval."""
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        if find_transition("record", request.direction, request.state, request.kind) is None:
            raise InvalidTransition(
                N_("Cannot record a request in state '%(state)s'."),
                params={"state": state_label(request.state)},
            )
        defects = blocking(check_request(request_document(request)))
        if defects:
            raise IncompleteRequest(
                N_("The record is incomplete (%(count)s defects)."),
                [defect.message for defect in defects],
                params={"count": len(defects)},
                defect_texts=[defect.text for defect in defects],
            )
        return apply_transition(request, "record", user, source=source)


def withdraw_request(
    user: "User", request_id: int, *, reason: str, source: str = ""
) -> CooperationRequest:
    """Withdraw a request we no longer need."""
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        return apply_transition(
            request, "withdraw", user, source=source, note=reason, state_reason=reason
        )


def close_request(
    user: "User", request_id: int, *, outcome: str, note: str = "", source: str = ""
) -> CooperationRequest:
    """Close a request with its outcome."""
    if outcome not in Outcome.values or outcome in {"", Outcome.EXPIRED, Outcome.WITHDRAWN}:
        raise ValidationFailed(
            N_("'%(outcome)s' is not an outcome a request can be closed with."),
            params={"outcome": outcome},
        )
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        return apply_transition(request, "close", user, source=source, note=note, outcome=outcome)


def create_extension_request(
    user: "User", request_id: int, *, source: str = ""
) -> CooperationRequest:
    """Create, in one action, a draft asking to extend a preservation, chained to the original."""
    with transaction.atomic():
        original = access_request(user, request_id, for_update=True)
        if (
            original.direction != Direction.OUTGOING
            or REGISTRY[original.kind].lifecycle != "preservation"
            or original.state
            not in {State.PRESERVATION_CONFIRMED, State.ACKNOWLEDGED, State.EXPIRED}
        ):
            raise InvalidTransition(
                N_("Only an outgoing preservation that was confirmed can be extended.")
            )
        document = request_document(original)
        base = f"{original.our_reference}-EXT"
        suffix = original.chained_requests.filter(ticket_status=TicketStatus.EXTENSION).count() + 1
        document = document.model_copy(
            update={
                "ticket_status": TicketStatus.EXTENSION.value,
                "previous_ticket": original.our_reference,
                "our_reference": f"{base}{suffix}",
                "request_date": None,
                "necessity_of_preservation": (
                    f"Extension of the preservation confirmed on "
                    f"{original.preservation_confirmed_at:%Y-%m-%d} under ticket "
                    f"{original.our_reference}, expiring on {original.preservation_expires_at:%Y-%m-%d %H:%M} UTC. "
                    + original.necessity_of_preservation
                )
                if original.preservation_confirmed_at and original.preservation_expires_at
                else original.necessity_of_preservation,
            }
        )
        extension = create_request(user, document, source=source, previous=original)
        if original.state == State.PRESERVATION_CONFIRMED:
            original.expiry_reminder_at = None
            refresh_next_deadline(original)
            original.save(update_fields=["expiry_reminder_at", "next_deadline_at", "updated_at"])
    return extension


FOLLOW_UP_SUFFIXES = {
    "mla_subscriber": "MLA",
    "mla_stored_data": "MLA",
    "epoc": "EPOC",
    "expedited_disclosure": "ART30",
}


def _follow_up_details(original: CooperationRequest, kind: str) -> dict[str, Any]:
    sent = f"{original.sent_at:%Y-%m-%d}" if original.sent_at else "not sent"
    summary = (
        f"{sent}, ticket {original.our_reference}, {original.requesting_authority.name} to "
        f"{original.requested_authority.name}, {english(original.get_preferred_reply_channel_display())}"
        + (
            f"; preserved until {original.preservation_expires_at:%Y-%m-%d} UTC"
            if original.preservation_expires_at
            else ""
        )
    )
    if kind in {"mla_subscriber", "mla_stored_data"}:
        return {"previous_preservation_request": summary}
    if kind == "expedited_disclosure":
        return {"preservation_reference": original.their_reference or original.our_reference}
    spec = REGISTRY[kind]
    return {
        name: value
        for name, value in original.details.items()
        if spec.detail_field(name) is not None
    }


def _titles_of(codes: tuple[str, ...]) -> str:
    titles = [f"'{REGISTRY[code].title}'" for code in codes]
    if not titles:
        return gettext("no other request")
    either = titles[0]
    for title in titles[1:]:
        either = gettext("%(first)s or %(second)s") % {"first": either, "second": title}
    return either


# The kinds a follow-up is prepared from, named in the language the message is printed in.
_either_kind = lazy(_titles_of, str)


def create_follow_up_request(
    user: "User", request_id: int, kind: str, *, source: str = ""
) -> CooperationRequest:
    """Prepare in one action the request that follows another (preservation → MLA, EPOC-PR →
    EPOC, preservation executed → Art. 30 disclosure), pre-filled and chained to it."""
    if kind not in REGISTRY:
        raise ValidationFailed(N_("Unknown request kind '%(kind)s'."), params={"kind": kind})
    spec = REGISTRY[kind]
    with transaction.atomic():
        original = access_request(user, request_id, for_update=True)
        if original.kind not in spec.follows:
            raise InvalidTransition(
                N_("'%(kind)s' is prepared from %(allowed)s, not from '%(original)s'."),
                params={
                    "kind": spec.title,
                    "allowed": _either_kind(spec.follows),
                    "original": REGISTRY[original.kind].title,
                },
            )
        if original.state in {State.DRAFT, State.APPROVED, State.WITHDRAWN}:
            raise InvalidTransition(
                N_("Send the original request before preparing what follows it.")
            )
        document = request_document(original)
        items = []
        for item in document.data_items:
            categories = [c for c in item.data_categories if c in spec.allowed_categories]
            items.append(
                item.model_copy(
                    update={"data_categories": categories or [spec.allowed_categories[0]]}
                )
            )
        suffix = FOLLOW_UP_SUFFIXES.get(kind, kind.upper())
        count = original.chained_requests.filter(kind=kind).count() + 1
        follow_up = document.model_copy(
            update={
                "kind": kind,
                "ticket_status": TicketStatus.FOLLOW_UP.value,
                "previous_ticket": original.our_reference,
                "our_reference": f"{original.our_reference}-{suffix}{count}",
                "their_reference": "",
                "request_date": None,
                "data_items": items if spec.uses_data_items else [],
                "details": _follow_up_details(original, kind),
                "intends_mla_request": False,
                "requests_art30_disclosure": False,
            }
        )
        if original.direction == Direction.INCOMING.value:
            # We executed their request and now write to them: the parties change places.
            follow_up = follow_up.model_copy(
                update={
                    "direction": Direction.OUTGOING.value,
                    "requesting_authority": document.requested_authority,
                    "requesting_contact": document.requested_contact,
                    "requested_authority": document.requesting_authority,
                    "requested_contact": document.requesting_contact,
                    "their_reference": original.their_reference,
                    "requesting_person_name": user.get_full_name() or user.get_username(),
                    "language": document.counterpart_language,
                    "counterpart_language": document.language,
                }
            )
        # Re-validate: the details are typed by the new kind.
        follow_up = RequestDocument.model_validate(follow_up.model_dump(by_alias=True))
        return create_request(user, follow_up, source=source, previous=original)


def order_preservation(
    user: "User", request_id: int, *, note: str = "", source: str = ""
) -> CooperationRequest:
    """Requested side: record that preservation was ordered to the custodian."""
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        return apply_transition(request, "order_preservation", user, source=source, note=note)


def confirm_preservation(
    user: "User",
    request_id: int,
    *,
    confirmed_at: datetime | None = None,
    expires_at: datetime | None = None,
    source: str = "",
) -> CooperationRequest:
    """Requested side: record the custodian's confirmation and the expiry it gives."""
    return _apply_preservation_confirmed(
        user, request_id, "confirm_preservation", confirmed_at, expires_at, source
    )


def open_request(user: "User", request_id: int | str, *, source: str = "") -> CooperationRequest:
    """Load a request for display and audit the access; a refused access is audited too."""
    try:
        request = access_request(user, request_id)
    except NotFound:
        # Recorded outside any transaction the caller may roll back: probing is worth seeing.
        record_event(
            actor_for(user, source),
            AuditAction.ACCESS_DENIED,
            object_type="request",
            object_id=str(request_id)[:80],
            outcome="not_found",
        )
        raise
    record_event(
        actor_for(user, source), AuditAction.ACCESS, object_type="request", object_id=request.pk
    )
    return request


def record_request_list_access(
    user: "User", *, count: int, filters: dict[str, str] | None = None, source: str = ""
) -> None:
    """Audit that the user was shown a list of requests (how many, with which filters)."""
    record_event(
        actor_for(user, source),
        AuditAction.ACCESS,
        object_type="request_list",
        details={"count": count, "filters": filters or {}},
    )


def mark_reminder_read(user: "User", reminder_id: int | str, *, source: str = "") -> Reminder:
    """Mark a reminder of the user's authority as read."""
    try:
        key = int(reminder_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    if user.authority_id is None or not user.is_active:
        raise NotFound()
    with transaction.atomic():
        reminder = (
            Reminder.objects.select_for_update()
            .filter(pk=key, authority_id=user.authority_id)
            .first()
        )
        if reminder is None:
            raise NotFound()
        if reminder.read_at is None:
            reminder.read_at = now()
            reminder.save(update_fields=["read_at"])
            record_event(
                actor_for(user, source),
                AuditAction.UPDATE,
                object_type="reminder",
                object_id=reminder.pk,
                details={"read": True},
            )
    return reminder


def set_clock_rule(
    actor: Actor,
    *,
    kind: str,
    clock: str,
    hours: int,
    source: str,
    country_id: str | None = None,
    provider_id: int | None = None,
) -> ClockRule:
    """Create or change the clock rule for (kind, clock, country, provider); audit it."""
    if kind not in RequestKind.values:
        raise ValidationFailed(N_("'%(kind)s' is not a request kind."), params={"kind": kind})
    if clock not in ClockName.values:
        raise ValidationFailed(N_("'%(clock)s' is not a clock."), params={"clock": clock})
    if hours <= 0:
        raise ValidationFailed(N_("A period must last at least one hour."))
    if not source.strip():
        raise ValidationFailed(N_("Say where the period comes from (the source)."))
    with transaction.atomic():
        rule, created = ClockRule.objects.select_for_update().get_or_create(
            kind=kind,
            clock=clock,
            country_id=country_id,
            provider_id=provider_id,
            defaults={"hours": hours, "source": source},
        )
        before = None if created else {"hours": rule.hours, "source": rule.source}
        if not created and (rule.hours, rule.source) != (hours, source):
            rule.hours = hours
            rule.source = source
            rule.save(update_fields=["hours", "source"])
        elif not created:
            return rule
        record_event(
            actor,
            AuditAction.CREATE if created else AuditAction.UPDATE,
            object_type="clock_rule",
            object_id=rule.pk,
            details={
                "kind": kind,
                "clock": clock,
                "country": country_id or "",
                "provider": provider_id or "",
                "hours": hours,
                "source": source,
                "before": before,
            },
        )
    return rule


def record_validation(
    user: "User", request_id: int, *, validated_by: str, source: str = ""
) -> CooperationRequest:
    """Record the ex-post validation of an emergency EPOC issued by a non-judicial authority
    (Regulation (EU) 2023/1543, Art. 4(5)); stops the 48-hour clock."""
    with transaction.atomic():
        # Access first: another authority learns nothing, not even that a name is missing.
        request = access_request(user, request_id, for_update=True)
        if not validated_by.strip():
            raise ValidationFailed(
                N_("Name the judge, court or prosecutor who validated the order.")
            )
        if request.validation_due_at is None:
            raise InvalidTransition(N_("This request awaits no ex-post validation."))
        instant = now()
        request.validated_at = instant
        request.validation_due_at = None
        request.details = {**request.details, "validating_authority": validated_by.strip()}
        request.updated_at = instant
        refresh_next_deadline(request)
        request.save()
        RequestTransition.objects.create(
            request=request,
            event="record_validation",
            from_state=request.state,
            to_state=request.state,
            actor_username=user.get_username(),
            occurred_at=instant,
            note=f"validated by {validated_by.strip()}",
        )
        record_event(
            actor_for(user, source),
            AuditAction.UPDATE,
            object_type="request",
            object_id=request.pk,
            details={"validated_by": validated_by.strip()},
        )
    return request
