"""Look-ups in the identifier index: which other requests carry the same identifier."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from rogatory.deconfliction.keys import IndexKey, overlaps
from rogatory.deconfliction.models import IdentifierIndexEntry
from rogatory.directory.models import ContactPoint
from rogatory.requests.access import requests_visible_to
from rogatory.requests.models import State

if TYPE_CHECKING:
    from rogatory.accounts.models import User

_STATES = dict(State.choices)
# Enough for one screen; the overview (issue 5, part 4) counts beyond it.
MATCH_LIMIT = 200


@dataclass(frozen=True)
class Match:
    """Another request carrying the identifier: who holds it and how to reach them. The
    request's own content (reference, kind) is filled in only for a user who may open it."""

    identifier_type: str
    value: str
    request_id: int
    unit_code: str
    unit_name: str
    contact_name: str
    contact_email: str
    contact_phone: str
    provider: str
    date: date | None
    state: str
    visible: bool
    our_reference: str = ""
    kind: str = ""


_FIELDS = (
    "identifier_type",
    "value",
    "window_start",
    "window_end",
    "port",
    "request_id",
    "owner_authority_id",
    "owner_authority__code",
    "owner_authority__name",
    "request__custodian__name",
    "request__custodian_name",
    "request__request_date",
    "request__created_at",
    "request__state",
    "request__our_reference",
    "request__kind",
)


def entries_for(keys: Iterable[IndexKey]) -> list[dict[str, Any]]:
    """Index rows with any key's type and value, one query per type (an IN list on the
    (type, value) index: SQLite scans the whole table for a row-value IN)."""
    by_type: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        by_type[key.identifier_type].add(key.value)
    rows: list[dict[str, Any]] = []
    for identifier_type, values in by_type.items():
        rows.extend(
            IdentifierIndexEntry.objects.filter(
                identifier_type=identifier_type, value__in=sorted(values)
            ).values(*_FIELDS)
        )
    return rows


def _same_subscriber(key: IndexKey, row: dict[str, Any]) -> bool:
    if key.identifier_type != "ip_address":
        return True
    if key.port is not None and row["port"] is not None and key.port != row["port"]:
        return False
    return overlaps(key, row["window_start"], row["window_end"])


def _contacts(authority_ids: set[int]) -> dict[int, ContactPoint]:
    # The 24/7 desk when the unit has one, else its first contact point by name.
    chosen: dict[int, ContactPoint] = {}
    for contact in ContactPoint.objects.filter(authority_id__in=authority_ids).order_by(
        "authority_id", "-is_available_24_7", "name", "id"
    ):
        chosen.setdefault(contact.authority_id, contact)
    return chosen


def find_matches(
    user: "User", keys: list[IndexKey], *, exclude_request_id: int | None = None
) -> list[Match]:
    """Other requests sharing a key (same subscriber window for IPs), newest first."""
    wanted: dict[tuple[str, str], list[IndexKey]] = defaultdict(list)
    for key in keys:
        wanted[(key.identifier_type, key.value)].append(key)
    found: dict[tuple[str, str, int], dict[str, Any]] = {}
    for row in entries_for(keys):
        if row["request_id"] == exclude_request_id:
            continue
        candidates = wanted[(row["identifier_type"], row["value"])]
        if any(_same_subscriber(key, row) for key in candidates):
            found.setdefault((row["identifier_type"], row["value"], row["request_id"]), row)
    rows = sorted(found.values(), key=lambda r: (r["request__created_at"], r["request_id"]))
    rows = list(reversed(rows))[:MATCH_LIMIT]
    if not rows:
        return []
    request_ids = {row["request_id"] for row in rows}
    visible = set(requests_visible_to(user).filter(pk__in=request_ids).values_list("pk", flat=True))
    contacts = _contacts({row["owner_authority_id"] for row in rows})
    return [_match(row, row["request_id"] in visible, contacts) for row in rows]


def _match(row: dict[str, Any], visible: bool, contacts: dict[int, ContactPoint]) -> Match:
    contact = contacts.get(row["owner_authority_id"])
    created: datetime = row["request__created_at"]
    return Match(
        identifier_type=row["identifier_type"],
        value=row["value"],
        request_id=row["request_id"],
        unit_code=row["owner_authority__code"],
        unit_name=row["owner_authority__name"],
        contact_name=contact.name if contact else "",
        contact_email=contact.email if contact else "",
        contact_phone=contact.phone if contact else "",
        provider=row["request__custodian__name"] or row["request__custodian_name"] or "",
        date=row["request__request_date"] or created.date(),
        state=_STATES.get(row["request__state"], row["request__state"]),
        visible=visible,
        our_reference=row["request__our_reference"] if visible else "",
        kind=row["request__kind"] if visible else "",
    )
