"""What the identifier extractor finds in a text, read the ways the extraction tests compare it:
one kind's canonical forms, its values as written, both, or every finding with its kind."""

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
