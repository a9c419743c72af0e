"""PDF/DOCX downloads, the read-only directory, the published schemas and the OpenAPI file."""

from typing import Any

import pytest
from django.test import Client

from rogatory.audit.models import AuditAction, AuditEvent
from rogatory.requests.document import request_json_schema


def test_the_pdf_is_the_bilingual_request_and_its_rendering_audited(
    alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = alice_client.get(f"/api/requests/{alices_request['id']}/pdf?lang=fr,en")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="FR-2026-0042-preservation-request-fr-en.pdf"'
    )
    assert response.content.startswith(b"%PDF-")
    event = AuditEvent.objects.order_by("-sequence").first()
    assert event is not None
    assert (event.action, event.details) == (
        AuditAction.RENDER,
        {"format": "pdf", "languages": ["fr", "en"]},
    )


def test_the_docx_defaults_to_the_requests_language_pair(
    alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = alice_client.get(f"/api/requests/{alices_request['id']}/docx")

    assert response.status_code == 200
    assert response.content.startswith(b"PK\x03\x04")
    assert response["Content-Disposition"] == (
        'attachment; filename="FR-2026-0042-preservation-request-fr-en.docx"'
    )


def test_an_unknown_language_is_refused(
    alices_request: dict[str, Any], alice_client: Client
) -> None:
    response = alice_client.get(f"/api/requests/{alices_request['id']}/pdf?lang=en,xx")

    assert (response.status_code, response.json()) == (
        422,
        {
            "detail": "lang: give two form languages among ar, en, es, fr, pt, ru, zh, e.g. en,fr (got 'en,xx')."
        },
    )


def test_another_authority_cannot_download(
    alices_request: dict[str, Any], dieter_client: Client
) -> None:
    response = dieter_client.get(f"/api/requests/{alices_request['id']}/pdf")

    assert (response.status_code, response.json()) == (404, {"detail": "Not found."})


def test_the_directory_lists_authorities_with_their_contact_points(
    alice_client: Client, directory: dict[str, Any]
) -> None:
    response = alice_client.get("/api/directory/authorities?country=de")

    assert response.status_code == 200
    [germany] = response.json()
    assert (germany["code"], germany["country_name"], germany["authority_type"]) == (
        "de-bka-247",
        "Germany",
        "point_of_contact",
    )
    assert germany["contact_points"][0]["email"] == "desk247@de-bka.example"


def test_the_directory_filters_by_type(alice_client: Client, directory: dict[str, Any]) -> None:
    response = alice_client.get("/api/directory/authorities?authority_type=service_provider")

    assert [row["code"] for row in response.json()] == ["ie-examplemail"]


@pytest.mark.django_db
def test_the_directory_needs_a_signed_in_user(directory: dict[str, Any]) -> None:
    assert Client().get("/api/directory/authorities").status_code == 401


@pytest.mark.django_db
def test_the_request_schema_is_public() -> None:
    response = Client().get("/api/schema/request")

    assert response.status_code == 200
    assert response.json() == request_json_schema()


@pytest.mark.django_db
def test_the_openapi_document_lists_every_route() -> None:
    response = Client().get("/api/openapi.json")

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert {
        "/api/requests",
        "/api/requests/check",
        "/api/requests/{request_id}",
        "/api/requests/{request_id}/send",
        "/api/requests/{request_id}/pdf",
        "/api/directory/authorities",
        "/api/schema/request",
    } <= set(paths)
    assert set(paths["/api/requests"]) == {"get", "post"}
    security = response.json()["components"]["securitySchemes"]
    assert security == {"SessionAuth": {"type": "apiKey", "in": "cookie", "name": "sessionid"}}


@pytest.mark.django_db
def test_the_api_explorer_is_served() -> None:
    response = Client().get("/api/docs")

    assert response.status_code == 200
    assert b"/api/openapi.json" in response.content
