"""OCR with Tesseract's API (tesserocr), one thread, the language packs chosen before the full read.

A page is read in four steps (docs/decisions/0011-ocr-pack-choice.md):

1. **Probe**: the page at half resolution with the English pack gives the text lines and how
   confidently each reads. A page with more text is probed through a first sample of its
   lines, read on (for lingua) only when it is not surely another script's: the probe's cost
   is the text it reads, not the pixels.
2. **Choice**: when few letters sit in unreadable lines the page is Latin, and lingua on the
   probe's text names the pack (``fra+eng``...). Otherwise windows of the least readable lines
   are read at full size with English (enough when they then read well) and with each script's
   pack, until one reads them surely; the most confident script wins; for Devanagari, lingua on
   those lines tells Marathi from Hindi. A Han page is read with the Han pack alone: with
   English beside it Tesseract read every Chinese line twice. Tesseract's own script detection
   (``--psm 0``) cost more than a full read and named "Latin" for most Chinese, Marathi and
   Hindi letters here.
3. **Read**: one pass over the page at its resolution with the chosen packs, the page taken
   as one column (rows of a table stay whole).
4. **Word retries**: a word read with low confidence is read again alone, with the page's
   first pack, English and (unless it reads as an address or English reads it surely) the
   other scripts' packs, English first for letters on another script's page; a reading is kept
   only when clearly more confident (a Cyrillic pseudonym in a Marathi letter, digits misread
   inside Devanagari text).
   Then ``ocr_repair`` joins identifiers cut by a narrow gap, repairs checksummed ones and
   removes the spaces the Han pack puts between Chinese characters; an address-like word is
   read once more alone for a dot the page's read lost ("noir.info" read "noirinfo"), and on
   another script's page English's well-formed reading replaces a malformed one.

Each thread keeps one initialised API per set of packs: loading packs costs 0.1-0.5 s, which a
subprocess per page paid every time. The bundled library has no OpenMP, so it runs on one thread.
"""

import difflib
import json
import os
import re
import threading
import time
import unicodedata
from collections import Counter, OrderedDict
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image

from rogatory.core.errors import ValidationFailed
from rogatory.intake.language import detect_language
from rogatory.intake.ocr_repair import Word, cjk_spaces, close_cjk_spaces, repair_line

# Debian's packs (tesseract-ocr-*, scripts/ensure-system-packages.sh); TESSDATA_PREFIX wins.
TESSDATA_FOLDERS = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata")
PROBE_SCALE = 0.5
# The probe reads at most this much text, in line widths per line height (about two per
# character): a letter's page (150-500 here) is read whole, a dense page (40 lines of small
# print, a log export: 1,000-3,000) through a sample of its lines spread over the page. The
# probe's cost is the LSTM's, which grows with the text read, not with the pixels.
PROBE_TEXT_BUDGET = 600.0
# The first sample of a page with more text, enough to tell a Latin page from another
# script's; only a Latin page is read on to PROBE_TEXT_BUDGET for lingua.
PROBE_SCRIPT_BUDGET = 250.0
# Share of the first sample's letters in unreadable lines from which the page is surely in
# another script: the bench's Chinese, Marathi, Hindi and Russian scans read 0.51-1.00 there,
# its Latin ones 0.00-0.21 (a Monero address fills a line), but a log export 0.65 (its
# addresses read badly at half size: the contest then finds Latin).
PROBE_SURE_OTHER_SHARE = 0.5
# A band of ink thinner than this share of the page's median text band is a rule or a speck.
MIN_BAND_SHARE = 0.4
# A probe line with fewer letters (a number, "5.", a bullet) tells nothing about its script:
# any pack reads digits well, and the Cyrillic pack reads "5." surest of all.
MIN_LETTERS_TO_TELL_SCRIPTS = 3
# A line of the probe below this mean word confidence is not in a Latin script (or not text).
UNREADABLE_LINE_BELOW = 75.0
# Share of the probe's characters in unreadable lines above which the page is read as another script.
OTHER_SCRIPT_SHARE = 0.15
# Confidence another script's pack must gain over English on those lines to take the page.
OTHER_SCRIPT_PAGE_MARGIN = 10.0
# Lines of the probe read with each script's pack to tell the scripts apart, each cut to a
# window of at most CONTEST_WIDTH_IN_HEIGHTS of its height around its least readable word: the
# contest's cost is the LSTM's, which grows with the width read (the Han pack's is four times
# English's a character), and a dozen Han characters or two dozen letters tell a script.
LINES_TO_TELL_SCRIPTS = 3
CONTEST_WIDTH_IN_HEIGHTS = 12
# A script whose pack reads the contest's windows at least this confidently (and beats
# English by OTHER_SCRIPT_PAGE_MARGIN) wins at once, and the scripts after it are not read:
# the page's own script read its windows at 89-97 on the bench's Chinese and Russian scans,
# another script's pack at most 72 (the Cyrillic pack on a page of addresses).
SURE_SCRIPT = 85.0
# A script's pack must read its windows in its own letters to take part (``_own_letter_share``):
# a pack reads another script's glyphs as its digits and signs, at times confidently. On the
# bench's 29 scans each script's own pages read 0.57-0.99 (Han 0.57 on a bilingual letter,
# Devanagari 0.58-0.92, Cyrillic 0.95-1.00), the Devanagari pack on Russian and Macedonian
# pages 0.04-0.05.
MIN_OWN_LETTER_SHARE = 0.4
# A word below this confidence (0-100) is read again alone.
RETRY_WORD_BELOW = 60.0
# A reading of a doubtful run this confident ends its retries: no pack read after it could
# replace it by more than a few points (another script's pays OTHER_SCRIPT_PENALTY).
SURE_READING = 90.0
# English read every line of another script below 55 on the bench's scans: a run English reads
# at least this confidently is in Latin letters, and no other script's pack is tried on it.
LATIN_RUN_FROM = 60.0
# A word still below this confidence after the retries is reported as doubtful: its reading
# may be wrong and nothing here could tell how.
DOUBTFUL_AFTER_RETRIES = RETRY_WORD_BELOW
# A garbled page (a photograph, a stain) must not cost a retry per speck: the runs of doubtful
# words read again, the least confident first.
MAX_WORD_RETRIES = 30
# A retry with the page's own packs must gain this much confidence; another script's must
# also reach SURE_OTHER_SCRIPT, or a stain becomes Devanagari.
RETRY_GAIN_SAME_SCRIPT = 10.0
RETRY_GAIN_OTHER_SCRIPT = 15.0
SURE_OTHER_SCRIPT = 70.0
OTHER_SCRIPT_PENALTY = 10.0
# White kept around a word read again, in word heights (the LSTM reads a glyph at a crop's
# very edge badly; 0.15 to 0.5 all scored the same on the bench's scans).
RETRY_MARGIN = 0.3
# White kept around an address-like word read again for a lost dot, in word heights, and the
# most such words read again on a page (a log export can hold hundreds of addresses).
LOST_DOT_MARGIN = 0.3
MAX_LOST_DOT_READS = 40
# A page names the same few hosts again and again, each reading of a host given the same dots
# by ``_dots_from_the_page``: a well-formed link or mailbox whose hosts have each had a dot found
# or been read again this often is not read again (a dot found in one reading reaches the others
# after), so the MAX_LOST_DOT_READS go to hosts not yet looked at. On the bench's page of 80
# addresses (4 hosts) one read in two of "marche-noir.example.com" shows its dot.
LOST_DOT_READS_PER_HOST = 4
# Scans above this many pixels on their long side (a photograph, 600 dpi) are scaled down to
# A4 at 300 dpi: more pixels cost time and add nothing at body-text sizes.
MAX_LONG_SIDE = 4200
A4_LONG_SIDE_300_DPI = 3508
DEFAULT_DPI = 300
# Sets of packs kept loaded per thread (English, a page's packs, the four scripts' packs and
# their page packs fit; a Latin language seldom seen is loaded again when it comes back).
MAX_LOADED_PACK_SETS = 10

