"""Repair OCR damage around identifiers where the page's geometry or a checksum proves the repair.

Two kinds of damage are repaired before the text reaches the extractor (issue 4, item 3):

- **An identifier cut in two by a narrow gap** (``shadow_o ps@m.vortex.io`` in a Marathi letter):
  Tesseract cuts a word where glyphs of two scripts or an odd kerning meet. A gap narrower than
  a fifth of the line's height is no word space, so the pieces are joined when the result holds
  an identifier's landmark (``@``, ``://``, a dot between letters or digits, an underscore,
  Ethereum's ``0x``).
- **Look-alike characters in a checksummed identifier** (onion v3, bech32 and CashAddr, base58
  and Monero addresses, Ethereum's ``0x``): characters outside the identifier's alphabet are
  replaced by their usual look-alikes (``I`` for ``l``, ``O`` for ``0``...), a stray letter
  outside the alphabet is dropped, and a variant is kept only when its checksum holds.

- **The section sign read as "8" or "$"** (``8 202a StGB``): a lone 8 before an article
  number followed by a paragraph word (``Abs.``, ``odst.``) or a statute's abbreviation with two
  capitals (``StGB``, ``StPO``) is the sign German, Austrian, Czech and Polish letters cite with.
- **Spaces between Chinese characters**: the Han pack puts a space between the "words" it
  segments (``第 二 十 八条``, ``2026 年 7 月 31 日``); Chinese writes none, and the extractor
  reads references, dates and numbers written without them.

What cannot be proved stays as read, so nothing is invented: the extractor then flags the value
(``checksum_failed``, ``unrepaired``), OCR reports the words it still doubts, and the draft's
``ocr_damage_unrepaired`` flag names each page and text as read for the officer to check
against the scan (``analysis.find_unrepaired_ocr_damage``).
"""

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from rogatory.intake.normalize import is_valid_onion_v3, parse_address
from rogatory.intake.patterns.registries import BECH32_PREFIXES

# A gap narrower than this fraction of the line's median word height is not a word space.
MAX_SPLIT_GAP = 0.2
# Variants tried per identifier: each costs a checksum (microseconds), the bound keeps a
# garbled page's worst case to milliseconds.
MAX_VARIANTS = 4096

_LANDMARK = re.compile(r"@|://|[\w)]\.[\w(]|_|\b[0O][xX][0-9A-Fa-f]{8}")
_WRAPPING = "\"'«»“”‘’„‚<>()[]{}.,;:!?"
_BECH32 = frozenset("qpzry9x8gf2tvdw0s3jn54khce6mua7l")
_BASE32 = frozenset("abcdefghijklmnopqrstuvwxyz234567")
_BASE58 = frozenset("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")
_HEX = frozenset("0123456789abcdefABCDEF")
# What Tesseract reads in place of each character of these alphabets (the reverse of the usual
# confusions: a misread "l" comes out as "I" or "1", a "0" as "O" or "o").
_BECH32_LOOKALIKES = {"b": "68", "i": "l", "o": "0", "1": "l"}
_BASE32_LOOKALIKES = {"0": "o", "1": "li", "8": "b", "9": "g", "6": "b", "I": "li"}
_BASE58_LOOKALIKES = {"0": "o", "O": "o", "I": "1i", "l": "1i"}
_HEX_LOOKALIKES = {"O": "0", "o": "0", "l": "1", "I": "1", "|": "1", "/": "7", "S": "5", "Z": "2"}
# Each bech32 prefix with its separator "1" as OCR reads them ("ltc1" as "Itcl").
_BECH32_HEADS = {
    prefix: re.compile(prefix.replace("l", "[lI1i]") + r"[1lIi|](?P<data>[0-9A-Za-z]{6,90})", re.I)
    for prefix in BECH32_PREFIXES
}
# Han characters, CJK punctuation, full-width forms, and Japanese kana (hiragana, katakana and
# the long-vowel mark): the Japanese pack spaces kana apart as the Han pack spaces Han apart.
_CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff0f\uff1a-\uff20"
# A space with a Chinese character or punctuation mark on one side and another, or a digit, on
# the other ("2026 年", "号 ，"); not between a Chinese character and a Latin word ("地址 / IP").
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) +(?=[{_CJK}0-9])|(?<=[0-9)]) +(?=[{_CJK}])")
_SECTION_SIGN_MISREADINGS = frozenset({"8", "$", "S"})
_ARTICLE_NUMBER = re.compile(r"\d{1,4}[a-z]{0,3}")
# A paragraph word, or a statute's abbreviation: two capitals or more (StGB, StPO, BGB, TKG).
_AFTER_ARTICLE_NUMBER = re.compile(
    r"(?:Abs|Satz|Nr|odst|ust|pkt|lit)\.|(?=[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}\b)(?:[a-zäöü]*[A-ZÄÖÜ]){2}"
)
_ETHEREUM_HEAD = re.compile(r"^[0Oo][xX×](?P<data>[0-9A-Za-z/|]{40})$")


