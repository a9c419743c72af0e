"""The rules that run on every request and explain themselves (issue 3, item 2).

`evaluate_rules(situation)` returns findings, blocking ones first. Each finding names its legal
basis and, when it blocks, what to do instead. Country and measure facts come from the data
files (advice/data) and the directory, never from this module.

| code | severity | when |
|---|---|---|
| no_country_data | info | the requested country has no row in countries.csv |
| not_party / requesting_not_party | block | a country is not bound by the measure's treaty |
| not_participating / participation_unknown | block / warn | an EU member outside Reg. 2023/1543 |
| not_yet_applicable | block | the instrument does not apply yet on the day of the advice |
| dual_criminality_not_required | info | preservation (Art. 29(3)) |
| dual_criminality_required / dual_criminality_unknown | warn / info | coercive MLA |
| <channel reason code>, e.g. interpol_cannot_preserve | block | the chosen channel cannot carry the measure |
| emergency_without_facts / emergency_without_second_approver | block | an emergency lacks either |
| epoc_offence_threshold | block | EPOC for traffic or content below the penalty threshold, not listed |
| art32_conditions_not_met | block | Art. 32 without public data or lawful consent |
| art7_notification_required / art7_notification_unknown | warn / info | CETS 224 Art. 7 |
| provider_elsewhere | info | the provider is established in another country |
"""

from dataclasses import dataclass

from rogatory.advice.catalogue import MeasureRow, channel_rows, measures
from rogatory.advice.situation import NO, UNKNOWN, YES, CountryFacts, Situation

SEVERITIES = ("block", "warn", "info")
TREATY_NAMES = {
    "budapest": "the Budapest Convention (CETS 185)",
    "cets224": "the Second Additional Protocol to the Budapest Convention (CETS 224)",
    "eu": "the European Union",
}
# Findings that make the measure itself impossible: every channel is then blocked too.
MEASURE_BLOCKING = frozenset(
    {
        "not_party",
        "requesting_not_party",
        "not_participating",
        "not_yet_applicable",
        "epoc_offence_threshold",
        "art32_conditions_not_met",
    }
)


@dataclass(frozen=True)
class RuleFinding:
    """One rule's verdict on a situation, with its legal basis and the way out."""

    code: str
    severity: str  # block | warn | info
    message: str
    legal_basis: str
    instead: str = ""


def evaluate_rules(situation: Situation) -> list[RuleFinding]:
    """Return the findings on a situation: blocking first, then warnings, then information."""
    measure = measures()[situation.measure]
    findings = [
        *_country_data(situation),
        *_parties(situation, measure),
        *_applicability(situation, measure),
        *_dual_criminality(situation, measure),
        *_channel(situation, measure),
        *_emergency(situation, measure),
        *_epoc_threshold(situation, measure),
        *_art32(situation, measure),
        *_art7(situation),
        *_provider_elsewhere(situation),
    ]
    return sorted(findings, key=lambda finding: SEVERITIES.index(finding.severity))


def blocks_measure(findings: list[RuleFinding]) -> RuleFinding | None:
    """Return the first finding that makes the measure impossible, if any."""
    return next((f for f in findings if f.code in MEASURE_BLOCKING), None)


def _country_data(situation: Situation) -> list[RuleFinding]:
    country = situation.requested_country
    if country.has_country_data:
        return []
    return [
        RuleFinding(
            "no_country_data",
            "info",
            f"No country data for {country.name}: dual criminality, Art. 7 notification, "
            "Interpol membership and e-evidence participation are treated as unknown.",
            "advice/data/countries.csv",
        )
    ]