_ADDRESS_LIKE = re.compile(r"://|@|[a-z0-9]\.[a-z]{2,}")
# An address as written whole: a mailbox, a link or a host, its last label letters.
_WELL_FORMED_ADDRESS = re.compile(
    r"(?:[\w.+-]+@|[a-z][a-z0-9+.-]*://)?(?:[\w-]+\.)+[a-z]{2,}(?:[/:?#]\S*)?", re.IGNORECASE
)
# Character edits (inserted, removed, replaced) another pack's reading of an address may make.
ADDRESS_EDITS_ALLOWED = 2
_WRAPPING = "\"'«»“”‘’„‚<>()[]{}.,;:!?"
_PSM_AUTO = 3
# The full read takes the page as one column of text of varying sizes: Tesseract's automatic
# layout split a table of numbered addresses (rows of "15. 198.51.100.17  https://…  16.
# compte7@…") into columns and fragments ("15.", "198.51", ".100.17" apart), which cost 36 of its
# 120 identifiers; letters, forms and tables are read row by row, and the 23 scans of the
# bench read the same (bench/intake/run.py, decision 0011).
_PSM_COLUMN = 4
_PSM_SINGLE_LINE = 7
_PSM_SINGLE_WORD = 8


@dataclass(frozen=True)
class OcrPage:
    text: str
    confidence: float  # mean word confidence, 0..1
    languages: str
    # The words still doubtful after the retries and repairs: (start, end) in `text` and their
    # confidence (0..1). The text keeps what was read; these say where the scan must be looked
    # at (the analysis flags those inside or beside an identifier).
    doubtful: tuple[tuple[int, int, float], ...] = ()
    # The script that chose the packs ("Latin", "Han"...; "" when the caller gave them): the
    # next page of the same scan is read with the same packs first (``previous``).
    script: str = ""


@dataclass(frozen=True)
class _Line:
    key: tuple[int, int, int]  # block, paragraph, line
    words: list[Word]

    @property
    def confidence(self) -> float:
        return _mean_confidence(self.words)


@cache
def _script_table() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(
        (Path(__file__).parent / "data" / "ocr_scripts.json").read_text(encoding="utf-8")
    )
    return loaded


def _tessdata() -> str:
    configured = os.environ.get("TESSDATA_PREFIX", "")
    for folder in (configured, *TESSDATA_FOLDERS):
        if folder and (Path(folder) / "eng.traineddata").is_file():
            return folder
    raise ValidationFailed("OCR is not available: the Tesseract language packs are not installed.")


@cache
def _installed(folder: str) -> frozenset[str]:
    return frozenset(path.stem for path in Path(folder).glob("*.traineddata"))


def _available(packs: str) -> str:
    """The packs of a list that are installed (English at least)."""
    installed = _installed(_tessdata())
    return "+".join(pack for pack in packs.split("+") if pack in installed) or "eng"


_apis = threading.local()


def _api(packs: str) -> Any:
    """The thread's API for these packs, initialised once (an API is not safe across threads).

    At most MAX_LOADED_PACK_SETS stay loaded per thread, the least recently used ended first:
    each holds its packs' models (about 40 MB)."""
    import tesserocr

    loaded: OrderedDict[str, Any] | None = getattr(_apis, "by_packs", None)
    if loaded is None:
        loaded = _apis.by_packs = OrderedDict()
    if packs in loaded:
        loaded.move_to_end(packs)
        return loaded[packs]
    try:
        api = tesserocr.PyTessBaseAPI(path=_tessdata(), lang=packs)
    except RuntimeError:
        raise ValidationFailed(
            f"OCR is not available: Tesseract could not load the packs {packs}."
        ) from None
    loaded[packs] = api
    while len(loaded) > MAX_LOADED_PACK_SETS:
        loaded.popitem(last=False)[1].End()
    return api


class _Clock:
    def __init__(self, seconds: float) -> None:
        self.ends_at = time.monotonic() + seconds

    def milliseconds_left(self) -> int:
        left = self.ends_at - time.monotonic()
        if left <= 0:
            raise ValidationFailed("OCR took longer than the time allowed per document.")
        return max(int(left * 1000), 1)


def _recognise(
    image: Image.Image, packs: str, page_mode: int, dpi: int, clock: _Clock
) -> list[_Line]:
    """Read a grey image with the packs; every recognition goes through here (the bench times it)."""
    api = _api(packs)
    pixels = image.tobytes()  # the API keeps a pointer, not a copy, until the next image
    api.SetPageSegMode(page_mode)
    api.SetImageBytes(pixels, image.width, image.height, 1, image.width)
    api.SetSourceResolution(dpi)
    if not api.Recognize(timeout=clock.milliseconds_left()):
        clock.milliseconds_left()  # raises when the time ran out
        return []
    lines: dict[tuple[int, int, int], list[Word]] = {}
    for row in api.GetTSVText(0).splitlines():
        fields = row.split("\t")
        if fields[0] != "5" or len(fields) < 12 or not fields[11].strip():
            continue
        left, top, width, height = (int(value) for value in fields[6:10])
        word = Word(fields[11], left, top, width, height, max(float(fields[10]), 0.0))
        lines.setdefault((int(fields[2]), int(fields[3]), int(fields[4])), []).append(word)
    return [_Line(key, words) for key, words in lines.items()]


def _mean_confidence(words: list[Word]) -> float:
    return sum(word.confidence for word in words) / len(words) if words else 0.0


def _text(lines: list[_Line]) -> str:
    out: list[str] = []
    block: int | None = None
    for line in lines:
        if block is not None and line.key[0] != block:
            out.append("")
        out.append(" ".join(word.text for word in line.words))
        block = line.key[0]
    return "\n".join(out)


