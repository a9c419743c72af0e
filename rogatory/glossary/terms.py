"""The glossary as data: rogatory/glossary/data/terms.csv, one row per term, one column per form
language, with the legal reference, the source of the wording and whether a reviewer checked it.

The file is the single place to correct a term; nothing here holds a term literally. Pure: no
database.
"""

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rogatory.core.languages import LANGUAGE_RECORDS

TERMS_FILE = Path(__file__).resolve().parent / "data" / "terms.csv"
FIXED_COLUMNS = ("key", "reference", "source", "reviewed")
_BOOLEANS = {"true": True, "false": False}


class GlossaryDataError(ValueError):
    """The glossary file is malformed: a fault of the data, reported with its line."""


@dataclass(frozen=True)
class GlossaryTerm:
    """One legal or technical term in every form language."""

    key: str
    reference: str
    texts: Mapping[str, str]
    source: str
    is_reviewed: bool


def parse_terms(text: str, *, origin: str = "terms.csv") -> tuple[GlossaryTerm, ...]:
    """Read the glossary CSV; every language column and value must be present."""
    reader = csv.DictReader(text.splitlines())
    columns = reader.fieldnames or []
    missing = [column for column in (*FIXED_COLUMNS, *LANGUAGE_RECORDS) if column not in columns]
    if missing:
        raise GlossaryDataError(f"{origin}: missing columns: {', '.join(missing)}")
    terms: list[GlossaryTerm] = []
    seen: set[str] = set()
    for line, row in enumerate(reader, start=2):
        key = row["key"].strip()
        empty = [code for code in LANGUAGE_RECORDS if not (row[code] or "").strip()]
        if not key or empty:
            raise GlossaryDataError(
                f"{origin}, line {line}: term '{key}' has no text in: {', '.join(empty) or 'key'}"
            )
        if key in seen:
            raise GlossaryDataError(f"{origin}, line {line}: term '{key}' appears twice")
        reviewed = (row["reviewed"] or "").strip().lower()
        if reviewed not in _BOOLEANS:
            raise GlossaryDataError(
                f"{origin}, line {line}: reviewed must be true or false, not '{row['reviewed']}'"
            )
        seen.add(key)
        terms.append(
            GlossaryTerm(
                key=key,
                reference=row["reference"].strip(),
                texts={code: row[code].strip() for code in LANGUAGE_RECORDS},
                source=row["source"].strip(),
                is_reviewed=_BOOLEANS[reviewed],
            )
        )
    return tuple(terms)


@cache
def all_terms() -> tuple[GlossaryTerm, ...]:
    """Return every term of the glossary file, in the file's order (read once per process)."""
    return parse_terms(TERMS_FILE.read_text(encoding="utf-8"), origin=str(TERMS_FILE))
