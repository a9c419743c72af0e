import json
from pathlib import Path
from typing import Any

import pytest

from rogatory.cli import main
from rogatory.intake.models import BatchStage, IntakeBatch

LETTER = "Réquisition. Réf. : PARQUET/2025/04417. Conservation des données (article 29) du compte https://forum-exemple.fr/u/vent_du_nord"


def _run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.mark.django_db
def test_one_file_prints_its_language_kind_identifiers_and_flags_without_storing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    status, out, _ = _run(capsys, "intake", str(letter), "--json")
    result = json.loads(out)
    assert status == 0
    assert result["language"] == "fr"
    assert result["kind"] == {"value": "preservation", "confidence": 0.95}
    url = next(i for i in result["identifiers"] if i["type"] == "url")
    assert LETTER[url["start"] : url["end"]] == url["value"]
    assert url["page"] == 1
    assert "article_29_items_missing" in [f["code"] for f in result["flags"]]
    assert IntakeBatch.objects.count() == 0


@pytest.mark.django_db
def test_several_files_print_one_json_line_each_with_its_file_and_a_progress_bar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = []
    for index in range(3):
        path = tmp_path / f"n{index}.txt"
        path.write_text(LETTER, encoding="utf-8")
        names.append(str(path))
    status, out, err = _run(capsys, "intake", *names)
    lines = [json.loads(line) for line in out.splitlines()]
    assert status == 0
    assert [line["file"] for line in lines] == names
    assert err.endswith("] 3/3\n")


@pytest.mark.django_db
def test_as_a_user_the_intake_is_stored_for_that_users_authority(
    dieter: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(LETTER, encoding="utf-8")
    status, out, _ = _run(capsys, "intake", str(letter), "--json", "--as", "dieter")
    result = json.loads(out)
    assert status == 0
    assert result["stage"] == BatchStage.DRAFTED
    assert result["draft"]["their_reference"] == "PARQUET/2025/04417"
    batch = IntakeBatch.objects.get()
    assert batch.owner_authority_id == dieter.authority_id


@pytest.mark.django_db
def test_a_refused_file_prints_its_error_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    status, out, _ = _run(capsys, "intake", str(bad), "--json")
    assert status == 1
    assert json.loads(out) == {"error": "The PDF is damaged and cannot be read."}
