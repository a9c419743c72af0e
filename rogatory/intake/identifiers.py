"""Find identifiers (URLs, addresses, accounts, references, dates...) in a letter's text."""

from __future__ import annotations

import bisect
import functools
import heapq
import ipaddress
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from types import MappingProxyType
from typing import Any
from zoneinfo import ZoneInfo

import jdatetime
import phonenumbers
import tldextract

from rogatory.core.collector import cyclic_collector_paused
from rogatory.intake.normalize import (
    fold_text,
    is_defanged,
    is_valid_iban,
    is_valid_onion_v3,
    normalize_domain,
    normalize_email,
    normalize_ipv4,
    normalize_ipv6,
    normalize_onion,
    normalize_reference,
    normalize_url,
    normalize_username,
    parse_address,
    refang,
)
from rogatory.intake.patterns.calendars import (
    ABBREVIATED_MONTHS,
    BASQUE_DAY_ENDINGS,
    BASQUE_YEAR_ENDINGS,
    BUDDHIST_ERA_OFFSET,
    BUDDHIST_ERA_YEARS,
    CHINESE_DIGITS,
    DAY_FIRST_LANGUAGES,
    DAY_MONTH_WORDS,
    DAY_ORDINAL_ENDINGS,
    JAPANESE_ERAS,
    MONGOLIAN_MONTH_ENDINGS,
    MONGOLIAN_MONTH_ORDINALS,
    MONGOLIAN_MONTH_WORD,
    MONGOLIAN_YEAR_WORD,
    MONTH_FIRST_LANGUAGES,
    MONTH_FIRST_REGIONS,
    MONTHS,
    SOLAR_HIJRI_LANGUAGES,
    SOLAR_HIJRI_MONTHS,
    SOLAR_HIJRI_REGIONS,
    SOLAR_HIJRI_YEARS,
    THAI_ERA_MARKS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    WELSH_DAY_ORDINAL_ENDINGS,
    YEAR_FIRST_MONTH_LANGUAGES,
    YEAR_SPACE_MONTH_LANGUAGES,
    YEAR_WORDS_BEFORE_DAY,
    YEAR_WORDS_BEFORE_MONTH,
    ZONE_PHRASES,
)
from rogatory.intake.patterns.handles import (
    ACCOUNT_WORDS,
    HANDLE_CUES_AFTER,
    NAME_CUES,
    NAME_CUES_AFTER,
    TARGET_CUES,
    USERNAME_CUES,
)
from rogatory.intake.patterns.laws import (
    ALBANIAN_CODE_ABBREVIATIONS,
    ALBANIAN_STATUTE_KINDS,
    ARABIC_CHAIN_NOUNS,
    ARABIC_LAW_NOUNS,
    ARMENIAN_CODE_ABBREVIATIONS,
    ARMENIAN_CODE_WORDS,
    ARMENIAN_STATUTE_KINDS,
    BASQUE_CODE_ABBREVIATIONS,
    BASQUE_CODE_WORDS,
    BASQUE_STATUTE_KINDS,
    BELARUSIAN_CODE_ABBREVIATIONS,
    BELARUSIAN_INSTRUMENTS,
    BELARUSIAN_STATUTE_KINDS,
    BENGALI_LAW_ENDINGS,
    BENGALI_STATUTES,
    DEVANAGARI_LAW_ENDINGS,
    DEVANAGARI_NOT_TITLE,
    DEVANAGARI_STATUTES,
    FINNISH_CODE_ENDINGS,
    GEORGIAN_CODE_ABBREVIATIONS,
    GEORGIAN_CODE_WORDS,
    GEORGIAN_STATUTE_KINDS,
    HEBREW_STATUTE_KINDS,
    HEBREW_STATUTES,
    HUNGARIAN_CODE_ABBREVIATIONS,
    ICELANDIC_INSTRUMENTS,
    ICELANDIC_LAW_FORMS,
    INSTRUMENT_TITLES,
    INSTRUMENT_TITLES_BEFORE,
    IRISH_ACT_KINDS,
    IRISH_STATUTE_KINDS,
    KAZAKH_CODE_ABBREVIATIONS,
    KAZAKH_STATUTE_KINDS,
    LITHUANIAN_CODE_ABBREVIATIONS,
    LITHUANIAN_STATUTE_KINDS,
    LUXEMBOURGISH_LAW_KINDS,
    LUXEMBOURGISH_TITLES,
    MACEDONIAN_CODES,
    MACEDONIAN_NOT_TITLE,
    MACEDONIAN_STATUTE_KINDS,
    MALTESE_STATUTE_KINDS,
    MONGOLIAN_CODE_WORDS,
    MONGOLIAN_STATUTE_KINDS,
    PERSIAN_STATUTES,
    REQUEST_OPENERS,
    SINHALA_STATUTE_KINDS,
    SINHALA_STATUTES,
    SOUTH_SLAVIC_CODE_ADJECTIVES,
    SOUTH_SLAVIC_JURISDICTIONS,
    STATUTE_ADJECTIVES,
    STATUTE_NOUNS,
    SWEDISH_CODE_ABBREVIATIONS,
    TAMIL_LAW_ENDINGS,
    TAMIL_STATUTES,
    THAI_STATUTE_KINDS,
    THAI_STATUTES,
    TURKISH_CODE_ABBREVIATIONS,
    TURKISH_STATUTE_KINDS,
    URDU_LAW_ENDINGS,
    URDU_STATUTES,
    UZBEK_CODE_ABBREVIATIONS,
    UZBEK_STATUTE_KINDS,
    VIETNAMESE_NOT_TITLE,
    VIETNAMESE_STATUTE_KINDS,
    VIETNAMESE_STATUTES,
    WELSH_ACT_KINDS,
    WELSH_STATUTE_KINDS,
    WELSH_TITLE_JOINERS,
    YEAR_TITLE_ENDINGS,
)
from rogatory.intake.patterns.registries import (
    ADDRESSEE_REFERENCE_LABELS,
    CASE_LABELS,
    CASE_NOUNS,
    CASE_NUMBER_SIGNS,
    CASE_REGISTER_WORDS,
    CJK_HOST_CUES,
    EU_LEGAL_ORDER_MARKS,
    FILE_EXTENSIONS,
    IBAN_LENGTHS,
    INDONESIAN_COURT_CODES,
    PROVIDER_NAME_MARKS,
    REFERENCE_ABBREVIATED_ENDINGS,
    RESERVED_SUFFIXES,
    SEVEN_DIGIT_REGIONS,
    SUBJECT_HEADERS,
    TABLE_IDENTIFIER_HEADINGS,
    TABLE_REFERENCE_HEADINGS,
    TABLE_REFERENCE_NOUNS,
    TABLE_REFERENCE_POSSESSIVES,
)

_EMPTY: Mapping[str, str] = MappingProxyType({})


@dataclass(frozen=True)
class Found:
    """One identifier found in a text: its type, span, value as written and canonical form."""

    type: str
    value: str
    normalized: str
    start: int
    end: int
    attributes: Mapping[str, str] = field(default=_EMPTY)
    confidence: float = 1.0
    flags: tuple[str, ...] = ()


@dataclass
class _Candidate:
    type: str
    start: int
    end: int
    normalized: str
    attributes: dict[str, str] = field(default_factory=dict)
    confidence: float = 1.0
    flags: list[str] = field(default_factory=list)


# When two candidates overlap, the one whose type comes first here wins: an e-mail address
# holds a domain, a URL holds an IP, a date looks like a phone number.
_PRIORITY = (
    "url", "email", "onion", "crypto", "iban", "ipv6", "ipv4", "legal_reference",
    "case_reference", "date", "phone", "username", "domain",
)  # fmt: skip


@functools.cache
def _suffixes() -> tldextract.TLDExtract:
    # The bundled public-suffix snapshot only: nothing may be fetched at run time.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


# --- building blocks ------------------------------------------------------------------------
_LCH = r"0-9A-Za-z\u00C0-\u024F\u0400-\u04FF"
_LABEL = rf"[{_LCH}](?:[{_LCH}-]{{0,61}}[{_LCH}])?"
_DOT = r"(?:\.|\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))"
_DOT_OCR = rf"(?:{_DOT}|[ ]\.[ ]?)"
_HOST = rf"{_LABEL}(?:{_DOT}{_LABEL})+"
_HOST_OCR = rf"{_LABEL}(?:{_DOT_OCR}{_LABEL})+"
_AT = r"(?:[ ]?@[ ]?|[ ]?(?:\[@\]|\(@\)|\[at\]|\(at\)|\{at\})[ ]?)"
# Internationalised host names also use Devanagari (vowel signs included) and CJK ideographs
# ("मिसाल.भारत", "例子.中国") and Arabic letters ("سوق-الظل.example"); the public-suffix check
# then decides, as for ASCII hosts.
# Katakana and Hangul labels too ("夜桜ショップ.example", "달빛상점.example"); not hiragana,
# which writes the particles standing against a host ("….comを登録"). Thai, Tamil and Hebrew
# labels ("ร้านค้า.example.com", "கடை.example.com", "חנות.example.net"), vowel signs included.
_LCH_IDN = (
    _LCH
    + r"\u0900-\u0963\u0966-\u097F\u4e00-\u9fff\u0620-\u065F\u066E-\u06D3\u30a1-\u30fa\u30fc"
    + r"\uac00-\ud7af\u0e01-\u0e3a\u0e40-\u0e4e\u0b82-\u0bcd\u0bd7\u05d0-\u05ea"
    # Greek and Bengali labels ("ταχυδρομείο.example", "দোকান.example"), vowel signs included.
    + r"\u0386-\u03ce\u0980-\u09e5\u09f0-\u09fe"
    # Georgian (Mkhedruli) and Armenian labels ("მაღაზია.example", "խանութ.example").
    + r"\u10d0-\u10fa\u10fd-\u10ff\u0561-\u0587\u0531-\u0556"
    # Sinhala labels, vowel signs included ("වෙළඳසැල.example"), and the Uzbek Latin letter ʻ
    # ("doʻkon-bozor.example": IDNA 2008 takes it).
    + r"\u0d82-\u0df4\u02bb\u02bc"
)
_LABEL_IDN = rf"[{_LCH_IDN}](?:[{_LCH_IDN}-]{{0,61}}[{_LCH_IDN}])?"
# Hiragana opens a Japanese host's first label ("お店.example", "すし.example"), where the host
# starts after a space, a colon, "@" or "//" (every host pattern checks what stands before it):
# the particles hiragana also writes stand after a host ("….comを") or between a word and the
# next ("ドメインは…"), where no host can start. Nor does a label go on from a particle to an
# ideograph: "こちらの店.example" is "this one's shop" before a host, not a host.
_HIRAGANA = r"\u3041-\u3096\u309d\u309e"
_LABEL_IDN_FIRST = (
    rf"(?:{_LABEL_IDN}|[{_HIRAGANA}]{{1,16}}(?:(?<![のはがをにでとへもや])[{_LCH_IDN}]"
    rf"(?:[{_LCH_IDN}-]{{0,61}}[{_LCH_IDN}])?)?)"
)
_HOST_IDN = rf"{_LABEL_IDN_FIRST}(?:{_DOT}{_LABEL_IDN})+"
_HOST_IDN_OCR = rf"{_LABEL_IDN_FIRST}(?:{_DOT_OCR}{_LABEL_IDN})+"

# --- word-led patterns ----------------------------------------------------------------------
# CPython's re skips ahead to the next possible start only when a pattern begins with a literal
# or a character class matched case-sensitively; a pattern that begins with a lookbehind, a
# lookahead or a class under IGNORECASE is tried at every position of the text. Patterns led by
# words (labels, cue words, month names) therefore begin with the class of their words' first
# letters in every case re.IGNORECASE accepts, check the character before it with a trailing
# lookbehind, and match the rest of each word (case-insensitively) after a lookbehind naming its
# first letter: the same matches, tried only where a word can start.

# Characters re.IGNORECASE also matches for a letter, beyond str.lower and str.upper: long s,
# Kelvin and angstrom signs, capital sharp s, dotted and dotless i, title-case digraphs, the
# rounded forms of Cyrillic letters, Greek final sigma and the symbol forms of Greek letters
# (checked against the engine over all of Unicode by a test).
_CASE_EXTRAS = {
    "i": "\u0130\u0131", "k": "\u212a", "s": "\u017f", "å": "\u212b", "ß": "\u1e9e",
    "µ": "\u03bc", "ǆ": "\u01c5", "ǉ": "\u01c8", "ǌ": "\u01cb", "ǳ": "\u01f2",
    "в": "\u1c80", "д": "\u1c81", "о": "\u1c82", "с": "\u1c83", "т": "\u1c84\u1c85",
    "ъ": "\u1c86", "ѣ": "\u1c87", "β": "\u03d0", "ε": "\u03f5", "θ": "\u03d1\u03f4",
    "ι": "\u0345\u1fbe", "κ": "\u03f0", "π": "\u03d6", "ρ": "\u03f1", "σ": "\u03c2",
    "φ": "\u03d5", "ṡ": "\u1e9b",
}  # fmt: skip


def _any_case(chars: Iterable[str]) -> str:
    """The body of a character class matching what the characters match under IGNORECASE."""
    found: set[str] = set()
    for char in chars:
        for form in (char, char.lower(), char.upper()):
            if len(form) == 1:
                found.add(form)
                found.update(_CASE_EXTRAS.get(form.lower(), ""))
    for form in list(found):
        for extra_of, extras in _CASE_EXTRAS.items():
            if form in extras:
                found.update((extra_of, extra_of.upper()))
    return "".join(re.escape(char) for char in sorted(found))


