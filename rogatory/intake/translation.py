"""Signs of a poor translation, each tied to the text that shows it.

- Two language versions of one letter that disagree: a bilingual letter whose French lines give
  one date, reference or number and whose English lines give another of the same type.
- A sentence that changes language half-way ("Nous vous prions de preserve the data of the
  account"), as machine translation leaves behind. Only between languages written in the Latin
  script: neighbours in Cyrillic or Devanagari are too alike to tell apart in one sentence.
- A long line in one script whose language the detector cannot name with confidence.
- A template placeholder nobody filled in: "{date}", "[insérer le nom]", "%s", "<<NOM>>", "XXX".

Identifiers are blanked before the language checks (an address or a law's title in another
language is not a mixed sentence). Only the first MAX_CHARACTERS of each document are read, so
a thousand-page file costs what a long letter costs.
"""

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rogatory.intake.language import detect_language, language_confidences, language_segments
from rogatory.intake.pages import Flag, Identifier, PageText

MAX_CHARACTERS = 60_000
# A line with fewer words or letters is a heading, a label, a name or a table row: no language
# of its own.
MIN_LINE_WORDS = 4
MIN_LINE_LETTERS = 15
# A version counts as one when it holds this many lines and this share of the letters read.
MIN_VERSION_LINES = 2
MIN_VERSION_SHARE = 0.2
# Sentences this long (in words) are checked for a change of language, and each language must
# hold this many words of it.
MIN_SENTENCE_WORDS = 8
MIN_PART_WORDS = 4
MIN_PART_LETTERS = 20
PART_CONFIDENCE = 0.8
# A line this long (in letters) whose best language scores below this confidence is unclear.
UNCLEAR_LINE_LETTERS = 120
UNCLEAR_CONFIDENCE = 0.7
LATIN_LANGUAGES = frozenset({"en", "fr", "es", "pt", "de", "it", "nl", "pl"})
# The types whose canonical value a faithful translation keeps as it is.
COMPARED_TYPES = frozenset(
    {
        "url", "domain", "email", "ipv4", "ipv6", "phone", "username", "onion", "crypto",
        "iban", "case_reference", "date",
    }
)  # fmt: skip
LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "es": "Spanish", "pt": "Portuguese", "de": "German",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "ru": "Russian", "uk": "Ukrainian",
    "ar": "Arabic", "zh": "Chinese", "ja": "Japanese", "hi": "Hindi", "mr": "Marathi",
}  # fmt: skip

_PLACEHOLDER = re.compile(
    r"\{\{?[ ]*[A-Za-z_][\w.]{0,40}[ ]*\}\}?"
    r"|\$\{[^}\n]{1,40}\}"
    r"|%\(\w{1,40}\)[sd]|(?<![\w%])%[sd](?![\w])"
    r"|<<[^<>\n]{1,40}>>"
    r"|\[[ ]*(?:insert|insérer|inserer|insertar|inserir|einfügen|inserire|вставить|name|nom|nombre|"
    r"nome|date|fecha|datum|data|xxx+|\.\.\.|…|●|tbd|todo|placeholder|à compléter|a completar)"
    r"[^\]\n]{0,40}\]"
    r"|(?<![\w])X{3,}(?![\w])",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"(?<![\w.,])\d[\d  .,]*\d(?![\w])")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n")
_WORD = re.compile(r"[^\W\d_]{2,}")
# Chinese and Japanese write words without spaces: each ideograph counts as a word.
_LINE_WORD = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]|[^\W\d_\u3040-\u30ff\u4e00-\u9fff]{2,}")


@dataclass(frozen=True)
class _Line:
    page: PageText
    start: int
    end: int
    text: str  # identifiers blanked out, same length as the page's stretch
    language: str


def _span(page: PageText, start: int, end: int) -> dict[str, int]:
    return {"document": page.document, "page": page.number, "start": start, "end": end}


def _quote(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)


