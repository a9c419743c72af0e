"""CPU seconds per dense A4 page through the product's OCR, split by stage, with what it recovers.

`python bench/intake_ocr_dense.py [--repeat N] [--pages log,addresses,french,chinese] [--show]`

Issue 4 asks for at most 3 CPU seconds per A4 page at 300 dpi on one core. The bench's
corpus scans are letters of 10-16 lines at 44 px; a dense page holds five to ten times their
text. Four fictional dense pages are drawn here as the corpus scans are (bench/intake/
make_corpus.py: Noto fonts, a font per script run, A4 at 300 dpi, no noise):

- ``log``: a log export, 80 lines of about 110 characters at 30 px;
- ``addresses``: 40 lines at 36 px holding 80 numbered addresses (an IP, a URL, an e-mail);
- ``french``: a French letter of 44 lines at 34 px;
- ``chinese``: a Chinese letter of 40 lines at 36 px, identifiers in Latin letters inside it.

Each page goes through ``ocr.ocr_image`` in this process (packs loaded once before timing),
and the process's CPU time is split into the probe that chooses the packs, the full read, and
the re-reads (doubtful words read alone, address-like words read again for a lost dot);
"alone" is Tesseract's one full read of the page with the packs a user would give it
(``ALONE_PACKS``), no probe and no re-reads: the 3 s target is read beside it. "as page 2" is
the page read again as a scan's second page (the first page's packs tried first,
as ``extract_text`` does, the probe skipped when they fit). The
identifiers found in the OCR's text (``extract_identifiers``, type and canonical value) are
compared with those found in the text that was drawn, so quality shows beside speed.
"""

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_THREAD_LIMIT", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image, ImageDraw, ImageFont

from bench.intake.make_corpus import FONTS

STAGES = {
    "_choose_packs": "probe",
    "_retry_doubtful_words": "re-reads",
    "_find_lost_dots": "re-reads",
}
HOSTS = (
    "forum-exemple.fr",
    "marche-noir.example.com",
    "zephyr.example.net",
    "boutique.example.org",
)
USERS = ("loup_gris77", "vent_du_nord", "renard.bleu", "k_ostrova", "nuit_blanche", "ombre42")


def _font_for(char: str) -> str:
    code = ord(char)
    if 0x0900 <= code <= 0x097F:
        return "deva"
    if code >= 0x2E80:
        return "cjk"
    return "latin"


def render(lines: list[str], size: int, step: int, left: int = 150) -> Image.Image:
    """Draw lines on an A4 page at 300 dpi, a Noto font per script run (as make_corpus.render)."""
    fonts = {name: ImageFont.truetype(file, size) for name, file in FONTS.items()}
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    y = 120
    for line in lines:
        x = left
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
        y += step
    page.info["dpi"] = (300, 300)
    return page


def log_export() -> tuple[list[str], Image.Image]:
    events = ("LOGIN_OK", "LOGIN_FAIL", "POST_NEW", "PWD_RESET", "MSG_SENT", "LOGOUT")
    lines = [
        f"2025-03-{row % 28 + 1:02d} {row % 24:02d}:{row * 7 % 60:02d}:{row * 13 % 60:02d}Z "
        f"{events[row % 6]:<10} uid={40210 + row * 17} user={USERS[row % 6]} "
        f"ip=198.51.100.{row + 10} port={1024 + row * 211 % 60000} "
        f"https://{HOSTS[row % 4]}/u/{row * 37} sess=a{row * 7919 % 99991:05d}"
        for row in range(80)
    ]
    return lines, render(lines, 30, 41)


def addresses() -> tuple[list[str], Image.Image]:
    lines = [
        f"{2 * row + 1:>2}. 198.51.100.{row + 10}   https://{HOSTS[row % 4]}/u/{row * 37}   "
        f"{2 * row + 2:>2}. compte{row}@{HOSTS[(row + 1) % 4]}"
        for row in range(40)
    ]
    return lines, render(lines, 36, 80)


