"""Deconfliction bench: ingest, single look-up and a 1,000-identifier match, beside the floor.

    ROGATORY_DATABASE=sqlite     .venv/bin/python bench/deconfliction.py [--count 10000000]
    ROGATORY_DATABASE=postgresql .venv/bin/python bench/deconfliction.py [--count 10000000]

Uses its own database (a temporary SQLite file, or PostgreSQL database `rogatory_bench`), migrated
first. One request per ten identifiers; the request rows are bulk-created by the bench, the index
rows go through the product's ingest path (`ingest_identifiers`: keys, then executemany / COPY):
first the whole load in one streamed call (into the empty table: indexes built after the rows;
the time the bench spends making up the identifiers is measured apart and left out),
then 200,000 more, 100,000 a call, into the full index beside the bare write (the floor).
Identifiers mix the types as letters do; one in twenty is spelled otherwise than canonically
(defanged, upper-case, tracking parameters, national phone format, leading zeros), which sends it
through the full intake normaliser. Look-ups go through the product: `entries_for` (the index
query: the single look-up target), `find_matches` (plus visibility and contacts: the 1,000-
identifier target), `who_asked` (plus its audit event, in its own transaction),
`matches_for_request` for a request carrying 1,000 identifiers. Beside each: the floor, the bare
indexed query through the same database driver in the same run. A single look-up is timed at
its first touch of a key (the product on one sample of keys, the floor on another, so that
neither reads pages the other brought in) and again on the same key, warm. Last, `identifier_overview` over
the whole index (once the 1,000-identifier request is indexed too), timed and printed. Wall-clock
figures on a shared machine: the process's CPU time and the load average are printed as well.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_B32 = "abcdefghijklmnopqrstuvwxyz234567"


def _setup_environment() -> str:
    vendor = os.environ.get("ROGATORY_DATABASE", "sqlite")
    if vendor == "sqlite":
        path = Path(tempfile.mkdtemp(prefix="rogatory-bench-")) / "bench.sqlite3"
        os.environ["ROGATORY_SQLITE_PATH"] = str(path)
    else:
        os.environ.setdefault("ROGATORY_PG_NAME", "rogatory_bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    return vendor


def _ensure_postgres_database() -> None:
    import psycopg

    name = os.environ["ROGATORY_PG_NAME"]
    with psycopg.connect(
        host=os.environ.get("ROGATORY_PG_HOST", "127.0.0.1"),
        user=os.environ.get("ROGATORY_PG_USER", "postgres"),
        dbname="postgres",
        autocommit=True,
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def _sqlite_text(value: Any) -> Any:
    # How Django's SQLite backend stores an aware datetime: UTC text without offset.
    from datetime import UTC

    return None if value is None else str(value.astimezone(UTC).replace(tzinfo=None))


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _b32(number: int, width: int) -> str:
    return "".join(_B32[(number >> (5 * i)) & 31] for i in range(width))


def spelling(number: int) -> tuple[str, str, dict[str, Any]]:
    """The identifier number `number`: its type, a spelling and its context (window, port)."""
    odd = (number // 20) % 20 == 7  # one in twenty spelled otherwise than canonically
    kind = number % 20
    if kind < 6:
        if number % 50 == 0:
            local = f"first.last{number}+news" if not odd else f"First.Last{number}+news"
            return "email", f"{local}@gmail.com", {}
        value = f"user.{number}@mail-{number % 997}.example"
        return "email", value.replace("@", "[at]").upper() if odd else value, {}
    if kind < 9:
        url = f"https://www.site-{number % 991}.example/p/{number}"
        return "url", url.replace("https", "HXXPS") + "?utm_source=x#top" if odd else url, {}
    if kind < 11:
        host = f"host-{number}.example"
        return "domain", host.replace(".", "[.]") if odd else host, {}
    if kind < 14:
        quad = f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
        if odd:
            quad = ".".join(part.zfill(3) for part in quad.split("."))
        day = date(2026, 1, 1) + timedelta(days=number % 300)
        context = {"period_start": day, "period_end": day, "port": 1024 + number % 60000}
        return "ip_address", quad, context
    if kind < 17:
        digits = f"{number % 100_000_000:08d}"
        if odd:
            return "phone", f"06 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}", {}
        return "phone", f"+336{digits}", {}
    if kind == 17:
        return "username", f"@Handle_{number}" if odd else f"handle_{number}", {}
    if kind == 18:
        flavour = number // 20 % 3
        if flavour == 0:
            return "iban", f"FR76 {number:023d}" if odd else f"FR76{number:023d}", {}
        if flavour == 1:
            onion = f"{_b32(number, 56)}.onion"
            return "onion", onion.upper() if odd else onion, {}
        address = f"bc1q{_b32(number, 38)}"
        return "crypto", address.upper() if odd else address, {}
    return "account_id", f"acct-{number}", {}


def _bulk_requests(model: Any, authority: Any, instant: Any, count: int) -> None:
    from django.db import connection, transaction

    # The ORM's bulk_create spends about 1 ms a row preparing 60-odd columns: the bench prepares
    # one template row through the fields and sends the rest bare, varying reference and direction.
    template = model(
        kind="preservation",
        direction="outgoing",
        owner_authority=authority,
        requesting_authority=authority,
        requested_authority=authority,
        our_reference="",
        created_at=instant,
        updated_at=instant,
    )
    fields = [field for field in model._meta.concrete_fields if not field.primary_key]
    values = [
        field.get_db_prep_save(field.pre_save(template, True), connection) for field in fields
    ]
    names = [field.name for field in fields]
    reference, direction = names.index("our_reference"), names.index("direction")
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)

    def rows(start: int, stop: int) -> Iterator[list[Any]]:
        for number in range(start, stop):
            row = list(values)
            row[reference] = f"B-{number}"
            row[direction] = "outgoing" if number % 2 else "incoming"
            yield row

    raw = connection.connection
    table = model._meta.db_table
    marks = ", ".join(["?"] * len(fields))
    insert = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608 - names from the model
    for start in range(0, count, 50_000):
        stop = min(count, start + 50_000)
        if connection.vendor == "sqlite":
            with transaction.atomic():
                raw.executemany(insert, rows(start, stop))
            continue
        with (
            transaction.atomic(),
            raw.cursor() as cursor,
            cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
        ):
            for row in rows(start, stop):
                copy.write_row(row)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000_000, help="identifiers (10,000,000)")
    parser.add_argument("--lookups", type=int, default=2_000)
    arguments = parser.parse_args()
    vendor = _setup_environment()
    started_load = os.getloadavg()
    if vendor != "sqlite":
        _ensure_postgres_database()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    call_command("migrate", verbosity=0)
    from rogatory.accounts.models import User
    from rogatory.core.clock import now
    from rogatory.deconfliction.ingest import (
        INDEX_COLUMNS,
        Identifier,
        index_rows,
        ingest_identifiers,
    )
    from rogatory.deconfliction.keys import IndexKey, index_key, lookup_key
    from rogatory.deconfliction.models import IdentifierIndexEntry
    from rogatory.deconfliction.overview import identifier_overview
    from rogatory.deconfliction.queries import entries_for, find_matches
    from rogatory.deconfliction.services import matches_for_request, reindex_request, who_asked
    from rogatory.directory.models import Authority
    from rogatory.requests.models import CooperationRequest, DataItem

    rng = random.Random(29)
    instant = now()
    authority = Authority.objects.create(
        code="bench-fr", name="Bench unit", authority_type="point_of_contact", country_id="FR"
    )
    officer = User.objects.create_user(
        username="bench-officer",
        password="bench-password-0",  # noqa: S106 - a throw-away bench database
        authority=authority,
        role="officer",
    )
    request_count = max(1, arguments.count // 10)
    began = time.perf_counter()

    _bulk_requests(CooperationRequest, authority, instant, request_count)
    request_ids = list(CooperationRequest.objects.order_by("pk").values_list("pk", flat=True))
    requests_seconds = time.perf_counter() - began

    # Making up the identifiers is the bench's work, not the product's: it is timed apart (CPU
    # and wall clock, 10,000 at a time) and taken out of the load's figures.
    generated = {"cpu": 0.0, "wall": 0.0}

    def identifiers(start: int, stop: int) -> Iterator[Identifier]:
        for chunk_start in range(start, stop, 10_000):
            begin, begin_cpu = time.perf_counter(), time.process_time()
            made = []
            for number in range(chunk_start, min(stop, chunk_start + 10_000)):
                identifier_type, value, context = spelling(number)
                made.append(
                    Identifier(
                        request_ids[number // 10 % len(request_ids)],
                        identifier_type,
                        value,
                        region="FR",
                        **context,
                    )
                )
            generated["cpu"] += time.process_time() - begin_cpu
            generated["wall"] += time.perf_counter() - begin
            yield from made

    # The load: every identifier in one call, streamed (ingest_identifiers rebuilds the table's
    # indexes after a load of more than a batch into a table holding less than one).
    begin, begin_cpu = time.perf_counter(), time.process_time()
    with transaction.atomic():
        ingest_identifiers(identifiers(0, arguments.count), created_at=instant)
    ingest_seconds = time.perf_counter() - begin - generated["wall"]
    ingest_cpu_seconds = time.process_time() - begin_cpu - generated["cpu"]
    generation_cpu_seconds = generated["cpu"]
    # Then into the full index, 100,000 identifiers a call (the indexes kept): as the floor.
    chunk = 100_000
    more_count = min(200_000, arguments.count)
    more_seconds = more_cpu_seconds = 0.0
    for start in range(arguments.count, arguments.count + more_count, chunk):
        batch = list(identifiers(start, start + chunk))
        begin, begin_cpu = time.perf_counter(), time.process_time()
        with transaction.atomic():
            ingest_identifiers(batch, created_at=instant)
        more_seconds += time.perf_counter() - begin
        more_cpu_seconds += time.process_time() - begin_cpu
    table = IdentifierIndexEntry._meta.db_table
    if vendor != "sqlite":
        with connection.cursor() as cursor:
            # What autovacuum does after a bulk load: without the statistics the planner takes
            # the freshly loaded request table for empty and scans it by owner; without the
            # visibility map the overview's pass over the key index reads every table row too.
            cursor.execute("VACUUM ANALYZE")
    total_rows = IdentifierIndexEntry.objects.count()

    # Floor for ingest: rows of identifiers not yet indexed, keyed beforehand (untimed), sent
    # bare by the driver into the same table, committed in transactions of the same size as the
    # product's (an uncommitted SQLite transaction would skip the WAL checkpoint).
    floor_count = more_count
    floor_from = arguments.count + more_count
    floor_rows = [
        (*row, instant) for row in index_rows(identifiers(floor_from, floor_from + floor_count))
    ]
    if vendor == "sqlite":
        floor_rows = [
            (k, t, v, r, _sqlite_text(s), _sqlite_text(e), p, _sqlite_text(c))
            for k, t, v, r, s, e, p, c in floor_rows
        ]
    raw = connection.connection
    columns = ", ".join(INDEX_COLUMNS)
    marks = ", ".join(["?"] * len(INDEX_COLUMNS))
    begin = time.perf_counter()
    for start in range(0, floor_count, chunk):
        part = floor_rows[start : start + chunk]
        with transaction.atomic():
            if vendor == "sqlite":
                raw.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", part)  # noqa: S608
                continue
            with (
                raw.cursor() as cursor,
                cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy,
            ):
                for row in part:
                    copy.write_row(row)
    ingest_floor_seconds = time.perf_counter() - begin
    floor_written = len(floor_rows)
    # 200,000 tuples left alive would be walked by every full garbage collection in the timings.
    del floor_rows

    def timed(call: Callable[[], object]) -> float:
        begin = time.perf_counter()
        call()
        return (time.perf_counter() - begin) * 1000

    # Two disjoint samples: the product's look-ups touch keys of the first, the floor's first
    # touch keys of the second, so that neither reads pages the other has just brought in (the
    # floor used to run on the key the product had just read: always warm, the product always
    # cold). Then both again on the product's keys, warm.
    drawn = rng.sample(range(arguments.count), min(arguments.count, 2 * arguments.lookups))
    sample, floor_sample = drawn[: len(drawn) // 2], drawn[len(drawn) // 2 :]
    spellings = [spelling(number) for number in sample]
    keys = [
        index_key(identifier_type, value, region="FR", **context)
        for identifier_type, value, context in spellings
    ]
    floor_keys = [
        index_key(identifier_type, value, region="FR", **context)
        for identifier_type, value, context in (spelling(number) for number in floor_sample)
    ]
    marker = "?" if vendor == "sqlite" else "%s"
    floor_sql = (
        f"SELECT id, request_id FROM {table} WHERE key = {marker}"  # noqa: S608
        f" AND identifier_type = {marker} AND value = {marker}"
    )
    lookup, lookup_again, matching, asked, floor, floor_again = [], [], [], [], [], []
    if vendor == "sqlite":
        raw_cursor = raw.cursor()
    else:
        import psycopg

        # Server-side binding, as the product's look-up uses: prepared after a few runs.
        raw_cursor = psycopg.Cursor(raw)

    def bare(key: IndexKey) -> None:
        raw_cursor.execute(
            floor_sql, [lookup_key(key.identifier_type, key.value), key.identifier_type, key.value]
        )
        raw_cursor.fetchall()

    for key, floor_key, (identifier_type, value, context) in zip(
        keys, floor_keys, spellings, strict=True
    ):
        lookup.append(timed(lambda key=key: entries_for([key])))
        floor.append(timed(lambda key=floor_key: bare(key)))
        lookup_again.append(timed(lambda key=key: entries_for([key])))
        floor_again.append(timed(lambda key=key: bare(key)))
        matching.append(timed(lambda key=key: find_matches(officer, [key])))
        at, port = None, context.get("port")
        if identifier_type == "ip_address":
            at = instant.replace(
                year=context["period_start"].year,
                month=context["period_start"].month,
                day=context["period_start"].day,
                hour=12,
            )
        asked.append(
            timed(
                lambda t=identifier_type, v=value, at=at, p=port: who_asked(
                    officer, t, v, at=at, port=p
                )
            )
        )

    # A new request carrying 1,000 identifiers already in the index.
    batch_numbers = rng.sample(range(arguments.count), min(arguments.count, 1_000))
    with transaction.atomic():
        new_request = CooperationRequest.objects.create(
            kind="preservation",
            direction="outgoing",
            owner_authority=authority,
            requesting_authority=authority,
            requested_authority=authority,
            our_reference="B-NEW",
            created_at=instant,
            updated_at=instant,
        )
        DataItem.objects.bulk_create(
            DataItem(
                request=new_request,
                position=position,
                identifier_type=spelling(number)[0],
                value=spelling(number)[1],
                **spelling(number)[2],
            )
            for position, number in enumerate(batch_numbers)
        )
    batch_keys: list[IndexKey] = [
        index_key(t, v, region="FR", **c) for t, v, c in (spelling(n) for n in batch_numbers)
    ]
    batch_lookup = [timed(lambda: entries_for(batch_keys)) for _ in range(20)]
    batch_matching = [timed(lambda: find_matches(officer, batch_keys)) for _ in range(20)]
    batch_request = [timed(lambda: matches_for_request(officer, new_request.pk)) for _ in range(20)]
    batch_lookup_keys = sorted({lookup_key(k.identifier_type, k.value) for k in batch_keys})

    def floor_batch() -> None:
        if vendor == "sqlite":
            marks = ", ".join(["?"] * len(batch_lookup_keys))
            sql = (
                f"SELECT id, request_id, identifier_type, value FROM {table} WHERE key IN ({marks})"  # noqa: S608
            )
            raw_cursor.execute(sql, batch_lookup_keys)
        else:
            sql = f"SELECT id, request_id, identifier_type, value FROM {table} WHERE key = ANY(%s::bigint[])"  # noqa: S608
            raw_cursor.execute(sql, [batch_lookup_keys])
        raw_cursor.fetchall()

    batch_floor = [timed(floor_batch) for _ in range(20)]
    raw_cursor.close()

    # The overview over the whole index once the new request is indexed too: each of its 1,000
    # identifiers is then held by two requests.
    reindex_request(new_request.pk)
    supervisor = User.objects.create_user(
        username="bench-supervisor",
        password="bench-password-0",  # noqa: S106 - a throw-away bench database
        authority=authority,
        role="supervisor",
    )
    begin, begin_cpu = time.perf_counter(), time.process_time()
    overview = identifier_overview(supervisor)
    overview_seconds = time.perf_counter() - begin
    overview_cpu_seconds = time.process_time() - begin_cpu

    odd = sum(1 for number in range(0, arguments.count, 20) if (number // 20) % 20 == 7)
    print(
        f"deconfliction bench on {vendor}: {total_rows:,} index rows (+{floor_count:,} by the floor), "
        f"{request_count:,} requests "
        f"(bulk-created in {requests_seconds:.0f} s); {odd * 20 / arguments.count:.0%} of "
        f"identifiers spelled non-canonically"
    )
    match_target = "<= 50" if vendor == "sqlite" else "<= 60"
    print(f"{'figure (product function timed)':56} {'product':>11} {'floor':>11} {'target':>10}")
    print(
        f"{f'load of {arguments.count:,}, ingest_identifiers (ids/s)':56} "
        f"{arguments.count / ingest_seconds:>11,.0f} {'':>11} {'>= 100,000':>10}"
    )
    print(f"{'  CPU of this process (ids/s)':56} {arguments.count / ingest_cpu_seconds:>11,.0f}")
    print(
        f"{'  (the bench making up the identifiers, left out: CPU s)':56} "
        f"{generation_cpu_seconds:>11.1f}"
    )
    print(
        f"{'then 100,000 a call into the full index (ids/s)':56} "
        f"{more_count / more_seconds:>11,.0f} {floor_written / ingest_floor_seconds:>11,.0f}"
    )
    print(f"{'  CPU of this process (ids/s)':56} {more_count / more_cpu_seconds:>11,.0f}")
    for label, samples, floor_samples, target in (
        ("single look-up, entries_for, first touch", lookup, floor, "<= 1"),
        ("single look-up, entries_for, again", lookup_again, floor_again, ""),
        ("single look-up, find_matches", matching, floor_again, ""),
        ("who_asked, audited, own transaction", asked, floor_again, ""),
    ):
        for name, fraction in (("p50", 0.5), ("p99", 0.99)):
            print(
                f"{label + ' ' + name + ' (ms)':56} {_percentile(samples, fraction):>11.3f} "
                f"{_percentile(floor_samples, fraction):>11.3f} "
                f"{target if name == 'p99' else '':>10}"
            )
    for label, samples, target in (
        ("1,000 identifiers, entries_for median (ms)", batch_lookup, ""),
        ("1,000 identifiers, find_matches median (ms)", batch_matching, match_target),
        ("1,000 identifiers, matches_for_request median (ms)", batch_request, ""),
    ):
        print(
            f"{label:56} {statistics.median(samples):>11.2f} "
            f"{statistics.median(batch_floor):>11.2f} {target:>10}"
        )
        print(f"{'  fastest of 20 (ms)':56} {min(samples):>11.2f} {min(batch_floor):>11.2f}")
    print(
        f"overview, identifier_overview: {overview_seconds:.2f} s ({overview_cpu_seconds:.2f} s CPU"
        f" in this process); {overview.identifiers:,} identifiers held by more than one request,"
        f" in {overview.requests:,} requests"
    )
    for row in overview.by_type:
        print(
            f"  {row.identifier_type:12} {row.identifiers:>8,} identifiers"
            f" {row.requests:>8,} requests {row.units:>3} units"
        )
    for asked_row in overview.most_asked[:5]:
        print(
            f"  most asked: {asked_row.identifier_type} {asked_row.value or '(hidden)'}"
            f" in {asked_row.requests} requests of {len(asked_row.units)} unit(s)"
        )
    # The machine may be shared: the load says how far the figures carry.
    print(f"load average at the start {started_load}, at the end {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
