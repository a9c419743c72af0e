"""Print the identifier extractor's throughput on 10 kB, 100 kB and 1 MB of mixed-language text.

`python bench/intake_extraction.py [--runs N] [--no-check] [--write-digests]`: with the check
(the default), what is found in the 1 MB inputs must match the digests pinned in
rogatory/intake/tests/data/extraction_digests.json (as the equivalence test pins the corpora), so a
change made for speed cannot change the identifiers unnoticed.
"""

# Dense text: one identifier every ~38 bytes, far more than any letter holds. Letter-like text:
# the same snippets diluted in prose, one identifier every few hundred bytes. Each figure is the
# best of five runs in CPU time (--runs), so other processes on the machine do not skew it.

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import Counter
from typing import Any

import django

SNIPPETS = (
    "Réf. : PARQ-26-001234. Le 7 janvier 2016, l'adresse 198.51.100.23:51234 le 20/11/2026 à 14h03 (heure de Paris) a consulté hxxps://forum.example[.]com/t?id=3. ",
    "Please preserve the account @night_owl and the e-mail jane.doe@example.org, seen at 2001:db8::1 port 443 at 2026-11-20 14:03 UTC+1, under Art. 29 of the Budapest Convention. ",
    "Solicitamos los datos del usuario: kiki_77 y del teléfono +34 612 345 678, el 3 de marzo de 2024. ",
    "Az. 3 Js 1234/26 — gemäß § 100a StPO, IBAN DE89 3704 0044 0532 0130 00, am 5. März 2025. ",
    "编号/ No.: 1501-1103-0906 依据第二十九条, 2011年03月28日, 用户名「黑客」. ",
    "Пользователь с ником «vasya_2000» использовал адрес 203.0.113.7 12 января 2025 г. ",
    "المادة 29 من الاتفاقية، رقم: 2015/01098 بتاريخ ٢٠/١١/٢٠٢٦ ",
    "क्र. 45/2011 दिनांक २८/०३/२०११ बिटकॉइन 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 ",
    "The software version 1.2.3.4 wrote report.pdf; amount 1 500 000 euros was paid. ",
    "O endereço duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion foi usado em 1 de abril de 2025. ",
)


PROSE = (
    "Nous vous prions de bien vouloir conserver l'ensemble des données relatives à ces comptes, dans l'attente de la demande d'entraide qui suivra par la voie diplomatique. ",
    "The requesting authority undertakes to use the data only for the purposes of the criminal investigation described above and to keep it confidential. ",
    "Die Ermittlungen betreffen den Verdacht des gewerbsmäßigen Betrugs zum Nachteil mehrerer Geschädigter in verschiedenen Bundesländern. ",
    "Los hechos investigados consisten en la difusión de mensajes amenazantes a través de una plataforma de mensajería durante varios meses. ",
    "Следствие просит сохранить все сведения об учетной записи до получения официального запроса о правовой помощи. ",
    "请贵方协助保全上述账户的全部数据，正式的司法协助请求将随后通过外交途径送达。 ",
    "कृपया खालील खात्याची सर्व माहिती औपचारिक विनंती प्राप्त होईपर्यंत जतन करावी. ",
    "يرجى الاحتفاظ بجميع البيانات المتعلقة بهذا الحساب إلى حين ورود طلب المساعدة القانونية الرسمي. ",
)


def _text(size: int, seed: int = 7, prose_per_snippet: int = 0) -> str:
    generator = random.Random(seed)
    pieces: list[str] = []
    total = 0
    while total < size:
        for _ in range(prose_per_snippet):
            prose = generator.choice(PROSE)
            pieces.append(prose)
            total += len(prose.encode("utf-8"))
        piece = generator.choice(SNIPPETS)
        pieces.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(pieces)


def _rows(found: list[Any]) -> list[tuple[Any, ...]]:
    return [
        (f.type, f.value, f.normalized, f.start, f.end, dict(f.attributes), f.confidence, f.flags)
        for f in found
    ]


def main() -> None:
    """Print MB/s per input size and the per-type counts on the largest input."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5, help="runs per input, the fastest counts")
    parser.add_argument(
        "--no-check", action="store_true", help="skip the comparison with the pinned digests"
    )
    parser.add_argument(
        "--write-digests",
        action="store_true",
        help="pin the 1 MB outputs as they are now (after a change of behaviour made on purpose)",
    )
    options = parser.parse_args()
    django.setup()
    from rogatory.intake.identifiers import extract_identifiers
    from rogatory.intake.tests.test_extraction_speed_equivalence import DIGESTS, digest

    pins = json.loads(DIGESTS.read_text(encoding="utf-8"))

    extract_identifiers("warm up 198.51.100.23 example.com", default_region="FR")
    counts: Counter[str] = Counter()
    for label, prose_per_snippet in (("dense", 0), ("letter-like", 8)):
        print(label)
        for size in (10_000, 100_000, 1_000_000):
            text = _text(size, prose_per_snippet=prose_per_snippet)
            megabytes = len(text.encode("utf-8")) / 1_000_000
            elapsed = float("inf")
            for _ in range(options.runs):
                started = time.process_time()
                found = extract_identifiers(text, default_region="FR", language="fr")
                elapsed = min(elapsed, time.process_time() - started)
            print(
                f"{size:>9} bytes: {megabytes / elapsed:6.2f} MB/s, {len(found)} identifiers,"
                f" {elapsed:.3f} s, one per {len(text.encode('utf-8')) // max(1, len(found))} bytes"
            )
            counts = Counter(item.type for item in found)
            key = f"bench {label} 1 MB"
            if size == 1_000_000 and options.write_digests:
                pins[key] = digest(_rows(found))
                DIGESTS.write_text(json.dumps(pins, indent=0) + "\n", encoding="utf-8")
                print(f"  pinned in {DIGESTS.name}")
            elif size == 1_000_000 and not options.no_check:
                if digest(_rows(found)) != pins.get(key):
                    raise SystemExit(f"{label} 1 MB: the identifiers differ from the pinned ones")
                print("  same identifiers as pinned")
        for kind, count in sorted(counts.items()):
            print(f"  {kind:<16} {count}")
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"load average {load} on {os.cpu_count()} cores")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    main()
