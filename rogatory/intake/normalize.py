"""Canonical forms of identifiers, usable on their own: one spelling per identifier."""

from __future__ import annotations

import hashlib
import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import idna
import phonenumbers
from Crypto.Hash import keccak

from rogatory.intake.patterns.registries import (
    BASE58_VERSIONS,
    BECH32_PREFIXES,
    IBAN_LENGTHS,
    MONERO_NETWORK_BYTES,
    TRACKING_PARAMETERS,
    TRACKING_PREFIXES,
)

# Full-width ASCII (U+FF01-FF5E), the ideographic space and the decimal digits of the scripts
# letters arrive in: each maps to one ASCII character, so offsets into the folded text are
# offsets into the original.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66)
_FOLD_TABLE: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD_TABLE[0x3000] = 0x20
_FOLD_TABLE[0x00A0] = 0x20
for _zero in _DIGIT_ZEROS:
    for _digit in range(10):
        _FOLD_TABLE[_zero + _digit] = 0x30 + _digit
# Most letters hold none of these characters: one scan for them is far cheaper than a
# dict-driven translate over the whole text (str.translate looks up every character).
_FOLDABLE = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_FOLD_TABLE)) + "]")
# Ligatures widen under NFKC ("ﬁ" -> "fi"): folding them needs an offset map.
_LIGATURES = re.compile("[\ufb00-\ufb06]")

# hxxp / fxp are defanged schemes only where a scheme stands: not inside a word or a host
# ("00@fxp.example" is an address, not "ftp").
_DEFANGS = re.compile(
    r"\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)|\{dot\}|\[at\]|\(at\)|\{at\}|\[@\]|\(@\)|\[:\]|\[://\]"
    r"|(?<![a-z0-9])(?:hxxp|fxp)(?=s?(?::|\[:\]|\[://\]))",
    re.IGNORECASE,
)
_DEFANG_VALUES = {
    "[.]": ".", "(.)": ".", "{.}": ".", "[dot]": ".", "(dot)": ".", "{dot}": ".",
    "[at]": "@", "(at)": "@", "{at}": "@", "[@]": "@", "(@)": "@", "[:]": ":", "[://]": "://",
    "hxxp": "http", "fxp": "ftp",
}  # fmt: skip
_SPACES = re.compile(r"\s+")


# Chinese, Japanese and Korean text writes identifiers against its characters, with no space
# ("域名www.example.com被用于", "手机号+86 130 ..."): those characters are word characters to
# the regular-expression engine, so no pattern would see a boundary there.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_HAS_CJK = re.compile(f"[{_CJK}]")
_CJK_RUN = re.compile(f"[{_CJK}]+")
_ASCII_RUN = re.compile(r"[!-~]+")
# A host, mailbox, URL or IP address; a long number; a wallet or key-like string. A run that
# starts a number ("手机号130 3440 5850", "+886 ...") is parted only from the text before it:
# "2024年" must stay one date.
_IDENTIFIER_LIKE = re.compile(r"[.@/]|[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:|\d{7}|[0-9A-Za-z]{20}")
# An IBAN in groups ("账户GB06 HLGH 3741 …") starts one too.
_NUMBER_START = re.compile(r"\+\d|\d{2,} \d|\d{2,}-\d{3,}[ -]\d|[A-Z]{2}\d{2} [A-Z0-9]{4} [A-Z0-9]")
# A number in groups joined by hyphens ("06-8614-3673を", "031-795-6314을"): a phone number
# written against the particle after it.
_HYPHEN_GROUPED = re.compile(r"\d{2,5}(?:-\d{3,4}){1,2}-\d{4}")
# "市场论坛48.example.com": a short number before a dot ends a host label, not a number.
_LABEL_TAIL = re.compile(r"\d{1,3}\.(?!\d)")
# "张伟2025@例子.中国": digits and "@" between ideographs close an internationalised mailbox's
# local part (RFC 6531), a name and a number as Chinese mail providers hand them out; before an
# ASCII host ("邮箱12345678@example.com") the digits are the mailbox and the ideographs a cue.
_MAILBOX_DIGITS = re.compile(r"\d{1,16}@")
# "2024형제95843": a Korean court number's serial follows its year and case type.
_KOREAN_CASE_HEAD = re.compile(r"(?<!\d)(?:19|20)\d{2}[\uac00-\ud7af]{1,3}$")


