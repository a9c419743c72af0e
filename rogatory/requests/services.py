"""Every write use case on requests: lock, validate, transition, save, audit — one transaction."""

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django.db import IntegrityError, transaction

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
from rogatory.directory.models import Authority, AuthorityType, ContactPoint
from rogatory.requests.access import access_request
from rogatory.requests.checks import blocking, check_request, is_known_time_zone
from rogatory.requests.deadlines import add_hours, earliest, reminder_before
from rogatory.requests.document import PartyBlock, RequestDocument
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
)
from rogatory.requests.queries import request_document, resolve_clock_hours
from rogatory.requests.states import find_transition

if TYPE_CHECKING:
    from rogatory.accounts.models import User

EDITABLE_STATES = {State.DRAFT, State.APPROVED, State.REGISTERED}


def actor_for(user: "User", source: str = "") -> Actor:
    """Describe a signed-in user for the audit log."""
    return user.audit_actor(source)


def _authority(block: PartyBlock, label: str, *, required: bool) -> Authority | None:
    if block.code:
        found = Authority.objects.select_related("country").filter(code=block.code).first()
        if found is None:
            raise ValidationFailed(
                f"{label}: no authority with code '{block.code}' in the directory."
            )
        return found
    if required:
        raise ValidationFailed(f"{label}: give the directory code of the authority.")
    return None


def _contact_point(authority: Authority | None, name: str, label: str) -> ContactPoint | None:
    if authority is None:
        return None
    contacts = authority.contact_points.all()
    if name:
        found = contacts.filter(name=name).first()
        if found is None:
            raise ValidationFailed(
                f"{label}: '{authority.name}' has no contact point named '{name}'."
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
    requesting = _authority(d.requesting_authority, "Requesting authority", required=True)
    requested = _authority(d.requested_authority, "Requested authority", required=True)
    if (
        requesting is None or requested is None
    ):  # required=True raised already; for the type checker
        raise ValidationFailed("Both the requesting and the requested authority are required.")
    custodian = _authority(d.custodian, "Custodian", required=False)
    if custodian is not None and custodian.authority_type != AuthorityType.SERVICE_PROVIDER:
        raise ValidationFailed(f"Custodian: '{custodian.name}' is not a service provider.")
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
            f"Our reference '{request.our_reference}' is already used by another request of "
            "this authority."
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
        raise NotAllowed("Your account belongs to no authority; ask an administrator.")
    if not document.our_reference:
        raise ValidationFailed("Our reference is required to create a request.")
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
                raise NotAllowed("You may only draft requests of your own authority.")
            request.state = State.DRAFT
        else:
            if request.requested_authority_id != user.authority_id:
                raise NotAllowed("You may only register requests addressed to your authority.")
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
                f"A request in state '{request.get_state_display()}' can no longer be edited."
            )
        if document.direction != request.direction:
            raise ValidationFailed("The direction of a request cannot change.")
        owner_before = request.owner_authority_id
        _apply_document(request, document)
        if (
            request.direction == Direction.OUTGOING.value
            and request.requesting_authority_id != owner_before
        ):
            raise NotAllowed("The requesting authority must stay your own.")
        if (
            request.direction == Direction.INCOMING.value
            and request.requested_authority_id != owner_before
        ):
            raise NotAllowed("The requested authority must stay your own.")
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
                f"Our reference '{request.our_reference}' is already used by another request of "
                "this authority."
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
    transition = find_transition(event, request.direction, request.state)
    if transition is None:
        raise InvalidTransition(
            f"Cannot {event.replace('_', ' ')} a request in state '{request.get_state_display()}'."
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
            raise NotAllowed("Only a supervisor may approve a request.")
        if request.created_by_id == user.pk:
            raise NotAllowed("Four-eyes: the drafter of a request cannot approve it.")
        if find_transition("approve", request.direction, request.state) is None:
            raise InvalidTransition(
                f"Cannot approve a request in state '{request.get_state_display()}'."
            )
        defects = blocking(check_request(request_document(request)))
        if defects:
            raise IncompleteRequest(
                f"The request is incomplete ({len(defects)} defects).",
                [defect.message for defect in defects],
            )
        return apply_transition(
            request, "approve", user, source=source, approved_by=user, approved_at=now()
        )


def schedule_acknowledgement_chase(request: CooperationRequest, sent_at: datetime) -> None:
    """Set when to chase the counterpart if no acknowledgement arrives (clock data)."""
    hours, _ = resolve_clock_hours(
        request.kind,
        ClockName.ACKNOWLEDGEMENT_CHASE,
        request.requested_authority.country_id,
        request.custodian_id,
    )
    request.acknowledgement_chase_at = add_hours(sent_at, hours)


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
        raise ValidationFailed("The preservation must expire after it was confirmed.")
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


def record_counterpart_answer(
    user: "User", request_id: int, event: str, *, reason: str, source: str = ""
) -> CooperationRequest:
    """Record a refusal or a clarification request received from the requested side."""
    if event not in {"record_refusal", "record_clarification_request", "answer_clarification"}:
        raise InvalidTransition(f"Unknown answer '{event}'.")
    if event != "answer_clarification" and not reason.strip():
        raise ValidationFailed("Give the reasons stated by the requested side.")
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        return apply_transition(
            request,
            event,
            user,
            source=source,
            note=reason,
            state_reason=reason,
            acknowledgement_chase_at=None,
        )


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
        raise ValidationFailed(f"'{outcome}' is not an outcome a request can be closed with.")
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        return apply_transition(request, "close", user, source=source, note=note, outcome=outcome)


def create_extension_request(
    user: "User", request_id: int, *, source: str = ""
) -> CooperationRequest:
    """Create, in one action, a draft asking to extend a preservation, chained to the original."""
    with transaction.atomic():
        original = access_request(user, request_id, for_update=True)
        if original.direction != Direction.OUTGOING or original.state not in {
            State.PRESERVATION_CONFIRMED,
            State.ACKNOWLEDGED,
            State.EXPIRED,
        }:
            raise InvalidTransition(
                "Only an outgoing preservation that was confirmed can be extended."
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
        raise ValidationFailed(f"'{kind}' is not a request kind.")
    if clock not in ClockName.values:
        raise ValidationFailed(f"'{clock}' is not a clock.")
    if hours <= 0:
        raise ValidationFailed("A period must last at least one hour.")
    if not source.strip():
        raise ValidationFailed("Say where the period comes from (the source).")
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
