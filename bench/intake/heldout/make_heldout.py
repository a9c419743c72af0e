"""Generate the held-out intake corpus: `python bench/intake/heldout/make_heldout.py` (seeded).

Written apart from the extractor's rules (rogatory/intake/identifiers.py and patterns/ were not
read to write it) and from the training corpus's templates: other layouts (tables, bullet lists,
e-mail threads with quoted replies, forwarded headers, footnotes, chat logs), other spellings of
every type, an eleventh language (Italian), a second letter country for several languages, and
distractors that must not be extracted (versions, amounts, file names, product numbers, times,
hashes). Gold labels are recorded while the text is assembled, as in make_corpus.py, so spans
cannot drift. Canonical forms: dates, IP addresses, phones (phonenumbers, E.164), IBANs,
usernames, onions and references are computed here from their definitions; URLs, e-mails,
domains and crypto addresses take the published canonical form of rogatory.intake.normalize
applied to the clean spelling (never the defanged one, never the extractor's output).

`--check` regenerates into a temporary folder and fails when the committed corpus differs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import filecmp
import hashlib
import ipaddress
import itertools
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import phonenumbers

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from bench.intake.make_corpus import (  # noqa: E402  (checksummed value builders only)
    base58check,
    bech32_address,
    eip55,
    monero_address,
    onion_v3,
)
from rogatory.intake.normalize import normalize  # noqa: E402

SEED = 20260517
HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")

# --- checksummed values this corpus adds: bech32m (taproot), litecoin segwit, cashaddr, IBANs --
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_BECH32M_CONST = 0x2BC830A3


def _polymod(values: list[int]) -> int:
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit in range(5):
            check ^= generator[bit] if (top >> bit) & 1 else 0
    return check


def _to_five_bits(data: bytes) -> list[int]:
    accumulator, bits, out = 0, 0, []
    for byte in data:
        accumulator = (accumulator << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((accumulator >> bits) & 31)
    if bits:
        out.append((accumulator << (5 - bits)) & 31)
    return out


def taproot_address(rng: random.Random) -> str:
    """Segwit v1 (taproot) address, bech32m checksum (BIP 350)."""
    hrp = "bc"
    data = [1, *_to_five_bits(rng.randbytes(32))]
    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = _polymod(expanded + data + [0] * 6) ^ _BECH32M_CONST
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[d] for d in data + checksum)


def _cashaddr_polymod(values: list[int]) -> int:
    generators = (0x98F2BC8E61, 0x79B76D99E2, 0xF33E5FB3C4, 0xAE2EABE2A8, 0x1E4F43E470)
    check = 1
    for value in values:
        top = check >> 35
        check = ((check & 0x07FFFFFFFF) << 5) ^ value
        for bit in range(5):
            if (top >> bit) & 1:
                check ^= generators[bit]
    return check ^ 1


def cashaddr(rng: random.Random) -> str:
    """Bitcoin Cash P2PKH address in CashAddr form with its prefix."""
    prefix = "bitcoincash"
    payload = _to_five_bits(bytes([0]) + rng.randbytes(20))
    mod = _cashaddr_polymod([ord(c) & 31 for c in prefix] + [0] + payload + [0] * 8)
    checksum = [(mod >> 5 * (7 - i)) & 31 for i in range(8)]
    return prefix + ":" + "".join(_BECH32[d] for d in payload + checksum)


_IBAN_FORMATS = {  # country: BBAN as (letters, digits) counts, ISO 13616 registry lengths
    "FR": (0, 23), "DE": (0, 18), "ES": (0, 20), "IT": (1, 22), "PT": (0, 21), "BE": (0, 12),
    "NL": (4, 10), "AT": (0, 16), "CH": (0, 17), "LU": (0, 16), "PL": (0, 24), "IE": (4, 14),
    "AE": (0, 19), "SA": (0, 20), "GB": (4, 14), "EG": (0, 25),
}  # fmt: skip


def iban(rng: random.Random, country: str) -> str:
    """Compact IBAN with valid mod-97 check digits."""
    letters, digits = _IBAN_FORMATS[country]
    bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(letters))
    bban += "".join(rng.choice("0123456789") for _ in range(digits))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(numeric) % 97:02d}{bban}"


def iban_is_valid(value: str) -> bool:
    """ISO 13616 mod-97 check, written again here so the generator checks its own output."""
    moved = value[4:] + value[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# --- words of each language -----------------------------------------------------------------
MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "ar_levant": "كانون_الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين_الأول تشرين_الثاني كانون_الأول",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्तूबर नवंबर दिसंबर",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
}
SHORT_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "de": "Jan. Feb. Mär. Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.",
    "es": "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
    "ru": "янв. февр. мар. апр. мая июн. июл. авг. сент. окт. нояб. дек.",
}
WEEKDAYS = {
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo",
}
_ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DEVANAGARI_DIGITS = str.maketrans("0123456789", "०१२३४५६७८९")
_CHINESE_DIGITS = str.maketrans("0123456789", "〇一二三四五六七八九")
_CHINESE_UNITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]


def _chinese_number(number: int) -> str:
    tens, units = divmod(number, 10)
    if not tens:
        return _CHINESE_UNITS[units]
    return ("" if tens == 1 else _CHINESE_UNITS[tens]) + "十" + _CHINESE_UNITS[units]


def date_styles(language: str, day: dt.date) -> list[str]:
    """Every way this corpus writes a date in the language (none of them the training's only form)."""
    d, m, y = day.day, day.month, day.year
    month = MONTHS.get(language, MONTHS["en"]).split()[m - 1].replace("_", " ")
    weekday = WEEKDAYS.get(language, WEEKDAYS["en"]).split()[day.weekday()]
    if language == "fr":
        first = "1er" if d == 1 else str(d)
        return [
            f"{first} {month} {y}",
            f"{weekday} {d} {month} {y}",
            f"{d:02}-{m:02}-{y}",
            f"{d:02}/{m:02}/{y % 100:02}",
        ]
    if language == "en":
        suffix = "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        short = SHORT_MONTHS["en"].split()[m - 1]
        return [
            f"{d}{suffix} {month} {y}",
            f"{weekday}, {d} {month} {y}",
            f"{month} {d}{suffix}, {y}",
            f"{y}-{m:02}-{d:02}",
            f"{d} {short} {y}",
        ]
    if language == "es":
        short = SHORT_MONTHS["es"].split()[m - 1]
        return [
            f"{weekday}, {d} de {month} de {y}",
            f"{d}-{m:02}-{y}",
            f"{d}/{m}/{y}",
            f"{d} {short} {y}",
            f"{d} de {month} del {y}",
        ]
    if language == "de":
        short = SHORT_MONTHS["de"].split()[m - 1]
        return [
            f"{weekday}, {d}. {month} {y}",
            f"{d:02}.{m:02}.{y % 100:02}",
            f"{d}.{m}.{y}",
            f"{d}. {short} {y}",
            f"{y}-{m:02}-{d:02}",
        ]
    if language == "it":
        first = "1°" if d == 1 else str(d)
        return [
            f"{first} {month} {y}",
            f"{weekday} {d} {month} {y}",
            f"{d:02}/{m:02}/{y}",
            f"{d}.{m}.{y}",
        ]
    if language == "pt":
        first = "1.º" if d == 1 else str(d)
        return [
            f"{first} de {month} de {y}",
            f"{weekday}, {d} de {month} de {y}",
            f"{d:02}-{m:02}-{y}",
            f"{d:02}.{m:02}.{y}",
        ]
    if language == "ru":
        short = SHORT_MONTHS["ru"].split()[m - 1]
        return [
            f"{d} {month} {y} г.",
            f"{d:02}.{m:02}.{y} г.",
            f"«{d:02}» {month} {y} года",
            f"{d} {short} {y}",
        ]
    if language == "zh":
        chinese_year = str(y).translate(_CHINESE_DIGITS)
        return [
            f"{y}年{m:02}月{d:02}日",
            f"{y}/{m}/{d}",
            f"{y}.{m:02}.{d:02}",
            f"{chinese_year}年{_chinese_number(m)}月{_chinese_number(d)}日",
        ]
    if language == "ar":
        levant = MONTHS["ar_levant"].split()[m - 1].replace("_", " ")
        return [
            f"{d} {month} {y}",
            f"{d} {month} {y}".translate(_ARABIC_DIGITS),
            f"{d} {levant} {y}",
            f"{y}/{m:02}/{d:02}",
            f"{d:02}/{m:02}/{y}م",
        ]
    if language == "hi":
        return [
            f"{d} {month} {y}",
            f"{d:02} {month} {y}".translate(_DEVANAGARI_DIGITS),
            f"{d:02}.{m:02}.{y}",
            f"{d}-{m}-{y}",
        ]
    if language == "mr":
        return [
            f"{d} {month} {y}".translate(_DEVANAGARI_DIGITS),
            f"{d:02}/{m:02}/{y}".translate(_DEVANAGARI_DIGITS),
            f"{d} {month}, {y}",
        ]
    raise ValueError(language)


# Regions: the letter's country (default region of national phone numbers), two for some languages.
REGIONS = {
    "fr": ("FR", "BE"), "en": ("GB", "AU"), "es": ("ES",), "de": ("DE", "AT"), "it": ("IT",),
    "pt": ("PT", "BR"), "ru": ("RU",), "zh": ("CN",), "ar": ("EG", "AE"), "hi": ("IN",),
    "mr": ("IN",),
}  # fmt: skip
PHONE_SHAPES = {  # national formats of each country, and international ones written differently
    "FR": ("06.##.##.##.##", "07 ## ## ## ##", "+33 (0)6 ## ## ## ##", "0033 1 ## ## ## ##", "09-##-##-##-##"),
    "BE": ("0470 ## ## ##", "+32 2 ### ## ##", "04## / ## ## ##"),
    "GB": ("07700 900 ###", "+44 (0)20 7946 0###", "0161 496 0###", "07### ######"),
    "AU": ("0491 570 ###", "(02) 5550 ####", "+61 491 570 ###"),
    "ES": ("6## ## ## ##", "612-###-###", "+34 91 ### ## ##", "(+34) 7## ### ###"),
    "DE": ("0151/########", "(030) #######", "+49 (0)170 #######", "0171-#######"),
    "AT": ("0664 #######", "+43 1 #######", "0650/#######"),
    "IT": ("347 ### ####", "+39 06 #### ####", "333-#######", "02 ########"),
    "PT": ("912 ### ###", "(+351) 21 ### ####", "+351 93#######"),
    "BR": ("(11) 9####-####", "+55 21 9####-####", "(61) 3###-####"),
    "RU": ("+7 (916) ###-##-##", "8-903-###-##-##", "8 (812) ###-##-##", "+7 926 ### ## ##"),
    "CN": ("138-####-####", "+86 139 #### ####", "(010) 6### ####", "0086-21-6#######"),
    "EG": ("010 #### ####", "+20 12 #### ####", "(02) 2### ####"),
    "AE": ("050 ### ####", "+971 4 ### ####", "055-#######"),
    "IN": ("+91-98### #####", "098### #####", "(022) 2### ####", "+91 90#########"),
}  # fmt: skip

FIRST_LABELS = ("nebula", "corsaire", "tiefsee", "sombra", "lupo", "medusa", "orca", "zephyr",
                "gatto-nero", "loja", "bazar", "vitrine", "darkwave", "kestrel", "falena")  # fmt: skip
IDN_LABELS = (
    "bücher-forum",
    "форум-обмен",
    "café-noir",
    "市场论坛",
    "बाज़ार",
    "سوق-الظل",
    "tienda-española",
)
EXAMPLE_ZONES = ("example.com", "example.net", "example.org")
USERS = ("nuit_blanche", "Lupo_Solitario", "el.gato.negro", "x_ray_42", "Tiefseetaucher",
         "m4r1na", "Volpe.Rossa", "GhostRider_1", "sombra-azul", "k1ng_0f_c4rds", "Nachteule88")  # fmt: skip
NATIVE_USERS = {"ru": ("снежный_барс", "Тёмный.Лис"), "zh": ("熊猫007", "夜行者"), "ar": ("ظل_الليل", "صقر99"),
                "hi": ("छाया99", "रात_का_राजा"), "mr": ("अंधार_राजा", "वाघ77")}  # fmt: skip
LOCAL_PARTS = ("m.exemple", "contact.abuse", "no-reply", "j_doe.1990", "ventes+promo", "Ops.Team",
               "inbox42", "shadow.market")  # fmt: skip
IDN_LOCALS = ("пётр", "josé", "用户名", "मित्र", "مستخدم")
URL_PATHS = ("forum/viewtopic.php?t={n}&start=20", "u/{word}", "index.html#comments",
             "p/{n}?utm_source=share&utm_medium=copy", "watch?v=Xk{n}Qz", "~{word}/notes.txt",
             "download/{n}/report.pdf", "annonce/{n}-{word}", "t/{word}/{n}")  # fmt: skip


class Values:
    """Draws fictional values for one document; returns (written, canonical) pairs."""

    def __init__(self, rng: random.Random, language: str, region: str, defang_share: float) -> None:
        self.rng, self.language, self.region = rng, language, region
        self.defang_share = defang_share

    def _defang(self) -> bool:
        return self.rng.random() < self.defang_share

    def host(self, idn_share: float = 0.1) -> str:
        r = self.rng
        label = r.choice(IDN_LABELS) if r.random() < idn_share else r.choice(FIRST_LABELS)
        if r.random() < 0.3:
            label += str(r.randint(2, 99))
        sub = r.choice(("", "", "", "www.", "forum.", "shop.", "mail.", "api."))
        return f"{sub}{label}.{r.choice(EXAMPLE_ZONES)}"

    def _defang_host(self, host: str) -> str:
        head, _, tail = host.rpartition(".")
        style = self.rng.choice(("[.]", "[.]", "(.)", "[dot]", "{.}"))
        if style == "[.]" and self.rng.random() < 0.4:
            return host.replace(".", "[.]")
        return f"{head}{style}{tail}"

    def draw(self, kind: str, style: str | None = None) -> tuple[str, str]:
        method = getattr(self, f"_{kind}")
        written, canonical = method(style)
        # The canonical forms computed here must be fixed points of the published normaliser.
        if kind in ("ipv4", "ipv6", "username", "onion", "iban", "phone"):
            published = normalize(kind, canonical, default_region=self.region)
            assert published == canonical, (kind, canonical, published)
        return written, canonical

    def _url(self, style: str | None) -> tuple[str, str]:
        r = self.rng
        host = self.host()
        path = r.choice(URL_PATHS).format(n=r.randint(10, 99999), word=r.choice(FIRST_LABELS))
        scheme = r.choice(("https", "https", "http"))
        port = f":{r.choice((8080, 8443))}" if r.random() < 0.1 else ""
        clean = f"{scheme}://{host}{port}/{path}"
        canonical = normalize("url", clean)
        if style == "bare" or (style is None and r.random() < 0.1):
            clean = f"{host}/{path}"
            canonical = normalize("url", clean)
            return clean, canonical
        if self._defang():
            spelled = r.choice((f"hxxp{scheme[4:]}://", f"hXXp{scheme[4:]}://", f"{scheme}[:]//"))
            return f"{spelled}{self._defang_host(host)}{port}/{path}", canonical
        return clean, canonical

    def _domain(self, style: str | None) -> tuple[str, str]:
        r = self.rng
        host = self.host(idn_share=0.2)
        canonical = normalize("domain", host)
        if self._defang():
            return self._defang_host(host), canonical
        if r.random() < 0.15:
            return host.upper() if host.isascii() else host, canonical
        return host, canonical

    def _email(self, style: str | None) -> tuple[str, str]:
        r = self.rng
        if r.random() < 0.12:
            local, host = r.choice(IDN_LOCALS), f"{r.choice(IDN_LABELS)}.{r.choice(EXAMPLE_ZONES)}"
        else:
            local, host = r.choice(LOCAL_PARTS), self.host(idn_share=0.05).removeprefix("www.")
        clean = f"{local}@{host}"
        canonical = normalize("email", clean)
        if style != "header" and self._defang():
            at = r.choice(("[at]", "(at)", "[@]", " [at] ", "(@)"))
            dot_host = self._defang_host(host) if r.random() < 0.7 else host
            return f"{local}{at}{dot_host}", canonical
        return clean, canonical

    def _ipv4(self, style: str | None) -> tuple[str, str]:
        r = self.rng
        block = r.choice(("198.51.100", "203.0.113", "192.0.2"))
        last = r.randint(1, 254)
        canonical = str(ipaddress.IPv4Address(f"{block}.{last}"))
        if self._defang():
            if r.random() < 0.5:
                return f"{block}[.]{last}", canonical
            return f"{block}.{last}".replace(".", "[.]"), canonical
        if r.random() < 0.1:
            return ".".join(f"{int(part):03d}" for part in canonical.split(".")), canonical
        return canonical, canonical

    def _ipv6(self, style: str | None) -> tuple[str, str]:
        r = self.rng
        groups = [0x2001, 0xDB8] + [r.choice((0, 0, r.randint(1, 0xFFFF))) for _ in range(6)]
        groups[-1] = r.randint(1, 0xFFFF)
        address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        canonical = address.compressed
        spelling = r.choice(("compressed", "compressed", "upper", "exploded"))
        if spelling == "upper":
            return canonical.upper(), canonical
        if spelling == "exploded":
            return address.exploded, canonical
        return canonical, canonical

    def _phone(self, style: str | None) -> tuple[str, str]:
        for _ in range(500):
            shape = self.rng.choice(PHONE_SHAPES[self.region])
            written = "".join(str(self.rng.randint(0, 9)) if c == "#" else c for c in shape)
            number = phonenumbers.parse(written, self.region)
            if phonenumbers.is_valid_number(number):
                return written, phonenumbers.format_number(
                    number, phonenumbers.PhoneNumberFormat.E164
                )
        raise RuntimeError(f"no valid phone for {self.region}")

    def _username(self, style: str | None) -> tuple[str, str]:
        native = NATIVE_USERS.get(self.language, ())
        value = (
            self.rng.choice(native)
            if native and self.rng.random() < 0.5
            else self.rng.choice(USERS)
        )
        return value, value.lower()

    def _onion(self, style: str | None) -> tuple[str, str]:
        value = onion_v3(self.rng)
        if self._defang():
            return value.replace(".onion", "[.]onion"), value
        return value, value

    def _crypto(self, style: str | None) -> tuple[str, str]:
        r = self.rng
        kind = r.choice(("btc", "p2sh", "taproot", "eth", "eth_lower", "xmr", "ltc", "ltc_segwit",
                         "bch", "bch_bare", "doge"))  # fmt: skip
        if kind == "btc":
            value = base58check(0x00, r.randbytes(20))
        elif kind == "p2sh":
            value = base58check(0x05, r.randbytes(20))
        elif kind == "taproot":
            value = taproot_address(r)
        elif kind == "eth":
            value = eip55(r.randbytes(20).hex())
        elif kind == "eth_lower":
            value = "0x" + r.randbytes(20).hex()
        elif kind == "xmr":
            value = monero_address(r)
        elif kind == "ltc":
            value = base58check(r.choice((0x30, 0x32)), r.randbytes(20))
        elif kind == "ltc_segwit":
            value = bech32_address("ltc", r.randbytes(20))
        elif kind in ("bch", "bch_bare"):
            value = cashaddr(r)
            if kind == "bch_bare":
                return value.removeprefix("bitcoincash:"), normalize("crypto", value)
        else:
            value = base58check(0x1E, r.randbytes(20))
        return value, normalize("crypto", value)

    def _iban(self, style: str | None) -> tuple[str, str]:
        r = self.rng
        compact = iban(r, r.choice(tuple(_IBAN_FORMATS)))
        assert iban_is_valid(compact)
        spelling = r.choice(("grouped", "grouped", "compact", "dashes"))
        if spelling == "grouped":
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4)), compact
        if spelling == "dashes":
            return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4)), compact
        return compact, compact

    def _case_reference(self, style: str | None) -> tuple[str, str]:
        value = self.rng.choice(CASE_REFERENCES[self.language])(self.rng)
        return value, normalize("case_reference", value)

    def _legal_reference(self, style: str | None) -> tuple[str, str]:
        value = self.rng.choice(LEGAL_REFERENCES[self.language])
        return value, normalize("legal_reference", value)

    def _date(self, style: str | None) -> tuple[str, str]:
        day = dt.date(2023, 6, 1) + dt.timedelta(days=self.rng.randint(0, 1100))
        styles = date_styles(self.language, day)
        return self.rng.choice(styles), day.isoformat()


