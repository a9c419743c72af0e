"""Generate the seventh held-out intake corpus: `python bench/intake/heldout7/make_heldout7.py`.

A sealed test set, written by a fresh hand without reading the extractor, its patterns, its
rules, its language detection, any list of misses, or the other corpora's texts and templates
(only the earlier sets' labelling conventions and helpers), and never run through the extractor
before the lead scores it. Seeded and deterministic; `--check` exits non-zero when the committed
corpus differs from the seed's.

Sixteen languages: six the product has never seen (Norwegian Bokmål, Estonian, Latvian,
Croatian, Slovenian, Azerbaijani) and ten it was developed on (fr, en, es, de, it, pt-BR, ru,
ar for Kuwait, zh, ja), each written in seven layouts new to the corpora: a court's decision
excerpt ordering disclosure, a mutual-legal-assistance status report to a central authority
(fixed-width table), a 24/7 point-of-contact shift hand-over log with ISO timestamps
(defanged), a subscriber-data return in YAML or INI form with local keys, a transcription of a
messaging-app screenshot (defanged), a bank's suspicious-transaction extract, and a victim's
complaint statement in prose with typos, hard-wrapped without splitting a value. Four letters
(Norwegian, Croatian, Japanese, Azerbaijani) are rendered as A4 scans at 300 dpi with
`make_corpus.render`. Canonical forms, the address checksum test and the corpus writer are the
fourth set's, the value checks the fifth set's (`check_value`), the checksums the second set's;
dates are re-read here (day, month name or number, year, Reiwa era, weekday).
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
from pathlib import Path
from typing import Any

import phonenumbers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout2 import checksums as cs  # noqa: E402
from bench.intake.heldout4.make_heldout4 import (  # noqa: E402
    DOCS_V4,
    GoldError,
    ascii_digits,
    crypto_address,
    crypto_holds,
    host_form,
    phone_form,
    reference_form,
    undefang,
    url_form,
    username_form,
    write_or_check,
    write_texts,
)
from bench.intake.heldout5.make_heldout5 import check_value  # noqa: E402
from bench.intake.heldout7.kits import AZ_SUFFIX, KITS, TICKETS  # noqa: E402
from bench.intake.make_corpus import render  # noqa: E402

SEED = 20261221
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{(\w+)(?:=(\w+))?\}")
SCANS = ("nb", "hr", "ja", "az")
FIRST_DAY, DAYS = dt.date(2025, 1, 6), 640
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# ISO 13616 shapes (n digit, a capital, c alphanumeric) and total lengths of the countries used.
IBAN_SHAPES = {"NO": ("11n", 15), "EE": ("16n", 20), "LV": ("4a 13c", 21), "HR": ("17n", 21),
               "SI": ("15n", 19), "AZ": ("4a 20c", 28), "KW": ("4a 22c", 30), "FR": ("10n 11c 2n", 27),
               "GB": ("4a 14n", 22), "ES": ("20n", 24), "DE": ("18n", 22), "IT": ("1a 10n 12c", 27),
               "BR": ("23n 1a 1c", 29), "LU": ("3n 13c", 20), "KZ": ("3n 13c", 20)}  # fmt: skip
CRYPTO_KINDS = ("p2pkh", "p2sh", "wpkh", "wsh", "tr", "eth", "trx", "xmr", "ltc", "ltc1", "doge", "dash", "bch")  # fmt: skip
DOMAINS = ("example.com", "example.net", "example.org")
HOSTS = ("secure-verify", "account-check", "pay-portal", "wallet-recovery", "helpdesk-24")
PATHS = (
    "/",
    "/track/{n}",
    "/pay?ref={n}",
    "/login",
    "/claim/{n}",
    "/dl/{n}.zip",
    "/p/{w}",
    "/verify",
    "",
)
WORDS = ("gift", "parcel", "bonus", "verify", "refund", "promo")
IDENTIFIERS = ("{atuser}", "{user}", "{email}", "{ip4}", "{domain}", "{iban}", "{phone}", "{crypto}",
               "{ip6}", "{url}")  # fmt: skip

Label = tuple[str, str, int, int]  # type, canonical value, start and end inside its segment
Seg = tuple[str, tuple[Label, ...]]


# --- values of this set --------------------------------------------------------------------------
def make_iban(rng: random.Random, country: str) -> str:
    """A compact IBAN of that country with valid check digits (and a valid national check where
    the country's BBAN carries one: Norway's mod 11, Slovenia's mod 97, whose IBAN check is 56)."""
    shape, length = IBAN_SHAPES[country]
    if country == "NO":
        bban = _norwegian_account(rng)
    elif country == "SI":
        head = f"{rng.choice((1, 2, 3, 4, 6))}{rng.randint(0, 9999):04d}" + "".join(rng.choice("0123456789") for _ in range(8))  # fmt: skip
        bban = head + f"{98 - int(head + '00') % 97:02d}"
    else:
        pools = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789" * 5 + "ABCDEFHJKLMNPRSTUVXZ"}  # fmt: skip
        bban = "".join(
            rng.choice(pools[piece[-1]]) for piece in shape.split() for _ in range(int(piece[:-1]))
        )
    value = f"{country}{98 - cs._mod97(bban + country + '00'):02d}{bban}"
    assert len(value) == length, value
    assert cs._mod97(value[4:] + value[:4]) == 1, value
    assert country != "SI" or value[2:4] == "56", value
    return value


def _norwegian_account(rng: random.Random) -> str:
    while True:
        digits = f"{rng.randint(1200, 9899)}{rng.randint(0, 999999):06d}"
        rest = sum(int(d) * w for d, w in zip(digits, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11  # fmt: skip
        if rest != 1:
            return digits + str((11 - rest) % 11)


def grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


def reiwa(year: int) -> int:
    return year - 2018


class Draw:
    """Values of one document, written in its language and country, with their labels."""

    def __init__(self, rng: random.Random, language: str, defanged: bool = False) -> None:
        self.rng, self.language, self.defanged = rng, language, defanged
        self.kit = KITS[language]
        self.w = self.kit["w"]
        self.region = self.kit["region"]
        self.bound: dict[tuple[str, str], Any] = {}
        self.k = 1
        self.last_day = FIRST_DAY
        self.last_name = ""

    # --- templates ------------------------------------------------------------------------------
    def fill(self, template: str) -> list[Seg]:
        out: list[Seg] = []
        position = 0
        for match in SLOT.finditer(template):
            self._literal(out, template[position : match.start()])
            for seg in self.slot(match.group(1), match.group(2)):
                if seg[1]:
                    out.append(seg)
                else:
                    self._literal(out, seg[0])
            position = match.end()
        self._literal(out, template[position:])
        return out

    @staticmethod
    def _literal(out: list[Seg], text: str) -> None:
        # An ordinal or abbreviation dot ending a value merges with a full stop after it.
        if text.startswith(".") and out and out[-1][0].endswith("."):
            text = text[1:]
        if text:
            out.append((text, ()))

    def slot(self, kind: str, bind: str | None) -> list[Seg]:
        family = {"quser": "user", "atuser": "user", "ip4p": "ip4", "ip6p": "ip6"}.get(kind, kind)
        if bind and (family, bind) in self.bound:
            raw = self.bound[(family, bind)]
        else:
            raw = self.raw(family)
            if bind:
                self.bound[(family, bind)] = raw
        return self.write(kind, raw)

    def raw(self, family: str) -> Any:
        """The value itself, before it is written (so a bound value can be written again)."""
        rng = self.rng
        if family in self.w and family != "name":
            choice = self.w[family]
            return rng.choice(choice) if isinstance(choice, tuple) else choice
        if family == "name":  # two people named in a row are not the same one
            self.last_name = rng.choice([n for n in self.w["name"] if n != self.last_name])
            return self.last_name
        if family == "user":
            suffix = rng.choice(("", "", str(rng.randint(2, 99)), f"_{rng.randint(10, 999)}"))
            return rng.choice(self.kit["handles"]) + suffix
        if family == "ip4":
            return str(rng.choice(DOCS_V4)[rng.randint(1, 254)])
        if family == "ip6":
            groups = [0 if rng.random() < 0.25 else rng.randint(1, 0xFFFF) for _ in range(5)]
            groups.append(rng.randint(1, 0xFFFF))
            return str(ipaddress.IPv6Address(f"2001:db8:{':'.join(f'{g:x}' for g in groups)}"))
        return None

    def write(self, kind: str, raw: Any) -> list[Seg]:
        rng, w = self.rng, self.w
        if kind in w and kind != "name":
            return self.fill(raw)
        if kind == "name":
            return [(raw, ())]
        if kind in ("user", "quser", "atuser"):
            written = "@" + raw if kind == "atuser" else raw
            label = ("username", username_form(written), 0, len(written))
            if kind == "quser":
                left, right = self.kit["quote"]
                return [(left, ()), (written, (label,)), (right, ())]
            return [(written, (label,))]
        if kind in ("ip4", "ip4p"):
            written = raw
            if self.defanged and rng.random() < 0.6:
                written = raw.replace(".", "[.]") if rng.random() < 0.5 else "[.]".join(raw.rsplit(".", 1))  # fmt: skip
            segs: list[Seg] = [(written, (("ipv4", raw, 0, len(written)),))]
            return segs + ([(f":{rng.choice((443, 8080, 51820, rng.randint(1024, 65535)))}", ())] if kind == "ip4p" else [])  # fmt: skip
        if kind in ("ip6", "ip6p"):
            address = ipaddress.IPv6Address(raw)
            written = rng.choice((raw, raw, raw.upper(), address.exploded))
            label = ("ipv6", raw, 0, len(written))
            if kind == "ip6p":
                return [("[", ()), (written, (label,)), (f"]:{rng.randint(1024, 65535)}", ())]
            return [(written, (label,))]
        if kind in ("time", "amount", "ticket", "k", "kk"):
            return [(self.plain(kind), ())]
        if kind in ("date", "odate", "wdate", "ndate", "ndate2", "iso", "ts"):
            return self.date(kind)
        if kind in ("case", "lcase", "ccase", "fcase"):
            return self.case(kind)
        if kind in ("legal", "legaln", "offence", "offencen", "aml"):
            pool = self.kit.get(kind) or self.kit[kind.removesuffix("n")]
            written = rng.choice(pool)
            return [(written, (("legal_reference", reference_form(written), 0, len(written)),))]
        return getattr(self, f"draw_{kind}")()

    def plain(self, kind: str) -> str:
        rng = self.rng
        if kind == "time":
            sep = self.kit["timesep"]
            return f"{rng.randint(0, 23):02d}{sep}{rng.randint(0, 59):02d}"
        if kind == "amount":
            template, thousands, decimal, places = self.kit["money"]
            whole = f"{rng.randint(40, 48000):,}".replace(",", thousands)
            cents = f"{decimal}{rng.randint(0, 10**places - 1):0{places}d}" if places else ""
            return template.format(a=whole + cents)
        if kind == "ticket":
            return "".join(str(rng.randint(0, 9)) if c == "X" else c for c in rng.choice(TICKETS))
        if kind == "k":
            self.k = rng.randint(1, 3)
            return str(self.k)
        return str(self.k + rng.randint(0, 3))

    # --- dates ---------------------------------------------------------------------------------------
    def day(self) -> dt.date:
        return FIRST_DAY + dt.timedelta(days=self.rng.randint(0, DAYS))

    def date(self, kind: str, day: dt.date | None = None) -> list[Seg]:
        rng, kit = self.rng, self.kit
        if kind == "ndate2":  # the end of a period whose start was the last numeric date
            day, kind = self.last_day + dt.timedelta(days=rng.randint(1, 120)), "ndate"
        day = day or self.day()
        if kind == "ndate":
            self.last_day = day
        iso = day.isoformat()
        if kind in ("iso", "ts"):
            tail = ""
            if kind == "ts":
                clock = (
                    f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
                )
                tail = rng.choice((f"T{clock}Z", f" {clock}", f"T{clock}+01:00", f"T{clock}.{rng.randint(100, 999)}Z"))  # fmt: skip
            return [(iso, (("date", iso, 0, len(iso)),)), (tail, ())]
        forms = kit["dates"]
        key = {"date": "long", "odate": "olong", "wdate": "wlong", "ndate": "numeric"}[kind]
        fmt, tail = rng.choice(forms.get(key) or forms["long"])
        written, tail = render_date(fmt, day, kit), render_date(tail, day, kit)
        if rng.random() < kit.get("native_digits", 0):
            written, tail = written.translate(ARABIC_INDIC), tail.translate(ARABIC_INDIC)
        elif key in ("long", "olong") and rng.random() < kit.get("fullwidth", 0):
            written = written.translate(FULL_WIDTH)
        return [(written, (("date", iso, 0, len(written)),)), (tail, ())]

    # --- references ------------------------------------------------------------------------------
    def case(self, kind: str) -> list[Seg]:
        rng = self.rng
        kit = rng.choice([k for lang, k in KITS.items() if lang != self.language]) if kind == "fcase" else self.kit  # fmt: skip
        family = "c" if kind == "ccase" else "p"
        _, word, shape = rng.choice([c for c in kit["cases"] if c[0] == family])
        written = case_number(rng, shape)
        label = ("case_reference", reference_form(written), 0, len(written))
        if kind in ("lcase", "ccase") and word:
            return [(word + self.kit.get("join", " "), ()), (written, (label,))]
        return [(written, (label,))]

    # --- network and accounts ----------------------------------------------------------------
    def host(self, www: bool = True) -> str:
        rng = self.rng
        label = rng.choice(self.kit["hosts"] + HOSTS[:2])
        sub = rng.choice(("", "", "", "www.", "m.")) if www else ""
        return f"{sub}{label}.{rng.choice(DOMAINS)}"

    def _defang_host(self, host: str) -> str:
        if not self.defanged or self.rng.random() < 0.35:
            return host
        mark = self.rng.choice(("[.]", "(.)", "[dot]"))
        return (
            host.replace(".", mark) if self.rng.random() < 0.4 else mark.join(host.rsplit(".", 1))
        )

    def draw_url(self) -> list[Seg]:
        rng = self.rng
        host, scheme = self.host(), rng.choice(("https", "https", "http"))
        path = rng.choice(PATHS).format(n=rng.randint(100, 99999), w=rng.choice(WORDS))
        clean = f"{scheme}://{host}{path}"
        written = clean
        if self.defanged and rng.random() < 0.75:
            written = f"{scheme.replace('http', rng.choice(('hxxp', 'hXXp')))}://{self._defang_host(host)}{path}"  # fmt: skip
        assert undefang(written) == clean, written
        return [(written, (("url", url_form(clean), 0, len(written)),))]

    def draw_domain(self) -> list[Seg]:
        host = self.host()
        written = self._defang_host(host)
        assert undefang(written) == host
        return [(written, (("domain", host_form(host), 0, len(written)),))]

    def draw_email(self) -> list[Seg]:
        rng = self.rng
        local = rng.choice(self.kit["mailboxes"]) + rng.choice(("", "", str(rng.randint(1, 99))))
        host = self.host(www=False)
        written = f"{local}@{host}"
        if self.defanged and rng.random() < 0.6:
            written = f"{local}{rng.choice(('[at]', '(at)', '[@]'))}{self._defang_host(host)}"
        value = f"{unicodedata.normalize('NFC', local)}@{host_form(host)}"
        return [(written, (("email", value, 0, len(written)),))]

    def _number(self) -> phonenumbers.PhoneNumber:
        for _ in range(200):
            shape = self.rng.choice(self.kit["phones"])
            written = "".join(str(self.rng.randint(0, 9)) if c == "#" else c for c in shape)
            number = phonenumbers.parse(written, self.region)
            if phonenumbers.is_valid_number(number):
                self._national = written
                return number
        raise GoldError(f"no valid phone for {self.region}")

    def _phone(self, international: bool) -> list[Seg]:
        number = self._number()
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if international:
            spaced = phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            written = self.rng.choice((spaced, value))
        else:
            written = self._national
        if self.rng.random() < self.kit.get("native_digits", 0):
            written = written.translate(ARABIC_INDIC)
        assert phone_form(written, self.region) == value, written
        return [(written, (("phone", value, 0, len(written)),))]

    def draw_phone(self) -> list[Seg]:
        return self._phone(international=False)

    def draw_iphone(self) -> list[Seg]:
        return self._phone(international=True)

    def draw_onion(self) -> list[Seg]:
        host = cs.onion_v3(self.rng)
        return [(host, (("onion", host, 0, len(host)),))]

    def draw_onionurl(self) -> list[Seg]:
        host = cs.onion_v3(self.rng)
        written = f"http://{host}{self.rng.choice(('/', '/pay', '/mirror/', f'/c/{self.rng.randint(10, 999)}'))}"  # fmt: skip
        return [(written, (("url", url_form(written), 0, len(written)), ("onion", host, 7, 7 + len(host))))]  # fmt: skip

    def draw_crypto(self) -> list[Seg]:
        rng = self.rng
        value = crypto_address(rng, rng.choice(CRYPTO_KINDS))
        written = value
        if value.startswith("0x") and rng.random() < 0.4:
            written = "0x" + value[2:].lower()
        elif value.startswith("bitcoincash:") and rng.random() < 0.5:
            written = value.split(":", 1)[1]
        assert crypto_holds(written, value), written
        return [(written, (("crypto", value, 0, len(written)),))]

    def draw_iban(self) -> list[Seg]:
        value = make_iban(self.rng, self.rng.choice(self.kit["ibans"]))
        written = grouped(value) if self.rng.random() < 0.7 else value
        return [(written, (("iban", value, 0, len(written)),))]


def render_date(fmt: str, day: dt.date, kit: dict[str, Any]) -> str:
    months = kit["months"] or ("",) * 12
    fields = {
        "d": kit["first"] if day.day == 1 and "first" in kit else str(day.day),
        "dd": f"{day.day:02d}",
        "m": str(day.month),
        "mm": f"{day.month:02d}",
        "y": str(day.year),
        "M": months[day.month - 1],
        "Mg": kit.get("months_g", months)[day.month - 1],
        "Ml": kit.get("months_l", months)[day.month - 1],
        "W": kit["weekdays"][day.weekday()],
        "R": str(reiwa(day.year)),
        "sfx": AZ_SUFFIX[str(day.year)[-1]],
        "dth": f"{day.day}{'th' if 10 <= day.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day.day % 10, 'th')}",
    }
    return fmt.format(**fields)


def case_number(rng: random.Random, shape: str) -> str:
    year = rng.choice((2025, 2026))

    def token(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "n":
            return str(rng.randint(1, 9999) if rng.random() < 0.7 else rng.randint(1, 999))
        if name == "n3":
            return str(rng.randint(1, 999))
        if name == "n5":
            return f"{rng.randint(10000, 99999)}"
        if name == "yy":
            return f"{year % 100:02d}"
        if name == "yyyy":
            return str(year)
        if name == "R":
            return str(reiwa(year))
        if name == "AA":
            return "".join(rng.choice("ABCDEFGHJKLMNPRSTUWYZ") for _ in range(2))
        if name == "cnj":
            value = cs.cnj_number(rng, year)
            assert cs.cnj_ok(value)
            return value
        raise ValueError(name)

    filled = re.sub(r"\{(\w+)\}", token, shape)
    return "".join(str(rng.randint(0, 9)) if c == "#" else c for c in filled)


# --- pages -----------------------------------------------------------------------------------
def seg_len(segs: list[Seg]) -> int:
    return sum(len(text) for text, _ in segs)


class Page:
    """A document's text, built segment by segment, and its labels at absolute offsets."""

    def __init__(self, draw: Draw) -> None:
        self.d, self.rng, self.w = draw, draw.rng, draw.w
        self.segs: list[Seg] = []

    def line(self, template: str = "") -> None:
        self.segs += self.d.fill(template)
        self.segs.append(("\n", ()))

    def add(self, segs: list[Seg]) -> None:
        self.segs += segs

    def table(self, rows: list[list[list[Seg]]], rule: str, gap: str = "  ") -> None:
        widths = [max(seg_len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for index, row in enumerate(rows):
            for column, cell in enumerate(row):
                self.segs += cell
                if column < len(row) - 1:
                    self.segs.append((" " * (widths[column] - seg_len(cell)) + gap, ()))
            self.segs.append(("\n", ()))
            if index == 0:
                self.segs.append((gap.join(rule * width for width in widths) + "\n", ()))

    def wrapped(self, segs: list[Seg], width: int, cjk: bool) -> None:
        """Hard-wrap a paragraph at spaces (CJK: between characters), never inside a value."""
        words: list[tuple[str, list[Seg]]] = []
        current: list[Seg] = []
        pending = ""

        def close(separator: str) -> None:
            nonlocal current, pending
            if current:
                words.append((pending, current))
                current, pending = [], separator
            elif separator == " ":
                pending = " "

        for text, labels in segs:
            if labels:
                current.append((text, labels))
                continue
            if cjk:
                for piece in re.findall(r"[A-Za-z0-9]+|\s+|.", text):
                    if piece.isspace():
                        close(" ")
                    else:
                        close("")
                        current.append((piece, ()))
                        close("")
            else:
                for index, part in enumerate(text.split(" ")):
                    if index:
                        close(" ")
                    if part:
                        current.append((part, ()))
        close("")
        used = 0
        for separator, word in words:
            size = seg_len(word)
            if used and used + len(separator) + size > width:
                self.segs.append(("\n", ()))
                used = 0
            elif used and separator:
                self.segs.append((separator, ()))
                used += len(separator)
            self.segs += word
            used += size
        self.segs.append(("\n", ()))

    @property
    def text(self) -> str:
        return "".join(text for text, _ in self.segs)

    @property
    def labels(self) -> list[dict[str, Any]]:
        out, offset = [], 0
        for text, labels in self.segs:
            for kind, value, start, end in labels:
                out.append({"type": kind, "normalized": value, "start": offset + start, "end": offset + end})  # fmt: skip
            offset += len(text)
        return sorted(out, key=lambda label: (label["start"], label["end"], label["type"]))


def lit(text: str) -> list[Seg]:
    return [(text, ())]


def clock(moment: dt.datetime) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


# --- the seven layouts ---------------------------------------------------------------------------
def decision(p: Page) -> None:
    """A court's decision ordering disclosure: header, numbered reasons, operative part."""
    for key in ("court", "d_title", "d_meta", "d_parties"):
        p.line("{" + key + "}")
    p.line()
    style = p.rng.choice(("[{}]", "({})", "{}."))
    for index, key in enumerate(("d_facts", "d_law", "d_need"), 1):
        p.line(style.format(index) + " {" + key + "}")
    p.line()
    p.line("{d_order_head}")
    marker = p.rng.choice(("{}.", "{})", "–"))
    for index, key in enumerate(("d_order1", "d_order2", "d_order3"), 1):
        p.line(marker.format(index) + " {" + key + "}")
    p.line()
    p.line("{d_sign}")


def status(p: Page) -> None:
    """A mutual-legal-assistance status report to the central authority, as a fixed-width table."""
    for key in ("s_title", "s_to", "s_from", "s_date", "s_intro"):
        p.line("{" + key + "}")
    p.line()
    fill = p.d.fill
    columns = p.w["s_cols"]
    rows = [[lit(c) for c in (*columns[:5], p.w["s_basis"], columns[5])]]
    for index in range(p.rng.randint(4, 6)):
        rows.append([lit(str(index + 1)), fill("{case}"), fill("{fcase}"), fill("{ndate}"),
                     lit(p.rng.choice(p.w["s_status"])), fill("{legaln}"),
                     fill(p.rng.choice(IDENTIFIERS))])  # fmt: skip
    p.table(rows, p.rng.choice("-=─"), gap=p.rng.choice(("  ", "   ")))
    p.line()
    p.line("{s_note}")
    p.line("{s_sign}")


def handover(p: Page) -> None:
    """A 24/7 point of contact's shift hand-over log: one timestamped entry per line."""
    p.line("{h_title}")
    p.line("{h_shift}")
    p.line()
    first, *rest = p.w["h_lines"]
    p.rng.shuffle(rest)
    day = p.d.day()
    moment = dt.datetime(day.year, day.month, day.day, p.rng.randint(17, 20), p.rng.randint(0, 59))  # noqa: DTZ001
    style = p.rng.randrange(3)
    for entry in [first, *rest[:6]]:
        moment += dt.timedelta(minutes=p.rng.randint(6, 95))
        iso = moment.date().isoformat()
        date_seg: Seg = (iso, (("date", iso, 0, len(iso)),))
        before, after = (("[", f" {clock(moment)} UTC] "), ("", f"T{clock(moment)}Z — "), ("", f" {clock(moment)} | "))[style]  # fmt: skip
        p.add([(before, ()), date_seg, (after, ())] if before else [date_seg, (after, ())])
        p.line(entry)
    p.line()
    p.line("{h_open}")


def subscriber(p: Page) -> None:
    """A provider's subscriber-data return, pasted as YAML or as an INI file with local keys."""
    k, fill = p.w["y_keys"], p.d.fill
    logins = p.rng.randint(2, 4)
    if p.rng.random() < 0.5:
        p.line("# {y_comment}")
        p.line(f"{k['ref']}: {{case}}")
        p.line(f'{k["basis"]}: "{{legaln}}"')
        p.line(f"{k['received']}: {{iso}}")
        p.line(f"{k['subscriber']}:")
        p.line(f"  {k['name']}: {{name}}")
        p.line(f"  {k['username']}: {{user}}")
        p.line(f"  {k['email']}: {{email}}")
        p.line(f"  {k['alt_email']}: {{email}}")
        p.line(f'  {k["phone"]}: "{{iphone}}"')
        p.line(f"  {k['created']}: {{ts}}")
        p.line(f"  {k['domain']}: {{domain}}")
        p.line(f"{k['logins']}:")
        for index in range(logins):
            p.line(f"  - {k['time']}: {{ts}}")
            p.line(f"    {k['ip']}: " + ("{ip6}" if index % 2 else "{ip4}"))
            p.line(f"    {k['port']}: {p.rng.randint(1024, 65535)}")
        p.line(f"{k['payment']}:")
        p.line(f"  {k['account']}: {{iban}}")
        if p.rng.random() < 0.6:
            p.line(f"  {k['wallet']}: {{crypto}}")
        return
    p.line("; {y_comment}")
    p.line(f"[{k['request']}]")
    p.line(f"{k['ref']} = {{case}}")
    p.line(f"{k['basis']} = {{legaln}}")
    p.line(f"{k['received']} = {{ndate}}")
    p.line()
    p.line(f"[{k['subscriber']}]")
    for key, slot in (("name", "{name}"), ("username", "{user}"), ("email", "{email}"),
                      ("alt_email", "{email}"), ("phone", "{phone}"), ("created", "{ts}"),
                      ("domain", "{domain}")):  # fmt: skip
        p.line(f"{k[key]} = {slot}")
    p.line()
    p.line(f"[{k['logins']}]")
    for index in range(logins):
        p.add(lit(f"{index + 1} = "))
        p.add(fill("{ts}"))
        p.add(lit(" "))
        p.line("{ip6p}" if index % 2 else "{ip4p}")
    p.line()
    p.line(f"[{k['payment']}]")
    p.line(f"{k['account']} = {{iban}}")
    p.line(f"{k['wallet']} = {{crypto}}")


def screenshot(p: Page) -> None:
    """A transcription of a messaging-app screenshot: a header, a date bubble, timed messages."""
    p.line("{m_head}")
    p.line("{m_chat}")
    p.line()
    p.line(p.rng.choice(("— {wdate} —", "{wdate}", "――― {wdate} ―――")))
    them, me = list(p.w["m_them"]), list(p.w["m_me"])
    order = [(True, them[0]), (False, me[0]), (True, them[1]), (True, them[2]), (False, me[1]),
             (True, them[3]), (True, them[4]), (False, me[2]), (True, them[5]), (True, them[6])]  # fmt: skip
    moment = dt.datetime(2000, 1, 1, p.rng.randint(8, 21), p.rng.randint(0, 59))  # noqa: DTZ001
    style = p.rng.randrange(3)
    for theirs, message in order:
        moment += dt.timedelta(minutes=p.rng.choice((0, 1, 1, 2, 4, 11)))
        sender = "{name=s}" if theirs else p.w["me"]
        if style == 0:
            p.line(f"[{clock(moment)}] {sender}: {message}")
        elif style == 1:
            p.line(f"{sender}, {clock(moment)}")
            p.line(f"  {message}")
        else:
            p.line(f"{'◀' if theirs else '▶'} {clock(moment)}  {message}")
    p.line()
    p.line("{m_note}")


def suspicious(p: Page) -> None:
    """A bank's suspicious-transaction extract: customer block, transactions, grounds."""
    for key in (
        "bank",
        "t_title",
        "t_ref",
        "t_fiu",
        "t_date",
        "t_customer",
        "t_contact",
        "t_login",
    ):
        p.line("{" + key + "}")
    p.line()
    counterparts = ["{iban}", "{crypto}", "{iban}", "{crypto}", None]
    p.rng.shuffle(counterparts)
    rows = [[lit(c) for c in p.w["t_cols"]]]
    for counterpart in counterparts:
        rows.append([p.d.fill("{ndate}"), lit(p.d.plain("amount")),
                     p.d.fill(counterpart) if counterpart else lit("—"),
                     lit(p.rng.choice(p.w["t_memos"]))])  # fmt: skip
    p.table(rows, p.rng.choice("-=─"))
    p.line()
    p.line("{t_reason}")
    p.line("{t_sign}")


def complaint(p: Page) -> None:
    """A victim's statement in prose with typos, hard-wrapped without splitting a value."""
    p.line("{c_title}")
    p.line("{c_meta}")
    p.line()
    cjk = p.d.language in ("zh", "ja")
    width = p.rng.randint(30, 38) if cjk else p.rng.randint(56, 74)
    for paragraph in p.w["c_paras"]:
        p.wrapped(p.d.fill(paragraph), width, cjk)
        p.line()
    p.line("{c_sign}")


LAYOUTS = {"decision": decision, "status": status, "handover": handover, "subscriber": subscriber,
           "screenshot": screenshot, "suspicious": suspicious, "complaint": complaint}  # fmt: skip
DEFANGED = {"handover", "screenshot"}


# --- every label re-read from the text it covers -------------------------------------------------
def _glued(left: str, right: str) -> bool:
    """Two letters or digits side by side in a script that separates words with spaces."""
    return all(c.isalnum() and ord(c) < 0x2E80 for c in (left, right))


def check(label: dict[str, Any], doc: dict[str, Any]) -> None:
    text, region = doc["text"], doc["region"]
    span = text[label["start"] : label["end"]]
    kind, value = label["type"], label["normalized"]

    def fail(why: str) -> None:
        raise GoldError(f"{doc['language']} {kind} {span!r} -> {value!r}: {why}")

    if not span or span != span.strip():
        fail("empty or padded span")
    before = text[label["start"] - 1] if label["start"] else " "
    after = text[label["end"]] if label["end"] < len(text) else " "
    if kind not in ("date", "onion") and (_glued(before, span[0]) or _glued(span[-1], after)):
        fail("span cuts a word")
    if kind == "date":
        check_date(span, dt.date.fromisoformat(value), KITS[doc["language"]], fail)
    elif not check_value(kind, span, undefang(span), value, region, IBAN_SHAPES, fail):
        fail("unknown type")


def _named(span: str, names: list[tuple[str, int]]) -> set[int]:
    """Indexes of the names (longest first, each by itself) written in the span."""
    found, rest = set(), span
    for name, index in sorted(names, key=lambda pair: -len(pair[0])):
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
        if re.search(pattern, rest):
            found.add(index)
            rest = re.sub(pattern, " ", rest)
    return found


def check_date(span: str, day: dt.date, kit: dict[str, Any], fail: Any) -> None:
    """Day, month (by a name of the kit or its number), year (or Reiwa year) and weekday re-read."""
    numbers = [int(x) for x in re.findall(r"\d+", ascii_digits(span))]
    if "令和" in span:
        numbers[0] += 2018
    months = [
        (name, index)
        for key in ("months", "months_g", "months_l")
        for index, name in enumerate(kit.get(key) or ())
    ]
    named = _named(span, months)
    weekdays = _named(span, [(name, index) for index, name in enumerate(kit["weekdays"])])
    if weekdays and weekdays != {day.weekday()}:
        fail("weekday differs")
    if named:
        if named != {day.month - 1} or sorted(numbers) != sorted((day.day, day.year)):
            fail("named month, day or year differs")
        return
    expected = [day.year, day.month, day.day] if numbers and numbers[0] > 31 else [day.day, day.month, day.year]  # fmt: skip
    if numbers != expected:
        fail(f"numeric date is not {expected}")


def validate(doc: dict[str, Any]) -> None:
    # Labels of one type never overlap; an onion link is labelled both url and onion.
    spans = sorted((label["type"], label["start"], label["end"]) for label in doc["labels"])
    for (kind, _, end), (next_kind, start, _) in itertools.pairwise(spans):
        if kind == next_kind and start < end:
            raise GoldError(f"overlapping labels in {doc['text'][:80]!r}")
    for label in doc["labels"]:
        check(label, doc)
    if SLOT.search(doc["text"]):
        raise GoldError(f"unfilled template in {doc['text'][:120]!r}")


# --- corpus ----------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for language, kit in KITS.items():
        for layout, build in LAYOUTS.items():
            page = Page(Draw(rng, language, defanged=layout in DEFANGED))
            build(page)
            doc = {"language": language, "region": kit["region"], "genre": layout,
                   "variant": "defanged" if layout in DEFANGED else "clean",
                   "text": page.text, "labels": page.labels}  # fmt: skip
            validate(doc)
            out.append(doc)
    return out


def scans(rng: random.Random, folder: Path) -> list[dict[str, Any]]:
    """Four letters drawn as A4 pages at 300 dpi, in the earlier sets' `scanned/` format."""
    (folder / "scanned").mkdir(parents=True)
    out = []
    for index, language in enumerate(SCANS):
        page = Page(Draw(rng, language))
        for line in KITS[language]["scan"]:
            page.line(line)
        text = page.text
        lines = text.rstrip("\n").split("\n")
        too_wide = [line for line in lines if sum(2 if ord(c) >= 0x2E80 else 1 for c in line) > 86]
        if too_wide:
            raise GoldError(f"scan line too wide for A4: {too_wide[0]!r}")
        doc = {"language": language, "region": KITS[language]["region"], "genre": "scanned",
               "variant": "scanned", "text": text, "labels": page.labels}  # fmt: skip
        validate(doc)
        stem = f"scan{index}_{language}"
        render(lines, folder / "scanned" / f"{stem}.png")
        (folder / "scanned" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        out.append(doc)
    return out


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    docs = documents(rng)
    write_texts(folder, docs)
    scans(rng, folder)
    return docs


def main() -> None:
    """Write the corpus, or with --check compare the committed corpus with the seed's."""
    write_or_check(
        CORPUS,
        write_corpus,
        __doc__,
        up_to_date_note=" (sealed until the lead scores it once; see bench/intake/README.md)",
    )


if __name__ == "__main__":
    main()
