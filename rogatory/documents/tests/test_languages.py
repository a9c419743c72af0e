"""The seven form languages: catalogues complete and compiled, Arabic set right to left in the PDF
and DOCX, Chinese in its CJK face, and every label of both languages readable in the PDF."""

import io
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from docx import Document
from docx.oxml.ns import qn

from rogatory.core.languages import (
    FORM_LANGUAGES,
    LANGUAGE_RECORDS,
    gettext_language,
    is_rtl,
    text_direction,
)
from rogatory.documents.rendering import (
    catalogue_languages,
    render_letter_docx,
    render_request_docx,
    render_request_pdf,
    sheet_html,
)
from rogatory.documents.sheet import Sheet, request_sheet
from rogatory.documents.tests.helpers import pdf_text, squeeze
from rogatory.requests.document import RequestDocument

ROOT = Path(__file__).resolve().parents[3]
LOCALE = ROOT / "rogatory" / "locale"
CHECKER = ROOT / "scripts" / "check-translations.py"
PAIRS = [("fr", "ar"), ("en", "zh"), ("pt", "ru"), ("es", "ar")]
TITLES = {
    "pt": "Pedido de conservação expedita de dados informáticos armazenados",
    "ru": "Запрос об оперативном обеспечении сохранности хранимых компьютерных данных",
    "ar": "طلب الحفظ العاجل لبيانات الحاسوب المخزنة",
    "zh": "快速保存已存储的计算机数据的请求",
}
ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
# A label made only of Arabic words and spaces: extraction must give it in logical order.
PURE_ARABIC = re.compile(r"^[\u0600-\u06ff ]+$")


def _sheet(document: RequestDocument, languages: tuple[str, str]) -> Sheet:
    return request_sheet(document, catalogue_languages(languages))


def _fixed_texts(sheet: Sheet, column: int) -> list[str]:
    texts = [sheet.titles[column], sheet.subtitles[column]]
    texts += [row.labels[column] for row in sheet.rows]
    texts += [row.fixed[column] for row in sheet.rows if row.fixed]
    return list(dict.fromkeys(texts))


def _unreadable(texts: list[str], extracted: str, *, rtl: bool) -> list[str]:
    """Return the texts the extracted PDF text does not hold.

    Left-to-right texts are compared whole, whitespace aside. pypdf gives Arabic in logical order
    within a run of Arabic words, but a label mixing Arabic with digits, brackets or Latin (or
    wrapped over two lines) comes out in visual order: those are compared word by word.
    """
    haystack = squeeze(extracted)
    if not rtl:
        return [text for text in texts if squeeze(text) not in haystack]
    words = set(ARABIC_WORD.findall(extracted))
    missing = []
    for text in texts:
        if PURE_ARABIC.match(text) and "\n" not in text and squeeze(text) in haystack:
            continue
        if not PURE_ARABIC.match(text) and set(ARABIC_WORD.findall(text)) <= words:
            continue
        missing.append(text)
    return missing


# --- Catalogues ---------------------------------------------------------------------------------


def _checker() -> dict[str, Any]:
    return runpy.run_path(str(CHECKER))


def test_every_form_language_but_the_english_source_has_a_catalogue() -> None:
    directories = {path.parent.parent.name for path in LOCALE.glob("*/LC_MESSAGES/django.po")}

    expected = {gettext_language(code).replace("-hans", "_Hans") for code in FORM_LANGUAGES}
    assert directories == expected - {"en"}
    assert directories == {"fr", "es", "pt", "ru", "ar", "zh_Hans"}


@pytest.mark.parametrize("language", ["fr", "es", "pt", "ru", "ar", "zh_Hans"])
def test_every_catalogue_compiles_and_has_no_untranslated_or_fuzzy_entry(
    language: str, tmp_path: Path
) -> None:
    catalogue = LOCALE / language / "LC_MESSAGES" / "django.po"
    compiled = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(catalogue)],
        capture_output=True,
        text=True,
    )
    assert compiled.returncode == 0, compiled.stderr

    report = _checker()["check_catalogue"](language, catalogue)
    assert [entry.msgid for entry in report.untranslated] == []
    assert [entry.msgid for entry in report.fuzzy] == []
    assert report.entries > 100


