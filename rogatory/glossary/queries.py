"""Read use cases on the glossary: the terms in the languages of an exchange."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.utils.translation import gettext_noop as N_

from rogatory.core.errors import ValidationFailed
from rogatory.core.languages import LANGUAGE_RECORDS, FormLanguage, form_language
from rogatory.glossary.terms import all_terms


@dataclass(frozen=True)
class GlossaryCell:
    """One term in one language, with what a page needs to set its direction."""

    language: str
    text: str
    direction: str


@dataclass(frozen=True)
class GlossaryRow:
    key: str
    reference: str
    source: str
    is_reviewed: bool
    cells: tuple[GlossaryCell, ...]


@dataclass(frozen=True)
class Glossary:
    """The glossary laid out for some languages, in the order asked."""

    languages: tuple[FormLanguage, ...]
    rows: tuple[GlossaryRow, ...]


def parse_languages(codes: Iterable[str]) -> tuple[FormLanguage, ...]:
    """Return the form languages named (comma-separated values allowed), without repeats."""
    wanted: dict[str, FormLanguage] = {}
    for value in codes:
        for code in (part.strip() for part in (value or "").split(",")):
            if not code:
                continue
            language = form_language(code)
            if language is None:
                raise ValidationFailed(
                    N_("Unknown glossary language '%(code)s': choose among %(codes)s."),
                    params={"code": code, "codes": ", ".join(sorted(LANGUAGE_RECORDS))},
                )
            wanted.setdefault(language.code, language)
    return tuple(wanted.values())


def terms_for(languages: Iterable[str]) -> Glossary:
    """Return every glossary term in the given languages (all seven when none is given)."""
    chosen = parse_languages(languages) or tuple(LANGUAGE_RECORDS.values())
    rows = tuple(
        GlossaryRow(
            key=term.key,
            reference=term.reference,
            source=term.source,
            is_reviewed=term.is_reviewed,
            cells=tuple(
                GlossaryCell(language.code, term.texts[language.code], language.direction)
                for language in chosen
            ),
        )
        for term in all_terms()
    )
    return Glossary(languages=chosen, rows=rows)
