"""Audited look-ups beside services.py: the identifiers of a request being drafted or registered
(its form, an intake's draft) and the overview of overlaps."""

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import transaction
from django.utils.translation import gettext_noop as N_

from rogatory.audit.models import AuditAction
from rogatory.audit.services import record_event
from rogatory.core.errors import NotFound, ValidationFailed
from rogatory.deconfliction.access import access_overview
from rogatory.deconfliction.keys import IndexKey, control_character, index_key
from rogatory.deconfliction.overview import MOST_ASKED_LIMIT, Overview, identifier_overview
from rogatory.deconfliction.queries import Match, find_matches
from rogatory.deconfliction.services import LOOKUP_OBJECT, value_digest
from rogatory.requests.access import access_request
from rogatory.requests.models import IdentifierType

if TYPE_CHECKING:
    from rogatory.accounts.models import User

OVERVIEW_OBJECT = "identifier_overview"
DRAFT_LIMIT = 200
VALUE_LIMIT = 500


@dataclass(frozen=True)
class DraftIdentifier:
    """An identifier of a request not saved yet, as the form or an intake draft states it."""

    identifier_type: str
    value: str
    observed_at: str = ""
    time_zone: str = ""
    port: int | None = None
    period_start: date | None = None
    period_end: date | None = None


def _draft_instant(number: int, item: DraftIdentifier) -> datetime | None:
    if not item.observed_at.strip():
        return None
    try:
        stated = datetime.fromisoformat(item.observed_at.strip())
    except ValueError:
        raise ValidationFailed(
            N_("Identifier %(number)s: '%(observed_at)s' is not an ISO 8601 date-time."),
            params={"number": number, "observed_at": item.observed_at},
        ) from None
    if stated.tzinfo is not None:
        return stated
    zone = item.time_zone.strip()
    if not zone:
        return None  # a local time without its zone bounds nothing, as in a saved request
    try:
        return stated.replace(tzinfo=ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        pass
    try:
        offset = datetime.fromisoformat(f"2000-01-01T00:00:00{zone.removeprefix('UTC')}")
    except ValueError:
        offset = None
    if offset is None or offset.tzinfo is None:
        raise ValidationFailed(
            N_("Identifier %(number)s: unknown time zone '%(zone)s'."),
            params={"number": number, "zone": zone},
        )
    return stated.replace(tzinfo=offset.tzinfo)


def _draft_key(number: int, item: DraftIdentifier, region: str | None) -> IndexKey:
    if item.identifier_type not in IdentifierType.values:
        raise ValidationFailed(
            N_("Identifier %(number)s: unknown type '%(type)s': give one of %(types)s."),
            params={
                "number": number,
                "type": item.identifier_type,
                "types": ", ".join(IdentifierType.values),
            },
        )
    if not item.value.strip():
        raise ValidationFailed(
            N_("Identifier %(number)s: give the identifier's value."), params={"number": number}
        )
    control = control_character(item.value)
    if control is not None:
        raise ValidationFailed(
            N_("Identifier %(number)s: the value holds a control character (U+%(code)s)."),
            params={"number": number, "code": f"{ord(control):04X}"},
        )
    if len(item.value) > VALUE_LIMIT:
        raise ValidationFailed(
            N_("Identifier %(number)s: the value is longer than %(limit)s characters."),
            params={"number": number, "limit": VALUE_LIMIT},
        )
    if item.port is not None and not 0 <= item.port <= 65535:
        raise ValidationFailed(
            N_("Identifier %(number)s: a port is between 0 and 65535."), params={"number": number}
        )
    return index_key(
        item.identifier_type,
        item.value,
        observed_at=_draft_instant(number, item),
        period_start=item.period_start,
        period_end=item.period_end,
        port=item.port,
        region=region,
    )


def _draft_keys(user: "User", items: list[DraftIdentifier]) -> list[IndexKey]:
    if len(items) > DRAFT_LIMIT:
        raise ValidationFailed(
            N_("Give at most %(limit)s identifiers at once."), params={"limit": DRAFT_LIMIT}
        )
    region = user.authority.country_id if user.authority_id and user.authority else None
    return [_draft_key(number, item, region) for number, item in enumerate(items, start=1)]


def draft_identifiers(data_items: list[dict[str, Any]]) -> list[DraftIdentifier]:
    """The identifiers of a draft's data items (an intake's draft document, as JSON)."""

    def day(value: Any) -> date | None:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value)) if value else None
        except ValueError:
            return None

    items = [
        DraftIdentifier(
            identifier_type=str(item.get("identifier_type", "")),
            value=str(item.get("value", "")),
            observed_at=str(item.get("observed_at") or ""),
            time_zone=str(item.get("time_zone") or ""),
            port=item["port"] if isinstance(item.get("port"), int) else None,
            period_start=day(item.get("period_start")),
            period_end=day(item.get("period_end")),
        )
        for item in data_items
        if isinstance(item, dict)
    ]
    usable = []
    for item in items:
        try:
            _draft_key(1, item, None)
        except ValidationFailed:
            continue  # what the request form would refuse too is left to the officer's review
        usable.append(item)
    return usable[:DRAFT_LIMIT]


def matches_for_draft(
    user: "User",
    items: list[DraftIdentifier],
    *,
    request_id: int | str | None = None,
    intake_id: int | None = None,
    source: str = "",
) -> list[Match]:
    """Requests carrying an identifier of a request being drafted or registered; audited.

    With request_id (the form of a saved request) that request, opened through its door, is
    left out; intake_id names the intake whose draft is checked, for the audit log.
    """
    keys = _draft_keys(user, items)
    with transaction.atomic():
        exclude = access_request(user, request_id).pk if request_id is not None else None
        matches = find_matches(user, keys, exclude_request_id=exclude) if keys else []
        subject: dict[str, Any] = {}
        if exclude is not None:
            subject["request_id"] = exclude
        if intake_id is not None:
            subject["intake_id"] = intake_id
        record_event(
            user.audit_actor(source),
            AuditAction.ACCESS,
            object_type=LOOKUP_OBJECT,
            details={
                **subject,
                "draft": True,
                "identifiers": [
                    {"type": key.identifier_type, "sha256": value_digest(key.value)} for key in keys
                ],
                "matches": len(matches),
            },
        )
    return matches


def view_identifier_overview(
    user: "User", *, limit: int = MOST_ASKED_LIMIT, source: str = ""
) -> Overview:
    """The overview of overlaps for a supervisor or administrator; audited, refusals too."""
    try:
        access_overview(user)
    except NotFound:
        record_event(
            user.audit_actor(source),
            AuditAction.ACCESS_DENIED,
            object_type=OVERVIEW_OBJECT,
            outcome="refused",
        )
        raise
    with transaction.atomic():
        overview = identifier_overview(user, limit=limit)
        record_event(
            user.audit_actor(source),
            AuditAction.ACCESS,
            object_type=OVERVIEW_OBJECT,
            details={
                "identifiers": overview.identifiers,
                "requests": overview.requests,
                "values_shown": sum(1 for row in overview.most_asked if row.visible),
            },
        )
    return overview
