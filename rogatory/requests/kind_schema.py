"""The kind specs as plain data for the interfaces: the catalogue (`GET /api/kinds`, `rogatory
kinds`, the web form's kind picker) and the JSON Schema of one kind's document. Pure.

One module so the API, the CLI and the web describe a kind identically: all three read the same
KindSpec (requests/kinds/), never a copy of it.
"""

from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from rogatory.requests.checks import blocking, check_request
from rogatory.requests.document import RequestDocument, request_json_schema
from rogatory.requests.kinds import REGISTRY, DetailField, KindSpec, budapest, cets224, eu, other

# The families the officer chooses from, in the order of domain.md §4.
KIND_GROUPS: tuple[tuple[Promise, tuple[KindSpec, ...]], ...] = (
    (_("Budapest Convention (CETS 185)"), budapest.KINDS),
    (_("Second Additional Protocol (CETS 224)"), cets224.KINDS),
    (_("European Union (Regulation (EU) 2023/1543)"), eu.KINDS),
    (_("Other instruments"), other.KINDS),
)

# A detail's JSON Schema by its field type (spec.FieldType).
_TYPES: dict[str, dict[str, Any]] = {
    "text": {"type": "string"},
    "long_text": {"type": "string"},
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
    "choice": {"type": "string"},
    "integer": {"type": ["integer", "null"]},
    "list": {"type": "array", "items": {"type": "string"}},
}


def is_always_required(detail: DetailField) -> bool:
    """Say whether a detail is required whatever the other answers are."""
    return detail.is_required and detail.required_when is None and not detail.required_by_rule


def required_count(spec: KindSpec) -> int:
    """Return how many items an empty form of the kind lacks: the blocking defects the check
    names (T-CY header, common fields, the kind's own), counted by the check itself so that the
    preservation form, checked item by item in code, is counted like every other kind."""
    empty = RequestDocument(kind=spec.code)
    return len({defect.code for defect in blocking(check_request(empty))})


def detail_field_summary(detail: DetailField) -> dict[str, Any]:
    """Return one detail field as plain data: name, label, type, whether and when required."""
    when = detail.required_when
    return {
        "name": detail.name,
        "label": str(detail.label),
        "field_type": detail.field_type,
        "is_required": is_always_required(detail),
        "required_when": {"field": when[0], "value": when[1]} if when is not None else None,
        "required_by_rule": detail.required_by_rule,
        "missing_message": detail.missing,
        "choices": [{"code": code, "label": str(label)} for code, label in detail.choices],
    }


def kind_summary(spec: KindSpec) -> dict[str, Any]:
    """Return a kind as plain data: what it is, its sections and fields, clocks and chains."""
    return {
        "code": spec.code,
        "title": str(spec.title),
        "subtitle": str(spec.subtitle),
        "legal_basis": spec.legal_basis,
        "reference": spec.reference,
        "group": next(str(title) for title, kinds in KIND_GROUPS if spec in kinds),
        "lifecycle": spec.lifecycle,
        "is_transmitted": spec.is_transmitted,
        "directions": list(spec.directions),
        "allowed_categories": list(spec.allowed_categories),
        "uses_data_items": spec.uses_data_items,
        "required_common": [
            {"name": name, "missing_message": message}
            for name, message in spec.required_common.items()
        ],
        "required_count": required_count(spec),
        "sections": [
            {
                "number": section.number,
                "title": str(section.title),
                "fields": [detail_field_summary(f) for f in section.fields],
            }
            for section in spec.sections
        ],
        "clocks": [
            {"clock": clock.clock, "hours": clock.hours, "source": clock.source}
            for clock in spec.clocks
        ],
        "follows": list(spec.follows),
        "needs_second_approver_when_emergency": spec.needs_second_approver_when_emergency,
    }


def kinds_catalogue() -> list[dict[str, Any]]:
    """Return every kind as plain data, grouped by instrument family."""
    return [kind_summary(spec) for _title, kinds in KIND_GROUPS for spec in kinds]


def request_json_schema_for(kind: str) -> dict[str, object]:
    """Return the request document's JSON Schema with the kind's own `details` properties."""
    if kind not in REGISTRY:
        raise KeyError(f"unknown request kind '{kind}'; known: {', '.join(REGISTRY)}")
    spec = REGISTRY[kind]
    schema = request_json_schema()
    properties = schema["properties"]
    assert isinstance(properties, dict)
    details: dict[str, Any] = {}
    for detail in spec.detail_fields:
        prop = dict(_TYPES[detail.field_type], title=str(detail.label))
        if detail.field_type == "choice":
            prop["enum"] = [code for code, _label in detail.choices]
        if detail.missing:
            prop["description"] = detail.missing
        details[detail.name] = prop
    properties["kind"] = {**properties["kind"], "const": kind, "default": kind}
    properties["details"] = {
        "type": "object",
        "title": f"Details of {spec.code}",
        "description": f"{spec.legal_basis}: the fields of this kind's own sections.",
        "properties": details,
        "required": [f.name for f in spec.detail_fields if is_always_required(f)],
        "additionalProperties": False,
    }
    schema["title"] = f"RequestDocument ({spec.code})"
    return schema
