"""Generate the third held-out intake corpus: `python bench/intake/heldout3/make_heldout3.py`.

A fresh test set: written without reading the extractor, its patterns, its normaliser or any
list of misses, and committed before it was scored; only the file format and the labelling
conventions of the earlier sets were read. Seeded and deterministic; `--check` exits non-zero
when the committed corpus differs from what the seed produces.

Each document is one of ten layouts (police requisition, e-mail, numbered preservation form,
connection table, bilingual letter, 24/7 network message, order to a provider, letter of
request, forwarded thread, short notice) in one of 19 languages. Each `{slot}` is filled with a
fictional value whose gold label (type, canonical form, span) is recorded as the text is
written; canonical forms come from values.py (standard library, phonenumbers, idna and our own
checksum code), and every label is checked again from the text it covers before anything is
written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import ipaddress
import itertools
import json
import random
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout3 import values as v  # noqa: E402
from bench.intake.heldout3.kits import HANDLES, KITS, USERNAMES  # noqa: E402

SEED = 20270314
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{(~?@?\w+)\}")
KIND = {"wdate": "date", "isodate": "date", "iphone": "phone", "@user": "username", "user": "username",
        "case": "case_reference", "legal": "legal_reference"}  # fmt: skip

# --- values ------------------------------------------------------------------------------------
PARENTS = ("example.com", "example.net", "example.org", "example")
WORDS = ("lanternfish", "saltwind", "orchard-market", "blue-heron", "pallas", "northgate-files",
         "tincan", "marigold-pay", "cobalt-relay", "fennel", "grainstore", "juniper-desk")  # fmt: skip
IDN = {"fr": "boutique-épicée", "es": "tienda-pequeña", "pt": "promoção-já", "de": "grüne-wiese",
       "ru": "магазин-ночь", "uk": "крамниця", "zh": "夜市商城", "ja": "夜桜ショップ", "ko": "달빛상점",
       "hi": "दुकान", "tr": "çarşı-pazar", "pl": "sklep-żółw", "ro": "piață-ieftină", "ar": "سوق"}  # fmt: skip
LOCALS = ("m.kerlan", "support-desk", "b.okafor", "payments", "no.reply", "trader_991", "a.visconti",
          "helpdesk", "z.petrenko", "admin", "k.lindgren", "orders+eu")  # fmt: skip
PATHS = ("/login", "/item/{n}", "/u/{w}/", "/t/{n}-offer", "/pay?ref={n}", "/files/{n}.zip",
         "/@{w}", "/index.php?id={n}", "/s/{n}#top", "", "/verify/account", "/wp-admin/")  # fmt: skip
PROVIDERS = ("Northwind Mail Ltd", "Quillpost Inc.", "Brightlane Hosting B.V.", "Kestrel Messenger",
             "Tallyhub Payments")  # fmt: skip
NAMES = ("A. Lindqvist", "C. Okoye", "M. Rahimi", "S. Brennan", "L. Kovač", "T. Nakamura")

PHONES = {
    "FR": (("01 99 00 ## ##", "06 ## ## ## ##", "07 ## ## ## ##"), ("+33 6 ## ## ## ##", "+33 (0)1 99 00 ## ##")),
    "BE": (("0470 ## ## ##", "02 ### ## ##"), ("+32 470 ## ## ##",)),
    "GB": (("020 7946 0###", "07700 900###", "0161 496 0###"), ("+44 20 7946 0###", "+44 7700 900###")),
    "US": (("(202) 555-01##", "415-555-01##"), ("+1 212 555 01##", "+1 (646) 555-01##")),
    "ES": (("6## ## ## ##", "91 ### ## ##", "6## ### ###"), ("+34 6## ## ## ##", "+34 91 ### ## ##")),
    "AR": (("011 4###-####",), ("+54 9 11 ####-####", "+54 11 4###-####")),
    "BR": (("(11) 9####-####", "(21) 3###-####", "11 9####-####"), ("+55 11 9####-####", "+55 (61) 9####-####")),
    "DE": (("0151 ########", "030 ########", "(089) #######"), ("+49 151 ########", "+49 (0)30 ########")),
    "AT": (("0664 #######", "01 ### ## ##"), ("+43 664 #######",)),
    "IT": (("3## ### ####", "06 #### ####", "02 ########"), ("+39 3## ### ####", "+39 06 #### ####")),
    "RU": (("8 (9##) ###-##-##", "8 495 ###-##-##"), ("+7 9## ###-##-##", "+7 (812) ###-##-##")),
    "UA": (("067 ### ## ##", "(044) ###-##-##", "050-###-##-##"), ("+380 67 ### ####", "+380 (44) ### ## ##")),
    "EG": (("010 #### ####", "012 #### ####"), ("+20 10 #### ####",)),
    "AE": (("050 ### ####", "04 ### ####"), ("+971 50 ### ####", "+971 4 ### ####")),
    "MA": (("06 ## ## ## ##", "05 22 ## ## ##"), ("+212 6 ## ## ## ##",)),
    "CN": (("13# #### ####", "0571-8### ####", "(010) 6### ####"), ("+86 13# #### ####", "+86 10 6### ####")),
    "JP": (("090-####-####", "03-####-####", "06-####-####"), ("+81 90-####-####", "+81 3-####-####")),
    "KR": (("010-####-####", "02-###-####", "031-###-####"), ("+82 10-####-####", "+82 2-###-####")),
    "IN": (("098### #####", "98### #####", "011-2#######"), ("+91 98### #####", "+91-22-2#######")),
    "TR": (("0532 ### ## ##", "0212 ### ## ##"), ("+90 532 ### ## ##", "+90 (212) ### ## ##")),
    "PL": (("5## ### ###", "22 ### ## ##", "6## ### ###"), ("+48 5## ### ###", "+48 22 ### ## ##")),
    "NL": (("06-########", "020-#######", "06 ## ## ## ##"), ("+31 6 ########", "+31 (0)20 #######")),
    "RO": (("07## ### ###", "021 ### ####"), ("+40 7## ### ###", "+40 21 ### ####")),
    "ID": (("08##-####-####", "(021) ####-####", "0812 #### ####"), ("+62 812-####-####", "+62 21 #### ####")),
}  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def case_number(rng: random.Random, region: str, day: dt.date) -> str:
    """A case or file number as that country's police, prosecutors or courts number them."""
    y, yy = day.year, f"{day.year % 100:02d}"

    def n(low: int, high: int) -> int:
        return rng.randint(low, high)

    d = lambda count: v.digits(rng, count)  # noqa: E731
    makers = {
        "FR": (lambda: f"{yy}{day.timetuple().tm_yday:03d}{d(6)}", lambda: f"RG {yy}/{d(5)}", lambda: f"{y}/{d(5)}"),
        "BE": (lambda: f"{rng.choice(('NA', 'LI', 'CH', 'HA'))}.{n(10, 99)}.{rng.choice('LF')}{n(1, 9)}.{d(6)}/{yy}",),
        "GB": (lambda: f"{n(1, 99):02d}/{d(6)}/{yy}", lambda: f"{n(1, 99):02d}{rng.choice(('KA', 'NR', 'TV'))}{d(5)}{yy}"),
        "US": (lambda: f"{n(1, 4)}:{yy}-cr-{d(5)}", lambda: f"{y}-CR-{d(6)}", lambda: f"{yy}-MJ-{d(4)}"),
        "ES": (lambda: f"{n(1, 3999)}/{y}", lambda: f"{y}-{d(6)}"),
        "AR": (lambda: f"CFP {n(100, 19999)}/{y}", lambda: f"CCC {n(100, 99999)}/{y}"),
        "BR": (lambda: v.cnj(rng, y, 8, rng.choice((26, 19, 13, 16)), n(1, 9999)),
               lambda: v.cnj(rng, y, 4, rng.choice((1, 3, 4)), n(1, 9999)), lambda: f"IPL {d(4)}/{y}"),
        "DE": (lambda: f"{n(1, 999)} Js {n(100, 99999)}/{yy}", lambda: f"{n(1, 99)} Gs {n(100, 9999)}/{yy}",
               lambda: f"{n(1, 99)} AR {n(10, 999)}/{yy}"),
        "AT": (lambda: f"{n(1, 99)} St {n(1, 999)}/{yy}{rng.choice('ghkmpt')}", lambda: f"{n(1, 99)} HR {n(1, 999)}/{yy}{rng.choice('akst')}"),
        "IT": (lambda: f"{n(100, 39999)}/{y} R.G.N.R.", lambda: f"{n(100, 9999)}/{yy} R.G. GIP", lambda: f"{n(100, 9999)}/{y} Mod. 44"),
        "RU": (lambda: f"1{yy}{d(14)}", lambda: f"1-{n(10, 999)}/{y}"),
        "UA": (lambda: f"1{y}{d(12)}", lambda: f"{n(100, 999)}/{n(1000, 99999)}/{yy}-к"),
        "EG": (lambda: f"{n(100, 19999)} لسنة {y}",),
        "AE": (lambda: f"{n(100, 9999)}/{y}",),
        "MA": (lambda: f"{y}/{n(2101, 2130)}/{n(1, 999)}",),
        "CN": (lambda: f"（{y}）{rng.choice(('粤0305', '苏0102', '川0104', '鄂0111'))}刑初{n(1, 999)}号",
               lambda: f"{rng.choice(('江公', '苏公', '渝公'))}（网）调证字〔{y}〕{n(100, 9999)}号"),
        "JP": (lambda: f"令和{y - 2018}年（わ）第{n(1, 2999)}号", lambda: f"{y}-{d(6)}"),
        "KR": (lambda: f"{y}고단{n(100, 9999)}", lambda: f"{y}고합{n(10, 999)}", lambda: f"{y}형제{n(1000, 99999)}"),
        "IN": (lambda: f"{d(4)}/{y}", lambda: f"RC{d(4)}{y}{rng.choice('AES')}{d(4)}"),
        "TR": (lambda: f"{y}/{n(100, 99999)}",),
        "PL": (lambda: f"PO {rng.choice(ROMAN[:6])} Ds {n(1, 999)}.{y}", lambda: f"{rng.choice(ROMAN[:6])} Kp {n(1, 999)}/{yy}"),
        "NL": (lambda: f"{n(1, 99):02d}/{d(6)}-{yy}", lambda: f"PL{n(1000, 2999)}-{y}{d(6)}"),
        "RO": (lambda: f"{n(100, 9999)}/P/{y}", lambda: f"{n(10, 999)}/D/P/{y}", lambda: f"{n(100, 29999)}/{n(1, 300)}/{y}"),
        "ID": (lambda: f"LP/B/{n(10, 999)}/{ROMAN[day.month - 1]}/{y}/SPKT/DITRESSIBER",
               lambda: f"{n(10, 999)}/Pid.Sus/{y}/PN Tjh"),
    }  # fmt: skip
    return rng.choice(makers[region])()


