"""Bulk writes into the identifier index: keys computed fast, rows sent in one pass per batch.

SQLite receives each batch through one `executemany` of a prepared INSERT; PostgreSQL through
`COPY ... FROM STDIN` (psycopg 3). Both run inside the caller's transaction (a savepoint of it),
so a failure leaves nothing half-written.
"""

import hashlib
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from itertools import chain, islice
from operator import itemgetter
from typing import Any, NamedTuple

from django.db import connection, transaction
from django.db.models import Field

from rogatory.core.collector import cyclic_collector_paused
from rogatory.deconfliction.keys import (
    apply_provider_rule,
    cheap_canonical_value,
    email_provider_rules,
    normalised_canonical_value,
    window,
)
from rogatory.deconfliction.models import IdentifierIndexEntry

BATCH_SIZE = 100_000
SQLITE_ROWS_A_STATEMENT = 200
_BY_KEY = itemgetter(0)
# A bulk load rebuilds the look-up index by one sort of up to 10 million keys: in memory.
BULK_SORT_MEMORY = "512MB"
INDEX_COLUMNS = (
    "key",
    "identifier_type",
    "value",
    "request_id",
    "window_start",
    "window_end",
    "port",
    "created_at",
)
POSTGRESQL_COLUMN_TYPES = (
    "int8",
    "varchar",
    "varchar",
    "int8",
    "timestamptz",
    "timestamptz",
    "int4",
    "timestamptz",
)


class Identifier(NamedTuple):
    """One data item to index: its request, its type, its value as written, its context."""

    request_id: int
    identifier_type: str
    value: str
    observed_at: datetime | None = None
    period_start: date | None = None
    period_end: date | None = None
    port: int | None = None
    # Phone numbers written without a country code belong to this country.
    region: str | None = None


Row = tuple[int, str, str, int, datetime | None, datetime | None, int | None]
# A row as the driver receives it: the window in the database's own form (text on SQLite),
# then created_at.
StoredRow = tuple[int, str, str, int, Any, Any, int | None, Any]


def _stored_rows(
    identifiers: Iterable[Identifier], stored: Callable[[datetime | None], Any], created: Any
) -> Iterator[StoredRow]:
    # One loop with the key path inlined: at ten million values every call, attribute look-up
    # and tuple saved per value is a second of CPU. The rows are those of keys.index_key and
    # keys.lookup_key (tests/test_ingest.py and tests/test_fast_keys.py hold them equal). The key
    # is lookup_key's body written again on purpose: the call costs 0.3 us a value (1.31 against
    # 1.01 CPU s a million, measured 2026-11-30), 3 s of a 10 M load.
    # Memoised only where the full normaliser runs (tens of microseconds a value) and for the
    # windows (a few hundred days recur): both pure functions, kept for one call only.
    slow: dict[tuple[str, str, str | None], str] = {}
    windows: dict[tuple[datetime | None, date | None, date | None], tuple[Any, Any]] = {}
    provider_domains = email_provider_rules()
    blake2b = hashlib.blake2b
    from_bytes = int.from_bytes
    current_request: int | None = None
    seen: set[StoredRow] = set()
    for (
        request_id,
        identifier_type,
        value,
        observed_at,
        period_start,
        period_end,
        port,
        region,
    ) in identifiers:
        canonical = cheap_canonical_value(identifier_type, value)
        if canonical is None:
            memo_key = (identifier_type, value, region)
            canonical = slow.get(memo_key)
            if canonical is None:
                canonical = normalised_canonical_value(identifier_type, value, region)
                slow[memo_key] = canonical
        if identifier_type == "email" and canonical.rpartition("@")[2] in provider_domains:
            canonical = apply_provider_rule(canonical)
        key = from_bytes(
            blake2b(f"{identifier_type}\x00{canonical}".encode(), digest_size=8).digest(),
            "big",
            signed=True,
        )
        if identifier_type == "ip_address":
            period = (observed_at, period_start, period_end)
            bounds = windows.get(period)
            if bounds is None:
                start, end = window(observed_at, period_start, period_end)
                bounds = windows[period] = (stored(start), stored(end))
            # The port tells subscribers apart only behind IPv4 address sharing.
            row: StoredRow = (
                key,
                identifier_type,
                canonical,
                request_id,
                bounds[0],
                bounds[1],
                None if ":" in canonical else port,
                created,
            )
        else:
            row = (key, identifier_type, canonical, request_id, None, None, None, created)
        if request_id != current_request:
            current_request = request_id
            seen.clear()
        if row in seen:
            continue
        seen.add(row)
        yield row


def _as_is(value: datetime | None) -> datetime | None:
    return value


def index_rows(identifiers: Iterable[Identifier]) -> Iterator[Row]:
    """The index row of each identifier; repeats of one request's row given in a run are dropped."""
    for row in _stored_rows(identifiers, _as_is, None):
        yield row[:7]


def _sqlite_datetime(value: datetime | None) -> str | None:
    # The text Django's SQLite backend stores for an aware datetime: UTC, without offset.
    if value is None:
        return None
    return str(value.astimezone(UTC).replace(tzinfo=None))


def _batches(rows: Iterator[StoredRow], *, by_key: bool) -> Iterator[list[StoredRow]]:
    # Rows are sorted by key per batch when the key index is kept: each index page is then
    # visited once per batch rather than once per row (random keys otherwise dirty a page a
    # row). Without the index (a first load) the order buys nothing.
    while batch := list(islice(rows, BATCH_SIZE)):
        if by_key:
            batch.sort(key=_BY_KEY)
        yield batch


