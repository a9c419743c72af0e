"""EU e-evidence: European Production and Preservation Order Certificates (Reg. (EU) 2023/1543)."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

from rogatory.requests.kinds.spec import ClockDefault, DetailField, KindSpec, Section

DAY = 24

EU_DATA_CATEGORIES = (
    ("subscriber", _("Subscriber data")),
    ("identification", _("Data requested for the sole purpose of identifying the user")),
    ("traffic", _("Traffic data")),
    ("content", _("Content data")),
)
ISSUING_AUTHORITY_TYPES = (
    ("judge_court", _("Judge, court or investigating judge")),
    ("prosecutor", _("Public prosecutor")),
    ("other_competent", _("Other competent authority (validation required)")),
)

SECTION_A = Section(
    "A",
    _("Issuing and validating authority"),
    (
        DetailField(
            "issuing_authority_type",
            _("Type of issuing authority"),
            "choice",
            missing=N_("EPOC section A: say what type of authority issues the order."),
            choices=ISSUING_AUTHORITY_TYPES,
        ),
        DetailField(
            "validating_authority",
            _("Validating judge, court or prosecutor"),
            "text",
            missing=N_(
                "EPOC section A: an order issued by another competent authority must be validated by a judge, court or prosecutor (Art. 4)."
            ),
            required_when=("issuing_authority_type", "other_competent"),
        ),
    ),
)
SECTION_B = Section(
    "B",
    _("Addressee"),
    (
        DetailField(
            "addressee",
            _("Designated establishment or legal representative of the service provider"),
            "text",
            missing=N_(
                "EPOC section B: name the provider's designated establishment or legal representative."
            ),
        ),
    ),
)
SECTION_L = Section(
    "L",
    _("Transfer of the data"),
    (
        DetailField(
            "data_delivery",
            _("Where and how the data is to be transferred"),
            "long_text",
            missing=N_("EPOC section L: say where and how the data is to be transferred."),
        ),
    ),
)

EPOC = KindSpec(
    code="epoc",
    title=_("European Production Order Certificate (EPOC)"),
    subtitle=_("Regulation (EU) 2023/1543, Article 4 and Annex I"),
    legal_basis=N_("Regulation (EU) 2023/1543, Art. 4-5, Annex I"),
    reference=N_("EPOC"),
    lifecycle="disclosure",
    data_items_title=_("Section E: persons and identifiers"),
    required_common={
        "offence": N_("EPOC section G: the offence is not named."),
        "legal_provisions": N_(
            "EPOC section G: the applicable provisions of criminal law are missing."
        ),
        "summary_of_facts": N_("EPOC section G: the summary of facts is missing."),
        "data_items": N_("EPOC section E: no person or identifier is listed."),
    },
    sections=(
        SECTION_A,
        SECTION_B,
        Section(
            "C",
            _("Deadlines"),
            (
                DetailField(
                    "is_emergency",
                    _(
                        "Emergency: imminent threat to life, physical integrity or safety, or to critical infrastructure"
                    ),
                    "boolean",
                ),
                DetailField(
                    "emergency_facts",
                    _("Reasons for the emergency"),
                    "long_text",
                    missing=N_(
                        "EPOC section C: an emergency order must give the reasons for the emergency."
                    ),
                    required_when=("is_emergency", True),
                ),
            ),
        ),
        Section(
            "F",
            _("Categories of data"),
            (
                DetailField(
                    "eu_data_category",
                    _("Category of data requested"),
                    "choice",
                    missing=N_("EPOC section F: say which category of data is requested."),
                    choices=EU_DATA_CATEGORIES,
                ),
            ),
        ),
        Section(
            "G",
            _("Offence"),
            (
                DetailField(
                    "maximum_penalty_years", _("Maximum custodial sentence (years)"), "integer"
                ),
                DetailField("listed_offence", _("Offence listed in Article 5(4)(b)-(c)"), "text"),
            ),
        ),
        Section(
            "I",
            _("Notification of the enforcing authority"),
            (
                DetailField(
                    "enforcing_authority_notified",
                    _("The enforcing authority is notified (Art. 8)"),
                    "boolean",
                ),
                DetailField(
                    "enforcing_authority",
                    _("Enforcing authority notified"),
                    "text",
                    missing=N_("EPOC section I: name the enforcing authority notified."),
                    required_when=("enforcing_authority_notified", True),
                ),
            ),
        ),
        SECTION_L,
    ),
    follows=("epoc_pr",),
    clocks=(
        ClockDefault(
            "response_due",
            10 * DAY,
            "Regulation (EU) 2023/1543, Art. 10(2): at the latest 10 days after receipt.",
        ),
        ClockDefault(
            "emergency_response_due",
            8,
            "Regulation (EU) 2023/1543, Art. 10(4): 8 hours in an emergency.",
        ),
        ClockDefault(
            "validation_due",
            48,
            "Regulation (EU) 2023/1543, Art. 4(5) (~): ex-post validation of an emergency order within 48 hours.",
        ),
    ),
)

EPOC_PR = KindSpec(
    code="epoc_pr",
    title=_("European Preservation Order Certificate (EPOC-PR)"),
    subtitle=_("Regulation (EU) 2023/1543, Article 6 and Annex II"),
    legal_basis=N_("Regulation (EU) 2023/1543, Art. 6, Annex II"),
    reference=N_("EPOC-PR"),
    lifecycle="preservation",
    data_items_title=_("Section E: persons and identifiers"),
    required_common={
        "offence": N_("EPOC-PR: the offence is not named."),
        "summary_of_facts": N_("EPOC-PR: the summary of facts is missing."),
        "data_items": N_("EPOC-PR section E: no person or identifier is listed."),
    },
    sections=(
        SECTION_A,
        SECTION_B,
        Section(
            "F",
            _("Categories of data"),
            (
                DetailField(
                    "eu_data_category",
                    _("Category of data to preserve"),
                    "choice",
                    missing=N_("EPOC-PR section F: say which category of data is to be preserved."),
                    choices=EU_DATA_CATEGORIES,
                ),
            ),
        ),
        Section(
            "H",
            _("Subsequent request"),
            (
                DetailField(
                    "subsequent_request",
                    _("Subsequent request for production planned (EPOC, EIO or MLA)"),
                    "text",
                    missing=N_(
                        "EPOC-PR: say which subsequent request for production is planned (Art. 6(1))."
                    ),
                ),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "preservation_period",
            60 * DAY,
            "Regulation (EU) 2023/1543, Art. 11(1): 60 days unless confirmed.",
        ),
        ClockDefault(
            "expiry_reminder",
            10 * DAY,
            "Rogatory default: remind 10 days before the EPOC-PR lapses.",
        ),
        ClockDefault(
            "acknowledgement_chase", 1 * DAY, "Rogatory default: chase after 1 day (practice)."
        ),
    ),
)

KINDS = (EPOC, EPOC_PR)

# Annex III of Regulation (EU) 2023/1543 (~): the reasons an addressee gives for not executing.
NON_EXECUTION_REASONS: dict[str, str] = {
    "incomplete": "The certificate is incomplete",
    "manifest_errors": "The certificate contains manifest errors",
    "insufficient_information": "The certificate does not contain sufficient information",
    "data_not_stored": "The data requested is not stored",
    "data_no_longer_held": "The data is no longer held",
    "de_facto_impossibility": "De facto impossibility not attributable to the addressee",
    "not_competent_issuer": "The order was not issued or validated by a competent authority",
    "offence_or_service_not_covered": "The offence or the service is not covered by the Regulation",
    "immunities_privileges": "Immunities or privileges, or rules on freedom of the press",
    "third_country_law_conflict": "Compliance would conflict with the law of a third country",
}
