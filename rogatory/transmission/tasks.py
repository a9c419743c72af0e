"""Background tasks: thin wrappers that call services."""

from django.tasks import task

from rogatory.transmission.services import deliver_one_transmission


@task
def deliver_transmission(transmission_id: int) -> bool:
    """Deliver one queued e-mail (enqueued when the transaction that wrote it commits)."""
    return deliver_one_transmission(transmission_id)
