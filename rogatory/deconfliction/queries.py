"""Look-ups in the identifier index: which other requests carry the same identifier."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from django.db import connection

from rogatory.deconfliction.keys import IndexKey, lookup_key, overlaps
from rogatory.deconfliction.models import IdentifierIndexEntry
from rogatory.directory.models import Authority, ContactPoint
from rogatory.requests.access import owner_visible_to
from rogatory.requests.models import CooperationRequest, State

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


class IndexRow(NamedTuple):
    """An index entry with what a match shows of its request and unit (a tuple: a 1,000-
    identifier look-up builds a thousand of them)."""

    identifier_type: str
    value: str
    window_start: datetime | None
    window_end: datetime | None
    port: int | None
    request_id: int
    owner_authority_id: int
    unit_code: str
    unit_name: str
    # The provider as a directory entry, else as the request names it in text.
    custodian: str | None
    custodian_name: str
    request_date: date | None
    created_at: datetime
    state: str
    our_reference: str
    kind: str


_INDEX_NAME = next(
    index.name for index in IdentifierIndexEntry._meta.indexes if list(index.fields) == ["key"]
)


@lru_cache(maxsize=256)
def _select(vendor: str, count: int) -> str:
    # Hand-written rather than ORM-built: at one look-up per keystroke-sized request, building
    # the ORM query costs more than running it. Names come from the models.
    entry = IdentifierIndexEntry._meta.db_table
    request = CooperationRequest._meta.db_table
    authority = Authority._meta.db_table
    # PostgreSQL: one array parameter, one plan whatever the count; a single key compared by
    # equality. With an array of unknown length the server's generic plan looks dearer than a
    # plan made for the values at hand, so a prepared statement is planned again at every call
    # (0.4 ms, most of a single look-up); with "= $1" the generic plan is kept after five calls.
    if vendor == "postgresql":
        keys = "= %s" if count == 1 else "= ANY(%s::bigint[])"
    else:
        keys = f"IN ({', '.join(['%s'] * count)})"
    # Without statistics SQLite may drive the join from another table: name the index it must use.
    indexed_by = "" if vendor == "postgresql" else f' INDEXED BY "{_INDEX_NAME}"'
    # SQLite: dates read as text (an expression has no declared type, so Django's per-value
    # converters, regex-based, are skipped) and parsed by fromisoformat below.
    as_text = "{}" if vendor == "postgresql" else "CAST({} AS TEXT)"
    return (
        f"SELECT e.identifier_type, e.value, {as_text.format('e.window_start')},"  # noqa: S608
        f" {as_text.format('e.window_end')}, e.port, e.request_id,"
        f" r.owner_authority_id, a.code, a.name, c.name, r.custodian_name,"
        f" {as_text.format('r.request_date')}, {as_text.format('r.created_at')},"
        f" r.state, r.our_reference, r.kind"
        f" FROM {entry} e{indexed_by} JOIN {request} r ON r.id = e.request_id"
        f" JOIN {authority} a ON a.id = r.owner_authority_id"
        f" LEFT JOIN {authority} c ON c.id = r.custodian_id"
        f" WHERE e.key {keys}"
    )


# SQLite allows 32,766 parameters a statement; a batch beyond this is split.
_SQLITE_CHUNK = 10_000


def _utc(text: str | None) -> datetime | None:
    # SQLite stores an aware datetime as its UTC text without offset.
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def entries_for(keys: Iterable[IndexKey]) -> list[IndexRow]:
    """Index rows with any key's type and value: one query on the 64-bit look-up key (an array
    on PostgreSQL, an IN list on SQLite), rows of another identifier sharing a key left out."""
    wanted = {(key.identifier_type, key.value) for key in keys}
    # Sorted, the look-ups walk the index in order.
    lookups = sorted({lookup_key(identifier_type, value) for identifier_type, value in wanted})
    if not lookups:
        return []
    vendor = connection.vendor
    found: list[tuple[Any, ...]] = []
    if vendor == "postgresql":
        connection.ensure_connection()
        # A server-binding cursor, the statement prepared once per connection: Django's cursor
        # binds in the client and never prepares, so the server would plan the four-table join
        # at every call (0.4 ms against 0.05 ms for the join itself, warm). psycopg prepares only
        # when the connection's prepare_threshold is set (settings: OPTIONS); a test holds it.
        from psycopg import Cursor

        single = len(lookups) == 1
        with connection.wrap_database_errors, Cursor(connection.connection) as raw:
            raw.execute(
                _select(vendor, 1 if single else 0), lookups if single else [lookups], prepare=True
            )
            found = raw.fetchall()
    else:
        with connection.cursor() as cursor:
            for start in range(0, len(lookups), _SQLITE_CHUNK):
                chunk = lookups[start : start + _SQLITE_CHUNK]
                cursor.execute(_select(vendor, len(chunk)), chunk)
                found.extend(cursor.fetchall())
    if vendor == "postgresql":
        return [IndexRow._make(row) for row in found if (row[0], row[1]) in wanted]
    return [_from_sqlite(row) for row in found if (row[0], row[1]) in wanted]


def _from_sqlite(row: tuple[Any, ...]) -> IndexRow:
    # Dates arrive as text (_select): windows, the request's date and its creation.
    day = row[11]
    return IndexRow._make(
        (
            *row[:2],
            _utc(row[2]),
            _utc(row[3]),
            *row[4:11],
            None if day is None else date.fromisoformat(day),
            _utc(row[12]),
            *row[13:],
        )
    )


def same_subscriber(key: IndexKey, row: IndexRow) -> bool:
    """Whether an index row names the key's subscriber: only an IP address is bound to a
    window and, behind CGNAT, a port."""
    if key.identifier_type != "ip_address":
        return True
    if key.port is not None and row.port is not None and key.port != row.port:
        return False
    return overlaps(key, row.window_start, row.window_end)


class Contact(NamedTuple):
    """How to reach a unit about a match."""

    name: str
    email: str
    phone: str


def contact_points(authority_ids: set[int]) -> dict[int, Contact]:
    """Each unit's contact point: its 24/7 desk when it has one, else its first by name."""
    table = ContactPoint._meta.db_table
    ids = sorted(authority_ids)
    if not ids:
        return {}  # "IN ()" is a syntax error on PostgreSQL
    sql = (
        f"SELECT authority_id, name, email, phone FROM {table}"  # noqa: S608 - names from the model
        f" WHERE authority_id IN ({', '.join(['%s'] * len(ids))})"
        " ORDER BY authority_id, is_available_24_7 DESC, name, id"
    )
    chosen: dict[int, Contact] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        for authority_id, name, email, phone in cursor.fetchall():
            chosen.setdefault(authority_id, Contact(name, email, phone))
    return chosen


