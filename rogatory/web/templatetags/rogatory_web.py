"""Template filters: instants in a given time zone, with the zone named."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import template
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.text import capfirst
from django.utils.translation import get_language_bidi, gettext, pgettext

from rogatory.advice.situation import CHANNEL_LABELS
from rogatory.intake.translation import language_name, render_text
from rogatory.requests.models import identifier_type_label, state_label
from rogatory.requests.states import EVENT_LABELS

register = template.Library()


def zone_or_utc(name: str) -> ZoneInfo:
    """Return the IANA zone, or UTC when the name is empty or unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


@register.filter
def in_zone(instant: datetime | None, zone_name: str) -> str | SafeString:
    """Show an instant in the zone, e.g. '2026-11-20 14:03 Europe/Paris (UTC+01:00)'."""
    if instant is None:
        return "—"
    zone = zone_or_utc(zone_name)
    local = instant.astimezone(zone)
    offset = local.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    shown = f"{local:%Y-%m-%d %H:%M} {zone.key} ({offset})"
    if get_language_bidi():
        # On a right-to-left page the date, zone and offset would be reordered around the
        # digits (and the parentheses mirrored): they stay one left-to-right unit.
        return format_html('<bdi dir="ltr">{}</bdi>', shown)
    return shown


@register.filter
def label_of(value: str, choices: list[tuple[str, str]]) -> str:
    """Return the human label of a choice value."""
    return dict(choices).get(value, value)


@register.filter
def as_words(code: str, what: str = "event") -> str:
    """Name a lifecycle event ('record_acknowledgement' -> 'Record acknowledgement') or, with
    "state", a request state, in the page's language; an unknown code reads as its words."""
    if what == "state":
        return str(state_label(code)) if code else ""
    label = EVENT_LABELS.get(code)
    return capfirst(str(label)) if label is not None else code.replace("_", " ").capitalize()


@register.filter(name="state_label")
def state_label_filter(state: str) -> str:
    """Return a request state's label in the page's language."""
    return str(state_label(state))


@register.filter
def translate_label(text: str, context: str) -> str:
    """Translate an English label read as text elsewhere (e.g. a match's state), by context."""
    return pgettext(context, text) if text else text


@register.filter(name="identifier_type_label")
def identifier_type_label_filter(code: str) -> str:
    """Return an identifier type's label in the page's language."""
    return str(identifier_type_label(code))


@register.filter
def advice_channel_label(code: str) -> str:
    """Return an advisor channel's name in the page's language (an unknown code as it is)."""
    label = CHANNEL_LABELS.get(code)
    return pgettext("advice channel", label) if label is not None else code


def _translated_text(stored: object, english: str) -> str:
    try:
        return render_text(
            stored,
            gettext=gettext,
            pgettext=pgettext,
            # Django's catalogues name the languages in each language of the pages.
            language_name=lambda code: gettext(language_name(code)),
        )
    except (KeyError, ValueError, TypeError):
        # A catalogue entry whose placeholders do not match its English: the English is right.
        return english


@register.filter
def flag_text(flag: Mapping[str, Any]) -> str:
    """Return an intake's triage flag in the page's language (its English message when it was
    stored before flags kept their template)."""
    message = str(flag.get("message", ""))
    if "template" not in flag:
        return message
    return _translated_text(
        {"template": flag["template"], "params": flag.get("params") or {}}, message
    )


@register.filter
def authority_reason(guess: Mapping[str, Any]) -> str:
    """Return why the requesting authority was guessed (or not), in the page's language."""
    reason = str(guess.get("reason", ""))
    stored = guess.get("reason_text")
    return _translated_text(stored, reason) if stored else reason
