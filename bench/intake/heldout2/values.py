"""Fictional values for the second held-out set, each as written and in its canonical form.

Canonical forms follow the gold conventions of bench/intake (README): URL with lower-case scheme
and host, punycode host, default port, fragment dropped and '/' for an empty path; e-mail with
its local part as written (NFC) and its domain canonical; IPv4 without leading zeros; IPv6
compressed (RFC 5952); phone in E.164 with the letter's country as default region; username
without '@', case-folded; onion host lower-case; crypto address in its checksum form (EIP-55,
lower-case bech32, prefixed CashAddr); IBAN compact upper-case; references with white space
collapsed; dates in ISO 8601. They are computed here with the standard library, phonenumbers,
idna and checksums.py, not with Rogatory.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import random
import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import idna
import phonenumbers

from bench.intake.heldout2 import checksums as cs

# --- canonical forms --------------------------------------------------------------------------
_REFANG = re.compile(
    r"\[\.\]|\(\.\)|\[dot\]|\(dot\)|\[at\]|\(at\)|\[@\]|\(@\)|\[:\]|hxxp|hXXp", re.IGNORECASE
)
_REFANG_TO = {"[.]": ".", "(.)": ".", "[dot]": ".", "(dot)": ".", "[at]": "@", "(at)": "@",
              "[@]": "@", "(@)": "@", "[:]": ":", "hxxp": "http"}  # fmt: skip


def refang(value: str) -> str:
    """Undo the defanging marks this generator writes."""
    return _REFANG.sub(lambda m: _REFANG_TO[m.group().lower()], value).replace(" ", "")


def canonical_host(host: str) -> str:
    host = refang(host).rstrip(".").lower()
    return host if host.isascii() else idna.encode(host, uts46=True).decode("ascii")


def canonical_url(written: str) -> str:
    parts = urlsplit(refang(written))
    scheme = parts.scheme.lower()
    host = canonical_host(parts.hostname or "")
    port = parts.port
    netloc = host if port in (None, {"http": 80, "https": 443}.get(scheme)) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def canonical_email(written: str) -> str:
    local, _, domain = refang(written).rpartition("@")
    return f"{unicodedata.normalize('NFC', local)}@{canonical_host(domain)}"


def canonical_ipv4(written: str) -> str:
    raw = refang(written).replace("O", "0")
    return str(ipaddress.IPv4Address(".".join(str(int(part)) for part in raw.split("."))))


def canonical_phone(written: str, region: str) -> str:
    number = phonenumbers.parse(unicodedata.normalize("NFKC", written), region)
    if not phonenumbers.is_valid_number(number):
        raise ValueError(f"invalid phone {written!r} for {region}")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def canonical_reference(written: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", written)).strip()


# --- building blocks ------------------------------------------------------------------------
WORDS = ("nightbazaar", "silentcourier", "greypost", "quietharbor", "tidewatch", "velvetden",
         "copperfox", "mirrorhall", "ashgrove", "saltmarsh", "redkite", "frostbyte", "lowtide",
         "paperlantern", "ironvault", "mossgate", "cinderbox", "duskmarket", "hollowpine",
         "stormcellar", "blackorchid", "glasswing", "pinecrest-shop", "cargo-relay")  # fmt: skip
PARENTS = ("example", "example", "example.com", "example.net", "example.org")
IDN_HOSTS = {
    "fr": "café-sombre.example", "es": "correo-niño.example", "ru": "пример-форум.example",
    "zh": "例子商店.example", "hi": "बाजार.example", "pl": "zakupy-łódź.example",
    "de": "schwarzmarkt-köln.example", "pt": "loja-ação.example",
}  # fmt: skip
IDN_MAIL = {
    "fr": ("hélène.roux", "messagerie-sûre.example"), "es": ("josé.núñez", "correo-niño.example"),
    "ru": ("иван.смирнов", "почта.example"), "zh": ("用户2024", "邮箱.example"),
    "hi": ("राहुल", "डाक.example"), "de": ("jürgen.weiß", "post-köln.example"),
    "pt": ("joão.gonçalves", "correio.example"), "ar": ("سمير", "بريد.example"),
}  # fmt: skip
LOCALS = ("k.rocher", "m.novak", "shadow.broker", "opsec_first", "noreply+tickets", "j.o.doe",
          "support", "abuse", "t.van.dijk", "ledger.keeper", "anon4521", "contact.presse",
          "r.ferreira", "ops-desk", "p.lindqvist", "zq_trader")  # fmt: skip
USERNAMES = {
    "fr": ("le_renard_gris", "Minuit_Noir", "kaiser_du_94", "lapinou.dark"),
    "en": ("N1ghtCrawler", "xX_Viper_Xx", "ghost__rider", "QuietStorm_UK"),
    "es": ("sombra.azul", "ElChapulin_33", "lobo_feroz", "Tiburon.Blanco"),
    "de": ("Schattenwolf_88", "kaltblut", "Nebelkraehe", "Der_Schmied"),
    "it": ("lupo_grigio", "Volpe.Rossa", "Il_Corsaro", "mezzanotte77"),
    "pt": ("tubarao_pt", "Corvo.Negro", "maré_alta", "Zé_do_Porto"),
    "ru": ("тёмный_лес", "Морок77", "vasiliy_kot", "Серый_Волк"),
    "ar": ("ظل_الليل", "الصقر_الاسود", "abu_khaled_22", "Nimr_99"),
    "zh": ("暗影猎手", "小飞侠_99", "longwang88", "夜行者"),
    "hi": ("शिकारी_07", "raja_bhai_21", "काला_बाज़", "DesiHawk"),
    "nl": ("ZwarteKat", "de_stille_vos", "Grachtenrat", "mol_020"),
    "pl": ("cichy_lis", "Kruk.Czarny", "wilk_z_lasu", "Sowa_91"),
}  # fmt: skip
HANDLE_TAILS = ("", "", "_bot", "_official", "2", "_shop")
PATHS = ("/t/4812-vente-de-comptes", "/profile.php?id=100064{n}", "/u/{user}", "/index.php?topic={n}.0",
         "/s/AbX{n}", "/@{user}/posts/{n}", "/p/{n}#comments", "/market/item/{n}",
         "/files/{n}/dump.zip", "/thread/{n}/page-2", "", "/", "/viewtopic.php?f=12&t={n}")  # fmt: skip


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


# Phone shapes per region ('#' a random digit). The first shapes use ranges set aside for
# fiction where the numbering plan has them and phonenumbers still calls them valid.
PHONES = {
    "FR": ("01 99 00 ## ##", "06 ## ## ## ##", "+33 (0)7 ## ## ## ##", "+33 6 ## ## ## ##", "0## ### ## ##"),
    "BE": ("0470 ## ## ##", "+32 4## ## ## ##", "02 ### ## ##"),
    "CH": ("079 ### ## ##", "+41 76 ### ## ##"),
    "GB": ("020 7946 0###", "0113 496 0###", "+44 (0)161 496 0###", "07### ######", "+44 7### ######"),
    "US": ("(202) 555-01##", "+1 415-555-01##", "212.555.01##"),
    "AU": ("0491 570 ###", "+61 491 570 ###", "(02) 5550 ####"),
    "IE": ("087 ### ####", "+353 86 ### ####"),
    "ES": ("6## ## ## ##", "+34 6## ### ###", "91 ### ## ##"),
    "MX": ("+52 55 #### ####", "55 #### ####"),
    "DE": ("0151 ########", "+49 (0)30 ########", "030/########", "+49 1## #######"),
    "AT": ("0664 #######", "+43 660 #######"),
    "IT": ("3## ### ####", "+39 3## ### ####", "06 #### ####"),
    "PT": ("9## ### ###", "+351 21# ### ###"),
    "BR": ("(11) 9####-####", "+55 21 9####-####", "(61) 3###-####"),
    "RU": ("+7 (9##) ###-##-##", "8 9## ###-##-##", "8 (495) ###-##-##"),
    "KZ": ("+7 701 ### ## ##",),
    "MA": ("06 ## ## ## ##", "+212 6## ## ## ##"),
    "EG": ("010 #### ####", "+20 12 #### ####"),
    "AE": ("050 ### ####", "+971 55 ### ####"),
    "SA": ("+966 5# ### ####", "05# ### ####"),
    "CN": ("13# #### ####", "+86 15# #### ####", "(010) #### ####", "0755-8### ####"),
    "TW": ("09##-###-###", "+886 9## ### ###"),
    "IN": ("+91 98### #####", "098### #####", "+91-11-2#######", "7#########"),
    "NL": ("06-########", "+31 6 ########", "020-#######"),
    "PL": ("+48 5## ### ###", "5## ### ###", "22 ### ## ##"),
}  # fmt: skip
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")
_CHINESE = "〇一二三四五六七八九"


def chinese_number(value: int) -> str:
    """Chinese numerals for a month or day (十二, 二十一, 三十)."""
    tens, units = divmod(value, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CHINESE[tens] + "十")
    return head + (_CHINESE[units] if units else "") if value >= 10 else _CHINESE[units]


def case_reference(rng: random.Random, region: str) -> str:
    """A national case or file number as that country's police, prosecutors or courts write it."""
    y, yy = rng.randint(2022, 2026), rng.randint(22, 26)
    makers = {
        "FR": (lambda: f"{yy}{rng.randint(1, 365):03d}{_digits(rng, 6)}",
               lambda: f"{y}/{_digits(rng, 6)}", lambda: f"JI {yy}/{rng.randint(1, 999):05d}",
               lambda: f"PV {_digits(rng, 5)}/{y}"),
        "BE": (lambda: f"BR.{rng.randint(10, 99)}.L{rng.randint(1, 9)}.{_digits(rng, 6)}/{yy}",
               lambda: f"AN.{rng.randint(10, 99)}.F1.{_digits(rng, 6)}/{yy}"),
        "CH": (lambda: f"ST.{y}.{_digits(rng, 4)}",),
        "GB": (lambda: f"{rng.randint(1, 99):02d}{rng.choice(('YE', 'MP', 'WM', 'CY'))}{_digits(rng, 5)}{yy}",
               lambda: f"CRI/{yy}/{_digits(rng, 6)}"),
        "US": (lambda: f"1:{yy}-cr-{_digits(rng, 5)}", lambda: f"{rng.randint(2, 4)}:{yy}-mj-{_digits(rng, 5)}"),
        "AU": (lambda: f"E{_digits(rng, 8)}",),
        "IE": (lambda: f"{_digits(rng, 8)}",),
        "ES": (lambda: f"{rng.randint(1, 9999)}/{y}", lambda: f"NIG 28079 43 2 {y} {_digits(rng, 7)}",
               lambda: f"{y}-{_digits(rng, 6)}-{_digits(rng, 8)}"),
        "MX": (lambda: f"CI-FDS/T{rng.randint(1, 3)}/{_digits(rng, 5)}/{rng.randint(1, 12):02d}-{y}",),
        "DE": (lambda: f"{rng.randint(1, 999)} Js {rng.randint(100, 99999)}/{yy}",
               lambda: f"{rng.randint(1, 99)} UJs {rng.randint(100, 9999)}/{yy}",
               lambda: f"ST/{_digits(rng, 7)}/{y}"),
        "AT": (lambda: f"{rng.randint(1, 99)} St {rng.randint(1, 999)}/{yy}{rng.choice('abcdefghikmpst')}",),
        "IT": (lambda: f"{rng.randint(100, 29999)}/{y} R.G.N.R.", lambda: f"{rng.randint(100, 9999)}/{yy} R.G. GIP",
               lambda: f"{rng.randint(100, 9999)}/{y} Mod. 21"),
        "PT": (lambda: f"{rng.randint(1, 9999)}/{yy}.{rng.randint(0, 9)}{rng.choice(('JAPRT', 'T9LSB', 'PBBRG', 'JDLSB'))}",),
        "BR": (lambda: cs.cnj_number(rng, y), lambda: f"IPL {y}.{_digits(rng, 7)}-SR/PF/SP"),
        "RU": (lambda: f"{_digits(rng, 3)}{yy}{_digits(rng, 12)}", lambda: f"{rng.randint(1, 99)}-{_digits(rng, 3)}/{y}"),
        "KZ": (lambda: f"{_digits(rng, 15)}",),
        "MA": (lambda: f"{y}/{rng.randint(2101, 2110)}/{rng.randint(1, 999)}",),
        "EG": (lambda: f"{rng.randint(100, 19999)} لسنة {y}",),
        "AE": (lambda: f"{rng.randint(100, 9999)}/{y}",),
        "SA": (lambda: f"{rng.randint(44, 47)}{_digits(rng, 8)}",),
        "CN": (lambda: f"（{y}）{rng.choice(('京0105', '沪0115', '粤0304', '浙0106'))}刑初{rng.randint(1, 999)}号",
               lambda: f"{rng.choice(('京公', '深公', '杭公'))}（网）立字〔{y}〕{rng.randint(100, 9999)}号"),
        "TW": (lambda: f"{rng.randint(111, 114)}年度偵字第{rng.randint(100, 39999)}號",),
        "IN": (lambda: f"{rng.randint(1, 999):04d}/{y}", lambda: f"RC{_digits(rng, 4)}{y}{rng.choice('AES')}{_digits(rng, 4)}"),
        "NL": (lambda: f"{rng.randint(1, 99):02d}/{_digits(rng, 6)}-{yy}", lambda: f"PL{rng.randint(1000, 1999)}-{y}{_digits(rng, 6)}"),
        "PL": (lambda: f"PR {rng.randint(1, 4)} Ds {rng.randint(1, 999)}.{y}", lambda: f"{rng.choice(('II', 'III', 'IV'))} K {rng.randint(1, 999)}/{yy}",
               lambda: f"RSD-{rng.randint(1, 999)}/{yy}"),
    }  # fmt: skip
    return rng.choice(makers[region])()


