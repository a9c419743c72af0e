"""Write the eighth held-out intake corpus (scored once, now a development set): 122 texts in 14 languages and 4 scanned letters.

Eight languages the product was developed on (fr, en, es, de, ru, ar, zh, tr) and six no earlier
set has: Georgian (ka), Armenian (hy), Macedonian (mk), Albanian (sq, Albania and Kosovo),
Icelandic (is) and Catalan (ca, Andorra and Catalonia). Seven layouts per language, none used by
the earlier sets: a production order certificate filled in section by section (the EU EPOC where
the issuing state is bound by Regulation 2023/1543, else an order under the Second Additional
Protocol), a joint investigation team's operational action plan, an HTML e-mail flattened to text,
a forensic examination report, a certified translation with the translator's notes in brackets,
a carrier's call detail records, and a letter whose legal references sit in footnotes. The six
new languages have four of them twice more (defanged, typed back from a scan, or clean).

Seeded and deterministic; `--check` exits non-zero when the committed corpus is stale. Every label
is re-read from the text it covers before anything is written (see `check`), and nothing is
written when one fails. Written without reading the extractor; see bench/intake/README.md.
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
    GoldError,
    crypto_address,
    host_form,
    reference_form,
    undefang,
    url_form,
    username_form,
    write_or_check,
    write_texts,
)
from bench.intake.heldout5.make_heldout5 import check_value  # noqa: E402
from bench.intake.heldout8 import kits  # noqa: E402
from bench.intake.heldout8.kits import (  # noqa: E402
    HANDLES,
    IDN,
    LOCALS,
    NAMES,
    QUOTES,
    REGIONS,
    SLUGS,
    WORDS,
)
from bench.intake.make_corpus import FONTS  # noqa: E402

SEED = 20261208
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{(\w+)\}")
DOCS_V4 = ("192.0.2", "198.51.100", "203.0.113")
EXAMPLES = ("example.com", "example.net", "example.org")
IBAN_SHAPES = {
    "GE": ("2a 16n", 22), "MK": ("3n 10c 2n", 19), "AL": ("8n 16c", 28), "XK": ("4n 10n 2n", 20),
    "IS": ("22n", 26), "AD": ("4n 4n 12c", 24), "ES": ("20n", 24), "FR": ("5n 5n 11c 2n", 27),
    "GB": ("4a 14n", 22), "DE": ("18n", 22), "AT": ("16n", 20), "EG": ("4n 4n 17n", 29),
    "TR": ("5n 1n 16c", 26), "AE": ("3n 16n", 23), "LU": ("3n 13c", 20),
}  # fmt: skip
CRYPTO_KINDS = ("p2pkh", "p2sh", "wpkh", "wsh", "tr", "eth", "ethlow", "xmr", "ltc", "ltc1", "doge",
                "bch", "bchbare", "trx", "dash")  # fmt: skip
BUDAPEST = {
    "ka": "კიბერდანაშაულის შესახებ კონვენციის მე-18 მუხლი", "hy": "Կիբեռհանցագործության մասին կոնվենցիայի 18-րդ հոդված",
    "mk": "член 18 од Конвенцијата за компјутерски криминал", "sq": "neni 18 i Konventës për Krimin Kibernetik",
    "is": "18. gr. samnings Evrópuráðsins um tölvubrot", "ca": "article 18 del Conveni sobre la ciberdelinqüència",
    "fr": "article 18 de la Convention sur la cybercriminalité", "en": "Article 18 of the Budapest Convention",
    "es": "artículo 18 del Convenio sobre la Ciberdelincuencia", "de": "Artikel 18 des Übereinkommens über Computerkriminalität",
    "ru": "статьи 18 Конвенции Совета Европы о киберпреступности", "ar": "المادة 18 من اتفاقية بودابست",
    "zh": "《网络犯罪公约》第18条", "tr": "Siber Suç Sözleşmesi'nin 18. maddesi",
}  # fmt: skip
PARTIES = {"GE", "AM", "MK", "AL", "IS", "AD", "ES-CT", "FR", "GB", "ES", "DE", "AT", "TR"}
EU = {"ES-CT", "FR", "ES", "DE", "AT"}
PATHS = ("/", "/login", "/p/{n}", "/u/{w}", "/track?id={n}", "/pay/{n}?lang={l}", "/files/{n}.zip",
         "/verify?step=2&id={n}", "/r/{w}-{n}", "")  # fmt: skip
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


# --- drawing values ---------------------------------------------------------------------------------
class Draw:
    """Values of one document, written as its variant writes them, with their canonical forms."""

    def __init__(
        self, rng: random.Random, language: str, region: str, variant: str, partner: str
    ) -> None:
        self.rng, self.language, self.region, self.variant = rng, language, region, variant
        self.phone_region = REGIONS[region].get("phone_region", region)
        self.partner = partner
        self.w = WORDS[language]
        self.anchor = dt.date(2025, 1, 20) + dt.timedelta(days=rng.randint(0, 300))

    # hosts, addresses, links
    def _dots(self, host: str) -> str:
        if self.variant != "defanged":
            return host
        mark = self.rng.choice(("[.]", "[.]", "(.)", "[dot]"))
        if self.rng.random() < 0.5:
            return host.replace(".", mark)
        head, _, tail = host.rpartition(".")
        return f"{head}{mark}{tail}"

    def host(self, idn: bool | None = None) -> str:
        r = self.rng
        if idn is None:
            idn = r.random() < 0.25
        label = r.choice(IDN[self.language]) if idn else r.choice(SLUGS[self.language])
        prefix = r.choice(("", "", "", "m.", "login.", "secure."))
        return f"{prefix}{label}.{r.choice(EXAMPLES)}"

    def url(self) -> tuple[str, str]:
        r = self.rng
        host = self.host()
        path = r.choice(PATHS).format(
            n=r.randint(100, 99999), w=r.choice(SLUGS[self.language]), l=self.language
        )
        port = r.choice(("", "", "", "", ":8443", ":8080"))
        scheme = r.choice(("https", "https", "http"))
        plain = f"{scheme}://{host}{port}{path}"
        written = plain
        if self.variant == "defanged":
            written = f"{scheme.replace('http', r.choice(('hxxp', 'hXXp')))}://{self._dots(host)}{port}{path}"
        return written, url_form(plain)

    def domain(self) -> tuple[str, str]:
        host = self.host()
        return self._dots(host), host_form(host)

    def email(self) -> tuple[str, str]:
        r = self.rng
        local = r.choice(LOCALS[self.language])
        host = self.host(idn=r.random() < 0.3)
        value = f"{unicodedata.normalize('NFC', local)}@{host_form(host)}"
        at = "@"
        if self.variant == "defanged":
            at = r.choice(("[at]", "(at)", "[@]", " [at] "))
        elif self.variant == "ocr" and r.random() < 0.6:
            at = " @ "
        return f"{local}{at}{self._dots(host)}", value

    def ipv4(self) -> tuple[str, str]:
        r = self.rng
        value = f"{r.choice(DOCS_V4)}.{r.randint(1, 254)}"
        written = value
        if self.variant == "ocr" and "0" in value and r.random() < 0.7:
            written = value.replace("0", "O", r.randint(1, value.count("0")))
        elif self.variant == "defanged" and r.random() < 0.5:
            head, _, tail = value.rpartition(".")
            written = f"{head}[.]{tail}"
        return written, value

    def ipv6(self) -> tuple[str, str]:
        r = self.rng
        groups = [0x2001, 0xDB8] + [r.choice((0, r.randint(1, 0xFFFF))) for _ in range(6)]
        address = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        value = str(address)
        written = r.choice((value, value, address.exploded, value.upper()))
        return written, value

    def phone(self, international: bool = False, region: str | None = None) -> tuple[str, str]:
        r = self.rng
        region = region or self.region
        phone_region = REGIONS[region].get("phone_region", region)
        for _ in range(400):
            prefix, length = r.choice(REGIONS[region]["phones"])
            nsn = prefix + "".join(r.choice("0123456789") for _ in range(length - len(prefix)))
            number = phonenumbers.parse(
                f"+{phonenumbers.country_code_for_region(phone_region)}{nsn}"
            )
            if (
                phonenumbers.is_valid_number(number)
                and phonenumbers.region_code_for_number(number) == phone_region
            ):
                break
        else:
            raise GoldError(f"no valid phone for {region}")
        value = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        if international:
            written = phonenumbers.format_number(
                number, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            written = r.choice(
                (
                    written,
                    written,
                    value,
                    written.replace(" ", "-", 1) if r.random() < 0.3 else written,
                )
            )
        else:
            written = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
            if r.random() < 0.25 and "(" not in written:
                written = written.replace(" ", r.choice(("-", ".")))
        if self.language == "zh" and self.variant == "ocr":
            written = written.translate(FULLWIDTH)
        elif self.language == "ar" and r.random() < 0.3:
            written = written.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
        return written, value

    def handle(self) -> str:
        return self.rng.choice(HANDLES[self.language])

    def crypto(self) -> tuple[str, str]:
        kind = self.rng.choice(CRYPTO_KINDS)
        if kind == "ethlow":
            value = crypto_address(self.rng, "eth")
            return "0x" + value[2:].lower(), value
        if kind == "bchbare":
            value = crypto_address(self.rng, "bch")
            return value.split(":", 1)[1], value
        value = crypto_address(self.rng, kind)
        return value, value

    def iban(self) -> tuple[str, str]:
        r = self.rng
        country = REGIONS[self.region]["iban"] or r.choice(kits.FOREIGN_IBAN[self.region])
        if r.random() < 0.25:
            country = r.choice(("DE", "LU", "GB", "AE", "TR"))
        bban = ""
        for piece in IBAN_SHAPES[country][0].split():
            count, kind = int(piece[:-1]), piece[-1]
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789" * 3 + "ABCDEFGHKLMNPRSTUVXZ"}[kind]  # fmt: skip
            bban += "".join(r.choice(pool) for _ in range(count))
        value = f"{country}{98 - cs._mod97(bban + country + '00'):02d}{bban}"
        written = (
            value
            if r.random() < 0.35
            else " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        )
        return written, value

    def day(self) -> dt.date:
        return self.anchor - dt.timedelta(days=self.rng.randint(0, 90))


# --- a page: text with its labels --------------------------------------------------------------------
class Page:
    def __init__(self, draw: Draw) -> None:
        self.d = draw
        self.text = ""
        self.labels: list[dict[str, Any]] = []

    def add(self, written: str, kind: str | None = None, value: str | None = None) -> None:
        if kind:
            self.labels.append({"type": kind, "normalized": value, "start": len(self.text), "end": len(self.text) + len(written)})  # fmt: skip
        self.text += written

    def put(self, template: str = "", end: str = "\n") -> None:
        at = 0
        for match in SLOT.finditer(template):
            self.add(template[at : match.start()])
            self.slot(match.group(1))
            at = match.end()
        self.add(template[at:] + end)

    def date(self, style: str, language: str | None = None, day: dt.date | None = None) -> None:
        d = self.d
        language = language or d.language
        day = day or d.day()
        before, label, after = kits.write_date(language, day, style, d.rng)
        if d.language == "zh" and d.variant == "ocr":
            label = label.translate(FULLWIDTH)
        self.add(before)
        self.add(label, "date", day.isoformat())
        self.add(after)

    def slot(self, name: str) -> None:
        d, r = self.d, self.d.rng
        if name in ("url", "domain", "email", "ipv4", "ipv6", "crypto", "iban"):
            written, value = getattr(d, name)()
            self.add(written, name, value)
        elif name == "phone":
            self.add(*_kv(d.phone(), "phone"))
        elif name == "iphone":
            self.add(*_kv(d.phone(international=True), "phone"))
        elif name == "fphone":
            self.add(*_kv(d.phone(international=True, region=d.partner), "phone"))
        elif name in ("user", "atuser", "quser"):
            handle = d.handle()
            written = (
                f"@{handle}"
                if name == "atuser" or (name == "user" and r.random() < 0.2)
                else handle
            )
            opening, closing = QUOTES[d.language]
            if name == "quser":
                self.add(opening)
            self.add(written, "username", username_form(written))
            if name == "quser":
                self.add(closing)
        elif name in ("onion", "onionurl"):
            host = cs.onion_v3(r)
            shown = host.replace(".onion", "[.]onion") if d.variant == "defanged" else host
            if name == "onion":
                self.add(shown, "onion", host)
            else:
                path = r.choice(("/", "/market/", "/forum/t/" + str(r.randint(10, 9999))))
                scheme = "hxxp" if d.variant == "defanged" else "http"
                start = len(self.text)
                self.add(f"{scheme}://{shown}{path}", "url", url_form(f"http://{host}{path}"))
                self.labels.append({"type": "onion", "normalized": host, "start": start + len(scheme) + 3,
                                    "end": start + len(scheme) + 3 + len(shown)})  # fmt: skip
        elif name in ("case", "casefield", "fcase"):
            region = d.partner if name == "fcase" else d.region
            before, label = kits.case_number(r, region, d.day().year)
            if name == "casefield":
                self.add(
                    f"{before[0].upper()}{before[1:]} "
                    if before
                    else f"{d.w['case']}{'：' if d.language == 'zh' else ': '}"
                )
            self.add(label, "case_reference", reference_form(label))
        elif name in ("legal", "flegal"):
            region = d.partner if name == "flegal" else d.region
            label = r.choice(REGIONS[region]["legal"])
            self.add(label, "legal_reference", reference_form(label))
        elif name == "budapest":
            self.add(BUDAPEST[d.language], "legal_reference", reference_form(BUDAPEST[d.language]))
        elif name in ("date", "ndate", "wdate", "adate"):
            self.date({"date": "long", "ndate": "num", "wdate": "wd", "adate": "alt"}[name])
        elif name == "period":
            first, last = sorted((d.day(), d.day()))
            self.date("num", day=first)
            self.add(" – ")
            self.date("num", day=last)
        elif name == "pdate":  # the partner's own way, in a translator's note
            self.date(r.choice(("long", "num")), language=REGIONS[d.partner]["lang"])
        elif name in ("iso", "ts"):
            day = d.day()
            iso = day.isoformat()
            self.add(iso, "date", iso)
            if name == "ts":
                self.add(
                    f"{r.choice(('T', ' '))}{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
                )
                self.add(r.choice(("Z", "", "+04:00" if d.region in ("GE", "AM") else "+01:00")))
        elif name == "mailday":  # an RFC 5322 header date, its weekday inside the label
            day = d.day()
            label = (
                f"{day.strftime('%a')}, {day.day} {kits.MONTHS_ALT['en'][day.month - 1]} {day.year}"
            )
            self.add(label, "date", day.isoformat())
            self.add(
                f" {r.randint(7, 19):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} +0{r.randint(0, 4)}00"
            )
        elif name == "ipport":
            self.slot("ipv4")
            self.add(f":{r.randint(1024, 65535)}")
        elif name == "v6port":
            self.add("[")
            self.slot("ipv6")
            self.add(f"]:{r.choice((443, 8443, r.randint(1024, 65535)))}")
        else:
            self.add(distractor(name, r))


def _kv(pair: tuple[str, str], kind: str) -> tuple[str, str, str]:
    return pair[0], kind, pair[1]


def distractor(name: str, r: random.Random) -> str:
    """Text that looks like an identifier and is none (no label)."""
    if name == "time":
        return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    if name == "port":
        return str(r.choice((443, 8443, 51234, 3389, 22)))
    if name == "amount":
        return f"{r.randint(120, 98000):,}".replace(",", " ") + r.choice(
            (",00 EUR", " GEL", " AMD", " ISK", " USDT")
        )
    if name == "sha":
        return r.randbytes(32).hex()
    if name == "md5":
        return r.randbytes(16).hex()
    if name == "imei":
        body = "35" + "".join(r.choice("0123456789") for _ in range(12))
        return body + cs.luhn_digit(body)
    if name == "imsi":
        return r.choice(("28201", "28301", "29401", "27402", "21303")) + "".join(
            r.choice("0123456789") for _ in range(10)
        )
    if name == "ver":
        return f"{r.randint(2, 21)}.{r.randint(0, 9)}.{r.randint(0, 99)}.{r.randint(1000, 49999)}"
    if name == "ticket":
        return f"LRP-{r.randint(100000, 999999)}-{r.choice('ABCDEFGHJK')}{r.randint(10, 99)}"
    if name == "file":
        return r.choice(
            ("export.zip", "notes.md", "run.sh", "keys.py", "chat_backup.ai", "invoice.pdf.exe")
        )
    if name == "cell":
        return f"{r.randint(10000, 65000)}-{r.randint(100, 9999)}"
    if name == "dur":
        return f"00:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    if name == "n":
        return str(r.randint(2, 9))
    raise ValueError(f"no slot {name!r}")


# --- the layouts -------------------------------------------------------------------------------------
def _section(w: dict[str, Any], language: str, index: int) -> str:
    if language == "zh":
        return f"第{'一二三四五六'[index]}部分 {w['secs'][index]}"
    if language == "ar":
        return f"{w['section']} ({'أبجدهو'[index]}) — {w['secs'][index]}"
    return f"{w['section']} {'ABCDEF'[index]} — {w['secs'][index]}"


def certificate(p: Page) -> None:
    d, w, r = p.d, p.d.w, p.d.rng
    title = REGIONS[d.region].get("cert_title", w["cert_title"])
    p.put(title)
    p.put("{casefield}")
    p.put()
    p.put(_section(w, d.language, 0))
    p.put(f"  {REGIONS[d.region]['auth']}")
    p.put(f"  {REGIONS[d.region]['city']}, {{date}}")
    p.put(f"  {w['phone']}: {{phone}} / {{iphone}}")
    p.put(f"  {w['email']}: {{email}}")
    p.put(_section(w, d.language, 1))
    p.put("  Example Networks Ltd., Legal Process Team")
    p.put(f"  {w['email']}: {{email}}")
    p.put(_section(w, d.language, 2))
    items = [f"{w['user']}: {{atuser}}", f"{w['email']}: {{email}}", f"{w['phone']}: {{iphone}}",
             f"{w['ip']}: {{ipv4}} — {{ts}}", f"{w['ip']}: {{v6port}}", f"{w['url']}: {{url}}",
             f"{w['onion']}: {{onionurl}}", f"{w['wallet']}: {{crypto}}", f"{w['domain']}: {{domain}}"]  # fmt: skip
    r.shuffle(items)
    for index, item in enumerate(items[: r.randint(7, 9)], 1):
        p.put(f"  {index}. {item}")
    p.put(_section(w, d.language, 3))
    p.put("  {period}")
    p.put(_section(w, d.language, 4))
    p.put("  {legal}; {legal}" if d.region not in PARTIES else "  {legal}; {budapest}")
    p.put(f"  {w['offence']}")
    p.put(_section(w, d.language, 5))
    p.put(f"  {REGIONS[d.region]['city']}, {{wdate}}")
    p.put(f"  {w['sign']}")


def jitplan(p: Page) -> None:
    d, w, r = p.d, p.d.w, p.d.rng
    p.put(w["jit_title"])
    p.put(f"{REGIONS[d.region]['city']} / {REGIONS[d.partner]['city']} — {{date}}")
    p.put("{casefield}")
    p.put(f"{w['yourref']}: {{fcase}}")
    p.put(f"{w['basis']}: {{legal}}; {{flegal}}")
    p.put()
    targets = [("{atuser} ({url})", 0), ("{email}; {ipv4}", 0), ("{crypto}", 2), ("{iban}", 3), ("{onion}", 0),
               ("{iphone}", 0), ("{domain}", 1), ("{ipv6}", 0), ("{quser}, {fphone}", 1)]  # fmt: skip
    r.shuffle(targets)
    cols = w["jit_cols"]
    for index, (target, action) in enumerate(targets[: r.randint(6, 8)], 1):
        p.put(f"{index}.  {cols[1]}: {w['jit_actions'][action]}")
        p.put(f"    {cols[2]}: {target}")
        p.put(f"    {cols[3]}: {w['sides'][index % 2]} — {cols[4]}: {{ndate}}")
    p.put()
    p.put(f"{NAMES[d.language]} — {{iphone}} — {{email}}")
    p.put(f"{w['date']}: {{adate}}, {{time}}")


def htmlmail(p: Page) -> None:
    d, w, r = p.d, p.d.w, p.d.rng
    p.put(f"From: {NAMES[d.language]} &lt;{{email}}&gt;")
    p.put("Sent: {mailday}")
    p.put("To: Legal Process &lt;{email}&gt;")
    p.put(f"Subject: {w['subject']}: {{case}} &ndash; {w['offence']}")
    p.put()
    p.put("[image: logo.png]")
    p.put(f"{w['greet']}&nbsp;")
    p.put()
    p.put(w["req"])
    lines = [f"&bull; {w['user']}: &quot;{{user}}&quot;", f"&bull; {w['url']}: {{url}}",
             f"&bull; {w['domain']}: {{domain}}", f"&bull; {w['ip']}: {{ipv4}} ({{ts}})",
             f"&bull; {w['ip']}: {{ipv6}}", f"&bull; {w['wallet']}: {{crypto}}",
             f"&bull; {w['onion']}: {{onion}}", f"&bull; {w['phone']}: {{phone}}"]  # fmt: skip
    r.shuffle(lines)
    for line in lines[: r.randint(6, 8)]:
        p.put(line)
    p.put()
    p.put(f"{w['preserve']} ({w['basis']}: {{legal}})")
    p.put(f"{w['date']}: {{date}}")
    p.put()
    p.put(w["regards"])
    p.put("--&nbsp;")
    p.put(f"{NAMES[d.language]} | {w['sign']}")
    p.put(f"{REGIONS[d.region]['auth'].replace(', ', ' &amp; ', 1)}")
    p.put("Tel. {iphone} | {email}")
    p.put(f"&lt;{w['footer']}&gt;")


def forensic(p: Page) -> None:
    d, w, r = p.d, p.d.w, p.d.rng
    item, hashword, tool, findings, path = w["for"]
    p.put(w["for_title"])
    p.put("{casefield}")
    p.put(f"{w['date']}: {{date}}   {w['basis']}: {{legal}}")
    p.put()
    p.put(f"{item} EXH-0{{n}}: Samsung Galaxy A54, IMEI {{imei}}")
    p.put(f"{hashword} SHA-256: {{sha}}")
    p.put(f"{hashword} MD5: {{md5}}")
    p.put(f"{tool}: Cellebrite UFED {{ver}}; Magnet AXIOM {{ver}}; X-Ways Forensics {{ver}}")
    p.put()
    p.put(f"{findings}:")
    rows = ["- Chrome History: {ts} {url}", "- Chrome History: {ts} {url}",
            f"- Electrum wallet ({path} wallet_1.dat): {{crypto}}, {{crypto}}",
            "- Telegram: {atuser}, {iphone}", "- Thunderbird: {email}; {email}",
            f"- {w['ip']}: {{ipport}}, {{ipv6}}; {w['domain']}: {{domain}}",
            f"- IMG_{{n}}041.png ({path}): {w['iban']} {{iban}}", "- Tor Browser places.sqlite: {onionurl}",
            f"- {path} C:\\Users\\user01\\Downloads\\{{file}} ({hashword} {{md5}})"]  # fmt: skip
    for row in rows:
        if r.random() < 0.9:
            p.put(row)
    p.put()
    p.put(f"{REGIONS[d.region]['city']}, {{ndate}} — {NAMES[d.language]}")


def translation(p: Page) -> None:
    d, w, r = p.d, p.d.w, p.d.rng
    note = w["tr_note"]
    source = REGIONS[d.partner]
    src_words = WORDS[source["lang"]]
    p.put(w["tr_title"])
    p.put(f"[{note}: {w['tr_orig']} „{source['auth']}“]")
    p.put()
    p.put(f"{source['city']}, {{date}} [{note}: {w['tr_orig']} {{pdate}}]")
    before, label = kits.case_number(r, d.partner, d.day().year)
    p.add(f"{w['case']}{'：' if d.language == 'zh' else ': '}")
    p.add(label, "case_reference", reference_form(label))
    p.put(f" [{note}: {w['tr_orig']} „{before or src_words['case']}“]")
    p.put()
    p.put(w["greet"])
    p.put(w["req"])
    p.put(f"- {w['user']}: {{quser}}")
    p.put(f"- {w['email']}: {{email}}")
    p.put(f"- {w['phone']}: {{fphone}}")
    p.put(f"- {w['ip']}: {{ipv4}} ({{ts}})")
    if r.random() < 0.7:
        p.put(f"- {w['wallet']}: {{crypto}}")
    p.put(f"- {w['iban']}: {{iban}}")
    p.put(f"- {w['url']}: {{url}}")
    p.put(w["preserve"])
    if d.partner in PARTIES:
        p.put(f"{w['basis']}: {{budapest}} [{note}: {w['tr_orig']} „{{flegal}}“]")
    else:
        p.put(f"{w['basis']}: [{note}: {w['tr_orig']} „{{flegal}}“]")
    p.put(w["regards"])
    p.put(f"{w['sign']} [{note}: {w['tr_orig']} „{src_words['sign']}“]")
    p.put()
    p.put("— — —")
    p.put(w["tr_cert"])
    home = REGIONS[kits.LANGUAGE_REGIONS[d.language][0]]["city"]
    p.put(f"{home}, {{date}} — Reg. {{n}}{{n}}{{n}} — {{iphone}}, {{email}}")


def _stamp(p: Page, day: dt.date, style: str) -> None:
    """A record's time stamp; an ISO one labels its date part only."""
    r = p.d.rng
    clock = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
    if style == "num":
        p.date("num", day=day)
        p.add(f" {clock[:5]}")
    else:
        p.add(day.isoformat(), "date", day.isoformat())
        p.add(f"T{clock}Z" if style == "isoT" else f" {clock}")


