"""Generate the fourth held-out intake corpus: `python bench/intake/heldout4/make_heldout4.py`.

A sealed test set, written by a fresh hand without reading the extractor, its patterns, its
normaliser, the other corpora's texts or generators (their labelling conventions only), and never
run through the extractor before the lead scores it. Seeded and deterministic; `--check` exits
non-zero when the committed corpus differs from what the seed produces.

Sixteen languages, each written in eleven layouts: a court order with recitals, a provider's
legal-process portal submission, an Interpol-style diffusion, a joint investigation team annex
(pipe table), a bank freezing request, an urgent chat, a fax typed back with odd line breaks, a
tab-separated connection log, a forwarded e-mail chain with `>` quotes, a letter of request in
prose and a short note. Canonical forms are computed here (standard library, phonenumbers, idna,
the second set's checksum helpers) and every label is re-read from the text it covers.
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
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import idna
import phonenumbers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout2 import checksums as cs  # noqa: E402
from bench.intake.heldout4.kits import COMMON, HANDLES, KITS  # noqa: E402

SEED = 20260806
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{(~?@?\w+)\}")
KIND = {"wdate": "date", "ndate": "date", "iphone": "phone", "@user": "username", "user": "username",
        "case": "case_reference", "legal": "legal_reference"}  # fmt: skip
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

# --- values of each country ----------------------------------------------------------------------
PHONES = {
    "MX": (("55 ####-####", "33 #### ####", "81 #### ####"), ("+52 55 #### ####", "+52 1 33 #### ####")),
    "AR": (("011 4###-####", "0351 4##-####"), ("+54 9 11 ####-####", "+54 9 351 ###-####")),
    "CO": (("3## ### ####", "(601) ### ####"), ("+57 3## ### ####", "+57 601 ### ####")),
    "CL": (("9 #### ####", "(2) 2### ####"), ("+56 9 #### ####", "+56 2 2### ####")),
    "PT": (("9## ### ###", "21 ### ####"), ("+351 9## ### ###", "+351 21 ### ####")),
    "MA": (("06## ## ## ##", "05 2# ## ## ##"), ("+212 6## ## ## ##", "+212 (0)5 2# ## ## ##")),
    "SN": (("77 ### ## ##", "33 8## ## ##"), ("+221 77 ### ## ##", "+221 33 8## ## ##")),
    "BE": (("04## ## ## ##", "02 ### ## ##"), ("+32 4## ## ## ##", "+32 (0)2 ### ## ##")),
    "NG": (("080# ### ####", "0703 ### ####"), ("+234 80# ### ####", "+234 (0)1 ### ####")),
    "KE": (("07## ######", "0722 ### ###"), ("+254 7## ######", "+254 20 #######")),
    "ZA": (("082 ### ####", "011 ### ####"), ("+27 82 ### ####", "+27 21 ### ####")),
    "PH": (("0917 ### ####", "(02) 8### ####"), ("+63 917 ### ####", "+63 2 8### ####")),
    "VN": (("09# ### ## ##", "028 3### ####"), ("+84 9# ### ## ##", "+84 28 3### ####")),
    "TH": (("08#-###-####", "02 ### ####"), ("+66 8# ### ####", "+66 2 ### ####")),
    "MY": (("01#-### ####", "03-#### ####"), ("+60 1#-### ####", "+60 3-#### ####")),
    "IN": (("9#### #####", "044-2#######"), ("+91 9#### #####", "+91 44 2#######")),
    "PK": (("03## #######", "042-35######"), ("+92 3## #######", "+92 42 35######")),
    "IL": (("05#-###-####", "03-###-####"), ("+972 5#-###-####", "+972 3-###-####")),
    "IR": (("0912 ### ####", "021-####-####"), ("+98 912 ### ####", "+98 21 #### ####")),
    "GR": (("69# ### ####", "21# ### ####"), ("+30 69# ### ####", "+30 21# ### ####")),
    "CZ": (("6## ### ###", "7## ### ###", "2## ### ###"), ("+420 6## ### ###", "+420 2## ### ###")),
    "HU": (("06 20 ### ####", "06 1 ### ####"), ("+36 30 ### ####", "+36 1 ### ####")),
    "SE": (("07#-### ## ##", "08-### ### ##"), ("+46 7# ### ## ##", "+46 8 ### ### ##")),
    "RS": (("06# ### ####", "011 ### ####"), ("+381 6# ### ####", "+381 11 ### ####")),
}  # fmt: skip

# Legal references as a reader would copy them: the article with the code or instrument it
# belongs to, before or after it.
LEGAL = {
    "MX": ("artículo 211 bis 1 del Código Penal Federal", "artículo 303 del Código Nacional de Procedimientos Penales",
           "artículo 190 de la Ley Federal de Telecomunicaciones y Radiodifusión", "artículo 29 del Convenio de Budapest"),
    "AR": ("artículo 153 bis del Código Penal", "artículo 236 del Código Procesal Penal Federal", "Ley 27.411",
           "artículo 29 del Convenio de Budapest"),
    "CO": ("artículo 269A del Código Penal", "artículo 236 de la Ley 906 de 2004", "Ley 1273 de 2009"),
    "CL": ("artículo 219 del Código Procesal Penal", "artículo 7 de la Ley 21.459", "artículo 31 del Convenio de Budapest"),
    "PT": ("artigo 14.º da Lei n.º 109/2009", "artigo 189.º do Código de Processo Penal", "artigo 221.º do Código Penal",
           "artigo 6.º do Regulamento (UE) 2023/1543", "artigo 29.º da Convenção de Budapeste"),
    "MA": ("article 607-3 du Code pénal", "article 108 du Code de procédure pénale", "article 29 de la Convention de Budapest"),
    "SN": ("article 431-8 du Code pénal", "article 90-17 du Code de procédure pénale", "article 29 de la Convention de Budapest"),
    "BE": ("article 39bis du Code d'instruction criminelle", "article 504quater du Code pénal",
           "article 5 du règlement (UE) 2023/1543"),
    "NG": ("section 27 of the Cybercrimes Act 2015", "section 38 of the Cybercrimes Act 2015",
           "section 143 of the Administration of Criminal Justice Act 2015"),
    "KE": ("section 37 of the Computer Misuse and Cybercrimes Act 2018", "section 118 of the Criminal Procedure Code",
           "Article 29 of the Budapest Convention"),
    "ZA": ("section 205 of the Criminal Procedure Act 51 of 1977", "section 44 of the Cybercrimes Act 19 of 2020",
           "section 8 of the Cybercrimes Act 19 of 2020"),
    "PH": ("Section 6 of Republic Act No. 10175", "Section 14 of RA 10175", "Article 315 of the Revised Penal Code",
           "Article 29 of the Budapest Convention"),
    "VN": ("Điều 290 Bộ luật Hình sự", "khoản 2 Điều 174 Bộ luật Hình sự năm 2015", "Điều 88 Bộ luật Tố tụng hình sự",
           "Điều 26 Luật An ninh mạng"),
    "TH": ("มาตรา 14 แห่งพระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2550",
           "มาตรา 341 แห่งประมวลกฎหมายอาญา", "มาตรา 18 แห่งพระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2550"),
    "MY": ("seksyen 420 Kanun Keseksaan", "seksyen 233 Akta Komunikasi dan Multimedia 1998",
           "seksyen 116B Kanun Tatacara Jenayah", "seksyen 4 Akta Jenayah Komputer 1997"),
    "IN": ("பாரதிய நியாய சன்ஹிதா பிரிவு 318", "தகவல் தொழில்நுட்பச் சட்டம் பிரிவு 66D",
           "பாரதிய நாகரிக் சுரக்ஷா சன்ஹிதா பிரிவு 94"),
    "PK": ("پیکا 2016 کی دفعہ 20", "تعزیراتِ پاکستان کی دفعہ 420", "ضابطہ فوجداری کی دفعہ 94"),
    "IL": ("סעיף 4 לחוק המחשבים", "סעיף 43 לפקודת סדר הדין הפלילי", "סעיף 415 לחוק העונשין"),
    "IR": ("ماده ۷۳۶ قانون مجازات اسلامی", "ماده ۶۸۴ قانون آیین دادرسی کیفری", "ماده ۷۴۱ قانون مجازات اسلامی"),
    "GR": ("άρθρο 386Α του Ποινικού Κώδικα", "άρθρο 292Β ΠΚ", "άρθρο 254 του Κώδικα Ποινικής Δικονομίας",
           "άρθρο 29 της Σύμβασης της Βουδαπέστης", "άρθρο 5 του Κανονισμού (ΕΕ) 2023/1543"),
    "CZ": ("§ 230 odst. 1 trestního zákoníku", "§ 88a trestního řádu", "§ 7b trestního řádu",
           "čl. 5 nařízení (EU) 2023/1543"),
    "HU": ("Btk. 375. §", "Be. 261. §", "Btk. 423. § (1) bekezdés", "Budapesti Egyezmény 29. cikke"),
    "SE": ("27 kap. 4 § rättegångsbalken", "4 kap. 9 c § brottsbalken", "artikel 29 i Budapestkonventionen",
           "artikel 5 i förordning (EU) 2023/1543"),
    "RS": ("члана 302 Кривичног законика", "члана 286 Законика о кривичном поступку",
           "члана 29 Конвенције о високотехнолошком криминалу"),
}  # fmt: skip
CURRENCY = {"MX": "MXN", "AR": "ARS", "CO": "COP", "CL": "CLP", "MA": "MAD", "SN": "XOF", "NG": "NGN",
            "KE": "KES", "ZA": "ZAR", "PH": "PHP", "VN": "VND", "TH": "THB", "MY": "MYR", "IN": "INR",
            "PK": "PKR", "IL": "ILS", "IR": "IRR", "CZ": "CZK", "HU": "HUF", "SE": "SEK", "RS": "RSD"}  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def case_number(rng: random.Random, region: str) -> str:
    """A file number as that country's police, prosecutors or courts write it (no label word)."""
    y = rng.choice((2024, 2025))
    yy = f"{y % 100:02d}"

    def n(low: int, high: int) -> int:
        return rng.randint(low, high)

    def d(count: int) -> str:
        return "".join(rng.choice("0123456789") for _ in range(count))

    makers = {
        "MX": (lambda: f"FED/FECOC/SAU/{d(7)}/{y}", lambda: f"CI-FSA/UIC-{n(1, 9)}/{d(5)}/{n(1, 12):02d}-{y}"),
        "AR": (lambda: f"FLP {n(1000, 29999)}/{y}", lambda: f"IPP 07-00-{d(6)}-{yy}"),
        "CO": (lambda: f"11001{60}000{n(10, 99)}{y}{d(5)}", lambda: f"05001 60 00 206 {y} {d(5)}"),
        "CL": (lambda: f"{yy}00{d(6)}-{rng.choice('0123456789K')}", lambda: f"O-{n(100, 9999)}-{y}"),
        "PT": (lambda: f"{n(10, 9999)}/{yy}.{n(0, 9)}{rng.choice(('JAPRT', 'T9LSB', 'JELSB', 'PAVSR'))}",),
        "MA": (lambda: f"{n(100, 9999)}/BNPJ/{y}", lambda: f"{n(10, 999)}/2611/{y}"),
        "SN": (lambda: f"RP {n(100, 9999)}/{y}", lambda: f"RI {n(10, 999)}/{y}"),
        "BE": (lambda: f"{rng.choice(('BR', 'LG', 'NA'))}.{n(10, 99)}.{rng.choice('LF')}{n(1, 9)}.{d(6)}/{yy}",),
        "NG": (lambda: f"FHC/ABJ/CR/{n(10, 999)}/{y}", lambda: f"EFCC/CCU/ABJ/{n(100, 9999)}/{y}"),
        "KE": (lambda: f"E{n(100, 9999)} of {y}", lambda: f"OB {n(1, 90)}/{n(1, 28):02d}/{n(1, 12):02d}/{y}"),
        "ZA": (lambda: f"CAS {n(1, 999)}/{n(1, 12):02d}/{y}", lambda: f"SH {n(10, 999)}/{y}"),
        "PH": (lambda: f"XV-03-INV-{yy}{rng.choice('ABCDE')}-{d(5)}", lambda: f"R-QZN-{yy}-{d(5)}-CR"),
        "VN": (lambda: f"{n(1, 999)}/{y}/HSST", lambda: f"{n(1, 999)}/QĐ-VKS-P{n(1, 9)}"),
        "TH": (lambda: f"{n(1, 999)}/{y + 543}", lambda: f"อ.{n(100, 9999)}/{y + 543}"),
        "MY": (lambda: f"SERIMELUR/{d(6)}/{yy}", lambda: f"SM-62CY-{n(10, 999)}-{n(1, 12):02d}/{y}"),
        "IN": (lambda: f"{n(1, 999)}/{y}",),
        "PK": (lambda: f"{n(1, 999)}/{y}", lambda: f"{n(1, 999)}/{y}".translate(PERSIAN)),
        "IL": (lambda: f"{n(10000, 99999)}-{n(1, 12):02d}-{yy}", lambda: f"{d(6)}/{y}"),
        "IR": (lambda: f"{y - 621}{d(8)}".translate(PERSIAN), lambda: f"{y - 621}/{n(100, 9999)}".translate(PERSIAN)),
        "GR": (lambda: f"Δ{y}/{n(100, 99999)}", lambda: f"{n(1000, 9999)}/{n(1, 40)}/{n(100, 9999)}-α"),
        "CZ": (lambda: f"{n(1, 9)} T {n(1, 999)}/{y}", lambda: f"KRPA-{d(6)}-{n(1, 99)}/TČ-{y}-{d(6)}"),
        "HU": (lambda: f"{n(10, 30)}000/{n(100, 9999)}/{y}.bü.", lambda: f"{n(1, 9)}.B.{n(10, 999)}/{y}/{n(1, 9)}"),
        "SE": (lambda: f"5000-K{d(6)}-{yy}", lambda: f"B {n(100, 9999)}-{yy}", lambda: f"AM-{d(6)}-{yy}"),
        "RS": (lambda: f"КТР {n(10, 999)}/{yy}", lambda: f"К {n(10, 999)}/{yy}", lambda: f"Kt {n(10, 999)}/{yy}"),
    }  # fmt: skip
    return rng.choice(makers[region])()


