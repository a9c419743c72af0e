"""Read use cases for rendered documents: which languages, and the verified file content."""

import hashlib

from rogatory.core.errors import DomainError
from rogatory.core.languages import FORM_LANGUAGES
from rogatory.documents.models import StoredDocument
from rogatory.requests.models import CooperationRequest


class DocumentAltered(DomainError):
    """A stored file no longer matches its SHA-256: evidence integrity is broken."""

    code = "document_altered"


def default_languages(request: CooperationRequest) -> tuple[str, str]:
    """Return (requesting authority's language, a language the requested contact accepts)."""
    primary = request.requesting_authority.primary_language
    first = primary if primary in FORM_LANGUAGES else "en"
    contact = request.requested_contact_point
    accepted = list(contact.languages) if contact is not None else []
    if not accepted:
        accepted = list(request.requested_authority.languages)
    if request.counterpart_language in FORM_LANGUAGES and (
        not accepted or request.counterpart_language in accepted
    ):
        return first, request.counterpart_language
    second = next((language for language in accepted if language in FORM_LANGUAGES), "en")
    return first, second


def read_stored_document(document: StoredDocument) -> bytes:
    """Return the file's bytes after checking them against the recorded SHA-256."""
    content = document.path.read_bytes()
    if hashlib.sha256(content).hexdigest() != document.sha256:
        raise DocumentAltered(
            f"stored document {document.pk} ({document.file_name}) does not match its "
            "recorded SHA-256: it was altered after it was written"
        )
    return content