def cdr(p: Page) -> None:
    d, w, r = p.d, p.d.w, p.d.rng
    p.put(w["cdr_title"])
    p.put("{casefield}")
    p.put(f"{w['basis']}: {{legal}}")
    subscriber, value = d.phone()
    p.add("MSISDN ")
    p.add(value, "phone", value)
    p.put("   IMSI {imsi}   IMEI {imei}")
    first = d.day() - dt.timedelta(days=30)
    rows = sorted(first + dt.timedelta(days=r.randint(0, 30)) for _ in range(r.randint(8, 12)))
    style = r.choice(("isoT", "iso", "num"))
    p.add(first.isoformat(), "date", first.isoformat())
    p.add(" – ")
    last = first + dt.timedelta(days=30)
    p.add(last.isoformat(), "date", last.isoformat())
    p.put()
    p.put()
    p.put(" | ".join(w["cdr_cols"]))
    calls, sessions = rows[: len(rows) - 3], rows[len(rows) - 3 :]
    for day in calls:
        _stamp(p, day, style)
        p.add(" | ")
        other = r.choice(("{phone}", "{phone}", "{iphone}", "{fphone}"))
        if r.random() < 0.5:
            p.add(subscriber, "phone", value)
            p.put(f" | {other} | {{dur}} | {{cell}}")
        else:
            p.put(f"{other} | ", end="")
            p.add(subscriber, "phone", value)
            p.put(" | {dur} | {cell}")
    p.put()
    p.put(w["data_title"])
    for day in sessions:
        _stamp(p, day, style)
        p.put(
            f" | {r.choice(('{ipport}', '{v6port}'))} | {r.randint(1, 900)}.{r.randint(0, 9)} MB | APN internet"
        )
    p.put()
    p.put(f"{REGIONS[d.region]['city']}, {{date}}")


