"""The data files' texts the pages print are all in the catalogues' marked list."""

import csv

from rogatory.advice.catalogue import DATA_DIR
from rogatory.advice.data_messages import DATA_MESSAGES


def _column(name: str, *columns: str) -> set[str]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as stream:
        return {row[column] for row in csv.DictReader(stream) for column in columns} - {""}


def test_it_marks_every_channel_reason_follow_up_legal_basis_and_alternative() -> None:
    in_files = _column("channels.csv", "reason", "follow_up") | _column(
        "measures.csv", "legal_basis", "alternative"
    )

    assert set(DATA_MESSAGES) == in_files
    assert len(DATA_MESSAGES) == len(set(DATA_MESSAGES))
