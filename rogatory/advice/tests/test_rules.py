"""The rules and the advisor's inputs: exact messages, the clock data behind the follow-ups,
unknown facts said as unknown, one clear line for bad input."""

from datetime import date
from typing import Any

import pytest

from rogatory.advice.channels import advise_channels
from rogatory.advice.queries import situation_for
from rogatory.advice.rules import RuleFinding, evaluate_rules
from rogatory.core.errors import ValidationFailed
from rogatory.directory.models import Authority
from rogatory.requests.models import ClockRule

pytestmark = pytest.mark.django_db
TODAY = date(2026, 11, 29)


def findings(**given: Any) -> dict[str, RuleFinding]:
    return {f.code: f for f in evaluate_rules(situation_for(on=TODAY, **given))}


def test_preservation_never_requires_dual_criminality() -> None:
    found = findings(measure="preservation", requested_country="DE")

    assert found["dual_criminality_not_required"] == RuleFinding(
        "dual_criminality_not_required",
        "info",
        "Dual criminality may not be required as a condition for preservation.",
        "Budapest Convention Art. 29(3)",
    )


def test_coercive_mla_flags_dual_criminality_where_the_country_requires_it() -> None:
    found = findings(measure="mla_stored_data", requested_country="DE")

    assert found["dual_criminality_required"].message == (
        "Germany requires dual criminality for coercive MLA: show that the conduct is an "
        "offence under its law too."
    )


def test_interpol_cannot_carry_a_preservation_request() -> None:
    found = findings(measure="preservation", requested_country="DE", channel="interpol")

    assert found["interpol_cannot_preserve"] == RuleFinding(
        "interpol_cannot_preserve",
        "block",
        "Interpol NCRP cannot carry a preservation request: it exchanges police information, "
        "not preservation orders or evidence.",
        "Budapest Convention Art. 29",
        "Choose a channel from the ranking.",
    )


def test_the_24_7_network_is_an_acceptable_channel_for_preservation() -> None:
    found = findings(measure="preservation", requested_country="DE", channel="network_24_7")

    assert [f.severity for f in found.values()] == ["info"]


def test_an_emergency_needs_facts_and_a_second_approver() -> None:
    found = findings(measure="provider_request", requested_country="US", urgency="emergency")

    assert found["emergency_without_facts"].message == (
        "An emergency needs facts showing a significant and imminent risk to the life or "
        "safety of a person."
    )
    assert found["emergency_without_second_approver"].message == (
        "An emergency request needs a second approver: fake emergency requests sent from "
        "hacked police mailboxes obtained real users' data."
    )
    complete = findings(
        measure="provider_request",
        requested_country="US",
        urgency="emergency",
        has_imminent_risk_facts=True,
        has_second_approver=True,
    )
    assert complete == {}


def test_an_epoc_for_traffic_data_needs_three_years_or_a_listed_offence() -> None:
    found = findings(
        measure="epoc",
        requested_country="DE",
        data_categories=["subscriber", "traffic"],
        offence_max_penalty_years=2,
    )

    assert found["epoc_offence_threshold"].message == (
        "An EPOC for traffic or content data needs an offence punishable by at least 3 years' "
        "custody or one of the listed offences."
    )
    assert found["epoc_offence_threshold"].instead.startswith(
        "Outside the Regulation use a European Investigation Order"
    )
    at_threshold = findings(
        measure="epoc",
        requested_country="DE",
        data_categories=["traffic"],
        offence_max_penalty_years=3,
    )
    assert "epoc_offence_threshold" not in at_threshold


def test_a_country_not_party_is_blocked_with_the_reason_and_an_alternative() -> None:
    found = findings(measure="preservation", requested_country="RU")

    assert found["not_party"] == RuleFinding(
        "not_party",
        "block",
        "Russian Federation is not a party to the Budapest Convention (CETS 185): no Budapest "
        "Convention Art. 29 request can be sent there.",
        "Budapest Convention Art. 29",
        "Send an MLA request under a bilateral treaty, letters rogatory or UNTOC Art. 18 "
        "through the central authority, and ask the provider for voluntary preservation where "
        "its policy allows.",
    )