def _page_text(lines: list[_Line]) -> tuple[str, tuple[tuple[int, int, float], ...]]:
    """The page's text and where its doubtful words are in it, Chinese spacing removed."""
    raw = _text(lines)
    found: list[tuple[int, int, float]] = []
    offset = 0
    for line in lines:
        offset = raw.index(line.words[0].text, offset) if line.words else offset
        for word in line.words:
            offset = raw.index(word.text, offset)
            if word.confidence < DOUBTFUL_AFTER_RETRIES:
                found.append((offset, offset + len(word.text), round(word.confidence / 100, 2)))
            offset += len(word.text)
    removed = cjk_spaces(raw)

    def moved(position: int) -> int:
        return position - sum(end - start for start, end in removed if end <= position)

    return close_cjk_spaces(raw), tuple(
        (moved(start), moved(end), confidence) for start, end, confidence in found
    )


def _clipped(image: Image.Image, left: int, top: int, right: int, bottom: int) -> Image.Image:
    """The box's pixels, clipped to the page and at least one pixel wide and high: a box of no
    width, or one outside the page, would hand Tesseract an empty image."""
    left, top = min(max(left, 0), image.width - 1), min(max(top, 0), image.height - 1)
    right = min(max(right, left + 1), image.width)
    bottom = min(max(bottom, top + 1), image.height)
    return image.crop((left, top, right, bottom))


def _crop(image: Image.Image, words: list[Word], scale: float, margin: int) -> Image.Image:
    left = int(min(w.left for w in words) / scale) - margin
    top = int(min(w.top for w in words) / scale) - margin
    right = int(max(w.left + w.width for w in words) / scale) + margin
    bottom = int(max(w.top + w.height for w in words) / scale) + margin
    return _clipped(image, left, top, right, bottom)


