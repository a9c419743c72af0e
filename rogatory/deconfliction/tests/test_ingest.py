"""The bulk ingest path writes what index_key says, once per request, all or nothing."""

import gc
from collections.abc import Iterator
from dataclasses import astuple
from datetime import UTC, date, datetime
from typing import Any

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from rogatory.audit.models import AuditEvent
from rogatory.deconfliction import ingest
from rogatory.deconfliction.ingest import Identifier, ingest_identifiers
from rogatory.deconfliction.keys import index_key, lookup_key
from rogatory.deconfliction.models import IdentifierIndexEntry
from rogatory.deconfliction.services import reindex_request, who_asked
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest
from rogatory.requests.services import create_request

NOW = datetime(2026, 12, 1, 9, 30, tzinfo=UTC)


def _request(user: Any, base: dict[str, Any], reference: str, items: list[dict[str, Any]]) -> Any:
    data = dict(base)
    data.update(our_reference=reference, data_items=items)
    return create_request(user, RequestDocument.model_validate(data))


def _rows(request: CooperationRequest) -> list[tuple[Any, ...]]:
    return list(
        IdentifierIndexEntry.objects.filter(request=request)
        .order_by("identifier_type", "value", "window_start")
        .values_list("identifier_type", "value", "window_start", "window_end", "port", "created_at")
    )


@pytest.fixture
def request_of_alice(alice: Any, complete_document: dict[str, Any]) -> Any:
    return _request(
        alice,
        complete_document,
        "FR-2026-0100",
        [
            {
                "identifier_type": "email",
                "value": "owl@example.com",
                "data_categories": ["subscriber"],
            }
        ],
    )


@pytest.mark.django_db
def test_ingest_writes_the_key_of_every_identifier(request_of_alice: CooperationRequest) -> None:
    request = request_of_alice
    IdentifierIndexEntry.objects.filter(request=request).delete()
    spellings: list[tuple[str, str, dict[str, Any]]] = [
        ("email", "Suspect.Owl+shop@GMAIL.com", {}),
        ("url", "hxxps://Forum.Example:443/t/42?utm_source=x#top", {}),
        ("phone", "06 12 34 56 78", {}),
        ("phone", "+33612345678", {}),
        (
            "ip_address",
            "198.051.100.023",
            {"period_start": date(2026, 11, 20), "period_end": date(2026, 11, 21), "port": 51234},
        ),
        ("ip_address", "2001:DB8::0:1", {"observed_at": NOW, "port": 443}),
        ("crypto", "0x52908400098527886e0f7030069857d2e4169ee7", {}),
        ("iban", "fr76 3000 6000 0112 3456 7890 189", {}),
    ]

    with transaction.atomic():
        written = ingest_identifiers(
            [Identifier(request.pk, t, v, region="FR", **c) for t, v, c in spellings],
            created_at=NOW,
        )

    keys = {index_key(t, v, region="FR", **c) for t, v, c in spellings}
    assert written == 7
    assert _rows(request) == sorted(
        (k.identifier_type, k.value, k.window_start, k.window_end, k.port, NOW) for k in keys
    )
    assert ("email", "suspectowl@gmail.com", None, None, None, NOW) in _rows(request)
    assert (
        "ip_address",
        "198.51.100.23",
        datetime(2026, 11, 20, tzinfo=UTC),
        datetime(2026, 11, 22, tzinfo=UTC),
        51234,
        NOW,
    ) in _rows(request)
    assert ("ip_address", "2001:db8::1", NOW, NOW, None, NOW) in _rows(request)


@pytest.mark.django_db
def test_the_cyclic_collector_rests_during_a_load_and_runs_again_after(
    request_of_alice: CooperationRequest,
) -> None:
    seen_collecting = []

    def identifiers() -> Iterator[Identifier]:
        for number in range(3):
            seen_collecting.append(gc.isenabled())
            yield Identifier(request_of_alice.pk, "email", f"owl{number}@example.com")

    with transaction.atomic():
        ingest_identifiers(identifiers(), created_at=NOW)

    assert seen_collecting == [False, False, False]
    assert gc.isenabled()


