"""Every request kind in the web UI: the kind picker, the generated sections, the check's messages
next to the fields, and the buttons each kind's lifecycle offers."""

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from rogatory.requests.document import RequestDocument
from rogatory.requests.kinds import KIND_CODES
from rogatory.requests.models import CooperationRequest, State
from rogatory.requests.queries import request_document
from rogatory.requests.services import create_request
from rogatory.requests.tests.kind_examples import complete_example
from rogatory.web.tests.conftest import kind_form_data


def example(kind: str) -> dict[str, Any]:
    data = complete_example(kind)
    if not data["requested_authority"]:
        # An Art. 32 record is transmitted to nobody; the row still names an authority, ours.
        data["requested_authority"] = {"code": "fr-ofmin-247"}
        data["requested_contact"] = {"name": "Permanence 24/7"}
    return data


def created_id(response: Any) -> int:
    assert response.status_code == 302, response.content.decode()[:3000]
    found = re.fullmatch(r"/requests/(\d+)/", response["Location"])
    assert found is not None
    return int(found.group(1))


def test_the_kind_picker_groups_the_kinds_by_instrument_with_their_legal_basis(
    alice_client: Client,
) -> None:
    page = alice_client.get("/requests/new/").content.decode()

    groups = re.findall(r'<optgroup label="([^"]+)">', page)
    assert groups == [
        "Budapest Convention (CETS 185)",
        "Second Additional Protocol (CETS 224)",
        "European Union (Regulation (EU) 2023/1543)",
        "Other instruments",
    ]
    assert (
        '<option value="epoc">European Production Order Certificate (EPOC) — '
        "Regulation (EU) 2023/1543, Art. 4-5, Annex I</option>"
    ) in page
    assert len(re.findall(r"<option value=\"[a-z0-9_]+\"", page)) >= len(KIND_CODES)


def test_an_outgoing_only_kind_is_not_offered_for_an_incoming_request(
    dieter_client: Client,
) -> None:
    page = dieter_client.get("/requests/incoming/new/").content.decode()

    assert '<option value="epoc">' in page
    assert '<option value="transborder_access">' not in page


def test_the_form_of_a_kind_shows_its_sections_fields_and_required_markers(
    alice_client: Client,
) -> None:
    page = alice_client.get("/requests/new/?kind=epoc").content.decode()

    assert "New request: European Production Order Certificate (EPOC)" in page
    assert "<legend>A. Issuing and validating authority</legend>" in page
    assert "<legend>L. Transfer of the data</legend>" in page
    assert re.search(
        r'<label for="id_detail_addressee">Designated establishment or legal representative of '
        r'the service provider <span class="req" title="required">\*</span></label>',
        page,
    )
    # Conditional fields carry no marker: the check asks for them when they apply.
    assert (
        '<label for="id_detail_validating_authority">Validating judge, court or prosecutor</label>'
        in page
    )
    assert '<input type="checkbox" name="detail_is_emergency"' in page
    assert '<input type="number" name="detail_maximum_penalty_years"' in page
    assert '<select name="detail_eu_data_category"' in page
    assert re.search(r'<textarea name="detail_emergency_facts"[^>]*>', page)
    assert '<input type="hidden" name="kind" value="epoc"' in page


def test_an_art_32_form_has_a_datetime_field_and_no_data_items(alice_client: Client) -> None:
    page = alice_client.get("/requests/new/?kind=transborder_access").content.decode()

    assert '<input type="datetime-local" name="detail_accessed_at"' in page
    assert 'name="items-0-value"' not in page
    assert "Authority concerned (nothing is transmitted)" in page


def test_checking_a_kind_shows_the_exact_messages_next_to_the_fields(
    alice_client: Client,
) -> None:
    data = kind_form_data(example("epoc"))
    data.pop("detail_addressee")
    data["check"] = "1"

    page = alice_client.post("/requests/new/", data).content.decode()

    message = (
        "EPOC section B: name the provider&#x27;s designated establishment or legal representative."
    )
    assert f'<li class="defect defect-error" data-code="addressee_missing">{message}</li>' in page
    assert f'<p class="field-error check-message">{message}</p>' in page
    assert CooperationRequest.objects.count() == 0


@pytest.mark.parametrize("kind", KIND_CODES)
def test_every_kind_is_drafted_through_the_form_with_its_details(
    alice_client: Client, dieter_client: Client, kind: str
) -> None:
    data = example(kind)
    # The Art. 30 example is written by the German desk that executed the preservation.
    drafter = (
        dieter_client if data["requesting_authority"]["code"] == "de-bka-247" else alice_client
    )

    request_id = created_id(drafter.post("/requests/new/", kind_form_data(data)))

    saved = CooperationRequest.objects.get(pk=request_id)
    document = request_document(saved)
    assert (saved.kind, saved.state) == (kind, State.DRAFT)
    assert document.details == RequestDocument.model_validate(data).details
    page = drafter.get(f"/requests/{request_id}/").content.decode()
    assert "No blocking defect" in page


def test_a_datetime_detail_is_read_in_the_officers_time_zone_and_shown_back_in_it(
    alice_client: Client,
) -> None:
    data = kind_form_data(example("transborder_access"))
    data["detail_accessed_at"] = "2026-11-18T10:05"

    request_id = created_id(alice_client.post("/requests/new/", data))

    saved = CooperationRequest.objects.get(pk=request_id)
    assert saved.details["accessed_at"] == "2026-11-18T10:05:00+01:00"  # alice is in Paris
    form = alice_client.get(f"/requests/{request_id}/edit/").content.decode()
    assert 'name="detail_accessed_at" value="2026-11-18T10:05"' in form


