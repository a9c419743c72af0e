"""Guess the requesting authority from the directory: who sent the letter, and how sure we are.

Evidence, strongest first: the e-mail's sender is a contact address of the authority (0.95) or
comes from its domain (0.85); the letter names the authority in its own language (0.8) or in
English (0.75); the letter gives one of its contact addresses (0.8) or an address at its domain
(0.6); the letter gives its directory code (0.7) or the first part of its name (0.6). Each
further kind of evidence for the same authority adds 0.05. When the two best authorities are
within AMBIGUITY of each other there is no guess, unless the sender's country domain names the
country of exactly one of them; the officer always confirms.
"""

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_noop as N_

from rogatory.intake.pages import Identifier, PageText
from rogatory.intake.region import country_of_domain
from rogatory.intake.translation import Text, english_text, joined, template_text

SENDER_ADDRESS = 0.95
SENDER_DOMAIN = 0.85
LOCAL_NAME = 0.8
CONTACT_ADDRESS = 0.8
NAME = 0.75
CODE = 0.7
NAME_START = 0.6
CONTACT_DOMAIN = 0.6
CORROBORATION = 0.05
MAX_CONFIDENCE = 0.98
AMBIGUITY = 0.05
# Shorter names ("OFAC", "BKA") are too easily found inside other words or names.
MIN_NAME_LENGTH = 8
MIN_NAME_START_LENGTH = 12

_FROM = re.compile(r"\AFrom:[^\n]*?(?P<address>[\w.+%-]+@[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


@dataclass(frozen=True)
class DirectoryEntry:
    """What the directory tells about one authority a request may come from."""

    code: str
    name: str
    name_local: str
    country: str
    emails: tuple[str, ...] = ()

    @property
    def domains(self) -> set[str]:
        return {email.rpartition("@")[2].lower() for email in self.emails if "@" in email}


@dataclass(frozen=True)
class Evidence:
    confidence: float
    kind: str
    reason: Text
    span: dict[str, int]


@dataclass
class AuthorityGuess:
    """The guess (code empty when there is none), its confidence, why, and where it was read."""

    code: str = ""
    name: str = ""
    confidence: float = 0.0
    reason: str = ""
    span: dict[str, int] | None = None
    candidates: list[dict[str, Any]] = field(default_factory=list)
    # The reason as a text the pages translate (its English is `reason`).
    reason_text: Text | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "confidence": self.confidence,
            "reason": self.reason,
            "span": self.span,
            "candidates": self.candidates,
            "reason_text": self.reason_text,
        }


def _span(page: PageText, start: int, end: int) -> dict[str, int]:
    return {"document": page.document, "page": page.number, "start": start, "end": end}


def _folded(text: str) -> tuple[str, list[int]]:
    """Case-folded text with runs of spaces made one, and each character's original offset."""
    characters: list[str] = []
    offsets: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if previous_space:
                continue
            char, previous_space = " ", True
        else:
            previous_space = False
        for piece in unicodedata.normalize("NFKC", char).casefold():
            characters.append(piece)
            offsets.append(index)
    return "".join(characters), offsets


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _find(folded: str, key: str) -> Iterator[int]:
    # Word boundaries for scripts that have them; CJK names stand inside running text.
    pattern = re.compile(
        r"(?<!\w)" + re.escape(key) + r"(?!\w)" if key[:1].isascii() else re.escape(key)
    )
    for match in pattern.finditer(folded):
        yield match.start()


def _domain_matches(domain: str, domains: set[str]) -> bool:
    return any(domain == known or domain.endswith("." + known) for known in domains)


def _sender(pages: Sequence[PageText]) -> tuple[PageText, int, int, str] | None:
    for page in pages:
        match = _FROM.match(page.text)
        if match is not None:
            return page, match.start("address"), match.end("address"), match.group("address")
    return None


