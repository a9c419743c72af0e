"""Every write of the intake: receive files, advance one document one stage, confirm the draft.

Expensive work (text extraction, OCR) runs before the transaction that stores its result, and
that transaction re-checks the stage under the row lock, so a stage re-run or run twice by two
workers stores its result once. A failure is stored on the document and stops it there, with
nothing of the failed stage written.
"""

import hashlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.module_loading import import_string
from django.utils.translation import gettext_noop as N_

from rogatory.audit.models import AuditAction
from rogatory.audit.services import record_event
from rogatory.core.clock import now
from rogatory.core.errors import DomainError, InvalidTransition, NotAllowed, ValidationFailed
from rogatory.intake.access import access_intake
from rogatory.intake.analysis import analyse, find_identifiers
from rogatory.intake.extract_text import extract, safe_file_name
from rogatory.intake.language import detect_language, main_language
from rogatory.intake.limits import current_limits
from rogatory.intake.models import (
    BatchStage,
    IntakeBatch,
    IntakeDocument,
    IntakeIdentifier,
    IntakePage,
    Stage,
)
from rogatory.intake.pages import Identifier, PageText
from rogatory.intake.queries import directory_entries
from rogatory.intake.region import letter_region
from rogatory.requests.document import PartyBlock, RequestDocument
from rogatory.requests.services import actor_for, create_request
from rogatory.transmission.models import Transmission
from rogatory.transmission.services import acknowledge_request

if TYPE_CHECKING:
    from rogatory.accounts.models import User

ADVANCE_TASK = "rogatory.intake.tasks.advance_intake_document"


def _enqueue(document_id: int) -> None:
    import_string(ADVANCE_TASK).enqueue(document_id)


def _new_document(
    batch: IntakeBatch, position: int, file_name: str, data: bytes, **extra: object
) -> IntakeDocument:
    instant = now()
    document = IntakeDocument.objects.create(
        batch=batch,
        position=position,
        file_name=safe_file_name(file_name),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
        created_at=instant,
        updated_at=instant,
        **extra,
    )
    transaction.on_commit(lambda: _enqueue(document.pk))
    return document


def receive_intake(
    user: "User", files: Sequence[tuple[str, bytes]], *, source: str = ""
) -> IntakeBatch:
    """Store received files as one intake of the user's authority and queue their processing."""
    if user.authority_id is None:
        raise NotAllowed(N_("Your account belongs to no authority; ask an administrator."))
    if not files:
        raise ValidationFailed(N_("Give at least one file."))
    limits = current_limits()
    for name, data in files:
        if len(data) > limits.max_bytes:
            raise ValidationFailed(
                N_("%(file)s: the file is %(size)s bytes; at most %(limit)s are accepted."),
                params={"file": safe_file_name(name), "size": len(data), "limit": limits.max_bytes},
            )
    with transaction.atomic():
        instant = now()
        batch = IntakeBatch.objects.create(
            owner_authority_id=user.authority_id,
            created_by=user,
            created_at=instant,
            updated_at=instant,
            source=source,
        )
        for position, (name, data) in enumerate(files):
            _new_document(batch, position, name, data)
        record_event(
            actor_for(user, source),
            AuditAction.CREATE,
            object_type="intake",
            object_id=batch.pk,
            details={"files": len(files)},
        )
    return batch


def _fail(document_id: int, message: str) -> None:
    with transaction.atomic():
        document = IntakeDocument.objects.select_for_update().get(pk=document_id)
        document.stage = Stage.FAILED
        document.error = message
        document.updated_at = now()
        document.save(update_fields=["stage", "error", "updated_at"])
        batch = IntakeBatch.objects.select_for_update().get(pk=document.batch_id)
        if batch.stage == BatchStage.RECEIVING:
            batch.stage = BatchStage.FAILED
            batch.error = f"{document.file_name}: {message}"
            batch.updated_at = document.updated_at
            batch.save(update_fields=["stage", "error", "updated_at"])


def _locked_at(document_id: int, stage: Stage) -> IntakeDocument | None:
    document = IntakeDocument.objects.select_for_update().get(pk=document_id)
    return document if document.stage == stage else None


def _stage_text(document: IntakeDocument) -> None:
    limits = current_limits()
    extracted = extract(document.file_name, bytes(document.content), limits)
    if extracted.attachments and document.depth >= limits.max_attachment_depth:
        raise ValidationFailed(
            N_("The e-mail nests attachments more than %(depth)s levels deep."),
            params={"depth": limits.max_attachment_depth},
        )
    with transaction.atomic():
        locked = _locked_at(document.pk, Stage.STORED)
        if locked is None:
            return
        IntakePage.objects.bulk_create(
            IntakePage(
                document=locked,
                number=page.number,
                text=page.text,
                method=page.method,
                ocr_confidence=page.ocr_confidence,
                ocr_doubtful=[list(word) for word in page.ocr_doubtful],
            )
            for page in extracted.pages
        )
        last = IntakeDocument.objects.filter(batch_id=locked.batch_id).order_by("-position")
        position = last.values_list("position", flat=True).first() or 0
        for offset, attachment in enumerate(extracted.attachments, start=1):
            _new_document(
                locked.batch,
                position + offset,
                attachment.file_name,
                attachment.data,
                parent=locked,
                depth=locked.depth + 1,
            )
        locked.media_type = extracted.media_type
        locked.flags = list(extracted.flags)
        locked.stage = Stage.TEXT
        locked.updated_at = now()
        locked.save(update_fields=["media_type", "flags", "stage", "updated_at"])


