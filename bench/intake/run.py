"""Score Rogatory's identifier extractor and the peers on the intake corpora, and time them.

`python bench/intake/run.py [--corpus training|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|both|all] [--no-ocr] [--no-peers] [--no-big]
[--timeout S] [--top N] [--list-misses] [--misses-json FILE]` prints, for each corpus: per identifier type precision /
recall / F1 (match on type + canonical value) and span agreement for Rogatory, P/R/F1 of
ioc-finder, iocextract and iocsearcher (from bench/.venv-peers) on the types each supports,
throughput on the corpus and on a 1 MB input, OCR seconds per page on the scanned renders, and
Rogatory's misses.

`training` is bench/intake/corpus (the corpus the extraction rules were tuned on: a training
score); `heldout` is bench/intake/heldout/corpus (written apart from the rules: the honest score);
`heldout2` is bench/intake/heldout2/corpus (the second test set, looked at since);
`heldout3` is bench/intake/heldout3/corpus (a third set by another hand, tuned on since);
`heldout4` is bench/intake/heldout4/corpus (kept sealed until scored once, at 8216f7d: F1 0.803,
see README); `heldout5` is bench/intake/heldout5/corpus (kept sealed until the lead scored it
once: F1 0.922, see README; a development set since); `both` runs the first two, `all` every
unsealed corpus.
OCR is timed in-process, page by page, inside `rogatory.intake.pipeline.analyse_file` (no
interpreter or Django start-up in the figure); each Tesseract recognition is timed in CPU seconds
(one thread, so the figure holds whatever else runs), the pack choice, the full read and the
word retries apart.
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
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from bench.intake.peers import SUPPORTED  # noqa: E402
from bench.intake.scorer import TYPES, Score, restrict, score_document  # noqa: E402

PEERS_PYTHON = ROOT / "bench" / ".venv-peers" / "bin" / "python"
ONE_MB = 1_000_000
CORPORA = {
    "training": HERE / "corpus",
    "heldout": HERE / "heldout" / "corpus",
    "heldout2": HERE / "heldout2" / "corpus",
    "heldout3": HERE / "heldout3" / "corpus",
    "heldout4": HERE / "heldout4" / "corpus",
    "heldout5": HERE / "heldout5" / "corpus",
    "heldout6": HERE / "heldout6" / "corpus",
    "heldout7": HERE / "heldout7" / "corpus",
    "heldout8": HERE / "heldout8" / "corpus",
    "heldout9": HERE / "heldout9" / "corpus",
    "heldout10": HERE / "heldout10" / "corpus",
}
# A corpus kept out of `all` while sealed (nobody may score it by accident); heldout4 to
# heldout10 were each scored once and are now looked at like the others. An eleventh set goes here.
SEALED: tuple[str, ...] = ()

Document = tuple[Path, dict[str, Any], str]


def load_corpus(folder: Path) -> list[Document]:
    """Each text document: its path, gold labels and text."""
    out = []
    for gold_path in sorted((folder / "text").glob("*.json")):
        text_path = gold_path.with_suffix(".txt")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        out.append((text_path, gold, text_path.read_text(encoding="utf-8")))
    return out


def big_input(corpus: list[Document]) -> str:
    """At least 1 MB of text, the corpus repeated."""
    pieces, size = [], 0
    while size < ONE_MB:
        for _, _, text in corpus:
            pieces.append(text)
            size += len(text.encode("utf-8"))
    return "\n".join(pieces)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width) : start].replace("\n", "⏎")
    after = text[end : end + width].replace("\n", "⏎")
    return f"…{before}[{text[start:end]}]{after}…".replace("\n", "⏎")


def _errors(
    name: str, text: str, gold: list[dict[str, Any]], found: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Every miss (fn) and spurious finding (fp) of one document, with its context, and for a
    miss the same-type finding overlapping its span if any (a boundary or canonical-form cause)."""
    gold_keys = Counter((g["type"], g["normalized"]) for g in gold)
    found_keys = Counter((f["type"], f["normalized"]) for f in found)
    out = []
    for key, count in (gold_keys - found_keys).items():
        spans = [g for g in gold if (g["type"], g["normalized"]) == key][-count:]
        for g in spans:
            near = [
                f["normalized"]
                for f in found
                if f["type"] == g["type"] and f["start"] < g["end"] and g["start"] < f["end"]
            ]
            out.append({"document": name, "error": "fn", "type": key[0], "value": key[1],
                        "context": _context(text, g["start"], g["end"]), "overlapping": near})  # fmt: skip
    for key, count in (found_keys - gold_keys).items():
        spans = [f for f in found if (f["type"], f["normalized"]) == key][-count:]
        for f in spans:
            out.append({"document": name, "error": "fp", "type": key[0], "value": key[1],
                        "context": _context(text, f["start"], f["end"]), "overlapping": []})  # fmt: skip
    return out


