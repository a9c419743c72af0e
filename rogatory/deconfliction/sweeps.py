"""Sweep: bring one request's identifier index up to date (new or changed since indexed)."""

from datetime import datetime

from django.db import transaction
from django.db.models import F, Q

from rogatory.deconfliction.services import reindex_request
from rogatory.requests.models import CooperationRequest


def index_one_unindexed_request(now: datetime) -> bool:
    """Index one request never indexed or changed since; False when every index is current."""
    del now  # staleness is decided by the request's own updated_at, not by the clock
    with transaction.atomic():
        # skip_locked lets two sweepers work side by side on PostgreSQL (SQLite ignores it).
        request_id = (
            CooperationRequest.objects.filter(
                Q(identifier_index__isnull=True)
                | Q(identifier_index__request_updated_at__lt=F("updated_at"))
            )
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("pk")
            .values_list("pk", flat=True)
            .first()
        )
        if request_id is None:
            return False
        reindex_request(request_id)
    return True
