"""The glossary: its data file, the query, the page and the include shown while drafting."""

import csv
from typing import Any

import pytest
from django.template.loader import render_to_string
from django.test import Client

from conftest import PASSWORD
from rogatory.core.errors import ValidationFailed
from rogatory.core.languages import LANGUAGE_RECORDS
from rogatory.glossary.queries import terms_for
from rogatory.glossary.terms import TERMS_FILE, GlossaryDataError, all_terms, parse_terms

REQUIRED_TERMS = {
    "preservation",
    "expedited_preservation",
    "mutual_legal_assistance",
    "subscriber_information",
    "traffic_data",
    "content_data",
    "service_provider",
    "point_of_contact",
    "central_authority",
    "dual_criminality",
    "requesting_party",
    "requested_party",
    "letters_rogatory",
    "production_order",
    "epoc",
    "emergency_disclosure",
    "ip_address",
    "time_zone",
    "cgnat",
    "source_port",
    "acknowledgement_of_receipt",
    "confidentiality",
}
SOURCES = (
    "Convention official text",
    "Second Additional Protocol official text",
    "European Convention on Mutual Assistance in Criminal Matters official text",
    "Second Additional Protocol to the European Convention on Mutual Assistance official text",
    "EU Regulation 2023/1543 official language versions",
    "Rogatory translation",
)
HEADER = "key,reference,en,fr,es,pt,ru,ar,zh,source,reviewed"
FR_PRESERVATION = "conservation rapide de données informatiques stockées"
AR_PRESERVATION = "الحفظ العاجل لبيانات الحاسوب المخزنة"
ZH_PRESERVATION = "快速保存已存储的计算机数据"


def _client(user: Any) -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    return client


# --- The data file ----------------------------------------------------------------------------


def test_glossary_holds_at_least_forty_terms_in_all_seven_languages() -> None:
    terms = all_terms()

    assert len(terms) >= 40
    assert {term.key for term in terms} >= REQUIRED_TERMS
    assert all(set(term.texts) == set(LANGUAGE_RECORDS) for term in terms)
    assert all(all(text.strip() for text in term.texts.values()) for term in terms)


def test_every_term_names_its_source_and_none_is_reviewed_yet() -> None:
    terms = all_terms()

    assert [term.key for term in terms if not term.source.startswith(SOURCES)] == []
    assert [term.key for term in terms if not term.reference] == []
    assert [term.key for term in terms if term.is_reviewed] == []


def test_convention_terms_use_the_official_wording() -> None:
    terms = {term.key: term.texts for term in all_terms()}

    assert terms["expedited_preservation"]["fr"] == FR_PRESERVATION
    assert terms["expedited_preservation"]["pt"] == (
        "conservação expedita de dados informáticos armazenados"
    )
    assert terms["expedited_preservation"]["ru"] == (
        "оперативное обеспечение сохранности хранимых компьютерных данных"
    )
    assert terms["expedited_preservation"]["ar"] == AR_PRESERVATION
    assert terms["expedited_preservation"]["zh"] == ZH_PRESERVATION
    assert terms["requested_party"]["fr"] == "Partie requise"


def test_the_data_file_has_one_column_per_language_and_the_source_columns() -> None:
    with TERMS_FILE.open(encoding="utf-8") as handle:
        header = next(csv.reader(handle))

    assert ",".join(header) == HEADER


def test_a_missing_language_column_is_reported() -> None:
    text = "key,reference,en,fr,es,pt,ru,ar,source,reviewed\n"

    with pytest.raises(GlossaryDataError) as error:
        parse_terms(text)

    assert str(error.value) == "terms.csv: missing columns: zh"


def test_a_term_without_a_translation_is_reported_with_its_line() -> None:
    text = f"{HEADER}\nport,T-CY,port,port,puerto,porta,порт,,端口,Rogatory translation,false\n"

    with pytest.raises(GlossaryDataError) as error:
        parse_terms(text)

    assert str(error.value) == "terms.csv, line 2: term 'port' has no text in: ar"


