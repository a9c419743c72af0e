"""Deadline sweeps on requests: each claims exactly one due row, does its work, says if it did.

House style: `<verb>_one_<thing>(now) -> bool`. The claim is a conditional UPDATE on the deadline
column inside the unit's transaction, so two sweepers never act on the same row twice: the loser's
UPDATE matches nothing once the winner has moved the deadline. Run by `rogatory sweep`.
"""

import smtplib
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import F

from rogatory.accounts.models import User
from rogatory.audit.models import AuditAction
from rogatory.audit.services import SYSTEM_SWEEPER, record_event
from rogatory.core.translation import english
from rogatory.requests.deadlines import retry_at
from rogatory.requests.models import (
    CooperationRequest,
    Direction,
    Reminder,
    ReminderReason,
    State,
)
from rogatory.requests.services import apply_transition, refresh_next_deadline

# Longer than the SMTP timeout: a sweeper killed mid-send lets another retry after the lease.
EMAIL_CLAIM_LEASE = timedelta(minutes=10)


def lock_request(request_id: int) -> CooperationRequest:
    """Lock a request row for a sweep (no user: the sweeper acts for the system)."""
    # Lock only the request row: PostgreSQL refuses FOR UPDATE on the nullable side of a join.
    return (
        CooperationRequest.objects.select_for_update(of=("self",))
        .select_related(
            "owner_authority",
            "requested_authority__country",
            "requested_contact_point",
            "custodian",
        )
        .get(pk=request_id)
    )


@dataclass(frozen=True)
class Claim:
    """A due deadline taken by this sweeper: the request, locked, and the instant it was due."""

    request: CooperationRequest
    due_at: datetime


NOTHING_DUE = None
TAKEN_BY_ANOTHER = "taken"


def claim_one_due(column: str, now: datetime) -> Claim | str | None:
    """Take the earliest request whose deadline `column` is due by clearing it with a
    conditional UPDATE (exactly one of competing sweepers wins), then lock and return it with
    its dashboard key refreshed. None when nothing is due; TAKEN_BY_ANOTHER when a competing
    sweeper won the row (the caller counts it as work done and moves on)."""
    due = (
        CooperationRequest.objects.filter(**{f"{column}__lte": now})
        .order_by(column)
        .values_list("pk", column)
        .first()
    )
    if due is None:
        return NOTHING_DUE
    request_id, due_at = due
    claimed = CooperationRequest.objects.filter(pk=request_id, **{column: due_at}).update(
        **{column: None}
    )
    if claimed != 1 or due_at is None:
        return TAKEN_BY_ANOTHER
    request = lock_request(request_id)
    refresh_next_deadline(request)
    request.save(update_fields=["next_deadline_at"])
    return Claim(request, due_at)


def raise_reminder(
    request: CooperationRequest, reason: ReminderReason, message: str, now: datetime
) -> Reminder:
    """Create an in-app reminder for the owner authority, e-mailed to its users after commit."""
    reminder = Reminder.objects.create(
        request=request,
        authority=request.owner_authority,
        clock=reason,
        message=message,
        created_at=now,
        email_due_at=now,
    )
    record_event(
        SYSTEM_SWEEPER,
        AuditAction.REMIND,
        object_type="request",
        object_id=request.pk,
        details={"reason": str(reason), "reminder": reminder.pk, "message": message},
    )
    return reminder


def _in_zone(instant: datetime, zone: str) -> str:
    try:
        local = instant.astimezone(ZoneInfo(zone))
    except (KeyError, ValueError):
        return f"{instant:%Y-%m-%d %H:%M} UTC"
    return f"{local:%Y-%m-%d %H:%M} {zone}"


def _expiry_message(request: CooperationRequest, expires_at: datetime) -> str:
    provider = (
        request.custodian.name
        if request.custodian
        else request.custodian_name or request.requested_authority.name
    )
    when = (
        f"{expires_at:%Y-%m-%d %H:%M} UTC "
        f"({_in_zone(expires_at, request.owner_authority.time_zone)})"
    )
    if request.direction == Direction.OUTGOING:
        action = "send the MLA request or ask an extension"
    else:
        action = "the requesting side must send the MLA request or ask an extension"
    return f"Preservation of {request.our_reference} at {provider} expires on {when}: {action}."


def remind_one_expiring_preservation(now: datetime) -> bool:
    """Remind the owner of one preservation about to expire that the MLA request must follow."""
    with transaction.atomic():
        claim = claim_one_due("expiry_reminder_at", now)
        if not isinstance(claim, Claim):
            return claim is not None
        request = claim.request
        expires_at = request.preservation_expires_at
        if request.state != State.PRESERVATION_CONFIRMED or expires_at is None:
            return True
        raise_reminder(
            request, ReminderReason.EXPIRY_REMINDER, _expiry_message(request, expires_at), now
        )
    return True