@pytest.mark.parametrize("language", ["pt", "ru", "ar", "zh_Hans"])
def test_new_catalogues_say_they_are_machine_assisted_and_not_reviewed(language: str) -> None:
    head = (LOCALE / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")[:2000]

    assert "# REVIEW STATUS: machine-assisted, not reviewed." in head
    assert '"X-Review-Status: machine-assisted, not reviewed\\n"' in head


@pytest.mark.parametrize("language", ["fr", "es", "pt", "ru", "ar", "zh_Hans"])
def test_compiled_catalogue_is_the_compilation_of_the_committed_po(
    language: str, tmp_path: Path
) -> None:
    # A .po edited without compilemessages would leave the PDF in the old wording.
    folder = LOCALE / language / "LC_MESSAGES"
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", str(fresh), str(folder / "django.po")], check=True)

    assert fresh.read_bytes() == (folder / "django.mo").read_bytes()


def _copy_locale(tmp_path: Path) -> Path:
    copy = tmp_path / "locale"
    shutil.copytree(LOCALE, copy, ignore=shutil.ignore_patterns("*.mo"))
    return copy


def _run_checker(locale_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECKER), "--locale-dir", str(locale_dir)],
        capture_output=True,
        text=True,
    )


def test_check_translations_passes_on_the_committed_catalogues(tmp_path: Path) -> None:
    result = _run_checker(_copy_locale(tmp_path))

    assert result.returncode == 0, result.stdout
    assert "pt: " in result.stdout
    assert "0 untranslated, 0 fuzzy: complete" in result.stdout


def test_check_translations_fails_on_a_catalogue_with_an_empty_msgstr(tmp_path: Path) -> None:
    copy = _copy_locale(tmp_path)
    catalogue = copy / "pt" / "LC_MESSAGES" / "django.po"
    text = catalogue.read_text(encoding="utf-8")
    emptied = text.replace(
        'msgid "Time zone"\nmsgstr "Fuso horário"', 'msgid "Time zone"\nmsgstr ""'
    )
    assert emptied != text
    catalogue.write_text(emptied, encoding="utf-8")

    result = _run_checker(copy)

    assert result.returncode == 1
    assert re.search(
        r"^pt: \d+ messages, 1 untranslated, 0 fuzzy: INCOMPLETE$", result.stdout, re.M
    )
    assert "  untranslated 'Time zone'\n" in result.stdout
    assert re.search(r"^ru: .*: complete$", result.stdout, re.M)


def test_check_translations_fails_on_a_fuzzy_entry(tmp_path: Path) -> None:
    copy = _copy_locale(tmp_path)
    catalogue = copy / "ar" / "LC_MESSAGES" / "django.po"
    text = catalogue.read_text(encoding="utf-8")
    catalogue.write_text(text.replace('msgid "Time zone"', '#, fuzzy\nmsgid "Time zone"'), "utf-8")

    result = _run_checker(copy)

    assert result.returncode == 1
    assert "  fuzzy        'Time zone'\n" in result.stdout


def test_check_translations_reads_contexts_and_multiline_entries() -> None:
    entries = _checker()["parse_catalogue"](
        'msgid ""\nmsgstr ""\n"Language: pt\\n"\n'
        '#: a.py:1\nmsgctxt "urgency"\nmsgid "Urgent"\nmsgstr "Urgente"\n\n'
        'msgid ""\n"Two "\n"lines"\nmsgstr ""\n"Duas "\n""\n\n'
        '#~ msgid "Gone"\n#~ msgstr ""\n'
    )

    assert [(e.context, e.msgid, e.translations, e.is_obsolete) for e in entries] == [
        (None, "", ["Language: pt\n"], False),
        ("urgency", "Urgent", ["Urgente"], False),
        (None, "Two lines", ["Duas "], False),
        (None, "Gone", [""], True),
    ]


# --- Language records --------------------------------------------------------


def test_only_arabic_is_written_right_to_left() -> None:
    assert [code for code in FORM_LANGUAGES if is_rtl(code)] == ["ar"]
    assert text_direction("ar") == "rtl"
    assert text_direction("zh-hans") == "ltr"
    assert not is_rtl("xx")


def test_every_translation_but_the_english_source_is_marked_not_reviewed() -> None:
    unreviewed = [code for code, record in LANGUAGE_RECORDS.items() if not record.is_reviewed]

    assert unreviewed == ["fr", "es", "pt", "ru", "ar", "zh"]
    assert all(record.reviewer == "" for record in LANGUAGE_RECORDS.values() if record.code != "en")


def test_chinese_is_looked_up_in_the_simplified_chinese_catalogue() -> None:
    assert gettext_language("zh") == "zh-hans"
    assert gettext_language("fr") == "fr"


# --- PDF and DOCX ---------------------------------------------------------------------------------


