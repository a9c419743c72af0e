"""The identifier index over every request: one row per data item, its value normalised."""

from django.db import models
from django.db.models import F, Q

from rogatory.directory.models import Authority
from rogatory.requests.models import CooperationRequest, IdentifierType


class IdentifierIndexEntry(models.Model):
    """One identifier of one request, in canonical form, with the window it was seen in."""

    identifier_type = models.CharField(max_length=20, choices=IdentifierType.choices)
    value = models.CharField(max_length=500)
    request = models.ForeignKey(
        CooperationRequest, on_delete=models.CASCADE, related_name="index_entries"
    )
    owner_authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="+")
    # An IP address names one subscriber only inside a window; null bounds mean "not stated",
    # which cannot rule a match out.
    window_start = models.DateTimeField(null=True, blank=True)
    window_end = models.DateTimeField(null=True, blank=True)
    # Behind carrier-grade NAT one IPv4 address is shared: the source port tells subscribers apart.
    port = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["identifier_type", "value"], name="identifier_type_value")]

    def __str__(self) -> str:
        return f"{self.identifier_type}: {self.value}"


class IndexedRequest(models.Model):
    """When a request's identifiers were last indexed, and from which version of the request."""

    request = models.OneToOneField(
        CooperationRequest,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="identifier_index",
    )
    indexed_at = models.DateTimeField()
    # The request's updated_at when indexed: a newer updated_at means the index is stale.
    request_updated_at = models.DateTimeField()
    # The request_updated_at whose matches were checked for alerts: behind request_updated_at
    # when the sweeper stopped between indexing and alerting, so the next pass alerts.
    matches_checked_for = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"request {self.request_id} indexed at {self.indexed_at}"


class MatchAlert(models.Model):
    """Two requests found sharing an identifier: both owners were alerted, once per pair."""

    # The pair in pk order, so (A, B) and (B, A) are one row and the unique constraint
    # lets exactly one of two competing sweepers alert.
    first_request = models.ForeignKey(
        CooperationRequest, on_delete=models.CASCADE, related_name="+"
    )
    second_request = models.ForeignKey(
        CooperationRequest, on_delete=models.CASCADE, related_name="+"
    )
    identifier_types = models.JSONField(default=list)
    created_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["first_request", "second_request"], name="match_alert_once_per_pair"
            ),
            models.CheckConstraint(
                condition=Q(first_request__lt=F("second_request")),
                name="match_alert_pair_in_order",
            ),
        ]

    def __str__(self) -> str:
        return f"requests {self.first_request_id} and {self.second_request_id} share an identifier"