def footnotes(p: Page) -> None:
    d, w, r = p.d, p.d.w, p.d.rng
    p.put(REGIONS[d.region]["auth"])
    p.put(f"{REGIONS[d.region]['city']}, {{date}}")
    p.put("{casefield}")
    p.put(f"{w['yourref']}: {{ticket}}")
    p.put(f"{w['to']}: Example Networks Ltd., Legal Process Team, {{email}}")
    p.put()
    p.put(w["greet"])
    p.put(w["fn_law"].format(fn1="¹", fn2="²"))
    p.put(w["req"])
    lines = [f"- {w['user']}: {{atuser}}", f"- {w['email']}: {{email}}", f"- {w['phone']}: {{phone}}",
             f"- {w['url']}: {{url}}", f"- {w['ip']}: {{ipv4}} ({{date}}, {{time}})", f"- {w['iban']}: {{iban}}",
             f"- {w['onion']}: {{onion}}", f"- {w['domain']}: {{domain}}", f"- {w['wallet']}: {{crypto}}"]  # fmt: skip
    r.shuffle(lines)
    for line in lines[: r.randint(6, 9)]:
        p.put(line)
    p.put(w["preserve"] + "³")
    p.put()
    p.put(w["regards"])
    p.put(w["sign"])
    p.put("_" * 20)
    p.put("¹ {legal}.")
    p.put("² {budapest}." if d.region in PARTIES else "² {legal}.")
    p.put("³ {legal}; {casefield}.")


