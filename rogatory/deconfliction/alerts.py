"""Alert both owners when the index shows two requests sharing an identifier: once per pair.

Services level: called by the sweeper right after a request is indexed, in a transaction of its
own. Indexing commits first, so of two requests indexed at the same moment by two sweepers at
least one alert step sees the other's entries; the unique pair of MatchAlert then lets exactly
one of them alert.
"""

from collections import defaultdict
from datetime import datetime

from django.db import IntegrityError, transaction

from rogatory.audit.models import AuditAction
from rogatory.audit.services import SYSTEM_SWEEPER, record_event
from rogatory.deconfliction.keys import IndexKey
from rogatory.deconfliction.models import IdentifierIndexEntry, IndexedRequest, MatchAlert
from rogatory.deconfliction.queries import Contact, contact_points, entries_for, same_subscriber
from rogatory.requests.models import CooperationRequest, IdentifierType, ReminderReason
from rogatory.requests.sweeps import raise_reminder

_TYPE_LABELS = dict(IdentifierType.choices)


def _keys(request_id: int) -> list[IndexKey]:
    return [
        IndexKey(row.identifier_type, row.value, row.window_start, row.window_end, row.port)
        for row in IdentifierIndexEntry.objects.filter(request_id=request_id)
    ]


def requests_sharing(keys: list[IndexKey], *, exclude_request_id: int) -> dict[int, list[str]]:
    """Other requests sharing a key (same subscriber for IPs): the shared types, by request."""
    wanted: dict[tuple[str, str], list[IndexKey]] = defaultdict(list)
    for key in keys:
        wanted[(key.identifier_type, key.value)].append(key)
    shared: dict[int, set[str]] = defaultdict(set)
    for row in entries_for(keys):
        candidates = wanted[(row.identifier_type, row.value)]
        if row.request_id != exclude_request_id and any(
            same_subscriber(key, row) for key in candidates
        ):
            shared[row.request_id].add(row.identifier_type)
    return {request_id: sorted(types) for request_id, types in shared.items()}


def _label(request: CooperationRequest) -> str:
    return request.our_reference or f"Request {request.pk}"


def alert_message(
    own: CooperationRequest,
    other: CooperationRequest,
    identifier_types: list[str],
    contact: Contact | None,
) -> str:
    """The reminder to the owner of `own` about `other`: its unit, contact, provider, date and
    state; its reference only when both belong to the same unit (the recipient may open it).
    Never the identifier's value: the message is e-mailed and kept in the audit log."""
    types = ", ".join(_TYPE_LABELS.get(t, t) for t in identifier_types)
    shared = f"an identifier ({types})" if len(identifier_types) == 1 else f"identifiers ({types})"
    unit = other.owner_authority
    which = (
        f"its request {_label(other)}"
        if other.owner_authority_id == own.owner_authority_id
        else "a request"
    )
    provider = other.custodian.name if other.custodian else other.custodian_name
    when = other.request_date or other.created_at.date()
    reach = (
        " · ".join(part for part in (contact.name, contact.email, contact.phone) if part)
        if contact
        else "no contact point in the directory"
    )
    return (
        f"{_label(own)} shares {shared} with {which} of {unit.name} ({unit.code})"
        f"{f' to {provider}' if provider else ''}, {when:%Y-%m-%d}, "
        f"{other.get_state_display()}. Contact: {reach}. Coordinate before acting."
    )


def alert_new_matches(request_id: int, now: datetime) -> int:
    """Raise a reminder to each owner of every request newly found sharing an identifier with
    this indexed one (about its own request); mark its matches checked; return the pairs."""
    with transaction.atomic():
        indexed = IndexedRequest.objects.select_for_update().filter(request_id=request_id).first()
        if indexed is None:
            return 0
        shared = requests_sharing(_keys(request_id), exclude_request_id=request_id)
        alerted = set(
            MatchAlert.objects.filter(first_request_id=request_id).values_list(
                "second_request_id", flat=True
            )
        ) | set(
            MatchAlert.objects.filter(second_request_id=request_id).values_list(
                "first_request_id", flat=True
            )
        )
        new = sorted(set(shared) - alerted)
        created: list[tuple[MatchAlert, CooperationRequest, CooperationRequest]] = []
        if new:
            # Lock every request of the new pairs in pk order before any insert or audit
            # write: two sweepers alerting overlapping pairs then queue instead of deadlocking.
            locked = {
                request.pk: request
                for request in CooperationRequest.objects.select_for_update(of=("self",))
                .select_related("owner_authority", "custodian")
                .filter(pk__in=[request_id, *new])
                .order_by("pk")
            }
            own = locked.get(request_id)
            for other_id in new:
                other = locked.get(other_id)
                if own is None or other is None:
                    continue
                first, second = sorted((own, other), key=lambda request: request.pk)
                try:
                    with transaction.atomic():
                        alert = MatchAlert.objects.create(
                            first_request=first,
                            second_request=second,
                            identifier_types=shared[other_id],
                            created_at=now,
                        )
                except IntegrityError:
                    continue  # another sweeper alerted this pair first
                created.append((alert, own, other))
        contacts = contact_points(
            {request.owner_authority_id for _, own, other in created for request in (own, other)}
        )
        for alert, own, other in created:
            for recipient, about in ((own, other), (other, own)):
                raise_reminder(
                    recipient,
                    ReminderReason.IDENTIFIER_MATCH,
                    alert_message(
                        recipient,
                        about,
                        alert.identifier_types,
                        contacts.get(about.owner_authority_id),
                    ),
                    now,
                )
            record_event(
                SYSTEM_SWEEPER,
                AuditAction.CREATE,
                object_type="match_alert",
                object_id=alert.pk,
                details={
                    "requests": [alert.first_request_id, alert.second_request_id],
                    "types": alert.identifier_types,
                },
            )
        IndexedRequest.objects.filter(pk=indexed.pk).update(
            matches_checked_for=indexed.request_updated_at
        )
    return len(created)
