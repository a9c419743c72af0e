"""Documents rendered from a request and kept as evidence of what was sent or answered."""

from pathlib import Path

from django.conf import settings
from django.db import models

from rogatory.requests.models import CooperationRequest


class DocumentKind(models.TextChoices):
    REQUEST = "request", "Preservation request"
    ACKNOWLEDGEMENT = "acknowledgement", "Acknowledgement of receipt"
    PRESERVATION_CONFIRMED = "preservation_confirmed", "Confirmation of preservation"
    REFUSAL = "refusal", "Refusal"
    CLARIFICATION = "clarification", "Request for clarification"


class FileFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    DOCX = "docx", "DOCX"


class StoredDocument(models.Model):
    """One rendered file. Written once under MEDIA_ROOT and never modified: its SHA-256 is
    verified every time it is read back."""

    request = models.ForeignKey(
        CooperationRequest, on_delete=models.PROTECT, related_name="stored_documents"
    )
    kind = models.CharField(max_length=30, choices=DocumentKind.choices)
    file_format = models.CharField(max_length=8, choices=FileFormat.choices)
    languages = models.CharField(max_length=20, help_text="Column languages, e.g. 'fr,en'")
    sha256 = models.CharField(max_length=64)
    size = models.PositiveBigIntegerField()
    relative_path = models.CharField(max_length=300, unique=True, help_text="Under MEDIA_ROOT")
    created_at = models.DateTimeField()
    created_by = models.CharField(max_length=150)

    class Meta:
        ordering = ["request_id", "-created_at", "id"]

    def __str__(self) -> str:
        return f"{self.kind}.{self.file_format} ({self.languages}) of request {self.request_id}"

    @property
    def path(self) -> Path:
        return Path(settings.MEDIA_ROOT) / self.relative_path

    @property
    def media_type(self) -> str:
        if self.file_format == FileFormat.PDF:
            return "application/pdf"
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    @property
    def file_name(self) -> str:
        return Path(self.relative_path).name
