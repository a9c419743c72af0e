"""OCR with Tesseract in a subprocess, one thread, with a confidence per page from its TSV output."""

import csv
import io
import json
import os
import subprocess  # tesseract is a fixed local binary given no shell
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PIL import Image

from rogatory.core.errors import ValidationFailed

TESSERACT = "tesseract"
# Below this mean word confidence the page is read again with the other scripts' packs.
RETRY_BELOW_CONFIDENCE = 0.75


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # mean word confidence, 0..1
    languages: str


@cache
def _script_table() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(
        (Path(__file__).parent / "data" / "ocr_scripts.json").read_text(encoding="utf-8")
    )
    return loaded


def _environment() -> dict[str, str]:
    # Tesseract's OpenMP threads make it about 2x slower on two cores; one page, one thread.
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def _run(png: bytes, arguments: list[str], timeout: float) -> str:
    try:
        completed = subprocess.run(  # noqa: S603
            [TESSERACT, "stdin", "stdout", *arguments],
            input=png,
            capture_output=True,
            timeout=max(timeout, 1.0),
            env=_environment(),
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ValidationFailed("OCR took longer than the time allowed per document.") from None
    except FileNotFoundError:
        raise ValidationFailed("OCR is not available: tesseract is not installed.") from None
    return completed.stdout.decode("utf-8", errors="replace")


def _languages_for(png: bytes, timeout: float) -> str:
    table = _script_table()
    scripts = table["scripts"]
    assert isinstance(scripts, dict)  # shape of our own data file
    osd = _run(png, ["--psm", "0"], timeout)
    for line in osd.splitlines():
        if line.startswith("Script:"):
            script = line.split(":", 1)[1].strip()
            if script in scripts:
                return str(scripts[script])
    return str(table["default"])


def _text_from_tsv(tsv: str) -> tuple[str, float]:
    lines: list[str] = []
    current: tuple[str, str, str] | None = None
    words: list[str] = []
    confidences: list[float] = []
    block = ""
    for row in csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5":
            continue
        key = (row["block_num"], row["par_num"], row["line_num"])
        if key != current:
            if words:
                lines.append(" ".join(words))
                if block and block != key[0]:
                    lines.append("")
            words = []
            block = current[0] if current else key[0]
            current = key
        word = row.get("text") or ""
        if word.strip():
            words.append(word)
            confidence = float(row.get("conf") or -1)
            if confidence >= 0:
                confidences.append(confidence)
    if words:
        lines.append(" ".join(words))
    mean = sum(confidences) / len(confidences) / 100 if confidences else 0.0
    return "\n".join(lines), round(mean, 3)


def ocr_image(image: Image.Image, *, timeout: float, languages: str = "") -> OcrPage:
    """Recognise the text of one page image; the script picks the language packs when not given."""
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG")
    png = buffer.getvalue()
    if languages:
        return _recognise(png, languages, timeout)
    best = _recognise(png, _languages_for(png, timeout), timeout)
    if best.confidence >= RETRY_BELOW_CONFIDENCE:
        return best
    # OSD names one script per page; a page mixing scripts (a Marathi letter quoting URLs) can be
    # named "Latin" and read as nonsense. Try the other scripts' packs and keep the most confident.
    scripts = _script_table()["scripts"]
    assert isinstance(scripts, dict)
    for packs in dict.fromkeys(str(p) for p in scripts.values()):
        if packs == best.languages:
            continue
        candidate = _recognise(png, packs, timeout)
        if candidate.confidence > best.confidence:
            best = candidate
        if best.confidence >= RETRY_BELOW_CONFIDENCE:
            break
    return best


def _recognise(png: bytes, languages: str, timeout: float) -> OcrPage:
    text, confidence = _text_from_tsv(_run(png, ["-l", languages, "--psm", "3", "tsv"], timeout))
    return OcrPage(text=text, confidence=confidence, languages=languages)
