"""/api/intake: upload incoming files, read the intake's result, confirm its draft."""

from dataclasses import asdict
from typing import Any, cast

from django.http import HttpRequest
from ninja import Router, Schema, Status

from rogatory.api.schemas import ErrorOut
from rogatory.core.errors import ValidationFailed
from rogatory.deconfliction.lookups import draft_identifiers, matches_for_draft
from rogatory.intake.access import access_intake
from rogatory.intake.models import IntakeBatch
from rogatory.intake.queries import intake_result
from rogatory.intake.services import confirm_intake, process_intake, receive_intake

router = Router(tags=["intake"])


class ConfirmIn(Schema):
    requesting_authority: str
    our_reference: str


class ConfirmedOut(Schema):
    request_id: int
    transmission_id: int


def _source(request: HttpRequest) -> str:
    return f"api {request.META.get('REMOTE_ADDR', '')}".strip()


def _result_with_matches(request: HttpRequest, batch: IntakeBatch) -> dict[str, Any]:
    # Who else asked about the draft's identifiers (unit and contact, not their content).
    matches = matches_for_draft(
        cast(Any, request.user),
        draft_identifiers(batch.draft.get("data_items", [])),
        request_id=batch.request_id,
        intake_id=batch.pk,
        source=_source(request),
    )
    return {**intake_result(batch), "matches": [asdict(match) for match in matches]}


@router.post(
    "",
    url_name="create_intake",
    response={201: dict[str, Any], 422: ErrorOut},
    summary="Upload files received together; answer the stored intake with its result and "
    "the requests already carrying the draft's identifiers",
)
def create_intake(request: HttpRequest) -> Status[dict[str, Any]]:
    # Multipart form field "files", repeated once per file.
    files = request.FILES.getlist("files")
    if not files:
        raise ValidationFailed("Give at least one file.")
    user: Any = request.user
    batch = receive_intake(
        user, [(f.name or "upload", f.read()) for f in files], source=_source(request)
    )
    # The worker would run the stages too; running them here lets the answer carry the result,
    # and the queued tasks then find nothing left to do.
    process_intake(batch.pk)
    return Status(201, _result_with_matches(request, access_intake(user, batch.pk)))


@router.get(
    "/{intake_id}",
    url_name="get_intake",
    response={200: dict[str, Any], 404: ErrorOut},
    summary="One intake: stage, language, kind, identifiers, flags, draft with its spans, and "
    "the requests already carrying the draft's identifiers",
)
def get_intake(request: HttpRequest, intake_id: int) -> dict[str, Any]:
    user: Any = request.user
    return _result_with_matches(request, access_intake(user, intake_id))


@router.post(
    "/{intake_id}/confirm",
    url_name="confirm_intake",
    response={200: ConfirmedOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    summary="Register the draft as an incoming request and send its acknowledgement",
)
def confirm(request: HttpRequest, intake_id: int, payload: ConfirmIn) -> ConfirmedOut:
    user: Any = request.user
    transmission = confirm_intake(
        user,
        intake_id,
        requesting_authority=payload.requesting_authority,
        our_reference=payload.our_reference,
        source=_source(request),
    )
    return ConfirmedOut(request_id=transmission.request_id, transmission_id=transmission.pk)
