"""Matches while a request is drafted (the form, POST /api/identifiers/matches) or registered
from an intake (its review page, GET /api/intake/{id}): unit and contact, never others' content."""

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import Client

from rogatory.audit.models import AuditEvent
from rogatory.deconfliction.services import value_digest
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.intake.services import process_intake, receive_intake
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest
from rogatory.requests.services import create_request

NOW = datetime(2026, 12, 1, tzinfo=UTC)
LETTER = (
    "Demande de conservation de données (article 29)\n"
    "Réf. : PARQUET/2026/0077\n"
    "La boîte suspect.owl@examplemail.example a envoyé les liens.\n"
    "Nous vous prions de conserver les données de ce compte.\n"
)
GERMAN_DESK = {
    "unit_code": "de-bka-247",
    "unit_name": "Federal Criminal Police 24/7 contact point",
    "contact_name": "24/7 desk",
    "contact_email": "desk247@de-bka.example",
    "contact_phone": "+49 611 000000",
}


@pytest.fixture
def frances(alice: Any, complete_document: dict[str, Any]) -> CooperationRequest:
    """alice's request with the mailbox and the IP address, indexed."""
    request = create_request(alice, RequestDocument.model_validate(complete_document))
    while index_one_unindexed_request(NOW):
        pass
    return request


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _post(client: Client, items: Any, query: str = "") -> Any:
    return client.post(
        f"/api/identifiers/matches{query}", json.dumps(items), content_type="application/json"
    )


def test_a_draft_identifier_shows_the_other_units_request_without_content(
    frances: CooperationRequest, dieter: Any
) -> None:
    answer = _post(_client(dieter), [{"type": "email", "value": "Suspect.Owl@ExampleMail.example"}])

    assert answer.status_code == 200
    assert answer.json() == []  # the local part keeps its case: another mailbox
    answer = _post(
        _client(dieter), [{"type": "email", "value": "suspect.owl[at]examplemail.example"}]
    )
    assert answer.json() == [
        {
            "identifier_type": "email",
            "value": "suspect.owl@examplemail.example",
            "request_id": frances.pk,
            "unit_code": "fr-ofmin-247",
            "unit_name": "Office for Cybercrime, 24/7 point of contact",
            "contact_name": "Permanence 24/7",
            "contact_email": "poc247@fr-ofmin.example",
            "contact_phone": "+33 1 00 00 00 01",
            "provider": "ExampleMail Ltd",
            "date": "2026-11-29",
            "state": "Draft",
            "visible": False,
            "our_reference": "",
            "kind": "",
        }
    ]


def test_an_ip_address_matches_in_its_window_with_a_local_time_and_its_zone(
    frances: CooperationRequest, dieter: Any
) -> None:
    client = _client(dieter)
    # alice's request: 198.51.100.23 at 2026-11-20T14:03:27+01:00, port 51234.
    same = {
        "type": "ip_address",
        "value": "198.051.100.023",
        "observed_at": "2026-11-20T14:03:27",
        "time_zone": "Europe/Paris",
        "port": 51234,
    }

    assert [m["request_id"] for m in _post(client, [same]).json()] == [frances.pk]
    assert _post(client, [{**same, "time_zone": "UTC"}]).json() == []
    assert _post(client, [{**same, "port": 40000}]).json() == []
    assert _post(client, [{**same, "observed_at": "", "period_start": "2026-11-20"}]).json()


def test_the_form_of_a_saved_request_leaves_that_request_out(
    frances: CooperationRequest, alice: Any
) -> None:
    mailbox = [{"type": "email", "value": "suspect.owl@examplemail.example"}]

    own = _post(_client(alice), mailbox)
    editing = _post(_client(alice), mailbox, f"?request_id={frances.pk}")

    assert [(m["request_id"], m["visible"], m["our_reference"]) for m in own.json()] == [
        (frances.pk, True, "FR-2026-0042")
    ]
    assert editing.json() == []


def test_another_units_request_id_is_not_found_and_nothing_is_looked_up(
    frances: CooperationRequest, dieter: Any
) -> None:
    before = AuditEvent.objects.filter(object_type="identifier_lookup").count()

    answer = _post(
        _client(dieter),
        [{"type": "email", "value": "suspect.owl@examplemail.example"}],
        f"?request_id={frances.pk}",
    )

    assert (answer.status_code, answer.json()) == (404, {"detail": "Not found."})
    assert AuditEvent.objects.filter(object_type="identifier_lookup").count() == before
    assert AuditEvent.objects.filter(action="access_denied").exists()


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (
            [{"type": "email", "value": "a@b.example"}, {"type": "fax", "value": "1"}],
            "Identifier 2: unknown type 'fax': give one of ip_address, email, url, domain, "
            "username, account_id, phone, onion, crypto, iban, other.",
        ),
        ([{"type": "email", "value": "  "}], "Identifier 1: give the identifier's value."),
        (
            [{"type": "username", "value": "night\x00owl"}],
            "Identifier 1: the value holds a control character (U+0000).",
        ),
        (
            [{"type": "other", "value": "x" * 501}],
            "Identifier 1: the value is longer than 500 characters.",
        ),
        (
            [{"type": "ip_address", "value": "198.51.100.23", "observed_at": "yesterday"}],
            "Identifier 1: 'yesterday' is not an ISO 8601 date-time.",
        ),
        (
            [
                {
                    "type": "ip_address",
                    "value": "198.51.100.23",
                    "observed_at": "2026-11-20T14:03",
                    "time_zone": "Mars/Olympus",
                }
            ],
            "Identifier 1: unknown time zone 'Mars/Olympus'.",
        ),
        (
            [{"type": "ip_address", "value": "198.51.100.23", "port": 70000}],
            "Identifier 1: a port is between 0 and 65535.",
        ),
        (
            [{"type": "email", "value": "a@b.example"}] * 201,
            "Give at most 200 identifiers at once.",
        ),
    ],
)
def test_hostile_draft_identifiers_are_refused_with_a_clear_message(
    frances: CooperationRequest, dieter: Any, items: list[dict[str, Any]], message: str
) -> None:
    before = AuditEvent.objects.count()

    answer = _post(_client(dieter), items)

    assert (answer.status_code, answer.json()) == (422, {"detail": message})
    assert AuditEvent.objects.count() == before


