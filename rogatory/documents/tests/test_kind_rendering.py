"""Every request kind renders its complete example as a bilingual PDF and DOCX, read back from the
files: every filled field, every choice in both languages, and the kind's title in both."""

from collections.abc import Callable

import pytest
from django.utils.translation import override

from rogatory.documents.rendering import (
    render_letter_pdf,
    render_request_docx,
    render_request_pdf,
)
from rogatory.documents.sheet import YES_NO, request_sheet
from rogatory.documents.tests.helpers import docx_text, filled_values, pdf_text, squeeze
from rogatory.requests.document import RequestDocument
from rogatory.requests.kinds import KIND_CODES, REGISTRY
from rogatory.requests.tests.kind_examples import ARABIC_FACTS, CHINESE_FACTS, complete_example

# Each kind in one pair; the pairs rotate so every language meets every other.
PAIRS = [("en", "fr"), ("fr", "es"), ("es", "en")]
KIND_PAIRS = {code: PAIRS[index % len(PAIRS)] for index, code in enumerate(KIND_CODES)}
FORMATS: dict[str, Callable[[bytes], str]] = {"pdf": pdf_text, "docx": docx_text}
RENDERERS: dict[str, Callable[[RequestDocument, tuple[str, str]], bytes]] = {
    "pdf": render_request_pdf,
    "docx": render_request_docx,
}


def _translated(message: object, language: str) -> str:
    with override(language):
        return str(message)


def _detail_texts(document: RequestDocument, languages: tuple[str, str]) -> list[str]:
    """Each filled detail as the form must print it: choices and yes/no in both languages."""
    spec = REGISTRY[document.kind]
    texts = []
    for detail in spec.detail_fields:
        value = document.details.get(detail.name)
        if value in (None, "", []):
            continue
        if detail.field_type == "choice":
            label = dict(detail.choices)[value]
            texts += [_translated(label, language) for language in languages]
        elif detail.field_type == "boolean":
            texts += [_translated(YES_NO[value], language) for language in languages]
        elif detail.field_type == "list":
            texts.append(", ".join(value))
        else:
            texts.append(str(value))
    return texts


def _missing(expected: list[str], text: str) -> list[str]:
    haystack = squeeze(text)
    return [value for value in expected if squeeze(value) not in haystack]


@pytest.mark.parametrize("file_format", FORMATS)
@pytest.mark.parametrize("code", KIND_CODES)
def test_every_kind_prints_every_filled_field_and_its_title_in_both_languages(
    code: str, file_format: str
) -> None:
    document = RequestDocument(**complete_example(code))
    languages = KIND_PAIRS[code]
    spec = REGISTRY[code]

    text = FORMATS[file_format](RENDERERS[file_format](document, languages))

    assert _missing(filled_values(document), text) == []
    assert _missing(_detail_texts(document, languages), text) == []
    titles = [_translated(spec.title, language) for language in languages]
    assert titles[0] != titles[1]
    assert _missing(titles, text) == []


@pytest.mark.parametrize("code", [code for code in KIND_CODES if code != "preservation"])
def test_every_kind_prints_its_sections_numbered_as_its_spec(code: str) -> None:
    document = RequestDocument(**complete_example(code))
    spec = REGISTRY[code]

    rows = request_sheet(document, ("en", "fr")).rows

    headings = {row.number: row.labels for row in rows if row.kind == "heading"}
    for section in spec.sections:
        assert headings[section.number] == (
            _translated(section.title, "en"),
            _translated(section.title, "fr"),
        )
        numbers = [f"{section.number}.{index}" for index in range(1, len(section.fields) + 1)]
        labels = {row.number: row.labels[0] for row in rows if row.number in numbers}
        assert list(labels.values()) == [str(detail.label) for detail in section.fields]


def test_a_choice_is_printed_as_fixed_text_in_both_languages() -> None:
    document = RequestDocument(**complete_example("jit_proposal"))

    rows = {row.number: row for row in request_sheet(document, ("fr", "es")).rows}

    assert rows["8.1"].value == ""
    assert rows["8.1"].fixed == (
        _translated(REGISTRY["jit_proposal"].detail_fields[0].choices[2][1], "fr"),
        _translated(REGISTRY["jit_proposal"].detail_fields[0].choices[2][1], "es"),
    )
    assert rows["8.1"].fixed[0] != rows["8.1"].fixed[1]
    assert rows["8.2"].value == "FR, DE, NL"
    assert rows["8.4"].value == "18"


def test_a_yes_no_detail_is_translated() -> None:
    document = RequestDocument(**complete_example("spontaneous_information"))

    rows = {row.number: row for row in request_sheet(document, ("fr", "es")).rows}

    assert rows["9.1"].fixed == ("Oui", "Sí")


def test_a_record_of_transborder_access_has_no_requested_authority() -> None:
    document = RequestDocument(**complete_example("transborder_access"))

    numbers = [row.number for row in request_sheet(document, ("en", "fr")).rows]

    assert "4" not in numbers
    assert numbers[:3] == ["1", "2", "3"]
    assert "5" in numbers


def test_a_filled_common_field_the_kind_does_not_use_is_still_printed() -> None:
    data = complete_example("jit_proposal")
    data["system_location"] = "Seized server, Strasbourg"

    rows = request_sheet(RequestDocument(**data), ("en", "fr")).rows

    assert [row.value for row in rows if row.number == "c.4"] == ["Seized server, Strasbourg"]


def test_chinese_and_arabic_free_text_of_the_examples_is_extractable_from_the_pdf() -> None:
    chinese = pdf_text(
        render_request_pdf(RequestDocument(**complete_example("spontaneous_information")), PAIRS[0])
    )
    arabic = pdf_text(
        render_request_pdf(RequestDocument(**complete_example("emergency_disclosure")), PAIRS[1])
    )

    assert squeeze(CHINESE_FACTS) in squeeze(chinese)
    assert squeeze(ARABIC_FACTS) in squeeze(arabic)


def test_a_letter_names_the_kind_it_answers() -> None:
    document = RequestDocument(**complete_example("mla_subscriber"))

    text = pdf_text(render_letter_pdf("refusal", document, ("en", "fr"), reason="Dual criminality"))

    printed = squeeze(text)
    assert squeeze("Your request: Request for mutual assistance: subscriber information") in printed
    assert squeeze("Votre demande : Demande d'entraide : informations relatives aux abonnés") in (
        printed
    )
    assert "Refusal of the request" in text
    assert "Refus de la demande" in text
    assert squeeze("Your request (Request for mutual assistance: subscriber information)") in (
        printed
    )
    assert "preservation" not in text
