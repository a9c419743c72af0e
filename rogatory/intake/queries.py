"""Read use cases of the intake."""

from typing import Any

from rogatory.directory.models import Authority, AuthorityType
from rogatory.intake.authority import DirectoryEntry
from rogatory.intake.models import IntakeBatch


def directory_entries(*, excluding_authority_id: int | None = None) -> list[DirectoryEntry]:
    """Return the authorities a request may come from (not providers), with contact addresses."""
    authorities = Authority.objects.exclude(authority_type=AuthorityType.SERVICE_PROVIDER)
    if excluding_authority_id is not None:
        authorities = authorities.exclude(pk=excluding_authority_id)
    return [
        DirectoryEntry(
            code=authority.code,
            name=authority.name,
            name_local=authority.name_local,
            country=authority.country_id,
            emails=tuple(c.email for c in authority.contact_points.all() if c.email),
        )
        for authority in authorities.prefetch_related("contact_points").order_by("code")
    ]


def intake_result(batch: IntakeBatch) -> dict[str, Any]:
    """Return an intake as the API and the CLI show it: its stage, result, draft and files."""
    documents = list(batch.documents.prefetch_related("pages", "identifiers"))
    return {
        "id": batch.pk,
        "stage": batch.stage,
        "error": batch.error,
        "language": batch.language,
        "kind": {"value": batch.kind, "confidence": batch.kind_confidence},
        "requesting_authority": batch.authority_guess or None,
        "request_date": batch.draft.get("request_date"),
        "identifiers": [
            {**row.as_dict(), "document": document.position}
            for document in documents
            for row in document.identifiers.all()
        ],
        "flags": batch.flags,
        "draft": batch.draft,
        "provenance": batch.provenance,
        "request_id": batch.request_id,
        "documents": [
            {
                "position": d.position,
                "file_name": d.file_name,
                "media_type": d.media_type,
                "size": d.size,
                "sha256": d.sha256,
                "stage": d.stage,
                "error": d.error,
                "language": d.language,
                "pages": [
                    {
                        "number": p.number,
                        "method": p.method,
                        "ocr_confidence": p.ocr_confidence,
                        "language": p.language,
                        "text": p.text,
                    }
                    for p in d.pages.all()
                ],
            }
            for d in documents
        ],
    }