@pytest.mark.parametrize("languages", PAIRS)
def test_request_pdf_holds_every_label_and_fixed_text_of_both_languages(
    filled_document: RequestDocument, languages: tuple[str, str]
) -> None:
    extracted = pdf_text(render_request_pdf(filled_document, languages))
    sheet = _sheet(filled_document, languages)

    for column, code in enumerate(languages):
        texts = _fixed_texts(sheet, column)
        assert _unreadable(texts, extracted, rtl=is_rtl(code)) == [], code
        if code in TITLES:
            assert texts[0] == TITLES[code]


def test_most_arabic_labels_extract_whole_in_logical_order(
    filled_document: RequestDocument,
) -> None:
    extracted = squeeze(pdf_text(render_request_pdf(filled_document, ("fr", "ar"))))
    labels = [row.labels[1] for row in _sheet(filled_document, ("fr", "ar")).rows]

    pure = [label for label in labels if PURE_ARABIC.match(label)]
    assert len(pure) > 60
    assert [label for label in pure if squeeze(label) not in extracted] == []
    assert squeeze("الجهة الحائزة لبيانات الحاسوب المخزنة") in extracted


@pytest.mark.parametrize(("languages", "column"), [(("fr", "ar"), 1), (("ar", "en"), 0)])
def test_arabic_column_of_the_pdf_is_marked_right_to_left(
    filled_document: RequestDocument, languages: tuple[str, str], column: int
) -> None:
    html = sheet_html(_sheet(filled_document, languages))
    other = languages[1 - column]

    arabic_cells = re.findall(r'<td lang="ar"( dir="\w+")?>', html)
    assert arabic_cells
    assert set(arabic_cells) == {' dir="rtl"'}
    assert set(re.findall(rf'<td lang="{other}"( dir="\w+")?>', html)) == {' dir="ltr"'}
    assert 'td[dir="rtl"] { direction: rtl; text-align: right; }' in html


def test_chinese_labels_are_typeset_with_the_cjk_face(filled_document: RequestDocument) -> None:
    content = render_request_pdf(filled_document, ("en", "zh"))
    fonts = subprocess.run(
        ["pdffonts", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()
    names = {line.split()[0].split("+", 1)[1] for line in fonts.splitlines()[2:]}

    assert "Rogatory-CJK" in names
    assert "Rogatory-Arabic" not in names
    assert "请求机关" in pdf_text(content)


def test_arabic_labels_are_typeset_with_the_arabic_face(filled_document: RequestDocument) -> None:
    content = render_request_pdf(filled_document, ("fr", "ar"))
    fonts = subprocess.run(
        ["pdffonts", "-"], input=content, capture_output=True, check=True
    ).stdout.decode()
    names = {line.split()[0].split("+", 1)[1] for line in fonts.splitlines()[2:]}

    assert {"Rogatory-Arabic", "Rogatory-Latin"} <= names


W_BIDI, W_RTL = qn("w:bidi"), qn("w:rtl")


def _label_cells(content: bytes, column: int) -> list[Any]:
    document = Document(io.BytesIO(content))
    form = document.tables[1]
    return [row.cells[column] for row in form.rows if len(row._tr.tc_lst) == 2]


@pytest.mark.parametrize("languages", [("fr", "ar"), ("es", "ar")])
def test_docx_sets_the_arabic_column_with_bidi_paragraphs_and_rtl_runs(
    filled_document: RequestDocument, languages: tuple[str, str]
) -> None:
    content = render_request_docx(filled_document, languages)
    arabic, latin = _label_cells(content, 1), _label_cells(content, 0)

    assert len(arabic) > 60
    for cell in arabic:
        paragraph = cell.paragraphs[0]
        assert paragraph._p.pPr.find(W_BIDI) is not None, paragraph.text
        text_runs = [run for run in paragraph._p.r_lst if ARABIC_WORD.search(run.text or "")]
        assert text_runs, cell.text
        assert all(run.rPr is not None and run.rPr.find(W_RTL) is not None for run in text_runs)
    assert all(cell.paragraphs[0]._p.pPr.find(W_BIDI) is None for cell in latin)
    title = Document(io.BytesIO(content)).tables[0].rows[0].cells[1].paragraphs[0]
    assert title._p.pPr.find(W_BIDI) is not None
    assert title.text.startswith(TITLES["ar"])


def test_letter_in_arabic_and_chinese_uses_both_catalogues(
    filled_document: RequestDocument,
) -> None:
    content = render_letter_docx(
        "acknowledgement", filled_document, ("ar", "zh"), signatory_name="Jonas Beispiel"
    )
    first_row = Document(io.BytesIO(content)).tables[0].rows[0].cells

    assert first_row[0].paragraphs[0].text.startswith("إشعار بالاستلام")
    assert first_row[1].paragraphs[0].text.startswith("收悉确认")
