"""Transmissions: every message sent to or received from the counterpart, with its delivery state.

An outgoing e-mail is written here, pending, in the same transaction as the state change it
announces (a transactional outbox); a worker or the sweeper delivers it afterwards.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import pgettext_lazy

from rogatory.documents.models import StoredDocument
from rogatory.requests.models import Channel, CooperationRequest


class TransmissionDirection(models.TextChoices):
    OUTGOING = "outgoing", pgettext_lazy("transmission direction", "Outgoing")
    INCOMING = "incoming", pgettext_lazy("transmission direction", "Incoming")


class Purpose(models.TextChoices):
    REQUEST = "request", pgettext_lazy("transmission purpose", "Request")
    ACKNOWLEDGEMENT = (
        "acknowledgement",
        pgettext_lazy("transmission purpose", "Acknowledgement of receipt"),
    )
    PRESERVATION_CONFIRMED = (
        "preservation_confirmed",
        pgettext_lazy("transmission purpose", "Confirmation of preservation"),
    )
    REFUSAL = "refusal", pgettext_lazy("transmission purpose", "Refusal")
    CLARIFICATION = (
        "clarification",
        pgettext_lazy("transmission purpose", "Request for clarification"),
    )
    CHASE = "chase", pgettext_lazy("transmission purpose", "Chase")
    REMINDER = "reminder", pgettext_lazy("transmission purpose", "Reminder")


class DeliveryState(models.TextChoices):
    PENDING = "pending", pgettext_lazy("delivery state", "Pending")
    DELIVERED = "delivered", pgettext_lazy("delivery state", "Delivered")
    FAILED = "failed", pgettext_lazy("delivery state", "Failed")


class Transmission(models.Model):
    """One message about a request, by one channel, in one direction."""

    request = models.ForeignKey(
        CooperationRequest, on_delete=models.PROTECT, related_name="transmissions"
    )
    direction = models.CharField(max_length=10, choices=TransmissionDirection.choices)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    purpose = models.CharField(max_length=30, choices=Purpose.choices)
    recipient = models.CharField(max_length=320, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField(blank=True)
    # RFC 5322 Message-ID with its angle brackets, as sent: the counterpart's reply quotes it.
    message_id = models.CharField(max_length=255, blank=True)
    their_reference = models.CharField(max_length=80, blank=True)
    note = models.TextField(blank=True)
    # The stored PDF is read back and checked against its SHA-256 at every delivery attempt, so
    # a retry sends exactly the document that was approved and recorded.
    attachment = models.ForeignKey(
        StoredDocument, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    attachment_filename = models.CharField(max_length=255, blank=True)
    attachment_sha256 = models.CharField(max_length=64, blank=True)
    state = models.CharField(
        max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    queued_at = models.DateTimeField()
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["queued_at", "id"]
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                name="transmission_attempt_due",
                condition=Q(state="pending"),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["message_id"],
                name="one_transmission_per_message_id",
                condition=~Q(message_id=""),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.direction} {self.purpose} of request {self.request_id} ({self.state})"
