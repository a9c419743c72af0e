"""`rogatory docs lifecycle`: render the transition table of requests/states.py as Markdown.

docs/lifecycle.md is this command's output; a test compares the two so the page cannot go stale.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

# Where each direction's life starts: create_request drafts (outgoing) or registers (incoming).
INITIAL_STATES = {"outgoing": ("draft", "draft"), "incoming": ("registered", "register")}
DIRECTION_TITLES = {
    "outgoing": "Outgoing requests (we are the requesting side)",
    "incoming": "Incoming requests (we are the requested side)",
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


FAMILY_TITLES = {
    "preservation": "Preservation (Art. 29, EPOC-PR, provider preservation)",
    "disclosure": "Disclosure (MLA, orders, emergencies, CETS 224, EPOC, JIT, Art. 30)",
    "spontaneous": "Spontaneous information (Art. 26)",
    "record": "Records (Art. 32: nothing is transmitted)",
}


def render_lifecycle_markdown() -> str:
    """Return docs/lifecycle.md: per lifecycle family and direction, the transition table and a
    state diagram."""
    from rogatory.requests.kinds import REGISTRY
    from rogatory.requests.states import TERMINAL_STATES, transitions_of

    lines = [
        "# Request lifecycle",
        "",
        "Generated from `rogatory/requests/states.py` by "
        "`rogatory docs lifecycle --output docs/lifecycle.md`; do not edit by hand (a test "
        "compares this file with a fresh rendering).",
        "",
        "The state says where a request is; the outcome (set by some events) says how it ended.",
    ]
    terminal = {str(state) for state in TERMINAL_STATES}
    for family, family_title in FAMILY_TITLES.items():
        kinds = ", ".join(
            f"`{code}`" for code, spec in REGISTRY.items() if spec.lifecycle == family
        )
        lines += ["", f"## {family_title}", "", f"Kinds: {kinds}."]
        lines += _family_sections(family, transitions_of(family), terminal)
    return "\n".join(lines) + "\n"


def _family_sections(family: str, family_transitions: list[Any], terminal: set[str]) -> list[str]:
    lines: list[str] = []
    for direction, title in DIRECTION_TITLES.items():
        transitions = [t for t in family_transitions if t.direction == direction]
        if not transitions:
            continue
        initial_state, initial_event = INITIAL_STATES[direction]
        lines += [
            "",
            f"### {title}",
            "",
            f"A new request starts in `{initial_state}` (event `{initial_event}`).",
            "",
            "| Event | From | To | Outcome | Meaning |",
            "|---|---|---|---|---|",
        ]
        for t in transitions:
            sources = ", ".join(f"`{state}`" for state in sorted(t.from_states))
            outcome = f"`{t.outcome}`" if t.outcome else ""
            only = f" (only {', '.join(sorted(t.only_kinds))})" if t.only_kinds else ""
            lines.append(
                f"| `{t.event}` | {sources} | `{t.to_state}` | {outcome} | "
                f"{_cell(t.description)}{only} |"
            )
        lines += [
            "",
            "```mermaid",
            "stateDiagram-v2",
            f"    [*] --> {initial_state} : {initial_event}",
        ]
        ends: set[str] = set()
        for t in transitions:
            for source in sorted(t.from_states):
                lines.append(f"    {source} --> {t.to_state} : {t.event}")
            if t.to_state in terminal:
                ends.add(t.to_state)
        lines += [f"    {state} --> [*]" for state in sorted(ends)]
        lines.append("```")
    return lines


def lifecycle(arguments: argparse.Namespace) -> int:
    from rogatory.cli.output import write_atomically

    text = render_lifecycle_markdown()
    if arguments.output is None:
        sys.stdout.write(text)
        return 0
    write_atomically(arguments.output, text.encode())
    sys.stdout.write(f"wrote {arguments.output}\n")
    return 0


def register(subparsers: "argparse._SubParsersAction[Any]") -> None:
    """Add `docs` and its subcommands."""
    parser = subparsers.add_parser("docs", help="Generate documentation from the code.")
    commands = parser.add_subparsers(dest="docs_command", required=True, metavar="PAGE")
    command = commands.add_parser("lifecycle", help="The request lifecycle as Markdown.")
    command.add_argument(
        "--output",
        type=Path,
        metavar="FILE.md",
        help="Write here (atomically) instead of standard output.",
    )
    command.set_defaults(handler=lifecycle)
