"""From a data item to its index key: the normaliser's canonical value, window and port.

Most values reach the index already in canonical form (intake drafts them so, forms keep what
was typed). For those, a strict pattern per type proves the normaliser would give the value back
(or a lower-cased or trimmed copy) and the full normaliser is skipped; anything else goes through
it. `tests/test_fast_keys.py` checks that both paths agree on every value the patterns accept.
"""

import csv
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from pathlib import Path

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE, PhoneMetadata, region_code_for_country_code

from rogatory.intake.normalize import normalize

# The request's identifier types, named as the intake normaliser names its handlers;
# account identifiers and anything else keep their case (normalize_reference).
_NORMALISER_KIND = {
    "email": "email",
    "url": "url",
    "domain": "domain",
    "username": "username",
    "phone": "phone",
    "onion": "onion",
    "crypto": "crypto",
    "iban": "iban",
    "account_id": "reference",
    "other": "reference",
}

EMAIL_PROVIDERS_CSV = Path(__file__).resolve().parent / "data" / "email_providers.csv"


def control_character(value: str) -> str | None:
    """The first control character of a value other than tab and line breaks: no identifier
    holds one, and PostgreSQL refuses NUL in any text."""
    return next((c for c in value if c not in "\t\n\r" and unicodedata.category(c) == "Cc"), None)


@dataclass(frozen=True)
class IndexKey:
    """What two requests must share to be asking about the same thing."""

    identifier_type: str
    value: str
    window_start: datetime | None = None
    window_end: datetime | None = None
    port: int | None = None


@dataclass(frozen=True)
class EmailProviderRule:
    """How one provider's mail system reads the local part of its addresses, as it documents."""

    domain: str
    folds_case: bool
    ignores_dots: bool
    subaddress_separator: str
    source_url: str
    checked_on: str
    verification: str


@cache
def email_provider_rules() -> dict[str, EmailProviderRule]:
    """The provider rules of data/email_providers.csv, by domain."""
    with EMAIL_PROVIDERS_CSV.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {
        row["domain"]: EmailProviderRule(
            domain=row["domain"],
            folds_case=row["folds_case"] == "true",
            ignores_dots=row["ignores_dots"] == "true",
            subaddress_separator=row["subaddress_separator"],
            source_url=row["source_url"],
            checked_on=row["checked_on"],
            verification=row["verification"],
        )
        for row in rows
    }


def apply_provider_rule(address: str) -> str:
    """Reduce a normalised address to its mailbox where its provider documents how."""
    local, at, domain = address.rpartition("@")
    rule = email_provider_rules().get(domain) if at else None
    if rule is None or not local:
        return address
    if rule.subaddress_separator:
        base = local.split(rule.subaddress_separator, 1)[0]
        # "+tag@provider" names no mailbox: kept whole rather than reduced to nothing.
        local = base or local
    if rule.ignores_dots:
        local = local.replace(".", "") or local
    if rule.folds_case:
        local = local.lower()
    return f"{local}@{domain}"


# --- the cheap exact path ---------------------------------------------------------------------
# Each pattern accepts only ASCII without white space, defanging marks ([.] (at) hxxp: need
# brackets, parentheses or a colon these classes refuse) or anything NFKC would change, so the
# normaliser's refang / NFKC / whitespace steps are the identity on what it accepts.
_HOST = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
_EMAIL = re.compile(rf"[A-Za-z0-9._%+'-]+@{_HOST}\.?")
_DOMAIN = re.compile(rf"{_HOST}\.?")
# Lower-case scheme and host, no port, user, query or fragment: urlsplit / urlunsplit give it
# back unchanged (a bare host gains the "/" path).
_URL = re.compile(
    r"https?://[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*"
    r"(/[A-Za-z0-9._~!$&'*+,;=@/-]*)?"
)
_USERNAME = re.compile(r"@?[A-Za-z0-9_.-]+")
_OCTET = r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
_IPV4 = re.compile(rf"{_OCTET}(?:\.{_OCTET}){{3}}")
_E164 = re.compile(r"\+([1-9][0-9]{5,16})")
_IBAN = re.compile(r"[A-Z0-9]+")
_REFERENCE = re.compile(r"[!-~]+(?: [!-~]+)*")
# Crypto-currency addresses the normaliser may rewrite: EIP-55 (0x + 40), cashaddr (starting
# bitcoincash:, q or p) and upper-case bech32. Every other ASCII spelling it returns as written.
_CRYPTO_REWRITTEN = re.compile(r"0[xX].{40}|(?i:bitcoincash:|q|p).*|[A-Z0-9]+1.*")
_PRINTABLE_ASCII = re.compile(r"[!-~]+")


def _phone_is_canonical(digits: str) -> bool:
    # "+" then digits: phonenumbers reads the country code by the shortest known prefix and then
    # strips a national prefix only where the country's prefix-for-parsing pattern matches; with
    # no match the E.164 form is the input (and an unknown code falls back to the input too).
    rule = _national_prefix_rule(digits[:3])
    if rule is None:
        return False
    length, pattern = rule
    if pattern is None:
        return True
    match = pattern.match(digits[length:])
    return match is None or (match.end() == 0 and all(g is None for g in match.groups()))