def french_letter() -> tuple[list[str], Image.Image]:
    body = [
        "RÉQUISITION JUDICIAIRE — Réf. : PARQUET/2025/04417 — Lyon, le 12 mars 2025",
        "Vu les articles 60-1 et 77-1-1 du code de procédure pénale, nous requérons la",
        "communication des données d'abonné et des journaux de connexion relatifs aux comptes",
        "« {user} » et « vent_du_nord », actifs sur https://{host}/profil/{number}.",
        "Le compte s'est connecté depuis l'adresse 192.0.2.{octet} le {day} mars 2025 à 14h12,",
        "puis depuis 203.0.113.{octet} ; courriel de contact : enquete.{number}@justice-exemple.fr.",
        "Merci de conserver ces données pendant quatre-vingt-dix jours et de nous répondre par",
        "écrit ; téléphone du service : 04 72 55 18 90 ; télécopie : 04 72 55 18 99.",
    ]
    lines: list[str] = []
    for row in range(44):
        template = body[row % len(body)]
        lines.append(
            template.format(
                user=USERS[row % 6],
                host=HOSTS[row % 4],
                number=3100 + row * 17,
                octet=row + 20,
                day=row % 28 + 1,
            )
        )
    return lines, render(lines, 34, 76)


def chinese_letter() -> tuple[list[str], Image.Image]:
    body = [
        "深圳市公安局网络安全保卫支队 刑事司法协助请求书 编号/ No.: SZGA-2025-{number}",
        "根据双方签署的刑事司法协助条约，现请求贵方协助调取下列账户的注册信息和登录记录。",
        "涉案网址 / URL: https://{host}/item/{number}",
        "用户名 / Username: 「{user}」 电子邮件: {user}@{host}",
        "该账户于2025年3月{day}日从IP地址 198.51.100.{octet} 登录，并发布了涉案信息。",
        "请贵方在收到本请求后九十日内保全上述数据，并以书面形式答复。联系电话: 0755-8412-{number}",
    ]
    lines: list[str] = []
    for row in range(40):
        template = body[row % len(body)]
        lines.append(
            template.format(
                user=USERS[row % 6],
                host=HOSTS[row % 4],
                number=1000 + row * 37,
                octet=row + 20,
                day=row % 28 + 1,
            )
        )
    return lines, render(lines, 36, 84)


PAGES: dict[str, tuple[Callable[[], tuple[list[str], Image.Image]], str, str]] = {
    "log": (log_export, "en", "FR"),
    "addresses": (addresses, "fr", "FR"),
    "french": (french_letter, "fr", "FR"),
    "chinese": (chinese_letter, "zh", "CN"),
}
# Tesseract alone: the packs a user would give `tesseract -l` for the page, one full read
# through the same library (tesserocr), no probe, no re-reads: the host's speed moves by a
# fifth from day to day, so the product's figure is read beside this one.
ALONE_PACKS = {"log": "eng", "addresses": "eng", "french": "fra+eng", "chinese": "chi_sim+eng"}


def tesseract_alone(image: Image.Image, packs: str, repeat: int) -> float:
    """Fewest CPU seconds of one full read of the page by Tesseract with these packs."""
    from rogatory.intake import ocr

    api = ocr._api(packs)
    api.SetPageSegMode(3)  # `tesseract`'s default; the product's re-reads leave single-word mode
    grey = image.convert("L")
    times = []
    for _ in range(repeat):
        api.SetImage(grey)
        api.SetSourceResolution(300)
        started = time.process_time()
        api.Recognize()
        times.append(time.process_time() - started)
    return min(times)


