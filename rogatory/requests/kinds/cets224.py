"""Kinds under the Second Additional Protocol (CETS 224): Art. 6, 7, 9 and 10.

Periods marked (~) in domain.md are data: each ClockDefault carries its source note.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

from rogatory.requests.kinds.spec import ClockDefault, DetailField, KindSpec, Section

DAY = 24

EMERGENCY_FACTS = DetailField(
    "emergency_facts",
    _("Facts showing a significant and imminent risk to the life or safety of a person"),
    "long_text",
    missing=N_(
        "An emergency needs facts showing a significant and imminent risk to the life or safety of a person."
    ),
)
PERSONS_AT_RISK = DetailField(
    "persons_at_risk",
    _("Persons at risk"),
    "long_text",
    missing=N_("An emergency must say who is at risk (without naming a victim where not needed)."),
)

DOMAIN_REGISTRATION = KindSpec(
    code="domain_registration",
    title=_("Request for domain name registration information"),
    subtitle=_(
        "Second Additional Protocol to the Convention on Cybercrime (CETS No. 224), Article 6"
    ),
    legal_basis=N_("CETS 224, Art. 6 (~)"),
    reference=N_("CETS 224 Art. 6"),
    lifecycle="disclosure",
    data_items_title=_("Domain names concerned"),
    allowed_categories=("subscriber",),
    required_common={
        "offence": N_("CETS 224 Art. 6: the offence is not named."),
        "summary_of_facts": N_("CETS 224 Art. 6: the summary of facts is missing."),
        "data_items": N_("CETS 224 Art. 6: no domain name is listed."),
    },
    sections=(
        Section(
            "8",
            _("Registration information requested"),
            (
                DetailField(
                    "registration_data_requested",
                    _("Registration information requested (registrant, contacts, dates)"),
                    "long_text",
                    missing=N_(
                        "CETS 224 Art. 6(3)(c): say which registration information is requested."
                    ),
                ),
                DetailField(
                    "domestic_legal_basis",
                    _("Domestic legal basis"),
                    "text",
                    missing=N_("CETS 224 Art. 6(3)(a): the domestic legal basis is missing."),
                ),
                DetailField(
                    "confidentiality_instructions",
                    _("Instructions on confidentiality"),
                    "long_text",
                ),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "response_due",
            30 * DAY,
            "Rogatory default for registrars (~): no period is fixed by Art. 6; 30 days is practice.",
        ),
    ),
)

SUBSCRIBER_DIRECT = KindSpec(
    code="subscriber_direct",
    title=_("Order for subscriber information sent directly to a service provider"),
    subtitle=_(
        "Second Additional Protocol to the Convention on Cybercrime (CETS No. 224), Article 7"
    ),
    legal_basis=N_("CETS 224, Art. 7 (~)"),
    reference=N_("CETS 224 Art. 7"),
    lifecycle="disclosure",
    data_items_title=_("Identifiers concerned"),
    allowed_categories=("subscriber",),
    required_common={
        "offence": N_("CETS 224 Art. 7(4)(c): the offence is not named."),
        "legal_provisions": N_(
            "CETS 224 Art. 7(4)(d): the legal provisions of the offence are missing."
        ),
        "summary_of_facts": N_("CETS 224 Art. 7(5)(c): the summary of facts is missing."),
        "data_items": N_(
            "CETS 224 Art. 7(4)(e): no identifier whose subscriber is sought is listed."
        ),
    },
    sections=(
        Section(
            "8",
            _("Order"),
            (
                DetailField(
                    "issuing_order_reference",
                    _("Reference and date of the order"),
                    "text",
                    missing=N_(
                        "CETS 224 Art. 7(4): the reference and date of the order are missing."
                    ),
                ),
                DetailField(
                    "issuing_authority_role",
                    _("Issuing authority (prosecutor, judge or other under supervision)"),
                    "text",
                    missing=N_(
                        "CETS 224 Art. 7(2)(a): say which competent authority issued the order."
                    ),
                ),
                DetailField(
                    "subscriber_information_requested",
                    _("Subscriber information requested"),
                    "long_text",
                    missing=N_(
                        "CETS 224 Art. 7(4)(e): say which subscriber information is requested."
                    ),
                ),
                DetailField(
                    "notification_required",
                    _("The provider's country requires notification (Art. 7(5))"),
                    "boolean",
                ),
                DetailField(
                    "notified_authority",
                    _("Authority notified in the provider's country"),
                    "text",
                    missing=N_(
                        "CETS 224 Art. 7(5)(a): the provider's country requires notification; name the authority notified."
                    ),
                    required_when=("notification_required", True),
                ),
                DetailField(
                    "procedural_instructions",
                    _("Procedural instructions (confidentiality, form of reply)"),
                    "long_text",
                ),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "response_due",
            30 * DAY,
            "CETS 224 Art. 7(6) (~): the provider discloses within 30 days or the period the order sets.",
        ),
        ClockDefault(
            "acknowledgement_chase",
            7 * DAY,
            "Rogatory default: chase a provider after 7 days without acknowledgement (practice).",
        ),
    ),
)

EMERGENCY_DISCLOSURE = KindSpec(
    code="emergency_disclosure",
    title=_("Request for expedited disclosure of stored computer data in an emergency"),
    subtitle=_(
        "Second Additional Protocol to the Convention on Cybercrime (CETS No. 224), Article 9 — through the 24/7 network"
    ),
    legal_basis=N_("CETS 224, Art. 9 (~)"),
    reference=N_("CETS 224 Art. 9"),
    lifecycle="disclosure",
    data_items_title=_("Stored computer data requested"),
    required_common={
        "offence": N_("CETS 224 Art. 9(3): the offence is not named."),
        "summary_of_facts": N_("CETS 224 Art. 9(3): the summary of facts is missing."),
        "data_items": N_("CETS 224 Art. 9(3): no data to disclose is listed."),
    },
    sections=(
        Section("8", _("Emergency"), (EMERGENCY_FACTS, PERSONS_AT_RISK)),
        Section(
            "9",
            _("Data requested"),
            (
                DetailField(
                    "data_requested",
                    _("Data requested and why it is needed to avert the risk"),
                    "long_text",
                    missing=N_(
                        "CETS 224 Art. 9(3): say which data is requested and how it serves to avert the risk."
                    ),
                ),
                DetailField(
                    "why_not_other_channels", _("Why other channels are too slow"), "long_text"
                ),
            ),
        ),
    ),
    needs_second_approver_when_emergency=True,
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            2,
            "Rogatory default: chase an emergency after 2 hours without acknowledgement (practice).",
        ),
        ClockDefault(
            "response_due",
            8,
            "Rogatory default for emergencies (~): hours, not days; set per country.",
        ),
    ),
)

EMERGENCY_MLA = KindSpec(
    code="emergency_mla",
    title=_("Emergency mutual assistance request"),
    subtitle=_(
        "Second Additional Protocol to the Convention on Cybercrime (CETS No. 224), Article 10"
    ),
    legal_basis=N_("CETS 224, Art. 10 (~)"),
    reference=N_("CETS 224 Art. 10"),
    lifecycle="disclosure",
    uses_custodian=True,
    data_items_title=_("Stored computer data requested"),
    required_common={
        "offence": N_("CETS 224 Art. 10: the offence is not named."),
        "legal_provisions": N_(
            "CETS 224 Art. 10: the legal provisions of the offence are missing."
        ),
        "summary_of_facts": N_("CETS 224 Art. 10: the summary of facts is missing."),
        "data_items": N_("CETS 224 Art. 10: no data requested is listed."),
        "relation_to_offence": N_(
            "CETS 224 Art. 10: the link between the data and the offence is not stated."
        ),
    },
    sections=(
        Section("8", _("Emergency"), (EMERGENCY_FACTS, PERSONS_AT_RISK)),
        Section(
            "9",
            _("Legal basis and measures"),
            (
                DetailField(
                    "domestic_legal_basis",
                    _("Domestic legal basis"),
                    "long_text",
                    missing=N_("CETS 224 Art. 10: the domestic legal basis is missing."),
                ),
                DetailField(
                    "measures_requested",
                    _("Measures requested"),
                    "long_text",
                    missing=N_("CETS 224 Art. 10: say which measures are requested."),
                ),
                DetailField(
                    "form_of_reply", _("Form in which the evidence is to be provided"), "long_text"
                ),
            ),
        ),
    ),
    needs_second_approver_when_emergency=True,
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            4,
            "Rogatory default: chase an emergency MLA after 4 hours without acknowledgement (practice).",
        ),
    ),
)

KINDS = (DOMAIN_REGISTRATION, SUBSCRIBER_DIRECT, EMERGENCY_DISCLOSURE, EMERGENCY_MLA)
