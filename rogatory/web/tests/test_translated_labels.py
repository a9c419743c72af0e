"""Words the pages take from other apps, in the chosen language: state badges, lifecycle events,
completeness defects, time left and refusals; English stays the default and the API's text."""

import html
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


# A kind's own missing message, an advice finding, a channel's name and a refusal, per language.
KIND_MISSING = "Art. 31: the offence is not named."
NOT_PARTY = (
    "China is not a party to the Budapest Convention (CETS 185): no Budapest Convention Art. 29 "
    "request can be sent there."
)
UNKNOWN_COUNTRY = "Unknown country 'ZZ': use an ISO 3166-1 alpha-2 code such as DE."
ADVICE_EXPECTED = {
    "fr": (
        "Art. 31 : l'infraction n'est pas désignée.",
        "Chine n'est pas partie à la Convention de Budapest (STCE 185) : aucune demande au titre "
        "de Convention de Budapest, art. 29 ne peut y être envoyée.",
        "Réseau 24/7",
        "Pays inconnu « ZZ » : utilisez un code ISO 3166-1 alpha-2 tel que DE.",
    ),
    "ar": (
        "المادة 31: لم تُذكر الجريمة.",
        "الصّين ليست طرفًا في اتفاقية بودابست (CETS 185): لا يمكن إرسال أي طلب بموجب "
        "اتفاقية بودابست، المادة 29 إليها.",
        "شبكة 24/7",
        "بلد غير معروف «ZZ»: استخدم رمز ISO 3166-1 alpha-2 مثل DE.",
    ),
    "zh-hans": (
        "第 31 条：未写明犯罪。",
        "中国 不是《布达佩斯公约》（CETS 185）的缔约方：不能向其发送依据 《布达佩斯公约》第 29 条 的请求。",
        "24/7 网络",
        "未知国家“ZZ”：请使用 ISO 3166-1 alpha-2 代码，例如 DE。",
    ),
}


def _advice_page(client: Client, country: str) -> str:
    query = f"measure=preservation&requested_country={country}&urgency=urgent"
    return html.unescape(client.get(f"/advice/?{query}").content.decode())


@pytest.mark.parametrize("language", list(ADVICE_EXPECTED))
def test_a_kinds_own_missing_message_is_translated_and_stays_english_for_machines(
    language: str, complete_document: dict[str, Any]
) -> None:
    document = RequestDocument.model_validate(
        {**complete_document, "kind": "mla_subscriber", "offence": ""}
    )
    with translation.override(language):
        found = next(d for d in check_request(document) if d.code == "offence_missing")
        shown = found.text

    assert found.message == KIND_MISSING
    assert shown == ADVICE_EXPECTED[language][0]


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(ADVICE_EXPECTED))
def test_the_advice_page_says_findings_and_channels_in_the_chosen_language(
    language: str, alice: Any
) -> None:
    _kind, finding, channel, _refusal = ADVICE_EXPECTED[language]
    client = _in(signed_in(alice), language)

    blocked = _advice_page(client, "CN")
    open_channels = _advice_page(client, "DE")

    assert 'data-code="not_party"><strong>' in blocked
    assert f"</strong> {finding}\n" in blocked
    assert NOT_PARTY not in blocked
    assert f'data-channel="network_24_7"><strong>{channel}</strong>' in open_channels


@pytest.mark.django_db
@pytest.mark.parametrize("language", list(ADVICE_EXPECTED))
def test_a_refusal_of_the_advisor_is_shown_in_the_chosen_language(
    language: str, alice: Any
) -> None:
    page = _advice_page(_in(signed_in(alice), language), "ZZ")

    assert ADVICE_EXPECTED[language][3] in page
    assert UNKNOWN_COUNTRY not in page


@pytest.mark.django_db
def test_english_stays_the_default_for_advice_and_the_api_keeps_it(alice: Any) -> None:
    client = signed_in(alice)

    page = _advice_page(client, "CN")
    refused = _advice_page(client, "ZZ")
    answer = _in(signed_in(alice), "fr").post(
        "/api/advice",
        {"measure": "preservation", "requested_country": "CN"},
        content_type="application/json",
        headers={"accept-language": "fr"},
    )

    assert f"</strong> {NOT_PARTY}\n" in page
    assert "<strong>24/7 network</strong>" in _advice_page(client, "DE")
    assert UNKNOWN_COUNTRY in refused
    assert NOT_PARTY in [finding["message"] for finding in answer.json()["findings"]]
