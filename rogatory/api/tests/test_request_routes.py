"""/api/requests: create, list, read, update, check, export, timeline, and the error answers."""

from typing import Any

import pytest
from django.test import Client

from rogatory.audit.models import AuditAction, AuditEvent


def last_event() -> AuditEvent:
    event = AuditEvent.objects.order_by("-sequence").first()
    assert event is not None
    return event


def test_creating_returns_the_stored_draft(alices_request: dict[str, Any]) -> None:
    assert alices_request["state"] == "draft"
    assert alices_request["direction"] == "outgoing"
    assert alices_request["document"]["$schema"] == "https://rogatory.example.org/schema/request/1"
    assert alices_request["document"]["requested_authority"]["name"] == (
        "Federal Criminal Police 24/7 contact point"
    )
    assert alices_request["available_events"] == ["approve", "withdraw"]
    assert [d["code"] for d in alices_request["defects"] if d["severity"] == "error"] == []


def test_creation_is_audited(alices_request: dict[str, Any]) -> None:
    event = last_event()
    assert (event.action, event.actor_username, event.object_id, event.source) == (
        AuditAction.CREATE,
        "alice",
        str(alices_request["id"]),
        "api 127.0.0.1",
    )


def test_a_reused_reference_is_refused_with_422(
    alices_request: dict[str, Any], alice_client: Client, complete_document: dict[str, Any]
) -> None:
    response = alice_client.post(
        "/api/requests", complete_document, content_type="application/json"
    )

    assert response.status_code == 422
    assert response.json() == {
        "detail": "Our reference 'FR-2026-0042' is already used by "
        "another request of this authority."
    }


def test_drafting_for_another_authority_is_forbidden(
    dieter_client: Client, complete_document: dict[str, Any]
) -> None:
    response = dieter_client.post(
        "/api/requests", complete_document, content_type="application/json"
    )

    assert response.status_code == 403
    assert response.json() == {"detail": "You may only draft requests of your own authority."}


def test_an_unknown_field_is_refused_with_422(
    alice_client: Client, complete_document: dict[str, Any]
) -> None:
    complete_document["colour"] = "blue"

    response = alice_client.post(
        "/api/requests", complete_document, content_type="application/json"
    )

    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert (error["loc"][-1], error["msg"]) == ("colour", "Extra inputs are not permitted")


def test_the_list_holds_only_the_users_authoritys_requests(
    alices_request: dict[str, Any], alice_client: Client, dieter_client: Client
) -> None:
    mine = alice_client.get("/api/requests").json()
    theirs = dieter_client.get("/api/requests").json()

    assert [(row["id"], row["our_reference"], row["state"]) for row in mine] == [
        (alices_request["id"], "FR-2026-0042", "draft")
    ]
    assert theirs == []


def test_reading_a_request_is_audited_as_access(
    alices_request: dict[str, Any], bruno_client: Client
) -> None:
    response = bruno_client.get(f"/api/requests/{alices_request['id']}")

    assert response.status_code == 200
    assert response.json()["document"]["our_reference"] == "FR-2026-0042"
    event = last_event()
    assert (event.action, event.actor_username, event.object_id) == (
        AuditAction.ACCESS,
        "bruno",
        str(alices_request["id"]),
    )


def test_another_authoritys_request_is_not_found_and_the_attempt_audited(
    alices_request: dict[str, Any], dieter_client: Client
) -> None:
    response = dieter_client.get(f"/api/requests/{alices_request['id']}")

    assert (response.status_code, response.json()) == (404, {"detail": "Not found."})
    event = last_event()
    assert (event.action, event.actor_username, event.object_id) == (
        AuditAction.ACCESS_DENIED,
        "dieter",
        str(alices_request["id"]),
    )


def test_a_missing_request_looks_like_a_forbidden_one(
    alice_client: Client, alices_request: dict[str, Any]
) -> None:
    response = alice_client.get("/api/requests/999999")

    assert (response.status_code, response.json()) == (404, {"detail": "Not found."})


