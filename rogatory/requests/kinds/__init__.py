"""The registry of request kinds: one KindSpec per instrument (see spec.py)."""

from rogatory.requests.kinds import budapest, cets224, eu, other
from rogatory.requests.kinds.spec import (
    ClockDefault,
    DetailField,
    KindSpec,
    Section,
    coerce_detail,
)

REGISTRY: dict[str, KindSpec] = {
    spec.code: spec for spec in (*budapest.KINDS, *cets224.KINDS, *eu.KINDS, *other.KINDS)
}
KIND_CODES: tuple[str, ...] = tuple(REGISTRY)


def kind_spec(code: str) -> KindSpec:
    """Return the spec of a kind; KeyError names the unknown code."""
    try:
        return REGISTRY[code]
    except KeyError:
        raise KeyError(f"unknown request kind '{code}'") from None


__all__ = [
    "KIND_CODES",
    "REGISTRY",
    "ClockDefault",
    "DetailField",
    "KindSpec",
    "Section",
    "coerce_detail",
    "kind_spec",
]
