"""Write use cases for documents: render, store the files atomically, record the audit event."""

import hashlib
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from django.conf import settings
from django.db import transaction

from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event
from rogatory.core.clock import now
from rogatory.documents.models import DocumentKind, FileFormat, StoredDocument
from rogatory.documents.rendering import (
    LetterKind,
    render_letter_docx,
    render_letter_pdf,
    render_request_docx,
    render_request_pdf,
)
from rogatory.requests.models import CooperationRequest
from rogatory.requests.queries import request_document
from rogatory.requests.services import actor_for

if TYPE_CHECKING:
    from rogatory.accounts.models import User


class _LetterOptions(TypedDict):
    reason: str
    expires_at: datetime | None
    received_at: datetime | None
    confirmed_at: datetime | None
    issued_on: date
    signatory_name: str
    signatory_title: str


@dataclass(frozen=True)
class _Rendered:
    file_format: str
    content: bytes


def _actor(user_or_actor: "User | Actor") -> Actor:
    return user_or_actor if isinstance(user_or_actor, Actor) else actor_for(user_or_actor)


def _write_new_file(directory: Path, name: str, content: bytes) -> Path:
    """Write a file that did not exist, all or nothing: a crash leaves at most a temp file
    that no row points to, never a truncated original."""
    directory.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=directory, prefix=".partial-")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        final = directory / name
        # link() refuses an existing target where rename() would replace it: originals are
        # never overwritten.
        os.link(temporary, final)
    finally:
        os.unlink(temporary)
    return final


def _store(
    actor: Actor,
    request: CooperationRequest,
    kind: str,
    languages: tuple[str, str],
    rendered: list[_Rendered],
    details: dict[str, object],
) -> list[StoredDocument]:
    created_at = now()
    relative_directory = Path("documents") / str(request.pk)
    directory = Path(settings.MEDIA_ROOT) / relative_directory
    stem = f"{kind}-{created_at:%Y%m%dT%H%M%SZ}-{secrets.token_hex(4)}"
    written: list[Path] = []
    try:
        for item in rendered:
            written.append(_write_new_file(directory, f"{stem}.{item.file_format}", item.content))
        with transaction.atomic():
            stored = [
                StoredDocument.objects.create(
                    request=request,
                    kind=kind,
                    file_format=item.file_format,
                    languages=",".join(languages),
                    sha256=hashlib.sha256(item.content).hexdigest(),
                    size=len(item.content),
                    relative_path=str(relative_directory / path.name),
                    created_at=created_at,
                    created_by=actor.username,
                )
                for item, path in zip(rendered, written, strict=True)
            ]
            record_event(
                actor,
                AuditAction.RENDER,
                object_type="request",
                object_id=request.pk,
                details={
                    **details,
                    "kind": kind,
                    "languages": list(languages),
                    "documents": [
                        {
                            "id": document.pk,
                            "format": document.file_format,
                            "sha256": document.sha256,
                            "size": document.size,
                        }
                        for document in stored
                    ],
                },
            )
    except BaseException:
        # Nothing half-done: rows rolled back, so the files they would have described go too.
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return stored


def store_request_documents(
    user_or_actor: "User | Actor", request: CooperationRequest, languages: tuple[str, str]
) -> tuple[StoredDocument, StoredDocument]:
    """Render the request as bilingual PDF and DOCX, store both files and audit the rendering."""
    document = request_document(request)
    pdf, docx = _store(
        _actor(user_or_actor),
        request,
        DocumentKind.REQUEST,
        languages,
        [
            _Rendered(FileFormat.PDF, render_request_pdf(document, languages)),
            _Rendered(FileFormat.DOCX, render_request_docx(document, languages)),
        ],
        {"reference": request.our_reference},
    )
    return pdf, docx


def store_letter(
    user_or_actor: "User | Actor",
    request: CooperationRequest,
    letter: LetterKind,
    languages: tuple[str, str],
    *,
    reason: str = "",
    expires_at: datetime | None = None,
    received_at: datetime | None = None,
    confirmed_at: datetime | None = None,
    signatory_name: str = "",
    signatory_title: str = "",
) -> tuple[StoredDocument, StoredDocument]:
    """Render one of the requested side's letters as PDF and DOCX, store and audit them.

    Dates default to the request's own clocks (received, confirmed, expires)."""
    document = request_document(request)
    options = _LetterOptions(
        reason=reason,
        expires_at=expires_at or request.preservation_expires_at,
        received_at=received_at or request.received_at,
        confirmed_at=confirmed_at or request.preservation_confirmed_at,
        issued_on=now().date(),
        signatory_name=signatory_name,
        signatory_title=signatory_title,
    )
    pdf, docx = _store(
        _actor(user_or_actor),
        request,
        letter,
        languages,
        [
            _Rendered(FileFormat.PDF, render_letter_pdf(letter, document, languages, **options)),
            _Rendered(FileFormat.DOCX, render_letter_docx(letter, document, languages, **options)),
        ],
        {"reference": request.our_reference, "reason": reason},
    )
    return pdf, docx
