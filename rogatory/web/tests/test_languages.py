"""The web UI in the seven languages: every page translated, Arabic right to left, the language
chooser through Django's set_language view, and no template text left unmarked."""

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.test import Client
from django.utils import translation

from rogatory.deconfliction.queries import Match
from rogatory.intake.services import process_intake, receive_intake
from rogatory.intake.tests import letters
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request
from rogatory.web.templatetags.deconfliction import draft_match_texts, fill, match_line
from rogatory.web.tests.conftest import signed_in

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "web"
LANGUAGES = ["fr", "es", "pt", "ru", "ar", "zh-hans"]

# One translated sentence of each main page, per language, and its English source.
PAGES = {
    "sign_in": "For authorised officers of a registered authority. Every sign-in and every "
    "access to a request is recorded.",
    "dashboard": "New outgoing request",
    "request_form": "Check (without saving)",
    "request_detail": "No running clock.",
    "intake_upload": "Recent intakes",
    "intake_review": "What was read",
    "identifiers": "Every look-up is recorded in the audit log.",
    "overview": "Identifiers asked most",
    "directory": "Directory of authorities and contact points",
    "glossary": "Glossary of legal and technical terms",
    "advice": "Blocked channels",
}
EXPECTED: dict[str, dict[str, str]] = {
    "fr": {
        "sign_in": "Réservé aux agents habilités d'une autorité enregistrée.",
        "dashboard": "Nouvelle demande sortante",
        "request_form": "Contrôler (sans enregistrer)",
        "request_detail": "Aucun délai en cours.",
        "intake_upload": "Réceptions récentes",
        "intake_review": "Ce qui a été lu",
        "identifiers": "Chaque recherche est consignée dans le journal d'audit.",
        "overview": "Identifiants les plus demandés",
        "directory": "Annuaire des autorités et points de contact",
        "glossary": "Glossaire des termes juridiques et techniques",
        "advice": "Voies exclues",
    },
    "es": {
        "sign_in": "Reservado a los funcionarios autorizados de una autoridad registrada.",
        "dashboard": "Nueva solicitud saliente",
        "request_form": "Comprobar (sin guardar)",
        "request_detail": "Ningún plazo en curso.",
        "intake_upload": "Recepciones recientes",
        "intake_review": "Lo que se ha leído",
        "identifiers": "Cada búsqueda queda registrada en el registro de auditoría.",
        "overview": "Identificadores más solicitados",
        "directory": "Directorio de autoridades y puntos de contacto",
        "glossary": "Glosario de términos jurídicos y técnicos",
        "advice": "Canales excluidos",
    },
    "pt": {
        "sign_in": "Reservado aos funcionários autorizados de uma autoridade registada.",
        "dashboard": "Novo pedido enviado",
        "request_form": "Verificar (sem guardar)",
        "request_detail": "Nenhum prazo em curso.",
        "intake_upload": "Receções recentes",
        "intake_review": "O que foi lido",
        "identifiers": "Cada pesquisa é registada no registo de auditoria.",
        "overview": "Identificadores mais pedidos",
        "directory": "Diretório de autoridades e pontos de contacto",
        "glossary": "Glossário de termos jurídicos e técnicos",
        "advice": "Vias excluídas",
    },
    "ru": {
        "sign_in": "Для уполномоченных сотрудников зарегистрированного органа.",
        "dashboard": "Новый исходящий запрос",
        "request_form": "Проверить (без сохранения)",
        "request_detail": "Текущих сроков нет.",
        "intake_upload": "Последние приемы",
        "intake_review": "Что было прочитано",
        "identifiers": "Каждый поиск фиксируется в журнале аудита.",
        "overview": "Наиболее часто запрашиваемые идентификаторы",
        "directory": "Справочник органов и контактных пунктов",
        "glossary": "Глоссарий юридических и технических терминов",
        "advice": "Исключенные каналы",
    },
    "ar": {
        "sign_in": "مخصص للموظفين المأذون لهم في سلطة مسجلة.",
        "dashboard": "طلب صادر جديد",
        "request_form": "التحقق (دون حفظ)",
        "request_detail": "لا يوجد أجل جارٍ.",
        "intake_upload": "عمليات الاستلام الأخيرة",
        "intake_review": "ما تمت قراءته",
        "identifiers": "يُسجَّل كل بحث في سجل التدقيق.",
        "overview": "المعرّفات الأكثر طلبًا",
        "directory": "دليل السلطات وجهات الاتصال",
        "glossary": "مسرد المصطلحات القانونية والتقنية",
        "advice": "القنوات المستبعدة",
    },
    "zh-hans": {
        "sign_in": "仅供已登记机关的授权官员使用。",
        "dashboard": "新建发出请求",
        "request_form": "检查（不保存）",
        "request_detail": "无进行中的期限。",
        "intake_upload": "最近收件",
        "intake_review": "读取结果",
        "identifiers": "每次查询均记入审计日志。",
        "overview": "被请求最多的标识符",
        "directory": "机关和联络点名录",
        "glossary": "法律和技术术语表",
        "advice": "不可用的渠道",
    },
}


