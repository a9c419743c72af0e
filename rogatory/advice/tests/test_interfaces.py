"""The advisor through the API (POST /api/advice) and the web page (/advice/)."""

import json
from typing import Any

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_api_returns_findings_and_ranked_channels(alice: Any) -> None:
    response = signed_in(alice).post(
        "/api/advice",
        data=json.dumps(
            {
                "measure": "preservation",
                "requested_country": "DE",
                "requesting_country": "FR",
                "provider": "examplemail-us",
                "urgency": "urgent",
            }
        ),
        content_type="application/json",
    )

    assert response.status_code == 200
    body = response.json()
    assert [c["channel"] for c in body["channels"] if not c["is_blocked"]] == [
        "network_24_7",
        "direct_to_provider",
        "eurojust_ejn",
        "central_authority",
    ]
    assert body["channels"][0]["follow_up"] == (
        "Preserve now through the 24/7 network, then send the MLA request (Art. 31) within 60 "
        "days (Art. 29(7))."
    )
    assert [f["code"] for f in body["findings"]] == [
        "dual_criminality_not_required",
        "provider_elsewhere",
    ]


def test_the_api_refuses_bad_input_with_422_and_one_message(alice: Any) -> None:
    response = signed_in(alice).post(
        "/api/advice",
        data=json.dumps({"measure": "preservation", "requested_country": "ZZ"}),
        content_type="application/json",
    )

    assert response.status_code == 422
    assert response.json() == {
        "detail": "Unknown country 'ZZ': use an ISO 3166-1 alpha-2 code such as DE."
    }


def test_the_api_is_for_signed_in_users() -> None:
    response = Client().post(
        "/api/advice",
        data=json.dumps({"measure": "preservation", "requested_country": "DE"}),
        content_type="application/json",
    )

    assert response.status_code == 401


def test_the_advice_page_shows_the_ranking_and_the_rules(dieter: Any) -> None:
    response = signed_in(dieter).get(
        "/advice/",
        {"measure": "preservation", "requested_country": "RU", "urgency": "normal"},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert 'data-code="not_party"' in page
    assert 'data-channel="network_24_7"' in page
    assert "Russian Federation is not a party to the Budapest Convention" in page


def test_the_advice_page_says_why_its_input_is_refused(dieter: Any) -> None:
    response = signed_in(dieter).get(
        "/advice/", {"measure": "preservation", "requested_country": "QQ", "urgency": "normal"}
    )

    assert "Unknown country &#x27;QQ&#x27;: use an ISO 3166-1 alpha-2 code such as DE." in (
        response.content.decode()
    )


def test_the_empty_advice_page_shows_only_the_form(dieter: Any) -> None:
    response = signed_in(dieter).get("/advice/")

    assert response.status_code == 200
    assert 'id="advice-title"' not in response.content.decode()
