"""/intake/: upload received files, review the draft they give, correct it and confirm it.

Thin views over rogatory.intake's services; every intake loads through access_intake (404 for
missing and for another authority's intake alike).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from rogatory.core.errors import DomainError, NotFound
from rogatory.deconfliction.lookups import draft_identifiers, matches_for_draft
from rogatory.directory.models import Authority, AuthorityType
from rogatory.intake.access import access_intake, intakes_visible_to
from rogatory.intake.models import BatchStage, IntakeBatch, IntakeDocument
from rogatory.intake.services import confirm_intake, process_intake, receive_intake
from rogatory.requests.models import identifier_type_label
from rogatory.web.forms import AuthorityChoiceField, kind_choices
from rogatory.web.views import _source, _status, _user

# What the file picker offers; the services decide what they can read and say so if not.
ACCEPTED = ".pdf,.png,.jpg,.jpeg,.tif,.tiff,.gif,.bmp,.webp,.docx,.eml,.txt"
RECENT = 20
# The draft's fields shown for review, in the order of the form, with their labels.
DRAFT_FIELDS = (
    ("kind", _("Kind")),
    ("language", _("Language")),
    ("requesting_authority", _("Requesting authority")),
    ("request_date", _("Date of the letter")),
    ("their_reference", _("Their reference")),
    ("legal_provisions", _("Legal provisions")),
    ("summary_of_facts", _("Summary of facts")),
)


# --- Highlighting by span --------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A stretch of a page's text to wrap in an element: an identifier or a field's source."""

    start: int
    end: int
    element_id: str
    css_class: str
    title: str = ""


def highlight(text: str, spans: Sequence[Span]) -> SafeString:
    """Return the text as HTML with each span wrapped in a <mark>; every piece of text escaped.

    Spans nest (a username inside a URL); a span crossing one already open is left out, as is a
    span outside the text, so the markup is always well formed.
    """
    ordered = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)),
        key=lambda s: (s.start, -s.end),
    )
    parts: list[str] = []
    open_ends: list[int] = []
    position = 0

    def close_until(limit: int) -> None:
        nonlocal position
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            parts.append(escape(text[position:end]))
            parts.append("</mark>")
            position = end

    for span in ordered:
        close_until(span.start)
        if open_ends and span.end > open_ends[-1]:
            continue
        parts.append(escape(text[position : span.start]))
        parts.append(
            format_html(
                '<mark id="{}" class="{}" title="{}">', span.element_id, span.css_class, span.title
            )
        )
        open_ends.append(span.end)
        position = span.start
    close_until(len(text))
    parts.append(escape(text[position:]))
    # Every piece is either escaped text or markup built by format_html.
    return mark_safe("".join(parts))  # noqa: S308


def identifier_anchor(document: int, page: int, start: int, end: int) -> str:
    """Return the HTML id of an identifier's span on its page."""
    return f"id-{document}-{page}-{start}-{end}"


def source_anchor(field_name: str) -> str:
    """Return the HTML id of the span a draft field came from ('data_items[2]' -> 'src-data_items-2')."""
    return "src-" + field_name.replace("[", "-").replace("]", "")


# --- Forms -----------------------------------------------------------------------------------