def _cjk_gaps(text: str) -> list[int]:
    """Positions where a space goes between CJK text and an identifier-like ASCII run. Not
    inside a host or a mailbox: a run starting with '.' or '-' continues an international host
    name ("例子商店.example"), one ending in '.', '-', '@' or '/' goes on into CJK text."""
    gaps: set[int] = set()
    if not _HAS_CJK.search(text):
        return []
    for start, end in _runs_beside_cjk(text):
        before = start > 0 and _is_cjk(text[start - 1])
        after = end < len(text) and _is_cjk(text[end])
        run = text[start:end]
        if run.lower() in _DEFANG_VALUES:
            continue  # "例子[.]中国": the mark joins two labels of one host
        like = _IDENTIFIER_LIKE.search(run) is not None
        if (
            before
            and (like or _NUMBER_START.match(text, start))
            and run[0] not in ".-_/?#:[({"
            and not _LABEL_TAIL.match(run)
            and not (run[0] == "@" and "." in run)
            and not (after and _MAILBOX_DIGITS.fullmatch(run))
            and not (run[0].isdigit() and _KOREAN_CASE_HEAD.search(text, max(0, start - 7), start))
        ):
            gaps.add(start)
        if (
            after
            and (like or _HYPHEN_GROUPED.fullmatch(run))
            and run[-1] not in ".-@/_"
            # "secure[.]商店[.]example": a defanged dot or "@" goes on into the host as "." does
            and _DEFANG_VALUES.get(run[-5:].lower(), _DEFANG_VALUES.get(run[-3:].lower()))
            not in (".", "@")
        ):
            gaps.add(end)
        elif (
            after
            and run.isdigit()
            and start > 1
            and text[start - 1] == " "
            and text[start - 2].isdigit()
        ):
            # The last group of a number written in groups ("130 3440 5850的").
            gaps.add(end)
    return sorted(gaps)


def _runs_beside_cjk(text: str) -> list[tuple[int, int]]:
    """The spans of the ASCII runs that touch CJK text, in order."""
    # Only the runs on either side of a CJK run can touch one: looking from the CJK runs skips
    # the many runs of Latin text around them.
    spans: dict[int, int] = {}
    for cjk in _CJK_RUN.finditer(text):
        start, end = cjk.span()
        if start > 0 and "!" <= text[start - 1] <= "~":
            run_start = start - 1
            while run_start > 0 and "!" <= text[run_start - 1] <= "~":
                run_start -= 1
            spans[run_start] = start
        after = _ASCII_RUN.match(text, end)
        if after is not None:
            spans[end] = after.end()
    return sorted(spans.items())


def _is_cjk(character: str) -> bool:
    code = ord(character)
    return (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xAC00 <= code <= 0xD7AF
    )


def _space_cjk_borders(text: str, offsets: list[int] | None) -> tuple[str, list[int] | None]:
    gaps = _cjk_gaps(text)
    if not gaps:
        return text, offsets
    base = offsets if offsets is not None else list(range(len(text) + 1))
    pieces: list[str] = []
    mapped: list[int] = []
    position = 0
    for gap in gaps:
        pieces.append(text[position:gap])
        mapped.extend(base[position:gap])
        # The inserted space stands for the character after it: spans never hold it.
        pieces.append(" ")
        mapped.append(base[gap])
        position = gap
    pieces.append(text[position:])
    mapped.extend(base[position:])
    return "".join(pieces), mapped


def fold_text(text: str) -> tuple[str, list[int] | None]:
    """Fold full-width forms, foreign digits and ligatures, and part identifiers from CJK text
    they touch; return the map back to offsets."""
    folded, offsets = _fold_forms(text)
    return _space_cjk_borders(folded, offsets)


def _fold_forms(text: str) -> tuple[str, list[int] | None]:
    folded = (
        _FOLDABLE.sub(lambda m: chr(_FOLD_TABLE[ord(m.group())]), text)
        if _FOLDABLE.search(text)
        else text
    )
    if not _LIGATURES.search(folded):
        return folded, None
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _LIGATURES.finditer(folded):
        pieces.append(folded[position : match.start()])
        offsets.extend(range(position, match.start()))
        expanded = unicodedata.normalize("NFKC", match.group())
        pieces.append(expanded)
        offsets.extend([match.start()] * len(expanded))
        position = match.end()
    pieces.append(folded[position:])
    offsets.extend(range(position, len(folded) + 1))
    return "".join(pieces), offsets


def is_defanged(value: str) -> bool:
    """Tell whether a value carries a defanging mark such as hxxp or [.]."""
    return _DEFANGS.search(value) is not None


def refang(value: str) -> str:
    """Undo defanging: hxxp -> http, [.] -> ., (at) -> @."""
    return _DEFANGS.sub(lambda m: _DEFANG_VALUES[m.group().lower()], value)


def _prepare(value: str) -> str:
    return _SPACES.sub("", refang(unicodedata.normalize("NFKC", value)))