LAYOUTS = {"certificate": certificate, "jitplan": jitplan, "htmlmail": htmlmail, "forensic": forensic,
           "translation": translation, "cdr": cdr, "footnotes": footnotes}  # fmt: skip
VARIANT = {"certificate": "ocr", "forensic": "defanged"}
# The new languages' second documents: the same layouts written another way.
EXTRA = (
    ("htmlmail", "defanged"),
    ("jitplan", "defanged"),
    ("cdr", "ocr"),
    ("certificate", "clean"),
)
PARTNER = {"GE": "FR", "AM": "RU", "MK": "DE", "AL": "GB", "XK": "DE", "IS": "GB", "AD": "FR", "ES-CT": "FR",
           "FR": "ES", "GB": "CN", "ES": "ES-CT", "DE": "TR", "AT": "MK", "RU": "AM", "EG": "FR", "CN": "GB",
           "TR": "DE"}  # fmt: skip
TRANSLATED_FROM = {"ka": "GB", "hy": "RU", "mk": "DE", "sq": "GB", "is": "GB", "ca": "FR", "fr": "ES", "en": "CN",
                   "es": "ES-CT", "de": "TR", "ru": "AM", "ar": "FR", "zh": "GB", "tr": "DE"}  # fmt: skip


# --- every label re-read from the text it covers -------------------------------------------------
def _glued(left: str, right: str) -> bool:
    return all(c.isalnum() and ord(c) < 0x2E80 for c in (left, right))


