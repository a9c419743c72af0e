"""`rogatory identifiers overview --as USER [--json]`: the same service as the page and the API."""

import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from rogatory.audit.models import AuditEvent
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request

Run = Callable[..., tuple[int, str, str]]


def _two_units(alice: Any, dieter: Any, complete_document: dict[str, Any]) -> None:
    create_request(alice, RequestDocument.model_validate(complete_document))
    german = dict(complete_document, our_reference="DE-2026-7")
    german.update(
        requesting_authority={"code": "de-bka-247"},
        requesting_contact={"name": "24/7 desk"},
        requested_authority={"code": "fr-ofmin-247"},
        requested_contact={"name": "Permanence 24/7"},
        data_items=[complete_document["data_items"][0]],
    )
    create_request(dieter, RequestDocument.model_validate(german))
    while index_one_unindexed_request(datetime(2026, 12, 1, tzinfo=UTC)):
        pass


def test_a_supervisor_reads_the_overview(
    alice: Any, dieter: Any, greta: Any, complete_document: dict[str, Any], rogatory: Run
) -> None:
    _two_units(alice, dieter, complete_document)

    status, out, err = rogatory("identifiers", "overview", "--as", "greta")

    assert (status, err) == (0, "")
    assert out == (
        "1 identifiers held by more than one request, in 2 requests\n"
        "\n"
        "identifiers asked most:\n"
        "  email suspect.owl@examplemail.example · 2 requests · Federal Criminal Police 24/7 "
        "contact point [de-bka-247] contact 24/7 desk, desk247@de-bka.example; Office for "
        "Cybercrime, 24/7 point of contact [fr-ofmin-247] contact Permanence 24/7, "
        "poc247@fr-ofmin.example\n"
        "\n"
        "per unit (requests, identifiers):\n"
        "  Federal Criminal Police 24/7 contact point [de-bka-247] 1 1\n"
        "  Office for Cybercrime, 24/7 point of contact [fr-ofmin-247] 1 1\n"
        "\n"
        "per provider (requests, identifiers, units):\n"
        "  ExampleMail Ltd 2 1 2\n"
        "\n"
        "per type (identifiers, requests, units):\n"
        "  email 1 2 2\n"
    )
    event = AuditEvent.objects.filter(object_type="identifier_overview").get()
    assert (event.actor_username, event.source, event.action) == ("greta", "cli", "access")


def test_the_overview_as_json(
    alice: Any, dieter: Any, bruno: Any, complete_document: dict[str, Any], rogatory: Run
) -> None:
    _two_units(alice, dieter, complete_document)

    status, out, _ = rogatory("identifiers", "overview", "--as", "bruno", "--json", "--limit", "1")

    answer = json.loads(out)
    assert status == 0
    assert (answer["identifiers"], answer["requests"]) == (1, 2)
    assert [row["value"] for row in answer["most_asked"]] == ["suspect.owl@examplemail.example"]
    assert answer["by_type"] == [
        {"identifier_type": "email", "identifiers": 1, "requests": 2, "units": 2}
    ]


def test_officers_unknown_users_and_a_bad_limit_get_one_line_and_exit_2(
    alice: Any, rogatory: Run
) -> None:
    assert rogatory("identifiers", "overview", "--as", "alice") == (
        2,
        "",
        "error: no overview for 'alice': it is for supervisors and administrators of a unit\n",
    )
    assert rogatory("identifiers", "overview", "--as", "nobody") == (
        2,
        "",
        "error: no active user named 'nobody'\n",
    )
    assert rogatory("identifiers", "overview", "--as", "alice", "--limit", "0") == (
        2,
        "",
        "error: --limit must be at least 1\n",
    )
    assert (
        AuditEvent.objects.filter(object_type="identifier_overview", action="access_denied").count()
        == 1
    )
