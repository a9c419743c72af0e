"""`rogatory directory`: import, export, countries from the command line."""

from typing import Any

import pytest

from rogatory.cli import main
from rogatory.directory.document import CSV_COLUMNS
from rogatory.directory.models import Authority, ContactPoint, TreatyMembership
from rogatory.directory.queries import export_directory

HEADER = ",".join(CSV_COLUMNS)


def _csv_row(**cells: str) -> str:
    return ",".join(cells.get(column, "") for column in CSV_COLUMNS)


def _wipe_directory() -> None:
    ContactPoint.objects.all().delete()
    Authority.objects.all().delete()
    TreatyMembership.objects.all().delete()


def test_cli_import_reports_the_error_and_exits_1(
    db: Any, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "\n".join(
            [
                HEADER,
                _csv_row(
                    record="authority",
                    authority_code="q-1",
                    name="Q",
                    authority_type="police",
                    country="QQ",
                ),
            ]
        )
    )
    assert main(["directory", "import", str(bad)]) == 1
    assert capsys.readouterr().err == (
        "error: row 2, field 'country': unknown country 'QQ'. Nothing was imported.\n"
    )


def test_cli_export_and_import_round_trip(
    directory: dict[str, Any], tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "directory.json"
    assert main(["directory", "export", "--format", "json", "--output", str(target)]) == 0
    _wipe_directory()
    assert main(["directory", "import", str(target)]) == 0
    output = capsys.readouterr().out
    assert "authorities: 3 created, 0 updated; contact points: 3 created, 0 updated" in output
    assert export_directory("json") == target.read_text(encoding="utf-8")


def test_cli_countries_counts_them_and_lists_the_busiest(
    directory: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["directory", "countries", "--limit", "3"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "249 countries"
    assert lines[1:] == [
        "  FR  France: 1 authority  [budapest:party, eu:member]",
        "  DE  Germany: 1 authority  [budapest:party, eu:member]",
        "  IE  Ireland: 1 authority  [eu:member]",
    ]
