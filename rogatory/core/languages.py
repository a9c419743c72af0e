"""Languages in which the fixed text of the forms exists (Django catalogues under locale/).

Each language carries its review status as data: a catalogue is "machine-assisted, not
reviewed" until a named legal translator has checked it (the same status heads each .po file).
"""

from dataclasses import dataclass
from typing import Literal

from django.utils.translation import gettext
from django.utils.translation import gettext_noop as N_

Direction = Literal["ltr", "rtl"]


@dataclass(frozen=True)
class FormLanguage:
    """One language of the forms: how it is written and who vouches for its catalogue."""

    code: str
    name: str
    english_name: str
    direction: Direction = "ltr"
    # Django's name for the catalogue when it differs from the code (zh -> locale/zh_Hans).
    django_code: str = ""
    is_reviewed: bool = False
    reviewer: str = ""

    @property
    def label(self) -> str:
        """Return the language's name in the active language (its English name marked for it)."""
        return gettext(self.english_name)

    @property
    def gettext_code(self) -> str:
        return self.django_code or self.code


LANGUAGE_RECORDS: dict[str, FormLanguage] = {
    # English is the source text of the catalogues, written from the Convention's English text.
    "en": FormLanguage("en", "English", N_("English"), is_reviewed=True, reviewer="source text"),
    "fr": FormLanguage("fr", "Français", N_("French")),
    "es": FormLanguage("es", "Español", N_("Spanish")),
    "pt": FormLanguage("pt", "Português", N_("Portuguese")),
    "ru": FormLanguage("ru", "Русский", N_("Russian")),
    "ar": FormLanguage("ar", "العربية", N_("Arabic"), direction="rtl"),
    "zh": FormLanguage("zh", "中文（简体）", N_("Chinese (Simplified)"), django_code="zh-hans"),
}

FORM_LANGUAGES: dict[str, str] = {code: record.name for code, record in LANGUAGE_RECORDS.items()}


def is_rtl(code: str) -> bool:
    """Say whether a form language is written right to left (unknown codes: no)."""
    record = LANGUAGE_RECORDS.get(code) or _record_by_gettext_code(code)
    return record is not None and record.direction == "rtl"


def text_direction(code: str) -> Direction:
    """Return 'rtl' or 'ltr', the value of the HTML dir attribute for a form language."""
    return "rtl" if is_rtl(code) else "ltr"


def gettext_language(code: str) -> str:
    """Return the code Django's translation machinery needs for a form language."""
    record = LANGUAGE_RECORDS.get(code)
    return record.gettext_code if record else code


def form_language(code: str) -> FormLanguage | None:
    """Return the record of a form language, by its code or by Django's code for it."""
    return LANGUAGE_RECORDS.get(code) or _record_by_gettext_code(code)


def _record_by_gettext_code(code: str) -> FormLanguage | None:
    lowered = code.lower().replace("_", "-")
    return next(
        (record for record in LANGUAGE_RECORDS.values() if record.gettext_code == lowered), None
    )
