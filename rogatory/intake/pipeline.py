"""Every stage in memory, without a database write: what `rogatory intake FILE` prints."""

from collections.abc import Sequence

from rogatory.core.errors import ValidationFailed
from rogatory.intake.analysis import Analysis, analyse, find_identifiers
from rogatory.intake.authority import DirectoryEntry
from rogatory.intake.extract_text import Extracted, extract
from rogatory.intake.language import detect_language, main_language
from rogatory.intake.limits import Limits
from rogatory.intake.pages import PageText
from rogatory.intake.region import letter_region


def _extract_all(file_name: str, data: bytes, limits: Limits, depth: int) -> list[Extracted]:
    extracted = extract(file_name, data, limits)
    if extracted.attachments and depth >= limits.max_attachment_depth:
        raise ValidationFailed(
            f"The e-mail nests attachments more than {limits.max_attachment_depth} levels deep."
        )
    found = [extracted]
    for attachment in extracted.attachments:
        found.extend(_extract_all(attachment.file_name, attachment.data, limits, depth + 1))
    return found


def analyse_file(
    file_name: str, data: bytes, limits: Limits, authorities: Sequence[DirectoryEntry] = ()
) -> Analysis:
    """Run text, language, identifiers, kind, draft and triage on one file and its attachments."""
    pages = [
        PageText(
            position,
            page.number,
            page.text,
            page.ocr_confidence,
            detect_language(page.text),
            page.ocr_doubtful,
        )
        for position, extracted in enumerate(_extract_all(file_name, data, limits, 0))
        for page in extracted.pages
    ]
    language = main_language([(page.language, len(page.text)) for page in pages])
    # Phone numbers written without a country code are read with the letter's country.
    region = letter_region(pages, language)
    identifiers = [i for page in pages for i in find_identifiers(page, default_region=region)]
    return analyse(pages, identifiers, language, authorities)