class Draw:
    """The values of one document, as written and canonical."""

    def __init__(self, rng: random.Random, language: str, region: str, defanged: bool) -> None:
        self.rng, self.language, self.region, self.defanged = rng, language, region, defanged
        self.kit = KITS[language]
        self.users = list(USERNAMES[language])
        self.rng.shuffle(self.users)
        self.handles = list(HANDLES)
        self.rng.shuffle(self.handles)
        self.recording: list[tuple[str, Any]] | None = None
        self.replaying: list[tuple[str, Any]] | None = None

    # Defanged spellings, as analysts paste them.
    def _dot(self, host: str) -> str:
        head, _, tail = host.rpartition(".")
        return head + self.rng.choice(("[.]", "[.]", "(.)", "[dot]")) + tail

    def host(self) -> str:
        r = self.rng
        if self.language in IDN and r.random() < 0.12:
            return f"{IDN[self.language]}.{r.choice(('example', 'example.com'))}"
        sub = r.choice(("", "", "www.", "shop.", "login.", "cdn."))
        parent = r.choice(PARENTS)
        return f"{sub}{r.choice(WORDS)}.{parent}"

    def value(self, name: str) -> tuple[str, str, int, int]:
        """(text written, canonical form, span start and end inside the text)."""
        if self.replaying:
            # The second language may write the same values in another order; dates match any
            # date slot, since the other language writes the day its own way.
            dates = ("date", "wdate", "isodate")
            index = next((i for i, (kind, _) in enumerate(self.replaying)
                          if kind == name or (kind in dates and name in dates)), None)  # fmt: skip
        if self.replaying and index is not None:
            _, raw = self.replaying.pop(index)
        else:
            raw = self._raw(name)
            if self.recording is not None:
                self.recording.append((name, raw))
        if name in ("date", "wdate", "isodate"):
            text = self.date_text(raw, name)
            inner = re.search(r"⟦(.*)⟧", text)
            canonical = raw.isoformat()
            if inner:
                plain = text.replace("⟦", "").replace("⟧", "")
                return plain, canonical, inner.start(), inner.end() - 2
            return text, canonical, 0, len(text)
        written, canonical = raw
        return written, canonical, 0, len(written)

    def _raw(self, name: str) -> Any:
        r = self.rng
        if name in ("date", "wdate", "isodate"):
            return v.random_day(r)
        if name == "url":
            host = self.host()
            path = r.choice(PATHS).format(n=r.randint(100, 99999), w=r.choice(WORDS))
            scheme = r.choice(("https", "https", "http"))
            port = r.choice(("", "", "", ":8080", ":8443"))
            written = f"{scheme}://{host}{port}{path}"
            canonical = v.url_form(written)
            if self.defanged:
                written = written.replace("http", r.choice(("hxxp", "hXXp")), 1)
                written = written.replace(host, self._dot(host), 1)
            return written, canonical
        if name == "domain":
            host = self.host()
            return (self._dot(host) if self.defanged else host), v.host_form(host)
        if name == "email":
            local = r.choice(LOCALS)
            domain = self.host().removeprefix("www.").removeprefix("cdn.")
            written = f"{local}@{domain}"
            canonical = v.email_form(written)
            if self.defanged:
                written = local + r.choice(("[at]", "(at)", "[@]")) + self._dot(domain)
            return written, canonical
        if name == "ipv4":
            address = v.ipv4(r)
            written = address.replace(".", "[.]") if self.defanged and r.random() < 0.6 else address
            return written, address
        if name == "ipv6":
            address = v.ipv6(r)
            written = r.choice(
                (
                    address.compressed,
                    address.compressed,
                    address.exploded,
                    address.compressed.upper(),
                )
            )
            return written, address.compressed
        if name in ("phone", "iphone"):
            return self.phone(international=name == "iphone")
        if name == "user":
            base = self.users.pop() if self.users else self.handles.pop()
            return base, v.username_form(base)
        if name == "@user":
            written = "@" + self.handles.pop()
            return written, v.username_form(written)
        if name == "onion":
            host = v.onion_v3(r)
            return (self._dot(host) if self.defanged else host), host
        if name == "crypto":
            return self.crypto()
        if name == "iban":
            compact = v.make_iban(r, r.choice(self.kit["iban"]))
            if r.random() < 0.6:
                return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)), compact
            return compact, compact
        if name == "case":
            written = case_number(r, self.region, v.random_day(r))
            return written, v.reference_form(written)
        if name == "legal":
            written = r.choice(self.kit["legal"])
            return written, v.reference_form(written)
        raise ValueError(name)

    def phone(self, international: bool) -> tuple[str, str]:
        national, intl = PHONES[self.region]
        for _ in range(500):
            shape = self.rng.choice(intl if international else national)
            written = "".join(self.rng.choice("0123456789") if c == "#" else c for c in shape)
            canonical = v.phone_form(written, self.region)
            if canonical is None:
                continue
            if self.language == "ar" and not international and self.rng.random() < 0.5:
                written = written.translate(v.ARABIC_INDIC)
            return written, canonical
        raise RuntimeError(f"no valid phone for {self.region}")

    def crypto(self) -> tuple[str, str]:
        r = self.rng
        kind = r.choice(
            (
                "btc1",
                "btc3",
                "bc1q",
                "bc1p",
                "eth",
                "eth",
                "xmr",
                "ltc",
                "ltc1",
                "doge",
                "bch",
                "trx",
                "dash",
            )
        )
        if kind == "btc1":
            value = v.base58_address(b"\x00", r.randbytes(20))
        elif kind == "btc3":
            value = v.base58_address(b"\x05", r.randbytes(20))
        elif kind == "bc1q":
            value = v.segwit("bc", 0, r.randbytes(r.choice((20, 32))))
        elif kind == "bc1p":
            value = v.segwit("bc", 1, r.randbytes(32))
        elif kind == "eth":
            value = v.eip55(r.randbytes(20).hex())
            if r.random() < 0.3:
                return value.lower(), value
        elif kind == "xmr":
            value = v.monero_address(r)
        elif kind == "ltc":
            value = v.base58_address(bytes([r.choice((0x30, 0x32))]), r.randbytes(20))
        elif kind == "ltc1":
            value = v.segwit("ltc", 0, r.randbytes(20))
        elif kind == "doge":
            value = v.base58_address(b"\x1e", r.randbytes(20))
        elif kind == "bch":
            value = v.cashaddr(r.randbytes(20), r.random() < 0.3)
            if r.random() < 0.5:
                return value.removeprefix("bitcoincash:"), value
        elif kind == "trx":
            value = v.base58_address(b"\x41", r.randbytes(20))
        else:
            value = v.base58_address(b"\x4c", r.randbytes(20))
        return value, value

    def date_text(self, day: dt.date, name: str) -> str:
        if name == "isodate":
            return day.isoformat()
        kit = self.kit
        us = self.region == "US" and "us_dates" in kit
        if name == "wdate":
            formats = kit["us_wdates"] if us else kit["wdates"]
        else:
            formats = kit["us_dates"] if us else kit["dates"]
        pattern = self.rng.choice(formats)
        script = pattern[:2] if pattern[:2] in ("A:", "D:", "W:") else ""
        pattern = pattern.removeprefix(script)
        months = kit.get("months", [""] * 12)
        text = pattern.format(
            d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=day.year,
            yy=f"{day.year % 100:02d}", month=months[day.month - 1],
            mon=kit.get("mons", months)[day.month - 1], wd=kit["weekdays"][day.weekday()],
            hy=v.hanzi_year(day.year), hm=v.hanzi_small(day.month), hd=v.hanzi_small(day.day),
            ry=day.year - 2018,
        )  # fmt: skip
        table = {"A:": v.ARABIC_INDIC, "D:": v.DEVANAGARI, "W:": v.FULLWIDTH}.get(script)
        return text.translate(table) if table else text

    def distractor(self, name: str) -> str:
        """Text that carries no label; the second language of a bilingual letter repeats it."""
        if self.replaying:
            index = next(
                (i for i, (kind, _) in enumerate(self.replaying) if kind == "~" + name), None
            )
            if index is not None:
                return str(self.replaying.pop(index)[1])
        text = self._distractor(name)
        if self.recording is not None:
            self.recording.append(("~" + name, text))
        return text

    def _distractor(self, name: str) -> str:
        r = self.rng
        if name == "time":
            return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        if name == "port":
            return str(r.randint(1025, 65000))
        if name == "amount":
            return r.choice((f"{r.randint(1, 90)} {r.randint(100, 999)} EUR", f"USD {r.randint(1, 90)},{r.randint(100, 999)}.00",
                             f"{r.randint(1, 9)},{r.randint(10, 99)} BTC", f"{r.randint(100, 9999)} USDT"))  # fmt: skip
        if name == "version":
            return f"{r.randint(2, 17)}.{r.randint(0, 9)}.{r.randint(0, 30)}"
        if name == "hash":
            return r.randbytes(32).hex()
        if name == "imei":
            return "35" + v.digits(r, 13)
        if name == "file":
            return r.choice(
                (
                    "capture_01.png",
                    "export.csv",
                    "logs.tar.gz",
                    "rapport.pdf",
                    "chat.html",
                    "install.sh",
                )
            )
        raise ValueError(name)


