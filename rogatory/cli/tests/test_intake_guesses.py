"""`rogatory intake FILE --json` prints the requesting authority guessed and the letter's date."""

import json
from pathlib import Path
from typing import Any

import pytest

from rogatory.cli import main

MAIL = (
    "From: Camille Fictive <poc247@fr-ofmin.example>\n"
    "Subject: Demande de conservation\n\n"
    "RÉQUISITION JUDICIAIRE\n"
    "Réf. : PARQUET/2025/04417\n"
    "Lyon, le 12 mars 2025\n"
    "Nous vous prions de conserver les données du compte « loup_gris77 ».\n"
)


def test_the_json_output_carries_the_guess_and_the_letter_date(
    directory: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "lettre.txt"
    letter.write_text(MAIL, encoding="utf-8")
    status = main(["intake", str(letter), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert status == 0
    guess = result["requesting_authority"]
    assert (guess["code"], guess["confidence"]) == ("fr-ofmin-247", 0.95)
    assert MAIL[guess["span"]["start"] : guess["span"]["end"]] == "poc247@fr-ofmin.example"
    assert result["request_date"] == "2025-03-12"
    assert "loup_gris77" in [i["normalized"] for i in result["identifiers"]]


def test_stored_with_as_the_receiving_authority_is_never_guessed(
    dieter: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    letter = tmp_path / "lettre.txt"
    letter.write_text(MAIL.replace("poc247@fr-ofmin.example", "desk247@de-bka.example"))
    status = main(["intake", str(letter), "--json", "--as", "dieter"])
    result = json.loads(capsys.readouterr().out)
    assert status == 0
    assert result["requesting_authority"]["code"] == ""
    assert result["requesting_authority"]["reason"] == (
        "No authority of the directory is named in the letter."
    )
    assert result["request_date"] == "2025-03-12"
