"""Generate the ninth held-out intake corpus: `python bench/intake/heldout9/make_heldout9.py`.

A test set (sealed until scored once), written by a fresh hand that read neither the extractor nor its rules nor the
other corpora's texts, templates or kits (only the README's labelling conventions, the JSON keys
of one earlier file, `normalize.py`'s docstrings and the earlier sets' helpers, imported below),
and never run through the extractor before the lead scores it once. Seeded and deterministic;
`--check` exits non-zero when the committed corpus differs from what the seed produces.

Fourteen languages (fr, en, es, pt, de, it, ru, zh and the never-seen mt, ga, eu, gl, be, kk),
seven layouts each: a SIENA-style message export, an acknowledgement of receipt of a request
for mutual legal assistance, a provider's emergency disclosure request form, a cryptocurrency
exchange's KYC and transaction return, an intelligence report with a source-grading header, a
court's decision refusing part of a request, and a WHOIS record pasted into a cover note; the six
new languages have two of them twice more. Four scanned A4 letters (mt, eu, be, kk). Every label
is re-read from the text its span covers before anything is written.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import itertools
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import idna
import phonenumbers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout2 import checksums as cs  # noqa: E402
from bench.intake.heldout4.make_heldout4 import (  # noqa: E402
    crypto_holds,
    reference_form,
    url_form,
    username_form,
    write_or_check,
    write_texts,
)
from bench.intake.heldout5.make_heldout5 import check_value, undefang  # noqa: E402
from bench.intake.heldout9.kits import DEVELOPED, IBANS, KITS, NEW, PHONES  # noqa: E402
from bench.intake.make_corpus import FONTS  # noqa: E402
from rogatory.intake import normalize as nz  # noqa: E402

SEED = 20261209
CORPUS = HERE / "corpus"
DOCS_V4 = ("192.0.2", "198.51.100", "203.0.113")
EXAMPLES = ("example.com", "example.net", "example.org")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
Piece = tuple[str, str, str, str]  # kind, written, canonical value, unlabelled text after it


class GoldError(AssertionError):
    """A label that does not re-read from its span: nothing is written."""


def host_value(host: str) -> str:
    return idna.encode(host, uts46=True, transitional=False).decode("ascii")


def luhn(digits: str) -> str:
    return digits + cs.luhn_digit(digits)


# --- a document being written ----------------------------------------------------------------
class Page:
    def __init__(self, language: str, variant: str, rng: random.Random) -> None:
        self.language = language
        self.kit = KITS[language]
        self.region = self.kit["region"]
        self.variant = variant
        self.r = rng
        self.text = ""
        self.labels: list[dict[str, Any]] = []
        self.used: set[str] = set()

    # writing
    def t(self, text: str) -> None:
        self.text += text

    def put(self, piece: Piece) -> None:
        kind, written, value, after = piece
        start = len(self.text)
        self.text += written
        self.labels.append(
            {"type": kind, "normalized": value, "start": start, "end": len(self.text)}
        )
        self.text += after

    def line(self, *parts: str | Piece | Callable[[], None] | list[Piece]) -> None:
        for part in parts:
            self._part(part)
        self.text += "\n"

    def _part(self, part: Any) -> None:
        if isinstance(part, str):
            self.t(part)
        elif isinstance(part, tuple):
            self.put(part)
        elif isinstance(part, list):
            for index, piece in enumerate(part):
                if index:
                    self.t(f" {self.kit['L']['and']} " if index == len(part) - 1 else ", ")
                self._part(piece)
        else:
            part()

    def say(self, key: str, **slots: Any) -> None:
        """Write the kit's sentence `key`, its slots filled with labelled values."""
        template = self.kit["S"][key]
        for index, chunk in enumerate(re.split(r"\{(\w+)\}", template)):
            if index % 2:
                self._part(slots[chunk])
            else:
                self.t(chunk)
        self.text += "\n"

    # values
    def digits(self, count: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(count))

    def day(self) -> dt.date:
        return dt.date(2024, 3, 1) + dt.timedelta(days=self.r.randint(0, 640))

    def date(self, day: dt.date | None = None, form: int | None = None) -> Piece:
        day = day or self.day()
        forms = self.kit["dates"]
        pattern, after = forms[self.r.randrange(len(forms)) if form is None else form % len(forms)]
        written = fill_date(pattern, day, self.kit)
        if self.variant == "ocr" and self.language == "zh":
            written = written.translate(FULL_WIDTH)
        return ("date", written, day.isoformat(), after)

    def iso(self, day: dt.date | None = None) -> Piece:
        day = day or self.day()
        clock = (
            f"T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"
        )
        return ("date", day.isoformat(), day.isoformat(), clock)

    def case(self, language: str | None = None, bare: bool = False) -> tuple[str, Piece]:
        """A case number and the label word written before it (outside the span)."""
        kit = KITS[language or self.language]
        word, shape = self.r.choice(kit["cases"])
        year = self.r.choice((2024, 2025))
        written = shape.replace("{y}", str(year)).replace("{yy}", str(year)[2:])
        written = re.sub(
            r"\{n(\d+)\}", lambda m: str(self.r.randint(1, 9)) + self.digits(int(m[1]) - 1), written
        )
        if self.variant == "ocr" and self.language == "zh":
            written = written.translate(FULL_WIDTH)
        before = "" if bare or not word else word + " "
        return before, ("case_reference", written, reference_form(written), "")

    def legal(self, index: int | None = None) -> Piece:
        refs = self.kit["legal"]
        written = refs[self.r.randrange(len(refs)) if index is None else index % len(refs)]
        return ("legal_reference", written, reference_form(written), "")

    def _host(self, idn: bool = False) -> str:
        word = self.kit["idn"] if idn else self.r.choice(self.kit["hostwords"])
        sub = self.r.choice(("", "", "www.", "secure.", "m."))
        return f"{sub}{word}.{self.r.choice(EXAMPLES)}"

    def domain(self, idn: bool | None = None, upper: bool = False) -> Piece:
        host = self._host(self.r.random() < 0.3 if idn is None else idn)
        written = host.upper() if upper and host.isascii() else host
        if self.variant == "defanged":
            written = self.r.choice(
                (
                    written.replace(".", "[.]"),
                    _last_dot(written, "(.)"),
                    _last_dot(written, "[dot]"),
                )
            )
        return ("domain", written, host_value(host), "")

    def url(self, host: str | None = None) -> Piece:
        host = host or self._host(self.r.random() < 0.25)
        path = self.r.choice(("/", "/login", f"/u/{self.r.choice([u for u in self.kit['users'] if u.isascii()])}", f"/post/{self.digits(6)}",
                              "/claim?id=" + self.digits(5), f"/files/{self.digits(4)}/invoice.pdf", "/secure/verify"))  # fmt: skip
        scheme = self.r.choice(("https", "https", "http"))
        written = f"{scheme}://{host}{path}"
        value = url_form(written)
        if self.variant == "defanged":
            defanged = (
                scheme.replace("tt", self.r.choice(("xx", "XX")))
                + "://"
                + host.replace(".", "[.]")
                + path
            )
            written = defanged
        return ("url", written, value, "")

    def email(self, native: bool = False, host: str | None = None) -> Piece:
        kit = self.kit
        local = (
            kit["locals"][2]
            if native
            else self.r.choice((*kit["locals"][:2], self.r.choice(kit["users"]) + self.digits(2)))
        )
        if not re.fullmatch(r"[\w.]+", local):
            local = kit["locals"][0]
        host = host or self._host(self.r.random() < 0.2)
        value = unicodedata.normalize("NFC", local) + "@" + host_value(host)
        written = f"{local}@{host}"
        if self.variant == "defanged":
            written = self.r.choice(
                (
                    f"{local}[at]{host.replace('.', '[.]')}",
                    f"{local}(at){host}",
                    f"{local}[@]{_last_dot(host, '[.]')}",
                )
            )
        elif self.variant == "ocr" and self.r.random() < 0.6:
            written = f"{local} @ {host}"
        return ("email", written, value, "")

    def ipv4(self, port: bool = False) -> Piece:
        address = f"{self.r.choice(DOCS_V4)}.{self.r.randint(1, 254)}"
        written = address
        if self.variant == "defanged":
            written = self.r.choice(
                (_last_dot(address, "[.]"), address.replace(".", "[.]"), address)
            )
        elif self.variant == "ocr" and "0" in address:
            written = address.replace("0", "O")
        return (
            "ipv4",
            written,
            address,
            f":{self.r.choice((443, 8080, 50322, 3389))}" if port else "",
        )

    def ipv6(self) -> Piece:
        groups = ["2001", "db8"] + [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(6)]
        if self.r.random() < 0.4:
            groups[3:6] = ["0", "0", "0"]
        value = str(ipaddress.IPv6Address(":".join(groups)))
        style = self.r.random()
        written = (
            value.upper()
            if style < 0.25
            else ipaddress.IPv6Address(value).exploded
            if style < 0.4
            else value
        )
        return ("ipv6", written, value, "")

    def phone(self, foreign: str | None = None) -> Piece:
        region = foreign or self.region
        shapes = PHONES[self.kit.get("phones", region) if not foreign else region]
        while True:
            nsn = "".join(
                self.r.choice("0123456789") if c == "x" else c for c in self.r.choice(shapes)
            )
            number = phonenumbers.parse(
                "+" + str(phonenumbers.country_code_for_region(region)) + nsn
            )
            if (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == region
            ):
                break
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        styles = [
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
            e164,
        ]
        if not foreign:
            national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            styles += [national, national]
        written = self.r.choice(styles)
        if self.variant == "ocr" and self.language == "zh":
            written = written.translate(FULL_WIDTH)
        return ("phone", written, e164, "")

    def whois_phone(self) -> Piece:
        """The WHOIS spelling `+CC.NSN`."""
        kind, _, value, after = self.phone()
        code = str(phonenumbers.parse(value).country_code)
        return (kind, f"+{code}.{value[1 + len(code) :]}", value, after)

    def user(self, at: bool | None = None, underscore: bool = False) -> Piece:
        users = [
            u for u in self.kit["users"] if u not in self.used and (not underscore or "_" in u)
        ]
        name = self.r.choice(users or [u for u in self.kit["users"] if not underscore or "_" in u])
        self.used.add(name)
        if self.r.random() < 0.4 and not name[-1].isdigit():
            name += self.digits(2)
        written = ("@" + name) if (self.r.random() < 0.35 if at is None else at) else name
        return ("username", written, username_form(written), "")

    def onion(self) -> Piece:
        host = cs.onion_v3(self.r)
        written = (
            _last_dot(host, "[.]") if self.variant == "defanged" and self.r.random() < 0.5 else host
        )
        return ("onion", written, host, "")

    def onion_link(self) -> Callable[[], None]:
        def write() -> None:
            host = cs.onion_v3(self.r)
            path = self.r.choice(("/", "/market/", "/shop/item/" + self.digits(3)))
            scheme = "hxxp" if self.variant == "defanged" else "http"
            start = len(self.text)
            self.t(f"{scheme}://")
            self.put(("onion", host, host, ""))
            self.t(path)
            self.labels.append(
                {
                    "type": "url",
                    "normalized": url_form(f"http://{host}{path}"),
                    "start": start,
                    "end": len(self.text),
                }
            )

        return write

    def crypto(self, kind: str | None = None) -> Piece:
        kind = kind or self.r.choice(CRYPTO_KINDS)
        r = self.r
        if kind == "p2pkh":
            value = cs.base58check(0x00, r.randbytes(20))
        elif kind == "p2sh":
            value = cs.base58check(0x05, r.randbytes(20))
        elif kind == "p2wpkh":
            value = cs.segwit_address("bc", 0, r.randbytes(20))
        elif kind == "p2wsh":
            value = cs.segwit_address("bc", 0, r.randbytes(32))
        elif kind == "taproot":
            value = cs.segwit_address("bc", 1, r.randbytes(32))
        elif kind in ("eth", "eth_lower"):
            value = cs.eip55(r.randbytes(20).hex())
        elif kind == "xmr":
            value = cs.monero(r)
        elif kind == "ltc":
            value = cs.base58check(r.choice((0x30, 0x32)), r.randbytes(20))
        elif kind == "ltc1":
            value = cs.segwit_address("ltc", 0, r.randbytes(20))
        elif kind == "doge":
            value = cs.base58check(0x1E, r.randbytes(20))
        elif kind in ("bch", "bch_bare"):
            value = cs.cashaddr(r.randbytes(20), r.choice((0, 1)))
        elif kind == "trx":
            value = cs.base58check(0x41, r.randbytes(20))
        else:
            value = cs.base58check(0x4C, r.randbytes(20))
        written = (
            value.lower()
            if kind == "eth_lower"
            else value.split(":")[1]
            if kind == "bch_bare"
            else value
        )
        return ("crypto", written, value, "")

    def iban(self, country: str | None = None) -> Piece:
        country = country or self.r.choice(self.kit["iban"])
        value = make_iban(self.r, country)
        written = (
            " ".join(value[i : i + 4] for i in range(0, len(value), 4))
            if self.r.random() < 0.6
            else value
        )
        return ("iban", written, value, "")


