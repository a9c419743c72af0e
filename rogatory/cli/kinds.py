"""`rogatory kinds`: the request kinds, one line each (or as JSON), read from the kind specs."""

import argparse
import json
import sys
from typing import Any

HEADER = ("code", "legal basis", "lifecycle", "required")


def list_kinds(arguments: argparse.Namespace) -> int:
    from rogatory.requests.kind_schema import kinds_catalogue

    catalogue = kinds_catalogue()
    if arguments.json:
        sys.stdout.write(json.dumps(catalogue, indent=2, ensure_ascii=False) + "\n")
        return 0
    rows = [
        (kind["code"], kind["legal_basis"], kind["lifecycle"], str(kind["required_count"]))
        for kind in catalogue
    ]
    widths = [max(len(row[column]) for row in (HEADER, *rows)) for column in range(3)]
    for row in (HEADER, *rows):
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        sys.stdout.write("  ".join(cells) + "  " + row[3].rjust(len(HEADER[3])) + "\n")
    return 0


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `kinds`."""
    parser = subparsers.add_parser(
        "kinds",
        help="List the request kinds: code, legal basis, lifecycle, number of required items.",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="Print every kind whole (sections, fields, clocks with sources, follows).",
    )
    parser.set_defaults(handler=list_kinds)
