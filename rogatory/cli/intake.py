"""`rogatory intake FILE...`: read incoming files and print their language, kind, identifiers, flags.

Without --as nothing is written: the stages run in memory. With --as USER the files are stored
as one intake of that user's authority and its draft is prepared, through the same services as
the web and the API.

`rogatory intake watch DIR --as USER [--once]` watches a folder instead (rogatory.intake.watch).
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

UNUSABLE = 2


def _read(source: str) -> tuple[str, bytes]:
    if source == "-":
        return "<stdin>", sys.stdin.buffer.read()
    return source, Path(source).read_bytes()


def _progress(done: int, total: int) -> None:
    width = 30
    filled = width * done // total
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def _print(result: dict[str, Any], *, as_json: bool, several: bool) -> None:
    if as_json or several:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")


def handle(arguments: argparse.Namespace) -> int:
    """Analyse each file (in memory, or stored for --as USER) and print one result per file."""
    if arguments.files[0] == "watch":
        return watch(arguments)
    from rogatory.core.errors import DomainError
    from rogatory.intake.limits import current_limits
    from rogatory.intake.pipeline import analyse_file
    from rogatory.intake.queries import directory_entries

    user = None
    if arguments.as_user:
        from rogatory.accounts.models import User

        user = User.objects.filter(username=arguments.as_user, is_active=True).first()
        if user is None:
            sys.stderr.write(f"error: no active user named '{arguments.as_user}'\n")
            return UNUSABLE
    several = len(arguments.files) > 1
    # The requesting authority is guessed from the whole directory (nothing is stored, so there
    # is no receiving authority to leave out).
    authorities = directory_entries() if user is None else []
    status = 0
    for done, source in enumerate(arguments.files, start=1):
        try:
            name, data = _read(source)
        except OSError as error:
            sys.stderr.write(f"error: {source}: {error.strerror}\n")
            status = UNUSABLE
            continue
        result: dict[str, Any]
        try:
            if user is None:
                result = analyse_file(name, data, current_limits(), authorities).as_dict()
            else:
                result = _store(user, name, data)
        except DomainError as error:
            result = {"error": error.message}
            status = 1
        if several:
            result = {"file": source, **result}
        _print(result, as_json=arguments.json, several=several)
        if several and not arguments.json:
            _progress(done, len(arguments.files))
    return status


def _store(user: Any, name: str, data: bytes) -> dict[str, Any]:
    from rogatory.intake.access import access_intake
    from rogatory.intake.queries import intake_result
    from rogatory.intake.services import process_intake, receive_intake

    batch = receive_intake(user, [(Path(name).name, data)], source="cli")
    process_intake(batch.pk)
    result = intake_result(access_intake(user, batch.pk))
    for document in result["documents"]:
        for page in document["pages"]:
            page.pop("text")
    return result


def _report(outcome: Any) -> None:
    if outcome.error:
        sys.stderr.write(f"{outcome.name}: failed: {outcome.error}\n")
    else:
        sys.stdout.write(f"{outcome.name}: intake {outcome.intake_id}\n")
    sys.stdout.flush()


def watch(arguments: argparse.Namespace) -> int:
    """Watch DIR and take each complete file as an intake of --as USER until SIGTERM or Ctrl-C."""
    import signal
    import threading

    from rogatory.accounts.models import User
    from rogatory.intake.watch import Watcher

    if len(arguments.files) != 2 or not arguments.as_user:
        sys.stderr.write("error: usage: rogatory intake watch DIR --as USER [--once]\n")
        return UNUSABLE
    directory = Path(arguments.files[1])
    if not directory.is_dir():
        sys.stderr.write(f"error: {directory}: not a directory\n")
        return UNUSABLE
    user = User.objects.filter(username=arguments.as_user, is_active=True).first()
    if user is None:
        sys.stderr.write(f"error: no active user named '{arguments.as_user}'\n")
        return UNUSABLE
    watcher = Watcher(directory, user)
    if arguments.once:
        watcher.once(report=_report)
        return 0
    stop = threading.Event()
    # SIGTERM (a service manager stopping us) and Ctrl-C end the loop after the current file.
    previous = {
        number: signal.signal(number, lambda *_: stop.set())
        for number in (signal.SIGTERM, signal.SIGINT)
    }
    try:
        watcher.run(stop, interval=arguments.interval, report=_report)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    sys.stderr.write("stopped\n")
    return 0


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser(
        "intake",
        help="read incoming files: language, request kind, identifiers, triage flags",
        description="Read incoming files (PDF, scans, images, DOCX, .eml, text; '-' for stdin). "
        "Without --as nothing is stored; with --as USER the files become an intake of that "
        "user's authority with a draft incoming request. 'rogatory intake watch DIR --as USER "
        "[--once]' takes each file dropped into DIR, moving it to DIR/done/ or DIR/failed/.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--as", dest="as_user", metavar="USERNAME", help="store as this user")
    parser.add_argument(
        "--once", action="store_true", help="with 'watch DIR': take what is there, then exit"
    )
    parser.add_argument(
        "--interval",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="with 'watch DIR': seconds between two looks at the folder",
    )
    parser.set_defaults(handler=handle)
