"""Pure stages after the text: identifiers per page, request kind, triage flags, the draft.

The same functions run in memory for `rogatory intake FILE` and from the services on stored
pages, so both give the same answer.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_noop as N_

from rogatory.core.translation import english
from rogatory.intake.authority import AuthorityGuess, DirectoryEntry, guess_requesting_authority
from rogatory.intake.identifiers import extract_identifiers
from rogatory.intake.letter_date import find_letter_date
from rogatory.intake.pages import Flag, Identifier, PageText
from rogatory.intake.rules import find_keyword, flag_keywords, kind_keywords
from rogatory.intake.translation import (
    Text,
    find_poor_translation,
    joined,
    template_text,
    triage_flag,
)
from rogatory.requests.checks import Defect, check_request
from rogatory.requests.document import DataItemBlock, RequestDocument

# Below this share of letters among visible characters, or above this share of U+FFFD, or
# below this mean OCR confidence, a page is reported as garbled.
MIN_LETTER_RATIO = 0.55
MAX_REPLACEMENT_RATIO = 0.01
MIN_OCR_CONFIDENCE = 0.6
# Art. 29(2) items as the checks name their fields (rogatory.requests.checks).
ARTICLE_29_FIELDS = {
    "offence",
    "legal_provisions",
    "summary_of_facts",
    "data_items",
    "relation_to_offence",
    "custodian",
    "necessity_of_preservation",
    "intends_mla_request",
}
DATA_ITEM_TYPES = {
    "url": "url",
    "onion": "onion",
    "crypto": "crypto",
    "iban": "iban",
    "domain": "domain",
    "email": "email",
    "ipv4": "ip_address",
    "ipv6": "ip_address",
    "phone": "phone",
    "username": "username",
}
SUMMARY_LIMIT = 2000


@dataclass(frozen=True)
class Kind:
    value: str
    confidence: float


def find_identifiers(page: PageText, *, default_region: str | None = None) -> list[Identifier]:
    """Return the identifiers of one page with their spans in the page's text."""
    return [
        Identifier(
            document=page.document,
            page=page.number,
            type=found.type,
            value=found.value,
            normalized=found.normalized,
            start=found.start,
            end=found.end,
            attributes={str(k): str(v) for k, v in dict(found.attributes).items()},
            confidence=float(found.confidence),
            flags=tuple(found.flags),
        )
        for found in extract_identifiers(
            page.text, default_region=default_region, language=page.language or None
        )
    ]


def classify(texts: Sequence[str]) -> Kind:
    """Return the request kind the keywords point to, with a confidence from 0 to 1."""
    text = "\n".join(texts)
    scores: dict[str, int] = {}
    for kind, keywords in kind_keywords().items():
        scores[kind] = sum(1 for word in keywords if find_keyword(text, (word,)) is not None)
    total = sum(scores.values())
    if total == 0:
        return Kind("preservation", 0.0)
    # Ties go to the kind listed first in the data file (the most common in our traffic).
    best = max(scores, key=lambda k: scores[k])
    # A kind needs two distinct keywords to be sure; competing kinds lower the confidence.
    confidence = (scores[best] / total) * min(1.0, scores[best] / 2)
    return Kind(best, round(min(confidence, 0.95), 2))


# The keyword flags' messages (rules' data names the keywords), the words found as 'words'.
KEYWORD_FLAG_MESSAGES = {
    "confidentiality_asked": N_("The sender asks for confidentiality ('%(words)s')."),
    "emergency_claimed": N_("The sender claims urgency or an emergency ('%(words)s')."),
    "political_offence": N_("Possible ground for refusal: political offence ('%(words)s')."),
    "death_penalty": N_("Possible ground for refusal: death penalty ('%(words)s')."),
    "military_offence": N_("Possible ground for refusal: military offence ('%(words)s')."),
}


def _percent(share: float) -> str:
    return f"{share * 100:.0f}"


