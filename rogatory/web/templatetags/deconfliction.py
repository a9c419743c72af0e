"""Template tags: the "already asked elsewhere" box of a request page, in the active language."""

import re
from collections.abc import Mapping
from typing import Any

from django import template
from django.urls import reverse
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext, ngettext, pgettext

from rogatory.deconfliction.queries import Match
from rogatory.deconfliction.services import matches_for_request
from rogatory.requests.models import IdentifierType, State, identifier_type_label

register = template.Library()

_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
# One number of each CLDR plural category, chosen so that in every form language the gettext
# plural formula picks the form that category names (ar: 0, 1, 2, 3-10, 11-99, 100-102; ru: 1,
# 2-4, 5-20). The page's script asks Intl.PluralRules for the category of its own count.
PLURAL_SAMPLES = {"zero": 0, "one": 1, "two": 2, "few": 3, "many": 11, "other": 100}


def _visible_pattern() -> str:
    return gettext("%(type)s %(value)s is already in %(reference)s of %(unit)s (%(code)s)")


def _hidden_pattern() -> str:
    return gettext("%(type)s %(value)s is already in a request of %(unit)s (%(code)s)")


def _provider_pattern() -> str:
    return gettext("to %(provider)s")


def _contact_pattern() -> str:
    return gettext("Contact: %(reach)s")


def _count_pattern(count: int) -> str:
    return ngettext(
        "%(count)s match: coordinate before acting.",
        "%(count)s matches: coordinate before acting.",
        count,
    )


def fill(pattern: str, parts: Mapping[str, str]) -> SafeString:
    """Return the pattern with each %(name)s replaced by its part; text outside parts escaped.

    Parts are HTML already (built with format_html); the translated pattern itself is escaped so
    that no catalogue entry can inject markup.
    """
    pieces: list[str] = []
    position = 0
    for placeholder in _PLACEHOLDER.finditer(pattern):
        pieces.append(conditional_escape(pattern[position : placeholder.start()]))
        pieces.append(parts.get(placeholder.group(1), ""))
        position = placeholder.end()
    pieces.append(conditional_escape(pattern[position:]))
    return mark_safe("".join(pieces))  # noqa: S308


@register.simple_tag
def match_line(match: Match) -> SafeString:
    """Say where the identifier already is: type, value, the request (a link when the user may
    open it), unit, provider, date and state; never another unit's reference."""
    parts = {
        "type": conditional_escape(identifier_type_label(match.identifier_type)),
        "value": format_html('<code dir="ltr">{}</code>', match.value),
        "unit": format_html("<strong>{}</strong>", match.unit_name),
        "code": conditional_escape(match.unit_code),
    }
    if match.visible:
        parts["reference"] = format_html(
            '<a href="{}">{}</a>',
            reverse("web:request_detail", args=[match.request_id]),
            match.our_reference,
        )
        line = fill(_visible_pattern(), parts)
    else:
        line = fill(_hidden_pattern(), parts)
    if match.provider:
        line = format_html(
            "{} {}",
            line,
            fill(_provider_pattern(), {"provider": conditional_escape(match.provider)}),
        )
    when = match.date.isoformat() if match.date else "—"
    return format_html("{}, {}, {}.", line, when, pgettext("request state", match.state))


@register.simple_tag
def match_contact(match: Match) -> str:
    """Return how to reach the unit holding the other request ('' when no contact is known)."""
    if not match.contact_name:
        return ""
    reach = " · ".join(
        part for part in (match.contact_name, match.contact_email, match.contact_phone) if part
    )
    return _contact_pattern() % {"reach": reach}


@register.simple_tag
def match_count(count: int) -> str:
    """Return 'N matches: coordinate before acting.' in the active language."""
    return _count_pattern(count) % {"count": count}


@register.simple_tag
def draft_match_texts() -> dict[str, Any]:
    """Return the sentences the live box's script writes, in the active language."""
    return {
        "visible": _visible_pattern(),
        "hidden": _hidden_pattern(),
        "provider": _provider_pattern(),
        "contact": _contact_pattern(),
        "count": {category: _count_pattern(n) for category, n in PLURAL_SAMPLES.items()},
        "none": gettext("No other request carries these identifiers."),
        "empty": gettext("Type an identifier to see whether another request already carries it."),
        "checking": gettext("Checking…"),
        "failed": gettext("The check failed."),
        "unreachable": gettext("The check could not reach the server; it runs again as you type."),
        # A match names its identifier's type by code and its request's state by English label.
        "types": {code: str(identifier_type_label(code)) for code in IdentifierType.values},
        "states": {label: pgettext("request state", label) for _, label in State.choices},
    }


@register.simple_tag(takes_context=True)
def matches_elsewhere(context: dict[str, Any], item: Any) -> list[Match]:
    """Other units' requests sharing an identifier with this one (the look-up is audited)."""
    request = context["request"]
    source = f"web {request.META.get('REMOTE_ADDR', '')}".strip()
    return matches_for_request(request.user, item.pk, source=source)
