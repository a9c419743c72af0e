"""Language per page with lingua, limited to the languages of our traffic to load fast."""

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

# The languages the OCR packs cover, plus close neighbours that would otherwise be mistaken
# for them. A subset keeps lingua's start-up in milliseconds rather than seconds.
LANGUAGE_NAMES = (
    "ENGLISH", "FRENCH", "SPANISH", "PORTUGUESE", "GERMAN", "ITALIAN", "DUTCH", "POLISH",
    "RUSSIAN", "UKRAINIAN", "ARABIC", "CHINESE", "JAPANESE", "HINDI", "MARATHI",
)  # fmt: skip


@cache
def _detector() -> "LanguageDetector":
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGE_NAMES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language, or "" when it cannot tell."""
    sample = text[:4000]
    if sum(c.isalpha() for c in sample) < 3:
        return ""
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else ""


def language_segments(text: str) -> list[tuple[str, int, int]]:
    """Return the stretches of a text in each language: (ISO 639-1 code, start, end)."""
    return [
        (found.language.iso_code_639_1.name.lower(), found.start_index, found.end_index)
        for found in _detector().detect_multiple_languages_of(text)
    ]


def language_confidences(text: str) -> list[tuple[str, float]]:
    """Return each language with the detector's confidence (0 to 1), the likeliest first."""
    return [
        (found.language.iso_code_639_1.name.lower(), found.value)
        for found in _detector().compute_language_confidence_values(text)
    ]


def main_language(languages: list[tuple[str, int]]) -> str:
    """Return the language with the most text among (language, length) pairs."""
    totals: dict[str, int] = {}
    for language, length in languages:
        if language:
            totals[language] = totals.get(language, 0) + length
    return max(totals, key=lambda k: totals[k]) if totals else ""