@contextmanager
def staged(cpu: dict[str, float], counts: Counter[str]) -> Iterator[None]:
    """Charge the process's CPU time to the stage each OCR step belongs to while inside."""
    from rogatory.intake import ocr

    originals = {name: getattr(ocr, name) for name in STAGES}
    recognise = ocr._recognise

    def wrapped(name: str) -> Callable[..., Any]:
        def call(*arguments: Any, **keywords: Any) -> Any:
            started = time.process_time()
            try:
                return originals[name](*arguments, **keywords)
            finally:
                cpu[STAGES[name]] += time.process_time() - started

        return call

    def counted(image: Image.Image, packs: str, page_mode: int, dpi: int, clock: Any) -> list[Any]:
        counts["recognitions"] += 1
        return recognise(image, packs, page_mode, dpi, clock)

    for name in STAGES:
        setattr(ocr, name, wrapped(name))
    ocr._recognise = counted
    try:
        yield
    finally:
        for name, original in originals.items():
            setattr(ocr, name, original)
        ocr._recognise = recognise


def identifiers(text: str, language: str, region: str) -> Counter[tuple[str, str]]:
    from rogatory.intake.identifiers import extract_identifiers

    found = extract_identifiers(text, default_region=region, language=language)
    return Counter((item.type, item.normalized) for item in found)


def measure(name: str, repeat: int, show: bool) -> dict[str, Any]:
    from rogatory.intake import ocr

    make, language, region = PAGES[name]
    lines, image = make()
    gold = identifiers("\n".join(lines), language, region)
    ocr.ocr_image(image, timeout=600)  # loads the packs the page needs
    best: dict[str, Any] | None = None
    for _ in range(repeat):
        cpu: dict[str, float] = {"probe": 0.0, "re-reads": 0.0}
        counts: Counter[str] = Counter()
        with staged(cpu, counts):
            started = time.process_time()
            page = ocr.ocr_image(image, timeout=600)
            total = time.process_time() - started
        found = identifiers(page.text, language, region)
        result = {
            "page": name,
            "total": total,
            "probe": cpu["probe"],
            "read": total - cpu["probe"] - cpu["re-reads"],
            "re-reads": cpu["re-reads"],
            "recognitions": counts["recognitions"],
            "packs": page.languages,
            "recovered": sum((gold & found).values()),
            "gold": sum(gold.values()),
            "false": sum((found - gold).values()),
            "text": page.text,
        }
        if best is None or total < best["total"]:
            best = result
    assert best is not None
    # The same page as the second of a scan: read with the first page's packs first.
    first = ocr.ocr_image(image, timeout=600)
    second = []
    for _ in range(repeat):
        started = time.process_time()
        ocr.ocr_image(image, timeout=600, previous=first)
        second.append(time.process_time() - started)
    best["page 2"] = min(second)
    best["alone"] = tesseract_alone(image, ALONE_PACKS[name], repeat)
    if show:
        print(best["text"])
        missed = gold - identifiers(best["text"], language, region)
        print("missed:", sorted(missed.elements())[:40])
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="best of N reads per page")
    parser.add_argument("--pages", default=",".join(PAGES))
    parser.add_argument("--show", action="store_true", help="print the text and the misses")
    arguments = parser.parse_args()
    import django

    django.setup()
    print(
        f"{'page':10} {'CPU s':>6} {'probe':>6} {'read':>6} {'re-reads':>8} {'calls':>5}  "
        f"{'packs':14} {'as page 2':>9} {'alone':>6}  identifiers recovered (false)"
    )
    for name in arguments.pages.split(","):
        row = measure(name, arguments.repeat, arguments.show)
        print(
            f"{row['page']:10} {row['total']:6.2f} {row['probe']:6.2f} {row['read']:6.2f} "
            f"{row['re-reads']:8.2f} {row['recognitions']:5d}  {row['packs']:14} {row['page 2']:9.2f} {row['alone']:6.2f}  "
            f"{row['recovered']}/{row['gold']} ({row['false']})",
            flush=True,
        )


if __name__ == "__main__":
    main()
