"""Translate the services' errors into HTTP answers (core/errors.py says which is which)."""

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from pydantic import ValidationError as PydanticValidationError

from rogatory.audit.models import AuditAction
from rogatory.audit.services import record_event
from rogatory.core.errors import (
    IncompleteRequest,
    InvalidTransition,
    NotAllowed,
    NotFound,
    ValidationFailed,
)
from rogatory.requests.services import actor_for


def _record_denied(request: HttpRequest) -> None:
    # A refused look-up is an access attempt too (security.md: log access and its outcome). It
    # is recorded after the failed transaction rolled back, so it survives the refusal. Reads
    # (GET) record their own refusal where they load the request; this covers the writes.
    user = request.user
    if not user.is_authenticated or request.method == "GET":
        return
    match = request.resolver_match
    object_id = str(match.kwargs.get("request_id", "")) if match else ""
    record_event(
        actor_for(user, f"api {request.META.get('REMOTE_ADDR', '')}".strip()),
        AuditAction.ACCESS_DENIED,
        object_type="request" if object_id else "",
        object_id=object_id,
        outcome="not_found",
        details={"path": request.path},
    )


def install_error_handlers(api: NinjaAPI) -> None:
    """Map NotFound 404, NotAllowed 403, InvalidTransition 409, incomplete/invalid 422."""

    @api.exception_handler(NotFound)
    def not_found(request: HttpRequest, error: NotFound) -> HttpResponse:
        _record_denied(request)
        return api.create_response(request, {"detail": "Not found."}, status=404)

    @api.exception_handler(NotAllowed)
    def not_allowed(request: HttpRequest, error: NotAllowed) -> HttpResponse:
        return api.create_response(request, {"detail": error.message}, status=403)

    @api.exception_handler(InvalidTransition)
    def invalid_transition(request: HttpRequest, error: InvalidTransition) -> HttpResponse:
        return api.create_response(request, {"detail": error.message}, status=409)

    @api.exception_handler(IncompleteRequest)
    def incomplete(request: HttpRequest, error: IncompleteRequest) -> HttpResponse:
        return api.create_response(
            request, {"detail": error.message, "defects": error.defects}, status=422
        )

    @api.exception_handler(ValidationFailed)
    def validation_failed(request: HttpRequest, error: ValidationFailed) -> HttpResponse:
        return api.create_response(request, {"detail": error.message}, status=422)

    @api.exception_handler(PydanticValidationError)
    def invalid_data(request: HttpRequest, error: PydanticValidationError) -> HttpResponse:
        errors = [
            {"loc": list(item["loc"]), "msg": item["msg"], "type": item["type"]}
            for item in error.errors(include_url=False, include_input=False)
        ]
        return api.create_response(request, {"detail": errors}, status=422)
