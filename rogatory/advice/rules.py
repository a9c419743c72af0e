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
from dataclasses import field as dataclass_field

from django.utils.functional import Promise
from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_noop as N_

from rogatory.advice.catalogue import MeasureRow, channel_rows, measures
from rogatory.advice.situation import NO, UNKNOWN, YES, CountryFacts, Situation
from rogatory.core.translation import country_name, english, fill, later

SEVERITIES = ("block", "warn", "info")
TREATY_NAMES = {
    "budapest": N_("the Budapest Convention (CETS 185)"),
    "cets224": N_("the Second Additional Protocol to the Budapest Convention (CETS 224)"),
    "eu": N_("the European Union"),
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
    """One rule's verdict on a situation, with its legal basis and the way out.

    `message`, `legal_basis` and `instead` are English (the API, the CLI, the audit); `text`,
    `legal_basis_text` and `instead_text` are the same in the active language, for the pages.
    """

    code: str
    severity: str  # block | warn | info
    message: str
    legal_basis: str
    instead: str = ""
    # The message's catalogue entry and its values (a lazy value is translated too).
    template: str = dataclass_field(default="", compare=False)
    params: tuple[tuple[str, object], ...] = dataclass_field(default=(), compare=False)

    @property
    def text(self) -> str:
        """Return the message in the active language."""
        return fill(self.template or self.message, dict(self.params))

    @property
    def legal_basis_text(self) -> str:
        """Return the legal basis in the active language (a citation without entry as it is)."""
        return gettext(self.legal_basis) if self.legal_basis else ""

    @property
    def instead_text(self) -> str:
        """Return the way out in the active language."""
        return gettext(self.instead) if self.instead else ""

    @property
    def text_later(self) -> Promise:
        """Return the message as a lazy text, for a refusal that quotes it."""
        return later(self.template or self.message, dict(self.params))

    @property
    def instead_later(self) -> Promise:
        """Return the way out as a lazy text, for a refusal that quotes it."""
        return gettext_lazy(self.instead)


def finding(
    code: str,
    severity: str,
    template: str,
    legal_basis: str,
    instead: str = "",
    **params: object,
) -> RuleFinding:
    """Return a finding whose message is the template (marked for translation) filled in."""
    message = (
        template % {name: english(value) for name, value in params.items()} if params else template
    )
    return RuleFinding(
        code, severity, message, legal_basis, instead, template, tuple(params.items())
    )


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
        finding(
            "no_country_data",
            "info",
            N_(
                "No country data for %(country)s: dual criminality, Art. 7 notification, "
                "Interpol membership and e-evidence participation are treated as unknown."
            ),
            "advice/data/countries.csv",
            country=country_name(country.name),
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
    params: dict[str, object] = {
        "country": country_name(country.name),
        "basis": gettext_lazy(measure.legal_basis),
    }
    if treaty == "eu":
        template = (
            N_("%(country)s is not an EU member state: no %(basis)s request can be sent there.")
            if requested_side
            else N_("%(country)s is not an EU member state: it cannot use %(basis)s.")
        )
    else:
        params["treaty"] = gettext_lazy(TREATY_NAMES[treaty])
        template = (
            N_("%(country)s is not a party to %(treaty)s: no %(basis)s request can be sent there.")
            if requested_side
            else N_("%(country)s is not a party to %(treaty)s: it cannot use %(basis)s.")
        )
    return finding(code, "block", template, measure.legal_basis, measure.alternative, **params)


def _participation(country: CountryFacts, measure: MeasureRow) -> RuleFinding | None:
    if country.eu_e_evidence == YES:
        return None
    if country.eu_e_evidence == NO:
        return finding(
            "not_participating",
            "block",
            N_(
                "%(country)s does not take part in Regulation (EU) 2023/1543: no %(basis)s "
                "order involving it."
            ),
            measure.legal_basis,
            measure.alternative,
            country=country_name(country.name),
            basis=gettext_lazy(measure.legal_basis),
        )
    return finding(
        "participation_unknown",
        "warn",
        N_(
            "Whether %(country)s takes part in Regulation (EU) 2023/1543 is unknown "
            "(not in the country data): check before issuing."
        ),
        measure.legal_basis,
        country=country_name(country.name),
    )


def _applicability(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if measure.available_from is None or situation.on is None:
        return []
    if situation.on >= measure.available_from:
        return []
    return [
        finding(
            "not_yet_applicable",
            "block",
            N_("%(basis)s applies from %(day)s."),
            measure.source,
            measure.alternative,
            basis=gettext_lazy(measure.legal_basis),
            day=measure.available_from.isoformat(),
        )
    ]


def _dual_criminality(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if situation.measure == "preservation":
        return [
            finding(
                "dual_criminality_not_required",
                "info",
                N_("Dual criminality may not be required as a condition for preservation."),
                N_("Budapest Convention Art. 29(3)"),
            )
        ]
    if not measure.is_coercive_mla:
        return []
    country = situation.requested_country
    if country.dual_criminality_coercive_mla == YES:
        return [
            finding(
                "dual_criminality_required",
                "warn",
                N_(
                    "%(country)s requires dual criminality for coercive MLA: show that the "
                    "conduct is an offence under its law too."
                ),
                N_("Budapest Convention Art. 25(5); requested country's declarations"),
                N_(
                    "Describe the conduct so that its offence under the requested country's law "
                    "is plain."
                ),
                country=country_name(country.name),
            )
        ]
    if country.dual_criminality_coercive_mla == UNKNOWN:
        return [
            finding(
                "dual_criminality_unknown",
                "info",
                N_(
                    "Whether %(country)s requires dual criminality for coercive MLA is unknown "
                    "(not in the country data): check before sending."
                ),
                N_("Budapest Convention Art. 25(5)"),
                country=country_name(country.name),
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
        finding(
            row.reason_code,
            "block",
            row.reason,
            measure.legal_basis,
            N_("Choose a channel from the ranking."),
        )
    ]


def _emergency(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if not (measure.is_emergency or situation.is_emergency):
        return []
    findings = []
    if not situation.has_imminent_risk_facts:
        findings.append(
            finding(
                "emergency_without_facts",
                "block",
                N_(
                    "An emergency needs facts showing a significant and imminent risk to the life "
                    "or safety of a person."
                ),
                N_("CETS 224 Art. 3(2)(c), Art. 9 and Art. 10"),
                N_("State the facts that show the risk, or send the request as urgent."),
            )
        )
    if not situation.has_second_approver:
        findings.append(
            finding(
                "emergency_without_second_approver",
                "block",
                N_(
                    "An emergency request needs a second approver: fake emergency requests sent "
                    "from hacked police mailboxes obtained real users' data."
                ),
                N_("Rogatory policy (four-eyes on emergencies)"),
                N_("Ask a supervisor other than the drafter to approve it."),
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
        finding(
            "epoc_offence_threshold",
            "block",
            N_(
                "An EPOC for traffic or content data needs an offence punishable by at least "
                "%(years)s years' custody or one of the listed offences."
            ),
            measure.source,
            measure.alternative,
            years=threshold,
        )
    ]


def _art32(situation: Situation, measure: MeasureRow) -> list[RuleFinding]:
    if situation.measure != "transborder_access":
        return []
    if situation.is_public_data or situation.has_lawful_consent:
        return []
    return [
        finding(
            "art32_conditions_not_met",
            "block",
            N_(
                "Art. 32 covers only publicly available data or data obtained with the lawful "
                "and voluntary consent of the person who may disclose it."
            ),
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
            finding(
                "art7_notification_required",
                "warn",
                N_(
                    "%(country)s requires simultaneous notification of Art. 7 orders to its "
                    "authority."
                ),
                N_("CETS 224 Art. 7(5)(a)"),
                N_("Send the order to the notified authority at the same time as to the provider."),
                country=country_name(country.name),
            )
        ]
    if country.cets224_art7_notification == UNKNOWN:
        return [
            finding(
                "art7_notification_unknown",
                "info",
                N_(
                    "Whether %(country)s requires notification of Art. 7 orders is unknown "
                    "(not in the country data): check its declarations."
                ),
                N_("CETS 224 Art. 7(5)(a)"),
                country=country_name(country.name),
            )
        ]
    return []


def _provider_elsewhere(situation: Situation) -> list[RuleFinding]:
    provider = situation.provider
    if provider is None or provider.country == situation.requested_country.code:
        return []
    return [
        finding(
            "provider_elsewhere",
            "info",
            N_(
                "%(provider)s is established in %(country)s, not in %(requested)s: the "
                "provider's country is usually the one to ask."
            ),
            N_("Budapest Convention Art. 29(2)(d)"),
            provider=provider.name,
            country=provider.country,
            requested=situation.requested_country.code,
        )
    ]