def run_rogatory(
    corpus: list[Document], misses: dict[str, list[Any]], errors: list[dict[str, Any]]
) -> tuple[dict[str, Score], float, float]:
    """Score extract_identifiers on every document; return the scores, MB/s and documents/s."""
    from rogatory.intake.identifiers import extract_identifiers

    scores: dict[str, Score] = {}
    elapsed, size = 0.0, 0
    for path, gold, text in corpus:
        started = time.perf_counter()
        found = extract_identifiers(text, default_region=gold["region"], language=gold["language"])
        elapsed += time.perf_counter() - started
        size += len(text.encode("utf-8"))
        rows = [
            {"type": f.type, "normalized": f.normalized, "start": f.start, "end": f.end}
            for f in found
        ]
        score_document(gold["labels"], rows, scores, misses)
        errors.extend(_errors(path.name, text, gold["labels"], rows))
    return scores, size / ONE_MB / elapsed, len(corpus) / elapsed


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


def score_peer(peer: str, corpus: list[Document], result: dict[str, Any]) -> dict[str, Score]:
    """Score a peer's findings on the types it supports."""
    scores: dict[str, Score] = {}
    for path, gold, _ in corpus:
        found = [
            {"type": f["type"], "normalized": canonical(f["type"], f["value"], gold["region"])}
            for f in result["found"][str(path.relative_to(ROOT))]
        ]
        # ioc-finder and iocsearcher report each value once per document: deduplicating both
        # sides the same way would hide repeats, so findings are compared as the peers give them.
        score_document(gold["labels"], found, scores)
    return restrict(scores, SUPPORTED[peer])


@contextmanager
def timed_tesseract(calls: list[tuple[str, float, float]], page_area: int) -> Iterator[None]:
    """Record every recognition OCR makes: its stage, CPU seconds and wall seconds.

    Tesseract runs in-process on one thread (no OpenMP in tesserocr's library), so the process's
    CPU time over a call is Tesseract's own work, whatever else the machine is doing. Stages:
    "choice" (the half-size probe and the script lines), "read" (the full page), "retry" (one
    doubtful word read alone)."""
    from rogatory.intake import ocr

    original: Callable[..., list[Any]] = ocr._recognise

    def recognise(image: Any, packs: str, page_mode: int, dpi: int, clock: Any) -> list[Any]:
        read = image.width * image.height * 2 >= page_area
        stage = "retry" if page_mode == ocr._PSM_SINGLE_WORD else "read" if read else "choice"
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return original(image, packs, page_mode, dpi, clock)
        finally:
            calls.append((stage, time.process_time() - cpu, time.perf_counter() - wall))

    ocr._recognise = recognise
    try:
        yield
    finally:
        ocr._recognise = original