def remind_one_overdue_response(now: datetime) -> bool:
    """Tell the owner of one request whose answer is overdue (EPOC 10 days / 8 hours, CETS 224
    Art. 7 30 days...); the clock is cleared: one reminder per deadline."""
    with transaction.atomic():
        claim = claim_one_due("response_due_at", now)
        if not isinstance(claim, Claim):
            return claim is not None
        request, due_at = claim.request, claim.due_at
        if request.state not in {State.SENT, State.ACKNOWLEDGED}:
            return True  # Answered, refused or withdrawn meanwhile.
        message = (
            f"The answer to {request.our_reference} from {request.requested_authority.name} was "
            f"due on {due_at:%Y-%m-%d %H:%M} UTC "
            f"({_in_zone(due_at, request.owner_authority.time_zone)}) and has not been recorded: "
            "contact the addressee or its authority."
        )
        raise_reminder(request, ReminderReason.RESPONSE_OVERDUE, message, now)
    return True


def remind_one_pending_validation(now: datetime) -> bool:
    """Warn the owner of one emergency EPOC whose ex-post validation is overdue: without it the
    order must be withdrawn and the data deleted or not used (Art. 4(5))."""
    with transaction.atomic():
        claim = claim_one_due("validation_due_at", now)
        if not isinstance(claim, Claim):
            return claim is not None
        request, due_at = claim.request, claim.due_at
        if request.validated_at is not None:
            return True
        message = (
            f"The emergency order {request.our_reference} has not been validated by a judge, "
            f"court or prosecutor; it was due by {due_at:%Y-%m-%d %H:%M} UTC "
            f"({_in_zone(due_at, request.owner_authority.time_zone)}). Without validation, "
            "withdraw the order and delete the data obtained or do not use it."
        )
        raise_reminder(request, ReminderReason.VALIDATION_OVERDUE, message, now)
    return True


def expire_one_preservation(now: datetime) -> bool:
    """Move one confirmed preservation whose period ran out to 'expired' and tell its owner."""
    with transaction.atomic():
        due = (
            CooperationRequest.objects.filter(
                state=State.PRESERVATION_CONFIRMED, preservation_expires_at__lte=now
            )
            .order_by("preservation_expires_at")
            .values_list("pk", flat=True)
            .first()
        )
        if due is None:
            return False
        # The UPDATE takes the row lock; a concurrent sweeper blocks on it, then re-checks the
        # state, finds 'expired' and matches nothing.
        claimed = CooperationRequest.objects.filter(
            pk=due,
            state=State.PRESERVATION_CONFIRMED,
            preservation_expires_at__lte=now,
        ).update(updated_at=now)
        if claimed != 1:
            return True
        request = lock_request(due)
        expires_at = request.preservation_expires_at
        assert expires_at is not None
        note = f"preservation period ended on {expires_at:%Y-%m-%d %H:%M} UTC"
        apply_transition(request, "expire", None, actor=SYSTEM_SWEEPER, note=note)
        provider = (
            request.custodian.name
            if request.custodian
            else request.custodian_name or request.requested_authority.name
        )
        raise_reminder(
            request,
            ReminderReason.PRESERVATION_PERIOD,
            f"Preservation of {request.our_reference} at {provider} expired on "
            f"{expires_at:%Y-%m-%d %H:%M} UTC "
            f"({_in_zone(expires_at, request.owner_authority.time_zone)}).",
            now,
        )
    return True


def reminder_recipients(reminder: Reminder) -> list[str]:
    """Return the e-mail addresses of the active users of the reminder's authority."""
    return list(
        User.objects.filter(authority_id=reminder.authority_id, is_active=True)
        .exclude(email="")
        .order_by("username")
        .values_list("email", flat=True)
    )


def email_one_pending_reminder(now: datetime) -> bool:
    """E-mail one committed reminder to its authority's users; retry later if SMTP fails."""
    due = (
        Reminder.objects.filter(email_due_at__lte=now)
        .order_by("email_due_at")
        .values_list("pk", "email_due_at")
        .first()
    )
    if due is None:
        return False
    reminder_id, due_at = due
    # Claimed in autocommit: the lease, not a transaction, guards the row while SMTP talks.
    claimed = Reminder.objects.filter(pk=reminder_id, email_due_at=due_at).update(
        email_due_at=now + EMAIL_CLAIM_LEASE, email_attempts=F("email_attempts") + 1
    )
    if claimed != 1:
        return True
    reminder = Reminder.objects.select_related("request", "authority").get(pk=reminder_id)
    recipients = reminder_recipients(reminder)
    if not recipients:
        Reminder.objects.filter(pk=reminder_id).update(
            email_due_at=None,
            email_error=f"No user of {reminder.authority.name} has an e-mail address.",
        )
        return True
    message = EmailMessage(
        subject=f"[{reminder.request.our_reference}] {english(ReminderReason(reminder.clock).label)}",
        body=reminder.message,
        to=recipients,
    )
    try:
        message.send(using="default")
    except (OSError, smtplib.SMTPException) as error:
        Reminder.objects.filter(pk=reminder_id).update(
            email_due_at=retry_at(now, reminder.email_attempts), email_error=str(error)[:1000]
        )
        return True
    with transaction.atomic():
        Reminder.objects.filter(pk=reminder_id).update(
            email_due_at=None, emailed_at=now, emailed_to=", ".join(recipients), email_error=""
        )
        record_event(
            SYSTEM_SWEEPER,
            AuditAction.REMIND,
            object_type="reminder",
            object_id=reminder_id,
            details={"emailed_to": recipients},
        )
    return True