class Draw:
    """Draws the values of one document: as written, and canonical."""

    def __init__(
        self,
        rng: random.Random,
        language: str,
        region: str,
        kit: dict[str, Any],
    ) -> None:
        self.rng, self.language, self.region, self.kit = rng, language, region, kit
        self.used: set[str] = set()

    # Defanging as analysts write it: hxxp(s), [:], [.], (.), [dot] and [at], (at), [@].
    def _defang_host(self, host: str) -> str:
        mark = self.rng.choice(("[.]", "[.]", "(.)", "[dot]"))
        head, _, tail = host.rpartition(".")
        return f"{head}{mark}{tail}"

    def host(self) -> str:
        r = self.rng
        if r.random() < 0.1 and self.language in IDN_HOSTS:
            return IDN_HOSTS[self.language]
        word = r.choice(WORDS)
        parent = r.choice(PARENTS)
        sub = r.choice(("", "", "", "www.", "forum.", "cdn.", "m.", "mail."))
        if parent == "example":
            return f"{sub}{word}.example"
        return f"{sub}{word}.{parent}" if sub or r.random() < 0.8 else parent

    def value(self, name: str, *, defanged: bool = False, ocr: bool = False) -> tuple[str, str]:
        """One value of that slot: (as written, canonical form)."""
        r = self.rng
        if name == "url":
            host = self.host()
            path = r.choice(PATHS).format(n=r.randint(10, 99999), user=r.choice(WORDS))
            scheme = r.choice(("https", "https", "http"))
            port = r.choice(("", "", "", "", ":8443", ":8080", ":443"))
            if scheme == "http" and port == ":443":
                port = ":80"
            if r.random() < 0.1 and host.isascii():
                scheme, host = scheme.upper(), host.title()
            written = f"{scheme}://{host}{port}{path}"
            canonical = canonical_url(written)
            if defanged:
                written = written.replace("http", r.choice(("hxxp", "hXXp")), 1)
                if r.random() < 0.3:
                    written = written.replace("://", "[:]//", 1)
                written = written.replace(host, self._defang_host(host), 1)
            return written, canonical
        if name == "domain":
            host = self.host()
            written = self._defang_host(host) if defanged else host
            return written, canonical_host(host)
        if name == "email":
            if r.random() < 0.12 and self.language in IDN_MAIL:
                local, domain = IDN_MAIL[self.language]
            else:
                local, domain = r.choice(LOCALS), self.host().removeprefix("www.")
            written = f"{local}@{domain}"
            canonical = canonical_email(written)
            if defanged:
                written = (
                    local + r.choice(("[at]", "(at)", "[@]", " [at] ")) + self._defang_host(domain)
                )
            return written, canonical
        if name == "ipv4":
            block = r.choice(("192.0.2.", "198.51.100.", "203.0.113."))
            written = block + str(r.randint(1, 254))
            canonical = canonical_ipv4(written)
            if defanged:
                written = self._defang_host(written) if r.random() < 0.7 else written
            elif ocr and "0" in written:
                written = written.replace("0", "O", 1)
            elif r.random() < 0.08:
                written = ".".join(f"{int(p):03d}" for p in written.split("."))
            return written, canonical
        if name == "ipv6":
            groups = [r.randint(0, 0xFFFF) for _ in range(6)]
            zeros = r.randint(1, 4)
            for index in range(zeros):
                groups[1 + index] = 0
            address = ipaddress.IPv6Address(
                (0x20010DB8 << 96) | int("".join(f"{g:04x}" for g in groups), 16)
            )
            style = r.choice(("compressed", "compressed", "exploded", "upper"))
            written = {
                "compressed": address.compressed,
                "exploded": address.exploded,
                "upper": address.compressed.upper(),
            }[style]
            return written, address.compressed
        if name == "phone":
            return self.phone()
        if name in ("username", "@username"):
            pool = [u for u in USERNAMES[self.language] if u not in self.used] or list(
                USERNAMES[self.language]
            )
            base = r.choice(pool)
            self.used.add(base)
            written = f"@{base}{r.choice(HANDLE_TAILS)}" if name == "@username" else base
            if name == "@username" and not written[1:].isascii():
                written = (
                    "@"
                    + r.choice([u for u in USERNAMES["en"] if u not in self.used])
                    + r.choice(HANDLE_TAILS)
                )
            return written, unicodedata.normalize("NFKC", written).lstrip("@").casefold()
        if name == "onion":
            host = cs.onion_v3(r)
            written = self._defang_host(host) if defanged and r.random() < 0.5 else host
            return written, host
        if name == "crypto":
            return self.crypto()
        if name == "iban":
            country = r.choice(self.kit["iban_countries"])
            compact = cs.iban(r, country)
            style = r.random()
            if style < 0.6:
                written = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
            else:
                written = compact
            return written, compact
        if name == "case":
            written = case_reference(r, self.region)
            return written, canonical_reference(written)
        if name == "legal":
            written = r.choice(self.kit["legal"])
            return written, canonical_reference(written)
        if name in ("date", "isodate"):
            day = dt.date(2023, 6, 1) + dt.timedelta(days=r.randint(0, 900))
            written = day.isoformat() if name == "isodate" else self.date_text(day)
            return written, day.isoformat()
        raise ValueError(name)

    def phone(self) -> tuple[str, str]:
        for _ in range(1000):
            shape = self.rng.choice(PHONES[self.region])
            written = "".join(self.rng.choice("0123456789") if c == "#" else c for c in shape)
            try:
                canonical = canonical_phone(written, self.region)
            except (ValueError, phonenumbers.NumberParseException):
                continue
            if self.language == "ar" and not written.startswith("+") and self.rng.random() < 0.4:
                written = written.translate(_ARABIC)
            elif self.language == "zh" and self.rng.random() < 0.15:
                written = written.translate(_WIDE)
            return written, canonical
        raise RuntimeError(f"no valid phone shape for {self.region}")

    def crypto(self) -> tuple[str, str]:
        r = self.rng
        kind = r.choice(("p2pkh", "p2sh", "wpkh", "wsh", "taproot", "eth", "eth_lower", "xmr",
                         "ltc", "ltc_bech32", "doge", "bch", "bch_bare", "trx", "dash"))  # fmt: skip
        if kind == "p2pkh":
            value = cs.base58check(0x00, r.randbytes(20))
        elif kind == "p2sh":
            value = cs.base58check(0x05, r.randbytes(20))
        elif kind == "wpkh":
            value = cs.segwit_address("bc", 0, r.randbytes(20))
        elif kind == "wsh":
            value = cs.segwit_address("bc", 0, r.randbytes(32))
        elif kind == "taproot":
            value = cs.segwit_address("bc", 1, r.randbytes(32))
        elif kind in ("eth", "eth_lower"):
            value = cs.eip55(r.randbytes(20).hex())
            if kind == "eth_lower":
                return value.lower(), value
        elif kind == "xmr":
            value = cs.monero(r)
        elif kind == "ltc":
            value = cs.base58check(r.choice((0x30, 0x32)), r.randbytes(20))
        elif kind == "ltc_bech32":
            value = cs.segwit_address("ltc", 0, r.randbytes(20))
        elif kind == "doge":
            value = cs.base58check(0x1E, r.randbytes(20))
        elif kind in ("bch", "bch_bare"):
            value = cs.cashaddr(r.randbytes(20), r.choice((0, 1)))
            if kind == "bch_bare":
                return value.removeprefix("bitcoincash:"), value
        elif kind == "trx":
            value = cs.base58check(0x41, r.randbytes(20))
        else:
            value = cs.base58check(0x4C, r.randbytes(20))
        return value, value

    def date_text(self, day: dt.date) -> str:
        """A date in one of the ways letters of this language write it."""
        formats = self.kit["date_formats"]
        if self.region == "US":
            formats = ("{Month} {d}, {y}", "{mm}/{dd}/{y}", "{Mon}. {d}, {y}")
        elif self.region == "TW":
            formats = ("{y}年{m}月{d}日", "{y}/{mm}/{dd}")
        pattern = self.rng.choice(formats)
        wide = pattern.startswith("W:")
        pattern = pattern.removeprefix("W:")
        months = self.kit.get("months", [""] * 12)
        short = self.kit.get("short_months", months)
        text = pattern.format(
            d=day.day, dd=f"{day.day:02d}", m=day.month, mm=f"{day.month:02d}", y=day.year,
            yy=f"{day.year % 100:02d}", Month=months[day.month - 1], Mon=short[day.month - 1],
            dfirst="1er" if day.day == 1 else str(day.day),
            dth=f"{day.day}{'th' if 11 <= day.day <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day.day % 10, 'th')}",
            cy="".join(_CHINESE[int(c)] for c in str(day.year)), cm=chinese_number(day.month),
            cd=chinese_number(day.day),
        )  # fmt: skip
        if wide:
            text = text.translate(_WIDE)
        if self.language == "ar" and self.rng.random() < 0.4:
            text = text.translate(_ARABIC)
        if self.language == "hi" and self.rng.random() < 0.3:
            text = text.translate(_DEVANAGARI)
        return text

    def distractor(self, name: str) -> str:
        """Text that must not be extracted: versions, amounts, times, files, codes, hashes."""
        r = self.rng
        if name == "time":
            return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        if name == "port":
            return str(r.randint(1024, 65535))
        if name == "version":
            return r.choice((f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
                             f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1, 99)}",
                             f"build 10.0.{r.randint(19041, 22631)}.{r.randint(100, 4000)}"))  # fmt: skip
        if name == "amount":
            return r.choice((f"{r.randint(1, 99)} {r.randint(100, 999)},{r.randint(0, 99):02d} €",
                             f"USD {r.randint(1, 99)},{r.randint(100, 999)}.00",
                             f"{r.randint(1, 9)}.{r.randint(100, 999)},50 EUR",
                             f"{r.randint(0, 9)}.{r.randint(1000, 99999)} BTC"))  # fmt: skip
        if name == "file":
            return r.choice(("export_2024.csv", "capture.png", "logs.tar.gz", "setup.sh",
                             "main.py", "README.md", "rapport_final.pdf", "dump.sql",
                             "wallet.dat", "invoice.docx", "id_scan.jpg", "config.json"))  # fmt: skip
        if name == "product":
            return r.choice((f"SM-A{r.randint(100, 599)}B", f"Art.-Nr. {r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
                             f"SKU {r.randint(100000, 999999)}-{r.choice('ABCDEFG')}",
                             f"ref. {r.choice('XYZ')}{r.randint(10, 99)}-{r.randint(100, 999)}"))  # fmt: skip
        if name == "hash":
            return r.randbytes(32).hex()
        if name == "mac":
            return ":".join(f"{b:02X}" for b in r.randbytes(6))
        if name == "imei":
            body = "35" + _digits(r, 12)
            return body + cs.luhn_digit(body)
        if name == "gps":
            return f"{r.uniform(35, 55):.5f}, {r.uniform(-5, 30):.5f}"
        if name == "percent":
            return f"{r.randint(1, 99)},{r.randint(0, 9)} %"
        raise ValueError(name)
