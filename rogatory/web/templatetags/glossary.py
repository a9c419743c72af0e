"""Template tag: the glossary of legal and technical terms in the languages of a request."""

from django import template

from rogatory.core.languages import form_language
from rogatory.glossary.queries import Glossary, terms_for

register = template.Library()


@register.simple_tag
def glossary_for(*codes: object) -> Glossary:
    """Return the glossary in the given languages (comma-separated lists allowed); codes that
    are not form languages are left out, since a form being corrected may hold any value."""
    known = [
        code
        for value in codes
        for code in str(value or "").split(",")
        if code.strip() and form_language(code.strip()) is not None
    ]
    return terms_for(known)
