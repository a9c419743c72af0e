"""API personae: signed-in clients and a request drafted by alice."""

from typing import Any

import pytest
from django.test import Client


def signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice_client(alice: Any) -> Client:
    return signed_in(alice)


@pytest.fixture
def bruno_client(bruno: Any) -> Client:
    return signed_in(bruno)


@pytest.fixture
def dieter_client(dieter: Any) -> Client:
    return signed_in(dieter)


@pytest.fixture
def greta_client(greta: Any) -> Client:
    return signed_in(greta)


@pytest.fixture
def alices_request(alice_client: Client, complete_document: dict[str, Any]) -> dict[str, Any]:
    """A complete outgoing draft created by alice through the API."""
    response = alice_client.post(
        "/api/requests", complete_document, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture(autouse=True)
def _media_in_tmp(media_root: Any) -> None:
    # Sending and letters store rendered PDFs: keep them out of the working tree.
    return None


@pytest.fixture
def approved_request(alices_request: dict[str, Any], bruno_client: Client) -> dict[str, Any]:
    """alice's request approved by bruno (four-eyes)."""
    response = bruno_client.post(f"/api/requests/{alices_request['id']}/approve")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


@pytest.fixture
def incoming_request(dieter_client: Client, complete_document: dict[str, Any]) -> dict[str, Any]:
    """alice's French request as registered by dieter at the German point of contact."""
    complete_document["direction"] = "incoming"
    complete_document["their_reference"] = complete_document["our_reference"]
    complete_document["our_reference"] = "DE-IN-2026-7"
    response = dieter_client.post(
        "/api/requests", complete_document, content_type="application/json"
    )
    assert response.status_code == 201, response.content
    body: dict[str, Any] = response.json()
    return body
