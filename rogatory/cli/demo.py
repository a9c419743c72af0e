"""`rogatory demo`: migrate, load the demo data, then run and supervise the web server, the
background worker, the sweeper and a local SMTP debugging server until Ctrl-C or SIGTERM.

The web server is Django's runserver (``--noreload --insecure`` so it serves the admin's static
files without DEBUG): fine for a demo on 127.0.0.1, not for production. Mail goes to an
aiosmtpd server this command starts on the configured SMTP host and port (default
127.0.0.1:8025), which stores every message as a file in a maildir under the data directory:
the demo exercises the same SMTP path as production and nothing leaves the machine.
"""

import argparse
import importlib.util
import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from django.conf import settings
from django.core.management import call_command

from rogatory.cli.demo_data import demo_sign_ins, load_demo_data

SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
STOP_GRACE_SECONDS = 10.0


@dataclass
class Child:
    name: str
    process: subprocess.Popen[bytes]


def _web_command(port: int) -> list[str]:
    manage = Path(settings.BASE_DIR) / "manage.py"
    return [
        sys.executable,
        str(manage),
        "runserver",
        f"127.0.0.1:{port}",
        "--noreload",
        "--insecure",
    ]


def _worker_command() -> list[str]:
    if importlib.util.find_spec("rogatory.cli.worker") is not None:
        return [sys.executable, "-m", "rogatory.cli", "worker"]
    return [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), "db_worker"]


def _sweeper_command() -> list[str]:
    return [sys.executable, "-m", "rogatory.cli", "sweep"]


def _mail_settings() -> tuple[bool, str, int]:
    mailer: dict[str, Any] = settings.MAILERS["default"]
    options: dict[str, Any] = mailer.get("OPTIONS", {})
    return (
        mailer.get("BACKEND") == SMTP_BACKEND,
        str(options.get("host", "127.0.0.1")),
        int(options.get("port", 8025)),
    )


def _smtp_command(host: str, port: int, maildir: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "aiosmtpd",
        "-n",
        "-l",
        f"{host}:{port}",
        "-c",
        "aiosmtpd.handlers.Mailbox",
        str(maildir),
    ]


def _start(name: str, command: list[str]) -> Child:
    # A session of its own: Ctrl-C reaches only this supervisor, which stops the children in
    # order, instead of every process receiving SIGINT at once.
    process = subprocess.Popen(command, cwd=settings.BASE_DIR, start_new_session=True)  # noqa: S603
    print(f"started {name} (pid {process.pid})", flush=True)
    return Child(name, process)


def _stop(children: list[Child]) -> bool:
    """Ask every child to stop (SIGTERM), then kill those still running after the grace period."""
    for child in reversed(children):
        if child.process.poll() is None:
            child.process.terminate()
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    clean = True
    for child in reversed(children):
        remaining = max(0.1, deadline - time.monotonic())
        try:
            child.process.wait(timeout=remaining)
        except subprocess.TimeoutExpired:
            child.process.kill()
            child.process.wait()
            clean = False
        print(
            f"stopped {child.name} (pid {child.process.pid}, "
            f"exit status {child.process.returncode})",
            flush=True,
        )
    return clean


def _print_banner(port: int, mail: str) -> None:
    print("", flush=True)
    print(f"Rogatory demo: http://127.0.0.1:{port}/  (admin: http://127.0.0.1:{port}/admin/)")
    print("Demo sign-ins (fictional people; passwords for this local demo only):")
    for user in demo_sign_ins():
        print(f"  {user.username:<8} {user.password:<30} {user.description}")
    print(f"Mail: {mail}")
    print("Stop with Ctrl-C.", flush=True)


def handle(arguments: argparse.Namespace) -> int:
    """Prepare the database and demo data; unless --load-only, run and supervise the services."""
    Path(settings.DATA_DIR).mkdir(parents=True, exist_ok=True)
    # WeasyPrint logs every layout step at INFO; the demo's console is for the sign-ins.
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    call_command("migrate", interactive=False, verbosity=0)
    summary = load_demo_data()
    print(summary.describe(), flush=True)
    if arguments.load_only:
        for user in demo_sign_ins():
            print(f"  {user.username:<8} {user.password:<30} {user.description}")
        return 0

    port = arguments.port or int(os.environ.get("ROGATORY_PORT", "8000"))
    stopping = False

    def request_stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)

    children: list[Child] = []
    is_smtp, host, smtp_port = _mail_settings()
    if is_smtp and importlib.util.find_spec("aiosmtpd") is not None:
        maildir = Path(settings.DATA_DIR) / "mail"
        children.append(_start("mail server", _smtp_command(host, smtp_port, maildir)))
        mail = (
            f"delivered to the demo SMTP server on {host}:{smtp_port}; "
            f"every message is a file in {maildir}/new/"
        )
    elif is_smtp:
        mail = (
            f"sent by SMTP to {host}:{smtp_port}; aiosmtpd is not installed, so start a "
            "mail server there yourself (uv sync installs it)"
        )
    else:
        mail = f"handled by {settings.MAILERS['default']['BACKEND']}"
    children.append(_start("web server", _web_command(port)))
    children.append(_start("worker", _worker_command()))
    children.append(_start("sweeper", _sweeper_command()))
    _print_banner(port, mail)

    failed: Child | None = None
    while not stopping:
        for child in children:
            if child.process.poll() is not None:
                failed = child
                break
        if failed is not None:
            print(
                f"{failed.name} exited with status {failed.process.returncode}: stopping the demo",
                file=sys.stderr,
                flush=True,
            )
            break
        time.sleep(0.2)
    clean = _stop(children)
    print("demo stopped", flush=True)
    return 1 if failed is not None or not clean else 0


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "demo", help="Migrate, load the fictional demo data and run web + worker + sweeper."
    )
    parser.add_argument(
        "--load-only", action="store_true", help="Migrate and load the demo data, then exit."
    )
    parser.add_argument(
        "--port", type=int, default=None, help="Web server port (default: $ROGATORY_PORT or 8000)."
    )
    parser.set_defaults(handler=handle)