def _n(r: random.Random, low: int, high: int, width: int = 0) -> str:
    return f"{r.randint(low, high):0{width}d}"


CASE_REFERENCES: dict[str, tuple[Any, ...]] = {
    "fr": (
        lambda r: (
            f"{_n(r, 23, 25)}{_n(r, 100, 365, 3)}{_n(r, 10000, 99999, 5)}"
        ),  # numéro de parquet
        lambda r: f"{_n(r, 1000, 9999, 5)}/{_n(r, 2023, 2025)}/{_n(r, 1, 999, 6)}",  # procès-verbal
        lambda r: (
            f"JI-CAB{_n(r, 1, 9)}-{_n(r, 23, 25)}-{_n(r, 1, 999, 3)}"
        ),  # cabinet d'instruction
    ),
    "en": (
        lambda r: f"MLA/{_n(r, 2023, 2025)}/{_n(r, 1, 99999, 5)}",
        lambda r: (
            f"{_n(r, 1, 99, 2)}{r.choice('ABCDEFGHJK')}{r.choice('ABCDEFGHJK')}{_n(r, 1000000, 9999999)}"
        ),  # police URN
        lambda r: f"OP-{r.choice(('NIGHTJAR', 'KESTREL', 'BASALT'))}-{_n(r, 100, 999)}",
    ),
    "es": (
        lambda r: f"{_n(r, 100, 9999)}/{_n(r, 2023, 2025)}",  # diligencias previas
        lambda r: f"Sumario {_n(r, 1, 99)}/{_n(r, 2023, 2025)}",
        lambda r: f"ATC-{_n(r, 2023, 2025)}-{_n(r, 1, 9999, 4)}",
    ),
    "de": (
        lambda r: f"{_n(r, 100, 999)} UJs {_n(r, 1000, 9999)}/{_n(r, 23, 25)}",
        lambda r: f"{_n(r, 1, 9)} Gs {_n(r, 100, 999)}/{_n(r, 23, 25)}",
        lambda r: f"ST/{_n(r, 1000, 9999)}-{_n(r, 23, 25)}",
    ),
    "it": (
        lambda r: f"{_n(r, 1000, 99999)}/{_n(r, 2023, 2025)} R.G.N.R.",
        lambda r: f"{_n(r, 100, 9999)}/{_n(r, 23, 25)} R.G. GIP",
        lambda r: f"{_n(r, 10, 999)}/{_n(r, 2023, 2025)} Mod. 21",
    ),
    "pt": (
        lambda r: f"{_n(r, 100, 9999)}/{_n(r, 23, 25)}.{_n(r, 0, 9)}T9LSB",  # NUIPC
        lambda r: (
            f"{_n(r, 1000, 99999, 7)}-{_n(r, 10, 99)}.{_n(r, 2023, 2025)}.8.26.0050"
        ),  # Brazilian CNJ
        lambda r: f"CR-{_n(r, 1, 999, 3)}/{_n(r, 2023, 2025)}",
    ),
    "ru": (
        lambda r: f"{_n(r, 10000000000000000, 99999999999999999)}",  # уголовное дело, 17 digits
        lambda r: f"{_n(r, 1, 9)}-{_n(r, 100, 999)}/{_n(r, 2023, 2025)}-МВД",
        lambda r: f"КУСП {_n(r, 1000, 99999)}",
    ),
    "zh": (
        lambda r: f"（{_n(r, 2023, 2025)}）京{_n(r, 100, 199, 4)}刑初{_n(r, 1, 999)}号",
        lambda r: f"沪公（网）立字〔{_n(r, 2023, 2025)}〕{_n(r, 1, 9999)}号",
        lambda r: f"SZ-{_n(r, 2023, 2025)}-{_n(r, 1, 99999, 5)}",
    ),
    "ar": (
        lambda r: f"{_n(r, 100, 9999)} لسنة {_n(r, 2023, 2025)}",
        lambda r: f"ق/{_n(r, 2023, 2025)}/{_n(r, 1, 999)}",
        lambda r: f"DXB-CYB-{_n(r, 1000, 9999)}",
    ),
    "hi": (
        lambda r: f"{_n(r, 1, 999, 4)}/{_n(r, 2023, 2025)}",  # FIR
        lambda r: f"RC{_n(r, 1000000, 9999999)}{_n(r, 2023, 2025)}A{_n(r, 1000, 9999)}",  # CBI case
        lambda r: f"साइबर/{_n(r, 10, 999)}/{_n(r, 2023, 2025)}",
    ),
    "mr": (
        lambda r: f"गु.र.नं. {_n(r, 10, 999)}/{_n(r, 2023, 2025)}",
        lambda r: f"{_n(r, 1, 999, 4)}/{_n(r, 2023, 2025)}",
        lambda r: f"MH-CYB-{_n(r, 100, 9999)}",
    ),
}
LEGAL_REFERENCES = {
    "fr": ("article 77-1-1 du code de procédure pénale", "article 323-1 du Code pénal",
           "article L. 34-1 du code des postes et des communications électroniques",
           "article 18 de la Convention sur la cybercriminalité", "art. 99-3 du CPP"),
    "en": ("section 1 of the Computer Misuse Act 1990", "Article 18 of the Convention on Cybercrime",
           "18 U.S.C. § 2703(d)", "section 87 of the Investigatory Powers Act 2016", "Art. 16 of the Budapest Convention"),
    "es": ("artículo 588 ter j de la LECrim", "art. 197 bis del Código Penal", "artículo 16 del Convenio sobre la Ciberdelincuencia",
           "artículo 264 del Código Penal"),
    "de": ("§ 202a StGB", "§ 100j Abs. 1 StPO", "Art. 16 des Übereinkommens über Computerkriminalität",
           "§ 263a StGB", "§ 22 TTDSG"),
    "it": ("art. 640-ter c.p.", "articolo 254-bis c.p.p.", "art. 132 del D.Lgs. 196/2003",
           "articolo 615-ter del codice penale", "art. 16 della Convenzione di Budapest"),
    "pt": ("artigo 14.º da Lei n.º 109/2009", "art. 187.º do CPP", "artigo 6.º da Lei do Cibercrime",
           "art. 154-A do Código Penal", "artigo 22 do Marco Civil da Internet"),
    "ru": ("ч. 2 ст. 272 УК РФ", "статьи 186.1 УПК РФ", "ст. 159.6 УК РФ", "статьи 16 Конвенции о компьютерных преступлениях"),
    "zh": ("《中华人民共和国刑法》第二百八十五条", "《刑事诉讼法》第54条", "《数据安全法》第三十五条", "《网络安全法》第47条"),
    "ar": ("المادة 25 من قانون مكافحة جرائم تقنية المعلومات", "المادة 16 من اتفاقية بودابست",
           "المادة 206 من قانون الإجراءات الجنائية"),
    "hi": ("भारतीय न्याय संहिता की धारा 318", "धारा 66सी सूचना प्रौद्योगिकी अधिनियम, 2000",
           "भारतीय नागरिक सुरक्षा संहिता की धारा 94", "section 66D of the Information Technology Act, 2000"),
    "mr": ("कलम 66 (ड) माहिती तंत्रज्ञान अधिनियम", "भारतीय न्याय संहिता कलम 318",
           "कलम 94 भारतीय नागरिक सुरक्षा संहिता"),
}  # fmt: skip