def test_no_epoc_outside_the_eu_and_no_art7_without_the_protocol() -> None:
    epoc = findings(measure="epoc", requested_country="US")
    art7 = findings(measure="subscriber_direct", requested_country="US")

    assert epoc["not_party"].message == (
        "United States is not an EU member state: no Regulation (EU) 2023/1543 Art. 5 request "
        "can be sent there."
    )
    assert art7["not_party"].message == (
        "United States is not a party to the Second Additional Protocol to the Budapest "
        "Convention (CETS 224): no CETS 224 Art. 7 request can be sent there."
    )


def test_denmark_is_not_bound_by_the_e_evidence_regulation() -> None:
    found = findings(measure="epoc_pr", requested_country="DK")

    assert found["not_participating"].message == (
        "Denmark does not take part in Regulation (EU) 2023/1543: no Regulation (EU) 2023/1543 "
        "Art. 6 order involving it."
    )


def test_a_country_without_data_is_said_to_be_unknown() -> None:
    found = findings(measure="mla_stored_data", requested_country="KE")

    assert found["no_country_data"].message == (
        "No country data for Kenya: dual criminality, Art. 7 notification, Interpol membership "
        "and e-evidence participation are treated as unknown."
    )


def test_the_follow_up_period_comes_from_the_clock_data() -> None:
    situation = situation_for(measure="preservation", requested_country="DE", on=TODAY)

    top = advise_channels(situation)[0]

    assert top.follow_up == (
        "Preserve now through the 24/7 network, then send the MLA request (Art. 31) within 60 "
        "days (Art. 29(7))."
    )
    ClockRule.objects.create(
        kind="preservation",
        clock="preservation_period",
        country_id="DE",
        hours=90 * 24,
        source="Test: a country-specific period.",
    )
    longer = advise_channels(situation_for(measure="preservation", requested_country="DE"))[0]
    assert "within 90 days" in longer.follow_up


def test_a_directory_provider_without_a_policy_is_ranked_with_its_policy_unknown() -> None:
    Authority.objects.create(
        code="lu-unlisted",
        name="Unlisted Hosting SARL",
        authority_type="service_provider",
        country_id="LU",
    )
    situation = situation_for(
        measure="preservation", requested_country="LU", provider="lu-unlisted"
    )

    direct = next(a for a in advise_channels(situation) if a.channel == "direct_to_provider")

    assert (direct.rank, direct.score) == (3, 40)
    assert direct.reasons[1].message == (
        "Whether Unlisted Hosting SARL accepts direct requests from foreign authorities is not known."
    )
    assert direct.follow_up.endswith(
        "(A period is not recorded in the clock or provider data: check it.)"
    )


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            {"measure": "rogatory", "requested_country": "DE"},
            "Unknown measure 'rogatory': use one of preservation, expedited_disclosure, "
            "mla_subscriber, mla_stored_data, spontaneous_information, transborder_access, "
            "production_order, domain_registration, subscriber_direct, emergency_disclosure, "
            "emergency_mla, epoc, epoc_pr, provider_request, jit_proposal.",
        ),
        (
            {"measure": "preservation", "requested_country": "XX"},
            "Unknown country 'XX': use an ISO 3166-1 alpha-2 code such as DE.",
        ),
        (
            {"measure": "preservation", "requested_country": "DE", "provider": "nobody"},
            "Unknown provider 'nobody': use a provider code from the directory or from "
            "advice/data/providers.csv.",
        ),
        (
            {"measure": "preservation", "requested_country": "DE", "urgency": "asap"},
            "Unknown urgency 'asap': use one of normal, urgent, emergency.",
        ),
        (
            {"measure": "preservation", "requested_country": "DE", "data_categories": ["logs"]},
            "Unknown data category 'logs': use one of subscriber, traffic, content.",
        ),
        (
            {"measure": "preservation", "requested_country": "DE", "channel": "pigeon"},
            "Unknown channel 'pigeon': use one of network_24_7, central_authority, "
            "direct_to_provider, eurojust_ejn, interpol, self_access.",
        ),
    ],
)
def test_bad_input_is_refused_with_one_clear_message(given: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        situation_for(**given)

    assert refused.value.message == message
