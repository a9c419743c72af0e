"""Read use cases of the advisor: build a Situation from codes (directory, data files, clock
rules), and advise on it. Nothing here writes."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.translation import gettext_noop as N_

from rogatory.advice.catalogue import countries, measures, providers
from rogatory.advice.channels import ChannelAdvice, advise_channels
from rogatory.advice.rules import RuleFinding, evaluate_rules
from rogatory.advice.situation import (
    CHANNELS,
    DATA_CATEGORIES,
    MEASURES,
    URGENCIES,
    CountryFacts,
    ProviderFacts,
    Situation,
)
from rogatory.core.clock import now
from rogatory.core.errors import ValidationFailed
from rogatory.directory.models import Authority, AuthorityType, Country, TreatyMembership
from rogatory.requests.models import CooperationRequest
from rogatory.requests.queries import resolve_clock_hours

# Treaty standings that bind a country (a signature alone does not).
BINDING_STATUSES = ("party", "member")
# Placeholders of channels.csv follow-ups -> the clock rule (kind, clock) that gives the period.
CLOCK_PERIODS = {
    "preservation_days": ("preservation", "preservation_period"),
    "epoc_pr_days": ("epoc_pr", "preservation_period"),
}


@dataclass(frozen=True)
class Advice:
    """The rule findings and the ranked channels for one situation."""

    situation: Situation
    findings: list[RuleFinding]
    channels: list[ChannelAdvice]


def country_facts(code: str) -> CountryFacts:
    """Return what the directory and the country data say about an ISO 3166-1 alpha-2 code."""
    normalised = code.strip().upper()
    country = Country.objects.filter(code=normalised).first()
    if country is None:
        raise ValidationFailed(
            N_("Unknown country '%(code)s': use an ISO 3166-1 alpha-2 code such as DE."),
            params={"code": code},
        )
    treaties = frozenset(
        TreatyMembership.objects.filter(
            country_id=normalised, status__in=BINDING_STATUSES
        ).values_list("treaty_id", flat=True)
    )
    row = countries().get(normalised)
    if row is None:
        return CountryFacts(code=normalised, name=country.name, treaties=treaties)
    return CountryFacts(
        code=normalised,
        name=country.name,
        treaties=treaties,
        dual_criminality_coercive_mla=row.dual_criminality_coercive_mla,
        cets224_art7_notification=row.cets224_art7_notification,
        interpol_member=row.interpol_member,
        eu_e_evidence=row.eu_e_evidence,
        has_country_data=True,
        source=row.source,
    )


def provider_facts(code: str) -> tuple[ProviderFacts, int | None]:
    """Return a provider's facts (data file first, else the directory) and its directory id."""
    authority = Authority.objects.filter(
        code=code, authority_type=AuthorityType.SERVICE_PROVIDER
    ).first()
    authority_id = authority.pk if authority else None
    row = providers().get(code)
    if row is not None:
        facts = ProviderFacts(
            code=row.code,
            name=row.name,
            country=row.country,
            accepts_direct_requests=row.accepts_direct_requests,
            accepts_voluntary_disclosure=row.accepts_voluntary_disclosure,
            accepts_emergency_requests=row.accepts_emergency_requests,
            preservation_days=row.preservation_days,
            source=row.source,
        )
        return facts, authority_id
    if authority is None:
        raise ValidationFailed(
            N_(
                "Unknown provider '%(code)s': use a provider code from the directory or from "
                "advice/data/providers.csv."
            ),
            params={"code": code},
        )
    # In the directory but without a recorded policy: the advice says the policy is unknown.
    return ProviderFacts(
        code=authority.code, name=authority.name, country=authority.country_id
    ), authority_id


def _choice(value: str, allowed: Iterable[str], template: str) -> str:
    options = tuple(allowed)
    if value not in options:
        raise ValidationFailed(template, params={"value": value, "options": ", ".join(options)})
    return value


def _periods(measure: str, country: str, provider_id: int | None) -> dict[str, int | None]:
    periods: dict[str, int | None] = {}
    for name, (kind, clock) in CLOCK_PERIODS.items():
        try:
            hours, _ = resolve_clock_hours(kind, clock, country, provider_id)
        except LookupError:
            periods[name] = None
        else:
            periods[name] = hours // 24
    return periods


