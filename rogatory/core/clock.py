"""The one source of the current instant, so tests can travel in time (time-machine)."""

from datetime import UTC, datetime


def now() -> datetime:
    """Return the current instant, aware, in UTC."""
    return datetime.now(tz=UTC)