COIN = {"p2pkh": "BTC", "p2sh": "BTC", "p2wpkh": "BTC", "p2wsh": "BTC", "taproot": "BTC", "eth": "ETH",
        "eth_lower": "USDT (ERC-20)", "xmr": "XMR", "ltc": "LTC", "ltc1": "LTC", "doge": "DOGE", "bch": "BCH",
        "bch_bare": "BCH", "trx": "USDT (TRC-20)", "dash": "DASH"}  # fmt: skip
CRYPTO_KINDS = ("p2pkh", "p2sh", "p2wpkh", "p2wsh", "taproot", "eth", "eth_lower", "xmr", "ltc", "ltc1", "doge", "bch", "bch_bare", "trx", "dash")  # fmt: skip


def _last_dot(text: str, mark: str) -> str:
    head, _, tail = text.rpartition(".")
    return f"{head}{mark}{tail}"


def make_iban(rng: random.Random, country: str) -> str:
    shape, length = IBANS[country]
    bban = ""
    for piece in shape.split():
        count, kind = int(piece[:-1]), piece[-1]
        alphabet = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789" * 3 + "ABCDEFGHJKLMNPRSTUVWXYZ"}[kind]  # fmt: skip
        bban += "".join(rng.choice(alphabet) for _ in range(count))
    check = 98 - cs._mod97(bban + country + "00")
    value = f"{country}{check:02d}{bban}"
    if len(value) != length:
        raise GoldError(f"IBAN length {country}")
    return value


