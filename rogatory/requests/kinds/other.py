"""Requests outside the treaties: voluntary / emergency requests to providers, and JIT proposals."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

from rogatory.requests.kinds.spec import ClockDefault, DetailField, KindSpec, Section

DAY = 24

PROVIDER_REQUEST_TYPES = (
    ("preservation", _("Preservation")),
    ("voluntary_disclosure", _("Voluntary disclosure")),
    ("emergency_disclosure", _("Emergency disclosure")),
)

PROVIDER_REQUEST = KindSpec(
    code="provider_request",
    title=_("Request to a service provider"),
    subtitle=_("Voluntary cooperation under the provider's policy"),
    legal_basis=N_("Provider policy and domestic law (~)"),
    reference=N_("Provider request"),
    lifecycle="preservation",
    data_items_title=_("Identifiers concerned"),
    required_common={
        "offence": N_("Provider request: the offence is not named."),
        "summary_of_facts": N_("Provider request: the summary of facts is missing."),
        "data_items": N_("Provider request: no identifier is listed."),
    },
    sections=(
        Section(
            "8",
            _("Request"),
            (
                DetailField(
                    "provider_request_type",
                    _("What is asked"),
                    "choice",
                    missing=N_(
                        "Provider request: say whether preservation, voluntary disclosure or emergency disclosure is asked."
                    ),
                    choices=PROVIDER_REQUEST_TYPES,
                ),
                DetailField("provider_policy", _("Provider policy relied on (reference)"), "text"),
                DetailField(
                    "emergency_facts",
                    _("Facts showing a risk of death or serious physical injury"),
                    "long_text",
                    missing=N_(
                        "Provider request: an emergency disclosure needs facts showing a risk of death or serious physical injury."
                    ),
                    required_when=("provider_request_type", "emergency_disclosure"),
                ),
                DetailField("domestic_legal_basis", _("Domestic legal basis"), "text"),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "preservation_period",
            90 * DAY,
            "Provider policies (~): e.g. 90 days, extendable once by 90, at large US providers.",
        ),
        ClockDefault(
            "expiry_reminder", 14 * DAY, "Rogatory default: remind 14 days before expiry."
        ),
        ClockDefault(
            "acknowledgement_chase",
            2 * DAY,
            "Rogatory default: chase a provider after 2 days (practice).",
        ),
    ),
)

JIT_LEGAL_BASES = (
    (
        "cets182_art20",
        _(
            "Second Additional Protocol to the European Convention on Mutual Assistance (CETS 182), Art. 20"
        ),
    ),
    ("eu_mac_art13", _("EU Convention on Mutual Assistance in Criminal Matters (2000), Art. 13")),
    ("eu_fd_2002_465", _("Council Framework Decision 2002/465/JHA on joint investigation teams")),
    ("untoc_art19", _("UN Convention against Transnational Organized Crime, Art. 19")),
)

JIT_PROPOSAL = KindSpec(
    code="jit_proposal",
    title=_("Proposal for a joint investigation team"),
    subtitle=_("One investigation across States"),
    legal_basis=N_("CETS 182 Art. 20; EU MAC Art. 13; UNTOC Art. 19"),
    reference=N_("JIT"),
    lifecycle="disclosure",
    uses_data_items=False,
    required_common={
        "offence": N_("JIT: the offences investigated are not named."),
        "summary_of_facts": N_("JIT: the summary of the investigation is missing."),
    },
    sections=(
        Section(
            "8",
            _("Team"),
            (
                DetailField(
                    "jit_legal_basis",
                    _("Legal basis of the team"),
                    "choice",
                    missing=N_("JIT: choose the legal basis of the team."),
                    choices=JIT_LEGAL_BASES,
                ),
                DetailField(
                    "participating_states",
                    _("Participating States (ISO codes)"),
                    "list",
                    missing=N_("JIT: list the participating States."),
                ),
                DetailField(
                    "purpose",
                    _("Purpose of the team"),
                    "long_text",
                    missing=N_("JIT: the purpose of the team is missing."),
                ),
                DetailField(
                    "duration_months",
                    _("Proposed duration (months)"),
                    "integer",
                    missing=N_("JIT: the proposed duration is missing."),
                ),
                DetailField(
                    "members",
                    _("Proposed members and leaders"),
                    "long_text",
                    missing=N_("JIT: say who the members and the leader in each State would be."),
                ),
                DetailField(
                    "eurojust_support", _("Support requested from Eurojust / Europol"), "long_text"
                ),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            14 * DAY,
            "Rogatory default: chase a JIT proposal after 14 days (practice).",
        ),
    ),
)

KINDS = (PROVIDER_REQUEST, JIT_PROPOSAL)
