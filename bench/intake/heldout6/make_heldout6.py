"""Generate the sixth held-out intake corpus: `python bench/intake/heldout6/make_heldout6.py`.

A sealed test set, written by a fresh hand without reading the extractor, its patterns, its
normaliser, or the other corpora's texts and templates (only the fourth and fifth sets' labelling
conventions and helpers), and never run through the extractor before the lead scores it. Seeded
and deterministic; `--check` exits non-zero when the committed corpus differs from the seed's.

Fourteen languages (ten the product was developed on: fr, en, es, de, ru, ar, zh, hi, tr, pl;
four it has never seen: Danish, Slovak, Lithuanian and Tagalog), each written in seven layouts
new to the corpora: a prosecutor's follow-up reminder, a provider's refusal letter citing
grounds, an e-mail with an inline-forwarded request and a disclaimer footer, a JSON-like pasted
API response (keys in English, values local), a Markdown table from a wiki, an invoice-like
record of a payment to a crypto address, and a handwritten-note transcription with line
numbers. Canonical forms, the address checksum test and the corpus writer are the fourth set's,
imported from its generator (phonenumbers, idna and the second set's checksum helpers
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout2 import checksums as cs  # noqa: E402
from bench.intake.heldout4.make_heldout4 import (  # noqa: E402
    DOCS_V4,
    GoldError,
    ascii_digits,
    crypto_address,
    host_form,
    phone_form,
    reference_form,
    url_form,
    username_form,
    write_or_check,
    write_texts,
)
from bench.intake.heldout5.make_heldout5 import check_value  # noqa: E402
from bench.intake.heldout6.kits import KITS  # noqa: E402

SEED = 20261206
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{([~@]?\w+)\}")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# ISO 13616 shapes (n digit, c alphanumeric) and total lengths of the countries used here.
IBAN_SHAPES = {"FR": ("10n 11c 2n", 27), "GB": ("4c 14n", 22), "ES": ("20n", 24), "DE": ("18n", 22),
               "KZ": ("3n 13c", 20), "CY": ("8n 16c", 28), "AE": ("19n", 23), "TR": ("6n 16c", 26),
               "PL": ("24n", 28), "DK": ("14n", 18), "SK": ("20n", 24), "LT": ("16n", 20)}  # fmt: skip
CRYPTO_KINDS = ("p2pkh", "p2sh", "wpkh", "wsh", "tr", "eth", "trx", "xmr", "ltc", "ltc1", "doge", "dash", "bch")  # fmt: skip
PATHS = (
    "/",
    "/a/{n}",
    "/konto/{n}",
    "/pay?ref={n}",
    "/dl/{n}.zip",
    "/p/{w}",
    "/login",
    "/claim/{n}",
)
HOSTS = (
    "parcel-track",
    "quickloan",
    "giftcards",
    "coinbridge",
    "shop-outlet",
    "tickets-now",
    "rent-flat",
)
DANISH_DISTRICTS = ("0100", "1200", "3700", "4100", "5300")

LONG = {
    "fr": lambda d, m: f"{'1er' if d.day == 1 else d.day} {m} {d.year}",
    "en": lambda d, m: f"{d.day} {m} {d.year}",
    "es": lambda d, m: f"{d.day} de {m} de {d.year}",
    "de": lambda d, m: f"{d.day}. {m} {d.year}",
    "ru": lambda d, m: f"{d.day} {m} {d.year}",
    "ar": lambda d, m: f"{d.day} {m} {d.year}",
    "zh": lambda d, m: f"{d.year}年{d.month}月{d.day}日",
    "hi": lambda d, m: f"{d.day} {m} {d.year}",
    "tr": lambda d, m: f"{d.day} {m} {d.year}",
    "pl": lambda d, m: f"{d.day} {m} {d.year}",
    "da": lambda d, m: f"{d.day}. {m} {d.year}",
    "sk": lambda d, m: f"{d.day}. {m} {d.year}",
    "lt": lambda d, m: f"{d.year} m. {m} {d.day}",
    "tl": lambda d, m: f"{m} {d.day}, {d.year}",
}
NUMERIC = {
    "fr": ("{d:02d}/{m:02d}/{y}",), "en": ("{d:02d}/{m:02d}/{y}", "{d}/{m}/{y}"), "es": ("{d:02d}/{m:02d}/{y}", "{d}-{m}-{y}"),
    "de": ("{d:02d}.{m:02d}.{y}",), "ru": ("{d:02d}.{m:02d}.{y}",), "ar": ("{d:02d}/{m:02d}/{y}",),
    "zh": ("{y}-{m:02d}-{d:02d}", "{y}/{m}/{d}"), "hi": ("{d:02d}-{m:02d}-{y}", "{d:02d}/{m:02d}/{y}"),
    "tr": ("{d:02d}.{m:02d}.{y}",), "pl": ("{d:02d}.{m:02d}.{y}",), "da": ("{d:02d}.{m:02d}.{y}", "{d}/{m} {y}"),
    "sk": ("{d}. {m}. {y}", "{d:02d}.{m:02d}.{y}"), "lt": ("{y}-{m:02d}-{d:02d}", "{y}.{m:02d}.{d:02d}"),
    "tl": ("{m:02d}/{d:02d}/{y}",),
}  # fmt: skip
FIRST_NAMES = ("Aster", "Brin", "Calder", "Dova", "Elm", "Fenn", "Garrow", "Hale", "Ilsa", "Juno")
LAST_NAMES = ("Quillfeather", "Marrowby", "Thistledown", "Oakhollow", "Fairweather", "Ashgrove")


def make_iban(rng: random.Random, country: str) -> str:
    """A compact IBAN of that country with valid mod-97 check digits."""
    shape, length = IBAN_SHAPES[country]
    pools = {"n": "0123456789", "c": "0123456789" * 3 + "ABCDEFGHJKLMNPRSTUVWXYZ"}
    bban = "".join(
        rng.choice(pools[piece[-1]]) for piece in shape.split() for _ in range(int(piece[:-1]))
    )
    if country == "GB":
        bban = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)) + bban[4:]
    value = f"{country}{98 - cs._mod97(bban + country + '00'):02d}{bban}"
    assert len(value) == length, country
    return value


def grouped(value: str) -> str:
    return " ".join(value[i : i + 4] for i in range(0, len(value), 4))


class Draw:
    """Values of one document: each slot's written form and its labels."""

    def __init__(self, rng: random.Random, language: str) -> None:
        self.rng, self.language, self.kit = rng, language, KITS[language]
        self.region = self.kit["region"]

    def day(self) -> dt.date:
        return dt.date(2024, 3, 1) + dt.timedelta(days=self.rng.randint(0, 640))

    def long_date(self, day: dt.date) -> str:
        months = self.kit["months"]
        written = LONG[self.language](day, months[day.month - 1] if months else "")
        if self.language == "hi" and self.rng.random() < 0.3:
            written = written.translate(DEVANAGARI)
        return written

    def numeric_date(self, day: dt.date) -> str:
        shape = self.rng.choice(NUMERIC[self.language])
        written = shape.format(d=day.day, m=day.month, y=day.year)
        if self.language == "ar" and self.rng.random() < 0.4:
            written = written.translate(ARABIC_INDIC)
        return written

    def phone(self, international: bool) -> str:
        shapes = self.kit["phones"][1 if international else 0]
        for _ in range(200):
            written = "".join(
                self.rng.choice("0123456789") if c == "#" else c for c in self.rng.choice(shapes)
            )
            if phone_form(written, self.region):
                return written
        raise GoldError(f"no valid phone for {self.region}")

    def case(self) -> str:
        y = self.rng.choice((2024, 2025))
        fill = {"y": str(y), "yy": f"{y % 100:02d}", "k": self.rng.choice(DANISH_DISTRICTS)}
        for width in range(1, 8):
            fill[f"n{width}"] = str(self.rng.randint(10 ** (width - 1), 10**width - 1))
        return self.rng.choice(self.kit["cases"]).format(**fill)

    def host(self, idn: bool = False) -> str:
        base = self.rng.choice(self.kit["idn"]) if idn else self.rng.choice(HOSTS)
        return f"{base}.{self.rng.choice(('example', 'example.com', 'example.net', 'example.org'))}"

    def slot(self, name: str) -> tuple[str, list[tuple[str, str, int, int]]]:
        r = self.rng
        if name in ("ldate", "ndate", "date"):
            day = self.day()
            if name == "date":
                name = r.choice(("ldate", "ndate"))
            written = self.long_date(day) if name == "ldate" else self.numeric_date(day)
            return written, [("date", day.isoformat(), 0, len(written))]
        if name == "isodate":
            day = self.day()
            iso = day.isoformat()
            written = f"{iso}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}Z"
            return written, [("date", iso, 0, len(iso))]
        if name == "case":
            written = self.case()
            return written, [("case_reference", reference_form(written), 0, len(written))]
        if name == "legal":
            written = r.choice(self.kit["legal"])
            return written, [("legal_reference", reference_form(written), 0, len(written))]
        if name in ("user", "@user"):
            handle = r.choice(self.kit["handles"])
            written = "@" + handle if name == "@user" else handle
            return written, [("username", username_form(written), 0, len(written))]
        if name in ("email", "iemail"):
            idn = name == "iemail"
            local = r.choice(self.kit["ilocals"] if idn else self.kit["locals"])
            domain = self.host(idn and r.random() < 0.5)
            written = f"{local}@{domain}"
            canonical = f"{unicodedata.normalize('NFC', local)}@{host_form(domain)}"
            return written, [("email", canonical, 0, len(written))]
        if name in ("phone", "iphone"):
            written = self.phone(name == "iphone")
            return written, [("phone", phone_form(written, self.region) or "", 0, len(written))]
        if name == "ipv4":
            net = r.choice(DOCS_V4)
            written = str(net[r.randint(1, 254)])
            return written, [("ipv4", written, 0, len(written))]
        if name == "ipv6":
            address = ipaddress.IPv6Address(
                (0x20010DB8 << 96) | (r.getrandbits(16) << 80) | r.getrandbits(32)
            )
            written = str(address)
            return written, [("ipv6", written, 0, len(written))]
        if name in ("domain", "idomain"):
            written = self.host(name == "idomain")
            return written, [("domain", host_form(written), 0, len(written))]
        if name == "url":
            path = r.choice(PATHS).format(n=r.randint(100, 99999), w=r.choice(self.kit["handles"]))
            written = (
                f"{r.choice(('https', 'http', 'https'))}://{self.host(r.random() < 0.25)}{path}"
            )
            return written, [("url", url_form(written), 0, len(written))]
        if name == "onion":
            written = cs.onion_v3(r)
            return written, [("onion", written, 0, len(written))]
        if name == "ourl":
            host = cs.onion_v3(r)
            written = (
                f"http://{host}/{r.choice(('', 'market/', 'shop/item/' + str(r.randint(10, 999))))}"
            )
            start = len("http://")
            return written, [
                ("url", url_form(written), 0, len(written)),
                ("onion", host, start, start + len(host)),
            ]
        if name == "crypto":
            value = crypto_address(r, r.choice(CRYPTO_KINDS))
            written = value
            if value.startswith("bitcoincash:") and r.random() < 0.5:
                written = value.removeprefix("bitcoincash:")
            elif value.startswith("0x") and r.random() < 0.3:
                written = "0x" + value[2:].lower()
            return written, [("crypto", value, 0, len(written))]
        if name == "iban":
            value = make_iban(r, r.choice(self.kit["iban"]))
            written = grouped(value) if r.random() < 0.6 else value
            return written, [("iban", value, 0, len(written))]
        # Unlabelled distractors.
        if name == "name":
            return r.choice(self.kit["w"]["name"]), []
        if name == "person":
            return f"{r.choice(FIRST_NAMES)} {r.choice(LAST_NAMES)}", []
        if name == "time":
            return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", []
        if name == "amount":
            return f"{r.randint(50, 9000)}.{r.randint(0, 99):02d}", []
        if name == "hash":
            return r.randbytes(32).hex(), []
        if name == "acct":
            return f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.randint(10, 99)}", []
        if name == "ticket":
            return f"LE-{r.randint(100000, 999999)}", []
        raise GoldError(f"no slot {name!r}")


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