# --- dates ---------------------------------------------------------------------------------------
def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _basque_year(year: int) -> str:
    return f"{year}eko" if year % 10 in (1, 5) else f"{year}ko"


def _basque_inessive(day: int) -> str:
    if day in (11, 31):
        return f"{day}n"
    return f"{day}ean" if day % 10 in (1, 5) or day in (10, 30) else f"{day}an"


def fill_date(pattern: str, day: dt.date, kit: dict[str, Any]) -> str:
    forms = kit["months"][day.month - 1]
    values = {
        "d": str(day.day), "dd": f"{day.day:02d}", "mm": f"{day.month:02d}", "mo": str(day.month),
        "y": str(day.year), "m": forms[0], "m1": forms[-1], "dth": f"{day.day}{_ordinal(day.day)}",
        "yko": _basque_year(day.year), "dan": _basque_inessive(day.day),
        "wd": kit.get("weekdays", ("",) * 7)[day.weekday()],
    }  # fmt: skip
    return re.sub(r"\{(\w+)\}", lambda m: values[m[1]], pattern)


def read_date(span: str, kit: dict[str, Any]) -> set[dt.date]:
    """Every day a date format of the kit reads from the span (NFKC digits), re-derived from the
    written day, month name or number, year and weekday."""
    span = unicodedata.normalize("NFKC", span)
    found = set()
    names = {form: index + 1 for index, forms in enumerate(kit["months"]) for form in forms}
    month_alt = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    weekdays = kit.get("weekdays", ())
    groups = {
        "d": r"(?P<d>\d{1,2})", "dd": r"(?P<d>\d{2})", "mm": r"(?P<mo>\d{2})", "mo": r"(?P<mo>\d{1,2})",
        "y": r"(?P<y>\d{4})", "m": f"(?P<mn>{month_alt})", "m1": f"(?P<mn>{month_alt})",
        "dth": r"(?P<d>\d{1,2})(?P<ord>st|nd|rd|th)", "yko": r"(?P<y>\d{4})(?P<yk>e?ko)",
        "dan": r"(?P<d>\d{1,2})(?P<loc>e?a?n)", "wd": "(?P<wd>" + "|".join(map(re.escape, weekdays)) + ")",
    }  # fmt: skip
    for pattern, _ in kit["dates"]:
        regex = ""
        for index, chunk in enumerate(re.split(r"\{(\w+)\}", pattern)):
            regex += groups[chunk] if index % 2 else re.escape(chunk)
        match = re.fullmatch(regex, span)
        if not match:
            continue
        month = int(match["mo"]) if "mo" in match.groupdict() else names[match["mn"]]
        try:
            day = dt.date(int(match["y"]), month, int(match["d"]))
        except ValueError:
            continue
        if "wd" in match.groupdict() and weekdays[day.weekday()] != match["wd"]:
            continue
        if "ord" in match.groupdict() and match["ord"] != _ordinal(day.day):
            continue
        if "yk" in match.groupdict() and _basque_year(day.year) != match[0][:4] + match["yk"]:
            continue
        if "loc" in match.groupdict() and _basque_inessive(day.day) != match["d"] + match["loc"]:
            continue
        found.add(day)
    return found