def _digits(text: str) -> list[int]:
    folded = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
    return [int(x) for x in re.findall(r"[0-9]+", folded)]


def check_date(span: str, value: str, fail: Any) -> None:
    """Day, month (an inflected name of any kit, or its number) and year re-read from the span,
    and a weekday, when one is written, that is the day's."""
    day = dt.date.fromisoformat(value)
    numbers = _digits(span)
    if day.year not in numbers or day.day not in numbers:
        fail("year or day not written")
    names = [
        table[language][day.month - 1]
        for table in (kits.MONTHS, kits.MONTHS_ALT)
        for language in table
    ]
    if not any(name in span for name in names) and day.month not in numbers:
        fail("month not written")
    for table in kits.WEEKDAYS.values():
        for index, weekday in enumerate(table):
            if re.search(rf"(^|\W){re.escape(weekday)}(\W|$)", span) and index != day.weekday():
                fail(f"weekday {weekday} is not the day's")
    english = day.strftime("%a")
    if re.match(r"^[A-Z][a-z]{2},", span) and not span.startswith(english):
        fail("header weekday is not the day's")


def check(label: dict[str, Any], doc: dict[str, Any]) -> None:
    text = doc["text"]
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
        check_date(span, value, fail)
        return
    if kind == "ipv6" and span.upper() != span and span.lower() != span:
        fail("mixed-case IPv6")
    if kind == "email":
        # spaces a scan's typist put around '@' are not part of the mailbox
        plain = undefang(span).replace(" @ ", "@")
        local, _, host = plain.rpartition("@")
        if (
            unicodedata.normalize("NFC", local) != value.rpartition("@")[0]
            or host_form(host) != value.rpartition("@")[2]
        ):
            fail("mailbox differs")
        if not value.rpartition("@")[2].endswith(EXAMPLES):
            fail("not an example host")
        return
    if kind == "crypto" and span.startswith("0x") and span[2:].lower() != value[2:].lower():
        fail("ethereum address differs")
    if kind == "url" and not (undefang(span).startswith(("http://", "https://"))):
        fail("not a link")
    if kind in ("url", "domain"):
        host = re.match(r"\w+://([^/:]+)", value) or re.match(r"([^/:]+)", value)
        if not host or not host.group(1).endswith((*EXAMPLES, ".onion")):
            fail("not an example host")
    if not check_value(kind, span, undefang(span), value, doc["region"], IBAN_SHAPES, fail):
        fail("unknown type")
    if kind == "phone":
        number = phonenumbers.parse(unicodedata.normalize("NFKC", "".join(
            str(unicodedata.digit(c)) if c.isdigit() else c for c in span)), doc["region"])  # fmt: skip
        if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != value:
            fail("phone differs")


