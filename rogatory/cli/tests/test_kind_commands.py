"""`rogatory kinds`, `rogatory schema request --kind` and `rogatory request check` for every kind."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rogatory.requests.kinds import KIND_CODES
from rogatory.requests.tests.kind_examples import complete_example

Run = Callable[..., tuple[int, str, str]]


def test_kinds_prints_one_line_per_kind_with_its_legal_basis_lifecycle_and_required_count(
    rogatory: Run,
) -> None:
    status, out, _ = rogatory("kinds")

    lines = out.splitlines()
    assert status == 0
    assert lines[0].split() == ["code", "legal", "basis", "lifecycle", "required"]
    assert [line.split()[0] for line in lines[1:]] == list(KIND_CODES)
    epoc = next(line for line in lines if line.startswith("epoc "))
    assert epoc.split("  ")[0] == "epoc"
    assert "Regulation (EU) 2023/1543, Art. 4-5, Annex I" in epoc
    assert epoc.split()[-2:] == ["disclosure", "15"]


def test_kinds_as_json_gives_sections_clocks_and_follows(rogatory: Run) -> None:
    status, out, _ = rogatory("kinds", "--json")

    kinds = {kind["code"]: kind for kind in json.loads(out)}
    assert status == 0
    assert kinds["mla_subscriber"]["follows"] == ["preservation"]
    assert kinds["epoc_pr"]["clocks"][0] == {
        "clock": "preservation_period",
        "hours": 1440,
        "source": "Regulation (EU) 2023/1543, Art. 11(1): 60 days unless confirmed.",
    }


def test_schema_request_for_a_kind_lists_its_details(rogatory: Run) -> None:
    status, out, _ = rogatory("schema", "request", "--kind", "transborder_access")

    details = json.loads(out)["properties"]["details"]
    assert status == 0
    assert details["properties"]["access_basis"]["enum"] == ["public", "consent"]
    assert details["properties"]["accessed_at"] == {
        "type": "string",
        "format": "date-time",
        "title": "Date and time of the access (with time zone)",
        "description": "Art. 32: the date and time of the access are missing.",
    }
    assert "consenting_person" not in details["required"]  # only when the basis is consent


def test_schema_request_refuses_an_unknown_kind(
    rogatory: Run, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        rogatory("schema", "request", "--kind", "letter")

    assert exit_info.value.code == 2
    assert "argument --kind: unknown request kind 'letter'; known: preservation," in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize("kind", KIND_CODES)
def test_check_accepts_the_complete_example_of_every_kind(
    rogatory: Run, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.json"
    path.write_text(json.dumps(complete_example(kind)), encoding="utf-8")

    status, out, _ = rogatory("request", "check", str(path))

    assert (status, out.splitlines()[-1]) == (0, "complete: no blocking defect")


def test_check_names_a_missing_detail_of_a_kind(rogatory: Run, tmp_path: Path) -> None:
    data: dict[str, Any] = complete_example("epoc")
    del data["details"]["addressee"]
    path = tmp_path / "epoc.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    status, out, _ = rogatory("request", "check", str(path))

    assert status == 1
    assert (
        "error    details.addressee: EPOC section B: name the provider's designated "
        "establishment or legal representative."
    ) in out.splitlines()


def test_render_writes_the_pdf_of_another_kind(rogatory: Run, tmp_path: Path) -> None:
    source = tmp_path / "epoc.json"
    source.write_text(json.dumps(complete_example("epoc")), encoding="utf-8")
    pdf = tmp_path / "epoc.pdf"

    status, out, _ = rogatory("request", "render", str(source), "--pdf", str(pdf))

    assert status == 0
    assert out.startswith(f"wrote {pdf} (")
    assert pdf.read_bytes().startswith(b"%PDF")
