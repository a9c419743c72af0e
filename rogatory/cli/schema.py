"""`rogatory schema request [--kind KIND]`: print the JSON Schema of the request document."""

import argparse
import json
import sys
from typing import Any


def print_request_schema(arguments: argparse.Namespace) -> int:
    from rogatory.requests.document import request_json_schema
    from rogatory.requests.kind_schema import request_json_schema_for

    schema = request_json_schema_for(arguments.kind) if arguments.kind else request_json_schema()
    sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False) + "\n")
    return 0


def _kind(value: str) -> str:
    from rogatory.requests.kinds import KIND_CODES

    if value not in KIND_CODES:
        raise argparse.ArgumentTypeError(
            f"unknown request kind '{value}'; known: {', '.join(KIND_CODES)}"
        )
    return value


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `schema` and its subcommands."""
    parser = subparsers.add_parser("schema", help="Print published JSON Schemas.")
    commands = parser.add_subparsers(dest="schema_command", required=True, metavar="SCHEMA")
    request = commands.add_parser("request", help="The JSON Schema of the request document.")
    request.add_argument(
        "--kind",
        type=_kind,
        metavar="KIND",
        help="Describe this kind's own details (types, choices, required fields).",
    )
    request.set_defaults(handler=print_request_schema)
