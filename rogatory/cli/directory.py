"""`rogatory directory import|export|countries|memberships`: the directory as files."""

import argparse
import getpass
import sys
from pathlib import Path

from rogatory.audit.services import Actor
from rogatory.core.errors import DomainError
from rogatory.directory.document import MAX_IMPORT_BYTES
from rogatory.directory.queries import country_overview, export_directory
from rogatory.directory.services import (
    TREATY_MEMBERSHIPS_PATH,
    import_directory,
    load_treaty_memberships,
)


def operator_actor() -> Actor:
    """Describe the person at the terminal for the audit log."""
    try:
        username = getpass.getuser()
    except (KeyError, OSError):
        username = "unknown"
    return Actor(username=f"cli:{username}", role="operator", source="cli")


def _guess_format(path: Path, given: str | None) -> str:
    if given:
        return given
    return "json" if path.suffix.lower() == ".json" else "csv"


def _import(arguments: argparse.Namespace) -> int:
    path = Path(arguments.file)
    try:
        size = path.stat().st_size
    except OSError as error:
        print(f"error: cannot read {path}: {error.strerror}", file=sys.stderr)
        return 1
    # Refuse before reading: a huge file must not be loaded into memory to be rejected.
    if size > MAX_IMPORT_BYTES:
        print(
            f"error: The file is too large ({size} bytes; at most {MAX_IMPORT_BYTES} bytes).",
            file=sys.stderr,
        )
        return 1
    file_format = _guess_format(path, arguments.format)
    try:
        summary = import_directory(
            path.read_bytes(), file_format=file_format, actor=operator_actor(), origin=path.name
        )
    except DomainError as error:
        print(f"error: {error.message} Nothing was imported.", file=sys.stderr)
        return 1
    print(f"imported {path.name}: {summary.describe()}")
    return 0


def _export(arguments: argparse.Namespace) -> int:
    text = export_directory(arguments.format)
    if arguments.output:
        Path(arguments.output).write_text(text, encoding="utf-8")
        print(f"wrote {arguments.output}")
    else:
        sys.stdout.write(text)
    return 0


def _countries(arguments: argparse.Namespace) -> int:
    total, lines = country_overview(arguments.limit)
    print(f"{total} countries")
    for line in lines:
        treaties = f"  [{line.treaties}]" if line.treaties else ""
        noun = "authority" if line.authorities == 1 else "authorities"
        print(f"  {line.code}  {line.name}: {line.authorities} {noun}{treaties}")
    return 0


def _memberships(arguments: argparse.Namespace) -> int:
    try:
        summary = load_treaty_memberships(arguments.file, actor=operator_actor())
    except DomainError as error:
        print(f"error: {error.message} Nothing was imported.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: cannot read {arguments.file}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"loaded {Path(arguments.file).name}: {summary.describe()}")
    return 0


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    parser = subparsers.add_parser("directory", help="Import, export and list the directory.")
    commands = parser.add_subparsers(dest="directory_command", required=True, metavar="ACTION")

    importer = commands.add_parser(
        "import",
        help="Create or update authorities, contact points and treaty memberships "
        "from a file; all or nothing.",
    )
    importer.add_argument("file")
    importer.add_argument(
        "--format",
        choices=["csv", "json"],
        help="Default: from the file name (.json, otherwise csv).",
    )
    importer.set_defaults(handler=_import)

    exporter = commands.add_parser("export", help="Write the whole directory as CSV or JSON.")
    exporter.add_argument("--format", choices=["csv", "json"], default="csv")
    exporter.add_argument("--output", help="File to write (default: standard output).")
    exporter.set_defaults(handler=_export)

    countries = commands.add_parser("countries", help="Count the countries; list the busiest.")
    countries.add_argument("--limit", type=int, default=10)
    countries.set_defaults(handler=_countries)

    memberships = commands.add_parser(
        "memberships",
        help="Reload treaty memberships from a data file "
        "(country,treaty,status,in_force_on,source,source_checked_on).",
    )
    memberships.add_argument("file", nargs="?", default=str(TREATY_MEMBERSHIPS_PATH))
    memberships.set_defaults(handler=_memberships)
