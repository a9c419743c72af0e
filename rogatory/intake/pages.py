"""What the pure stages pass each other: a page's text, an identifier found on it, a flag."""

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class PageText:
    document: int  # position of the document in its intake (0 = the first)
    number: int
    text: str
    ocr_confidence: float | None = None
    language: str = ""
    # OCR's words still doubtful after its retries: (start, end, confidence 0..1) in `text`.
    ocr_doubtful: tuple[tuple[int, int, float], ...] = ()


@dataclass(frozen=True)
class Identifier:
    document: int
    page: int
    type: str
    value: str
    normalized: str
    start: int
    end: int
    attributes: dict[str, str] = field(default_factory=dict)
    confidence: float = 1.0
    flags: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "value": self.value,
            "normalized": self.normalized,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "document": self.document,
            "attributes": dict(self.attributes),
            "confidence": self.confidence,
            "flags": list(self.flags),
        }


@dataclass(frozen=True)
class Flag:
    code: str
    message: str
    # Where the officer should look: {"document", "page", "start", "end"} per stretch of text.
    spans: tuple[dict[str, int], ...] = ()
    # The message as a template and its values (translation.Text), for the pages to translate;
    # `message` is its English, for the API and the CLI.
    text: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.spans:
            found["spans"] = [dict(span) for span in self.spans]
        if self.text is not None:
            found["template"] = self.text["template"]
            found["params"] = self.text["params"]
        return found