# --- layouts ---------------------------------------------------------------------------------------
def bank(p: Page) -> str:
    """An IBAN slot, or in the Philippines (no IBAN) a local account number left unlabelled."""
    return "IBAN {iban}" if p.draw.kit["iban"] else "BPI {acct}"


def reminder(p: Page, w: dict[str, Any], r: random.Random) -> None:
    words = p.draw.kit["case_words"]
    p.put(f"{w['remind_t']} — {words[0]} {{case}}")
    p.put("{ndate}\n")
    p.put(w["remind"])
    p.put(w["remind2"])
    p.put(f"{w['kinds'][1]}: {{email}} · {w['kinds'][4]}: {{url}}")
    if r.random() < 0.5:
        p.put(f"{w['kinds'][3]}: {{ipv6}}")
    p.put(f"{w['payer']}: {bank(p)}")
    p.put("")
    p.put(w["sign"])


def refusal(p: Page, w: dict[str, Any], r: random.Random) -> None:
    p.put("Legal Response Team · {email}")
    p.put("{ldate}\n")
    p.put(w["refuse_t"])
    p.put(f"{w['kinds'][0]}: {{@user}} / {w['kinds'][1]}: {{email}} / {w['kinds'][2]}: {{iphone}}")
    p.put(w["refuse"])
    p.put(w["refuse2"])
    p.put(f"{{ticket}} — {w['kinds'][3]}: {{ipv4}}, {{ipv4}}; {w['kinds'][4]}: {{domain}}")
    p.put(f"{w['payer']}: {bank(p)} · {{person}}")


