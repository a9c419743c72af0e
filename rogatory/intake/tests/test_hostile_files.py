"""Hostile files: a clear error on the document and nothing half-written."""

import io
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader, PdfWriter

from rogatory.intake.access import access_intake
from rogatory.intake.models import BatchStage, IntakeDocument, IntakeIdentifier, IntakePage, Stage
from rogatory.intake.services import process_intake, receive_intake
from rogatory.intake.tests import files
from rogatory.requests.models import CooperationRequest

pytestmark = pytest.mark.django_db


def _refused(user: Any, name: str, data: bytes) -> str:
    batch = receive_intake(user, [(name, data)])
    process_intake(batch.pk)
    batch = access_intake(user, batch.pk)
    failed = batch.documents.filter(stage=Stage.FAILED).get()
    assert batch.stage == BatchStage.FAILED
    assert batch.draft == {}
    assert IntakePage.objects.filter(document__batch=batch).count() == 0
    assert IntakeIdentifier.objects.filter(document__batch=batch).count() == 0
    assert CooperationRequest.objects.count() == 0
    assert batch.error == f"{failed.file_name}: {failed.error}"
    return failed.error


def _encrypted_pdf() -> bytes:
    reader = PdfReader(io.BytesIO(files.pdf_from_html("<p>Secret</p>")))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt("open-sesame")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _blank_pdf(pages: int) -> bytes:
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        pdf.new_page(595, 842)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def test_a_malformed_pdf_is_refused(dieter: Any) -> None:
    error = _refused(dieter, "bad.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF")
    assert error == "The PDF is damaged and cannot be read."


def test_an_encrypted_pdf_is_refused(dieter: Any) -> None:
    error = _refused(dieter, "locked.pdf", _encrypted_pdf())
    assert error == "The PDF is encrypted: ask the sender for a copy without a password."


def test_thousands_of_pages_are_refused(dieter: Any) -> None:
    error = _refused(dieter, "long.pdf", _blank_pdf(2000))
    assert error == "The document has 2000 pages; at most 500 are accepted."


def test_a_docx_with_too_many_entries_is_refused(dieter: Any) -> None:
    error = _refused(dieter, "many.docx", files.zip_bomb_docx(entries=2001))
    assert error == "The Word file holds 2002 parts; at most 2000 are accepted."


def test_a_docx_zip_bomb_is_refused(dieter: Any, settings: Any) -> None:
    settings.INTAKE_MAX_ZIP_UNCOMPRESSED_BYTES = 1_000_000
    error = _refused(dieter, "bomb.docx", files.zip_bomb_docx(expanded=2_000_000))
    assert error == "The Word file expands beyond the size allowed (a zip bomb?)."


def test_a_damaged_docx_is_refused(dieter: Any) -> None:
    error = _refused(dieter, "broken.docx", b"PK\x03\x04" + b"\x00" * 100)
    assert error == "The Word file is damaged and cannot be read."


def test_a_damaged_image_is_refused(dieter: Any) -> None:
    error = _refused(dieter, "scan.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    assert error == "The image is damaged or too large to read."


def test_a_huge_file_is_refused_before_anything_is_stored(dieter: Any, settings: Any) -> None:
    from rogatory.core.errors import ValidationFailed

    settings.INTAKE_MAX_BYTES = 1000
    with pytest.raises(ValidationFailed) as refused:
        receive_intake(dieter, [("../big.txt", b"x" * 1001)])
    assert refused.value.message == "big.txt: the file is 1001 bytes; at most 1000 are accepted."
    assert IntakeDocument.objects.count() == 0


def test_a_document_over_its_time_is_refused(dieter: Any, settings: Any) -> None:
    settings.INTAKE_MAX_SECONDS = 0.5
    scans = [files.scan(["Page de texte numérisée"]) for _ in range(3)]
    error = _refused(dieter, "slow.pdf", files.scanned_pdf(scans))
    assert error in {
        "The document took longer than the time allowed to process.",
        "OCR took longer than the time allowed per document.",
    }


def test_emails_nested_too_deeply_are_refused_with_nothing_of_the_email_written(
    dieter: Any,
) -> None:
    mail = files.email_file("innermost", [])
    for level in range(4):
        mail = files.email_file(f"level {level}", [("inner.eml", mail, "message/rfc822")])
    batch = receive_intake(dieter, [("outer.eml", mail)])
    process_intake(batch.pk)
    batch = access_intake(dieter, batch.pk)
    assert batch.stage == BatchStage.FAILED
    assert batch.error == ("inner.eml: The e-mail nests attachments more than 3 levels deep.")
    assert batch.draft == {}
    assert CooperationRequest.objects.count() == 0


def test_attachment_names_with_path_tricks_are_stored_by_their_last_part(dieter: Any) -> None:
    mail = files.email_file(
        "see attached", [("../../../etc/cron.d/x.txt", b"Demande de conservation", "text/plain")]
    )
    batch = receive_intake(dieter, [("mail.eml", mail)])
    process_intake(batch.pk)
    names = list(batch.documents.values_list("file_name", flat=True))
    assert names == ["mail.eml", "x.txt"]