def _top_level_branches(alternation: str) -> list[str]:
    """The branches of a regular-expression alternation, split at its top-level bars only."""
    branches, depth, start, index = [], 0, 0, 0
    in_class = False
    while index < len(alternation):
        char = alternation[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(alternation[start:index])
            start = index + 1
        index += 1
    branches.append(alternation[start:])
    return branches


def _word_led(words: Iterable[str]) -> tuple[str, str]:
    """Split word patterns by first letter: the initials' class, and the alternation after it."""
    # The initial letter of each word must be a plain character (checked): the class stands for
    # it, and each branch goes on from the second character. Branches keep their order within
    # one initial, so the alternation picks the same word the original one picked.
    words = list(words)
    groups: dict[str, list[str]] = {}
    for word in words:
        initial = word[0]
        if not (initial.isalnum() or initial in "№§") or word[1:2] in ("?", "*", "{", "+"):
            raise ValueError(f"a word pattern must start with a plain letter: {word!r}")
        groups.setdefault(_any_case(initial), []).append(word[1:])
    branches = [(initials, _by_second_letter(rests)) for initials, rests in groups.items()]
    return _any_case("".join(word[0] for word in words)), _dispatch(branches)


def _by_second_letter(rests: list[str]) -> str:
    """The case-insensitive alternation of rests, those led by a plain letter grouped by it."""
    # CPython's re skips a branch led by a character class at the cost of one class test when
    # the text's character is not in it, but enters every branch led by a case-insensitive
    # letter: "p" leads twenty labels, each tried in turn after every word starting with "p".
    # Led by the class of their first letter in every case (as the initials are), the rests
    # of one letter are tried only after it. Grouping reorders rests, which is safe between
    # rests led by disjoint classes (no text can match both), so a rest led by anything else
    # ("[°º]", "(?:", an empty rest) keeps its place and closes the run grouped before it.
    parts: list[str] = []
    run: dict[str, list[str]] = {}
    for rest in rests:
        letter = rest[:1]
        if letter.isalpha() and rest[1:2] not in ("?", "*", "{", "+"):
            letters = _any_case(letter)
            if letters not in run and any(set(letters) & set(other) for other in run):
                raise ValueError(f"a letter's class overlaps another's: {letters!r}")
            run.setdefault(letters, []).append(rest[1:])
            continue
        parts.extend(f"[{letters}](?i:{'|'.join(tails)})" for letters, tails in run.items())
        parts.append(f"(?i:{rest})")
        run = {}
    parts.extend(f"[{letters}](?i:{'|'.join(tails)})" for letters, tails in run.items())
    return "(?:" + "|".join(parts) + ")"


def _dispatch(branches: list[tuple[str, str]]) -> str:
    """An alternation of branches, each for the initials before it, tried as a tree of checks."""
    # Each branch goes on after its initial only; tried in a row, a word start would check up
    # to forty initials. The initials' classes are disjoint (checked), so at most one branch
    # can match after a given character, and halving the classes at each level checks a few.
    seen: set[str] = set()
    for initials, _ in branches:
        characters = set(re.sub(r"\\(.)", r"\1", initials))
        if seen & characters:
            raise ValueError(f"initials shared by two branches: {sorted(seen & characters)}")
        seen |= characters
    if len(branches) <= 3:
        return "(?:" + "|".join(f"(?<=[{initials}]){body}" for initials, body in branches) + ")"
    middle = len(branches) // 2
    halves = (branches[:middle], branches[middle:])
    return (
        "(?:"
        + "|".join(
            f"(?<=[{''.join(initials for initials, _ in half)}]){_dispatch(half)}"
            for half in halves
        )
        + ")"
    )


def _led_by(first_characters: str, pattern: str, check: str = "") -> str:
    """A pattern led by the class of its possible first characters, matched whole from there."""
    # A pattern that begins with a lookbehind, a lookahead or an alternation of classes is tried
    # at every position of the text; one that begins with a single class lets the engine skip
    # to the next character of the class. The original pattern is matched, unchanged, in a
    # lookahead from that character (inside a one-character lookbehind): the match itself is
    # that character, and the pattern's span is the group "whole" (see _whole_matches).
    # `check`, tested after the leading character, is a condition every match meets (the
    # character before a word): it only spares the lookahead where it could not match.
    return rf"[{first_characters}]{check}(?<=(?=(?P<whole>{pattern})).)"


def _whole_matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of a _led_by pattern, as finditer gives the original pattern's."""
    return _outside_previous(pattern.finditer(text))


def _outside_previous(matches: Iterable[re.Match[str]]) -> Iterator[re.Match[str]]:
    """Of _led_by matches in order of start, those the original pattern's finditer reaches."""
    # finditer goes on from the leading character: a match starting inside the previous one
    # is one the original pattern's finditer never tried.
    position = 0
    for match in matches:
        if match.start() >= position:
            yield match
            position = max(match.end("whole"), match.start() + 1)


def _matches_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text), for a pattern that can match only at one of the starts."""
    # finditer goes on from the end of a match (none is empty: each holds its lead character).
    position = 0
    for start in starts:
        if start >= position and (match := pattern.match(text, start)) is not None:
            yield match
            position = match.end()


def _cue_word_starts(text: str) -> list[int]:
    """Where a cue word or a case label may start (see _CUE_WORD_START)."""
    return [match.start() for match in _CUE_WORD_START.finditer(text)]


_URL = re.compile(
    rf"[hHfFwW](?<![\w].)(?i:(?:(?<=[hH])[tx]{{2}}ps?|(?<=[fF])(?:tp|xp))"
    rf"(?:://|\[://\]|\[:\]//|[ ]?:[ ]?//)|(?<=[wW])ww(?={_DOT}))"
    rf"(?i:(?:{_HOST_IDN})?[^\s<>\"'«»「」`\u3000-\u9fff\uff00-\uffef]*)",
)
# A local part in ideographs (RFC 6531, "用户名@例子.example") is taken whole only when it is all
# ideographs: in running Chinese text the words before an ASCII address are not part of it.
# Digits may close it ("张伟2025@例子.中国"): folding keeps them against the ideographs only
# before an internationalised host (normalize._cjk_gaps).
_EMAIL = re.compile(
    rf"(?<![\w.+%-])(?:[^\W\u3000-\u9fff](?:[^\s@<>()\[\],;:\"'«»\u3000-\u9fff]{{0,63}})?"
    rf"|[\u4e00-\u9fff]{{1,32}}\d{{0,16}}){_AT}{_HOST_IDN_OCR}",
    re.IGNORECASE,
)
_DOMAIN = re.compile(rf"(?<![\w.@/:-]){_HOST_IDN}(?![\w-]|\.[{_LCH}])", re.IGNORECASE)
# Patterns below start with the character class of their first character and check the one
# before it with a lookbehind placed after it ("\d(?<![\d.]\d)" rather than "(?<![\d.])\d"): a
# leading class lets the regex engine jump to the next possible start, where a leading
# lookbehind makes it try every position of the text.
_OCTET = r"[0-9OolI]{1,3}"
# Scanners break an address around its dots ("198. 51. 100. 23"): a dot with a space beside it
# still separates octets, and is repaired.
_IP_DOT = rf"(?:[ ]?{_DOT}[ ]?)"
_IPV4 = re.compile(
    rf"[0-9OolI](?<![\w.].)[0-9OolI]{{0,2}}(?:{_IP_DOT}{_OCTET}){{3}}(?![\w]|\.\d)"
    r"(?::(?P<port>\d{1,5})(?!\d))?"
)
# Three dotted octets and a fourth after a bare space ("198.51.100 23") may be an address whose
# last dot was lost, or an address-like number and another number: reported, not repaired.
# A fourth number followed by minutes ("27.12.24 08:55") is a date and its time.
_IPV4_BROKEN = re.compile(r"\d(?<![\w.]\d)\d{0,2}(?:\.\d{1,3}){2}[ ]\d{1,3}(?![\w]|\.\d|[:hH]\d)")
# Rare digit-led shapes are searched from a landmark led by a rarer character than a digit (a
# dense megabyte holds 190,000 digits, and a scan led by them costs 15 to 18 ms with no match):
# the space before a broken address's last number, the dash after a CNJ number's first seven
# digits, the Hangul of a Korean case type, the space before a month-first date's day.
_IPV4_BROKEN_LANDMARK = re.compile(r"[ ](?:(?<=\.\d[ ])|(?<=\.\d\d[ ])|(?<=\.\d\d\d[ ]))\d")
_V6 = r"(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?"
_IPV6 = re.compile(
    rf"\[(?P<bracketed>{_V6})\](?::(?P<port>\d{{1,5}}))?|(?<![\w:.])(?P<bare>{_V6})(?![\w:])"
)
_ONION = re.compile(rf"(?<![\w.])(?:[a-z2-7]{{56}}|[a-z2-7]{{16}}){_DOT}onion(?![\w])", re.I)
_CRYPTO = re.compile(
    r"(?<![\w:])(?:0x[0-9a-fA-F]{40}|(?:bc|tb|ltc|BC|TB|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}"
    r"|(?:bitcoincash:)?[qp][02-9ac-hj-np-z]{41}|[1-9A-HJ-NP-Za-km-z]{25,95})(?![\w])"
)
# Grouped by spaces (the printed form) or by dashes, as some banks and forms print them.
_IBAN = re.compile(r"[A-Z](?<![\w-].)[A-Z]\d{2}(?:[ -]?[A-Z0-9]){11,30}")
# "(?<![\w+/.,-])(?:\+|00)?\(?\d…", led by its first character: "+", "0" (of "00" or the
# number), "(" or a digit, in the order the optional parts were tried.
_PHONE = re.compile(
    r"[+(\d](?<![\w+/.,-].)(?:(?<=\+)\(?\d|(?<=0)0\(?\d|(?<=\()\d|(?<=\d))"
    r"[\d ().\-/]{5,20}\d(?![\w])"
)
_CURRENCY = re.compile(
    r"^\s?(?:€|\$|£|¥|₹|₽|EUR|USD|GBP|CHF|euros?|dollars?|руб|рублей|元|रुपये|روبية|دولار|yuan|BTC|ETH)",
    re.IGNORECASE,
)
_CURRENCY_BEFORE = re.compile(r"(?:€|\$|£|¥|₹|₽|EUR|USD|GBP|CHF)\s?$")
_DATE_SHAPED = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_PHONE_WORD_LIST = (
    r"t[ée]l|phone|tfno|telefone?|teléfono|телефон|тел|电话|手机|هاتف|फोन|दूरध्वनी|मोबाईल|मोबाइल|"
    r"mobile|portable|handy|telp|telepon|電話|携帯|전화|"
    # Croatian and Slovenian "telefonski broj" (phone number), Estonian "telefoninumber" in its
    # cases, Latvian "tālrunis".
    r"telefonsk(?:i|a|e|o|ega|em)|telefoninumb(?:er|ri|ril|rilt)|tālru(?:nis|ņa|nī)"
)
_PHONE_WORD = f"(?:{_PHONE_WORD_LIST})"
_PHONE_WORDS = re.compile(_PHONE_WORD, re.IGNORECASE)
# Words searched for in the few characters before a candidate are led by their initials (see
# _word_led): tried at each of 20 to 40 positions, the plain alternation cost 2 to 5 µs a
# search, a tenth of that led (13 ms in a dense megabyte's IPv4 addresses for the version
# words, 1.4 led).
_PHONE_INITIALS, _PHONE_ALTERNATION = _word_led(_top_level_branches(_PHONE_WORD_LIST))
_PHONE_WORD_SEARCH = re.compile(f"[{_PHONE_INITIALS}]{_PHONE_ALTERNATION}")
# "दूरध्वनी क्र :" is "telephone no.": a number word right after a phone word labels a phone
# number, not a file reference.
_PHONE_LABEL_BEFORE = re.compile(rf"[{_PHONE_INITIALS}]{_PHONE_ALTERNATION}\.?[ ]*$")
# Words naming a version, a release or the software it belongs to, in the corpora's languages
# and their neighbours ("versie", "wersji", "sürümü", "بإصدار", "संस्करण", "バージョン").
_VERSION_WORDS = (
    r"version|versión|versão|versione|versie|wersj[aiąę]|verze|verzi|versiune[a]?|"
    r"sürüm(?:ü|ünü)?|versiyon(?:u)?|έκδοση|верси(?:я|и|ей|ю)|верси(?:ї|ю|я|єю)|"
    r"إصدار|الإصدار|نسخة|النسخة|संस्करण|आवृत्ती|バージョン|버전|版本|ver\.?|v|release|"
    r"firmware|build|update|upgrade|patch|software|oprogramowani(?:e|a|em|u)|programvar[ae]|"
    # Hebrew, Vietnamese, Malay, Hungarian, Serbian, Persian, Urdu, Thai, Tamil.
    r"גרסה|גרסת|phiên bản|versi|verzió|верзија|verzija|نسخه|ورژن|เวอร์ชัน|பதிப்பு"
)
_VERSION_INITIALS, _VERSION_ALTERNATION = _word_led(_top_level_branches(_VERSION_WORDS))
_VERSION_BEFORE = re.compile(rf"[{_VERSION_INITIALS}]{_VERSION_ALTERNATION}\s*$")
# Handles and bare names may be written in Devanagari, whose vowel signs are not \w in re, or
# in Cyrillic, as forums and Russian-language platforms allow ("@серый_волк"); one handle is
# written in one alphabet.
_UCH = r"A-Za-z0-9_\u0900-\u0963\u0966-\u097F"
_CYRILLIC_UCH = r"0-9_\u0400-\u04FF"
# Handles in Latin letters with diacritics ("@şirvan_gecə47") and in Arabic letters
# ("@صقر_الليل") are handles too; one in kana or ideographs ends only where punctuation or a
# space does ("（@李四_深圳，", "@夜更かし猫_919、"), since the sentence goes on against it.
_LATIN_ARABIC_UCH = (
    r"0-9_A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0259\u0620-\u064A\u066E-\u06D3"
)
_CJK_UCH = r"0-9_A-Za-z\u3041-\u30ff\u3400-\u9fff"
# Handles in Georgian and Armenian letters ("@ნიკა_გამარჯვება", "@արծիվ_23").
_CAUCASIAN_UCH = r"0-9_\u0531-\u0556\u0561-\u0587\u10d0-\u10fa\u10fc-\u10ff"
_HANDLE = re.compile(
    rf"@(?<![\w@.]@)(?:(?:[{_UCH}](?:[{_UCH}.]{{0,29}}[{_UCH}])?"
    rf"|[{_CYRILLIC_UCH}](?:[{_CYRILLIC_UCH}.]{{0,29}}[{_CYRILLIC_UCH}])?"
    rf"|[{_LATIN_ARABIC_UCH}](?:[{_LATIN_ARABIC_UCH}.]{{0,29}}[{_LATIN_ARABIC_UCH}])?"
    rf"|[{_CAUCASIAN_UCH}](?:[{_CAUCASIAN_UCH}.]{{0,29}}[{_CAUCASIAN_UCH}])?)(?![\w@])"
    rf"|[\u3041-\u30ff\u3400-\u9fff][{_CJK_UCH}]{{0,29}}(?=[、，。）)」,， \t]))"
)
# Account words ("le compte « x »", "titulaire du compte x", "compte : x") name a username too,
# but also bank accounts: after them a bare value needs a letter and a handle mark (digit, "_",
# "." or "@"): "compte 0123456789" and "compte IBAN" are not usernames. A platform name may
# stand between the word and a quoted value or a colon ("le compte Instagram « x »").
_ACCOUNT_WORDS = (
    r"comptes?|accounts?|cuentas?|contas?|kontos?|benutzerkontos?|аккаунт(?:а|ом|ы|у|е)?|"
    r"учётн(?:ая|ой|ую|ые|ых) запис(?:ь|и|ью|ей)|учетн(?:ая|ой|ую|ые|ых) запис(?:ь|и|ью|ей)|账户|帐户|"
    # Persian joins the plural to the noun with a zero-width non-joiner ("حساب‌های").
    r"الحساب|حساب(?:\u200cها(?:ی)?)?|खाते|खाता"
)
_USER_WORD_LIST = (
    r"pseudonymes?|pseudonyms?|pseudos?|alias(?:es)?|user[ ]?names?|nicknames?|"
    r"nicks?|handles?|nom d'utilisateur|noms d'utilisateur|utilisateurs?|identifiants?|"
    r"nombres? de usuario|usuarios?|seudónimos?|apodos?|nomes? de usuário|utilizador|"
    r"benutzernamen?|nutzernamen?|pseudonyme?n?|имя пользователя|никнейм(?:ом|ы)?|ник(?:ом|и|ами)?|псевдоним(?:ом|ы|а|ами)?|"
    r"логин(?:ом|ы)?|用户名|昵称|账号|اسم المستخدم|الاسم المستعار|उपयोगकर्ता नाम|उपनाम|टोपणनाव|वापरकर्तानाव"
)
_USER_WORD_BRANCHES = (
    _top_level_branches(_USER_WORD_LIST) + _top_level_branches(_ACCOUNT_WORDS) + [*ACCOUNT_WORDS]
)
_USER_INITIALS, _USER_ALTERNATION = _word_led(_USER_WORD_BRANCHES)
# Chinese and Japanese write a cue word against the words around it ("嫌疑人使用昵称「x」",
# "ユーザー名は「x」"): a cue in those scripts needs no word boundary, and a Japanese or Korean
# topic or object particle may follow it.
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
_CUE_START = rf"(?:(?<![\w].)|(?<=[{_CJK}]))"
_CUE_END = (
    r"(?:(?<=[\u3040-\u30ff\u3400-\u9fff])(?:は|が|を|として)?"
    r"|(?<=[\uac00-\ud7af])(?:은|는|을|를|으로|로|이|가)?(?![\w])"
    rf"|(?<![{_CJK}])(?![\w]))"
)
# A word must end where its cue ends ("Kontona" is not "konto" and "na"), except in the
# scripts that write a cue against the next word.
# Tagalog joins a noun to the name after it with the linker "na" ("ang account na x").
_USER_WORDS = re.compile(
    rf"[{_USER_INITIALS}]{_CUE_START}{_USER_ALTERNATION}(?:(?<=[{_CJK}])|(?![\w]))"
    r"(?i:(?<=account)[ ]na(?=[ ]))?"
    r"(?i:(?:[ ]+[^\W\d_]{3,16}(?=[ ]*[:：«\"“'„「『]))?"
    r"(?:[ ]?\([^)\n]{0,30}\))?[ ]*(?P<colon>[:：|\t])?[ ]*)",
)
# The user words come first in the alternation: a match names an account when none of them
# matches where it starts.
_USER_WORD_ONLY = re.compile(_USER_WORD_LIST, re.IGNORECASE)
# Further cue words (patterns/handles.py); a table cell ("| Pseudo | “x” |") or a tab stands for
# the colon.
# A cue of several words may be broken across lines ("nama⏎pengguna").
_CUE_WORD_PATTERNS = [re.sub(r"(?<!\[) (?!\])", "[ \n]", cue) for cue in USERNAME_CUES]
_CUE_INITIALS, _CUE_ALTERNATION = _word_led(_CUE_WORD_PATTERNS)
_USER_CUES = re.compile(
    # A provider's INI return keys a value with "=" ("brukernavn = x").
    rf"[{_CUE_INITIALS}]{_CUE_START}{_CUE_ALTERNATION}{_CUE_END}[ ]*(?P<colon>[:：|\t=])?[ ]*"
)
# Words for names: only quoted values without spaces follow them as handles.
_NAME_INITIALS, _NAME_ALTERNATION = _word_led(NAME_CUES)
_NAME_CUES = re.compile(rf"[{_NAME_INITIALS}]{_CUE_START}{_NAME_ALTERNATION}{_CUE_END}[ ]*")
_NAME_AFTER_INITIALS, _NAME_AFTER_ALTERNATION = _word_led(NAME_CUES_AFTER)
_NAME_CUES_AFTER = re.compile(
    rf"[{_NAME_AFTER_INITIALS}]{_CUE_START}{_NAME_AFTER_ALTERNATION}"
    rf"(?:(?<=[{_CJK}])|(?![\w\u0900-\u097F]))"
)
# Words naming an action's target (patterns/handles.py): a colon, then a quoted handle.
_TARGET_INITIALS, _TARGET_ALTERNATION = _word_led(TARGET_CUES)
_TARGET_CUES = re.compile(
    rf"[{_TARGET_INITIALS}]{_CUE_START}{_TARGET_ALTERNATION}{_CUE_END}[ ]*[:：][ ]*"
)
# After a cue, a bare capitalised word or a word in a script without capitals is a handle when
# it closes the phrase ("connu sous l'alias Tiefseetaucher", "网名 夜行者").
# A form's fields stand apart by two spaces or more ("用户名 夜行狐  URL: …").
_BARE_CLOSES = re.compile(r"[ ]{2}|[ ]*(?:$|[\n\t|,.;:)»”’\]]|—|–)")
# Every quoting style of the corpora's languages: « », “ ”, „ “ and „ ” (German, Polish,
# Romanian), ” ” (Swedish, Finnish), ‹ ›, 「 」, 『 』, 《 》.
_QUOTE_ITEM = (
    r"(?:«[ \u00a0]*(?P<q1>[^»\n]{1,60}?)[ \u00a0]*»|\"(?P<q2>[^\"\n]{1,60})\"|“(?P<q3>[^”\n]{1,60})”"
    r"|'(?P<q4>[^'\n]{1,60})'|„(?P<q5>[^“”\n]{1,60})[“”]|「(?P<q6>[^」\n]{1,60})」"
    r"|『(?P<q7>[^』\n]{1,60})』|‘(?P<q8>[^’\n]{1,60})’|‚(?P<q9>[^‘’\n]{1,60})[‘’]"
    r"|`(?P<q10>[^`\n]{1,60})`|»(?P<q11>[^«\n]{1,60})«|《(?P<q12>[^》\n]{1,60})》"
    r"|‹(?P<q13>[^›\n]{1,60})›|”(?P<q14>[^”\n]{1,60})”"
    # An HTML mail flattened to text keeps its entities ("&quot;x&quot;").
    r"|&quot;(?P<q15>[^&\n]{1,60})&quot;)"
)
# Words joining the names of a list, in the corpora's languages and their neighbours.
_LIST_JOINERS = (
    r"(?:,|;|/|、|et|and|y|und|e|и|和|或|و|और|आणि|ou|or|o|oder|или|i|en|of|och|eller|og|a|"
    r"și|si|sau|ve|veya|ile|та|і|й|або|lub|albo|oraz|nebo|και|ή|dan|atau|và|hoặc|と|및|와|과|"
    r"व|及び|並びに|及|与|以及|és|ו-|ו|และ|மற்றும்|اور|va|na|ja|ও|"
    # Irish, Maltese, Basque, Kazakh, Belarusian "and" and "or".
    r"agus|nó|u|jew|eta|edo|және|немесе|ці)"
)
_QUOTED = re.compile(rf"[ ]*{_LIST_JOINERS}?[ ]*{_QUOTE_ITEM}")
_QUOTED_ITEM = re.compile(_QUOTE_ITEM)
_QUOTED_LIST_BEFORE = re.compile(
    rf"{_QUOTE_ITEM.replace('?P<q', '?P<r')}"
    rf"(?:[ ]*{_LIST_JOINERS}?[ ]*{_QUOTE_ITEM.replace('?P<q', '?P<s')})*[ ]*$"
)
_QUOTE_GROUPS = tuple(f"q{index}" for index in range(1, 16))
# Handles may hold the vowel signs of Indic scripts and of Thai ("தமிழ்_புலி", "มังกรทอง88"),
# which are not \w in re.
_BARE_CHARS = r"\w.\-\u0900-\u0963\u0966-\u0DFF\u0E01-\u0E4E\u0E50-\u0E59"
_BARE_TOKEN = rf"@?[\w][{_BARE_CHARS}]{{1,39}}(?<![.\-])"
_BARE = re.compile(_BARE_TOKEN)
# Between the names of a list, a sign, or a word joining them with a space on each side
# ("kaiju_mom y lobo_azul77", "ים_כחול22 ו yara.vx", "bölcs_bagoly és pesti.srac").
_BARE_LIST = re.compile(
    rf"[ ]*(?P<sign>[,;/、])[ ]*(?P<open>\()?(?P<token>{_BARE_TOKEN})"
    rf"|[ ]+{_LIST_JOINERS}[ ]+(?P<word_open>\()?(?P<after_word>{_BARE_TOKEN})"
)
# A list item without a handle's marks ("fado_noir; glasswing; selkie88") is one when a sign
# parts it from the handle before it and another sign or the phrase's end closes it.
_LIST_ITEM_CLOSES = re.compile(r"[ ]*(?:$|[\n;/,)|])")
# After a cue a value may stand in brackets ("Användarnamn (malmo_kid)"), or on the next line
# when the cue ends one ("under the handle⏎pixelfang").
_OPENING_BRACKET = re.compile(r"\([ ]?")
_CLOSING_BRACKET_ALONE = re.compile(r"[ ]?\)(?![\w.\[])")
# Where a word read on the next line ends: a space, a stop, a comma or the line's end.
_WORD_ENDS = re.compile(r"[ \n,;)]|\.(?:[ \n]|$)|$")
# A lower-case word after a cue is a handle when a comma or a bracket closes it ("με το
# ψευδώνυμο wrenfield, ανάρτησε"); at a line's end it may be the cue's own sentence going on.
_LOWER_CLOSES = re.compile(r"[ ]*[,;)»”’\]]")
# A table's heading row ("| Type | Usuario | Periodo |") names columns: a rule row follows it.
_TABLE_RULE_NEXT = re.compile(r"[^\n]*\n[ ]*\|[ ]*:?-{3}")
# The type column of a provider's form or a table of identifiers ("[USER] v3lvet; sun_dial",
# "| 3 | USER | gaivota_lx / halcyon.x |"): every value of the cell is a handle.
_TYPE_TAG = re.compile(
    r"U(?:(?<=\[U)SER(?:NAME)?\]|(?:(?<=\|U)|(?<=\|[ ]U))SER(?:NAME)?[ ]*\|)[ ]*"
)
_TAG_VALUE = re.compile(rf"\(?(?P<token>{_BARE_TOKEN})\)?")
_TAG_LIST = re.compile(rf"[ ]*[,;/][ ]*\(?(?P<token>{_BARE_TOKEN})\)?")
# Cue words written after the handles they name (patterns/handles.py), and the list of handles
# that ends right before one: "gulyas_77 felhasználónéven", "x / y கணக்குகள்".
_AFTER_WORD_PATTERNS = [re.sub(r"(?<!\[) (?!\])", "[ ]", cue) for cue in HANDLE_CUES_AFTER]
_AFTER_INITIALS, _AFTER_ALTERNATION = _word_led(_AFTER_WORD_PATTERNS)
_HANDLE_CUES_AFTER = re.compile(
    rf"[{_AFTER_INITIALS}](?<![\w].){_AFTER_ALTERNATION}(?![{_BARE_CHARS}])"
)
_HANDLES_BEFORE = re.compile(
    rf"(?<![{_BARE_CHARS}@])(?P<list>{_BARE_TOKEN}(?:[ ]*[,;/][ ]*{_BARE_TOKEN})*)[ ]+$"
)
_REF_WORDS = (
    r"N°|Nº|No\.|NO\.|No:|Nr\.|n°|nº|Réf\.?|Ref\.?|REF\.?|Référence|Reference|Our ref\.?|"
    r"Your ref\.?|Votre réf\.?|Notre réf\.?|Az\.|Aktenzeichen|Geschäftszeichen|Exp\.|Expediente|"
    r"Proc\.|Processo|№|Дело|дело|编号|案号|文号|क्र\.?|क्रमांक|संदर्भ|رقم|المرجع|N\.|"
    # Tagalog "Blg." (bilang, number); Hindi "सं." (संख्या, number). A lower-case "ref." is a
    # model's or an article's in running text ("model ref. X50-743"), and Spanish and
    # Portuguese "n.º" numbers laws and courts too ("Lei n.º 109/2009", "Juzgado n.º 3"): they
    # cite a letter's reference in brackets after the request it names ("our request of 2 May
    # (ref. 12AB345)", "nuestra solicitud de 3 de mayo (n.º DP 123/2025)").
    r"(?<=\()(?:ref\.|réf\.|n\.º)|Blg\.|सं\."
)
# A scanner reads the stop of an abbreviated label as a comma ("क्र, : MH/…"): a comma right
# before the colon belongs to the label.
_CASE_REFERENCE_PATTERN = (
    rf"(?<![\w-])(?<![\w]\.)(?:{_REF_WORDS})(?:[ ]*/[ ]*No\.?)?(?:,(?=[ ]*[:：]))?[ ]*[:：.]?[ ]*"
    # A number may open with a Greek, Cyrillic or Thai register letter ("Δ2024/3591", "КТР
    # 705/24", "อ.5715/2568").
    r"(?P<ref>(?:\d{1,3} [A-Z][A-Za-z]{0,3} )?[A-Z0-9\u0391-\u03a9\u0400-\u042f\u0e01-\u0e2e]"
    r"[A-Za-z0-9]*(?:[/\-._:][A-Za-z0-9]+)*)"
)
_CASE_REFERENCE = re.compile(
    # Not inside a register's dotted abbreviation: "N." in "R.G.N.R. 541/2026" is its letter.
    _led_by("NnRrOoYyVvAaGgEePpB№Дд编案文कसرا", _CASE_REFERENCE_PATTERN, r"(?<![\w-].)(?<![\w]\..)")
)
# A label naming a case number ("N° de procédure :", "Inquérito n.º", "رقم القضية:"), then the
# number in any script, with the register words that belong to it ("Sumario 15/2023",
# "6274/24 R.G. GIP", "562 لسنة 2025", "КУСП 74580", "3-334/2023-МВД").
_, _LABEL_ALTERNATION = _word_led(CASE_LABELS)
_, _NOUN_ALTERNATION = _word_led(CASE_NOUNS)
_CASE_LABEL = re.compile(
    rf"[{_any_case(word[0] for word in (*CASE_LABELS, *CASE_NOUNS))}](?<![\w].)"
    # A label ends a word ("NIG" is not the start of "nightowl_77") unless it is written in a
    # script without spaces; a translation may give the original's label in brackets after it
    # ("Numéro de dossier (Az.) :", "事件番号（案号）：").
    rf"(?:{_LABEL_ALTERNATION}(?:(?<=[{_CJK}])|(?![\w]))"
    rf"(?i:[ ]*(?:(?:{CASE_NUMBER_SIGNS})[ ]*)?(?:[ ]?[(（][^()（）\n]{{1,24}}[)）][ ]?(?=[:：]))?(?:[:：]|=(?!=))?)"
    # A noun may be a quoted key, its value quoted after it ('"case": "RG 24/1234"', a pasted
    # API response).
    rf"|(?P<noun>){_NOUN_ALTERNATION}(?i:[ ]+(?:{CASE_NUMBER_SIGNS})[ ]*[:：]?|[ ]*[:：]|(?P<bare>[ ]+)"
    r"|(?=\?)|\"[ ]*[:：][ ]*\"))[ ]*"
)
# Every pattern led by a cue word or label (user and account words, username cues, words for
# names before and after them, cue words after handles, case labels and nouns) can match only
# where one of its words starts. Each scan of word starts cost 3 to 34 ms per dense megabyte,
# 92 for the six, most of it the same tree of initials walked six times; one scan of all their
# words (41 ms) gives the few thousand places where one starts, and each pattern is matched
# there alone (see _matches_from). Its start is the loosest of theirs (_CUE_START: after no
# word character, or a CJK character itself) in one lookbehind, 6 ms less than two.
_CUE_WORD_INITIALS, _CUE_WORD_TREE = _word_led(
    (
        *_USER_WORD_BRANCHES,
        *_CUE_WORD_PATTERNS,
        *NAME_CUES,
        *NAME_CUES_AFTER,
        *TARGET_CUES,
        *_AFTER_WORD_PATTERNS,
        *CASE_LABELS,
        *CASE_NOUNS,
    )
)
_CUE_WORD_START = re.compile(rf"[{_CUE_WORD_INITIALS}](?<![\w][^{_CJK}])(?={_CUE_WORD_TREE})")
_REF_CHAR = r"[\w\u0900-\u097F]"
# Parts join with "/", "-", "." and, between digits, ":" ("2:25-mj-53876", US district courts).
# Bangladesh's police number a case by its serial, month in brackets and year: "32(7)25".
# Azerbaijan's courts number a case by the court's code in brackets, then serial and year:
# "1(101)-1234/2025".
_REF_TOKEN = rf"(?:\d{{1,2}}\(\d{{1,3}}\)-)?{_REF_CHAR}+(?:(?:[/\-.]|(?<=\d):(?=\d)){_REF_CHAR}+)*(?:(?<=\d)\(\d{{1,2}}\)\d{{2}}(?![\w]))?"
# "URN" labels the number after it, never stands in it (see CASE_LABELS).
_REF_QUALIFIER = (
    rf"(?:{'|'.join(re.escape(word) for word in CASE_REGISTER_WORDS)}"
    r"|(?!URN[ ])[A-ZА-ЯЁ][A-ZА-ЯЁ.]{1,9})(?![\w\u0900-\u097F])"
)
# Before the number, up to three words of a register's code: a register word, an upper-case
# abbreviation or Roman numeral ("PV", "IPL", "II"), a capital and up to two letters ("K",
# "Ds", "Js"), or a unit's number ("PR 1 Ds 446.2022", "II K 31/22", "3 Js 1234/26"); the
# number after them holds a digit.
# Cyrillic and Greek registers too: Serbian "К 214/24" (a court's criminal register).
# A register's abbreviation may keep its stop ("PR 2 Ds. 1234.2025", Poland's prosecution
# register), and a senate's number may be written against its register's letter ("3T 23/2025",
# Slovak and Czech courts' criminal register T).
# German prosecutors' registers may hold two capitals before their small letters ("UJs", the
# register of proceedings against unknown persons; "VRs").
_REF_LEAD = (
    rf"(?:{_REF_QUALIFIER}|(?:[A-ZА-ЯЁЂ-ЏΑ-Ω][A-Z]?[a-zа-яёђ-џα-ω]{{0,2}}|\d{{1,3}}(?:[A-Z][a-z]{{0,2}})?)"
    r"(?![\w\u0900-\u097F]))"
)
# After the first, where a label's stopped abbreviation ("No. 2:25-mj-53876", "Az. ST/…") is
# not: the label's own pass reads it.
_REF_LEAD_STOPPED = r"(?:[A-ZА-ЯЁЂ-ЏΑ-Ω][a-zа-яёђ-џα-ω]{0,2}\.(?![\w\u0900-\u097F]))"
# Commonwealth courts number a case within its year: "E3532 of 2025" (Kenya), "No. 45 of 2024".
# Tanzania writes the same in Swahili: "904 ya 2025".
_YEAR_OF = r"(?:[ ](?:of|ya)[ ](?:19|20)\d{2}(?![\w]))"
_ABBREVIATED_END = (
    rf"(?:(?:{'|'.join(f'(?<=[.]{ending})' for ending in REFERENCE_ABBREVIATED_ENDINGS)})\.)"
)
_CASE_VALUE = re.compile(
    rf"(?:{_REF_LEAD}[ ](?:(?:{_REF_LEAD}|{_REF_LEAD_STOPPED})[ ]){{0,2}}(?=[\w\u0900-\u097F/.:-]*\d)"
    rf"|(?:{_REF_QUALIFIER}[ ])*)"
    # A token after a register word is its number ("Mod. 21", "لسنة 2025"), never the sentence's
    # next word ("2025/2776 Soruşturma sayılı talebiniz").
    rf"{_REF_TOKEN}(?:[ ]{_REF_QUALIFIER}(?:[ ](?=[\w\u0900-\u097F/.:-]*\d){_REF_TOKEN})?){{0,3}}"
    # An Indonesian court number ends with the court's seat: "898/Pid.Sus/2024/PN Tjh".
    rf"(?:(?:{'|'.join(f'(?<=/{code})' for code in INDONESIAN_COURT_CODES)})[ ][A-Z][a-z]{{1,4}}(?![\w]))?"
    rf"{_YEAR_OF}?{_ABBREVIATED_END}?"
)
# Spain's general identification number of a proceeding (NIG: municipality, jurisdiction,
# court, year, serial), printed in groups: "NIG 28079 43 2 2026 3409114".
_NIG = re.compile(
    r"N(?<![\w]N)IG(?:[ ]?:[ ]*(?P<digits>\d)|[ ]?\d)\d{4}[ ]?\d{2}[ ]?\d[ ]?(?:19|20)\d{2}[ ]?\d{7}(?!\d)"
)
# Colombia's single number of a criminal report (SPOA, Ley 906 de 2004: municipality's DANE
# code, entity, unit, office, year, serial; 21 digits), printed in groups:
# "05001 60 00 206 2025 43043", read after a label as one number though its groups part it.
_SPOA = re.compile(r"\d{5}[ ]\d{2}[ ]\d{2}[ ]\d{3}[ ](?:19|20)\d{2}[ ]\d{5}(?![\w]|[ ]\d)")
# A question in a chat naming a case number's label ("ok, č. j.?"), answered by the next
# message alone: "[04:41] Duty officer: 1 T 481/2024".
_CHAT_ANSWER = re.compile(
    r"\?[ ]*\n(?:\[[^\]\n]{1,24}\][ ]*)?[^\n:]{1,40}:[ ]*(?P<value>[^\n]{1,60}?)[ ]*(?:\n|$)"
)
# Court and prosecution numbers in Taiwan (year of the Republic 年度, register 字, serial 第…號:
# "113年度偵字第1234號"), Japan (era year, register in brackets: "令和6年(わ)第123号") and
# Korea (year, case type, serial: "2024고단1234").
_TAIWAN_CASE_NUMBER = re.compile(r"\d(?<![\w]\d)\d{1,2}年度[\u4e00-\u9fff]{1,4}字第\d{1,7}[號号]")
_TAIWAN_LANDMARK = re.compile("年度")
_JAPANESE_CASE_NUMBER = re.compile(
    r"[令平](?<![^\W\u3040-\u30ff\u4e00-\u9fff][令平])(?:和|成)(?:元|\d{1,2})年(?:[(（][\u3040-\u30ff\u4e00-\u9fff]{1,3}[)）]|[\u4e00-\u9fff])第\d{1,7}号"
)
# A prosecutor's register is also written as one ideograph without brackets: "令和7年検第123号"
# (検, the public prosecutors office's register of cases).
# Brazil's Federal Police number an inquiry by its serial, year and the units that hold it:
# "IPL 1234/2025-SR/PF/SP", "IPL 123/2026-DELECIBER/DRCOR/SR/PF/SP" (Instrução Normativa
# DG/PF 255/2023): the shape is the register's, whatever the sentence around it.
_BRAZIL_IPL = re.compile(
    r"I(?<![\w]I)PL[ ]\d{1,6}/(?:19|20)\d{2}-[A-Z]{2,12}(?:/[A-Z]{2,12}){1,6}(?![\w/])"
)
_BRAZIL_IPL_LANDMARK = re.compile("IPL ")
# Azerbaijani names a case by its number before "saylı" (numbered): "251012345 saylı işə",
# "… saylı cinayət işinə" (to the criminal case numbered …).
_NUMBERED_CASE_AZ = re.compile(
    r"\d(?<![\w/-]\d)[\d()/-]{4,24}(?<=\d)(?=[ ]saylı[ ](?:cinayət[ ])?iş)"
)
_SAYLI_LANDMARK = re.compile("saylı")
_KOREAN_CASE_NUMBER = re.compile(
    r"(?:1(?<![\w]1)9|2(?<![\w]2)0)\d{2}(?:고단|고합|고정|고약|노|도|형제|가단|가합|가소|구합|"
    r"누|두|카단|카합|초기|버)\d{1,7}(?![\w])"
)
_KOREAN_CASE_TYPE_LANDMARK = re.compile(r"[고노도형가구누두카초버](?<=\d.)")
# A reference after a bare noun ("diligencias 2026-933018-57319287") is shaped only as one:
# four digits or more, joined by "/", "-" or ":", or with register words; not a date.
_REFERENCE_JOINED = re.compile(r"\w[/:-]\w|[ ]")
_ONLY_DATE_OR_YEARS = re.compile(
    r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d{2}[/-](?:19|20)?\d{2}"
)
# A number in groups ("098725 66280") is a phone number or an amount, not a reference.
_DIGIT_GROUP_AFTER = re.compile(r"[ ]\d")
# After a bare noun ("menggunakan nomor 0816-3234-2749"), a national trunk prefix and groups
# of three or four digits make a phone number.
_PHONE_SHAPED = re.compile(r"0\d{2,4}(?:-\d{3,4}){1,3}")
# Brazilian unified court numbers (CNJ Resolution 65/2008): NNNNNNN-DD.AAAA.J.TR.OOOO, DD an
# ISO 7064 mod 97-10 check on the other digits.
_CNJ = re.compile(
    r"(?P<n>\d(?<![\w.-]\d)\d{6})-(?P<dd>\d{2})\.(?P<a>\d{4})\.(?P<j>\d)\.(?P<tr>\d{2})\.(?P<o>\d{4})(?![\w-]|\.\d)"
)
_CNJ_LANDMARK = re.compile(r"-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}")
# Chinese document and court numbers (GB/T 9704-2012 §7.3.4 发文字号: issuer, year in 〔〕,
# serial, 号; court case numbers (2024)京0117刑初732号).
# An issuer's code holds up to eight characters: a province's one-letter abbreviation, the
# organ's and the document kind's ("京公网安调证字").
_CJK_CASE_NUMBER = re.compile(
    r"(?:[\u4e00-\u9fff]{1,8}(?:\([\u4e00-\u9fff]{1,4}\)[\u4e00-\u9fff]{0,4})?)?"
    r"[〔\[(](?:19|20)\d{2}[〕\])][\u4e00-\u9fff\d]{0,12}?\d{1,6}号"
)
# A label written against a Chinese number ("案号（2024）京0117刑初732号") is not its issuer.
_CJK_LABEL_START = re.compile(r"案号|文号|编号|案件编号|立案编号|事件番号|受理番号|番号")
# An e-mail's subject that is a reference alone, or a title and a reference after a dash,
# up to the end of its line; a reply's or forward's prefix may stand before it.
_SUBJECT_LINE = re.compile(
    rf"^[ >]*(?:{'|'.join(SUBJECT_HEADERS)})[ ]*[:：][ ]*"
    # A mail flattened from HTML repeats the header in the letter's language ("Subject:
    # Objet: …").
    rf"(?:(?:{'|'.join(SUBJECT_HEADERS)})[ ]*[:：][ ]*)?"
    r"(?:(?:RE|Re|AW|Aw|Fwd?|FW|TR|WG|R|Rif|RV|Odp|ENC|Ответ)[ ]?:[ ]*)*"
    # A title and the reference in brackets after it: "Ämne: FRAMSTÄLLNING OM RÄTTSLIG
    # HJÄLP (5000-K519126-24)".
    r"(?:[^\n]{0,160}?[ ]\((?P<bracketed>[^()\n]{1,60})\)"
    # After a dash, the reference is what follows the last one ("URGENT — title — P/12/2024").
    r"|(?:[^\n]{0,160}[ ][—–-][ ]+)?(?P<value>[^\n]{1,60}?)"
    # Or the reference first and the title after an HTML dash ("1/9348-25 &ndash; title").
    r"(?:[ ]+&[nm]dash;[ ][^\n]{1,160}?)?)[ ]*$",
    re.MULTILINE,
)
_YEAR_NUMBER = re.compile(r"(?:1(?<![\w/.]1)9|2(?<![\w/.]2)0)\d{2}/\d{3,6}(?![\w/])")
_EU_ACT_BEFORE = re.compile(rf"\((?:{'|'.join(EU_LEGAL_ORDER_MARKS)})\)[ ]*(?:n[°º.][ ]*)?$")
_ART = (
    r"(?:[Aa]rticles?|[Aa]rtt?\.|ART\.|[Aa]rtículos?|[Aa]rtigos?|[Aa]rtikel|[Aa]rtikkel(?:en)?|[Aa]rticolo|§§?|"
    r"[Aa]rtykuł(?:u|y|ów)?|[Aa]rticolul|[Aa]rtikla|[Čč]lán(?:ek|ku|ky)|[Čč]l\.|"
    r"[Ss]ections?|[Сс]татья|[Сс]татьи|[Сс]татт(?:я|і|ею)|[Сс]т\.|[Άά]ρθρ(?:ο|ου|α)|"
    r"المادة|المواد|الفصل|धारा|कलम|अनुच्छेद|Pasal|pasal|"
    # Malay "seksyen", Serbian "члан" and "član" in their cases ("члана 302").
    r"[Ss]eksyen|[Чч]лан(?:а|у|ом)?|[Čč]lan(?:a|u|om)?|"
    # Bulgarian "чл." (член); Tagalog "seksyon" and "artikulo".
    r"[Чч]л\.|[Ss]eksyon|[Aa]rtikulo)"
)
# An article number with what may follow it: sub-numbers ("186.1"), a letter ("66D", "100j",
# Devanagari "66सी"), an ordinal mark ("14.º"), a Latin ordinal ("615-ter", "197 bis",
# "588 ter j") and paragraphs in brackets ("2703(d)", "66 (ड)"); French codes prefix L., R., D.
# Latin ordinals may also be written against the number ("88bis", "615ter"), and Dutch and
# Belgian codes insert articles with one or two lower-case letters ("126ng", "138ab").
_NUM = (
    r"(?:[LRD]\.?[ ]?(?=\d))?\d+(?:\.\d+)*"
    r"(?:bis|ter|quater|quinquies|sexies|septies|octies|[a-z]{1,2}|[A-Z]|[\u0391-\u03a9]"
    r"|[\u0915-\u0939][\u093E-\u094D]?|[а-я])?(?![\w])"
    r"(?:\.?[ºª°])?(?:[ -](?:bis|ter|quater|quinquies|sexies|septies|octies|[A-Z]|مكرر)(?![\w])"
    r"(?:[ ](?:[a-z]|\d{1,2})(?![\w.]))?)?(?:[ ]?\([\w\u0900-\u097F]{1,4}\))*"
)
# Subdivisions after the number: "Abs. 1", "al. 2", "para. 3", "п. 2".
# Polish, Romanian, Indonesian and Portuguese write "§ 1", "ust. 1", "alin. (1)", "ayat (1)",
# "§ 1º"; Czech "odst. 1" (odstavec), Serbian "став 2", Greek "παρ. 2".
_SUBDIVISION = (
    r"(?:,?[ ]+(?:Abs\.|Satz|Nr\.|Ziff\.|lit\.|al\.|alinéa|para\.|par\.|п\.|§|ust\.|pkt|alin\.|"
    # Slovak "ods. 1" (odsek) and "písm. b)" (písmeno, letter), Danish and Norwegian "stk. 4"
    # (stykke) and "nr. 2".
    r"ayat|odst\.|ods\.|stk\.|nr\.|став|stav|παρ\.)[ ]?(?:\d+[a-z]?(?:\.?[ºª°])?|\(\d+\))(?![\w]),?"
    r"|[ ]písm\.[ ]?[a-z]\))"
)
_CONTINUATION = r"(?:et suivants|et s\.|ff\.?|and following|y siguientes|e seguintes|und folgende)"
# A capitalised article word opens the next reference, not another word of this title ("§ 148a
# StGB und Art. 16 …").
_ART_CAPITALISED = (
    r"(?:Art|Artt|Article|Articles|Artikel|Artículo|Artigo|Articolo|Section|Чл|Ст)\.?"
)
_WORD = rf"(?!(?:{'|'.join(REQUEST_OPENERS)}|{_ART_CAPITALISED})(?![\w]))(?:[A-ZÀ-ÝЀ-ЯΆΈ-ΏΑ-ΩČĆĐŠŽŘŇŤĎŐŰŁŚŹŻ][\w'’.-]*|(?:procédure|pénale|penal|procedure|criminal|criminal|processo|procedimiento|уголовно-процессуального)(?![\w]))"
_CONNECTOR = (
    r"(?:του περί|της περί|de la|de l'|of the|du|des|de|of|on|the|für|über|del|della|dello|dei|delle|di|da|do|dos|"
    r"der|y|et|and|e|sur|sobre|кодекса|из|о|об|من|van de|van het|van|inzake|o|w sprawie|om|"
    # Tagalog "ng" (of): "Seksyon 14 ng Batas Republika Blg. 10175".
    r"privind|про|щодо|din|του|της|των|i|dan|от|περί|ng)"
)
# After a conjunction comes another title or article ("du Code pénal et l'article 29", "do
# Código Penal e do artigo 6.º"), or more of this title after its own connector ("code des postes
# et des communications électroniques"), never a word of the sentence ("Penales y en el …").
_CONJUNCTION = r"(?:y|et|and|e|und|i|dan|и|و|και|és)"
# Elided articles and prepositions stand against the next word ("Code d'instruction
# criminelle", "codice dell'amministrazione digitale").
_ELIDED = r"(?:d|l|dell|dall|all|nell|sull|de l)['’]"
_CONNECTING = rf"(?:{_CONNECTOR}[ ]+|{_ELIDED})"
_STATUTE = (
    rf"(?i:{'|'.join(STATUTE_NOUNS)})(?![\w])"
    rf"(?:[ ]+(?i:{'|'.join(STATUTE_ADJECTIVES)})(?![\w]))?"
)
# A word in a title after a connector may be in lower case ("de procédure pénale",
# "sur la cybercriminalité", "о компьютерных преступлениях"): one noun and one adjective.
_ANY_WORD = r"[^\W\d_][\w'’-]*"
# A title may hold words in brackets before its last word ("Crime (Overseas Production
# Orders) Act 2019"); brackets after it are the sentence's.
_TITLE_BRACKETS = (
    rf"\({_WORD}(?:[ ]+(?:{_WORD}|{_CONNECTOR})){{0,6}}\)(?=[ ]+(?:{_STATUTE}|{_WORD}))"
)
# A title word of four letters or more closed by a stop ends the sentence ("… Budapester
# Konvention. Ein Rechtshilfeersuchen folgt"); abbreviations are shorter ("Sv.", "c.p.p.").
_TITLE_REST = (
    rf"(?:(?<![^\W\d_]{{4}}\.)[ ]+(?:{_STATUTE}|{_WORD}|{_TITLE_BRACKETS}"
    rf"|{_CONJUNCTION}[ ]+(?:{_CONNECTING}?(?:{_STATUTE}|{_WORD})|{_CONNECTING}{{1,2}}"
    rf"(?!(?:{_ELIDED})?{_ART}(?![\w])){_ANY_WORD}(?:[ ]+(?!{_CONNECTOR}[ ]){_ANY_WORD}(?=[ ]*(?:[,.;:)\n]|$)))?)"
    rf"|(?!{_CONJUNCTION}[ ]){_CONNECTING}{{1,2}}"
    rf"(?:{_STATUTE}|{_WORD}|{_ANY_WORD}(?:[ ]+(?!{_CONNECTOR}[ ]){_ANY_WORD}(?=[ ]*(?:[,.;:)\n]|$)))?)))"
)
_YEAR_TAIL = (
    rf"(?:(?:{'|'.join(f'(?<={ending})' for ending in YEAR_TITLE_ENDINGS)}),?[ ]+(?:19|20)\d{{2}}"
    r"(?![\w/]))"
)
# The number of an act, with the legal order that issued it ("Regulation (EU) 2023/1543",
# "règlement (UE) n° 910/2014", "Directive 2002/58/EC").
_LEGAL_ORDERS = r"EU|UE|EG|EC|CE|EEC|CEE|EWG|EU[ ]?Euratom|JHA|JAI|ЕС|EÚ|AB|ΕΕ"
_NUMBER_TAIL = (
    rf"(?:(?:[ ]+\((?:{_LEGAL_ORDERS})\))?[ ]+(?:n\.?[ ]?[ºo°]\.?|no\.?|n°|nr\.?|№)?[ ]*"
    # Cyprus numbers its laws within a year and series ("Ν. 22(III)/2004").
    rf"(?:\d{{1,3}}\.\d{{3}}|\d{{1,5}})(?:\([IVX]{{1,4}}\))?/\d{{2,4}}(?:/(?:{_LEGAL_ORDERS}))?(?![\w/])"
    # Commonwealth acts by number and year ("Criminal Procedure Act 51 of 1977"), Philippine
    # republic acts by number ("RA 10175", "R.A. No. 10175").
    r"|(?<=Act)[ ]+(?:No\.?[ ]?)?\d{1,5}[ ]of[ ](?:19|20)\d{2}(?![\w/])"
    # Tagalog numbers them after "Blg." (bilang, number): "Batas Republika Blg. 10175".
    r"|(?:(?<=RA)|(?<=R\.A\.)|(?<=No\.)|(?<=Blg\.))[ ]+(?:No\.?[ ]?)?\d{3,5}(?![\w/])"
    # Russian federal laws by number and "ФЗ" ("Федерального закона 115-ФЗ").
    r"|(?<=закона)[ ]+(?:№[ ]?)?\d{1,4}-ФЗ(?![\w]))"
)
# Malay acts end with their year ("Akta Jenayah Komputer 1997", "Akta Komunikasi dan
# Multimedia 1998"), whatever their last word.
_AKTA_TITLE = (
    rf"Akta(?:[ ]+(?:(?:dan|dalam|bagi|untuk)[ ]+)?{_WORD}){{1,8}}"
    r"(?:,?[ ]+(?:19|20)\d{2}(?![\w/]))?"
)
# Titles in scripts without capitals: Devanagari words up to the word naming the statute's kind
# ("... प्रक्रिया संहिता"), or in Arabic the kind first, a word, then words with the article
# ("اتفاقية بودابست", "قانون المسطرة الجنائية"). Vowel signs are not \w in re: ranges instead.
_DEVA_WORD = r"[\u0900-\u0963\u0970-\u097F]+"
_ARABIC_WORD = r"[\u0620-\u065F\u066E-\u06D3]+"
_DEVA_ENDING = rf"(?:{'|'.join(DEVANAGARI_LAW_ENDINGS)})(?![\u0900-\u097F])"
_DEVA_TITLE = rf"(?:{_DEVA_WORD}[ ]+){{0,4}}?{_DEVA_ENDING}"
# Before its section, a title is a listed statute or one word and its kind ("सूचना
# प्रौद्योगिकी अधिनियम, 2000 की धारा 66C", "बुडापेस्ट कन्वेंशन के अनुच्छेद 29"), with its year.
_DEVA_TITLE_FIRST = (
    rf"(?:{'|'.join(DEVANAGARI_STATUTES)}"
    rf"|(?<![\u0900-\u097F])(?!(?:{'|'.join(DEVANAGARI_NOT_TITLE)})[ ,])(?:{_DEVA_WORD}[ ]+)?"
    rf"{_DEVA_ENDING})(?:,?[ ]+(?:19|20)\d{{2}}(?![\w]))?"
)
# A law's number and year follow its kind and any words naming it ("القانون رقم 175 لسنة
# 2018", "المرسوم بقانون اتحادي رقم 34 لسنة 2021").
_ARABIC_TITLE = (
    rf"(?:من[ ]+)?(?:(?:{'|'.join(ARABIC_LAW_NOUNS)})(?:[ ]+(?!رقم){_ARABIC_WORD}){{0,3}}?"
    r"[ ]+رقم[ ]+\d{1,5}(?:[ ]+لسنة[ ]+\d{4}|/\d{4})?(?![\w/])"
    # The law's subject after its number ("… لسنة 2015 بشأن مكافحة جرائم تقنية المعلومات").
    rf"(?:[ ]+بشأن(?:[ ]+{_ARABIC_WORD}){{1,6}}?(?=[ ]*(?:[.،؛:\n]|$)))?"
    rf"|(?:{'|'.join(ARABIC_CHAIN_NOUNS)})(?:[ ]+(?!ال){_ARABIC_WORD}){{1,3}}"
    rf"(?:[ ]+ال{_ARABIC_WORD}){{1,3}}"
    # Its number and year after the title ("قانون مكافحة جرائم تقنية المعلومات رقم 175 لسنة 2018").
    r"(?:[ ]+رقم[ ]+\d{1,5}(?:[ ]+لسنة[ ]+\d{4}|/\d{4})(?![\w/]))?"
    # A title's words may be joined by "و" (and) written against the next one ("قانون
    # الإجراءات والمحاكمات الجزائية").
    rf"|(?:{'|'.join(ARABIC_LAW_NOUNS)})[ ]+{_ARABIC_WORD}(?:[ ]+و?ال{_ARABIC_WORD}){{0,3}})"
)
_DEVA_OF = r"(?:[ ]+(?:की|के|का|च्या|चे|ची|चा))?"
_LEGAL_PATTERN = (
    rf"(?<![\w])(?=[AaSsPpСсЧчČčΆάماध§कअ])(?:[Чч]\.[ ]?\d+[ ]+)?{_ART}[ ]?{_NUM}"
    rf"(?:[ ]*(?:,|/|à|to|-|–|et|and|y|und|e|и|و)[ ]*{_NUM})*{_SUBDIVISION}*"
    rf"(?:,?[ ]+{_CONTINUATION})?"
    rf"(?:[ ]+(?:{_AKTA_TITLE}|{_CONNECTING}?(?:the[ ]+)?(?:{_STATUTE}|{_WORD}){_TITLE_REST}{{0,6}}"
    rf"{_NUMBER_TAIL}?{_YEAR_TAIL}?"
    rf"|{_DEVA_TITLE}{_YEAR_TAIL}?|{_ARABIC_TITLE}))?"
    # The title before the section, as Indian statutes are cited in Hindi and Marathi.
    rf"|(?=[\u0905-\u0939])(?:{_DEVA_TITLE_FIRST}){_DEVA_OF}[ ]+(?:धारा|कलम|अनुच्छेद)[ ]?{_NUM}"
    # The United States Code: title, "U.S.C.", section ("18 U.S.C. § 2703(d)").
    r"|(?<![\w.])\d{1,2}[ ]U\.?S\.?C\.?(?:A\.?)?[ ]?(?:§§?[ ]?)?\d+[a-z]?(?:\([\w]{1,4}\))*"
    # Chinese articles, with an inserted article's "之一" ("第二百八十七条之一").
    # Japanese inserted articles and paragraphs: "第246条の2", "第83条第3項".
    # Traditional characters too, as Taiwan writes them ("第11條之1").
    r"|(?=[《第])(?:《[^》\n]{1,40}》)?第[一二三四五六七八九十百千零〇两\d]+[条條]"
    r"(?:之(?:[一二三四五六七八九十]+|\d{1,2}(?!\d))|の\d+(?![\d]))?"
    r"(?:第[一二三四五六七八九十百千零〇\d]+[款項])?"
    # Korean articles ("제48조", "제48조의2 제1항").
    r"|제(?<![^\W법]제)\d+조(?:의\d+)?(?:[ ]?제\d+항)?"
)
# Articles start a word; Devanagari titles, Chinese and Korean articles may start anywhere.
_LEGAL = re.compile(
    _led_by(
        r"AaSsPpСсЧчČčΆάماध§कअ\u0905-\u0939《第제",
        _LEGAL_PATTERN,
        r"(?:(?<=[\u0905-\u0939《第제])|(?<![\w].)(?<!\d))",
    )
)
# The United States Code starts with its title's number, one or two digits before " U": led by
# every digit, the scan above cost 55 ms per dense megabyte, 24 of them for the digits (a dense
# megabyte holds 190,000); the rare " U" is found with str.find instead, and the pattern tried
# from the one or two digits before it.
_LEGAL_FROM_TITLE_NUMBER = re.compile(_led_by(r"\d", _LEGAL_PATTERN, r"(?<![\w.].)(?=\d?[ ]U)"))
# A date may be written against its time ("2024-06-0123:04:09", "2025/10/2212:34:35"): two
# digits of day, then a clock's two digits and colon.
_YMD = re.compile(
    r"\d(?:(?<![\d.]\d)\d{3}(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:(?![\d]|\.\d)|(?<=[./-]\d\d)(?=\d{2}:\d{2}(?!\d)))"
    r"|\d{3}[ ]?[年년][ ]?(?P<cm>\d{1,2})[ ]?[月월][ ]?(?P<cd>\d{1,2})[ ]?[日일])"
)
# Searched from the separator after the year or from 年 and 년 (5 ms per dense megabyte), not
# from each of the 190,000 digits (19 ms): the year's second alternative has no boundary
# before it, so the plain scan tried every digit.
_YMD_LANDMARK = re.compile(r"[./\-年년](?:(?<=\d\d\d\d[./-])(?=\d{1,2}[./-])|(?<=[年년]))")
# Korean and Hungarian dates: year, month and day each closed by a stop ("2025. 5. 22."); the
# last stop is often left out ("2024. 08. 26").
_YMD_STOPS = re.compile(
    r"(?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{2}\.[ ](?P<m>\d{1,2})\.[ ](?P<d>\d{1,2})\.?(?!\d)"
)
# Czech, Slovak, Serbian, Croatian and Slovene dates: day and month each closed by a stop and a
# space ("21. 4. 2024", CLDR short pattern "d. M. y"); only day first writes them so.
_DMY_STOPS = re.compile(r"\d(?<![\d.]\d)\d?\.[ ](?P<m>\d{1,2})\.[ ](?P<y>(?:19|20)\d{2})(?!\d)")
# Swedish, Danish and Norwegian day and month with a slash, the year after a space ("17/10
# 2025", "den 4/6 2025"); searched from the slash.
_DM_SPACE_Y = re.compile(r"\d(?<![\d./]\d)\d?/(?P<m>\d{1,2})[ ](?P<y>(?:19|20)\d{2})(?![\d/])")
_DM_SPACE_Y_LANDMARK = re.compile(r"/\d{1,2}[ ](?:19|20)\d{2}(?![\d/])")
# Vietnamese names its months by number ("ngày 7 tháng 7 năm 2024"; CLDR vi long date "d MMMM,
# y" with month names "tháng 1" to "tháng 12").
_VIETNAMESE_DATE = re.compile(
    r"\d(?<![\w.]\d)\d?[ ](?:tháng|Tháng|THÁNG)[ ](?P<m>\d{1,2}),?[ ](?:năm|Năm|NĂM)[ ]"
    r"(?P<y>\d{4})(?!\d)"
)
# A literal landmark is searched fastest: "háng" of "tháng" (a date in capitals is its own
# pass's, "THÁNG", not this one's).
_THANG_LANDMARK = re.compile("háng")
# Japanese era dates ("令和6年4月6日", "平成元年1月8日").
_STOPS_LANDMARK = re.compile(r"\.[ ]\d{1,2}\.[ ]\d")
_JAPANESE_ERA_DATE = re.compile(
    rf"(?P<era>{'|'.join(JAPANESE_ERAS)})(?P<y>元|\d{{1,2}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日"
)
_DMY = re.compile(
    r"(?P<a>\d(?<![\d.:/]\d)\d?)(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d]|\.\d)"
)
# Searched from the separator before the year (15 ms per dense megabyte led by every digit).
_DMY_LANDMARK = re.compile(
    r"[./-](?:(?<=\d[./-]\d[./-])|(?<=\d[./-]\d\d[./-]))(?=\d{4}(?!\d|\.\d))"
)
# Two-digit years ("23/06/24", "24.05.25"): day and month written with two digits each and
# nothing dotted or slashed around, so versions ("1.2.24", "v10.12.23") and fractions stay out.
# Day and month may also go unpadded where a time follows ("13/8/25, 08:43 -", "[2.9.24]
# 09:14", "5.12.24 18:55", "27/3/25 saa 07:48"): a chat's line prefix or a login's moment, where
# a version number has no clock after it.
_DMY_SHORT = re.compile(
    r"(?P<a>\d(?<![\w.:/,-]\d)\d?)(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{2})(?![\w]|[.:/,-]\d)"
    r"(?:(?<=\d\d[./]\d\d[./]\d\d)|(?=\]?,?[ ](?:[^\W\d]{1,4}\.?[ ])?\d{1,2}[:.]\d{2}(?!\d|\.\d)))"
)
# Hebrew letters write day and month without a leading zero before a two-digit year ("21.1.25",
# CLDR he short pattern "d.M.y"): read so in Hebrew text only, after the version check.
_DMY_SHORT_UNPADDED = re.compile(
    r"(?P<a>\d(?<![\w.:/,-]\d)\d?)\.(?P<b>\d{1,2})\.(?P<y>\d{2})(?![\w]|[.:/,-]\d)"
)
# Both searched from the separator before the year (see _IPV4_BROKEN_LANDMARK).
_SHORT_YEAR_LANDMARK = re.compile(r"[./](?<=\d[./])\d\d(?![\w]|[.:/,-]\d)")
_UNPADDED_SHORT_DATE_LANGUAGES = frozenset({"he"})
_CHINESE_NUMERAL = "〇零一二三四五六七八九"
# A year digit by digit, month and day with 十 ("二〇二三年十月九日", "二〇二五年八月二十一日").
_CHINESE_DATE = re.compile(
    rf"(?P<y>[{_CHINESE_NUMERAL}]{{4}})年(?P<m>[{_CHINESE_NUMERAL}十]{{1,3}})月"
    rf"(?P<d>[{_CHINESE_NUMERAL}十]{{1,3}})日"
)
_TIME = re.compile(
    r"(?<!\d)(?P<h>[01]?\d|2[0-3])[ ]?(?:h|H|:|ч\.?|时|點|点)[ ]?(?P<mi>[0-5]\d)(?:[ ]?(?::|m|min)[ ]?(?P<s>[0-5]\d))?(?!\d)"
)
# Led by their first letters, as the words before a candidate are (see _PHONE_WORD_SEARCH):
# "(?<![\w])(?:UTC|GMT)[ ]?(?P<sign>[+\-−])…|(?<![\w])(?:UTC|GMT|Z)(?![\w])" and
# "(?:port|puerto|…)[ ]*…" (re.I), each searched in a few dozen characters after an address or
# a time.
_OFFSET = re.compile(
    r"[UGZ](?<![\w].)(?:(?:(?<=U)TC|(?<=G)MT)[ ]?(?P<sign>[+\-−])[ ]?(?P<h>\d{1,2})"
    r"(?::?(?P<m>\d{2}))?|(?:(?<=U)TC|(?<=G)MT|(?<=Z))(?![\w]))"
)
_PORT_INITIALS, _PORT_ALTERNATION = _word_led(
    ("port", "puerto", "porta", "порт", "端口", "पोर्ट", "منفذ")
)
_PORT_WORDS = re.compile(
    rf"[{_PORT_INITIALS}]{_PORT_ALTERNATION}[ ]*[:：]?[ ]*(?P<port>\d{{1,5}})(?!\d)"
)
_OCR_MARKS = re.compile("[\uff00-\uffef\ufb00-\ufb06\u3000]")


def _month_key(name: str) -> str:
    """The spelling a month name is looked up by, whatever case re.IGNORECASE matched it in."""
    # IGNORECASE matches "ſ" for "s", "İ" and "ı" for "i", "K" (Kelvin) for "k": character by
    # character, as the regex engine folds them ("İ".lower() is two characters).
    return "".join(char.casefold()[:1] for char in name).replace("ı", "i")


def _month_number(name: str) -> int:
    """The number of a month name as matched."""
    # Its lower case is the key of every spelling but those matched through "ſ", "İ" or "ı",
    # which take the slower folding.
    number = _MONTH_NUMBERS.get(name.lower())
    return number if number is not None else _MONTH_NUMBERS[_month_key(name)]


def _month_alternation() -> tuple[str, dict[str, int]]:
    numbers: dict[str, int] = {}
    spellings_found: list[str] = []
    # Solar Hijri months are numbered 13 to 24: the date's calendar comes with its month name.
    calendars = [(names, 0) for names in (*MONTHS.values(), *ABBREVIATED_MONTHS.values())]
    for names, shift in [*calendars, (SOLAR_HIJRI_MONTHS, _SOLAR_HIJRI_SHIFT)]:
        for index, spellings in enumerate(names, start=1 + shift):
            for spelling in spellings:
                key = _month_key(spelling)
                if numbers.setdefault(key, index) != index:
                    raise ValueError(f"{spelling!r} names two months")
                spellings_found.append(spelling)
    return _trie_alternation(spellings_found), numbers


_SOLAR_HIJRI_SHIFT = 12


def _trie_alternation(words: Iterable[str]) -> str:
    """One regular expression for many words, factored by shared prefixes."""
    # CPython's re tries every branch of a flat alternation in turn at each position; a prefix
    # tree tries one branch per character. Longer words come first at every node (children
    # before the end mark), as the longest-first flat alternation did.
    tree: dict[str, Any] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    return render(tree)


_MONTH_PATTERN, _MONTH_NUMBERS = _month_alternation()
# The prefix tree's first level holds one branch per initial letter.
_MONTH_INITIALS, _MONTH_LED = _word_led(_top_level_branches(_MONTH_PATTERN[3:-1]))
# The day leads: "«" or its first digit, then the character before is checked.
# Logs and forms join day, abbreviated month and year with hyphens ("19-mar-2024",
# "16-Nov-2024"); Thai writes its era's mark before the year ("7 พฤศจิกายน พ.ศ. 2567").
_ERA_MARK = "|".join(re.escape(mark) for mark in THAI_ERA_MARKS)
# Maltese "12 ta' Marzu 2025", Irish "12ú lá de Mhárta 2025" (patterns/calendars.py).
_DAY_ORDINALS = "|".join(re.escape(ending) for ending in DAY_ORDINAL_ENDINGS)

_DAY_MONTH_WORDS = "|".join(DAY_MONTH_WORDS)
_NAMED_DATE = re.compile(
    r"[«\d](?<![\w].)(?:(?<=«)(?P<d>\d{1,2})|(?<=\d)(?P<unit>\d?))"
    rf"»?(?:(?:er|st|nd|rd|th|º|°|\.|{_DAY_ORDINALS})?[ ]+(?:de[ ]+|d['’]|{_DAY_MONTH_WORDS})?"
    rf"|(?P<dash>-))(?P<m>{_MONTH_PATTERN})"
    rf"(?(dash)-|\.?,?[ ]+(?:de[ ]+|del[ ]+|(?:{_ERA_MARK})[ ]?)?)(?P<y>\d{{4}})(?!\d)",
    re.IGNORECASE,
)
# Welsh writes an ordinal day, "o" (of) and the soft-mutated month: "12fed o Fawrth 2025",
# "1af o Ionawr 2025" (patterns/calendars.py). Searched from the literal " o ": a branch of
# the named date's pattern would be tried after every digit of a text.
_WELSH_DATE = re.compile(
    rf"\d(?<![\w.]\d)\d?(?:{_trie_alternation(WELSH_DAY_ORDINAL_ENDINGS)})[ ]+o[ ]+"
    rf"(?P<m>(?i:{_MONTH_PATTERN}))\.?,?[ ]+(?P<y>\d{{4}})(?!\d)"
)
_WELSH_DATE_LANDMARK = re.compile(r"[ ]o[ ]")
# Hungarian writes the year first, then the month's name and the day ("2024. május 27.");
# Lithuanian writes "m." (metai, year) after the year ("2025 m. kovo 12 d."), the day's "d."
# outside the date as Russian "г." and Polish "r." are.
_YEAR_FIRST_MONTHS = _trie_alternation(
    spelling
    for language in YEAR_FIRST_MONTH_LANGUAGES
    for table in (MONTHS, ABBREVIATED_MONTHS)
    for spellings in table.get(language, ())
    for spelling in spellings
)
_NAMED_DATE_YEAR_FIRST = re.compile(
    r"(?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{2}(?:\.|[ ]m\.)[ ]"
    rf"(?P<m>(?i:{_YEAR_FIRST_MONTHS}))\.?[ ](?P<d>\d{{1,2}})(?!\d)"
)
# Sinhala writes the year, the month and the day with spaces alone ("2024 ජූලි 26"): searched
# from the month's name, in a script no other language writes (patterns/calendars.py).
_YEAR_SPACE_MONTHS = _trie_alternation(
    spelling
    for language in YEAR_SPACE_MONTH_LANGUAGES
    for spellings in MONTHS[language]
    for spelling in spellings
)
_NAMED_DATE_YEAR_SPACE = re.compile(
    rf"(?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{{2}}[ ](?P<m>{_YEAR_SPACE_MONTHS})[ ](?P<d>\d{{1,2}})(?!\d)"
)
_YEAR_SPACE_LANDMARK = re.compile(rf"{_YEAR_SPACE_MONTHS}[ ]\d")
# Every Sinhala month's name holds the vowel sign "ි" or the virama "්": a text without either
# has none, and str.find rules it out faster than the landmark's scan.
_YEAR_SPACE_SIGNS = ("\u0dd2", "\u0dca")
# Latvian and Georgian write the year, a word for "year", the day and the month: "2025. gada 7.
# janvārī", "2025 წლის 12 მარტს"; Armenian the year, its word, the month and the day: "2025
# թվականի մարտի 12" (patterns/calendars.py). Searched from the word.
_YEAR_WORD_BEFORE_DAY = "|".join(YEAR_WORDS_BEFORE_DAY)
_YEAR_WORD_BEFORE_MONTH = "|".join(YEAR_WORDS_BEFORE_MONTH)
_YEAR_GADA_DATE = re.compile(
    rf"(?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{{2}}(?:{_YEAR_WORD_BEFORE_DAY})[ ](?P<d>\d{{1,2}})"
    rf"(?:\.?[ ]|-)(?P<m>(?i:{_MONTH_PATTERN}))(?![\w])"
)
# Mongolian numbers its months: "2025 оны 3 дугаар сарын 12", "2025 оны 3-р сарын 12", "2025
# оны гуравдугаар сарын 12" (patterns/calendars.py). Searched from the literal "сарын".
_MONGOLIAN_MONTH_ORDINAL_NUMBERS = {
    word: number for number, word in enumerate(MONGOLIAN_MONTH_ORDINALS, start=1)
}
_MONGOLIAN_DATE = re.compile(
    rf"(?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{{2}}[ ]{MONGOLIAN_YEAR_WORD}[ ]"
    rf"(?:(?P<m>\d{{1,2}})(?:{'|'.join(MONGOLIAN_MONTH_ENDINGS)})?"
    rf"|(?P<w>(?i:{_trie_alternation(MONGOLIAN_MONTH_ORDINALS)})))"
    rf"[ ]{MONGOLIAN_MONTH_WORD}[ ](?P<d>\d{{1,2}})(?!\d)"
)
_MONGOLIAN_LANDMARK = re.compile(rf"{MONGOLIAN_MONTH_WORD}[ ]")
# One landmark per word, each led by its literal text (never by the space that may stand before
# it, nor by a class of first characters: a scan led by spaces or stops tries every word).
_YEAR_WORD_DAY_LANDMARKS = [
    re.compile(rf"{word.replace('[ ]?', '').replace('[ -]?', '')}[ ]")
    for word in YEAR_WORDS_BEFORE_DAY
]
_YEAR_WORD_MONTH_DAY = re.compile(
    rf"(?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{{2}}(?:{_YEAR_WORD_BEFORE_MONTH})[ ]"
    rf"(?P<m>(?i:{_MONTH_PATTERN}))[ ](?P<d>\d{{1,2}})(?!\d)"
)
_YEAR_WORD_MONTH_LANDMARKS = [
    re.compile(rf"{word.replace('[ ]?', '')}[ ]") for word in YEAR_WORDS_BEFORE_MONTH
]
# Basque writes the year with "-(e)ko", the month's genitive and the day with its case ending:
# "2025eko martxoaren 12a", "2024ko urriaren 21ean" (patterns/calendars.py). Searched from
# the year's ending, a literal "ko " after a digit.
_BASQUE_DATE = re.compile(
    rf"(?:1(?<![\d.]1)9|2(?<![\d.]2)0)\d{{2}}(?:{'|'.join(BASQUE_YEAR_ENDINGS)})[ ]"
    rf"(?P<m>(?i:{_MONTH_PATTERN}))[ ](?P<d>\d{{1,2}})(?:{'|'.join(BASQUE_DAY_ENDINGS)})?(?![\w])"
)
_BASQUE_YEAR_LANDMARK = re.compile(r"ko[ ](?:(?<=\dko[ ])|(?<=\deko[ ]))")
# Thai abbreviated months take a two-digit year of the Buddhist Era ("5 พ.ค. 67").
_THAI_SHORT_YEAR_DATE = re.compile(
    rf"\d(?<![\w.]\d)\d?[ ]?(?P<m>{_trie_alternation(m for (m,) in ABBREVIATED_MONTHS['th'])})"
    rf"\.[ ]?(?:(?:{_ERA_MARK})[ ]?)?(?P<y>\d{{2}})(?![\d])"
)
# Led by the month's closing stop, a literal the engine finds fastest.
_THAI_ABBREVIATION_LANDMARK = re.compile(
    r"\.(?<=[\u0e01-\u0e2e]\.)(?=[ ]?(?:พ\.ศ\.[ ]?)?\d{2}(?!\d))"
)
# Month first ("March 3, 2024") is a separate pass: CPython's re tries every branch of an
# alternation at each position, and two scans with one branch each measured a third faster.
_NAMED_DATE_MONTH_FIRST = re.compile(
    rf"(?P<m>[{_MONTH_INITIALS}](?<![\w].){_MONTH_LED})"
    r"(?i:\.?[ ]+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?[ ]+(?P<y>\d{4})(?!\d))",
)
# Every month-first date holds a day after a space and the year ("March 3, 2024"): searched
# from the day, no month name is tried where no date follows it. The month ends at most a stop
# before the spaces in front of the day.
# The landmark starts at the space before the day, so its scan is led by a space (16.5 ms per
# dense megabyte led by the day's digit, 3 led by the space).
_DAY_AND_YEAR = re.compile(r"[ ]\d\d?(?i:st|nd|rd|th)?,?[ ]+\d{4}(?!\d)")
_LONGEST_MONTH = max(len(spelling) for spelling in _MONTH_NUMBERS)
# Searched in the 40 characters after a time, led by its initials (see _PHONE_WORD_SEARCH).
_ZONE_INITIALS, _ZONE_ALTERNATION = _word_led(
    re.escape(phrase) for phrase in sorted(ZONE_PHRASES, key=len, reverse=True)
)
_ZONE = re.compile(rf"[{_ZONE_INITIALS}](?<![\w].){_ZONE_ALTERNATION}(?![\w])")

# The Greek upper stop and the Arabic comma close a sentence too ("…/track· ο", "…/72788.zip، و").
_TRAILING = ".,;:!?'\"”’»·،؛"


# Korean writes its particles against the word before them, a URL too: folding parts a Hangul
# word from the URL before it, except after a closing "/", where a path may go on in Hangul. A
# particle alone after that slash, the sentence going on after it ("…/을 통해"), is the
# sentence's. Source: the National Institute of Korean Language's list of case and auxiliary
# particles (조사).
_KOREAN_PARTICLE_AFTER_SLASH = re.compile(
    r"/(?:을|를|은|는|이|가|에|에서|에게|으로|로|의|와|과|도|만|까지|부터|이나|나|이라|라)$"
)


def _trim_url(text: str, start: int, end: int) -> int:
    while end > start:
        last = text[end - 1]
        if (
            last in _TRAILING
            or (last == ")" and text.count("(", start, end) < text.count(")", start, end))
            or (last == "]" and text.count("[", start, end) < text.count("]", start, end))
        ):
            end -= 1
        else:
            break
    slash = text.rfind("/", start, end)
    if (
        end - 4 <= slash
        and _KOREAN_PARTICLE_AFTER_SLASH.match(text, slash, end) is not None
        and _HANGUL.match(text, end) is None
    ):
        return slash + 1
    return end


@functools.lru_cache(maxsize=4096)
def _is_public_host(host: str) -> bool:
    labels = host.rstrip(".").split(".")
    if len(labels) > 1 and labels[-1] in RESERVED_SUFFIXES and all(labels[:-1]):
        return True
    parts = _suffixes()(host)
    return bool(parts.suffix and parts.domain)


# A piece after a space that starts with a dot and a label continues the URL: no word starts
# with ".com/", so the scanner's space is removed. A piece starting with "/", "?", "&", "#" or
# "=" may continue it, or may be the next sentence's punctuation: left apart and flagged.
_URL_REPAIRABLE = re.compile(r"[ ]\.[0-9A-Za-z][^\s<>\"'«»「」`\u3000-\u9fff\uff00-\uffef]*")
_URL_DOUBTFUL = re.compile(r"[ ][/?&#=][^\s]")
_URL_PATH = re.compile(r"[/?#:]|\[:\]")
# A host followed at once by a path ("shop.example.net/download/report.pdf") is a URL written
# without its scheme: the path names a resource, which a host alone does not.
_URL_NO_SCHEME = re.compile(
    rf"(?<![\w.@/:-]){_HOST_IDN}(?=/[^\s/])[^\s<>\"'«»「」`\u3000-\u9fff\uff00-\uffef]*",
    re.IGNORECASE,
)


# An e-mail address cannot match without its "@" (or "(at)"), an onion address without
# "onion": the regex engine would still try every position of the text, most of the cost on
# dense text. Only the stretch around each landmark is searched: `before` bounds how far before
# its landmark a match may start, `reach` how far after it it usually ends; a match running to
# the end of its stretch is searched again without the bound, so the matches are finditer's.
_AT_LANDMARK = re.compile(r"@|[\[({]at[\])}]", re.IGNORECASE)
_ONION_LANDMARK = re.compile("onion", re.IGNORECASE)
# A host holds a dot before a label (or a defanged one: "[.]", "(dot)"); a URL written without
# its scheme holds a slash right after its host, before something other than a space or a
# slash. Classes as the patterns match them, case-insensitively.
_HOST_DOT_LANDMARK = re.compile(rf"(?i:\.(?=[{_LCH_IDN}\]\)}}])|dot)")
_PATH_LANDMARK = re.compile(rf"/(?i:(?<=[{_LCH_IDN}\]\)}}]/)(?=[^\s/]))")
# An IPv6 address holds two colons at most four hexadecimal digits apart, the first of them at
# most five characters after its start ("[" and four digits).
_V6_LANDMARK = re.compile(":[0-9A-Fa-f]{0,4}:")
# Chinese document numbers end in 号; dates in Chinese numerals hold 年.
_HAO_LANDMARK = re.compile("号")
_NIAN_LANDMARK = re.compile("年")


def _near_landmarks(
    pattern: re.Pattern[str],
    landmark: re.Pattern[str],
    text: str,
    before: int,
    reach: int,
    *,
    spaces_before: bool = False,
) -> Iterator[re.Match[str]]:
    # With spaces_before, `before` counts from the first of the spaces before the landmark.
    position, length = 0, len(text)
    for mark in landmark.finditer(text):
        at = mark.start()
        if at < position:
            continue
        start, end = at - before, min(length, at + reach)
        if spaces_before:
            while start + before > 0 and text[start + before - 1] == " ":
                start -= 1
        start = max(position, start)
        match = pattern.search(text, start, end)
        if match is not None and end < length and match.end() > end - 8:
            match = pattern.search(text, start)
        if match is not None:
            yield match
            position = match.end()


def _in_word_landmarks(
    pattern: re.Pattern[str], landmark: re.Pattern[str], text: str, after: int
) -> Iterator[re.Match[str]]:
    """Matches of a host pattern, each looked for from the word of the landmark it holds."""
    # A host holds no space: a match holding a landmark starts after the last space or line
    # break before it. Searching up to `after` characters past the landmark finds where the
    # first match holding it starts (its first label, the landmark and what must follow it are
    # there); the match is then made on the whole text. When none starts there, none starts
    # before a "." or "/" landmark either (a label holds neither), so the next search starts
    # after it; a "dot" landmark may sit inside a label ("dotnet.example").
    position, length = 0, len(text)
    for mark in landmark.finditer(text):
        at = mark.start()
        if at < position:
            continue
        start = max(position, text.rfind(" ", position, at) + 1, text.rfind("\n", position, at) + 1)
        end = min(length, mark.end() + after)
        # A label cannot end with "-": a window cut after one would hide the label going on.
        while end < length and text[end - 1] == "-":
            end += 1
        while (found := pattern.search(text, start, end)) is not None:
            whole = pattern.match(text, found.start())
            if whole is not None:
                yield whole
                position = whole.end()
                break
            start = found.start() + 1
        else:
            if mark.group() in "./":
                position = max(position, at + 1)


def _urls(text: str) -> Iterator[_Candidate]:
    for match in _URL.finditer(text):
        end = _trim_url(text, match.start(), match.end())
        flags: list[str] = []
        confidence = 1.0
        if end == match.end():
            while (piece := _URL_REPAIRABLE.match(text, end)) is not None:
                end, flags, confidence = _trim_url(text, end, piece.end()), ["ocr_repaired"], 0.8
            if not flags and _URL_DOUBTFUL.match(text, end):
                flags, confidence = ["unrepaired"], 0.6
        # A bare "www.host.tld" names a host, not a resource: a URL needs a scheme or a path,
        # and the domain pass reports the host (decision 0008).
        if text[match.start()] in "wW" and _URL_PATH.search(text, match.start(), end) is None:
            continue
        try:
            normalized = normalize_url(text[match.start() : end])
        except ValueError:
            continue
        host = (
            normalized.split("/")[2].rpartition("@")[2].split(":")[0] if "//" in normalized else ""
        )
        if not host.startswith("[") and not _is_public_host(host) and not _is_ip(host):
            continue
        yield _Candidate("url", match.start(), end, normalized, {}, confidence, flags)
    for match in _in_word_landmarks(_URL_NO_SCHEME, _PATH_LANDMARK, text, 1):
        end = _trim_url(text, match.start(), match.end())
        value = text[match.start() : end]
        host = value.split("/", 1)[0]
        if host.rsplit(".", 1)[-1].lower() in FILE_EXTENSIONS or "/" not in value[len(host) :]:
            continue
        try:
            normalized = normalize_url(value)
        except ValueError:
            continue
        # A scheme further on ("example.com/t?id=3hxxps://") leaves no "//" after the host.
        if "//" not in normalized or not _is_public_host(normalized.split("/")[2]):
            continue
        yield _Candidate("url", match.start(), end, normalized, {}, 0.9)


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


_HEBREW_PREFIX = re.compile(r"[\u05d0-\u05ea]-(?=[A-Za-z0-9])")


def _emails(text: str) -> Iterator[_Candidate]:
    for match in _near_landmarks(_EMAIL, _AT_LANDMARK, text, 100, 300):
        start, value = match.start(), match.group()
        # Hebrew writes a one-letter preposition and a hyphen against a Latin address ("ב-x@y",
        # "ל-x@y"): the letter is the sentence's.
        if _HEBREW_PREFIX.match(value):
            start, value = start + 2, value[2:]
        normalized = normalize_email(value)
        local, _, host = normalized.rpartition("@")
        if not local or local.startswith(".") or not _is_public_host(host):
            continue
        # A word in another script, a space and "@x.y" are a word and a mention ("ตามที่
        # @inkwell.ng แจ้ง"): a scanner that splits an address leaves no such word before it.
        # Folding parts an ideographic local part from "@" by a space of its own.
        if (
            " @" in value
            and "@ " not in value
            and not value.isascii()
            and _CJK_CHAR.match(value) is None
        ):
            continue
        flags = ["ocr_repaired"] if " " in value else []
        yield _Candidate("email", start, match.end(), normalized, flags=flags)


_HOST_CUE_START = re.compile(f"(?:{'|'.join(CJK_HOST_CUES)})")


_NUMBER_AFTER_STOP = re.compile(r"\.?[ ]?[:：]?[ ]?\d")


_HASH_AFTER = re.compile(r"[ ]?\((?i:sha-?(?:1|224|256|384|512)|md5)\b")
# A label naming files before a list of them, in the languages of the corpora ("Attachment:",
# "Fichier :", "Datei:", "Файл:", "Fayl:", "Ffeil:"): what follows is named by its extension,
# and ".rs", ".md" or ".py" are countries' domains too.
_ATTACHMENT_BEFORE = re.compile(
    r"(?i:attachments?|files?|fichiers?|pi[eè]ces? jointes?|dateien?|anh[äa]nge?|archivos?|"
    r"adjuntos?|ficheiros?|arquivos?|anexos?|allegat[oi]|bestand(?:en)?|bijlagen?|pliki?|"
    r"załączniki?|soubory?|dosya(?:lar)?|fayl(?:lar)?|ffeil(?:iau)?|файл(?:ы|дар)?|вложени[яе])"
    r"[ ]?:[ ]*$"
)
# A name beside a file in a list ("report.rs, export.py"): a file too.
_FILE_NEXT = re.compile(
    rf"[ ]*,[ ]*[\w-]+\.(?:{'|'.join(sorted(FILE_EXTENSIONS))})(?![\w.])", re.IGNORECASE
)
_FILE_BEFORE = re.compile(
    rf"(?<![\w.])[\w-]+\.(?:{'|'.join(sorted(FILE_EXTENSIONS))}),[ ]*$", re.IGNORECASE
)


def _domains(text: str, held: bytearray) -> Iterator[_Candidate]:
    for match in _in_word_landmarks(_DOMAIN, _HOST_DOT_LANDMARK, text, 3):
        if not _is_free(held, match.start(), match.end()):
            continue
        value = match.group()
        labels = refang(value).split(".")
        last = labels[-1]
        if not is_defanged(value) and last.lower() in FILE_EXTENSIONS:
            continue
        # A file named with its hash after it ("Attachment: report.rs (SHA-256 …)"), whatever
        # its extension: a host has no digest.
        # The label's colon or the list's comma stands just before the name: looked at first,
        # as the searches before it try every position of their window (35 ms of a dense
        # megabyte's 5,200 hosts, against 2).
        mark_before = text[max(0, match.start() - 3) : match.start()].rstrip(" ")[-1:]
        if (
            _HASH_AFTER.match(text, match.end())
            or _FILE_NEXT.match(text, match.end())
            or (
                mark_before in (":", "：")
                and _ATTACHMENT_BEFORE.search(text, max(0, match.start() - 24), match.start())
            )
            or (
                mark_before == ","
                and _FILE_BEFORE.search(text, max(0, match.start() - 40), match.start())
            )
        ):
            continue
        # "fin.Le" is a missing space after a full stop, not a host; "L.dz" (liczba dziennika),
        # an initial and a lower-case abbreviation, is not one either.
        if last[:1].isupper() and last[1:].islower() and not value.islower():
            continue
        if len(labels) == 2 and len(labels[0]) == 1 and labels[0].isupper() and last.islower():
            continue
        # A register's letters and "nr."/"no." before a number ("PKR.nr. 4944/2025", Albanian
        # procedure numbers) are a label, though .nr and .no are country domains.
        if (
            len(labels) == 2
            and labels[0].isupper()
            and last.lower() in ("nr", "no")
            and _NUMBER_AFTER_STOP.match(text, match.end())
        ):
            continue
        # A case label written with stops ("j.nr.", Danish journalnummer) is not a host: its
        # last stop follows the host.
        if text.startswith(".", match.end()):
            label = _CASE_LABEL.match(text, match.start())
            if label is not None and label.end() >= match.end():
                continue
        start = match.start()
        # A word for a host written against it ("ドメイン夜桜ショップ.example.com") is not a label.
        cue = _HOST_CUE_START.match(value)
        if cue is not None and cue.end() < value.find("."):
            start += cue.end()
            value = value[cue.end() :]
        normalized = normalize_domain(value)
        if all(label.isdigit() for label in refang(value).split(".")) or not _is_public_host(
            normalized
        ):
            continue
        if normalized.endswith(".onion"):
            continue
        yield _Candidate("domain", start, match.end(), normalized)


_DAMAGED_OCTET = re.compile(r"[ ]?(?=[0-9OolI]*[0-9])(?=[0-9]*[OolI])[0-9OolI]{2,3}[ ]?")


def _ipv4s(text: str) -> Iterator[_Candidate]:
    for match in _IPV4.finditer(text):
        port = match.group("port")
        end = match.start("port") - 1 if port else match.end()
        value = text[match.start() : end]
        octets = refang(value).split(".")
        whole = sum(octet.strip().isdigit() for octet in octets)
        # Three octets in digits, or two beside a damaged one that still holds a digit: a scan
        # typed back with O for 0 throughout ("2O3.O.113.64"); letters alone ("I.O.lo.l") are
        # not an address. A form typed back from a fax may leave one octet whole beside two
        # damaged ones and a lone "O" ("2O3.O.113.2O4").
        damaged = sum(1 for octet in octets if _DAMAGED_OCTET.fullmatch(octet))
        if whole < 3 and not (whole >= 1 and whole + damaged >= 3):
            continue
        if _VERSION_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        try:
            normalized = normalize_ipv4(value)
        except ValueError:
            continue
        repaired = " " in value or not all(octet.strip().isdigit() for octet in octets)
        flags = ["ocr_repaired"] if repaired else []
        confidence = 0.8 if flags else 1.0
        attributes = {"port": port} if port else {}
        yield _Candidate("ipv4", match.start(), end, normalized, attributes, confidence, flags)
    for match in _near_landmarks(_IPV4_BROKEN, _IPV4_BROKEN_LANDMARK, text, 11, 24):
        if _VERSION_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        try:
            normalized = normalize_ipv4(match.group().replace(" ", "."))
        except ValueError:
            continue
        yield _Candidate("ipv4", match.start(), match.end(), normalized, {}, 0.5, ["unrepaired"])


def _ipv6s(text: str) -> Iterator[_Candidate]:
    for match in _near_landmarks(_IPV6, _V6_LANDMARK, text, 6, 64):
        group = "bracketed" if match.group("bracketed") else "bare"
        value = match.group(group)
        if value is None or not any(char.isalnum() for char in value):
            continue
        try:
            normalized = normalize_ipv6(value)
        except ValueError:
            continue
        port = match.group("port")
        attributes = {"port": port} if port else {}
        yield _Candidate("ipv6", match.start(group), match.end(group), normalized, attributes)


def _onions(text: str) -> Iterator[_Candidate]:
    for match in _near_landmarks(_ONION, _ONION_LANDMARK, text, 72, 24):
        normalized = normalize_onion(match.group())
        if len(normalized) == 16 + len(".onion"):
            yield _Candidate(
                "onion", match.start(), match.end(), normalized, {"version": "2"}, 0.9, ["obsolete"]
            )
        elif is_valid_onion_v3(normalized):
            yield _Candidate("onion", match.start(), match.end(), normalized, {"version": "3"})
        else:
            yield _Candidate(
                "onion",
                match.start(),
                match.end(),
                normalized,
                {"version": "3"},
                0.4,
                ["checksum_failed"],
            )


def _cryptos(text: str) -> Iterator[_Candidate]:
    for match in _CRYPTO.finditer(text):
        value = match.group()
        if not any(char.isdigit() for char in value):
            continue
        address = parse_address(value)
        if address is None:
            continue
        attributes = {"currency": address.currency}
        if address.is_valid:
            yield _Candidate("crypto", match.start(), match.end(), address.normalized, attributes)
        else:
            yield _Candidate(
                "crypto",
                match.start(),
                match.end(),
                address.normalized,
                attributes,
                0.3,
                ["checksum_failed"],
            )


def _ibans(text: str) -> Iterator[_Candidate]:
    for match in _IBAN.finditer(text):
        length = IBAN_LENGTHS.get(match.group()[:2])
        if length is None:
            continue
        # The pattern may run into the next upper-case word: keep the country's length only.
        end, count = match.start(), 0
        while end < match.end() and count < length:
            count += text[end] not in " -"
            end += 1
        if count != length or (end < len(text) and text[end] == "-"):
            continue
        value = text[match.start() : end]
        normalized = "".join(value.replace("-", " ").split()).upper()
        if is_valid_iban(normalized):
            yield _Candidate("iban", match.start(), end, normalized)
        elif "-" in value:
            # Dash-grouped codes are also product and file numbers: only a valid one is an IBAN.
            continue
        else:
            yield _Candidate("iban", match.start(), end, normalized, {}, 0.4, ["checksum_failed"])


_DIGITS_ONLY = re.compile(r"\D")


@functools.lru_cache(maxsize=4096)
def _phone_number(value: str, region: str | None) -> tuple[str, str] | None:
    """E.164 form and region of a valid number, or None (cached: letters repeat numbers)."""
    try:
        number = phonenumbers.parse(
            value.replace("00", "+", 1) if value.startswith("00") else value, region
        )
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    normalized = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # ITU-T E.164 §6: at most 15 digits with the country code. A longer run read with the
    # letter's country code ("IMEI 358111822643710" as +49…) is another number.
    if len(normalized) > 16:
        return None
    return normalized, phonenumbers.region_code_for_number(number) or ""


# "Art.-Nr.", "Bestell-Nr.", "Kunden-Nr.": a compound number label names a catalogue or
# customer number, unless its first word is a phone word ("Tel.-Nr.").
_COMPOUND_NUMBER_LABEL = re.compile(r"(?P<word>\w+)\.?-(?:Nr|No|Nummer)\.?[ ]*[:：]?[ ]*$", re.I)


# Regions whose whole national number is shorter than eight digits, with no trunk prefix:
# Estonia (patterns/registries.py), Iceland (7 digits, "890 5656"; Póst- og fjarskiptastofnun
# numbering plan) and Andorra (6, "892 294"; Andorra Telecom plan), whose six digits count
# only after a phone word: six digits alone are too many other things.
_SHORT_NUMBER_DIGITS = {**dict.fromkeys(SEVEN_DIGIT_REGIONS, 7), "IS": 7, "AD": 6}
# Shapes no numbering plan groups its digits in, which other numbers take: a call record's
# cell (location area and cell ID, "36017-5020"), a four-part software version ("Cellebrite
# UFED 6.6.93.25250") and a serial number with its year ("Procedimi penal nr. 8243/2025").
_NOT_PHONE_SHAPE = re.compile(
    r"[1-9]\d{4}-\d{1,5}|[1-9]\d?\.\d{1,2}\.\d{1,3}\.\d{1,6}|[1-9]\d{0,5}/(?:19|20)\d{2}"
)


def _phones(text: str, default_region: str | None, held: bytearray) -> Iterator[_Candidate]:
    region = default_region.upper() if default_region else None
    least = _SHORT_NUMBER_DIGITS.get(region or "", 8)
    for match in _PHONE.finditer(text):
        value = match.group().rstrip(" (")
        international = value.startswith(("+", "00"))
        if region is None and not international:
            continue
        end = match.start() + len(value)
        # Cheap shape checks first: most candidates are amounts, dates and references, and
        # anything a higher-priority identifier holds would lose anyway.
        digits = len(_DIGITS_ONLY.sub("", value))
        if digits < least or _DATE_SHAPED.match(value) or _NOT_PHONE_SHAPE.fullmatch(value):
            continue
        if not _is_free(held, match.start(), end):
            # A number runs on into the date written after it ("FAX FROM: +57 601 241 2457
            # 18/07/2024"): it ends at the space before what a higher-priority type holds.
            cut = min(
                at for mark in (_HELD, _IN_URL) if (at := held.find(mark, match.start(), end)) >= 0
            )
            if cut <= match.start() or text[cut - 1] != " ":
                continue
            value = text[match.start() : cut].rstrip(" (-./")
            end = match.start() + len(value)
            digits = len(_DIGITS_ONLY.sub("", value))
        if not least <= digits <= 15:
            continue
        if _CURRENCY.match(text, match.end()) or _CURRENCY_BEFORE.search(
            text, max(0, match.start() - 5), match.start()
        ):
            continue
        if "." in value and not international and value.count(".") < 2:
            continue
        label = _COMPOUND_NUMBER_LABEL.search(text, max(0, match.start() - 24), match.start())
        if label is not None and not _PHONE_WORDS.match(label.group("word")):
            continue
        parsed = _phone_number(value, region)
        if parsed is None:
            continue
        has_word = (
            _PHONE_WORD_SEARCH.search(text, max(0, match.start() - 40), match.start()) is not None
        )
        if digits < 7 and not has_word:
            continue
        confidence = 1.0 if has_word or international else 0.7
        normalized, region_code = parsed
        yield _Candidate(
            "phone", match.start(), end, normalized, {"region": region_code}, confidence
        )


def _looks_like_handle(token: str) -> bool:
    """A digit, "_", "@", an inner "." or "-", or a capital inside a word marks a handle.

    A word in capitals only is an abbreviation ("login IP history", "IMEI"), not a handle.
    """
    return _HANDLE_MARKS.search(token) is not None or (
        token[1:] != token[1:].lower() and token != token.upper()
    )


# Searched, not tested character by character: it runs for every word after a cue.
_HANDLE_MARKS = re.compile(r"[\d_@²³¹\u2070-\u2079\u2080-\u2089]|.[.\-].", re.DOTALL)


_CJK_CHAR = re.compile(rf"[{_CJK}]")
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
# A cue word as a quoted key, its value quoted after it ('"username": "x"', a pasted API
# response): the value is the name, whatever marks it has.
_KEYED_VALUE = re.compile(r'"[ ]*[:：][ ]*"(?P<value>[^"\s]{1,60})"')
# An ASCII name written against a cue in a script without spaces ("涉及账号qingfeng_7，"): the
# script's change is the name's start, and the name ends where its ASCII does.
_ASCII_HANDLE = re.compile(r"@?[A-Za-z0-9][A-Za-z0-9_.\-]{1,39}(?<![.\-])")
# A list item that a colon closes is the next field's label ("@x / E-mail: …"), not a name.
_LABEL_COLON = re.compile(r"[ ]*[:：]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_NO_HANDLE_INSIDE = re.compile(r"\s")


def _quoted_names(text: str, start: int, end: int) -> Iterator[_Candidate]:
    """The quoted names between start and end that look like handles: one word, not a file."""
    for quoted in _QUOTED_ITEM.finditer(text, start, end):
        group = next(name for name in _QUOTE_GROUPS if quoted.group(name))
        value = quoted.group(group).strip()
        if (
            not value
            or _NO_HANDLE_INSIDE.search(value)
            or value.rpartition(".")[2].lower() in FILE_EXTENSIONS
        ):
            continue
        value_start = quoted.start(group) + quoted.group(group).index(value)
        yield _Candidate(
            "username",
            value_start,
            value_start + len(value),
            normalize_username(value),
            {"form": "quoted"},
            0.9,
        )


# Korean writes its particles against the word before them, a handle in Latin letters too
# ("kodiak_88에 관한", "x를"): Hangul right after a Latin handle is the particle, not the name.
_HANGUL_PARTICLE_AFTER = re.compile(r"(?<=[A-Za-z0-9_.])[\uac00-\ud7af]{1,2}$")


def _bare_handle(token: str, start: int, end: int) -> _Candidate:
    particle = None if token.isascii() else _HANGUL_PARTICLE_AFTER.search(token)
    if particle is not None:
        token, end = token[: particle.start()], start + particle.start()
    return _Candidate("username", start, end, normalize_username(token), {"form": "bare"}, 0.8)


def _tagged_handles(text: str) -> Iterator[_Candidate]:
    """The values of a type cell naming handles: "[USER] x; y", "| USER | x / y |"."""
    for match in _TYPE_TAG.finditer(text):
        item = _TAG_VALUE.match(text, match.end())
        position = match.end()
        while item is not None:
            start, end = item.span("token")
            yield _bare_handle(item.group("token"), start, end)
            position = item.end()
            item = _TAG_LIST.match(text, position)


def _handles_before_cues(text: str, cue_starts: list[int]) -> Iterator[_Candidate]:
    """Handles listed right before a cue written after them ("x / y fiókokat")."""
    for match in _matches_from(_HANDLE_CUES_AFTER, text, cue_starts):
        line_start = text.rfind("\n", 0, match.start()) + 1
        names = _HANDLES_BEFORE.search(text, max(line_start, match.start() - 160), match.start())
        if names is None:
            continue
        for token in _BARE.finditer(text, names.start("list"), names.end("list")):
            if _looks_like_handle(token.group()):
                yield _bare_handle(token.group(), token.start(), token.end())


_DIGIT = re.compile(r"\d")


def _csv_column(text: str, start: int, end: int) -> Iterator[_Candidate] | None:
    """The cells under a quoted CSV heading naming users ("…";"username";"…"), or None.

    A provider's export quotes every field; the heading's cue word is a whole cell, and every
    row below it that has as many fields holds that account's name in the same column, with or
    without a handle's marks ("LaMorenita", "夜行者").
    """
    if start == 0 or text[start - 1] != '"' or not text.startswith('"', end):
        return None
    after = text[end + 1 : end + 2]
    delimiter = after if after in (",", ";") else text[start - 2 : start - 1]
    if delimiter not in (",", ";"):
        return None
    separator = f'"{delimiter}"'
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    # A heading names its columns in words; a row's cell that happens to hold a cue word
    # ("login" in an event column) sits among numbers.
    if text[line_start] != '"' or _DIGIT.search(text, line_start, line_end) is not None:
        return None
    width = text.count(separator, line_start, line_end)
    column = text.count(separator, line_start, start)
    if width == 0:
        return None
    return _csv_cells(text, line_end + 1, separator, width, column)


def _csv_cells(
    text: str, position: int, separator: str, width: int, column: int
) -> Iterator[_Candidate]:
    while position < len(text) and text[position] == '"':
        line_end = text.find("\n", position)
        line_end = len(text) if line_end == -1 else line_end
        if text.count(separator, position, line_end) != width:
            return
        cell_start = position + 1
        for _ in range(column):
            cell_start = text.index(separator, cell_start, line_end) + len(separator)
        cell_end = text.find(separator, cell_start, line_end)
        if cell_end == -1:
            cell_end = line_end - 1 if text[line_end - 1] == '"' else line_end
        # Folding sets ideographs apart with spaces: they are not the cell's.
        while cell_start < cell_end and text[cell_start] == " ":
            cell_start += 1
        while cell_end > cell_start and text[cell_end - 1] == " ":
            cell_end -= 1
        value = text[cell_start:cell_end]
        if value and _NO_HANDLE_INSIDE.search(value) is None:
            yield _Candidate(
                "username", cell_start, cell_end, normalize_username(value), {"form": "column"}, 0.9
            )
        position = line_end + 1


# Maltese and Irish articles and prefixes written against the word with a hyphen.
_ARTICLE_GLUED = re.compile(r"(?:i?[lstdnrxżċz]|an|na|h)-[^\W\d_]+$")
# A list of identifiers ("relating to 0113 496 0402, grey_fox_77, IE62… and 3H6A…"): an item
# between two others that were found is a handle when it looks like one, or is written in a
# script without capitals ("对 138 0633 7668, 夜行狐, DE35 …").
_BETWEEN_ITEMS = re.compile(r"[ ](?P<token>[^\s,;()\[\]]{2,40}),[ ]")
# A handle's words joined by "_" ("m4ple_leaf", "медведь_77"): no word of a letter's language
# is so written; a key ("nome_utente = x", "user_id:"), a constant ("MAX_SIZE"), a file or a
# host are not handles.
_JOINED_WORD_CHARS = frozenset("_.")
_ROW_SEPARATORS = frozenset(',;\t"|')
_KEY_AFTER = re.compile(r"[\"']?[ ]*[=:：(]")


def _between_identifiers(text: str, held: bytearray) -> Iterator[_Candidate]:
    position = text.find(", ")
    length = len(text)
    while position != -1:
        # The identifier before the separator ends at it; the item after it is read.
        if position > 0 and held[position - 1]:
            item = _BETWEEN_ITEMS.match(text, position + 1)
            if item is not None:
                start, end = item.span("token")
                following = end + 2
                token = item.group("token")
                if (
                    following < length
                    and held[following]
                    and not any(held[start:end])
                    and any(char.isalpha() for char in token)
                    and (
                        _looks_like_handle(token)
                        or (token.lower() == token.upper() and not _HANGUL.search(token))
                    )
                    and token.rpartition(".")[2].lower() not in FILE_EXTENSIONS
                    and not ("." in token and _is_public_host(token.lstrip("@")))
                ):
                    yield _bare_handle(token, start, end)
        position = text.find(", ", position + 2)


def _underscore_handles(text: str, held: bytearray) -> Iterator[_Candidate]:
    length = len(text)
    at = text.find("_")
    while at != -1:
        if held[at]:
            at = text.find("_", at + 1)
            continue
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _JOINED_WORD_CHARS):
            start -= 1
        end = at + 1
        while end < length and (text[end].isalnum() or text[end] in _JOINED_WORD_CHARS):
            end += 1
        # A stop after the handle ends the sentence; a "_" after it is the handle's own
        # ("grey_heron_", "miljacka_noc_").
        while end > start and text[end - 1] == ".":
            end -= 1
        while start < end and text[start] in _JOINED_WORD_CHARS:
            start += 1
        token = text[start:end]
        before = text[start - 1 : start]
        after = text[end : end + 2]
        # A field of a delimited row ("horodatage,ip_source,port", "\tpassword_reset",
        # '"data_hora";') is a column's name or a logged event: its separator has no space
        # after it, as a sentence's comma has.
        in_row = (before in _ROW_SEPARATORS and start > 0) or (
            after[:1] in _ROW_SEPARATORS and after[1:2] not in (" ", "")
        )
        if (
            not in_row
            and "_" in token
            and _CJK_CHAR.search(token) is None
            and _HANGUL.search(token) is None
            and token[0].isalpha()
            and token != token.upper()
            and not any(held[start:end])
            and before not in ("@", "#", "$", "/", "\\", "=", "-", "&", "?", "%", "<")
            and not text.startswith(("@", "(", "-", "/"), end)
            and _KEY_AFTER.match(text, end) is None
            and token.rpartition(".")[2].lower() not in FILE_EXTENSIONS
            and not ("." in token and _is_public_host(token))
        ):
            yield _Candidate(
                "username", start, end, normalize_username(token), {"form": "bare"}, 0.7
            )
        at = text.find("_", max(end, at + 1))


def _usernames(text: str, cue_starts: list[int], held: bytearray) -> Iterator[_Candidate]:
    yield from _cued_usernames(text, cue_starts)
    # Last: a cue's reading of the same span (quoted, keyed) comes first and wins.
    yield from _between_identifiers(text, held)
    yield from _underscore_handles(text, held)


def _cued_usernames(text: str, cue_starts: list[int]) -> Iterator[_Candidate]:
    for match in _matches_from(_NAME_CUES, text, cue_starts):
        position = match.end()
        while (quoted := _QUOTED.match(text, position)) is not None:
            yield from _quoted_names(text, quoted.start(), quoted.end())
            position = quoted.end()
    for match in _matches_from(_NAME_CUES_AFTER, text, cue_starts):
        names = _QUOTED_LIST_BEFORE.search(text, max(0, match.start() - 300), match.start())
        if names is not None:
            yield from _quoted_names(text, names.start(), names.end())
    for match in _matches_from(_TARGET_CUES, text, cue_starts):
        for found in _quoted_names(text, match.end(), min(len(text), match.end() + 64)):
            value = text[found.start : found.end]
            if (
                found.start <= match.end() + 3
                and _looks_like_handle(value)
                and not ("." in value and _is_public_host(value.lstrip("@")))
            ):
                yield found
            break
    for match in _HANDLE.finditer(text):
        yield _Candidate(
            "username",
            match.start(),
            match.end(),
            normalize_username(match.group()),
            {"form": "handle"},
        )
    yield from _tagged_handles(text)
    yield from _handles_before_cues(text, cue_starts)
    # A column of identifiers holds whatever was asked for, handles bare among them: a cell that
    # looks like a handle and is no host is one ("snøugle43", "fulano.tal").
    for cell in _table_cells(text, _TABLE_IDENTIFIER_HEADING):
        token = cell.group()
        if (
            _BARE.fullmatch(token) is not None
            and any(char.isalpha() for char in token)
            and _looks_like_handle(token)
            and not ("." in token and _is_public_host(token.lstrip("@")))
        ):
            yield _bare_handle(token, cell.start(), cell.end())
    for match in itertools.chain(
        _matches_from(_USER_WORDS, text, cue_starts), _matches_from(_USER_CUES, text, cue_starts)
    ):
        position = match.end()
        if text.startswith('"', position) and text[match.start() - 1 : match.start()] == '"':
            keyed = _KEYED_VALUE.match(text, position)
            if keyed is not None:
                value = keyed.group("value")
                is_account = (
                    match.re is _USER_WORDS and _USER_WORD_ONLY.match(text, match.start()) is None
                )
                # An account key may hold a bank account's number: a name has a letter.
                if not is_account or (
                    any(char.isalpha() for char in value) and _looks_like_handle(value)
                ):
                    start, end = keyed.span("value")
                    yield _Candidate(
                        "username", start, end, normalize_username(value), {"form": "quoted"}, 0.95
                    )
                continue
        if text.startswith('"', position):
            column = _csv_column(text, match.start(), position)
            if column is not None:
                yield from column
                continue
        found_quoted = False
        # A statement hard-wrapped between the cue and the quoted name ("som kalte seg\n«x»").
        if text.startswith("\n", position) and _QUOTED_ITEM.match(text, position + 1):
            position += 1
        while (quoted := _QUOTED.match(text, position)) is not None:
            group = next(name for name in _QUOTE_GROUPS if quoted.group(name))
            start, end = quoted.span(group)
            while end > start and text[end - 1] == " ":
                end -= 1
            yield _Candidate(
                "username",
                start,
                end,
                normalize_username(text[start:end]),
                {"form": "quoted"},
                0.95,
            )
            position, found_quoted = quoted.end(), True
        if found_quoted:
            continue
        colon = match.group("colon")
        # A heading cell names a column, not a value.
        if colon == "|" and _TABLE_RULE_NEXT.match(text, position):
            continue
        next_line = not colon and text.startswith("\n", position)
        bracket = None if next_line else _OPENING_BRACKET.match(text, position)
        bare = _BARE.match(
            text, position + 1 if next_line else bracket.end() if bracket else position
        )
        # A cue written against the next word in Chinese or Japanese ("用户账号x") cannot tell
        # where a bare handle in the same script starts: only a quoted one is read after it, or
        # an ASCII one with a letter and a handle's mark.
        if bare is None:
            continue
        if _CJK_CHAR.match(text, bare.start() - 1):
            written = _ASCII_HANDLE.match(text, bare.start())
            if (
                written is not None
                and any(char.isalpha() for char in written.group())
                and _HANDLE_MARKS.search(written.group()) is not None
            ):
                yield _bare_handle(written.group(), written.start(), written.end())
            continue
        # "(at)example" is a defanged "@", not a value in brackets.
        if bracket is not None and _CLOSING_BRACKET_ALONE.match(text, bare.end()) is None:
            continue
        # A cue word may follow another ("涉案账号: 网名『x』"): it is not a handle, and its
        # own match reads what comes after it.
        if _USER_WORDS.match(text, bare.start()) or _USER_CUES.match(text, bare.start()):
            continue
        token = bare.group()
        is_account = match.re is _USER_WORDS and _USER_WORD_ONLY.match(text, match.start()) is None
        # Korean closes a sentence with its verb, which has no capitals either: a bare Hangul
        # word is a handle only when it looks like one.
        if next_line:
            # The next line may start with anything: only a word with a letter and a handle's
            # mark, or a lower-case word a comma closes, is read there, and not after a cue in
            # a script that writes no spaces.
            if (
                _CJK_CHAR.match(text, position - 1)
                or not any(char.isalpha() for char in token)
                or _WORD_ENDS.match(text, bare.end()) is None
                or token.rpartition(".")[2].lower() in FILE_EXTENSIONS
            ):
                continue
            looks_like_handle = _HANDLE_MARKS.search(token) is not None or (
                not is_account
                and token.islower()
                and _LOWER_CLOSES.match(text, bare.end()) is not None
            )
        else:
            looks_like_handle = _looks_like_handle(token) or (
                not is_account
                and (
                    (
                        (
                            token[:1].isupper()
                            or (token.lower() == token.upper() and not _HANGUL.match(token))
                        )
                        and _BARE_CLOSES.match(text, bare.end()) is not None
                    )
                    or (token.islower() and _LOWER_CLOSES.match(text, bare.end()) is not None)
                )
            )
        # After an account word a name written in camel case ("LaMorenita") is a handle too:
        # a bank account is numbered, never so named.
        is_accepted = ((colon and not next_line) or looks_like_handle) and (
            not is_account
            or (
                any(char.isalpha() for char in token)
                and any(char in "_@.0123456789" for char in token)
            )
            or _CAMEL_CASE.search(token) is not None
        )
        following = _BARE_LIST.match(text, bare.end() + (1 if bracket is not None else 0))
        # A name without a handle's marks is one when a handle follows it in a list ("las
        # cuentas hexmoth / lobo_azul77").
        if not is_accepted and (
            following is None
            or following.group("sign") not in (";", "/")
            or not any(char.isalpha() for char in following.group("token"))
            or not _looks_like_handle(following.group("token"))
        ):
            continue
        yield _bare_handle(token, bare.start(), bare.end())
        while (item := following) is not None:
            name = "token" if item.group("token") else "after_word"
            token, (start, end) = item.group(name), item.span(name)
            is_bracketed = item.group("open" if name == "token" else "word_open") is not None
            if (is_bracketed and not text.startswith(")", end)) or _LABEL_COLON.match(text, end):
                break
            # A word with its article glued by a hyphen ("u l-indirizz", Maltese; "agus an
            # t-úsáideoir", Irish) goes on the sentence, not the list.
            if name == "after_word" and _ARTICLE_GLUED.match(token):
                break
            if not _looks_like_handle(token) and not (
                item.group("sign") in (";", "/")
                and token.islower()
                and _LIST_ITEM_CLOSES.match(text, end) is not None
            ):
                break
            yield _bare_handle(token, start, end)
            following = _BARE_LIST.match(text, end + (1 if is_bracketed else 0))


def _is_cnj_valid(match: re.Match[str]) -> bool:
    digits = match.group("n") + match.group("a") + match.group("j") + match.group("tr")
    return 98 - int(digits + match.group("o") + "00") % 97 == int(match.group("dd"))


_REFERENCE_PARTS = re.compile(r"[/\-.:]")
# After a bare noun ("we received your request 10:30 today", "the matter 12 500 euros"), a time
# or a range of times and a number in groups of three are a moment and an amount.
_TIME_OR_AMOUNT = re.compile(
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[-–]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,3}(?:[ ]\d{3})+"
)
# A date with one separator twice ("12/05/2025", "2025-05-12") after a noun is the date of the
# request or the case ("Fecha de la solicitud: 12/05/2025"), not its number.
_DATE_ONLY = re.compile(
    r"\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}([./-])\d{1,2}\2\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日"
)


def _is_reference_value(text: str, end: int, value: str, *, after_bare_noun: bool) -> bool:
    """Whether a value read after a label is a case number, not an amount, item or file."""
    if not any(char.isdigit() for char in value):
        return False
    # A number in groups ("098725 66280") is a phone number or an amount; one to three digits
    # after a number sign ("scellé n° 4", "Приложение № 1") number an item, not a case.
    if value.rpartition(" ")[2].isdigit() and _DIGIT_GROUP_AFTER.match(text, end):
        return False
    if value.isdigit() and len(value) <= 3:
        return False
    # A court's number and seat ("Juzgado de Instrucción n.º 3 de Valencia", "N.º 3 DE
    # VALENCIA") hold a few digits and no joiner: a case number holds more, or parts.
    if _REFERENCE_PARTS.search(value) is None and sum(char.isdigit() for char in value) <= 3:
        return False
    if value.rpartition(".")[2].lower() in FILE_EXTENSIONS:
        return False
    if after_bare_noun:
        return (
            _PHONE_SHAPED.fullmatch(value) is None
            and sum(char.isdigit() for char in value) >= 4
            and _REFERENCE_JOINED.search(value) is not None
            and _ONLY_DATE_OR_YEARS.fullmatch(value) is None
            and _TIME_OR_AMOUNT.fullmatch(value) is None
        )
    return True


def _chat_answer(text: str, question_end: int) -> Iterator[_Candidate]:
    """The case number a chat's next message gives alone, after a question asking for it."""
    answer = _CHAT_ANSWER.match(text, question_end)
    if answer is None:
        return
    start, end = answer.span("value")
    value = answer.group("value")
    if (
        _CASE_VALUE.fullmatch(text, start, end) is not None
        and sum(char.isdigit() for char in value) >= 4
        and _is_reference_value(text, end, value, after_bare_noun=False)
    ):
        yield _Candidate("case_reference", start, end, normalize_reference(value), {}, 0.8)


