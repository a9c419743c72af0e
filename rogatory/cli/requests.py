"""`rogatory request check | render | export`: the request document on the command line.

check and render work on a file alone (no database row needed); export acts as a named user
through the same access door and audit as the web and the API.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rogatory.requests.document import RequestDocument

# Exit statuses: 1 = the request is refused or incomplete, 2 = the input is unusable.
INCOMPLETE = 1
UNUSABLE = 2


class UnusableInput(Exception):
    """The input cannot be read as a request document; the message says why, on one line."""


def _read_text(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    try:
        return Path(source).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UnusableInput(f"{source}: no such file") from None
    except UnicodeDecodeError:
        raise UnusableInput(f"{source}: not UTF-8 text") from None
    except OSError as error:
        raise UnusableInput(f"{source}: {error.strerror}") from None


def load_document(source: str) -> "RequestDocument":
    """Parse and validate a request document from a file name, or standard input for '-'."""
    from pydantic import ValidationError

    from rogatory.requests.document import RequestDocument

    name = "<stdin>" if source == "-" else source
    text = _read_text(source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UnusableInput(
            f"{name}: not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
        ) from None
    except RecursionError:
        raise UnusableInput(f"{name}: not valid JSON: nested too deeply") from None
    try:
        return RequestDocument.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(part) for part in item['loc']) or '(document)'}: {item['msg']}"
            for item in error.errors(include_url=False)
        )
        raise UnusableInput(f"{name}: not a request document: {problems}") from None


def check(arguments: argparse.Namespace) -> int:
    from rogatory.requests.checks import blocking, check_request

    try:
        document = load_document(arguments.file)
    except UnusableInput as error:
        sys.stderr.write(f"error: {error}\n")
        return UNUSABLE
    defects = check_request(document)
    for defect in defects:
        sys.stdout.write(f"{defect.severity:<7}  {defect.field}: {defect.message}\n")
    errors = blocking(defects)
    if errors:
        sys.stdout.write(
            f"incomplete: {len(errors)} blocking defect{'' if len(errors) == 1 else 's'}\n"
        )
        return INCOMPLETE
    sys.stdout.write("complete: no blocking defect\n")
    return 0


def _language_pair(value: str) -> tuple[str, str]:
    from rogatory.core.languages import FORM_LANGUAGES

    languages = [code.strip() for code in value.split(",") if code.strip()]
    choices = ", ".join(sorted(FORM_LANGUAGES))
    if len(languages) != 2 or any(code not in FORM_LANGUAGES for code in languages):
        raise argparse.ArgumentTypeError(
            f"give two form languages among {choices}, e.g. en,fr (got '{value}')"
        )
    return languages[0], languages[1]


def render(arguments: argparse.Namespace) -> int:
    import logging

    from rogatory.cli.output import write_atomically
    from rogatory.documents import rendering

    # WeasyPrint reports each layout step at INFO; on a terminal that buries the one line that
    # matters (what was written) under a dozen.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    if not arguments.pdf and not arguments.docx:
        sys.stderr.write("error: say what to write: --pdf OUT.pdf and/or --docx OUT.docx\n")
        return UNUSABLE
    try:
        document = load_document(arguments.file)
    except UnusableInput as error:
        sys.stderr.write(f"error: {error}\n")
        return UNUSABLE
    # The form is bilingual: ours and the counterpart's language unless --lang says otherwise.
    languages = arguments.lang or (document.language, document.counterpart_language)
    try:
        languages = _language_pair(",".join(languages))
    except argparse.ArgumentTypeError as error:
        sys.stderr.write(f"error: --lang: {error}\n")
        return UNUSABLE
    outputs: list[tuple[Path, bytes]] = []
    # Render everything before writing anything: a failure leaves no file half-written.
    if arguments.pdf:
        outputs.append((arguments.pdf, rendering.render_request_pdf(document, languages)))
    if arguments.docx:
        outputs.append((arguments.docx, rendering.render_request_docx(document, languages)))
    for path, content in outputs:
        write_atomically(path, content)
        sys.stdout.write(f"wrote {path} ({len(content)} bytes)\n")
    return 0


def export(arguments: argparse.Namespace) -> int:
    from django.db import transaction

    from rogatory.accounts.models import User
    from rogatory.audit.models import AuditAction
    from rogatory.audit.services import record_event
    from rogatory.core.errors import NotFound
    from rogatory.requests.access import access_request
    from rogatory.requests.queries import request_document
    from rogatory.requests.services import actor_for

    user = (
        User.objects.select_related("authority")
        .filter(username=arguments.as_user, is_active=True)
        .first()
    )
    if user is None:
        sys.stderr.write(f"error: no active user named '{arguments.as_user}'\n")
        return UNUSABLE
    actor = actor_for(user, "cli")
    try:
        with transaction.atomic():
            found = access_request(user, arguments.request_id)
            record_event(actor, AuditAction.EXPORT, object_type="request", object_id=found.pk)
            document = request_document(found)
    except NotFound as error:
        record_event(
            actor,
            AuditAction.ACCESS_DENIED,
            object_type="request",
            object_id=str(arguments.request_id)[:80],
            outcome="not_found",
        )
        sys.stderr.write(f"error: request {arguments.request_id}: {error.message}\n")
        return INCOMPLETE
    data = document.model_dump(mode="json", by_alias=True)
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    return 0


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `request` and its subcommands."""
    parser = subparsers.add_parser("request", help="Check, render or export a request document.")
    commands = parser.add_subparsers(dest="request_command", required=True, metavar="ACTION")

    command = commands.add_parser(
        "check", help="List the defects of a request document; exit 1 if any blocks sending."
    )
    command.add_argument("file", metavar="FILE.json", help="The document, or - for stdin.")
    command.set_defaults(handler=check)

    command = commands.add_parser("render", help="Render a request document as PDF and/or DOCX.")
    command.add_argument("file", metavar="FILE.json", help="The document, or - for stdin.")
    command.add_argument(
        "--lang",
        type=_language_pair,
        metavar="FIRST,SECOND",
        help="The form's two languages, e.g. en,fr (default: the document's "
        "language and counterpart language).",
    )
    command.add_argument("--pdf", type=Path, metavar="OUT.pdf")
    command.add_argument("--docx", type=Path, metavar="OUT.docx")
    command.set_defaults(handler=render)

    command = commands.add_parser(
        "export", help="Print a stored request as its JSON document (audited as an export)."
    )
    command.add_argument("request_id", metavar="ID")
    command.add_argument(
        "--as",
        dest="as_user",
        required=True,
        metavar="USERNAME",
        help="The user on whose behalf the export is made.",
    )
    command.set_defaults(handler=export)
