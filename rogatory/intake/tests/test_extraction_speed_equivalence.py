"""Speed work changes nothing the extractor finds.

Every identifier, span, canonical form, attribute, confidence and flag found on the bench corpora,
on texts cut from them, in other settings and on strings assembled from corpus words and
identifier fragments is pinned by a digest per input (data/extraction_digests.json). A change
made for speed must keep every digest; a change of behaviour, made on purpose and tested on its
own, rewrites them:

    .venv/bin/python -m rogatory.intake.tests.test_extraction_speed_equivalence --write
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rogatory.intake import identifiers
from rogatory.intake.patterns.handles import USERNAME_CUES
from rogatory.intake.patterns.registries import CASE_LABELS, CASE_NOUNS

CORPORA = Path(__file__).resolve().parents[3] / "bench" / "intake"
CORPUS_FOLDERS = (
    "corpus",
    "heldout/corpus",
    "heldout2/corpus",
    "heldout3/corpus",
    "heldout4/corpus",
    "heldout5/corpus",
    "heldout6/corpus",
    "heldout7/corpus",
    "heldout8/corpus",
    "heldout9/corpus",
    "heldout10/corpus",
)
DIGESTS = Path(__file__).resolve().parent / "data" / "extraction_digests.json"
SETTINGS = (
    (None, None), ("FR", "fr"), ("US", "en"), ("GB", "en"), ("DE", "de"), ("BR", "pt"),
    ("RU", "ru"), ("CN", "zh"), ("IN", "hi"), ("MA", "ar"), ("ES", "es"), (None, "en"),
)  # fmt: skip
# Fragments that start, end or sit beside identifiers of every type, in every script the
# passes know, with the separators, quotes and defanging marks that change what they match.
FRAGMENTS = (
    "a", "Z", "0", "7", "12", "2024", "03", ".", ",", "-", "_", "/", ":", "：", " ", "  ", "\n",
    "\t", "|", "(", ")", "[", "]", "«", "»", "“", "”", "'", '"', "「", "」", "@", "(at)", "[.]",
    "hxxps://", "http://", "www.", "ftp://", "example", ".com", ".onion", "jane.doe",
    "forum.example[.]com/t?id=3", "shop.example.net/download/report.pdf", "198.51.100.23",
    "198. 51. 100. 23", "198.51.100 23", ":51234", "2001:db8::1", "[2001:db8::1]:443", "port 443",
    "14h03", "14:03:05", "UTC+1", "GMT", "heure de Paris", "Z", "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad",
    "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "0x52908400098527886E0F7030069857D2E4169EE7",
    "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "DE89 3704 0044 0532 0130 00",
    "FR76-3000-6000-0112-3456-7890-189", "+34 612 345 678", "0612345678", "01 23 45 67 89",
    "Tel.", "Tél. :", "Art.-Nr.", "Art. 29", "article 77-1-1", "du code de procédure pénale",
    "§ 100a StPO", "Abs. 2", "18 U.S.C. § 2703(d)", "第二十九条", "《刑法》", "धारा 66सी",
    "सूचना प्रौद्योगिकी अधिनियम", "المادة 29", "قانون مكافحة جرائم تقنية المعلومات", "статья 272",
    "Réf. :", "N° de procédure :", "Az. 3 Js 1234/26", "PARQ-26-001234", "Inquérito n.º",
    "0001234-56.2024.8.26.0100", "(2024)京0117刑初732号", "京公网安〔2024〕15号", "2023/12345",
    "رقم القضية:", "562 لسنة 2025", "КУСП 74580", "Дело №", "编号", "案号", "क्र. 45/2011",
    "7 janvier 2016", "3 de marzo de 2024", "March 3, 2024", "5. März 2025", "12 января 2025 г.",
    "2011年03月28日", "二〇二五年八月二十一日", "20/11/2026", "11/20/2026", "23/06/24",
    "2026-11-20", "version 1.2.24", "v10.12.23", "@night_owl", "pseudo :", "user name",
    "l'alias", "Tiefseetaucher", "le compte Instagram", "known as", "网名", "用户名", "kiki_77",
    "vasya_2000", "ник", "report.pdf", "1 500 000 euros", "€", "USD", "ﬁ", "１２３", "٢٠/١١/٢٠٢٦",
    "２０２４", "\u3000", "\u00a0", "é", "ß", "ſ", "K", "İ", "ı",
)  # fmt: skip


def _rows(found: list[Any]) -> list[tuple[Any, ...]]:
    return [
        (f.type, f.value, f.normalized, f.start, f.end, dict(f.attributes), f.confidence, f.flags)
        for f in found
    ]


def outcome(text: str, region: str | None, language: str | None) -> Any:
    """What the extractor gives for one input; an error counts as an outcome too."""
    try:
        return _rows(
            identifiers.extract_identifiers(text, default_region=region, language=language)
        )
    except Exception as error:  # pinned, not hidden
        return [(type(error).__name__, str(error))]


def digest(result: Any) -> str:
    """A short digest of an outcome: equal digests, equal identifiers."""
    canonical = json.dumps(result, ensure_ascii=False, sort_keys=True, default=list)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@cache
def pinned() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DIGESTS.read_text(encoding="utf-8"))
    return data


def assert_pinned(family: str, inputs: list[tuple[str, str | None, str | None]]) -> None:
    """Fail on the first input whose identifiers differ from the pinned ones."""
    expected = pinned()[family]
    assert len(expected) == len(inputs), f"{family}: the inputs changed; rewrite the digests"
    for index, ((text, region, language), wanted) in enumerate(zip(inputs, expected, strict=True)):
        result = outcome(text, region, language)
        if digest(result) != wanted:
            pytest.fail(
                f"{family}[{index}] {text[:200]!r} ({region}, {language}): now {result[:5]}"
            )


@cache
def corpus_documents() -> tuple[tuple[str, str | None, str | None], ...]:
    """Every bench corpus text with its region and language."""
    documents = []
    for folder in CORPUS_FOLDERS:
        for gold_path in sorted((CORPORA / folder / "text").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = gold_path.with_suffix(".txt").read_text(encoding="utf-8")
            documents.append((text, gold.get("region"), gold.get("language")))
    return tuple(documents)


def test_the_corpora_hold_the_six_development_sets() -> None:
    assert len(corpus_documents()) >= 1270


def cut_texts() -> list[tuple[str, str | None, str | None]]:
    generator = random.Random(4)
    documents = corpus_documents()
    inputs = []
    for _ in range(1500):
        text, region, language = generator.choice(documents)
        start = generator.randrange(len(text))
        end = min(len(text), start + generator.randrange(1, 400))
        inputs.append((text[start:end], region, language))
    return inputs


def other_settings() -> list[tuple[str, str | None, str | None]]:
    generator = random.Random(5)
    inputs = []
    for text, _, _ in generator.sample(corpus_documents(), 120):
        region, language = generator.choice(SETTINGS)
        inputs.append((text, region, language))
    return inputs


@cache
def corpus_tokens() -> tuple[str, ...]:
    """The words and signs of the corpora, as fragments to assemble."""
    tokens = {token for text, _, _ in corpus_documents() for token in text.split()}
    return tuple(sorted(tokens))


def word_strings() -> list[tuple[str, str | None, str | None]]:
    generator = random.Random(6)
    tokens = corpus_tokens()
    inputs = []
    for _ in range(2500):
        pieces = [
            generator.choice(tokens if generator.random() < 0.6 else FRAGMENTS)
            for _ in range(generator.randrange(1, 14))
        ]
        separators = [generator.choice((" ", " ", "", "\n", ", ", ": ")) for _ in pieces]
        text = "".join(
            piece + separator for piece, separator in zip(pieces, separators, strict=True)
        )
        region, language = generator.choice(SETTINGS)
        inputs.append((text, region, language))
    return inputs


def families() -> Iterator[tuple[str, list[tuple[str, str | None, str | None]]]]:
    yield "corpus", list(corpus_documents())
    yield "cut", cut_texts()
    yield "settings", other_settings()
    yield "words", word_strings()


def test_every_corpus_text_gives_the_pinned_identifiers() -> None:
    assert_pinned("corpus", list(corpus_documents()))


def test_corpus_texts_cut_anywhere_give_the_pinned_identifiers() -> None:
    assert_pinned("cut", cut_texts())


def test_corpus_texts_in_other_settings_give_the_pinned_identifiers() -> None:
    assert_pinned("settings", other_settings())


def test_strings_of_corpus_words_give_the_pinned_identifiers() -> None:
    assert_pinned("words", word_strings())


@settings(max_examples=400)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join),
    st.sampled_from(SETTINGS),
)
def test_strings_of_identifier_fragments_give_identifiers_that_slice_to_their_value(
    text: str, setting: tuple[str | None, str | None]
) -> None:
    region, language = setting
    for found in identifiers.extract_identifiers(text, default_region=region, language=language):
        assert text[found.start : found.end] == found.value


ALL_CHARACTERS = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)


@pytest.mark.parametrize(
    "words",
    [
        "pPaAuUnNhHiIsSbBcCkKиИнНпПлЛаАуУ用昵账帐احउटवख",
        "janvier março Август 一月 सितंबर يناير",
        "".join(chr(code) for code in range(0x41, 0x250) if chr(code).isalpha()),
        "".join(chr(code) for code in range(0x400, 0x500) if chr(code).isalpha()),
        "".join(word[0] for word in (*CASE_LABELS, *CASE_NOUNS, *USERNAME_CUES)),
    ],
)
def test_a_word_initials_class_holds_what_ignorecase_matches(words: str) -> None:
    initials = identifiers._any_case(words)
    expected = set(re.findall(f"[{re.escape(words)}]", ALL_CHARACTERS, re.IGNORECASE))
    assert set(re.findall(f"[{initials}]", ALL_CHARACTERS)) == expected


def write() -> None:
    """Pin what the extractor finds now (keeps the bench's own entries)."""
    data = json.loads(DIGESTS.read_text(encoding="utf-8")) if DIGESTS.exists() else {}
    for family, inputs in families():
        data[family] = [digest(outcome(*item)) for item in inputs]
    DIGESTS.parent.mkdir(exist_ok=True)
    DIGESTS.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {DIGESTS}")


if __name__ == "__main__" and "--write" in sys.argv:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    write()
