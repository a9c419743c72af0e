"""Score Rogatory's identifier extractor and the peers on the intake corpus, and time them.

`python bench/intake/run.py [--no-ocr] [--no-peers] [--timeout S]` prints, per identifier type,
precision / recall / F1 (match on type + canonical value) and span agreement for Rogatory, the
F1 of ioc-finder, iocextract and iocsearcher (from bench/.venv-peers) on the types each supports,
throughput on the corpus and on a 1 MB input, OCR seconds per page on the scanned renders, and
Rogatory's misses per type.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from bench.intake.peers import SUPPORTED  # noqa: E402
from bench.intake.scorer import TYPES, Score, restrict, score_document  # noqa: E402

PEERS_PYTHON = ROOT / "bench" / ".venv-peers" / "bin" / "python"
ROGATORY_CLI = ROOT / ".venv" / "bin" / "rogatory"
ONE_MB = 1_000_000


def load_corpus() -> list[tuple[Path, dict[str, Any], str]]:
    """Each text document: its path, gold labels and text."""
    out = []
    for gold_path in sorted((HERE / "corpus" / "text").glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out.append((text_path, gold, text_path.read_text(encoding="utf-8")))
    return out


def big_input(corpus: list[tuple[Path, dict[str, Any], str]]) -> str:
    """At least 1 MB of text, the corpus repeated."""
    pieces, size = [], 0
    while size < ONE_MB:
        for _, _, text in corpus:
            pieces.append(text)
            size += len(text.encode("utf-8"))
    return "\n".join(pieces)


def run_rogatory(
    corpus: list[tuple[Path, dict[str, Any], str]], misses: dict[str, list[Any]]
) -> tuple[dict[str, Score], float]:
    """Score extract_identifiers on every document; return the scores and MB/s."""
    from rogatory.intake.identifiers import extract_identifiers

    scores: dict[str, Score] = {}
    elapsed, size = 0.0, 0
    for _, gold, text in corpus:
        started = time.perf_counter()
        found = extract_identifiers(text, default_region=gold["region"], language=gold["language"])
        elapsed += time.perf_counter() - started
        size += len(text.encode("utf-8"))
        rows = [
            {"type": f.type, "normalized": f.normalized, "start": f.start, "end": f.end}
            for f in found
        ]
        score_document(gold["labels"], rows, scores, misses)
    return scores, size / ONE_MB / elapsed


def canonical(kind: str, value: str, region: str) -> str:
    """A peer's value in our canonical form (so spelling differences do not count against it)."""
    from rogatory.intake.normalize import normalize

    try:
        return normalize(kind, value, default_region=region)
    except Exception:  # a value our normaliser refuses stays as the peer wrote it
        return value


def run_peer(peer: str, files: list[str], timeout: float) -> dict[str, Any] | None:
    """The peer's findings on the files, or None when it runs past the timeout."""
    try:
        done = subprocess.run(
            [str(PEERS_PYTHON), str(HERE / "peers.py"), peer, *files],
            capture_output=True, check=True, timeout=timeout, cwd=ROOT,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def score_peer(
    peer: str, corpus: list[tuple[Path, dict[str, Any], str]], result: dict[str, Any]
) -> dict[str, Score]:
    """Score a peer's findings on the types it supports."""
    scores: dict[str, Score] = {}
    for path, gold, _ in corpus:
        found = [
            {"type": f["type"], "normalized": canonical(f["type"], f["value"], gold["region"])}
            for f in result["found"][str(path.relative_to(ROOT))]
        ]
        # ioc-finder and iocsearcher report each value once per document: deduplicate both sides
        # the same way would hide repeats, so findings are compared as the peers give them.
        score_document(gold["labels"], found, scores)
    return restrict(scores, SUPPORTED[peer])


def run_ocr(misses: dict[str, list[Any]]) -> tuple[dict[str, Score], float, int]:
    """Score `rogatory intake FILE --json` on the scanned renders; return scores, s/page, pages."""
    scores: dict[str, Score] = {}
    elapsed, pages = 0.0, 0
    for png in sorted((HERE / "corpus" / "scanned").glob("*.png")):
        gold = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))
        started = time.perf_counter()
        done = subprocess.run(
            [str(ROGATORY_CLI), "intake", str(png), "--json"], capture_output=True, text=True, cwd=ROOT,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
        )  # fmt: skip
        elapsed += time.perf_counter() - started
        pages += 1
        result = json.loads(done.stdout) if done.stdout.strip() else {"identifiers": []}
        labels = [{"type": g["type"], "normalized": g["normalized"]} for g in gold["labels"]]
        found = [{"type": f["type"], "normalized": f["normalized"]} for f in result["identifiers"]]
        score_document(labels, found, scores, misses)
    return scores, elapsed / max(pages, 1), pages


