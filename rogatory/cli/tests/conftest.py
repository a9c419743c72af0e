"""CLI fixtures: a stored request of alice's and a helper that runs `rogatory` in-process."""

from collections.abc import Callable
from typing import Any

import pytest

from rogatory.cli import main


@pytest.fixture
def alices_request(alice: Any, complete_document: dict[str, Any]) -> Any:
    """A complete outgoing draft of the French point of contact, drafted by alice."""
    from rogatory.requests.document import RequestDocument
    from rogatory.requests.services import create_request

    return create_request(alice, RequestDocument.model_validate(complete_document))


@pytest.fixture
def rogatory(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run `rogatory ARGS...` in this process; return (exit status, stdout, stderr)."""

    def run(*arguments: str) -> tuple[int, str, str]:
        status = main(list(arguments))
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run
