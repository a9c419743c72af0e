"""Generate the second held-out intake corpus: `python bench/intake/heldout2/make_heldout2.py`.

The final test set: written without reading the extractor's rules, its patterns or the first
held-out set's templates, and never to be tuned on. Seeded and deterministic; `--check` exits
non-zero when the committed corpus differs from what the seed produces.

Every document is assembled from a layout (letter, provider return, log export, e-mail thread,
chat, annex form, pipe table, snippet) and a language kit (12 languages). Each `{slot}` is filled
with a fictional value whose gold label (type, canonical form, span) is recorded while the text
is written. Canonical forms are computed here (values.py, checksums.py: ipaddress, phonenumbers,
idna and our own checksum code), never by Rogatory, and every label is re-validated
independently before anything is written (validate.py).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

from bench.intake.heldout2.kits import KITS  # noqa: E402
from bench.intake.heldout2.validate import validate_document  # noqa: E402
from bench.intake.heldout2.values import Draw  # noqa: E402

SEED = 20261129
CORPUS = HERE / "corpus"
SLOT = re.compile(r"\{(~?@?\w+)\}")
TYPE_NAMES = {
    "case": "case_reference",
    "legal": "legal_reference",
    "@username": "username",
    "isodate": "date",
}


class Page:
    """Text under construction and the gold labels of the values written into it."""

    def __init__(self, draw: Draw, defanged: bool = False, ocr: bool = False) -> None:
        self.draw, self.defanged, self.ocr = draw, defanged, ocr
        self.text = ""
        self.labels: list[dict[str, Any]] = []

    def write(self, template: str, end: str = "\n") -> None:
        """Append a template, filling its slots; labelled slots record their span."""
        position = 0
        for match in SLOT.finditer(template):
            self.text += template[position : match.start()]
            self.slot(match.group(1))
            position = match.end()
        self.text += template[position:] + end

    def slot(self, name: str) -> None:
        if name.startswith("~"):
            self.text += self.draw.distractor(name[1:])
            return
        kind = TYPE_NAMES.get(name, name)
        written, canonical = self.draw.value(name, defanged=self.defanged, ocr=self.ocr)
        start = len(self.text)
        self.text += written
        self.labels.append(
            {"type": kind, "normalized": canonical, "start": start, "end": len(self.text)}
        )


# --- layouts ---------------------------------------------------------------------------------


def letterhead(page: Page, kit: dict[str, Any], rng: random.Random) -> tuple[str, str, str, str]:
    """An authority of the document's country: (region, name, address, place and date line)."""
    heads = [head for head in kit["letterheads"] if head[0] == page.draw.region]
    return rng.choice(heads or kit["letterheads"])


