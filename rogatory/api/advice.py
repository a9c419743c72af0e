"""/api/advice: the rules and the channel advisor over HTTP. Read-only: nothing is stored."""

from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema

from rogatory.advice.queries import advice_document, advise, situation_for
from rogatory.advice.situation import CHANNELS, DATA_CATEGORIES, MEASURES, URGENCIES
from rogatory.api.schemas import ErrorOut

router = Router(tags=["advice"])


class SituationIn(Schema):
    measure: str = Field(description=f"One of: {', '.join(MEASURES)}")
    requested_country: str = Field(description="ISO 3166-1 alpha-2, e.g. DE")
    requesting_country: str | None = Field(None, description="ISO 3166-1 alpha-2, e.g. FR")
    provider: str | None = Field(None, description="Provider code (directory or provider data)")
    urgency: str = Field("normal", description=f"One of: {', '.join(URGENCIES)}")
    data_categories: list[str] = Field(
        default_factory=list, description=f"Any of: {', '.join(DATA_CATEGORIES)}"
    )
    is_public_data: bool = False
    has_lawful_consent: bool = False
    offence_max_penalty_years: int | None = None
    is_listed_offence: bool = False
    has_imminent_risk_facts: bool = False
    has_second_approver: bool = False
    channel: str | None = Field(None, description=f"The intended channel: {', '.join(CHANNELS)}")


class FindingOut(Schema):
    code: str
    severity: str
    message: str
    legal_basis: str
    instead: str


class ReasonOut(Schema):
    code: str
    message: str
    points: int | None


class ChannelOut(Schema):
    channel: str
    rank: int | None
    score: int | None
    is_blocked: bool
    reasons: list[ReasonOut]
    follow_up: str


class AdviceOut(Schema):
    measure: str
    legal_basis: str
    requested_country: str
    findings: list[FindingOut]
    channels: list[ChannelOut]


@router.post(
    "",
    response={200: AdviceOut, 401: ErrorOut, 422: ErrorOut},
    summary="Rule findings and ranked channels for a situation (nothing is stored)",
)
def advise_situation(request: HttpRequest, payload: SituationIn) -> dict[str, Any]:
    situation = situation_for(**payload.model_dump())
    return advice_document(advise(situation))
