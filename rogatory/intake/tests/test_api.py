from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from rogatory.intake.tests import files, letters
from rogatory.transmission.models import Transmission

pytestmark = pytest.mark.django_db


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_an_uploaded_letter_is_answered_with_its_stored_result_and_can_be_confirmed(
    dieter: Any,
) -> None:
    client = _client(dieter)
    pdf = files.pdf_from_html("".join(f"<p>{line}</p>" for line in letters.FRENCH))
    upload = SimpleUploadedFile("requisition.pdf", pdf, content_type="application/pdf")
    created = client.post("/api/intake", {"files": [upload]})
    assert created.status_code == 201
    body = created.json()
    assert (body["stage"], body["language"]) == ("drafted", "fr")
    assert body["documents"][0]["file_name"] == "requisition.pdf"
    assert client.get(f"/api/intake/{body['id']}").json() == body
    confirmed = client.post(
        f"/api/intake/{body['id']}/confirm",
        {"requesting_authority": "fr-ofmin-247", "our_reference": "IN-7"},
        content_type="application/json",
    )
    assert confirmed.status_code == 200
    transmission = Transmission.objects.get()
    assert confirmed.json() == {
        "request_id": transmission.request_id,
        "transmission_id": transmission.pk,
    }
    again = client.post(
        f"/api/intake/{body['id']}/confirm",
        {"requesting_authority": "fr-ofmin-247", "our_reference": "IN-8"},
        content_type="application/json",
    )
    assert again.status_code == 409
    assert again.json() == {
        "detail": "Only a ready draft can be confirmed; this intake is 'Confirmed and acknowledged'."
    }


def test_an_upload_without_files_is_refused(dieter: Any) -> None:
    response = _client(dieter).post("/api/intake", {})
    assert response.status_code == 422
    assert response.json() == {"detail": "Give at least one file."}
