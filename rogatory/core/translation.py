"""Texts in two worlds: English for machines (API, CLI, e-mails, audit), translated for people.

The catalogues' source language is English, so a message kept in English is its own msgid and a
page can translate it when it prints it.
"""

from collections.abc import Mapping
from functools import cache
from gettext import NullTranslations, translation
from typing import cast

from django.utils.functional import Promise, lazy
from django.utils.translation import get_language, gettext, override


def english(value: object) -> str:
    """Return a text, lazy or not, in English (the source language of the catalogues)."""
    with override("en"):
        return str(value)


def fill(template: str, params: Mapping[str, object]) -> str:
    """Return the template translated in the active language, its %(name)s values filled in
    (a lazy value is translated too)."""
    translated = gettext(template)
    if not params:
        return translated
    return translated % {name: str(value) for name, value in params.items()}


def pgettext_noop(context: str, message: str) -> str:
    """Mark a message and its context for the catalogues; return the message untranslated.

    For labels other apps read as plain English text (`rogatory makemessages` extracts it);
    print them through pgettext(context, message).
    """
    return message


def later(template: str, params: Mapping[str, object]) -> Promise:
    """Return the filled-in template as a lazy text: English or translated, whichever the place
    that prints it is in (a DomainError's English message, a page's language)."""
    return cast(Promise, _lazy_fill(template, params))


_lazy_fill = lazy(fill, str)


# pycountry's catalogues name the ISO 3166-1 countries in each language, offline; their
# directories use the underscore spelling and zh_CN for Simplified Chinese.
_PYCOUNTRY_LANGUAGES = {"zh-hans": "zh_CN", "zh": "zh_CN", "pt-br": "pt_BR"}


@cache
def _country_catalogue(language: str) -> NullTranslations:
    import pycountry  # The package's data, read once per language.

    directory = _PYCOUNTRY_LANGUAGES.get(language, language.replace("-", "_"))
    return translation("iso3166-1", pycountry.LOCALES_DIR, languages=[directory], fallback=True)


def _country_name_now(name: str) -> str:
    language = get_language() or "en"
    if not name or language == "en":
        return name
    return _country_catalogue(language.lower()).gettext(name)


_lazy_country_name = lazy(_country_name_now, str)


def country_name(name: str) -> Promise:
    """Return a country's English ISO 3166-1 name, shown in the active language when printed
    (pycountry's catalogue; English when it has no entry)."""
    return cast(Promise, _lazy_country_name(name))
