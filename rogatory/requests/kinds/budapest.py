"""Kinds under the Convention on Cybercrime (CETS 185): Art. 29, 30, 31, 26, 32 and 18."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop as N_

from rogatory.requests.kinds.spec import ClockDefault, DetailField, KindSpec, Section

DAY = 24

PRESERVATION = KindSpec(
    code="preservation",
    title=_("Request for the expedited preservation of stored computer data"),
    subtitle=_(
        "Convention on Cybercrime (CETS No. 185), Articles 29 and 30 — "
        "T-CY preservation request template"
    ),
    legal_basis=N_("Convention on Cybercrime (CETS 185), Art. 29 (and Art. 30)"),
    reference=N_("Art. 29"),
    lifecycle="preservation",
    uses_custodian=True,
    # The T-CY preservation form has its own layout and Art. 29(2) checks (checks.py).
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            2 * DAY,
            "Rogatory default: chase a 24/7 counterpart after 2 days without acknowledgement (practice).",
        ),
        ClockDefault(
            "preservation_period",
            60 * DAY,
            "Budapest Convention Art. 29(7): not less than 60 days pending the MLA request.",
        ),
        ClockDefault(
            "expiry_reminder",
            14 * DAY,
            "Rogatory default: remind 14 days before expiry that the MLA request or an extension must follow.",
        ),
    ),
)

WITHHOLDING = (
    ("none", _("No ground: traffic data disclosed")),
    (
        "political_offence",
        _("Political offence or offence connected with a political offence (Art. 30(2)(a))"),
    ),
    (
        "sovereignty_security_ordre_public",
        _("Sovereignty, security, ordre public or other essential interests (Art. 30(2)(b))"),
    ),
)

EXPEDITED_DISCLOSURE = KindSpec(
    code="expedited_disclosure",
    title=_("Expedited disclosure of preserved traffic data"),
    subtitle=_("Convention on Cybercrime (CETS No. 185), Article 30"),
    legal_basis=N_("Convention on Cybercrime (CETS 185), Art. 30"),
    reference=N_("Art. 30"),
    lifecycle="disclosure",
    uses_offence=False,
    follows=("preservation",),
    data_items_title=_("Preserved identifiers concerned"),
    allowed_categories=("traffic",),
    sections=(
        Section(
            "8",
            _("Preservation request executed"),
            (
                DetailField(
                    "preservation_reference",
                    _("Reference of the preservation request"),
                    missing=N_(
                        "Art. 30: the reference of the preservation request being executed is missing."
                    ),
                ),
            ),
        ),
        Section(
            "9",
            _("Service provider in another State"),
            (
                DetailField(
                    "third_country_provider",
                    _("Service provider involved in the transmission"),
                    missing=N_(
                        "Art. 30(1): name the service provider in another State that was involved in the transmission."
                    ),
                ),
                DetailField(
                    "third_country",
                    _("Country of that service provider"),
                    missing=N_("Art. 30(1): give the country (ISO code) of that service provider."),
                ),
            ),
        ),
        Section(
            "10",
            _("Disclosure"),
            (
                DetailField(
                    "withholding_ground",
                    _("Ground for withholding"),
                    "choice",
                    missing=N_(
                        "Art. 30(2): say whether the traffic data is disclosed or withheld, and on which ground."
                    ),
                    choices=WITHHOLDING,
                ),
                DetailField(
                    "disclosed_traffic_data",
                    _("Traffic data disclosed (path of the communication)"),
                    "long_text",
                    missing=N_(
                        "Art. 30(1): give the traffic data disclosed, enough to identify the provider and the path."
                    ),
                    required_when=("withholding_ground", "none"),
                ),
                DetailField(
                    "withholding_reasons",
                    _("Reasons for withholding"),
                    "long_text",
                    missing=N_("Art. 30(2): a withholding must state its reasons."),
                    required_by_rule=True,
                ),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            2 * DAY,
            "Rogatory default: chase after 2 days without acknowledgement (practice).",
        ),
    ),
)

MLA_COMMON_SECTIONS = (
    Section(
        "8",
        _("Prosecution office or court: decisions"),
        (
            DetailField(
                "judicial_decisions",
                _("Decisions of the prosecution office or court (dates, numbers)"),
                "long_text",
            ),
        ),
    ),
    Section(
        "9",
        _("Previous mutual assistance request"),
        (
            DetailField(
                "previous_mla_request",
                _("Previous MLA request (date, ticket, authorities, channel)"),
                "long_text",
            ),
        ),
    ),
    Section(
        "10",
        _("Previous preservation request"),
        (
            DetailField(
                "previous_preservation_request",
                _("Previous preservation request (date, ticket, authorities, channel)"),
                "long_text",
            ),
        ),
    ),
    Section(
        "11",
        _("Legal basis"),
        (
            DetailField(
                "domestic_legal_basis",
                _("Domestic legal basis"),
                "long_text",
                missing=N_("Art. 31 (T-CY item 11): the domestic legal basis is missing."),
            ),
            DetailField(
                "international_legal_basis",
                _("International legal basis"),
                "long_text",
                missing=N_(
                    "Art. 31: the international legal basis (treaty and article) is missing."
                ),
            ),
        ),
    ),
)

MLA_REPLY = Section(
    "13",
    _("Form of the reply"),
    (
        DetailField(
            "form_of_reply",
            _("Form in which the evidence is to be provided"),
            "long_text",
            missing=N_(
                "Art. 31: say in which form the evidence is to be provided (e.g. certified electronic copy)."
            ),
        ),
        DetailField(
            "procedural_requirements",
            _("Procedural requirements (certification, chain of custody)"),
            "long_text",
        ),
    ),
)

MLA_SUBSCRIBER = KindSpec(
    code="mla_subscriber",
    title=_("Request for mutual assistance: subscriber information"),
    subtitle=_(
        "Convention on Cybercrime (CETS No. 185), Article 31 — T-CY subscriber information template"
    ),
    legal_basis=N_("Convention on Cybercrime (CETS 185), Art. 31 and 18(3)"),
    reference=N_("Art. 31"),
    lifecycle="disclosure",
    uses_custodian=True,
    data_items_title=_("Subscriber information requested"),
    allowed_categories=("subscriber",),
    required_common={
        "offence": N_("Art. 31: the offence is not named."),
        "legal_provisions": N_("Art. 31: the legal provisions of the offence are missing."),
        "maximum_penalty": N_("Art. 31: the penalties for the offence are missing."),
        "summary_of_facts": N_("Art. 31: the summary of facts is missing."),
        "data_items": N_("Art. 31: no identifier whose subscriber is sought is listed."),
        "relation_to_offence": N_(
            "Art. 31: the link between the subscriber information and the offence is not stated."
        ),
    },
    sections=(
        *MLA_COMMON_SECTIONS,
        Section(
            "12",
            _("Subscriber information requested"),
            (
                DetailField(
                    "subscriber_information_requested",
                    _("Subscriber information requested (Art. 18(3))"),
                    "long_text",
                    missing=N_(
                        "Art. 31: say which subscriber information is requested (type of service, identity, address, telephone, billing, installation site)."
                    ),
                ),
            ),
        ),
        MLA_REPLY,
    ),
    follows=("preservation",),
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            7 * DAY,
            "Rogatory default: chase a central authority after 7 days without acknowledgement (practice).",
        ),
    ),
)

MEASURES = (
    ("disclosure", _("Disclosure of stored data")),
    ("search_seizure", _("Search or similar access, seizure or similar securing")),
    ("both", _("Search, seizure and disclosure")),
)

MLA_STORED_DATA = KindSpec(
    code="mla_stored_data",
    title=_("Request for mutual assistance: stored traffic or content data"),
    subtitle=_("Convention on Cybercrime (CETS No. 185), Article 31"),
    legal_basis=N_("Convention on Cybercrime (CETS 185), Art. 31"),
    reference=N_("Art. 31"),
    lifecycle="disclosure",
    uses_custodian=True,
    data_items_title=_("Stored computer data requested"),
    allowed_categories=("traffic", "content"),
    required_common={
        "offence": N_("Art. 31: the offence is not named."),
        "legal_provisions": N_("Art. 31: the legal provisions of the offence are missing."),
        "maximum_penalty": N_("Art. 31: the penalties for the offence are missing."),
        "summary_of_facts": N_("Art. 31: the summary of facts is missing."),
        "data_items": N_("Art. 31: no stored data to search, seize or disclose is listed."),
        "relation_to_offence": N_(
            "Art. 31: the link between the data and the offence is not stated."
        ),
    },
    sections=(
        *MLA_COMMON_SECTIONS,
        Section(
            "12",
            _("Measures requested"),
            (
                DetailField(
                    "measures_requested",
                    _("Measures requested"),
                    "choice",
                    missing=N_(
                        "Art. 31(1): say which measure is requested (search, seizure, disclosure)."
                    ),
                    choices=MEASURES,
                ),
                DetailField(
                    "court_order",
                    _("Court order or judicial authorisation (reference and date)"),
                    "text",
                    missing=N_(
                        "Art. 31: content data needs a court order or judicial authorisation; give its reference and date."
                    ),
                    required_by_rule=True,
                ),
                DetailField(
                    "vulnerability_to_loss",
                    _("Why the data is vulnerable to loss (expedited execution, Art. 31(3))"),
                    "long_text",
                ),
            ),
        ),
        MLA_REPLY,
    ),
    follows=("preservation",),
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            7 * DAY,
            "Rogatory default: chase a central authority after 7 days without acknowledgement (practice).",
        ),
    ),
)

SPONTANEOUS_INFORMATION = KindSpec(
    code="spontaneous_information",
    title=_("Spontaneous information"),
    subtitle=_("Convention on Cybercrime (CETS No. 185), Article 26"),
    legal_basis=N_("Convention on Cybercrime (CETS 185), Art. 26"),
    reference=N_("Art. 26"),
    lifecycle="spontaneous",
    uses_data_items=False,
    required_common={
        "offence": N_("Art. 26(1): say which offence the information may help to investigate."),
        "summary_of_facts": N_("Art. 26(1): the summary of the facts is missing."),
    },
    sections=(
        Section(
            "8",
            _("Information provided"),
            (
                DetailField(
                    "information",
                    _("Information obtained within our own investigation"),
                    "long_text",
                    missing=N_("Art. 26(1): the information provided is missing."),
                ),
                DetailField(
                    "purpose",
                    _("Why it may assist the receiving Party"),
                    "long_text",
                    missing=N_(
                        "Art. 26(1): say why the information may assist the receiving Party."
                    ),
                ),
            ),
        ),
        Section(
            "9",
            _("Conditions (Art. 26(2))"),
            (
                DetailField(
                    "keep_confidential", _("The information is to be kept confidential"), "boolean"
                ),
                DetailField(
                    "use_limitations", _("Limitations on the use of the information"), "long_text"
                ),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "acknowledgement_chase",
            7 * DAY,
            "Rogatory default: ask after 7 days whether the conditions are accepted (practice).",
        ),
    ),
)

ACCESS_BASES = (
    ("public", _("Publicly available (open source) stored computer data (Art. 32(a))")),
    (
        "consent",
        _(
            "Lawful and voluntary consent of the person with lawful authority to disclose (Art. 32(b))"
        ),
    ),
)

TRANSBORDER_ACCESS = KindSpec(
    code="transborder_access",
    title=_("Record of trans-border access to stored computer data"),
    subtitle=_("Convention on Cybercrime (CETS No. 185), Article 32 — no request is transmitted"),
    legal_basis=N_("Convention on Cybercrime (CETS 185), Art. 32"),
    reference=N_("Art. 32"),
    lifecycle="record",
    is_transmitted=False,
    directions=("outgoing",),
    uses_data_items=False,
    uses_offence=True,
    required_common={"offence": N_("Art. 32: say which offence the access served.")},
    sections=(
        Section(
            "8",
            _("Basis of the access"),
            (
                DetailField(
                    "access_basis",
                    _("Basis of the access"),
                    "choice",
                    missing=N_(
                        "Art. 32: say whether the data was publicly available (a) or obtained with lawful and voluntary consent (b)."
                    ),
                    choices=ACCESS_BASES,
                ),
                DetailField(
                    "consenting_person",
                    _("Person who consented and their lawful authority to disclose"),
                    "long_text",
                    missing=N_(
                        "Art. 32(b): name the person who consented and their lawful authority to disclose the data."
                    ),
                    required_when=("access_basis", "consent"),
                ),
            ),
        ),
        Section(
            "9",
            _("What, when, how and from where"),
            (
                DetailField(
                    "data_accessed",
                    _("Data accessed"),
                    "long_text",
                    missing=N_("Art. 32: say what data was accessed."),
                ),
                DetailField(
                    "accessed_at",
                    _("Date and time of the access (with time zone)"),
                    "datetime",
                    missing=N_("Art. 32: the date and time of the access are missing."),
                ),
                DetailField(
                    "access_method",
                    _("How the data was accessed (tool, account, method)"),
                    "long_text",
                    missing=N_("Art. 32: say how the data was accessed."),
                ),
                DetailField(
                    "accessed_from",
                    _("From where (location, network, IP address)"),
                    "text",
                    missing=N_("Art. 32: say from where the data was accessed."),
                ),
                DetailField(
                    "source_location",
                    _("Where the data was stored (URL, system, country if known)"),
                    "text",
                    missing=N_("Art. 32: say where the data was stored (URL or system)."),
                ),
            ),
        ),
        Section(
            "10",
            _("Captured file"),
            (
                DetailField(
                    "captured_file_name",
                    _("File name of the capture"),
                    "text",
                    missing=N_("Art. 32: the file name of the capture is missing."),
                ),
                DetailField(
                    "captured_file_sha256",
                    _("SHA-256 of the captured file"),
                    "text",
                    missing=N_("Art. 32: the SHA-256 of the captured file is missing."),
                ),
            ),
        ),
    ),
)


PRODUCTION_ORDER = KindSpec(
    code="production_order",
    title=_("Production order"),
    subtitle=_(
        "Convention on Cybercrime (CETS No. 185), Article 18 — domestic order to a service provider"
    ),
    legal_basis=N_("Convention on Cybercrime (CETS 185), Art. 18 and domestic law"),
    reference=N_("Art. 18"),
    lifecycle="disclosure",
    directions=("outgoing",),
    data_items_title=_("Identifiers concerned"),
    required_common={
        "offence": N_("Art. 18: the offence is not named."),
        "legal_provisions": N_("Art. 18: the legal provisions of the offence are missing."),
        "data_items": N_("Art. 18: no identifier is listed."),
    },
    sections=(
        Section(
            "8",
            _("Order"),
            (
                DetailField(
                    "ordering_authority",
                    _("Ordering judge or prosecutor"),
                    "text",
                    missing=N_("Art. 18: name the judge or prosecutor who orders the production."),
                ),
                DetailField(
                    "domestic_legal_basis",
                    _("Domestic legal basis of the order"),
                    "text",
                    missing=N_("Art. 18: the domestic legal basis of the order is missing."),
                ),
                DetailField(
                    "subscriber_information_requested",
                    _("Subscriber information to produce (Art. 18(3))"),
                    "long_text",
                    missing=N_("Art. 18(3): say which subscriber information is to be produced."),
                ),
                DetailField(
                    "production_deadline",
                    _("Produce by (date)"),
                    "date",
                    missing=N_("Art. 18: the date by which the data is to be produced is missing."),
                ),
            ),
        ),
    ),
    clocks=(
        ClockDefault(
            "response_due",
            10 * DAY,
            "Rogatory default: 10 days to produce under a domestic order (practice; set per country).",
        ),
    ),
)

KINDS = (
    PRESERVATION,
    EXPEDITED_DISCLOSURE,
    MLA_SUBSCRIBER,
    MLA_STORED_DATA,
    SPONTANEOUS_INFORMATION,
    TRANSBORDER_ACCESS,
    PRODUCTION_ORDER,
)
