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
