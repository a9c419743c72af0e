"""Texts in two worlds: English for machines (API, CLI, e-mails, audit), translated for people.

The catalogues' source language is English, so a message kept in English is its own msgid and a
page can translate it when it prints it.
"""

from collections.abc import Mapping

from django.utils.translation import gettext, override


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
