"""What a request kind is, as data: its legal basis, form sections, fields, clocks and lifecycle.

Pure (gettext_lazy only). The completeness check, the form renderer, the web form, the API and the
generated docs all read these specs, so a kind is declared once. Values marked (~) in domain.md
carry their source in `ClockDefault.source` and are loaded into ClockRule rows: data, not code.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from django.utils.functional import Promise

FieldType = Literal["text", "long_text", "boolean", "date", "datetime", "choice", "integer", "list"]
Lifecycle = Literal["preservation", "disclosure", "spontaneous", "record"]
CommonField = Literal[
    "requested_authority",
    "offence",
    "legal_provisions",
    "maximum_penalty",
    "summary_of_facts",
    "data_items",
    "relation_to_offence",
    "custodian",
    "necessity_of_preservation",
    "intends_mla_request",
    "urgency_reason",
]


@dataclass(frozen=True)
class DetailField:
    """One kind-specific field, stored in the request's `details`."""

    name: str
    label: Promise
    field_type: FieldType = "text"
    # The exact message when the field is required and missing; empty when optional. English,
    # marked with N_(): the API and the CLI print it as it is, the pages translate it.
    missing: str = ""
    choices: tuple[tuple[str, Promise], ...] = ()
    # A hint printed under the field on the form: English marked with N_(), translated there.
    help_text: str = ""
    # Required only when another detail has this value, e.g. ("access_basis", "consent").
    required_when: tuple[str, object] | None = None
    # Required under a condition only a kind rule can see (checks.KIND_RULES), e.g. a court
    # order only when content data is asked.
    required_by_rule: bool = False

    @property
    def is_required(self) -> bool:
        return bool(self.missing)


@dataclass(frozen=True)
class Section:
    """A numbered block of the form."""

    number: str
    title: Promise
    fields: tuple[DetailField, ...]


@dataclass(frozen=True)
class ClockDefault:
    clock: str
    hours: int
    source: str


@dataclass(frozen=True)
class KindSpec:
    code: str
    title: Promise
    subtitle: Promise
    legal_basis: str
    # The short reference that opens every defect message of this kind, e.g. "Art. 31".
    reference: str
    lifecycle: Lifecycle
    sections: tuple[Section, ...] = ()
    # Common fields this kind requires, each with its exact message when missing (N_(), as
    # DetailField.missing).
    required_common: Mapping[CommonField, str] = field(default_factory=dict)
    # Common blocks printed on the form for this kind.
    uses_data_items: bool = True
    data_items_title: Promise | None = None
    uses_custodian: bool = False
    uses_offence: bool = True
    is_transmitted: bool = True
    directions: tuple[str, ...] = ("outgoing", "incoming")
    allowed_categories: tuple[str, ...] = ("subscriber", "traffic", "content")
    clocks: tuple[ClockDefault, ...] = ()
    # Kinds from which this one is prepared in one action, pre-filled and chained.
    follows: tuple[str, ...] = ()
    needs_second_approver_when_emergency: bool = False

    @property
    def detail_fields(self) -> tuple[DetailField, ...]:
        return tuple(f for section in self.sections for f in section.fields)

    def detail_field(self, name: str) -> DetailField | None:
        return next((f for f in self.detail_fields if f.name == name), None)


def coerce_detail(spec: KindSpec, name: str, value: Any) -> Any:
    """Return the value in the field's type, or raise ValueError with a message naming it."""
    found = spec.detail_field(name)
    if found is None:
        raise ValueError(f"details.{name} is not a field of the kind '{spec.code}'")
    if value is None or value == "":
        return "" if found.field_type not in {"boolean", "list", "integer"} else _empty(found)
    kind = found.field_type
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        raise ValueError(f"details.{name} must be true or false")
    if kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"details.{name} must be a whole number")
        return value
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"details.{name} must be a list of texts")
        return [item.strip() for item in value if item.strip()]
    if not isinstance(value, str):
        raise ValueError(f"details.{name} must be a text")
    value = value.strip()
    try:
        if kind == "date":
            date.fromisoformat(value)
        elif kind == "datetime":
            datetime.fromisoformat(value)
    except ValueError:
        example = "2026-11-20" if kind == "date" else "2026-11-20T14:03:00+01:00"
        raise ValueError(f"details.{name} must be a {kind} in ISO 8601, e.g. {example}") from None
    if kind == "choice" and value not in {code for code, _ in found.choices}:
        allowed = ", ".join(code for code, _ in found.choices)
        raise ValueError(f"details.{name} must be one of: {allowed}")
    return value


def _empty(found: DetailField) -> Any:
    return {"boolean": False, "list": [], "integer": None}[found.field_type]