# A fixed-width table's rule under its headings: runs of "=", "-" or box-drawing lines, one per
# column, apart by spaces ("===  ========  ====", "──   ───────"). Each run starts a column.
_TABLE_RULE = re.compile(r"(?m)^[ ]*[=─━-]+(?:[ ]{1,8}[=─━-]+){2,}[ ]*$")
_TABLE_RULE_LANDMARK = re.compile(r"==|──|━━|---")
_TABLE_RULE_RUN = re.compile(r"[=─━-]+")
# A cell is a run of text without two spaces in it ("2067/2026 R.G.N.R.", "under behandling").
_TABLE_CELL = re.compile(r"[^ \n]+(?:[ ][^ \n]+)*")
# The heading of a column of identifiers of any type ("Identifikator", "Identifier", "Kennung",
# "Идентификатор", "المعرّف", "标识符", "識別子").
_TABLE_IDENTIFIER_HEADING = re.compile(rf"(?:{'|'.join(TABLE_IDENTIFIER_HEADINGS)})", re.IGNORECASE)
_TABLE_REFERENCE_HEADING = re.compile(
    rf"(?:(?:{'|'.join(TABLE_REFERENCE_POSSESSIVES)})[ ]+(?:{'|'.join(TABLE_REFERENCE_NOUNS)})"
    rf"|{'|'.join(TABLE_REFERENCE_HEADINGS)})",
    re.IGNORECASE,
)


