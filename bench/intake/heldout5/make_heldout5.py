"""Generate the fifth held-out intake corpus: `python bench/intake/heldout5/make_heldout5.py`.

A sealed test set, written by a fresh hand without reading the extractor, its patterns, its
normaliser, the other corpora's texts or their generators' templates (only the labelling
conventions of the fourth set's generator and the second set's checksum helpers), and never run
through the extractor before the lead scores it. Seeded and deterministic; `--check` exits
non-zero when the committed corpus differs from what the seed produces.

Twenty languages (sixteen the product was developed on, four it has never seen: Bengali,
Swahili, Finnish and Bulgarian), each written in ten layouts new to the corpora: a provider's
production letter, a court-stamped order typed back from a scan, a preservation extension
(Art. 29 renewal), a 24/7 contact-point e-mail with a signature block, a CSV export with quoted
fields, a numbered annex of accounts, a WhatsApp-style transcript, a two-column letterhead
flattened to text, a translated letter with the original's terms in parentheses, and a short
SMS-like note. Canonical forms, the address checksum test and the corpus writer are the fourth
set's, imported from its generator (phonenumbers, idna and the second set's checksum helpers
underneath), and every label is re-read from the text it covers.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import itertools
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import idna
import phonenumbers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout2 import checksums as cs  # noqa: E402
from bench.intake.heldout4.make_heldout4 import (  # noqa: E402
    DOCS_V4,
    EXAMPLE_HOST,
    GoldError,
    ascii_digits,
    crypto_address,
    crypto_holds,
    host_form,
    phone_form,
    reference_form,
    url_form,
    username_form,
    write_or_check,
    write_texts,
)
from bench.intake.heldout5.kits import HANDLES, HOSTS, KITS, LOCALS, PAIRS  # noqa: E402

SEED = 20261201
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{([~=]?@?\w+)\}")
DIGITS = {
    "B": str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯"),
    "A": str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"),
    "D": str.maketrans("0123456789", "०१२३४५६७८९"),
    "W": str.maketrans("0123456789", "０１２３４５６７８９"),
}
TYPE_OF = {
    "url": "url", "domain": "domain", "idn": "domain", "email": "email", "iemail": "email",
    "ipv4": "ipv4", "ipv6": "ipv6", "phone": "phone", "iphone": "phone", "ophone": "phone",
    "user": "username", "@user": "username", "onion": "onion", "crypto": "crypto",
    "iban": "iban", "case": "case_reference", "legal": "legal_reference", "bud29": "legal_reference",
    "bud16": "legal_reference", "olegal": "legal_reference", "date": "date", "wdate": "date",
    "ndate": "date", "isodate": "date", "odate": "date", "ldate": "date",
}  # fmt: skip

# --- values of each country --------------------------------------------------------------------------
# National and international shapes ('#' a random digit); every drawn number must be valid for
# phonenumbers. Ofcom's drama ranges for Britain, ARCEP's fiction block for Paris, 555-01xx for the US.
PHONES = {
    "FR": (("01 99 00 ## ##", "07 ## ## ## ##"), ("+33 1 99 00 ## ##", "+33 7 ## ## ## ##")),
    "CH": (("022 ### ## ##", "079 ### ## ##"), ("+41 22 ### ## ##", "+41 79 ### ## ##")),
    "GB": (("020 7946 0###", "0113 496 0###"), ("+44 20 7946 0###", "+44 113 496 0###")),
    "US": (("(202) 555-01##", "(312) 555-01##"), ("+1 202-555-01##", "+1 (415) 555-01##")),
    "ES": (("6## ## ## ##", "91 ### ## ##"), ("+34 6## ### ###", "+34 91 ### ## ##")),
    "PE": (("9## ### ###", "(01) ### ####"), ("+51 9## ### ###", "+51 1 ### ####")),
    "DE": (("0151 ########", "030 #######"), ("+49 151 ########", "+49 30 #######")),
    "AT": (("0664 #######", "01 ### ## ##"), ("+43 664 #######", "+43 1 ### ## ##")),
    "IT": (("3## ### ####", "06 #### ####"), ("+39 3## ### ####", "+39 06 #### ####")),
    "BR": (("(11) 9####-####", "(21) 3###-####"), ("+55 11 9####-####", "+55 61 3###-####")),
    "PT": (("9## ### ###", "21 ### ####"), ("+351 9## ### ###", "+351 21 ### ####")),
    "NL": (("06-########", "020-#######"), ("+31 6 ########", "+31 20 ### ####")),
    "BE": (("04## ## ## ##", "02 ### ## ##"), ("+32 4## ## ## ##", "+32 2 ### ## ##")),
    "RU": (("8 (9##) ###-##-##", "8 (495) ###-##-##"), ("+7 9## ###-##-##", "+7 (495) ###-##-##")),
    "KZ": (("8 (70#) ### ####", "8 (727) ### ## ##"), ("+7 70# ### ####", "+7 727 ### ## ##")),
    "UA": (("067 ### ## ##", "044 ### ## ##"), ("+380 67 ### ## ##", "+380 44 ### ## ##")),
    "GR": (("69# ### ####", "21# ### ####"), ("+30 69# ### ####", "+30 21# ### ####")),
    "CY": (("99 ######", "22 ######"), ("+357 99 ######", "+357 22 ######")),
    "IL": (("05#-###-####", "02-###-####"), ("+972 5#-###-####", "+972 2-###-####")),
    "SA": (("05# ### ####", "011 ### ####"), ("+966 5# ### ####", "+966 11 ### ####")),
    "JO": (("07 9### ####", "06 ### ####"), ("+962 7 9### ####", "+962 6 ### ####")),
    "IN": (("9#### #####", "011-2#######"), ("+91 9#### #####", "+91 11 2#######")),
    "CN": (("13# #### ####", "010-6### ####"), ("+86 13# #### ####", "+86 10 6### ####")),
    "TW": (("09##-###-###", "(02) 2###-####"), ("+886 9## ### ###", "+886 2 2### ####")),
    "JP": (("090-####-####", "03-####-####"), ("+81 90-####-####", "+81 3-####-####")),
    "KR": (("010-####-####", "02-###-####"), ("+82 10-####-####", "+82 2-###-####")),
    "BD": (("01### ######", "02-4########"), ("+880 1###-######", "+880 2-4########")),
    "TZ": (("07## ### ###", "022 ### ####"), ("+255 7## ### ###", "+255 22 ### ####")),
    "KE": (("07## ######", "020 #######"), ("+254 7## ######", "+254 20 #######")),
    "FI": (("04# ### ####", "09 #######"), ("+358 4# ### ####", "+358 9 #######")),
    "BG": (("08## ### ###", "02 ### ####"), ("+359 8## ### ###", "+359 2 ### ####")),
}  # fmt: skip

# ISO 13616 shapes (n digit, a letter, c alphanumeric) of the countries used here, total length.
IBAN_SHAPES = {
    "FR": ("5n 5n 11c 2n", 27), "CH": ("5n 12c", 21), "GB": ("4a 14n", 22), "ES": ("20n", 24),
    "DE": ("18n", 22), "AT": ("16n", 20), "IT": ("1a 10n 12c", 27), "PT": ("21n", 25),
    "NL": ("4a 10n", 18), "BE": ("12n", 16), "KZ": ("3n 13c", 20), "UA": ("6n 19c", 29),
    "GR": ("7n 16c", 27), "CY": ("8n 16c", 28), "IL": ("19n", 23), "SA": ("2n 18c", 24),
    "JO": ("4a 4n 18c", 30), "AE": ("3n 16n", 23), "FI": ("14n", 18), "BG": ("4a 6n 8c", 22),
    "MU": ("4a 19n 3a", 30), "BR": ("23n 1a 1c", 29), "LU": ("3n 13c", 20),
}  # fmt: skip
IBAN_OF = {
    "FR": ("FR",), "CH": ("CH",), "GB": ("GB",), "US": ("GB", "DE"), "ES": ("ES",),
    "PE": ("ES",), "DE": ("DE",), "AT": ("AT",), "IT": ("IT",), "BR": ("BR", "PT"),
    "PT": ("PT",), "NL": ("NL",), "BE": ("BE",), "RU": ("KZ", "CY"), "KZ": ("KZ",),
    "UA": ("UA",), "GR": ("GR",), "CY": ("CY",), "IL": ("IL",), "SA": ("SA",), "JO": ("JO",),
    "IN": ("AE", "GB"), "CN": ("DE", "LU"), "TW": ("GB", "LU"), "JP": ("FR", "GB"),
    "KR": ("DE", "GB"), "BD": ("AE", "GB"), "TZ": ("MU", "GB"), "KE": ("MU", "GB"),
    "FI": ("FI",), "BG": ("BG",),
}  # fmt: skip


def make_iban(rng: random.Random, country: str) -> str:
    """A compact IBAN of that country with valid mod-97 digits (Belgium: its own check too)."""
    shape, length = IBAN_SHAPES[country]
    pools = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789" * 5 + "ABCDEFGHJKLMNPRSTUVWXYZ"}  # fmt: skip
    bban = ""
    for piece in shape.split():
        bban += "".join(rng.choice(pools[piece[-1]]) for _ in range(int(piece[:-1])))
    if country == "BE":
        bban = bban[:10] + f"{int(bban[:10]) % 97 or 97:02d}"
    value = f"{country}{98 - cs._mod97(bban + country + '00'):02d}{bban}"
    assert len(value) == length, country
    return value


def case_number(rng: random.Random, region: str) -> str:
    """A file number as that country's police, prosecutors or courts write it (no label word)."""
    y = rng.choice((2024, 2025))
    yy = f"{y % 100:02d}"

    def n(low: int, high: int) -> int:
        return rng.randint(low, high)

    def d(count: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(count))

    bn = DIGITS["B"]
    makers = {
        "FR": (lambda: f"{yy}{n(1, 365):03d}{d(6)}", lambda: f"RG {yy}/{d(5)}", lambda: f"{y}/{d(6)}"),
        "CH": (lambda: f"P/{n(1000, 29999)}/{y}", lambda: f"MP/{y}/{n(100, 9999)}"),
        "GB": (lambda: f"{n(1, 99):02d}{rng.choice(('YE', 'MP', 'KA', 'CJ'))}{d(5)}{yy}", lambda: f"T{y}{d(4)}"),
        "US": (lambda: f"1:{yy}-cr-{d(5)}", lambda: f"{n(1, 4)}:{yy}-mj-{d(5)}"),
        "ES": (lambda: f"{n(100, 9999)}/{y}", lambda: f"{y}-{d(6)}"),
        "PE": (lambda: f"{d(10)}-{y}-{n(10, 999)}-0",),
        "DE": (lambda: f"{n(100, 999)} Js {n(100, 99999)}/{yy}", lambda: f"{n(1, 99)} Gs {n(100, 9999)}/{yy}"),
        "AT": (lambda: f"{n(1, 99)} St {n(1, 999)}/{yy}{rng.choice('hkmpstvwyz')}", lambda: f"{n(100, 399)} HR {n(1, 999)}/{yy}"),
        "IT": (lambda: f"{n(100, 29999)}/{yy} R.G.N.R.", lambda: f"{n(100, 9999)}/{y} R.G. GIP"),
        "BR": (lambda: cs.cnj_number(rng, y), lambda: f"IPL {y}.{d(7)}-SR/PF/{rng.choice(('SP', 'RJ', 'DF'))}"),
        "PT": (lambda: f"{n(10, 9999)}/{yy}.{n(0, 9)}{rng.choice(('JAPRT', 'T9LSB', 'JDLSB', 'PBBRG'))}",),
        "NL": (lambda: f"{n(1, 99):02d}/{d(6)}-{yy}", lambda: f"PL{rng.choice(('0100', '1300', '1700'))}-{y}{d(6)}"),
        "BE": (lambda: f"{rng.choice(('AN', 'GE', 'LE'))}.{n(10, 99)}.{rng.choice('LF')}{n(1, 9)}.{d(6)}/{yy}",),
        "RU": (lambda: f"1{yy}0{n(1, 9)}{d(12)}"[:17], lambda: f"1-{n(10, 999)}/{y}"),
        "KZ": (lambda: f"{yy}{d(13)}",),
        "UA": (lambda: f"120{y % 10}{d(13)}", lambda: f"{n(100, 999)}/{n(1000, 99999)}/{yy}-к"),
        "GR": (lambda: f"Δ{y}/{n(100, 9999)}", lambda: f"ΕΓ{n(1, 99)}-{n(1, 999)}/{y}"),
        "CY": (lambda: f"{n(1000, 29999)}/{yy}",),
        "IL": (lambda: f"{d(6)}/{y}", lambda: f"{n(10000, 99999)}-{n(1, 12):02d}-{yy}"),
        "SA": (lambda: f"{y - 579}{d(6)}", lambda: f"{n(10, 9999)}/{y}"),
        "JO": (lambda: f"{n(100, 9999)}/{y}", lambda: f"{n(100, 9999)}/{y}".translate(DIGITS["A"])),
        "IN": (lambda: f"{n(1, 999):04d}/{y}", lambda: f"RC{d(7)}{y}S{d(4)}"),
        "CN": (lambda: f"（{y}）京{n(1, 119):04d}刑初{n(1, 9999)}号", lambda: f"京公网安调证字〔{y}〕{n(10, 9999)}号"),
        "TW": (lambda: f"{y - 1911}年度偵字第{n(100, 39999)}號", lambda: f"{y - 1911}年度訴字第{n(10, 999)}號"),
        "JP": (lambda: f"令和{y - 2018}年（わ）第{n(10, 2999)}号", lambda: f"令和{y - 2018}年検第{n(1000, 99999)}号"),
        "KR": (lambda: f"{y}고단{n(100, 9999)}", lambda: f"{y}형제{n(1000, 99999)}"),
        "BD": (lambda: f"{n(1, 60)}({n(1, 12)}){yy}".translate(bn), lambda: f"{n(10, 999)}/{y}".translate(bn),
               lambda: f"CR {n(100, 999)}/{y}"),
        "TZ": (lambda: f"{n(10, 999)} ya {y}", lambda: f"RB/{rng.choice(('KIN', 'ILA', 'TMK'))}/{n(1000, 9999)}/{y}"),
        "KE": (lambda: f"E{n(100, 9999)} ya {y}", lambda: f"OB {n(1, 90)}/{n(1, 28):02d}/{n(1, 12):02d}/{y}"),
        "FI": (lambda: f"{rng.choice(('5500', '4400', '6900'))}/R/{d(5)}/{yy}", lambda: f"R {yy}/{n(100, 9999)}"),
        "BG": (lambda: f"{n(100, 9999)}/{y}", lambda: f"{n(1000, 29999)}/{y}"),
    }  # fmt: skip
    return rng.choice(makers[region])()