def letter(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """An official letter: authority block, reference and date, subject, body, signature."""
    _, authority, address, place = letterhead(page, kit, rng)
    page.write(authority)
    page.write(address)
    page.write("")
    page.write(rng.choice(kit["reference_lines"]))
    page.write(place)
    page.write("")
    page.write(rng.choice(kit["subjects"]))
    page.write("")
    page.write(rng.choice(kit["openings"]))
    sentences = rng.sample(kit["sentences"], rng.randint(5, 8))
    sentences.insert(rng.randint(1, len(sentences)), rng.choice(kit["distractors"]))
    for sentence in sentences:
        page.write(sentence)
    page.write("")
    page.write(rng.choice(kit["closings"]))


def provider_return(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A provider's answer: key/value subscriber record, then a login history table."""
    fields = kit["fields"]
    page.write(kit["provider_title"])
    page.write(f"{fields['case']}: {{case}}")
    page.write(f"{fields['legal']}: {{legal}}")
    page.write(f"{fields['date']}: {{date}}")
    page.write("")
    page.write(f"{fields['username']}: {{username}}")
    page.write(f"{fields['email']}: {{email}}")
    page.write(f"{fields['phone']}: {{phone}}")
    if rng.random() < 0.6:
        page.write(f"{fields['iban']}: {{iban}}")
    if rng.random() < 0.5:
        page.write(f"{fields['crypto']}: {{crypto}}")
    page.write(f"{fields['created']}: {{date}} {{~time}} UTC, {fields['ipv4']} {{ipv4}}")
    page.write(rng.choice(kit["distractors"]))
    page.write("")
    page.write(kit["login_header"])
    for _ in range(rng.randint(2, 4)):
        if rng.random() < 0.35:
            page.write("{date} {~time} UTC  [{ipv6}]:{~port}")
        else:
            page.write("{date} {~time} UTC  {ipv4}:{~port}")


def log_export(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A spreadsheet or CSV export of connection logs pasted into a report."""
    separator = rng.choice((";", ",", "\t"))
    page.write(rng.choice(kit["log_intro"]))
    page.write(separator.join(kit["log_columns"]))
    for _ in range(rng.randint(3, 6)):
        address = "{ipv6}" if rng.random() < 0.3 else "{ipv4}"
        iso = rng.random() < 0.6
        stamp = "{isodate}T{~time}Z" if iso else "{date} {~time}"
        page.write(separator.join((stamp, address, "{~port}", rng.choice(kit["log_actions"]))))
    page.write(rng.choice(kit["distractors"]))
    page.write(rng.choice(kit["sentences"]))


def email_thread(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """An e-mail with its header block and a quoted earlier message."""
    sender, sent, to, subject, wrote = kit["mail"]
    page.write(f"{sender}: {rng.choice(kit['names'])} <{{email}}>")
    page.write(f"{sent}: {rng.choice(kit['mail_dates'])}")
    page.write(f"{to}: {{email}}")
    page.write(f"{subject}: {rng.choice(kit['mail_subjects'])}")
    page.write("")
    page.write(rng.choice(kit["greetings"]))
    for sentence in rng.sample(kit["sentences"], rng.randint(3, 5)):
        page.write(sentence)
    page.write(rng.choice(kit["distractors"]))
    page.write(rng.choice(kit["mail_signoffs"]))
    page.write("")
    page.write(wrote.replace("{name}", rng.choice(kit["names"])))
    for sentence in rng.sample(kit["sentences"], rng.randint(2, 3)):
        page.write("> " + sentence)


def chat(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A chat export: times alone (not dates), nicknames, identifiers pasted in messages."""
    page.write(rng.choice(kit["chat_titles"]))
    nicks = rng.sample(kit["chat_nicks"], 2)
    hour, minute = rng.randint(8, 22), rng.randint(0, 50)
    for line in rng.sample(kit["chat"], rng.randint(5, 7)):
        minute = min(minute + rng.randint(0, 4), 59)
        page.write(f"[{hour:02d}:{minute:02d}] {rng.choice(nicks)}: {line}")


def annex_form(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A numbered annex or form section listing the identifiers, one per item."""
    fields = kit["fields"]
    page.write(rng.choice(kit["annex_titles"]))
    page.write(f"{fields['case']}: {{case}}")
    bullet = rng.choice(("{n})", "{n}.", "•", "-", "▪", "({n})"))
    kinds = rng.sample(
        ["url", "domain", "email", "ipv4", "ipv6", "phone", "username", "onion", "crypto", "iban"],
        rng.randint(5, 8),
    )
    for index, kind in enumerate(kinds, 1):
        mark = bullet.replace("{n}", str(index))
        page.write(f"{mark} {fields[kind]}: {{{kind}}}")
    page.write(rng.choice(kit["distractors"]))
    page.write(f"{fields['legal']}: {{legal}}")
    page.write(letterhead(page, kit, rng)[3])


def pipe_table(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """A pipe table of identifiers with the date each was observed."""
    fields = kit["fields"]
    page.write(rng.choice(kit["table_intros"]))
    page.write(f"| # | {kit['table_columns'][0]} | {kit['table_columns'][1]} | {fields['date']} |")
    page.write("|---|---|---|---|")
    kinds = rng.sample(
        ["url", "domain", "email", "ipv4", "ipv6", "phone", "username", "onion", "crypto"],
        rng.randint(4, 6),
    )
    for index, kind in enumerate(kinds, 1):
        page.write(f"| {index} | {fields[kind]} | {{{kind}}} | {{date}} |")
    page.write(rng.choice(kit["distractors"]))


def snippet(page: Page, kit: dict[str, Any], rng: random.Random) -> None:
    """One or two sentences pasted on their own."""
    for sentence in rng.sample(kit["sentences"] + kit["chat"], rng.randint(1, 2)):
        page.write(sentence)
    if rng.random() < 0.4:
        page.write(rng.choice(kit["distractors"]))


LAYOUTS = {
    "letter": letter, "provider": provider_return, "log": log_export, "email": email_thread,
    "chat": chat, "annex": annex_form, "table": pipe_table, "snippet": snippet,
}  # fmt: skip
# Per language: (layout, variant). Defanged spellings are what analysts paste into e-mails,
# chats and tables; an "ocr" letter was typed back from a poor scan (O for 0 in addresses).
PLAN = (
    ("letter", "clean"), ("letter", "clean"), ("letter", "ocr"), ("provider", "clean"),
    ("log", "clean"), ("email", "clean"), ("email", "defanged"), ("chat", "defanged"),
    ("chat", "clean"), ("annex", "clean"), ("table", "defanged"), ("snippet", "clean"),
    ("snippet", "defanged"), ("snippet", "clean"),
)  # fmt: skip


def documents(rng: random.Random) -> list[dict[str, Any]]:
    """Every text document of the corpus with its gold labels."""
    out = []
    for language, kit in KITS.items():
        for layout, variant in PLAN:
            region = rng.choice(kit["regions"])
            draw = Draw(rng, language, region, kit)
            page = Page(draw, defanged=variant == "defanged", ocr=variant == "ocr")
            LAYOUTS[layout](page, kit, rng)
            doc = {"language": language, "region": region, "genre": layout, "variant": variant,
                   "text": page.text, "labels": page.labels}  # fmt: skip
            validate_document(doc)
            out.append(doc)
    return out


# --- scanned renders: letters re-typed by us, drawn at 300 dpi with make_corpus's renderer ----
SCANNED = (
    ("fr", "FR", "scan0_fr_pv", [
        "DIRECTION INTERRÉGIONALE DE LA POLICE JUDICIAIRE DE LILLE",
        "Office anti-cybercriminalité - groupe d'appui",
        "",
        "PROCÈS-VERBAL D'EXPLOITATION",
        "Procédure n° {case}",
        "Le {date}, nous, officier de police judiciaire,",
        "Vu l'{legal},",
        "Constatons que le vendeur « {username} » publie sur :",
        "{url}",
        "Relevons l'adresse électronique {email} et le numéro {phone}.",
        "Connexions relevées : {ipv4} puis [{ipv6}]:443",
        "Portefeuille de paiement :",
        "{crypto}",
        "Compte bancaire de réception : IBAN {iban}",
        "Le forum est aussi joignable par :",
        "{onion}",
        "Fait et clos à Lille, le {date}",
    ]),
    ("de", "DE", "scan1_de_vermerk", [
        "Landeskriminalamt - Dezernat Cybercrime",
        "",
        "Ermittlungsvermerk",
        "Az.: {case}",
        "Datum: {date}",
        "Rechtsgrundlage: {legal}",
        "Festgestellte Kennungen:",
        "  - Nutzerkonto „{username}“",
        "  - E-Mail-Adresse {email}",
        "  - Rufnummer {phone}",
        "  - IP-Adresse {ipv4} (Zeitstempel {date} {~time} MEZ)",
        "  - Domain {domain}",
        "  - Bankverbindung IBAN {iban}",
        "Softwarestand des Routers: {~version}",
    ]),
    ("zh", "CN", "scan2_zh_letter", [
        "公安部网络安全保卫局",
        "",
        "调取证据通知书",
        "编号：{case}",
        "根据{legal}的规定，请协助调取以下数据：",
        "用户名：「{username}」",
        "电子邮箱：{email}",
        "手机号码：{phone}",
        "登录IP：{ipv4}",
        "网址：{url}",
        "虚拟货币地址：",
        "{crypto}",
        "日期：{date}",
    ]),
    ("hi", "IN", "scan3_hi_notice", [
        "साइबर अपराध प्रकोष्ठ, दिल्ली पुलिस",
        "",
        "सूचना पत्र",
        "प्राथमिकी संख्या {case}",
        "दिनांक {date}",
        "{legal} के अंतर्गत निम्नलिखित जानकारी मांगी जाती है :",
        "ईमेल {email}",
        "मोबाइल नंबर {phone}",
        "आईपी पता {ipv4}",
        "वेबसाइट {url}",
        "उपयोगकर्ता नाम \"{username}\"",
    ]),
)  # fmt: skip


def scanned(rng: random.Random, folder: Path) -> None:
    """Render the scanned letters and write their gold (type and canonical value only)."""
    from bench.intake.make_corpus import render

    for language, region, stem, lines in SCANNED:
        page = Page(Draw(rng, language, region, KITS[language]))
        for line in lines:
            page.write(line)
        doc = {"language": language, "region": region, "genre": "scanned", "variant": "scanned",
               "text": page.text, "labels": page.labels}  # fmt: skip
        validate_document(doc)
        render(page.text.rstrip("\n").split("\n"), folder / "scanned" / f"{stem}.png")
        (folder / "scanned" / f"{stem}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )


def write_corpus(folder: Path) -> list[dict[str, Any]]:
    """Write folder/text (and folder/scanned) from the seed; return the text documents."""
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
    """Write the corpus, or with --check compare the committed text corpus with the seed's."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="fail when corpus/ is stale")
    arguments = parser.parse_args()
    if arguments.check:
        with tempfile.TemporaryDirectory() as temporary:
            fresh = Path(temporary) / "corpus"
            write_corpus(fresh)
            # PNG bytes depend on the installed fonts and Pillow: a scan's gold is compared, and
            # its render must exist.
            for png in (fresh / "scanned").glob("*.png"):
                png.unlink()
                if not (CORPUS / "scanned" / png.name).exists():
                    sys.exit(f"bench/intake/heldout2/corpus/scanned/{png.name} is missing")
            committed = Path(temporary) / "committed"
            shutil.copytree(CORPUS, committed, ignore=shutil.ignore_patterns("*.png"))
            if not _same_tree(fresh, committed):
                sys.exit("bench/intake/heldout2/corpus is stale: run make_heldout2.py")
        print("bench/intake/heldout2/corpus is up to date")
        return
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    docs = write_corpus(CORPUS)
    counts: dict[str, int] = {}
    for doc in docs:
        for label in doc["labels"]:
            counts[label["type"]] = counts.get(label["type"], 0) + 1
    languages = sorted({doc["language"] for doc in docs})
    print(f"{len(docs)} documents, {sum(counts.values())} labels, languages {', '.join(languages)}")
    print("  ".join(f"{kind} {count}" for kind, count in sorted(counts.items())))


if __name__ == "__main__":
    main()
