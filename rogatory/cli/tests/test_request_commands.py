"""`rogatory request check | render | export`: exit statuses and exact output."""

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rogatory.audit.models import AuditAction, AuditEvent

Run = Callable[..., tuple[int, str, str]]
# The personae's IP address is in TEST-NET-2 (RFC 5737), which the check rightly calls reserved.
RESERVED_ADDRESS_WARNING = (
    "warning  data_items[1].value: Data item 2 (IP address 198.51.100.23): 198.51.100.23 is a "
    "private or reserved address; a provider abroad cannot identify its user."
)


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.django_db
def test_an_exported_request_checks_complete(
    rogatory: Run, alices_request: Any, tmp_path: Path
) -> None:
    status, exported, _ = rogatory("request", "export", str(alices_request.pk), "--as", "alice")
    assert status == 0
    path = tmp_path / "request.json"
    path.write_text(exported, encoding="utf-8")

    status, out, err = rogatory("request", "check", str(path))

    assert (status, err) == (0, "")
    assert out.splitlines()[-1] == "complete: no blocking defect"


@pytest.mark.django_db
def test_export_prints_the_document_the_check_accepts(rogatory: Run, alices_request: Any) -> None:
    from rogatory.requests.document import RequestDocument

    _, exported, _ = rogatory("request", "export", str(alices_request.pk), "--as", "alice")
    data = json.loads(exported)

    assert data["$schema"] == "https://rogatory.example.org/schema/request/1"
    assert data["our_reference"] == "FR-2026-0042"
    assert data["requested_authority"]["name"] == "Federal Criminal Police 24/7 contact point"
    assert RequestDocument.model_validate(data).data_items[1].value == "198.51.100.23"


@pytest.mark.django_db
def test_export_is_audited_as_an_export_by_the_named_user(
    rogatory: Run, alices_request: Any
) -> None:
    rogatory("request", "export", str(alices_request.pk), "--as", "alice")

    event = AuditEvent.objects.order_by("-sequence").first()
    assert event is not None
    assert (
        event.action,
        event.actor_username,
        event.actor_authority,
        event.source,
        event.object_id,
    ) == (AuditAction.EXPORT, "alice", "fr-ofmin-247", "cli", str(alices_request.pk))


@pytest.mark.django_db
def test_exporting_another_authoritys_request_is_not_found(
    rogatory: Run, alices_request: Any, dieter: Any
) -> None:
    status, out, err = rogatory("request", "export", str(alices_request.pk), "--as", "dieter")

    assert (status, out) == (1, "")
    assert err == f"error: request {alices_request.pk}: Not found.\n"
    event = AuditEvent.objects.order_by("-sequence").first()
    assert event is not None
    assert (event.action, event.actor_username, event.outcome) == (
        AuditAction.ACCESS_DENIED,
        "dieter",
        "not_found",
    )


@pytest.mark.django_db
def test_exporting_as_an_unknown_user_is_refused(rogatory: Run, alices_request: Any) -> None:
    status, out, err = rogatory("request", "export", str(alices_request.pk), "--as", "mallory")

    assert (status, out, err) == (2, "", "error: no active user named 'mallory'\n")


