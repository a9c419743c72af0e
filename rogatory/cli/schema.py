"""`rogatory schema request`: print the JSON Schema of the request document."""

import argparse
import json
import sys
from typing import Any


def print_request_schema(arguments: argparse.Namespace) -> int:
    from rogatory.requests.document import request_json_schema

    sys.stdout.write(json.dumps(request_json_schema(), indent=2, ensure_ascii=False) + "\n")
    return 0


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `schema` and its subcommands."""
    parser = subparsers.add_parser("schema", help="Print published JSON Schemas.")
    commands = parser.add_subparsers(dest="schema_command", required=True, metavar="SCHEMA")
    request = commands.add_parser("request", help="The JSON Schema of the request document.")
    request.set_defaults(handler=print_request_schema)