def _read(pages: Sequence[PageText]) -> list[PageText]:
    budget: dict[int, int] = {}
    kept = []
    for page in pages:
        left = MAX_CHARACTERS - budget.get(page.document, 0)
        if left <= 0:
            continue
        budget[page.document] = budget.get(page.document, 0) + len(page.text)
        kept.append(page if len(page.text) <= left else _cut(page, left))
    return kept


def _cut(page: PageText, length: int) -> PageText:
    return PageText(page.document, page.number, page.text[:length], page.ocr_confidence, "")


def _blanked(page: PageText, identifiers: Sequence[Identifier]) -> str:
    characters = list(page.text)
    for found in identifiers:
        if (found.document, found.page) == (page.document, page.number):
            for index in range(found.start, min(found.end, len(characters))):
                characters[index] = " "
    return "".join(characters)


def _lines(pages: Sequence[PageText], identifiers: Sequence[Identifier]) -> list[_Line]:
    lines = []
    for page in pages:
        blanked = _blanked(page, identifiers)
        start = 0
        for raw in blanked.split("\n"):
            end = start + len(raw)
            words = _LINE_WORD.findall(raw)
            is_prose = len(words) >= MIN_LINE_WORDS and sum(map(len, words)) >= MIN_LINE_LETTERS
            language = detect_language(raw) if is_prose else ""
            lines.append(_Line(page, start, end, raw, language))
            start = end + 1
    return lines


def _versions(lines: Sequence[_Line]) -> list[str]:
    letters: dict[str, int] = {}
    counts: dict[str, int] = {}
    for line in lines:
        if line.language:
            letters[line.language] = letters.get(line.language, 0) + len(line.text)
            counts[line.language] = counts.get(line.language, 0) + 1
    total = sum(letters.values())
    return [
        language
        for language in sorted(letters, key=lambda k: -letters[k])
        if counts[language] >= MIN_VERSION_LINES and letters[language] >= MIN_VERSION_SHARE * total
    ]


def _values(
    lines: Sequence[_Line], language: str, identifiers: Sequence[Identifier]
) -> dict[str, dict[str, tuple[PageText, int, int, str]]]:
    """Per type, each canonical value in this version's lines with where it is written."""
    found: dict[str, dict[str, tuple[PageText, int, int, str]]] = {}
    for line in lines:
        if line.language != language:
            continue
        page = line.page
        for item in identifiers:
            if (
                item.type in COMPARED_TYPES
                and (item.document, item.page) == (page.document, page.number)
                and line.start <= item.start < line.end + 1
            ):
                found.setdefault(item.type, {}).setdefault(
                    item.normalized, (page, item.start, item.end, item.value)
                )
        for match in _NUMBER.finditer(line.text):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) >= 2:
                start, end = line.start + match.start(), line.start + match.end()
                found.setdefault("number", {}).setdefault(digits, (page, start, end, match.group()))
    return found


def _disagreements(
    lines: Sequence[_Line], identifiers: Sequence[Identifier]
) -> Iterator[tuple[str, tuple[dict[str, int], ...]]]:
    versions = _versions(lines)
    if len(versions) < 2:
        return
    first, second = versions[0], versions[1]
    ours, theirs = _values(lines, first, identifiers), _values(lines, second, identifiers)
    for kind in sorted(set(ours) & set(theirs)):
        only_first = [value for value in ours[kind] if value not in theirs[kind]]
        only_second = [value for value in theirs[kind] if value not in ours[kind]]
        # A value in one version only may be an addition; the same type differing on both
        # sides is a disagreement.
        for left, right in zip(only_first, only_second, strict=False):
            page_a, start_a, end_a, written_a = ours[kind][left]
            page_b, start_b, end_b, written_b = theirs[kind][right]
            label = "number" if kind == "number" else kind.replace("_", " ")
            yield (
                f"the {_name(first)} version gives the {label} '{written_a}' (page "
                f"{page_a.number}) where the {_name(second)} version gives '{written_b}' "
                f"(page {page_b.number})",
                (_span(page_a, start_a, end_a), _span(page_b, start_b, end_b)),
            )