def forward(p: Page, w: dict[str, Any], r: random.Random) -> None:
    p.put(f"{w['from']}: {{email}}")
    p.put(f"{w['date']}: {{ndate}} {{time}}")
    p.put(f"{w['subj']}: FW: {p.draw.kit['case_words'][0]} {{case}}\n")
    p.put(w["intro"] + "\n")
    p.put(w["fwd"])
    p.put(f"> {w['from']}: {{iemail}}")
    p.put(f"> {w['to']}: {{email}}")
    p.put(f"> {w['date']}: {{ldate}}")
    p.put(f"> {w['remind']}")
    p.put(f"> {w['remind2']}")
    p.put(f"> {w['kinds'][2]}: {{phone}} | {w['kinds'][3]}: {{ipv4}} | {w['kinds'][4]}: {{url}}")
    p.put(f"> {w['kinds'][5]}: {{crypto}}")
    p.put("\n--\n" + w["sign"])
    p.put("\n" + w["disc"])


def api(p: Page, w: dict[str, Any], r: random.Random) -> None:
    p.put("{")
    p.put('  "request_id": "{ticket}",')
    p.put('  "case": "{case}",')
    p.put('  "account": {')
    p.put('    "username": "{user}",')
    p.put('    "email": "{iemail}",')
    p.put('    "phone": "{iphone}",')
    p.put(f'    "status": "{w["status"]}",')
    p.put(f'    "country": "{w["country"]}",')
    p.put('    "created_at": "{isodate}"')
    p.put("  },")
    p.put('  "logins": [')
    logins = r.randint(2, 3)
    for index in range(logins):
        comma = "," if index < logins - 1 else ""
        ip = "ipv6" if r.random() < 0.4 else "ipv4"
        p.put(
            f'    {{"ts": "{{isodate}}", "ip": "{{{ip}}}", "port": {r.randint(1024, 65535)}}}{comma}'
        )
    p.put("  ],")
    p.put(f'  "note": "{w["refuse2"]}"')
    p.put("}")


