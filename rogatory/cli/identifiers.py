"""`rogatory identifiers who-asked TYPE VALUE --as USER`: the deconfliction look-up from the shell;
`rogatory identifiers overview --as USER [--json]`: overlaps per unit, provider and type.

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


def _active_user(username: str) -> Any:
    from rogatory.accounts.models import User

    return (
        User.objects.select_related("authority").filter(username=username, is_active=True).first()
    )


def overview_command(arguments: argparse.Namespace) -> int:
    from dataclasses import asdict

    from rogatory.core.errors import NotFound
    from rogatory.deconfliction.lookups import view_identifier_overview

    user = _active_user(arguments.as_user)
    if user is None:
        sys.stderr.write(f"error: no active user named '{arguments.as_user}'\n")
        return UNUSABLE
    if arguments.limit < 1:
        sys.stderr.write("error: --limit must be at least 1\n")
        return UNUSABLE
    try:
        overview = view_identifier_overview(user, limit=arguments.limit, source="cli")
    except NotFound:
        sys.stderr.write(
            f"error: no overview for '{arguments.as_user}': it is for supervisors and "
            "administrators of a unit\n"
        )
        return UNUSABLE
    if arguments.json:
        sys.stdout.write(json.dumps(asdict(overview), ensure_ascii=False, indent=2) + "\n")
        return 0
    out = sys.stdout.write
    out(
        f"{overview.identifiers} identifiers held by more than one request, "
        f"in {overview.requests} requests\n"
    )
    out("\nidentifiers asked most:\n")
    for row in overview.most_asked:
        value = row.value if row.visible else "(not yours to see)"
        units = "; ".join(
            f"{u.unit_name} [{u.unit_code}]"
            + (f" contact {', '.join(v for v in (u.contact_name, u.contact_email) if v)}")
            for u in row.units
        )
        out(f"  {row.identifier_type} {value} · {row.requests} requests · {units}\n")
    out("\nper unit (requests, identifiers):\n")
    for unit in overview.by_unit:
        out(f"  {unit.unit_name} [{unit.unit_code}] {unit.requests} {unit.identifiers}\n")
    out("\nper provider (requests, identifiers, units):\n")
    for provider in overview.by_provider:
        out(
            f"  {provider.provider or '(none stated)'} {provider.requests} "
            f"{provider.identifiers} {provider.units}\n"
        )
    out("\nper type (identifiers, requests, units):\n")
    for kind in overview.by_type:
        out(f"  {kind.identifier_type} {kind.identifiers} {kind.requests} {kind.units}\n")
    return 0


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `identifiers who-asked` and `identifiers overview`."""
    parser = subparsers.add_parser(
        "identifiers", help="Who else asked about an identifier? Where do requests overlap?"
    )
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
    overview = commands.add_parser(
        "overview",
        help="Overlaps per unit, provider and type; the identifiers asked most (audited).",
    )
    overview.add_argument("--as", dest="as_user", required=True, metavar="USERNAME")
    overview.add_argument("--limit", type=int, default=20, help="How many identifiers to list.")
    overview.add_argument("--json", action="store_true", help="Print the overview as JSON.")
    overview.set_defaults(handler=overview_command)
