"""The web interface: thin views over services and queries (no model is saved here)."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from rogatory.accounts.models import User
from rogatory.accounts.services import sign_in, sign_out
from rogatory.advice.queries import advice_for_request
from rogatory.audit.models import AuditAction
from rogatory.audit.services import record_event
from rogatory.core.clock import now
from rogatory.core.errors import (
    DomainError,
    IncompleteRequest,
    InvalidTransition,
    NotAllowed,
    NotFound,
    ValidationFailed,
)
from rogatory.directory.models import Authority
from rogatory.documents.models import StoredDocument
from rogatory.documents.queries import read_stored_document
from rogatory.requests import services
from rogatory.requests.checks import check_request
from rogatory.requests.kinds import REGISTRY, KindSpec
from rogatory.requests.kinds.eu import NON_EXECUTION_REASONS
from rogatory.requests.models import (
    Channel,
    CooperationRequest,
    Direction,
    Outcome,
    State,
    state_label,
    translated_choices,
)
from rogatory.requests.queries import (
    check_stored_request,
    dashboard_requests,
    request_document,
    time_left,
    unread_reminders,
)
from rogatory.requests.states import available_events
from rogatory.transmission import services as transmission
from rogatory.transmission.models import Transmission
from rogatory.web.forms import (
    CLOSING_OUTCOMES,
    DATA_ITEM_PREFIX,
    DataItemFormSet,
    RequestForm,
    SignInForm,
    build_document,
    initial_from_document,
    kind_choices,
)
from rogatory.web.templatetags.rogatory_web import zone_or_utc

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

ERROR_STATUS: dict[type[DomainError], int] = {
    NotAllowed: 403,
    InvalidTransition: 409,
    IncompleteRequest: 409,
    ValidationFailed: 422,
}


def _source(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))[:80]


def _user(request: HttpRequest) -> User:
    user = request.user
    if not isinstance(user, User):
        raise Http404()
    return user


def _status(error: DomainError) -> int:
    for kind, status in ERROR_STATUS.items():
        if isinstance(error, kind):
            return status
    return 400


# --- Sign-in ---------------------------------------------------------------------------------


@require_http_methods(["GET", "POST"])
def sign_in_page(request: HttpRequest) -> HttpResponse:
    form = SignInForm(request.POST or None)
    error = ""
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if request.method == "POST" and form.is_valid():
        try:
            sign_in(
                request,
                form.cleaned_data["username"],
                form.cleaned_data["password"],
                _source(request),
            )
        except DomainError as refused:
            error = refused.text
        else:
            if not url_has_allowed_host_and_scheme(
                next_url, {request.get_host()}, require_https=request.is_secure()
            ):
                next_url = reverse("web:dashboard")
            return HttpResponseRedirect(next_url)
    return render(
        request,
        "web/sign_in.html",
        {"form": form, "error": error, "next": next_url},
        status=401 if error else 200,
    )


@require_POST
def sign_out_page(request: HttpRequest) -> HttpResponse:
    sign_out(request, _source(request))
    messages.info(request, gettext("You are signed out."))
    return redirect("web:sign_in")


# --- Dashboard -------------------------------------------------------------------------------


def _counterpart(item: CooperationRequest) -> Authority:
    if item.direction == Direction.OUTGOING:
        return item.requested_authority
    return item.requesting_authority


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user = _user(request)
    requests = dashboard_requests(user)
    state = request.GET.get("state", "")
    direction = request.GET.get("direction", "")
    if state in State.values:
        requests = requests.filter(state=state)
    if direction in Direction.values:
        requests = requests.filter(direction=direction)
    instant = now()
    with transaction.atomic():
        rows = [
            {
                "request": item,
                "counterpart": _counterpart(item),
                "time_left": time_left(item.next_deadline_at, instant),
                "is_overdue": item.next_deadline_at is not None and item.next_deadline_at < instant,
            }
            for item in requests
        ]
        services.record_request_list_access(
            user,
            count=len(rows),
            filters={
                key: value for key, value in (("state", state), ("direction", direction)) if value
            },
            source=_source(request),
        )
    return render(
        request,
        "web/dashboard.html",
        {
            "rows": rows,
            "reminders": list(unread_reminders(user)[:20]),
            "states": translated_choices(State.choices, state_label),
            "directions": Direction.choices,
            "state": state,
            "direction": direction,
            "zone": user.time_zone,
        },
    )


@login_required
@require_POST
def reminder_read(request: HttpRequest, reminder_id: int) -> HttpResponse:
    try:
        services.mark_reminder_read(_user(request), reminder_id, source=_source(request))
    except NotFound:
        raise Http404() from None
    messages.success(request, gettext("Reminder marked as read."))
    return redirect("web:dashboard")


# --- Request form ----------------------------------------------------------------------------


def _chosen_kind(request: HttpRequest, existing: CooperationRequest | None) -> str:
    # A form posted without a kind is a preservation request (the foundation's form); an
    # unknown one is refused by the form's own kind field.
    source = request.POST if request.method == "POST" else request.GET
    chosen = source.get("kind") or (existing.kind if existing is not None else "preservation")
    return chosen if chosen in REGISTRY else "preservation"


def _shown_blocks(spec: KindSpec) -> dict[str, bool]:
    """Say which common blocks of the T-CY form a kind uses."""
    required = set(spec.required_common)
    is_preservation = spec.code == "preservation"
    return {
        "requested": spec.is_transmitted,
        "offence": spec.uses_offence or bool(required & {"offence", "summary_of_facts"}),
        "data_items": spec.uses_data_items,
        "relation": spec.uses_data_items or "relation_to_offence" in required,
        "custodian": spec.uses_custodian or "custodian" in required,
        "preservation": is_preservation
        or spec.lifecycle == "preservation"
        or bool(required & {"necessity_of_preservation", "intends_mla_request"}),
        "art30": is_preservation,
    }


def _form_page(
    request: HttpRequest, *, direction: str, existing: CooperationRequest | None
) -> HttpResponse:
    user = _user(request)
    defects: list[Any] = []
    checked = False
    error = ""
    error_defects: list[str] = []
    status = 200
    kind = _chosen_kind(request, existing)
    if request.method == "POST":
        form = RequestForm(request.POST, kind=kind, direction=direction)
        items = DataItemFormSet(request.POST, prefix=DATA_ITEM_PREFIX)
        if form.is_valid() and items.is_valid():
            try:
                document = build_document(form, items, direction, user.time_zone)
                if "check" in request.POST:
                    defects = check_request(document)
                    form.show_check_messages(defects)
                    checked = True
                elif existing is None:
                    created = services.create_request(user, document, source=_source(request))
                    messages.success(request, _saved_message(created, is_new=True))
                    return redirect("web:request_detail", request_id=created.pk)
                else:
                    updated = services.update_request(
                        user, existing.pk, document, source=_source(request)
                    )
                    messages.success(request, _saved_message(updated, is_new=False))
                    return redirect("web:request_detail", request_id=updated.pk)
            except NotFound:
                raise Http404() from None
            except DomainError as refused:
                error, status = refused.text, _status(refused)
                error_defects = getattr(refused, "defect_texts", [])
        else:
            status = 422
            error = gettext("Some fields need attention: see the messages next to them.")
    elif existing is not None:
        initial, item_initial = initial_from_document(request_document(existing), user.time_zone)
        form = RequestForm(initial=initial, kind=kind, direction=direction)
        items = DataItemFormSet(initial=item_initial, prefix=DATA_ITEM_PREFIX)
    else:
        form = RequestForm(
            initial={**_new_initial(user, direction), "kind": kind}, kind=kind, direction=direction
        )
        items = DataItemFormSet(prefix=DATA_ITEM_PREFIX)
    spec = form.spec
    return render(
        request,
        "web/request_form.html",
        {
            "form": form,
            "items": items,
            "direction": direction,
            "existing": existing,
            "spec": spec,
            "kind_groups": kind_choices(direction),
            "detail_sections": form.detail_sections(),
            "shows": _shown_blocks(spec),
            "data_items_title": spec.data_items_title or gettext("Data to preserve"),
            "defects": defects,
            "checked": checked,
            "error": error,
            "error_defects": error_defects,
            "errors": [d for d in defects if d.severity == "error"],
            "warnings": [d for d in defects if d.severity == "warning"],
        },
        status=status,
    )


def _saved_message(item: CooperationRequest, *, is_new: bool) -> str:
    reference = {"reference": item.our_reference}
    if item.direction == Direction.INCOMING:
        if is_new:
            return gettext("Incoming request %(reference)s created.") % reference
        return gettext("Incoming request %(reference)s saved.") % reference
    if is_new:
        return gettext("Draft %(reference)s created.") % reference
    return gettext("Draft %(reference)s saved.") % reference


def _new_initial(user: User, direction: str) -> dict[str, Any]:
    authority = user.authority
    code = authority.code if authority is not None else None
    side = "requesting_authority" if direction == Direction.OUTGOING else "requested_authority"
    language = user.preferred_language if user.preferred_language in {"en", "fr", "es"} else "en"
    return {
        side: code,
        "request_date": now().astimezone(zone_or_utc(user.time_zone)).date(),
        "is_confidential": True,
        "urgency": "urgent",
        "language": language,
        "counterpart_language": "en",
    }


@login_required
@require_http_methods(["GET", "POST"])
def request_new(request: HttpRequest) -> HttpResponse:
    return _form_page(request, direction=Direction.OUTGOING, existing=None)


@login_required
@require_http_methods(["GET", "POST"])
def request_incoming_new(request: HttpRequest) -> HttpResponse:
    return _form_page(request, direction=Direction.INCOMING, existing=None)


@login_required
@require_http_methods(["GET", "POST"])
def request_edit(request: HttpRequest, request_id: int) -> HttpResponse:
    try:
        existing = services.open_request(_user(request), request_id, source=_source(request))
    except NotFound:
        raise Http404() from None
    return _form_page(request, direction=existing.direction, existing=existing)


# --- Request detail and actions --------------------------------------------------------------


REASONS_LABEL = gettext_lazy("Reasons")


@dataclass(frozen=True)
class Action:
    """A button on the detail page: the lifecycle event, its label and the service it calls."""

    event: str
    label: "StrOrPromise"
    run: Callable[[User, int, HttpRequest], CooperationRequest]
    asks: tuple[str, ...] = ()
    style: str = "secondary"
    # The label of the free-text box when the action asks for one.
    note_label: "StrOrPromise" = REASONS_LABEL


def _reason(request: HttpRequest) -> str:
    return request.POST.get("reason", "").strip()


def _expires_at(request: HttpRequest, user: User) -> datetime | None:
    text = request.POST.get("expires_at", "").strip()
    if not text:
        return None
    try:
        stated = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationFailed(
            gettext("'%(text)s' is not a date and time.") % {"text": text}
        ) from None
    if stated.tzinfo is None:
        # The form asks for the viewer's local time; the zone is named next to the field.
        stated = stated.replace(tzinfo=zone_or_utc(user.time_zone))
    return stated


def _answer(event: str) -> Callable[[User, int, HttpRequest], CooperationRequest]:
    def run(user: User, request_id: int, request: HttpRequest) -> CooperationRequest:
        return services.record_counterpart_answer(
            user, request_id, event, reason=_reason(request), source=_source(request)
        )

    return run


def _answer_incoming(event: str) -> Callable[[User, int, HttpRequest], CooperationRequest]:
    def run(user: User, request_id: int, request: HttpRequest) -> CooperationRequest:
        return services.answer_incoming_request(
            user, request_id, event, note=_reason(request), source=_source(request)
        )

    return run


def _non_execution(user: User, request_id: int, request: HttpRequest) -> CooperationRequest:
    return services.record_non_execution(
        user,
        request_id,
        reason_code=request.POST.get("reason_code", ""),
        explanation=request.POST.get("explanation", "").strip(),
        source=_source(request),
    )


def _follow_up(user: User, request_id: int, request: HttpRequest) -> CooperationRequest:
    return services.create_follow_up_request(
        user, request_id, request.POST.get("kind", ""), source=_source(request)
    )


def _withdraw(user: User, request_id: int, request: HttpRequest) -> CooperationRequest:
    if not _reason(request):
        raise ValidationFailed(gettext("Say why the request is withdrawn."))
    return services.withdraw_request(
        user, request_id, reason=_reason(request), source=_source(request)
    )


def _close(user: User, request_id: int, request: HttpRequest) -> CooperationRequest:
    return services.close_request(
        user,
        request_id,
        outcome=request.POST.get("outcome", ""),
        note=request.POST.get("note", "").strip(),
        source=_source(request),
    )


def _received_at(request: HttpRequest, user: User) -> datetime | None:
    text = request.POST.get("received_at", "").strip()
    if not text:
        return None
    try:
        stated = datetime.fromisoformat(text)
    except ValueError:
        raise ValidationFailed(
            gettext("'%(text)s' is not a date and time.") % {"text": text}
        ) from None
    return stated if stated.tzinfo else stated.replace(tzinfo=zone_or_utc(user.time_zone))


ACTIONS: dict[str, Action] = {
    action.event: action
    for action in (
        Action(
            "approve",
            gettext_lazy("Approve"),
            lambda u, i, r: services.approve_request(u, i, source=_source(r)),
            style="primary",
        ),
        Action(
            "send",
            gettext_lazy("Send by e-mail"),
            lambda u, i, r: (
                transmission.send_request(u, i, channel="email", source=_source(r)).request
            ),
            style="primary",
        ),
        Action(
            "record_acknowledgement",
            gettext_lazy("Record acknowledgement received"),
            lambda u, i, r: (
                transmission.record_acknowledgement_received(
                    u,
                    i,
                    channel=r.POST.get("channel", "email"),
                    acknowledged_at=_received_at(r, u),
                    their_reference=r.POST.get("their_reference", "").strip(),
                    note=r.POST.get("note", "").strip(),
                    source=_source(r),
                ).request
            ),
            asks=("their_reference", "channel", "received_at"),
        ),
        Action(
            "record_preservation_confirmed",
            gettext_lazy("Record preservation confirmed"),
            lambda u, i, r: services.record_preservation_confirmed(
                u, i, expires_at=_expires_at(r, u), source=_source(r)
            ),
            asks=("expires_at",),
            style="primary",
        ),
        Action(
            "record_clarification_request",
            gettext_lazy("Record clarification request"),
            _answer("record_clarification_request"),
            asks=("reason",),
        ),
        Action(
            "answer_clarification",
            gettext_lazy("Clarification answered"),
            _answer("answer_clarification"),
            asks=("reason",),
            note_label=gettext_lazy("Note"),
        ),
        Action(
            "record_refusal",
            gettext_lazy("Record refusal"),
            _answer("record_refusal"),
            asks=("reason",),
            style="danger",
        ),
        Action(
            "order_preservation",
            gettext_lazy("Order preservation"),
            lambda u, i, r: services.order_preservation(u, i, note=_reason(r), source=_source(r)),
            asks=("reason",),
            note_label=gettext_lazy("Note"),
            style="primary",
        ),
        Action(
            "acknowledge",
            gettext_lazy("Acknowledge receipt (sends the letter)"),
            lambda u, i, r: transmission.acknowledge_request(u, i, source=_source(r)).request,
            style="primary",
        ),
        Action(
            "confirm_preservation",
            gettext_lazy("Confirm preservation (sends the letter)"),
            lambda u, i, r: (
                transmission.confirm_preservation_with_letter(
                    u, i, expires_at=_expires_at(r, u), source=_source(r)
                ).request
            ),
            asks=("expires_at",),
            style="primary",
        ),
        Action(
            "ask_clarification",
            gettext_lazy("Ask for clarification (sends the letter)"),
            lambda u, i, r: (
                transmission.ask_clarification(u, i, _reason(r), source=_source(r)).request
            ),
            asks=("reason",),
        ),
        Action(
            "refuse",
            gettext_lazy("Refuse (sends the letter)"),
            lambda u, i, r: (
                transmission.refuse_request(u, i, _reason(r), source=_source(r)).request
            ),
            asks=("reason",),
            style="danger",
        ),
        Action(
            "record_response",
            gettext_lazy("Record the data or evidence received"),
            _answer("record_response"),
            asks=("reason",),
            note_label=gettext_lazy("Note"),
            style="primary",
        ),
        Action(
            "record_conditions_accepted",
            gettext_lazy("Record conditions accepted (the receiver is bound)"),
            _answer("record_conditions_accepted"),
            asks=("reason",),
            note_label=gettext_lazy("Note"),
            style="primary",
        ),
        Action(
            "record_cannot_comply",
            gettext_lazy("Record that the receiver cannot comply"),
            _answer("record_cannot_comply"),
            asks=("reason",),
        ),
        Action(
            "release_information",
            gettext_lazy("Release the information"),
            _answer("release_information"),
            asks=("reason",),
            note_label=gettext_lazy("Note"),
            style="primary",
        ),
        Action(
            "withhold_information",
            gettext_lazy("Withhold the information"),
            _answer("withhold_information"),
            asks=("reason",),
            style="danger",
        ),
        Action(
            "record_non_execution",
            gettext_lazy("Record non-execution notice"),
            _non_execution,
            asks=("reason_code", "explanation"),
            style="danger",
        ),
        Action(
            "issue_non_execution_notice",
            gettext_lazy("Issue non-execution notice"),
            _non_execution,
            asks=("reason_code", "explanation"),
            style="danger",
        ),
        Action(
            "record",
            gettext_lazy("Record the access (nothing is sent)"),
            lambda u, i, r: services.record_transborder_access(u, i, source=_source(r)),
            style="primary",
        ),
        Action(
            "respond",
            gettext_lazy("Record that we answered (data or evidence sent)"),
            _answer_incoming("respond"),
            asks=("reason",),
            note_label=gettext_lazy("Note"),
            style="primary",
        ),
        Action(
            "accept_conditions",
            gettext_lazy("Accept the conditions (we are bound by them)"),
            _answer_incoming("accept_conditions"),
            asks=("reason",),
            note_label=gettext_lazy("Note"),
            style="primary",
        ),
        Action(
            "declare_cannot_comply",
            gettext_lazy("Declare we cannot comply with the conditions"),
            _answer_incoming("declare_cannot_comply"),
            asks=("reason",),
            style="danger",
        ),
        Action("close", gettext_lazy("Close with outcome"), _close, asks=("outcome", "note")),
        Action("withdraw", gettext_lazy("Withdraw"), _withdraw, asks=("reason",), style="danger"),
        Action(
            "record_validation",
            gettext_lazy("Record the ex-post validation"),
            lambda u, i, r: services.record_validation(
                u, i, validated_by=_reason(r), source=_source(r)
            ),
            asks=("reason",),
            note_label=gettext_lazy("Validated by (judge, court or prosecutor)"),
            style="primary",
        ),
        Action(
            "create_extension",
            gettext_lazy("Create extension request"),
            lambda u, i, r: services.create_extension_request(u, i, source=_source(r)),
        ),
        Action("follow_up", gettext_lazy("Prepare the follow-up"), _follow_up),
    )
}
EXTENSION_STATES = {State.PRESERVATION_CONFIRMED, State.ACKNOWLEDGED, State.EXPIRED}
# What the requested side itself sends once it executed a request (Art. 30 after preserving);
# every other follow-up is the requesting side's next step (an MLA request, an EPOC).
REQUESTED_SIDE_FOLLOW_UPS = {"expedited_disclosure"}
NOT_YET_SENT = {State.DRAFT, State.APPROVED, State.WITHDRAWN}
FOLLOW_UP_LABELS = {
    "mla_subscriber": gettext_lazy("Prepare MLA request (subscriber information)"),
    "mla_stored_data": gettext_lazy("Prepare MLA request (stored data)"),
    "epoc": gettext_lazy("Prepare EPOC"),
    "expedited_disclosure": gettext_lazy("Prepare Art. 30 disclosure"),
}


def _follow_up_label(code: str, spec: KindSpec) -> str:
    label = FOLLOW_UP_LABELS.get(code)
    if label is not None:
        return str(label)
    return gettext("Prepare: %(title)s") % {"title": spec.title}


def follow_ups_for(item: CooperationRequest) -> list[tuple[str, str]]:
    """Return (kind, button label) of each request that may be prepared from this one now."""
    if item.state in NOT_YET_SENT:
        return []
    return [
        (code, _follow_up_label(code, spec))
        for code, spec in REGISTRY.items()
        if item.kind in spec.follows
        and (code in REQUESTED_SIDE_FOLLOW_UPS) == (item.direction == Direction.INCOMING)
    ]


def detail_rows(item: CooperationRequest) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """Return the kind's own sections with each field's label and its value as shown."""
    spec = REGISTRY[item.kind]
    sections = []
    for section in spec.sections:
        rows = []
        for detail in section.fields:
            value = item.details.get(detail.name)
            if detail.field_type == "boolean":
                shown = gettext("Yes") if value else gettext("No")
            elif detail.field_type == "choice":
                shown = str(dict(detail.choices).get(value, value or "—"))
            elif detail.field_type == "list":
                shown = ", ".join(value or []) or "—"
            else:
                shown = "—" if value in (None, "") else str(value)
            rows.append((str(detail.label), shown))
        sections.append((section.number, str(section.title), rows))
    return sections


def actions_for(item: CooperationRequest) -> list[Action]:
    """Return the buttons that apply to the request in its current state."""
    events = available_events(item.direction, item.state, item.kind)
    if (
        item.direction == Direction.OUTGOING
        and item.state in EXTENSION_STATES
        and REGISTRY[item.kind].lifecycle == "preservation"
    ):
        events.append("create_extension")
    if item.validation_due_at is not None:
        events.append("record_validation")
    return [ACTIONS[event] for event in events if event in ACTIONS]


def _counterpart_zone(item: CooperationRequest) -> str:
    contact = (
        item.requested_contact_point
        if item.direction == Direction.OUTGOING
        else item.requesting_contact_point
    )
    if contact is not None and contact.time_zone:
        return contact.time_zone
    return _counterpart(item).time_zone


def _render_detail(
    request: HttpRequest,
    item: CooperationRequest,
    *,
    error: str = "",
    error_defects: list[str] | None = None,
    status: int = 200,
    checked: bool = False,
) -> HttpResponse:
    user = _user(request)
    defects = check_stored_request(item)
    instant = now()
    deadlines = [
        (label, deadline, time_left(deadline, instant), deadline < instant)
        for label, deadline in (
            (gettext("Chase if no acknowledgement"), item.acknowledgement_chase_at),
            (gettext("Remind before expiry (send the MLA request)"), item.expiry_reminder_at),
            (gettext("Preservation expires"), item.preservation_expires_at),
            (gettext("Answer due"), item.response_due_at),
            (gettext("Ex-post validation due"), item.validation_due_at),
        )
        if deadline is not None
    ]
    spec = REGISTRY[item.kind]
    previous = item.previous_request
    return render(
        request,
        "web/request_detail.html",
        {
            "item": item,
            "spec": spec,
            "detail_sections": detail_rows(item),
            "follow_ups": follow_ups_for(item),
            "non_execution_reasons": list(NON_EXECUTION_REASONS.items()),
            # The original and its follow-ups belong to one desk; another desk's rows stay out.
            "previous": previous
            if previous is not None and previous.owner_authority_id == item.owner_authority_id
            else None,
            "chained": list(
                item.chained_requests.filter(owner_authority_id=item.owner_authority_id).order_by(
                    "created_at", "id"
                )
            ),
            "data_items_title": spec.data_items_title or gettext("Data to preserve"),
            "document": request_document(item),
            "data_items": list(item.data_items.all()),
            "advice": advice_for_request(item),
            "errors": [d for d in defects if d.severity == "error"],
            "warnings": [d for d in defects if d.severity == "warning"],
            "checked": checked,
            "actions": actions_for(item),
            "closing_outcomes": CLOSING_OUTCOMES,
            "outcomes": Outcome.choices,
            "transitions": list(item.transitions.all()),
            "deadlines": deadlines,
            "transmissions": list(
                Transmission.objects.filter(request=item).order_by("queued_at", "id")
            ),
            "stored_documents": list(StoredDocument.objects.filter(request=item)),
            "channels": Channel.choices,
            "zone": user.time_zone,
            "counterpart": _counterpart(item),
            "counterpart_zone": _counterpart_zone(item),
            "is_editable": item.state in services.EDITABLE_STATES,
            "error": error,
            "error_defects": error_defects or [],
        },
        status=status,
    )


@login_required
@require_http_methods(["GET"])
def request_detail(request: HttpRequest, request_id: int) -> HttpResponse:
    try:
        item = services.open_request(_user(request), request_id, source=_source(request))
    except NotFound:
        raise Http404() from None
    return _render_detail(request, item, checked="check" in request.GET)


@login_required
@require_POST
def request_action(request: HttpRequest, request_id: int) -> HttpResponse:
    user = _user(request)
    action = ACTIONS.get(request.POST.get("event", ""))
    try:
        if action is None:
            # Checked after access so an unknown event on someone else's request is still 404.
            services.open_request(user, request_id, source=_source(request))
            raise InvalidTransition(
                gettext("Unknown action '%(event)s'.") % {"event": request.POST.get("event", "")}
            )
        result = action.run(user, request_id, request)
    except NotFound:
        raise Http404() from None
    except DomainError as refused:
        item = services.open_request(user, request_id, source=_source(request))
        return _render_detail(
            request,
            item,
            error=refused.text,
            error_defects=getattr(refused, "defect_texts", []),
            status=_status(refused),
        )
    if result.pk != int(request_id) and action.event == "create_extension":
        messages.success(
            request,
            gettext("Extension request %(reference)s created as a draft.")
            % {"reference": result.our_reference},
        )
    elif result.pk != int(request_id):
        messages.success(
            request,
            gettext("%(title)s %(reference)s created as a draft, following %(previous)s.")
            % {
                "title": REGISTRY[result.kind].title,
                "reference": result.our_reference,
                "previous": result.previous_ticket,
            },
        )
    else:
        messages.success(
            request,
            gettext("%(action)s: done. The request is now '%(state)s'.")
            % {"action": action.label, "state": result.get_state_display()},
        )
    return redirect("web:request_detail", request_id=result.pk)


@login_required
@require_http_methods(["GET"])
def stored_document_download(
    request: HttpRequest, request_id: int, document_id: int
) -> HttpResponse:
    user = _user(request)
    try:
        item = services.open_request(user, request_id, source=_source(request))
    except NotFound:
        raise Http404() from None
    stored = StoredDocument.objects.filter(request=item, pk=document_id).first()
    if stored is None:
        raise Http404()
    try:
        content = read_stored_document(stored)
    except (DomainError, OSError):
        messages.error(
            request,
            gettext(
                "The stored file %(name)s cannot be read or no longer matches its SHA-256; "
                "it was not delivered."
            )
            % {"name": stored.file_name},
        )
        return redirect("web:request_detail", request_id=item.pk)
    # A download leaves the system with case data: recorded like the API's and CLI's exports.
    record_event(
        services.actor_for(user, _source(request)),
        AuditAction.EXPORT,
        object_type="request",
        object_id=item.pk,
        details={"stored_document": stored.pk, "sha256": stored.sha256},
    )
    response = HttpResponse(content, content_type=stored.media_type)
    response["Content-Disposition"] = f'attachment; filename="{stored.file_name}"'
    return response


# --- Directory -------------------------------------------------------------------------------


@login_required
def directory_page(request: HttpRequest) -> HttpResponse:
    authorities = (
        Authority.objects.select_related("country")
        .prefetch_related("contact_points")
        .order_by("country__name", "name")
    )
    return render(
        request,
        "web/directory.html",
        {"authorities": authorities, "zone": _user(request).time_zone},
    )