def _sqlite_insert(row_count: int) -> str:
    table = IdentifierIndexEntry._meta.db_table
    one_row = f"({', '.join(['%s'] * len(INDEX_COLUMNS))})"
    values = ", ".join([one_row] * row_count)
    return f"INSERT INTO {table} ({', '.join(INDEX_COLUMNS)}) VALUES {values}"  # noqa: S608 - names from the model


def _write_sqlite(identifiers: Iterable[Identifier], created_at: datetime, *, by_key: bool) -> int:
    # Rows go SQLITE_ROWS_A_STATEMENT to an INSERT: each execution of a statement costs SQLite a
    # reset and the driver a round of binding, which one row a statement paid ten million times
    # (1.9 against 3.0 CPU s a million rows, measured 2026-11-30). 1,600 parameters a statement
    # stay far below SQLite's limit of 32,766.
    many = _sqlite_insert(SQLITE_ROWS_A_STATEMENT)
    rows = _stored_rows(identifiers, _sqlite_datetime, _sqlite_datetime(created_at))
    written = 0
    flatten = chain.from_iterable
    with connection.cursor() as cursor:
        for batch in _batches(rows, by_key=by_key):
            whole = len(batch) - len(batch) % SQLITE_ROWS_A_STATEMENT
            cursor.executemany(
                many,
                [
                    tuple(flatten(batch[start : start + SQLITE_ROWS_A_STATEMENT]))
                    for start in range(0, whole, SQLITE_ROWS_A_STATEMENT)
                ],
            )
            if whole < len(batch):
                rest = batch[whole:]
                cursor.execute(_sqlite_insert(len(rest)), tuple(flatten(rest)))
            written += len(batch)
    return written


def _write_postgresql(
    identifiers: Iterable[Identifier], created_at: datetime, *, by_key: bool
) -> int:
    table = IdentifierIndexEntry._meta.db_table
    rows = _stored_rows(identifiers, _as_is, created_at)
    written = 0
    with connection.cursor() as cursor:
        raw: Any = cursor.cursor
        # The driver's own errors (a violated constraint) surface as Django's, as from the ORM.
        # Binary COPY: the driver packs each value as it is rather than formatting it as text
        # (0.6 instead of 3.1 s of client CPU a million rows); the types are the columns' own.
        with (
            connection.wrap_database_errors,
            raw.copy(
                f"COPY {table} ({', '.join(INDEX_COLUMNS)}) FROM STDIN (FORMAT BINARY)"
            ) as copy,
        ):
            copy.set_types(POSTGRESQL_COLUMN_TYPES)
            write_row = copy.write_row
            for batch in _batches(rows, by_key=by_key):
                for row in batch:
                    write_row(row)
                written += len(batch)
    return written


def _table_rows_at_most() -> int:
    # The highest id bounds the row count (ids are never reused) and costs one index descent,
    # where counting would read the whole table.
    table = IdentifierIndexEntry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(id) FROM {table}")  # noqa: S608 - name from the model
        (highest,) = cursor.fetchone()
    return int(highest or 0)


def _column(field_name: str) -> str:
    field = IdentifierIndexEntry._meta.get_field(field_name)
    if not isinstance(field, Field) or not field.column:
        raise TypeError(f"{field_name} is not a column of the index table")
    return field.column


def _without_secondary_indexes(write: Callable[[], int]) -> int:
    # Random keys inserted into a B-tree larger than the cache rewrite a page a row; dropped
    # and built again after the load, the index costs one sort. DROP and CREATE INDEX are
    # transactional on both databases: a failed load leaves the indexes as they were. On
    # PostgreSQL the table stays locked against readers until the caller commits.
    meta = IdentifierIndexEntry._meta
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for index in meta.indexes:
            cursor.execute(f"DROP INDEX {quote(index.name)}")
        written = write()
        if connection.vendor == "postgresql":
            # For this transaction only: the sort of the rebuild in memory rather than on disk.
            cursor.execute(f"SET LOCAL maintenance_work_mem = '{BULK_SORT_MEMORY}'")
        for index in meta.indexes:
            columns = ", ".join(quote(_column(name)) for name in index.fields)
            cursor.execute(
                f"CREATE INDEX {quote(index.name)} ON {quote(meta.db_table)} ({columns})"
            )
    return written


def ingest_identifiers(identifiers: Iterable[Identifier], *, created_at: datetime) -> int:
    """Write the index entries of many identifiers in the caller's transaction; return how many.

    A load of more than one batch into a table holding less than a batch (a first load, a
    rebuild) is written without the table's secondary indexes, which are built again after."""
    items = iter(identifiers)
    # Ten million row tuples pass through here; the cyclic collector would walk the survivors
    # of each batch again and again (12 % of a streamed load's time, measured 2026-11-30).
    with cyclic_collector_paused(), transaction.atomic():
        first = list(islice(items, BATCH_SIZE))
        following = next(items, None)
        everything = chain(first, [] if following is None else [following], items)
        write = _write_postgresql if connection.vendor == "postgresql" else _write_sqlite
        if following is not None and _table_rows_at_most() < BATCH_SIZE:
            return _without_secondary_indexes(lambda: write(everything, created_at, by_key=False))
        return write(everything, created_at, by_key=True)
