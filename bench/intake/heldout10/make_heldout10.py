"""Write the tenth held-out corpus (scored once, now a development set): 78 texts in 12 languages and 3 scanned letters.

Made blind: by a hand that read neither the extractor nor any list of misses nor the other
corpora's texts, templates or kits; only bench/intake/README.md's conventions, one earlier JSON
file's keys, `normalize.py`'s docstrings and the earlier sets' helpers, imported below. Six
languages the product was developed on (en, fr, es, de, ru, it) and six no earlier set has:
Welsh (cy), Luxembourgish (lb), Bosnian (bs), Uzbek (uz, Latin), Mongolian (mn, Cyrillic) and
Sinhala (si). Six layouts per language, none used before: a provider refusing a preservation
extension, an online-abuse hotline referral form (defanged), a carrier's IMEI/IMSI lookup reply
(typed back from a scan), a police press release on a takedown (defanged), a mutual legal
assistance chronology of correspondence, and a fixed-width wallet ledger; the six new languages
have the chronology once more, typed back from a scan. Every label is re-read from its span
before anything is written, and nothing is written if one fails.

    .venv/bin/python bench/intake/heldout10/make_heldout10.py [--check]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import itertools
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import idna
import phonenumbers

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout2 import checksums as cs  # noqa: E402
from bench.intake.heldout4.make_heldout4 import (  # noqa: E402
    crypto_address,
    crypto_holds,
    reference_form,
    url_form,
    username_form,
    write_or_check,
    write_texts,
)
from bench.intake.heldout10.kits import CY_ORD, DAYS, DEVELOPED, KITS, NEW  # noqa: E402
from rogatory.intake.normalize import normalize  # noqa: E402  (fixed points only)

SEED = 20261130
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{(\w+)\}")
DOCS_V4 = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
EXAMPLE_HOST = re.compile(r"(^|\.)example\.(com|net|org)$")
UNDEFANG = (("hxxp", "http"), ("hXXp", "http"), ("[.]", "."), ("(.)", "."), ("[dot]", "."),
            ("[at]", "@"), ("(at)", "@"))  # fmt: skip
IBAN_EXTRA = {"BA": ("16n", 20), "MN": ("16n", 20)}
CRYPTO_KINDS = ("p2pkh", "eth", "wpkh", "xmr", "ltc", "tr", "doge", "bch", "trx", "p2sh",
                "ethlow", "dash", "wsh", "ltc1", "bchbare")  # fmt: skip
ASSET = {"p2pkh": "BTC", "p2sh": "BTC", "wpkh": "BTC", "wsh": "BTC", "tr": "BTC", "eth": "ETH", "ethlow": "USDT",
         "xmr": "XMR", "ltc": "LTC", "ltc1": "LTC", "doge": "DOGE", "bch": "BCH", "bchbare": "BCH", "trx": "TRX",
         "dash": "DASH"}  # fmt: skip
LAYOUTS = ("extension", "hotline", "imei", "press", "chronology", "ledger")
VARIANT = {"extension": "clean", "hotline": "defanged", "imei": "typed", "press": "defanged",
           "chronology": "clean", "ledger": "clean"}  # fmt: skip
WORDS = (
    "kontor",
    "parcel",
    "vault",
    "mercat",
    "portal",
    "secure-login",
    "billing",
    "tokenhub",
    "relay",
)
PATHS = ("/login", "/p/{n}", "/u/{w}/{n}", "/verify?id={n}", "/files/{n}", "/claim", "/")


class GoldError(AssertionError):
    """A label that does not hold."""


def undefang(text: str) -> str:
    for old, new in UNDEFANG:
        text = text.replace(old, new)
    return text


def host_value(host: str) -> str:
    return idna.encode(host.rstrip(".").lower(), uts46=True, transitional=False).decode("ascii")


def make_iban(r: random.Random, country: str) -> str:
    if country not in IBAN_EXTRA:
        return cs.iban(r, country)
    body = "".join(r.choice("0123456789") for _ in range(14))
    if country == "BA":  # the national check: the BBAN itself is 1 mod 97
        body += f"{next(d for d in range(100) if int(body + f'{d:02d}') % 97 == 1):02d}"
    else:
        body += "".join(r.choice("0123456789") for _ in range(2))
    check = 98 - cs._mod97(body + country + "00")
    return f"{country}{check:02d}{body}"


def iban_length(country: str) -> int:
    return IBAN_EXTRA[country][1] if country in IBAN_EXTRA else cs.IBAN_LENGTHS[country]


def luhn_imei(r: random.Random) -> str:
    body = "35" + "".join(r.choice("0123456789") for _ in range(12))
    return body + cs.luhn_digit(body)


# --- dates ----------------------------------------------------------------------------------------
MN_END = {
    0: "-ны",
    1: "-ний",
    2: "-ны",
    3: "-ны",
    4: "-ний",
    5: "-ны",
    6: "-ны",
    7: "-ны",
    8: "-ны",
    9: "-ний",
}


def write_date(lang: str, style: str, day: dt.date, r: random.Random) -> tuple[str, str]:
    """The date as the language writes it: (the labelled part, what follows it unlabelled)."""
    k = KITS[lang]
    m = k["months"][0][day.month - 1]
    wd = k["weekdays"][day.weekday()]
    dd, mm, y = f"{day.day:02d}", f"{day.month:02d}", day.year
    if style == "num":
        if k["order"] == "ymd":
            return f"{y}.{mm}.{dd}", ""
        sep = "/" if lang in ("en", "fr", "es", "it", "cy") else "."
        tail = {"bs": ".", "uz": " y.", "ru": " г."}.get(lang, "")
        return f"{dd}{sep}{mm}{sep}{y}", tail
    tail = {"ru": " г.", "bs": ". godine"}.get(lang, "")
    if lang == "en":
        long = f"{day.day} {m} {y}"
    elif lang == "fr":
        long = f"{'1er' if day.day == 1 else day.day} {m} {y}"
    elif lang == "es":
        long = f"{day.day} de {m} de {y}"
    elif lang in ("de", "lb", "bs"):
        long = f"{day.day}. {m} {y}"
    elif lang in ("ru", "it"):
        long = f"{day.day} {m} {y}"
    elif lang == "cy":
        if style == "long" and day.day <= 20 and r.random() < 0.5:
            long = f"{day.day}{CY_ORD[day.day]} o {k['months'][1][day.month - 1]} {y}"
        else:
            long = f"{day.day} {m} {y}"
    elif lang == "uz":
        long = f"{y}-yil {day.day}-{m}"
    elif lang == "mn":
        return f"{y} оны {m} {day.day}", MN_END[day.day % 10]
    elif lang == "si":
        long = f"{y} {m} {day.day}"
    else:
        raise ValueError(lang)
    if style == "wlong" and lang not in ("ru", "uz", "si"):
        sep = " " if lang in ("fr", "it") else ", "
        return f"{wd}{sep}{long}", tail
    return long, tail


def reread_date(span: str, lang: str) -> dt.date:
    """Read the day back from the written date: weekday, month name or number, day, year."""
    k = KITS[lang]
    text, weekday = span, None
    for index, name in sorted(enumerate(k["weekdays"]), key=lambda p: -len(p[1])):
        if text.lower().startswith(name.lower()):
            weekday, text = index, text[len(name) :]
            break
    month = None
    forms = sorted(
        ((i, f) for forms in k["months"] for i, f in enumerate(forms)), key=lambda p: -len(p[1])
    )
    for index, form in forms:
        at = text.lower().find(form.lower())
        if at >= 0 and not (text[at + len(form) : at + len(form) + 1].isalpha()):
            month, text = index + 1, text[:at] + " " + text[at + len(form) :]
            break
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if month is not None:
        years = [n for n in numbers if n > 1000]
        days = [n for n in numbers if n <= 31]
        if len(years) != 1 or len(days) != 1 or len(numbers) != 2:
            raise GoldError(f"date {span!r} does not re-read")
        day = dt.date(years[0], month, days[0])
    else:
        if len(numbers) != 3:
            raise GoldError(f"date {span!r} does not re-read")
        iso = re.fullmatch(r"\d{4}-\d{2}-\d{2}", span)
        y, m, d = numbers if iso or k["order"] == "ymd" else numbers[::-1]
        day = dt.date(y, m, d)
    if weekday is not None and day.weekday() != weekday:
        raise GoldError(f"weekday of {span!r}")
    return day


# --- a document under construction -----------------------------------------------------------------
class Page:
    def __init__(self, lang: str, layout: str, variant: str, r: random.Random) -> None:
        self.lang, self.layout, self.variant, self.r = lang, layout, variant, r
        self.kit = KITS[lang]
        self.region = self.kit["region"]
        self.text = ""
        self.labels: list[dict[str, Any]] = []

    def add(self, text: str) -> None:
        self.text += text

    def lab(self, kind: str, written: str, value: str) -> None:
        start = len(self.text)
        self.text += written
        self.labels.append(
            {"type": kind, "normalized": value, "start": start, "end": len(self.text)}
        )

    def line(self, template: str = "") -> None:
        self.fill(template)
        self.add("\n")

    def fill(self, template: str) -> None:
        at = 0
        for match in SLOT.finditer(template):
            self.add(template[at : match.start()])
            self.slot(match.group(1))
            at = match.end()
        self.add(template[at:])

    # identifiers ---------------------------------------------------------------------------------
    def slot(self, kind: str) -> None:
        getattr(self, "s_" + kind)()

    def day(self) -> dt.date:
        return dt.date(2024, 3, 1) + dt.timedelta(days=self.r.randint(0, 640))

    def s_date(self, style: str = "long") -> None:
        day = self.day()
        inside, tail = write_date(self.lang, style, day, self.r)
        self.lab("date", inside, day.isoformat())
        self.add(tail)

    def s_wdate(self) -> None:
        self.s_date("wlong")

    def s_ndate(self) -> None:
        self.s_date("num")

    def s_iso(self) -> None:
        day = self.day()
        self.lab("date", day.isoformat(), day.isoformat())
        self.add(
            f"T{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}:{self.r.randint(0, 59):02d}Z"
        )

    def case_number(self, lang: str | None = None) -> tuple[str, str]:
        word, make = self.r.choice(KITS[lang or self.lang]["cases"])
        return word, make(self.r)

    def s_case(self) -> None:
        number = self.case_number()[1]
        self.lab("case_reference", number, reference_form(number))

    def s_fcase(self) -> None:
        other = self.r.choice([x for x in KITS if x != self.lang])
        number = self.case_number(other)[1]
        self.lab("case_reference", number, reference_form(number))

    def s_legal(self) -> None:
        ref = self.r.choice(self.kit["legal"])
        self.lab("legal_reference", ref, reference_form(ref))

    def host(self, idn: bool = True) -> str:
        name = self.kit["idn"] if idn and self.r.random() < 0.25 else self.r.choice(WORDS)
        sub = self.r.choice(("", "", "www.", "m.", "cdn."))
        return f"{sub}{name}.example.{self.r.choice(('com', 'net', 'org'))}"

    def fang(self, host: str) -> str:
        if self.variant != "defanged":
            return host
        style = self.r.choice(("[.]", "(.)", "[dot]", "[.]"))
        head, _, tld = host.rpartition(".")
        return f"{head}{style}{tld}"

    def s_url(self) -> None:
        host = self.host()
        path = self.r.choice(PATHS).format(n=self.r.randint(100, 99999), w=self.r.choice(WORDS))
        scheme = self.r.choice(("https", "https", "http"))
        plain = f"{scheme}://{host}{path}"
        written = plain
        if self.variant == "defanged":
            written = f"{scheme.replace('http', self.r.choice(('hxxp', 'hXXp')))}://{self.fang(host)}{path}"
        self.lab("url", written, url_form(plain))

    def s_domain(self) -> None:
        host = self.host()
        self.lab("domain", self.fang(host), host_value(host))

    def s_email(self) -> None:
        local = self.r.choice(self.kit["names"]) + self.r.choice(
            ("", "", str(self.r.randint(2, 99)))
        )
        host = self.host()
        value = f"{unicodedata.normalize('NFC', local)}@{host_value(host)}"
        if self.variant == "defanged":
            written = f"{local}{self.r.choice(('[at]', '(at)', '[at]'))}{self.fang(host)}"
        elif self.variant == "typed" and self.r.random() < 0.6:
            written = f"{local} @ {host}"
        else:
            written = f"{local}@{host}"
        self.lab("email", written, value)

    def v4(self) -> str:
        net = self.r.choice(DOCS_V4)
        return str(net[self.r.randint(1, 254)])

    def s_ip(self, address: str | None = None) -> None:
        value = address or self.v4()
        written = value
        if self.variant == "typed" and "0" in value and self.r.random() < 0.7:
            written = value.replace("0", "O")
        elif self.variant == "defanged" and self.r.random() < 0.6:
            head, _, last = value.rpartition(".")
            written = f"{head}[.]{last}"
        self.lab("ipv4", written, value)

    def v6(self) -> str:
        groups = [f"{self.r.randint(0, 0xFFFF):x}" for _ in range(self.r.choice((2, 3, 4)))]
        text = "2001:db8:" + ":".join(groups[:1]) + "::" + ":".join(groups[1:])
        return str(ipaddress.IPv6Address(text))

    def s_ip6(self) -> None:
        value = self.v6()
        self.lab("ipv6", value.upper() if self.r.random() < 0.2 else value, value)

    def phone(self) -> phonenumbers.PhoneNumber:
        for _ in range(200):
            pattern = self.r.choice(self.kit["phones"])
            digits = re.sub(
                r"\{(\d)\}",
                lambda m: "".join(self.r.choice("0123456789") for _ in range(int(m[1]))),
                pattern,
            )
            number = phonenumbers.parse(digits, self.region)
            if phonenumbers.is_valid_number(number):
                return number
        raise GoldError(f"no valid phone for {self.region}")

    def s_phone(self, international: bool = False) -> None:
        number = self.phone()
        style = (
            phonenumbers.PhoneNumberFormat.INTERNATIONAL
            if international
            else phonenumbers.PhoneNumberFormat.NATIONAL
        )
        written = phonenumbers.format_number(number, style)
        self.lab(
            "phone",
            written,
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164),
        )

    def s_iphone(self) -> None:
        self.s_phone(True)

    def s_user(self) -> None:
        handle = self.r.choice(self.kit["handles"])
        if self.r.random() < 0.3:
            handle += str(self.r.randint(1, 9))
        written = ("@" if self.r.random() < 0.45 else "") + handle
        self.lab("username", written, username_form(written))

    def s_onion(self) -> None:
        host = cs.onion_v3(self.r)
        path = self.r.choice(("/", "/market/", "/forum/t/" + str(self.r.randint(10, 999))))
        scheme = "hxxp" if self.variant == "defanged" else "http"
        written_host = self.fang(host)
        start = len(self.text) + len(scheme) + 3
        self.lab("url", f"{scheme}://{written_host}{path}", url_form(f"http://{host}{path}"))
        self.labels.append(
            {"type": "onion", "normalized": host, "start": start, "end": start + len(written_host)}
        )

    def s_bonion(self) -> None:
        host = cs.onion_v3(self.r)
        self.lab("onion", self.fang(host), host)

    def s_iban(self, country: str | None = None) -> None:
        value = make_iban(self.r, country or self.r.choice(self.kit["iban"]))
        written = (
            value
            if self.r.random() < 0.4
            else " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        )
        self.lab("iban", written, value)

    def s_crypto(self, kind: str | None = None) -> None:
        kind = kind or CRYPTO_KINDS[self.r.randrange(len(CRYPTO_KINDS))]
        base = {"ethlow": "eth", "bchbare": "bch"}.get(kind, kind)
        value = crypto_address(self.r, base)
        written = value
        if kind == "ethlow":
            written = "0x" + value[2:].lower()
        elif kind == "bchbare":
            written = value.removeprefix("bitcoincash:")
        self.lab("crypto", written, value)

    # distractors ------------------------------------------------------------------------------------
    def s_time(self) -> None:
        self.add(f"{self.r.randint(0, 23):02d}:{self.r.randint(0, 59):02d}")

    def s_amount(self) -> None:
        self.add(
            self.r.choice(
                (
                    f"{self.r.randint(2, 90)} 450,00 EUR",
                    f"{self.r.randint(1, 9)}.{self.r.randint(10, 99)} BTC",
                    f"USD {self.r.randint(10, 999)},{self.r.randint(100, 999)}",
                )
            )
        )

    def s_sha(self) -> None:
        self.add(hashlib.sha256(self.r.randbytes(16)).hexdigest())

    def s_md5(self) -> None:
        self.add(hashlib.md5(self.r.randbytes(16), usedforsecurity=False).hexdigest())

    def s_imei(self) -> None:
        self.add(f"IMEI {luhn_imei(self.r)}")

    def s_imsi(self) -> None:
        mcc = {"GB": "234", "FR": "208", "ES": "214", "DE": "262", "RU": "250", "IT": "222", "LU": "270",
               "BA": "218", "UZ": "434", "MN": "428", "LK": "413"}[self.region]  # fmt: skip
        self.add(f"IMSI {mcc}{self.r.randint(1, 9):02d}{self.r.randint(10**9, 10**10 - 1)}")

    def s_ticket(self) -> None:
        self.add(
            f"LRT-{self.r.randint(2024, 2025)}-{self.r.randint(1000, 9999)}-{self.r.randint(10, 99)}"
        )

    def s_file(self) -> None:
        self.add(
            self.r.choice(
                (
                    "backup_2025.zip",
                    "export.py",
                    "notes.md",
                    "report.rs",
                    "clip_0042.mov",
                    "index.php",
                )
            )
        )

    def s_port(self) -> None:
        self.add(str(self.r.choice((443, 8080, 8443, 2083, 9001))))

    def s_version(self) -> None:
        self.add(f"v{self.r.randint(1, 9)}.{self.r.randint(0, 30)}.{self.r.randint(0, 9)}")

    def s_days(self) -> None:
        self.add(DAYS[self.lang])


# --- layouts -----------------------------------------------------------------------------------------
def _ref_lines(p: Page) -> None:
    w = p.kit["w"]
    word, number = p.case_number()
    p.add(f"{word} " if word else f"{w['their']}: ")
    p.lab("case_reference", number, reference_form(number))
    p.add(f"\n{w['date']}: ")
    p.s_date(p.r.choice(("long", "num")))
    p.add("\n\n")


def extension(p: Page) -> None:
    w = p.kit["w"]
    p.line(f"Legal Response Operations — {{domain}} — {w['ticket']} {{ticket}}")
    _ref_lines(p)
    for sentence in p.kit["ext"]:
        p.line(sentence)
    p.line()
    p.line(f"{w['user']}: {{user}} | {w['email']}: {{email}} | {w['phone']}: {{iphone}}")
    for _ in range(3):
        p.line("  {iso}  " + p.r.choice(("{ip}", "{ip6}")) + f"  {w['time']} {{time}}  {{version}}")
    p.line(f"{w['legal']}: {{legal}}")


def hotline(p: Page) -> None:
    w = p.kit["w"]
    p.line(f"HOTLINE — {w['ticket']} {{ticket}}")
    for sentence in p.kit["hot"]:
        p.line(sentence)
    p.line(f"{w['url']} (2): {{url}} ; {{url}}")
    p.line(f"{w['domain']}: {{domain}} — .onion: {{bonion}}")
    p.line(f"{w['hash']}: {{sha}}")
    p.line("MD5: {md5}")
    p.line(f"{w['file']}: {{file}}, {{file}}")
    p.line(f"{w['phone']}: {{phone}} — {w['date']}: {{ndate}}")


def imei(p: Page) -> None:
    w = p.kit["w"]
    p.line("Network Operator — Law Enforcement Liaison / {email}")
    _ref_lines(p)
    for sentence in p.kit["imei"]:
        p.line(sentence)
    for _ in range(4):
        if p.r.random() < 0.6:
            p.line("{iso}  {ip}:{port}  " + f"{w['time']} {{time}}")
        else:
            p.line("{iso}  [{ip6}]:{port}  " + f"{w['time']} {{time}}")
    p.line("{imei} / {imsi}")
    p.line(f"{w['legal']}: {{legal}}")
    p.line(f"{w['email']}: {{email}}")


def press(p: Page) -> None:
    w = p.kit["w"]
    for sentence in p.kit["press"]:
        p.line(sentence)
    p.line()
    p.line(f"{w['domain']}: {{domain}}, {{domain}}")
    p.line(f"{w['wallet']}: {{crypto}}")
    p.line(f"{w['iban']}: {{iban}}")
    p.line(f"{w['url']}: {{url}}")
    p.line(f"{w['ip']}: {{ip}} — Tor: {{bonion}}")


def chronology(p: Page) -> None:
    w = p.kit["w"]
    p.line(p.kit["chron"][0])
    word, number = p.case_number()
    p.add(f"{w['case']}: " + (f"{word} " if word else ""))
    p.lab("case_reference", number, reference_form(number))
    p.line(f" | {w['their']}: {{fcase}}")
    p.line()
    for index, action in enumerate(p.kit["chron_actions"], 1):
        p.line(
            f"{index}) "
            + p.r.choice(("{date}", "{wdate}", "{ndate}"))
            + f" — {action} — {w['ticket']} {{ticket}}"
        )
    p.line()
    for sentence in p.kit["chron"][1:]:
        p.line(sentence)
    p.line(f"{w['phone']}: {{phone}} / {w['user']}: {{user}} / {w['url']}: {{url}}")


def ledger(p: Page) -> None:
    w = p.kit["w"]
    for sentence in p.kit["ledger"]:
        p.line(sentence)
    p.line()
    p.line(
        f"{w['row']:<5} {w['date']:<11} {w['time']:<6} {w['asset']:<6} {w['wallet']:<44} {w['amount']}"
    )
    for index in range(1, 8):
        p.add(f"{index:<5} ")
        p.s_iso()
        p.add(" ")
        p.s_time()
        kind = CRYPTO_KINDS[(index + p.r.randrange(3)) % len(CRYPTO_KINDS)]
        p.add(f" {ASSET[kind]:<6} ")
        p.s_crypto(kind)
        p.add("  ")
        p.s_amount()
        p.add("  ")
        p.s_sha()
        p.add("\n")
    for index in range(8, 10):
        p.add(f"{index:<5} ")
        p.s_iso()
        p.add(" ")
        p.s_time()
        p.add(f" {'EUR':<6} ")
        p.s_iban()
        p.add("  ")
        p.s_amount()
        p.add("\n")
    p.line()
    p.line(f"{w['legal']}: {{legal}} — {w['ip']}: {{ip}} — {w['user']}: {{user}}")


BUILD = {"extension": extension, "hotline": hotline, "imei": imei, "press": press,
         "chronology": chronology, "ledger": ledger}  # fmt: skip


# --- every label re-read from its span ----------------------------------------------------------------
def check(label: dict[str, Any], text: str, region: str, lang: str) -> None:
    kind, value = label["type"], label["normalized"]
    span = text[label["start"] : label["end"]]

    def fail(why: str) -> None:
        raise GoldError(f"{kind} {span!r} -> {value!r}: {why}")

    if not span or span != span.strip():
        fail("empty or padded span")
    plain = undefang(span)
    if kind == "date":
        if reread_date(span, lang).isoformat() != value:
            fail("date re-read differs")
        return
    if kind == "ipv4":
        address = ipaddress.IPv4Address(plain.replace("O", "0"))
        if str(address) != value or not any(address in n for n in DOCS_V4):
            fail("not a documentation IPv4")
    elif kind == "ipv6":
        address = ipaddress.IPv6Address(span)
        if str(address) != value or address not in ipaddress.ip_network("2001:db8::/32"):
            fail("not a documentation IPv6")
    elif kind == "phone":
        number = phonenumbers.parse(span, region)
        if not phonenumbers.is_valid_number(number):
            fail("invalid phone")
        if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != value:
            fail("phone does not re-parse")
    elif kind == "domain":
        if host_value(plain) != value or not EXAMPLE_HOST.search(value):
            fail("host differs or not an example host")
    elif kind == "email":
        local, _, host = plain.replace(" @ ", "@").rpartition("@")
        if f"{unicodedata.normalize('NFC', local)}@{host_value(host)}" != value:
            fail("mailbox differs")
        if not EXAMPLE_HOST.search(value.rpartition("@")[2]):
            fail("not an example host")
    elif kind == "url":
        if url_form(plain) != value:
            fail("url differs")
        host = value.split("/")[2]
        if host != host_value(host) or not (EXAMPLE_HOST.search(host) or cs.onion_ok(host)):
            fail("not an example or onion host")
    elif kind == "username":
        if username_form(span) != value or " " in span or "_" not in span:
            fail("handle differs")
    elif kind == "onion":
        if plain.lower() != value or not cs.onion_ok(value):
            fail("onion checksum")
    elif kind == "crypto":
        if not crypto_holds(span, value):
            fail("checksum")
    elif kind == "iban":
        compact = span.replace(" ", "")
        if (
            compact != value
            or cs._mod97(compact[4:] + compact[:4]) != 1
            or len(value) != iban_length(value[:2])
        ):
            fail("IBAN mod 97 or length")
    elif kind in ("case_reference", "legal_reference"):
        if not any(c.isdigit() for c in span) or reference_form(span) != value:
            fail("reference without a number or not folded")
    else:
        fail("unknown type")
    if kind not in ("case_reference", "legal_reference"):
        options = {"default_region": region} if kind == "phone" else {}
        if normalize(kind, value, **options) != value:
            fail("gold value is not a canonical form")


def validate(doc: dict[str, Any]) -> None:
    text = doc["text"]
    spans = sorted((lab["start"], lab["end"], lab["type"]) for lab in doc["labels"])
    for label in doc["labels"]:
        check(label, text, doc["region"], doc["language"])
        before = text[label["start"] - 1 : label["start"]]
        after = text[label["end"] : label["end"] + 1]
        if label["type"] not in ("onion",) and (
            before.isalnum() or (after.isalnum() and label["type"] != "date")
        ):
            raise GoldError(f"{label} glued to a letter in {doc['language']}")
    for (_, e1, t1), (s2, _, t2) in itertools.pairwise(spans):
        if s2 < e1 and {t1, t2} != {"url", "onion"}:
            raise GoldError(f"overlapping labels {t1} and {t2} at {s2}")


def documents(r: random.Random) -> list[dict[str, Any]]:
    plan = [(lang, layout, VARIANT[layout]) for lang in DEVELOPED + NEW for layout in LAYOUTS]
    plan += [(lang, "chronology", "typed") for lang in NEW]
    r.shuffle(plan)
    docs = []
    for lang, layout, variant in plan:
        p = Page(lang, layout, variant, r)
        BUILD[layout](p)
        doc = {"language": lang, "region": p.region, "genre": layout, "variant": variant,
               "labels": p.labels, "text": p.text}  # fmt: skip
        validate(doc)
        docs.append(doc)
    return docs


# --- scans ---------------------------------------------------------------------------------------------
FONT = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
SCANS = {
    "cy": [
        "Heddlu Dyfed-Powys — Uned Seiberdroseddu",
        "Aberystwyth, {date}",
        "Cyfeirnod trosedd: {case}",
        "CAIS AM DDATA TANYSGRIFIWR",
        "",
        "E-bost: {email}",
        "E-bost: {email}",
        "Enw defnyddiwr: {user}",
        "Ffôn: {phone}, {iphone}",
        "Cyfeiriad IP: {ip} am {time}",
        "URL: {url}",
        "Dyddiad y digwyddiad: {ndate}",
        "Sail gyfreithiol: {legal}",
        "",
        "Aberystwyth, {date}",
    ],
    "mn": [
        "Цагдаагийн ерөнхий газар — Кибер гэмт хэрэгтэй тэмцэх газар",
        "Улаанбаатар, {ndate}",
        "Эрүүгийн хэрэг № {case}",
        "МЭДЭЭЛЭЛ ГАРГУУЛАХ ХҮСЭЛТ",
        "",
        "Цахим шуудан: {email}",
        "Цахим шуудан: {email}",
        "Хэрэглэгчийн нэр: {user}",
        "Утас: {phone}, {iphone}",
        "IP хаяг: {ip}, {time} цагт",
        "URL: {url}",
        "Огноо: {date} өдөр",
        "Хууль зүйн үндэслэл:",
        "{legal}",
        "",
        "Улаанбаатар, {date} өдөр",
    ],
    "uz": [
        "Oʻzbekiston Respublikasi IIV — Kiberxavfsizlik boshqarmasi",
        "Toshkent, {date}",
        "Jinoyat ishi № {case}",
        "MAʼLUMOT TAQDIM ETISH TOʻGʻRISIDA SOʻROV",
        "",
        "Elektron pochta: {email}",
        "Elektron pochta: {email}",
        "Foydalanuvchi nomi: {user}",
        "Telefon: {phone}, {iphone}",
        "IP-manzil: {ip}, soat {time}",
        "URL: {url}",
        "Sana: {ndate}",
        "Huquqiy asos: {legal}",
        "",
        "Toshkent, {date}",
    ],
}


def render(lines: list[str], path: Path) -> None:
    """Draw the letter on an A4 page at 300 dpi in Noto Sans; refuse a missing glyph or a long line."""
    from fontTools.ttLib import TTFont
    from PIL import Image, ImageDraw, ImageFont

    cmap = TTFont(FONT).getBestCmap()
    font = ImageFont.truetype(FONT, 44)
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    y = 250
    for line in lines:
        missing = [c for c in line if not c.isspace() and ord(c) not in cmap]
        if missing:
            raise GoldError(f"no glyph for {missing} in {path.name}")
        if draw.textlength(line, font=font) > 2480 - 2 * 220:
            raise GoldError(f"line runs off the page: {line!r}")
        draw.text((220, y), line, font=font, fill=0)
        y += 80
    page.save(path, dpi=(300, 300))


def write_scans(folder: Path, r: random.Random) -> list[dict[str, Any]]:
    folder.mkdir(parents=True)
    docs = []
    for index, (lang, template) in enumerate(SCANS.items()):
        p = Page(lang, "scanned", "scanned", r)
        for row in template:
            p.line(row)
        doc = {"language": lang, "region": p.region, "genre": "scanned", "variant": "scanned",
               "text": p.text, "labels": p.labels}  # fmt: skip
        validate(doc)
        render(p.text.rstrip("\n").split("\n"), folder / f"scan{index}_{lang}.png")
        (folder / f"scan{index}_{lang}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        docs.append(doc)
    return docs


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    r = random.Random(SEED)
    docs = documents(r)
    scans = write_scans(folder / "scanned", random.Random(SEED + 1))
    counted = [dict(d) for d in docs]
    write_texts(folder, docs)
    return counted + scans


def main() -> None:
    write_or_check(
        CORPUS, write_corpus, __doc__, up_to_date_note=" (scored once; see bench/intake/README.md)"
    )


if __name__ == "__main__":
    main()