def _is_garbled(page: PageText) -> Text | None:
    visible = [c for c in page.text if not c.isspace()]
    if page.ocr_confidence is not None and page.ocr_confidence < MIN_OCR_CONFIDENCE:
        return template_text(
            N_("page %(page)s: OCR confidence %(percent)s%%"),
            page=page.number,
            percent=_percent(page.ocr_confidence),
        )
    if not visible:
        return None
    replacement = sum(1 for c in visible if c == "\ufffd") / len(visible)
    if replacement > MAX_REPLACEMENT_RATIO:
        return template_text(
            N_("page %(page)s: %(percent)s%% unreadable characters"),
            page=page.number,
            percent=_percent(replacement),
        )
    letters = sum(1 for c in visible if c.isalpha()) / len(visible)
    if len(visible) >= 40 and letters < MIN_LETTER_RATIO:
        return template_text(
            N_("page %(page)s: only %(percent)s%% letters"),
            page=page.number,
            percent=_percent(letters),
        )
    return None


def _defect_text(defect: Defect) -> Text:
    # A value that is itself a text marked for translation (an article's reference) is kept as
    # its English msgid, translated again where the flag is shown.
    return template_text(
        defect.template or defect.message,
        **{
            name: template_text(english(value)) if isinstance(value, Promise) else value
            for name, value in defect.params
        },
    )


# What OCR read and nothing could repair, per cause; the text as read is quoted.
OCR_DAMAGE_REASONS = {
    "checksum_failed": N_("page %(page)s: '%(text)s' (its checksum fails)"),
    "unrepaired": N_("page %(page)s: '%(text)s' (a gap or mark that could not be repaired)"),
    "doubtful": N_("page %(page)s: '%(text)s' (read with %(percent)s%% confidence)"),
}
# Types whose checksum, when it holds, proves the reading whatever OCR's confidence.
CHECKSUMMED_TYPES = frozenset({"crypto", "onion", "iban"})
# A doubtful word at most this many characters (spaces and punctuation) from an identifier may
# be a piece of it: the domain found in "shadow.marketOsST+R86.example.com", a "T" before a name.
BESIDE_IDENTIFIER = 2
# A doubtful word shaped like an identifier (an @, "://", a dot or an underscore inside a word,
# four digits, sixteen letters and digits in a row as in an address or a key) is reported even
# when the extractor found nothing in it: the damage may be why.
_IDENTIFIER_SHAPE = re.compile(r"@|://|\w[._]\w|\d{4}|(?=[A-Za-z]*\d)[A-Za-z\d]{16}")
_QUOTE_LIMIT = 80
# Wrapping and punctuation around a word, outside what a checksum covers.
_NOT_ALPHANUMERIC = "\"'«»“”‘’„‚<>()[]{}.,;:!?-–—/|*+"


