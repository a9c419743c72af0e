"""/api/intake: upload incoming files, read the intake's result, confirm its draft."""

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status

from rogatory.api.schemas import ErrorOut
from rogatory.core.errors import ValidationFailed
from rogatory.intake.access import access_intake
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


@router.post(
    "",
    url_name="create_intake",
    response={201: dict[str, Any], 422: ErrorOut},
    summary="Upload files received together; answer the stored intake with its result",
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
    return Status(201, intake_result(access_intake(user, batch.pk)))


@router.get(
    "/{intake_id}",
    url_name="get_intake",
    response={200: dict[str, Any], 404: ErrorOut},
    summary="One intake: stage, language, kind, identifiers, flags, draft with its spans",
)
def get_intake(request: HttpRequest, intake_id: int) -> dict[str, Any]:
    user: Any = request.user
    return intake_result(access_intake(user, intake_id))


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