# --- layouts -------------------------------------------------------------------------------------
def distractor(p: Page, kind: str) -> str:
    r = p.r
    return {
        "time": f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        "sha256": r.randbytes(32).hex(),
        "md5": r.randbytes(16).hex(),
        "imei": luhn("35" + p.digits(12)),
        "version": f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
        "amount": f"{r.randint(100, 9999)},{r.randint(0, 99):02d} EUR",
        "file": r.choice(
            ("export.py", "notes.md", "run.sh", "wallet_backup.zip", "report.rs", "capture.pcap")
        ),
        "ticket": f"{r.choice(('LE', 'INC', 'TKT', 'REQ'))}-{p.digits(6)}",
    }[kind]


def c(p: Page, language: str | None = None, labelled: bool = False) -> Callable[[], None]:
    """A case number, bare (in a sentence, or a foreign one), or after its own label word (outside
    the span) or the generic case label when its shape has none."""
    before, piece = p.case(language, bare=not labelled)

    def write() -> None:
        p.t(before if before or not labelled else p.kit["L"]["case"] + ": ")
        p.put(piece)

    return write


def siena(p: Page) -> None:
    k = p.kit
    p.line("SIENA — message export")
    p.line(f"Message ID: SIENA-{p.r.choice((2024, 2025))}-{p.digits(7)}")
    p.line("Created: ", p.iso())
    p.line(f"From: {k['authority']}")
    p.line("To: Europol EC3; ENU ", p.r.choice(("MT", "IE", "BY", "KZ", "ES", "FR", "DE")))
    p.line(
        f"Handling code: H{p.r.randint(0, 3)}   Evaluation: {p.r.choice('ABC')}{p.r.randint(1, 3)}   Priority: high"
    )
    p.t("Subject: ")
    p.say("siena_subj", c=c(p))
    p.line("")
    p.say("siena_body", u=p.user(), e=p.email())
    p.say("siena_site", url=p.url(), onion=p.onion_link())
    p.line(f"{k['L']['ip']}:")
    for _ in range(p.r.randint(3, 4)):
        ip = p.ipv4() if p.r.random() < 0.55 else p.ipv6()
        p.line("  - ", ip, "  ", p.date(), f" {distractor(p, 'time')} UTC")
    p.line("  - ", p.domain())
    p.line("  - ", p.onion())
    p.line(f"{k['L']['wallet']}: ", p.crypto())
    p.line(f"{k['L']['phone']}: ", p.phone(), "; ", p.phone())
    p.line(f"{k['L']['basis']}: ", p.legal())
    p.line(f"Attachment: {distractor(p, 'file')} (SHA-256 {distractor(p, 'sha256')})")


