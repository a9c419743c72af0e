"""Bulk writes into the identifier index: keys computed fast, rows sent in one pass per batch.

SQLite receives each batch through one `executemany` of a prepared INSERT; PostgreSQL through
`COPY ... FROM STDIN` (psycopg 3). Both run inside the caller's transaction (a savepoint of it),
so a failure leaves nothing half-written.
"""

from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from itertools import islice
from operator import itemgetter
from typing import Any, NamedTuple

from django.db import connection, transaction

from rogatory.deconfliction.keys import (
    apply_provider_rule,
    cheap_canonical_value,
    normalised_canonical_value,
    window,
)
from rogatory.deconfliction.models import IdentifierIndexEntry

# Rows are sorted by (type, value) per batch before they are written: each index page is then
# visited once per batch rather than once per row (random keys otherwise dirty a page a row).
BATCH_SIZE = 100_000
_BY_KEY = itemgetter(0, 1)
INDEX_COLUMNS = (
    "identifier_type",
    "value",
    "request_id",
    "owner_authority_id",
    "window_start",
    "window_end",
    "port",
    "created_at",
)


class Identifier(NamedTuple):
    """One data item to index: its request and unit, its type, its value as written, its context."""

    request_id: int
    owner_authority_id: int
    identifier_type: str
    value: str
    observed_at: datetime | None = None
    period_start: date | None = None
    period_end: date | None = None
    port: int | None = None
    # Phone numbers written without a country code belong to this country.
    region: str | None = None


Row = tuple[str, str, int, int, datetime | None, datetime | None, int | None]


def index_rows(identifiers: Iterable[Identifier]) -> Iterator[Row]:
    """The index row of each identifier; repeats of one request's row given in a run are dropped."""
    # Memoised only where the full normaliser runs (tens of microseconds a value) and only for
    # one call: the normaliser is a pure function of (type, value, region).
    slow: dict[tuple[str, str, str | None], str] = {}
    current_request: int | None = None
    seen: set[Row] = set()
    for item in identifiers:
        identifier_type = item.identifier_type
        canonical = cheap_canonical_value(identifier_type, item.value)
        if canonical is None:
            memo_key = (identifier_type, item.value, item.region)
            canonical = slow.get(memo_key)
            if canonical is None:
                canonical = normalised_canonical_value(identifier_type, item.value, item.region)
                slow[memo_key] = canonical
        if identifier_type == "email":
            canonical = apply_provider_rule(canonical)
        if identifier_type == "ip_address":
            start, end = window(item.observed_at, item.period_start, item.period_end)
            # The port tells subscribers apart only behind IPv4 address sharing.
            port = None if ":" in canonical else item.port
            row: Row = (
                identifier_type,
                canonical,
                item.request_id,
                item.owner_authority_id,
                start,
                end,
                port,
            )
        else:
            row = (
                identifier_type,
                canonical,
                item.request_id,
                item.owner_authority_id,
                None,
                None,
                None,
            )
        if item.request_id != current_request:
            current_request = item.request_id
            seen.clear()
        if row in seen:
            continue
        seen.add(row)
        yield row


def _sqlite_datetime(value: datetime | None) -> str | None:
    # The text Django's SQLite backend stores for an aware datetime: UTC, without offset.
    if value is None:
        return None
    return str(value.astimezone(UTC).replace(tzinfo=None))


def _sorted_batches(rows: Iterator[Row]) -> Iterator[list[Row]]:
    while batch := list(islice(rows, BATCH_SIZE)):
        batch.sort(key=_BY_KEY)
        yield batch


def _write_sqlite(rows: Iterator[Row], created_at: datetime) -> int:
    table = IdentifierIndexEntry._meta.db_table
    marks = ", ".join(["%s"] * len(INDEX_COLUMNS))
    sql = f"INSERT INTO {table} ({', '.join(INDEX_COLUMNS)}) VALUES ({marks})"  # noqa: S608 - names from the model
    created = _sqlite_datetime(created_at)
    written = 0
    with connection.cursor() as cursor:
        for batch in _sorted_batches(rows):
            cursor.executemany(
                sql,
                [
                    (t, v, r, a, _sqlite_datetime(s), _sqlite_datetime(e), p, created)
                    for t, v, r, a, s, e, p in batch
                ],
            )
            written += len(batch)
    return written


def _write_postgresql(rows: Iterator[Row], created_at: datetime) -> int:
    table = IdentifierIndexEntry._meta.db_table
    written = 0
    with connection.cursor() as cursor:
        raw: Any = cursor.cursor
        # The driver's own errors (a violated constraint) surface as Django's, as from the ORM.
        with (
            connection.wrap_database_errors,
            raw.copy(f"COPY {table} ({', '.join(INDEX_COLUMNS)}) FROM STDIN") as copy,
        ):
            write_row = copy.write_row
            for batch in _sorted_batches(rows):
                for row in batch:
                    write_row((*row, created_at))
                written += len(batch)
    return written


def ingest_identifiers(identifiers: Iterable[Identifier], *, created_at: datetime) -> int:
    """Write the index entries of many identifiers in the caller's transaction; return how many."""
    rows = index_rows(identifiers)
    with transaction.atomic():
        if connection.vendor == "postgresql":
            return _write_postgresql(rows, created_at)
        return _write_sqlite(rows, created_at)
