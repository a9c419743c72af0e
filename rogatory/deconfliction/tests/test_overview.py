"""The overview: overlaps per unit, provider and type, the identifiers asked most; supervisors
only, values only where the user may open a request holding them; audited."""

import copy
from datetime import UTC, datetime
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from rogatory.audit.models import AuditEvent
from rogatory.core.errors import NotFound
from rogatory.deconfliction import overview
from rogatory.deconfliction.keys import lookup_key
from rogatory.deconfliction.lookups import view_identifier_overview
from rogatory.deconfliction.models import IdentifierIndexEntry
from rogatory.deconfliction.overview import identifier_overview
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.deconfliction.tests.test_matching import _german_document
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest
from rogatory.requests.services import create_request

NOW = datetime(2026, 12, 1, tzinfo=UTC)
FRANCE = {
    "unit_code": "fr-ofmin-247",
    "unit_name": "Office for Cybercrime, 24/7 point of contact",
    "contact_name": "Permanence 24/7",
    "contact_email": "poc247@fr-ofmin.example",
    "contact_phone": "+33 1 00 00 00 01",
}
GERMANY = {
    "unit_code": "de-bka-247",
    "unit_name": "Federal Criminal Police 24/7 contact point",
    "contact_name": "24/7 desk",
    "contact_email": "desk247@de-bka.example",
    "contact_phone": "+49 611 000000",
}


@pytest.fixture
def index(alice: Any, dieter: Any, complete_document: dict[str, Any]) -> None:
    """France: two requests sharing the mailbox (one to a provider typed by name). Germany: one
    with the mailbox and the IP address in the same days, one with the IP a month earlier."""
    create_request(alice, RequestDocument.model_validate(complete_document))
    second = copy.deepcopy(complete_document)
    second.update(
        our_reference="FR-2026-0043",
        custodian={"name": "Hoster Fictif SARL"},
        data_items=[complete_document["data_items"][0]],
    )
    create_request(alice, RequestDocument.model_validate(second))
    create_request(
        dieter,
        _german_document(
            complete_document,
            "DE-2026-7",
            "suspect.owl@examplemail.example",
            ("2026-11-20", "2026-11-20"),
        ),
    )
    create_request(
        dieter,
        _german_document(
            complete_document,
            "DE-2026-8",
            "other@examplemail.example",
            ("2026-10-01", "2026-10-02"),
        ),
    )
    while index_one_unindexed_request(NOW):
        pass


def test_the_overview_counts_overlaps_per_unit_provider_and_type(index: None, bruno: Any) -> None:
    overview = view_identifier_overview(bruno)

    assert (overview.identifiers, overview.requests) == (2, 3)
    assert [(u.unit_code, u.contact_name, u.requests, u.identifiers) for u in overview.by_unit] == [
        ("fr-ofmin-247", "Permanence 24/7", 2, 2),
        ("de-bka-247", "24/7 desk", 1, 2),
    ]
    assert [(p.provider, p.requests, p.identifiers, p.units) for p in overview.by_provider] == [
        ("ExampleMail Ltd", 2, 2, 2),
        ("Hoster Fictif SARL", 1, 1, 1),
    ]
    # The October IP address of DE-2026-8 is another subscriber: no overlap.
    assert [(t.identifier_type, t.identifiers, t.requests, t.units) for t in overview.by_type] == [
        ("email", 1, 3, 2),
        ("ip_address", 1, 2, 2),
    ]


def test_the_identifiers_asked_most_show_values_only_to_holders(index: None, bruno: Any) -> None:
    overview = view_identifier_overview(bruno)

    assert [
        (row.identifier_type, row.value, row.visible, row.requests) for row in overview.most_asked
    ] == [
        ("email", "suspect.owl@examplemail.example", True, 3),
        ("ip_address", "198.51.100.23", True, 2),
    ]
    assert [unit.unit_code for unit in overview.most_asked[0].units] == [
        "de-bka-247",
        "fr-ofmin-247",
    ]


