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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_noop as N_

from rogatory.core.translation import pgettext_noop
from rogatory.intake.language import (
    detect_language,
    language_confidences,
    language_segments,
    page_languages,
)
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
# How a reason names each compared type (the English kept as the API has always given it).
COMPARED_CONTEXT = "compared value"
COMPARED_LABELS = {
    "url": pgettext_noop("compared value", "url"),
    "domain": pgettext_noop("compared value", "domain"),
    "email": pgettext_noop("compared value", "email"),
    "ipv4": pgettext_noop("compared value", "ipv4"),
    "ipv6": pgettext_noop("compared value", "ipv6"),
    "phone": pgettext_noop("compared value", "phone"),
    "username": pgettext_noop("compared value", "username"),
    "onion": pgettext_noop("compared value", "onion"),
    "crypto": pgettext_noop("compared value", "crypto"),
    "iban": pgettext_noop("compared value", "iban"),
    "case_reference": pgettext_noop("compared value", "case reference"),
    "date": pgettext_noop("compared value", "date"),
    "number": pgettext_noop("compared value", "number"),
}
# Django's own list of languages names nearly all of them, in the very words its catalogues
# translate for the pages; these three it lacks.
_NAMES_DJANGO_LACKS = {"zh": "Chinese", "gu": "Gujarati", "tl": "Tagalog"}

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


# --- Texts kept for translation -------------------------------------------------------------
#
# A triage flag or an authority guess is stored with the intake (JSON) and read back by the API
# and the CLI in English, and by the pages in the reader's language. So besides its English
# message it keeps its template and values: a value is a string or a number, another text, a
# language (named in the reader's language), a term (a label translated in its context) or a
# list of texts with the separator that joins them.

Text = dict[str, Any]


def template_text(template: str, **params: object) -> Text:
    """Return a message: its template (marked with N_ where written) and its named values."""
    return {"template": template, "params": params}


def language_value(code: str) -> Text:
    """Return a language named in the reader's language when shown."""
    return {"language": code}


def term(context: str, label: str) -> Text:
    """Return a label (marked with pgettext_noop where written) translated in its context."""
    return {"term": label, "context": context}


def joined(items: Sequence[object], separator: str) -> Text:
    """Return texts shown one after the other, the separator between them."""
    return {"join": list(items), "separator": separator}


def render_text(
    value: object,
    *,
    gettext: Callable[[str], str],
    pgettext: Callable[[str, str], str],
    language_name: Callable[[str], str],
) -> str:
    """Return a text with its values filled in, each part through the given translations."""

    def render(part: object) -> str:
        if not isinstance(part, Mapping):
            return str(part)
        if "template" in part:
            params = part.get("params") or {}
            translated = gettext(str(part["template"]))
            if not params:
                return translated
            return translated % {name: render(item) for name, item in params.items()}
        if "language" in part:
            return language_name(str(part["language"]))
        if "term" in part:
            return pgettext(str(part.get("context", "")), str(part["term"]))
        if "join" in part:
            return str(part.get("separator", " ")).join(render(item) for item in part["join"])
        return ""

    return render(value)


def english_text(value: object) -> str:
    """Return a text in English, as the API, the CLI and the stored message give it."""
    return render_text(
        value,
        gettext=lambda message: message,
        pgettext=lambda _context, message: message,
        language_name=language_name,
    )


def language_name(code: str) -> str:
    """Return a language's English name (the code when it has none)."""
    name: str = _NAMES_DJANGO_LACKS.get(code) or LANG_INFO.get(code, {}).get("name", code)
    return name


def triage_flag(code: str, message: Text, spans: tuple[dict[str, int], ...] = ()) -> Flag:
    """Return a flag whose English message is the text's."""
    if "template" not in message:
        message = template_text("%(text)s", text=message)
    return Flag(code, english_text(message), spans, message)


