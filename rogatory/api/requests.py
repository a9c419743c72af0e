"""/api/requests: the cooperation request over HTTP. Thin: every write is a service call, every
read goes through access_request and is audited."""

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from django.db import transaction
from django.http import HttpRequest, HttpResponse
from ninja import Router, Status

from rogatory.advice.queries import advice_document, advice_for_request
from rogatory.api.schemas import (
    AcknowledgementIn,
    CheckOut,
    CloseIn,
    ErrorOut,
    ExpiryIn,
    FollowUpIn,
    IncompleteOut,
    NonExecutionIn,
    NoteIn,
    PreservationConfirmedIn,
    ReasonIn,
    RequestDetailOut,
    RequestSummaryOut,
    TransitionOut,
    ValidationIn,
)
from rogatory.audit.models import AuditAction
from rogatory.audit.services import record_event
from rogatory.core.clock import now
from rogatory.core.errors import NotFound, ValidationFailed
from rogatory.core.languages import FORM_LANGUAGES
from rogatory.documents.queries import default_languages
from rogatory.documents.rendering import render_request_docx, render_request_pdf
from rogatory.requests import services
from rogatory.requests.access import access_request
from rogatory.requests.checks import Defect, blocking, check_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.kinds import REGISTRY
from rogatory.requests.models import CooperationRequest
from rogatory.requests.queries import dashboard_requests, request_document, time_left
from rogatory.requests.states import available_events
from rogatory.transmission import services as transmission

if TYPE_CHECKING:
    from rogatory.accounts.models import User

router = Router(tags=["requests"])

# What every request-scoped route may answer besides success (documented in the OpenAPI file).
ERRORS: dict[int, Any] = {
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: IncompleteOut | ErrorOut,
}


def signed_in_user(request: HttpRequest) -> "User":
    """Return the user django_auth authenticated for this call."""
    return cast("User", request.user)


def source_of(request: HttpRequest) -> str:
    """Say where the call came from, for the audit log."""
    return f"api {request.META.get('REMOTE_ADDR', '')}".strip()


def read_request(request: HttpRequest, request_id: int) -> CooperationRequest:
    """Load a request for the signed-in user; the service audits the access or its refusal."""
    return services.open_request(signed_in_user(request), request_id, source=source_of(request))


def export_for(request: HttpRequest, request_id: int) -> RequestDocument:
    """Return the request's document for the signed-in user, audited as an export."""
    user = signed_in_user(request)
    actor = services.actor_for(user, source_of(request))
    try:
        with transaction.atomic():
            found = access_request(user, request_id)
            record_event(actor, AuditAction.EXPORT, object_type="request", object_id=found.pk)
            return request_document(found)
    except NotFound:
        record_event(
            actor,
            AuditAction.ACCESS_DENIED,
            object_type="request",
            object_id=request_id,
            outcome="not_found",
        )
        raise


def in_utc(instant: datetime | None) -> datetime | None:
    """Return the instant in UTC: the API answers in UTC whatever offset a caller sent."""
    return instant.astimezone(UTC) if instant is not None else None


def defects_out(defects: list[Defect]) -> list[dict[str, str]]:
    """Return the defects as JSON objects."""
    return [defect.as_dict() for defect in defects]


def chained_out(found: CooperationRequest) -> dict[str, Any]:
    """Return a chained request as a short reference."""
    return {
        "id": found.pk,
        "our_reference": found.our_reference,
        "kind": found.kind,
        "state": found.state,
    }