def test_a_supervisor_holding_none_of_the_requests_sees_counts_units_and_contacts_only(
    index: None, directory: dict[str, Any]
) -> None:
    from rogatory.accounts.models import User
    from rogatory.directory.models import Authority

    spain = Authority.objects.create(
        code="es-ccn-247",
        name="Cybercrime Centre 24/7",
        authority_type="point_of_contact",
        country_id="ES",
        time_zone="Europe/Madrid",
    )
    elena = User.objects.create_user(
        username="elena", password="x" * 12, authority=spain, role="supervisor"
    )
    client = Client()
    client.force_login(elena)

    answer = client.get("/api/identifiers/overview").json()
    page = client.get("/identifiers/overview/").content.decode()

    assert answer["most_asked"][0] == {
        "identifier_type": "email",
        "value": "",
        "visible": False,
        "requests": 3,
        "units": [GERMANY, FRANCE],
    }
    assert "suspect.owl" not in str(answer) + page
    assert "198.51.100.23" not in str(answer) + page
    assert "not yours to see" in page
    assert "Permanence 24/7" in page


def test_officers_are_not_shown_the_overview_and_the_refusal_is_audited(
    index: None, alice: Any
) -> None:
    client = Client()
    client.force_login(alice)

    with pytest.raises(NotFound):
        view_identifier_overview(alice)
    assert client.get("/identifiers/overview/").status_code == 404
    assert client.get("/api/identifiers/overview").json() == {"detail": "Not found."}
    refused = AuditEvent.objects.filter(object_type="identifier_overview")
    assert (
        list(refused.values_list("action", "outcome", "actor_username"))
        == [("access_denied", "refused", "alice")] * 3
    )


def test_the_page_and_the_api_show_the_overview_audited(index: None, bruno: Any) -> None:
    client = Client()
    client.force_login(bruno)

    page = client.get("/identifiers/overview/")
    answer = client.get("/api/identifiers/overview")

    assert page.status_code == 200
    html = page.content.decode()
    assert "<strong>2</strong> identifiers held by more than one request" in html
    assert '<code dir="ltr">suspect.owl@examplemail.example</code>' in html
    assert "<td>Hoster Fictif SARL</td><td>1</td><td>1</td><td>1</td>" in html
    assert answer.json()["by_unit"][0] == {**FRANCE, "requests": 2, "identifiers": 2}
    events = AuditEvent.objects.filter(object_type="identifier_overview", action="access")
    assert (
        list(events.values_list("actor_username", "details"))
        == [("bruno", {"identifiers": 2, "requests": 3, "values_shown": 2})] * 2
    )


def test_an_empty_index_has_an_empty_overview(bruno: Any) -> None:
    client = Client()
    client.force_login(bruno)

    assert client.get("/api/identifiers/overview").json() == {
        "identifiers": 0,
        "requests": 0,
        "by_unit": [],
        "by_provider": [],
        "by_type": [],
        "most_asked": [],
    }
    assert (
        "No identifier is held by more than one request."
        in client.get("/identifiers/overview/").content.decode()
    )


def test_the_overview_runs_a_fixed_number_of_queries_whatever_the_index_size(
    index: None, bruno: Any, django_assert_max_num_queries: Any
) -> None:
    holders = list(CooperationRequest.objects.values_list("pk", flat=True))
    IdentifierIndexEntry.objects.bulk_create(
        IdentifierIndexEntry(
            key=lookup_key("domain", f"shared-{number}.example"),
            identifier_type="domain",
            value=f"shared-{number}.example",
            request_id=request_id,
            created_at=NOW,
        )
        for number in range(150)
        for request_id in holders
    )

    with django_assert_max_num_queries(15):
        overview = view_identifier_overview(bruno)

    assert (overview.identifiers, len(overview.most_asked)) == (152, 20)
    assert overview.most_asked[0].requests == 4


def test_past_the_key_limit_the_overview_reads_the_repeated_keys_by_subquery_alike(
    index: None, bruno: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    by_list = identifier_overview(bruno)
    monkeypatch.setattr(overview, "REPEATED_KEYS_LIMIT", 1)

    with CaptureQueriesContext(connection) as queries:
        by_subquery = identifier_overview(bruno)

    assert by_subquery == by_list
    assert by_list.identifiers > 1
    assert sum("HAVING COUNT(*) > 1" in q["sql"] for q in queries.captured_queries) > 1
