"""`rogatory schema request`, `rogatory audit verify`, `rogatory docs lifecycle`, and the
installed entry point run as a real process."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings

from rogatory.audit.models import AuditChainHead, AuditEvent
from rogatory.cli.docs import render_lifecycle_markdown
from rogatory.requests.document import request_json_schema

Run = Callable[..., tuple[int, str, str]]
REPOSITORY = Path(settings.BASE_DIR)
ENTRY_POINT = Path(sys.executable).parent / "rogatory"


def test_schema_request_prints_the_json_schema(rogatory: Run) -> None:
    status, out, err = rogatory("schema", "request")

    assert (status, err) == (0, "")
    assert json.loads(out) == request_json_schema()
    assert json.loads(out)["$id"] == "https://rogatory.example.org/schema/request/1"


@pytest.mark.django_db
def test_audit_verify_counts_the_intact_chain(rogatory: Run, alices_request: Any) -> None:
    count = AuditEvent.objects.count()
    assert count >= 1

    status, out, err = rogatory("audit", "verify")

    assert (status, out, err) == (0, f"audit chain intact: {count} events verified\n", "")


@pytest.mark.django_db
def test_audit_verify_fails_and_names_the_first_bad_event(
    rogatory: Run, alices_request: Any
) -> None:
    count = AuditEvent.objects.count()
    # The head is not append-only (it moves with every event); claiming more events than the
    # log holds is what a deleted tail looks like.
    AuditChainHead.objects.filter(id=1).update(last_sequence=count + 3)

    status, out, err = rogatory("audit", "verify")

    assert (status, out) == (1, "")
    assert err == (
        f"audit chain broken at event #{count + 1}: the log ends at #{count} but the "
        f"chain head records #{count + 3} (truncated)\n"
    )


def test_the_committed_lifecycle_page_is_the_fresh_rendering() -> None:
    committed = (REPOSITORY / "docs" / "lifecycle.md").read_text(encoding="utf-8")

    assert committed == render_lifecycle_markdown(), (
        "docs/lifecycle.md is stale: run `rogatory docs lifecycle --output docs/lifecycle.md`"
    )


def test_the_lifecycle_page_has_a_table_and_a_diagram_per_family_and_direction() -> None:
    text = render_lifecycle_markdown()

    # preservation, disclosure, spontaneous: both directions; record: outgoing only.
    assert text.count("```mermaid\nstateDiagram-v2\n") == 7
    assert "## Records (Art. 32: nothing is transmitted)" in text
    assert "Kinds: `preservation`, `epoc_pr`, `provider_request`." in text
    assert (
        "| `approve` | `draft` | `approved` |  | A supervisor other than the drafter approves "
        "a complete request. |" in text
    )
    assert (
        "    [*] --> registered : register\n    registered --> acknowledged : acknowledge\n" in text
    )
    assert "    withdrawn --> [*]\n" in text


def test_docs_lifecycle_writes_the_output_file(rogatory: Run, tmp_path: Path) -> None:
    target = tmp_path / "lifecycle.md"

    status, out, _ = rogatory("docs", "lifecycle", "--output", str(target))

    assert (status, out) == (0, f"wrote {target}\n")
    assert target.read_text(encoding="utf-8") == render_lifecycle_markdown()


def _run_entry_point(*arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings"}
    return subprocess.run(
        [str(ENTRY_POINT), *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPOSITORY,
        env=environment,
        timeout=120,
        check=False,
    )


def test_the_installed_command_checks_a_document_from_stdin(
    complete_document: dict[str, Any],
) -> None:
    complete_document["signatory_name"] = ""

    result = _run_entry_point("request", "check", "-", stdin=json.dumps(complete_document))

    assert result.returncode == 1
    assert (
        "error    signatory_name: Signature: the name of the person signing is missing."
        in result.stdout.splitlines()
    )


def test_the_installed_command_prints_the_schema() -> None:
    result = _run_entry_point("schema", "request")

    assert (result.returncode, result.stderr) == (0, "")
    assert json.loads(result.stdout) == request_json_schema()


def test_the_committed_kinds_page_is_the_fresh_rendering() -> None:
    from rogatory.cli.docs import render_kinds_markdown

    committed = (Path(__file__).resolve().parents[3] / "docs" / "kinds.md").read_text()
    assert committed == render_kinds_markdown(), "run: rogatory docs kinds --output docs/kinds.md"


def test_the_kinds_page_names_each_required_field_with_its_message() -> None:
    from rogatory.cli.docs import render_kinds_markdown

    text = render_kinds_markdown()
    assert "## `epoc`: European Production Order Certificate (EPOC)" in text
    assert (
        "| `domestic_legal_basis` Domestic legal basis | long_text | yes | Art. 31 (T-CY item 11): "
        "the domestic legal basis is missing. |" in text
    )
    assert (
        "| `response_due` | 10 d | Regulation (EU) 2023/1543, Art. 10(2): at the latest 10 days after receipt. |"
        in text
    )