def ack(p: Page) -> None:
    k, L = p.kit, p.kit["L"]
    foreign = p.r.choice([lang for lang in KITS if lang != p.language])
    p.line(k["authority"])
    p.line(f"{k['city']}, ", p.date())
    p.line("")
    p.line(k["T"]["ack"])
    ours, theirs = c(p), c(p, foreign)
    p.line(f"{L['ourref']}: ", ours, "   ", f"{L['yourref']}: ", theirs)
    p.line("")
    p.say("ack_body", d1=p.date(), d2=p.date(), c1=c(p, foreign), c2=c(p))
    p.say("ack_list")
    p.line(f"  1. {L['email']}: ", [p.email(native=p.r.random() < 0.5), p.email()])
    p.line(
        f"  2. {L['phone']}: ",
        [p.phone(), p.phone(KITS[foreign]["region"] if foreign not in ("eu", "gl") else "ES")],
    )
    p.line(f"  3. {L['user']}: ", [p.user(), p.user()])
    p.line(f"  4. {L['iban']}: ", p.iban())
    p.line(f"  5. {L['ip']}: ", p.ipv4(port=True), f" ({distractor(p, 'time')}), ", p.ipv6())
    p.line("  6. URL: ", p.url())
    p.line(f"  7. {L['wallet']}: ", p.crypto())
    p.say("ack_basis", l1=p.legal(0), l2=p.legal(p.r.choice((2, 3))))
    p.line(f"{distractor(p, 'ticket')} — 12 p.")


