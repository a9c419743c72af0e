"""Issue 3 acceptance: the chains preservation → MLA and EPOC-PR → EPOC, through the web UI (signed
in as alice and bruno) and through the API, with the real SMTP server on 127.0.0.1.

Each chain: the first request is drafted, approved by another person, sent and confirmed; "prepare
the follow-up" makes a pre-filled draft chained to it; the draft is completed with its own fields,
approved and sent; the EPOC's answer clock runs from sending (10 days, 8 hours in an emergency).
"""

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client

from conftest import PASSWORD
from rogatory.requests.models import CooperationRequest, State
from rogatory.requests.queries import request_document
from rogatory.web.tests.conftest import kind_form_data as web_form

START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
Run = Callable[..., Any]


@pytest.fixture(autouse=True)
def _media_in_tmp(media_root: Any) -> None:
    # Sending stores the rendered PDF and DOCX: keep them out of the working tree.
    return None


@pytest.fixture(autouse=True)
def _frozen_clock() -> Iterator[None]:
    with time_machine.travel(START, tick=False):
        yield


@pytest.fixture
def run(django_capture_on_commit_callbacks: Callable[..., Any]) -> Run:
    """Call a client and run what the services queued on commit (the e-mail delivery)."""

    def call(client: Client, method: str, path: str, data: Any = None, **extra: Any) -> Any:
        with django_capture_on_commit_callbacks(execute=True):
            return getattr(client, method)(path, data if data is not None else {}, **extra)

    return call


def signed_in(username: str) -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def request_id_of(location: str) -> int:
    found = re.fullmatch(r"/requests/(\d+)/", location)
    assert found is not None, location
    return int(found.group(1))


def epoc_pr_document(complete_document: dict[str, Any]) -> dict[str, Any]:
    """A complete European Preservation Order from the French prosecutor to the Irish provider."""
    return {
        **complete_document,
        "kind": "epoc_pr",
        "our_reference": "FR-2026-EPR-7",
        "requested_authority": {"code": "ie-examplemail"},
        "requested_contact": {"name": "Law enforcement response"},
        "details": {
            "issuing_authority_type": "prosecutor",
            "addressee": "ExampleMail Ltd, legal representative in Dublin",
            "eu_data_category": "traffic",
            "subsequent_request": "A European Production Order for the traffic data",
        },
    }


MLA_OWN_FIELDS = {
    "domestic_legal_basis": "Code de procédure pénale, articles 694 et suivants",
    "international_legal_basis": "Convention on Cybercrime (CETS 185), Art. 31",
    "subscriber_information_requested": "Identity, postal address, telephone and billing data "
    "of the holder of the mailbox, with the date the service was opened.",
    "form_of_reply": "Certified electronic copy sent to the requesting authority",
}
EPOC_OWN_FIELDS = {
    "maximum_penalty_years": 5,
    "data_delivery": "By the e-Evidence decentralised IT system to the Paris prosecutor",
}


# --- Through the web UI ----------------------------------------------------------------------