def _stage_language(document: IntakeDocument) -> None:
    pages = list(document.pages.all())
    found = [(page.pk, detect_language(page.text)) for page in pages]
    with transaction.atomic():
        locked = _locked_at(document.pk, Stage.TEXT)
        if locked is None:
            return
        for page, (_, language) in zip(pages, found, strict=True):
            page.language = language
        IntakePage.objects.bulk_update(pages, ["language"])
        locked.language = main_language(
            [(language, len(page.text)) for page, (_, language) in zip(pages, found, strict=True)]
        )
        locked.stage = Stage.LANGUAGE
        locked.updated_at = now()
        locked.save(update_fields=["language", "stage", "updated_at"])


def _page_texts(document: IntakeDocument) -> list[PageText]:
    return [
        PageText(
            document.position,
            p.number,
            p.text,
            p.ocr_confidence,
            p.language,
            tuple(
                (int(start), int(end), float(confidence))
                for start, end, confidence in p.ocr_doubtful
            ),
        )
        for p in document.pages.all()
    ]


def _stage_identifiers(document: IntakeDocument) -> None:
    pages = _page_texts(document)
    # Phone numbers written without a country code are read with the letter's country.
    region = letter_region(pages, document.language)
    found = [i for page in pages for i in find_identifiers(page, default_region=region)]
    with transaction.atomic():
        locked = _locked_at(document.pk, Stage.LANGUAGE)
        if locked is None:
            return
        IntakeIdentifier.objects.bulk_create(
            IntakeIdentifier(
                document=locked,
                page=i.page,
                type=i.type,
                value=i.value,
                normalized=i.normalized,
                start=i.start,
                end=i.end,
                attributes=dict(i.attributes),
                confidence=i.confidence,
                flags=list(i.flags),
            )
            for i in found
        )
        locked.stage = Stage.IDENTIFIERS
        locked.updated_at = now()
        locked.save(update_fields=["stage", "updated_at"])


def _draft_batch(batch_id: int) -> bool:
    with transaction.atomic():
        batch = IntakeBatch.objects.select_for_update().get(pk=batch_id)
        documents = list(batch.documents.all())
        if batch.stage != BatchStage.RECEIVING or any(
            d.stage != Stage.IDENTIFIERS for d in documents
        ):
            return False
        pages = [p for d in documents for p in _page_texts(d)]
        positions = {d.pk: d.position for d in documents}
        identifiers = [
            Identifier(
                document=positions[row.document_id],
                page=row.page,
                type=row.type,
                value=row.value,
                normalized=row.normalized,
                start=row.start,
                end=row.end,
                attributes=dict(row.attributes),
                confidence=row.confidence,
                flags=tuple(row.flags),
            )
            for row in IntakeIdentifier.objects.filter(document__batch=batch)
        ]
        language = main_language([(p.language, len(p.text)) for p in pages])
        authorities = directory_entries(excluding_authority_id=batch.owner_authority_id)
        result = analyse(pages, identifiers, language, authorities)
        batch.language = result.language
        batch.kind = result.kind.value
        batch.kind_confidence = result.kind.confidence
        batch.flags = [flag.as_dict() for flag in result.flags]
        batch.draft = result.draft.model_dump(mode="json", by_alias=True)
        batch.provenance = result.provenance
        batch.authority_guess = result.requesting_authority.as_dict()
        batch.stage = BatchStage.DRAFTED
        batch.updated_at = now()
        batch.save()
    return True


STAGES: dict[str, Callable[[IntakeDocument], None]] = {
    Stage.STORED: _stage_text,
    Stage.TEXT: _stage_language,
    Stage.LANGUAGE: _stage_identifiers,
}


def advance_intake_document(document_id: int) -> bool:
    """Run the next stage of one document; False when it has nothing left to do or failed."""
    document = IntakeDocument.objects.filter(pk=document_id).first()
    if document is None or document.stage == Stage.FAILED:
        return False
    if document.stage == Stage.IDENTIFIERS:
        return _draft_batch(document.batch_id)
    try:
        STAGES[document.stage](document)
    except DomainError as error:
        _fail(document_id, error.message)
        return False
    return True


def process_intake(batch_id: int) -> None:
    """Run every stage of every document of an intake now, in this process."""
    while True:
        progressed = False
        for document_id in IntakeDocument.objects.filter(batch_id=batch_id).values_list(
            "pk", flat=True
        ):
            while advance_intake_document(document_id):
                progressed = True
        if not progressed:
            return


def confirm_intake(
    user: "User",
    intake_id: int,
    *,
    requesting_authority: str,
    our_reference: str,
    kind: str = "",
    their_reference: str | None = None,
    source: str = "",
) -> Transmission:
    """Register the draft, with the officer's corrections, as an incoming request; acknowledge it."""
    with transaction.atomic():
        batch = access_intake(user, intake_id, for_update=True)
        if batch.stage != BatchStage.DRAFTED:
            raise InvalidTransition(
                N_("Only a ready draft can be confirmed; this intake is '%(stage)s'."),
                params={"stage": batch.get_stage_display()},
            )
        fields = dict(batch.draft)
        # The officer's corrections replace what was read from the letter; the kind is set
        # before validation because the kind decides which details are valid.
        if kind:
            fields["kind"] = kind
        if their_reference is not None:
            fields["their_reference"] = their_reference
        document = RequestDocument.model_validate(fields)
        document.requesting_authority = PartyBlock(code=requesting_authority)
        document.requested_authority = PartyBlock(code=batch.owner_authority.code)
        document.our_reference = our_reference
        request = create_request(user, document, source=source)
        transmission = acknowledge_request(user, request.pk, source=source)
        batch.request = request
        batch.stage = BatchStage.CONFIRMED
        batch.updated_at = now()
        batch.save(update_fields=["request", "stage", "updated_at"])
        record_event(
            actor_for(user, source),
            AuditAction.UPDATE,
            object_type="intake",
            object_id=batch.pk,
            details={"request": request.pk},
        )
    return transmission
