"""The channel advisor, table-driven: each situation with its exact ranking, the reason codes of
every ranked channel, why each other channel is blocked, and the rule findings."""

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from rogatory.advice.channels import advise_channels
from rogatory.advice.queries import situation_for
from rogatory.advice.rules import evaluate_rules
from rogatory.advice.situation import CHANNELS, Situation

TODAY = date(2026, 11, 29)
EMERGENCY = {"urgency": "emergency", "has_imminent_risk_facts": True, "has_second_approver": True}


@dataclass(frozen=True)
class Case:
    name: str
    given: dict[str, Any]
    ranking: tuple[tuple[str, tuple[str, ...]], ...]  # (channel, its reason codes), best first
    blocked: dict[str, str]  # channel -> reason code
    findings: tuple[str, ...] = ()
    # CETS 224 is signed but in force for no country in the directory data; these cases reason
    # as if both sides had ratified it.
    protocol_in_force: bool = False
    notes: dict[str, str] = field(default_factory=dict)


NO_PRESERVING = {
    "interpol": "interpol_cannot_preserve",
    "self_access": "self_access_cannot_preserve",
}
ART32_ONLY = {
    channel: "art32_sends_nothing"
    for channel in (
        "network_24_7",
        "central_authority",
        "direct_to_provider",
        "eurojust_ejn",
        "interpol",
    )
}
EPOC_BLOCKED = {
    "network_24_7": "epoc_not_via_24_7",
    "central_authority": "epoc_not_via_central",
    "eurojust_ejn": "epoc_not_via_eurojust",
    "interpol": "interpol_not_for_evidence",
    "self_access": "self_access_not_a_request",
}
MLA_BLOCKED = {
    "direct_to_provider": "mla_is_state_to_state",
    "interpol": "interpol_not_for_evidence",
    "self_access": "self_access_not_a_request",
}
PROVIDER_REQUEST_BLOCKED = {
    "central_authority": "provider_request_not_via_central",
    "eurojust_ejn": "no_role_for_eurojust",
    "interpol": "interpol_not_for_evidence",
    "self_access": "self_access_not_a_request",
}


def all_blocked(code: str, **others: str) -> dict[str, str]:
    return {channel: others.get(channel, code) for channel in CHANNELS}


