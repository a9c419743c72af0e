"""Web fixtures: the request form's POST data built from a portable document, signed-in clients."""

from typing import Any

import pytest
from django.test import Client

from conftest import PASSWORD
from rogatory.directory.models import ContactPoint


@pytest.fixture(autouse=True)
def _media_in_tmp(media_root: Any) -> None:
    # Rendered PDF/DOCX files of the journeys never land in the working tree.
    return None


SCALARS = (
    "request_date",
    "our_reference",
    "their_reference",
    "ticket_status",
    "previous_ticket",
    "requesting_person_name",
    "preferred_reply_channel",
    "investigating_authority",
    "prosecutor_or_court",
    "case_number",
    "offence",
    "legal_provisions",
    "maximum_penalty",
    "summary_of_facts",
    "relation_to_offence",
    "system_location",
    "necessity_of_preservation",
    "confidentiality_note",
    "urgency",
    "urgency_reason",
    "signatory_name",
    "signatory_title",
    "language",
    "counterpart_language",
)
FLAGS = ("intends_mla_request", "is_confidential", "requests_art30_disclosure")


def _contact_pk(authority: dict[str, Any], contact: dict[str, Any] | None) -> str:
    if not contact or not contact.get("name"):
        return ""
    return str(ContactPoint.objects.get(authority__code=authority["code"], name=contact["name"]).pk)


def form_data(document: dict[str, Any]) -> dict[str, Any]:
    """Return what a browser posts when the request form is filled with this document."""
    data: dict[str, Any] = {name: document.get(name, "") for name in SCALARS}
    data.setdefault("ticket_status", "new")
    data["ticket_status"] = data["ticket_status"] or "new"
    data["preferred_reply_channel"] = data["preferred_reply_channel"] or "email"
    data["urgency"] = data["urgency"] or "urgent"
    data["language"] = data["language"] or "en"
    data["counterpart_language"] = data["counterpart_language"] or "en"
    for flag in FLAGS:
        if document.get(flag):
            data[flag] = "on"
    for side in ("requesting", "requested"):
        authority = document.get(f"{side}_authority") or {}
        data[f"{side}_authority"] = authority.get("code", "")
        data[f"{side}_contact"] = _contact_pk(authority, document.get(f"{side}_contact"))
    confirmation = document.get("confirmation_contact") or {}
    for key in ("name", "title", "phone", "email"):
        data[f"confirmation_{key}"] = confirmation.get(key, "")
    custodian = document.get("custodian") or {}
    data["custodian"] = custodian.get("code", "")
    data["custodian_name"] = "" if custodian.get("code") else custodian.get("name", "")
    items = document.get("data_items", [])
    data.update(
        {
            "items-TOTAL_FORMS": str(len(items)),
            "items-INITIAL_FORMS": "0",
            "items-MIN_NUM_FORMS": "0",
            "items-MAX_NUM_FORMS": "1000",
        }
    )
    for index, item in enumerate(items):
        prefix = f"items-{index}-"
        for key in (
            "identifier_type",
            "value",
            "observed_at",
            "time_zone",
            "period_start",
            "period_end",
            "note",
        ):
            data[prefix + key] = item.get(key) or ""
        data[prefix + "port"] = "" if item.get("port") is None else str(item["port"])
        data[prefix + "data_categories"] = list(item.get("data_categories", []))
    return data


def signed_in(user: Any) -> Client:
    """Return a test client signed in through the real sign-in page."""
    client = Client()
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()
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


def kind_form_data(document: dict[str, Any]) -> dict[str, Any]:
    """Return what the browser posts for a document of any kind: the T-CY fields, the kind and
    the kind's own fields (lists comma-separated, booleans ticked)."""
    data = {key: "" if value is None else value for key, value in form_data(document).items()}
    data["kind"] = document.get("kind", "preservation")
    for name, value in document.get("details", {}).items():
        if isinstance(value, bool):
            if value:
                data[f"detail_{name}"] = "on"
        elif isinstance(value, list):
            data[f"detail_{name}"] = ", ".join(value)
        elif value is not None:
            data[f"detail_{name}"] = str(value)
    return data
