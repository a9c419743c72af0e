"""Independent checks of every gold label of the second held-out set.

Each label is re-derived from the text its span covers, by a route other than the one that
produced it where one exists (decode and verify checksums, re-parse phones, re-read dates), and
its value is checked to be fictional (documentation address ranges, example domains).
"""

from __future__ import annotations

import ipaddress
import itertools
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

import phonenumbers

from bench.intake.heldout2 import checksums as cs
from bench.intake.heldout2.values import refang

DOC_NETWORKS = [
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
]
DOC_V6 = ipaddress.ip_network("2001:db8::/32")
EXAMPLE = re.compile(r"(^|\.)(example|example\.com|example\.net|example\.org)$")
_CHINESE = {c: i for i, c in enumerate("〇一二三四五六七八九")}


class GoldError(AssertionError):
    """A gold label that fails an independent check."""


def _fail(label: dict[str, Any], span: str, why: str) -> None:
    raise GoldError(f"{label['type']} {span!r} -> {label['normalized']!r}: {why}")


def _example_host(host: str) -> bool:
    return bool(EXAMPLE.search(host.encode("idna").decode("ascii").lower()))


def _digits_of(text: str) -> list[int]:
    """Numbers in the text, whatever the script of their digits (Chinese numerals too)."""
    folded = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
    numbers = [int(n) for n in re.findall(r"\d+", folded)]
    if not numbers and any(c in _CHINESE or c == "十" for c in text):
        year, _, rest = text.partition("年")
        month, _, day = rest.partition("月")
        numbers = [
            int("".join(str(_CHINESE[c]) for c in year)),
            _chinese_value(month),
            _chinese_value(day.rstrip("日")),
        ]
    return numbers


def _chinese_value(text: str) -> int:
    if "十" not in text:
        return _CHINESE[text]
    tens, _, units = text.partition("十")
    return (_CHINESE[tens] if tens else 1) * 10 + (_CHINESE[units] if units else 0)


def check_label(label: dict[str, Any], text: str, region: str) -> None:
    """Raise GoldError when a label does not hold."""
    span = text[label["start"] : label["end"]]
    kind, value = label["type"], label["normalized"]
    if not span or span != span.strip():
        _fail(label, span, "empty span or span with surrounding white space")
    if kind == "ipv4":
        address = ipaddress.IPv4Address(value)
        if not any(address in n for n in DOC_NETWORKS):
            _fail(label, span, "not in a documentation range")
        parts = refang(span).replace("O", "0").split(".")
        if [int(p) for p in parts] != [int(p) for p in value.split(".")]:
            _fail(label, span, "span does not read as the value")
    elif kind == "ipv6":
        address = ipaddress.IPv6Address(span)
        if address not in DOC_V6 or address.compressed != value:
            _fail(label, span, "not the compressed form of a 2001:db8::/32 address")
    elif kind == "phone":
        number = phonenumbers.parse(unicodedata.normalize("NFKC", span), region)
        if not phonenumbers.is_valid_number(number):
            _fail(label, span, "phonenumbers calls it invalid")
        if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != value:
            _fail(label, span, "E.164 differs")
    elif kind == "url":
        parts = urlsplit(value)
        if (
            parts.scheme not in ("http", "https")
            or parts.fragment
            or not _example_host(parts.hostname or "")
        ):
            _fail(label, span, "not an http(s) URL on an example host without fragment")
        raw = urlsplit(refang(span))
        default = {"http": 80, "https": 443}[raw.scheme.lower()]
        port = None if raw.port in (None, default) else raw.port
        host = (raw.hostname or "").encode("idna").decode("ascii")
        if (raw.scheme.lower(), host, port, raw.path or "/", raw.query) != (
            parts.scheme,
            parts.hostname,
            parts.port,
            parts.path,
            parts.query,
        ):
            _fail(label, span, "span does not read as the URL")
    elif kind in ("domain", "onion"):
        if value != value.lower() or not value.isascii():
            _fail(label, span, "not lower-case ASCII")
        if kind == "onion" and not cs.onion_ok(value):
            _fail(label, span, "onion checksum")
        if kind == "domain" and not _example_host(value):
            _fail(label, span, "not an example domain")
        if refang(span).lower().encode("idna").decode("ascii") != value:
            _fail(label, span, "span does not read as the host")
    elif kind == "email":
        local, _, domain = value.rpartition("@")
        if not _example_host(domain) or not local:
            _fail(label, span, "not an address at an example domain")
        written_local = refang(span).rpartition("@")[0]
        if unicodedata.normalize("NFC", written_local) != local:
            _fail(label, span, "local part differs")
    elif kind == "username":
        if unicodedata.normalize("NFKC", span).lstrip("@").casefold() != value:
            _fail(label, span, "not the case-folded handle")
    elif kind == "crypto":
        _check_crypto(label, span, value)
    elif kind == "iban":
        if re.sub(r"\s", "", span).upper() != value or not cs.iban_ok(value):
            _fail(label, span, "IBAN length or mod-97")
    elif kind in ("case_reference", "legal_reference"):
        if not any(c.isdigit() or c in _CHINESE for c in span):
            _fail(label, span, "a reference without a number")
        if re.sub(r"\s+", " ", unicodedata.normalize("NFKC", span)) != value:
            _fail(label, span, "white space or width not folded")
        if re.fullmatch(r"\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}", value) and not cs.cnj_ok(value):
            _fail(label, span, "CNJ check digits")
    elif kind == "date":
        year, _month, day = (int(p) for p in value.split("-"))
        numbers = _digits_of(span)
        if year not in numbers and year % 100 not in numbers:
            _fail(label, span, "year not written")
        if day not in numbers:
            _fail(label, span, "day not written")
    else:
        _fail(label, span, "unknown type")


def _check_crypto(label: dict[str, Any], span: str, value: str) -> None:
    lowered = span.lower()
    if lowered.startswith("0x"):
        ok = value == cs.eip55(span[2:]) and (
            span == value or span[2:] in (span[2:].lower(), span[2:].upper())
        )
    elif lowered.startswith(("bc1", "ltc1")):
        ok = value == lowered and cs.segwit_ok(value)
    elif lowered.startswith(("bitcoincash:", "q", "p")) and len(lowered.rpartition(":")[2]) == 42:
        ok = value == "bitcoincash:" + lowered.rpartition(":")[2] and cs.cashaddr_ok(value)
    elif len(span) == 95 and span[0] == "4":
        ok = value == span and cs.monero_ok(span)
    else:
        ok = value == span and cs.base58check_ok(span) and len(cs.b58_decode(span)) == 25
    if not ok:
        _fail(label, span, "checksum or canonical form")


def validate_document(doc: dict[str, Any]) -> None:
    """Check every label of a document and that no two labels overlap."""
    text, region = doc["text"], doc["region"]
    spans = sorted((label["start"], label["end"]) for label in doc["labels"])
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end:
            raise GoldError(f"overlapping labels in {text[:60]!r}")
    for label in doc["labels"]:
        check_label(label, text, region)
