"""The "who asked about this identifier?" page and the overview of overlaps."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from rogatory.core.errors import NotFound, ValidationFailed
from rogatory.deconfliction.lookups import view_identifier_overview
from rogatory.deconfliction.queries import Match
from rogatory.deconfliction.services import who_asked
from rogatory.requests.models import IdentifierType, identifier_type_label, translated_choices
from rogatory.web.views import _source, _user


@login_required
@require_http_methods(["GET"])
def identifiers_page(request: HttpRequest) -> HttpResponse:
    identifier_type = request.GET.get("type", "")
    value = request.GET.get("value", "")
    matches: list[Match] = []
    error = ""
    status = 200
    # Nothing is looked up (nor audited) until a value is given.
    if value.strip():
        try:
            matches = who_asked(_user(request), identifier_type, value, source=_source(request))
        except ValidationFailed as refused:
            error, status = refused.text, 422
    return render(
        request,
        "web/deconfliction_identifiers.html",
        {
            "types": translated_choices(IdentifierType.choices, identifier_type_label),
            "chosen_type": identifier_type or IdentifierType.EMAIL,
            "value": value,
            "matches": matches,
            "looked_up": bool(value.strip()) and not error,
            "error": error,
        },
        status=status,
    )


@login_required
@require_http_methods(["GET"])
def identifiers_overview(request: HttpRequest) -> HttpResponse:
    try:
        overview = view_identifier_overview(_user(request), source=_source(request))
    except NotFound:
        raise Http404() from None
    return render(request, "web/deconfliction_overview.html", {"overview": overview})
