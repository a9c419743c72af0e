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

from dataclasses import dataclass

from rogatory.advice.catalogue import ChannelRow, MeasureRow, channel_rows, measures
from rogatory.advice.rules import blocks_measure, evaluate_rules
from rogatory.advice.situation import CHANNELS, NO, UNKNOWN, YES, Situation

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
PROVIDER_FLAG_NAMES = {
    "direct": "direct requests from foreign authorities",
    "voluntary": "voluntary disclosure requests",
    "emergency": "emergency requests",
}


@dataclass(frozen=True)
class Reason:
    """One reason for a channel's place: its code, its words, and the points it weighed."""

    code: str
    message: str
    points: int | None = None


@dataclass(frozen=True)
class ChannelAdvice:
    """A channel's verdict: its rank (None when blocked), why, and what must follow."""

    channel: str
    rank: int | None
    score: int | None
    reasons: tuple[Reason, ...]
    follow_up: str = ""

    @property
    def is_blocked(self) -> bool:
        """Say whether the channel cannot be used in this situation."""
        return self.rank is None


def advise_channels(situation: Situation) -> list[ChannelAdvice]:
    """Rank every channel for the situation; blocked channels last, each with its reason."""
    measure = measures()[situation.measure]
    stopper = blocks_measure(evaluate_rules(situation))
    open_channels: list[tuple[int, int, tuple[Reason, ...], str, str]] = []
    blocked: list[ChannelAdvice] = []
    for order, channel in enumerate(CHANNELS):
        row = channel_rows()[(situation.measure, channel)]
        block = _block(situation, measure, row)
        if block is None and stopper is not None:
            block = Reason("measure_blocked", f"The measure is blocked: {stopper.message}")
        if block is not None:
            blocked.append(ChannelAdvice(channel, None, None, (block,)))
            continue
        assert row.score is not None  # a row without a score is blocked above
        adjustments = _adjustments(situation, measure, channel)
        score = row.score + sum(reason.points or 0 for reason in adjustments)
        reasons = (Reason(row.reason_code, row.reason, row.score), *adjustments)
        open_channels.append((score, order, reasons, channel, _follow_up(situation, row)))
    open_channels.sort(key=lambda entry: (-entry[0], entry[1]))
    ranked = [
        ChannelAdvice(channel, rank, score, reasons, follow_up)
        for rank, (score, _, reasons, channel, follow_up) in enumerate(open_channels, start=1)
    ]
    return ranked + blocked


def _block(situation: Situation, measure: MeasureRow, row: ChannelRow) -> Reason | None:
    if row.score is None:
        return Reason(row.reason_code, row.reason)
    requested = situation.requested_country
    if row.channel == "network_24_7" and not requested.is_party("budapest"):
        return Reason(
            "not_in_24_7_network",
            f"{requested.name} is not a party to the Budapest Convention: it has no Art. 35 "
            "point of contact in the 24/7 network.",
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
            return Reason(
                "not_eu_case",
                f"Eurojust and the EJN serve cases between EU member states: {outside[0].name} "
                "is not one.",
            )
    if row.channel == "interpol" and requested.interpol_member == NO:
        return Reason("not_interpol_member", f"{requested.name} is not an Interpol member.")
    if row.channel == "self_access" and not (
        situation.is_public_data or situation.has_lawful_consent
    ):
        return Reason(
            "no_public_data_or_consent",
            "Self-access needs publicly available data or lawful and voluntary consent (Art. 32).",
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
        return Reason("no_provider", "No provider named: name the provider to send to it directly.")
    flag = _provider_flag(situation, measure)
    if _provider_policy(situation, flag) == NO:
        return Reason(
            "provider_refuses",
            f"{situation.provider.name} does not accept {PROVIDER_FLAG_NAMES[flag]} "
            "(its published policy).",
        )
    return None


def _adjustments(situation: Situation, measure: MeasureRow, channel: str) -> tuple[Reason, ...]:
    found: list[Reason] = []
    if channel == "network_24_7":
        if situation.urgency == "emergency":
            found.append(
                Reason(
                    "emergency_fast_channel",
                    "Emergency: the 24/7 network answers at any hour.",
                    EMERGENCY_FAST_CHANNEL,
                )
            )
        elif situation.urgency == "urgent":
            found.append(
                Reason(
                    "urgent_fast_channel",
                    "Urgent: the 24/7 network answers at any hour.",
                    URGENT_FAST_CHANNEL,
                )
            )
    if channel == "central_authority" and situation.urgency in {"urgent", "emergency"}:
        found.append(
            Reason(
                "slow_channel", "Central authorities work office hours and slowly.", SLOW_CHANNEL
            )
        )
    if channel == "direct_to_provider":
        found.extend(_provider_adjustments(situation, measure))
    if channel == "eurojust_ejn" and situation.requesting_country is not None:
        found.append(Reason("eu_case", "Both sides are EU member states.", EU_CASE))
    if channel == "interpol" and situation.requested_country.interpol_member == UNKNOWN:
        found.append(
            Reason(
                "interpol_membership_unknown",
                f"Interpol membership of {situation.requested_country.name} is not in the "
                "country data.",
                INTERPOL_MEMBERSHIP_UNKNOWN,
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
            Reason(
                "provider_policy_unknown",
                f"Whether {provider.name} accepts {PROVIDER_FLAG_NAMES[flag]} is not known.",
                PROVIDER_POLICY_UNKNOWN,
            )
        )
    if situation.is_emergency and provider.accepts_emergency_requests == YES:
        found.append(
            Reason(
                "provider_answers_emergencies",
                f"{provider.name} answers emergency requests (its published policy).",
                PROVIDER_ANSWERS_EMERGENCIES,
            )
        )
    if measure.provider_flag == "voluntary" and "content" in situation.data_categories:
        found.append(
            Reason(
                "content_needs_legal_basis",
                "Providers do not disclose content data on a voluntary request: it needs a "
                "legal basis (MLA, EPOC).",
                CONTENT_NEEDS_LEGAL_BASIS,
            )
        )
    return found


def _follow_up(situation: Situation, row: ChannelRow) -> str:
    if not row.follow_up:
        return ""
    provider_days = situation.provider.preservation_days if situation.provider else None
    values = {**situation.periods, "provider_preservation_days": provider_days}
    missing = False

    class _Periods(dict[str, str]):
        def __missing__(self, key: str) -> str:
            nonlocal missing
            missing = True
            return MISSING_PERIOD

    text = row.follow_up.format_map(
        _Periods({name: str(days) for name, days in values.items() if days is not None})
    )
    if missing:
        text += " (A period is not recorded in the clock or provider data: check it.)"
    return text
