"""The glossary page: legal and technical terms in the form languages (reference data)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from rogatory.core.errors import ValidationFailed
from rogatory.core.languages import LANGUAGE_RECORDS
from rogatory.glossary.queries import parse_languages


@login_required
@require_GET
def glossary_page(request: HttpRequest) -> HttpResponse:
    """Show the glossary in the languages of ?languages=fr,ar (all seven when absent)."""
    requested = request.GET.getlist("languages")
    error, status = "", 200
    try:
        languages = parse_languages(requested)
    except ValidationFailed as refused:
        error, status, languages = refused.text, 400, ()
    return render(
        request,
        "web/glossary.html",
        {
            "error": error,
            "languages_text": ",".join(language.code for language in languages),
            "form_languages": list(LANGUAGE_RECORDS.values()),
        },
        status=status,
    )