def _quote(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


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


def _candidates(page: PageText) -> frozenset[str]:
    # A line is weighed among its page's likeliest languages, their neighbours, English and the
    # languages whose mixing is flagged: 0.5 ms a line instead of 2 (a quoted French line on a
    # Swedish page, an Italian title in a German translation are still named).
    return page_languages(page.text) | LATIN_LANGUAGES


def _lines(pages: Sequence[PageText], identifiers: Sequence[Identifier]) -> list[_Line]:
    lines = []
    for page in pages:
        among = _candidates(page)
        blanked = _blanked(page, identifiers)
        start = 0
        for raw in blanked.split("\n"):
            end = start + len(raw)
            words = _LINE_WORD.findall(raw)
            is_prose = len(words) >= MIN_LINE_WORDS and sum(map(len, words)) >= MIN_LINE_LETTERS
            language = detect_language(raw, among) if is_prose else ""
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
) -> Iterator[tuple[Text, tuple[dict[str, int], ...]]]:
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
            yield (
                template_text(
                    N_(
                        "the %(first)s version gives the %(label)s '%(first_value)s' (page "
                        "%(first_page)s) where the %(second)s version gives '%(second_value)s' "
                        "(page %(second_page)s)"
                    ),
                    first=language_value(first),
                    label=term(COMPARED_CONTEXT, COMPARED_LABELS.get(kind, kind)),
                    first_value=written_a,
                    first_page=page_a.number,
                    second=language_value(second),
                    second_value=written_b,
                    second_page=page_b.number,
                ),
                (_span(page_a, start_a, end_a), _span(page_b, start_b, end_b)),
            )


def _sentences(line: _Line) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(line.text):
        yield start, match.start()
        start = match.end()
    yield start, len(line.text)


def _mixed_sentences(lines: Sequence[_Line]) -> Iterator[tuple[Text, tuple[dict[str, int], ...]]]:
    for line in lines:
        if line.language not in LATIN_LANGUAGES:
            continue
        for start, end in _sentences(line):
            sentence = line.text[start:end]
            if len(_WORD.findall(sentence)) < MIN_SENTENCE_WORDS:
                continue
            # Among the compared languages alone the detector splits a sentence in a sixth of
            # the time, but not where it does among all: it only picks the sentences that hold
            # two languages, and those are split among all.
            if len({found for found, _, _ in language_segments(sentence, LATIN_LANGUAGES)}) < 2:
                continue
            parts = [
                (language, sentence[a:b])
                for language, a, b in language_segments(sentence)
                if language in LATIN_LANGUAGES
                and len(_WORD.findall(sentence[a:b])) >= MIN_PART_WORDS
                and sum(char.isalpha() for char in sentence[a:b]) >= MIN_PART_LETTERS
            ]
            # Most sentences hold one language: only then is each part weighed on its own.
            if len({language for language, _ in parts}) < 2:
                continue
            parts = [(language, part) for language, part in parts if _is_surely(part, language)]
            if len({language for language, _ in parts}) < 2:
                continue
            named: object = None
            for language in dict.fromkeys(language for language, _ in parts):
                named = (
                    language_value(language)
                    if named is None
                    else template_text(
                        N_("%(first)s and %(second)s"), first=named, second=language_value(language)
                    )
                )
            span = _span(line.page, line.start + start, line.start + end)
            yield (
                template_text(
                    N_("page %(page)s: a sentence mixes %(languages)s: '%(quote)s'"),
                    page=line.page.number,
                    languages=named,
                    quote=_quote(line.page.text[span["start"] : span["end"]]),
                ),
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


def _unclear_lines(lines: Sequence[_Line]) -> Iterator[tuple[Text, tuple[dict[str, int], ...]]]:
    for line in lines:
        letters = [char for char in line.text if char.isalpha()]
        if len(letters) < UNCLEAR_LINE_LETTERS or _scripts(letters) > 1:
            continue
        confidences = language_confidences(line.text)
        if confidences and confidences[0][1] < UNCLEAR_CONFIDENCE:
            span = _span(line.page, line.start, line.end)
            yield (
                template_text(
                    N_(
                        "page %(page)s: the language of a %(letters)s-letter line is unclear "
                        "(at best %(language)s, %(percent)s%%): '%(quote)s'"
                    ),
                    page=line.page.number,
                    letters=len(letters),
                    language=language_value(confidences[0][0]),
                    percent=f"{confidences[0][1] * 100:.0f}",
                    quote=_quote(line.page.text[line.start : line.end]),
                ),
                (span,),
            )


def _scripts(letters: Sequence[str]) -> int:
    # A line in two scripts is a bilingual line, not a muddle: only one-script lines are judged.
    return len({unicodedata.name(char, "UNKNOWN").split()[0] for char in letters})


def _placeholders(pages: Sequence[PageText]) -> Iterator[tuple[Text, tuple[dict[str, int], ...]]]:
    for page in pages:
        for match in _PLACEHOLDER.finditer(page.text):
            yield (
                template_text(
                    N_("page %(page)s: a template placeholder was left in: '%(placeholder)s'"),
                    page=page.number,
                    placeholder=match.group(),
                ),
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
    return triage_flag(
        "poor_translation",
        template_text(
            N_("Possibly a poor translation: %(reasons)s."),
            reasons=joined([reason for reason, _ in reasons], "; "),
        ),
        tuple(span for _, spans in reasons for span in spans),
    )