# --- canonical forms (the published gold conventions: the fourth set's, imported above) ---------
def email_form(local: str, domain: str) -> str:
    return f"{unicodedata.normalize('NFC', local)}@{host_form(domain)}"


# --- drawing values ------------------------------------------------------------------------------------
PATHS = ("/", "/s/{n}", "/u/{w}", "/order?id={n}", "/files/{n}.zip", "/go/{w}", "/login", "/t/{n}-{w}",
         "/pay/{n}?ref=sms", "")  # fmt: skip
DOTS = ("[.]", "[.]", "(.)", "[dot]")
ATS = ("[at]", "(at)", "[@]", " [at] ", "(@)")


class Draw:
    """The values of one document: each slot drawn, written and given its canonical form."""

    def __init__(self, rng: random.Random, language: str, region: str, variant: str) -> None:
        self.rng, self.language, self.region, self.variant = rng, language, region, variant
        self.kit = KITS[language]
        self.other = KITS[PAIRS[language]]
        self.users = list(self.kit["users"])
        self.handles = list(HANDLES)
        rng.shuffle(self.users)
        rng.shuffle(self.handles)
        self.cited: list[str] = []
        self.anchor = self.random_day()
        self.day = self.anchor
        self.last: dict[str, tuple[str, list[tuple[str, str, int, int]]]] = {}
        self.chat_pattern = ""

    @property
    def defanged(self) -> bool:
        return self.variant == "defanged"

    @property
    def ocr(self) -> bool:
        return self.variant == "ocr"

    def random_day(self) -> dt.date:
        return dt.date(2024, 1, 15) + dt.timedelta(days=self.rng.randint(0, 690))

    def _dot(self, host: str) -> str:
        head, _, tail = host.rpartition(".")
        return head + self.rng.choice(DOTS) + tail

    def host(self, idn: bool = False) -> str:
        r = self.rng
        parent = r.choice(("example.com", "example.net", "example.org", "example"))
        if idn or ("idn" in self.kit and r.random() < 0.12):
            return f"{self.kit['idn']}.{parent}"
        return f"{r.choice(('', '', '', 'www.', 'm.', 'login.', 'cdn.'))}{r.choice(HOSTS)}.{parent}"

    def slot(self, name: str) -> tuple[str, list[tuple[str, str, int, int]]]:
        """Text written for a slot and its labels (type, canonical form, span inside the text)."""
        if name.startswith("~"):
            return self.distractor(name[1:]), []
        if name.startswith("="):
            return self.last[name[1:]]
        written, labels = self._slot(name)
        self.last[name] = (written, labels)
        return written, labels

    def _slot(self, name: str) -> tuple[str, list[tuple[str, str, int, int]]]:
        if name == "cdate":
            head, _, tail = self.chat_pattern.format(
                d=self.day.day,
                dd=f"{self.day.day:02d}",
                m=self.day.month,
                mm=f"{self.day.month:02d}",
                y=self.day.year,
                yy=f"{self.day.year % 100:02d}",
            ).partition("|")
            return head + tail, [("date", self.day.isoformat(), 0, len(head))]
        if name == "ulist":
            return self.user_list()
        if name == "quser":
            written, labels = self.slot("user")
            left, right = self.kit["q"]
            return left + written + right, [
                (t, v, s + len(left), e + len(left)) for t, v, s, e in labels
            ]
        if name == "ts":
            day = self.random_near()
            time = f"{self.rng.randint(0, 23):02d}:{self.rng.randint(0, 59):02d}:{self.rng.randint(0, 59):02d}"
            sep = self.rng.choice(("T", " "))
            tail = "Z" if sep == "T" else self.rng.choice(("", " UTC", "+00:00"))
            iso = day.isoformat()
            return f"{iso}{sep}{time}{tail}", [("date", iso, 0, len(iso))]
        written, canonical, start, end = self.value(name)
        labels = [(TYPE_OF[name], canonical, start, end)]
        if name == "onion" and "://" in written:
            # Relabelled after the sealed score, by the lead's decision: an onion link written
            # with its scheme is a URL too (it keeps the path the officer needs), not only an onion.
            labels.append(("url", url_form(undefang(written)), 0, len(written)))
        return written, labels

    def random_near(self) -> dt.date:
        return self.day + dt.timedelta(days=self.rng.randint(-40, 0))

    def value(self, name: str) -> tuple[str, str, int, int]:
        r = self.rng
        if name == "ldate":
            self.day += dt.timedelta(days=r.randint(1, 25))
            return self._date(self.day, "date", self.kit)
        if name in ("date", "wdate", "ndate", "isodate"):
            self.day = self.anchor - dt.timedelta(days=r.randint(0, 60))
            if name == "isodate":
                return self.day.isoformat(), self.day.isoformat(), 0, 10
            return self._date(self.day, name, self.kit)
        if name == "odate":
            return self._date(self.day, "date", self.other)
        if name == "url":
            host = self.host()
            path = r.choice(PATHS).format(n=r.randint(10, 99999), w=r.choice(HOSTS))
            written = f"{r.choice(('https', 'https', 'http'))}://{host}{r.choice(('', '', '', ':8443', ':8080'))}{path}"
            canonical = url_form(written)
            if self.defanged:
                written = written.replace("http", r.choice(("hxxp", "hXXp")), 1).replace(
                    host, self._dot(host), 1
                )
            return written, canonical, 0, len(written)
        if name in ("domain", "idn"):
            host = self.host(idn=name == "idn" and "idn" in self.kit)
            written = self._dot(host) if self.defanged else host
            return written, host_form(host), 0, len(written)
        if name in ("email", "iemail"):
            if name == "iemail" and "imail" in self.kit:
                local, domain = r.choice(self.kit["imail"])
            else:
                local = r.choice(LOCALS)
                domain = (
                    self.host().removeprefix("www.").removeprefix("login.").removeprefix("cdn.")
                )
            canonical = email_form(local, domain)
            written = f"{local}@{domain}"
            if self.defanged:
                written = local + r.choice(ATS) + self._dot(domain)
            elif self.ocr and r.random() < 0.4:
                written = f"{local} @ {domain}"
            return written, canonical, 0, len(written)
        if name == "ipv4":
            address = r.choice(("192.0.2.", "198.51.100.", "203.0.113.")) + str(r.randint(1, 254))
            written = address
            if self.defanged and r.random() < 0.5:
                written = address.replace(".", "[.]")
            elif self.ocr and "0" in address and r.random() < 0.6:
                written = address.replace("0", "O", 1)
            return written, address, 0, len(written)
        if name == "ipv6":
            groups = [r.randint(0, 0xFFFF) for _ in range(6)]
            for _ in range(r.randint(1, 3)):
                groups[r.randint(1, 5)] = 0
            address = ipaddress.IPv6Address(
                (0x20010DB8 << 96) | int("".join(f"{g:04x}" for g in groups), 16)
            )
            written = r.choice(
                (
                    address.compressed,
                    address.compressed,
                    address.exploded,
                    address.compressed.upper(),
                )
            )
            return written, address.compressed, 0, len(written)
        if name in ("phone", "iphone"):
            return self.phone(self.region, name == "iphone")
        if name == "user":
            base = self.users.pop() if self.users and r.random() < 0.55 else self.handles.pop()
            return base, username_form(base), 0, len(base)
        if name == "@user":
            written = "@" + self.handles.pop()
            return written, username_form(written), 0, len(written)
        if name == "onion":
            host = cs.onion_v3(r)
            if r.random() < 0.3:
                host = f"{r.choice(('http://', 'http://', 'https://'))}{host}"
                host_only = host.split("://")[1]
                written = host.replace(host_only, self._dot(host_only)) if self.defanged else host
                return written, host_only, written.index("://") + 3, len(written)
            written = self._dot(host) if self.defanged else host
            return written, host, 0, len(written)
        if name == "crypto":
            written, canonical = self.crypto()
            return written, canonical, 0, len(written)
        if name == "iban":
            compact = make_iban(r, r.choice(IBAN_OF[self.region]))
            if r.random() < 0.65:
                spaced = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
                return spaced, compact, 0, len(spaced)
            return compact, compact, 0, len(compact)
        if name == "case":
            written = case_number(r, self.region)
            return written, reference_form(written), 0, len(written)
        if name in ("legal", "bud29", "bud16", "olegal"):
            if name == "olegal":
                pool = self.other["legal"][self.other_region()]
            elif name == "legal":
                pool = self.kit["legal"][self.region]
            else:
                pool = (self.kit[name],)
            unused = [ref for ref in pool if ref not in self.cited] or list(pool)
            written = r.choice(unused)
            self.cited.append(written)
            return written, reference_form(written), 0, len(written)
        raise ValueError(name)

    def other_region(self) -> str:
        return self.other["regions"][0]

    def _date(self, day: dt.date, name: str, kit: dict[str, Any]) -> tuple[str, str, int, int]:
        # A "|" ends the labelled part: what follows (a year word, a weekday in brackets) is
        # written but left outside the label.
        key = {"date": "dates", "wdate": "wdates", "ndate": "ndates"}[name]
        formats = kit.get("us_" + key, kit[key]) if self.region == "US" else kit[key]
        pattern = self.rng.choice(formats)
        script = pattern[0] if pattern[:2] in ("B:", "A:", "D:", "W:") else ""
        pattern = pattern[2:] if script else pattern
        if self.ocr and not script and self.rng.random() < 0.25:
            script = "W"
        text = pattern.format(
            d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=day.year,
            yy=f"{day.year % 100:02d}", month=kit["months"][day.month - 1],
            mon=kit.get("mons", kit["months"])[day.month - 1], wd=kit["weekdays"][day.weekday()],
            ry=day.year - 2018,
        )  # fmt: skip
        if day.day == 1 and "first" in kit and "{month}" in pattern:
            text = text.replace("1 ", kit["first"] + " ", 1)
        head, _, tail = text.partition("|")
        if script:
            head, tail = head.translate(DIGITS[script]), tail.translate(DIGITS[script])
        return head + tail, day.isoformat(), 0, len(head)

    def phone(self, region: str, international: bool) -> tuple[str, str, int, int]:
        national, intl = PHONES[region]
        for _ in range(3000):
            shape = self.rng.choice(intl if international else national)
            written = "".join(self.rng.choice("0123456789") if c == "#" else c for c in shape)
            canonical = phone_form(written, region)
            if canonical is None:
                continue
            if not international and self.kit.get("phone_digits") and self.rng.random() < 0.4:
                written = written.translate(DIGITS[self.kit["phone_digits"]])
            elif self.ocr and self.rng.random() < 0.3:
                written = written.translate(DIGITS["W"])
            return written, canonical, 0, len(written)
        raise RuntimeError(f"no valid phone for {region}")

    def crypto(self) -> tuple[str, str]:
        r = self.rng
        kind = r.choice(("p2pkh", "p2sh", "wpkh", "wsh", "tr", "eth", "eth", "trx", "xmr", "ltc", "ltc1", "doge", "bch", "dash"))  # fmt: skip
        value = crypto_address(r, kind)
        if kind == "eth" and r.random() < 0.3:
            return value.lower(), value
        if kind == "bch" and r.random() < 0.5:
            return value.removeprefix("bitcoincash:"), value
        return value, value

    def user_list(self) -> tuple[str, list[tuple[str, str, int, int]]]:
        count = self.rng.choice((2, 3, 3))
        names = [self.value("user") for _ in range(count)]
        quoted = self.language in ("zh", "ja") or self.rng.random() < 0.5
        left, right = self.kit["q"] if quoted else ("", "")
        joins = [self.kit["comma"]] * (count - 2) + [self.kit["and"]]
        text, labels = "", []
        for index, (written, canonical, _, _) in enumerate(names):
            if index:
                text += joins[index - 1]
            text += left
            labels.append(("username", canonical, len(text), len(text) + len(written)))
            text += written + right
        return text, labels

    def distractor(self, name: str) -> str:
        r = self.rng
        if name == "time":
            return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        if name == "port":
            return str(r.randint(1025, 65535))
        if name == "tz":
            return r.choice(self.kit["tz"])
        if name == "amount":
            return r.choice((f"{r.randint(2, 90)} {r.randint(100, 999)} {self.kit['cur']}", f"{r.randint(100, 9999)} USDT",
                             f"{r.randint(1, 9)}.{r.randint(10, 99)} ETH", f"{r.randint(10, 999)}.00 EUR"))  # fmt: skip
        if name == "version":
            return f"{r.randint(2, 19)}.{r.randint(0, 12)}.{r.randint(0, 40)}"
        if name == "ua":
            return r.choice((f"Android {r.randint(10, 15)}; App/{r.randint(2, 9)}.{r.randint(0, 60)}.{r.randint(0, 9)}",
                             f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(0, 2)}",
                             f"Windows NT 10.0; Chrome/{r.randint(110, 131)}.0.{r.randint(1000, 6999)}.{r.randint(10, 199)}"))  # fmt: skip
        if name == "hash":
            return r.randbytes(32).hex()
        if name == "imei":
            body = "35" + "".join(r.choice("0123456789") for _ in range(12))
            return body + cs.luhn_digit(body)
        if name == "file":
            return r.choice(
                (
                    "export_01.csv",
                    "subscriber.pdf",
                    "logs.zip",
                    "capture.png",
                    "notes.md",
                    "backup.tar.gz",
                )
            )
        if name == "provider":
            return r.choice(("ExampleNet Services Ltd.", "Example Mail GmbH", "ExampleChat Inc.", "Example Cloud B.V.",
                             "Example Pay S.A."))  # fmt: skip
        if name == "ticket":
            return (
                r.choice(("LE", "LER", "REQ", "LEA"))
                + "-"
                + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
            )
        raise ValueError(name)


