"""Shared fixture for everyone: a real SMTP server (aiosmtpd) on 127.0.0.1, on a free port.

`smtp_server` points settings.MAILERS["default"] at it and exposes the received messages parsed
with the standard `email` package. The root conftest loads this module as a pytest plugin, so the
fixtures (`smtp_server`, `smtp_down`, `media_root`) are available to every test.
"""

import logging
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@dataclass
class ReceivedMail:
    """One message as the SMTP server received it."""

    sender: str
    recipients: list[str]
    message: EmailMessage

    def pdf_attachments(self) -> list[tuple[str, bytes]]:
        """Return (file name, bytes) of every PDF attached."""
        found = []
        for part in self.message.iter_attachments():
            if part.get_content_type() == "application/pdf":
                payload = part.get_payload(decode=True)
                assert isinstance(payload, bytes)
                found.append((part.get_filename() or "", payload))
        return found

    def text(self) -> str:
        """Return the plain-text body."""
        body = self.message.get_body(preferencelist=("plain",))
        assert body is not None
        content: str = body.get_content()
        return content


@dataclass
class _Recorder:
    received: list[ReceivedMail] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or envelope.content
        assert isinstance(content, bytes)
        parsed = message_from_bytes(content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        with self.lock:
            self.received.append(
                ReceivedMail(
                    sender=str(envelope.mail_from),
                    recipients=[str(address) for address in envelope.rcpt_tos],
                    message=parsed,
                )
            )
        return "250 Message accepted for delivery"


@dataclass
class SmtpServer:
    """The running server: its port and what it received."""

    host: str
    port: int
    recorder: _Recorder

    @property
    def messages(self) -> list[ReceivedMail]:
        with self.recorder.lock:
            return list(self.recorder.received)

    def to(self, address: str) -> list[ReceivedMail]:
        """Return the messages delivered to one recipient."""
        return [mail for mail in self.messages if address in mail.recipients]


def mailers_for(host: str, port: int) -> dict[str, Any]:
    """Return a MAILERS setting that sends through SMTP at host:port."""
    return {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": host, "port": port, "use_tls": False, "timeout": 5},
        }
    }


@pytest.fixture
def smtp_server(settings: Any) -> Iterator[SmtpServer]:
    """A real SMTP server on 127.0.0.1 that the default mailer sends to."""
    # aiosmtpd logs each connection from its own thread, sometimes after pytest has closed the
    # captured stream; its INFO chatter says nothing a test asserts.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    recorder = _Recorder()
    port = free_port()
    controller = Controller(recorder, hostname="127.0.0.1", port=port)
    controller.start()
    settings.MAILERS = mailers_for("127.0.0.1", port)
    try:
        yield SmtpServer(host="127.0.0.1", port=port, recorder=recorder)
    finally:
        controller.stop()


@pytest.fixture
def smtp_down(settings: Any) -> int:
    """Point the default mailer at a port on 127.0.0.1 where nothing listens."""
    port = free_port()
    settings.MAILERS = mailers_for("127.0.0.1", port)
    return port


@pytest.fixture
def media_root(settings: Any, tmp_path: Any) -> Any:
    """Store rendered documents under the test's own temporary directory."""
    settings.MEDIA_ROOT = tmp_path / "files"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def _media_in_tmp(media_root: Any) -> None:
    # Applies to tests under tests/: rendered files never land in the working tree.
    return None