def _quoted(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= _QUOTE_LIMIT else flat[: _QUOTE_LIMIT - 1] + "…"


def _is_proven(identifier: Identifier, start: int, end: int, text: str) -> bool:
    """Whether a checksum that holds covers the word's letters and digits."""
    core = text[start:end]
    left = start + len(core) - len(core.lstrip(_NOT_ALPHANUMERIC))
    right = end - (len(core) - len(core.rstrip(_NOT_ALPHANUMERIC)))
    return (
        identifier.type in CHECKSUMMED_TYPES
        and "checksum_failed" not in identifier.flags
        and identifier.start <= left
        and right <= identifier.end
    )


_CAUSE_ORDER = ("checksum_failed", "unrepaired", "doubtful")


def _ocr_damage(
    page: PageText, identifiers: Sequence[Identifier]
) -> list[tuple[int, int, str, float]]:
    """The stretches of one OCR page to check against the scan: (start, end, cause, confidence)."""
    on_page = [i for i in identifiers if (i.document, i.page) == (page.document, page.number)]
    found: list[tuple[int, int, str, float]] = [
        (i.start, i.end, cause, 1.0)
        for i in on_page
        for cause in _CAUSE_ORDER[:2]
        if cause in i.flags
    ]
    for start, end, confidence in page.ocr_doubtful:
        touched = [
            i
            for i in on_page
            if i.start < end + BESIDE_IDENTIFIER
            and start < i.end + BESIDE_IDENTIFIER
            and not any(char.isalnum() for char in page.text[min(end, i.end) : max(start, i.start)])
        ]
        if any(_is_proven(i, start, end, page.text) for i in touched):
            continue
        if touched:
            start = min(start, *(i.start for i in touched))
            end = max(end, *(i.end for i in touched))
        elif not _IDENTIFIER_SHAPE.search(page.text[start:end]):
            continue
        found.append((start, end, "doubtful", confidence))
    merged: list[tuple[int, int, str, float]] = []
    for start, end, cause, confidence in sorted(found):
        if merged and start < merged[-1][1]:
            last = merged[-1]
            # The surer cause names the stretch: a failed checksum says more than a doubt.
            cause = min(last[2], cause, key=_CAUSE_ORDER.index)
            merged[-1] = (last[0], max(last[1], end), cause, min(last[3], confidence))
        else:
            merged.append((start, end, cause, confidence))
    return merged


def find_unrepaired_ocr_damage(
    pages: Sequence[PageText], identifiers: Sequence[Identifier]
) -> Flag | None:
    """Return the 'ocr_damage_unrepaired' flag naming each page and text OCR could not repair.

    OCR repairs what geometry or a checksum proves (ocr_repair); what stays is an identifier
    whose checksum still fails, one the extractor saw cut by a gap it could not join, and a word
    still doubtful after the retries inside or beside an identifier (or shaped like one). The
    officer reads those against the scan before the values go into a request."""
    reasons: list[Text] = []
    spans: list[dict[str, int]] = []
    for page in pages:
        if page.ocr_confidence is None:
            continue  # a text layer is what the sender wrote: no OCR damage to report
        for start, end, cause, confidence in _ocr_damage(page, identifiers):
            params: dict[str, object] = {
                "page": page.number,
                "text": _quoted(page.text[start:end]),
            }
            if cause == "doubtful":
                params["percent"] = _percent(confidence)
            reasons.append(template_text(OCR_DAMAGE_REASONS[cause], **params))
            spans.append(
                {"document": page.document, "page": page.number, "start": start, "end": end}
            )
    if not reasons:
        return None
    return triage_flag(
        "ocr_damage_unrepaired",
        template_text(
            N_("OCR damage could not be repaired; check against the scan: %(items)s."),
            items=joined(reasons, "; "),
        ),
        tuple(spans),
    )


def triage(pages: Sequence[PageText], kind: Kind, draft: RequestDocument) -> list[Flag]:
    """Return the flags an officer must see before confirming the draft."""
    flags: list[Flag] = []
    garbled = [reason for page in pages if (reason := _is_garbled(page)) is not None]
    if garbled:
        flags.append(
            triage_flag(
                "garbled_text",
                template_text(
                    N_("The text looks garbled: %(reasons)s."), reasons=joined(garbled, "; ")
                ),
            )
        )
    if kind.confidence == 0.0:
        flags.append(
            triage_flag(
                "kind_unknown",
                template_text(N_("No keyword names the kind of request: choose it.")),
            )
        )
    if draft.kind == "preservation":
        missing = [
            _defect_text(defect)
            for defect in check_request(draft)
            if defect.field in ARTICLE_29_FIELDS and defect.severity == "error"
        ]
        if missing:
            flags.append(
                triage_flag(
                    "article_29_items_missing",
                    template_text(
                        N_("Art. 29(2) items missing: %(items)s"), items=joined(missing, " ")
                    ),
                )
            )
    text = "\n".join(page.text for page in pages)
    for code, keywords in flag_keywords().items():
        hit = find_keyword(text, keywords)
        if hit is not None:
            flags.append(
                triage_flag(code, template_text(KEYWORD_FLAG_MESSAGES[code], words=hit[0]))
            )
    return flags


def _span(identifier: Identifier) -> dict[str, int]:
    return {
        "document": identifier.document,
        "page": identifier.page,
        "start": identifier.start,
        "end": identifier.end,
    }


def _summary(pages: Sequence[PageText]) -> tuple[str, dict[str, int]]:
    best: tuple[str, dict[str, int]] = ("", {})
    for page in pages:
        offset = 0
        for paragraph in page.text.split("\n\n"):
            stripped = paragraph.strip()
            if len(stripped) > len(best[0]):
                start = page.text.index(stripped, offset)
                span = {"document": page.document, "page": page.number, "start": start}
                best = (stripped[:SUMMARY_LIMIT], {**span, "end": start + len(stripped)})
            offset += len(paragraph) + 2
    return best


def _data_item(identifier: Identifier) -> DataItemBlock:
    attributes = identifier.attributes
    port = attributes.get("port", "")
    return DataItemBlock(
        identifier_type=DATA_ITEM_TYPES[identifier.type],
        value=identifier.normalized or identifier.value,
        observed_at=attributes.get("observed_at", ""),
        time_zone=attributes.get("time_zone", ""),
        port=int(port) if port.isdigit() and int(port) <= 65535 else None,
    )


def build_draft(
    pages: Sequence[PageText],
    identifiers: Sequence[Identifier],
    kind: Kind,
    language: str,
    authority: AuthorityGuess | None = None,
) -> tuple[RequestDocument, dict[str, dict[str, int]]]:
    """Return the draft incoming request and, for each filled field, the span it came from."""
    provenance: dict[str, dict[str, int]] = {}
    fields: dict[str, Any] = {"kind": kind.value, "direction": "incoming"}
    if language:
        fields["language"] = language
    if authority is not None and authority.code and authority.span is not None:
        fields["requesting_authority"] = {"code": authority.code, "name": authority.name}
        provenance["requesting_authority"] = authority.span
    letter_date = find_letter_date(pages, identifiers)
    if letter_date is not None:
        fields["request_date"] = letter_date.iso
        provenance["request_date"] = letter_date.span
    references = [i for i in identifiers if i.type == "case_reference"]
    if references:
        fields["their_reference"] = references[0].normalized or references[0].value
        provenance["their_reference"] = _span(references[0])
    legal = [i for i in identifiers if i.type == "legal_reference"]
    if legal:
        fields["legal_provisions"] = "; ".join(dict.fromkeys(i.value for i in legal))
        provenance["legal_provisions"] = _span(legal[0])
    summary, span = _summary(pages)
    if summary:
        fields["summary_of_facts"] = summary
        provenance["summary_of_facts"] = span
    items: list[DataItemBlock] = []
    seen: set[tuple[str, str]] = set()
    for identifier in identifiers:
        if identifier.type not in DATA_ITEM_TYPES:
            continue
        item = _data_item(identifier)
        if (item.identifier_type, item.value) in seen:
            continue
        seen.add((item.identifier_type, item.value))
        provenance[f"data_items[{len(items)}]"] = _span(identifier)
        items.append(item)
    fields["data_items"] = items
    return RequestDocument.model_validate(fields), provenance


@dataclass
class Analysis:
    language: str
    kind: Kind
    identifiers: list[Identifier]
    flags: list[Flag]
    draft: RequestDocument
    provenance: dict[str, dict[str, int]]
    requesting_authority: AuthorityGuess

    def as_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "kind": {"value": self.kind.value, "confidence": self.kind.confidence},
            "requesting_authority": self.requesting_authority.as_dict(),
            "request_date": self.draft.request_date.isoformat()
            if self.draft.request_date
            else None,
            "identifiers": [i.as_dict() for i in self.identifiers],
            "flags": [f.as_dict() for f in self.flags],
        }


def analyse(
    pages: Sequence[PageText],
    identifiers: Sequence[Identifier],
    language: str,
    authorities: Sequence[DirectoryEntry] = (),
) -> Analysis:
    """Classify, draft and triage an intake whose pages and identifiers are known."""
    kind = classify([page.text for page in pages])
    authority = guess_requesting_authority(pages, identifiers, authorities)
    draft, provenance = build_draft(pages, identifiers, kind, language, authority)
    flags = triage(pages, kind, draft)
    poor_translation = find_poor_translation(pages, identifiers)
    if poor_translation is not None:
        flags.append(poor_translation)
    ocr_damage = find_unrepaired_ocr_damage(pages, identifiers)
    if ocr_damage is not None:
        flags.append(ocr_damage)
    if not authority.code and authority.candidates:
        flags.append(
            triage_flag(
                "requesting_authority_ambiguous",
                authority.reason_text or template_text(authority.reason),
            )
        )
    return Analysis(language, kind, list(identifiers), flags, draft, provenance, authority)