def test_a_list_detail_is_typed_comma_separated(alice_client: Client) -> None:
    data = kind_form_data(example("jit_proposal"))
    data["detail_participating_states"] = "FR, DE ,, NL"

    request_id = created_id(alice_client.post("/requests/new/", data))

    assert CooperationRequest.objects.get(pk=request_id).details["participating_states"] == [
        "FR",
        "DE",
        "NL",
    ]


def test_the_detail_page_shows_the_kind_its_legal_basis_and_its_sections(
    alice_client: Client,
) -> None:
    request_id = created_id(alice_client.post("/requests/new/", kind_form_data(example("epoc"))))

    page = alice_client.get(f"/requests/{request_id}/").content.decode()

    assert '<span class="kind-title">European Production Order Certificate (EPOC)</span>' in page
    assert (
        '<span class="kind-legal-basis">Regulation (EU) 2023/1543, Art. 4-5, Annex I</span>' in page
    )
    assert "<h2>A. Issuing and validating authority</h2>" in page
    assert "<dt>Type of issuing authority</dt>" in page
    assert "<h2>Section E: persons and identifiers</h2>" in page


Make = Callable[..., CooperationRequest]


@pytest.fixture
def stored(alice: Any, dieter: Any) -> Make:
    """Store an example of a kind as alice's draft or dieter's incoming request."""

    def make(kind: str, *, incoming: bool = False) -> CooperationRequest:
        data = example(kind)
        if incoming:
            data.update(
                direction="incoming",
                their_reference=data["our_reference"],
                our_reference=f"DE-IN-{kind}",
            )
            return create_request(dieter, RequestDocument.model_validate(data))
        return create_request(alice, RequestDocument.model_validate(data))

    return make


def buttons(client: Client, request_id: int) -> list[str]:
    page = client.get(f"/requests/{request_id}/").content.decode()
    return re.findall(r'<button type="submit" class="button button-\w+">([^<]+)</button>', page)


def test_an_art_32_record_is_recorded_not_approved_nor_sent(
    alice_client: Client, stored: Make
) -> None:
    record = stored("transborder_access")
    assert buttons(alice_client, record.pk) == ["Record the access (nothing is sent)", "Withdraw"]

    response = alice_client.post(f"/requests/{record.pk}/act/", {"event": "record"})

    assert response.status_code == 302
    record.refresh_from_db()
    assert record.state == State.RECORDED


def test_spontaneous_information_offers_the_answers_of_art_26(
    alice_client: Client, stored: Make
) -> None:
    sent = stored("spontaneous_information")
    CooperationRequest.objects.filter(pk=sent.pk).update(state=State.SENT)

    assert buttons(alice_client, sent.pk) == [
        "Record acknowledgement received",
        "Record conditions accepted (the receiver is bound)",
        "Record that the receiver cannot comply",
        "Withdraw",
    ]
    refused = alice_client.post(f"/requests/{sent.pk}/act/", {"event": "record_cannot_comply"})
    assert refused.status_code == 422
    assert "Say which conditions the receiver cannot meet." in refused.content.decode()

    alice_client.post(
        f"/requests/{sent.pk}/act/",
        {"event": "record_cannot_comply", "reason": "Their law obliges disclosure to the defence."},
    )
    assert buttons(alice_client, sent.pk) == [
        "Release the information",
        "Withhold the information",
        "Withdraw",
    ]
    alice_client.post(
        f"/requests/{sent.pk}/act/",
        {"event": "withhold_information", "reason": "The informant would be exposed."},
    )
    sent.refresh_from_db()
    assert (sent.state, sent.outcome) == (State.CLOSED, "information_withheld")


def test_a_non_execution_notice_is_recorded_with_its_annex_iii_reason(
    alice_client: Client, stored: Make
) -> None:
    order = stored("epoc")
    CooperationRequest.objects.filter(pk=order.pk).update(state=State.SENT)
    page = alice_client.get(f"/requests/{order.pk}/").content.decode()
    assert '<option value="data_not_stored">The data requested is not stored</option>' in page

    response = alice_client.post(
        f"/requests/{order.pk}/act/",
        {
            "event": "record_non_execution",
            "reason_code": "data_not_stored",
            "explanation": "The account was never used.",
        },
    )

    assert response.status_code == 302
    order.refresh_from_db()
    assert (order.state, order.outcome, order.state_reason) == (
        State.REFUSED,
        "non_execution",
        "data_not_stored: The data requested is not stored — The account was never used.",
    )


def test_the_requested_side_answers_an_incoming_order_and_prepares_art_30(
    dieter_client: Client, stored: Make
) -> None:
    order = stored("mla_subscriber", incoming=True)
    assert "Record that we answered (data or evidence sent)" in buttons(dieter_client, order.pk)

    dieter_client.post(f"/requests/{order.pk}/act/", {"event": "respond", "reason": "Sent."})

    order.refresh_from_db()
    assert order.state == State.RESPONDED
    preservation = stored("preservation", incoming=True)
    assert "Prepare Art. 30 disclosure" in buttons(dieter_client, preservation.pk)
    assert "Prepare MLA request (subscriber information)" not in buttons(
        dieter_client, preservation.pk
    )
