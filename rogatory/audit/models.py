"""The audit log: append-only, hash-chained (security.md, "Audit and integrity")."""

from django.db import models


class AuditAction(models.TextChoices):
    """The closed catalogue of audited actions; add a member before recording a new kind."""

    SIGN_IN = "sign_in", "Sign-in"
    SIGN_IN_FAILED = "sign_in_failed", "Failed sign-in"
    SIGN_OUT = "sign_out", "Sign-out"
    ACCESS = "access", "Access to an object"
    ACCESS_DENIED = "access_denied", "Access refused"
    CREATE = "create", "Creation"
    UPDATE = "update", "Change"
    TRANSITION = "transition", "Lifecycle transition"
    EXPORT = "export", "Export"
    RENDER = "render", "Document rendered"
    TRANSMIT = "transmit", "Transmission"
    REMIND = "remind", "Reminder sent"
    PERMISSION_CHANGE = "permission_change", "Permission change"
    DIRECTORY_IMPORT = "directory_import", "Directory import"


class AuditEvent(models.Model):
    """One audited fact. Never updated or deleted: database triggers refuse it."""

    sequence = models.BigIntegerField(unique=True)
    occurred_at = models.DateTimeField()
    actor_username = models.CharField(max_length=150, blank=True)
    actor_role = models.CharField(max_length=40, blank=True)
    actor_authority = models.CharField(max_length=80, blank=True)
    action = models.CharField(max_length=40, choices=AuditAction.choices)
    object_type = models.CharField(max_length=80, blank=True)
    object_id = models.CharField(max_length=80, blank=True)
    outcome = models.CharField(max_length=40, default="success")
    source = models.CharField(
        max_length=80, blank=True, help_text="Where: IP address, 'cli', 'sweeper'."
    )
    justification = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    previous_hash = models.CharField(max_length=64)
    event_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["sequence"]

    def __str__(self) -> str:
        return f"#{self.sequence} {self.action} {self.object_type}:{self.object_id}"


class AuditChainHead(models.Model):
    """A single row holding the last sequence and hash: the lock that serialises appends and
    the witness that reveals a truncated tail."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    last_sequence = models.BigIntegerField(default=0)
    last_hash = models.CharField(max_length=64, default="0" * 64)

    def __str__(self) -> str:
        return f"chain head #{self.last_sequence} {self.last_hash[:12]}"
