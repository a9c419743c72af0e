"""The letter's own date among the dates found: where it stands, not what it says.

A letter dates itself in a few places: a place-and-date line ("Fait à Lyon, le 12 mars 2025",
"Madrid, a 3 de marzo de 2024", "Berlin, den 5. März 2025"), a labelled line ("Date :",
"日期：", "दिनांक :"), a date standing alone on a line under the letterhead or near the signature,
or a date closing one of the last lines (Chinese letters put it under the seal). Dates inside
sentences are the dates of the facts. When two different dates stand equally well, the draft
stays empty: the officer fills it in.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rogatory.intake.pages import Identifier, PageText

# Best first: a place and a date; a label; a date alone near the top or the bottom; a date
# closing one of the last lines; an e-mail's Date header (the sending day, not the letter's).
PLACE_LINE = 1.0
LABELLED = 0.9
ALONE = 0.8
CLOSING = 0.6
EMAIL_HEADER = 0.5
# A letterhead and a signature block each hold at most this many lines.
EDGE_LINES = 8
CLOSING_LINES = 3

_PLACE = re.compile(
    r"^(?:fait[ ]+à|hecho[ ]+en|feito[ ]+em|done[ ]+at|given[ ]+at|dato[ ]+a|en|حرر[ ]+في)?[ ]*"
    r"[^\W\d_][\w\u0900-\u097F'’ .-]{1,40},[ ]*(?:le|den|am|a|el|em|the|on|il|от)?[ ]*$",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:date|dated|fecha|datum|data|дата|日期|发文日期|दिनांक|तारीख|التاريخ|(?:حرر[ ]+)?بتاريخ)"
    r"[ ]*[:：.]?[ ]*$",
    re.IGNORECASE,
)
_EMAIL_DATE = re.compile(r"^date:[ ]*(?:[a-z]{3},)?[ ]*$", re.IGNORECASE)
# What may follow a date at the end of its line: punctuation, the Russian year mark.
_TAIL = re.compile(r"^[ .,;:]*(?:г\.?|года)?[ .]*$")


@dataclass(frozen=True)
class LetterDate:
    iso: str
    span: dict[str, int]
    reason: str


def _lines(text: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            bounds.append((start, start + len(line)))
        start += len(line) + 1
    return bounds


def _score(page: PageText, date: Identifier, is_last_page: bool) -> tuple[float, str]:
    text = page.text
    lines = _lines(text)
    index = next((i for i, (s, e) in enumerate(lines) if s <= date.start < e), None)
    if index is None:
        return 0.0, ""
    line_start, line_end = lines[index]
    before = text[line_start : date.start].strip()
    after = text[date.end : line_end].strip()
    if text.startswith("From:") and "\n\n" in text and date.start < text.index("\n\n"):
        return (EMAIL_HEADER, "the e-mail's Date header") if _EMAIL_DATE.match(before) else (0, "")
    if not _TAIL.match(after):
        return 0.0, ""
    if before and _PLACE.match(before):
        return PLACE_LINE, "the place-and-date line"
    if before and _LABEL.match(before):
        return LABELLED, "the date line"
    from_bottom = len(lines) - 1 - index
    near_top = index < EDGE_LINES and page.number == 1
    near_bottom = is_last_page and from_bottom < EDGE_LINES
    if not before and (near_top or near_bottom):
        is_top = near_top and (not near_bottom or index <= from_bottom)
        where = "under the letterhead" if is_top else "near the signature"
        return ALONE, f"the date standing alone {where}"
    # A date closing a sentence ("... consulté le 1 janvier 2024.") is a fact's date.
    if is_last_page and index >= len(lines) - CLOSING_LINES and not after:
        return CLOSING, "the date closing the last lines"
    return 0.0, ""


def find_letter_date(
    pages: Sequence[PageText], identifiers: Sequence[Identifier]
) -> LetterDate | None:
    """Return the letter's own date with its span, or None when no date or two disagree."""
    last_page = {page.document: page.number for page in pages}
    by_page = {(page.document, page.number): page for page in pages}
    scored: list[tuple[float, str, Identifier]] = []
    for found in identifiers:
        page = by_page.get((found.document, found.page))
        if found.type != "date" or page is None or "ambiguous" in found.flags:
            continue
        score, reason = _score(page, found, last_page[found.document] == found.page)
        if score:
            scored.append((score, reason, found))
    if not scored:
        return None
    best = max(score for score, _, _ in scored)
    top = [(reason, found) for score, reason, found in scored if score == best]
    if len({found.normalized for _, found in top}) > 1:
        return None
    reason, found = top[0]
    span = {"document": found.document, "page": found.page, "start": found.start, "end": found.end}
    return LetterDate(found.normalized, span, reason)
