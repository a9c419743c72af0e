"""Users, their authority and role."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import pgettext_lazy

from rogatory.audit.services import Actor
from rogatory.directory.models import Authority


class Role(models.TextChoices):
    OFFICER = "officer", pgettext_lazy("role", "Officer")
    SUPERVISOR = "supervisor", pgettext_lazy("role", "Supervisor")
    ADMINISTRATOR = "administrator", pgettext_lazy("role", "Administrator")


class User(AbstractUser):
    """A person of one authority. Sees only that authority's requests (need-to-know)."""

    authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="users", null=True, blank=True
    )
    role = models.CharField(max_length=20, choices=Role.choices, default=Role.OFFICER)
    time_zone = models.CharField(max_length=64, default="UTC")
    preferred_language = models.CharField(max_length=8, default="en")

    @property
    def can_approve(self) -> bool:
        return self.role in {Role.SUPERVISOR, Role.ADMINISTRATOR}

    def audit_actor(self, source: str = "") -> Actor:
        """Describe this user for the audit log: who, role, authority, from where."""
        authority = self.authority.code if self.authority_id and self.authority else ""
        return Actor(
            username=self.get_username(), role=self.role, authority=authority, source=source
        )


class SignInFailure(models.Model):
    """A failed password attempt; five within fifteen minutes lock the account name."""

    username = models.CharField(max_length=150, db_index=True)
    failed_at = models.DateTimeField(db_index=True)
    source = models.CharField(max_length=80, blank=True)

    def __str__(self) -> str:
        return f"{self.username} at {self.failed_at:%Y-%m-%d %H:%M:%S} UTC"