class ConfirmForm(forms.Form):
    requesting_authority = AuthorityChoiceField(
        label=_("Requesting authority"),
        queryset=Authority.objects.none(),
        to_field_name="code",
        empty_label=_("Choose from the directory"),
    )
    our_reference = forms.CharField(label=_("Our reference"), max_length=100)
    kind = forms.ChoiceField(label=_("Kind of request"))
    their_reference = forms.CharField(label=_("Their reference"), max_length=100, required=False)

    def __init__(self, *args: Any, own_authority: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        authorities = Authority.objects.select_related("country").exclude(
            authority_type=AuthorityType.SERVICE_PROVIDER
        )
        if own_authority is not None:
            authorities = authorities.exclude(pk=own_authority)
        self.fields["requesting_authority"].queryset = (  # type: ignore[attr-defined]
            authorities.order_by("country_id", "name")
        )
        self.fields["kind"].choices = kind_choices("incoming")  # type: ignore[attr-defined]


# --- Upload ----------------------------------------------------------------------------------


def _recent(user: Any) -> list[IntakeBatch]:
    names = IntakeDocument.objects.only("pk", "batch_id", "position", "file_name", "stage")
    return list(
        intakes_visible_to(user)
        .select_related("created_by", "request")
        .prefetch_related(Prefetch("documents", queryset=names))[:RECENT]
    )


@login_required
@require_http_methods(["GET", "POST"])
def intake_upload(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    error = ""
    status = 200
    if request.method == "POST":
        uploads = request.FILES.getlist("files")
        try:
            batch = receive_intake(
                user,
                [(upload.name or "upload", upload.read()) for upload in uploads],
                source=_source(request),
            )
        except DomainError as refused:
            error, status = refused.text, _status(refused)
        else:
            # Read now, as the API does, so the officer lands on a ready draft; the queued tasks
            # then find nothing left to do.
            process_intake(batch.pk)
            return redirect("web:intake_review", intake_id=batch.pk)
    return render(
        request,
        "web/intake_upload.html",
        {"error": error, "intakes": _recent(user), "accepted": ACCEPTED},
        status=status,
    )


# --- Review and confirm ----------------------------------------------------------------------


@dataclass
class PageView:
    number: int
    method: str
    ocr_confidence: float | None
    language: str
    html: SafeString


@dataclass
class DocumentView:
    document: IntakeDocument
    pages: list[PageView] = field(default_factory=list)


def flag_anchor(code: str, index: int) -> str:
    """Return the HTML id of the index-th stretch of text a triage flag points to."""
    return f"flag-{code}-{index}"


def _page_spans(
    position: int,
    page: int,
    identifiers: list[Any],
    provenance: dict[str, dict[str, int]],
    flags: list[dict[str, Any]],
) -> list[Span]:
    spans = [
        Span(
            i.start,
            i.end,
            identifier_anchor(position, page, i.start, i.end),
            f"ident ident-{i.type}" + (" ident-flagged" if i.flags else ""),
            i.type,
        )
        for i in identifiers
        if i.page == page
    ]
    spans.extend(
        Span(
            where["start"],
            where["end"],
            source_anchor(name),
            "source",
            gettext("source of %(field)s") % {"field": name},
        )
        for name, where in provenance.items()
        if where.get("document") == position and where.get("page") == page
    )
    spans.extend(
        Span(where["start"], where["end"], flag_anchor(flag["code"], index), "source", flag["code"])
        for flag in flags
        for index, where in enumerate(flag.get("spans", []))
        if where.get("document") == position and where.get("page") == page
    )
    return spans


def _documents(batch: IntakeBatch) -> list[DocumentView]:
    documents = batch.documents.defer("content").prefetch_related("pages", "identifiers")
    views = []
    for document in documents:
        identifiers = list(document.identifiers.all())
        views.append(
            DocumentView(
                document,
                [
                    PageView(
                        page.number,
                        page.method,
                        page.ocr_confidence,
                        page.language,
                        highlight(
                            page.text,
                            _page_spans(
                                document.position,
                                page.number,
                                identifiers,
                                batch.provenance,
                                batch.flags,
                            ),
                        ),
                    )
                    for page in document.pages.all()
                ],
            )
        )
    return views


def _identifier_rows(batch: IntakeBatch, documents: list[DocumentView]) -> list[dict[str, Any]]:
    return [
        {
            "row": row,
            "document": view.document,
            "anchor": identifier_anchor(view.document.position, row.page, row.start, row.end),
        }
        for view in documents
        for row in view.document.identifiers.all()
    ]


def _draft_value(value: Any) -> Any:
    if isinstance(value, dict):
        code = value.get("code", "")
        return f"{value.get('name', '')} ({code})".strip() if code else ""
    return value


def _draft_rows(batch: IntakeBatch) -> list[dict[str, Any]]:
    rows = [
        {
            "label": str(label),
            "value": _draft_value(batch.draft.get(name, "")),
            "anchor": source_anchor(name) if name in batch.provenance else "",
        }
        for name, label in DRAFT_FIELDS
    ]
    for index, item in enumerate(batch.draft.get("data_items", [])):
        name = f"data_items[{index}]"
        rows.append(
            {
                "label": gettext("Data item %(number)s (%(type)s)")
                % {
                    "number": index + 1,
                    "type": identifier_type_label(str(item.get("identifier_type", ""))),
                },
                "value": item.get("value", ""),
                "anchor": source_anchor(name) if name in batch.provenance else "",
            }
        )
    return rows


def _access(request: HttpRequest, intake_id: int) -> IntakeBatch:
    try:
        return access_intake(_user(request), intake_id)
    except NotFound:
        raise Http404() from None


@login_required
@require_http_methods(["GET", "POST"])
def intake_review(request: HttpRequest, intake_id: int) -> HttpResponse:
    user = _user(request)
    batch = _access(request, intake_id)
    initial = {
        "kind": batch.draft.get("kind", batch.kind),
        "their_reference": batch.draft.get("their_reference", ""),
        # Pre-selected, never assumed: the officer sees the guess and confirms or changes it.
        "requesting_authority": batch.authority_guess.get("code") or None,
    }
    form = ConfirmForm(
        request.POST if request.method == "POST" else None,
        initial=initial,
        own_authority=user.authority_id,
    )
    error = ""
    status = 200
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            transmission = confirm_intake(
                user,
                batch.pk,
                requesting_authority=data["requesting_authority"].code,
                our_reference=data["our_reference"],
                kind=data["kind"],
                their_reference=data["their_reference"],
                source=_source(request),
            )
        except DomainError as refused:
            error, status = refused.text, _status(refused)
        else:
            messages.success(
                request,
                gettext(
                    "Registered as %(reference)s; the acknowledgement of receipt is on its way "
                    "to %(recipient)s."
                )
                % {"reference": data["our_reference"], "recipient": transmission.recipient},
            )
            return redirect("web:request_detail", request_id=transmission.request_id)
    elif request.method == "POST":
        status = 422
    documents = _documents(batch)
    return render(
        request,
        "web/intake_review.html",
        {
            "batch": batch,
            "documents": documents,
            "identifiers": _identifier_rows(batch, documents),
            "draft_rows": _draft_rows(batch),
            "form": form,
            "error": error,
            "can_confirm": batch.stage == BatchStage.DRAFTED,
            # Who else asked about the draft's identifiers (audited; no content of theirs).
            "draft_matches": matches_for_draft(
                user,
                draft_identifiers(batch.draft.get("data_items", [])),
                request_id=batch.request_id,
                intake_id=batch.pk,
                source=_source(request),
            ),
        },
        status=status,
    )