def _table_cells(text: str, heading: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The cells of a fixed-width table's columns whose heading the pattern matches whole.

    Columns are where the rule's runs start; a row whose cells overflow their columns is read
    cell by cell when it has one per column. Rows run to the first blank line.
    """
    if _TABLE_RULE_LANDMARK.search(text) is None:
        return
    for rule in _TABLE_RULE.finditer(text):
        line_start = rule.start()
        heading_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start == 0 or heading_start >= line_start - 1:
            continue
        headings = text[heading_start : line_start - 1]
        starts = [run.start() for run in _TABLE_RULE_RUN.finditer(rule.group())]
        columns = [
            index
            for index, start in enumerate(starts)
            if heading.fullmatch(
                headings[start : starts[index + 1] if index + 1 < len(starts) else None].strip()
            )
        ]
        if not columns:
            continue
        row_start = rule.end() + 1
        while row_start < len(text):
            row_end = text.find("\n", row_start)
            if row_end < 0:
                row_end = len(text)
            if row_end == row_start or text[row_start:row_end].isspace():
                break
            cells = list(_TABLE_CELL.finditer(text, row_start, row_end))
            by_column: dict[int, re.Match[str]] = {}
            if len(cells) == len(starts):
                by_column = dict(enumerate(cells))
            else:
                at = {cell.start() - row_start: cell for cell in cells}
                by_column = {index: at[start] for index, start in enumerate(starts) if start in at}
            for index in columns:
                if (cell := by_column.get(index)) is not None:
                    yield cell
            row_start = row_end + 1


def _table_references(text: str) -> Iterator[_Candidate]:
    """Case numbers in the columns a status table heads as ours or theirs, whatever their shape.

    A status report lists the requests both ways, each row holding our number and the other
    side's: a bare digit run there ("13016611", "251035879") is a case number because its
    column says so, which no label in the row does.
    """
    for cell in _table_cells(text, _TABLE_REFERENCE_HEADING):
        value = cell.group()
        if (
            len(value) <= 60
            and sum(char.isdigit() for char in value) >= 4
            and _DATE_ONLY.fullmatch(value) is None
        ):
            yield _Candidate(
                "case_reference",
                cell.start(),
                cell.end(),
                normalize_reference(value),
                {},
                0.9,
            )


# A bank's or a provider's own number for its report ("Interne Nr.:", "Interni broj:",
# "Internal ref.") names its file, not the authorities' case.
_INTERNAL_BEFORE = re.compile(r"(?i:intern(?:e|i|a|o|al|í)?)[ ]$")
# Italy's prosecutors' register of crimes with known suspects, around the number
# ("R.G.N.R. 1234/2025", "1234/2025 R.G.N.R."): the register names a case wherever it stands.
_ITALIAN_REGISTER_NUMBER = re.compile(
    r"R(?<![\w.]R)\.G\.N\.R\.[ ]\d{1,7}/(?:19|20)\d{2}(?![\w/])"
    r"|\d(?<![\w/.]\d)\d{0,6}/(?:19|20)\d{2}[ ]R\.G\.N\.R\.(?![\w])"
)
_ITALIAN_REGISTER_LANDMARK = re.compile(r"R\.G\.N\.R\.")
# A register's letters before the number word and the number, all one reference: North
# Macedonia's prosecution and court registers ("КО бр. 740/25", "К бр. 45/25", "ПОК бр. 12/25")
# and Kosovo's and Albania's ("PP/I. nr. 1234/25", "PKR.nr. 12/2025"). Source: the Macedonian
# Law on Public Prosecution's register rules (Правилник за начинот на водење на уписниците) and
# Kosovo's prosecutorial case-management numbering, as their published acts cite them, read 2025.
_REGISTER_NUMBER_WORD = re.compile(
    r"(?<![\w/.-])(?:(?!J\.)[A-Z]{1,4}(?:/[A-Z]{1,3})?\.?[ ]?nr|[А-ЯЃЅЈЉЊЌЏ]{1,4}[ ]?бр)\.[ ]?"
    r"\d{1,7}/(?:19|20)?\d{2}(?![\w/])"
)
# A letter to a service provider quotes the provider's ticket under "Your ref." ("Votre réf.:
# LRP-…" above "À: Example Networks Ltd., …"): the addressee's number, not a case's.
_ADDRESSEE_LABEL_BEFORE = re.compile(rf"(?i:{'|'.join(ADDRESSEE_REFERENCE_LABELS)})[ ]*[:：]?[ ]*$")
_PROVIDER_ADDRESSEE_AFTER = re.compile(
    rf"[^\n]{{0,40}}\n[^\n]{{0,120}}?(?<![\w])(?:{'|'.join(PROVIDER_NAME_MARKS)})(?![\w])"
)


def _is_provider_ticket(text: str, start: int, end: int) -> bool:
    # The addressee line after is looked for first: it fails at once where no line ends
    # within 40 characters, where the label's search before costs a try per position
    # (30 ms of a dense megabyte's 5,200 case numbers, against 1 ms).
    return (
        _PROVIDER_ADDRESSEE_AFTER.match(text, end) is not None
        and _ADDRESSEE_LABEL_BEFORE.search(text, max(0, start - 24), start) is not None
    )


_NR_LANDMARK = re.compile(r"nr\.")
_LABEL_LETTERS_AGAIN = re.compile(
    r"N[°º][ ]*(?P<letters>[A-Z]{2,5})[ ](?P<again>)(?P=letters)[ ]\d"
)
_BR_LANDMARK = re.compile(r"бр\.")
# Italy's register model and the number in it, one reference: "Mod. 21 n. 9510/2024" (the
# register of crimes with known suspects, D.M. 334/1989), "Mod. 45 n. 123/2025".
_MOD_REGISTER_NUMBER = re.compile(
    r"M(?<![\w]M)od\.[ ]\d{1,3}(?:[ ]?bis)?[ ]n\.[ ]?\d{1,7}/(?:19|20)?\d{2}(?![\w/])"
)
_MOD_LANDMARK = re.compile(r"Mod\.[ ]")
# Malta's inquiries, compilations and appeals ("Inkjesta Nru. 12/2025", "Kumpilazzjoni Nru.
# 345/2025", "Appell Kriminali Nru. 98/2024"), the Basque and Galician preliminary proceedings
# ("Aurretiazko Eginbideak 345/2025", "Dilixencias Previas 123/2025"): the register's name
# makes the number a case's wherever it stands.
_NAMED_REGISTER_NUMBER = re.compile(
    r"(?<![\w])(?:(?:Kumpilazzjoni|Inkjesta|Appell(?:[ ]Kriminali)?|Rikors|Kawża)[ ][Nn]ru\.?"
    r"|Aurretiazko[ ][Ee]ginbideak|Dilixencias[ ][Pp]revias)"
    r"[ ]\d{1,7}/(?:19|20)?\d{2}(?![\w/])"
)
_NRU_LANDMARK = re.compile("Nru")
_EGINBIDEAK_LANDMARK = re.compile("ginbideak")
_DILIXENCIAS_LANDMARK = re.compile("ilixencias")
# Basque and Kazakh write the number before the word naming it: "1485/2025 zenbakiarekin" (with
# the number), "5710/2025 prozedurarako" (for the proceedings), "752563440435625 іс бойынша" (in
# case), "327783418767639 нөмірімен" (under the number); the register words stay inside
# ("Aurretiazko Eginbideak 700/2024 prozedurarako").
_NUMBER_BEFORE_WORD = re.compile(
    rf"(?<![\w/.-])(?:(?:{'|'.join(re.escape(word) for word in CASE_REGISTER_WORDS)})[ ])?"
    r"(?=[\w/.-]*\d)[A-ZА-ЯЁ0-9][\w]*(?:[/.-][\w]+)*"
    r"(?=[ ](?:zenbakiarekin|zenbakiaz|zenbakipean|prozedura(?:rako|ren|n|ko)?|espedientea"
    r"|іс(?:[ ]бойынша)?|істі|ісі|нөмірімен|нөмірлі)(?![\w]))"
)
# Literal landmarks, each found by the engine's fast search.
_ZENBAKI_LANDMARK = re.compile("zenbaki")
_PROZEDURA_LANDMARK = re.compile("prozedura")
_IS_LANDMARK = re.compile(r"і(?:с|мен|лі)(?![\w])")


def _numbers_before_words(text: str) -> Iterator[_Candidate]:
    for match in itertools.chain(
        _near_landmarks(_NUMBER_BEFORE_WORD, _ZENBAKI_LANDMARK, text, 50, 20),
        _near_landmarks(_NUMBER_BEFORE_WORD, _PROZEDURA_LANDMARK, text, 50, 20),
        _near_landmarks(_NUMBER_BEFORE_WORD, _IS_LANDMARK, text, 55, 20),
    ):
        value = match.group()
        digits = sum(char.isdigit() for char in value)
        # A number alone is a case's when it is long (Kazakhstan's 15-digit ЕРДР numbers), or
        # joined ("5710/2025"); a date or a year is not one.
        if (
            digits < 4
            or (_REFERENCE_JOINED.search(value) is None and digits < 8)
            or _ONLY_DATE_OR_YEARS.fullmatch(value) is not None
            or _DATE_ONLY.fullmatch(value) is not None
        ):
            continue
        yield _Candidate("case_reference", match.start(), match.end(), normalize_reference(value))


def _case_references(text: str, cue_starts: list[int]) -> Iterator[_Candidate]:
    for match in _whole_matches(_CASE_REFERENCE, text):
        if _PHONE_LABEL_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if _INTERNAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        start, end = match.span("ref")
        if (spoa := _SPOA.match(text, start)) is not None:
            yield _Candidate("case_reference", start, spoa.end(), spoa.group(), {}, 0.9)
            continue
        while end > start and text[end - 1] in ".:-_/":
            end -= 1
        # The register's code and words around the number belong to it ("N. 8573/2022 Mod.
        # 21", "Processo: IPL 2023.0080065-SR/PF/SP").
        longer = _CASE_VALUE.match(text, start)
        if (
            longer is not None
            and longer.end() > end
            and _is_reference_value(text, longer.end(), longer.group(), after_bare_noun=False)
        ):
            start, end = longer.span()
        if (doubled := _LABEL_LETTERS_AGAIN.match(text, match.start(), start + 8)) is not None:
            # The register's letters are the label's and the number's both ("N° RG RG 25/16982"
            # read as "N° RG" and "RG 25/16982"): the number starts at their second writing.
            start = doubled.end("again")
        value = text[start:end]
        if not _is_reference_value(text, end, value, after_bare_noun=False):
            continue
        if _is_provider_ticket(text, start, end):
            continue
        yield _Candidate("case_reference", start, end, normalize_reference(value))
    for match in _matches_from(_CASE_LABEL, text, cue_starts):
        if _PHONE_LABEL_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue
        if _INTERNAL_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if text.startswith("?", match.end()):
            yield from _chat_answer(text, match.end())
            continue
        if (spoa := _SPOA.match(text, match.end())) is not None:
            yield _Candidate("case_reference", spoa.start(), spoa.end(), spoa.group(), {}, 0.9)
            continue
        found = _CASE_VALUE.match(text, match.end())
        if found is None:
            continue
        start, end = found.span()
        value = found.group()
        if not _is_reference_value(
            text, end, value, after_bare_noun=match.group("bare") is not None
        ) or (match.group("noun") is not None and _DATE_ONLY.fullmatch(value) is not None):
            continue
        if _is_provider_ticket(text, start, end):
            continue
        cnj = _CNJ.fullmatch(value)
        if cnj is not None and not _is_cnj_valid(cnj):
            # A bare noun ("o processo 0001234-…") labels a number too weakly to report one
            # whose check digits fail.
            if match.group("bare") is not None:
                continue
            yield _Candidate("case_reference", start, end, value, {}, 0.5, ["checksum_failed"])
            continue
        yield _Candidate("case_reference", start, end, normalize_reference(value), {}, 0.9)
    for match in _NIG.finditer(text):
        start = match.start("digits") if match.group("digits") else match.start()
        yield _Candidate(
            "case_reference", start, match.end(), normalize_reference(text[start : match.end()])
        )
    for match in itertools.chain(
        _near_landmarks(_TAIWAN_CASE_NUMBER, _TAIWAN_LANDMARK, text, 3, 32),
        _JAPANESE_CASE_NUMBER.finditer(text),
        _near_landmarks(_KOREAN_CASE_NUMBER, _KOREAN_CASE_TYPE_LANDMARK, text, 4, 24),
    ):
        yield _Candidate(
            "case_reference", match.start(), match.end(), normalize_reference(match.group())
        )
    for match in _near_landmarks(_CNJ, _CNJ_LANDMARK, text, 7, 32):
        if _is_cnj_valid(match):
            yield _Candidate("case_reference", match.start(), match.end(), match.group())
    for match in _near_landmarks(_CJK_CASE_NUMBER, _HAO_LANDMARK, text, 64, 16):
        start = match.start()
        label = _CJK_LABEL_START.match(text, start)
        if label is not None:
            start = label.end()
        yield _Candidate(
            "case_reference", start, match.end(), normalize_reference(text[start : match.end()])
        )
    for match in _SUBJECT_LINE.finditer(text):
        start, end = match.span("bracketed" if match.group("bracketed") else "value")
        found = _CASE_VALUE.fullmatch(text, start, end)
        value = text[start:end]
        # A subject that starts with a label ("Re: FIR RC…", "FW: Az. ST/…") is read by the
        # label's pass.
        if (
            found is None
            or _CASE_LABEL.match(text, start) is not None
            or _CASE_REFERENCE.match(text, start) is not None
            or sum(char.isdigit() for char in value) < 5
            or _ONLY_DATE_OR_YEARS.fullmatch(value) is not None
            or not _is_reference_value(text, end, value, after_bare_noun=False)
        ):
            continue
        yield _Candidate("case_reference", start, end, normalize_reference(value), {}, 0.8)
    for match in _YEAR_NUMBER.finditer(text):
        if _EU_ACT_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        # The register written after the number belongs to it ("2025/2776 Soruşturma").
        end = match.end()
        if text.startswith(" ", end):
            longer = _CASE_VALUE.match(text, match.start())
            if longer is not None and longer.end() > end:
                end = longer.end()
        if _is_provider_ticket(text, match.start(), end):
            continue
        value = text[match.start() : end]
        yield _Candidate("case_reference", match.start(), end, normalize_reference(value), {}, 0.7)
    yield from _table_references(text)
    yield from _numbers_before_words(text)
    for match in itertools.chain(
        _near_landmarks(_BRAZIL_IPL, _BRAZIL_IPL_LANDMARK, text, 1, 64),
        _near_landmarks(_NUMBERED_CASE_AZ, _SAYLI_LANDMARK, text, 30, 30),
        _near_landmarks(_ITALIAN_REGISTER_NUMBER, _ITALIAN_REGISTER_LANDMARK, text, 13, 30),
        _near_landmarks(_REGISTER_NUMBER_WORD, _NR_LANDMARK, text, 12, 24),
        _near_landmarks(_REGISTER_NUMBER_WORD, _BR_LANDMARK, text, 6, 24),
        _near_landmarks(_MOD_REGISTER_NUMBER, _MOD_LANDMARK, text, 0, 40),
        _near_landmarks(_NAMED_REGISTER_NUMBER, _NRU_LANDMARK, text, 26, 20),
        _near_landmarks(_NAMED_REGISTER_NUMBER, _EGINBIDEAK_LANDMARK, text, 14, 24),
        _near_landmarks(_NAMED_REGISTER_NUMBER, _DILIXENCIAS_LANDMARK, text, 3, 32),
    ):
        yield _Candidate(
            "case_reference", match.start(), match.end(), normalize_reference(match.group())
        )


_SHORT_CODE_END = re.compile(r"[ ][A-Z][A-Za-z]{0,2}\.$")
_SENTENCE_GOES_ON = re.compile(r"[ ]+[a-zà-ÿ]")
_ABBREVIATION_END = re.compile(r"(?:^|[ (])(?:\w{1,5}\.){2,}$")
# "ref. artículo 55-120", "Art.-Nr." : an article of a catalogue, not of a statute. "Nr" and
# "No" need their stop or colon: Portuguese "no" is "in the" ("Com fundamento no art. 10").
_PRODUCT_LABELS = (
    r"ref\.?|réf\.?|reference\.?|référence\.?|referencia\.?|Nr(?:\.|[ ]*[:：])|No(?:\.|[ ]*[:：])"
)
_PRODUCT_INITIALS, _PRODUCT_ALTERNATION = _word_led(_top_level_branches(_PRODUCT_LABELS))
_PRODUCT_LABEL_BEFORE = re.compile(rf"[{_PRODUCT_INITIALS}]{_PRODUCT_ALTERNATION}[ ]*[:：]?[ ]*$")


# Japanese and Korean write the law's name right before its article: "刑法第246条の2",
# "刑事訴訟法第218条", "형법 제347조의2", "전기통신사업법 제83조 제3항". The name is the run of
# ideographs and katakana (or the Hangul word) ending in the word for a law, bounded by
# anything else; Chinese brackets its titles (《刑法》第…), and without them a run of hanzi
# may hold the sentence's verb ("根据刑法第…"), so a name is taken only with kana around it.
_JAPANESE_LAW_BEFORE = re.compile(
    r"(?<![\u30a0-\u30ff\u4e00-\u9fff])[\u30a0-\u30ff\u4e00-\u9fff]{0,15}(?:法律|法|条例|條例|規則|条約)$"
)
# Chinese writes the words introducing a legal basis against the law's name ("根据刑事訴訟法第
# 133條", "本请求依据…法第11條之1"): the name starts after them.
_CHINESE_BASIS_BEFORE = re.compile(r".*(?:根据|根據|依据|依據|依照|按照|基于|基於|违反|違反)")
_NAME_JOINS_ARTICLE = re.compile("[條項]")
_HAN = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_KOREAN_LAW_BEFORE = re.compile(r"(?<![\uac00-\ud7af])[\uac00-\ud7af]{0,15}(?:법|협약)[ ]?$")
# Danish and Norwegian write the code before the section sign, in the genitive or not
# ("retsplejelovens § 804", "straffeprosessloven § 210"): one word ending in "lov" with its
# article, right before the sign.
_NORDIC_CODE_BEFORE = re.compile(r"(?<![\w])[a-zæøå]{0,30}lov(?:en|ens)[ ]$", re.IGNORECASE)
_TURKISH_LAW = re.compile(
    r"(?<![\w.])\d{1,5}[ ]sayılı(?:[ ]+[A-ZÇĞİÖŞÜ][\wçğıöşü]*){0,6}?['’](?:nun|nın|un|ın|ün|in)"
    r"[ ]+\d{1,4}(?:/[A-Z])?\.?[ ]+maddesi(?![\w])"
)
_SAYILI_LANDMARK = re.compile("sayılı")
_CODE_ARTICLE_LANDMARK = re.compile(r" m\.")
_TURKISH_CODE_ARTICLE = re.compile(
    rf"(?<![\w])(?:{'|'.join(TURKISH_CODE_ABBREVIATIONS)})[ ]m\.[ ]?\d{{1,4}}(?:/[A-Z])?(?![\w])"
)


def _alternation(words: Iterable[str]) -> str:
    # Longest first: a listed title that begins another ("ضابطہ فوجداری", "مجموعہ ضابطہ
    # فوجداری") must not stop the longer one short.
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# Scripts whose letters include vowel signs and marks, which are not \w in re.
_THAI_LETTERS = r"\u0e01-\u0e4e"
_TAMIL_LETTERS = r"\u0b82-\u0bcd\u0bd7"
_ARABIC_SCRIPT_LETTERS = r"\u0620-\u065f\u066e-\u06d3\u200c"
_HEBREW_LETTERS = r"\u05d0-\u05ea"
# Vietnamese: points and clauses before the article, the title after it (patterns/laws.py).
_VIETNAMESE_LEGAL = re.compile(
    r"(?<![\w])(?:[Đđ]iểm[ ][a-zđ][ ])?(?:[Kk]hoản[ ]\d{1,3}[ ])?[Đđ]iều[ ]\d{1,4}[a-zđ]?"
    r"(?![\w])(?:[ ](?:khoản|điểm)[ ]\w{1,3}(?![\w]))*"
    rf"(?:[ ](?:của[ ])?(?:{_alternation(VIETNAMESE_STATUTES)}"
    rf"|(?:{_alternation(VIETNAMESE_STATUTE_KINDS)})[ ][A-ZĐÀ-ÝĂÂÊÔƠƯ\u1ea0-\u1ef8]\w*"
    rf"(?:[ ](?!(?:{'|'.join(VIETNAMESE_NOT_TITLE)})(?![\w]))[^\W\d_A-ZĐ]\w*){{0,5}})"
    r"(?:[ ]năm[ ](?:19|20)\d{2}(?![\w])|[ ]số[ ]\d{1,3}/\d{4}/QH\d{1,2})?)?"
)
_DIEU_LANDMARK = re.compile(r"iều[ ]\d")
# Thai: "มาตรา 14 (1)", its paragraph "วรรคสอง", then "แห่ง" (of) and the title, listed or an
# Act's kind and the run of letters after it, with its Buddhist Era year.
_THAI_LEGAL = re.compile(
    r"มาตรา[ ]?\d{1,4}(?:/\d{1,3})?(?:[ ]?\(\d{1,2}\))*"
    rf"(?:[ ]?วรรค[ ]?(?:\d{{1,2}}|[{_THAI_LETTERS}]{{2,5}}(?=[ ]|แห่ง|ของ)))?"
    rf"(?:[ ]?(?:แห่ง|ของ)?[ ]?(?:{_alternation(THAI_STATUTES)}"
    rf"|(?:{_alternation(THAI_STATUTE_KINDS)})[{_THAI_LETTERS}]+"
    r"(?:[ ]?พ\.ศ\.[ ]?\d{4}(?!\d))?))?"
)
# Tamil and Urdu put the title first, then the genitive and the section.
_TAMIL_TITLE = (
    rf"(?:{_alternation(TAMIL_STATUTES)}|(?<![{_TAMIL_LETTERS}])[{_TAMIL_LETTERS}]+[ ]"
    rf"(?:{_alternation(TAMIL_LAW_ENDINGS)}))(?![{_TAMIL_LETTERS}])"
)
_TAMIL_LEGAL = re.compile(
    rf"(?:{_TAMIL_TITLE}(?:,?[ ](?:19|20)\d{{2}})?(?:-?இன்)?[ ])?பிரிவு[ ]\d{{1,4}}[A-Z]?"
    r"(?![\w])(?:\(\d{1,2}\))*"
)
_PIRIVU_LANDMARK = re.compile(r"பிரிவு[ ]\d")
_URDU_TITLE = (
    rf"(?:{_alternation(URDU_STATUTES)}|(?<![{_ARABIC_SCRIPT_LETTERS}])"
    rf"[{_ARABIC_SCRIPT_LETTERS}]+[ ](?:{_alternation(URDU_LAW_ENDINGS)}))"
    rf"(?![{_ARABIC_SCRIPT_LETTERS}])(?:,?[ ](?:19|20)\d{{2}}(?!\d))?"
)
_URDU_LEGAL = re.compile(
    rf"(?:{_URDU_TITLE}[ ](?:کی|کے)[ ])?دفعہ[ ]\d{{1,4}}[A-Z]?(?![\w])(?:\(\d{{1,2}}\))*"
    rf"(?:[ ]{_URDU_TITLE})?"
)
_DAFA_LANDMARK = re.compile(r"دفعہ[ ]\d")
# Persian: "ماده ۷۳۶ قانون مجازات اسلامی", a note or clause after the article ("تبصره ۲").
_PERSIAN_LEGAL = re.compile(
    r"ماده[ ]\d{1,4}(?:[ ]مکرر)?(?![\w])(?:[ ](?:تبصره|بند)[ ]\d{1,3}(?![\w]))?"
    rf"(?:[ ](?:از[ ])?(?:{_alternation(PERSIAN_STATUTES)}"
    rf"|قانون(?:[ ](?!و[ ])[{_ARABIC_SCRIPT_LETTERS}]+){{1,4}}?(?=[ ]*(?:[،,.;:)\n]|[ ]و[ ]|$))))?"
)
# Hebrew: "סעיף 4(א) לחוק המחשבים", the title after "ל" (of), with its Hebrew and common year
# ("התשל\"ז-1977").
_HEBREW_LEGAL = re.compile(
    rf"סעיף[ ]\d{{1,4}}[{_HEBREW_LETTERS}]?(?:\([{_HEBREW_LETTERS}\d]{{1,2}}\))*"
    rf"(?:[ ]ל(?:{_alternation(HEBREW_STATUTES)}"
    rf"|(?:{_alternation(HEBREW_STATUTE_KINDS)})[ ][{_HEBREW_LETTERS}]+)"
    rf"(?:,?[ ]ה?תש[{_HEBREW_LETTERS}\"״]{{1,4}}-(?:19|20)\d{{2}})?)?"
)
# The section sign after the number: Hungarian codes by abbreviation ("Btk. 423. § (1)
# bekezdés a) pont"), Swedish chapters and codes ("27 kap. 4 § rättegångsbalken", "4 kap. 9 c
# § brottsbalken", "5 § lagen (2000:562) om …"). A Swedish section alone needs its chapter or
# its code to be told from a number and a sign.
_SWEDISH_CODE = (
    rf"(?:[a-zåäö]+balken|{'|'.join(SWEDISH_CODE_ABBREVIATIONS)}"
    r"|(?:[a-zåäö]+)?lagen(?:[ ]\(\d{4}:\d{1,4}\)(?:[ ]om(?:[ ][a-zåäö]+){1,7}?"
    r"(?=[ ]*(?:[,.;:)\n]|$|[ ]och[ ])))?)?|förordningen[ ]\(\d{4}:\d{1,4}\))(?![\w])"
)
_SWEDISH_SECTION = (
    r"\d{1,3}(?:[ ]?[a-z])?[ ]§(?:[ ](?:första|andra|tredje|fjärde|femte|sjätte|\d{1,2})"
    r"[ ](?:stycket|st\.))?(?:[ ](?:\d{1,2}[ ]p\.|punkt[ ]\d{1,2}))?"
)
_SECTION_SIGN_AFTER = re.compile(
    rf"(?<![\w.])(?:(?:{'|'.join(HUNGARIAN_CODE_ABBREVIATIONS)})\.?[ ]\d{{1,4}}(?:/[A-Z])?\.[ ]§"
    r"(?:[ ]\(\d{1,2}\)(?:[ ]bekezdés(?:e|ének|ében|ét)?(?![\w]))?)?"
    r"(?:[ ][a-z]\)[ ]pont(?:ja|jában|ját)?(?![\w]))?"
    rf"|\d{{1,2}}[ ]kap\.[ ]{_SWEDISH_SECTION}(?:[ ]{_SWEDISH_CODE})?"
    rf"|{_SWEDISH_SECTION}[ ]{_SWEDISH_CODE})"
)
# The sign after a number ("261. §", "4 §") or a section's letter ("9 c §"), not before one.
_SECTION_SIGN_LANDMARK = re.compile(r"§(?:(?<=\d[ ]§)|(?<=\d\.[ ]§)|(?<=[ ][a-z][ ]§))")
# Hungarian articles after the title ("Budapesti Egyezmény 29. cikke"): up to four
# capitalised words, not the article "A"/"Az" that opens a sentence.
_HUNGARIAN_ARTICLE = re.compile(
    r"(?<![\w])(?:(?!(?:A|Az)[ ])[A-ZÁÉÍÓÖŐÚÜŰ][\wáéíóöőúüű-]*[ ]){1,4}\d{1,3}\.[ ]"
    r"cikk(?:e|ének|ében|ét|ely)?(?![\w])(?:[ ]\(\d{1,2}\)[ ]bekezdés(?:e|ének|ében)?(?![\w]))?"
)
_CIKK_LANDMARK = re.compile(r"\.[ ]cikk")
# A law cited alone by its number, as Spanish and Portuguese America cite them ("Ley 1273 de
# 2009", "Ley 27.411", "Lei 12.965/2014").
_NUMBERED_LAW = re.compile(
    r"L(?<![\w]L)e[yi][ ](?:n\.?[ ]?[ºo°]\.?[ ]?|No\.?[ ])?(?:\d{1,2}\.\d{3}|\d{3,5})"
    r"(?:[ ]de[ ](?:19|20)\d{2}|/(?:19|20)?\d{2})?(?![\w]|[./]\d)"
)


# An instrument's title reached by a reference runs to its last word, whatever case its words
# are in ("art. 16 della Convenzione sulla criminalità informatica"); a title written before the
# article joins it ("ブダペスト条約第16条", "साइबर अपराध पर कन्वेंशन के अनुच्छेद 16").
_INSTRUMENT_TITLE = re.compile(rf"(?<![\w])(?i:{_trie_alternation(INSTRUMENT_TITLES)})(?![\w])")
# Matched against the reversed text before a position: one anchored match finds the title that
# ends there, where a search would try every position of a window.
_INSTRUMENT_TITLE_REVERSED = re.compile(
    _trie_alternation(title[::-1] for title in INSTRUMENT_TITLES_BEFORE), re.IGNORECASE
)
_LONGEST_TITLE_BEFORE = max(len(title) for title in INSTRUMENT_TITLES_BEFORE)
_TITLE_MAY_GO_ON = re.compile(r"[ ][^\W\d_]")
_TITLE_FIRST_SCRIPT = re.compile(r"[\u0900-\u09ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


_TITLE_FIRST_WORDS = frozenset(title.split()[0].casefold() for title in INSTRUMENT_TITLES)


def _title_ending_at(text: str, at: int) -> int | None:
    title = _INSTRUMENT_TITLE_REVERSED.match(text[max(0, at - _LONGEST_TITLE_BEFORE) : at][::-1])
    return None if title is None else at - title.end()


def _with_instrument_title(
    text: str, start: int, end: int, article_start: int | None = None
) -> tuple[int, int]:
    # Most references end where their title does: the title's search runs only where one of the
    # reference's words could begin a listed title and a word follows.
    if _TITLE_MAY_GO_ON.match(text, end) and any(
        word.casefold() in _TITLE_FIRST_WORDS for word in text[start:end].split()[1:]
    ):
        for title in _INSTRUMENT_TITLE.finditer(text, start + 1, min(len(text), end + 120)):
            if title.start() > end:
                break
            if title.end() > end:
                end = title.end()
                break
    if _TITLE_FIRST_SCRIPT.match(text, start) or (
        start > 1
        and _TITLE_FIRST_SCRIPT.match(text, start - 2 if text[start - 1] == " " else start - 1)
    ):
        # The title ends where the reference starts, a space before it, where its article starts
        # (after a law's name read before "第"), or with the reference's first word.
        first_word_end = text.find(" ", start, end)
        for at in (start, start - 1, article_start, first_word_end):
            if at is None or at <= 0 or (at == start - 1 and text[at] != " "):
                continue
            title_start = _title_ending_at(text, at)
            if title_start is not None and title_start < start:
                start = title_start
                break
    return start, end


_BENGALI_LETTERS = r"\u0980-\u09e5\u09f0-\u09ff"
# Bengali puts the title first, its year, "এর" (of), then the section or article ("সাইবার
# নিরাপত্তা আইন, ২০২৩ এর ধারা ২৪", "বুদাপেস্ট কনভেনশনের অনুচ্ছেদ 29"): a listed title, or one
# word and the word for its kind.
_BENGALI_TITLE = (
    rf"(?:{_alternation(BENGALI_STATUTES)}|(?<![{_BENGALI_LETTERS}])(?:[{_BENGALI_LETTERS}]+[ ])?"
    rf"(?:{_alternation(BENGALI_LAW_ENDINGS)}))(?![{_BENGALI_LETTERS}])"
)


def _bengali_legal(word: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_BENGALI_TITLE}(?:,?[ ](?:19|20)\d{{2}}(?!\d))?(?:[ ]এর)?[ ])?{word}[ ]?"
        r"\d{1,4}(?![\d])(?:\(\d{1,2}\))*"
    )


# A pattern per word searched near it: near one landmark, a pattern that also ended with the
# other word would find the reference before it again.
_BENGALI_SECTION = _bengali_legal("ধারা")
_BENGALI_ARTICLE = _bengali_legal("অনুচ্ছেদ")
_SECTION_LANDMARK_BN = re.compile("ধারা")
_ARTICLE_LANDMARK_BN = re.compile("অনুচ্ছেদ")
# Finnish: a convention's title in the genitive before "N artikla"; a code in the genitive before
# its chapter and section ("rikoslain 38 luvun 8 §").
_FINNISH_TITLES = [title for title in INSTRUMENT_TITLES_BEFORE if title[0].isascii()]
_FINNISH_ARTICLE = re.compile(
    rf"(?<![\w])(?i:{_alternation(_FINNISH_TITLES)})[ ]\d{{1,3}}[ ]artikla(?:n)?(?![\w])"
    r"(?:[ ]\d{1,2}[ ](?:kohta|kohdan)(?![\w]))?"
)
_FINNISH_SECTION = re.compile(
    rf"(?<![\w])[a-zåäö]+(?:{'|'.join(FINNISH_CODE_ENDINGS)})[ ]\d{{1,2}}[ ]luvun[ ]\d{{1,3}}"
    r"(?:[ ]?[a-z])?[ ]§(?:n)?(?:[ ]\d{1,2}[ ](?:momentti|momentin)(?![\w]))?"
)
_ARTIKLA_LANDMARK = re.compile(" artikla")
# Lithuanian: the code before the article's number, cited by its abbreviation or its title in
# the genitive (a capitalised word, up to three lower-case ones and the kind: "Baudžiamojo
# proceso kodekso"; a convention's kind first: "Konvencijos dėl elektroninių nusikaltimų"),
# then "straipsnis" (article), "dalis" (part) and "punktas" (point) in their cases.
_LT_LOWER = "a-ząčęėįšųūž"
_LITHUANIAN_LEGAL = re.compile(
    rf"(?<![\w])(?:(?:{'|'.join(LITHUANIAN_CODE_ABBREVIATIONS)})"
    rf"|(?:Lietuvos[ ]Respublikos|[A-ZĄČĘĖĮŠŲŪŽ][{_LT_LOWER}]*)(?:[ ][{_LT_LOWER}]+){{0,3}}?"
    rf"[ ](?:{'|'.join(LITHUANIAN_STATUTE_KINDS)})"
    rf"|Konvencijos[ ]dėl(?:[ ][{_LT_LOWER}]+){{1,3}}?)"
    r"[ ]\d{1,3}(?:[ ]?[-–][ ]?\d{1,3})?[ ]straipsn(?:is|io|į|iu|yje|ių|iai|ius)(?![\w])"
    r"(?:[ ]\d{1,2}[ ]dal(?:is|ies|į|imi|yje)(?![\w]))?"
    r"(?:[ ]\d{1,2}[ ]punkt(?:as|o|ą|u|e)(?![\w]))?"
)
_STRAIPSN_LANDMARK = re.compile(" straipsn")
# Latvian names the code before the article, in the genitive, and the article after its
# number: "Kriminālprocesa likuma 192. pantu", "Krimināllikuma 243. pants", "Konvencijas par
# kibernoziegumiem 29. pants"; a law's title is a capitalised word and the lower-case words up
# to "likuma" (of the law) or a code's "kodeksa".
_LV_LOWER = "a-zāčēģīķļņšūž"
_LATVIAN_LEGAL = re.compile(
    rf"(?<![\w])(?:[A-ZĀČĒĢĪĶĻŅŠŪŽ][{_LV_LOWER}]*(?:likuma|kodeksa)"
    rf"|[A-ZĀČĒĢĪĶĻŅŠŪŽ][{_LV_LOWER}]*(?:[ ][{_LV_LOWER}]+){{0,12}}?[ ](?:likuma|kodeksa)"
    rf"|Konvencijas[ ]par(?:[ ][{_LV_LOWER}]+){{1,3}}?)"
    r"[ ]\d{1,4}(?:\.\d{1,3})?\.[ ]pant(?:s|a|u|ā|am)(?![\w])"
)
_PANT_LANDMARK = re.compile(r"\.[ ]pant")
# Croatian and Slovenian cite an article with the code after it, the Croatian article word
# before the number ("članka 339.a Zakona o kaznenom postupku", "čl. 236. st. 2. KZ-a"), the
# Slovenian after it ("149.c člena ZKP", "221. člena KZ-1", "18. člen Konvencije o kibernetski
# kriminaliteti"). The code is an act's title ("Zakona o …", "Kaznenog zakona", "Konvencije
# o …") up to the sentence's punctuation, or an abbreviation in capitals with its edition
# ("KZ-1", "ZPPDFT-2") and Croatian case ending ("KZ-a", "ZKP-a").
_SLAVIC_TITLE_END = r"(?=[ ]*(?:[,.;:)\n\"“”»]|$)|[ ]{2})"
_SLAVIC_JURISDICTION = rf"(?:[ ](?:{_alternation(SOUTH_SLAVIC_JURISDICTIONS)})(?![\w]))?"
_SLAVIC_CODE = (
    r"(?:Zakon(?:a|u)[ ]o(?:[ ][a-zčćđšž]+){1,8}?"
    + rf"(?:[ ](?:{_alternation(SOUTH_SLAVIC_JURISDICTIONS)})(?![\w])|{_SLAVIC_TITLE_END})"
    + rf"|(?:{_alternation(SOUTH_SLAVIC_CODE_ADJECTIVES)})[ ]zakon(?:a|ika)(?![\w])"
    + _SLAVIC_JURISDICTION
    + r"|Konvencij(?:e|i)[ ]o(?:[ ][a-zčćđšž]+){1,3}?"
    + _SLAVIC_TITLE_END
    + r"|[A-ZČĆĐŠŽ]{2,7}(?:-\d)?(?:-[a-z]{1,2})?(?![\w-]))"
)
_SOUTH_SLAVIC_LEGAL = re.compile(
    r"(?<![\w])(?:(?:[Čč]lan(?:ak|ka|ku|kom|a|u|om)?|[Čč]l\.)[ ]\d{1,4}(?:\.[a-z]|\.)"
    r"(?:[ ]st(?:avka|avak|\.)?[ ]\d{1,3}\.)?"
    r"|\d{1,4}(?:\.[a-z]|\.)[ ]člen(?:a|u|om)?)"
    rf"[ ]{_SLAVIC_CODE}"
)
_CLAN_LANDMARK = re.compile(r"[Čč]l(?:\.|an)|člen")
# Azerbaijani puts the code first, in the genitive, then the article's ordinal and "maddəsi" in
# its case: "Cinayət-Prosessual Məcəlləsinin 177-ci maddəsinə", "CPM-in 242-ci maddəsi".
_AZ_LOWER = "a-zçəğıöşü"
_AZERBAIJANI_LEGAL = re.compile(
    rf"(?<![\w-])(?:[A-ZÇƏĞIİÖŞÜ][{_AZ_LOWER}]*(?:-[A-ZÇƏĞIİÖŞÜ]?[{_AZ_LOWER}]+)?"
    rf"(?:[ ][{_AZ_LOWER}-]+){{0,6}}?[ ]"
    rf"(?:Məcəlləsinin|Qanunun|Konvensiyasının)"
    r"|[A-ZÇƏĞİÖŞÜ]{2,5}-(?:in|ın|un|ün|nin|nın|nun|nün))"
    r"[ ]\d{1,4}(?:\.\d{1,3})?-(?:ci|cı|cu|cü)[ ]maddəs(?:i|inə|inin|ində|indən)(?![\w])"
)
_MADDE_LANDMARK = re.compile(r"[ ]maddəs")
# Estonian cites a code by its abbreviation or its name in the genitive before the section sign:
# "KrMS § 90" (kriminaalmenetluse seadustik), "KarS § 217", "karistusseadustiku § 206".
_CODE_BEFORE_SECTION = re.compile(
    r"(?<![\w])(?:[A-ZÕÄÖÜ][a-zõäöü]{0,3}[A-Z][A-Za-z]?|[a-zõäöü]{0,30}seadus(?:tiku|e))[ ]$"
)
# A Norwegian section may hold a letter after its number ("straffeprosessloven § 216 b").
_NORDIC_SECTION_LETTER = re.compile(r"[ ][a-h](?![\w])")
# The subject of a Japanese law named "…に関する法律" (the Act on …), back to the punctuation,
# space or topic and object particles before it.
_JAPANESE_SUBJECT_BEFORE = re.compile(r"(?:(?![はがを])[^\W\d_]|[ー・]){2,36}に関する$")
_PART_BEFORE_ARTICLE = re.compile(r"(?<![\w])[Чч]аст(?:ь|и|ью)[ ]\d{1,3}[ ]$")
_SENTENCE_AFTER_CODE = re.compile(r"(?<=[A-ZА-ЯЁ]{2})\.[ ]+[A-ZА-ЯЁ][a-zа-яё]+$")
# The United Kingdom cites a section or a schedule's paragraph of an Act by its short title and
# year: "s. 2 of the Fraud Act 2006", "paragraph 4 of Schedule 1 to the Police and Criminal
# Evidence Act 1984". The title is capitalised words, "and", "of" or "for" between them.
_UK_ACT_SECTION = re.compile(
    r"(?<![\w.])(?:ss?\.|[Ss]ections?|[Pp]aragraphs?|para\.)[ ]\d{1,4}[A-Z]{0,2}(?:\(\w{1,4}\))*"
    r"(?:[ ]of[ ]Schedule[ ]\d{1,3}[A-Z]?[ ]to|[ ]of)[ ]the"
    r"(?:[ ](?:[A-Z][\w'’-]*|and|of|for)){1,8}?[ ]Act[ ](?:19|20)\d{2}(?![\w])"
)
_ACT_LANDMARK = re.compile(r"[ ]Act[ ](?:19|20)\d{2}")
_LUVUN_LANDMARK = re.compile(r"luvun[ ]\d")
# Swahili: "Ibara ya 29 ya Mkataba wa Budapest" (article), "kifungu cha 313 cha Kanuni ya Adhabu"
# (section); a title is its kind and the capitalised words its connectors join, with its year
# ("Sheria ya Makosa ya Mtandao ya mwaka 2015").
_SWAHILI_TITLE = (
    r"(?:Sheria|Kanuni|Mkataba|Amri|Katiba)(?:[ ](?:ya|wa|za|la|kuhusu|cha)[ ][A-Z][\w'-]*"
    r"(?:[ ][A-Z][\w'-]*)*)+(?:[ ]ya[ ]mwaka[ ](?:19|20)\d{2}|,?[ ](?:19|20)\d{2})?(?![\w])"
)
_SWAHILI_LEGAL = re.compile(
    r"[IiKk](?<![\w].)(?:bara[ ]ya|ifungu[ ]cha)[ ]\d{1,4}[A-Za-z]?(?![\w])(?:\(\d{1,2}\))*"
    rf"(?:[ ](?:ya|cha|la|wa)[ ]{_SWAHILI_TITLE})?"
)
_IBARA_LANDMARK = re.compile("bara ya ")
_KIFUNGU_LANDMARK = re.compile("fungu cha ")


# --- the eighth held-out set: Georgian, Armenian, Macedonian, Albanian, Icelandic, Turkish -----
def _both_cases(words: Iterable[str]) -> str:
    # A title's first word is capitalised where it opens a line or a sentence ("Სისხლის",
    # "Քրեական"): both forms, longest first.
    return _alternation(
        sorted({form for word in words for form in (word, word[0].upper() + word[1:])})
    )


# Georgian: the title in the genitive, then the article's ordinal ("136-ე", "მე-18") and
# "მუხლი" in its case, and a part ("პირველი ნაწილი", "მე-2 ნაწილის"). A title is a listed
# code's words and its kind, a subject and "შესახებ" (on) with its kind ("კიბერდანაშაულის
# შესახებ კონვენციის"), a title in quotation marks and its kind, or a code's abbreviation.
_KA = "\u10d0-\u10ff\u1c90-\u1cbf"
_KA_ORDINAL = r"(?:მე-\d{1,3}|\d{1,4}(?:[¹²³⁴⁵⁶⁷⁸⁹]{1,2})?(?:-ე)?)"
_GEORGIAN_LEGAL = re.compile(
    rf"(?<![{_KA}])(?:(?:(?:{_both_cases(['საქართველოს'])})[ ])?"
    rf"(?:(?:{_both_cases(GEORGIAN_CODE_WORDS)})[ ]"
    rf"|(?:[{_KA}]+(?:ური|ული|ურ|ულ)[ ]){{0,2}}[{_KA}]+(?:ის|თა)[ ]შესახებ[ ]"
    r"|[«„“][^»“”\n]{1,80}[»“”][ ])?"
    rf"(?:{_both_cases(GEORGIAN_STATUTE_KINDS)})"
    rf"|(?:{_alternation(GEORGIAN_CODE_ABBREVIATIONS)})-ი[სთ])"
    rf"[ ]{_KA_ORDINAL}[ ]მუხლ(?:ის|ით|ში|ზე|იდან|ი|ს|მა|ად)?(?![{_KA}])"
    rf"(?:[ ](?:{_KA_ORDINAL}|პირველი|მეორე|მესამე)[ ]ნაწილ(?:ის|ით|ში|ზე|ი)?(?![{_KA}]))?"
)
_MUKHLI_LANDMARK = re.compile("მუხლ")
# Armenian: the title in the genitive, the article's ordinal ("241-րդ", "1-ին") and "հոդված"
# in its case, and a part ("1-ին մասի"). A title is "ՀՀ" (the Republic of Armenia) and a listed
# code's words and kind, a subject and "մասին" (on) with its kind, a quoted title, or "ՔԴՕ".
_HY = "\u0531-\u0556\u0561-\u0587"
_HY_ORDINAL = r"\d{1,4}(?:\.\d{1,2})?-(?:րդ|ին)"
_ARMENIAN_LEGAL = re.compile(
    rf"(?<![{_HY}])(?:(?:(?:ՀՀ|Հայաստանի[ ]Հանրապետության)[ ])?"
    rf"(?:(?:{_both_cases(ARMENIAN_CODE_WORDS)})[ ]"
    rf"|(?:[{_HY}]+(?:ային|ական|ների|երի)[ ]){{0,2}}[{_HY}]+(?:ի|ու|ան)[ ]մասին[ ]"
    r"|«[^»\n]{1,80}»(?:[ ]ՀՀ)?[ ])?"
    rf"(?:{_both_cases(ARMENIAN_STATUTE_KINDS)})"
    rf"|(?:ՀՀ[ ])?(?:{_alternation(ARMENIAN_CODE_ABBREVIATIONS)}))"
    rf"[ ]{_HY_ORDINAL}[ ]հոդված(?:ների|ներ|ով|ում|ից|ին|ի|ը)?(?![{_HY}])"
    rf"(?:[ ]{_HY_ORDINAL}[ ]մաս(?:ով|ում|ին|ի|ը)?(?![{_HY}]))?"
)
_HODVAD_LANDMARK = re.compile("հոդված")
# Macedonian: the article, its paragraph and point, "од" (of) and the title: a listed code, a
# kind and "за" (on) with its lower-case subject up to a word of the sentence, an adjective and
# "законик" or "закон", or an abbreviation ("ЗКП", "КЗ").
_MK_LOWER = "а-шѐ-џ"
_MK_SUBJECT_WORD = rf"(?!(?:{_alternation(MACEDONIAN_NOT_TITLE)})(?![\w]))[{_MK_LOWER}]+"
_MACEDONIAN_LEGAL = re.compile(
    r"(?<![\w])(?:[Чч]лен(?:от|овите|ови)?|[Чч]л\.)[ ]?\d{1,4}(?:-[а-ш])?(?![\w])"
    r"(?:,?[ ](?:став(?:от)?|ст\.|точка|т\.|алинеја)[ ]\d{1,3}(?![\w]))*"
    rf"[ ]од[ ](?:(?:{_alternation(MACEDONIAN_CODES)})(?![\w])"
    rf"|(?:{_alternation(MACEDONIAN_STATUTE_KINDS)})[ ]за(?:[ ]{_MK_SUBJECT_WORD}){{1,6}}(?![\w])"
    rf"|[А-ЯЀ-Џ][{_MK_LOWER}]+[ ](?:законик|закон|кодекс)(?![\w])"
    r"|[А-ЯЀ-Џ]{2,5}(?![\w]))"
)
_CHLEN_LANDMARK = re.compile(r"л(?:ен|\.)")
# Albanian: the article in its case ("neni", "nenit", "nenin"), its number ("191/a"), "i" or
# "të" and the title's kind in the genitive with its capitalised words and their connectors
# ("Kodit të Procedurës Penale të Kosovës", "Konventës për Krimin Kibernetik"), a law's number,
# or a code's abbreviation ("KPP", "KPPK-së").
_SQ_WORD = r"[A-ZÇË][a-zçë]+"
_ALBANIAN_LEGAL = re.compile(
    r"(?<![\w])[Nn]en(?:it|in|i)[ ]\d{1,4}(?:/(?:[a-z]|\d{1,2}))?(?![\w/])"
    r"(?:,?[ ](?:paragraf(?:in|it|i)?|pik(?:a|ën|ës))[ ]\d{1,3}(?![\w]))*"
    rf"(?:[ ](?:i|të|e)[ ](?:{_alternation(ALBANIAN_STATUTE_KINDS)})"
    rf"(?:[ ](?:(?:të|për|e|së|dhe)[ ])?{_SQ_WORD}){{0,6}}"
    r"(?:[ ]nr\.[ ]\d{1,5}(?:/(?:19|20)\d{2})?)?(?![\w])"
    rf"|(?:[ ](?:i|të|e))?[ ](?:{_alternation(ALBANIAN_CODE_ABBREVIATIONS)})(?:-(?:së|në|ja))?(?![\w]))"
)
_NENI_LANDMARK = re.compile(r"eni[tn]?[ ]\d")
# Icelandic: the paragraph and the article ("1. mgr. 80. gr."), then a listed instrument, a law
# by its subject and number ("laga um meðferð sakamála nr. 88/2008"), or a code, one word in
# "-laga" ("almennra hegningarlaga"), with its number. A law cited alone has its number.
_IS_LOWER = "a-záðéíóúýþæö"
_IS_LAW_NUMBER = r"[ ]nr\.[ ]\d{1,3}/(?:19|20)\d{2}(?![\d/])"
_IS_LAW = rf"(?:{_alternation(ICELANDIC_LAW_FORMS)})(?:[ ]um(?:[ ][{_IS_LOWER}]+){{1,6}}?)?{_IS_LAW_NUMBER}"
_ICELANDIC_ARTICLE = re.compile(
    rf"(?<![\w.])(?:(?:[a-z]-lið(?:ar)?[ ])?\d{{1,2}}\.[ ]mgr\.[ ])?\d{{1,4}}\.[ ]gr\.[ ]"
    rf"(?:{_IS_LAW}|(?:{_alternation(ICELANDIC_INSTRUMENTS)})(?![\w])"
    rf"|(?:almennra[ ])?[{_IS_LOWER}]*laga(?![\w])(?:{_IS_LAW_NUMBER})?)"
)
_GR_LANDMARK = re.compile(r"\.[ ]gr\.")
_ICELANDIC_LAW = re.compile(
    rf"(?<![\w])(?<!gr\.[ ])(?:[Aa]lmenn(?:ra|um)?[ ])?(?:[{_IS_LOWER}]*|[Ll])"
    rf"(?:{_alternation(ICELANDIC_LAW_FORMS)})(?![\w])"
    rf"(?:[ ]um(?:[ ][{_IS_LOWER}]+){{1,6}}?)?{_IS_LAW_NUMBER}"
)
_LAW_NUMBER_LANDMARK = re.compile(r"[ ]nr\.[ ]\d{1,3}/(?:19|20)\d\d")
# Turkish conventions, laws and codes cited by their title or abbreviation in the genitive,
# without a number and "sayılı" ("Siber Suç Sözleşmesi'nin 18. maddesi", "CMK'nın 332.
# maddesi"), and a paragraph after the article ("1. fıkrası").
_TURKISH_TITLE_ARTICLE = re.compile(
    rf"(?<![\w'’])(?:(?:{'|'.join(TURKISH_CODE_ABBREVIATIONS)})['’](?:nın|nin|nun|nün|ın|in|un|ün)"
    r"|(?:[A-ZÇĞİÖŞÜ][\wçğıöşü]*[ ]){1,5}"
    rf"(?:{'|'.join(TURKISH_STATUTE_KINDS)})['’]n(?:in|ın|un|ün))"
    r"[ ]\d{1,4}(?:/[A-Z])?\.[ ]madde(?:sinin|sine|sinde|sini|si)(?![\w])"
    r"(?:[ ]\d{1,2}\.[ ]fıkra(?:sının|sına|sında|sı))?(?![\w])"
)
_MADDESI_LANDMARK = re.compile(r"\.[ ]madde")


# --- the ninth held-out set: Maltese, Irish, Basque, Belarusian, Kazakh --------------------------
# Maltese: the article and its number ("337C", "355AD", "(1)(a)"), "ta'" (of) with the article
# glued to the kind ("tal-Kodiċi Kriminali", "tal-Konvenzjoni ta' Budapest"), the title's
# capitalised words with their connectors and articles ("Att dwar il-Protezzjoni tad-Data"),
# and the chapter of the Laws of Malta ("(Kap. 9)").
_MT_ARTICLE = r"(?:il|l|iċ|id|in|ir|is|it|ix|iż|tal|tad|tat|taċ|taż|tan|tar|tas|tax|għall|mill)-"
_MT_CAP = r"[A-ZĊĠĦŻ][\wċġħż'’]*"
_MALTESE_LEGAL = re.compile(
    r"(?<![\w])(?:[Aa]rtikol(?:u|i)|[Aa]rtikli)[ ]\d{1,4}[A-Z]{0,3}(?:\(\w{1,3}\))*(?![\w])"
    r"[ ](?:ta['’][ ](?:l-)?|tal-|tad-|tat-|taċ-|taż-|tan-|tar-|tas-|tax-)"
    rf"(?:{_alternation(MALTESE_STATUTE_KINDS)})(?![\w])"
    rf"(?:[ ](?:(?:ta['’]|dwar|u|fuq|għall|kontra)[ ])?(?:{_MT_ARTICLE})?{_MT_CAP}){{0,6}}"
    r"(?:,?[ ]\(?Kap(?:itolu)?\.?[ ]\d{1,3}\)?(?![\w]))?"
)
_ARTIKOL_LANDMARK = re.compile(r"rtik(?:ol|li)")
# Irish: "alt 5 d'Acht um Cheartas Coiriúil (Cionta a Bhaineann le Córais Faisnéise) 2017",
# "Airteagal 18 de Choinbhinsiún Budapest": the section or article, its subsections, "de",
# "den" or "d'" (of), then an Act's title up to its year, or another kind and its capitalised
# words (initial mutations written against them: "gCibearchoireacht", "bhFeidhm").
_GA_CAP = r"(?:[bdgmnth]|bh|n-|h-|t-)?[A-ZÁÉÍÓÚ][\wáéíóú'’-]*"
_GA_SMALL = r"(?:um|na|an|ar|ag|le|leis|agus|a|i|do|de|den|don|ó|faoi)"
_IRISH_LEGAL = re.compile(
    r"(?<![\w])(?:[Aa]i?lt|[Aa]irteaga(?:l|il)|[Mm]ír)[ ]\d{1,4}[A-Z]{0,2}(?:\(\w{1,4}\))*(?![\w])"
    rf"[ ](?:d['’]|de[ ]|den[ ]|don[ ])(?:an[ ])?"
    rf"(?:(?:{_alternation(IRISH_ACT_KINDS)})(?:[ ](?:{_GA_CAP}|{_GA_SMALL}|\([^()\n]{{1,100}}\))){{0,14}}?"
    r",?[ ](?:19|20)\d{2}(?![\w])"
    rf"|(?:{_alternation(IRISH_STATUTE_KINDS)})(?![\w])(?:[ ](?:{_GA_SMALL}[ ]){{0,2}}{_GA_CAP}){{0,6}})"
)
_ALT_LANDMARK = re.compile(r"lt[ ]\d")
_AIRTEAGAL_LANDMARK = re.compile("rteaga")
# Basque: the code's words and kind in the genitive, the article's number (an ordinal's stop, a
# Latin ordinal and letter: "588 ter j") and "artikulua" in its case; a part before it ("2.
# paragrafoa") is the sentence's.
_EU_WORD = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+"
_BASQUE_LEGAL = re.compile(
    rf"(?<![\w-])(?:(?:(?:{_alternation(BASQUE_CODE_WORDS)})[ ]|{_EU_WORD}(?:ko|rako|ren)[ ]"
    rf"|(?:{_EU_WORD}[ ])?[A-ZÁÉÍÓÚÑa-záéíóúñ][a-záéíóúñ]+[ ]buruzko[ ])?(?:{_alternation(BASQUE_STATUTE_KINDS)})"
    rf"|(?:{_alternation(BASQUE_CODE_ABBREVIATIONS)})-?(?:aren|ren|ko|eko))"
    r"[ ]\d{1,4}(?:\.\d{1,3})*(?:\.|[ ](?:bis|ter|quater|quinquies|sexies)(?:[ ][a-z](?![\w]))?)?"
    r"[ ]artikulu(?:ak|aren|an|ari|tik|ko|ek|ei|a)?(?![\w])"
)
_ARTIKULU_LANDMARK = re.compile(r" artikulu")
# Belarusian: a part before the article ("часткі 1 артыкула 212"), the article in its case
# ("артыкула", "арт."), its number, then a listed instrument, a code's or law's adjectives and
# kind with the state's name, a law's quoted title, or an abbreviation ("КК", "КПК").
_BE_UPPER = "А-ЯЁІЎ"
_BE_LOWER = "а-яёіў"
_BELARUSIAN_LEGAL = re.compile(
    r"(?<![\w])(?:(?:[Чч]астк(?:а|і|у|ай)|[Чч]\.|[Пп]ункт(?:а|у)?|[Пп]\.)[ ]\d{1,3}[ ])?"
    r"(?:[Аа]ртыкул(?:амі|ам|аў|а|у|е|ы)?|[Аа]рт\.)[ ]?\d{1,4}(?:[.-]\d{1,3})?(?![\w])"
    rf"[ ](?:(?:{_alternation(BELARUSIAN_INSTRUMENTS)})(?![\w])"
    rf"|(?:[{_BE_UPPER}{_BE_LOWER}][{_BE_LOWER}]+(?:-[{_BE_LOWER}]+)?[ ]){{1,2}}"
    rf"(?:{_alternation(BELARUSIAN_STATUTE_KINDS)})(?:[ ]Рэспублікі[ ]Беларусь)?(?![\w])"
    rf"|Закона(?:[ ]Рэспублікі[ ]Беларусь)?(?:[ ]«[^»\n]{{1,100}}»)?"
    rf"|(?:{_alternation(BELARUSIAN_CODE_ABBREVIATIONS)})(?:[ ](?:РБ|Рэспублікі[ ]Беларусь))?(?![\w]))"
)
_ARTYKUL_LANDMARK = re.compile(r"рт(?:ыкул|\.)")
# Kazakh: "Қазақстан Республикасы" (the state), a code's adjectives ("Қылмыстық-процестік") and
# its kind in the genitive, a subject and "туралы" (on) with its kind ("Киберқылмыс туралы
# конвенцияның"), or an abbreviation with its genitive ending ("ҚПК-нің"); then the article's
# number, "бап" in its case and a part ("1-бөлігі").
_KK_UPPER = "А-ЯЁӘҒҚҢӨҰҮҺІ"
_KK_LOWER = "а-яёәғқңөұүһі"
_KK_ADJECTIVE = rf"[{_KK_UPPER}{_KK_LOWER}][{_KK_LOWER}]*(?:тық|тік|дық|дік|лық|лік)"
_KAZAKH_LEGAL = re.compile(
    rf"(?<![\w-])(?:(?:Қазақстан[ ]Республикасы(?:ның)?[ ])?"
    rf"(?:(?:{_KK_ADJECTIVE}(?:-{_KK_ADJECTIVE})?[ ]){{0,2}}"
    rf"|[{_KK_UPPER}][{_KK_LOWER}]+[ ](?:[{_KK_LOWER}]+[ ]){{0,3}}туралы[ ])"
    rf"(?:{_alternation(KAZAKH_STATUTE_KINDS)})"
    rf"|(?:{_alternation(KAZAKH_CODE_ABBREVIATIONS)})-(?:нің|ның|тің|тың|дің|дың))"
    r"[ ]\d{1,4}(?:-\d{1,3})?-ба(?:бы(?:ның|нан|нда|на|мен)?|п(?:тың|қа|та)?)(?![\w])"
    r"(?:[ ]\d{1,3}-бөлі(?:гінің|гінде|гіне|гі))?(?![\w])"
)
_BAP_LANDMARK = re.compile(r"-ба[бп]")


# --- the tenth held-out set: Welsh, Luxembourgish, Uzbek, Mongolian, Sinhala --------------------
# Welsh: the section or article and its subsections, "o" (of), "y"/"yr"/"'r" (the) and the kind,
# mutated ("o Ddeddf", "o Gonfensiwn"); an Act's title runs to its year, another kind takes its
# capitalised words and their joiners (patterns/laws.py).
_CY_CAP = r"[A-ZÂÊÎÔÛŴŶ][\wâêîôûŵŷ'’-]*"
_CY_JOINER = rf"(?:{_alternation(WELSH_TITLE_JOINERS)})"
_WELSH_LEGAL = re.compile(
    r"(?<![\w])(?:[Aa]dran(?:nau)?|[Ee]rthygl(?:au)?|[Pp]aragraff|[Rr]heoliad)[ ]\d{1,4}[A-Z]{0,2}"
    r"(?:\(\w{1,4}\))*(?![\w])[ ]o(?:['’]r|[ ]y|[ ]yr)?[ ]"
    rf"(?:(?:{_alternation(WELSH_ACT_KINDS)})(?:[ ](?:{_CY_CAP}|{_CY_JOINER}|\([^()\n]{{1,100}}\))){{1,14}}?"
    r",?[ ](?:19|20)\d{2}(?![\w])"
    rf"|(?:{_alternation(WELSH_STATUTE_KINDS)})(?![\w])(?:[ ](?:{_CY_JOINER}[ ]){{0,2}}{_CY_CAP}){{0,6}})"
)
_ADRAN_LANDMARK = re.compile("dran ")
_ERTHYGL_LANDMARK = re.compile("rthygl ")
# Luxembourgish: the article, "vum" or "vun der"/"vun dem" (of the) and a listed title, or a law
# by its date ("Gesetz vum 2. August 2002").
_LB_MONTH = r"[A-ZÄËÉ][a-zäëé]+"
_LUXEMBOURGISH_LEGAL = re.compile(
    r"(?<![\w])(?:[Aa]rtikel(?:en)?|[Aa]rt\.)[ ]\d{1,4}(?:-\d{1,3})?(?:[a-z](?![\w]))?"
    r"(?:[ ](?:Paragraf|Abschnitt|Alinéa|al\.)[ ]\d{1,3})?"
    r"[ ](?:vum|vun[ ]der|vun[ ]dem|vun|vu[ ]der)[ ]"
    rf"(?:(?:{_alternation(LUXEMBOURGISH_TITLES)})(?![\w])"
    rf"|(?:{_alternation(LUXEMBOURGISH_LAW_KINDS)})[ ](?:vum|du)[ ]\d{{1,2}}\.?[ ]{_LB_MONTH}[ ](?:19|20)\d{{2}}(?![\w]))"
)
_VUM_LANDMARK = re.compile(" vum ")
_VUN_LANDMARK = re.compile(" vun ")
# Uzbek (Latin): "O'zbekiston Respublikasi" (the state), a code's words and its kind in the
# genitive, or an abbreviation with its genitive ending ("JPKning"); then the article's number,
# "modda" in its case and a part ("2-qismi").
_UZ_LOWER = "a-zʻ'’"
_UZBEK_LEGAL = re.compile(
    rf"(?<![\w-])(?:(?:O[ʻ'’‘]zbekiston[ ]Respublikasi(?:ning)?[ ])?"
    rf"(?:[A-Z][{_UZ_LOWER}]*(?:-[{_UZ_LOWER}]+)?[ ](?:[{_UZ_LOWER}]+(?:-[{_UZ_LOWER}]+)?[ ]){{0,3}})"
    rf"(?:{_alternation(UZBEK_STATUTE_KINDS)})"
    rf"|(?:{_alternation(UZBEK_CODE_ABBREVIATIONS)})(?:ning|[ ]))"
    r"[ ]?\d{1,4}(?:[.-]\d{1,3})?-modda(?:sining|sidan|sida|siga|sini|si|lari|larining|lariga)?(?![\w])"
    r"(?:[ ]\d{1,2}-qism(?:ining|iga|ida|i)?(?![\w]))?"
)
_MODDA_LANDMARK = re.compile(r"-modda")
# Mongolian: "Монгол Улсын" (the state), a code's words (listed, or a capitalised word and up to
# three lower-case ones) and its kind in the genitive, the article's number, "дугаар"/"дүгээр"
# and "зүйл" in its case.
_MN_UPPER = "А-ЯЁӨҮ"
_MN_LOWER = "а-яёөү"
_MONGOLIAN_LEGAL = re.compile(
    rf"(?<![\w])(?:Монгол[ ]Улсын[ ])?"
    rf"(?:(?:{_both_cases(MONGOLIAN_CODE_WORDS)})[ ]|[{_MN_UPPER}][{_MN_LOWER}]+[ ](?:[{_MN_LOWER}]+[ ]){{0,3}})?"
    rf"(?:{_alternation(MONGOLIAN_STATUTE_KINDS)})"
    r"[ ]\d{1,4}(?:\.\d{1,3}){0,2}[ ](?:дугаар|дүгээр|дахь|дэх)[ ]зүйл(?:ийн|ийг|ээр|д)?(?![\w])"
)
_ZUIL_LANDMARK = re.compile(r"[ ]зүйл")
# Sinhala: an Act's year and number ("2007 අංක 24 දරන"), then a listed title or one word and its
# kind, the section's number, "වන" and "වගන්තිය" in its case.
_SI = "\u0d80-\u0dff\u200c\u200d"
_SINHALA_LEGAL = re.compile(
    rf"(?<![{_SI}\w])(?:(?:19|20)\d{{2}}[ ]අංක[ ]\d{{1,3}}[ ]දරන[ ](?:[{_SI}]+[ ]){{0,5}}?"
    rf"(?:{_alternation(SINHALA_STATUTE_KINDS)})"
    rf"|(?:{_alternation(SINHALA_STATUTES)})|[{_SI}]+[ ](?:{_alternation(SINHALA_STATUTE_KINDS)}))"
    rf"[ ]\d{{1,4}}(?:\([0-9a-z]{{1,3}}\))*[ ]වන[ ]වගන්ති(?:යේ|යට|යෙන්|ය)(?![{_SI}])"
)
_WAGANTHI_LANDMARK = re.compile("වගන්ති")


def _legal_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of _LEGAL_PATTERN, as _whole_matches gives them for a pattern led by its
    first characters (letters, signs, digits)."""
    from_numbers: list[re.Match[str]] = []
    at = text.find(" U")
    while at >= 0:
        for start in (at - 2, at - 1):
            if start >= 0 and (match := _LEGAL_FROM_TITLE_NUMBER.match(text, start)):
                from_numbers.append(match)
        at = text.find(" U", at + 2)
    matches = _LEGAL.finditer(text)
    if from_numbers:
        return _outside_previous(heapq.merge(matches, from_numbers, key=lambda m: m.start()))
    return _outside_previous(matches)


def _legal_references(text: str) -> Iterator[_Candidate]:
    for pattern, landmark, before, reach in (
        (_VIETNAMESE_LEGAL, _DIEU_LANDMARK, 25, 160),
        (_TAMIL_LEGAL, _PIRIVU_LANDMARK, 96, 32),
        (_URDU_LEGAL, _DAFA_LANDMARK, 64, 64),
        (_SECTION_SIGN_AFTER, _SECTION_SIGN_LANDMARK, 32, 120),
        (_HUNGARIAN_ARTICLE, _CIKK_LANDMARK, 64, 40),
        (_BENGALI_SECTION, _SECTION_LANDMARK_BN, 80, 24),
        (_BENGALI_ARTICLE, _ARTICLE_LANDMARK_BN, 80, 24),
        (_FINNISH_ARTICLE, _ARTIKLA_LANDMARK, 96, 40),
        (_FINNISH_SECTION, _LUVUN_LANDMARK, 40, 32),
        (_LITHUANIAN_LEGAL, _STRAIPSN_LANDMARK, 80, 48),
        (_SWAHILI_LEGAL, _IBARA_LANDMARK, 3, 120),
        (_SWAHILI_LEGAL, _KIFUNGU_LANDMARK, 5, 120),
        (_LATVIAN_LEGAL, _PANT_LANDMARK, 200, 12),
        (_SOUTH_SLAVIC_LEGAL, _CLAN_LANDMARK, 10, 120),
        (_AZERBAIJANI_LEGAL, _MADDE_LANDMARK, 160, 20),
        (_UK_ACT_SECTION, _ACT_LANDMARK, 160, 12),
        (_GEORGIAN_LEGAL, _MUKHLI_LANDMARK, 150, 40),
        (_ARMENIAN_LEGAL, _HODVAD_LANDMARK, 150, 30),
        (_MACEDONIAN_LEGAL, _CHLEN_LANDMARK, 2, 160),
        (_ALBANIAN_LEGAL, _NENI_LANDMARK, 2, 160),
        (_ICELANDIC_ARTICLE, _GR_LANDMARK, 26, 120),
        (_ICELANDIC_LAW, _LAW_NUMBER_LANDMARK, 80, 20),
        (_TURKISH_TITLE_ARTICLE, _MADDESI_LANDMARK, 80, 40),
        (_MALTESE_LEGAL, _ARTIKOL_LANDMARK, 2, 200),
        (_IRISH_LEGAL, _ALT_LANDMARK, 2, 240),
        (_IRISH_LEGAL, _AIRTEAGAL_LANDMARK, 3, 240),
        (_BASQUE_LEGAL, _ARTIKULU_LANDMARK, 90, 14),
        (_BELARUSIAN_LEGAL, _ARTYKUL_LANDMARK, 16, 160),
        (_KAZAKH_LEGAL, _BAP_LANDMARK, 120, 30),
        (_WELSH_LEGAL, _ADRAN_LANDMARK, 2, 240),
        (_WELSH_LEGAL, _ERTHYGL_LANDMARK, 2, 240),
        (_LUXEMBOURGISH_LEGAL, _VUM_LANDMARK, 40, 80),
        (_LUXEMBOURGISH_LEGAL, _VUN_LANDMARK, 40, 80),
        (_UZBEK_LEGAL, _MODDA_LANDMARK, 120, 30),
        (_MONGOLIAN_LEGAL, _ZUIL_LANDMARK, 140, 20),
        (_SINHALA_LEGAL, _WAGANTHI_LANDMARK, 200, 20),
    ):
        for match in _near_landmarks(pattern, landmark, text, before, reach):
            yield _Candidate(
                "legal_reference", match.start(), match.end(), normalize_reference(match.group())
            )
    for match in itertools.chain(
        _THAI_LEGAL.finditer(text),
        _PERSIAN_LEGAL.finditer(text),
        _HEBREW_LEGAL.finditer(text),
        _NUMBERED_LAW.finditer(text),
    ):
        yield _Candidate(
            "legal_reference", match.start(), match.end(), normalize_reference(match.group())
        )
    for match in _near_landmarks(_TURKISH_LAW, _SAYILI_LANDMARK, text, 8, 160):
        yield _Candidate(
            "legal_reference", match.start(), match.end(), normalize_reference(match.group())
        )
    for match in _near_landmarks(_TURKISH_CODE_ARTICLE, _CODE_ARTICLE_LANDMARK, text, 4, 24):
        yield _Candidate(
            "legal_reference", match.start(), match.end(), normalize_reference(match.group())
        )
    for match in _legal_matches(text):
        if _PRODUCT_LABEL_BEFORE.search(text, max(0, match.start() - 14), match.start()):
            continue
        start, end = match.start(), match.end("whole")
        if text[start] == "第":
            name = _JAPANESE_LAW_BEFORE.search(text, max(0, start - 16), start)
            # Japanese, not Chinese: kana in the name, or against it or the article.
            if name is not None and (
                _KANA.search(text, max(0, name.start() - 1), name.end())
                or _KANA.search(text, end - 2, min(len(text), end + 1))
            ):
                start = name.start()
                # A law named by its subject: "…の禁止等に関する法律", "…の移転防止に関する法律".
                if text.startswith("法律", start) and (
                    subject := _JAPANESE_SUBJECT_BEFORE.search(text, max(0, start - 40), start)
                ):
                    start = subject.start()
            elif name is not None and _NAME_JOINS_ARTICLE.search(text, start, end):
                # Traditional Chinese (Taiwan) and Japanese cite a law by its bare name before
                # the article ("刑事訴訟法第133條", "…法第197条第3項": 條 and 項 are theirs, the
                # mainland writes 条 and 款), where the mainland puts the name in 《》 and a bare word
                # before "第…条" is the sentence's: the name alone, after the words introducing
                # it, and only where something other than an ideograph stands before it.
                basis = _CHINESE_BASIS_BEFORE.match(text, name.start(), start)
                if basis is not None:
                    start = basis.end()
                elif name.start() == 0 or not _HAN.match(text, name.start() - 1):
                    start = name.start()
            elif (
                name is not None
                and name.start() > 1
                and text[name.start() - 2 : name.start()] == "  "
            ):
                # A law's name alone in a table's cell ("処理中  刑事訴訟法第218条").
                start = name.start()
        elif text[start] == "제":
            name = _KOREAN_LAW_BEFORE.search(text, max(0, start - 17), start)
            if name is not None:
                start = name.start()
        elif text[start] == "§" and text[max(0, start - 7) : start].lower().endswith(
            ("loven ", "lovens ")
        ):
            name = _NORDIC_CODE_BEFORE.search(text, max(0, start - 36), start)
            if name is not None:
                start = name.start()
                letter = _NORDIC_SECTION_LETTER.match(text, end)
                if letter is not None:
                    end = letter.end()
        elif text[start] == "§" and (
            name := _CODE_BEFORE_SECTION.search(text, max(0, start - 36), start)
        ):
            start = name.start()
        elif text[start] in "Сс" and (
            part := _PART_BEFORE_ARTICLE.search(text, max(0, start - 14), start)
        ):
            # The part of an article is cited before it and belongs to it: "части 1 статьи 273".
            start = part.start()
        while text[end - 1] in ".,'’-":
            # The stop of an abbreviated title ("c.p.p.", "U.S.C.") belongs to it, and so does
            # a short code's where the sentence goes on after it ("artikel 88ter Sv. en …").
            if text[end - 1] == "." and (
                _ABBREVIATION_END.search(text, match.start(), end)
                or (
                    _SHORT_CODE_END.search(text, match.start(), end)
                    and _SENTENCE_GOES_ON.match(text, end)
                )
            ):
                break
            end -= 1
        start, end = _with_instrument_title(text, start, end, match.start())
        # Two spaces end a table's cell: what follows is the next column's.
        if (gap := text.find("  ", start, end)) > start:
            end = gap
            while text[end - 1] in ",'’-":
                end -= 1
        # After a code's abbreviation, a stop and one capitalised word start the next sentence
        # ("art. 694-4 du CPP. Les faits", "ст. 186.1 УПК РФ. Деяние").
        elif (sentence := _SENTENCE_AFTER_CODE.search(text, start, end)) is not None:
            end = sentence.start()
        yield _Candidate("legal_reference", start, end, normalize_reference(text[start:end]))


def _day_first(language: str | None, default_region: str | None) -> bool | None:
    if language and language.split("-")[0].lower() in MONTH_FIRST_LANGUAGES:
        return False
    if (
        default_region
        and default_region.upper() in MONTH_FIRST_REGIONS
        and language in (None, "en")
    ):
        return False
    if language and language.split("-")[0].lower() in DAY_FIRST_LANGUAGES:
        return True
    if language == "en" and default_region:
        return default_region.upper() not in MONTH_FIRST_REGIONS
    return None


def _date_candidate(
    start: int,
    end: int,
    year: int,
    month: int,
    day: int,
    flags: list[str],
    *,
    solar_hijri: bool = False,
) -> _Candidate | None:
    # A month numbered past twelve is a Solar Hijri month's name (see _month_alternation).
    if month > _SOLAR_HIJRI_SHIFT:
        month, solar_hijri = month - _SOLAR_HIJRI_SHIFT, True
    try:
        if solar_hijri:
            if year not in SOLAR_HIJRI_YEARS:
                return None
            iso = jdatetime.date(year, month, day).togregorian().isoformat()
        else:
            if year in BUDDHIST_ERA_YEARS:
                year -= BUDDHIST_ERA_OFFSET
            iso = date(year, month, day).isoformat()
    except ValueError:
        return None
    confidence = 0.6 if flags else 1.0
    return _Candidate("date", start, end, iso, {"iso": iso}, confidence, flags)


def _numeric_date(
    start: int,
    end: int,
    first: int,
    second: int,
    year: int,
    day_first: bool | None,
    *,
    solar_hijri: bool = False,
) -> _Candidate | None:
    flags: list[str] = []
    if first <= 12 and second <= 12 and first != second and day_first is None:
        flags = ["ambiguous"]
    if first > 12 or second > 12:
        day, month = (first, second) if first > 12 else (second, first)
    elif day_first is False:
        day, month = second, first
    else:
        day, month = first, second
    return _date_candidate(start, end, year, month, day, flags, solar_hijri=solar_hijri)


def _stated_order(numeric: list[tuple[re.Match[str], int, int, int]]) -> bool | None:
    """Day first or month first, as a letter's unambiguous numeric dates show it, or None."""
    # A letter writes its numeric dates one way: "13/07/2024" in its table says "02/07/2024"
    # beside it is the 2nd of July, whatever its country's custom.
    day_over_twelve = any(first > 12 >= second for _, first, second, _ in numeric)
    month_over_twelve = any(second > 12 >= first for _, first, second, _ in numeric)
    if day_over_twelve != month_over_twelve:
        return day_over_twelve
    return None


def _short_year(short: int) -> int:
    # CLDR's two-digit year parsing: the century that puts the year within 80 years before and
    # 20 after today; letters date recent events, so 00-69 read as 20xx.
    return 2000 + short if short < 70 else 1900 + short


def _chinese_number(numeral: str) -> int | None:
    """A month or day in Chinese numerals (九, 十, 十二, 二十一, 三十), or None if malformed."""
    tens, ten, units = numeral.partition("十")
    if not ten:
        return CHINESE_DIGITS[numeral] if len(numeral) == 1 else None
    if len(tens) > 1 or len(units) > 1:
        return None
    return (CHINESE_DIGITS[tens] if tens else 1) * 10 + (CHINESE_DIGITS[units] if units else 0)


def _dates(
    text: str, language: str | None, default_region: str | None
) -> Iterator[_Candidate | None]:
    # Iranian and Afghan letters write all-numeric dates in the Solar Hijri calendar.
    solar = (language or "").split("-")[0].lower() in SOLAR_HIJRI_LANGUAGES or (
        default_region or ""
    ).upper() in SOLAR_HIJRI_REGIONS
    for match in _near_landmarks(_YMD, _YMD_LANDMARK, text, 5, 24):
        # A slash before a slash-joined year, month and day makes them a case number's parts
        # ("ԵԴ/2719/01/25"), not a date.
        if match.group("sep") == "/" and text[match.start() - 1 : match.start()] == "/":
            continue
        year = int(text[match.start() : match.start() + 4])
        if match.group("sep"):
            month, day = int(match.group("m")), int(match.group("d"))
        else:
            month, day = int(match.group("cm")), int(match.group("cd"))
        yield _date_candidate(
            match.start(),
            match.end(),
            year,
            month,
            day,
            [],
            solar_hijri=solar and year in SOLAR_HIJRI_YEARS,
        )
    for match in _near_landmarks(_YMD_STOPS, _STOPS_LANDMARK, text, 4, 24):
        year = int(text[match.start() : match.start() + 4])
        month, day = int(match.group("m")), int(match.group("d"))
        yield _date_candidate(match.start(), match.end(), year, month, day, [])
    for match in _near_landmarks(_DMY_STOPS, _STOPS_LANDMARK, text, 3, 24):
        day = int(match.group()[: match.group().index(".")])
        month, year = int(match.group("m")), int(match.group("y"))
        yield _date_candidate(match.start(), match.end(), year, month, day, [])
    for match in _near_landmarks(_DM_SPACE_Y, _DM_SPACE_Y_LANDMARK, text, 2, 16):
        day = int(match.group()[: match.group().index("/")])
        month, year = int(match.group("m")), int(match.group("y"))
        yield _date_candidate(match.start(), match.end(), year, month, day, [])
    for match in _near_landmarks(_VIETNAMESE_DATE, _THANG_LANDMARK, text, 4, 24):
        day = int(match.group()[: match.group().index(" ")])
        month, year = int(match.group("m")), int(match.group("y"))
        yield _date_candidate(match.start(), match.end(), year, month, day, [])
    for match in _near_landmarks(_THAI_SHORT_YEAR_DATE, _THAI_ABBREVIATION_LANDMARK, text, 8, 16):
        day = int(match.group()[:2].strip())
        year = 2500 + int(match.group("y")) - BUDDHIST_ERA_OFFSET
        month = _month_number(match.group("m"))
        yield _date_candidate(match.start(), match.end(), year, month, day, [])
    # Only Hungarian and Lithuanian write a named date year first: the pass runs for their
    # letters alone.
    year_first = language is None or language.split("-")[0].lower() in YEAR_FIRST_MONTH_LANGUAGES
    for match in _NAMED_DATE_YEAR_FIRST.finditer(text) if year_first else ():
        year, day = int(match.group()[:4]), int(match.group("d"))
        yield _date_candidate(
            match.start(), match.end(), year, _month_number(match.group("m")), day, []
        )
    year_space = any(sign in text for sign in _YEAR_SPACE_SIGNS)
    for match in (
        _near_landmarks(_NAMED_DATE_YEAR_SPACE, _YEAR_SPACE_LANDMARK, text, 5, 40)
        if year_space
        else ()
    ):
        year, day = int(match.group()[:4]), int(match.group("d"))
        yield _date_candidate(
            match.start(), match.end(), year, _month_number(match.group("m")), day, []
        )
    for match in itertools.chain(
        *(_near_landmarks(_YEAR_GADA_DATE, mark, text, 5, 40) for mark in _YEAR_WORD_DAY_LANDMARKS),
        *(
            _near_landmarks(_YEAR_WORD_MONTH_DAY, mark, text, 5, 40)
            for mark in _YEAR_WORD_MONTH_LANDMARKS
        ),
    ):
        year, day = int(match.group()[:4]), int(match.group("d"))
        yield _date_candidate(
            match.start(), match.end(), year, _month_number(match.group("m")), day, []
        )
    for match in _near_landmarks(_WELSH_DATE, _WELSH_DATE_LANDMARK, text, 6, 40):
        day = int(match.group()[:2] if match.group()[1].isdigit() else match.group()[0])
        yield _date_candidate(
            match.start(),
            match.end(),
            int(match.group("y")),
            _month_number(match.group("m")),
            day,
            [],
        )
    for match in _near_landmarks(_MONGOLIAN_DATE, _MONGOLIAN_LANDMARK, text, 40, 10):
        word = match.group("w")
        month = (
            int(match.group("m"))
            if word is None
            else _MONGOLIAN_MONTH_ORDINAL_NUMBERS[word.lower()]
        )
        yield _date_candidate(
            match.start(), match.end(), int(match.group()[:4]), month, int(match.group("d")), []
        )
    for match in _near_landmarks(_BASQUE_DATE, _BASQUE_YEAR_LANDMARK, text, 6, 40):
        year, day = int(match.group()[:4]), int(match.group("d"))
        yield _date_candidate(
            match.start(), match.end(), year, _month_number(match.group("m")), day, []
        )
    for match in _near_landmarks(_JAPANESE_ERA_DATE, _NIAN_LANDMARK, text, 5, 24):
        era_year = 1 if match.group("y") == "元" else int(match.group("y"))
        month, day = int(match.group("m")), int(match.group("d"))
        year = JAPANESE_ERAS[match.group("era")] + era_year
        yield _date_candidate(match.start(), match.end(), year, month, day, [])
    numeric = [
        (match, int(match.group("a")), int(match.group("b")), int(match.group("y")))
        for match in _near_landmarks(_DMY, _DMY_LANDMARK, text, 5, 16)
    ]
    short_pattern = (
        _DMY_SHORT_UNPADDED
        if (language or "").split("-")[0].lower() in _UNPADDED_SHORT_DATE_LANGUAGES
        else _DMY_SHORT
    )
    numeric.extend(
        (match, int(match.group("a")), int(match.group("b")), _short_year(int(match.group("y"))))
        for match in _near_landmarks(short_pattern, _SHORT_YEAR_LANDMARK, text, 5, 32)
        if not _VERSION_BEFORE.search(text, max(0, match.start() - 20), match.start())
    )
    stated = _stated_order(numeric)
    day_first = stated if stated is not None else _day_first(language, default_region)
    for match, first, second, year in numeric:
        yield _numeric_date(
            match.start(),
            match.end(),
            first,
            second,
            year,
            day_first,
            solar_hijri=solar and year in SOLAR_HIJRI_YEARS,
        )
    for match in _near_landmarks(_CHINESE_DATE, _NIAN_LANDMARK, text, 6, 24):
        year = int("".join(str(CHINESE_DIGITS[char]) for char in match.group("y")))
        month_number = _chinese_number(match.group("m"))
        day_number = _chinese_number(match.group("d"))
        if month_number is not None and day_number is not None:
            yield _date_candidate(match.start(), match.end(), year, month_number, day_number, [])
    for match in itertools.chain(
        _NAMED_DATE.finditer(text),
        _near_landmarks(
            _NAMED_DATE_MONTH_FIRST,
            _DAY_AND_YEAR,
            text,
            _LONGEST_MONTH + 1,
            65,
            spaces_before=True,
        ),
    ):
        name, year = match.group("m"), int(match.group("y"))
        unit = match.groupdict().get("unit")
        day = int(match.group("d") if unit is None else text[match.start()] + unit)
        yield _date_candidate(match.start(), match.end(), year, _month_number(name), day, [])


# A day's name before a date belongs to it ("Sunday, 5 January 2025", "Dé Luain, 31 Márta
# 2025"): looked for in the few characters before each date that a space precedes, so the
# text is never scanned for day names.
_WEEKDAY_BEFORE = re.compile(
    rf"(?<![\w'’-])(?i:(?:{_trie_alternation({day for days in WEEKDAYS.values() for day in days})}),?"
    rf"|(?:{_trie_alternation(WEEKDAY_ABBREVIATIONS)})\.?,)[ ]"
)
_LONGEST_WEEKDAY = max(len(day) for days in WEEKDAYS.values() for day in days) + 2


def _with_weekdays(text: str, dates: Iterator[_Candidate | None]) -> Iterator[_Candidate | None]:
    for found in dates:
        if found is not None and text[found.start - 1 : found.start] == " ":
            window = max(0, found.start - _LONGEST_WEEKDAY)
            for day in _WEEKDAY_BEFORE.finditer(text, window, found.start):
                if day.end() == found.start:
                    found.start = day.start()
                    break
        yield found


@functools.lru_cache(maxsize=256)
def _offset_name(zone: timezone) -> str:
    # strftime cost 2.6 µs a call, twice per address with a stated offset; letters state few.
    offset = datetime(2000, 1, 1, tzinfo=zone).strftime("%z")
    return "UTC" + offset[:3] + ":" + offset[3:]


def _observed_at(text: str, found: _Candidate, dates: list[_Candidate], starts: list[int]) -> None:
    """Attach the date-time, time zone and port stated next to an IP address."""
    window_end = min(len(text), found.end + 120)
    if "port" not in found.attributes:
        port = _PORT_WORDS.search(text, found.end, min(window_end, found.end + 30))
        if port:
            found.attributes["port"] = port.group("port")
    index = bisect.bisect_left(starts, found.end)
    stated = None
    if index < len(dates) and dates[index].start < window_end:
        stated = dates[index]
    else:
        previous = bisect.bisect_left(starts, found.start) - 1
        if previous >= 0 and found.start - 80 <= dates[previous].end <= found.start:
            stated = dates[previous]
    if stated is None:
        return
    day = date.fromisoformat(stated.normalized)
    clock = _TIME.search(text, stated.end, min(len(text), stated.end + 25))
    if clock is None:
        found.attributes["observed_at"] = day.isoformat()
        return
    moment = datetime(  # noqa: DTZ001 - the zone is attached below when the letter states one
        day.year,
        day.month,
        day.day,
        int(clock.group("h")),
        int(clock.group("mi")),
        int(clock.group("s") or 0),
    )
    zone_window = (clock.end(), min(len(text), clock.end() + 40))
    offset = _OFFSET.search(text, *zone_window)
    phrase = _ZONE.search(text, *zone_window)
    if offset and (phrase is None or offset.start() <= phrase.start()):
        if offset.group("sign"):
            sign = -1 if offset.group("sign") in "-−" else 1
            delta = timedelta(hours=int(offset.group("h")), minutes=int(offset.group("m") or 0))
            zone = timezone(sign * delta)
            moment = moment.replace(tzinfo=zone)
            found.attributes["time_zone"] = _offset_name(zone)
        else:
            moment = moment.replace(tzinfo=UTC)
            found.attributes["time_zone"] = "UTC"
    elif phrase:
        name = ZONE_PHRASES[phrase.group().lower()]
        moment = moment.replace(tzinfo=ZoneInfo(name))
        found.attributes["time_zone"] = name
    found.attributes["observed_at"] = moment.isoformat()


# Occupancy marks: what a URL holds (an onion host may still be reported inside it), and what
# any other identifier holds.
_IN_URL = 2
_HELD = 1


def _is_free(held: bytearray, start: int, end: int) -> bool:
    return held.count(0, start, end) == end - start


def _claim(held: bytearray, candidates: list[_Candidate], chosen: list[_Candidate]) -> None:
    # A byte per character marks what a higher-priority identifier already holds: checking and
    # marking cost the span's length, so resolving stays linear in the text's size. Within one
    # type the longest candidate wins, then the first.
    candidates.sort(key=lambda c: (c.start - c.end, c.start))
    for candidate in candidates:
        start, end = candidate.start, candidate.end
        inside_url = candidate.type == "onion" and held.count(_IN_URL, start, end) == end - start
        if not inside_url and not _is_free(held, start, end):
            continue
        mark = _IN_URL if candidate.type == "url" else _HELD
        held[start:end] = bytes((mark,)) * (end - start)
        chosen.append(candidate)


_new_found = object.__new__
_DEFANGABLE = frozenset({"url", "email", "domain", "ipv4", "onion"})
# Every defanging mark holds a bracket or "xp" (hxxp, fxp): most values hold neither, and this
# test costs a fraction of the full one.
_MAY_BE_DEFANGED = re.compile(r"[\[({]|xp", re.IGNORECASE)


def extract_identifiers(
    text: str, *, default_region: str | None = None, language: str | None = None
) -> list[Found]:
    """Find every identifier in a text, with its span, canonical form and flags, sorted by start."""
    # A dense megabyte yields tens of thousands of candidates, none of them in a reference
    # cycle: the cyclic collector would walk all of them again and again as they accumulate
    # (a sixth of the time at 1 MB, and growing faster than the text). It is paused for one
    # text and restored as it was; plain reference counting still frees everything.
    with cyclic_collector_paused():
        return _extract(text, default_region, language)


def _extract(text: str, default_region: str | None, language: str | None) -> list[Found]:
    folded, offsets = fold_text(text)
    cue_starts = _cue_word_starts(folded)
    # Types run in priority order, and each sees what the higher ones already hold, so the
    # costly checks (phone numbering plans, public suffixes) are skipped for spans that lose.
    producers: dict[str, Callable[[bytearray], Iterator[_Candidate | None]]] = {
        "url": lambda held: _urls(folded),
        "email": lambda held: _emails(folded),
        "onion": lambda held: _onions(folded),
        "crypto": lambda held: _cryptos(folded),
        "iban": lambda held: _ibans(folded),
        "ipv6": lambda held: _ipv6s(folded),
        "ipv4": lambda held: _ipv4s(folded),
        "legal_reference": lambda held: _legal_references(folded),
        "case_reference": lambda held: _case_references(folded, cue_starts),
        "date": lambda held: _with_weekdays(folded, _dates(folded, language, default_region)),
        "phone": lambda held: _phones(folded, default_region, held),
        "username": lambda held: _usernames(folded, cue_starts, held),
        "domain": lambda held: _domains(folded, held),
    }
    held = bytearray(len(folded))
    chosen: list[_Candidate] = []
    for kind in _PRIORITY:
        candidates = [c for c in producers[kind](held) if c is not None and c.end > c.start]
        _claim(held, candidates, chosen)
    chosen.sort(key=lambda c: c.start)
    dates = [c for c in chosen if c.type == "date"]
    date_starts = [c.start for c in dates]
    has_ocr_marks = _OCR_MARKS.search(text) is not None
    found: list[Found] = []
    for candidate in chosen:
        if candidate.type in ("ipv4", "ipv6"):
            _observed_at(folded, candidate, dates, date_starts)
        start, end = candidate.start, candidate.end
        if offsets is not None:
            start, end = offsets[start], offsets[end - 1] + 1
        value = text[start:end]
        if candidate.type == "username" and value != folded[candidate.start : candidate.end]:
            # A handle is the characters the platform stores: folding made its digits ASCII
            # ("मोर_२१"), its canonical form keeps them as written.
            candidate.normalized = normalize_username(value)
        elif (
            candidate.type == "legal_reference" and value != folded[candidate.start : candidate.end]
        ):
            # A citation keeps its digits as the law's text writes them ("ماده ۷۳۶"), as
            # normalize_reference does: folding made them ASCII only to be matched.
            candidate.normalized = normalize_reference(value)
        elif (
            candidate.type == "case_reference"
            and value != folded[candidate.start : candidate.end]
            and not value.isascii()
        ):
            # A case number is quoted back to the authority that issued it as it wrote it:
            # "۱۴۰۳/۶۷۴۰" keeps its Persian digits.
            candidate.normalized = normalize_reference(value)
        flags = candidate.flags
        if candidate.type in _DEFANGABLE and _MAY_BE_DEFANGED.search(value) and is_defanged(value):
            flags.append("defanged")
        if has_ocr_marks and _OCR_MARKS.search(value) and "ocr_repaired" not in flags:
            flags.append("ocr_repaired")
        # A letter may hold tens of thousands of identifiers: filling the instance's fields
        # at once costs a third of the frozen dataclass's field-by-field __init__.
        item = _new_found(Found)
        item.__dict__.update(
            type=candidate.type,
            value=value,
            normalized=candidate.normalized,
            start=start,
            end=end,
            attributes=MappingProxyType(candidate.attributes) if candidate.attributes else _EMPTY,
            confidence=candidate.confidence,
            flags=tuple(flags),
        )
        found.append(item)
    return found