def _evidence(
    entry: DirectoryEntry,
    pages: Sequence[PageText],
    folded: list[tuple[PageText, str, list[int]]],
    emails: Sequence[Identifier],
    sender: tuple[PageText, int, int, str] | None,
) -> list[Evidence]:
    found: list[Evidence] = []
    addresses = {email.lower() for email in entry.emails}
    if sender is not None:
        page, start, end, address = sender
        if address.lower() in addresses:
            found.append(
                Evidence(
                    SENDER_ADDRESS,
                    "sender",
                    template_text(
                        N_("the e-mail comes from %(address)s, its contact address"),
                        address=address,
                    ),
                    _span(page, start, end),
                )
            )
        elif _domain_matches(address.rpartition("@")[2].lower(), entry.domains):
            found.append(
                Evidence(
                    SENDER_DOMAIN,
                    "sender",
                    template_text(
                        N_("the e-mail comes from %(address)s, at its domain"), address=address
                    ),
                    _span(page, start, end),
                )
            )
    by_page = {(page.document, page.number): page for page in pages}
    for item in emails:
        where = by_page.get((item.document, item.page))
        if where is None or (sender is not None and (where, item.start) == sender[:2]):
            continue
        if item.normalized.lower() in addresses:
            found.append(
                Evidence(
                    CONTACT_ADDRESS,
                    "address",
                    template_text(
                        N_("the letter gives %(address)s, its contact address"),
                        address=item.value,
                    ),
                    _span(where, item.start, item.end),
                )
            )
        elif _domain_matches(item.normalized.rpartition("@")[2].lower(), entry.domains):
            found.append(
                Evidence(
                    CONTACT_DOMAIN,
                    "address",
                    template_text(
                        N_("the letter gives %(address)s, an address at its domain"),
                        address=item.value,
                    ),
                    _span(where, item.start, item.end),
                )
            )
    names = [
        (entry.name_local, LOCAL_NAME, N_("the letter names it ('%(written)s')")),
        (entry.name, NAME, N_("the letter names it ('%(written)s')")),
        (entry.code, CODE, N_("the letter gives its directory code ('%(written)s')")),
    ]
    first_part = entry.name.split(",")[0].strip()
    if first_part != entry.name and len(first_part) >= MIN_NAME_START_LENGTH:
        names.append(
            (first_part, NAME_START, N_("the letter gives the start of its name ('%(written)s')"))
        )
    for name, confidence, reason in names:
        key = _key(name)
        if len(key) < MIN_NAME_LENGTH:
            continue
        for page, text, offsets in folded:
            at = next(_find(text, key), None)
            if at is None:
                continue
            start, end = offsets[at], offsets[at + len(key) - 1] + 1
            found.append(
                Evidence(
                    confidence,
                    "name",
                    template_text(reason, written=page.text[start:end]),
                    _span(page, start, end),
                )
            )
            break
    return found


def _score(evidence: Sequence[Evidence]) -> float:
    best = max(item.confidence for item in evidence)
    kinds = len({item.kind for item in evidence})
    return round(min(MAX_CONFIDENCE, best + CORROBORATION * (kinds - 1)), 2)


def _country_domain(sender: tuple[PageText, int, int, str] | None) -> str:
    # One reading of country domains for intake (region.py): `.uk` is GB, `.io` is no country.
    return "" if sender is None else (country_of_domain(sender[3]) or "")


def guess_requesting_authority(
    pages: Sequence[PageText],
    identifiers: Sequence[Identifier],
    entries: Sequence[DirectoryEntry],
) -> AuthorityGuess:
    """Match the directory against the letter and its sender; no guess when two fit as well."""
    folded = [(page, *_folded(page.text)) for page in pages]
    emails = [item for item in identifiers if item.type == "email"]
    sender = _sender(pages)
    scored: list[tuple[float, DirectoryEntry, list[Evidence]]] = []
    for entry in entries:
        evidence = _evidence(entry, pages, folded, emails, sender)
        if evidence:
            evidence.sort(key=lambda item: -item.confidence)
            scored.append((_score(evidence), entry, evidence))
    if not scored:
        none_named = template_text(N_("No authority of the directory is named in the letter."))
        return AuthorityGuess(reason=english_text(none_named), reason_text=none_named)
    scored.sort(key=lambda item: (-item[0], item[1].code))
    candidates = [
        {
            "code": entry.code,
            "name": entry.name,
            "confidence": score,
            "reason": english_text(_reasons(evidence)),
            "reason_text": _reasons(evidence),
        }
        for score, entry, evidence in scored[:5]
    ]
    close = [item for item in scored if scored[0][0] - item[0] < AMBIGUITY]
    if len(close) > 1:
        country = _country_domain(sender)
        same_country = [item for item in close if item[1].country == country]
        if len(same_country) != 1:
            named: Text | None = None
            for _, entry, _ in close:
                one = template_text(N_("%(name)s (%(code)s)"), name=entry.name, code=entry.code)
                named = (
                    one
                    if named is None
                    else template_text(N_("%(first)s or %(second)s"), first=named, second=one)
                )
            ambiguous = template_text(
                N_("The letter fits %(authorities)s equally well: choose one."), authorities=named
            )
            return AuthorityGuess(
                reason=english_text(ambiguous), candidates=candidates, reason_text=ambiguous
            )
        close = same_country
    score, entry, evidence = close[0]
    return AuthorityGuess(
        code=entry.code,
        name=entry.name,
        confidence=score,
        reason=english_text(_reasons(evidence)),
        span=evidence[0].span,
        candidates=candidates,
        reason_text=_reasons(evidence),
    )


def _reasons(evidence: Sequence[Evidence]) -> Text:
    return joined([item.reason for item in evidence], "; ")
