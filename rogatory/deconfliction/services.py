"""Index a request's identifiers; answer "who asked about this?" with every look-up audited."""

import hashlib
from datetime import datetime
from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext_noop as N_

from rogatory.audit.models import AuditAction
from rogatory.audit.services import SYSTEM_SWEEPER, Actor, record_event
from rogatory.core.clock import now
from rogatory.core.errors import ValidationFailed
from rogatory.deconfliction.ingest import Identifier, ingest_identifiers
from rogatory.deconfliction.keys import IndexKey, control_character, index_key
from rogatory.deconfliction.models import IdentifierIndexEntry, IndexedRequest
from rogatory.deconfliction.queries import Match, find_matches
from rogatory.requests.access import access_request
from rogatory.requests.models import CooperationRequest, DataItem, IdentifierType

if TYPE_CHECKING:
    from rogatory.accounts.models import User

LOOKUP_OBJECT = "identifier_lookup"


def _keys(request: CooperationRequest, items: list[DataItem]) -> list[IndexKey]:
    # Phone numbers written without a country code belong to the owning unit's country.
    region = request.owner_authority.country_id
    return [
        index_key(
            item.identifier_type,
            item.value,
            observed_at=item.observed_at,
            period_start=item.period_start,
            period_end=item.period_end,
            port=item.port,
            region=region,
        )
        for item in items
    ]


def _identifiers(request: CooperationRequest) -> list[Identifier]:
    region = request.owner_authority.country_id
    return [
        Identifier(
            request_id=request.pk,
            identifier_type=item.identifier_type,
            value=item.value,
            observed_at=item.observed_at,
            period_start=item.period_start,
            period_end=item.period_end,
            port=item.port,
            region=region,
        )
        for item in request.data_items.all()
    ]


def reindex_request(request_id: int, *, actor: Actor = SYSTEM_SWEEPER) -> int:
    """Replace a request's index entries by its current data items; return how many."""
    with transaction.atomic():
        request = (
            CooperationRequest.objects.select_for_update(of=("self",))
            .select_related("owner_authority")
            .get(pk=request_id)
        )
        IdentifierIndexEntry.objects.filter(request=request).delete()
        instant = now()
        entries = ingest_identifiers(_identifiers(request), created_at=instant)
        IndexedRequest.objects.update_or_create(
            request=request,
            defaults={"indexed_at": instant, "request_updated_at": request.updated_at},
        )
        record_event(
            actor,
            AuditAction.UPDATE,
            object_type="identifier_index",
            object_id=request.pk,
            details={"entries": entries},
        )
    return entries


def value_digest(value: str) -> str:
    """SHA-256 of a canonical value: the audit log names what was looked up without holding it."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def who_asked(
    user: "User",
    identifier_type: str,
    value: str,
    *,
    at: datetime | None = None,
    port: int | None = None,
    source: str = "",
) -> list[Match]:
    """Every request carrying this identifier (at that instant, for an IP address); audited."""
    if identifier_type not in IdentifierType.values:
        raise ValidationFailed(
            N_("Unknown identifier type '%(type)s': give one of %(types)s."),
            params={"type": identifier_type, "types": ", ".join(IdentifierType.values)},
        )
    if not value.strip():
        raise ValidationFailed(N_("Give the identifier's value."))
    control = control_character(value)
    if control is not None:
        raise ValidationFailed(
            N_("The identifier's value holds a control character (U+%(code)s)."),
            params={"code": f"{ord(control):04X}"},
        )
    region = user.authority.country_id if user.authority_id and user.authority else None
    key = index_key(identifier_type, value, observed_at=at, port=port, region=region)
    with transaction.atomic():
        matches = find_matches(user, [key])
        record_event(
            user.audit_actor(source),
            AuditAction.ACCESS,
            object_type=LOOKUP_OBJECT,
            details={
                "type": key.identifier_type,
                "sha256": value_digest(key.value),
                "matches": len(matches),
            },
        )
    return matches


def matches_for_request(user: "User", request_id: int | str, *, source: str = "") -> list[Match]:
    """Other requests sharing an identifier with one the user may open; audited."""
    with transaction.atomic():
        request = access_request(user, request_id)
        keys = _keys(request, list(request.data_items.all()))
        matches = find_matches(user, keys, exclude_request_id=request.pk)
        record_event(
            user.audit_actor(source),
            AuditAction.ACCESS,
            object_type=LOOKUP_OBJECT,
            # The request goes in the details: object_id would count as a view of the request.
            details={
                "request_id": request.pk,
                "identifiers": [
                    {"type": key.identifier_type, "sha256": value_digest(key.value)} for key in keys
                ],
                "matches": len(matches),
            },
        )
    return matches
