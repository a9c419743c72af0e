"""`rogatory sweep`: one pass prints what it did; the long-running loop stops cleanly on SIGTERM."""

import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import time_machine

from rogatory.cli import build_parser
from rogatory.deconfliction.tests.test_alerts import _dieters
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request
from rogatory.requests.tests.test_sweeps import SENT_AT, preserved_request
from tests.smtp import SmtpServer

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[1]


def test_sweep_once_prints_what_it_did(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    preserved_request(alice, bruno, complete_document)
    with time_machine.travel(SENT_AT + timedelta(days=50), tick=False):
        # Through the parser, not main(): main() would set Django up again and bind the log
        # handler to this test's captured stderr.
        arguments = build_parser().parse_args(["sweep", "--once"])
        assert arguments.handler(arguments) == 0
    assert capsys.readouterr().out == (
        "preservations expired: 0\n"
        "expiry reminders raised: 1\n"
        "overdue answers reminded: 0\n"
        "overdue validations reminded: 0\n"
        "acknowledgement chases raised: 0\n"
        "requests indexed for deconfliction: 1\n"
        "reminder e-mails handled: 1\n"
        "transmissions handled: 0\n"
    )
    assert len(smtp_server.messages) == 1


def test_one_pass_indexes_and_emails_the_match_alerts_to_both_units(
    alice: Any,
    dieter: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    create_request(alice, RequestDocument.model_validate(complete_document))
    _dieters(dieter, complete_document)
    arguments = build_parser().parse_args(["sweep", "--once"])
    assert arguments.handler(arguments) == 0
    out = capsys.readouterr().out
    # Indexing runs before the e-mail sweep: the alerts it raised leave in the same pass.
    assert "requests indexed for deconfliction: 2\n" in out
    assert "reminder e-mails handled: 2\n" in out
    assert len(smtp_server.messages) == 2


def _wait_for(stream_path: Path, text: str, process: "subprocess.Popen[bytes]") -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        content = stream_path.read_text(encoding="utf-8", errors="replace")
        if text in content:
            return content
        if process.poll() is not None:
            break
        time.sleep(0.1)
    return stream_path.read_text(encoding="utf-8", errors="replace")


@pytest.mark.django_db(transaction=False)
def test_the_sweeper_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "ROGATORY_DATABASE": "sqlite",
        "ROGATORY_SQLITE_PATH": str(tmp_path / "sweeper.sqlite3"),
        "ROGATORY_DATA_DIR": str(tmp_path),
        "ROGATORY_SWEEP_INTERVAL_SECONDS": "3600",
        "ROGATORY_LOG_LEVEL": "INFO",
    }
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--verbosity", "0"],
        cwd=ROOT,
        env=environment,
        check=True,
        timeout=180,
    )
    log_path = tmp_path / "sweeper.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "rogatory.cli", "sweep"],
            cwd=ROOT,
            env=environment,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            started = _wait_for(log_path, "sweeper started (interval 3600.0 s)", process)
            assert "sweeper started (interval 3600.0 s)" in started
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()
    log_text = log_path.read_text(encoding="utf-8")
    assert "sweeper: SIGTERM received, stopping after the current unit" in log_text
    assert log_text.rstrip().endswith("sweeper stopped")
