"""Typeset the bilingual request and the requested side's letters as PDF (WeasyPrint) and DOCX
(python-docx). No database: callers pass a RequestDocument (rogatory.requests.queries).
"""

import io
import re
from datetime import date, datetime

from django.template.loader import render_to_string

from rogatory.core.clock import now
from rogatory.core.languages import gettext_language, text_direction
from rogatory.documents.docx_writer import write_docx
from rogatory.documents.fonts import FONT_FAMILIES, font_face_css
from rogatory.documents.sheet import (
    LETTER_KINDS,
    LetterKind,
    Sheet,
    letter_sheet,
    request_sheet,
)
from rogatory.requests.document import RequestDocument

__all__ = [
    "LETTER_KINDS",
    "LetterKind",
    "render_letter_docx",
    "render_letter_pdf",
    "render_request_docx",
    "render_request_pdf",
]

_PLACEHOLDER = re.compile(r"\{(page|pages)\}")


def _css_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\A ")
    return f'"{escaped}"'


def _css_page_numbers(page_format: str) -> str:
    """Turn 'Page {page} of {pages}' into CSS content: "Page " counter(page) " of " ..."""
    parts: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(page_format):
        if match.start() > position:
            parts.append(_css_string(page_format[position : match.start()]))
        parts.append(f"counter({match.group(1)})")
        position = match.end()
    if position < len(page_format):
        parts.append(_css_string(page_format[position:]))
    return " ".join(parts)


def sheet_html(sheet: Sheet) -> str:
    """Return the HTML WeasyPrint typesets (also useful to preview in a browser)."""
    first, second = sheet.page_formats
    page_numbers = _css_page_numbers(first)
    if second != first:
        page_numbers += ' "  ·  " ' + _css_page_numbers(second)
    reference_label = " / ".join(dict.fromkeys(sheet.reference_labels))
    date_label = " / ".join(dict.fromkeys(sheet.date_labels))
    return render_to_string(
        "documents/sheet.html",
        {
            "sheet": sheet,
            "directions": tuple(text_direction(language) for language in sheet.languages),
            "font_faces": font_face_css(),
            "font_families": ", ".join(f"'{family}'" for family in FONT_FAMILIES) + ", sans-serif",
            "header_left": _css_string(sheet.authority),
            "header_right": _css_string(
                f"{reference_label}: {sheet.reference} \N{MIDDLE DOT} {date_label}: {sheet.date}"
            ),
            "page_numbers": page_numbers,
        },
    )


def _pdf(sheet: Sheet) -> bytes:
    # Imported here: WeasyPrint loads Pango through cffi, which costs ~0.3 s that commands
    # never rendering a PDF should not pay.
    from weasyprint import HTML

    output = io.BytesIO()
    HTML(string=sheet_html(sheet)).write_pdf(output)
    return output.getvalue()


def catalogue_languages(languages: tuple[str, str]) -> tuple[str, str]:
    """Return Django's codes for two form languages (zh -> zh-hans, whose catalogue is zh_Hans)."""
    first, second = languages
    return gettext_language(first), gettext_language(second)


def render_request_pdf(document: RequestDocument, languages: tuple[str, str]) -> bytes:
    """Typeset the preservation request as a bilingual A4 PDF."""
    return _pdf(request_sheet(document, catalogue_languages(languages)))


def render_request_docx(document: RequestDocument, languages: tuple[str, str]) -> bytes:
    """Typeset the preservation request as a bilingual DOCX."""
    return write_docx(request_sheet(document, catalogue_languages(languages)))


def _letter(
    letter: LetterKind,
    document: RequestDocument,
    languages: tuple[str, str],
    reason: str,
    expires_at: datetime | None,
    received_at: datetime | None,
    confirmed_at: datetime | None,
    issued_on: date | None,
    signatory_name: str,
    signatory_title: str,
) -> Sheet:
    if letter not in LETTER_KINDS:
        raise ValueError(f"unknown letter '{letter}'; expected one of {', '.join(LETTER_KINDS)}")
    return letter_sheet(
        letter,
        document,
        catalogue_languages(languages),
        reason=reason,
        expires_at=expires_at,
        received_at=received_at,
        confirmed_at=confirmed_at,
        issued_on=issued_on or now().date(),
        signatory_name=signatory_name,
        signatory_title=signatory_title,
    )


def render_letter_pdf(
    letter: LetterKind,
    document: RequestDocument,
    languages: tuple[str, str],
    *,
    reason: str = "",
    expires_at: datetime | None = None,
    received_at: datetime | None = None,
    confirmed_at: datetime | None = None,
    issued_on: date | None = None,
    signatory_name: str = "",
    signatory_title: str = "",
) -> bytes:
    """Typeset one of the requested side's letters (acknowledgement, preservation_confirmed,
    refusal, clarification) as a bilingual A4 PDF."""
    return _pdf(
        _letter(
            letter,
            document,
            languages,
            reason,
            expires_at,
            received_at,
            confirmed_at,
            issued_on,
            signatory_name,
            signatory_title,
        )
    )


def render_letter_docx(
    letter: LetterKind,
    document: RequestDocument,
    languages: tuple[str, str],
    *,
    reason: str = "",
    expires_at: datetime | None = None,
    received_at: datetime | None = None,
    confirmed_at: datetime | None = None,
    issued_on: date | None = None,
    signatory_name: str = "",
    signatory_title: str = "",
) -> bytes:
    """Typeset one of the requested side's letters as a bilingual DOCX."""
    return write_docx(
        _letter(
            letter,
            document,
            languages,
            reason,
            expires_at,
            received_at,
            confirmed_at,
            issued_on,
            signatory_name,
            signatory_title,
        )
    )
