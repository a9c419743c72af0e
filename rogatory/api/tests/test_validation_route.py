"""The ex-post validation of an emergency EPOC, recorded through the API and the web page."""

from typing import Any

import pytest
from django.test import Client

from rogatory.requests.tests.test_response_clocks import sent_emergency_epoc_by_police

pytestmark = pytest.mark.django_db


def test_the_api_records_the_validation_and_stops_its_clock(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = sent_emergency_epoc_by_police(alice, complete_document)
    client = Client()
    client.force_login(alice)
    before = client.get(f"/api/requests/{request.pk}").json()
    assert before["deadlines"]["validation_due_at"] == "2026-12-03T09:00:00Z"
    response = client.post(
        f"/api/requests/{request.pk}/validation",
        {"validated_by": "Juge d'instruction Exemple"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["deadlines"]["validation_due_at"] is None
    again = client.post(
        f"/api/requests/{request.pk}/validation",
        {"validated_by": "again"},
        content_type="application/json",
    )
    assert again.status_code == 409
    assert again.json()["detail"] == "This request awaits no ex-post validation."


def test_the_web_page_offers_the_validation_only_while_it_is_due(
    alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> None:
    request = sent_emergency_epoc_by_police(alice, complete_document)
    client = Client()
    client.force_login(alice)
    page = client.get(f"/requests/{request.pk}/").content.decode()
    assert '<input type="hidden" name="event" value="record_validation">' in page
    assert "Ex-post validation due" in page
    done = client.post(
        f"/requests/{request.pk}/act/",
        {"event": "record_validation", "reason": "Procureur Exemple"},
    )
    assert done.status_code == 302
    page = client.get(f"/requests/{request.pk}/").content.decode()
    assert '<input type="hidden" name="event" value="record_validation">' not in page
    assert "Record the ex-post validation: done." in page
    outsider = Client()
    outsider.force_login(dieter)
    refused = outsider.post(
        f"/requests/{request.pk}/act/", {"event": "record_validation", "reason": "x"}
    )
    assert refused.status_code == 404