def test_a_body_that_is_not_a_list_of_identifiers_is_refused(dieter: Any) -> None:
    client = _client(dieter)

    assert _post(client, {"type": "email", "value": "a@b.example"}).status_code == 422
    assert _post(client, [{"value": "a@b.example"}]).status_code == 422
    broken = client.post("/api/identifiers/matches", "[{", content_type="application/json")
    assert broken.status_code in {400, 422}


def test_a_draft_look_up_is_audited_with_digests_not_values(
    frances: CooperationRequest, dieter: Any
) -> None:
    _post(
        _client(dieter),
        [
            {"type": "email", "value": "suspect.owl@examplemail.example"},
            {"type": "domain", "value": "nobody.example"},
        ],
    )

    event = AuditEvent.objects.filter(object_type="identifier_lookup").latest("sequence")
    assert (event.action, event.actor_username, event.actor_authority) == (
        "access",
        "dieter",
        "de-bka-247",
    )
    assert event.details == {
        "draft": True,
        "identifiers": [
            {"type": "email", "sha256": value_digest("suspect.owl@examplemail.example")},
            {"type": "domain", "sha256": value_digest("nobody.example")},
        ],
        "matches": 1,
    }


def test_the_request_forms_carry_the_live_box(frances: CooperationRequest, alice: Any) -> None:
    client = _client(alice)

    new = client.get("/requests/new/").content.decode()
    edit = client.get(f"/requests/{frances.pk}/edit/").content.decode()

    assert (
        '<section class="card draft-matches" id="draft-matches" '
        'aria-labelledby="draft-matches-title" data-url="/api/identifiers/matches">'
    ) in new
    assert "Type an identifier to see whether another request already carries it." in new
    assert '<script src="/static/web/draft-matches.js" defer></script>' in new
    assert (
        f'data-url="/api/identifiers/matches" data-request-id="{frances.pk}" data-checked="1">'
    ) in edit
    assert "No other request carries these identifiers." in edit


def test_the_edit_form_shows_the_other_units_request_server_side(
    frances: CooperationRequest, dieter: Any, complete_document: dict[str, Any]
) -> None:
    german = dict(complete_document, our_reference="DE-2026-9")
    german.update(
        requesting_authority={"code": "de-bka-247"},
        requesting_contact={"name": "24/7 desk"},
        requested_authority={"code": "fr-ofmin-247"},
        requested_contact={"name": "Permanence 24/7"},
    )
    dieters = create_request(dieter, RequestDocument.model_validate(german))

    edit = _client(dieter).get(f"/requests/{dieters.pk}/edit/").content.decode()

    assert "2 matches: coordinate before acting." in edit
    assert "of <strong>Office for Cybercrime, 24/7 point of contact</strong> (fr-ofmin-247)" in edit
    assert "Contact: Permanence 24/7 · poc247@fr-ofmin.example" in edit
    assert "FR-2026-0042" not in edit
    assert f"/requests/{frances.pk}/" not in edit


def test_the_intake_review_and_its_api_show_who_asked_about_the_drafts_identifiers(
    frances: CooperationRequest, dieter: Any
) -> None:
    batch = receive_intake(dieter, [("lettre.txt", LETTER.encode())])
    process_intake(batch.pk)
    client = _client(dieter)
    before = AuditEvent.objects.filter(object_type="identifier_lookup").count()

    page = client.get(f"/intake/{batch.pk}/").content.decode()
    answer = client.get(f"/api/intake/{batch.pk}").json()

    assert 'id="draft-matches"' in page
    assert "1 match: coordinate before acting." in page
    assert "of <strong>Office for Cybercrime, 24/7 point of contact</strong> (fr-ofmin-247)" in page
    assert "FR-2026-0042" not in page
    [match] = answer["matches"]
    assert (match["request_id"], match["unit_code"], match["visible"], match["kind"]) == (
        frances.pk,
        "fr-ofmin-247",
        False,
        "",
    )
    events = AuditEvent.objects.filter(object_type="identifier_lookup").order_by("sequence")
    assert [e.details["intake_id"] for e in events[before:]] == [batch.pk, batch.pk]


def test_another_authority_cannot_reach_the_intakes_matches(
    frances: CooperationRequest, dieter: Any, greta: Any, alice: Any
) -> None:
    batch = receive_intake(dieter, [("lettre.txt", LETTER.encode())])
    process_intake(batch.pk)

    assert _client(alice).get(f"/intake/{batch.pk}/").status_code == 404
    assert _client(alice).get(f"/api/intake/{batch.pk}").status_code == 404
    assert _client(greta).get(f"/api/intake/{batch.pk}").status_code == 200