# Distractors: text that looks like an identifier and is not one (no label).
DISTRACTORS_COMMON = (
    "Fichier joint : rapport.pdf", "export_clients.xlsx", "setup.sh", "readme.md", "capture_01.png",
    "journal.log.gz", "v2.14.3", "firmware 4.2.1.7", "Android 14.0.1", "build 10.0.19045",
    "SHA-256 : 9f2c4e1ab7d35c08e6f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7",
    "MD5 d41d8cd98f00b204e9800998ecf8427e", "commit 3e1f0c9ab2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f1",
    "ISO/IEC 27037:2012", "TLS 1.3", "99,9 %", "1 250,00 EUR", "€3,500.00", "0.0421 BTC",
)  # fmt: skip
DISTRACTORS = {
    "fr": ("à 14h30", "vers 9 h 15", "montant : 12 480,50 €", "réf. produit 88123-4", "article n° 4711 du catalogue", "pièce jointe : PV_audition.docx"),
    "en": ("at 2:30 p.m.", "around 09:15", "amount: £4,200.00", "item no. 3345/12", "SKU 2024-1187", "see attachment evidence.zip"),
    "es": ("a las 14:30", "importe: 3.200,00 €", "ref. artículo 55-120", "anexo informe_final.pdf", "versión 3.2.1"),
    "de": ("um 10.30 Uhr", "Betrag: 1.999,00 €", "Art.-Nr. 4711-0815", "Anlage: Bericht.pdf", "Version 5.1.2"),
    "it": ("alle ore 14.30", "importo: € 2.300,00", "cod. art. 7781-22", "allegato verbale.pdf", "versione 1.4.9"),
    "pt": ("às 14h30", "valor: R$ 1.234,56", "ref. artigo 3310-9", "anexo relatorio.pdf", "versão 2.0.4"),
    "ru": ("в 14:30", "сумма 125 000 руб.", "артикул 100-200-300", "вложение отчёт.pdf", "версия 7.3.2"),
    "zh": ("14时30分", "金额：人民币12,500元", "商品编号 8866-1234", "附件：报告.pdf", "版本 3.1.4"),
    "ar": ("الساعة 14:30", "المبلغ 5000 جنيه", "رقم المنتج 4455-12", "المرفق report.pdf", "الإصدار 2.3.1"),
    "hi": ("समय 14:30", "राशि ₹ 25,000", "उत्पाद संख्या 7788-11", "संलग्न रिपोर्ट.pdf", "संस्करण 4.1.2"),
    "mr": ("वेळ 14:30", "रक्कम ₹ 12,500", "वस्तू क्र. 5566-22", "जोडपत्र अहवाल.pdf", "आवृत्ती 1.2.3"),
}  # fmt: skip