class Page:
    """Text under construction and the gold labels of the values written into it."""

    def __init__(self, draw: Draw) -> None:
        self.draw = draw
        self.text = ""
        self.labels: list[dict[str, Any]] = []

    def put(self, template: str = "", end: str = "\n") -> None:
        position = 0
        for match in SLOT.finditer(template):
            self.text += template[position : match.start()]
            written, labels = self.draw.slot(match.group(1))
            base = len(self.text)
            self.text += written
            for kind, canonical, start, stop in labels:
                self.labels.append({"type": kind, "normalized": canonical, "start": base + start, "end": base + stop})  # fmt: skip
            position = match.end()
        self.text += template[position:] + end

    def columns(self, left: list[str], right: list[str], width: int) -> None:
        """Two columns of a letterhead flattened to text: each left cell padded to width."""
        for index in range(max(len(left), len(right))):
            cell = left[index] if index < len(left) else ""
            start = len(self.text)
            self.put(cell, end="")
            pad = max(2, width - (len(self.text) - start))
            self.text += " " * pad
            self.put(right[index] if index < len(right) else "")


# --- layouts ---------------------------------------------------------------------------------------
def _place(p: Page) -> str:
    return p.draw.kit["w"]["city"][p.draw.region]


def _numbered(p: Page, items: list[str]) -> None:
    style = p.draw.rng.choice(("{i}.", "{i})", "({i})", "{i} -"))
    for index, item in enumerate(items, 1):
        p.put(f"{style.format(i=index)} {item}")


