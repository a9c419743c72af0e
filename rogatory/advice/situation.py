"""The facts the advisor reasons on: the measure, the countries, the provider, the urgency.

Pure: the interfaces build a `Situation` through `advice.queries.situation_for`, which reads the
directory and the data files; tests may build one by hand.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from rogatory.core.translation import pgettext_noop

# Request kind codes (issue 3); the lead's RequestKind uses the same spelling.
MEASURES = (
    "preservation",
    "expedited_disclosure",
    "mla_subscriber",
    "mla_stored_data",
    "spontaneous_information",
    "transborder_access",
    "production_order",
    "domain_registration",
    "subscriber_direct",
    "emergency_disclosure",
    "emergency_mla",
    "epoc",
    "epoc_pr",
    "provider_request",
    "jit_proposal",
)
# Catalogue order is also the tie-break order of the ranking.
CHANNELS = (
    "network_24_7",
    "central_authority",
    "direct_to_provider",
    "eurojust_ejn",
    "interpol",
    "self_access",
)
# Their names on the pages: print them through pgettext("advice channel", label).
CHANNEL_LABELS = {
    "network_24_7": pgettext_noop("advice channel", "24/7 network"),
    "central_authority": pgettext_noop("advice channel", "Central authority"),
    "direct_to_provider": pgettext_noop("advice channel", "Directly to the provider"),
    "eurojust_ejn": pgettext_noop("advice channel", "Eurojust / EJN"),
    "interpol": pgettext_noop("advice channel", "Interpol"),
    "self_access": pgettext_noop("advice channel", "Own access (Art. 32)"),
}
URGENCIES = ("normal", "urgent", "emergency")
DATA_CATEGORIES = ("subscriber", "traffic", "content")
# Three-valued country facts: the data may not know, and the advice must say so.
YES, NO, UNKNOWN = "yes", "no", "unknown"


@dataclass(frozen=True)
class CountryFacts:
    """What the directory and advice/data/countries.csv say about one country."""

    code: str
    name: str
    treaties: frozenset[str] = frozenset()  # "budapest", "cets224" (parties), "eu" (members)
    dual_criminality_coercive_mla: str = UNKNOWN
    cets224_art7_notification: str = UNKNOWN
    interpol_member: str = UNKNOWN
    eu_e_evidence: str = UNKNOWN
    has_country_data: bool = False
    source: str = ""

    def is_party(self, treaty: str) -> bool:
        """Say whether the country is bound by the treaty (party, or EU member)."""
        return treaty in self.treaties


@dataclass(frozen=True)
class ProviderFacts:
    """A provider's country and published policy (advice/data/providers.csv or the directory)."""

    code: str
    name: str
    country: str
    accepts_direct_requests: str = UNKNOWN
    accepts_voluntary_disclosure: str = UNKNOWN
    accepts_emergency_requests: str = UNKNOWN
    preservation_days: int | None = None
    source: str = ""


@dataclass(frozen=True)
class Situation:
    """One question to the advisor: which measure, to whom, how fast, for which data."""

    measure: str
    requested_country: CountryFacts
    requesting_country: CountryFacts | None = None
    provider: ProviderFacts | None = None
    urgency: str = "normal"
    data_categories: frozenset[str] = frozenset()
    is_public_data: bool = False
    has_lawful_consent: bool = False
    offence_max_penalty_years: int | None = None
    is_listed_offence: bool = False
    has_imminent_risk_facts: bool = False
    has_second_approver: bool = False
    channel: str | None = None  # the channel the drafter intends to use, if already chosen
    on: date | None = None  # the day the advice is for (instruments apply from a date)
    # Periods in days from the clock data, by placeholder name (None: no rule recorded).
    periods: Mapping[str, int | None] = field(default_factory=dict, hash=False)

    @property
    def is_emergency(self) -> bool:
        """Say whether the drafter declared an emergency."""
        return self.urgency == "emergency"