@pytest.mark.django_db
def test_a_row_the_database_refuses_leaves_nothing_written(
    request_of_alice: CooperationRequest,
) -> None:
    request = request_of_alice
    before = _rows(request)
    hostile = [Identifier(request.pk, "email", f"a{n}@example.com") for n in range(500)]
    # A negative port breaks the table's CHECK constraint, after 500 good rows.
    hostile.append(Identifier(request.pk, "ip_address", "203.0.113.9", port=-1))

    with pytest.raises(IntegrityError), transaction.atomic():
        ingest_identifiers(hostile, created_at=NOW)

    assert _rows(request) == before


@pytest.mark.django_db
def test_reindexing_writes_each_identifier_of_a_request_once(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = _request(
        alice,
        complete_document,
        "FR-2026-0101",
        [
            {"identifier_type": "email", "value": v, "data_categories": ["subscriber"]}
            for v in ("first.last@gmail.com", "FirstLast+x@gmail.com", "other@example.com")
        ],
    )

    entries = reindex_request(request.pk)

    assert entries == 2
    assert [row[:2] for row in _rows(request)] == [
        ("email", "firstlast@gmail.com"),
        ("email", "other@example.com"),
    ]
    assert AuditEvent.objects.filter(
        object_type="identifier_index", object_id=str(request.pk), details={"entries": 2}
    ).exists()


@pytest.mark.django_db
def test_a_gmail_address_spelled_otherwise_is_found_by_the_service_and_the_api(
    alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> None:
    alices = _request(
        alice,
        complete_document,
        "FR-2026-0102",
        [
            {
                "identifier_type": "email",
                "value": "Night.Owl+shop@gmail.com",
                "data_categories": ["subscriber"],
            }
        ],
    )
    reindex_request(alices.pk)
    client = Client()
    client.force_login(dieter)

    found = who_asked(dieter, "email", "nightowl@GoogleMail.com")
    found_gmail = who_asked(dieter, "email", "night.owl@gmail.com")
    answer = client.get("/api/identifiers", {"type": "email", "value": "NIGHTOWL+x@gmail.com"})

    assert found == []
    assert [(m.request_id, m.value, m.visible) for m in found_gmail] == [
        (alices.pk, "nightowl@gmail.com", False)
    ]
    assert answer.status_code == 200
    assert [(m["request_id"], m["value"]) for m in answer.json()] == [
        (alices.pk, "nightowl@gmail.com")
    ]


@pytest.mark.django_db
def test_a_value_holding_a_control_character_is_refused_with_a_clear_error(dieter: Any) -> None:
    client = Client()
    client.force_login(dieter)

    answer = client.get("/api/identifiers", {"type": "email", "value": "a\x00b@example.com"})

    assert answer.status_code == 422
    assert "The identifier's value holds a control character (U+0000)." in answer.content.decode()
    assert not AuditEvent.objects.filter(object_type="identifier_lookup").exists()


@pytest.mark.django_db
def test_an_identifier_sharing_the_look_up_key_of_another_is_not_a_match(
    request_of_alice: CooperationRequest, dieter: Any
) -> None:
    request = request_of_alice
    reindex_request(request.pk)
    # Two identifiers whose 64-bit keys collide: forged here, as no real pair is known.
    IdentifierIndexEntry.objects.create(
        key=lookup_key("email", "owl@example.com"),
        identifier_type="email",
        value="not-the-owl@example.com",
        request=request,
        created_at=NOW,
    )

    found = who_asked(dieter, "email", "owl@example.com")
    missed = who_asked(dieter, "email", "not-the-owl@example.com")

    assert [(m.request_id, m.value) for m in found] == [(request.pk, "owl@example.com")]
    assert missed == []


def _index_names() -> set[str]:
    table = IdentifierIndexEntry._meta.db_table
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, table)
    return {
        name for name, facts in constraints.items() if facts["index"] and not facts["primary_key"]
    }


def _owls(request: CooperationRequest, count: int) -> list[Identifier]:
    return [Identifier(request.pk, "email", f"owl{n}@example.com") for n in range(count)]


@pytest.mark.django_db
def test_a_first_load_of_many_batches_builds_the_indexes_after_the_rows(
    request_of_alice: CooperationRequest, dieter: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BATCH_SIZE", 10)

    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        written = ingest_identifiers(_owls(request_of_alice, 25), created_at=NOW)

    statements = [query["sql"] for query in queries.captured_queries]
    assert written == 25
    assert sum("DROP INDEX" in sql for sql in statements) == 2
    assert sum("CREATE INDEX" in sql for sql in statements) == 2
    assert _index_names() == {"identifier_index_key", "identifier_index_request"}
    assert [m.value for m in who_asked(dieter, "email", "owl24@example.com")] == [
        "owl24@example.com"
    ]


@pytest.mark.django_db
def test_a_failed_first_load_leaves_the_indexes_and_no_row(
    request_of_alice: CooperationRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BATCH_SIZE", 10)
    hostile = _owls(request_of_alice, 25)
    hostile.append(Identifier(request_of_alice.pk, "ip_address", "203.0.113.9", port=-1))

    with pytest.raises(IntegrityError), transaction.atomic():
        ingest_identifiers(hostile, created_at=NOW)

    assert _index_names() == {"identifier_index_key", "identifier_index_request"}
    assert not IdentifierIndexEntry.objects.exists()


@pytest.mark.django_db
def test_a_load_into_a_table_holding_a_batch_keeps_the_indexes(
    request_of_alice: CooperationRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ingest, "BATCH_SIZE", 10)
    with transaction.atomic():
        ingest_identifiers(_owls(request_of_alice, 10), created_at=NOW)

    with CaptureQueriesContext(connection) as queries, transaction.atomic():
        written = ingest_identifiers(
            [Identifier(request_of_alice.pk, "domain", f"d{n}.example") for n in range(25)],
            created_at=NOW,
        )

    assert written == 25
    assert not any("INDEX" in query["sql"] for query in queries.captured_queries)
    assert IdentifierIndexEntry.objects.count() == 35


def _mixed_spellings(count: int) -> list[tuple[str, str, dict[str, Any]]]:
    day = date(2026, 11, 20)
    spellings: list[tuple[str, str, dict[str, Any]]] = []
    for n in range(count):
        spellings += [
            ("email", f"First.Last{n}+news@GMAIL.com", {}),
            ("email", f"heron{n}@Example.COM.", {}),
            ("url", f"hxxps://Forum.Example/t/{n}?utm_source=x", {}),
            ("phone", f"06 12 34 56 {n % 100:02d}", {}),
            ("ip_address", f"198.51.100.{n % 250}", {"period_start": day, "port": 1024 + n}),
            ("ip_address", f"2001:db8::{n:x}", {"observed_at": NOW, "port": 443}),
        ]
    return spellings


@pytest.mark.django_db
@pytest.mark.parametrize("existing", [0, 10], ids=["first load", "into a kept index"])
def test_every_row_of_a_load_carries_the_look_up_key_of_its_canonical_value(
    request_of_alice: CooperationRequest, monkeypatch: pytest.MonkeyPatch, existing: int
) -> None:
    monkeypatch.setattr(ingest, "BATCH_SIZE", 10)
    # SQLite: batches of ten rows written four to a statement, then the two left over.
    monkeypatch.setattr(ingest, "SQLITE_ROWS_A_STATEMENT", 4)
    IdentifierIndexEntry.objects.filter(request=request_of_alice).delete()
    with transaction.atomic():
        ingest_identifiers(_owls(request_of_alice, existing), created_at=NOW)
    spellings = _mixed_spellings(5)
    # The same identifier twice in a run of one request is written once.
    spellings.append(spellings[0])

    with transaction.atomic():
        written = ingest_identifiers(
            [Identifier(request_of_alice.pk, t, v, region="FR", **c) for t, v, c in spellings],
            created_at=NOW,
        )

    expected = {index_key(t, v, region="FR", **c) for t, v, c in spellings}
    written_rows = (
        IdentifierIndexEntry.objects.filter(request=request_of_alice)
        .exclude(value__startswith="owl")
        .values_list("key", "identifier_type", "value", "window_start", "window_end", "port")
    )
    assert written == 30
    assert sorted(written_rows) == sorted(
        (lookup_key(k.identifier_type, k.value), *astuple(k)) for k in expected
    )
    assert ("email", "firstlast0@gmail.com") in {(k.identifier_type, k.value) for k in expected}
