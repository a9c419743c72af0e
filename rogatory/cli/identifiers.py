"""`rogatory identifiers who-asked TYPE VALUE --as USER`: the deconfliction look-up from the shell.

The same service as /identifiers/ and GET /api/identifiers: another unit's request shows its
unit and contact point, not its content; every look-up is audited (with a hash of the value).
"""

import argparse
import json
import sys
from datetime import datetime
from typing import Any

UNUSABLE = 2


def who_asked_command(arguments: argparse.Namespace) -> int:
    from dataclasses import asdict

    from rogatory.accounts.models import User
    from rogatory.core.errors import ValidationFailed
    from rogatory.deconfliction.services import who_asked

    user = (
        User.objects.select_related("authority")
        .filter(username=arguments.as_user, is_active=True)
        .first()
    )
    if user is None:
        sys.stderr.write(f"error: no active user named '{arguments.as_user}'\n")
        return UNUSABLE
    at = None
    if arguments.at:
        try:
            at = datetime.fromisoformat(arguments.at)
        except ValueError:
            sys.stderr.write(f"error: --at '{arguments.at}' is not an ISO 8601 date-time\n")
            return UNUSABLE
        if at.tzinfo is None:
            sys.stderr.write("error: --at needs a time zone offset, e.g. 2026-11-20T14:03+01:00\n")
            return UNUSABLE
    try:
        matches = who_asked(
            user, arguments.type, arguments.value, at=at, port=arguments.port, source="cli"
        )
    except ValidationFailed as error:
        sys.stderr.write(f"error: {error.message}\n")
        return UNUSABLE
    if arguments.json:
        rows = [
            {**asdict(match), "date": match.date.isoformat() if match.date else None}
            for match in matches
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not matches:
        sys.stdout.write("no other request carries this identifier\n")
        return 0
    for match in matches:
        what = f"{match.our_reference} ({match.kind})" if match.visible else "(not yours to open)"
        contact = ", ".join(
            v for v in (match.contact_name, match.contact_email, match.contact_phone) if v
        )
        sys.stdout.write(
            f"{match.unit_name} [{match.unit_code}] {what} · {match.state} · "
            f"{match.date or '—'} · provider {match.provider or '—'} · contact {contact or '—'}\n"
        )
    return 0


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `identifiers who-asked`."""
    parser = subparsers.add_parser("identifiers", help="Who else asked about an identifier?")
    commands = parser.add_subparsers(dest="identifiers_command", required=True, metavar="COMMAND")
    command = commands.add_parser(
        "who-asked", help="Every request carrying the identifier (audited look-up)."
    )
    command.add_argument(
        "type", help="ip_address, email, url, domain, username, account_id, phone, other"
    )
    command.add_argument("value")
    command.add_argument("--as", dest="as_user", required=True, metavar="USERNAME")
    command.add_argument("--at", help="For an IP address: the instant, ISO 8601 with offset.")
    command.add_argument("--port", type=int, help="For a shared (CGNAT) IPv4 address.")
    command.add_argument("--json", action="store_true", help="Print the matches as JSON.")
    command.set_defaults(handler=who_asked_command)