def table(p: Page, w: dict[str, Any], r: random.Random) -> None:
    cols = w["cols"]
    p.put(f"## {p.draw.kit['case_words'][0]} {{case}}\n")
    p.put(f"| # | {' | '.join(cols)} |")
    p.put("|---|" + "---|" * len(cols))
    rows = [(0, "{@user}"), (1, "{email}"), (2, "{phone}"), (3, "{ipv4}"), (4, "{domain}"),
            (4, "{ourl}"), (5, "{crypto}"), (3, "{ipv6}"), (2, "{iphone}"), (1, "{iemail}")]  # fmt: skip
    rows.append((-1, "{iban}") if p.draw.kit["iban"] else (4, "{url}"))
    r.shuffle(rows)
    for number, (kind, value) in enumerate(rows[: r.randint(7, 10)], 1):
        p.put(
            f"| {number} | {w['kinds'][kind] if kind >= 0 else 'IBAN'} | {value} | {{date}} | {r.choice(w['remark'])} |"
        )
    p.put(f"\n{cols[3]}: {{legal}}")


def invoice(p: Page, w: dict[str, Any], r: random.Random) -> None:
    kit = p.draw.kit
    p.put(f"{w['inv_t']}  #{{ticket}}")
    p.put(f"{w['date']}: {{ndate}}   {kit['case_words'][0]} {{case}}")
    p.put(f"{w['amount']}: {{amount}} USDT  ({{amount}} EUR)")
    p.put(f"{w['payto']}: {{crypto}}")
    p.put(f"{w['tx']}: {{hash}}")
    p.put(f"{w['payer']}: {bank(p)} ({{person}})")
    p.put(f"{w['kinds'][0]}: {{@user}} · {w['kinds'][1]}: {{email}} · {w['kinds'][2]}: {{iphone}}")
    p.put(f"{w['kinds'][4]}: {{url}}  ({w['kinds'][3]} {{ipv4}})")
    if r.random() < 0.6:
        p.put(f"{w['kinds'][5]} 2: {{crypto}}")