CASES = [
    Case(
        "preservation France to Germany: 24/7 first, no provider named",
        {"measure": "preservation", "requested_country": "DE", "requesting_country": "FR"},
        (
            ("network_24_7", ("preserve_via_24_7",)),
            ("central_authority", ("preserve_via_central",)),
            ("eurojust_ejn", ("coordinate_via_eurojust", "eu_case")),
        ),
        {"direct_to_provider": "no_provider", **NO_PRESERVING},
        ("dual_criminality_not_required",),
    ),
    Case(
        "urgent preservation with a US provider: the provider before the central authority",
        {
            "measure": "preservation",
            "requested_country": "DE",
            "requesting_country": "FR",
            "urgency": "urgent",
            "provider": "examplemail-us",
        },
        (
            ("network_24_7", ("preserve_via_24_7", "urgent_fast_channel")),
            ("direct_to_provider", ("preserve_via_provider",)),
            ("eurojust_ejn", ("coordinate_via_eurojust", "eu_case")),
            ("central_authority", ("preserve_via_central", "slow_channel")),
        ),
        NO_PRESERVING,
        ("dual_criminality_not_required", "provider_elsewhere"),
    ),
    Case(
        "emergency preservation in the United States, facts and second approver given",
        {
            "measure": "preservation",
            "requested_country": "US",
            "requesting_country": "FR",
            "provider": "examplemail-us",
            **EMERGENCY,
        },
        (
            ("network_24_7", ("preserve_via_24_7", "emergency_fast_channel")),
            ("direct_to_provider", ("preserve_via_provider", "provider_answers_emergencies")),
            ("central_authority", ("preserve_via_central", "slow_channel")),
        ),
        {"eurojust_ejn": "not_eu_case", **NO_PRESERVING},
        ("dual_criminality_not_required",),
    ),
    Case(
        "emergency preservation without facts or second approver is blocked, channels still ranked",
        {
            "measure": "preservation",
            "requested_country": "US",
            "provider": "examplemail-us",
            "urgency": "emergency",
        },
        (
            ("network_24_7", ("preserve_via_24_7", "emergency_fast_channel")),
            ("direct_to_provider", ("preserve_via_provider", "provider_answers_emergencies")),
            ("central_authority", ("preserve_via_central", "slow_channel")),
        ),
        {"eurojust_ejn": "not_eu_case", **NO_PRESERVING},
        (
            "emergency_without_facts",
            "emergency_without_second_approver",
            "dual_criminality_not_required",
        ),
    ),
    Case(
        "preservation to Russia: not a Budapest party, every channel blocked",
        {"measure": "preservation", "requested_country": "RU"},
        (),
        all_blocked(
            "measure_blocked",
            network_24_7="not_in_24_7_network",
            direct_to_provider="no_provider",
            eurojust_ejn="not_eu_case",
            **NO_PRESERVING,
        ),
        ("not_party", "dual_criminality_not_required"),
    ),
    Case(
        "preservation from China: the requesting country is not a party",
        {"measure": "preservation", "requested_country": "DE", "requesting_country": "CN"},
        (),
        all_blocked(
            "measure_blocked",
            direct_to_provider="no_provider",
            eurojust_ejn="not_eu_case",
            **NO_PRESERVING,
        ),
        ("requesting_not_party", "dual_criminality_not_required"),
    ),
    Case(
        "preservation to South Africa: signatory only, and no country data",
        {"measure": "preservation", "requested_country": "ZA"},
        (),
        all_blocked(
            "measure_blocked",
            network_24_7="not_in_24_7_network",
            direct_to_provider="no_provider",
            eurojust_ejn="not_eu_case",
            **NO_PRESERVING,
        ),
        ("not_party", "no_country_data", "dual_criminality_not_required"),
    ),
    Case(
        "preservation through Interpol is refused by the rules",
        {"measure": "preservation", "requested_country": "DE", "channel": "interpol"},
        (
            ("network_24_7", ("preserve_via_24_7",)),
            ("central_authority", ("preserve_via_central",)),
            ("eurojust_ejn", ("coordinate_via_eurojust",)),
        ),
        {"direct_to_provider": "no_provider", **NO_PRESERVING},
        ("interpol_cannot_preserve", "dual_criminality_not_required"),
    ),
    Case(
        "preservation in Switzerland at a provider that answers only its courts",
        {"measure": "preservation", "requested_country": "CH", "provider": "quietbox-ch"},
        (
            ("network_24_7", ("preserve_via_24_7",)),
            ("central_authority", ("preserve_via_central",)),
        ),
        {"direct_to_provider": "provider_refuses", "eurojust_ejn": "not_eu_case", **NO_PRESERVING},
        ("dual_criminality_not_required",),
    ),
    Case(
        "voluntary request for subscriber data to a US provider",
        {
            "measure": "provider_request",
            "requested_country": "US",
            "provider": "examplemail-us",
            "data_categories": ["subscriber"],
        },
        (
            ("direct_to_provider", ("request_under_provider_policy",)),
            ("network_24_7", ("preserve_via_24_7_instead",)),
        ),
        PROVIDER_REQUEST_BLOCKED,
    ),
    Case(
        "voluntary request for content: the provider drops below the 24/7 network",
        {
            "measure": "provider_request",
            "requested_country": "US",
            "provider": "examplemail-us",
            "data_categories": ["content"],
        },
        (
            ("network_24_7", ("preserve_via_24_7_instead",)),
            ("direct_to_provider", ("request_under_provider_policy", "content_needs_legal_basis")),
        ),
        PROVIDER_REQUEST_BLOCKED,
    ),
    Case(
        "voluntary request to a provider that refuses voluntary disclosure",
        {"measure": "provider_request", "requested_country": "CH", "provider": "quietbox-ch"},
        (("network_24_7", ("preserve_via_24_7_instead",)),),
        {**PROVIDER_REQUEST_BLOCKED, "direct_to_provider": "provider_refuses"},
    ),
    Case(
        "emergency request to a provider that answers emergencies",
        {
            "measure": "provider_request",
            "requested_country": "US",
            "provider": "examplemail-us",
            **EMERGENCY,
        },
        (
            (
                "direct_to_provider",
                ("request_under_provider_policy", "provider_answers_emergencies"),
            ),
            ("network_24_7", ("preserve_via_24_7_instead", "emergency_fast_channel")),
        ),
        PROVIDER_REQUEST_BLOCKED,
    ),
    Case(
        "voluntary request to a provider that answers only binding orders",
        {"measure": "provider_request", "requested_country": "DE", "provider": "nordhost-de"},
        (("network_24_7", ("preserve_via_24_7_instead",)),),
        {**PROVIDER_REQUEST_BLOCKED, "direct_to_provider": "provider_refuses"},
    ),
    Case(
        "MLA for stored data to Germany: dual criminality flagged",
        {"measure": "mla_stored_data", "requested_country": "DE", "requesting_country": "FR"},
        (
            ("central_authority", ("mla_via_central",)),
            ("eurojust_ejn", ("mla_via_eurojust", "eu_case")),
            ("network_24_7", ("advice_via_24_7",)),
        ),
        MLA_BLOCKED,
        ("dual_criminality_required",),
    ),
    Case(
        "MLA for stored data to the United States: no dual criminality flag",
        {"measure": "mla_stored_data", "requested_country": "US", "requesting_country": "FR"},
        (
            ("central_authority", ("mla_via_central",)),
            ("network_24_7", ("advice_via_24_7",)),
        ),
        {**MLA_BLOCKED, "eurojust_ejn": "not_eu_case"},
    ),
    Case(
        "MLA for stored data to Italy: dual criminality unknown, said so",
        {"measure": "mla_stored_data", "requested_country": "IT"},
        (
            ("central_authority", ("mla_via_central",)),
            ("eurojust_ejn", ("mla_via_eurojust",)),
            ("network_24_7", ("advice_via_24_7",)),
        ),
        MLA_BLOCKED,
        ("dual_criminality_unknown",),
    ),
    Case(
        "MLA for subscriber information to the United Kingdom",
        {"measure": "mla_subscriber", "requested_country": "GB", "requesting_country": "FR"},
        (
            ("central_authority", ("mla_via_central",)),
            ("network_24_7", ("advice_via_24_7",)),
        ),
        {**MLA_BLOCKED, "eurojust_ejn": "not_eu_case"},
    ),
    Case(
        "urgent MLA: the central authority still first, the 24/7 network gains",
        {
            "measure": "mla_stored_data",
            "requested_country": "DE",
            "requesting_country": "FR",
            "urgency": "urgent",
        },
        (
            ("central_authority", ("mla_via_central", "slow_channel")),
            ("eurojust_ejn", ("mla_via_eurojust", "eu_case")),
            ("network_24_7", ("advice_via_24_7", "urgent_fast_channel")),
        ),
        MLA_BLOCKED,
        ("dual_criminality_required",),
    ),
    Case(
        "emergency MLA to the Netherlands: CETS 224 not in force there",
        {
            "measure": "emergency_mla",
            "requested_country": "NL",
            "requesting_country": "FR",
            **EMERGENCY,
        },
        (),
        all_blocked(
            "measure_blocked",
            direct_to_provider="mla_is_state_to_state",
            interpol="interpol_not_for_evidence",
            self_access="self_access_not_a_request",
        ),
        ("not_party", "requesting_not_party", "dual_criminality_required"),
    ),
    Case(
        "emergency MLA to the Netherlands once the Protocol is in force",
        {
            "measure": "emergency_mla",
            "requested_country": "NL",
            "requesting_country": "FR",
            **EMERGENCY,
        },
        (
            ("network_24_7", ("announce_via_24_7", "emergency_fast_channel")),
            ("central_authority", ("emergency_mla_via_central", "slow_channel")),
            ("eurojust_ejn", ("mla_via_eurojust", "eu_case")),
        ),
        {
            "direct_to_provider": "mla_is_state_to_state",
            "interpol": "interpol_not_for_evidence",
            "self_access": "self_access_not_a_request",
        },
        ("dual_criminality_required",),
        protocol_in_force=True,
    ),
    Case(
        "emergency disclosure in the United States through the 24/7 network (Art. 9)",
        {
            "measure": "emergency_disclosure",
            "requested_country": "US",
            "requesting_country": "FR",
            "provider": "examplemail-us",
            **EMERGENCY,
        },
        (
            ("network_24_7", ("emergency_via_24_7", "emergency_fast_channel")),
            ("direct_to_provider", ("emergency_to_provider", "provider_answers_emergencies")),
            ("interpol", ("locate_via_interpol",)),
            ("central_authority", ("emergency_mla_slower", "slow_channel")),
        ),
        {"eurojust_ejn": "no_role_for_eurojust", "self_access": "self_access_not_a_request"},
        protocol_in_force=True,
    ),
    Case(
        "emergency disclosure without the Protocol, facts or approver",
        {"measure": "emergency_disclosure", "requested_country": "US"},
        (),
        all_blocked(
            "measure_blocked",
            direct_to_provider="no_provider",
            eurojust_ejn="no_role_for_eurojust",
            self_access="self_access_not_a_request",
        ),
        ("not_party", "emergency_without_facts", "emergency_without_second_approver"),
    ),
    Case(
        "subscriber information directly from a US provider (Art. 7)",
        {
            "measure": "subscriber_direct",
            "requested_country": "US",
            "requesting_country": "FR",
            "provider": "examplemail-us",
        },
        (
            ("direct_to_provider", ("order_to_provider_abroad",)),
            ("central_authority", ("art8_fallback",)),
        ),
        {
            "network_24_7": "art7_goes_to_provider",
            "eurojust_ejn": "no_role_for_eurojust",
            "interpol": "interpol_not_for_evidence",
            "self_access": "self_access_not_a_request",
        },
        ("art7_notification_unknown",),
        protocol_in_force=True,
    ),
    Case(
        "Art. 7 order to a provider that answers only its courts: Art. 8 through its State",
        {"measure": "subscriber_direct", "requested_country": "CH", "provider": "quietbox-ch"},
        (("central_authority", ("art8_fallback",)),),
        {
            "network_24_7": "art7_goes_to_provider",
            "direct_to_provider": "provider_refuses",
            "eurojust_ejn": "no_role_for_eurojust",
            "interpol": "interpol_not_for_evidence",
            "self_access": "self_access_not_a_request",
        },
        ("art7_notification_unknown",),
        protocol_in_force=True,
    ),
    Case(
        "domain registration data from a Portuguese registrar (Art. 6)",
        {"measure": "domain_registration", "requested_country": "PT", "provider": "registro-pt"},
        (
            ("direct_to_provider", ("request_to_registrar",)),
            ("network_24_7", ("advice_via_24_7",)),
            ("central_authority", ("mla_fallback",)),
        ),
        {
            "eurojust_ejn": "no_role_for_eurojust",
            "interpol": "interpol_not_for_evidence",
            "self_access": "self_access_not_a_request",
        },
        protocol_in_force=True,
    ),
    Case(
        "EPOC for subscriber data to a German provider",
        {
            "measure": "epoc",
            "requested_country": "DE",
            "requesting_country": "FR",
            "provider": "nordhost-de",
            "data_categories": ["subscriber"],
        },
        (("direct_to_provider", ("epoc_to_provider",)),),
        EPOC_BLOCKED,
    ),
    Case(
        "EPOC for traffic data, offence punishable by 2 years, not listed",
        {
            "measure": "epoc",
            "requested_country": "DE",
            "requesting_country": "FR",
            "provider": "nordhost-de",
            "data_categories": ["traffic"],
            "offence_max_penalty_years": 2,
        },
        (),
        {**EPOC_BLOCKED, "direct_to_provider": "measure_blocked"},
        ("epoc_offence_threshold",),
    ),
    Case(
        "EPOC for traffic data, offence punishable by 5 years",
        {
            "measure": "epoc",
            "requested_country": "DE",
            "requesting_country": "FR",
            "provider": "nordhost-de",
            "data_categories": ["traffic"],
            "offence_max_penalty_years": 5,
        },
        (("direct_to_provider", ("epoc_to_provider",)),),
        EPOC_BLOCKED,
    ),
    Case(
        "EPOC for content data for a listed offence",
        {
            "measure": "epoc",
            "requested_country": "IE",
            "requesting_country": "FR",
            "provider": "ie-examplemail",
            "data_categories": ["content"],
            "is_listed_offence": True,
        },
        (("direct_to_provider", ("epoc_to_provider",)),),
        EPOC_BLOCKED,
    ),
    Case(
        "EPOC to Denmark: not bound by the e-evidence Regulation",
        {"measure": "epoc", "requested_country": "DK", "requesting_country": "FR"},
        (),
        {**EPOC_BLOCKED, "direct_to_provider": "no_provider"},
        ("not_participating",),
    ),
    Case(
        "EPOC to the United States: not an EU member state",
        {
            "measure": "epoc",
            "requested_country": "US",
            "requesting_country": "FR",
            "provider": "examplemail-us",
        },
        (),
        {**EPOC_BLOCKED, "direct_to_provider": "measure_blocked"},
        ("not_party",),
    ),
    Case(
        "EPOC before the Regulation applies",
        {
            "measure": "epoc",
            "requested_country": "DE",
            "requesting_country": "FR",
            "provider": "nordhost-de",
            "on": date(2026, 6, 1),
        },
        (),
        {**EPOC_BLOCKED, "direct_to_provider": "measure_blocked"},
        ("not_yet_applicable",),
    ),
    Case(
        "EPOC-PR to an Irish provider",
        {
            "measure": "epoc_pr",
            "requested_country": "IE",
            "requesting_country": "FR",
            "provider": "ie-examplemail",
        },
        (("direct_to_provider", ("epoc_pr_to_provider",)),),
        {
            "network_24_7": "epoc_not_via_24_7",
            "central_authority": "epoc_not_via_central",
            "eurojust_ejn": "epoc_not_via_eurojust",
            **NO_PRESERVING,
        },
    ),
    Case(
        "Art. 32 access to public data hosted in the United States",
        {"measure": "transborder_access", "requested_country": "US", "is_public_data": True},
        (("self_access", ("self_access_art32",)),),
        ART32_ONLY,
    ),
    Case(
        "Art. 32 access with consent to data stored in Russia: not a party",
        {"measure": "transborder_access", "requested_country": "RU", "has_lawful_consent": True},
        (),
        {**ART32_ONLY, "self_access": "measure_blocked"},
        ("not_party",),
    ),
    Case(
        "Art. 32 without public data or consent",
        {"measure": "transborder_access", "requested_country": "DE"},
        (),
        {**ART32_ONLY, "self_access": "no_public_data_or_consent"},
        ("art32_conditions_not_met",),
    ),
    Case(
        "spontaneous information between EU states: ties keep the catalogue order",
        {
            "measure": "spontaneous_information",
            "requested_country": "DE",
            "requesting_country": "FR",
        },
        (
            ("network_24_7", ("inform_via_24_7",)),
            ("interpol", ("inform_via_interpol",)),
            ("central_authority", ("inform_via_central",)),
            ("eurojust_ejn", ("inform_via_eurojust", "eu_case")),
        ),
        {
            "direct_to_provider": "information_is_state_to_state",
            "self_access": "self_access_not_a_request",
        },
    ),
    Case(
        "spontaneous information to Brazil",
        {
            "measure": "spontaneous_information",
            "requested_country": "BR",
            "requesting_country": "FR",
        },
        (
            ("network_24_7", ("inform_via_24_7",)),
            ("interpol", ("inform_via_interpol",)),
            ("central_authority", ("inform_via_central",)),
        ),
        {
            "direct_to_provider": "information_is_state_to_state",
            "eurojust_ejn": "not_eu_case",
            "self_access": "self_access_not_a_request",
        },
    ),
    Case(
        "JIT proposal between France and Germany",
        {"measure": "jit_proposal", "requested_country": "DE", "requesting_country": "FR"},
        (
            ("eurojust_ejn", ("jit_via_eurojust", "eu_case")),
            ("central_authority", ("jit_via_central",)),
        ),
        {
            "network_24_7": "jit_not_via_24_7",
            "direct_to_provider": "jit_not_via_provider",
            "interpol": "interpol_not_for_evidence",
            "self_access": "self_access_not_a_request",
        },
    ),
    Case(
        "JIT proposal to the United States: no Eurojust",
        {"measure": "jit_proposal", "requested_country": "US", "requesting_country": "FR"},
        (("central_authority", ("jit_via_central",)),),
        {
            "network_24_7": "jit_not_via_24_7",
            "direct_to_provider": "jit_not_via_provider",
            "eurojust_ejn": "not_eu_case",
            "interpol": "interpol_not_for_evidence",
            "self_access": "self_access_not_a_request",
        },
    ),
    Case(
        "domestic production order to a provider established abroad",
        {"measure": "production_order", "requested_country": "FR", "provider": "examplemail-us"},
        (("direct_to_provider", ("order_to_provider",)),),
        {
            "network_24_7": "domestic_order",
            "central_authority": "domestic_order",
            "eurojust_ejn": "domestic_order",
            "interpol": "domestic_order",
            "self_access": "self_access_not_a_request",
        },
        ("provider_elsewhere",),
    ),
    Case(
        "expedited disclosure of traffic data in the Netherlands (Art. 30)",
        {"measure": "expedited_disclosure", "requested_country": "NL", "requesting_country": "FR"},
        (
            ("network_24_7", ("disclose_via_24_7",)),
            ("central_authority", ("disclose_via_central",)),
            ("eurojust_ejn", ("coordinate_via_eurojust", "eu_case")),
        ),
        {
            "direct_to_provider": "art30_is_state_to_state",
            "interpol": "interpol_not_for_evidence",
            "self_access": "self_access_not_a_request",
        },
    ),
]


def build(case: Case) -> Situation:
    situation = situation_for(**{"on": TODAY, **case.given})
    if not case.protocol_in_force:
        return situation
    requesting = situation.requesting_country
    return dataclasses.replace(
        situation,
        requested_country=dataclasses.replace(
            situation.requested_country,
            treaties=situation.requested_country.treaties | {"cets224"},
        ),
        requesting_country=dataclasses.replace(
            requesting, treaties=requesting.treaties | {"cets224"}
        )
        if requesting
        else None,
    )


def test_the_table_has_at_least_thirty_situations() -> None:
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.django_db
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_advisor_ranks_and_explains_each_situation(case: Case) -> None:
    situation = build(case)

    advice = advise_channels(situation)
    findings = evaluate_rules(situation)

    ranked = tuple(
        (item.channel, tuple(reason.code for reason in item.reasons))
        for item in advice
        if not item.is_blocked
    )
    blocked = {item.channel: item.reasons[0].code for item in advice if item.is_blocked}
    assert ranked == case.ranking
    assert blocked == case.blocked
    assert tuple(finding.code for finding in findings) == case.findings
    assert [item.rank for item in advice] == [*range(1, len(ranked) + 1)] + [None] * len(blocked)
