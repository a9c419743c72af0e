"""An intake: the files received together, their text per page, their identifiers, the draft."""

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import pgettext_lazy


class Stage(models.TextChoices):
    """How far a document has come; each stage is done once and skipped when re-run."""

    STORED = "stored", pgettext_lazy("intake stage", "Stored")
    TEXT = "text", pgettext_lazy("intake stage", "Text extracted")
    LANGUAGE = "language", pgettext_lazy("intake stage", "Language detected")
    IDENTIFIERS = "identifiers", pgettext_lazy("intake stage", "Identifiers found")
    FAILED = "failed", pgettext_lazy("intake stage", "Failed")


class BatchStage(models.TextChoices):
    RECEIVING = "receiving", pgettext_lazy("intake stage", "Receiving")
    DRAFTED = "drafted", pgettext_lazy("intake stage", "Draft ready")
    FAILED = "failed", pgettext_lazy("intake stage", "Failed")
    CONFIRMED = "confirmed", pgettext_lazy("intake stage", "Confirmed and acknowledged")


class IntakeBatchQuerySet(models.QuerySet["IntakeBatch"]):
    def visible_to_authority(self, authority_id: int | None) -> "IntakeBatchQuerySet":
        """Intakes received by this authority (need-to-know: no one else sees them)."""
        if authority_id is None:
            return self.none()
        return self.filter(owner_authority_id=authority_id)


class IntakeBatch(models.Model):
    """Files received together (an upload, or an e-mail and its attachments): one draft."""

    owner_authority = models.ForeignKey(
        "directory.Authority", on_delete=models.PROTECT, related_name="intakes"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="intakes"
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    source = models.CharField(max_length=20, blank=True)
    stage = models.CharField(
        max_length=20, choices=BatchStage.choices, default=BatchStage.RECEIVING
    )
    error = models.TextField(blank=True)
    language = models.CharField(max_length=8, blank=True)
    kind = models.CharField(max_length=40, blank=True)
    kind_confidence = models.FloatField(null=True, blank=True)
    flags = models.JSONField(default=list, blank=True)
    draft = models.JSONField(default=dict, blank=True)
    provenance = models.JSONField(default=dict, blank=True)
    # The requesting authority guessed from the directory: code ("" for none), confidence,
    # reason, span and the candidates weighed (rogatory.intake.authority).
    authority_guess = models.JSONField(default=dict, blank=True)
    request = models.OneToOneField(
        "requests.CooperationRequest",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="intake",
    )

    objects = IntakeBatchQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Intake {self.pk}"


class IntakeDocument(models.Model):
    """One received file, kept byte for byte as it came (never modified)."""

    batch = models.ForeignKey(IntakeBatch, on_delete=models.CASCADE, related_name="documents")
    position = models.PositiveIntegerField()
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="attachments"
    )
    depth = models.PositiveSmallIntegerField(default=0)
    file_name = models.CharField(max_length=255)
    media_type = models.CharField(max_length=120, blank=True)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64)
    content = models.BinaryField()
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.STORED)
    error = models.TextField(blank=True)
    language = models.CharField(max_length=8, blank=True)
    flags = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["batch", "position"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "position"], name="intake_document_position")
        ]

    def __str__(self) -> str:
        return self.file_name


class IntakePage(models.Model):
    document = models.ForeignKey(IntakeDocument, on_delete=models.CASCADE, related_name="pages")
    number = models.PositiveIntegerField()
    text = models.TextField()
    method = models.CharField(max_length=20)  # text_layer | ocr
    ocr_confidence = models.FloatField(null=True, blank=True)
    # Words OCR still doubts after its retries: [start, end, confidence] in `text`, kept so the
    # draft can flag the identifiers they touch (the identifier stage reads pages back).
    ocr_doubtful = models.JSONField(default=list, blank=True)
    language = models.CharField(max_length=8, blank=True)

    class Meta:
        ordering = ["document", "number"]
        constraints = [
            models.UniqueConstraint(fields=["document", "number"], name="intake_page_number")
        ]

    def __str__(self) -> str:
        return f"page {self.number}"


class IntakeIdentifier(models.Model):
    document = models.ForeignKey(
        IntakeDocument, on_delete=models.CASCADE, related_name="identifiers"
    )
    page = models.PositiveIntegerField()
    type = models.CharField(max_length=40)
    value = models.TextField()
    normalized = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    attributes = models.JSONField(default=dict, blank=True)
    confidence = models.FloatField(default=1.0)
    flags = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["document", "page", "start", "id"]

    def __str__(self) -> str:
        return f"{self.type} {self.normalized}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "value": self.value,
            "normalized": self.normalized,
            "start": self.start,
            "end": self.end,
            "page": self.page,
            "attributes": self.attributes,
            "confidence": self.confidence,
            "flags": self.flags,
        }
