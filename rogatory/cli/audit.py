"""`rogatory audit verify`: recompute the audit log's hash chain."""

import argparse
import sys
from typing import Any


def verify(arguments: argparse.Namespace) -> int:
    from rogatory.audit.queries import verify_audit_chain

    verdict = verify_audit_chain()
    stream = sys.stdout if verdict.is_intact else sys.stderr
    stream.write(verdict.describe() + "\n")
    return 0 if verdict.is_intact else 1


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `audit` and its subcommands."""
    parser = subparsers.add_parser("audit", help="Check the audit log.")
    commands = parser.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    command = commands.add_parser(
        "verify", help="Recompute every hash; exit 1 and name the first bad event if any."
    )
    command.set_defaults(handler=verify)
