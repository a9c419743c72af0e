"""The identifier index over every request: one row per data item, its value normalised."""

from django.db import models
from django.db.models import F, Q

from rogatory.requests.models import CooperationRequest, IdentifierType


class IdentifierIndexEntry(models.Model):
    """One identifier of one request, in canonical form, with the window it was seen in."""

    # keys.lookup_key(identifier_type, value): the one look-up index. Fixed width (8 bytes
    # against a 30-odd byte text) keeps the index a third the size, so random-key inserts into
    # millions of rows touch fewer pages; a key shared by two identifiers is told apart by
    # comparing type and value on read. Decision 0009, addendum.
    key = models.BigIntegerField()
    identifier_type = models.CharField(max_length=20, choices=IdentifierType.choices)
    value = models.CharField(max_length=500)
    # No database constraint: the database would check every bulk-written row against the
    # request table (a look-up per row). Rows are written only by ingest under the request's
    # lock and deleted with it by Django's cascade; the index on request_id serves both.
    # The owning unit is read through the request.
    request = models.ForeignKey(
        CooperationRequest,
        on_delete=models.CASCADE,
        related_name="index_entries",
        db_constraint=False,
        db_index=False,
    )
    # An IP address names one subscriber only inside a window; null bounds mean "not stated",
    # which cannot rule a match out.
    window_start = models.DateTimeField(null=True, blank=True)
    window_end = models.DateTimeField(null=True, blank=True)
    # Behind carrier-grade NAT one IPv4 address is shared: the source port tells subscribers apart.
    port = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        # Named here rather than implied by the foreign key, so a bulk load can drop and build
        # both (ingest.py).
        indexes = [
            models.Index(fields=["key"], name="identifier_index_key"),
            models.Index(fields=["request"], name="identifier_index_request"),
        ]

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
