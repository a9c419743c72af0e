"""The outgoing journey through the web forms, as alice (FR officer) and bruno (FR supervisor)."""

import copy
import re
from typing import Any

import pytest
from django.test import Client

from rogatory.audit.models import AuditEvent
from rogatory.requests.models import CooperationRequest
from rogatory.web.tests.conftest import form_data

NO_TIME_ZONE = (
    "Data item 2 (IP address 198.51.100.23): the date-time 2026-11-20T14:03:27 has no time zone; "
    "state it (e.g. +01:00 or Europe/Paris), or the provider may look at the wrong hour."
)


def _without_time_zone(document: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["data_items"][1]["observed_at"] = "2026-11-20T14:03:27"
    return changed


def _request_id(response: Any) -> int:
    match = re.fullmatch(r"/requests/(\d+)/", response["Location"])
    assert match, response["Location"]
    return int(match.group(1))


@pytest.mark.django_db
def test_a_draft_without_ip_time_zone_is_fixed_then_approved_by_a_second_person(
    alice_client: Client,
    bruno_client: Client,
    complete_document: dict[str, Any],
) -> None:
    response = alice_client.post("/requests/new/", form_data(_without_time_zone(complete_document)))
    assert response.status_code == 302
    request_id = _request_id(response)

    detail = alice_client.get(f"/requests/{request_id}/").content.decode()
    assert "Draft FR-2026-0042 created." in detail
    assert NO_TIME_ZONE in detail
    assert "1 error (block approval and sending)" in detail

    refused = alice_client.post(f"/requests/{request_id}/act/", {"event": "approve"})
    assert refused.status_code == 403
    assert "Only a supervisor may approve a request." in refused.content.decode()

    incomplete = bruno_client.post(f"/requests/{request_id}/act/", {"event": "approve"})
    assert incomplete.status_code == 409
    assert "The request is incomplete (1 defects)." in incomplete.content.decode()
    assert NO_TIME_ZONE in incomplete.content.decode()

    edit = alice_client.get(f"/requests/{request_id}/edit/")
    assert edit.status_code == 200
    assert 'value="2026-11-20T14:03:27"' in edit.content.decode()
    fixed = form_data(complete_document)
    fixed["items-1-observed_at"] = "2026-11-20T14:03:27"
    fixed["items-1-time_zone"] = "Europe/Paris"
    saved = alice_client.post(f"/requests/{request_id}/edit/", fixed)
    assert saved.status_code == 302

    detail = alice_client.get(f"/requests/{request_id}/").content.decode()
    assert "Draft FR-2026-0042 saved." in detail
    assert NO_TIME_ZONE not in detail
    assert "2026-11-20 14:03 Europe/Paris (UTC+01:00)" in detail

    approved = bruno_client.post(f"/requests/{request_id}/act/", {"event": "approve"})
    assert approved.status_code == 302
    page = bruno_client.get(f"/requests/{request_id}/").content.decode()
    assert "Approve: done. The request is now &#x27;Approved&#x27;." in page
    approver = CooperationRequest.objects.get(pk=request_id).approved_by
    assert approver is not None
    assert approver.username == "bruno"


@pytest.mark.django_db
def test_the_drafter_cannot_approve_even_as_supervisor(
    bruno_client: Client,
    alice_client: Client,
    complete_document: dict[str, Any],
) -> None:
    response = bruno_client.post("/requests/new/", form_data(complete_document))
    request_id = _request_id(response)
    refused = bruno_client.post(f"/requests/{request_id}/act/", {"event": "approve"})
    assert refused.status_code == 403
    assert "Four-eyes: the drafter of a request cannot approve it." in refused.content.decode()


@pytest.mark.django_db
def test_each_page_view_of_a_request_is_audited(
    alice_client: Client,
    complete_document: dict[str, Any],
) -> None:
    request_id = _request_id(alice_client.post("/requests/new/", form_data(complete_document)))
    assert not AuditEvent.objects.filter(action="access", object_id=str(request_id)).exists()
    alice_client.get(f"/requests/{request_id}/")
    alice_client.get(f"/requests/{request_id}/")
    after = AuditEvent.objects.filter(action="access", object_id=str(request_id))
    assert [event.actor_username for event in after] == ["alice", "alice"]


def _approved_request(alice_client: Client, bruno_client: Client, document: dict[str, Any]) -> int:
    request_id = _request_id(alice_client.post("/requests/new/", form_data(document)))
    approved = bruno_client.post(f"/requests/{request_id}/act/", {"event": "approve"})
    assert approved.status_code == 302
    return request_id


@pytest.mark.django_db
def test_an_approved_request_is_sent_acknowledged_confirmed_and_extended(
    alice_client: Client,
    bruno_client: Client,
    dieter_client: Client,
    complete_document: dict[str, Any],
    smtp_server: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    request_id = _approved_request(alice_client, bruno_client, complete_document)

    # The e-mail leaves after commit; run those callbacks as a committed transaction would.
    with django_capture_on_commit_callbacks(execute=True):
        sent = alice_client.post(f"/requests/{request_id}/act/", {"event": "send"})
    assert sent.status_code == 302
    page = alice_client.get(f"/requests/{request_id}/").content.decode()
    assert "Send by e-mail: done. The request is now &#x27;Sent&#x27;." in page
    assert "Chase if no acknowledgement" in page
    assert "to desk247@de-bka.example" in page
    assert [mail.recipients for mail in smtp_server.recorder.received] == [
        ["desk247@de-bka.example"]
    ]

    stored = re.findall(
        rf'href="(/requests/{request_id}/documents/\d+/)">Preservation request · PDF', page
    )
    assert len(stored) == 1
    download = alice_client.get(stored[0])
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download.content[:5] == b"%PDF-"
    assert AuditEvent.objects.filter(action="export", object_id=str(request_id)).count() == 1
    assert dieter_client.get(stored[0]).status_code == 404

    acknowledged = alice_client.post(
        f"/requests/{request_id}/act/",
        {
            "event": "record_acknowledgement",
            "channel": "phone",
            "their_reference": "BKA-7781",
            "received_at": "2026-11-29T10:15",
        },
    )
    assert acknowledged.status_code == 302, acknowledged.content.decode()[:2000]
    confirmed = alice_client.post(
        f"/requests/{request_id}/act/",
        {"event": "record_preservation_confirmed", "expires_at": "2027-01-28T18:00"},
    )
    assert confirmed.status_code == 302
    page = alice_client.get(f"/requests/{request_id}/").content.decode()
    # Entered in alice's zone (Paris); shown to her there and in Berlin for the counterpart.
    assert "2027-01-28 18:00 Europe/Paris (UTC+01:00)" in page
    assert "their time: 2027-01-28 18:00 Europe/Berlin (UTC+01:00)" in page
    assert "BKA-7781" in page
    assert "Record preservation confirmed: Acknowledged → Preservation confirmed" in page
    assert '<span class="badge badge-delivery-delivered">Delivered</span>' in page

    extension = alice_client.post(f"/requests/{request_id}/act/", {"event": "create_extension"})
    assert extension.status_code == 302
    page = alice_client.get(extension["Location"]).content.decode()
    assert "Extension request FR-2026-0042-EXT1 created as a draft." in page
    assert "Extension of a previous request (previous ticket FR-2026-0042)" in page


@pytest.mark.django_db
def test_sending_without_approval_is_refused(
    alice_client: Client,
    complete_document: dict[str, Any],
) -> None:
    request_id = _request_id(alice_client.post("/requests/new/", form_data(complete_document)))
    refused = alice_client.post(f"/requests/{request_id}/act/", {"event": "send"})
    assert refused.status_code == 403
    assert (
        "Four-eyes: the request must be approved by a user other than its drafter before it "
        "is sent."
    ) in refused.content.decode()


@pytest.mark.django_db
def test_an_incoming_request_is_registered_acknowledged_ordered_and_confirmed(
    dieter_client: Client,
    alice_client: Client,
    complete_document: dict[str, Any],
    smtp_server: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    incoming = copy.deepcopy(complete_document)
    incoming.update(
        {"direction": "incoming", "our_reference": "BKA-IN-0007", "their_reference": "FR-2026-0042"}
    )
    registered = dieter_client.post("/requests/incoming/new/", form_data(incoming))
    assert registered.status_code == 302
    request_id = _request_id(registered)
    page = dieter_client.get(f"/requests/{request_id}/").content.decode()
    assert "Incoming request BKA-IN-0007 created." in page
    assert "Acknowledge receipt (sends the letter)" in page
    assert "Approve" not in page

    with django_capture_on_commit_callbacks(execute=True):
        acknowledged = dieter_client.post(f"/requests/{request_id}/act/", {"event": "acknowledge"})
    assert acknowledged.status_code == 302
    assert [mail.recipients for mail in smtp_server.recorder.received] == [
        ["poc247@fr-ofmin.example"]
    ]
    refused = dieter_client.post(f"/requests/{request_id}/act/", {"event": "refuse", "reason": ""})
    assert refused.status_code == 422
    assert "Give the reasons for the refusal." in refused.content.decode()

    ordered = dieter_client.post(
        f"/requests/{request_id}/act/",
        {"event": "order_preservation", "reason": "Order 2026/77 served on ExampleMail."},
    )
    assert ordered.status_code == 302
    confirmed = dieter_client.post(
        f"/requests/{request_id}/act/",
        {"event": "confirm_preservation", "expires_at": "2027-01-28T12:00"},
    )
    assert confirmed.status_code == 302
    page = dieter_client.get(f"/requests/{request_id}/").content.decode()
    assert "The request is now &#x27;Preservation confirmed&#x27;." in page
    assert "2027-01-28 12:00 Europe/Berlin (UTC+01:00)" in page
    assert "Order 2026/77 served on ExampleMail." in page
    assert "Confirmation of preservation · PDF" in page
    assert alice_client.get(f"/requests/{request_id}/").status_code == 404