# --- the page --------------------------------------------------------------------------------
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
            name = match.group(1)
            if name.startswith("~"):
                self.text += self.draw.distractor(name[1:])
            else:
                written, canonical, start, stop = self.draw.value(name)
                base = len(self.text)
                self.text += written
                self.labels.append({"type": KIND.get(name, name), "normalized": canonical,
                                    "start": base + start, "end": base + stop})  # fmt: skip
            position = match.end()
        self.text += template[position:] + end


def quoted(kit: dict[str, Any], rng: random.Random, count: int) -> str:
    """A list of quoted usernames joined as the language joins a list."""
    left, right = rng.choice(kit["quotes"])
    items = [f"{left}{{user}}{right}" for _ in range(count)]
    sep = "、" if kit.get("cjk") else ", "
    return sep.join(items[:-1]) + f" {kit['and']} " + items[-1] if count > 1 else items[0]


def fields(
    kit: dict[str, Any], rng: random.Random, kinds: list[str], colon: str = ": "
) -> list[str]:
    out = []
    for kind in kinds:
        label = kit["L"][kind]
        if kind == "ipv4":
            out.append(
                f"{label}{colon}{{ipv4}} — {{date}} {{~time}} UTC ({kit['L']['port']} {{~port}})"
            )
        elif kind == "ipv6":
            out.append(f"{label}{colon}{{ipv6}} — {{isodate}} {{~time}} UTC")
        elif kind == "user":
            left, right = rng.choice(kit["quotes"])
            out.append(
                f"{label}{colon}" + rng.choice((f"{left}{{user}}{right}", "{user}", "{@user}"))
            )
        else:
            out.append(f"{label}{colon}{{{kind}}}")
    return out