def emerg(p: Page) -> None:
    k, L = p.kit, p.kit["L"]
    p.line(k["T"]["emerg"])
    p.line(f"Form ED-{p.digits(4)} / Provider ticket {distractor(p, 'ticket')}")
    p.line(f"1. {L['officer']}: {k['authority']}")
    p.line(f"   {L['phone']}: ", p.phone(), f"   {L['email']}: ", p.email())
    p.line("2. ", c(p, labelled=True), f"   {L['date']}: ", p.date())
    p.line(f"3. {L['target']}: {L['user']} ", p.user(), "  URL: ", p.url())
    p.t("4. ")
    p.say("em_facts", d=p.date(), u=p.user(), url=p.url())
    p.line("   ", k["S"]["em_risk"])
    p.line("5. IP: ", p.ipv4(port=True), f" {distractor(p, 'time')} UTC; ", p.ipv6())
    p.line(
        f"   IMEI {distractor(p, 'imei')}; app {distractor(p, 'version')}; {L['wallet']}: ",
        p.crypto(),
    )
    p.line(f"6. {L['basis']}: ", p.legal())
    p.line("7. ", p.date(), f", {k['city']}")


def kyc(p: Page) -> None:
    k, L = p.kit, p.kit["L"]
    p.line(k["T"]["kyc"], f" — {distractor(p, 'ticket')}")
    p.say("kyc_intro", d=p.date(), c=c(p), u=p.user(at=False))
    p.line(f"{L['name']}: [NAME REDACTED]")
    p.line(f"{L['birth']}: ", p.date())
    p.line(f"{L['phone']}: ", p.phone())
    p.line(f"{L['email']}: ", p.email(native=p.r.random() < 0.3))
    p.line("Login history (UTC)")
    p.line("timestamp | ip | device")
    for _ in range(p.r.randint(4, 6)):
        p.line(
            p.iso(),
            " | ",
            p.ipv4() if p.r.random() < 0.55 else p.ipv6(),
            f" | Android app {distractor(p, 'version')}",
        )
    p.line("Deposit addresses")
    for kind in p.r.sample(CRYPTO_KINDS, 4):
        p.line("  ", COIN[kind], ": ", p.crypto(kind))
    p.line(f"Fiat withdrawals: {distractor(p, 'amount')} → ", p.iban())
    p.line(f"tx {distractor(p, 'sha256')}")


def intel(p: Page) -> None:
    k, L = p.kit, p.kit["L"]
    p.line(k["T"]["intel"])
    p.line(
        f"{L['grading']}: {p.r.choice('ABCDE')}{p.r.randint(1, 4)} / 5x5x5 (handling {p.r.randint(1, 5)})"
    )
    p.line(c(p, labelled=True), f"   {L['date']}: ", p.date())
    p.line("")
    p.say("intel_body", u=p.user(), onion=p.onion(), url=p.url())
    p.say("intel_contact", e=p.email(), p=p.phone())
    p.say("intel_pay", cr=p.crypto(), ib=p.iban())
    p.line("Mirror: ", p.onion_link(), "; ", p.domain())
    p.line(f"{L['user']}: ", [p.user(at=True), p.user()])
    p.line(f"{L['phone']}: ", p.phone(), f"; {L['email']}: ", p.email(native=p.r.random() < 0.4))
    p.line("IPv6: ", p.ipv6(), f" ({distractor(p, 'time')})")
    p.line(f"{L['basis']}: ", p.legal())