def test_a_preservation_is_followed_by_its_mla_request_through_the_web(
    run: Run, alice: Any, bruno: Any, complete_document: dict[str, Any], smtp_server: Any
) -> None:
    officer, supervisor = signed_in("alice"), signed_in("bruno")
    created = officer.post("/requests/new/", web_form(complete_document))
    preservation_path = created["Location"]
    assert supervisor.post(f"{preservation_path}act/", {"event": "approve"}).status_code == 302
    assert run(officer, "post", f"{preservation_path}act/", {"event": "send"}).status_code == 302
    confirmed = officer.post(f"{preservation_path}act/", {"event": "record_preservation_confirmed"})
    assert confirmed.status_code == 302
    page = officer.get(preservation_path).content.decode()
    assert "Prepare MLA request (subscriber information)" in page
    assert "Prepare MLA request (stored data)" in page
    assert "Prepare Art. 30 disclosure" not in page  # the requested side's follow-up

    prepared = officer.post(
        f"{preservation_path}act/", {"event": "follow_up", "kind": "mla_subscriber"}
    )

    assert prepared.status_code == 302
    mla_path = prepared["Location"]
    assert mla_path != preservation_path
    mla = CooperationRequest.objects.get(pk=request_id_of(mla_path))
    preservation = CooperationRequest.objects.get(pk=request_id_of(preservation_path))
    assert (mla.kind, mla.state, mla.previous_request_id) == (
        "mla_subscriber",
        State.DRAFT,
        preservation.pk,
    )
    draft_page = officer.get(mla_path).content.decode()
    assert "Request for mutual assistance: subscriber information" in draft_page
    assert "Convention on Cybercrime (CETS 185), Art. 31 and 18(3)" in draft_page
    assert f'follows <a href="{preservation_path}">FR-2026-0042</a>' in draft_page, (
        "the draft links back to the preservation"
    )
    assert (
        f'<a href="{mla_path}">FR-2026-0042-MLA1</a>'
        in officer.get(preservation_path).content.decode()
    )
    pre_filled = request_document(mla)
    assert [(i.value, i.data_categories) for i in pre_filled.data_items] == [
        ("suspect.owl@examplemail.example", ["subscriber"]),
        ("198.51.100.23", ["subscriber"]),
    ]
    assert pre_filled.summary_of_facts == complete_document["summary_of_facts"]
    assert "ticket FR-2026-0042" in pre_filled.details["previous_preservation_request"]

    # The draft lacks the MLA's own fields: the check names them, approval is refused.
    refused = supervisor.post(f"{mla_path}act/", {"event": "approve"})
    assert refused.status_code == 409
    assert (
        "Art. 31 (T-CY item 11): the domestic legal basis is missing." in refused.content.decode()
    )

    completed = pre_filled.model_dump(mode="json", by_alias=True)
    completed["details"] = {**completed["details"], **MLA_OWN_FIELDS}
    completed["requested_authority"] = {"code": "de-bka-247"}
    completed["requested_contact"] = {"name": "24/7 desk"}
    saved = officer.post(f"{mla_path}edit/", web_form(completed))
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert supervisor.post(f"{mla_path}act/", {"event": "approve"}).status_code == 302
    sent = run(officer, "post", f"{mla_path}act/", {"event": "send"})

    assert sent.status_code == 302
    mla.refresh_from_db()
    assert mla.state == State.SENT
    assert mla.details["previous_preservation_request"].startswith(
        "2026-11-30, ticket FR-2026-0042"
    )
    mail = smtp_server.recorder.received[-1]
    assert mail.recipients == ["desk247@de-bka.example"]
    # Our language first (French), then the counterpart's: the kind's title, translated.
    subject = str(mail.message["Subject"])
    assert subject.startswith("[FR-2026-0042-MLA1] Demande d")
    assert subject.endswith(" / Request for mutual assistance: subscriber information")
    assert [name for name, _ in mail.pdf_attachments()] == [
        "FR-2026-0042-MLA1-mla-subscriber-request.pdf"
    ]
    body = mail.text()
    assert (
        "Please find attached our document \u201cRequest for mutual assistance: subscriber information\u201d, reference FR-2026-0042-MLA1."
        in body
    )
    assert "Veuillez trouver ci-joint notre document \u00ab\u00a0Demande d" in body
    assert "expedited preservation" not in body


def test_a_european_preservation_order_is_followed_by_its_epoc_through_the_web(
    run: Run, alice: Any, bruno: Any, complete_document: dict[str, Any], smtp_server: Any
) -> None:
    officer, supervisor = signed_in("alice"), signed_in("bruno")
    created = officer.post("/requests/new/", web_form(epoc_pr_document(complete_document)))
    assert created.status_code == 302, created.content.decode()[:2000]
    order_path = created["Location"]
    assert supervisor.post(f"{order_path}act/", {"event": "approve"}).status_code == 302
    assert run(officer, "post", f"{order_path}act/", {"event": "send"}).status_code == 302
    assert (
        officer.post(f"{order_path}act/", {"event": "record_preservation_confirmed"}).status_code
        == 302
    )
    assert "Prepare EPOC" in officer.get(order_path).content.decode()

    prepared = officer.post(f"{order_path}act/", {"event": "follow_up", "kind": "epoc"})

    epoc_path = prepared["Location"]
    epoc = CooperationRequest.objects.get(pk=request_id_of(epoc_path))
    assert (epoc.kind, epoc.previous_request_id) == ("epoc", request_id_of(order_path))
    assert epoc.details == {
        "issuing_authority_type": "prosecutor",
        "addressee": "ExampleMail Ltd, legal representative in Dublin",
        "eu_data_category": "traffic",
    }
    assert (
        f'follows <a href="{order_path}">FR-2026-EPR-7</a>'
        in officer.get(epoc_path).content.decode()
    )
    form = officer.get(f"{epoc_path}edit/").content.decode()
    assert 'name="detail_is_emergency"' in form
    assert '<option value="prosecutor" selected>Public prosecutor</option>' in form

    completed = request_document(epoc).model_dump(mode="json", by_alias=True)
    completed["details"] = {**completed["details"], **EPOC_OWN_FIELDS}
    assert officer.post(f"{epoc_path}edit/", web_form(completed)).status_code == 302
    assert supervisor.post(f"{epoc_path}act/", {"event": "approve"}).status_code == 302
    sent = run(officer, "post", f"{epoc_path}act/", {"event": "send"})

    assert sent.status_code == 302
    epoc.refresh_from_db()
    assert epoc.state == State.SENT
    assert epoc.sent_at is not None
    assert epoc.response_due_at == epoc.sent_at + timedelta(days=10)
    assert smtp_server.recorder.received[-1].recipients == ["ler@examplemail.example"]
    assert "Answer due" in officer.get(epoc_path).content.decode()


