"""Clock arithmetic. Pure: the periods come from ClockRule rows, never literals."""

from datetime import datetime, timedelta


def add_hours(start: datetime, hours: int) -> datetime:
    """Return the instant `hours` after `start` (aware in, aware out)."""
    if start.tzinfo is None:
        raise ValueError("aware datetimes only")
    return start + timedelta(hours=hours)


def reminder_before(deadline: datetime, hours_before: int, not_before: datetime) -> datetime:
    """Return when to remind ahead of a deadline, never earlier than `not_before`."""
    return max(deadline - timedelta(hours=hours_before), not_before)


def earliest(*instants: datetime | None) -> datetime | None:
    """Return the earliest of the given instants, ignoring the missing ones."""
    present = [instant for instant in instants if instant is not None]
    return min(present) if present else None


# E-mail delivery retries (practice, not law): the attempt after the n-th failure waits
# RETRY_DELAYS_MINUTES[n-1]; after the last one the delivery is declared failed.
RETRY_DELAYS_MINUTES = (1, 5, 15, 60)
MAX_DELIVERY_ATTEMPTS = len(RETRY_DELAYS_MINUTES) + 1


def retry_at(failed_at: datetime, attempts: int) -> datetime | None:
    """Return when to try again after `attempts` failed attempts, or None to give up."""
    if attempts >= MAX_DELIVERY_ATTEMPTS:
        return None
    return failed_at + timedelta(minutes=RETRY_DELAYS_MINUTES[max(attempts, 1) - 1])
