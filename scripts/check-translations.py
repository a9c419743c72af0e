#!/usr/bin/env python3
"""List the untranslated and fuzzy entries of the gettext catalogues, per language; exit 1 if any.

    scripts/check-translations.py [--locale-dir rogatory/locale] [--extract]

--extract first refreshes the catalogues from the code (manage.py makemessages) in a scratch copy
of the project, leaving the working tree alone: a msgid added to the code but not yet to the
catalogues then counts as untranslated, which is what `make check` wants to catch.
English is the source language and has no catalogue.
"""

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = Path("LC_MESSAGES") / "django.po"
# What makemessages needs to see: the code, the templates, the settings, the catalogues.
PROJECT_PARTS = ("manage.py", "config", "rogatory")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")
_KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")\s*$")


@dataclass
class Entry:
    """One message of a catalogue."""

    context: str | None = None
    msgid: str = ""
    translations: list[str] = field(default_factory=list)
    is_fuzzy: bool = False
    is_obsolete: bool = False

    @property
    def is_header(self) -> bool:
        return self.msgid == "" and self.context is None

    @property
    def is_untranslated(self) -> bool:
        return not self.translations or any(not text for text in self.translations)

    def describe(self) -> str:
        text = self.msgid if len(self.msgid) <= 70 else self.msgid[:67] + "..."
        return f"[{self.context}] {text!r}" if self.context else repr(text)


def _unquote(quoted: str) -> str:
    return _ESCAPE.sub(lambda match: _ESCAPES.get(match.group(1), match.group(1)), quoted[1:-1])


def parse_catalogue(text: str) -> list[Entry]:
    """Return the entries of a .po file (a small reader: no dependency, enough for checking)."""
    entries: list[Entry] = []
    entry = Entry()
    target: tuple[str, int] | None = None
    started = False

    def finish() -> None:
        nonlocal entry, target, started
        if started:
            entries.append(entry)
        entry, target, started = Entry(), None, False

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        is_obsolete = line.startswith("#~")
        if is_obsolete:
            line = line[2:].strip()
            if not line or line.startswith("|"):
                continue
        elif line.startswith("#"):
            # A comment after a translation opens the next entry (makemessages may omit the
            # blank line after the header).
            if entry.translations:
                finish()
            if line.startswith("#,"):
                flags = line[2:].replace(",", " ").split()
                entry.is_fuzzy = entry.is_fuzzy or "fuzzy" in flags
            started = True
            continue
        if line.startswith('"'):
            if target is not None:
                _append(entry, target, _unquote(line))
            continue
        match = _KEYWORD.match(line)
        if match is None:
            raise ValueError(f"cannot read catalogue line: {raw!r}")
        keyword, value = match.group(1), _unquote(match.group(2))
        if keyword in ("msgctxt", "msgid") and entry.translations:
            finish()
        started = True
        entry.is_obsolete = entry.is_obsolete or is_obsolete
        if keyword == "msgctxt":
            entry.context, target = value, ("context", 0)
        elif keyword == "msgid":
            entry.msgid, target = value, ("msgid", 0)
        elif keyword == "msgid_plural":
            target = ("plural", 0)
        else:
            entry.translations.append(value)
            target = ("msgstr", len(entry.translations) - 1)
    finish()
    return entries


def _append(entry: Entry, target: tuple[str, int], text: str) -> None:
    kind, index = target
    if kind == "context":
        entry.context = (entry.context or "") + text
    elif kind == "msgid":
        entry.msgid += text
    elif kind == "msgstr":
        entry.translations[index] += text


@dataclass
class Report:
    """What is missing in one language's catalogue."""

    language: str
    entries: int
    untranslated: list[Entry]
    fuzzy: list[Entry]

    @property
    def is_complete(self) -> bool:
        return not self.untranslated and not self.fuzzy


def check_catalogue(language: str, path: Path) -> Report:
    """Return the untranslated and fuzzy messages of one catalogue."""
    messages = [
        entry
        for entry in parse_catalogue(path.read_text(encoding="utf-8"))
        if not entry.is_header and not entry.is_obsolete
    ]
    return Report(
        language=language,
        entries=len(messages),
        untranslated=[entry for entry in messages if entry.is_untranslated],
        fuzzy=[entry for entry in messages if entry.is_fuzzy and not entry.is_untranslated],
    )


def check_locale_directory(locale_dir: Path) -> list[Report]:
    """Return one report per language directory holding a django.po, sorted by language."""
    return [
        check_catalogue(directory.name, directory / CATALOGUE)
        for directory in sorted(locale_dir.iterdir())
        if (directory / CATALOGUE).is_file()
    ]


def extracted_locale_directory(scratch: Path) -> Path:
    """Copy the project into scratch, refresh its catalogues from the code, return their folder."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(
                source, scratch / part, ignore=shutil.ignore_patterns("__pycache__", "*.mo")
            )
        else:
            shutil.copy2(source, scratch / part)
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--all", "--no-obsolete", "--verbosity=0"],
        cwd=scratch,
        check=True,
    )
    return scratch / "rogatory" / "locale"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale-dir", type=Path, default=ROOT / "rogatory" / "locale")
    parser.add_argument(
        "--extract",
        action="store_true",
        help="first refresh the catalogues from the code, in a scratch copy of the project",
    )
    arguments = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rogatory-messages-") as scratch:
        locale_dir = (
            extracted_locale_directory(Path(scratch)) if arguments.extract else arguments.locale_dir
        )
        reports = check_locale_directory(locale_dir)
    if not reports:
        print(f"no catalogue found under {arguments.locale_dir}")
        return 1
    for report in reports:
        status = "complete" if report.is_complete else "INCOMPLETE"
        print(
            f"{report.language}: {report.entries} messages, {len(report.untranslated)} "
            f"untranslated, {len(report.fuzzy)} fuzzy: {status}"
        )
        for entry in report.untranslated:
            print(f"  untranslated {entry.describe()}")
        for entry in report.fuzzy:
            print(f"  fuzzy        {entry.describe()}")
    return 0 if all(report.is_complete for report in reports) else 1


if __name__ == "__main__":
    sys.exit(main())
