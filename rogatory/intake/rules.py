"""The intake's keyword rules (kinds and triage words), loaded from data/intake_rules.json."""

import json
from functools import cache
from pathlib import Path


@cache
def kind_keywords() -> dict[str, tuple[str, ...]]:
    """Return each request kind's keywords, lower-cased."""
    return {k: tuple(w.lower() for w in v) for k, v in _load()["kinds"].items()}


@cache
def flag_keywords() -> dict[str, tuple[str, ...]]:
    """Return each keyword triage flag's keywords, lower-cased."""
    return {k: tuple(w.lower() for w in v) for k, v in _load()["flags"].items()}


def _load() -> dict[str, dict[str, list[str]]]:
    loaded: dict[str, dict[str, list[str]]] = json.loads(
        (Path(__file__).parent / "data" / "intake_rules.json").read_text(encoding="utf-8")
    )
    return loaded


def find_keyword(text: str, keywords: tuple[str, ...]) -> tuple[str, int] | None:
    """Return the first keyword found in the text and its position, if any."""
    lowered = text.lower()
    best: tuple[str, int] | None = None
    for word in keywords:
        at = lowered.find(word)
        if at >= 0 and (best is None or at < best[1]):
            best = (word, at)
    return best
