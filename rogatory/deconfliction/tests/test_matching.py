"""Two units asking about the same identifier see each other's request, never its content."""

from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import Client

from rogatory.audit.models import AuditEvent
from rogatory.core.errors import NotFound, ValidationFailed
from rogatory.deconfliction.keys import index_key
from rogatory.deconfliction.models import IdentifierIndexEntry, IndexedRequest
from rogatory.deconfliction.queries import find_matches
from rogatory.deconfliction.services import (
    matches_for_request,
    reindex_request,
    value_digest,
    who_asked,
)
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.requests.access import access_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest
from rogatory.requests.services import create_request

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _german_document(
    base: dict[str, Any], reference: str, email: str, ip_period: tuple[str, str]
) -> RequestDocument:
    data = dict(base)
    data.update(
        our_reference=reference,
        requesting_authority={"code": "de-bka-247"},
        requesting_contact={"name": "24/7 desk"},
        requested_authority={"code": "fr-ofmin-247"},
        requested_contact={"name": "Permanence 24/7"},
        data_items=[
            {"identifier_type": "email", "value": email, "data_categories": ["subscriber"]},
            {
                "identifier_type": "ip_address",
                "value": "198.051.100.023",
                "port": 51234,
                "period_start": ip_period[0],
                "period_end": ip_period[1],
                "data_categories": ["subscriber"],
            },
        ],
    )
    return RequestDocument.model_validate(data)