def validate(doc: dict[str, Any]) -> None:
    spans = sorted((label["type"], label["start"], label["end"]) for label in doc["labels"])
    for (kind, _, end), (next_kind, start, _) in itertools.pairwise(spans):
        if kind == next_kind and start < end:
            raise GoldError(f"overlapping labels in {doc['text'][:80]!r}")
    for label in doc["labels"]:
        check(label, doc)
    for label in doc["labels"]:
        if (
            label["type"] == "onion"
            and not any(
                other["type"] == "url" and other["start"] < label["start"] < other["end"]
                for other in doc["labels"]
            )
            and doc["text"][label["start"] - 3 : label["start"]] == "://"
        ):
            raise GoldError("an onion link without its url label")
    if "{" in doc["text"] or "}" in doc["text"]:
        raise GoldError(f"unfilled template in {doc['text'][:120]!r}")


# --- corpus --------------------------------------------------------------------------------------
def _document(
    rng: random.Random, language: str, region: str, layout: str, variant: str
) -> dict[str, Any]:
    partner = TRANSLATED_FROM[language] if layout == "translation" else PARTNER[region]
    draw_region = partner if layout == "translation" else region
    draw = Draw(rng, language, draw_region, variant, partner)
    page = Page(draw)
    LAYOUTS[layout](page)
    labels = sorted(page.labels, key=lambda label: (label["start"], label["end"], label["type"]))
    doc = {"language": language, "region": REGIONS[draw_region].get("phone_region", draw_region),
           "genre": layout, "variant": variant, "text": page.text, "labels": labels}  # fmt: skip
    validate(doc)
    return doc