def _q(open_: str, close: str) -> tuple[str, str]:
    return open_, close


QUOTES = {
    "fr": (_q("«\u202f", "\u202f»"), _q("“", "”"), _q("‹", "›"), _q('"', '"')),
    "en": (_q("“", "”"), _q("‘", "’"), _q("'", "'"), _q("`", "`")),
    "es": (_q("«", "»"), _q("“", "”"), _q("'", "'")),
    "de": (_q("„", "“"), _q("»", "«"), _q("‚", "‘")),
    "it": (_q("«", "»"), _q("“", "”"), _q("'", "'")),
    "pt": (_q("«", "»"), _q("“", "”"), _q('"', '"')),
    "ru": (_q("„", "“"), _q("«", "»"), _q('"', '"')),
    "zh": (_q("『", "』"), _q("“", "”"), _q("《", "》")),
    "ar": (_q("«", "»"), _q("“", "”"), _q('"', '"')),
    "hi": (_q("‘", "’"), _q("“", "”"), _q("'", "'")),
    "mr": (_q("‘", "’"), _q("“", "”"), _q('"', '"')),
}

# Per language: letter phrases (never those of make_corpus.py), labels of rows and headers.
L: dict[str, dict[str, Any]] = {
    "fr": {
        "title": ("OBJET : réquisition aux fins de communication de données", "SOIT-TRANSMIS", "Demande d'entraide pénale — données de connexion"),
        "intro": "Dans le cadre de l'enquête visée en référence, je vous prie de bien vouloir me transmettre les éléments ci-après.",
        "case": "N° de procédure : {case_reference}",
        "law": ("En application de l'{legal_reference}, la présente demande vous est adressée.", "Fondement : {legal_reference}"),
        "user_cues": ("sous le pseudo {username:quoted}", "connu sous l'alias {username}", "l'identifiant {username:quoted}", "le compte {username:at}"),
        "ip_time": ("{ipv4} le {date} à 14 h 03, heure de Paris", "{ipv4}:{port} le {date} vers 23 h 12 (heure d'été d'Europe centrale)", "{ipv6} le {date} à 8 h 40 temps universel"),
        "sentences": (
            "Merci de nous indiquer le titulaire de la ligne {phone}.",
            "Les annonces renvoyaient vers {url} ainsi que vers {domain}.",
            "Un virement a été ordonné vers le compte {iban}, puis reconverti en crypto-actifs sur {crypto}.",
            "La messagerie {email} a été créée le {date}.",
            "Le forum est joignable à l'adresse {onion}.",
        ),
        "row": {"url": "Adresse URL", "domain": "Nom de domaine", "email": "Courriel", "ipv4": "Adresse IP", "ipv6": "Adresse IPv6", "phone": "Ligne", "username": "Pseudo", "onion": "Service Tor", "crypto": "Portefeuille", "iban": "Compte bancaire", "date": "Date"},
        "table": ("Type", "Valeur", "Observations"),
        "mail": ("De", "Envoyé", "À", "Objet", "a écrit :", "Le {date}, {name} <{email:header}>", "---------- Message transféré ---------", "Date"),
        "names": ("Camille Exemple", "Dominique Fictif"),
        "footnote": "Voir la note {mark}.",
        "closing": "Fait à Bordeaux, le {date}\nL'officier de police judiciaire",
        "chat": ("enquêteur", "analyste"),
    },
    "en": {
        "title": ("RE: Request for subscriber and traffic data", "MUTUAL LEGAL ASSISTANCE — SUPPLEMENTARY REQUEST", "Preservation notice"),
        "intro": "Further to our earlier correspondence, we would be grateful if you could provide the information listed below.",
        "case": "Case number: {case_reference}",
        "law": ("We write pursuant to {legal_reference}.", "Legal basis: {legal_reference}"),
        "user_cues": ("under the handle {username:quoted}", "the account {username:at}", "going by the screen name {username}", "username {username:quoted}"),
        "ip_time": ("{ipv4} on {date} at 2:03 p.m. British Summer Time", "{ipv4}:{port} on {date} at 23:12 Greenwich Mean Time", "[{ipv6}]:{port} on {date} at 08:40 Coordinated Universal Time"),
        "sentences": (
            "Please identify the subscriber of {phone}.",
            "The adverts linked to {url} and to {domain}.",
            "Funds moved from {iban} and were converted into crypto-assets at {crypto}.",
            "The mailbox {email} was opened on {date}.",
            "The marketplace is reachable at {onion}.",
        ),
        "row": {"url": "URL", "domain": "Domain", "email": "E-mail", "ipv4": "IP address", "ipv6": "IPv6 address", "phone": "Telephone", "username": "Handle", "onion": "Tor service", "crypto": "Wallet", "iban": "Bank account", "date": "Date"},
        "table": ("Item", "Value", "Remarks"),
        "mail": ("From", "Sent", "To", "Subject", "wrote:", "On {date}, {name} <{email:header}>", "---------- Forwarded message ---------", "Date"),
        "names": ("Alex Sample", "Jordan Placeholder"),
        "footnote": "See note {mark}.",
        "closing": "Yours faithfully,\n{date}\nCase officer",
        "chat": ("analyst", "officer"),
    },
    "es": {
        "title": ("ASUNTO: requerimiento de datos de abonado", "Solicitud de asistencia judicial — ampliación", "Orden de conservación"),
        "intro": "En relación con las diligencias indicadas, se ruega la remisión de los datos que se detallan a continuación.",
        "case": "Diligencias Previas n.º {case_reference}",
        "law": ("De conformidad con el {legal_reference}, se formula la presente petición.", "Base legal: {legal_reference}"),
        "user_cues": ("con el alias {username:quoted}", "la cuenta {username:at}", "el usuario {username}", "conocido como {username:quoted}"),
        "ip_time": ("{ipv4} el {date} a las 14:03 hora peninsular", "{ipv4}:{port} el {date} a las 23:12, hora de Canarias", "{ipv6} el {date} a las 08:40 tiempo universal coordinado"),
        "sentences": (
            "Rogamos identifiquen al titular de la línea {phone}.",
            "Los anuncios enlazaban a {url} y a {domain}.",
            "Se ordenó una transferencia a la cuenta {iban}, convertida luego en criptoactivos en {crypto}.",
            "El buzón {email} se creó el {date}.",
            "El foro es accesible en {onion}.",
        ),
        "row": {"url": "URL", "domain": "Dominio", "email": "Correo", "ipv4": "Dirección IP", "ipv6": "Dirección IPv6", "phone": "Teléfono", "username": "Alias", "onion": "Servicio Tor", "crypto": "Monedero", "iban": "Cuenta", "date": "Fecha"},
        "table": ("Tipo", "Valor", "Observaciones"),
        "mail": ("De", "Enviado el", "Para", "Asunto", "escribió:", "El {date}, {name} <{email:header}>", "---------- Mensaje reenviado ---------", "Fecha"),
        "names": ("Lucía Ejemplo", "Mario Ficticio"),
        "footnote": "Véase la nota {mark}.",
        "closing": "Madrid, {date}\nLa Fiscal",
        "chat": ("agente", "analista"),
    },
    "de": {
        "title": ("BETREFF: Auskunft über Bestands- und Verkehrsdaten", "Ergänzendes Rechtshilfeersuchen", "Sicherungsanordnung"),
        "intro": "In dem oben genannten Ermittlungsverfahren bitte ich um Übermittlung der nachfolgend aufgeführten Daten.",
        "case": "Geschäftszeichen: {case_reference}",
        "law": ("Das Ersuchen stützt sich auf {legal_reference}.", "Rechtsgrundlage: {legal_reference}"),
        "user_cues": ("unter dem Pseudonym {username:quoted}", "das Nutzerkonto {username:at}", "mit dem Handle {username}", "alias {username:quoted}"),
        "ip_time": ("{ipv4} am {date} um 14:03 Uhr MESZ", "{ipv4}:{port} am {date} gegen 23:12 Uhr mitteleuropäischer Zeit", "{ipv6} am {date} um 08:40 Uhr koordinierter Weltzeit"),
        "sentences": (
            "Bitte teilen Sie den Anschlussinhaber der Rufnummer {phone} mit.",
            "Die Anzeigen verwiesen auf {url} sowie auf {domain}.",
            "Eine Überweisung ging auf das Konto {iban} und wurde anschließend auf {crypto} umgetauscht.",
            "Das Postfach {email} wurde am {date} eingerichtet.",
            "Das Forum ist unter {onion} erreichbar.",
        ),
        "row": {"url": "URL", "domain": "Domain", "email": "E-Mail", "ipv4": "IP-Adresse", "ipv6": "IPv6-Adresse", "phone": "Rufnummer", "username": "Pseudonym", "onion": "Tor-Dienst", "crypto": "Wallet", "iban": "Konto", "date": "Datum"},
        "table": ("Art", "Wert", "Bemerkung"),
        "mail": ("Von", "Gesendet", "An", "Betreff", "schrieb:", "Am {date} schrieb {name} <{email:header}>", "---------- Weitergeleitete Nachricht ---------", "Datum"),
        "names": ("Erika Musterfrau", "Max Platzhalter"),
        "footnote": "Siehe Fußnote {mark}.",
        "closing": "Hamburg, den {date}\nOberstaatsanwältin",
        "chat": ("Ermittler", "Analyst"),
    },
    "it": {
        "title": ("OGGETTO: richiesta di dati del traffico telematico", "RICHIESTA DI ASSISTENZA GIUDIZIARIA", "Ordine di conservazione dei dati"),
        "intro": "Nell'ambito del procedimento in epigrafe, si chiede di voler trasmettere i dati di seguito indicati.",
        "case": "Proc. pen. n. {case_reference}",
        "law": ("La richiesta è formulata ai sensi dell'{legal_reference}.", "Base giuridica: {legal_reference}"),
        "user_cues": ("con il nickname {username:quoted}", "l'account {username:at}", "lo pseudonimo {username}", "l'utente {username:quoted}"),
        "ip_time": ("{ipv4} il giorno {date} alle ore 14:03 ora italiana", "{ipv4}:{port} il {date} alle 23:12 ora legale dell'Europa centrale", "{ipv6} il {date} alle 08:40 tempo coordinato universale"),
        "sentences": (
            "Si chiede di identificare l'intestatario dell'utenza {phone}.",
            "Gli annunci rimandavano a {url} e a {domain}.",
            "Un bonifico è stato disposto sul conto {iban}, poi convertito in cripto-attività su {crypto}.",
            "La casella {email} è stata creata il {date}.",
            "Il forum è raggiungibile all'indirizzo {onion}.",
        ),
        "row": {"url": "URL", "domain": "Dominio", "email": "Posta elettronica", "ipv4": "Indirizzo IP", "ipv6": "Indirizzo IPv6", "phone": "Utenza", "username": "Nickname", "onion": "Servizio Tor", "crypto": "Portafoglio", "iban": "Conto corrente", "date": "Data"},
        "table": ("Tipo", "Valore", "Note"),
        "mail": ("Da", "Inviato", "A", "Oggetto", "ha scritto:", "Il giorno {date} {name} <{email:header}>", "---------- Messaggio inoltrato ---------", "Data"),
        "names": ("Mario Rossi", "Giulia Esempio"),
        "footnote": "Cfr. nota {mark}.",
        "closing": "Milano, {date}\nIl Pubblico Ministero",
        "chat": ("investigatore", "analista"),
    },
    "pt": {
        "title": ("ASSUNTO: pedido de dados de tráfego", "PEDIDO DE AUXÍLIO JUDICIÁRIO MÚTUO", "Ordem de preservação de dados"),
        "intro": "No âmbito do processo acima referido, solicita-se o envio dos elementos abaixo indicados.",
        "case": "Inquérito n.º {case_reference}",
        "law": ("O pedido é feito ao abrigo do {legal_reference}.", "Base legal: {legal_reference}"),
        "user_cues": ("com a alcunha {username:quoted}", "a conta {username:at}", "o utilizador {username}", "o perfil {username:quoted}"),
        "ip_time": ("{ipv4} em {date} pelas 14h03, hora de Lisboa", "{ipv4}:{port} em {date} às 23h12 hora de Brasília", "{ipv6} em {date} às 08h40 tempo universal coordenado"),
        "sentences": (
            "Solicita-se a identificação do titular do número {phone}.",
            "Os anúncios remetiam para {url} e para {domain}.",
            "Foi ordenada uma transferência para a conta {iban}, depois convertida em criptoativos em {crypto}.",
            "A caixa de correio {email} foi criada em {date}.",
            "O fórum está acessível em {onion}.",
        ),
        "row": {"url": "URL", "domain": "Domínio", "email": "Correio eletrónico", "ipv4": "Endereço IP", "ipv6": "Endereço IPv6", "phone": "Telefone", "username": "Alcunha", "onion": "Serviço Tor", "crypto": "Carteira", "iban": "Conta", "date": "Data"},
        "table": ("Tipo", "Valor", "Observações"),
        "mail": ("De", "Enviado", "Para", "Assunto", "escreveu:", "Em {date}, {name} <{email:header}>", "---------- Mensagem encaminhada ---------", "Data"),
        "names": ("Joana Exemplo", "Rui Fictício"),
        "footnote": "Ver nota {mark}.",
        "closing": "Porto, {date}\nA Procuradora",
        "chat": ("inspetor", "analista"),
    },
    "ru": {
        "title": ("О предоставлении сведений", "ЗАПРОС О ВЗАИМНОЙ ПРАВОВОЙ ПОМОЩИ (дополнительный)", "Требование о сохранении данных"),
        "intro": "В рамках указанного уголовного дела прошу направить в наш адрес следующие сведения.",
        "case": "Уголовное дело № {case_reference}",
        "law": ("Запрос направляется на основании {legal_reference}.", "Основание: {legal_reference}"),
        "user_cues": ("под псевдонимом {username:quoted}", "аккаунт {username:at}", "учётная запись {username}", "ник {username:quoted}"),
        "ip_time": ("{ipv4} {date} в 14:03 по московскому времени", "{ipv4}:{port} {date} в 23:12 по времени Екатеринбурга", "{ipv6} {date} в 08:40 по всемирному координированному времени"),
        "sentences": (
            "Прошу установить владельца абонентского номера {phone}.",
            "Объявления вели на {url} и на {domain}.",
            "Перевод был направлен на счёт {iban}, затем средства обменяны на криптовалюту по адресу {crypto}.",
            "Почтовый ящик {email} создан {date}.",
            "Форум доступен по адресу {onion}.",
        ),
        "row": {"url": "URL", "domain": "Домен", "email": "Эл. почта", "ipv4": "IP-адрес", "ipv6": "IPv6-адрес", "phone": "Телефон", "username": "Ник", "onion": "Сервис Tor", "crypto": "Кошелёк", "iban": "Счёт", "date": "Дата"},
        "table": ("Тип", "Значение", "Примечание"),
        "mail": ("От", "Отправлено", "Кому", "Тема", "написал(а):", "{date}, {name} <{email:header}>", "---------- Пересылаемое сообщение ---------", "Дата"),
        "names": ("Иван Иванов", "Пётр Петров"),
        "footnote": "См. сноску {mark}.",
        "closing": "{date}\nСтарший следователь",
        "chat": ("следователь", "аналитик"),
    },
    "zh": {
        "title": ("关于调取电子数据的函", "刑事司法协助补充请求", "数据保全通知"),
        "intro": "因办案需要，请贵单位协助提供下列信息。",
        "case": "案号：{case_reference}",
        "law": ("依据{legal_reference}，特此函告。", "法律依据：{legal_reference}"),
        "user_cues": ("昵称{username:quoted}", "账号 {username:at}", "网名 {username}", "用户{username:quoted}"),
        "ip_time": ("{ipv4}（{date} 北京时间14时03分）", "{ipv4}:{port}，{date} 23时12分（协调世界时）", "{ipv6}，{date} 上午8时40分（北京时间）"),
        "sentences": (
            "请查明号码 {phone} 的机主信息。",
            "广告链接指向 {url} 以及 {domain}。",
            "资金转入账户 {iban}，随后兑换为加密货币，地址 {crypto}。",
            "邮箱 {email} 注册于{date}。",
            "该论坛的暗网地址为 {onion}。",
        ),
        "row": {"url": "网址", "domain": "域名", "email": "电子邮箱", "ipv4": "IP地址", "ipv6": "IPv6地址", "phone": "电话号码", "username": "昵称", "onion": "暗网服务", "crypto": "钱包地址", "iban": "银行账户", "date": "日期"},
        "table": ("类别", "内容", "备注"),
        "mail": ("发件人", "发送时间", "收件人", "主题", "写道：", "{date}，{name} <{email:header}>", "---------- 转发的邮件 ---------", "日期"),
        "names": ("张三", "李四"),
        "footnote": "见注{mark}。",
        "closing": "{date}\n承办人",
        "chat": ("侦查员", "分析员"),
    },
    "ar": {
        "title": ("الموضوع: طلب بيانات المشترك", "طلب مساعدة قضائية متبادلة (تكميلي)", "أمر بحفظ البيانات"),
        "intro": "في إطار القضية المشار إليها أعلاه، نرجو موافاتنا بالمعلومات التالية.",
        "case": "رقم القضية: {case_reference}",
        "law": ("يقدم هذا الطلب استنادًا إلى {legal_reference}.", "السند القانوني: {legal_reference}"),
        "user_cues": ("باسم مستعار {username:quoted}", "الحساب {username:at}", "المعرّف {username}", "الاسم المستعار {username:quoted}"),
        "ip_time": ("{ipv4} بتاريخ {date} الساعة 14:03 بتوقيت القاهرة", "{ipv4}:{port} بتاريخ {date} الساعة 23:12 بتوقيت غرينتش", "{ipv6} بتاريخ {date} الساعة 08:40 بالتوقيت العالمي المنسق"),
        "sentences": (
            "نرجو تحديد صاحب الرقم {phone}.",
            "كانت الإعلانات تحيل إلى {url} وإلى {domain}.",
            "حُوّلت الأموال إلى الحساب {iban} ثم إلى العملات المشفرة على العنوان {crypto}.",
            "أنشئ البريد {email} بتاريخ {date}.",
            "يمكن الوصول إلى المنتدى عبر {onion}.",
        ),
        "row": {"url": "الرابط", "domain": "النطاق", "email": "البريد الإلكتروني", "ipv4": "عنوان IP", "ipv6": "عنوان IPv6", "phone": "الهاتف", "username": "الاسم المستعار", "onion": "خدمة Tor", "crypto": "المحفظة", "iban": "الحساب المصرفي", "date": "التاريخ"},
        "table": ("النوع", "القيمة", "ملاحظات"),
        "mail": ("من", "أرسلت", "إلى", "الموضوع", "كتب:", "في {date}، {name} <{email:header}>", "---------- رسالة معاد توجيهها ---------", "التاريخ"),
        "names": ("فلان الفلاني", "علان العلاني"),
        "footnote": "انظر الحاشية {mark}.",
        "closing": "حرر في {date}\nرئيس النيابة",
        "chat": ("المحقق", "المحلل"),
    },
    "hi": {
        "title": ("विषय: ग्राहक डेटा हेतु अनुरोध", "पारस्परिक विधिक सहायता हेतु पूरक अनुरोध", "डेटा संरक्षण आदेश"),
        "intro": "उपर्युक्त मामले के संबंध में कृपया निम्नलिखित विवरण उपलब्ध कराएं।",
        "case": "प्राथमिकी संख्या: {case_reference}",
        "law": ("यह अनुरोध {legal_reference} के अधीन किया जा रहा है।", "विधिक आधार: {legal_reference}"),
        "user_cues": ("उपनाम {username:quoted}", "खाता {username:at}", "हैंडल {username}", "यूज़रनेम {username:quoted}"),
        "ip_time": ("{ipv4} दिनांक {date} को दोपहर 2:03 बजे भारतीय मानक समय", "{ipv4}:{port} दिनांक {date} रात 11:12 बजे ग्रीनविच समय", "{ipv6} दिनांक {date} सुबह 8:40 बजे समन्वित सार्वभौमिक समय"),
        "sentences": (
            "कृपया नंबर {phone} के धारक की पहचान बताएं।",
            "विज्ञापन {url} और {domain} से जुड़े थे।",
            "राशि खाते {iban} में भेजी गई और फिर क्रिप्टो पता {crypto} पर बदली गई।",
            "ईमेल {email} दिनांक {date} को बनाया गया।",
            "यह मंच {onion} पर उपलब्ध है।",
        ),
        "row": {"url": "यूआरएल", "domain": "डोमेन", "email": "ईमेल", "ipv4": "आईपी पता", "ipv6": "आईपीv6 पता", "phone": "दूरभाष", "username": "उपनाम", "onion": "टॉर सेवा", "crypto": "वॉलेट", "iban": "बैंक खाता", "date": "दिनांक"},
        "table": ("प्रकार", "मान", "टिप्पणी"),
        "mail": ("प्रेषक", "भेजा गया", "प्राप्तकर्ता", "विषय", "ने लिखा:", "{date} को {name} <{email:header}>", "---------- अग्रेषित संदेश ---------", "दिनांक"),
        "names": ("राम नमूना", "सीता उदाहरण"),
        "footnote": "टिप्पणी {mark} देखें।",
        "closing": "नई दिल्ली, {date}\nपुलिस उपाधीक्षक",
        "chat": ("जांचकर्ता", "विश्लेषक"),
    },
    "mr": {
        "title": ("विषय: ग्राहक माहिती मिळणेबाबत", "परस्पर कायदेशीर साहाय्य पूरक विनंती", "माहिती जतन आदेश"),
        "intro": "वरील प्रकरणी खालील माहिती तातडीने पाठवावी ही विनंती.",
        "case": "प्रकरण क्रमांक: {case_reference}",
        "law": ("ही विनंती {legal_reference} अन्वये करण्यात येत आहे.", "कायदेशीर आधार: {legal_reference}"),
        "user_cues": ("टोपणनाव {username:quoted}", "खाते {username:at}", "हँडल {username}", "वापरकर्ता {username:quoted}"),
        "ip_time": ("{ipv4} दिनांक {date} रोजी दुपारी 2:03 वाजता भारतीय प्रमाण वेळ", "{ipv4}:{port} दिनांक {date} रोजी रात्री 11:12 वाजता ग्रीनविच वेळ", "{ipv6} दिनांक {date} रोजी सकाळी 8:40 वाजता"),
        "sentences": (
            "कृपया क्रमांक {phone} च्या धारकाची माहिती द्यावी.",
            "जाहिराती {url} आणि {domain} कडे नेत होत्या.",
            "रक्कम खाते {iban} मध्ये पाठवून नंतर क्रिप्टो पत्ता {crypto} वर बदलली.",
            "ईमेल {email} दिनांक {date} रोजी तयार केला.",
            "हे मंच {onion} वर उपलब्ध आहे.",
        ),
        "row": {"url": "संकेतस्थळ", "domain": "डोमेन", "email": "ईमेल", "ipv4": "आयपी पत्ता", "ipv6": "आयपीv6 पत्ता", "phone": "दूरध्वनी", "username": "टोपणनाव", "onion": "टॉर सेवा", "crypto": "वॉलेट", "iban": "बँक खाते", "date": "दिनांक"},
        "table": ("प्रकार", "मूल्य", "शेरा"),
        "mail": ("प्रेषक", "पाठवले", "प्रति", "विषय", "यांनी लिहिले:", "{date} रोजी {name} <{email:header}>", "---------- पुढे पाठवलेला संदेश ---------", "दिनांक"),
        "names": ("राम नमुना", "सीता उदाहरण"),
        "footnote": "टीप {mark} पहा.",
        "closing": "पुणे, {date}\nपोलीस निरीक्षक",
        "chat": ("तपास अधिकारी", "विश्लेषक"),
    },
}  # fmt: skip