def _letter_body(p: Page, w: dict[str, Any], key: str) -> None:
    """The greeting, the kit's lines under key, a blank line and the closing."""
    p.put(w["greet"])
    for line in w[key]:
        p.put(line)
    p.put()
    p.put(w["bye"])


def response(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A provider's production letter: subscriber record and login history."""
    w, k = kit["w"], kit["k"]
    p.put("{~provider} — " + w["t_resp"])
    p.put(f"{w['to_']}: {w['org'][p.draw.region]}")
    p.put(f"{w['case_w']}: {{case}}")
    p.put(w["dateline"].format(city=_place(p), date="{date}"))
    p.put()
    p.put(w["resp_intro"])
    p.put()
    p.put(w["sub"].upper() if kit.get("upper", True) else w["sub"])
    p.put(f"  {k['user']}: {{user}}")
    p.put(f"  {k['email']}: {{email}}")
    p.put(f"  {k['phone']}: {{iphone}}")
    if r.random() < 0.6:
        p.put(f"  {k['iban']}: {{iban}}")
    p.put(f"  {w['created']}: {{ts}} — IP {{ipv4}}")
    p.put()
    p.put(w["logins"].upper() if kit.get("upper", True) else w["logins"])
    for _ in range(r.randint(3, 6)):
        if r.random() < 0.3:
            p.put("  {ts}  [{ipv6}]:{~port}  {~ua}")
        else:
            p.put("  {ts}  {ipv4}:{~port}  {~ua}")
    p.put()
    p.put(w["resp_end"])
    p.put(f"{w['attach']}: {{~file}} (SHA-256 {{~hash}})")


def order(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A court-stamped order with its header block, typed back from a scan."""
    w, k = kit["w"], kit["k"]
    p.put(w["court"][p.draw.region])
    p.put(w["seal"])
    p.put(f"{w['case_w']}: {{case}}")
    p.put()
    p.put(w["t_order"])
    p.put()
    for line in w["order"]:
        p.put(line)
    items = [f"{k['user']}: {{quser}}", f"{k['email']}: {{email}}",
             f"{k['ip']}: {{ipv4}} ({{ndate}} {{~time}} {{~tz}})", f"{k['phone']}: {{phone}}",
             f"{k['site']}: {{url}}", f"{k['wallet']}: {{crypto}}", f"{k['iban']}: {{iban}}"]  # fmt: skip
    r.shuffle(items)
    _numbered(p, items[: r.randint(4, 7)])
    p.put()
    p.put(w["order_end"].format(city=_place(p), date="{date}"))
    p.put(w["seal"])


def extension(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A request to extend an earlier preservation (Art. 29 renewal)."""
    w, k = kit["w"], kit["k"]
    p.put(w["org"][p.draw.region])
    p.put(f"{w['to_']}: {{~provider}}")
    p.put(w["dateline"].format(city=_place(p), date="{date}"))
    p.put(f"{w['subj']}: {w['t_ext']} — {w['case_w']} {{case}}")
    p.put()
    p.put(w["greet"])
    for line in w["ext"]:
        p.put(line)
    items = [f"{k['user']}: {{@user}}", f"{k['email']}: {{email}}", f"{k['ip']}: {{ipv6}}",
             f"{k['domain']}: {{domain}}", f"{k['wallet']}: {{crypto}}", f"{k['phone']}: {{iphone}}",
             f"{k['onion']}: {{onion}}"]  # fmt: skip
    r.shuffle(items)
    bullet = r.choice(("- ", "• ", "* ", "– "))
    for item in items[: r.randint(4, 6)]:
        p.put(bullet + item)
    p.put(w["ext_end"])
    p.put()
    p.put(w["bye"])
    p.put(w["sign"])
    p.put(f"{w['tel']}: {{phone}}")


def contact(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """An e-mail of the 24/7 contact point, defanged, with its signature block."""
    w = kit["w"]
    p.put(f"{w['from_']}: 24/7 CP <{{email}}>")
    p.put(f"{w['to_']}: {{email}}")
    p.put(f"{w['sent']}: {{wdate}} {{~time}}")
    p.put(f"{w['subj']}: {w['urgent']} — {w['t_req']} — {{case}}")
    p.put()
    _letter_body(p, w, "cp")
    p.put("-- ")
    p.put(w["sign"])
    p.put(w["unit"][p.draw.region])
    p.put(f"{w['tel']}: {{iphone}}")
    p.put(f"{w['mob']}: {{phone}}")
    p.put(f"{w['mail']}: {{email}}")


def csv_export(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A spreadsheet export pasted as CSV with quoted fields."""
    w = kit["w"]
    sep = kit["csv_sep"]
    p.put(f"{w['csv_title']} — {w['case_w']} {{case}}")
    p.put(sep.join(f'"{c}"' for c in w["csv_cols"]))
    first = True
    for _ in range(r.randint(5, 8)):
        ip = "{ipv6}" if r.random() < 0.25 else "{ipv4}"
        user = "{user}" if first else "{=user}"
        mail = "{email}" if first else "{=email}"
        phone = "{iphone}" if first else "{=iphone}"
        if not first and r.random() < 0.2:
            user, mail, phone = "{user}", "{email}", "{iphone}"
        first = False
        event = r.choice(w["csv_ev"])
        cells = ["{ts}", ip, "{~port}", user, mail, phone, event]
        p.put(sep.join(f'"{c}"' for c in cells))
    p.put(f"{w['attach']}: {{~file}} — SHA-256 {{~hash}}")


def annex(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A numbered annex listing the accounts concerned."""
    w, k = kit["w"], kit["k"]
    p.put(w["t_annex"])
    p.put(f"{w['case_w']}: {{case}}")
    p.put()
    items = [f"{k['user']}: {{@user}}", f"{k['user']}: {{quser}}", f"{k['email']}: {{iemail}}",
             f"{k['email']}: {{email}}", f"{k['phone']}: {{iphone}}", f"{k['phone']}: {{phone}}",
             f"{k['wallet']} (BTC/ETH/XMR): {{crypto}}", f"{k['wallet']}: {{crypto}}", f"{k['iban']}: {{iban}}",
             f"{k['iban']}: {{iban}}", f"{k['onion']}: {{onion}}", f"{k['onion']}: {{onion}}", f"{k['site']}: {{url}}", f"{k['domain']}: {{idn}}",
             f"{k['ip']}: {{ipv4}} — {{ndate}}, {{~time}} ({{~tz}})", f"{k['ip']}: {{ipv6}}"]  # fmt: skip
    r.shuffle(items)
    _numbered(p, items[: r.randint(10, 15)])
    p.put()
    p.put(w["annex_end"])


def chat(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A WhatsApp-style transcript, defanged by the officer who pasted it."""
    w = kit["w"]
    p.draw.day = p.draw.random_day()
    p.draw.chat_pattern = r.choice(kit["chat_dates"])
    ios = r.random() < 0.5
    p.put(w["chat_title"])
    names = ["{iphone}", r.choice(kit["users"])]
    minutes = sorted(r.sample(range(7 * 60, 24 * 60), len(w["chat"])))
    for index, line in enumerate(w["chat"]):
        if index == len(w["chat"]) // 2 and r.random() < 0.5:
            p.draw.day += dt.timedelta(days=1)
        who = names[index % 2] if index else names[0]
        if who.startswith("{") and index:
            who = "{=iphone}"
        time = f"{minutes[index] // 60:02d}:{minutes[index] % 60:02d}"
        prefix = f"[{{cdate}}, {time}:{r.randint(0, 59):02d}] " if ios else f"{{cdate}}, {time} - "
        p.put(f"{prefix}{who}: {line}")


def columns(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A two-column letterhead flattened to text, then a short letter."""
    w = kit["w"]
    left = [w["org"][p.draw.region], w["unit"][p.draw.region], f"{w['case_w']}: {{case}}",
            f"{w['tel']}: {{phone}}", f"{w['mail']}: {{email}}"]  # fmt: skip
    right = [w["dateline"].format(city=_place(p), date="{date}"), f"{w['to_']}:", "{~provider}",
             "Law Enforcement Response Team", f"{w['ref']}: {{~ticket}}"]  # fmt: skip
    p.columns(left, right, kit.get("col_width", 52))
    p.put()
    p.put(f"{w['subj']}: {w['t_req']}")
    p.put()
    _letter_body(p, w, "two")
    p.put(w["sign"])


def translated(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A letter translated from another language, the original's terms in parentheses."""
    w = kit["w"]
    other = p.draw.other
    region = other["regions"][0]
    fill = {"o_title": other["w"]["t_req"], "o_auth": other["w"]["org"][region],
            "o_case": other["w"]["case_w"]}  # fmt: skip
    for line in w["tr"]:
        for key, value in fill.items():
            line = line.replace("{" + key + "}", value)
        p.put(line)


def sms(p: Page, kit: dict[str, Any], r: random.Random) -> None:
    """A short SMS-like note from an officer."""
    notes = list(kit["w"]["sms"])
    r.shuffle(notes)
    for note in notes[: r.choice((1, 2))]:
        p.put(note)


LAYOUTS = {"response": response, "order": order, "extension": extension, "contact": contact,
           "csv": csv_export, "annex": annex, "chat": chat, "columns": columns,
           "translated": translated, "sms": sms}  # fmt: skip
VARIANT = {"order": "ocr", "contact": "defanged", "chat": "defanged"}


# --- every label re-read from the text it covers --------------------------------------------------
UNDEFANG = (("hxxp", "http"), ("hXXp", "http"), ("[.]", "."), ("(.)", "."), ("[dot]", "."),
            (" [at] ", "@"), ("[at]", "@"), ("(at)", "@"), ("[@]", "@"), ("(@)", "@"), (" @ ", "@"))  # fmt: skip


def undefang(text: str) -> str:
    for old, new in UNDEFANG:
        text = text.replace(old, new)
    return text


def check_value(
    kind: str,
    span: str,
    plain: str,
    value: str,
    region: str,
    iban_shapes: dict[str, tuple[str, int]],
    fail: Any,
) -> bool:
    """The checks every set makes of a non-date label's value (`plain`: the span undefanged);
    False for a type they do not cover."""
    if kind == "ipv4":
        if str(ipaddress.IPv4Address(plain.replace("O", "0"))) != value or not any(
            ipaddress.ip_address(value) in n for n in DOCS_V4
        ):
            fail("not a documentation IPv4")
    elif kind == "ipv6":
        address = ipaddress.IPv6Address(span)
        if str(address) != value or address not in ipaddress.ip_network("2001:db8::/32"):
            fail("not a documentation IPv6")
    elif kind == "phone":
        number = phonenumbers.parse(unicodedata.normalize("NFKC", ascii_digits(span)), region)
        if not phonenumbers.is_valid_number(number) or (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != value
        ):
            fail("phone does not re-parse")
    elif kind in ("url", "email", "domain"):
        host = urlsplit(value).hostname if kind == "url" else value.rpartition("@")[2]
        if not EXAMPLE_HOST.search(host or "") and not (
            kind == "url" and (host or "").endswith(".onion")
        ):
            fail("not an example host")
        if kind == "domain" and idna.encode(plain, uts46=True).decode() != value:
            fail("host differs")
        if kind == "email" and (
            unicodedata.normalize("NFC", plain.rpartition("@")[0]) != value.rpartition("@")[0]
            or idna.encode(plain.rpartition("@")[2], uts46=True).decode() != host
        ):
            fail("mailbox differs")
        if kind == "url" and url_form(plain) != value:
            fail("url differs")
    elif kind == "username":
        if username_form(span) != value or " " in span:
            fail("handle differs")
    elif kind == "onion":
        if plain != value or not cs.onion_ok(value):
            fail("onion checksum")
    elif kind == "crypto":
        if not crypto_holds(span, value):
            fail("checksum")
    elif kind == "iban":
        compact = span.replace(" ", "")
        if compact != value or cs._mod97(compact[4:] + compact[:4]) != 1:
            fail("IBAN mod 97")
        if iban_shapes[value[:2]][1] != len(value):
            fail("IBAN length")
    elif kind in ("case_reference", "legal_reference"):
        if not any(c.isdigit() for c in span) or reference_form(span) != value:
            fail("reference without a number or not folded")
    else:
        return False
    return True


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
    if kind != "date" and (_glued(before, span[0]) or _glued(span[-1], after)):
        fail("span cuts a word")
    if kind == "date":
        _check_date(span, dt.date.fromisoformat(value), doc, fail)
    elif not check_value(kind, span, undefang(span), value, region, IBAN_SHAPES, fail):
        fail("unknown type")


def _glued(left: str, right: str) -> bool:
    """Two letters or digits side by side in a script that separates words with spaces."""
    return all(c.isalnum() and ord(c) < 0x2E80 for c in (left, right))


def _check_date(span: str, day: dt.date, doc: dict[str, Any], fail: Any) -> None:
    numbers = [int(x) for x in re.findall(r"\d+", ascii_digits(span))]
    kits = (KITS[doc["language"]], KITS[PAIRS[doc["language"]]])
    years = {day.year, day.year % 100, day.year - 2018}
    if not years & set(numbers) or day.day not in numbers:
        fail("year or day not written")
    names = {kit[key][day.month - 1] for kit in kits for key in ("months", "mons") if key in kit}
    if not any(name and name in span for name in names) and day.month not in numbers:
        fail("month not written")


def validate(doc: dict[str, Any]) -> None:
    # Labels of one type never overlap; an onion link with its scheme is labelled both url and
    # onion over the same characters.
    spans = sorted((label["type"], label["start"], label["end"]) for label in doc["labels"])
    for (kind, _, end), (next_kind, start, _) in itertools.pairwise(spans):
        if kind == next_kind and start < end:
            raise GoldError(f"overlapping labels in {doc['text'][:80]!r}")
    for label in doc["labels"]:
        check(label, doc)
    if "{" in doc["text"] or "}" in doc["text"]:
        raise GoldError(f"unfilled template in {doc['text'][:120]!r}")


# --- corpus ----------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for language, kit in KITS.items():
        regions = list(kit["regions"])
        for index, (layout, build) in enumerate(LAYOUTS.items()):
            region = regions[index % len(regions)]
            if layout == "translated":
                region = KITS[PAIRS[language]]["regions"][0]
            variant = VARIANT.get(layout, "clean")
            if layout == "sms" and rng.random() < 0.5:
                variant = "defanged"
            page = Page(Draw(rng, language, region, variant))
            build(page, kit, rng)
            labels = sorted(page.labels, key=lambda label: (label["start"], label["end"]))
            doc = {"language": language, "region": region, "genre": layout, "variant": variant,
                   "text": page.text, "labels": labels}  # fmt: skip
            validate(doc)
            out.append(doc)
    return out


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    docs = documents(random.Random(SEED))
    write_texts(folder, docs)
    return docs


def main() -> None:
    """Write the corpus, or with --check compare the committed corpus with the seed's."""
    write_or_check(CORPUS, write_corpus, __doc__)


if __name__ == "__main__":
    main()