# --- Through the API -------------------------------------------------------------------------


def api(client: Client, run: Run, path: str, body: dict[str, Any] | None = None) -> Any:
    response = run(client, "post", path, body or {}, content_type="application/json")
    assert response.status_code in {200, 201}, (path, response.status_code, response.content)
    return response.json()


def test_a_preservation_is_followed_by_its_mla_request_through_the_api(
    run: Run, alice: Any, bruno: Any, complete_document: dict[str, Any], smtp_server: Any
) -> None:
    officer, supervisor = signed_in("alice"), signed_in("bruno")
    preservation = api(officer, run, "/api/requests", complete_document)
    api(supervisor, run, f"/api/requests/{preservation['id']}/approve")
    api(officer, run, f"/api/requests/{preservation['id']}/send")
    api(officer, run, f"/api/requests/{preservation['id']}/events/preservation-confirmed")

    mla = api(
        officer,
        run,
        f"/api/requests/{preservation['id']}/follow-up",
        {"kind": "mla_subscriber"},
    )

    assert (mla["kind"], mla["state"]) == ("mla_subscriber", "draft")
    assert mla["previous_request"] == {
        "id": preservation["id"],
        "our_reference": "FR-2026-0042",
        "kind": "preservation",
        "state": "preservation_confirmed",
    }
    document = mla["document"]
    assert document["ticket_status"] == "follow_up"
    assert document["previous_ticket"] == "FR-2026-0042"
    assert {tuple(item["data_categories"]) for item in document["data_items"]} == {("subscriber",)}
    assert "ticket FR-2026-0042" in document["details"]["previous_preservation_request"]
    original = officer.get(f"/api/requests/{preservation['id']}").json()
    assert [c["our_reference"] for c in original["chained_requests"]] == ["FR-2026-0042-MLA1"]

    document["details"].update(MLA_OWN_FIELDS)
    updated = run(
        officer, "put", f"/api/requests/{mla['id']}", document, content_type="application/json"
    )
    assert updated.status_code == 200, updated.content
    api(supervisor, run, f"/api/requests/{mla['id']}/approve")
    sent = api(officer, run, f"/api/requests/{mla['id']}/send")

    assert sent["state"] == "sent"
    assert str(smtp_server.recorder.received[-1].message["Subject"]).endswith(
        " / Request for mutual assistance: subscriber information"
    )


@pytest.mark.parametrize(
    ("is_emergency", "answer_within"), [(False, timedelta(days=10)), (True, timedelta(hours=8))]
)
def test_a_european_preservation_order_is_followed_by_its_epoc_through_the_api(
    run: Run,
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: Any,
    is_emergency: bool,
    answer_within: timedelta,
) -> None:
    officer, supervisor = signed_in("alice"), signed_in("bruno")
    order = api(officer, run, "/api/requests", epoc_pr_document(complete_document))
    api(supervisor, run, f"/api/requests/{order['id']}/approve")
    api(officer, run, f"/api/requests/{order['id']}/send")
    api(officer, run, f"/api/requests/{order['id']}/events/preservation-confirmed")

    epoc = api(officer, run, f"/api/requests/{order['id']}/follow-up", {"kind": "epoc"})

    assert epoc["previous_request"]["our_reference"] == "FR-2026-EPR-7"
    document = epoc["document"]
    assert document["details"] == {
        "issuing_authority_type": "prosecutor",
        "addressee": "ExampleMail Ltd, legal representative in Dublin",
        "eu_data_category": "traffic",
    }
    document["details"].update(EPOC_OWN_FIELDS)
    if is_emergency:
        document["details"].update(
            is_emergency=True,
            emergency_facts="The suspect announced the abuse of another child tonight.",
        )
    assert (
        run(
            officer, "put", f"/api/requests/{epoc['id']}", document, content_type="application/json"
        ).status_code
        == 200
    )
    api(supervisor, run, f"/api/requests/{epoc['id']}/approve")
    sender = officer
    if is_emergency:
        # An emergency is sent by a third person, neither the drafter nor the approver.
        refused = run(officer, "post", f"/api/requests/{epoc['id']}/send")
        assert (refused.status_code, refused.json()) == (
            403,
            {
                "detail": "Emergency: a second person, neither the drafter nor the approver, must send it."
            },
        )
        claire = type(alice).objects.create_user(
            username="claire",
            password=PASSWORD,
            authority=alice.authority,
            role="officer",
            time_zone="Europe/Paris",
        )
        sender = signed_in(claire.username)
    sent = api(sender, run, f"/api/requests/{epoc['id']}/send")

    sent_at = datetime.fromisoformat(sent["sent_at"])
    assert sent["state"] == "sent"
    assert datetime.fromisoformat(sent["deadlines"]["response_due_at"]) == sent_at + answer_within