def refusal(p: Page) -> None:
    k = p.kit
    foreign = p.r.choice([lang for lang in KITS if lang != p.language])
    p.line(k["court"])
    p.line(c(p, labelled=True))
    p.line(k["T"]["refusal"])
    p.line("")
    p.say("ref_recital", d=p.date(), c=c(p, foreign), l=p.legal(3))
    p.say("ref_refuse", xs=[p.email(), p.ipv4(), p.ipv6(), p.url()], l=p.legal(1))
    p.say("ref_grant", xs=[p.phone(), p.user(), p.iban(), p.crypto()])
    p.line(f"{k['city']}, ", p.date())


def rdap(p: Page) -> None:
    k = p.kit
    p.line(k["T"]["rdap"])
    p.say("rdap_note", d=p.date(), c=c(p), l=p.legal())
    p.line("")
    word = p.r.choice(k["hostwords"])
    p.line("Domain Name: ", p.domain(idn=False, upper=True))
    p.line(f"Registry Domain ID: D{p.digits(9)}-EXAMPLE")
    p.line("Registrar WHOIS Server: ", p.domain(idn=False))
    p.line("Registrar URL: ", p.url())
    p.line("Updated Date: ", p.iso())
    p.line("Creation Date: ", p.iso())
    p.line("Registry Expiry Date: ", p.iso())
    p.line("Registrant Email: ", p.email())
    p.line("Registrant Phone: ", p.whois_phone())
    p.line("Name Server: ", p.domain(idn=False, upper=True))
    p.line("Name Server: ", p.domain(idn=False))
    p.line(f"DNSSEC: unsigned   # {word} {distractor(p, 'md5')}")
    p.line("Tech Email: ", p.email())
    p.line("Registrar Abuse Contact Email: ", p.email())
    p.say("rdap_after", ip=p.ipv4(), u=p.user())


LAYOUTS: dict[str, tuple[Callable[[Page], None], str]] = {
    "siena": (siena, "defanged"), "ack": (ack, "clean"), "emergency": (emerg, "ocr"), "kyc": (kyc, "clean"),
    "intel": (intel, "defanged"), "refusal": (refusal, "clean"), "whois": (rdap, "clean"),
}  # fmt: skip
EXTRAS = (("ack", "ocr"), ("whois", "defanged"))


# --- every label re-read from its span -------------------------------------------------------------
def check(label: dict[str, Any], doc: dict[str, Any]) -> None:
    text, kind, value = doc["text"], label["type"], label["normalized"]
    span = text[label["start"] : label["end"]]

    def fail(why: str) -> None:
        raise GoldError(f"{doc['language']}/{doc['genre']}: {kind} {span!r} → {value!r}: {why}")

    if not span or span != span.strip():
        fail("empty or padded span")
    plain = undefang(span)
    if kind == "date":
        if dt.date.fromisoformat(value) not in read_date(span, KITS[doc["language"]]) | _iso(span):
            fail("date does not re-read")
    elif kind == "crypto":
        if not crypto_holds(span, value):
            fail("checksum")
    elif not check_value(kind, span, plain, value, doc["region"], IBANS, fail):
        fail("unknown type")
    if kind in ("url", "email", "domain"):
        host = (
            value.rpartition("@")[2]
            if kind != "url"
            else (re.match(r"\w+://([^/:]+)", value) or fail("url"))[1]
        )  # type: ignore[index]
        if not host.endswith((*EXAMPLES, ".onion")):
            fail("not an example host")
    region = doc["region"]
    if kind != "date" and nz.normalize(kind, value, default_region=region) != value:
        fail(
            f"not a fixed point of normalize ({nz.normalize(kind, value, default_region=region)!r})"
        )


def _iso(span: str) -> set[dt.date]:
    try:
        return {dt.date.fromisoformat(span)} if re.fullmatch(r"\d{4}-\d{2}-\d{2}", span) else set()
    except ValueError:
        return set()


def validate(doc: dict[str, Any]) -> None:
    for label in doc["labels"]:
        check(label, doc)
    spans = sorted((lab["start"], lab["end"], lab["type"]) for lab in doc["labels"])
    for (_, e1, k1), (s2, _, k2) in itertools.pairwise(spans):
        if s2 < e1 and {k1, k2} != {"url", "onion"}:
            raise GoldError(f"{doc['language']}/{doc['genre']}: overlapping {k1} and {k2}")
    text = doc["text"]
    for lab in doc["labels"]:
        before, after = text[lab["start"] - 1 : lab["start"]], text[lab["end"] : lab["end"] + 1]
        if lab["type"] != "onion" and (
            before.isalnum() or (after.isalnum() and lab["type"] not in ("date",))
        ):
            raise GoldError(f"{doc['language']}/{doc['genre']}: {lab['type']} glued to a word")


