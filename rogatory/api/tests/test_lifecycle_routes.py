"""Lifecycle over the API: approve, send, the requested side's answers, and our own actions."""

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from django.test import Client

from tests.smtp import SmtpServer

Post = Callable[..., Any]


@pytest.fixture
def post(django_capture_on_commit_callbacks: Callable[..., Any]) -> Post:
    """POST JSON and run what the service queued "on commit" (the e-mail delivery): each test
    runs inside one transaction that never commits."""

    def send(client: Client, path: str, body: dict[str, Any] | None = None) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, body or {}, content_type="application/json")

    return send


def test_the_drafter_cannot_approve(
    post: Post, alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = post(alice_client, f"/api/requests/{alices_request['id']}/approve")

    assert (response.status_code, response.json()) == (
        403,
        {"detail": "Only a supervisor may approve a request."},
    )


def test_approving_an_incomplete_request_lists_its_defects(
    post: Post, alice_client: Client, bruno_client: Client, complete_document: dict[str, Any]
) -> None:
    complete_document["signatory_name"] = ""
    created = post(alice_client, "/api/requests", complete_document).json()

    response = post(bruno_client, f"/api/requests/{created['id']}/approve")

    assert response.status_code == 422
    assert response.json() == {
        "detail": "The request is incomplete (1 defects).",
        "defects": ["Signature: the name of the person signing is missing."],
    }


def test_approving_twice_is_a_conflict(
    post: Post, approved_request: dict[str, Any], bruno_client: Client
) -> None:
    response = post(bruno_client, f"/api/requests/{approved_request['id']}/approve")

    assert (response.status_code, response.json()) == (
        409,
        {"detail": "Cannot approve a request in state 'Approved'."},
    )


def test_sending_without_approval_is_refused(
    post: Post, alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = post(alice_client, f"/api/requests/{alices_request['id']}/send")

    assert response.status_code == 403


def test_sending_emails_the_request_and_starts_the_chase_clock(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    response = post(alice_client, f"/api/requests/{approved_request['id']}/send")

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "sent"
    assert body["deadlines"]["acknowledgement_chase_at"] is not None
    assert body["available_events"] == [
        "record_acknowledgement",
        "record_preservation_confirmed",
        "record_clarification_request",
        "record_refusal",
        "withdraw",
    ]
    [mail] = smtp_server.to("desk247@de-bka.example")
    assert mail.pdf_attachments()[0][1].startswith(b"%PDF-")


def sent(post: Post, approved: dict[str, Any], client: Client) -> dict[str, Any]:
    response = post(client, f"/api/requests/{approved['id']}/send")
    assert response.status_code == 200, response.content
    body: dict[str, Any] = response.json()
    return body


def test_the_acknowledgement_stops_the_chase(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = sent(post, approved_request, alice_client)["id"]

    response = post(
        alice_client,
        f"/api/requests/{request_id}/events/acknowledgement",
        {
            "channel": "phone",
            "their_reference": "BKA-77",
            "acknowledged_at": "2026-11-29T10:00:00+01:00",
        },
    )

    assert response.status_code == 200, response.content
    body = response.json()
    assert (body["state"], body["document"]["their_reference"]) == ("acknowledged", "BKA-77")
    assert body["acknowledged_at"] == "2026-11-29T09:00:00Z"
    assert body["deadlines"]["acknowledgement_chase_at"] is None


def test_an_acknowledgement_time_without_zone_is_refused(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = sent(post, approved_request, alice_client)["id"]

    response = post(
        alice_client,
        f"/api/requests/{request_id}/events/acknowledgement",
        {"acknowledged_at": "2026-11-29T10:00:00"},
    )

    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "Input should have timezone info"


def test_the_confirmed_preservation_sets_its_expiry(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = sent(post, approved_request, alice_client)["id"]

    response = post(
        alice_client,
        f"/api/requests/{request_id}/events/preservation-confirmed",
        {"confirmed_at": "2026-11-29T12:00:00Z", "expires_at": "2027-01-28T12:00:00Z"},
    )

    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "preservation_confirmed"
    assert body["deadlines"]["preservation_expires_at"] == "2027-01-28T12:00:00Z"
    assert "close" in body["available_events"]


def test_an_extension_is_drafted_and_chained(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = sent(post, approved_request, alice_client)["id"]
    post(
        alice_client,
        f"/api/requests/{request_id}/events/preservation-confirmed",
        {"confirmed_at": "2026-11-29T12:00:00Z", "expires_at": "2027-01-28T12:00:00Z"},
    )

    response = post(alice_client, f"/api/requests/{request_id}/extension")

    assert response.status_code == 201, response.content
    document = response.json()["document"]
    assert (
        response.json()["state"],
        document["ticket_status"],
        document["our_reference"],
        document["previous_ticket"],
    ) == ("draft", "extension", "FR-2026-0042-EXT1", "FR-2026-0042")


def test_a_refusal_needs_its_reasons(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = sent(post, approved_request, alice_client)["id"]

    response = post(alice_client, f"/api/requests/{request_id}/events/refusal", {"reason": " "})

    assert (response.status_code, response.json()) == (
        422,
        {"detail": "Give the reasons stated by the requested side."},
    )


def test_a_recorded_refusal_ends_the_request(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = sent(post, approved_request, alice_client)["id"]

    response = post(
        alice_client, f"/api/requests/{request_id}/events/refusal", {"reason": "Data not held."}
    )

    body = response.json()
    assert (body["state"], body["outcome"], body["state_reason"]) == (
        "refused",
        "refused",
        "Data not held.",
    )
    assert body["available_events"] == []


def test_a_clarification_round_trip(
    post: Post, approved_request: dict[str, Any], alice_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = sent(post, approved_request, alice_client)["id"]

    asked = post(
        alice_client,
        f"/api/requests/{request_id}/events/clarification-request",
        {"reason": "Which time zone?"},
    )
    answered = post(
        alice_client,
        f"/api/requests/{request_id}/events/clarification-answer",
        {"reason": "Europe/Paris."},
    )

    assert (asked.json()["state"], answered.json()["state"]) == (
        "clarification_requested",
        "acknowledged",
    )


def test_withdrawing_and_closing(
    post: Post, alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = post(
        alice_client,
        f"/api/requests/{alices_request['id']}/withdraw",
        {"reason": "Suspect identified domestically."},
    )

    assert (response.json()["state"], response.json()["outcome"]) == ("withdrawn", "withdrawn")
    closing = post(
        alice_client, f"/api/requests/{alices_request['id']}/close", {"outcome": "mla_request_sent"}
    )
    assert (closing.status_code, closing.json()) == (
        409,
        {"detail": "Cannot close a request in state 'Withdrawn'."},
    )


def test_closing_with_an_unknown_outcome_is_refused(
    post: Post, alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = post(
        alice_client, f"/api/requests/{alices_request['id']}/close", {"outcome": "bored"}
    )

    assert (response.status_code, response.json()) == (
        422,
        {"detail": "'bored' is not an outcome a request can be closed with."},
    )


def test_the_requested_side_acknowledges_orders_and_confirms(
    post: Post, incoming_request: dict[str, Any], dieter_client: Client, smtp_server: SmtpServer
) -> None:
    request_id = incoming_request["id"]
    assert incoming_request["state"] == "registered"

    acknowledged = post(dieter_client, f"/api/requests/{request_id}/acknowledge")
    ordered = post(
        dieter_client,
        f"/api/requests/{request_id}/order-preservation",
        {"note": "Order 12 sent to ExampleMail."},
    )
    expires_at = datetime(2027, 2, 1, 9, 0, tzinfo=UTC)
    confirmed = post(
        dieter_client,
        f"/api/requests/{request_id}/confirm-preservation",
        {"expires_at": expires_at.isoformat()},
    )

    assert [r.status_code for r in (acknowledged, ordered, confirmed)] == [200, 200, 200]
    assert [r.json()["state"] for r in (acknowledged, ordered, confirmed)] == [
        "acknowledged",
        "preservation_ordered",
        "preservation_confirmed",
    ]
    assert confirmed.json()["deadlines"]["preservation_expires_at"] == "2027-02-01T09:00:00Z"
    letters = smtp_server.to("poc247@fr-ofmin.example")
    assert len(letters) == 2


def test_the_requested_side_refuses_with_reasons(
    post: Post, incoming_request: dict[str, Any], dieter_client: Client, smtp_server: SmtpServer
) -> None:
    response = post(
        dieter_client,
        f"/api/requests/{incoming_request['id']}/refuse",
        {"reason": "The offence is not covered."},
    )

    assert (response.json()["state"], response.json()["state_reason"]) == (
        "refused",
        "The offence is not covered.",
    )
    [letter] = smtp_server.to("poc247@fr-ofmin.example")
    assert letter.pdf_attachments()


def test_the_requested_side_asks_for_clarification(
    post: Post, incoming_request: dict[str, Any], dieter_client: Client, smtp_server: SmtpServer
) -> None:
    empty = post(
        dieter_client, f"/api/requests/{incoming_request['id']}/ask-clarification", {"reason": ""}
    )
    asked = post(
        dieter_client,
        f"/api/requests/{incoming_request['id']}/ask-clarification",
        {"reason": "Give the source port."},
    )

    assert (empty.status_code, empty.json()) == (
        422,
        {"detail": "Say which information is needed and why."},
    )
    assert asked.json()["state"] == "clarification_requested"


def test_acknowledging_an_outgoing_request_is_a_conflict(
    post: Post, alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = post(alice_client, f"/api/requests/{alices_request['id']}/acknowledge")

    assert (response.status_code, response.json()) == (
        409,
        {"detail": "Cannot acknowledge a request in state 'Draft'."},
    )