def run_ocr(
    folder: Path, misses: dict[str, list[Any]]
) -> tuple[dict[str, Score], list[dict[str, Any]]]:
    """Score the scanned renders through analyse_file in-process; time each page's OCR stages."""
    from PIL import Image

    from rogatory.intake.limits import current_limits
    from rogatory.intake.pipeline import analyse_file

    scores: dict[str, Score] = {}
    pages = []
    for png in sorted((folder / "scanned").glob("*.png")):
        gold = json.loads(png.with_suffix(".json").read_text(encoding="utf-8"))
        calls: list[tuple[str, float, float]] = []
        data = png.read_bytes()
        with Image.open(png) as image:
            page_area = image.width * image.height
        with timed_tesseract(calls, page_area):
            cpu, started = time.process_time(), time.perf_counter()
            try:
                result = analyse_file(png.name, data, current_limits()).as_dict()
            except Exception as error:  # a page the pipeline refuses is scored as empty
                result = {"identifiers": [], "error": f"{type(error).__name__}: {error}"}
            total_cpu, total = time.process_time() - cpu, time.perf_counter() - started
        stages = {
            stage: sum(c for s, c, _ in calls if s == stage)
            for stage in ("choice", "read", "retry")
        }
        ocr_cpu, ocr_wall = sum(c for _, c, _ in calls), sum(w for _, _, w in calls)
        pages.append({"page": png.stem, **stages, "ocr_cpu": ocr_cpu, "ocr_wall": ocr_wall,
                      "retries": sum(1 for s, _, _ in calls if s == "retry"),
                      "rest": total_cpu - ocr_cpu, "wall": total, "error": result.get("error", "")})  # fmt: skip
        labels = [{"type": g["type"], "normalized": g["normalized"]} for g in gold["labels"]]
        found = [{"type": f["type"], "normalized": f["normalized"]} for f in result["identifiers"]]
        score_document(labels, found, scores, misses)
    return scores, pages


def _cell(score: Score | None) -> str:
    if score is None or not (score.tp + score.fn + score.fp):
        return "    -    "
    return f"{score.precision:.2f}/{score.recall:.2f}/{score.f1:.2f}"


def print_table(ours: dict[str, Score], peers: dict[str, dict[str, Score] | None]) -> None:
    """Per type: Rogatory P/R/F1/span and each peer's P/R/F1 where it supports the type."""
    header = f"{'type':<16} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6} {'span':>6}"
    header += "".join(f" {name + ' P/R/F1':>20}" for name in peers)
    print(header)
    total = Score()
    for kind in TYPES:
        score = ours.get(kind, Score())
        total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        line = f"{kind:<16} {score.tp + score.fn:>5} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} {score.span_agreement:6.3f}"
        for peer, result in peers.items():
            if result is None:
                cell = "timeout"
            elif kind not in SUPPORTED[peer]:
                cell = "(n/a)"
            else:
                cell = _cell(result.get(kind))
            line += f" {cell:>20}"
        print(line)
    print(
        f"{'all (micro)':<16} {total.tp + total.fn:>5} {total.precision:6.3f} {total.recall:6.3f} {total.f1:6.3f}"
    )


def print_misses(misses: dict[str, list[Any]], top: int) -> None:
    """The most frequent missed (fn) and spurious (fp) values per type."""
    for key in sorted(misses):
        common = Counter(value for _, value in misses[key]).most_common(top)
        print(f"  {key:<22} {len(misses[key]):>4}: " + " | ".join(f"{v!r}" for v, _ in common))


def print_errors(errors: list[dict[str, Any]]) -> None:
    """Every miss and spurious finding with its document and context."""
    for error in sorted(errors, key=lambda e: (e["type"], e["error"], e["document"])):
        near = f"  (found instead: {error['overlapping']})" if error["overlapping"] else ""
        print(f"  {error['type']}:{error['error']} {error['document']}: {error['value']!r}{near}")
        print(f"      {error['context']}")