def request_detail(found: CooperationRequest) -> dict[str, Any]:
    """Return the request with its document, deadlines, next events and defects."""
    document = request_document(found)
    spec = REGISTRY[found.kind]
    previous = found.previous_request
    return {
        "id": found.pk,
        "kind": found.kind,
        "kind_title": str(spec.title),
        "legal_basis": spec.legal_basis,
        "direction": found.direction,
        "state": found.state,
        "state_label": found.get_state_display(),
        "outcome": found.outcome,
        "state_reason": found.state_reason,
        "created_at": in_utc(found.created_at),
        "updated_at": in_utc(found.updated_at),
        "approved_by": found.approved_by.get_username() if found.approved_by else "",
        "approved_at": in_utc(found.approved_at),
        "sent_at": in_utc(found.sent_at),
        "received_at": in_utc(found.received_at),
        "acknowledged_at": in_utc(found.acknowledged_at),
        "preservation_confirmed_at": in_utc(found.preservation_confirmed_at),
        "responded_at": in_utc(found.responded_at),
        "deadlines": {
            "acknowledgement_chase_at": in_utc(found.acknowledgement_chase_at),
            "expiry_reminder_at": in_utc(found.expiry_reminder_at),
            "preservation_expires_at": in_utc(found.preservation_expires_at),
            "response_due_at": in_utc(found.response_due_at),
            "validation_due_at": in_utc(found.validation_due_at),
            "next_deadline_at": in_utc(found.next_deadline_at),
            "time_left": time_left(found.next_deadline_at, now()),
        },
        "available_events": available_events(found.direction, found.state, found.kind),
        # Chained requests are shown only when they belong to the same authority: the original
        # and its follow-ups are drafted by one desk, and another desk's rows stay invisible.
        "previous_request": (
            chained_out(previous)
            if previous is not None and previous.owner_authority_id == found.owner_authority_id
            else None
        ),
        "chained_requests": [
            chained_out(chained)
            for chained in found.chained_requests.filter(
                owner_authority_id=found.owner_authority_id
            ).order_by("created_at", "id")
        ],
        "defects": defects_out(check_request(document)),
        "advice": advice_document(advice_for_request(found)),
        "document": document,
    }


@router.get(
    "", response=list[RequestSummaryOut], summary="The user's requests, nearest deadline first"
)
def list_requests(request: HttpRequest) -> list[dict[str, Any]]:
    user = signed_in_user(request)
    instant = now()
    with transaction.atomic():
        rows = list(dashboard_requests(user))
        services.record_request_list_access(user, count=len(rows), source=source_of(request))
    return [
        {
            "id": row.pk,
            "our_reference": row.our_reference,
            "their_reference": row.their_reference,
            "kind": row.kind,
            "direction": row.direction,
            "state": row.state,
            "outcome": row.outcome,
            "urgency": row.urgency,
            "requesting_authority": row.requesting_authority.code,
            "requested_authority": row.requested_authority.code,
            "next_deadline_at": row.next_deadline_at,
            "time_left": time_left(row.next_deadline_at, instant),
        }
        for row in rows
    ]