def note(p: Page, w: dict[str, Any], r: random.Random) -> None:
    p.put(f"[{w['note_t']}]")
    lines = [*w["note"], f"{p.draw.kit['case_words'][0]} {{case}} — {{ndate}}", "{onion} ?? / {crypto}",
             f"{w['kinds'][3]}: {{ipv4}} ({{time}})", "{iemail}"]  # fmt: skip
    r.shuffle(lines)
    for number, line in enumerate(lines, 1):
        p.put(f"{number:>2}  {line}")


LAYOUTS = {"reminder": reminder, "refusal": refusal, "forward": forward, "api": api,
           "table": table, "invoice": invoice, "note": note}  # fmt: skip


# --- every label re-read from the text it covers --------------------------------------------------
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
    # The value checks are the fifth set's (its text is never defanged: the span is the value
    # as written).
    if kind == "date":
        _check_date(span, dt.date.fromisoformat(value), doc, fail)
    elif not check_value(kind, span, span, value, region, IBAN_SHAPES, fail):
        fail("unknown type")


def _check_date(span: str, day: dt.date, doc: dict[str, Any], fail: Any) -> None:
    """Day, month and year re-read from the date (month by its name in the kit, or its number)."""
    numbers = [int(x) for x in re.findall(r"\d+", ascii_digits(span))]
    if day.year not in numbers or day.day not in numbers:
        fail("year or day not written")
    months = KITS[doc["language"]]["months"]
    named = [
        i + 1 for i, name in enumerate(months or ()) if re.search(rf"(?<!\w){name}(?!\w)", span)
    ]
    if named and named != [day.month]:
        fail("month name differs")
    if not named and day.month not in [n for n in numbers if n not in (day.year,)] + [day.day] * (
        day.day == day.month
    ):
        fail("month not written")
    if doc["language"] == "tl" and not named and "/" in span:
        month, date_, _ = (int(x) for x in ascii_digits(span).split("/"))
        if (month, date_) != (day.month, day.day):
            fail("Philippine numeric date is month first")


def validate(doc: dict[str, Any]) -> None:
    # Labels of one type never overlap; an onion link with its scheme is labelled both url and
    # onion (the host) over the same characters.
    spans = sorted((label["type"], label["start"], label["end"]) for label in doc["labels"])
    for (kind, _, end), (next_kind, start, _) in itertools.pairwise(spans):
        if kind == next_kind and start < end:
            raise GoldError(f"overlapping labels in {doc['text'][:80]!r}")
    for label in doc["labels"]:
        check(label, doc)
    if re.search(r"\{[~@]?[a-z0-9]+\}", doc["text"]):
        raise GoldError(f"unfilled template in {doc['text'][:120]!r}")


# --- corpus ----------------------------------------------------------------------------------------
def documents(rng: random.Random) -> list[dict[str, Any]]:
    out = []
    for language, kit in KITS.items():
        for layout, build in LAYOUTS.items():
            page = Page(Draw(rng, language))
            build(page, kit["w"], rng)
            labels = sorted(
                page.labels, key=lambda label: (label["start"], label["end"], label["type"])
            )
            doc = {"language": language, "region": kit["region"], "genre": layout, "variant": "clean",
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
    write_or_check(
        CORPUS, write_corpus, __doc__, up_to_date_note=" (scored once; see bench/intake/README.md)"
    )


if __name__ == "__main__":
    main()