def test_export_requires_a_user(rogatory: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        rogatory("request", "export", "1")
    assert exit_info.value.code == 2
    assert "the following arguments are required: --as" in capsys.readouterr().err


@pytest.mark.django_db
def test_check_lists_each_defect_and_exits_1_when_one_blocks(
    rogatory: Run, complete_document: dict[str, Any], tmp_path: Path
) -> None:
    complete_document["summary_of_facts"] = ""
    complete_document["data_items"][1]["observed_at"] = "2026-11-20T14:03:27"
    complete_document["requesting_contact"] = {
        "email": "poc@fr.example",
        "time_zone": "Europe/Paris",
        "office_hours": "24/7",
    }
    for block in ("requesting_authority", "requested_authority", "custodian"):
        complete_document[block]["name"] = "A name"

    status, out, err = rogatory(
        "request", "check", str(write_json(tmp_path / "r.json", complete_document))
    )

    assert (status, err) == (1, "")
    assert out.splitlines() == [
        "error    summary_of_facts: Art. 29(2)(b): the summary of facts is missing.",
        "error    data_items[1].time_zone: Data item 2 (IP address 198.51.100.23): the date-time "
        "2026-11-20T14:03:27 has no time zone; state it (e.g. +01:00 or Europe/Paris), or the "
        "provider may look at the wrong hour.",
        RESERVED_ADDRESS_WARNING,
        "incomplete: 2 blocking defects",
    ]


def test_check_prints_warnings_without_failing(
    rogatory: Run, complete_document: dict[str, Any], tmp_path: Path
) -> None:
    complete_document["requesting_contact"] = {
        "email": "poc@fr.example",
        "time_zone": "Europe/Paris",
    }
    complete_document["data_items"][1]["port"] = None
    for block in ("requesting_authority", "requested_authority", "custodian"):
        complete_document[block]["name"] = "A name"

    status, out, _ = rogatory(
        "request", "check", str(write_json(tmp_path / "r.json", complete_document))
    )

    assert status == 0
    assert out.splitlines() == [
        "warning  requesting_contact.office_hours: Item 5: the requesting authority's office "
        "hours are missing (or say it is reachable 24/7).",
        RESERVED_ADDRESS_WARNING,
        "warning  data_items[1].port: Data item 2 (IP address 198.51.100.23): no source port; if "
        "the address is shared (CGNAT) the provider cannot tell its subscribers apart without it.",
        "complete: no blocking defect",
    ]


def test_check_reads_standard_input(rogatory: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('{"our_reference": "X-1"}'))

    status, out, _ = rogatory("request", "check", "-")

    assert status == 1
    assert "error    offence: Art. 29(2)(b): the offence is not named." in out.splitlines()


def test_malformed_json_is_one_line_and_exit_2(rogatory: Run, tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"our_reference": "X-1",\n  "offence": }', encoding="utf-8")

    status, out, err = rogatory("request", "check", str(path))

    assert (status, out) == (2, "")
    assert err == f"error: {path}: not valid JSON: Expecting value (line 2, column 14)\n"


def test_a_schema_violation_is_one_line_and_exit_2(rogatory: Run, tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "r.json",
        {"urgency": "whenever", "colour": "blue", "data_items": [{"value": "x"}]},
    )

    status, out, err = rogatory("request", "check", str(path))

    assert (status, out) == (2, "")
    assert err == (
        f"error: {path}: not a request document: data_items.0.identifier_type: Field required; "
        "urgency: Input should be 'normal', 'urgent' or 'emergency'; colour: Extra inputs are "
        "not permitted\n"
    )


def test_a_document_that_is_not_an_object_is_refused(rogatory: Run, tmp_path: Path) -> None:
    path = write_json(tmp_path / "r.json", [1, 2])

    status, _, err = rogatory("request", "check", str(path))

    assert status == 2
    assert err == (
        f"error: {path}: not a request document: (document): Input should be a "
        "valid dictionary or instance of RequestDocument\n"
    )


def test_a_missing_file_is_named(rogatory: Run, tmp_path: Path) -> None:
    status, _, err = rogatory("request", "check", str(tmp_path / "absent.json"))

    assert (status, err) == (2, f"error: {tmp_path / 'absent.json'}: no such file\n")


def test_render_writes_a_pdf_and_a_docx(
    rogatory: Run, complete_document: dict[str, Any], tmp_path: Path
) -> None:
    source = write_json(tmp_path / "r.json", complete_document)
    pdf, docx = tmp_path / "out.pdf", tmp_path / "out.docx"

    status, out, err = rogatory(
        "request", "render", str(source), "--lang", "en,fr", "--pdf", str(pdf), "--docx", str(docx)
    )

    assert (status, err) == (0, "")
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert docx.read_bytes().startswith(b"PK\x03\x04")
    assert out.splitlines() == [
        f"wrote {pdf} ({pdf.stat().st_size} bytes)",
        f"wrote {docx} ({docx.stat().st_size} bytes)",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.docx", "out.pdf", "r.json"]


def test_render_refuses_an_unknown_language(
    rogatory: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        rogatory("request", "render", "r.json", "--lang", "en,xx", "--pdf", "o.pdf")
    assert exit_info.value.code == 2
    assert (
        "argument --lang: give two form languages among ar, en, es, fr, pt, ru, zh, e.g. en,fr (got 'en,xx')"
    ) in capsys.readouterr().err


def test_render_of_a_malformed_file_writes_nothing(rogatory: Run, tmp_path: Path) -> None:
    source = tmp_path / "r.json"
    source.write_text("{", encoding="utf-8")

    status, _, err = rogatory("request", "render", str(source), "--pdf", str(tmp_path / "o.pdf"))

    assert status == 2
    assert err.startswith(f"error: {source}: not valid JSON: ")
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_render_needs_an_output(rogatory: Run, tmp_path: Path) -> None:
    status, _, err = rogatory("request", "render", str(tmp_path / "r.json"))

    assert (status, err) == (2, "error: say what to write: --pdf OUT.pdf and/or --docx OUT.docx\n")
