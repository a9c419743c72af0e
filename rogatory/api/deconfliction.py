"""/api/identifiers, /api/requests/{id}/matches, /api/identifiers/matches (a draft's
identifiers) and /api/identifiers/overview: who else asked about an identifier."""

from dataclasses import asdict
from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema

from rogatory.api.schemas import ErrorOut
from rogatory.deconfliction.lookups import (
    DraftIdentifier,
    matches_for_draft,
    view_identifier_overview,
)
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


class DraftIdentifierIn(Schema):
    type: str = Field(..., description="ip_address, email, url, domain, username, …")
    value: str
    observed_at: str = Field("", description="ISO 8601, with its offset when known")
    time_zone: str = Field("", description="IANA zone or UTC offset, when not in observed_at")
    port: int | None = None
    period_start: date | None = None
    period_end: date | None = None


@router.post(
    "/identifiers/matches",
    url_name="draft_matches",
    response={200: list[MatchOut], 404: ErrorOut, 422: ErrorOut},
    summary="Requests already carrying one of these identifiers (a request not saved yet)",
)
def draft_matches(
    request: HttpRequest, payload: list[DraftIdentifierIn], request_id: int | None = None
) -> list[dict[str, Any]]:
    """request_id: the saved request being edited, left out of its own matches."""
    user: Any = request.user
    items = [
        DraftIdentifier(
            identifier_type=item.type,
            value=item.value,
            observed_at=item.observed_at,
            time_zone=item.time_zone,
            port=item.port,
            period_start=item.period_start,
            period_end=item.period_end,
        )
        for item in payload
    ]
    found = matches_for_draft(user, items, request_id=request_id, source=_source(request))
    return [asdict(match) for match in found]


class UnitOverlapsOut(Schema):
    unit_code: str
    unit_name: str
    contact_name: str
    contact_email: str
    contact_phone: str
    requests: int
    identifiers: int


class ProviderOverlapsOut(Schema):
    provider: str
    requests: int
    identifiers: int
    units: int


class TypeOverlapsOut(Schema):
    identifier_type: str
    identifiers: int
    requests: int
    units: int


class UnitRefOut(Schema):
    unit_code: str
    unit_name: str
    contact_name: str
    contact_email: str
    contact_phone: str


class AskedIdentifierOut(Schema):
    identifier_type: str
    value: str = Field(..., description="empty unless you may open a request holding it")
    visible: bool
    requests: int
    units: list[UnitRefOut]


class OverviewOut(Schema):
    identifiers: int
    requests: int
    by_unit: list[UnitOverlapsOut]
    by_provider: list[ProviderOverlapsOut]
    by_type: list[TypeOverlapsOut]
    most_asked: list[AskedIdentifierOut]


@router.get(
    "/identifiers/overview",
    url_name="identifier_overview",
    response={200: OverviewOut, 404: ErrorOut},
    summary="Overlaps per unit, provider and type; the identifiers asked most (supervisors)",
)
def identifier_overview(request: HttpRequest) -> dict[str, Any]:
    user: Any = request.user
    return asdict(view_identifier_overview(user, source=_source(request)))