@pytest.fixture
def both(
    alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> tuple[CooperationRequest, CooperationRequest, CooperationRequest]:
    """Alice's request; dieter's with the e-mail spelled otherwise and the IP in the same days;
    dieter's second with another e-mail and the IP a month earlier."""
    alices = create_request(alice, RequestDocument.model_validate(complete_document))
    dieters = create_request(
        dieter,
        _german_document(
            complete_document,
            "DE-2026-7",
            "suspect.owl[at]ExampleMail[.]Example.",
            ("2026-11-20", "2026-11-20"),
        ),
    )
    earlier = create_request(
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
    return alices, dieters, earlier


def test_the_sweeper_indexes_every_request_once(both: Any) -> None:
    assert IndexedRequest.objects.count() == 3
    assert IdentifierIndexEntry.objects.count() == 6
    assert set(IdentifierIndexEntry.objects.values_list("value", flat=True)) == {
        "suspect.owl@examplemail.example",
        "other@examplemail.example",
        "198.51.100.23",
    }
    assert index_one_unindexed_request(NOW) is False


def test_a_changed_request_is_indexed_again(both: Any) -> None:
    alices = both[0]
    CooperationRequest.objects.filter(pk=alices.pk).update(updated_at=NOW)
    alices.data_items.filter(identifier_type="email").update(value="new@examplemail.example")

    assert index_one_unindexed_request(NOW) is True
    assert index_one_unindexed_request(NOW) is False
    assert set(
        IdentifierIndexEntry.objects.filter(request=alices).values_list("value", flat=True)
    ) == {"new@examplemail.example", "198.51.100.23"}


def test_each_unit_sees_the_others_request_with_unit_and_contact(
    both: Any, alice: Any, dieter: Any
) -> None:
    alices, dieters, _ = both

    seen_by_alice = matches_for_request(alice, alices.pk)
    seen_by_dieter = matches_for_request(dieter, dieters.pk)

    assert {(m.request_id, m.identifier_type) for m in seen_by_alice} == {
        (dieters.pk, "email"),
        (dieters.pk, "ip_address"),
    }
    assert {(m.request_id, m.identifier_type) for m in seen_by_dieter} == {
        (alices.pk, "email"),
        (alices.pk, "ip_address"),
    }
    german = seen_by_alice[0]
    assert (german.unit_code, german.contact_name, german.contact_email) == (
        "de-bka-247",
        "24/7 desk",
        "desk247@de-bka.example",
    )
    assert (german.provider, german.state, german.visible) == ("ExampleMail Ltd", "Draft", False)
    assert (german.our_reference, german.kind) == ("", "")
    french = seen_by_dieter[0]
    assert (french.unit_code, french.contact_name, french.contact_phone) == (
        "fr-ofmin-247",
        "Permanence 24/7",
        "+33 1 00 00 00 01",
    )


def test_a_match_shows_content_to_its_own_unit_only_while_the_user_is_active(
    both: Any, alice: Any, bruno: Any, dieter: Any
) -> None:
    alices, dieters, _ = both
    email = IdentifierIndexEntry.objects.get(request=alices, identifier_type="email")
    keys = [index_key("email", email.value)]

    def seen(user: Any) -> set[tuple[int, bool, str]]:
        return {(m.request_id, m.visible, m.our_reference) for m in find_matches(user, keys)}

    # Bruno is of Alice's unit: her request with its reference, Dieter's without.
    assert seen(bruno) == {(alices.pk, True, alices.our_reference), (dieters.pk, False, "")}
    assert seen(dieter) == {(alices.pk, False, ""), (dieters.pk, True, dieters.our_reference)}
    bruno.is_active = False
    assert seen(bruno) == {(alices.pk, False, ""), (dieters.pk, False, "")}


def test_neither_can_open_the_others_request(both: Any, alice: Any, dieter: Any) -> None:
    alices, dieters, _ = both

    with pytest.raises(NotFound):
        access_request(alice, dieters.pk)
    with pytest.raises(NotFound):
        access_request(dieter, alices.pk)
    with pytest.raises(NotFound):
        matches_for_request(dieter, alices.pk)
    client = Client()
    client.force_login(dieter)
    assert client.get(f"/requests/{alices.pk}/").status_code == 404
    assert client.get(f"/api/requests/{alices.pk}/matches").status_code == 404


def test_an_ip_address_outside_the_window_is_not_a_match(both: Any, alice: Any) -> None:
    alices, _, earlier = both

    assert earlier.pk not in {m.request_id for m in matches_for_request(alice, alices.pk)}
    october = who_asked(
        alice, "ip_address", "198.51.100.23", at=datetime(2026, 10, 1, 12, tzinfo=UTC)
    )
    assert [m.request_id for m in october] == [earlier.pk]


def test_a_cgnat_address_with_another_port_is_not_a_match(both: Any, alice: Any) -> None:
    alices, dieters, _ = both
    at = datetime(2026, 11, 20, 13, 3, 27, tzinfo=UTC)

    same_port = who_asked(alice, "ip_address", "198.51.100.23", at=at, port=51234)
    other_port = who_asked(alice, "ip_address", "198.51.100.23", at=at, port=40000)

    assert {m.request_id for m in same_port} == {alices.pk, dieters.pk}
    assert other_port == []


def test_who_asked_shows_content_only_of_the_users_own_requests(both: Any, alice: Any) -> None:
    alices, dieters, _ = both

    found = {m.request_id: m for m in who_asked(alice, "email", "SUSPECT.OWL@examplemail.EXAMPLE")}

    assert found == {}  # the local part keeps its case: another mailbox
    found = {
        m.request_id: m for m in who_asked(alice, "email", "suspect.owl(at)examplemail.example")
    }
    assert set(found) == {alices.pk, dieters.pk}
    assert (found[alices.pk].visible, found[alices.pk].our_reference) == (True, "FR-2026-0042")
    assert (found[dieters.pk].visible, found[dieters.pk].our_reference) == (False, "")


def test_every_look_up_is_audited_with_a_digest_not_the_value(both: Any, alice: Any) -> None:
    alices = both[0]
    before = AuditEvent.objects.filter(object_type="identifier_lookup").count()

    who_asked(alice, "email", "suspect.owl[at]examplemail.example")
    matches_for_request(alice, alices.pk)

    events = list(AuditEvent.objects.filter(object_type="identifier_lookup").order_by("sequence"))
    assert len(events) == before + 2
    single, batch = events[-2:]
    digest = value_digest("suspect.owl@examplemail.example")
    assert (single.action, single.actor_username) == ("access", "alice")
    assert single.details == {"type": "email", "sha256": digest, "matches": 2}
    assert batch.details["request_id"] == alices.pk
    assert {"type": "email", "sha256": digest} in batch.details["identifiers"]
    assert "suspect.owl" not in str(single.details) + str(batch.details)


def test_an_unknown_type_is_refused_with_the_known_ones(alice: Any) -> None:
    with pytest.raises(ValidationFailed) as refused:
        who_asked(alice, "fax", "+33 1 00")

    assert str(refused.value) == (
        "Unknown identifier type 'fax': give one of ip_address, email, url, domain, username, "
        "account_id, phone, onion, crypto, iban, other."
    )


def test_reindexing_replaces_the_entries(both: Any) -> None:
    alices = both[0]

    assert reindex_request(alices.pk) == 2
    assert IdentifierIndexEntry.objects.filter(request=alices).count() == 2


def test_the_request_page_shows_the_other_units_request_without_content(
    both: Any, alice: Any
) -> None:
    alices, dieters, _ = both
    client = Client()
    client.force_login(alice)

    page = client.get(f"/requests/{alices.pk}/").content.decode()

    assert "Already asked elsewhere" in page
    assert "Federal Criminal Police 24/7 contact point</strong> (de-bka-247)" in page
    assert "desk247@de-bka.example" in page
    assert "DE-2026-7" not in page
    assert f"/requests/{dieters.pk}/" not in page


def test_the_identifiers_page_and_api_answer_who_asked(both: Any, dieter: Any) -> None:
    alices = both[0]
    client = Client()
    client.force_login(dieter)

    page = client.get(
        "/identifiers/", {"type": "email", "value": "suspect.owl@examplemail.example"}
    )
    answer = client.get(
        "/api/identifiers", {"type": "email", "value": "suspect.owl@examplemail.example"}
    )
    refused = client.get("/identifiers/", {"type": "fax", "value": "1"})

    assert page.status_code == 200
    assert "Office for Cybercrime, 24/7 point of contact (fr-ofmin-247)" in page.content.decode()
    french = next(m for m in answer.json() if m["request_id"] == alices.pk)
    assert (french["unit_code"], french["visible"], french["our_reference"]) == (
        "fr-ofmin-247",
        False,
        "",
    )
    assert refused.status_code == 422
    assert "Unknown identifier type &#x27;fax&#x27;" in refused.content.decode()
