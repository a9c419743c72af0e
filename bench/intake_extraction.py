"""Print the identifier extractor's throughput on 10 kB, 100 kB and 1 MB of mixed-language text."""

from __future__ import annotations

import random
import time
from collections import Counter

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


def _text(size: int, seed: int = 7) -> str:
    generator = random.Random(seed)
    pieces: list[str] = []
    total = 0
    while total < size:
        piece = generator.choice(SNIPPETS)
        pieces.append(piece)
        total += len(piece.encode("utf-8"))
    return "".join(pieces)


def main() -> None:
    """Print MB/s per input size and the per-type counts on the largest input."""
    django.setup()
    from rogatory.intake.identifiers import extract_identifiers

    extract_identifiers("warm up 198.51.100.23 example.com", default_region="FR")
    counts: Counter[str] = Counter()
    for size in (10_000, 100_000, 1_000_000):
        text = _text(size)
        megabytes = len(text.encode("utf-8")) / 1_000_000
        started = time.perf_counter()
        found = extract_identifiers(text, default_region="FR", language="fr")
        elapsed = time.perf_counter() - started
        print(
            f"{size:>9} bytes: {megabytes / elapsed:6.2f} MB/s, {len(found)} identifiers, {elapsed:.3f} s"
        )
        counts = Counter(item.type for item in found)
    for kind, count in sorted(counts.items()):
        print(f"  {kind:<16} {count}")


if __name__ == "__main__":
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    main()
