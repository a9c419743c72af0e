"""The channel advisor (issue 3, item 3): rank the roads a measure can take, say why, and what
must follow.

A channel's score starts from its fitness for the measure (advice/data/channels.csv, where "no"
means the channel cannot carry the measure, with the reason). The situation then adds or removes
points, or blocks the channel outright:

| code | when | channel | effect |
|---|---|---|---|
| (data) | channels.csv says "no" for the measure | any | blocked, with the data's reason |
| measure_blocked | a rule makes the measure impossible (not a party, threshold...) | all | blocked |
| not_in_24_7_network | the requested country is not a Budapest party | network_24_7 | blocked |
| no_provider | no provider named | direct_to_provider | blocked |
| provider_refuses | the provider's policy says no to this kind of request | direct_to_provider | blocked |
| provider_policy_unknown | the provider's policy is not known | direct_to_provider | -20 |
| not_eu_case | either side is not an EU member state | eurojust_ejn | blocked |
| not_interpol_member | the requested country is not an Interpol member | interpol | blocked |
| interpol_membership_unknown | membership not in the country data | interpol | -10 |
| no_public_data_or_consent | neither public data nor lawful consent | self_access | blocked |
| emergency_fast_channel | urgency emergency | network_24_7 | +30 |
| urgent_fast_channel | urgency urgent | network_24_7 | +15 |
| slow_channel | urgency urgent or emergency | central_authority | -20 |
| provider_answers_emergencies | emergency, provider accepts emergency requests | direct_to_provider | +25 |
| content_needs_legal_basis | content data asked on a voluntary request | direct_to_provider | -60 |
| eu_case | both sides named and EU member states | eurojust_ejn | +10 |

Channels that are not blocked are ranked by score, highest first; ties keep the catalogue order
(`situation.CHANNELS`). Blocked channels follow, in catalogue order, with rank None.
"""

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.utils.translation import gettext, gettext_lazy
from django.utils.translation import gettext_noop as N_

from rogatory.advice.catalogue import ChannelRow, MeasureRow, channel_rows, measures
from rogatory.advice.rules import blocks_measure, evaluate_rules
from rogatory.advice.situation import CHANNELS, NO, UNKNOWN, YES, Situation
from rogatory.core.translation import country_name, english, fill

# Points are the advisor's weights (a design choice, documented above and in
# docs/decisions/0005-channel-advisor.md), not legal values.
EMERGENCY_FAST_CHANNEL = 30
URGENT_FAST_CHANNEL = 15
SLOW_CHANNEL = -20
PROVIDER_ANSWERS_EMERGENCIES = 25
PROVIDER_POLICY_UNKNOWN = -20
CONTENT_NEEDS_LEGAL_BASIS = -60
EU_CASE = 10
INTERPOL_MEMBERSHIP_UNKNOWN = -10
MISSING_PERIOD = "?"
_PLACEHOLDER = re.compile(r"%\((\w+)\)s")
PROVIDER_FLAG_NAMES = {
    "direct": N_("direct requests from foreign authorities"),
    "voluntary": N_("voluntary disclosure requests"),
    "emergency": N_("emergency requests"),
}
PERIOD_NOT_RECORDED = N_("(A period is not recorded in the clock or provider data: check it.)")


@dataclass(frozen=True)
class Reason:
    """One reason for a channel's place: its code, its words, and the points it weighed.

    `message` is English (the API, the CLI); `text` is the same in the active language."""

    code: str
    message: str
    points: int | None = None
    # The message's catalogue entry and its values (a lazy value is translated too).
    template: str = dataclass_field(default="", compare=False)
    params: tuple[tuple[str, object], ...] = dataclass_field(default=(), compare=False)

    @property
    def text(self) -> str:
        """Return the message in the active language."""
        return fill(self.template or self.message, dict(self.params))


def reason(code: str, template: str, points: int | None = None, **params: object) -> Reason:
    """Return a reason whose message is the template (marked for translation) filled in."""
    message = (
        template % {name: english(value) for name, value in params.items()} if params else template
    )
    return Reason(code, message, points, template, tuple(params.items()))