IDENTIFIER_KINDS = [
    "url",
    "domain",
    "email",
    "ipv4",
    "ipv6",
    "phone",
    "user",
    "onion",
    "crypto",
    "iban",
]


def _kinds(rng: random.Random, low: int, high: int) -> list[str]:
    kinds = rng.sample(IDENTIFIER_KINDS, rng.randint(low, high))
    return [k for k in IDENTIFIER_KINDS if k in kinds]


def _joined(basis: str, ask: str) -> str:
    """The legal basis and the request as one sentence where the basis ends with a comma."""
    if basis.endswith(","):
        return f"{basis} {ask[0].lower()}{ask[1:]}"
    return f"{basis} {ask}" if not basis.endswith("、") else basis + ask


# --- layouts ---------------------------------------------------------------------------------
def requisition(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """Police requisition or judicial order: letterhead, reference, date, legal basis, list."""
    p.put(rng.choice(kit["units"]))
    p.put(f"{kit['L']['phone']} : {{phone}}" + (" / Fax : {phone}" if rng.random() < 0.4 else ""))
    p.put()
    p.put(rng.choice(kit["ref"]))
    p.put(rng.choice(kit["place"]))
    p.put()
    p.put(kit["titles"]["req"])
    p.put()
    p.put(_joined(rng.choice(kit["legal_line"]), kit["ask"]))
    p.put(f"{kit['L']['account']}: " + rng.choice(kit["users"]))
    bullet = rng.choice(("- ", "• ", "* ", "{n}) ", "{n}. "))
    for index, line in enumerate(fields(kit, rng, _kinds(rng, 3, 5)), 1):
        p.put(bullet.replace("{n}", str(index)) + line)
    p.put()
    p.put(rng.choice(kit["bye"]))


def email(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """An e-mail with its header block, two or three facts and a signature."""
    L = kit["L"]
    p.put(f"{L['from']}: {rng.choice(NAMES)} <{{email}}>")
    p.put(f"{L['to']}: {{email}}")
    p.put(
        f"{L['sent']}: "
        + rng.choice(("{wdate} {~time}", "{date} {~time}", "{isodate} {~time} +0100"))
    )
    p.put(f"{L['subject']}: {kit['titles'][rng.choice(('pres', 'req'))]} — {{case}}")
    p.put()
    p.put(rng.choice(kit["hello"]))
    p.put()
    for fact in rng.sample(kit["facts"], rng.randint(2, 3)):
        p.put(fact)
    p.put(kit["ask"])
    p.put()
    p.put(rng.choice(kit["bye"]))
    p.put(f"{L['phone']}: {{phone}}")


def form(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A numbered preservation form in the Council of Europe style."""
    L = kit["L"]
    p.put(kit["titles"]["pres"])
    p.put()
    p.put(f"1. {L['date']}: {{date}}")
    p.put(f"2. {L['ref']}: {{case}}")
    p.put(f"3. {L['authority']}: {rng.choice(kit['units']).splitlines()[0]}")
    p.put(
        f"   {L['contact']}: {rng.choice(NAMES)}, {L['phone']} {{iphone}}, {L['email']} {{email}}"
    )
    p.put(f"   {L['tz']}: UTC{rng.choice(('+1', '+2', '+3', '-3', '+8', '+9', '+5:30', '+0'))}")
    p.put(f"4. {L['legal']}: {{legal}}")
    p.put(f"5. {L['data']}:")
    for letter, line in zip("abcdefgh", fields(kit, rng, _kinds(rng, 4, 6)), strict=False):
        p.put(f"   {letter}) {line}")
    p.put(f"6. {L['period']}: {{date}} – {{date}}")


def table(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """Connection records as a pipe table, tab-separated or space-aligned."""
    L = kit["L"]
    style = rng.choice(("pipe", "tab", "space"))
    head = ["#", L["ipv4"], L["date"], "UTC", L["port"]]
    p.put(f"{L['account']}: {{@user}} — {L['ref']} {{case}}")
    p.put()
    rows = []
    for index in range(1, rng.randint(3, 6)):
        address = "{ipv6}" if rng.random() < 0.3 else "{ipv4}"
        stamp = rng.choice(("{isodate}", "{date}"))
        rows.append([str(index), address, stamp, "{~time}", "{~port}"])
    if style == "pipe":
        p.put("| " + " | ".join(head) + " |")
        p.put("|" + "---|" * len(head))
        for row in rows:
            p.put("| " + " | ".join(row) + " |")
    elif style == "tab":
        p.put("\t".join(head))
        for row in rows:
            p.put("\t".join(row))
    else:
        p.put("  ".join(f"{h:<12}" for h in head).rstrip())
        for row in rows:
            p.put("   ".join(row))
    p.put()
    p.put(rng.choice(kit["facts"]))


def bilingual(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A letter with each block in the language, then in English (values repeated)."""
    en = KITS["es"] if kit is KITS["en"] else KITS["en"]
    draw = p.draw
    p.put(rng.choice(kit["units"]).splitlines()[0])
    p.put(f"{kit['titles']['mla']}")
    p.put(en["titles"]["mla"])
    p.put()
    p.put(f"{kit['L']['ref']} / Reference No.: {{case}}")
    for kind in _kinds(rng, 3, 4):
        line = (
            fields(kit, rng, [kind])[0].split(":", 1)[1]
            if kind in ("ipv4", "ipv6")
            else f" {{{'@user' if kind == 'user' else kind}}}"
        )
        p.put(f"{kit['L'][kind]} / {en['L'][kind]}:{line}")
    p.put()
    # The translation writes its dates with the month in words: a numeric date in a second
    # language would leave its day/month order to guesswork.
    second = {**en, "dates": tuple(f for f in en["dates"] if "{month}" in f or "{mon}" in f)}
    saved, saved_region = draw.kit, draw.region
    for template, translation in (
        (
            kit["facts"][index := rng.randrange(min(len(kit["facts"]), len(en["facts"])))],
            en["facts"][index],
        ),
        (rng.choice(kit["place"]), "Issued on {date}"),
    ):
        draw.recording = []
        p.put(template)
        draw.replaying, draw.recording = draw.recording, None
        draw.kit, draw.region = second, "GB"
        p.put(translation)
        draw.kit, draw.region, draw.replaying = saved, saved_region, None
        p.put()


def network(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A short 24/7 network message, often with defanged identifiers."""
    p.put(rng.choice(kit["net"]))
    if rng.random() < 0.7:
        extra = rng.sample(["url", "domain", "email", "onion", "crypto"], rng.randint(1, 2))
        for line in fields(kit, rng, extra):
            p.put(line)


def order(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """An order or request addressed to a service provider, with the target accounts."""
    L = kit["L"]
    p.put(f"{L['to']}: {rng.choice(PROVIDERS)} — Law Enforcement Response Team <{{email}}>")
    p.put(rng.choice(kit["ref"]))
    p.put(rng.choice(kit["place"]))
    p.put()
    p.put(kit["titles"]["order"])
    p.put()
    p.put(rng.choice(kit["legal_line"]))
    p.put(f"{L['account']}: " + quoted(kit, rng, rng.randint(2, 3)))
    p.put(f"{L['email']}: {{email}}" + (", {email}" if rng.random() < 0.5 else ""))
    if rng.random() < 0.6:
        p.put(f"{L['url']}: {{url}}")
    p.put(f"{L['period']}: {{date}} — {{date}}")
    p.put(kit["ask"])
    p.put()
    p.put(rng.choice(kit["bye"]))


def mla(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A letter of request: authority, reference, facts in prose, request, signature."""
    p.put(rng.choice(kit["units"]))
    p.put()
    p.put(rng.choice(kit["ref"]))
    p.put(rng.choice(kit["place"]))
    p.put()
    p.put(kit["titles"]["mla"])
    p.put()
    p.put(rng.choice(kit["hello"]))
    p.put()
    for fact in rng.sample(kit["facts"], rng.randint(3, 5)):
        p.put(fact)
    p.put(f"{kit['L']['account']}: " + rng.choice(kit["users"]) + ".")
    p.put(_joined(rng.choice(kit["legal_line"]), kit["ask"]))
    p.put()
    p.put(rng.choice(kit["bye"]))


def thread(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A forwarded message with quoted replies, pasted by an analyst (defanged)."""
    L = kit["L"]
    p.put(rng.choice(kit["hello"]))
    p.put(rng.choice(kit["facts"]))
    p.put()
    p.put("---------- Forwarded message ---------")
    p.put(f"{L['from']}: {rng.choice(NAMES)} <{{email}}>")
    p.put(f"{L['sent']}: {{date}} {{~time}}")
    p.put(f"{L['subject']}: {{case}}")
    p.put()
    for fact in rng.sample(kit["facts"], 2):
        p.put("> " + fact)
    p.put(">> " + rng.choice(kit["net"]))


def notice(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A short notice or pasted excerpt: a fact or two and the accounts concerned."""
    p.put(rng.choice(kit["facts"]))
    p.put(f"{kit['L']['account']}: " + quoted(kit, rng, rng.randint(1, 3)))
    if rng.random() < 0.5:
        p.put(rng.choice(kit["legal_line"]))


LAYOUTS = {"requisition": requisition, "email": email, "form": form, "table": table,
           "bilingual": bilingual, "network": network, "order": order, "mla": mla, "thread": thread,
           "notice": notice}  # fmt: skip
DEFANGED = {"network", "thread"}


# --- independent checks of every label --------------------------------------------------------
EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.com|example\.net|example\.org)$")
DOCS_V4 = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
HANZI_VALUE = {c: i for i, c in enumerate(v.HANZI)}


class GoldError(AssertionError):
    """A label that does not hold."""


def _numbers(span: str) -> list[int]:
    folded = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in span)
    found = [int(x) for x in re.findall(r"\d+", folded)]
    if "年" in span and not found:
        year, _, rest = span.partition("年")
        month, _, day = rest.partition("月")

        def small(text: str) -> int:
            tens, mark, units = text.partition("十")
            if not mark:
                return HANZI_VALUE[text]
            return (HANZI_VALUE[tens] if tens else 1) * 10 + (HANZI_VALUE[units] if units else 0)

        found = [
            int("".join(str(HANZI_VALUE[c]) for c in year)),
            small(month),
            small(day.rstrip("日")),
        ]
    return found


def check(label: dict[str, Any], text: str, region: str, language: str) -> None:
    span = text[label["start"] : label["end"]]
    kind, value = label["type"], label["normalized"]

    def fail(why: str) -> None:
        raise GoldError(f"{kind} {span!r} -> {value!r}: {why}")

    if not span or span != span.strip():
        fail("empty or padded span")
    plain = v.undefang(span)
    if kind == "ipv4":
        if plain != value or not any(ipaddress.ip_address(value) in n for n in DOCS_V4):
            fail("not a documentation IPv4 read from the span")
    elif kind == "ipv6":
        if ipaddress.IPv6Address(span).compressed != value or ipaddress.IPv6Address(
            value
        ) not in ipaddress.ip_network("2001:db8::/32"):
            fail("not a documentation IPv6")
    elif kind == "phone":
        if v.phone_form(span, region) != value:
            fail("phone does not re-parse to its E.164 form")
    elif kind in ("url", "email", "domain"):
        host = urlsplit(value).hostname if kind == "url" else value.rpartition("@")[2]
        if not EXAMPLE_HOST.search(host or ""):
            fail("not an example host")
        if kind == "domain" and plain.lower().encode("idna").decode() != value:
            fail("host differs")
        if (
            kind == "email"
            and unicodedata.normalize("NFC", plain.rpartition("@")[0]) != value.rpartition("@")[0]
        ):
            fail("mailbox differs")
        if kind == "url" and not plain.lower().startswith(value.split("://")[0] + "://"):
            fail("scheme differs")
    elif kind == "username":
        if unicodedata.normalize("NFKC", span).lstrip("@").casefold() != value:
            fail("handle differs")
    elif kind == "onion":
        from bench.intake.heldout2.checksums import onion_ok  # a second, independent implementation

        if plain != value or not onion_ok(value):
            fail("onion checksum")
    elif kind == "crypto":
        _check_crypto(span, value, fail)
    elif kind == "iban":
        compact = span.replace(" ", "")
        rotated = compact[4:] + compact[:4]
        if compact != value or int("".join(str(int(c, 36)) for c in rotated)) % 97 != 1:
            fail("IBAN mod 97")
    elif kind in ("case_reference", "legal_reference"):
        if not re.search(r"\d|[一二三四五六七八九十百]", span) or v.reference_form(span) != value:
            fail("reference without a number or not folded")
        if re.fullmatch(r"\d{7}-\d{2}\.\d{4}\.\d\.\d{2}\.\d{4}", value):
            from bench.intake.heldout2.checksums import cnj_ok

            if not cnj_ok(value):
                fail("CNJ check digits")
    elif kind == "date":
        day = dt.date.fromisoformat(value)
        numbers = _numbers(span)
        if "令和" in span:
            numbers.append(numbers[0] + 2018)
        if day.year not in numbers and day.year % 100 not in numbers:
            fail("year not written")
        if day.day not in numbers:
            fail("day not written")
        # Bilingual letters repeat a date in English (in Spanish for the English letters).
        names = [
            KITS[other][key][day.month - 1]
            for other in (language, "en", "es")
            for key in ("months", "mons")
            if key in KITS[other]
        ]
        named = any(name in span for name in names)
        if not named and day.month not in numbers:
            fail("month not written")
    else:
        fail("unknown type")


def _check_crypto(span: str, value: str, fail: Any) -> None:
    from bench.intake.heldout2 import checksums as other  # a second, independent implementation

    low = span.lower()
    if low.startswith("0x"):
        ok = other.eip55(span[2:]) == value
    elif low.startswith(("bc1", "ltc1")):
        ok = low == value and other.segwit_ok(value)
    elif len(low.rpartition(":")[2]) == 42 and low.rpartition(":")[2][0] in "qp":
        ok = value == "bitcoincash:" + low.rpartition(":")[2] and other.cashaddr_ok(value)
    elif len(span) == 95:
        ok = span == value and other.monero_ok(span)
    else:
        ok = span == value and other.base58check_ok(span) and len(other.b58_decode(span)) == 25
    if not ok:
        fail("checksum")


def validate(doc: dict[str, Any]) -> None:
    spans = sorted((label["start"], label["end"]) for label in doc["labels"])
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end:
            raise GoldError(f"overlapping labels in {doc['text'][:80]!r}")
    for label in doc["labels"]:
        check(label, doc["text"], doc["region"], doc["language"])
    if "⟦" in doc["text"] or "{" in doc["text"]:
        raise GoldError(f"unfilled template in {doc['text'][:80]!r}")


# --- corpus ------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for language, kit in KITS.items():
        for layout, build in LAYOUTS.items():
            region = rng.choice(kit["regions"])
            page = Page(Draw(rng, language, region, defanged=layout in DEFANGED))
            build(page, kit, rng)
            doc = {"language": language, "region": region, "genre": layout,
                   "variant": "defanged" if layout in DEFANGED else "clean",
                   "text": page.text, "labels": page.labels}  # fmt: skip
            validate(doc)
            out.append(doc)
    return out


# Scanned renders: look-alikes of the seed's three letters (a French requisition with URLs and
# pseudonyms, a bilingual Chinese letter with a number, a Marathi letter) and a German order.
SCANNED = (
    ("fr", "FR", "scan0_fr_requisition", [
        "DIRECTION TERRITORIALE DE LA POLICE JUDICIAIRE DE VALMONT",
        "Brigade de protection des mineurs en ligne",
        "Tél. : {phone}",
        "",
        "{case}                              VALMONT, le {date}",
        "",
        "RÉQUISITION JUDICIAIRE",
        "",
        "Agissant en vertu de l'{legal},",
        "requérons la société {domain} de nous communiquer",
        "les données d'identification des comptes « {user} » et « {user} »",
        "ayant publié sur {url}",
        "ainsi que l'adresse électronique {email}.",
    ]),
    ("zh", "CN", "scan1_zh_bilingual", [
        "江城市公安局网络安全保卫支队",
        "调取证据通知书",
        "Notice of Evidence Collection",
        "",
        "编号/ No.: {case}",
        "根据{legal}的规定，请协助调取用户名「{user}」的注册信息。",
        "Please provide the registration data of the user named above.",
        "登录IP / Login IP: {ipv4}",
        "电子邮箱 / E-mail: {email}",
        "联系人: 赵晓雯 联系电话: {phone}",
        "{date}",
    ]),
    ("mr", "IN", "scan2_mr_letter", [
        "सायबर पोलीस ठाणे, सह्याद्रीनगर",
        "",
        "प्रति,",
        "नोडल अधिकारी",
        "",
        "विषय : माहिती मिळणेबाबत",
        "गुन्हा रजिस्टर क्रमांक {case}",
        "{legal} नुसार खाते {@user} ची माहिती द्यावी.",
        "ईमेल {email}",
        "आयपी पत्ता {ipv4}",
        "दिनांक {date}",
        "संपर्क क्र : {phone}",
    ]),
    ("de", "DE", "scan3_de_beschluss", [
        "Amtsgericht Lindenau — Ermittlungsrichter",
        "",
        "Az. {case}",
        "BESCHLUSS",
        "Gemäß {legal} wird angeordnet:",
        "Herausgabe der Bestandsdaten zum Konto „{user}“",
        "E-Mail {email}, Rufnummer {phone}",
        "IP-Adresse {ipv4} am {date} um 21:14 Uhr MEZ",
        "Zahlungen auf IBAN {iban}",
        "Lindenau, den {date}",
    ]),
)  # fmt: skip


def scanned(rng: random.Random, folder: Path) -> None:
    from bench.intake.make_corpus import render

    for language, region, stem, lines in SCANNED:
        page = Page(Draw(rng, language, region, defanged=False))
        for line in lines:
            page.put(line)
        doc = {"language": language, "region": region, "genre": "scanned", "variant": "scanned",
               "text": page.text, "labels": page.labels}  # fmt: skip
        validate(doc)
        render(page.text.rstrip("\n").split("\n"), folder / "scanned" / f"{stem}.png")
        (folder / "scanned" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    (folder / "text").mkdir(parents=True)
    docs = documents(rng)
    for index, doc in enumerate(docs):
        stem = f"{index:04d}_{doc['language']}_{doc['genre']}_{doc['variant']}"
        text = doc.pop("text")
        (folder / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (folder / "text" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    (folder / "scanned").mkdir()
    scanned(random.Random(SEED + 1), folder)
    return docs


def _same_tree(left: Path, right: Path) -> bool:
    comparison = filecmp.dircmp(left, right)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(_same_tree(left / name, right / name) for name in comparison.common_dirs)


def main() -> None:
    """Write the corpus, or with --check compare the committed corpus with the seed's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when corpus/ is stale")
    arguments = parser.parse_args()
    if arguments.check:
        with tempfile.TemporaryDirectory() as temporary:
            fresh = Path(temporary) / "corpus"
            write_corpus(fresh)
            # PNG bytes depend on the installed fonts and Pillow: the scan's gold is compared and
            # its render must exist.
            for png in (fresh / "scanned").glob("*.png"):
                png.unlink()
                if not (CORPUS / "scanned" / png.name).exists():
                    sys.exit(f"bench/intake/heldout3/corpus/scanned/{png.name} is missing")
            committed = Path(temporary) / "committed"
            shutil.copytree(CORPUS, committed, ignore=shutil.ignore_patterns("*.png"))
            if not _same_tree(fresh, committed):
                sys.exit("bench/intake/heldout3/corpus is stale: run make_heldout3.py")
        print("bench/intake/heldout3/corpus is up to date")
        return
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    docs = write_corpus(CORPUS)
    counts: dict[str, int] = {}
    for doc in docs:
        for label in doc["labels"]:
            counts[label["type"]] = counts.get(label["type"], 0) + 1
    languages = sorted({doc["language"] for doc in docs})
    print(
        f"{len(docs)} documents, {sum(counts.values())} labels, {len(languages)} languages: {', '.join(languages)}"
    )
    print("  ".join(f"{kind} {count}" for kind, count in sorted(counts.items())))


if __name__ == "__main__":
    main()