def test_a_refused_write_is_audited(alices_request: dict[str, Any], greta_client: Client) -> None:
    response = greta_client.post(f"/api/requests/{alices_request['id']}/approve")

    assert response.status_code == 404
    event = last_event()
    assert (event.action, event.actor_username, event.object_id, event.details["path"]) == (
        AuditAction.ACCESS_DENIED,
        "greta",
        str(alices_request["id"]),
        f"/api/requests/{alices_request['id']}/approve",
    )


def test_updating_replaces_the_document(
    alices_request: dict[str, Any], alice_client: Client, complete_document: dict[str, Any]
) -> None:
    complete_document["offence"] = "Sextortion"

    response = alice_client.put(
        f"/api/requests/{alices_request['id']}", complete_document, content_type="application/json"
    )

    assert response.status_code == 200
    assert response.json()["document"]["offence"] == "Sextortion"
    assert last_event().action == AuditAction.UPDATE


def test_updating_an_approved_request_reopens_it(
    approved_request: dict[str, Any], alice_client: Client, complete_document: dict[str, Any]
) -> None:
    response = alice_client.put(
        f"/api/requests/{approved_request['id']}",
        complete_document,
        content_type="application/json",
    )

    assert (response.status_code, response.json()["state"]) == (200, "draft")
    assert response.json()["approved_by"] == ""


def test_the_direction_cannot_change(
    alices_request: dict[str, Any], alice_client: Client, complete_document: dict[str, Any]
) -> None:
    complete_document["direction"] = "incoming"

    response = alice_client.put(
        f"/api/requests/{alices_request['id']}", complete_document, content_type="application/json"
    )

    assert (response.status_code, response.json()) == (
        422,
        {"detail": "The direction of a request cannot change."},
    )


def test_check_returns_the_defects_without_saving(
    alice_client: Client, alice: Any, complete_document: dict[str, Any]
) -> None:
    complete_document["signatory_name"] = ""
    events_before = AuditEvent.objects.count()

    response = alice_client.post(
        "/api/requests/check", complete_document, content_type="application/json"
    )

    assert response.status_code == 200
    body = response.json()
    assert body["is_complete"] is False
    assert {
        "code": "signatory_missing",
        "field": "signatory_name",
        "severity": "error",
        "message": "Signature: the name of the person signing is missing.",
    } in body["defects"]
    assert alice_client.get("/api/requests").json() == []
    assert AuditEvent.objects.count() == events_before + 1  # the list read just above


def test_check_accepts_what_export_returns(
    alices_request: dict[str, Any], alice_client: Client
) -> None:
    exported = alice_client.get(f"/api/requests/{alices_request['id']}/export").json()

    response = alice_client.post("/api/requests/check", exported, content_type="application/json")

    assert response.json()["is_complete"] is True


def test_export_is_audited_as_an_export(
    alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = alice_client.get(f"/api/requests/{alices_request['id']}/export")

    assert response.status_code == 200
    assert response.json()["$schema"] == "https://rogatory.example.org/schema/request/1"
    assert (last_event().action, last_event().object_id) == (
        AuditAction.EXPORT,
        str(alices_request["id"]),
    )


def test_the_timeline_lists_the_transitions(
    approved_request: dict[str, Any], alice_client: Client
) -> None:
    response = alice_client.get(f"/api/requests/{approved_request['id']}/timeline")

    assert response.status_code == 200
    assert [
        (row["event"], row["from_state"], row["to_state"], row["actor_username"])
        for row in response.json()
    ] == [("draft", "", "draft", "alice"), ("approve", "draft", "approved", "bruno")]


def test_anonymous_calls_get_401(alices_request: dict[str, Any]) -> None:
    anonymous = Client()

    assert anonymous.get("/api/requests").status_code == 401
    response = anonymous.get(f"/api/requests/{alices_request['id']}")
    assert (response.status_code, response.json()) == (401, {"detail": "Unauthorized"})


@pytest.mark.django_db
def test_a_post_without_the_csrf_token_is_refused(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)

    response = client.post("/api/requests", complete_document, content_type="application/json")

    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    assert client.get("/api/requests").json() == []