def _text_bands(small: Image.Image) -> list[tuple[int, int, float]]:
    """The page's bands of ink between blank rows: (top, bottom, width in band heights).

    Pillow's box filter averages each row (and each band's columns) in C, a few milliseconds a
    page; a band is a text line, or several when a column or a photograph bridges them."""
    rows = small.resize((1, small.height), Image.Resampling.BOX).tobytes()
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for y, mean in enumerate([*rows, 255]):
        if mean < 254 and start is None:
            start = y
        elif mean >= 254 and start is not None:
            spans.append((start, y))
            start = None
    if not spans:
        return []
    heights = sorted(bottom - top for top, bottom in spans)
    thinnest = heights[len(heights) // 2] * MIN_BAND_SHARE
    bands: list[tuple[int, int, float]] = []
    for top, bottom in spans:
        if bottom - top < thinnest:
            continue
        columns = small.crop((0, top, small.width, bottom)).resize(
            (small.width, 1), Image.Resampling.BOX
        )
        inked = sum(1 for mean in columns.tobytes() if mean < 250)
        bands.append((top, bottom, inked / (bottom - top)))
    return bands


def _spread(bands: list[tuple[int, int, float]], budget: float) -> list[tuple[int, int, float]]:
    """Bands spread evenly over the page whose text fits the budget (all when they fit)."""
    total = sum(width for _, _, width in bands)
    if total <= budget:
        return bands
    kept = max(int(len(bands) * budget / total), 1)
    return [bands[index * len(bands) // kept] for index in range(kept)]


def _read_bands(
    small: Image.Image, chosen: list[tuple[int, int, float]], packs: str, dpi: int, clock: _Clock
) -> list[_Line]:
    """The bands stacked in one image with white between them, read at once; the words are
    moved back to where they are on the page."""
    gap = max(bottom - top for top, bottom, _ in chosen)
    sample = Image.new("L", (small.width, sum(b - t + gap for t, b, _ in chosen) + gap), 255)
    shifts: list[tuple[int, int]] = []  # (top in the sample, rows to add to go back to the page)
    y = gap
    for top, bottom, _ in chosen:
        sample.paste(small.crop((0, top, small.width, bottom)), (0, y))
        shifts.append((y, top - y))
        y += bottom - top + gap
    lines = []
    for line in _recognise(sample, packs, _PSM_AUTO, dpi, clock):
        middle = line.words[0].top + line.words[0].height // 2
        shift = next((s for start, s in reversed(shifts) if start - gap // 2 <= middle), 0)
        words = [replace(word, top=word.top + shift) for word in line.words]
        lines.append(_Line(line.key, words))
    return lines


def _unreadable(lines: list[_Line]) -> list[_Line]:
    """The lines read below the bar with letters enough to tell a script.

    Letters only: numbers and punctuation read alike in every script, and a table's column
    of "13." read alone is as doubtful on a French page as on a Chinese one."""
    return [
        line
        for line in lines
        if line.confidence < UNREADABLE_LINE_BELOW
        and _letters(line.words) >= MIN_LETTERS_TO_TELL_SCRIPTS
    ]


def _other_script_share(lines: list[_Line]) -> float:
    """The share of the letters read that sit in unreadable lines."""
    letters = sum(_letters(line.words) for line in lines)
    unreadable = sum(_letters(line.words) for line in _unreadable(lines))
    return unreadable / letters if letters else 0.0


def _in_other_script(lines: list[_Line]) -> bool:
    """Whether more than OTHER_SCRIPT_SHARE of the letters read sit in unreadable lines."""
    return _other_script_share(lines) > OTHER_SCRIPT_SHARE


def _letters(words: list[Word]) -> int:
    return sum(char.isalpha() for word in words for char in word.text)


def _choose_packs(image: Image.Image, dpi: int, clock: _Clock) -> tuple[str, str]:
    """Return the packs to read the page with and the script that chose them.

    The probe reads the half-size page with English: whole when it holds little text, else a
    first sample of PROBE_SCRIPT_BUDGET (bands of ink spread over the page, ``_spread``). When
    that sample is surely another script's (PROBE_SURE_OTHER_SHARE) the contest of scripts
    names it at once; otherwise, and when the contest finds Latin after all, the probe reads on
    up to PROBE_TEXT_BUDGET: the share of unreadable letters is then measured on more lines,
    and lingua has the text to name a Latin page's language."""
    table = _script_table()
    small = image.resize(
        (max(int(image.width * PROBE_SCALE), 1), max(int(image.height * PROBE_SCALE), 1)),
        Image.Resampling.BOX,
    )
    pack, small_dpi = _available(table["probe"]), int(dpi * PROBE_SCALE)
    bands = _text_bands(small)
    rest: list[tuple[int, int, float]] = []
    if sum(width for _, _, width in bands) <= PROBE_SCRIPT_BUDGET:
        probe = _recognise(small, pack, _PSM_AUTO, small_dpi, clock)
    else:
        first = _spread(bands, PROBE_SCRIPT_BUDGET)
        probe = _read_bands(small, first, pack, small_dpi, clock)
        rest = [band for band in bands if band not in first]

    def read_on() -> None:
        budget = PROBE_TEXT_BUDGET - PROBE_SCRIPT_BUDGET
        if rest:
            probe.extend(_read_bands(small, _spread(rest, budget), pack, small_dpi, clock))
            rest.clear()

    if _other_script_share(probe) < PROBE_SURE_OTHER_SHARE:
        read_on()
    if _in_other_script(probe):
        script, text = _script_of(image, _unreadable(probe), dpi, clock)
        if script != "Latin":
            packs: dict[str, str] = table["scripts"][script]["packs"]
            language = detect_language(text) if text else ""
            return _available(packs.get(language, packs[""])), script
        read_on()
    language = detect_language(_text(probe))
    return _available(table["latin"].get(language, table["probe"])), "Latin"


def _whitest(columns: bytes, start: int, end: int) -> int:
    """The column between start and end (clipped) with the least ink: a gap between glyphs."""
    start, end = max(start, 0), min(end, len(columns) - 1)
    if end <= start:
        return max(min(start, len(columns) - 1), 0)
    return max(range(start, end + 1), key=lambda column: columns[column])


def _contest_window(image: Image.Image, line: _Line) -> Image.Image:
    """A probe line at full resolution, cut to CONTEST_WIDTH_IN_HEIGHTS of its height around
    its least readable word with letters (where its script shows), between glyphs."""
    crop = _crop(image, line.words, PROBE_SCALE, 8)
    width = crop.height * CONTEST_WIDTH_IN_HEIGHTS
    if crop.width <= width:
        return crop
    left = max(int(min(word.left for word in line.words) / PROBE_SCALE) - 8, 0)
    lettered = [word for word in line.words if any(char.isalpha() for char in word.text)]
    weakest = min(lettered or line.words, key=lambda word: word.confidence)
    start = min(max(int(weakest.left / PROBE_SCALE) - left, 0), crop.width - width)
    columns = crop.resize((crop.width, 1), Image.Resampling.BOX).tobytes()
    step = crop.height // 2
    start = _whitest(columns, start - step, start)
    end = _whitest(columns, start + width - step, start + width)
    return crop.crop((start, 0, end + 1, crop.height))


def _letter_confidence(lines: list[_Line]) -> float:
    """Mean confidence of the words read with letters (digits read alike in every script)."""
    words = [word for line in lines for word in line.words]
    lettered = [word for word in words if any(char.isalpha() for char in word.text)]
    return _mean_confidence(lettered or words)


def _own_letter_share(lines: list[_Line], script: str) -> float:
    """The share of what a script's pack read outside ASCII letters and digits that is that
    script's letters: Latin identifiers beside Chinese text are read as such by the Han pack
    and say nothing either way, another script's glyphs read as this one's digits and signs do."""
    text = "".join(word.text for line in lines for word in line.words)
    rest = [char for char in text if not (char.isascii() and char.isalnum())]
    if not rest:
        return 0.0
    letters = re.compile(f"[{_script_table()['scripts'][script]['letters']}]")
    # Letters and their vowel signs only: a script's digits and dandas are what its pack
    # writes for glyphs it cannot read.
    own = sum(1 for char in rest if letters.match(char) and unicodedata.category(char)[0] in "LM")
    return own / len(rest)


def _script_of(
    image: Image.Image, unreadable: list[_Line], dpi: int, clock: _Clock
) -> tuple[str, str]:
    """The script whose pack reads the least readable lines most confidently, and their text
    when the script's language is still to tell ("" otherwise).

    Latin takes part, read first and at full resolution: a half-size probe can stumble on a
    Latin line (small accents, „quotes“, small print), and the Han pack reads Latin letters too,
    without accents. When English reads the lines above the probe's bar they are Latin and no
    other pack is tried: English read another script's lines below 55 on every scan here. A
    script read at SURE_SCRIPT or more wins without reading the others. Every pack reads the
    same windows of the lines (``_contest_window``), and only the words with letters count;
    where the script has several packs (Marathi, Hindi), the winner reads the lines whole for
    lingua to tell its language."""
    table = _script_table()
    sample = sorted(unreadable, key=lambda line: line.confidence)[:LINES_TO_TELL_SCRIPTS]
    windows = [_contest_window(image, line) for line in sample]
    contest = {"Latin": table["probe"]} | {
        script: entry["probe"] for script, entry in table["scripts"].items()
    }

    def read(pack: str, images: list[Image.Image]) -> list[_Line]:
        return [line for crop in images for line in _recognise(crop, pack, _PSM_AUTO, dpi, clock)]

    best = ("Latin", -1.0)
    for script, probe_pack in contest.items():
        if _available(probe_pack) != probe_pack:
            continue  # this script's pack is not installed
        lines = read(probe_pack, windows)
        confidence = _letter_confidence(lines)
        if script == "Latin" and confidence >= UNREADABLE_LINE_BELOW:
            # Doubtful at half size only (small print, addresses): no other pack is tried.
            return script, ""
        if script != "Latin" and _own_letter_share(lines, script) < MIN_OWN_LETTER_SHARE:
            # Its own letters are not what it read: the Devanagari pack read a Macedonian
            # page's Cyrillic as digits, "#" and dandas at 89 ("386# 008॥#"#/॥/70०2/").
            continue
        sure = confidence >= SURE_SCRIPT
        if script != "Latin":
            confidence -= OTHER_SCRIPT_PAGE_MARGIN
        if confidence > best[1]:
            best = (script, confidence)
            if script != "Latin" and sure:
                break  # read surely, and better than English by the margin
    script = best[0]
    if len(table["scripts"].get(script, {}).get("packs", {})) < 2:
        return script, ""  # one pack for the script: no language to tell
    whole = [_crop(image, line.words, PROBE_SCALE, 8) for line in sample]
    return script, _text(read(contest[script], whole))


def _keeps_packs(lines: list[_Line], packs: str, script: str) -> bool:
    """Whether a page read with the previous page's packs would have been given them anyway.

    The probe's own tests, on the full read: a Latin page has few letters in unreadable lines
    and lingua names the same pack; another script's page has its share of that script's
    letters (the Han pack reads a French page in Latin letters) and the same pack order."""
    table = _script_table()
    letters = sum(_letters(line.words) for line in lines)
    text = _text(lines)
    if script == "Latin":
        chosen = table["latin"].get(detect_language(text), table["probe"])
        return not _in_other_script(lines) and _available(chosen) == packs
    entry = table["scripts"].get(script)
    if entry is None:
        return False
    own = len(re.findall(f"[{entry['letters']}]", text))
    chosen = entry["packs"].get(detect_language(text), entry["packs"][""])
    return own > letters * OTHER_SCRIPT_SHARE and _available(chosen) == packs


def _read_choosing_packs(
    grey: Image.Image, dpi: int, clock: _Clock, previous: "OcrPage | None"
) -> tuple[list[_Line], str, str]:
    """The page's lines read with the packs its script and language call for, and those.

    A page after another of the same scan is read first with that page's packs, and the
    probe runs only when the read shows they do not fit (another script, another language)."""
    tried: tuple[str, list[_Line]] | None = None
    if previous is not None and previous.script:
        lines = _recognise(grey, previous.languages, _PSM_COLUMN, dpi, clock)
        if _keeps_packs(lines, previous.languages, previous.script):
            return lines, previous.languages, previous.script
        tried = (previous.languages, lines)
    packs, script = _choose_packs(grey, dpi, clock)
    if tried is not None and tried[0] == packs:
        return tried[1], packs, script
    return _recognise(grey, packs, _PSM_COLUMN, dpi, clock), packs, script


def _retry_packs(packs: str, script: str) -> list[tuple[str, bool]]:
    """Packs to read a doubtful word with, each marked when it is the page's own script."""
    own = [(pack, True) for pack in dict.fromkeys((packs, "eng"))]
    others = [
        (entry["probe"], False)
        for name, entry in _script_table()["scripts"].items()
        if name != script
        and entry.get("retry_elsewhere", True)
        and _available(entry["probe"]) == entry["probe"]
    ]
    return own + others


def _doubtful_runs(line: _Line) -> list[tuple[int, int]]:
    """The runs of neighbouring doubtful words in a line: (first, last + 1). A pseudonym in
    another script is often cut in two doubtful pieces that only read right together."""
    runs: list[tuple[int, int]] = []
    for position, word in enumerate(line.words):
        if word.confidence >= RETRY_WORD_BELOW:
            continue
        if runs and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1)
        else:
            runs.append((position, position + 1))
    return runs


def _run_crop(image: Image.Image, line: _Line, first: int, end: int) -> Image.Image:
    """The run's pixels, widened to the neighbouring words: a misread word's box can miss a
    glyph at its edge (the "1" of "192..."), and a neighbour's glyph would be read as junk."""
    words = line.words[first:end]
    height = max(word.height for word in words)
    margin = int(height * RETRY_MARGIN)
    own_left = min(word.left for word in words)
    own_right = max(word.left + word.width for word in words)
    left, right = own_left - margin, own_right + margin
    if first > 0:
        previous = line.words[first - 1]
        left = max(left, previous.left + previous.width + 2)
    if end < len(line.words):
        right = min(right, line.words[end].left - 2)
    if right - left < own_right - own_left:
        # Boxes that overlap their neighbours (Japanese punctuation, a word read inside
        # another's box): the run's own box, whatever the neighbours cover.
        left, right = own_left, own_right
    top = min(word.top for word in words) - margin
    bottom = max(word.top + word.height for word in words) + margin
    return _clipped(image, left, top, right, bottom)


def _better_reading(
    image: Image.Image,
    words: list[Word],
    candidates: list[tuple[str, bool]],
    dpi: int,
    clock: _Clock,
) -> Word | None:
    """The most confident reading of a crop clearly more confident than the words it replaces.

    Another script's pack must gain more and be sure (SURE_OTHER_SCRIPT), or a stain becomes
    Devanagari; it also pays a penalty against the page's own packs, which read digits as well."""
    current = _mean_confidence(words)
    mode = _PSM_SINGLE_WORD if len(words) == 1 else _PSM_SINGLE_LINE
    best: tuple[float, Word] | None = None
    english = 0.0
    for pack, is_own_script in candidates:
        if english >= LATIN_RUN_FROM and (not is_own_script or candidates[0][0] == "eng"):
            # The run is in Latin letters: no other script's pack is tried, and when English
            # was asked first (letters on another script's page) neither is the page's pack.
            break
        if best is not None and best[0] >= SURE_READING:
            # Another script scores at most 100 less its penalty, the page's other pack a few
            # points more: no later pack can win enough to matter. Skipping them spared 20 of
            # the 156 recognitions of the bench's log export (bench/intake_ocr_dense.py).
            break
        read = [w for line in _recognise(image, pack, mode, dpi, clock) for w in line.words]
        if not read:
            continue
        confidence = _mean_confidence(read)
        if pack == "eng":
            english = confidence
        gain, floor = (
            (RETRY_GAIN_SAME_SCRIPT, 0.0)
            if is_own_script
            else (RETRY_GAIN_OTHER_SCRIPT, SURE_OTHER_SCRIPT)
        )
        if confidence < max(current + gain, floor):
            continue
        score = confidence - (0.0 if is_own_script else OTHER_SCRIPT_PENALTY)
        if best is None or score > best[0]:
            box = words[0]
            right = max(w.left + w.width for w in words)
            text = " ".join(w.text for w in read)
            best = (score, Word(text, box.left, box.top, right - box.left, box.height, confidence))
    return best[1] if best else None


def _retry_doubtful_words(
    image: Image.Image, lines: list[_Line], packs: str, script: str, dpi: int, clock: _Clock
) -> list[_Line]:
    runs = sorted(
        (_mean_confidence(line.words[first:end]), index, first, end)
        for index, line in enumerate(lines)
        for first, end in _doubtful_runs(line)
    )[:MAX_WORD_RETRIES]
    if not runs:
        return lines
    candidates = _retry_packs(packs, script)
    own: list[tuple[str, bool]] = [candidate for candidate in candidates if candidate[1]]
    replaced: dict[tuple[int, int], tuple[int, Word]] = {}
    for _, index, first, end in runs:
        run = lines[index].words[first:end]
        # A run read as an address (an @, "://", a dotted host) is written in Latin letters:
        # another script's pack cannot read it better, and trying four of them was most of the
        # retries' time on a page of addresses.
        read_as = " ".join(word.text for word in run)
        is_address = _ADDRESS_LIKE.search(read_as) is not None
        tried = own if is_address else candidates
        if script not in ("", "Latin") and read_as.isascii():
            # Letters and digits read on another script's page are an identifier or English:
            # English reads them best and, when sure (SURE_READING), alone; the Han pack
            # misreads "fr/" as "fw" and costs four times English's time a character.
            tried = sorted(tried, key=lambda candidate: candidate[0] != "eng")
        crop = _run_crop(image, lines[index], first, end)
        better = _better_reading(crop, run, tried, dpi, clock)
        if better is not None:
            replaced[(index, first)] = (end, better)
    out: list[_Line] = []
    for index, line in enumerate(lines):
        words: list[Word] = []
        position = 0
        while position < len(line.words):
            if (index, position) in replaced:
                end, word = replaced[(index, position)]
                words.append(word)
                position = end
            else:
                words.append(line.words[position])
                position += 1
        out.append(_Line(line.key, words))
    return out


# A host inside a word: after "://", after "@", or where no host character precedes it.
_HOST_IN_WORD = re.compile(
    r"(?:(?<=://)|(?<=@)|(?<![\w.@/-]))([a-z0-9][a-z0-9.-]*\.[a-z]{2,})", re.IGNORECASE
)


def _dots_from_the_page(lines: list[_Line]) -> list[_Line]:
    """Give a host the dots another reading of it on the same page has.

    A log export or a table names the same few hosts again and again, and Tesseract drops a dot
    after an overhanging letter in some of them ("zephyrexample.net" beside "zephyr.example.net"):
    it drops dots far more than it invents them, so the reading with more dots wins. It runs
    before ``_find_lost_dots`` (whose re-reads then go to hosts no reading has whole) and after
    it (to pass on the dots those re-reads found)."""
    dotted: dict[str, str] = {}  # each host's key: its reading with the most dots
    for line in lines:
        for word in line.words:
            for host in _HOST_IN_WORD.findall(word.text):
                key = _host_key(host)
                if ".." not in host and host.count(".") > dotted.get(key, "").count("."):
                    dotted[key] = host
    out: list[_Line] = []
    for line in lines:
        words = []
        for word in line.words:
            text = _HOST_IN_WORD.sub(
                lambda found: dotted.get(_host_key(found[1]), found[1]), word.text
            )
            words.append(replace(word, text=text) if text != word.text else word)
        out.append(_Line(line.key, words))
    return out


def _host_key(host: str) -> str:
    """A host without its dots, in lower case: the readings of one host share it."""
    return host.replace(".", "").lower()


def _within_edits(first: str, second: str, most: int) -> bool:
    """Whether at most ``most`` characters must be inserted, removed or replaced to turn one
    string into the other (Levenshtein's distance, computed only in its band of width 2·most+1:
    a dozen operations per character, for a few words a page)."""
    if abs(len(first) - len(second)) > most:
        return False
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, 1):
        current = [row] + [most + 1] * len(second)
        for column in range(max(1, row - most), min(len(second), row + most) + 1):
            current[column] = min(
                previous[column] + 1,
                current[column - 1] + 1,
                previous[column - 1] + (char != second[column - 1]),
            )
        previous = current
    return previous[-1] <= most


def _at_from_english(core: str, english: str) -> str:
    """The page's reading with an "@" where English reads one, when that makes it an address.

    Many Latin packs cannot write "@" (Norwegian, Turkish, Czech, Polish, Croatian...) and
    read it as a letter ("ola.nordmann70Gfjellbrød.example.com"); English writes it but not
    the local letters ("fjellbrod"). Position for position, the page pack's letters are kept
    and only English's "@" is taken; "" when the readings do not line up or nothing changes."""
    if len(core) != len(english) or english.count("@") != 1 or "@" in core:
        return ""
    at = english.index("@")
    if core[at] in "./:-_":
        return ""  # a separator the page pack read is not a misread "@"
    joined = core[:at] + "@" + core[at + 1 :]
    return joined if _WELL_FORMED_ADDRESS.fullmatch(joined) else ""


def _read_often_enough(core: str, hosts: list[str], host_reads: Counter[str]) -> bool:
    """Whether an address-like word need not be read again for a lost dot: a well-formed link
    or mailbox (an "@" or "://" in it: a host read whole could be a mailbox whose "@" the pack
    read as a letter) whose every host had a dot found, or was read LOST_DOT_READS_PER_HOST
    times."""
    return (
        bool(hosts)
        and ("@" in core or "://" in core)
        and _WELL_FORMED_ADDRESS.fullmatch(core) is not None
        and all(host_reads[host] >= LOST_DOT_READS_PER_HOST for host in hosts)
    )


def _find_lost_dots(
    image: Image.Image,
    lines: list[_Line],
    script: str,
    dpi: int,
    clock: _Clock,
    at_signs: dict[tuple[int, int], int] | None = None,
) -> list[_Line]:
    """Read each address-like word again, and keep a reading that only adds dots inside it.

    A dot after a letter whose arm overhangs it ("noir.info") vanishes from the page's read
    with high confidence, so no doubt points at it; read alone with English and more white
    around it, the dot often shows. Tesseract drops dots far more than it invents them, and a
    reading that differs in anything but dots is not taken, unless the page is in another
    script and only English's reading is a well-formed address (below).

    Where English reads an "@", its place in the crop is kept in ``at_signs`` by the word's
    corner: ``_local_parts`` cuts the same crop there without reading it again."""
    out: list[_Line] = []
    reads_left = MAX_LOST_DOT_READS
    host_reads: Counter[str] = Counter()
    for line in lines:
        words = list(line.words)
        for position, word in enumerate(words):
            core = word.text.strip(_WRAPPING)
            if not _ADDRESS_LIKE.search(core) or reads_left == 0:
                continue
            hosts = [_host_key(host) for host in _HOST_IN_WORD.findall(core)]
            if _read_often_enough(core, hosts, host_reads):
                continue
            reads_left -= 1
            host_reads.update(hosts)
            margin = int(word.height * LOST_DOT_MARGIN)
            crop = _clipped(
                image,
                word.left - margin,
                word.top - margin,
                word.left + word.width + margin,
                word.top + word.height + margin,
            )
            read = [
                w
                for found in _recognise(crop, "eng", _PSM_SINGLE_WORD, dpi, clock)
                for w in found.words
            ]
            again = read[0].text.strip(_WRAPPING) if len(read) == 1 else ""
            if at_signs is not None and "@" in again:
                at = _at_sign_in_last_english_read()
                if at is not None:
                    at_signs[(word.left, word.top)] = at
            only_dots_added = (
                again.count(".") > core.count(".")
                and again.replace(".", "") == core.replace(".", "")
                and ".." not in again
            )
            # On another script's page the address was read by that script's pack (the Han
            # pack read "kartell.info" as "Kkartell,info" at 32): English's reading replaces it
            # when it is a well-formed address and the page's is not, a couple of edits away.
            read_better = (
                script not in ("", "Latin")
                and _WELL_FORMED_ADDRESS.fullmatch(again) is not None
                and _WELL_FORMED_ADDRESS.fullmatch(core) is None
                and _within_edits(core, again, ADDRESS_EDITS_ALLOWED)
            )
            at_restored = _at_from_english(core, again)
            if at_restored:
                again = at_restored
            if only_dots_added:
                # One reading with the dot is enough: the consensus after gives it to the rest.
                host_reads.update({host: LOST_DOT_READS_PER_HOST for host in hosts})
            if again and (only_dots_added or read_better or at_restored):
                start = word.text.index(core)
                text = word.text[:start] + again + word.text[start + len(core) :]
                confidence = (
                    max(word.confidence, read[0].confidence) if read_better else word.confidence
                )
                words[position] = Word(
                    text, word.left, word.top, word.width, word.height, confidence
                )
        out.append(_Line(line.key, words))
    return out


# A mailbox read below this confidence on a page with a pack of its own has its local part read
# again with the page's packs (``_local_parts``), at most MAX_LOCAL_PART_READS a page: its
# host is ASCII, and Tesseract gave the whole word to English, which reads "გიორგი.ბ" as
# "gaMMBN.dO", "гоце.п" as "roue.n" and "dritë" as "drité" (the eighth held-out set's scans;
# their mailboxes read 0-61, ASCII ones on the same pages 87-92).
LOCAL_PART_RETRY_BELOW = 85.0
MAX_LOCAL_PART_READS = 10
# How sure the page's packs must be of a local part in their letters to replace English's.
SURE_LOCAL_PART = 55.0
_MAILBOX = re.compile(r"(?P<local>[^\s@<>()\[\]\"'«»]+)@[\w.-]+\.\w{2,}")


def _at_sign_left(crop: Image.Image, dpi: int, clock: _Clock) -> int | None:
    """Where the "@" of a word image starts, by English's reading of its characters."""
    if not _recognise(crop, "eng", _PSM_SINGLE_WORD, dpi, clock):
        return None
    return _at_sign_in_last_english_read()


def _at_sign_in_last_english_read() -> int | None:
    """Where the "@" starts in the image English's API read last, by its character boxes."""
    import tesserocr

    iterator = _api("eng").GetIterator()
    level = tesserocr.RIL.SYMBOL
    while iterator is not None:
        if iterator.GetUTF8Text(level) == "@":
            box = iterator.BoundingBox(level)
            return int(box[0]) if box else None
        if not iterator.Next(level):
            break
    return None


def _skeleton(local: str) -> str:
    """A local part's dots and separators, in order: what every script writes alike."""
    return "".join(char for char in local if char in "._+-")


# Letters without a decomposition to their base letter that packs read as it.
_BASE_LETTER = str.maketrans("ħĦıłŁøØđĐ", "hHilLoOdD")


def _base_letters(text: str) -> str:
    """The text's letters without their accents, in lower case ("ġorġ" → "gorg")."""
    decomposed = unicodedata.normalize("NFD", text.translate(_BASE_LETTER))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).lower()


def _same_local_part(english: str, own: str) -> bool:
    """Whether the page packs' reading of a local part is English's with its local letters.

    It must hold letters English cannot write and the word's reading lacks. In Latin letters it
    may differ in its letters' accents or by one letter ("drité" → "dritë", not the "ritë" of a
    crop that lost its first glyph); in another script, letter for letter, with the same dots
    and separators in the same order, English having read some of its letters as digits
    ("gaMMBN.dO" → "გიორგი.ბ", "roue.n" → "гоце.п")."""
    new_letters = [char for char in own if char.isalpha() and not char.isascii()]
    if own == english or not any(char not in english for char in new_letters):
        return False
    if sum(char.isascii() and char.isalpha() for char in own) * 2 >= len(own):
        # Only its letters' accents differ ("gorg" and "ġorġ", "iNaki" and "iñaki"), or one letter.
        return _base_letters(english) == _base_letters(own) or _within_edits(english, own, 1)
    return abs(len(own) - len(english)) <= 1 and _skeleton(own) == _skeleton(english)


def _local_parts(
    image: Image.Image,
    lines: list[_Line],
    packs: str,
    dpi: int,
    clock: _Clock,
    at_signs: dict[tuple[int, int], int] | None = None,
) -> list[_Line]:
    """Read a doubtful mailbox's local part again with the page's packs alone.

    Its host is ASCII, and Tesseract read the whole word with English, local letters included.
    The part left of the "@" (English finds it) is read with the page's packs; a reading with
    letters English cannot write, and the word's reading lacks, replaces it when the packs are
    sure of it ("drité" read by English, "dritë" by the Albanian pack)."""
    if "+" not in packs or packs.startswith("eng"):
        # English alone, or a pack alone ("chi_sim", "jpn"): no word was given to English.
        return lines
    reads_left = MAX_LOCAL_PART_READS
    out: list[_Line] = []
    for line in lines:
        words = list(line.words)
        for position, word in enumerate(words):
            mailbox = _MAILBOX.search(word.text)
            if mailbox is None or word.confidence >= LOCAL_PART_RETRY_BELOW or reads_left == 0:
                continue
            reads_left -= 1
            margin = int(word.height * LOST_DOT_MARGIN)
            left, top = word.left - margin, word.top - margin
            crop = _clipped(
                image, left, top, word.left + word.width + margin, word.top + word.height + margin
            )
            # The lost-dot read of the same crop may have placed the "@" already.
            at = (at_signs or {}).get((word.left, word.top))
            if at is None:
                at = _at_sign_left(crop, dpi, clock)
            if at is None or at < word.height:
                continue
            read = [
                w
                for found in _recognise(
                    crop.crop((0, 0, max(at - 2, 1), crop.height)),
                    packs,
                    _PSM_SINGLE_WORD,
                    dpi,
                    clock,
                )
                for w in found.words
            ]
            if len(read) != 1:
                continue
            local = read[0].text.lstrip(_WRAPPING)
            if read[0].confidence >= SURE_LOCAL_PART and _same_local_part(mailbox["local"], local):
                text = (
                    word.text[: mailbox.start("local")] + local + word.text[mailbox.end("local") :]
                )
                words[position] = replace(word, text=text)
        out.append(_Line(line.key, words))
    return out


# An underscore: a stroke low on the line at least this share of the line's word height long
# and at most UNDERSCORE_LONGEST (a form's blank "________" is longer), with white above it and
# at both ends (an underline runs on under the words; a letter's foot has the letter above it).
UNDERSCORE_SHORTEST = 0.3
UNDERSCORE_LONGEST = 1.6
# Share of the pixels above a stroke that may be ink: a descender's or a comma's tip.
UNDERSCORE_INK_ABOVE = 0.05
_THRESHOLD = bytes(35 if value < 128 else 46 for value in range(256))  # "#" ink, "." paper


def _underscore_strokes(image: Image.Image, line: _Line, height: int) -> list[tuple[int, int]]:
    """The underscores on a line, by their pixels: (left, right) on the page.

    Rows from a little above the boxes' bottom (a descender's, or the baseline) down are made
    "#"/"." bytes in C, and a stroke is a bounded run of "#" with paper above it."""
    left = max(min(word.left for word in line.words) - height, 0)
    right = min(max(word.left + word.width for word in line.words) + height, image.width)
    bottom_of_boxes = max(word.top + word.height for word in line.words)
    top = max(bottom_of_boxes - height, 0)
    bottom = min(bottom_of_boxes + height // 3, image.height)
    first_row = min(height * 3 // 5, bottom - top)
    if right - left < 4 or bottom - top < 4:
        return []
    band = image.crop((left, top, right, bottom)).tobytes().translate(_THRESHOLD)
    width = right - left
    run = re.compile(
        rb"(?<!#)#{%d,%d}(?!#)"
        % (max(int(height * UNDERSCORE_SHORTEST), 3), int(height * UNDERSCORE_LONGEST))
    )
    strokes: list[tuple[int, int]] = []
    for y in range(first_row, bottom - top):
        for found in run.finditer(band, y * width, (y + 1) * width):
            start, end = found.start() - y * width, found.end() - y * width
            if start == 0 or end == width or any(s <= left + start < e for s, e in strokes):
                continue
            above = b"".join(
                band[row * width + start : row * width + end]
                for row in range(max(y - height // 2, 0), max(y - 2, 0))
            )
            if above and above.count(b"#") <= len(above) * UNDERSCORE_INK_ABOVE:
                strokes.append((left + start, left + end))
    return strokes


def _underscores_from_english(line: _Line, english: str) -> _Line:
    """The line with the underscores English's reading of it has and the page's lacks.

    The two readings are aligned character by character (difflib): English misreads the local
    letters ("gece" for "gecə") but not their order. An underscore English reads where the
    page's reading has a space joins the two words; where it has nothing, it goes into the
    word; either way only between two letters or digits (inside a handle)."""
    texts = [word.text for word in line.words]
    page = " ".join(texts)
    # Where each character of `page` is: (word, offset in it); a space: (word before, its length).
    places: list[tuple[int, int]] = []
    for index, text in enumerate(texts):
        places.extend((index, offset) for offset in range(len(text)))
        if index + 1 < len(texts):
            places.append((index, len(text)))
    joined: set[int] = set()  # words followed by "_" instead of a space
    inserted: dict[int, list[int]] = {}  # word -> offsets to put "_" before
    matcher = difflib.SequenceMatcher(None, page, english, autojunk=False)
    for tag, page_start, page_end, english_start, english_end in matcher.get_opcodes():
        if "_" not in english[english_start:english_end]:
            continue
        if tag == "replace" and page_end - page_start == english_end - english_start:
            # Character for character ("e " read "a_"): a space where English has "_".
            for step in range(page_end - page_start):
                at = page_start + step
                if (
                    english[english_start + step] == "_"
                    and page[at] == " "
                    and page[at - 1 : at].isalnum()
                    and page[at + 1 : at + 2].isalnum()
                ):
                    joined.add(places[at][0])
        elif (
            tag == "insert"
            and english[english_start:english_end] == "_"
            and 0 < page_start < len(page)
            and page[page_start - 1].isalnum()
            and page[page_start].isalnum()
        ):
            owner, offset = places[page_start]
            inserted.setdefault(owner, []).append(offset)
    if not joined and not inserted:
        return line
    words: list[Word] = []
    for index, word in enumerate(line.words):
        text = word.text
        for offset in sorted(inserted.get(index, []), reverse=True):
            text = text[:offset] + "_" + text[offset:]
        if index - 1 in joined and words:
            previous = words[-1]
            top = min(previous.top, word.top)
            bottom = max(previous.top + previous.height, word.top + word.height)
            right = max(previous.left + previous.width, word.left + word.width)
            words[-1] = Word(
                f"{previous.text}_{text}",
                previous.left,
                top,
                right - previous.left,
                bottom - top,
                min(previous.confidence, word.confidence),
            )
        else:
            words.append(replace(word, text=text))
    return _Line(line.key, words)


def _underscores(
    image: Image.Image, lines: list[_Line], packs: str, dpi: int, clock: _Clock
) -> list[_Line]:
    """Give back the underscores a page's pack cannot write (``no_underscore`` in the script
    table: Azerbaijani, Portuguese, Norwegian, Turkish, Ukrainian... read "şirvan_gecə_629" as
    "şirvan gecə 629" or "şirvangece_629"): a handle cut or glued is no handle.

    A line where the pixels show an underscore (``_underscore_strokes``) is read again whole by
    English, which writes "_", and English's underscores are put into the page's reading."""
    if packs.split("+")[0] not in _script_table().get("no_underscore", ()):
        return lines
    out: list[_Line] = []
    for line in lines:
        if not line.words:
            out.append(line)
            continue
        heights = sorted(word.height for word in line.words)
        height = heights[len(heights) // 2]
        if not _underscore_strokes(image, line, height):
            out.append(line)
            continue
        margin = int(height * RETRY_MARGIN)
        crop = _crop(image, line.words, 1.0, margin)
        english = " ".join(
            " ".join(word.text for word in found.words)
            for found in _recognise(crop, "eng", _PSM_SINGLE_LINE, dpi, clock)
        )
        out.append(_underscores_from_english(line, english) if "_" in english else line)
    return out


# What English reads the numero sign as: "Ne", "No", "N°", "Nº" against the number or apart;
# the Cyrillic packs, "Ме".
_NUMERO_MISREAD = re.compile(r"N[eoº°]|М[ео]")  # the Cyrillic packs read it "Ме"


def _numero_signs(lines: list[_Line], script: str) -> list[_Line]:
    """Give back the "№" a page in another script writes before a number.

    English reads "№" as "Ne" or "No" (Tesseract's packs for Georgian, Armenian and the Indic
    scripts have no such sign), and the case number then starts with a Latin word that is not
    in the letter. Only on another script's page, and only before a word holding digits (a
    number, "ЦЕГ-80064/25"): on a Latin page "Ne" and "No" are words (Albanian "ne", Spanish and
    English "no")."""
    if script in ("", "Latin"):
        return lines
    out: list[_Line] = []
    for line in lines:
        words = list(line.words)
        for position in range(len(words) - 1):
            word, after = words[position], words[position + 1]
            if _NUMERO_MISREAD.fullmatch(word.text) and any(char.isdigit() for char in after.text):
                words[position] = replace(word, text="№")
        out.append(_Line(line.key, words))
    return out


def _prepared(image: Image.Image) -> tuple[Image.Image, int]:
    """The page in grey at no more than A4 at 300 dpi, with its resolution."""
    grey = image.convert("L")
    dpi_info = image.info.get("dpi")
    dpi = round(float(dpi_info[0])) if isinstance(dpi_info, tuple) and dpi_info[0] else DEFAULT_DPI
    long_side = max(grey.size)
    if long_side > MAX_LONG_SIDE:
        scale = A4_LONG_SIDE_300_DPI / long_side
        grey = grey.resize(
            (int(grey.width * scale), int(grey.height * scale)), Image.Resampling.BOX
        )
        dpi = max(int(dpi * scale), 70)
    return grey, max(dpi, 70)


def ocr_image(
    image: Image.Image, *, timeout: float, languages: str = "", previous: OcrPage | None = None
) -> OcrPage:
    """Recognise the text of one page image; the page's script picks the packs when not given.

    ``previous`` is the reading of the page before it in the same scan: its packs are tried
    first, which spares the probe when they fit."""
    clock = _Clock(timeout)
    grey, dpi = _prepared(image)
    if languages:
        packs, script = _available(languages), ""
        lines = _recognise(grey, packs, _PSM_COLUMN, dpi, clock)
    else:
        lines, packs, script = _read_choosing_packs(grey, dpi, clock, previous)
    lines = _retry_doubtful_words(grey, lines, packs, script, dpi, clock)
    lines = _underscores(grey, lines, packs, dpi, clock)
    repaired = [_Line(line.key, repair_line(line.words)) for line in lines]
    at_signs: dict[tuple[int, int], int] = {}
    repaired = _find_lost_dots(grey, _dots_from_the_page(repaired), script, dpi, clock, at_signs)
    repaired = _numero_signs(_dots_from_the_page(repaired), script)
    repaired = _local_parts(grey, repaired, packs, dpi, clock, at_signs)
    words = [word for line in repaired for word in line.words]
    text, doubtful = _page_text(repaired)
    return OcrPage(text, round(_mean_confidence(words) / 100, 3), packs, doubtful, script)
