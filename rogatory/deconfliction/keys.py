"""From a data item to its index key: the normaliser's canonical value, window and port."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import phonenumbers

from rogatory.intake.normalize import normalize

# The request's identifier types, named as the intake normaliser names its handlers;
# account identifiers and anything else keep their case (normalize_reference).
_NORMALISER_KIND = {
    "email": "email",
    "url": "url",
    "domain": "domain",
    "username": "username",
    "phone": "phone",
    "onion": "onion",
    "crypto": "crypto",
    "iban": "iban",
    "account_id": "reference",
    "other": "reference",
}


@dataclass(frozen=True)
class IndexKey:
    """What two requests must share to be asking about the same thing."""

    identifier_type: str
    value: str
    window_start: datetime | None = None
    window_end: datetime | None = None
    port: int | None = None


def canonical_value(identifier_type: str, value: str, *, region: str | None = None) -> str:
    """Canonical spelling of a value of a request identifier type; unparsable values kept tidy."""
    try:
        if identifier_type == "ip_address":
            return normalize("ipv6" if ":" in value.strip("[] ") else "ipv4", value)
        return normalize(
            _NORMALISER_KIND.get(identifier_type, "reference"), value, default_region=region
        )
    except (ValueError, phonenumbers.NumberParseException):
        # Not a valid address or number: still indexed, by its tidied spelling.
        return normalize("reference", value)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def window(
    observed_at: datetime | None, period_start: date | None, period_end: date | None
) -> tuple[datetime | None, datetime | None]:
    """The stated period as whole UTC days, else the observed instant, else unknown."""
    if period_start or period_end:
        start = _day_start(period_start) if period_start else None
        end = _day_start(period_end) + timedelta(days=1) if period_end else None
        return start, end
    if observed_at is not None:
        instant = observed_at.astimezone(UTC)
        return instant, instant
    return None, None


def overlaps(a: IndexKey, b_start: datetime | None, b_end: datetime | None) -> bool:
    """Tell whether two windows share an instant; an unstated bound is open."""
    if a.window_start is not None and b_end is not None and b_end < a.window_start:
        return False
    return not (a.window_end is not None and b_start is not None and a.window_end < b_start)


def index_key(
    identifier_type: str,
    value: str,
    *,
    observed_at: datetime | None = None,
    period_start: date | None = None,
    period_end: date | None = None,
    port: int | None = None,
    region: str | None = None,
) -> IndexKey:
    """The key of one identifier; only IP addresses carry a window and a port."""
    canonical = canonical_value(identifier_type, value, region=region)
    if identifier_type != "ip_address":
        return IndexKey(identifier_type, canonical)
    start, end = window(observed_at, period_start, period_end)
    # The port tells subscribers apart only behind IPv4 address sharing.
    return IndexKey(identifier_type, canonical, start, end, None if ":" in canonical else port)
