"""`rogatory identifiers who-asked`: the deconfliction look-up from the shell."""

import json
from typing import Any

import pytest

from rogatory.audit.models import AuditEvent
from rogatory.cli import build_parser
from rogatory.deconfliction.services import reindex_request, value_digest
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request

pytestmark = pytest.mark.django_db


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    arguments = build_parser().parse_args(list(argv))
    status = arguments.handler(arguments)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_another_unit_sees_who_asked_but_not_the_content(
    alice: Any, dieter: Any, complete_document: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    request = create_request(alice, RequestDocument.model_validate(complete_document))
    reindex_request(request.pk)
    status, out, _ = run(
        capsys,
        "identifiers",
        "who-asked",
        "email",
        "suspect.owl@EXAMPLEMAIL.example",
        "--as",
        "dieter",
    )
    assert status == 0
    assert out.startswith(
        "Office for Cybercrime, 24/7 point of contact [fr-ofmin-247] (not yours to open) · Draft · "
        "2026-11-29 · provider ExampleMail Ltd · "
    )
    assert "contact Permanence 24/7, poc247@fr-ofmin.example, +33 1 00 00 00 01" in out
    assert "FR-2026-0042" not in out
    event = AuditEvent.objects.filter(object_type="identifier_lookup").get()
    assert event.actor_username == "dieter"
    assert event.details["sha256"] == value_digest("suspect.owl@examplemail.example")

    status, out, _ = run(
        capsys,
        "identifiers",
        "who-asked",
        "email",
        "suspect.owl@examplemail.example",
        "--as",
        "alice",
        "--json",
    )
    assert status == 0
    [row] = json.loads(out)
    assert (row["our_reference"], row["kind"], row["visible"]) == (
        "FR-2026-0042",
        "preservation",
        True,
    )


def test_bad_input_is_one_line_and_exit_2(alice: Any, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "identifiers", "who-asked", "fax", "1", "--as", "alice")
    assert status == 2
    assert err.startswith("error: Unknown identifier type 'fax': give one of ip_address")
    status, _, err = run(
        capsys,
        "identifiers",
        "who-asked",
        "ip_address",
        "198.51.100.23",
        "--as",
        "alice",
        "--at",
        "2026-11-20T14:03",
    )
    assert (status, err) == (
        2,
        "error: --at needs a time zone offset, e.g. 2026-11-20T14:03+01:00\n",
    )
    status, _, err = run(
        capsys, "identifiers", "who-asked", "email", "a@b.example", "--as", "nobody"
    )
    assert (status, err) == (2, "error: no active user named 'nobody'\n")
