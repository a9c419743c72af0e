"""/api/identifiers and /api/requests/{id}/matches: who else asked about an identifier."""

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema

from rogatory.api.schemas import ErrorOut
from rogatory.deconfliction.services import matches_for_request, who_asked

router = Router(tags=["deconfliction"])


class MatchOut(Schema):
    identifier_type: str
    value: str
    request_id: int
    unit_code: str
    unit_name: str
    contact_name: str
    contact_email: str
    contact_phone: str
    provider: str
    date: date | None
    state: str
    visible: bool
    our_reference: str
    kind: str


def _source(request: HttpRequest) -> str:
    return f"api {request.META.get('REMOTE_ADDR', '')}".strip()


@router.get(
    "/identifiers",
    url_name="who_asked",
    response={200: list[MatchOut], 422: ErrorOut},
    summary="Who asked about this identifier: unit, contact, provider, date and state",
)
def identifiers(
    request: HttpRequest,
    type: str,
    value: str,
    at: datetime | None = None,
    port: int | None = None,
) -> list[dict[str, Any]]:
    user: Any = request.user
    found = who_asked(user, type, value, at=at, port=port, source=_source(request))
    return [asdict(match) for match in found]


@router.get(
    "/requests/{request_id}/matches",
    url_name="request_matches",
    response={200: list[MatchOut], 404: ErrorOut},
    summary="Other requests carrying one of this request's identifiers",
)
def request_matches(request: HttpRequest, request_id: int) -> list[dict[str, Any]]:
    user: Any = request.user
    return [
        asdict(match) for match in matches_for_request(user, request_id, source=_source(request))
    ]