class Builder:
    """Assembles a text and records a gold label for every identifier slot at its final offset."""

    def __init__(self, values: Values) -> None:
        self.values, self.text = values, ""
        self.labels: list[dict[str, Any]] = []
        self.rng = values.rng
        spec = L[values.language]
        self.quotes = QUOTES[values.language]
        self.spec = spec

    def add(self, template: str) -> Builder:
        """Append a template: literal text and {kind} / {kind:style} slots."""
        position = 0
        for match in SLOT.finditer(template):
            self.text += template[position : match.start()]
            self._slot(match.group(1), match.group(2))
            position = match.end()
        self.text += template[position:]
        return self

    def line(self, template: str = "") -> Builder:
        return self.add(template + "\n")

    def _label(self, kind: str, written: str, canonical: str, start: int | None = None) -> None:
        begin = len(self.text) if start is None else start
        self.text += written
        self.labels.append(
            {"type": kind, "normalized": canonical, "start": begin, "end": len(self.text)}
        )

    def _slot(self, kind: str, style: str | None) -> None:
        r = self.rng
        if kind == "port":
            self.text += str(r.choice((443, 8080, 51413, 3389, 6667)))
            return
        if kind == "name":
            self.text += r.choice(self.spec["names"])
            return
        if kind == "distractor":
            self.text += self.distractor()
            return
        if kind == "username":
            written, canonical = self.values.draw("username")
            if style == "quoted":
                open_, close = r.choice(self.quotes)
                self.text += open_
                self._label(kind, written, canonical)
                self.text += close
                return
            if style == "at":
                self._label(kind, "@" + written, canonical)
                return
            self._label(kind, written, canonical)
            return
        written, canonical = self.values.draw(kind, style)
        self._label(kind, written, canonical)

    def distractor(self) -> str:
        return self.rng.choice(DISTRACTORS[self.values.language] + DISTRACTORS_COMMON)


