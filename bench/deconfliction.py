"""Deconfliction bench: ingest, single look-up and a 1,000-identifier match, beside the floor.

    ROGATORY_DATABASE=sqlite     .venv/bin/python bench/deconfliction.py [--count 100000]
    ROGATORY_DATABASE=postgresql .venv/bin/python bench/deconfliction.py [--count 10000000]

Uses its own database (a temporary SQLite file, or PostgreSQL database `rogatory_bench`), migrated
first. Ingest goes through the product's key path (`index_key`: the intake normaliser) and bulk
inserts; look-ups go through `entries_for`, the query `who_asked` and `matches_for_request` use.
Beside each product figure: the bare indexed query from the same client in the same run.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


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


def _percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="identifiers (default 100,000)")
    parser.add_argument("--lookups", type=int, default=2_000)
    arguments = parser.parse_args()
    vendor = _setup_environment()
    if vendor != "sqlite":
        _ensure_postgres_database()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction

    call_command("migrate", verbosity=0)
    from rogatory.core.clock import now
    from rogatory.deconfliction.keys import index_key
    from rogatory.deconfliction.models import IdentifierIndexEntry
    from rogatory.deconfliction.queries import entries_for
    from rogatory.directory.models import Authority
    from rogatory.requests.models import CooperationRequest

    rng = random.Random(29)
    instant = now()
    authority = Authority.objects.create(
        code="bench-fr", name="Bench unit", authority_type="point_of_contact", country_id="FR"
    )
    request_count = max(1, arguments.count // 10)
    CooperationRequest.objects.bulk_create(
        [
            CooperationRequest(
                kind="preservation",
                direction="outgoing",
                owner_authority=authority,
                requesting_authority=authority,
                requested_authority=authority,
                our_reference=f"B-{number}",
                created_at=instant,
                updated_at=instant,
            )
            for number in range(request_count)
        ],
        batch_size=5_000,
    )
    request_ids = list(CooperationRequest.objects.values_list("pk", flat=True))

    def spelling(number: int) -> tuple[str, str]:
        kind = number % 4
        if kind == 0:
            return "email", f"User.{number}@Mail-{number % 997}.Example"
        if kind == 1:
            return "url", f"HTTPS://www.site-{number % 991}.example/p/{number}?utm_source=x"
        if kind == 2:
            return "username", f"handle_{number}"
        return "ip_address", f"10.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"

    started = time.perf_counter()
    batch: list[IdentifierIndexEntry] = []
    keys = []
    for number in range(arguments.count):
        identifier_type, value = spelling(number)
        key = index_key(identifier_type, value)
        if number % max(1, arguments.count // arguments.lookups) == 0:
            keys.append(key)
        batch.append(
            IdentifierIndexEntry(
                identifier_type=key.identifier_type,
                value=key.value,
                request_id=request_ids[number % len(request_ids)],
                owner_authority=authority,
                window_start=key.window_start,
                window_end=key.window_end,
                port=key.port,
                created_at=instant,
            )
        )
        if len(batch) == 10_000:
            with transaction.atomic():
                IdentifierIndexEntry.objects.bulk_create(batch)
            batch = []
    if batch:
        with transaction.atomic():
            IdentifierIndexEntry.objects.bulk_create(batch)
    ingest_seconds = time.perf_counter() - started
    if vendor != "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE deconfliction_identifierindexentry")

    table = IdentifierIndexEntry._meta.db_table
    floor_sql = f"SELECT id, request_id FROM {table} WHERE identifier_type = %s AND value = %s"  # noqa: S608 - table name from the model

    def timed(call: object) -> float:
        begin = time.perf_counter()
        call()  # type: ignore[operator]
        return (time.perf_counter() - begin) * 1000

    product, floor = [], []
    with connection.cursor() as cursor:
        for key in rng.sample(keys, min(len(keys), arguments.lookups)):
            product.append(timed(lambda key=key: entries_for([key])))
            floor.append(
                timed(
                    lambda key=key: (
                        cursor.execute(floor_sql, [key.identifier_type, key.value]),
                        cursor.fetchall(),
                    )
                )
            )
    batch_keys = rng.sample(keys, min(len(keys), 1_000))
    batch_product = [timed(lambda: entries_for(batch_keys)) for _ in range(20)]
    by_type: dict[str, list[str]] = {}
    for key in batch_keys:
        by_type.setdefault(key.identifier_type, []).append(key.value)

    def floor_batch() -> None:
        with connection.cursor() as cursor:
            for identifier_type, values in by_type.items():
                marks = ", ".join(["%s"] * len(values))
                cursor.execute(
                    f"SELECT id, request_id FROM {table} WHERE identifier_type = %s AND value IN ({marks})",  # noqa: S608
                    [identifier_type, *values],
                )
                cursor.fetchall()

    batch_floor = [timed(floor_batch) for _ in range(20)]
    print(
        f"deconfliction bench on {vendor}: {arguments.count:,} identifiers, {request_count:,} requests"
    )
    print(f"{'figure':38} {'product':>12} {'floor':>12}")
    print(
        f"{'ingest (identifiers/s, key path + bulk)':38} {arguments.count / ingest_seconds:>12,.0f} {'':>12}"
    )
    print(
        f"{'single look-up p50 (ms)':38} {_percentile(product, 0.5):>12.3f} {_percentile(floor, 0.5):>12.3f}"
    )
    print(
        f"{'single look-up p99 (ms)':38} {_percentile(product, 0.99):>12.3f} {_percentile(floor, 0.99):>12.3f}"
    )
    print(
        f"{'1,000-identifier match median (ms)':38} {statistics.median(batch_product):>12.2f} {statistics.median(batch_floor):>12.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
