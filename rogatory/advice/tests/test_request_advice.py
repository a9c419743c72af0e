"""The rules run on every stored request: built from the request itself, not typed again."""

from typing import Any

import pytest

from rogatory.advice.queries import advice_for_request
from rogatory.directory.models import Authority, ContactPoint
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request

pytestmark = pytest.mark.django_db


def test_a_preservation_to_a_party_through_the_24_7_network_is_not_blocked(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = create_request(alice, RequestDocument.model_validate(complete_document))
    advice = advice_for_request(request)
    assert [f.code for f in advice.findings if f.severity == "block"] == []
    assert "dual_criminality_not_required" in [f.code for f in advice.findings]
    assert advice.situation.channel == "network_24_7"
    assert advice.situation.data_categories == frozenset({"subscriber", "traffic", "content"})
    assert advice.channels[0].channel == "network_24_7"


def test_a_preservation_to_a_non_party_is_blocked_with_its_reason(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    elsewhere = Authority.objects.create(
        code="kp-fictional-police",
        name="Fictional Police Bureau",
        authority_type="police",
        country_id="KP",
        languages=["en"],
    )
    ContactPoint.objects.create(authority=elsewhere, name="Desk", email="desk@kp.example")
    complete_document["requested_authority"] = {"code": "kp-fictional-police"}
    complete_document["requested_contact"] = {}
    request = create_request(alice, RequestDocument.model_validate(complete_document))
    blocks = [f for f in advice_for_request(request).findings if f.severity == "block"]
    assert [f.code for f in blocks] == ["not_party"]
    assert blocks[0].message.startswith("North Korea is not a party to ")
    assert blocks[0].instead


def test_an_epoc_for_content_below_three_years_is_blocked(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    data = {
        **complete_document,
        "kind": "epoc",
        "maximum_penalty": "2 years",
        "details": {"eu_data_category": "content"},
    }
    request = create_request(alice, RequestDocument.model_validate(data))
    advice = advice_for_request(request)
    assert advice.situation.offence_max_penalty_years == 2
    assert "epoc_offence_threshold" in [f.code for f in advice.findings if f.severity == "block"]


def test_the_request_page_and_the_api_show_the_rules_and_the_channels(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    from django.test import Client

    request = create_request(alice, RequestDocument.model_validate(complete_document))
    client = Client()
    client.force_login(alice)
    page = client.get(f"/requests/{request.pk}/").content.decode()
    assert '<h2 id="advice-title">Channel advice</h2>' in page
    assert 'data-code="dual_criminality_not_required"' in page
    detail = client.get(f"/api/requests/{request.pk}").json()
    assert detail["advice"]["measure"] == "preservation"
    assert detail["advice"]["channels"][0]["channel"] == "network_24_7"
    assert "dual_criminality_not_required" in [f["code"] for f in detail["advice"]["findings"]]