def normalize_domain(value: str) -> str:
    """Lower-case, refang, drop the trailing dot and encode international labels as punycode.

    Labels are encoded as registries and browsers do today (IDNA 2008 through UTS #46, not
    transitional): "grüße-shop" is ``xn--gre-shop-rya30a``, the host a registrar holds, where
    Python's own codec (IDNA 2003) mapped "ß" to "ss" and named another registrant's
    ``grusse-shop``; Greek final sigma and joiners are kept likewise. A host IDNA 2008 refuses
    (a symbol IDNA 2003 allowed) falls back to the codec, and one both refuse is kept as
    written."""
    host = _prepare(value).rstrip(".").lower()
    # Both give an ASCII host back unchanged: skipping them for ASCII saves their per-label work.
    if host.isascii():
        return host
    try:
        return idna.encode(host, uts46=True, transitional=False).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        pass
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def normalize_email(value: str) -> str:
    """Keep the local part as written (it may be case-sensitive) and normalise the domain."""
    local, _, domain = _prepare(value).rpartition("@")
    return f"{unicodedata.normalize('NFC', local)}@{normalize_domain(domain)}"


_DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}


def normalize_url(value: str) -> str:
    """Refang, lower the scheme and host, drop default ports, fragments and tracking parameters."""
    raw = _prepare(value)
    if "://" not in raw:
        raw = "http://" + raw
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    host = normalize_domain(parts.hostname or "")
    if ":" in host:
        host = f"[{normalize_ipv6(host)}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = urlencode(
        [
            (key, item)
            for key, item in parse_qsl(parts.query, keep_blank_values=True)
            if key.lower() not in TRACKING_PARAMETERS
            and not key.lower().startswith(TRACKING_PREFIXES)
        ]
    )
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def normalize_ipv4(value: str) -> str:
    """Refang, repair O/0 and l/1 confusions, drop leading zeros: 198.051.100.023 -> 198.51.100.23."""
    raw = _prepare(value).translate(_OCR_DIGITS)
    return str(ipaddress.IPv4Address(".".join(str(int(part)) for part in raw.split("."))))


_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "|": "1"})


def normalize_ipv6(value: str) -> str:
    """Compressed lower-case form (RFC 5952)."""
    return ipaddress.IPv6Address(_prepare(value).strip("[]")).compressed


def normalize_phone(value: str, default_region: str | None = None) -> str:
    """E.164 through phonenumbers, with the letter's country as the default region."""
    number = phonenumbers.parse(unicodedata.normalize("NFKC", value), default_region)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_username(value: str) -> str:
    """Drop the handle sign and fold case: @Dark_Vador and dark_vador are one pseudonym."""
    return unicodedata.normalize("NFKC", value).strip().lstrip("@").casefold()


def normalize_onion(value: str) -> str:
    """Lower-case, refanged, without scheme or path."""
    return normalize_domain(value)