# --- layouts ------------------------------------------------------------------------------
ROW_KINDS = (
    "url",
    "domain",
    "email",
    "ipv4",
    "ipv6",
    "phone",
    "username",
    "onion",
    "crypto",
    "iban",
)


def _row_value(kind: str) -> str:
    return "{username:quoted}" if kind == "username" else "{" + kind + "}"


def layout_table(b: Builder) -> None:
    """A letter whose identifiers stand in a pipe table, a date or a distractor in the third column."""
    spec, r = b.spec, b.rng
    b.line(r.choice(spec["title"])).line(spec["case"]).line().line(spec["intro"]).line()
    head = spec["table"]
    b.line(f"| {head[0]} | {head[1]} | {head[2]} |").line("|---|---|---|")
    for kind in r.sample(ROW_KINDS, r.randint(4, 7)):
        remark = r.choice(("{date}", "{distractor}", "—", "{date}"))
        b.line(f"| {spec['row'][kind]} | {_row_value(kind)} | {remark} |")
    b.line().line(r.choice(spec["law"])).line().line(spec["closing"])


def layout_tabbed(b: Builder) -> None:
    """A table pasted from a spreadsheet: tab-separated columns, no borders."""
    spec, r = b.spec, b.rng
    b.line(r.choice(spec["title"])).line(spec["case"]).line()
    head = spec["table"]
    b.line(f"{head[0]}\t{head[1]}\t{head[2]}")
    for kind in r.sample(ROW_KINDS, r.randint(3, 6)):
        b.line(
            f"{spec['row'][kind]}\t{_row_value(kind)}\t{r.choice(('{date}', '{distractor}', ''))}"
        )
    b.line().line(spec["closing"])