def _in(client: Client, language: str) -> Client:
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = language
    return client


def _pages(alice: Any, bruno: Any, complete_document: dict[str, Any]) -> dict[str, str]:
    request_id = create_request(alice, RequestDocument.model_validate(complete_document)).pk
    batch = receive_intake(alice, [("lettre.txt", "\n".join(letters.FRENCH).encode())])
    process_intake(batch.pk)
    return {
        "dashboard": "/",
        "request_form": "/requests/new/",
        "request_detail": f"/requests/{request_id}/",
        "intake_upload": "/intake/",
        "intake_review": f"/intake/{batch.pk}/",
        "identifiers": "/identifiers/?type=email&value=nobody%40example.org",
        "directory": "/directory/",
        "glossary": "/glossary/",
        "advice": "/advice/?measure=preservation&requested_country=DE&urgency=urgent",
    }


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_pages_are_shown_in_the_chosen_language(
    language: str, alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    pages = _pages(alice, bruno, complete_document)
    officer = _in(signed_in(alice), language)
    supervisor = _in(signed_in(bruno), language)
    responses = {name: officer.get(url) for name, url in pages.items()}
    responses["overview"] = supervisor.get("/identifiers/overview/")
    responses["sign_in"] = _in(Client(), language).get("/accounts/login/")

    direction = "rtl" if language == "ar" else "ltr"
    for name, response in responses.items():
        page = response.content.decode()
        assert response.status_code == 200, (name, page[:500])
        assert f'<html lang="{language}" dir="{direction}">' in page, name
        assert EXPECTED[language][name] in page, name
        assert PAGES[name] not in page, name


@pytest.mark.django_db
def test_english_stays_the_default_without_a_choice_or_a_browser_preference() -> None:
    page = Client().get("/accounts/login/").content.decode()

    assert '<html lang="en" dir="ltr">' in page
    assert PAGES["sign_in"] in page


@pytest.mark.django_db
def test_the_browsers_accept_language_is_followed_when_nothing_was_chosen() -> None:
    page = Client(headers={"accept-language": "ar,en;q=0.5"}).get("/accounts/login/")

    assert '<html lang="ar" dir="rtl">' in page.content.decode()
    assert EXPECTED["ar"]["sign_in"] in page.content.decode()


@pytest.mark.django_db
def test_the_chooser_lists_every_language_by_its_own_name_with_the_current_one_selected() -> None:
    page = _in(Client(), "ru").get("/accounts/login/").content.decode()

    chooser = page[page.index('<form class="language-choice"') :]
    chooser = chooser[: chooser.index("</form>")]
    assert 'action="/language/"' in chooser
    assert 'name="csrfmiddlewaretoken"' in chooser
    assert '<input type="hidden" name="next" value="/accounts/login/">' in chooser
    options = re.findall(
        r'<option value="([^"]+)" lang="[^"]+"( selected)?>([^<]+)</option>', chooser
    )
    assert options == [
        ("en", "", "English"),
        ("fr", "", "Français"),
        ("es", "", "Español"),
        ("pt", "", "Português"),
        ("ru", " selected", "Русский"),
        ("ar", "", "العربيّة"),
        ("zh-hans", "", "简体中文"),
    ]


@pytest.mark.django_db
def test_choosing_a_language_through_the_real_view_is_remembered_for_a_year() -> None:
    client = Client(enforce_csrf_checks=True)
    form = client.get("/accounts/login/").content.decode()
    token = re.search(
        r'class="language-choice".*?name="csrfmiddlewaretoken" value="([^"]+)"', form, re.S
    )
    assert token is not None

    response = client.post(
        "/language/",
        {"language": "fr", "next": "/accounts/login/", "csrfmiddlewaretoken": token.group(1)},
    )

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"
    cookie = response.cookies[django_settings.LANGUAGE_COOKIE_NAME]
    assert cookie.value == "fr"
    assert cookie["max-age"] == 365 * 24 * 3600
    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"] is True
    page = client.get("/accounts/login/").content.decode()
    assert '<html lang="fr" dir="ltr">' in page
    assert "<h1>Se connecter</h1>" in page


@pytest.mark.django_db
def test_after_a_refused_post_the_chooser_returns_to_the_page_the_form_came_from(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request_id = create_request(alice, RequestDocument.model_validate(complete_document)).pk
    client = signed_in(alice)
    refused = client.post(f"/requests/{request_id}/act/", {"event": "withdraw", "reason": ""})
    assert refused.status_code == 422
    assert 'name="next"' not in refused.content.decode()

    response = client.post(
        "/language/", {"language": "es"}, headers={"referer": f"/requests/{request_id}/"}
    )

    assert response["Location"] == f"/requests/{request_id}/"
    assert "Ningún plazo en curso." in client.get(response["Location"]).content.decode()


@pytest.mark.django_db
def test_the_chooser_refuses_a_post_without_the_csrf_token() -> None:
    response = Client(enforce_csrf_checks=True).post("/language/", {"language": "fr"})

    assert response.status_code == 403
    assert django_settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.django_db
def test_the_chooser_sends_nobody_to_another_site_and_ignores_an_unknown_language() -> None:
    client = Client()
    response = client.post("/language/", {"language": "xx", "next": "https://elsewhere.example/"})

    assert response.status_code == 302
    assert response["Location"] == "/"
    assert django_settings.LANGUAGE_COOKIE_NAME not in response.cookies


@pytest.mark.django_db
def test_instants_keep_their_time_zone_and_read_left_to_right_on_arabic_pages(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    create_request(alice, RequestDocument.model_validate(complete_document))
    client = _in(signed_in(alice), "ar")
    batch = receive_intake(alice, [("lettre.txt", b"Demande de conservation")])
    process_intake(batch.pk)

    page = client.get("/intake/").content.decode()

    assert re.search(
        r'<bdi dir="ltr">\d{4}-\d\d-\d\d \d\d:\d\d Europe/Paris \(UTC\+0[12]:00\)</bdi>', page
    )
    assert "<bdi" not in _in(signed_in(alice), "fr").get("/intake/").content.decode()


def test_the_stylesheet_uses_logical_properties_only() -> None:
    stylesheet = (TEMPLATES.parent.parent / "static" / "web" / "rogatory.css").read_text()
    inline_styles = "".join(
        path.read_text() for path in TEMPLATES.glob("*.html") if "<style>" in path.read_text()
    )

    for source in (stylesheet, inline_styles):
        assert re.findall(r"(?:margin|padding|border)-(?:left|right)\b", source) == []
        assert re.findall(r"text-align:\s*(?:left|right)\b", source) == []
        assert re.findall(r"(?<![-\w])(?:left|right):", source) == []


# --- The live box's sentences ------------------------------------------------------------------


def _match(**changes: Any) -> Match:
    values: dict[str, Any] = {
        "identifier_type": "email",
        "value": "suspect.owl@examplemail.example",
        "request_id": 7,
        "unit_code": "de-bka-247",
        "unit_name": "Federal Criminal Police 24/7 contact point",
        "contact_name": "24/7 desk",
        "contact_email": "desk247@de-bka.example",
        "contact_phone": "+49 611 000000",
        "provider": "ExampleMail Ltd",
        "date": None,
        "state": "Draft",
        "visible": False,
    }
    return Match(**{**values, **changes})


def test_a_match_line_is_one_translated_sentence_with_the_values_escaped() -> None:
    with translation.override("fr"):
        line = match_line(_match(unit_name="<b>Unit</b>"))

    assert line == (
        'Adresse électronique <code dir="ltr">suspect.owl@examplemail.example</code> figure déjà '
        "dans une demande de <strong>&lt;b&gt;Unit&lt;/b&gt;</strong> (de-bka-247) à ExampleMail Ltd, "
        "—, Brouillon."
    )


def test_a_translated_pattern_cannot_inject_markup() -> None:
    assert fill("<i>%(unit)s</i> & co", {"unit": "<strong>x</strong>"}) == (
        "&lt;i&gt;<strong>x</strong>&lt;/i&gt; &amp; co"
    )


@pytest.mark.parametrize(
    ("language", "category", "count", "expected"),
    [
        ("en", "one", 1, "1 match: coordinate before acting."),
        ("en", "other", 3, "3 matches: coordinate before acting."),
        ("ru", "few", 3, "3 совпадения: согласуйте действия заранее."),
        ("ru", "many", 11, "11 совпадений: согласуйте действия заранее."),
        ("ar", "two", 2, "تطابقان: نسّقوا قبل اتخاذ أي إجراء."),
        ("ar", "many", 11, "11 تطابقًا: نسّقوا قبل اتخاذ أي إجراء."),
        ("zh-hans", "other", 5, "5 项匹配：请先协调再采取行动。"),
    ],
)
def test_the_script_gets_each_plural_category_in_the_pages_language(
    language: str, category: str, count: int, expected: str
) -> None:
    with translation.override(language):
        pattern = draft_match_texts()["count"][category]

    assert pattern.replace("%(count)s", str(count)) == expected


# --- No template text left unmarked --------------------------------------------------------------

_BLOCKS = re.compile(r"{%\s*(blocktranslate|blocktrans|comment)\b.*?%}.*?{%\s*end\1\s*%}", re.S)
_COMMENT = re.compile(r"{#.*?#}", re.S)
_TAG = re.compile(r"{%.*?%}|{{.*?}}", re.S)
_WORD = re.compile(r"[^\W\d_]+")
# The product's name and its letter mark, a digest's name, and language codes given as an example.
_NOT_WORDS = {"Rogatory", "R", "SHA", "fr", "ar"}
_SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}


class _VisibleText(HTMLParser):
    """Collect what a reader sees: text outside <style> and <script>, and the shown attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"style", "script"}:
            self.hidden += 1
        self.texts.extend(value for name, value in attrs if name in _SHOWN_ATTRIBUTES and value)

    def handle_endtag(self, tag: str) -> None:
        if tag in {"style", "script"}:
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.texts.append(data)


def unmarked_words(template: str) -> list[str]:
    """Return the words a template shows outside {% translate %} and {% blocktranslate %}."""
    source = _TAG.sub("", _BLOCKS.sub("", _COMMENT.sub("", template)))
    parser = _VisibleText()
    parser.feed(source)
    parser.close()
    return [word for text in parser.texts for word in _WORD.findall(text) if word not in _NOT_WORDS]


def test_no_template_shows_text_outside_a_translate_tag() -> None:
    templates = sorted(TEMPLATES.glob("*.html"))
    assert len(templates) == 20

    found = {path.name: unmarked_words(path.read_text()) for path in templates}

    assert {name: words for name, words in found.items() if words} == {}


def test_the_template_check_finds_text_and_shown_attributes_left_unmarked() -> None:
    template = (
        '{% load i18n %}<h1>{% translate "Requests" %} {{ count }}</h1>'
        '<p title="Show it">{% blocktranslate %}Sent {{ when }}{% endblocktranslate %} by hand</p>'
        "<style>.x { color: red; }</style>{# a comment #}<button>Save</button>"
    )

    assert unmarked_words(template) == ["Show", "it", "by", "hand", "Save"]