def _parties(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    treaty = measure.instrument
    if treaty not in TREATY_NAMES:
        return []
    findings: list[RuleFinding | None] = []
    requested = situation.requested_country
    # Art. 32(a) reaches public data wherever it is stored: only the accessing Party must be bound.
    checks_requested = not (situation.measure == "transborder_access" and situation.is_public_data)
    if checks_requested and not requested.is_party(treaty):
        findings.append(_not_party("not_party", requested, treaty, measure, requested_side=True))
    requesting = situation.requesting_country
    if requesting is not None and not requesting.is_party(treaty):
        findings.append(
            _not_party("requesting_not_party", requesting, treaty, measure, requested_side=False)
        )
    if treaty == "eu":
        findings.extend(_participation(country, measure) for country in _eu_sides(situation))
    return [finding for finding in findings if finding is not None]


def _eu_sides(situation: Situation) -> list[CountryFacts]:
    sides = [situation.requested_country]
    if situation.requesting_country is not None:
        sides.append(situation.requesting_country)
    return [country for country in sides if country.is_party("eu")]


def _not_party(
    code: str, country: CountryFacts, treaty: str, measure: MeasureRow, *, requested_side: bool
) -> RuleFinding:
    if treaty == "eu":
        what = f"{country.name} is not an EU member state"
    else:
        what = f"{country.name} is not a party to {TREATY_NAMES[treaty]}"
    consequence = (
        f"no {measure.legal_basis} request can be sent there"
        if requested_side
        else f"it cannot use {measure.legal_basis}"
    )
    return RuleFinding(
        code, "block", f"{what}: {consequence}.", measure.legal_basis, measure.alternative
    )


def _participation(country: CountryFacts, measure: MeasureRow) -> RuleFinding | None:
    if country.eu_e_evidence == YES:
        return None
    if country.eu_e_evidence == NO:
        return RuleFinding(
            "not_participating",
            "block",
            f"{country.name} does not take part in Regulation (EU) 2023/1543: "
            f"no {measure.legal_basis} order involving it.",
            measure.legal_basis,
            measure.alternative,
        )
    return RuleFinding(
        "participation_unknown",
        "warn",
        f"Whether {country.name} takes part in Regulation (EU) 2023/1543 is unknown "
        "(not in the country data): check before issuing.",
        measure.legal_basis,
    )


def _applicability(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if measure.available_from is None or situation.on is None:
        return []
    if situation.on >= measure.available_from:
        return []
    return [
        RuleFinding(
            "not_yet_applicable",
            "block",
            f"{measure.legal_basis} applies from {measure.available_from.isoformat()}.",
            measure.source,
            measure.alternative,
        )
    ]


def _dual_criminality(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if situation.measure == "preservation":
        return [
            RuleFinding(
                "dual_criminality_not_required",
                "info",
                "Dual criminality may not be required as a condition for preservation.",
                "Budapest Convention Art. 29(3)",
            )
        ]
    if not measure.is_coercive_mla:
        return []
    country = situation.requested_country
    if country.dual_criminality_coercive_mla == YES:
        return [
            RuleFinding(
                "dual_criminality_required",
                "warn",
                f"{country.name} requires dual criminality for coercive MLA: show that the "
                "conduct is an offence under its law too.",
                "Budapest Convention Art. 25(5); requested country's declarations",
                "Describe the conduct so that its offence under the requested country's law is plain.",
            )
        ]
    if country.dual_criminality_coercive_mla == UNKNOWN:
        return [
            RuleFinding(
                "dual_criminality_unknown",
                "info",
                f"Whether {country.name} requires dual criminality for coercive MLA is unknown "
                "(not in the country data): check before sending.",
                "Budapest Convention Art. 25(5)",
            )
        ]
    return []


def _channel(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if situation.channel is None:
        return []
    row = channel_rows()[(situation.measure, situation.channel)]
    if row.score is not None:
        return []
    return [
        RuleFinding(
            row.reason_code,
            "block",
            row.reason,
            measure.legal_basis,
            "Choose a channel from the ranking.",
        )
    ]


def _emergency(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if not (measure.is_emergency or situation.is_emergency):
        return []
    findings = []
    if not situation.has_imminent_risk_facts:
        findings.append(
            RuleFinding(
                "emergency_without_facts",
                "block",
                "An emergency needs facts showing a significant and imminent risk to the life "
                "or safety of a person.",
                "CETS 224 Art. 3(2)(c), Art. 9 and Art. 10",
                "State the facts that show the risk, or send the request as urgent.",
            )
        )
    if not situation.has_second_approver:
        findings.append(
            RuleFinding(
                "emergency_without_second_approver",
                "block",
                "An emergency request needs a second approver: fake emergency requests sent from "
                "hacked police mailboxes obtained real users' data.",
                "Rogatory policy (four-eyes on emergencies)",
                "Ask a supervisor other than the drafter to approve it.",
            )
        )
    return findings


def _epoc_threshold(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    threshold = measure.min_penalty_years
    if threshold is None or not situation.data_categories & {"traffic", "content"}:
        return []
    if situation.is_listed_offence:
        return []
    penalty = situation.offence_max_penalty_years
    if penalty is not None and penalty >= threshold:
        return []
    return [
        RuleFinding(
            "epoc_offence_threshold",
            "block",
            f"An EPOC for traffic or content data needs an offence punishable by at least "
            f"{threshold} years' custody or one of the listed offences.",
            measure.source,
            measure.alternative,
        )
    ]


def _art32(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if situation.measure != "transborder_access":
        return []
    if situation.is_public_data or situation.has_lawful_consent:
        return []
    return [
        RuleFinding(
            "art32_conditions_not_met",
            "block",
            "Art. 32 covers only publicly available data or data obtained with the lawful and "
            "voluntary consent of the person who may disclose it.",
            measure.legal_basis,
            measure.alternative,
        )
    ]


def _art7(situation: Situation) -> list[RuleFinding]:
    if situation.measure != "subscriber_direct":
        return []
    country = situation.requested_country
    if country.cets224_art7_notification == YES:
        return [
            RuleFinding(
                "art7_notification_required",
                "warn",
                f"{country.name} requires simultaneous notification of Art. 7 orders to its "
                "authority.",
                "CETS 224 Art. 7(5)(a)",
                "Send the order to the notified authority at the same time as to the provider.",
            )
        ]
    if country.cets224_art7_notification == UNKNOWN:
        return [
            RuleFinding(
                "art7_notification_unknown",
                "info",
                f"Whether {country.name} requires notification of Art. 7 orders is unknown "
                "(not in the country data): check its declarations.",
                "CETS 224 Art. 7(5)(a)",
            )
        ]
    return []


def _provider_elsewhere(situation: Situation) -> list[RuleFinding]:
    provider = situation.provider
    if provider is None or provider.country == situation.requested_country.code:
        return []
    return [
        RuleFinding(
            "provider_elsewhere",
            "info",
            f"{provider.name} is established in {provider.country}, not in "
            f"{situation.requested_country.code}: the provider's country is usually the one "
            "to ask.",
            "Budapest Convention Art. 29(2)(d)",
        )
    ]