def test_a_term_listed_twice_is_reported() -> None:
    row = "port,T-CY,port,port,puerto,porta,порт,منفذ,端口,Rogatory translation,false"

    with pytest.raises(GlossaryDataError) as error:
        parse_terms(f"{HEADER}\n{row}\n{row}\n")

    assert str(error.value) == "terms.csv, line 3: term 'port' appears twice"


def test_review_status_must_be_true_or_false() -> None:
    row = "port,T-CY,port,port,puerto,porta,порт,منفذ,端口,Rogatory translation,maybe"

    with pytest.raises(GlossaryDataError) as error:
        parse_terms(f"{HEADER}\n{row}\n")

    assert str(error.value) == "terms.csv, line 2: reviewed must be true or false, not 'maybe'"


# --- The query --------------------------------------------------------------------------------


def test_terms_for_two_languages_gives_their_columns_in_order_with_directions() -> None:
    glossary = terms_for(["fr", "ar"])

    assert [language.code for language in glossary.languages] == ["fr", "ar"]
    row = next(row for row in glossary.rows if row.key == "expedited_preservation")
    assert [(cell.language, cell.text, cell.direction) for cell in row.cells] == [
        ("fr", FR_PRESERVATION, "ltr"),
        ("ar", AR_PRESERVATION, "rtl"),
    ]
    assert len(glossary.rows) == len(all_terms())


def test_terms_for_accepts_comma_lists_and_ignores_repeats() -> None:
    glossary = terms_for(["zh,en", "zh"])

    assert [language.code for language in glossary.languages] == ["zh", "en"]


def test_terms_for_no_language_gives_all_seven() -> None:
    assert [language.code for language in terms_for([]).languages] == list(LANGUAGE_RECORDS)


def test_terms_for_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValidationFailed) as error:
        terms_for(["fr", "xx"])

    assert error.value.message == (
        "Unknown glossary language 'xx': choose among ar, en, es, fr, pt, ru, zh."
    )


# --- The page and the include -----------------------------------------------------------------


@pytest.mark.django_db
def test_glossary_page_shows_the_two_languages_asked_arabic_right_to_left(alice: Any) -> None:
    response = _client(alice).get("/glossary/", {"languages": "fr,ar"})
    page = response.content.decode()

    assert response.status_code == 200
    assert f'<td lang="fr" dir="ltr">{FR_PRESERVATION}</td>' in page
    assert f'<td lang="ar" dir="rtl">{AR_PRESERVATION}</td>' in page
    assert ZH_PRESERVATION not in page
    assert "not reviewed" in page


@pytest.mark.django_db
def test_glossary_page_with_an_unknown_language_says_which(alice: Any) -> None:
    response = _client(alice).get("/glossary/", {"languages": "fr,klingon"})

    assert response.status_code == 400
    assert "Unknown glossary language &#x27;klingon&#x27;" in response.content.decode()


@pytest.mark.django_db
def test_glossary_page_needs_a_signed_in_user() -> None:
    response = Client().get("/glossary/", {"languages": "fr,ar"})

    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_glossary_include_shows_the_request_language_and_the_counterpart_language() -> None:
    html = render_to_string("web/_glossary.html", {"language": "es", "counterpart_language": "zh"})

    assert (
        '<td lang="es" dir="ltr">conservación rápida de datos informáticos almacenados</td>' in html
    )
    assert f'<td lang="zh" dir="ltr">{ZH_PRESERVATION}</td>' in html
    assert FR_PRESERVATION not in html
    assert "/glossary/?languages=es,zh" in html


def test_glossary_include_leaves_out_a_value_that_is_not_a_form_language() -> None:
    html = render_to_string("web/_glossary.html", {"language": "ar", "counterpart_language": "??"})

    assert f'<td lang="ar" dir="rtl">{AR_PRESERVATION}</td>' in html
    assert html.count('<th scope="col" lang=') == 1


@pytest.mark.django_db
def test_request_form_shows_the_glossary_while_drafting(alice: Any) -> None:
    page = _client(alice).get("/requests/new/").content.decode()

    assert 'id="glossary-title"' in page
    assert '<td lang="en" dir="ltr">expedited preservation of stored computer data</td>' in page
