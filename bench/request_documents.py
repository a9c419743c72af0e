"""Time the completeness check, DOCX and PDF of one complete request, Latin-only and with
Chinese, Arabic and Devanagari free text. Prints median/min/max of 20 runs.

Without --kind: the Art. 29 preservation request of the documents tests. With --kind KIND (a
code of the kinds registry, or "all"): the complete example of that kind
(rogatory/requests/tests/kind_examples.py).

Targets (docs/decisions/0001-fonts-and-pdf-rendering.md): check <= 20 ms, DOCX <= 100 ms,
PDF <= 1 s, for both documents.

    .venv/bin/python bench/request_documents.py [--runs 20] [--languages fr,ar] [--kind epoc]
"""

import argparse
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from rogatory.documents.rendering import render_request_docx, render_request_pdf  # noqa: E402
from rogatory.documents.tests.conftest import (  # noqa: E402
    ARABIC,
    CHINESE,
    DEVANAGARI,
    filled_document_data,
)
from rogatory.requests.checks import check_request  # noqa: E402
from rogatory.requests.document import RequestDocument  # noqa: E402
from rogatory.requests.kinds import KIND_CODES  # noqa: E402
from rogatory.requests.tests.kind_examples import complete_example  # noqa: E402

TARGETS_MS = {"check": 20.0, "docx": 100.0, "pdf": 1000.0}


def documents(kind: str | None = None) -> dict[str, RequestDocument]:
    """Return the Latin-only document and its twin with Chinese, Arabic and Devanagari text."""
    latin = complete_example(kind) if kind else filled_document_data()
    mixed = complete_example(kind) if kind else filled_document_data()
    mixed["summary_of_facts"] += f"\n{CHINESE}。\n{ARABIC}.\n{DEVANAGARI}।"
    mixed["relation_to_offence"] = f"{ARABIC}: {CHINESE}"
    mixed["offence"] = "传播儿童性虐待材料 / توزيع مواد الاعتداء الجنسي على الأطفال"
    prefix = f"{kind} " if kind else ""
    return {
        f"{prefix}latin": RequestDocument.model_validate(latin),
        f"{prefix}zh+ar+hi": RequestDocument.model_validate(mixed),
    }


def measure(action: Callable[[], Any], runs: int) -> tuple[list[float], list[float]]:
    """Return wall and CPU milliseconds per run. CPU time tells a slow algorithm from a busy
    machine: on a shared host the wall time can double while the CPU time stays put."""
    action()  # warm-up: imports, font loading, catalogue loading
    wall, cpu = [], []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument(
        "--languages", default="fr,en", help="the two form languages, e.g. fr,ar or en,zh"
    )
    parser.add_argument(
        "--kind",
        choices=[*KIND_CODES, "all"],
        help="time the complete example of this request kind (or of every kind)",
    )
    arguments = parser.parse_args()
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    first, second = arguments.languages.split(",")
    languages = (first, second)
    failures = 0
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
        f"{arguments.runs} runs, languages {languages}"
    )
    if arguments.kind == "all":
        selected: dict[str, RequestDocument] = {}
        for kind in KIND_CODES:
            selected.update(documents(kind))
    else:
        selected = documents(arguments.kind)
    width = max(len(name) for name in selected)
    print(
        f"{'document':<{width}} {'step':<6} {'median ms':>10} {'min ms':>8} {'max ms':>8} "
        f"{'cpu ms':>8} {'target':>7}  {'bytes':>7}"
    )
    for name, document in selected.items():
        steps: dict[str, Callable[[], Any]] = {
            "check": partial(check_request, document),
            "docx": partial(render_request_docx, document, languages),
            "pdf": partial(render_request_pdf, document, languages),
        }
        for step, action in steps.items():
            timings, cpu = measure(action, arguments.runs)
            median = statistics.median(timings)
            size = len(action()) if step != "check" else 0
            verdict = "ok" if median <= TARGETS_MS[step] else "OVER"
            failures += verdict == "OVER"
            print(
                f"{name:<{width}} {step:<6} {median:>10.2f} {min(timings):>8.2f} "
                f"{max(timings):>8.2f} {statistics.median(cpu):>8.2f} {TARGETS_MS[step]:>7.0f}  "
                f"{size if size else '':>7} {verdict}"
            )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