def situation_for(
    *,
    measure: str,
    requested_country: str,
    requesting_country: str | None = None,
    provider: str | None = None,
    urgency: str = "normal",
    data_categories: Iterable[str] = (),
    is_public_data: bool = False,
    has_lawful_consent: bool = False,
    offence_max_penalty_years: int | None = None,
    is_listed_offence: bool = False,
    has_imminent_risk_facts: bool = False,
    has_second_approver: bool = False,
    channel: str | None = None,
    on: date | None = None,
) -> Situation:
    """Build a Situation from codes; raise ValidationFailed with one clear line on bad input."""
    _choice(measure, MEASURES, N_("Unknown measure '%(value)s': use one of %(options)s."))
    _choice(urgency, URGENCIES, N_("Unknown urgency '%(value)s': use one of %(options)s."))
    categories = frozenset(category.strip() for category in data_categories if category.strip())
    for category in sorted(categories):
        _choice(
            category,
            DATA_CATEGORIES,
            N_("Unknown data category '%(value)s': use one of %(options)s."),
        )
    if channel:
        _choice(channel, CHANNELS, N_("Unknown channel '%(value)s': use one of %(options)s."))
    if offence_max_penalty_years is not None and offence_max_penalty_years < 0:
        raise ValidationFailed(N_("The maximum penalty must be a number of years, 0 or more."))
    requested = country_facts(requested_country)
    requesting = country_facts(requesting_country) if requesting_country else None
    provider_row, provider_id = provider_facts(provider) if provider else (None, None)
    return Situation(
        measure=measure,
        requested_country=requested,
        requesting_country=requesting,
        provider=provider_row,
        urgency=urgency,
        data_categories=categories,
        is_public_data=is_public_data,
        has_lawful_consent=has_lawful_consent,
        offence_max_penalty_years=offence_max_penalty_years,
        is_listed_offence=is_listed_offence,
        has_imminent_risk_facts=has_imminent_risk_facts,
        has_second_approver=has_second_approver,
        channel=channel or None,
        on=on or now().date(),
        periods=_periods(measure, requested.code, provider_id),
    )


def advise(situation: Situation) -> Advice:
    """Return the rule findings and the channel ranking for a situation."""
    return Advice(situation, evaluate_rules(situation), advise_channels(situation))


def advice_document(advice: Advice) -> dict[str, Any]:
    """Return the advice as plain JSON-ready data (the API's and the CLI's --json shape)."""
    measure = measures()[advice.situation.measure]
    return {
        "measure": measure.measure,
        "legal_basis": measure.legal_basis,
        "requested_country": advice.situation.requested_country.code,
        "findings": [
            {
                "code": finding.code,
                "severity": finding.severity,
                "message": finding.message,
                "legal_basis": finding.legal_basis,
                "instead": finding.instead,
            }
            for finding in advice.findings
        ],
        "channels": [
            {
                "channel": item.channel,
                "rank": item.rank,
                "score": item.score,
                "is_blocked": item.is_blocked,
                "reasons": [
                    {"code": reason.code, "message": reason.message, "points": reason.points}
                    for reason in item.reasons
                ],
                "follow_up": item.follow_up,
            }
            for item in advice.channels
        ],
    }


# The channel a request travels through, from the type of authority it is addressed to.
CHANNEL_BY_AUTHORITY_TYPE = {
    AuthorityType.POINT_OF_CONTACT: "network_24_7",
    AuthorityType.CENTRAL_AUTHORITY: "central_authority",
    AuthorityType.PROSECUTION: "central_authority",
    AuthorityType.COURT: "central_authority",
    AuthorityType.SERVICE_PROVIDER: "direct_to_provider",
}
_YEARS = re.compile(r"(\d{1,2})\s*(?:years?|ans?|años?|anos?|лет|года?|سنوات|年)", re.IGNORECASE)


def _penalty_years(request: CooperationRequest) -> int | None:
    stated = request.details.get("maximum_penalty_years")
    if isinstance(stated, int):
        return stated
    match = _YEARS.search(request.maximum_penalty)
    return int(match.group(1)) if match else None


def advice_for_request(request: CooperationRequest) -> Advice:
    """Run the rules and the channel advisor on a stored request, as it stands now."""
    requested = request.requested_authority
    provider = request.custodian
    provider_code = None
    if provider is not None and provider.code in providers():
        provider_code = provider.code
    elif requested.authority_type == AuthorityType.SERVICE_PROVIDER:
        provider_code = requested.code
    categories = {c for item in request.data_items.all() for c in item.data_categories}
    category = request.details.get("eu_data_category")
    if category in DATA_CATEGORIES:
        categories.add(str(category))
    elif category == "identification":
        categories.add("subscriber")
    approver = request.approved_by_id
    return advise(
        situation_for(
            measure=request.kind,
            requested_country=requested.country_id,
            requesting_country=request.requesting_authority.country_id,
            provider=provider_code,
            urgency="emergency" if request.details.get("is_emergency") is True else request.urgency,
            data_categories=categories,
            is_public_data=request.details.get("access_basis") == "public",
            has_lawful_consent=request.details.get("access_basis") == "consent",
            offence_max_penalty_years=_penalty_years(request),
            is_listed_offence=bool(request.details.get("listed_offence")),
            has_imminent_risk_facts=bool(
                request.details.get("emergency_facts") or request.urgency_reason
            ),
            has_second_approver=approver is not None and approver != request.created_by_id,
            channel=CHANNEL_BY_AUTHORITY_TYPE.get(AuthorityType(requested.authority_type)),
        )
    )
