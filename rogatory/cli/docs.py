"""`rogatory docs lifecycle|kinds`: documentation rendered from the code's own data.

docs/lifecycle.md (the transition table of requests/states.py) and docs/kinds.md (the kind specs
of requests/kinds/, with their checks, clocks and rules) are this command's output; tests compare
them with fresh renderings so the pages cannot go stale.
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


def render_kinds_markdown() -> str:
    """Return docs/kinds.md: per kind, its legal basis, fields, checks, clocks, rules, chains."""
    from django.utils.translation import override

    from rogatory.requests.checks import KIND_RULES
    from rogatory.requests.kinds import REGISTRY
    from rogatory.requests.states import events_for

    lines = [
        "# Request kinds",
        "",
        "Generated from `rogatory/requests/kinds/` by "
        "`rogatory docs kinds --output docs/kinds.md`; do not edit by hand (a test compares this "
        "file with a fresh rendering). Values marked (~) come from secondary sources: verify "
        "them before relying on them; they are data (ClockRule rows), editable in the admin.",
        "",
        "| Kind | Legal basis | Lifecycle | Transmitted | Required items | Clocks | Follows |",
        "|---|---|---|---|---|---|---|",
    ]
    with override("en"):
        for spec in REGISTRY.values():
            required: object = len(spec.required_common) + sum(
                1 for f in spec.detail_fields if f.is_required
            )
            if spec.code == "preservation":
                required = "Art. 29(2)(a)-(f) + T-CY items"
            clocks = ", ".join(f"{c.clock} {_hours(c.hours)}" for c in spec.clocks) or "—"
            follows = ", ".join(f"`{code}`" for code in spec.follows) or "—"
            lines.append(
                f"| `{spec.code}` {_cell(str(spec.title))} | {_cell(spec.legal_basis)} | "
                f"{spec.lifecycle} | {'yes' if spec.is_transmitted else 'no'} | {required} | "
                f"{clocks} | {follows} |"
            )
        for spec in REGISTRY.values():
            lines += ["", f"## `{spec.code}`: {spec.title}", "", f"*{spec.subtitle}*", ""]
            lines.append(f"Legal basis: {spec.legal_basis}. Lifecycle: `{spec.lifecycle}`.")
            lines += [
                "",
                "Events, outgoing: "
                + ", ".join(f"`{e}`" for e in events_for("outgoing", spec.code)),
            ]
            incoming = events_for("incoming", spec.code)
            if incoming:
                lines.append("Events, incoming: " + ", ".join(f"`{e}`" for e in incoming))
            if spec.code == "preservation":
                lines += [
                    "",
                    "Checks: the T-CY preservation template and Art. 29(2)(a)-(f) "
                    "(`requests/checks.py::_article_29_defects`).",
                ]
            if spec.required_common:
                lines += ["", "| Required common item | Message when missing |", "|---|---|"]
                lines += [
                    f"| `{name}` | {_cell(message)} |"
                    for name, message in spec.required_common.items()
                ]
            for section in spec.sections:
                lines += [
                    "",
                    f"**{section.number}. {section.title}**",
                    "",
                    "| Field | Type | Required | Message when missing |",
                    "|---|---|---|---|",
                ]
                for f in section.fields:
                    when = ""
                    if f.required_when is not None:
                        when = f" when `{f.required_when[0]}` = `{f.required_when[1]}`"
                    elif f.required_by_rule:
                        when = " under a rule"
                    required = ("yes" + when) if f.is_required else "no"
                    kind = f.field_type + (
                        " (" + ", ".join(code for code, _ in f.choices) + ")" if f.choices else ""
                    )
                    lines.append(
                        f"| `{f.name}` {_cell(str(f.label))} | {kind} | {required} | {_cell(f.missing)} |"
                    )
            rule = KIND_RULES.get(spec.code)
            if rule is not None and rule.__doc__:
                lines += ["", f"Rule: {rule.__doc__.strip()}"]
            if spec.clocks:
                lines += ["", "| Clock | Period | Source |", "|---|---|---|"]
                lines += [
                    f"| `{c.clock}` | {_hours(c.hours)} | {_cell(c.source)} |" for c in spec.clocks
                ]
    return "\n".join(lines) + "\n"


def _hours(hours: int) -> str:
    return f"{hours // 24} d" if hours % 24 == 0 else f"{hours} h"


def _write(text: str, output: Path | None) -> int:
    from rogatory.cli.output import write_atomically

    if output is None:
        sys.stdout.write(text)
        return 0
    write_atomically(output, text.encode())
    sys.stdout.write(f"wrote {output}\n")
    return 0


def kinds(arguments: argparse.Namespace) -> int:
    return _write(render_kinds_markdown(), arguments.output)


def lifecycle(arguments: argparse.Namespace) -> int:
    return _write(render_lifecycle_markdown(), arguments.output)


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
    command = commands.add_parser("kinds", help="Every request kind: fields, checks, clocks.")
    command.add_argument(
        "--output",
        type=Path,
        metavar="FILE.md",
        help="Write here (atomically) instead of standard output.",
    )
    command.set_defaults(handler=kinds)
