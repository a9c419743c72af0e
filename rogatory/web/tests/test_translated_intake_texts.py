"""Texts the intake and deconfliction pages take from their apps, in the chosen language: triage
flags, upload-limit refusals, look-up refusals and a match's identifier type. English stays the
default, and the API keeps the English message beside the template the pages translate."""

import html
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.intake.analysis import find_identifiers
from rogatory.intake.authority import DirectoryEntry, guess_requesting_authority
from rogatory.intake.language import detect_language
from rogatory.intake.pages import PageText
from rogatory.intake.tests.test_translation import BILINGUAL_FR_EN
from rogatory.intake.translation import find_poor_translation
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request
from rogatory.web.templatetags.rogatory_web import authority_reason, flag_text
from rogatory.web.tests.conftest import signed_in

pytestmark = pytest.mark.django_db

# A fictional letter: no kind named, asks for confidentiality.
LETTER = "Objet : demande confidentielle.\n\nNous vous remercions de votre coopération."

CONFIDENTIALITY = {
    "en": "The sender asks for confidentiality ('confidentiel').",
    "fr": "L'expéditeur demande la confidentialité (« confidentiel »).",
    "ar": "يطلب المرسِل السرية («confidentiel»).",
    "zh-hans": "发件方要求保密（“confidentiel”）。",
}
KIND_UNKNOWN = {
    "en": "No keyword names the kind of request: choose it.",
    "fr": "Aucun mot-clé n'indique le type de demande : choisissez-le.",
    "ar": "لا تدل أي كلمة مفتاحية على نوع الطلب: يُرجى اختياره.",
    "zh-hans": "没有关键词表明请求类型：请选择类型。",
}
ARTICLE_29_START = {
    "en": "Art. 29(2) items missing: Art. 29(2)(b): the offence is not named. ",
    "fr": "Éléments de l'art. 29(2) manquants : Art. 29(2)(b) : l'infraction n'est pas désignée. ",
    "ar": "عناصر ناقصة بموجب المادة 29(2): المادة 29(2)(ب): لم تُذكر الجريمة. ",
    "zh-hans": "缺少第 29 条第 2 款所列事项：第 29 条第 2 款 (b) 项：未写明犯罪。 ",
}
TOO_BIG = {
    "en": "big.txt: the file is 1001 bytes; at most 1000 are accepted.",
    "fr": "big.txt : le fichier fait 1001 octets ; 1000 au plus sont acceptés.",
    "ar": "big.txt: حجم الملف 1001 بايت؛ والحد الأقصى المقبول 1000 بايت.",
    "zh-hans": "big.txt：文件大小为 1001 字节；最多接受 1000 字节。",
}
CONTROL_CHARACTER = {
    "en": "The identifier's value holds a control character (U+0001).",
    "fr": "La valeur de l'identifiant contient un caractère de contrôle (U+0001).",
    "ar": "تتضمن قيمة المعرّف حرف تحكم (U+0001).",
    "zh-hans": "标识符的值含有控制字符（U+0001）。",
}
DRAFT_READY = {
    "en": "Draft ready",
    "fr": "Brouillon prêt",
    "ar": "المسودة جاهزة",
    "zh-hans": "草稿已就绪",
}
# The other unit's request as the match line starts, with the e-mail type's label.
MATCH_START = {
    "en": '<li>E-mail address <code dir="ltr">suspect.owl@examplemail.example</code> is '
    "already in a request of <strong>",
    "fr": '<li>Adresse électronique <code dir="ltr">suspect.owl@examplemail.example</code> '
    "figure déjà dans une demande de <strong>",
    "ar": '<li>عنوان البريد الإلكتروني <code dir="ltr">suspect.owl@examplemail.example</code> '
    "وارد بالفعل في طلب لدى <strong>",
    "zh-hans": '<li>电子邮件地址 <code dir="ltr">suspect.owl@examplemail.example</code> '
    "已见于 <strong>",
}


def _in(client: Client, language: str) -> Client:
    if language != "en":
        client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language
    return client


