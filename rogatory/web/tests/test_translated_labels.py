"""Words the pages take from other apps, in the chosen language: state badges, lifecycle events,
completeness defects, time left and refusals; English stays the default and the API's text."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.utils import translation

from rogatory.core.errors import InvalidTransition
from rogatory.requests.checks import check_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import state_label
from rogatory.requests.queries import time_left
from rogatory.requests.services import create_request
from rogatory.web.tests.conftest import signed_in

SIGNATURE_MISSING = "Signature: the name of the person signing is missing."
# The draft's badge, its first timeline row and the missing signature, per language.
EXPECTED = {
    "fr": (
        "Brouillon",
        "Rédaction → Brouillon",
        "Signature : le nom du signataire est manquant.",
    ),
    "es": ("Borrador", "Redacción → Borrador", "Firma: falta el nombre del firmante."),
    "pt": ("Rascunho", "Redação → Rascunho", "Assinatura: falta o nome do signatário."),
    "ru": ("Черновик", "Составление → Черновик", "Подпись: не указано имя подписывающего лица."),
    "ar": ("مسودة", "الصياغة ← مسودة", "التوقيع: اسم الموقِّع مفقود."),
    "zh-hans": ("草稿", "起草 → 草稿", "签名：缺少签署人姓名。"),
}


def _in(client: Client, language: str) -> Client:
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language
    return client


def _unsigned_draft(alice: Any, complete_document: dict[str, Any]) -> int:
    document = RequestDocument.model_validate({**complete_document, "signatory_name": ""})
    return create_request(alice, document).pk


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(EXPECTED))
def test_the_request_page_shows_its_state_timeline_and_defects_in_the_chosen_language(
    language: str, alice: Any, complete_document: dict[str, Any]
) -> None:
    request_id = _unsigned_draft(alice, complete_document)
    badge, timeline, defect = EXPECTED[language]

    page = _in(signed_in(alice), language).get(f"/requests/{request_id}/").content.decode()

    assert f'<span class="badge badge-draft">{badge}</span>' in page
    assert f'<span class="timeline-what">{timeline}</span>' in page
    assert f'data-code="signatory_missing">{defect}</li>' in page
    assert SIGNATURE_MISSING not in page


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(EXPECTED))
def test_the_dashboard_badges_the_state_in_the_chosen_language(
    language: str, alice: Any, complete_document: dict[str, Any]
) -> None:
    _unsigned_draft(alice, complete_document)

    page = _in(signed_in(alice), language).get("/").content.decode()

    assert f'<span class="badge badge-draft">{EXPECTED[language][0]}</span>' in page


@pytest.mark.django_db
def test_english_stays_the_default_for_badges_events_and_defects(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request_id = _unsigned_draft(alice, complete_document)

    page = signed_in(alice).get(f"/requests/{request_id}/").content.decode()

    assert '<span class="badge badge-draft">Draft</span>' in page
    assert '<span class="timeline-what">Draft → Draft</span>' in page
    assert f'data-code="signatory_missing">{SIGNATURE_MISSING}</li>' in page


@pytest.mark.django_db
def test_the_api_keeps_the_english_defect_whatever_the_language_asked(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    client = _in(signed_in(alice), "fr")

    response = client.post(
        "/api/requests/check",
        {**complete_document, "signatory_name": ""},
        content_type="application/json",
        headers={"accept-language": "fr"},
    )

    assert response.status_code == 200
    assert {"code": "signatory_missing", "message": SIGNATURE_MISSING} in [
        {"code": defect["code"], "message": defect["message"]}
        for defect in response.json()["defects"]
    ]


def test_a_defect_with_values_is_translated_around_them_and_stays_english_for_machines(
    complete_document: dict[str, Any],
) -> None:
    item = {**complete_document["data_items"][0], "identifier_type": "ip_address"}
    item.update(value="192.0.2.10", observed_at="2026-11-20T14:03:00", time_zone="")
    document = RequestDocument.model_validate({**complete_document, "data_items": [item]})
    with translation.override("fr"):
        defect = next(
            found
            for found in check_request(document)
            if found.code == "ip_address_without_time_zone"
        )
        shown = defect.text

    assert defect.message == (
        "Data item 1 (IP address 192.0.2.10): the date-time 2026-11-20T14:03:00 has no time "
        "zone; state it (e.g. +01:00 or Europe/Paris), or the provider may look at the wrong hour."
    )
    assert shown == (
        "Donnée n° 1 (Adresse IP 192.0.2.10) : la date et heure 2026-11-20T14:03:00 n'a pas de "
        "fuseau horaire ; indiquez-le (p. ex. +01:00 ou Europe/Paris), sans quoi le fournisseur "
        "risque de consulter la mauvaise heure."
    )


NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("language", "delta", "expected"),
    [
        ("en", timedelta(days=3, hours=4), "3 d 4 h"),
        ("en", -timedelta(hours=2, minutes=5), "overdue by 2 h 5 min"),
        ("fr", timedelta(days=3, hours=4), "3 j 4 h"),
        ("fr", -timedelta(minutes=7), "en retard de 7 min"),
        ("es", -timedelta(days=1, hours=2), "con 1 d 2 h de retraso"),
        ("pt", timedelta(hours=5, minutes=1), "5 h 1 min"),
        ("ru", -timedelta(days=2, hours=1), "просрочено на 2 д 1 ч"),
        ("ar", timedelta(days=3, hours=11), "3 أيام و11 ساعة"),
        ("ar", -timedelta(minutes=5), "متأخر بمقدار 5 دقائق"),
        ("zh-hans", timedelta(days=3, hours=4), "3 天 4 小时"),
    ],
)
def test_time_left_is_said_in_the_active_language(
    language: str, delta: timedelta, expected: str
) -> None:
    with translation.override(language):
        assert time_left(NOW + delta, NOW) == expected


def test_a_refusal_is_english_for_the_api_and_translated_for_the_page() -> None:
    refused = InvalidTransition(
        "Cannot approve a request in state '%(state)s'.", params={"state": state_label("sent")}
    )

    with translation.override("ru"):
        shown = refused.text

    assert refused.message == "Cannot approve a request in state 'Sent'."
    assert shown == "Нельзя утвердить запрос в состоянии «Отправлен»."