@dataclass(frozen=True)
class FollowUp:
    """What must follow a channel: a data template, its periods, and whether one is missing."""

    template: str = ""
    params: tuple[tuple[str, object], ...] = ()
    is_period_missing: bool = False

    @property
    def text(self) -> str:
        """Return the follow-up in the active language ("" when nothing must follow)."""
        if not self.template:
            return ""
        text = fill(self.template, dict(self.params))
        return f"{text} {gettext(PERIOD_NOT_RECORDED)}" if self.is_period_missing else text


@dataclass(frozen=True)
class ChannelAdvice:
    """A channel's verdict: its rank (None when blocked), why, and what must follow."""

    channel: str
    rank: int | None
    score: int | None
    reasons: tuple[Reason, ...]
    follow_up_parts: FollowUp = dataclass_field(default_factory=FollowUp, compare=False)

    @property
    def is_blocked(self) -> bool:
        """Say whether the channel cannot be used in this situation."""
        return self.rank is None

    @property
    def follow_up(self) -> str:
        """Return what must follow, in English (the API, the CLI)."""
        return english(self.follow_up_text)

    @property
    def follow_up_text(self) -> str:
        """Return what must follow, in the active language."""
        return self.follow_up_parts.text


def advise_channels(situation: Situation) -> list[ChannelAdvice]:
    """Rank every channel for the situation; blocked channels last, each with its reason."""
    measure = measures()[situation.measure]
    stopper = blocks_measure(evaluate_rules(situation))
    open_channels: list[tuple[int, int, tuple[Reason, ...], str, FollowUp]] = []
    blocked: list[ChannelAdvice] = []
    for order, channel in enumerate(CHANNELS):
        row = channel_rows()[(situation.measure, channel)]
        block = _block(situation, measure, row)
        if block is None and stopper is not None:
            block = reason(
                "measure_blocked",
                N_("The measure is blocked: %(finding)s"),
                finding=stopper.text_later,
            )
        if block is not None:
            blocked.append(ChannelAdvice(channel, None, None, (block,)))
            continue
        assert row.score is not None  # a row without a score is blocked above
        adjustments = _adjustments(situation, measure, channel)
        score = row.score + sum(reason.points or 0 for reason in adjustments)
        reasons = (reason(row.reason_code, row.reason, row.score), *adjustments)
        open_channels.append((score, order, reasons, channel, _follow_up(situation, row)))
    open_channels.sort(key=lambda entry: (-entry[0], entry[1]))
    ranked = [
        ChannelAdvice(channel, rank, score, reasons, follow_up)
        for rank, (score, _, reasons, channel, follow_up) in enumerate(open_channels, start=1)
    ]
    return ranked + blocked


def _block(situation: Situation, measure: MeasureRow, row: ChannelRow) -> Reason | None:
    if row.score is None:
        return reason(row.reason_code, row.reason)
    requested = situation.requested_country
    if row.channel == "network_24_7" and not requested.is_party("budapest"):
        return reason(
            "not_in_24_7_network",
            N_(
                "%(country)s is not a party to the Budapest Convention: it has no Art. 35 "
                "point of contact in the 24/7 network."
            ),
            country=country_name(requested.name),
        )
    if row.channel == "direct_to_provider":
        return _provider_block(situation, measure)
    if row.channel == "eurojust_ejn":
        outside = [
            country
            for country in (requested, situation.requesting_country)
            if country is not None and not country.is_party("eu")
        ]
        if outside:
            return reason(
                "not_eu_case",
                N_(
                    "Eurojust and the EJN serve cases between EU member states: %(country)s "
                    "is not one."
                ),
                country=country_name(outside[0].name),
            )
    if row.channel == "interpol" and requested.interpol_member == NO:
        return reason(
            "not_interpol_member",
            N_("%(country)s is not an Interpol member."),
            country=country_name(requested.name),
        )
    if row.channel == "self_access" and not (
        situation.is_public_data or situation.has_lawful_consent
    ):
        return reason(
            "no_public_data_or_consent",
            N_(
                "Self-access needs publicly available data or lawful and voluntary consent "
                "(Art. 32)."
            ),
        )
    return None


def _provider_flag(situation: Situation, measure: MeasureRow) -> str:
    # An emergency asks for the provider's emergency policy whatever the measure's usual road.
    if situation.is_emergency and measure.provider_flag:
        return "emergency"
    return measure.provider_flag or "direct"