@cache
def _national_prefix_rule(leading: str) -> tuple[int, re.Pattern[str] | None] | None:
    # By the first three digits, which hold any country code: its length and the country's
    # prefix-for-parsing pattern (None when it has none); None for no known code. A thousand
    # entries at most, so the metadata is read once per code rather than once per number.
    for length in (1, 2, 3):
        country_code = int(leading[:length])
        if country_code in COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(
        country_code, region_code_for_country_code(country_code)
    )
    if metadata is None or not metadata.national_prefix_for_parsing:
        return length, None
    return length, re.compile(metadata.national_prefix_for_parsing)


def cheap_canonical_value(identifier_type: str, value: str) -> str | None:
    """Canonical value by a strict pattern alone, or None when only the normaliser can tell."""
    if identifier_type == "email":
        if _EMAIL.fullmatch(value):
            local, _, domain = value.rpartition("@")
            return f"{local}@{domain.rstrip('.').lower()}"
    elif identifier_type in ("domain", "onion"):
        if _DOMAIN.fullmatch(value):
            return value.rstrip(".").lower()
    elif identifier_type == "url":
        match = _URL.fullmatch(value)
        if match:
            return value if match.group(1) else value + "/"
    elif identifier_type == "ip_address":
        if _IPV4.fullmatch(value):
            return value
    elif identifier_type == "username":
        if _USERNAME.fullmatch(value):
            return value.lstrip("@").lower()
    elif identifier_type == "phone":
        match = _E164.fullmatch(value)
        if match and _phone_is_canonical(match.group(1)):
            return value
    elif identifier_type == "iban":
        if _IBAN.fullmatch(value):
            return value
    elif identifier_type == "crypto":
        if _PRINTABLE_ASCII.fullmatch(value) and not _CRYPTO_REWRITTEN.fullmatch(value):
            return value
    elif _REFERENCE.fullmatch(value):
        return value
    return None


def normalised_canonical_value(identifier_type: str, value: str, region: str | None) -> str:
    """Canonical value through the intake normaliser (before any e-mail provider rule)."""
    try:
        if identifier_type == "ip_address":
            return normalize("ipv6" if ":" in value.strip("[] ") else "ipv4", value)
        return normalize(
            _NORMALISER_KIND.get(identifier_type, "reference"), value, default_region=region
        )
    except (ValueError, phonenumbers.NumberParseException):
        # Not a valid address or number: still indexed, by its tidied spelling.
        return normalize("reference", value)


def canonical_value(identifier_type: str, value: str, *, region: str | None = None) -> str:
    """Canonical spelling of a value of a request identifier type; unparsable values kept tidy."""
    canonical = cheap_canonical_value(identifier_type, value)
    if canonical is None:
        canonical = normalised_canonical_value(identifier_type, value, region)
    if identifier_type == "email":
        return apply_provider_rule(canonical)
    return canonical


def lookup_key(identifier_type: str, value: str) -> int:
    """The index's look-up key: a signed 64-bit BLAKE2b digest of the type and canonical value.

    Two identifiers may share a key (among 10 million, some pair does with odds of about one in
    370,000): readers keep only rows whose type and value are equal too."""
    digest = hashlib.blake2b(f"{identifier_type}\x00{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def _day_start(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=UTC)


def window(
    observed_at: datetime | None, period_start: date | None, period_end: date | None
) -> tuple[datetime | None, datetime | None]:
    """The stated period as whole UTC days, else the observed instant, else unknown."""
    if period_start or period_end:
        start = _day_start(period_start) if period_start else None
        end = _day_start(period_end) + timedelta(days=1) if period_end else None
        return start, end
    if observed_at is not None:
        instant = observed_at.astimezone(UTC)
        return instant, instant
    return None, None


def overlaps(a: IndexKey, b_start: datetime | None, b_end: datetime | None) -> bool:
    """Tell whether two windows share an instant; an unstated bound is open."""
    if a.window_start is not None and b_end is not None and b_end < a.window_start:
        return False
    return not (a.window_end is not None and b_start is not None and a.window_end < b_start)


def index_key(
    identifier_type: str,
    value: str,
    *,
    observed_at: datetime | None = None,
    period_start: date | None = None,
    period_end: date | None = None,
    port: int | None = None,
    region: str | None = None,
) -> IndexKey:
    """The key of one identifier; only IP addresses carry a window and a port."""
    canonical = canonical_value(identifier_type, value, region=region)
    if identifier_type != "ip_address":
        return IndexKey(identifier_type, canonical)
    start, end = window(observed_at, period_start, period_end)
    # The port tells subscribers apart only behind IPv4 address sharing.
    return IndexKey(identifier_type, canonical, start, end, None if ":" in canonical else port)
