"""Score found identifiers against gold labels: per type precision, recall, F1 and span agreement."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

TYPES = (
    "url", "domain", "email", "ipv4", "ipv6", "phone", "username", "onion", "crypto", "iban",
    "case_reference", "date", "legal_reference",
)  # fmt: skip


@dataclass
class Score:
    """Counts for one identifier type and the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    span_matches: int = 0

    @property
    def precision(self) -> float:
        """Share of found identifiers that are in the gold labels."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold identifiers that were found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def span_agreement(self) -> float:
        """Share of matched identifiers whose span is exactly the gold span."""
        return self.span_matches / self.tp if self.tp else 0.0


def score_document(
    gold: Iterable[Mapping[str, object]],
    found: Iterable[Mapping[str, object]],
    scores: dict[str, Score],
    misses: dict[str, list[tuple[str, str]]] | None = None,
) -> None:
    """Add one document's counts: a match is the same type and canonical value (as multisets)."""
    gold_keys = Counter((str(g["type"]), str(g["normalized"])) for g in gold)
    found_keys = Counter((str(f["type"]), str(f["normalized"])) for f in found)
    gold_spans = {
        (str(g["type"]), str(g["normalized"]), g.get("start"), g.get("end")) for g in gold
    }
    span_hits = Counter(
        (str(f["type"]), str(f["normalized"]))
        for f in found
        if (str(f["type"]), str(f["normalized"]), f.get("start"), f.get("end")) in gold_spans
    )
    for key in gold_keys | found_keys:
        kind = key[0]
        score = scores.setdefault(kind, Score())
        matched = min(gold_keys[key], found_keys[key])
        score.tp += matched
        score.fp += found_keys[key] - matched
        score.fn += gold_keys[key] - matched
        score.span_matches += min(matched, span_hits[key])
        if misses is not None:
            if gold_keys[key] > matched:
                misses.setdefault(f"{kind}:fn", []).append(key)
            if found_keys[key] > matched:
                misses.setdefault(f"{kind}:fp", []).append(key)


def restrict(scores: Mapping[str, Score], supported: Iterable[str]) -> dict[str, Score]:
    """Only the types a peer claims to find (its misses elsewhere are not its fault)."""
    keep = set(supported)
    return {kind: score for kind, score in scores.items() if kind in keep}
