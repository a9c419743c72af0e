"""The `rogatory` command. Each topic registers its subcommands from its own module."""

import argparse
import os
import sys
from collections.abc import Callable, Sequence

# Topic modules, each with register(subparsers). Imported after Django is set up.
TOPICS = (
    "identifiers",
    "requests",
    "kinds",
    "schema",
    "audit",
    "directory",
    "sweep",
    "worker",
    "demo",
    "docs",
    "advise",
    "intake",
)


def build_parser() -> argparse.ArgumentParser:
    import importlib

    parser = argparse.ArgumentParser(
        prog="rogatory", description="Cross-border requests for electronic evidence."
    )
    subparsers = parser.add_subparsers(dest="topic", required=True, metavar="COMMAND")
    for topic in TOPICS:
        try:
            module = importlib.import_module(f"rogatory.cli.{topic}")
        except ModuleNotFoundError as error:
            if error.name == f"rogatory.cli.{topic}":
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    parser = build_parser()
    arguments = parser.parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = arguments.handler
    return handler(arguments)


if __name__ == "__main__":
    sys.exit(main())