def _review(client: Client) -> str:
    response = client.post(
        "/intake/", {"files": [SimpleUploadedFile("lettre.txt", LETTER.encode())]}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return html.unescape(client.get(response["Location"]).content.decode())


@pytest.mark.parametrize("language", list(CONFIDENTIALITY))
def test_the_review_page_shows_the_stage_and_triage_flags_in_the_chosen_language(
    language: str, dieter: Any
) -> None:
    page = _review(_in(signed_in(dieter), language))

    assert f'<span dir="auto">{CONFIDENTIALITY[language]}</span>' in page
    assert f'<span dir="auto">{KIND_UNKNOWN[language]}</span>' in page
    assert f'<span dir="auto">{ARTICLE_29_START[language]}' in page
    assert f'<span class="badge badge-intake-drafted">{DRAFT_READY[language]}</span>' in page
    if language != "en":
        assert CONFIDENTIALITY["en"] not in page
        assert KIND_UNKNOWN["en"] not in page


def test_the_api_keeps_the_english_flag_with_its_template_and_values(
    dieter: Any, dieter_client: Client
) -> None:
    api = Client()
    api.force_login(dieter)
    api.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "fr"
    created = api.post(
        "/api/intake", {"files": [SimpleUploadedFile("lettre.txt", LETTER.encode())]}
    )

    flags = api.get(f"/api/intake/{created.json()['id']}").json()["flags"]

    assert {
        "code": "confidentiality_asked",
        "message": CONFIDENTIALITY["en"],
        "template": "The sender asks for confidentiality ('%(words)s').",
        "params": {"words": "confidentiel"},
    } in flags


@pytest.mark.parametrize("language", list(TOO_BIG))
def test_a_file_over_the_limit_is_refused_in_the_chosen_language(
    language: str, dieter: Any, settings: Any
) -> None:
    settings.INTAKE_MAX_BYTES = 1000
    client = _in(signed_in(dieter), language)

    response = client.post("/intake/", {"files": [SimpleUploadedFile("big.txt", b"x" * 1001)]})

    assert response.status_code == 422
    assert TOO_BIG[language] in html.unescape(response.content.decode())


@pytest.mark.parametrize("language", list(CONTROL_CHARACTER))
def test_a_refused_look_up_is_explained_in_the_chosen_language(language: str, alice: Any) -> None:
    client = _in(signed_in(alice), language)

    response = client.get("/identifiers/", {"type": "email", "value": "a\x01b"})

    assert response.status_code == 422
    assert CONTROL_CHARACTER[language] in html.unescape(response.content.decode())


@pytest.mark.parametrize("language", list(MATCH_START))
def test_a_match_names_its_identifier_type_in_the_chosen_language(
    language: str, alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> None:
    german = dict(complete_document, our_reference="DE-2026-7")
    german.update(
        requesting_authority={"code": "de-bka-247"},
        requesting_contact={"name": "24/7 desk"},
        requested_authority={"code": "fr-ofmin-247"},
        requested_contact={"name": "Permanence 24/7"},
    )
    create_request(dieter, RequestDocument.model_validate(german))
    alices = create_request(alice, RequestDocument.model_validate(complete_document))
    while index_one_unindexed_request(alices.created_at):
        pass

    page = _in(signed_in(alice), language).get(f"/requests/{alices.pk}/").content.decode()

    assert MATCH_START[language] in html.unescape(page)
    if language != "en":
        assert "<li>email " not in page


# --- The filters, on flags and guesses as the intake stores them ----------------------------------

POOR_TRANSLATION = {
    "en": "Possibly a poor translation: the French version gives the date '12 mars 2025' (page 1) "
    "where the English version gives '13 March 2025' (page 1).",
    "fr": "Traduction peut-être défectueuse : la version (français) donne pour date « 12 mars "
    "2025 » (page 1) là où la version (anglais) donne « 13 March 2025 » (page 1).",
    "ar": "قد تكون الترجمة رديئة: تذكر النسخة (الفرنسية) في خانة التاريخ «12 mars 2025» (الصفحة 1) "
    "بينما تذكر النسخة (الإنجليزية) «13 March 2025» (الصفحة 1).",
    "zh-hans": "译文可能质量欠佳：法文文本所载日期为“12 mars 2025”（第 1 页），而英文文本所载为"
    "“13 March 2025”（第 1 页）。",
}
SENDER_REASON = {
    "en": "the e-mail comes from poc247@fr-ofmin.example, its contact address",
    "fr": "le courriel provient de poc247@fr-ofmin.example, son adresse de contact",
    "ar": "ورد البريد الإلكتروني من poc247@fr-ofmin.example، وهو عنوان الاتصال الخاص بها",
    "zh-hans": "电子邮件发自其联络地址 poc247@fr-ofmin.example",
}


@pytest.mark.parametrize("language", list(POOR_TRANSLATION))
def test_a_poor_translation_names_the_versions_languages_in_the_chosen_language(
    language: str,
) -> None:
    page = PageText(0, 1, BILINGUAL_FR_EN, None, detect_language(BILINGUAL_FR_EN))
    flag = find_poor_translation([page], find_identifiers(page))
    assert flag is not None

    with translation.override(language):
        shown = flag_text(flag.as_dict())

    assert shown == POOR_TRANSLATION[language]
    assert flag.message == POOR_TRANSLATION["en"]


@pytest.mark.parametrize("language", list(SENDER_REASON))
def test_the_authority_guess_gives_its_reason_in_the_chosen_language(language: str) -> None:
    entry = DirectoryEntry(
        "fr-ofmin-247", "Office for Cybercrime", "", "FR", ("poc247@fr-ofmin.example",)
    )
    text = "From: Permanence <poc247@fr-ofmin.example>\n\nDemande de conservation"
    page = PageText(0, 1, text, None, "fr")
    guess = guess_requesting_authority([page], find_identifiers(page), [entry]).as_dict()

    with translation.override(language):
        shown = authority_reason(guess)

    assert shown == SENDER_REASON[language]
    assert guess["reason"] == SENDER_REASON["en"]


def test_a_flag_stored_before_templates_were_kept_shows_its_english_message() -> None:
    stored = {"code": "kind_unknown", "message": KIND_UNKNOWN["en"]}

    with translation.override("fr"):
        assert flag_text(stored) == KIND_UNKNOWN["en"]
        assert authority_reason({"reason": SENDER_REASON["en"]}) == SENDER_REASON["en"]