def find_matches(
    user: "User", keys: list[IndexKey], *, exclude_request_id: int | None = None
) -> list[Match]:
    """Other requests sharing a key (same subscriber window for IPs), newest first."""
    wanted: dict[tuple[str, str], list[IndexKey]] = defaultdict(list)
    for key in keys:
        wanted[(key.identifier_type, key.value)].append(key)
    found: dict[tuple[str, str, int], IndexRow] = {}
    for row in entries_for(keys):
        if row.request_id == exclude_request_id:
            continue
        candidates = wanted[(row.identifier_type, row.value)]
        if any(same_subscriber(key, row) for key in candidates):
            found.setdefault((row.identifier_type, row.value, row.request_id), row)
    rows = sorted(found.values(), key=lambda r: (r.created_at, r.request_id), reverse=True)
    rows = rows[:MATCH_LIMIT]
    if not rows:
        return []
    # Each row carries its request's owner: the user's one rule of visibility (access.py) is
    # applied to it rather than asked of the database again (an ORM query, most of a single
    # look-up's time).
    owner = owner_visible_to(user)
    contacts = contact_points({row.owner_authority_id for row in rows})
    return [
        _match(row, owner is not None and row.owner_authority_id == owner, contacts) for row in rows
    ]


def _match(row: IndexRow, visible: bool, contacts: dict[int, Contact]) -> Match:
    contact = contacts.get(row.owner_authority_id)
    return Match(
        identifier_type=row.identifier_type,
        value=row.value,
        request_id=row.request_id,
        unit_code=row.unit_code,
        unit_name=row.unit_name,
        contact_name=contact.name if contact else "",
        contact_email=contact.email if contact else "",
        contact_phone=contact.phone if contact else "",
        provider=row.custodian or row.custodian_name or "",
        date=row.request_date or row.created_at.date(),
        state=_STATES.get(row.state, row.state),
        visible=visible,
        our_reference=row.our_reference if visible else "",
        kind=row.kind if visible else "",
    )