def normalize_iban(value: str) -> str:
    """Without spaces, upper-case."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", value)).upper()


def is_valid_iban(value: str) -> bool:
    """Check the country's length and the ISO 13616 mod-97 checksum."""
    iban = normalize_iban(value)
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban.isalnum():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def normalize_reference(value: str) -> str:
    """Collapse white space and fold full-width forms; references keep their case."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", value)).strip()


# --- cryptocurrency addresses ---------------------------------------------------------------
# Checksum maths is written out here (base58check, bech32/bech32m, cashaddr, Monero base58,
# EIP-55 with pycryptodome's keccak): each is a few lines from its specification, and the
# small libraries that wrap them are unmaintained or lack types (see decision 0008).

_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_B58_INDEX = {char: index for index, char in enumerate(_B58)}


@dataclass(frozen=True)
class Address:
    """A cryptocurrency address, its currency, its canonical form and whether its checksum holds."""

    currency: str
    normalized: str
    is_valid: bool


def _b58decode(value: str) -> bytes:
    number = 0
    for char in value:
        number = number * 58 + _B58_INDEX[char]
    body = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return b"\x00" * (len(value) - len(value.lstrip("1"))) + body


def _base58check(value: str) -> Address | None:
    if any(char not in _B58_INDEX for char in value):
        return None
    data = _b58decode(value)
    if len(data) != 25:
        return None
    payload, checksum = data[:-4], data[-4:]
    currency = BASE58_VERSIONS.get(payload[0])
    if currency is None:
        return None
    digest = hashlib.sha256(hashlib.sha256(payload).digest()).digest()
    return Address(currency[0], value, digest[:4] == checksum)


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M_CONSTANT = 0x2BC830A3


def _bech32_polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            check ^= generator[bit] if (top >> bit) & 1 else 0
    return check


def _bech32(value: str) -> Address | None:
    lowered = value.lower()
    if value not in (lowered, value.upper()):
        return None
    prefix, _, data = lowered.rpartition("1")
    currency = BECH32_PREFIXES.get(prefix)
    if currency is None or len(data) < 6 or any(char not in _BECH32 for char in data):
        return None
    expanded = [ord(c) >> 5 for c in prefix] + [0] + [ord(c) & 31 for c in prefix]
    checksum = _bech32_polymod(expanded + [_BECH32.index(c) for c in data])
    witness_version = _BECH32.index(data[0])
    expected = 1 if witness_version == 0 else _BECH32M_CONSTANT
    return Address(currency, lowered, checksum == expected)


def _cashaddr_polymod(values: list[int]) -> int:
    generator = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
    check = 1
    for value in values:
        top = check >> 35
        check = ((check & 0x07FFFFFFFF) << 5) ^ value
        for bit in range(5):
            check ^= generator[bit] if (top >> bit) & 1 else 0
    return check ^ 1


def _cashaddr(value: str) -> Address | None:
    lowered = value.lower()
    prefix, _, data = lowered.rpartition(":")
    prefix = prefix or "bitcoincash"
    if prefix != "bitcoincash" or any(char not in _BECH32 for char in data):
        return None
    values = [ord(c) & 31 for c in prefix] + [0] + [_BECH32.index(c) for c in data]
    return Address("bitcoin-cash", f"bitcoincash:{data}", _cashaddr_polymod(values) == 0)


def _keccak(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def eip55(address: str) -> str:
    """Mixed-case checksum form of an Ethereum address (EIP-55)."""
    hexdigits = address[2:].lower()
    digest = _keccak(hexdigits.encode("ascii")).hex()
    return "0x" + "".join(
        char.upper() if int(digest[i], 16) >= 8 else char for i, char in enumerate(hexdigits)
    )


def _ethereum(value: str) -> Address:
    body = value[2:]
    canonical = eip55(value)
    # An all-lower or all-upper address carries no checksum; mixed case must match EIP-55.
    is_valid = body in (body.lower(), body.upper()) or value == canonical
    return Address("ethereum", canonical, is_valid)


_MONERO_BLOCK_SIZES = {0: 0, 2: 1, 3: 2, 5: 3, 6: 4, 7: 5, 9: 6, 10: 7, 11: 8}


def _monero(value: str) -> Address | None:
    if any(char not in _B58_INDEX for char in value):
        return None
    data = bytearray()
    for start in range(0, len(value), 11):
        block = value[start : start + 11]
        size = _MONERO_BLOCK_SIZES.get(len(block))
        if size is None:
            return None
        number = 0
        for char in block:
            number = number * 58 + _B58_INDEX[char]
        if number >= 1 << (8 * size):
            return None
        data.extend(number.to_bytes(size, "big"))
    if len(data) != 69 or data[0] not in MONERO_NETWORK_BYTES:
        return None
    return Address("monero", value, _keccak(bytes(data[:-4]))[:4] == bytes(data[-4:]))


def parse_address(value: str) -> Address | None:
    """Recognise a cryptocurrency address by shape, and check its checksum."""
    raw = unicodedata.normalize("NFKC", value)
    lowered = raw.lower()
    if lowered.startswith("0x") and len(raw) == 42:
        return _ethereum(raw)
    if lowered.startswith(("bitcoincash:", "q", "p")) and len(lowered.rpartition(":")[2]) == 42:
        return _cashaddr(raw)
    if lowered.startswith(tuple(prefix + "1" for prefix in BECH32_PREFIXES)):
        return _bech32(raw)
    if len(raw) == 95 and raw[0] in "48":
        return _monero(raw)
    return _base58check(raw)


def is_valid_onion_v3(value: str) -> bool:
    """Check a v3 onion address's version byte and SHA3-256 checksum (rend-spec-v3 §6)."""
    import base64

    label = normalize_onion(value).removesuffix(".onion").rsplit(".", 1)[-1]
    try:
        decoded = base64.b32decode(label.upper())
    except ValueError:
        return False
    public_key, checksum, version = decoded[:32], decoded[32:34], decoded[34:]
    digest = hashlib.sha3_256(b".onion checksum" + public_key + version).digest()
    return version == b"\x03" and digest[:2] == checksum


def normalize(kind: str, value: str, *, default_region: str | None = None) -> str:
    """Canonical form of any identifier by its type name."""
    if kind == "crypto":
        address = parse_address(value)
        return address.normalized if address else value
    handlers = {
        "url": normalize_url,
        "domain": normalize_domain,
        "email": normalize_email,
        "ipv4": normalize_ipv4,
        "ipv6": normalize_ipv6,
        "username": normalize_username,
        "onion": normalize_onion,
        "iban": normalize_iban,
    }
    if kind == "phone":
        return normalize_phone(value, default_region)
    handler = handlers.get(kind, normalize_reference)
    return handler(value)