def make(language: str, genre: str, variant: str, rng: random.Random) -> dict[str, Any]:
    p = Page(language, variant, rng)
    LAYOUTS[genre][0](p)
    doc = {"language": language, "region": p.region, "genre": genre, "variant": variant, "text": p.text, "labels": p.labels}  # fmt: skip
    validate(doc)
    return doc


def documents(rng: random.Random) -> list[dict[str, Any]]:
    jobs = [
        (lang, genre, variant)
        for lang in DEVELOPED + NEW
        for genre, (_, variant) in LAYOUTS.items()
    ]
    jobs += [(lang, genre, variant) for lang in NEW for genre, variant in EXTRAS]
    rng.shuffle(jobs)
    return [make(lang, genre, variant, rng) for lang, genre, variant in jobs]


# --- scanned letters -----------------------------------------------------------------------------
def scan_letter(language: str, rng: random.Random) -> tuple[dict[str, Any], list[str]]:
    p = Page(language, "scanned", rng)
    k, L = p.kit, p.kit["L"]
    p.line(k["authority"])
    p.line(f"{k['city']}, ", p.date(form=0))
    p.line(c(p, labelled=True))
    p.line(k["T"]["ack"])
    p.line("")
    p.line(f"{L['email']}: ", p.email(native=True))
    p.line(f"{L['email']}: ", p.email())
    p.line(f"{L['user']}: ", p.user(at=True, underscore=True), ", ", p.user(at=False))
    p.line(f"{L['phone']}: ", p.phone(), ", ", p.phone())
    p.line(f"{L['ip']}: ", p.ipv4(), f", {distractor(p, 'time')}")
    p.line("URL: ", p.url())
    p.line(f"{L['date']}: ", p.date(form=1))
    p.line(f"{L['basis']}:")
    p.line(p.legal(0))
    p.line(p.legal(1))
    p.line("")
    p.line(f"{k['city']}, ", p.date(form=0))
    doc = {"language": language, "region": p.region, "genre": "scanned", "variant": "scanned", "text": p.text, "labels": p.labels}  # fmt: skip
    if not any(
        lab["type"] == "username" and "_" in p.text[lab["start"] : lab["end"]] for lab in p.labels
    ):
        raise GoldError(f"scan {language}: no username with an underscore")
    validate(doc)
    return doc, p.text.rstrip("\n").split("\n")


def _covered(text: str) -> None:
    """Refuse a scan with a character Noto Sans cannot draw."""
    from fontTools.ttLib import TTFont

    cmap = set(TTFont(FONTS["latin"], lazy=True).getBestCmap())
    for char in set(text) - {"\n", " "}:
        if ord(char) not in cmap:
            raise GoldError(f"no glyph for {char!r}")


def render(lines: list[str], path: Path) -> None:
    """An A4 page at 300 dpi in Noto Sans (Latin and Cyrillic), make_corpus.render's size, margins
    and line height; refused when a line runs off the page."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(FONTS["latin"], 44)
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    y = 250
    for line in lines:
        if 220 + draw.textlength(line, font=font) > 2380:
            raise GoldError(f"line runs off the page: {line!r}")
        draw.text((220, y), line, font=font, fill=0)
        y += 80
    if y > 3300:
        raise GoldError("page overflows")
    page.save(path, dpi=(300, 300))


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    docs = documents(rng)
    made = [(lang, *scan_letter(lang, rng)) for lang in ("mt", "eu", "be", "kk")]
    write_texts(folder, [dict(doc) for doc in docs])
    (folder / "scanned").mkdir(parents=True)
    for index, (language, doc, lines) in enumerate(made):
        _covered(doc["text"])
        stem = f"scan{index}_{language}"
        render(lines, folder / "scanned" / f"{stem}.png")
        (folder / "scanned" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    return docs + [doc for _, doc, _ in made]


def main() -> None:
    """Write the corpus, or with --check compare the committed corpus with the seed's."""
    write_or_check(
        CORPUS, write_corpus, __doc__, up_to_date_note=" (scored once; see bench/intake/README.md)"
    )


if __name__ == "__main__":
    main()