def _cell(score: Score | None) -> str:
    return f"{score.f1:5.3f}" if score and (score.tp + score.fn) else "   - "


def print_table(ours: dict[str, Score], peers: dict[str, dict[str, Score] | None]) -> None:
    """Per type: Rogatory P/R/F1/span and each peer's F1 where it supports the type."""
    header = f"{'type':<16} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'span':>6}"
    header += "".join(f" {name:>12}" for name in peers)
    print(header)
    total = Score()
    for kind in TYPES:
        score = ours.get(kind, Score())
        total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        line = f"{kind:<16} {score.tp + score.fn:>5} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {score.span_agreement:6.3f}"
        for result in peers.values():
            cell = "timeout" if result is None else _cell(result.get(kind))
            line += f" {cell:>12}"
        print(line)
    print(
        f"{'all (micro)':<16} {total.tp + total.fn:>5} {total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f}"
    )


def print_misses(misses: dict[str, list[Any]], top: int) -> None:
    """The most frequent missed (fn) and spurious (fp) values per type."""
    for key in sorted(misses):
        common = Counter(value for _, value in misses[key]).most_common(top)
        print(f"  {key:<22} {len(misses[key]):>4}: " + " | ".join(f"{v!r}" for v, _ in common))


def main() -> None:
    """Run every extractor on the corpus and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per peer run")
    parser.add_argument("--top", type=int, default=5, help="misses shown per type")
    arguments = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    corpus = load_corpus()
    languages = sorted({gold["language"] for _, gold, _ in corpus})
    labels = sum(len(gold["labels"]) for _, gold, _ in corpus)
    print(
        f"corpus: {len(corpus)} documents, {labels} gold identifiers, languages {', '.join(languages)}"
    )
    misses: dict[str, list[Any]] = {}
    ours, corpus_speed = run_rogatory(corpus, misses)
    peers: dict[str, dict[str, Score] | None] = {}
    speeds: dict[str, str] = {"rogatory": f"{corpus_speed:.2f} MB/s"}
    files = [str(path.relative_to(ROOT)) for path, _, _ in corpus]
    if not arguments.no_peers and PEERS_PYTHON.exists():
        for peer in SUPPORTED:
            result = run_peer(peer, files, arguments.timeout)
            peers[peer] = None if result is None else score_peer(peer, corpus, result)
            speeds[peer] = (
                "timeout"
                if result is None
                else f"{result['bytes'] / ONE_MB / result['seconds']:.2f} MB/s"
            )
    print_table(ours, peers)
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "one_mb.txt"
        text = big_input(corpus)
        big.write_text(text, encoding="utf-8")
        size = len(text.encode("utf-8")) / ONE_MB
        from rogatory.intake.identifiers import extract_identifiers

        started = time.perf_counter()
        extract_identifiers(text, default_region="FR", language="fr")
        big_speeds = {"rogatory": f"{size / (time.perf_counter() - started):.2f} MB/s"}
        for peer in peers:
            result = run_peer(peer, [str(big)], arguments.timeout)
            big_speeds[peer] = (
                f"timeout (> {arguments.timeout:.0f} s)" if result is None
                else f"{result['bytes'] / ONE_MB / result['seconds']:.2f} MB/s"
            )  # fmt: skip
    print(f"\nthroughput, corpus documents one by one: {speeds}")
    print(f"throughput, one {size:.2f} MB input: {big_speeds}")
    if not arguments.no_ocr:
        ocr_misses: dict[str, list[Any]] = {}
        ocr, per_page, pages = run_ocr(ocr_misses)
        print(
            f"\nscanned renders through `rogatory intake FILE --json`: {pages} pages, {per_page:.2f} s/page (whole CLI run)"
        )
        print_table(ocr, {})
        print("OCR path misses (fn = not found, fp = found but not in the gold labels):")
        print_misses(ocr_misses, arguments.top)
    print(
        "\nRogatory misses on the text corpus (fn = not found, fp = found but not in the gold labels):"
    )
    print_misses(misses, arguments.top)


if __name__ == "__main__":
    main()