def layout_bullets(b: Builder) -> None:
    """Identifiers as a bullet list with varied markers, IP lines carrying a time zone in words."""
    spec, r = b.spec, b.rng
    marker = r.choice(("•", "–", "*", "-", "▪"))
    numbered = r.random() < 0.3
    b.line(r.choice(spec["title"])).line(spec["case"]).line(r.choice(spec["law"])).line()
    b.line(spec["intro"])
    items = [_row_value(k) for k in r.sample(ROW_KINDS, r.randint(3, 5))]
    items += [r.choice(spec["ip_time"]), r.choice(spec["user_cues"]), "{distractor}"]
    r.shuffle(items)
    for index, item in enumerate(items, start=1):
        prefix = f"{index})" if numbered else marker
        if item.startswith("{") and item.endswith("}") and item != "{distractor}":
            kind = item.strip("{}").split(":")[0]
            b.line(f"{prefix} {spec['row'][kind]} : {item}")
        else:
            b.line(f"{prefix} {item}")
    b.line().line(spec["closing"])


def _mail_header(b: Builder, forwarded: bool) -> None:
    spec, r = b.spec, b.rng
    words = spec["mail"]
    if forwarded:
        b.line(words[6])
        b.line(f"{words[0]}: {{name}} <{{email:header}}>")
        b.line(f"{words[7]}: {{date}}")
    else:
        b.line(f"{words[0]}: {{name}} <{{email:header}}>")
        b.line(f"{words[1]}: {{date}} {r.choice(('10:12', '16:48', '08:03'))}")
    b.line(f"{words[2]}: {{email:header}}")
    b.line(f"{words[3]}: {r.choice(spec['title'])}")
    b.line()


def layout_thread(b: Builder) -> None:
    """An e-mail reply above a quoted message ('>' lines) that holds identifiers too."""
    spec, r = b.spec, b.rng
    _mail_header(b, forwarded=False)
    b.line(spec["intro"])
    for sentence in r.sample(spec["sentences"], 2):
        b.line(sentence)
    b.line(f"{spec['case']} — {r.choice(spec['user_cues'])}")
    b.line()
    b.line(f"{spec['mail'][5]} {spec['mail'][4]}")
    depth = "> "
    for sentence in [r.choice(spec["ip_time"]), *r.sample(spec["sentences"], 2), "{distractor}"]:
        b.line(depth + sentence)
    if r.random() < 0.5:
        b.line(">")
        b.line(">> " + r.choice(spec["law"]))
    b.line().line(spec["closing"])


def layout_forward(b: Builder) -> None:
    """A forwarded message: the forwarder's note, the forwarded header block, the original body."""
    spec, r = b.spec, b.rng
    b.line(spec["intro"].split(",")[0].rstrip(".。") + ".")
    b.line(f"{spec['case']}").line()
    _mail_header(b, forwarded=True)
    for sentence in r.sample(spec["sentences"], 3):
        b.line(sentence)
    b.line(f"{r.choice(spec['ip_time'])}.")
    b.line(r.choice(spec["user_cues"]) + ".")
    b.line("{distractor}")


def layout_footnotes(b: Builder) -> None:
    """Legal bases and references moved to footnotes with superscript or bracket marks."""
    spec, r = b.spec, b.rng
    marks = r.choice((("¹", "²", "³"), ("[1]", "[2]", "[3]"), ("(1)", "(2)", "(3)")))
    b.line(r.choice(spec["title"])).line()
    b.line(spec["intro"] + marks[0])
    for sentence in r.sample(spec["sentences"], 3):
        b.line(sentence)
    b.line(r.choice(spec["ip_time"]) + marks[1])
    b.line(spec["footnote"].format(mark=marks[2]))
    b.line().line("____").line(f"{marks[0]} {{legal_reference}}")
    b.line(f"{marks[1]} {{distractor}}")
    b.line(f"{marks[2]} {spec['case']}")
    b.line(f"{marks[2]} {{legal_reference}}")