@router.post(
    "",
    response={201: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Create an outgoing draft or register an incoming request",
)
def create_request(request: HttpRequest, payload: RequestDocument) -> Status[dict[str, Any]]:
    created = services.create_request(signed_in_user(request), payload, source=source_of(request))
    return Status(201, request_detail(created))


@router.post(
    "/check",
    response={200: CheckOut, 422: ErrorOut},
    summary="Check a document's completeness without saving anything",
)
def check_document(request: HttpRequest, payload: RequestDocument) -> dict[str, Any]:
    defects = check_request(payload)
    return {"is_complete": not blocking(defects), "defects": defects_out(defects)}


@router.get(
    "/{int:request_id}",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="The request: document, state, deadlines, available events, defects",
)
def get_request(request: HttpRequest, request_id: int) -> dict[str, Any]:
    return request_detail(read_request(request, request_id))


@router.put(
    "/{int:request_id}",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Replace the document of a request still being prepared",
)
def update_request(
    request: HttpRequest, request_id: int, payload: RequestDocument
) -> dict[str, Any]:
    updated = services.update_request(
        signed_in_user(request), request_id, payload, source=source_of(request)
    )
    return request_detail(updated)


@router.get(
    "/{int:request_id}/export",
    response={200: RequestDocument, **ERRORS},
    by_alias=True,
    summary="The portable JSON document (what `rogatory request check` accepts)",
)
def export_request(request: HttpRequest, request_id: int) -> RequestDocument:
    return export_for(request, request_id)


@router.get(
    "/{int:request_id}/timeline",
    response={200: list[TransitionOut], **ERRORS},
    summary="Every lifecycle transition, oldest first",
)
def request_timeline(request: HttpRequest, request_id: int) -> list[Any]:
    return list(read_request(request, request_id).transitions.all())


@router.post(
    "/{int:request_id}/approve",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Approve a complete draft (a supervisor, not its drafter)",
)
def approve_request(request: HttpRequest, request_id: int) -> dict[str, Any]:
    return request_detail(
        services.approve_request(signed_in_user(request), request_id, source=source_of(request))
    )


@router.post(
    "/{int:request_id}/send",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Send an approved request to the requested side (e-mail with its PDF)",
)
def send_request(request: HttpRequest, request_id: int) -> dict[str, Any]:
    sent = transmission.send_request(signed_in_user(request), request_id, source=source_of(request))
    return request_detail(sent.request)


@router.post(
    "/{int:request_id}/events/acknowledgement",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Record that the requested side acknowledged receipt, and by which channel",
)
def record_acknowledgement(
    request: HttpRequest, request_id: int, payload: AcknowledgementIn
) -> dict[str, Any]:
    received = transmission.record_acknowledgement_received(
        signed_in_user(request),
        request_id,
        channel=payload.channel,
        acknowledged_at=payload.acknowledged_at,
        their_reference=payload.their_reference,
        note=payload.note,
        source=source_of(request),
    )
    return request_detail(received.request)


@router.post(
    "/{int:request_id}/events/preservation-confirmed",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Record that the requested side confirmed preservation",
)
def record_preservation_confirmed(
    request: HttpRequest, request_id: int, payload: PreservationConfirmedIn
) -> dict[str, Any]:
    return request_detail(
        services.record_preservation_confirmed(
            signed_in_user(request),
            request_id,
            confirmed_at=payload.confirmed_at,
            expires_at=payload.expires_at,
            source=source_of(request),
        )
    )


def _answer(request: HttpRequest, request_id: int, event: str, reason: str) -> dict[str, Any]:
    return request_detail(
        services.record_counterpart_answer(
            signed_in_user(request), request_id, event, reason=reason, source=source_of(request)
        )
    )


@router.post(
    "/{int:request_id}/events/refusal",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Record that the requested side refused, with its reasons",
)
def record_refusal(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict[str, Any]:
    return _answer(request, request_id, "record_refusal", payload.reason)


@router.post(
    "/{int:request_id}/events/clarification-request",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Record that the requested side asked for clarification",
)
def record_clarification_request(
    request: HttpRequest, request_id: int, payload: ReasonIn
) -> dict[str, Any]:
    return _answer(request, request_id, "record_clarification_request", payload.reason)


@router.post(
    "/{int:request_id}/events/clarification-answer",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Record that we answered the clarification request",
)
def answer_clarification(
    request: HttpRequest, request_id: int, payload: ReasonIn
) -> dict[str, Any]:
    return _answer(request, request_id, "answer_clarification", payload.reason)


@router.post(
    "/{int:request_id}/withdraw",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Withdraw a request we no longer need",
)
def withdraw_request(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict[str, Any]:
    return request_detail(
        services.withdraw_request(
            signed_in_user(request), request_id, reason=payload.reason, source=source_of(request)
        )
    )


@router.post(
    "/{int:request_id}/validation",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Record the ex-post validation of an emergency EPOC (Regulation 2023/1543, Art. 4(5))",
)
def record_validation(
    request: HttpRequest, request_id: int, payload: ValidationIn
) -> dict[str, Any]:
    return request_detail(
        services.record_validation(
            signed_in_user(request),
            request_id,
            validated_by=payload.validated_by,
            source=source_of(request),
        )
    )


@router.post(
    "/{int:request_id}/close",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Close a request with its outcome",
)
def close_request(request: HttpRequest, request_id: int, payload: CloseIn) -> dict[str, Any]:
    return request_detail(
        services.close_request(
            signed_in_user(request),
            request_id,
            outcome=payload.outcome,
            note=payload.note,
            source=source_of(request),
        )
    )


@router.post(
    "/{int:request_id}/extension",
    response={201: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Draft, in one action, the extension of a preservation",
)
def create_extension_request(request: HttpRequest, request_id: int) -> Status[dict[str, Any]]:
    extension = services.create_extension_request(
        signed_in_user(request), request_id, source=source_of(request)
    )
    return Status(201, request_detail(extension))


@router.post(
    "/{int:request_id}/order-preservation",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Requested side: preservation ordered to the custodian",
)
def order_preservation(request: HttpRequest, request_id: int, payload: NoteIn) -> dict[str, Any]:
    return request_detail(
        services.order_preservation(
            signed_in_user(request), request_id, note=payload.note, source=source_of(request)
        )
    )


@router.post(
    "/{int:request_id}/acknowledge",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Requested side: acknowledge receipt (the letter is e-mailed)",
)
def acknowledge_request(request: HttpRequest, request_id: int) -> dict[str, Any]:
    letter = transmission.acknowledge_request(
        signed_in_user(request), request_id, source=source_of(request)
    )
    return request_detail(letter.request)


@router.post(
    "/{int:request_id}/confirm-preservation",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Requested side: preservation confirmed (the letter states the expiry)",
)
def confirm_preservation(
    request: HttpRequest, request_id: int, payload: ExpiryIn
) -> dict[str, Any]:
    letter = transmission.confirm_preservation_with_letter(
        signed_in_user(request),
        request_id,
        expires_at=payload.expires_at,
        source=source_of(request),
    )
    return request_detail(letter.request)


@router.post(
    "/{int:request_id}/refuse",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Requested side: refuse, with reasons (the letter is e-mailed)",
)
def refuse_request(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict[str, Any]:
    letter = transmission.refuse_request(
        signed_in_user(request), request_id, payload.reason, source=source_of(request)
    )
    return request_detail(letter.request)


@router.post(
    "/{int:request_id}/ask-clarification",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Requested side: ask for clarification, with reasons (the letter is e-mailed)",
)
def ask_clarification(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict[str, Any]:
    letter = transmission.ask_clarification(
        signed_in_user(request), request_id, payload.reason, source=source_of(request)
    )
    return request_detail(letter.request)


@router.post(
    "/{int:request_id}/follow-up",
    response={201: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Prepare, in one action, the request that follows this one (preservation → MLA, "
    "EPOC-PR → EPOC, preservation executed → Art. 30 disclosure), pre-filled and chained",
)
def create_follow_up_request(
    request: HttpRequest, request_id: int, payload: FollowUpIn
) -> Status[dict[str, Any]]:
    follow_up = services.create_follow_up_request(
        signed_in_user(request), request_id, payload.kind, source=source_of(request)
    )
    return Status(201, request_detail(follow_up))


@router.post(
    "/{int:request_id}/events/response",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Record that the data or evidence asked for was received",
)
def record_response(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict[str, Any]:
    return _answer(request, request_id, "record_response", payload.reason)


@router.post(
    "/{int:request_id}/events/conditions-accepted",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Art. 26: record that the receiver accepted our conditions and is bound by them",
)
def record_conditions_accepted(
    request: HttpRequest, request_id: int, payload: ReasonIn
) -> dict[str, Any]:
    return _answer(request, request_id, "record_conditions_accepted", payload.reason)


@router.post(
    "/{int:request_id}/events/cannot-comply",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Art. 26: record that the receiver cannot comply with our conditions, and why",
)
def record_cannot_comply(
    request: HttpRequest, request_id: int, payload: ReasonIn
) -> dict[str, Any]:
    return _answer(request, request_id, "record_cannot_comply", payload.reason)


@router.post(
    "/{int:request_id}/release",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Art. 26: let the receiver use the information",
)
def release_information(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict[str, Any]:
    return _answer(request, request_id, "release_information", payload.reason)


@router.post(
    "/{int:request_id}/withhold",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Art. 26: the conditions cannot be met; the information is not to be used",
)
def withhold_information(
    request: HttpRequest, request_id: int, payload: ReasonIn
) -> dict[str, Any]:
    return _answer(request, request_id, "withhold_information", payload.reason)


@router.post(
    "/{int:request_id}/non-execution",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="EPOC, EPOC-PR: record the addressee's non-execution notice (outgoing) or issue "
    "ours (incoming), with its Annex III reason code",
)
def record_non_execution(
    request: HttpRequest, request_id: int, payload: NonExecutionIn
) -> dict[str, Any]:
    return request_detail(
        services.record_non_execution(
            signed_in_user(request),
            request_id,
            reason_code=payload.reason_code,
            explanation=payload.explanation,
            source=source_of(request),
        )
    )


@router.post(
    "/{int:request_id}/record",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Art. 32: record a complete trans-border access (no approval, nothing is sent)",
)
def record_transborder_access(request: HttpRequest, request_id: int) -> dict[str, Any]:
    return request_detail(
        services.record_transborder_access(
            signed_in_user(request), request_id, source=source_of(request)
        )
    )


def _answer_incoming(
    request: HttpRequest, request_id: int, event: str, note: str
) -> dict[str, Any]:
    return request_detail(
        services.answer_incoming_request(
            signed_in_user(request), request_id, event, note=note, source=source_of(request)
        )
    )


@router.post(
    "/{int:request_id}/respond",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Requested side: executed, the data or evidence was sent to the requesting side",
)
def respond_to_request(request: HttpRequest, request_id: int, payload: NoteIn) -> dict[str, Any]:
    return _answer_incoming(request, request_id, "respond", payload.note)


@router.post(
    "/{int:request_id}/accept-conditions",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Art. 26, receiving side: we accept the conditions and are bound by them",
)
def accept_conditions(request: HttpRequest, request_id: int, payload: NoteIn) -> dict[str, Any]:
    return _answer_incoming(request, request_id, "accept_conditions", payload.note)


@router.post(
    "/{int:request_id}/cannot-comply",
    response={200: RequestDetailOut, **ERRORS},
    by_alias=True,
    summary="Art. 26, receiving side: we cannot comply with the conditions (say which)",
)
def declare_cannot_comply(request: HttpRequest, request_id: int, payload: NoteIn) -> dict[str, Any]:
    return _answer_incoming(request, request_id, "declare_cannot_comply", payload.note)


def _language_pair(lang: str, found: CooperationRequest) -> tuple[str, str]:
    if not lang:
        return default_languages(found)
    languages = [code.strip() for code in lang.split(",")]
    if len(languages) != 2 or any(code not in FORM_LANGUAGES for code in languages):
        raise ValidationFailed(
            f"lang: give two form languages among {', '.join(sorted(FORM_LANGUAGES))}, "
            f"e.g. en,fr (got '{lang}')."
        )
    return languages[0], languages[1]


def _download(request: HttpRequest, request_id: int, lang: str, extension: str) -> HttpResponse:
    found = read_request(request, request_id)
    languages = _language_pair(lang, found)
    render = render_request_pdf if extension == "pdf" else render_request_docx
    content = render(request_document(found), languages)
    # Recorded once the file exists: a rendering that failed handed nothing out.
    record_event(
        services.actor_for(signed_in_user(request), source_of(request)),
        AuditAction.RENDER,
        object_type="request",
        object_id=found.pk,
        details={"format": extension, "languages": list(languages)},
    )
    response = HttpResponse(content, content_type=DOWNLOAD_TYPES[extension])
    name = f"{found.our_reference}-{found.kind.replace('_', '-')}-request-{'-'.join(languages)}.{extension}"
    response["Content-Disposition"] = f'attachment; filename="{_safe_file_name(name)}"'
    return response


DOWNLOAD_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def _safe_file_name(name: str) -> str:
    # The reference is typed by users; keep the header to characters that cannot break it.
    return "".join(c if c.isascii() and (c.isalnum() or c in "-_.") else "_" for c in name)


@router.get(
    "/{int:request_id}/pdf",
    response={200: bytes, **ERRORS},
    summary="The bilingual request as PDF (lang=en,fr; default: the request's pair)",
)
def download_pdf(request: HttpRequest, request_id: int, lang: str = "") -> HttpResponse:
    return _download(request, request_id, lang, "pdf")


@router.get(
    "/{int:request_id}/docx",
    response={200: bytes, **ERRORS},
    summary="The bilingual request as DOCX (lang=en,fr; default: the request's pair)",
)
def download_docx(request: HttpRequest, request_id: int, lang: str = "") -> HttpResponse:
    return _download(request, request_id, lang, "docx")
