"""Template tag: the "already asked elsewhere" box of a request page."""

from typing import Any

from django import template

from rogatory.deconfliction.queries import Match
from rogatory.deconfliction.services import matches_for_request

register = template.Library()


@register.simple_tag(takes_context=True)
def matches_elsewhere(context: dict[str, Any], item: Any) -> list[Match]:
    """Other units' requests sharing an identifier with this one (the look-up is audited)."""
    request = context["request"]
    source = f"web {request.META.get('REMOTE_ADDR', '')}".strip()
    return matches_for_request(request.user, item.pk, source=source)
