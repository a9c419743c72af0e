"""Delivery sweep: retries and deliveries whose task was lost. `<verb>_one_<thing>(now) -> bool`."""

from datetime import datetime

from rogatory.transmission.models import DeliveryState, Transmission
from rogatory.transmission.services import claim_transmission, deliver_claimed_transmission


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


TRANSMISSION_SWEEPS = (deliver_one_due_transmission,)
