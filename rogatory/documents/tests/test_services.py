"""Storing rendered documents: files written once, hashed, audited; all or nothing."""

import hashlib
from pathlib import Path
from typing import Any

import pytest

from rogatory.audit.models import AuditEvent
from rogatory.audit.services import Actor
from rogatory.core.errors import DomainError
from rogatory.documents import services
from rogatory.documents.models import StoredDocument
from rogatory.documents.queries import (
    DocumentAltered,
    default_languages,
    read_stored_document,
)
from rogatory.documents.services import store_letter, store_request_documents
from rogatory.documents.tests.helpers import docx_text, pdf_text, squeeze
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest
from rogatory.requests.services import create_request


@pytest.fixture
def media_root(settings: Any, tmp_path: Path) -> Path:
    settings.MEDIA_ROOT = tmp_path / "files"
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def draft(alice: Any, complete_document: dict[str, Any]) -> CooperationRequest:
    return create_request(alice, RequestDocument.model_validate(complete_document))


def _files(root: Path) -> list[Path]:
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


@pytest.mark.django_db
def test_storing_the_request_writes_a_pdf_and_a_docx_with_their_sha256_and_audits_it(
    alice: Any, draft: CooperationRequest, media_root: Path
) -> None:
    pdf, docx = store_request_documents(alice, draft, ("fr", "en"))

    assert [path.name for path in _files(media_root)] == sorted([pdf.file_name, docx.file_name])
    for stored in (pdf, docx):
        content = stored.path.read_bytes()
        assert stored.sha256 == hashlib.sha256(content).hexdigest()
        assert stored.size == len(content)
        assert (stored.kind, stored.languages, stored.created_by) == ("request", "fr,en", "alice")
    assert squeeze("Demande de conservation rapide de données informatiques stockées") in squeeze(
        pdf_text(read_stored_document(pdf))
    )
    assert "suspect.owl@examplemail.example" in docx_text(read_stored_document(docx))
    event = AuditEvent.objects.get(action="render")
    assert (event.actor_username, event.object_id) == ("alice", str(draft.pk))
    assert [entry["sha256"] for entry in event.details["documents"]] == [pdf.sha256, docx.sha256]


@pytest.mark.django_db
def test_a_failed_audit_write_leaves_no_file_and_no_row(
    alice: Any, draft: CooperationRequest, media_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise DomainError("audit log unavailable")

    monkeypatch.setattr(services, "record_event", refuse)

    with pytest.raises(DomainError, match="audit log unavailable"):
        store_request_documents(alice, draft, ("fr", "en"))

    assert _files(media_root) == []
    assert StoredDocument.objects.count() == 0


@pytest.mark.django_db
def test_a_failed_rendering_leaves_no_file_and_no_row(
    alice: Any, draft: CooperationRequest, media_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_docx(*args: Any) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(services, "render_request_docx", broken_docx)

    with pytest.raises(OSError, match="disk full"):
        store_request_documents(alice, draft, ("fr", "en"))

    assert _files(media_root) == []
    assert StoredDocument.objects.count() == 0
    assert not AuditEvent.objects.filter(action="render").exists()


@pytest.mark.django_db
def test_an_altered_file_is_refused_when_read_back(
    alice: Any, draft: CooperationRequest, media_root: Path
) -> None:
    pdf, _ = store_request_documents(alice, draft, ("fr", "en"))
    pdf.path.write_bytes(pdf.path.read_bytes() + b"%tampered")

    with pytest.raises(DocumentAltered) as refused:
        read_stored_document(pdf)

    assert refused.value.message == (
        f"stored document {pdf.pk} ({pdf.file_name}) does not match its recorded SHA-256: "
        "it was altered after it was written"
    )


@pytest.mark.django_db
def test_a_second_rendering_keeps_the_first_files_untouched(
    alice: Any, draft: CooperationRequest, media_root: Path
) -> None:
    first, _ = store_request_documents(alice, draft, ("fr", "en"))
    before = first.path.read_bytes()

    second, _ = store_request_documents(alice, draft, ("en", "fr"))

    assert second.relative_path != first.relative_path
    assert first.path.read_bytes() == before
    assert len(_files(media_root)) == 4


@pytest.mark.django_db
def test_a_letter_is_stored_by_a_system_actor_with_its_reason(
    draft: CooperationRequest, media_root: Path
) -> None:
    worker = Actor(username="system:worker", role="system", source="worker")

    pdf, docx = store_letter(
        worker,
        draft,
        "refusal",
        ("en", "fr"),
        reason="Political offence (Article 29, paragraph 5).",
    )

    assert (pdf.kind, docx.kind, pdf.created_by) == ("refusal", "refusal", "system:worker")
    assert squeeze("Political offence (Article 29, paragraph 5).") in squeeze(
        pdf_text(read_stored_document(pdf))
    )
    assert "Motifs du refus" in docx_text(read_stored_document(docx))
    event = AuditEvent.objects.get(action="render")
    assert event.details["reason"] == "Political offence (Article 29, paragraph 5)."


@pytest.mark.django_db
def test_default_languages_pair_the_requesters_language_with_one_the_desk_accepts(
    draft: CooperationRequest,
) -> None:
    # France writes in French; the German desk accepts en and es, and the request says en.
    assert default_languages(draft) == ("fr", "en")

    draft.counterpart_language = "de"
    assert default_languages(draft) == ("fr", "en")

    assert draft.requested_contact_point is not None
    draft.requested_contact_point.languages = ["de", "es"]
    assert default_languages(draft) == ("fr", "es")

    draft.requested_contact_point.languages = ["de"]
    draft.requesting_authority.languages = ["it"]
    assert default_languages(draft) == ("en", "en")