def documents(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for language, regions in kits.LANGUAGE_REGIONS.items():
        for index, layout in enumerate(LAYOUTS):
            region = regions[index % len(regions)]
            out.append(_document(rng, language, region, layout, VARIANT.get(layout, "clean")))
        if language in kits.NEW:
            for index, (layout, variant) in enumerate(EXTRA):
                out.append(
                    _document(rng, language, regions[(index + 1) % len(regions)], layout, variant)
                )
    return out


# --- scans -------------------------------------------------------------------------------------------
SCANS = (
    ("ka", "GE", [
        "საქართველოს შინაგან საქმეთა სამინისტრო",
        "კიბერდანაშაულთან ბრძოლის სამმართველო",
        "",
        "მოთხოვნა აბონენტის მონაცემების გაცემის შესახებ",
        "სისხლის სამართლის საქმე № {case}",
        "თბილისი, {date}",
        "",
        "ადრესატი: Example Networks Ltd.",
        "{legal} საფუძველზე",
        "გთხოვთ, მოგვაწოდოთ მონაცემები:",
        "- მომხმარებლის სახელი: {atuser}",
        "- ელ. ფოსტა: {email}",
        "- ტელეფონი: {phone}",
        "- IP მისამართი: {ipv4}, {ndate}, 21:14 სთ",
        "- ვებგვერდი: {url}",
        "",
        "პროკურორი ნინო ბერიძე, ტელ. {iphone}",
    ]),
    ("mk", "MK", [
        "РЕПУБЛИКА СЕВЕРНА МАКЕДОНИЈА",
        "Основно јавно обвинителство Скопје",
        "",
        "БАРАЊЕ ЗА ДОСТАВУВАЊЕ ПОДАТОЦИ",
        "Предмет: {case}",
        "Скопје, {date} година",
        "",
        "До: Example Networks Ltd., Legal Process Team",
        "Врз основа на {legal}, Ве молиме да ни ги доставите",
        "податоците за корисничкото име {atuser},",
        "е-пошта {email} и телефон {phone}.",
        "IP адреса: {ipv4} ({ndate}, 09:42 часот)",
        "Веб-страница: {url}",
        "",
        "Јавен обвинител",
        "Тел. {iphone}",
    ]),
    ("is", "IS", [
        "LÖGREGLUSTJÓRINN Á HÖFUÐBORGARSVÆÐINU",
        "Tölvurannsóknadeild",
        "",
        "BEIÐNI UM AFHENDINGU GAGNA",
        "Málsnúmer: {case}",
        "Reykjavík, {date}",
        "",
        "Til: Example Networks Ltd.",
        "Með vísan til {legal} er óskað eftir upplýsingum um",
        "notandanafnið {atuser} og netfangið {email}.",
        "Sími: {phone}",
        "IP-tala: {ipv4}, {ndate} kl. 14.05",
        "Vefslóð: {url}",
        "",
        "Virðingarfyllst,",
        "Jón Jónsson, lögreglufulltrúi, s. {iphone}",
    ]),
    ("sq", "AL", [
        "REPUBLIKA E SHQIPËRISË",
        "Prokuroria pranë Gjykatës së Shkallës së Parë Tiranë",
        "",
        "KËRKESË PËR DHËNIE TË DHËNASH",
        "Procedimi penal nr. {case}",
        "Tiranë, më {date}",
        "",
        "Drejtuar: Example Networks Ltd.",
        "Në bazë të {legal}, kërkojmë të dhënat për:",
        "- emri i përdoruesit: {atuser}",
        "- e-mail: {email}",
        "- telefoni: {phone}",
        "- adresa IP: {ipv4}, më {ndate}, ora 16:20",
        "- faqja e internetit: {url}",
        "",
        "Prokurori, tel. {iphone}",
    ]),
)  # fmt: skip


SCAN_LEGAL = {"GE": "სისხლის სამართლის საპროცესო კოდექსის 112-ე მუხლის",
              "MK": "член 184 од Законот за кривичната постапка",
              "IS": "80. gr. laga um meðferð sakamála nr. 88/2008",
              "AL": "nenit 221 të Kodit të Procedurës Penale"}  # fmt: skip


def _scan_case(page: Page) -> None:
    """The scans' case numbers: the national number without its label word (written by the line)."""
    d = page.d
    shapes = {"GE": f"0{d.rng.randint(10, 99)}{d.day().year % 100}{d.rng.randint(1000000, 9999999)}",
              "MK": f"КО бр. {d.rng.randint(12, 999)}/{d.day().year % 100}",
              "IS": f"R-{d.rng.randint(12, 999)}/{d.day().year}", "AL": f"{d.rng.randint(12, 9999)}/{d.day().year}"}  # fmt: skip
    label = shapes[d.region]
    page.add(label, "case_reference", reference_form(label))


def scans(rng: random.Random) -> list[tuple[str, dict[str, Any], list[str]]]:
    out = []
    for language, region, lines in SCANS:
        draw = Draw(rng, language, region, "clean", PARTNER[region])
        draw.host = lambda idn=None, _d=draw: Draw.host(_d, idn=False)  # type: ignore[method-assign]
        page = Page(draw)
        for line in lines:
            at = 0
            for match in SLOT.finditer(line):
                page.add(line[at : match.start()])
                if match.group(1) == "case":
                    _scan_case(page)
                elif match.group(1) == "legal":
                    label = SCAN_LEGAL[region]
                    page.add(label, "legal_reference", reference_form(label))
                elif match.group(1) == "date":
                    page.date("long")
                else:
                    page.slot(match.group(1))
                at = match.end()
            page.add(line[at:] + "\n")
        doc = {"language": language, "region": region, "genre": "scanned", "variant": "scanned",
               "text": page.text, "labels": page.labels}  # fmt: skip
        validate(doc)
        out.append((language, doc, page.text.rstrip("\n").split("\n")))
    return out


SCRIPT_FONTS = {
    "geor": "/usr/share/fonts/truetype/noto/NotoSansGeorgian-Regular.ttf",
    "armn": "/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf",
}


def _font_for(char: str) -> str:
    code = ord(char)
    if 0x10A0 <= code <= 0x10FF or 0x1C90 <= code <= 0x1CBF or 0x2D00 <= code <= 0x2D2F:
        return "geor"
    if 0x0530 <= code <= 0x058F:
        return "armn"
    if 0x0900 <= code <= 0x097F:
        return "deva"
    if code >= 0x2E80:
        return "cjk"
    return "latin"


def render(lines: list[str], path: Path) -> None:
    """make_corpus.render's A4 page at 300 dpi, with Georgian and Armenian fonts added (its FONTS
    have none): the same size, margins and line height, a font per script run."""
    from PIL import Image, ImageDraw, ImageFont

    files = {**FONTS, **SCRIPT_FONTS}
    fonts = {name: ImageFont.truetype(file, 44) for name, file in files.items()}
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    y = 250
    for line in lines:
        x = 220
        runs: list[tuple[str, str]] = []
        for char in line:
            name = _font_for(char) if not char.isspace() else (runs[-1][0] if runs else "latin")
            if runs and runs[-1][0] == name:
                runs[-1] = (name, runs[-1][1] + char)
            else:
                runs.append((name, char))
        for name, run in runs:
            draw.text((x, y), run, font=fonts[name], fill=0)
            x += int(draw.textlength(run, font=fonts[name]))
        if x > 2380:
            raise GoldError(f"line runs off the page: {line!r}")
        y += 80
    page.save(path, dpi=(300, 300))


def _covered(text: str) -> None:
    """Refuse a scan with a character its fonts cannot draw."""
    from fontTools.ttLib import TTFont

    files = {**FONTS, **SCRIPT_FONTS}
    cmaps: dict[str, set[int]] = {}
    for char in set(text) - {"\n", " "}:
        name = _font_for(char)
        if name not in cmaps:
            font = TTFont(files[name], fontNumber=0, lazy=True)
            cmaps[name] = set(font.getBestCmap())
        if ord(char) not in cmaps[name]:
            raise GoldError(f"no glyph for {char!r} in {files[name]}")


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    rng = random.Random(SEED)
    docs = documents(rng)
    made = scans(rng)
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
        CORPUS,
        write_corpus,
        __doc__ or "",
        up_to_date_note=" (scored once; see bench/intake/README.md)",
    )


if __name__ == "__main__":
    main()
