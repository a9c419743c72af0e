"""The demo: its data loads idempotently through the services, its people can sign in and see
only their own authority's requests, and `rogatory demo` runs and stops its processes."""

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import authenticate
from django.test import Client

from rogatory.accounts.models import User
from rogatory.audit.models import AuditAction, AuditEvent
from rogatory.audit.queries import verify_audit_chain
from rogatory.cli.demo_data import DEMO_USERS, load_demo_data
from rogatory.core.errors import NotFound
from rogatory.directory.models import Authority, ContactPoint
from rogatory.requests.access import access_request, requests_visible_to
from rogatory.requests.models import ClockRule, CooperationRequest, RequestTransition
from tests.smtp import SmtpServer, free_port

ROOT = Path(__file__).resolve().parent.parent


def _counts() -> dict[str, int]:
    return {
        "authorities": Authority.objects.count(),
        "contact_points": ContactPoint.objects.count(),
        "users": User.objects.count(),
        "requests": CooperationRequest.objects.count(),
        "transitions": RequestTransition.objects.count(),
        "clock_rules": ClockRule.objects.count(),
    }


@pytest.fixture
def demo(db: Any, smtp_server: SmtpServer, django_capture_on_commit_callbacks: Any) -> SmtpServer:
    # The test runs inside a transaction: run the e-mail deliveries queued at commit.
    with django_capture_on_commit_callbacks(execute=True):
        load_demo_data()
    return smtp_server


def test_loading_the_demo_data_twice_keeps_the_counts(demo: SmtpServer) -> None:
    first = _counts()
    assert first["authorities"] == 12
    assert first["users"] == 5
    assert first["requests"] == 6
    summary = load_demo_data()
    assert summary.describe() == "demo data already loaded: nothing to do"
    assert _counts() == first
    assert verify_audit_chain().is_intact
    delivered = demo.to("desk247@demo-de-poc.example")
    assert len(delivered) == 2
    assert all(len(mail.pdf_attachments()) == 1 for mail in delivered)
    states = dict(CooperationRequest.objects.values_list("our_reference", "state"))
    assert states == {
        "FR-DEMO-2026-001": "draft",
        "FR-DEMO-2026-002": "approved",
        "FR-DEMO-2026-003": "acknowledged",
        "FR-DEMO-2026-004": "preservation_confirmed",
        "DE-IN-2026-001": "registered",
        "FR-IN-2026-001": "preservation_ordered",
    }
    request = CooperationRequest.objects.get(our_reference="FR-DEMO-2026-004")
    assert request.preservation_expires_at is not None
    assert request.preservation_confirmed_at is not None
    period = request.preservation_expires_at - request.preservation_confirmed_at
    assert period.days == 90
    rule = ClockRule.objects.get(provider__code="demo-ie-postboxmail")
    assert rule.source.startswith("provider policy (~)")
    chinese = CooperationRequest.objects.get(our_reference="DE-IN-2026-001")
    arabic = CooperationRequest.objects.get(our_reference="FR-IN-2026-001")
    assert "犯罪嫌疑人" in chinese.summary_of_facts
    assert "للابتزاز" in arabic.summary_of_facts
    assert chinese.direction == arabic.direction == "incoming"


def test_every_demo_user_can_sign_in_and_sees_only_their_authoritys_requests(
    demo: SmtpServer,
) -> None:
    for demo_user in DEMO_USERS:
        assert len(demo_user.password) >= 12
        user = authenticate(username=demo_user.username, password=demo_user.password)
        assert user is not None, demo_user.username
        assert user.role == demo_user.role
        client = Client()
        response = client.post(
            "/accounts/login/", {"username": demo_user.username, "password": demo_user.password}
        )
        assert response.status_code == 302, demo_user.username
        assert client.get("/").status_code == 200
    administrator = Client()
    administrator.force_login(User.objects.get(username="ada"))
    assert administrator.get("/admin/directory/authority/").status_code == 200
    lucie = User.objects.get(username="lucie")
    jonas = User.objects.get(username="jonas")
    french = set(requests_visible_to(lucie).values_list("our_reference", flat=True))
    german = set(requests_visible_to(jonas).values_list("our_reference", flat=True))
    assert french == {
        "FR-DEMO-2026-001",
        "FR-DEMO-2026-002",
        "FR-DEMO-2026-003",
        "FR-DEMO-2026-004",
        "FR-IN-2026-001",
    }
    assert german == {"DE-IN-2026-001"}
    events = AuditEvent.objects.filter(action=AuditAction.PERMISSION_CHANGE)
    assert sorted(event.details["username"] for event in events) == [
        "ada",
        "hanna",
        "jonas",
        "lucie",
        "marc",
    ]
    outgoing = CooperationRequest.objects.get(our_reference="FR-DEMO-2026-003")
    assert access_request(lucie, outgoing.pk).our_reference == "FR-DEMO-2026-003"
    with pytest.raises(NotFound):
        access_request(jonas, outgoing.pk)


def _wait_for(url: str, process: subprocess.Popen[str], timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return -1
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - 127.0.0.1
                return int(response.status)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    return 0


def _is_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); its state in /proc says it is gone.
    status = Path(f"/proc/{pid}/status")
    return status.exists() and "zombie" not in status.read_text()


def test_rogatory_demo_serves_the_sign_in_page_and_stops_all_children_on_sigterm(
    tmp_path: Path,
) -> None:
    port = free_port()
    environment = {
        **os.environ,
        "ROGATORY_DATABASE": "sqlite",
        "ROGATORY_SQLITE_PATH": str(tmp_path / "demo.sqlite3"),
        "ROGATORY_DATA_DIR": str(tmp_path),
        "ROGATORY_PORT": str(port),
        "ROGATORY_SMTP_PORT": str(free_port()),
        "ROGATORY_SWEEP_INTERVAL_SECONDS": "1",
        "PYTHONUNBUFFERED": "1",
    }
    log = (tmp_path / "demo.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "rogatory.cli", "demo"],
        cwd=ROOT,
        env=environment,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        status = _wait_for(f"http://127.0.0.1:{port}/accounts/login/", process, timeout=180)
        output = Path(log.name).read_text()
        assert status == 200, output
        assert f"Rogatory demo: http://127.0.0.1:{port}/" in output
        assert "lucie    demo-lucie-officer-2026" in output
        children = {
            name: int(pid) for name, pid in re.findall(r"started (.+?) \(pid (\d+)\)", output)
        }
        assert set(children) == {"mail server", "web server", "worker", "sweeper"}
        assert all(_is_running(pid) for pid in children.values())
        # The worker delivers the two requests the demo sent to the demo's own mail server.
        maildir = tmp_path / "mail" / "new"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(list(maildir.glob("*"))) < 2:
            time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()
    output = Path(log.name).read_text()
    assert output.rstrip().endswith("demo stopped")
    assert not [name for name, pid in children.items() if _is_running(pid)]
    assert len(list((tmp_path / "mail" / "new").iterdir())) == 2