def layout_chat(b: Builder) -> None:
    """A chat log export: timestamps and nicknames of investigators (not identifiers) per line."""
    spec, r = b.spec, b.rng
    who = spec["chat"]
    lines = [
        r.choice(spec["user_cues"]),
        r.choice(spec["ip_time"]),
        *r.sample(spec["sentences"], 2),
    ]
    lines.append("{distractor}")
    for index, text in enumerate(lines):
        stamp = f"{9 + index:02}:{r.randint(0, 59):02}"
        b.line(f"[{stamp}] {who[index % 2]}: {text}")


def layout_snippet(b: Builder) -> None:
    """One or two lines lifted from a letter, as officers paste them."""
    spec, r = b.spec, b.rng
    pool = [*spec["sentences"], *spec["ip_time"], spec["case"], *spec["law"], *spec["user_cues"]]
    for text in r.sample(pool, r.randint(1, 2)):
        b.line(text)
    if r.random() < 0.5:
        b.line("{distractor}")


LAYOUTS = {
    "table": layout_table, "tabbed": layout_tabbed, "bullets": layout_bullets,
    "thread": layout_thread, "forward": layout_forward, "footnotes": layout_footnotes,
    "chat": layout_chat, "snippet": layout_snippet,
}  # fmt: skip
PER_LANGUAGE = (
    ("table", 3), ("tabbed", 2), ("bullets", 3), ("thread", 3), ("forward", 2), ("footnotes", 2),
    ("chat", 2), ("snippet", 3),
)  # fmt: skip


def documents(rng: random.Random) -> list[dict[str, Any]]:
    """Every held-out text document with its labels."""
    out = []
    for language, regions in REGIONS.items():
        for layout, count in PER_LANGUAGE:
            for index in range(count):
                region = regions[index % len(regions)]
                variant = "defanged" if index % 3 == 2 else "mixed" if index % 3 == 1 else "clean"
                share = {"clean": 0.0, "mixed": 0.25, "defanged": 0.8}[variant]
                builder = Builder(Values(rng, language, region, share))
                LAYOUTS[layout](builder)
                out.append({"language": language, "region": region, "genre": layout,
                            "variant": variant, "text": builder.text, "labels": builder.labels})  # fmt: skip
    return out


# --- scanned renders ------------------------------------------------------------------------
FONTS = {
    "latin": "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "cjk": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "deva": "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "arab": "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
}
SCANS = (  # (language, region, layout); new layouts: a table, bullets, a mail print-out, footnotes
    ("fr", "FR", "table"), ("de", "DE", "bullets"), ("it", "IT", "footnotes"),
    ("es", "ES", "thread"), ("ru", "RU", "table"), ("en", "GB", "forward"),
)  # fmt: skip


def _font_for(char: str) -> str:
    code = ord(char)
    if 0x0900 <= code <= 0x097F:
        return "deva"
    if 0x0600 <= code <= 0x06FF:
        return "arab"
    if code >= 0x2E80:
        return "cjk"
    return "latin"


FONT_SIZE, LINE_HEIGHT, LEFT, RIGHT = 36, 66, 160, 2360
TABLE_EDGES = (LEFT, 520, 2060, RIGHT)


def _fonts() -> dict[str, Any]:
    from PIL import ImageFont

    return {name: ImageFont.truetype(file, FONT_SIZE) for name, file in FONTS.items()}


def _runs(line: str) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for char in line:
        name = _font_for(char) if not char.isspace() else (runs[-1][0] if runs else "latin")
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def _width(fonts: dict[str, Any], line: str) -> float:
    return float(sum(fonts[name].getlength(run) for name, run in _runs(line)))


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


def wrap(text: str, labels: list[dict[str, Any]], fonts: dict[str, Any]) -> str | None:
    """Break long lines at spaces outside identifiers (same length, so spans hold); None if a
    table cell or an unbreakable run does not fit the page."""
    inside = set()
    for label in labels:
        inside.update(range(label["start"], label["end"]))
    chars, start = list(text), 0
    for line in text.split("\n"):
        if line.startswith("|"):
            widths = [b - a - 40 for a, b in itertools.pairwise(TABLE_EDGES)]
            if line.startswith("| ") and any(
                _width(fonts, cell) > width
                for cell, width in zip(_cells(line), widths, strict=False)
            ):
                return None
        else:
            line_start, last_space = start, None
            for offset in range(start, start + len(line)):
                if chars[offset] == " " and offset not in inside:
                    last_space = offset
                if _width(fonts, "".join(chars[line_start : offset + 1])) > RIGHT - LEFT:
                    if last_space is None or last_space <= line_start:
                        return None
                    chars[last_space] = "\n"
                    line_start, last_space = last_space + 1, None
        start += len(line) + 1
    wrapped = "".join(chars)
    return wrapped if wrapped.count("\n") * LINE_HEIGHT <= 3508 - 400 else None


def render(text: str, path: Path) -> None:
    """Draw the letter on an A4 page at 300 dpi; pipe tables become ruled cells."""
    from PIL import Image, ImageDraw

    fonts = _fonts()
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    y = 200
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("|---"):
            continue
        if line.startswith("| "):
            top, bottom = y - 12, y + LINE_HEIGHT - 12
            draw.line((TABLE_EDGES[0], top, TABLE_EDGES[-1], top), fill=0, width=3)
            for left, cell in zip(TABLE_EDGES, _cells(line), strict=False):
                _draw_runs(draw, fonts, left + 20, y, cell)
            for edge in TABLE_EDGES:
                draw.line((edge, top, edge, bottom), fill=0, width=3)
            draw.line((TABLE_EDGES[0], bottom, TABLE_EDGES[-1], bottom), fill=0, width=3)
        else:
            _draw_runs(draw, fonts, LEFT, y, line)
        y += LINE_HEIGHT
    page.save(path, dpi=(300, 300), optimize=True)


def _draw_runs(draw: Any, fonts: dict[str, Any], x: float, y: int, line: str) -> None:
    for name, run in _runs(line):
        draw.text((x, y), run, font=fonts[name], fill=0)
        x += fonts[name].getlength(run)


def scans(rng: random.Random) -> list[tuple[str, dict[str, Any]]]:
    """The scanned letters' texts and gold labels (clean spellings: the scan is the damage)."""
    fonts, out = _fonts(), []
    for index, (language, region, layout) in enumerate(SCANS):
        for _ in range(200):
            builder = Builder(Values(rng, language, region, 0.0))
            LAYOUTS[layout](builder)
            wrapped = wrap(builder.text, builder.labels, fonts)
            if wrapped is not None:
                break
        else:
            raise RuntimeError(f"scan {index}: no draw fits one page")
        out.append((f"scan{index}_{language}_{layout}", {
            "language": language, "region": region, "genre": layout, "variant": "scanned",
            "text": wrapped, "labels": builder.labels,
        }))  # fmt: skip
    return out


def verify(doc: dict[str, Any]) -> None:
    """The generator's own checks: spans inside the text, checksums, canonical forms agreeing."""
    text = doc["text"]
    for label in doc["labels"]:
        written = text[label["start"] : label["end"]]
        assert written, label
        kind, canonical = label["type"], label["normalized"]
        if kind == "iban":
            assert iban_is_valid(canonical), canonical
        if kind == "onion":
            assert len(canonical) == 62, canonical
            assert canonical.endswith(".onion"), canonical
        if kind == "ipv4":
            assert ipaddress.IPv4Address(canonical).is_private, canonical  # documentation ranges
        if kind == "ipv6":
            assert ipaddress.IPv6Address(canonical) in ipaddress.IPv6Network("2001:db8::/32")


def write(target: Path) -> None:
    """Write text/*.txt|json and scanned/*.png|json under target."""
    rng = random.Random(SEED)
    if target.exists():
        shutil.rmtree(target)
    (target / "text").mkdir(parents=True)
    (target / "scanned").mkdir(parents=True)
    for index, doc in enumerate(documents(rng)):
        verify(doc)
        stem = f"{index:04d}_{doc['language']}_{doc['genre']}_{doc['variant']}"
        (target / "text" / f"{stem}.txt").write_text(doc.pop("text"), encoding="utf-8")
        (target / "text" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
    for stem, doc in scans(rng):
        verify(doc)
        render(doc["text"], target / "scanned" / f"{stem}.png")
        (target / "scanned" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.suffix in (".txt", ".json")
    }


def main() -> None:
    """Write the corpus, or with --check compare a fresh generation with the committed one."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="fail when the committed corpus is stale"
    )
    arguments = parser.parse_args()
    if not arguments.check:
        write(CORPUS)
        return
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / "corpus"
        write(fresh)
        stale = [
            name for name, digest in _digest(fresh).items() if _digest(CORPUS).get(name) != digest
        ]
        missing = set(_digest(CORPUS)) - set(_digest(fresh))
        if stale or missing or not filecmp.dircmp(fresh, CORPUS).common_dirs:
            sys.exit(f"held-out corpus is stale: {sorted(stale)[:5]} {sorted(missing)[:5]}")
    print("held-out corpus matches its generator")


if __name__ == "__main__":
    main()
