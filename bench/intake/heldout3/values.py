"""Fictional identifiers for the third held-out set, each as written and in its canonical form.

Written afresh for this set (nothing imported from Rogatory or the other generators). Canonical
forms follow bench/intake's published gold conventions: URL with lower-case scheme and host,
punycode host, default port and fragment dropped, '/' for an empty path; e-mail with the local
part as written (NFC) and the domain canonical; host lower-case punycode; IPv4 without leading
zeros; IPv6 compressed (RFC 5952); phone E.164 with the letter's country as default region;
username without '@', NFKC and case-folded; onion host lower-case; crypto address in its checksum
form (EIP-55, lower-case bech32, CashAddr with its prefix); IBAN compact upper-case; case and legal
references NFKC with white space collapsed; dates ISO 8601.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import random
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

import idna
import phonenumbers
from Crypto.Hash import keccak

# --- checksums ----------------------------------------------------------------------------------
ALPHABET58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
CHARSET32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def keccak256(data: bytes) -> bytes:
    return keccak.new(digest_bits=256, data=data).digest()


def to_base58(data: bytes) -> str:
    value = int.from_bytes(data, "big")
    out = []
    while value:
        value, digit = divmod(value, 58)
        out.append(ALPHABET58[digit])
    zeros = len(data) - len(data.lstrip(b"\0"))
    return "1" * zeros + "".join(reversed(out))


def base58_address(prefix: bytes, payload: bytes) -> str:
    """Base58Check: version prefix, payload, first four bytes of a double SHA-256."""
    body = prefix + payload
    check = hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4]
    return to_base58(body + check)


def _polymod32(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = ((check & 0x1FFFFFF) << 5) ^ value
        for index, generator in enumerate(
            (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
        ):
            if (top >> index) & 1:
                check ^= generator
    return check


def _regroup(data: bytes, bits_out: int = 5) -> list[int]:
    acc = bits = 0
    out = []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= bits_out:
            bits -= bits_out
            out.append((acc >> bits) & ((1 << bits_out) - 1))
    if bits:
        out.append((acc << (bits_out - bits)) & ((1 << bits_out) - 1))
    return out


def segwit(hrp: str, version: int, program: bytes) -> str:
    """BIP 173 (witness v0) or BIP 350 (v1+, bech32m) address."""
    data = [version, *_regroup(program)]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    constant = 1 if version == 0 else 0x2BC830A3
    polymod = _polymod32(expanded + data + [0] * 6) ^ constant
    checksum = [(polymod >> (5 * (5 - i))) & 31 for i in range(6)]
    return f"{hrp}1" + "".join(CHARSET32[v] for v in data + checksum)


def cashaddr(payload: bytes, script: bool) -> str:
    """Bitcoin Cash address, prefixed, for a 160-bit hash."""

    def polymod(values: list[int]) -> int:
        c = 1
        for d in values:
            c0 = c >> 35
            c = ((c & 0x07FFFFFFFF) << 5) ^ d
            for bit, g in enumerate(
                (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
            ):
                if c0 & (1 << bit):
                    c ^= g
        return c ^ 1

    data = _regroup(bytes([8 if script else 0]) + payload)
    mod = polymod([ord(c) & 31 for c in "bitcoincash"] + [0] + data + [0] * 8)
    return "bitcoincash:" + "".join(
        CHARSET32[v] for v in data + [(mod >> (5 * (7 - i))) & 31 for i in range(8)]
    )


def eip55(address_hex: str) -> str:
    lower = address_hex.lower()
    digest = keccak256(lower.encode()).hex()
    return "0x" + "".join(
        ch.upper() if int(h, 16) > 7 else ch for ch, h in zip(lower, digest, strict=False)
    )


def monero_address(rng: random.Random) -> str:
    raw = b"\x12" + rng.randbytes(64)
    raw += keccak256(raw)[:4]
    sizes = [0, 2, 3, 5, 6, 7, 9, 10, 11]
    out = ""
    for start in range(0, len(raw), 8):
        block = raw[start : start + 8]
        value = int.from_bytes(block, "big")
        chunk = ""
        for _ in range(sizes[len(block)]):
            value, digit = divmod(value, 58)
            chunk = ALPHABET58[digit] + chunk
        out += chunk
    return out


def onion_v3(rng: random.Random) -> str:
    key = rng.randbytes(32)
    check = hashlib.sha3_256(b".onion checksum" + key + b"\x03").digest()[:2]
    return base64.b32encode(key + check + b"\x03").decode().lower() + ".onion"


# ISO 13616 BBAN shapes (SWIFT IBAN registry) for the countries drawn here.
IBAN_SHAPES = {
    "FR": "5n5n11c2n", "ES": "4n4n1n1n10n", "BR": "8n5n10n1a1c", "DE": "8n10n", "IT": "1a5n5n12c",
    "RU": "9n5n15c", "UA": "6n19c", "AE": "3n16n", "EG": "4n4n17n", "SA": "2n18c", "CN": None,
    "TR": "5n1n16c", "PL": "8n16n", "NL": "4a10n", "RO": "4a16c", "BE": "3n7n2n", "LU": "3n13c",
    "GB": "4a6n8n", "IE": "4a6n8n", "PT": "4n4n11n2n", "AT": "5n11n", "CH": "5n12c", "JO": "4a4n18c",
    "MA": None, "KZ": "3n13c", "HR": "7n10n", "CZ": "4n6n10n", "LT": "5n11n", "SE": "3n16n1n",
}  # fmt: skip


def _mod97(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text)) % 97


def make_iban(rng: random.Random, country: str) -> str:
    shape = IBAN_SHAPES[country]
    assert shape, country
    bban = ""
    for count, kind in re.findall(r"(\d+)([nac])", shape):
        pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789" * 3 + "ABCDEFGHKLMNPRSTUVWXZ"}[kind]  # fmt: skip
        bban += "".join(rng.choice(pool) for _ in range(int(count)))
    return f"{country}{98 - _mod97(bban + country + '00'):02d}{bban}"


def cnj(rng: random.Random, year: int, segment: int, court: int, origin: int) -> str:
    """Brazilian unified case number NNNNNNN-DD.AAAA.J.TR.OOOO, check digits ISO 7064 mod 97-10."""
    sequence = rng.randint(1, 9_999_999)
    base = int(f"{sequence:07d}{year}{segment}{court:02d}{origin:04d}") * 100
    return f"{sequence:07d}-{98 - base % 97:02d}.{year}.{segment}.{court:02d}.{origin:04d}"


# --- canonical forms ---------------------------------------------------------------------------
_UNDEFANG = (
    ("hxxps", "https"), ("hXXps", "https"), ("hxxp", "http"), ("hXXp", "http"), ("[://]", "://"),
    ("[:]", ":"), ("[.]", "."), ("(.)", "."), ("[dot]", "."), ("(dot)", "."), ("{.}", "."),
    ("[at]", "@"), ("(at)", "@"), ("[@]", "@"), (" [at] ", "@"), ("[AT]", "@"), ("[DOT]", "."),
)  # fmt: skip


def undefang(text: str) -> str:
    for old, new in _UNDEFANG:
        text = text.replace(old, new)
    return text


def host_form(host: str) -> str:
    host = undefang(host).rstrip(".").lower()
    return host if host.isascii() else idna.encode(host, uts46=True).decode("ascii")


def url_form(written: str) -> str:
    parts = urlsplit(undefang(written))
    scheme = parts.scheme.lower()
    host = host_form(parts.hostname or "")
    default = {"http": 80, "https": 443}.get(scheme)
    netloc = host if parts.port in (None, default) else f"{host}:{parts.port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def email_form(written: str) -> str:
    local, _, domain = undefang(written).rpartition("@")
    return unicodedata.normalize("NFC", local) + "@" + host_form(domain)


def phone_form(written: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(unicodedata.normalize("NFKC", written), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def reference_form(written: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", written)).strip()


def username_form(written: str) -> str:
    return unicodedata.normalize("NFKC", written).lstrip("@").casefold()


# --- digits of other scripts --------------------------------------------------------------------
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
HANZI = "〇一二三四五六七八九"


def hanzi_small(value: int) -> str:
    tens, units = divmod(value, 10)
    if value < 10:
        return HANZI[value]
    return ("" if tens == 1 else HANZI[tens]) + "十" + (HANZI[units] if units else "")


def hanzi_year(year: int) -> str:
    return "".join(HANZI[int(ch)] for ch in str(year))


def random_day(rng: random.Random) -> dt.date:
    return dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 760))


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def ipv4(rng: random.Random) -> str:
    return rng.choice(("192.0.2.", "198.51.100.", "203.0.113.")) + str(rng.randint(1, 254))


def ipv6(rng: random.Random) -> ipaddress.IPv6Address:
    groups = [rng.randint(0, 0xFFFF) for _ in range(6)]
    for _ in range(rng.randint(0, 3)):
        groups[rng.randint(0, 5)] = 0
    return ipaddress.IPv6Address((0x20010DB8 << 96) | int("".join(f"{g:04x}" for g in groups), 16))
