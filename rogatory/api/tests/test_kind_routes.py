"""Every request kind over the API: the catalogue, the schema per kind, details validated with the
field named, and the answers, records and non-execution notices of the kinds' lifecycles."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from rogatory.requests.kinds import KIND_CODES, REGISTRY
from rogatory.requests.models import CooperationRequest, State
from rogatory.requests.tests.kind_examples import complete_example

Post = Callable[..., Any]


@pytest.fixture
def post(django_capture_on_commit_callbacks: Callable[..., Any]) -> Post:
    def send(client: Client, path: str, body: dict[str, Any] | None = None) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(path, body or {}, content_type="application/json")

    return send


def example(kind: str) -> dict[str, Any]:
    data = complete_example(kind)
    if not data["requested_authority"]:
        # An Art. 32 record is transmitted to nobody; the row still names an authority, ours.
        data["requested_authority"] = {"code": "fr-ofmin-247"}
        data["requested_contact"] = {"name": "Permanence 24/7"}
    return data


def test_the_kinds_catalogue_describes_every_kind(alice_client: Client) -> None:
    kinds = {kind["code"]: kind for kind in Client().get("/api/kinds").json()}

    assert list(kinds) == [
        "preservation",
        "expedited_disclosure",
        "mla_subscriber",
        "mla_stored_data",
        "spontaneous_information",
        "transborder_access",
        "production_order",
        "domain_registration",
        "subscriber_direct",
        "emergency_disclosure",
        "emergency_mla",
        "epoc",
        "epoc_pr",
        "provider_request",
        "jit_proposal",
    ]
    epoc = kinds["epoc"]
    assert (epoc["legal_basis"], epoc["lifecycle"], epoc["follows"]) == (
        "Regulation (EU) 2023/1543, Art. 4-5, Annex I",
        "disclosure",
        ["epoc_pr"],
    )
    assert {key: epoc["clocks"][1][key] for key in ("clock", "hours")} == {
        "clock": "emergency_response_due",
        "hours": 8,
    }
    assert (
        epoc["clocks"][1]["source"]
        == "Regulation (EU) 2023/1543, Art. 10(4): 8 hours in an emergency."
    )
    section_a = epoc["sections"][0]
    assert (section_a["number"], section_a["title"]) == ("A", "Issuing and validating authority")
    assert section_a["fields"][0]["is_required"] is True
    assert section_a["fields"][1]["required_when"] == {
        "field": "issuing_authority_type",
        "value": "other_competent",
    }
    assert kinds["transborder_access"]["is_transmitted"] is False


def test_the_schema_of_a_kind_types_its_details() -> None:
    schema = Client().get("/api/schema/request?kind=epoc").json()

    details = schema["properties"]["details"]
    assert details["properties"]["eu_data_category"]["enum"] == [
        "subscriber",
        "identification",
        "traffic",
        "content",
    ]
    assert details["properties"]["is_emergency"]["type"] == "boolean"
    assert details["properties"]["maximum_penalty_years"]["type"] == ["integer", "null"]
    assert details["required"] == [
        "issuing_authority_type",
        "addressee",
        "eu_data_category",
        "data_delivery",
    ]
    assert details["additionalProperties"] is False
    assert schema["properties"]["kind"]["const"] == "epoc"


def test_the_schema_of_an_unknown_kind_is_refused() -> None:
    response = Client().get("/api/schema/request?kind=letter")

    assert response.status_code == 422
    assert response.json()["detail"].startswith(
        "kind: unknown request kind 'letter'; known: preservation, expedited_disclosure,"
    )


@pytest.mark.parametrize("kind", KIND_CODES)
def test_every_kind_is_created_complete_through_the_api(
    post: Post, alice_client: Client, dieter_client: Client, kind: str
) -> None:
    data = example(kind)
    client = dieter_client if data["requesting_authority"]["code"] == "de-bka-247" else alice_client

    response = post(client, "/api/requests", data)

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["kind"], body["kind_title"]) == (kind, str(REGISTRY[kind].title))
    assert body["legal_basis"] == REGISTRY[kind].legal_basis
    assert [d["message"] for d in body["defects"] if d["severity"] == "error"] == []
    assert body["document"]["details"] == data.get("details", {})


def test_a_detail_of_the_wrong_type_is_refused_naming_the_field(
    post: Post, alice_client: Client
) -> None:
    data = example("epoc")
    data["details"]["maximum_penalty_years"] = "five"

    response = post(alice_client, "/api/requests", data)

    assert response.status_code == 422
    assert "details.maximum_penalty_years must be a whole number" in response.content.decode()


def test_a_detail_the_kind_does_not_have_is_refused_naming_it(
    post: Post, alice_client: Client
) -> None:
    data = example("epoc")
    data["details"]["court_order"] = "TGI Paris 2026/1"

    response = post(alice_client, "/api/requests", data)

    assert response.status_code == 422
    assert "details.court_order is not a field of the kind 'epoc'" in response.content.decode()


def test_an_art_32_record_is_recorded_and_cannot_be_sent(
    post: Post, alice_client: Client, bruno_client: Client
) -> None:
    record = post(alice_client, "/api/requests", example("transborder_access")).json()

    refused = post(bruno_client, f"/api/requests/{record['id']}/send")
    recorded = post(alice_client, f"/api/requests/{record['id']}/record")

    assert (refused.status_code, refused.json()) == (
        409,
        {"detail": "An Art. 32 record is not transmitted: record it instead."},
    )
    assert (recorded.status_code, recorded.json()["state"]) == (200, "recorded")


def sent(post: Post, alice_client: Client, kind: str) -> dict[str, Any]:
    created: dict[str, Any] = post(alice_client, "/api/requests", example(kind)).json()
    CooperationRequest.objects.filter(pk=created["id"]).update(state=State.SENT)
    return created


def test_the_conditions_of_spontaneous_information_are_answered_and_decided(
    post: Post, alice_client: Client
) -> None:
    information = sent(post, alice_client, "spontaneous_information")
    path = f"/api/requests/{information['id']}"

    silent = post(alice_client, f"{path}/events/cannot-comply", {"reason": ""})
    cannot = post(alice_client, f"{path}/events/cannot-comply", {"reason": "Defence access."})
    released = post(alice_client, f"{path}/release", {"reason": "Use for intelligence only."})

    assert (silent.status_code, silent.json()) == (
        422,
        {"detail": "Say which conditions the receiver cannot meet."},
    )
    assert cannot.json()["state"] == "cannot_comply"
    assert (released.json()["state"], released.json()["outcome"]) == (
        "closed",
        "information_released",
    )


def test_accepted_conditions_are_recorded(post: Post, alice_client: Client) -> None:
    information = sent(post, alice_client, "spontaneous_information")

    response = post(alice_client, f"/api/requests/{information['id']}/events/conditions-accepted")

    assert response.json()["available_events"] == ["release_information", "withdraw"]


def test_the_data_received_closes_the_answer_clock(post: Post, alice_client: Client) -> None:
    order = sent(post, alice_client, "mla_subscriber")

    response = post(alice_client, f"/api/requests/{order['id']}/events/response")

    assert response.json()["state"] == "responded"
    assert response.json()["responded_at"] is not None


def test_a_non_execution_notice_needs_a_reason_of_annex_iii(
    post: Post, alice_client: Client
) -> None:
    order = sent(post, alice_client, "epoc")
    path = f"/api/requests/{order['id']}/non-execution"

    unknown = post(alice_client, path, {"reason_code": "too_busy"})
    recorded = post(alice_client, path, {"reason_code": "data_no_longer_held"})

    assert unknown.status_code == 422
    assert unknown.json()["detail"].startswith(
        "'too_busy' is not a reason of Annex III; use one of: incomplete, manifest_errors,"
    )
    assert (recorded.json()["state"], recorded.json()["state_reason"]) == (
        "refused",
        "data_no_longer_held: The data is no longer held",
    )


@pytest.fixture
def incoming(post: Post, dieter_client: Client) -> Callable[[str], dict[str, Any]]:
    def register(kind: str) -> dict[str, Any]:
        data = example(kind)
        data.update(direction="incoming", their_reference=data["our_reference"])
        data["our_reference"] = f"DE-IN-{kind}"
        response = post(dieter_client, "/api/requests", data)
        assert response.status_code == 201, response.content
        body: dict[str, Any] = response.json()
        return body

    return register


def test_the_requested_side_responds_accepts_or_cannot_comply(
    post: Post, dieter_client: Client, incoming: Callable[[str], dict[str, Any]]
) -> None:
    order = incoming("mla_subscriber")
    information = incoming("spontaneous_information")

    responded = post(dieter_client, f"/api/requests/{order['id']}/respond", {"note": "Sent."})
    silent = post(dieter_client, f"/api/requests/{information['id']}/cannot-comply")
    accepted = post(dieter_client, f"/api/requests/{information['id']}/accept-conditions")

    assert responded.json()["state"] == "responded"
    assert (silent.status_code, silent.json()) == (
        422,
        {"detail": "Say which conditions cannot be met."},
    )
    assert accepted.json()["state"] == "conditions_accepted"


def test_a_follow_up_of_the_wrong_kind_is_refused(post: Post, alice_client: Client) -> None:
    order = sent(post, alice_client, "mla_subscriber")

    response = post(alice_client, f"/api/requests/{order['id']}/follow-up", {"kind": "epoc"})

    assert (response.status_code, response.json()) == (
        409,
        {
            "detail": "'European Production Order Certificate (EPOC)' is prepared from "
            "'European Preservation Order Certificate (EPOC-PR)', not from 'Request for mutual "
            "assistance: subscriber information'."
        },
    )


def test_an_emergency_of_cets_224_is_sent_by_a_third_person(
    post: Post, alice_client: Client, bruno_client: Client, greta: Any, smtp_server: Any
) -> None:
    emergency = post(alice_client, "/api/requests", example("emergency_disclosure")).json()
    post(bruno_client, f"/api/requests/{emergency['id']}/approve")

    by_drafter = post(alice_client, f"/api/requests/{emergency['id']}/send")
    by_approver = post(bruno_client, f"/api/requests/{emergency['id']}/send")

    message = "Emergency: a second person, neither the drafter nor the approver, must send it."
    assert (by_drafter.status_code, by_drafter.json()) == (403, {"detail": message})
    assert (by_approver.status_code, by_approver.json()) == (403, {"detail": message})
