"""Time the completeness check, DOCX and PDF of one complete request, Latin-only and with
Chinese, Arabic and Devanagari free text. Prints median/min/max of 20 runs.

Targets (docs/decisions/0001-fonts-and-pdf-rendering.md): check <= 20 ms, DOCX <= 100 ms,
PDF <= 1 s, for both documents.

    .venv/bin/python bench/request_documents.py [--runs 20]
"""

import argparse
import logging
import os
import statistics
import sys
import time
from collections.abc import Callable
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

TARGETS_MS = {"check": 20.0, "docx": 100.0, "pdf": 1000.0}


def documents() -> dict[str, RequestDocument]:
    latin = filled_document_data()
    mixed = filled_document_data()
    mixed["summary_of_facts"] += f"\n{CHINESE}。\n{ARABIC}.\n{DEVANAGARI}।"
    mixed["relation_to_offence"] = f"{ARABIC}: {CHINESE}"
    mixed["offence"] = "传播儿童性虐待材料 / توزيع مواد الاعتداء الجنسي على الأطفال"
    return {
        "latin": RequestDocument.model_validate(latin),
        "zh+ar+hi": RequestDocument.model_validate(mixed),
    }


def measure(action: Callable[[], Any], runs: int) -> list[float]:
    action()  # warm-up: imports, font loading, catalogue loading
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return timings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    arguments = parser.parse_args()
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    languages = ("fr", "en")
    failures = 0
    print(f"{'document':<10} {'step':<6} {'median ms':>10} {'min ms':>8} {'max ms':>8} "
          f"{'target':>8}  size")
    for name, document in documents().items():
        steps: dict[str, Callable[[], Any]] = {
            "check": lambda document=document: check_request(document),
            "docx": lambda document=document: render_request_docx(document, languages),
            "pdf": lambda document=document: render_request_pdf(document, languages),
        }
        for step, action in steps.items():
            timings = measure(action, arguments.runs)
            median = statistics.median(timings)
            size = len(action()) if step != "check" else 0
            verdict = "ok" if median <= TARGETS_MS[step] else "OVER"
            failures += verdict == "OVER"
            print(f"{name:<10} {step:<6} {median:>10.1f} {min(timings):>8.1f} "
                  f"{max(timings):>8.1f} {TARGETS_MS[step]:>7.0f}  "
                  f"{size if size else '':>7} {verdict}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