def gregorian_to_jalali(day: dt.date) -> tuple[int, int, int]:
    """Solar Hijri date of a Gregorian one (the 33-year arithmetic rule, exact for 1178-1633 SH)."""
    gy, gm, gd = day.year, day.month, day.day
    before = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666
        + 365 * gy
        + (gy2 + 3) // 4
        - (gy2 + 99) // 100
        + (gy2 + 399) // 400
        + gd
        + before[gm - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


assert gregorian_to_jalali(dt.date(2025, 3, 21)) == (1404, 1, 1)
assert gregorian_to_jalali(dt.date(2024, 3, 20)) == (1403, 1, 1)
assert gregorian_to_jalali(dt.date(2025, 3, 20)) == (1403, 12, 30)


# --- canonical forms (the published gold conventions) -------------------------------------------
def host_form(host: str) -> str:
    host = host.rstrip(".").lower()
    return host if host.isascii() else idna.encode(host, uts46=True).decode("ascii")


def url_form(url: str) -> str:
    parts = urlsplit(url)
    host = host_form(parts.hostname or "")
    default = {"http": 80, "https": 443}[parts.scheme.lower()]
    netloc = host if parts.port in (None, default) else f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", parts.query, ""))


def phone_form(written: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(unicodedata.normalize("NFKC", ascii_digits(written)), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def ascii_digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)


def reference_form(written: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", written)).strip()


def username_form(written: str) -> str:
    return unicodedata.normalize("NFKC", written).lstrip("@").casefold()


def random_day(rng: random.Random) -> dt.date:
    return dt.date(2024, 2, 1) + dt.timedelta(days=rng.randint(0, 700))


# --- drawing values --------------------------------------------------------------------------------
IDN_LABELS = {"th": "ร้านค้า", "he": "חנות", "fa": "فروشگاه", "el": "κατάστημα", "cs": "obchod-žlutý",
              "sr": "продавница", "vi": "cửa-hàng", "es": "señal-sur", "pt": "pão-quente", "sv": "fågel-ö",
              "hu": "bolt-öt", "ta": "கடை"}  # fmt: skip
PATHS = ("/", "/p/{n}", "/u/{w}", "/invoice?id={n}", "/dl/{n}.apk", "/ref/{w}/{n}", "/claim-prize",
         "/g/{n}?src=wa", "/checkout/{n}", "")  # fmt: skip
IBAN_SHAPES = {"GR": "7n 16c", "CZ": "20n", "HU": "24n", "SE": "20n", "RS": "18n", "IL": "19n",
               "PK": "4a 16n", "IR": "22n", "CR": "18n", "DO": "4a 20n", "MU": "4a 19n 3a"}  # fmt: skip
IBAN_COUNTRY = {"PT": ("PT",), "BE": ("BE",), "MA": ("FR", "BE"), "SN": ("FR",), "GR": ("GR",), "CZ": ("CZ",),
                "HU": ("HU",), "SE": ("SE",), "RS": ("RS",), "IL": ("IL",), "PK": ("PK",), "IR": ("IR",),
                "MX": ("ES", "CR"), "AR": ("ES",), "CO": ("DO", "ES"), "CL": ("ES", "CR"), "NG": ("GB", "DE"),
                "KE": ("GB", "MU"), "ZA": ("GB", "MU"), "PH": ("GB", "NL"), "VN": ("DE", "LU"),
                "TH": ("GB", "CH"), "MY": ("GB", "AE"), "IN": ("AE", "GB")}  # fmt: skip
IBAN_LENGTH = {"GR": 27, "CZ": 24, "HU": 28, "SE": 24, "RS": 22, "IL": 23, "PK": 24, "IR": 26, "CR": 22,
               "DO": 28, "MU": 30}  # fmt: skip


def make_iban(rng: random.Random, country: str) -> str:
    if country not in IBAN_SHAPES:
        return cs.iban(rng, country)
    bban = ""
    for piece in IBAN_SHAPES[country].split():
        count, kind = int(piece[:-1]), piece[-1]
        pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789" * 4 + "ABCDEFHKLMNPRSTUVXZ"}[kind]  # fmt: skip
        bban += "".join(rng.choice(pool) for _ in range(count))
    if country == "CR":
        bban = "0" + bban[1:]
    value = f"{country}{98 - cs._mod97(bban + country + '00'):02d}{bban}"
    assert len(value) == IBAN_LENGTH[country], country
    return value


def crypto_address(rng: random.Random, kind: str) -> str:
    """Draw a valid address of one kind (`trx` TRON, `bch` CashAddr) in its canonical form."""
    if kind == "p2pkh":
        return cs.base58check(0x00, rng.randbytes(20))
    if kind == "p2sh":
        return cs.base58check(0x05, rng.randbytes(20))
    if kind == "wpkh":
        return cs.segwit_address("bc", 0, rng.randbytes(20))
    if kind == "wsh":
        return cs.segwit_address("bc", 0, rng.randbytes(32))
    if kind == "tr":
        return cs.segwit_address("bc", 1, rng.randbytes(32))
    if kind == "eth":
        return cs.eip55(rng.randbytes(20).hex())
    if kind == "trx":
        return cs.base58check(0x41, rng.randbytes(20))
    if kind == "xmr":
        return cs.monero(rng)
    if kind == "ltc":
        return cs.base58check(rng.choice((0x30, 0x32)), rng.randbytes(20))
    if kind == "ltc1":
        return cs.segwit_address("ltc", 0, rng.randbytes(20))
    if kind == "doge":
        return cs.base58check(0x1E, rng.randbytes(20))
    if kind == "dash":
        return cs.base58check(0x4C, rng.randbytes(20))
    if kind == "bch":
        return cs.cashaddr(rng.randbytes(20), rng.choice((0, 1)))
    raise ValueError(f"no address kind {kind!r}")


class Draw:
    """The values of one document: each slot drawn, written and given its canonical form."""

    def __init__(self, rng: random.Random, language: str, region: str, defanged: bool) -> None:
        self.rng, self.language, self.region, self.defanged = rng, language, region, defanged
        self.kit = KITS[language]
        self.users = list(self.kit["users"])
        self.handles = list(HANDLES)
        rng.shuffle(self.users)
        rng.shuffle(self.handles)
        self.cited: list[str] = []

    def _dot(self, host: str) -> str:
        head, _, tail = host.rpartition(".")
        return head + self.rng.choice(("[.]", "[.]", "(.)", "[dot]")) + tail

    def host(self) -> str:
        r = self.rng
        if self.language in IDN_LABELS and r.random() < 0.15:
            return (
                f"{IDN_LABELS[self.language]}.{r.choice(('example', 'example.com', 'example.net'))}"
            )
        sub = r.choice(("", "", "", "m.", "secure.", "app.", "pay."))
        return f"{sub}{r.choice(COMMON['hosts'])}.{r.choice(('example.com', 'example.net', 'example.org', 'example'))}"

    def value(self, name: str) -> tuple[str, str, int, int]:
        """Text written for a slot, its canonical form, and the label's span inside the text."""
        r = self.rng
        if name in ("date", "wdate", "ndate"):
            return self._date(random_day(r), name)
        if name == "url":
            host = self.host()
            path = r.choice(PATHS).format(n=r.randint(10, 99999), w=r.choice(COMMON["hosts"]))
            written = f"{r.choice(('https', 'https', 'http'))}://{host}{r.choice(('', '', '', ':8443', ':81'))}{path}"
            canonical = url_form(written)
            if self.defanged:
                written = written.replace("http", r.choice(("hxxp", "hXXp")), 1).replace(
                    host, self._dot(host), 1
                )
            return written, canonical, 0, len(written)
        if name == "domain":
            host = self.host()
            written = self._dot(host) if self.defanged else host
            return written, host_form(host), 0, len(written)
        if name == "email":
            local = r.choice(COMMON["locals"])
            domain = self.host().removeprefix("m.").removeprefix("app.")
            canonical = f"{local}@{host_form(domain)}"
            written = f"{local}@{domain}"
            if self.defanged:
                written = local + r.choice(("[at]", "(at)", " [at] ", "[@]")) + self._dot(domain)
            return written, canonical, 0, len(written)
        if name == "ipv4":
            address = r.choice(("192.0.2.", "198.51.100.", "203.0.113.")) + str(r.randint(1, 254))
            written = address.replace(".", "[.]") if self.defanged and r.random() < 0.5 else address
            return written, address, 0, len(written)
        if name == "ipv6":
            groups = [r.randint(0, 0xFFFF) for _ in range(6)]
            for _ in range(r.randint(1, 3)):
                groups[r.randint(1, 5)] = 0
            address = ipaddress.IPv6Address(
                (0x20010DB8 << 96) | int("".join(f"{g:04x}" for g in groups), 16)
            )
            written = r.choice((address.compressed, address.compressed, address.exploded.upper()))
            return written, address.compressed, 0, len(written)
        if name in ("phone", "iphone"):
            return self.phone(name == "iphone")
        if name == "user":
            base = self.users.pop() if self.users and r.random() < 0.6 else self.handles.pop()
            return base, username_form(base), 0, len(base)
        if name == "@user":
            written = "@" + self.handles.pop()
            return written, username_form(written), 0, len(written)
        if name == "onion":
            host = cs.onion_v3(r)
            written = self._dot(host) if self.defanged else host
            return written, host, 0, len(written)
        if name == "crypto":
            written, canonical = self.crypto()
            return written, canonical, 0, len(written)
        if name == "iban":
            compact = make_iban(r, r.choice(IBAN_COUNTRY[self.region]))
            if r.random() < 0.6:
                spaced = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
                return spaced, compact, 0, len(spaced)
            return compact, compact, 0, len(compact)
        if name == "case":
            written = case_number(r, self.region)
            return written, reference_form(written), 0, len(written)
        if name == "legal":
            unused = [ref for ref in LEGAL[self.region] if ref not in self.cited] or list(
                LEGAL[self.region]
            )
            written = r.choice(unused)
            self.cited.append(written)
            return written, reference_form(written), 0, len(written)
        raise ValueError(name)

    def _date(self, day: dt.date, name: str) -> tuple[str, str, int, int]:
        # A "|" in a date pattern ends the labelled part: what follows is a year word, an
        # ordinal dot or a weekday after the date, written but outside the label.
        head, _, tail = self.date_text(day, name).partition("|")
        return head + tail, day.isoformat(), 0, len(head)

    def date_text(self, day: dt.date, name: str) -> str:
        kit, r = self.kit, self.rng
        if name == "ndate":
            formats = [f for f in kit["dates"] if "month" not in f and "mon}" not in f]
        else:
            us = self.region == "PH" and "us_dates" in kit
            formats = list(kit[("us_" if us else "") + ("wdates" if name == "wdate" else "dates")])
        pattern = r.choice(formats)
        script = pattern[:2] if pattern[:2] in ("U:", "P:", "J:") else ""
        pattern = pattern.removeprefix(script)
        months = kit.get("months", ("",) * 12)
        jy, jm, jd = gregorian_to_jalali(day)
        text = pattern.format(
            d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=day.year,
            yy=f"{day.year % 100:02d}", month=months[day.month - 1], mon=kit.get("mons", months)[day.month - 1],
            wd=kit["weekdays"][day.weekday()], by=day.year + 543, byy=f"{(day.year + 543) % 100:02d}",
            jy=jy, jd=jd, jdd=f"{jd:02d}", jmm=f"{jm:02d}", jmonth=kit.get("jmonths", months)[jm - 1],
        )  # fmt: skip
        return text.translate(PERSIAN) if script else text

    def phone(self, international: bool) -> tuple[str, str, int, int]:
        national, intl = PHONES[self.region]
        for _ in range(2000):
            shape = self.rng.choice(intl if international else national)
            written = "".join(self.rng.choice("0123456789") if c == "#" else c for c in shape)
            canonical = phone_form(written, self.region)
            if canonical is None:
                continue
            if self.language in ("fa", "ur") and not international and self.rng.random() < 0.5:
                written = written.translate(PERSIAN)
            return written, canonical, 0, len(written)
        raise RuntimeError(f"no valid phone for {self.region}: {national + intl}")

    def crypto(self) -> tuple[str, str]:
        r = self.rng
        kind = r.choice(("p2pkh", "p2sh", "wpkh", "wsh", "tr", "eth", "eth", "trx", "xmr", "ltc", "ltc1", "doge", "bch"))  # fmt: skip
        value = crypto_address(r, kind)
        if kind == "eth" and r.random() < 0.25:
            return value.lower(), value
        if kind == "bch" and r.random() < 0.5:
            return value.removeprefix("bitcoincash:"), value
        return value, value

    def distractor(self, name: str) -> str:
        r = self.rng
        if name == "time":
            return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        if name == "port":
            return str(r.randint(1025, 65535))
        if name == "amount":
            money = CURRENCY.get(self.region, "EUR")
            return r.choice((f"{r.randint(2, 90)}.{r.randint(100, 999)} USD", f"{money} {r.randint(10, 99)},{r.randint(100, 999)}.00",
                             f"{r.randint(1, 9)}.{r.randint(10, 99)} ETH", f"{r.randint(100, 9999)} USDT",
                             f"{r.randint(10, 500)} 000 {money}"))  # fmt: skip
        if name == "version":
            return f"{r.randint(2, 19)}.{r.randint(0, 9)}.{r.randint(0, 40)}"
        if name == "hash":
            return r.randbytes(20).hex()
        if name == "account":
            return "".join(r.choice("0123456789") for _ in range(r.choice((10, 12, 13))))
        if name == "file":
            return r.choice(
                (
                    "evidencia_01.jpg",
                    "log_export.csv",
                    "chat.zip",
                    "recibo.pdf",
                    "setup.exe",
                    "dump.tar.gz",
                )
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


# --- layouts ---------------------------------------------------------------------------------------
KINDS = ("url", "domain", "email", "ipv4", "ipv6", "phone", "user", "onion", "crypto", "iban")


def pick(rng: random.Random, low: int, high: int, pool: tuple[str, ...] = KINDS) -> list[str]:
    chosen = set(rng.sample(pool, rng.randint(low, high)))
    return [k for k in pool if k in chosen]


def slot(kind: str, rng: random.Random) -> str:
    """One identifier as a field value, users written in one of several habits."""
    if kind == "user":
        return rng.choice(
            ("{user}", "{@user}", "({user})", "“{user}”", "{user} / {user}", "{user}; {user}")
        )
    if kind == "ipv4":
        return rng.choice(
            ("{ipv4} ({ndate} {~time} UTC, port {~port})", "{ipv4}:{~port} — {date} {~time} UTC")
        )
    if kind == "ipv6":
        return rng.choice(("{ipv6} — {ndate} {~time} UTC", "[{ipv6}]:{~port} ({date})"))
    if kind == "phone":
        return rng.choice(("{phone}", "{iphone}"))
    return "{" + kind + "}"


def label(kit: dict[str, Any], kind: str) -> str:
    return "IPv6" if kind == "ipv6" else kit["L"]["ip" if kind == "ipv4" else kind]


def court_order(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """Court order with recitals and an operative part listing the identifiers."""
    p.put(rng.choice(kit["court"]))
    p.put(f"{kit['L']['case']}: {{case}}")
    p.put()
    p.put(kit["titles"]["order"])
    p.put()
    # Hebrew writes the conjunction ו against the next word.
    whereas = kit["whereas"] + ("" if kit["whereas"].endswith("ו") else " ")
    for fact in rng.sample(kit["facts"], 2):
        p.put(whereas + fact)
    p.put(whereas + rng.choice(kit["legal_line"]))
    p.put()
    p.put(f"{kit['orders']}:")
    kinds = pick(rng, 3, 5)
    for index, kind in enumerate(kinds, 1):
        p.put(f"{index}. {label(kit, kind)}: {slot(kind, rng)}")
    p.put(f"{len(kinds) + 1}. {kit['ask']}")
    p.put()
    p.put(rng.choice(kit["place"]))


def portal(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A submission through a provider's legal-process portal: English fields, free text in the language."""
    p.put(f"{rng.choice(COMMON['providers'])} — Law Enforcement Request Portal")
    p.put(f"Submission ID: LERS-{rng.randint(1000000, 9999999)}   Status: Submitted")
    p.put(
        "Request type: "
        + rng.choice(("Emergency Disclosure", "Preservation", "Legal Process (Subpoena/Order)"))
    )
    p.put("Agency: " + rng.choice(kit["unit"]))
    p.put("Agent e-mail: {email}")
    p.put("Agent phone: {iphone}")
    p.put("Case number: {case}")
    p.put("Legal process: {legal}")
    p.put("Date range: {ndate} to {ndate}")
    p.put()
    p.put("Accounts / identifiers:")
    for kind in pick(rng, 2, 4, ("url", "email", "user", "phone", "ipv4", "domain")):
        p.put(f"  [{kind.upper()}] {slot(kind, rng)}")
    p.put()
    p.put(f"Description ({rng.choice(('original language', 'as written by the officer'))}):")
    p.put(rng.choice(kit["facts"]))


def diffusion(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """An Interpol-style diffusion: capitalised headings, a reference, facts and identifiers."""
    p.put(
        f"INTERPOL — NCB {rng.choice(('SAN AURELIO', 'CAP-SOLEIL', 'RIVERBEND', 'STRANDBY', 'NILOUFAR'))}"
    )
    p.put(f"{kit['titles']['notice']} / DIFFUSION — {rng.choice(('BLUE', 'GREEN', 'ORANGE'))}")
    p.put("REF: {case}    {wdate}")
    p.put()
    p.put(f"{kit['L']['subject'].upper()}: {kit['urgent']}")
    p.put(rng.choice(kit["facts"]))
    p.put()
    p.put("IDENTIFIERS:")
    for kind in pick(rng, 2, 4):
        p.put(f"  - {label(kit, kind).upper()}: {slot(kind, rng)}")
    p.put(f"{kit['L']['legal'].upper()}: {{legal}}")
    p.put(
        f"CONTACT: {rng.choice(('Insp.', 'Cmdr.', 'Sgt.'))} {rng.choice(('R. Alvarado', 'O. Adebayo', 'L. Strand', 'N. Papas'))}, {{iphone}}"
    )


def annex(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """An annex to a joint investigation team agreement: a pipe table of targets."""
    p.put(f"{kit['titles']['annex']} ({kit['L']['date']}: {{date}})")
    p.put(f"{kit['L']['case']}: {{case}}; {kit['L']['legal']}: {{legal}}")
    p.put()
    p.put(f"| # | Type | {kit['L']['user']} | {kit['L']['period']} |")
    p.put("|---|------|------|------|")
    for index, kind in enumerate(pick(rng, 3, 6), 1):
        value = slot(kind, rng) if kind not in ("ipv4", "ipv6") else "{" + kind + "}"
        p.put(f"| {index} | {kind.upper()} | {value} | {{ndate}} – {{ndate}} |")
    p.put()
    p.put(rng.choice(kit["place"]))


def freeze(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A request to a bank or an exchange to freeze accounts and wallets."""
    p.put(rng.choice(kit["unit"]))
    p.put(f"{kit['L']['phone']}: {{phone}} — {kit['L']['email']}: {{email}}")
    p.put()
    p.put(kit["titles"]["freeze"])
    p.put(f"{kit['L']['case']}: {{case}}")
    p.put()
    p.put(rng.choice(kit["legal_line"]))
    p.put(kit["freeze_ask"])
    for _ in range(rng.randint(1, 3)):
        p.put(f"  • {kit['L']['iban']}: {{iban}} (~{{~amount}})")
    if rng.random() < 0.5:
        p.put("  • SWIFT/BIC: ZZEXBNK1XXX, acct {~account}")
    for _ in range(rng.randint(1, 2)):
        p.put(f"  • {kit['L']['crypto']}: {{crypto}}")
    p.put()
    p.put(rng.choice(kit["place"]))
    p.put(kit["bye"])


def chat(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """An urgent chat between contact points, pasted with timestamps (values often defanged)."""
    who = rng.sample(("Ana (24/7 PoC)", "Duty officer", "Kwame", "Liisa_SOC", "Minh", "Yusuf"), 2)
    p.put(f"[{{~time}}] {who[0]}: {kit['urgent']}!!")
    p.put(f"[{{~time}}] {who[0]}: {rng.choice(kit['facts'])}")
    p.put(f"[{{~time}}] {who[1]}: ok, {kit['L']['case'].lower()}? ")
    p.put(f"[{{~time}}] {who[0]}: {{case}}")
    for kind in pick(rng, 2, 3, ("url", "domain", "email", "onion", "ipv4", "user")):
        p.put(f"[{{~time}}] {who[0]}: {label(kit, kind)} {slot(kind, rng)}")
    p.put(f"[{{~time}}] {who[1]}: 👍 {rng.choice(('preserving now', 'sent to provider', 'on it'))}")


def _wrap(template: str, rng: random.Random) -> list[str]:
    """Break a template at random widths between slots and words, as a fax re-typed by hand."""
    words = template.split(" ")
    lines, line = [], ""
    width = rng.randint(26, 44)
    for word in words:
        if line and len(line) + len(word) > width:
            lines.append(line)
            line, width = word, rng.randint(22, 48)
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return lines


def fax(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A faxed letter typed back from paper: fax banner, short broken lines, page marks."""
    p.put("FAX FROM: {iphone}    {ndate} {~time}    P.01/02")
    p.put("-" * rng.randint(30, 50))
    p.put(rng.choice(kit["unit"]).upper())
    p.put(f"{kit['L']['case']} {{case}}")
    p.put()
    body = [rng.choice(kit["legal_line"]), kit["ask"], *rng.sample(kit["facts"], 2)]
    for paragraph in body:
        for line in _wrap(paragraph, rng):
            p.put(line)
        p.put()
    p.put("FAX FROM: {iphone}    {ndate}    P.02/02")
    p.put(rng.choice(kit["place"]))


def tabs(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A connection log pasted from a spreadsheet: tab-separated columns."""
    L = kit["L"]
    p.put(f"{L['user']}: {{@user}}\t{L['case']}: {{case}}")
    p.put("\t".join(("#", L["date"], L["time"], L["ip"], L["port"], "User-Agent")))
    for index in range(1, rng.randint(4, 7)):
        address = "{ipv6}" if rng.random() < 0.3 else "{ipv4}"
        p.put(
            "\t".join(
                (
                    str(index),
                    rng.choice(("{ndate}", "{date}")),
                    "{~time}",
                    address,
                    "{~port}",
                    "App/{~version}",
                )
            )
        )
    p.put()
    p.put(rng.choice(kit["facts"]))


def chain(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A forwarded e-mail chain: the analyst's note on top, quoted messages below (defanged)."""
    L = kit["L"]
    p.put(kit["hello"])
    p.put(rng.choice(kit["facts"]))
    p.put()
    p.put(f"-------- {L['fwd']} --------")
    p.put(
        f"{L['from']}: {rng.choice(('M. Ferraz', 'A. Njoroge', 'K. Lind', 'T. Horvath'))} <{{email}}>"
    )
    p.put(f"{L['sent']}: {{wdate}} {{~time}}")
    p.put(f"{L['subject']}: {kit['titles']['letter']} ({{case}})")
    p.put()
    for fact in rng.sample(kit["facts"], 2):
        p.put("> " + fact)
    p.put("> " + rng.choice(kit["legal_line"]).replace(",", "").rstrip() + " …")
    p.put(">> " + kit["urgent"] + f" {label(kit, 'phone')}: {{iphone}}")


def letter(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A letter of request in prose: authority, reference, facts, request, accounts in a sentence."""
    p.put(rng.choice(kit["unit"]))
    p.put(f"{kit['L']['case']}: {{case}}")
    p.put(rng.choice(kit["place"]))
    p.put()
    p.put(kit["titles"]["letter"])
    p.put()
    p.put(kit["hello"])
    for fact in rng.sample(kit["facts"], rng.randint(3, 4)):
        p.put(fact)
    p.put(rng.choice(kit["legal_line"]))
    p.put(kit["ask"])
    p.put(f"{kit['L']['iban']}: {{iban}}")
    p.put()
    p.put(kit["bye"])
    p.put(f"{kit['L']['phone']}: {{phone}}")


def note(p: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A short note: one fact and the accounts concerned, joined by slashes or semicolons."""
    p.put(rng.choice(kit["facts"]))
    joiner = rng.choice((" / ", "; ", f" {kit['L']['and']} "))
    p.put(f"{kit['L']['user']}: " + joiner.join(["{user}"] * rng.randint(2, 3)))
    if rng.random() < 0.5:
        p.put(f"{kit['L']['legal']}: {{legal}} — {kit['L']['date']}: {{date}}")


LAYOUTS = {"order": court_order, "portal": portal, "diffusion": diffusion, "annex": annex,
           "freeze": freeze, "chat": chat, "fax": fax, "tabs": tabs, "chain": chain,
           "letter": letter, "note": note}  # fmt: skip
DEFANGED = {"chat", "chain"}


# --- every label re-read from the text it covers --------------------------------------------------
EXAMPLE_HOST = re.compile(r"(^|\.)(example|example\.com|example\.net|example\.org)$")
DOCS_V4 = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
UNDEFANG = (("hxxp", "http"), ("hXXp", "http"), ("[.]", "."), ("(.)", "."), ("[dot]", "."),
            (" [at] ", "@"), ("[at]", "@"), ("(at)", "@"), ("[@]", "@"))  # fmt: skip


class GoldError(AssertionError):
    """A label that does not hold."""


def undefang(text: str) -> str:
    for old, new in UNDEFANG:
        text = text.replace(old, new)
    return text


def check(label_: dict[str, Any], text: str, region: str, language: str) -> None:
    span = text[label_["start"] : label_["end"]]
    kind, value = label_["type"], label_["normalized"]

    def fail(why: str) -> None:
        raise GoldError(f"{language} {kind} {span!r} -> {value!r}: {why}")

    if not span or span != span.strip():
        fail("empty or padded span")
    plain = undefang(span)
    if kind == "ipv4":
        if plain != value or not any(ipaddress.ip_address(value) in n for n in DOCS_V4):
            fail("not a documentation IPv4")
    elif kind == "ipv6":
        if str(ipaddress.IPv6Address(span)) != value or ipaddress.IPv6Address(
            value
        ) not in ipaddress.ip_network("2001:db8::/32"):
            fail("not a documentation IPv6")
    elif kind == "phone":
        number = phonenumbers.parse(ascii_digits(span), region)
        if (
            not phonenumbers.is_valid_number(number)
            or phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != value
        ):
            fail("phone does not re-parse")
    elif kind in ("url", "email", "domain"):
        host = urlsplit(value).hostname if kind == "url" else value.rpartition("@")[2]
        if not EXAMPLE_HOST.search(host or ""):
            fail("not an example host")
        if kind == "domain" and idna.encode(plain, uts46=True).decode() != value:
            fail("host differs")
        if kind == "email" and plain.rpartition("@")[0] != value.rpartition("@")[0]:
            fail("mailbox differs")
        if kind == "url" and not plain.lower().startswith(value.split("://")[0] + "://"):
            fail("scheme differs")
    elif kind == "username":
        if unicodedata.normalize("NFKC", span).lstrip("@").casefold() != value or " " in span:
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
    elif kind in ("case_reference", "legal_reference"):
        if not any(c.isdigit() for c in span) or reference_form(span) != value:
            fail("reference without a number or not folded")
    elif kind == "date":
        _check_date(span, dt.date.fromisoformat(value), KITS[language], fail)
    else:
        fail("unknown type")


def crypto_holds(span: str, value: str) -> bool:
    """Whether a written address is its labelled canonical form with a valid checksum."""
    low = span.lower()
    if low.startswith("0x"):
        return cs.eip55(span[2:]) == value
    if low.startswith(("bc1", "ltc1")):
        return low == value and cs.segwit_ok(value)
    if value.startswith("bitcoincash:"):
        return value.endswith(low) and cs.cashaddr_ok(value)
    if len(span) == 95:
        return span == value and cs.monero_ok(span)
    return span == value and cs.base58check_ok(span) and len(cs.b58_decode(span)) == 25


def _check_date(span: str, day: dt.date, kit: dict[str, Any], fail: Any) -> None:
    numbers = [int(x) for x in re.findall(r"\d+", ascii_digits(span))]
    jy, jm, jd = gregorian_to_jalali(day)
    named = [
        name
        for key in ("months", "mons", "jmonths")
        for name in kit.get(key, ())
        if name and name in span
    ]
    if kit.get("jalali") and (jy in numbers or any(n in kit["jmonths"] for n in named)):
        if jy not in numbers or jd not in numbers:
            fail("Solar Hijri year or day not written")
        if kit["jmonths"][jm - 1] not in named and jm not in numbers:
            fail("Solar Hijri month not written")
        return
    years = {day.year, day.year % 100, day.year + 543, (day.year + 543) % 100}
    if not years & set(numbers) or day.day not in numbers:
        fail("year or day not written")
    month_names = {kit[key][day.month - 1] for key in ("months", "mons") if key in kit}
    if not month_names & set(named) and day.month not in numbers:
        fail("month not written")


def validate(doc: dict[str, Any]) -> None:
    spans = sorted((label_["start"], label_["end"]) for label_ in doc["labels"])
    for (_, end), (start, _) in itertools.pairwise(spans):
        if start < end:
            raise GoldError(f"overlapping labels in {doc['text'][:80]!r}")
    for label_ in doc["labels"]:
        check(label_, doc["text"], doc["region"], doc["language"])
    if "{" in doc["text"] or "}" in doc["text"]:
        raise GoldError(f"unfilled template in {doc['text'][:80]!r}")


# --- corpus ----------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for language, kit in KITS.items():
        regions = list(kit["regions"])
        for index, (layout, build) in enumerate(LAYOUTS.items()):
            region = regions[index % len(regions)] if len(regions) > 1 else regions[0]
            page = Page(Draw(rng, language, region, defanged=layout in DEFANGED))
            build(page, kit, rng)
            doc = {"language": language, "region": region, "genre": layout,
                   "variant": "defanged" if layout in DEFANGED else "clean",
                   "text": page.text, "labels": page.labels}  # fmt: skip
            validate(doc)
            out.append(doc)
    return out


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    docs = documents(random.Random(SEED))
    write_texts(folder, docs)
    return docs


def write_texts(folder: Path, docs: list[dict[str, Any]]) -> None:
    """Write each document's text, and its labels without the text, under folder/text."""
    (folder / "text").mkdir(parents=True)
    for index, doc in enumerate(docs):
        stem = f"{index:04d}_{doc['language']}_{doc['genre']}_{doc['variant']}"
        text = doc.pop("text")
        (folder / "text" / f"{stem}.txt").write_text(text, encoding="utf-8")
        (folder / "text" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def same_tree(left: Path, right: Path) -> bool:
    comparison = filecmp.dircmp(left, right)
    if comparison.left_only or comparison.right_only or comparison.funny_files:
        return False
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    if mismatch or errors:
        return False
    return all(same_tree(left / name, right / name) for name in comparison.common_dirs)


def main() -> None:
    """Write the corpus, or with --check compare the committed corpus with the seed's."""
    write_or_check(
        CORPUS, write_corpus, __doc__, up_to_date_note=" (scored once; see bench/intake/README.md)"
    )


def write_or_check(
    corpus: Path,
    write: Callable[[Path], list[dict[str, Any]]],
    description: str,
    up_to_date_note: str = "",
) -> None:
    """Write a set's corpus and print its counts, or with --check compare it with the seed's."""
    parser = argparse.ArgumentParser(description=description.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when corpus/ is stale")
    arguments = parser.parse_args()
    name = corpus.parent.name
    if arguments.check:
        with tempfile.TemporaryDirectory() as temporary:
            fresh = Path(temporary) / "corpus"
            write(fresh)
            if not corpus.exists() or not same_tree(fresh, corpus):
                sys.exit(f"bench/intake/{name}/corpus is stale: run make_{name}.py")
        print(f"bench/intake/{name}/corpus is up to date{up_to_date_note}")
        return
    if corpus.exists():
        shutil.rmtree(corpus)
    docs = write(corpus)
    counts: dict[str, int] = {}
    for doc in docs:
        for label_ in doc["labels"]:
            counts[label_["type"]] = counts.get(label_["type"], 0) + 1
    languages = sorted({doc["language"] for doc in docs})
    print(
        f"{len(docs)} documents, {sum(counts.values())} labels, {len(languages)} languages: {', '.join(languages)}"
    )
    print("  ".join(f"{kind} {count}" for kind, count in sorted(counts.items())))


if __name__ == "__main__":
    main()