@dataclass(frozen=True)
class Word:
    """A word as Tesseract read it: its text, its box in pixels and its confidence (0 to 100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float


def join_split_words(line: Sequence[Word]) -> list[Word]:
    """Join the pieces of an identifier cut by a gap narrower than a word space."""
    if len(line) < 2:
        return list(line)
    heights = sorted(word.height for word in line)
    limit = heights[len(heights) // 2] * MAX_SPLIT_GAP
    joined = [line[0]]
    for word in line[1:]:
        previous = joined[-1]
        gap = word.left - (previous.left + previous.width)
        text = previous.text + word.text
        if (
            gap <= limit
            and previous.text[-1:].isalnum() | (previous.text[-1:] in "._-@/")
            and word.text[:1].isalnum() | (word.text[:1] in "._-@")
            and _LANDMARK.search(text)
        ):
            right = max(previous.left + previous.width, word.left + word.width)
            bottom = max(previous.top + previous.height, word.top + word.height)
            top = min(previous.top, word.top)
            joined[-1] = Word(
                text, previous.left, top, right - previous.left, bottom - top,
                min(previous.confidence, word.confidence),
            )  # fmt: skip
            continue
        joined.append(word)
    return joined


def _variants(text: str, alphabet: frozenset[str], lookalikes: dict[str, str]) -> Iterator[str]:
    """Every reading of the text with its characters outside the alphabet replaced by their
    look-alikes (or lower-cased, or dropped when they are neither: a letter that strayed in),
    the reading with fewest changes first."""
    options: list[str] = []
    for char in text:
        if char in alphabet:
            options.append(char + lookalikes.get(char, ""))
        elif char in lookalikes:
            options.append(lookalikes[char])
        elif char.lower() in alphabet:
            options.append(char.lower())
        else:
            options.append("\0")
    count = 1
    for option in options:
        count *= len(option)
    if count > MAX_VARIANTS:
        return
    for chosen in itertools.product(*options):
        yield "".join(chosen).replace("\0", "")


def _first_valid(candidates: Iterator[str], is_valid: Callable[[str], bool]) -> str | None:
    for candidate in candidates:
        if is_valid(candidate):
            return candidate
    return None


def _is_valid_address(value: str) -> bool:
    address = parse_address(value)
    return address is not None and address.is_valid


def _onion(core: str) -> str | None:
    label, dot, suffix = core.rpartition(".")
    if not dot or suffix.lower() != "onion" or len(label) not in (56, 57):
        return None
    readings: list[str] = [label]
    if len(label) == 57:  # a character read twice or a speck read as one
        readings = [label[:index] + label[index + 1 :] for index in range(57)]
    for reading in readings:
        found = _first_valid(
            (f"{v}.onion" for v in _variants(reading, _BASE32, _BASE32_LOOKALIKES)),
            is_valid_onion_v3,
        )
        if found is not None:
            return found
    return None


def _bech32(core: str) -> str | None:
    for prefix, head in _BECH32_HEADS.items():
        found = head.fullmatch(core)
        if found is None:
            continue
        data = found["data"].lower()
        # The witness version after the separator is "q" (0) or "p" (1) in practice; OCR reads
        # the "q" as "g" or "9", both valid characters, so no checksum search would try it.
        version = {"g": "q", "9": "q"}.get(data[0], data[0])
        return _first_valid(
            (f"{prefix}1{version}{v}" for v in _variants(data[1:], _BECH32, _BECH32_LOOKALIKES)),
            _is_valid_address,
        )
    return None


def _cashaddr(core: str) -> str | None:
    prefix, colon, data = core.rpartition(":")
    if (colon and prefix.lower() != "bitcoincash") or not 42 <= len(data) <= 44:
        return None
    lowered = data.lower()
    if lowered[:1] not in "qp":
        return None
    return _first_valid(
        (
            f"bitcoincash:{v}"
            for v in _variants(lowered, _BECH32, _BECH32_LOOKALIKES)
            if len(v) == 42
        ),
        _is_valid_address,
    )


def _ethereum(core: str) -> str | None:
    head = _ETHEREUM_HEAD.match(core)
    if head is None:
        return None
    return _first_valid(
        (f"0x{v}" for v in _variants(head["data"], _HEX, _HEX_LOOKALIKES)), _is_valid_address
    )


def _base58(core: str) -> str | None:
    if (
        not (26 <= len(core) <= 35 or len(core) == 95)
        or not core.isalnum()
        or core[0] not in "13DLMTX48"
    ):
        return None
    return _first_valid(_variants(core, _BASE58, _BASE58_LOOKALIKES), _is_valid_address)


_REPAIRS = (_onion, _ethereum, _bech32, _cashaddr, _base58)


def repair_checksummed(word: str) -> str:
    """Return the word with a damaged checksummed identifier in it repaired, or as it was."""
    core = word.strip(_WRAPPING)
    if (
        len(core) < 26
        or _is_valid_address(core)
        or (core.endswith(".onion") and is_valid_onion_v3(core))
    ):
        return word
    start = word.index(core)
    for repair in _REPAIRS:
        repaired = repair(core)
        if repaired is not None:
            return word[:start] + repaired + word[start + len(core) :]
    return word


def restore_section_signs(line: Sequence[Word]) -> list[Word]:
    """Read a lone "8" or "$" as "§" where an article number and a statute or paragraph follow."""
    words = list(line)
    for position in range(len(words) - 2):
        sign, number, following = words[position : position + 3]
        before = words[position - 1].text if position else ""
        if (
            sign.text in _SECTION_SIGN_MISREADINGS
            and _ARTICLE_NUMBER.fullmatch(number.text)
            and _AFTER_ARTICLE_NUMBER.match(following.text)
            and not before[-1:].isdigit()
        ):
            words[position] = replace(sign, text="§")
    return words


def close_cjk_spaces(text: str) -> str:
    """Remove the spaces the Han and Japanese packs put between CJK characters, and between them
    and digits."""
    return _CJK_SPACE.sub("", text)


def cjk_spaces(text: str) -> list[tuple[int, int]]:
    """Return the stretches close_cjk_spaces removes, to move offsets into the text it returns."""
    return [match.span() for match in _CJK_SPACE.finditer(text)]


def repair_line(line: Sequence[Word]) -> list[Word]:
    """Join an identifier's cut pieces, restore section signs, repair checksummed identifiers."""
    return [
        replace(word, text=repair_checksummed(word.text))
        for word in restore_section_signs(join_split_words(line))
    ]