def bench_corpus(label: str, folder: Path, arguments: argparse.Namespace) -> None:
    """Every figure for one corpus."""
    corpus = load_corpus(folder)
    languages = sorted({gold["language"] for _, gold, _ in corpus})
    labels = sum(len(gold["labels"]) for _, gold, _ in corpus)
    print(f"\n=== {label} corpus ({folder.relative_to(ROOT)}) ===")
    print(f"{len(corpus)} documents, {labels} gold identifiers, languages {', '.join(languages)}")
    misses: dict[str, list[Any]] = {}
    errors: list[dict[str, Any]] = []
    ours, corpus_speed, documents_per_second = run_rogatory(corpus, misses, errors)
    peers: dict[str, dict[str, Score] | None] = {}
    speeds: dict[str, str] = {"rogatory": f"{corpus_speed:.2f} MB/s ({documents_per_second:.0f} documents/s)"}  # fmt: skip
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
    elif not arguments.no_peers:
        print(f"(peers not scored: {PEERS_PYTHON.relative_to(ROOT)} is missing; make bench-intake)")
    print_table(ours, peers)
    print(f"\nthroughput, corpus documents one by one: {speeds}")
    if not arguments.no_big:
        with tempfile.TemporaryDirectory() as temporary:
            big = Path(temporary) / "one_mb.txt"
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
        print(f"throughput, one {size:.2f} MB input: {big_speeds}")
    if not arguments.no_ocr:
        ocr_misses: dict[str, list[Any]] = {}
        ocr, pages = run_ocr(folder, ocr_misses)
        count = max(len(pages), 1)
        mean = {key: sum(p[key] for p in pages) / count for key in ("choice", "read", "retry", "ocr_cpu", "ocr_wall", "rest", "wall")}  # fmt: skip
        print(
            f"\nscanned renders (A4, 300 dpi) through analyse_file in-process, Tesseract one thread: {len(pages)} pages, "
            f"CPU seconds (load average {os.getloadavg()[0]:.2f})"
        )
        for page in pages:
            print(
                f"  {page['page']:<24} choice {page['choice']:5.2f}   read {page['read']:5.2f}   word retries {page['retry']:5.2f} ({page['retries']:>2})"
                f"   OCR {page['ocr_cpu']:5.2f} (wall {page['ocr_wall']:5.2f})   rest of pipeline {page['rest']:5.2f}"
                + (f"   REFUSED, scored empty: {page['error']}" if page["error"] else "")
            )
        print(
            f"  mean per page, CPU: pack choice {mean['choice']:.2f} s, read {mean['read']:.2f} s, word retries {mean['retry']:.2f} s, "
            f"OCR total {mean['ocr_cpu']:.2f} s (target ≤ 3 s; wall {mean['ocr_wall']:.2f} s), rest of pipeline {mean['rest']:.2f} s"
        )
        print_table(ocr, {})
        print("OCR path misses (fn = not found, fp = found but not in the gold labels):")
        print_misses(ocr_misses, arguments.top)
    print(
        f"\nRogatory misses on the {label} text corpus (fn = not found, fp = found but not in the gold labels):"
    )
    print_misses(misses, arguments.top)
    if arguments.list_misses:
        print(f"\nevery miss of the {label} text corpus, with its context:")
        print_errors(errors)
    if arguments.misses_json:
        path = arguments.misses_json.with_name(f"{arguments.misses_json.stem}-{label}.json")
        path.write_text(json.dumps(errors, ensure_ascii=False, indent=1), encoding="utf-8")


def main() -> None:
    """Run every extractor on the chosen corpora and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--corpus",
        choices=(
            "training",
            "heldout",
            "heldout2",
            "heldout3",
            "heldout4",
            "heldout5",
            "heldout6",
            "heldout7",
            "heldout8",
            "heldout9",
            "heldout10",
            "both",
            "all",
        ),
        default="both",
    )
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--no-big", action="store_true", help="skip the 1 MB input")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per peer run")
    parser.add_argument("--top", type=int, default=5, help="misses shown per type")
    parser.add_argument("--list-misses", action="store_true", help="every miss, with context")
    parser.add_argument(
        "--misses-json", type=Path, help="write every miss, with context, to this file"
    )
    arguments = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    chosen = {
        "both": ("training", "heldout"),
        "all": tuple(c for c in CORPORA if c not in SEALED),
    }.get(arguments.corpus, (arguments.corpus,))
    for label in chosen:
        bench_corpus(label, CORPORA[label], arguments)


if __name__ == "__main__":
    main()
