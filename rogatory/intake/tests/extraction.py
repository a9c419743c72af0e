"""What the identifier extractor finds in a text, read the ways the extraction tests compare it:
one kind's canonical forms, its values as written, both, or every finding with its kind."""

from collections.abc import Sequence

from rogatory.intake.identifiers import Found, extract_identifiers


def _found_of_type(kind: str, text: str, language: str | None, region: str | None) -> list[Found]:
    return [
        found
        for found in extract_identifiers(text, language=language, default_region=region)
        if found.type == kind
    ]


def normalized_of_type(
    kind: str, text: str, language: str | None = None, region: str | None = None
) -> list[str]:
    """Return the canonical form of each identifier of one kind in a text, in order."""
    return [found.normalized for found in _found_of_type(kind, text, language, region)]


def values_of_type(
    kind: str, text: str, language: str | None = None, region: str | None = None
) -> list[str]:
    """Return each identifier of one kind in a text as the text writes it, in order."""
    return [found.value for found in _found_of_type(kind, text, language, region)]


def written_and_normalized_of_type(
    kind: str, text: str, language: str | None = None, region: str | None = None
) -> list[tuple[str, str]]:
    """Return each identifier of one kind in a text as written and in its canonical form."""
    return [
        (found.value, found.normalized) for found in _found_of_type(kind, text, language, region)
    ]


def every_identifier(
    text: str, language: str | None = None, region: str | None = None
) -> list[tuple[str, str, str]]:
    """Return every identifier in a text as its kind, its value as written and its canonical form."""
    return [
        (found.type, found.value, found.normalized)
        for found in extract_identifiers(text, language=language, default_region=region)
    ]


def found_with_spans(
    text: str,
    kinds: tuple[str, ...],
    language: str | None = None,
    region: str | None = None,
    *,
    normalized: bool = False,
) -> list[tuple[object, ...]]:
    """Return each identifier of these kinds as its kind, its value as written, its canonical
    form when asked, and its span, in order."""
    return [
        (
            found.type,
            found.value,
            *((found.normalized,) if normalized else ()),
            found.start,
            found.end,
        )
        for found in extract_identifiers(text, language=language, default_region=region)
        if found.type in kinds
    ]


def spans_in_order(text: str, items: Sequence[tuple[str, ...]]) -> list[tuple[object, ...]]:
    """Each expected (kind, value, ...) with its span: the value's first place in the text after
    the previous value's, so a test names values in order and never counts characters."""
    spans: list[tuple[object, ...]] = []
    position = 0
    for item in items:
        start = text.index(item[1], position)
        spans.append((*item, start, start + len(item[1])))
        position = start + len(item[1])
    return spans
