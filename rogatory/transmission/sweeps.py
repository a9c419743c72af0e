"""Sweeps that send: chases of silent counterparts, retries, deliveries whose task was lost.

`<verb>_one_<thing>(now) -> bool`, each claiming one row with a conditional UPDATE.
"""

from datetime import datetime

from django.db import transaction

from rogatory.requests.deadlines import add_hours
from rogatory.requests.models import ClockName, ReminderReason, State
from rogatory.requests.queries import resolve_clock_hours
from rogatory.requests.services import refresh_next_deadline
from rogatory.requests.sweeps import Claim, claim_one_due, raise_reminder
from rogatory.transmission.models import DeliveryState, Transmission
from rogatory.transmission.services import (
    claim_transmission,
    deliver_claimed_transmission,
    queue_chase,
)


def deliver_one_due_transmission(now: datetime) -> bool:
    """Send the pending e-mail that has waited longest; say if one was due."""
    due = (
        Transmission.objects.filter(state=DeliveryState.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at")
        .values_list("pk", "next_attempt_at")
        .first()
    )
    if due is None:
        return False
    transmission_id, due_at = due
    if due_at is not None and claim_transmission(transmission_id, due_at, now):
        deliver_claimed_transmission(transmission_id)
    return True


def chase_one_unacknowledged_request(now: datetime) -> bool:
    """Chase one sent request whose acknowledgement is overdue: e-mail the counterpart (the
    request attached again), remind the owner's users, and set the next chase from the clock."""
    with transaction.atomic():
        claim = claim_one_due("acknowledgement_chase_at", now)
        if not isinstance(claim, Claim):
            return claim is not None
        request = claim.request
        if request.state != State.SENT:
            return True  # Acknowledged or closed meanwhile: the clock no longer applies.
        hours, _ = resolve_clock_hours(
            request.kind,
            ClockName.ACKNOWLEDGEMENT_CHASE,
            request.requested_authority.country_id,
            request.custodian_id,
        )
        request.chase_count += 1
        request.acknowledgement_chase_at = add_hours(now, hours)
        refresh_next_deadline(request)
        request.save(update_fields=["chase_count", "acknowledgement_chase_at", "next_deadline_at"])
        contact = request.requested_contact_point
        reach = ", ".join(v for v in (contact.email, contact.phone) if v) if contact else ""
        sent = f"{request.sent_at:%Y-%m-%d %H:%M} UTC" if request.sent_at else "unknown"
        message = (
            f"No acknowledgement of {request.our_reference} from "
            f"{request.requested_authority.name} since it was sent on {sent} "
            f"(chase {request.chase_count}): contact it again" + (f" ({reach})." if reach else ".")
        )
        raise_reminder(request, ReminderReason.ACKNOWLEDGEMENT_CHASE, message, now)
        queue_chase(request)
    return True
