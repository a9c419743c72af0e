"""Bulk writes into the identifier index: keys computed fast, rows sent in one pass per batch.

SQLite receives each batch through one `executemany` of a prepared INSERT; PostgreSQL through
`COPY ... FROM STDIN` (psycopg 3). Both run inside the caller's transaction (a savepoint of it),
so a failure leaves nothing half-written.
"""

from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, date, datetime
from itertools import chain, islice
from operator import itemgetter
from typing import Any, NamedTuple

from django.db import connection, transaction
from django.db.models import Field

from rogatory.deconfliction.keys import (
    apply_provider_rule,
    cheap_canonical_value,
    lookup_key,
    normalised_canonical_value,
    window,
)
from rogatory.deconfliction.models import IdentifierIndexEntry

# Rows are sorted by key per batch before they are written: each index page is then visited
# once per batch rather than once per row (random keys otherwise dirty a page a row).
BATCH_SIZE = 100_000
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
                lookup_key(identifier_type, canonical),
                identifier_type,
                canonical,
                item.request_id,
                start,
                end,
                port,
            )
        else:
            row = (
                lookup_key(identifier_type, canonical),
                identifier_type,
                canonical,
                item.request_id,
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
                    (k, t, v, r, _sqlite_datetime(s), _sqlite_datetime(e), p, created)
                    for k, t, v, r, s, e, p in batch
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
    rows = index_rows(identifiers)
    with transaction.atomic():
        first = list(islice(rows, BATCH_SIZE))
        following = next(rows, None)
        everything = chain(first, [] if following is None else [following], rows)
        vendor = connection.vendor

        def write() -> int:
            if vendor == "postgresql":
                return _write_postgresql(everything, created_at)
            return _write_sqlite(everything, created_at)

        if following is not None and _table_rows_at_most() < BATCH_SIZE:
            return _without_secondary_indexes(write)
        return write()
