"""Every page as each persona: alice (FR officer), bruno (FR supervisor), dieter (DE officer)."""

import copy
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client

from rogatory.audit.models import AuditEvent
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest, Reminder, ReminderReason
from rogatory.requests.services import create_request
from rogatory.web.tests.conftest import form_data

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)


def _draft(
    user: Any,
    document: dict[str, Any],
    reference: str = "FR-2026-0042",
    deadline: datetime | None = None,
) -> CooperationRequest:
    changed = copy.deepcopy(document)
    changed["our_reference"] = reference
    created = create_request(user, RequestDocument.model_validate(changed))
    if deadline is not None:
        # Arrange a running clock without walking the whole lifecycle.
        CooperationRequest.objects.filter(pk=created.pk).update(next_deadline_at=deadline)
    return created


def _request_pages(request_id: int) -> list[tuple[str, str]]:
    return [
        ("get", f"/requests/{request_id}/"),
        ("get", f"/requests/{request_id}/edit/"),
        ("post", f"/requests/{request_id}/edit/"),
        ("post", f"/requests/{request_id}/act/"),
        ("get", f"/requests/{request_id}/documents/1/"),
    ]


@pytest.mark.django_db
def test_every_page_asks_an_anonymous_visitor_to_sign_in(
    alice: Any,
    complete_document: dict[str, Any],
) -> None:
    request_id = _draft(alice, complete_document).pk
    pages = [
        ("get", "/"),
        ("get", "/requests/new/"),
        ("get", "/requests/incoming/new/"),
        ("get", "/directory/"),
        ("post", "/reminders/1/read/"),
        *_request_pages(request_id),
    ]
    for method, url in pages:
        response = getattr(Client(), method)(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/?next="), url


@pytest.mark.django_db
def test_another_authoritys_request_is_not_found_on_every_page(
    alice: Any,
    dieter_client: Client,
    complete_document: dict[str, Any],
) -> None:
    request_id = _draft(alice, complete_document).pk
    missing = CooperationRequest.objects.order_by("-pk").first().pk + 100  # type: ignore[union-attr]
    for method, url in [*_request_pages(request_id), *_request_pages(missing)]:
        response = getattr(dieter_client, method)(
            url, {"event": "withdraw", "reason": "x"} if method == "post" else None
        )
        assert response.status_code == 404, url
    assert CooperationRequest.objects.get(pk=request_id).state == "draft"
    denied = AuditEvent.objects.filter(action="access_denied", actor_username="dieter")
    assert denied.filter(object_id=str(request_id)).count() == 4


@pytest.mark.django_db
def test_colleagues_of_the_same_authority_see_the_request(
    alice: Any,
    bruno_client: Client,
    complete_document: dict[str, Any],
) -> None:
    request_id = _draft(alice, complete_document).pk
    page = bruno_client.get(f"/requests/{request_id}/")
    assert page.status_code == 200
    assert "No blocking defect: the request can be approved and sent." in page.content.decode()


@pytest.mark.django_db
def test_the_dashboard_lists_own_requests_by_nearest_deadline_with_time_left(
    alice: Any,
    dieter: Any,
    complete_document: dict[str, Any],
) -> None:
    with time_machine.travel(NOW, tick=False):
        _draft(alice, complete_document, "FR-LATER", NOW + timedelta(days=3, hours=4))
        _draft(alice, complete_document, "FR-SOONER", NOW + timedelta(hours=5, minutes=30))
        _draft(alice, complete_document, "FR-OVERDUE", NOW - timedelta(hours=2))
        _draft(alice, complete_document, "FR-NO-CLOCK")
        page = _client_for(alice).get("/").content.decode()
    positions = [page.index(ref) for ref in ("FR-OVERDUE", "FR-SOONER", "FR-LATER", "FR-NO-CLOCK")]
    assert positions == sorted(positions)
    assert "overdue by 2 h 0 min" in page
    assert "5 h 30 min" in page
    assert "3 d 4 h" in page
    assert "2026-12-02 17:00 Europe/Paris (UTC+01:00)" in page
    assert "Federal Criminal Police 24/7 contact point" in page
    assert 'class="badge badge-draft">Draft' in page
    assert "No requests" not in _client_for(alice).get("/").content.decode()
    assert "No requests." in _client_for(dieter).get("/").content.decode()


def _client_for(user: Any) -> Client:
    from rogatory.web.tests.conftest import signed_in

    return signed_in(user)


@pytest.mark.django_db
def test_the_dashboard_filters_by_state_and_direction(
    alice_client: Client,
    alice: Any,
    complete_document: dict[str, Any],
) -> None:
    _draft(alice, complete_document, "FR-DRAFT")
    assert "FR-DRAFT" in alice_client.get("/?state=draft").content.decode()
    assert "FR-DRAFT" not in alice_client.get("/?state=sent").content.decode()
    assert "FR-DRAFT" in alice_client.get("/?direction=outgoing").content.decode()
    filtered = alice_client.get("/?direction=incoming").content.decode()
    assert "FR-DRAFT" not in filtered
    assert "No requests match these filters." in filtered
    listed = AuditEvent.objects.filter(object_type="request_list", actor_username="alice")
    assert [(event.details["count"], event.details["filters"]) for event in listed] == [
        (1, {"state": "draft"}),
        (0, {"state": "sent"}),
        (1, {"direction": "outgoing"}),
        (0, {"direction": "incoming"}),
    ]


@pytest.mark.django_db
def test_reminders_show_on_the_dashboard_until_marked_as_read(
    alice: Any,
    alice_client: Client,
    bruno_client: Client,
    dieter_client: Client,
    complete_document: dict[str, Any],
) -> None:
    request = _draft(alice, complete_document)
    reminder = Reminder.objects.create(
        request=request,
        authority=request.owner_authority,
        clock=ReminderReason.ACKNOWLEDGEMENT_CHASE,
        created_at=NOW,
        message="No acknowledgement from Germany after 48 hours: call the 24/7 desk.",
    )
    assert "after 48 hours: call the 24/7 desk." in bruno_client.get("/").content.decode()
    assert "No acknowledgement from Germany" not in dieter_client.get("/").content.decode()
    assert dieter_client.post(f"/reminders/{reminder.pk}/read/").status_code == 404
    response = alice_client.post(f"/reminders/{reminder.pk}/read/")
    assert response.status_code == 302
    page = alice_client.get("/").content.decode()
    assert "Reminder marked as read." in page
    assert "No acknowledgement from Germany" not in page
    assert alice_client.get(f"/reminders/{reminder.pk}/read/").status_code == 405


@pytest.mark.django_db
def test_the_check_button_shows_defects_without_saving(
    alice_client: Client,
    complete_document: dict[str, Any],
) -> None:
    document = copy.deepcopy(complete_document)
    document["summary_of_facts"] = "Images uploaded."
    data = form_data(document)
    data["check"] = "1"
    response = alice_client.post("/requests/new/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert (
        "Art. 29(2)(b): the summary of facts has 2 words, too short to say who did what, "
        "when and where; write at least 25."
    ) in page
    assert "1 error (block approval and sending)" in page
    assert not CooperationRequest.objects.exists()


@pytest.mark.django_db
def test_a_reused_reference_is_refused_with_the_services_message(
    alice: Any,
    alice_client: Client,
    complete_document: dict[str, Any],
) -> None:
    _draft(alice, complete_document)
    response = alice_client.post("/requests/new/", form_data(complete_document))
    assert response.status_code == 422
    assert (
        "Our reference &#x27;FR-2026-0042&#x27; is already used by another request of this "
        "authority."
    ) in response.content.decode()


@pytest.mark.django_db
def test_an_officer_cannot_draft_for_another_authority(
    dieter_client: Client,
    complete_document: dict[str, Any],
) -> None:
    response = dieter_client.post("/requests/new/", form_data(complete_document))
    assert response.status_code == 403
    assert "You may only draft requests of your own authority." in response.content.decode()


@pytest.mark.django_db
def test_a_contact_point_of_another_authority_is_refused_on_the_form(
    alice_client: Client,
    complete_document: dict[str, Any],
) -> None:
    data = form_data(complete_document)
    data["requested_contact"] = form_data(complete_document)["requesting_contact"]
    response = alice_client.post("/requests/new/", data)
    assert response.status_code == 422
    assert (
        "&#x27;Permanence 24/7&#x27; is a contact point of another authority."
        in response.content.decode()
    )


@pytest.mark.django_db
def test_free_text_is_marked_for_right_to_left_scripts(
    alice: Any,
    alice_client: Client,
    complete_document: dict[str, Any],
) -> None:
    document = copy.deepcopy(complete_document)
    document["offence"] = "نشر مواد الاعتداء الجنسي على الأطفال"
    request = _draft(alice, document)
    page = alice_client.get(f"/requests/{request.pk}/").content.decode()
    assert '<dd dir="auto">نشر مواد الاعتداء الجنسي على الأطفال</dd>' in page
    form = alice_client.get(f"/requests/{request.pk}/edit/").content.decode()
    assert 'dir="auto"' in form
    assert "نشر مواد الاعتداء الجنسي على الأطفال" in form


@pytest.mark.django_db
def test_the_directory_lists_contact_points_with_availability_and_channels(
    dieter_client: Client,
) -> None:
    page = dieter_client.get("/directory/").content.decode()
    assert "Office for Cybercrime, 24/7 point of contact" in page
    assert "Office anti-cybercriminalité, point de contact 24/7" in page
    assert '<span class="badge badge-available">24/7</span>' in page
    assert "portal, email" in page
    assert "Europe/Dublin" in page
    assert "not stated" in page