def _sentences(line: _Line) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(line.text):
        yield start, match.start()
        start = match.end()
    yield start, len(line.text)


def _mixed_sentences(lines: Sequence[_Line]) -> Iterator[tuple[str, tuple[dict[str, int], ...]]]:
    for line in lines:
        if line.language not in LATIN_LANGUAGES:
            continue
        for start, end in _sentences(line):
            sentence = line.text[start:end]
            if len(_WORD.findall(sentence)) < MIN_SENTENCE_WORDS:
                continue
            parts = [
                (language, sentence[a:b])
                for language, a, b in language_segments(sentence)
                if language in LATIN_LANGUAGES
                and len(_WORD.findall(sentence[a:b])) >= MIN_PART_WORDS
                and sum(char.isalpha() for char in sentence[a:b]) >= MIN_PART_LETTERS
                and _is_surely(sentence[a:b], language)
            ]
            if len({language for language, _ in parts}) < 2:
                continue
            named = " and ".join(dict.fromkeys(_name(language) for language, _ in parts))
            span = _span(line.page, line.start + start, line.start + end)
            yield (
                f"page {line.page.number}: a sentence mixes {named}: "
                f"'{_quote(line.page.text[span['start'] : span['end']])}'",
                (span,),
            )


def _is_surely(text: str, language: str) -> bool:
    # The detector splitting a sentence can give a few words of plain English to Spanish
    # ("a total of 15400 euros"): each part must be that language on its own, with confidence.
    confidences = language_confidences(text)
    return (
        bool(confidences)
        and confidences[0] == (language, confidences[0][1])
        and (confidences[0][1] >= PART_CONFIDENCE)
    )


def _unclear_lines(lines: Sequence[_Line]) -> Iterator[tuple[str, tuple[dict[str, int], ...]]]:
    for line in lines:
        letters = [char for char in line.text if char.isalpha()]
        if len(letters) < UNCLEAR_LINE_LETTERS or _scripts(letters) > 1:
            continue
        confidences = language_confidences(line.text)
        if confidences and confidences[0][1] < UNCLEAR_CONFIDENCE:
            span = _span(line.page, line.start, line.end)
            yield (
                f"page {line.page.number}: the language of a {len(letters)}-letter line is "
                f"unclear (at best {_name(confidences[0][0])}, {confidences[0][1]:.0%}): "
                f"'{_quote(line.page.text[line.start : line.end])}'",
                (span,),
            )


def _scripts(letters: Sequence[str]) -> int:
    # A line in two scripts is a bilingual line, not a muddle: only one-script lines are judged.
    return len({unicodedata.name(char, "UNKNOWN").split()[0] for char in letters})


def _placeholders(pages: Sequence[PageText]) -> Iterator[tuple[str, tuple[dict[str, int], ...]]]:
    for page in pages:
        for match in _PLACEHOLDER.finditer(page.text):
            yield (
                f"page {page.number}: a template placeholder was left in: '{match.group()}'",
                (_span(page, match.start(), match.end()),),
            )


def find_poor_translation(
    pages: Sequence[PageText], identifiers: Sequence[Identifier]
) -> Flag | None:
    """Return the 'poor_translation' flag with every reason and span, or None if none shows."""
    read = _read(pages)
    lines = _lines(read, identifiers)
    reasons = [
        *_disagreements(lines, identifiers),
        *_mixed_sentences(lines),
        *_unclear_lines(lines),
        *_placeholders(read),
    ]
    if not reasons:
        return None
    return Flag(
        "poor_translation",
        "Possibly a poor translation: " + "; ".join(reason for reason, _ in reasons) + ".",
        tuple(span for _, spans in reasons for span in spans),
    )