def _provider_policy(situation: Situation, flag: str) -> str:
    provider = situation.provider
    assert provider is not None
    return {
        "direct": provider.accepts_direct_requests,
        "voluntary": provider.accepts_voluntary_disclosure,
        "emergency": provider.accepts_emergency_requests,
    }[flag]


def _provider_block(situation: Situation, measure: MeasureRow) -> Reason | None:
    if situation.provider is None:
        return reason(
            "no_provider", N_("No provider named: name the provider to send to it directly.")
        )
    flag = _provider_flag(situation, measure)
    if _provider_policy(situation, flag) == NO:
        return reason(
            "provider_refuses",
            N_("%(provider)s does not accept %(requests)s (its published policy)."),
            provider=situation.provider.name,
            requests=gettext_lazy(PROVIDER_FLAG_NAMES[flag]),
        )
    return None


def _adjustments(situation: Situation, measure: MeasureRow, channel: str) -> tuple[Reason, ...]:
    found: list[Reason] = []
    if channel == "network_24_7":
        if situation.urgency == "emergency":
            found.append(
                reason(
                    "emergency_fast_channel",
                    N_("Emergency: the 24/7 network answers at any hour."),
                    EMERGENCY_FAST_CHANNEL,
                )
            )
        elif situation.urgency == "urgent":
            found.append(
                reason(
                    "urgent_fast_channel",
                    N_("Urgent: the 24/7 network answers at any hour."),
                    URGENT_FAST_CHANNEL,
                )
            )
    if channel == "central_authority" and situation.urgency in {"urgent", "emergency"}:
        found.append(
            reason(
                "slow_channel",
                N_("Central authorities work office hours and slowly."),
                SLOW_CHANNEL,
            )
        )
    if channel == "direct_to_provider":
        found.extend(_provider_adjustments(situation, measure))
    if channel == "eurojust_ejn" and situation.requesting_country is not None:
        found.append(reason("eu_case", N_("Both sides are EU member states."), EU_CASE))
    if channel == "interpol" and situation.requested_country.interpol_member == UNKNOWN:
        found.append(
            reason(
                "interpol_membership_unknown",
                N_("Interpol membership of %(country)s is not in the country data."),
                INTERPOL_MEMBERSHIP_UNKNOWN,
                country=country_name(situation.requested_country.name),
            )
        )
    return tuple(found)


def _provider_adjustments(situation: Situation, measure: MeasureRow) -> list[Reason]:
    provider = situation.provider
    assert provider is not None
    found = []
    flag = _provider_flag(situation, measure)
    if _provider_policy(situation, flag) == UNKNOWN:
        found.append(
            reason(
                "provider_policy_unknown",
                N_("Whether %(provider)s accepts %(requests)s is not known."),
                PROVIDER_POLICY_UNKNOWN,
                provider=provider.name,
                requests=gettext_lazy(PROVIDER_FLAG_NAMES[flag]),
            )
        )
    if situation.is_emergency and provider.accepts_emergency_requests == YES:
        found.append(
            reason(
                "provider_answers_emergencies",
                N_("%(provider)s answers emergency requests (its published policy)."),
                PROVIDER_ANSWERS_EMERGENCIES,
                provider=provider.name,
            )
        )
    if measure.provider_flag == "voluntary" and "content" in situation.data_categories:
        found.append(
            reason(
                "content_needs_legal_basis",
                N_(
                    "Providers do not disclose content data on a voluntary request: it needs a "
                    "legal basis (MLA, EPOC)."
                ),
                CONTENT_NEEDS_LEGAL_BASIS,
            )
        )
    return found


def _follow_up(situation: Situation, row: ChannelRow) -> FollowUp:
    if not row.follow_up:
        return FollowUp()
    provider_days = situation.provider.preservation_days if situation.provider else None
    values = {**situation.periods, "provider_preservation_days": provider_days}
    missing = False

    class _Periods(dict[str, str]):
        def __missing__(self, key: str) -> str:
            nonlocal missing
            missing = True
            return MISSING_PERIOD

    periods = _Periods({name: str(days) for name, days in values.items() if days is not None})
    # A placeholder without a period reads "?" (and the text says to check it).
    used = {name: periods[name] for name in _PLACEHOLDER.findall(row.follow_up)}
    return FollowUp(row.follow_up, tuple(used.items()), missing)
