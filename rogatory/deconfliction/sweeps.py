"""Sweep: bring one request's identifier index up to date (new or changed since indexed), then
alert the owners of the requests it newly shares an identifier with."""

from datetime import datetime

from django.db import transaction
from django.db.models import F, Q

from rogatory.deconfliction.alerts import alert_new_matches
from rogatory.deconfliction.models import IndexedRequest
from rogatory.deconfliction.services import reindex_request
from rogatory.requests.models import CooperationRequest


def index_one_unindexed_request(now: datetime) -> bool:
    """Index one request never indexed or changed since and alert its new matches; else alert
    for one index whose matches were not checked yet; False when everything is current."""
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
        if request_id is not None:
            reindex_request(request_id)
    if request_id is None:
        # A sweeper stopped between indexing and alerting leaves its index unchecked.
        request_id = (
            IndexedRequest.objects.filter(
                Q(matches_checked_for__isnull=True)
                | Q(matches_checked_for__lt=F("request_updated_at"))
            )
            .order_by("pk")
            .values_list("request_id", flat=True)
            .first()
        )
        if request_id is None:
            return False
    # After the index committed: a request indexed at the same moment by another sweeper is
    # then seen by this alert step or that one's (and the pair is alerted once).
    alert_new_matches(request_id, now)
    return True
