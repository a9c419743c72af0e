"""The deconfliction overview: overlaps per unit, provider and type, the identifiers asked most.

Read-only, like queries.py: a handful of aggregate queries over the whole index (no loop over its
rows), then one look-up of the units holding the few identifiers listed.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from django.db.models import (
    CharField,
    Count,
    DateTimeField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.db.models.functions import Coalesce, Concat, NullIf

from rogatory.deconfliction.keys import IndexKey
from rogatory.deconfliction.models import IdentifierIndexEntry
from rogatory.deconfliction.queries import Contact, contact_points, entries_for
from rogatory.requests.access import requests_visible_to

if TYPE_CHECKING:
    from rogatory.accounts.models import User


# An unstated window bound is open: these stand in for it inside the aggregate queries.
_EARLIEST = Value(datetime(1, 1, 1, tzinfo=UTC), output_field=DateTimeField())
_LATEST = Value(datetime(9999, 12, 31, tzinfo=UTC), output_field=DateTimeField())
MOST_ASKED_LIMIT = 20
# Keys sent as parameters, well under SQLite's 32,766 a statement.
REPEATED_KEYS_LIMIT = 5_000


def repeated_keys() -> "QuerySet[Any, int]":
    """Look-up keys written more than once: only their rows can be shared (one pass over the
    key index)."""
    return (
        IdentifierIndexEntry.objects.values("key")
        .annotate(rows=Count("*"))
        .filter(rows__gt=1)
        .values_list("key", flat=True)
    )


def overlapping_entries(keys: list[int] | None = None) -> "QuerySet[IdentifierIndexEntry]":
    """Index rows whose identifier another request holds too; for an IP address, in an
    overlapping window and with the same port when both state one (one correlated EXISTS),
    among the rows of the given keys, else of every repeated key."""
    other = (
        # The key finds the candidates through its index; type and value rule out a key shared
        # by two identifiers.
        IdentifierIndexEntry.objects.filter(
            key=OuterRef("key"),
            identifier_type=OuterRef("identifier_type"),
            value=OuterRef("value"),
        )
        .exclude(request_id=OuterRef("request_id"))
        .annotate(
            starts=Coalesce("window_start", _EARLIEST),
            ends=Coalesce("window_end", _LATEST),
            # Equal unless both ports are stated and differ.
            port_seen=Coalesce("port", OuterRef("port"), Value(0), output_field=IntegerField()),
            port_asked=Coalesce(OuterRef("port"), "port", Value(0), output_field=IntegerField()),
        )
        .filter(
            ends__gte=Coalesce(OuterRef("window_start"), _EARLIEST, output_field=DateTimeField()),
            starts__lte=Coalesce(OuterRef("window_end"), _LATEST, output_field=DateTimeField()),
            port_seen=F("port_asked"),
        )
    )
    # Only a key written more than once can be shared: the EXISTS probe runs on the rows of
    # those keys rather than on every row of the index.
    candidates: Iterable[int] = repeated_keys() if keys is None else keys
    return IdentifierIndexEntry.objects.filter(key__in=candidates).filter(Exists(other))


@dataclass(frozen=True)
class UnitOverlaps:
    """One unit's requests that share an identifier with another request."""

    unit_code: str
    unit_name: str
    contact_name: str
    contact_email: str
    contact_phone: str
    requests: int
    identifiers: int


@dataclass(frozen=True)
class ProviderOverlaps:
    """Shared identifiers in requests to one provider (custodian)."""

    provider: str
    requests: int
    identifiers: int
    units: int


@dataclass(frozen=True)
class TypeOverlaps:
    """Shared identifiers of one type."""

    identifier_type: str
    identifiers: int
    requests: int
    units: int


@dataclass(frozen=True)
class UnitRef:
    """A unit holding an identifier, and how to reach it."""

    unit_code: str
    unit_name: str
    contact_name: str
    contact_email: str
    contact_phone: str


@dataclass(frozen=True)
class AskedIdentifier:
    """An identifier many requests ask about. Its value is empty unless the user may open one
    of the requests holding it (`visible`)."""

    identifier_type: str
    value: str
    visible: bool
    requests: int
    units: list[UnitRef]


@dataclass(frozen=True)
class Overview:
    """Overlaps per unit, provider and type, and the identifiers asked most."""

    identifiers: int
    requests: int
    by_unit: list[UnitOverlaps]
    by_provider: list[ProviderOverlaps]
    by_type: list[TypeOverlaps]
    most_asked: list[AskedIdentifier]


def _identifier() -> Concat:
    return Concat("identifier_type", Value(":"), "value", output_field=CharField())


def _unit_ref(authority_id: int, code: str, name: str, contacts: dict[int, Contact]) -> UnitRef:
    contact = contacts.get(authority_id)
    return UnitRef(
        unit_code=code,
        unit_name=name,
        contact_name=contact.name if contact else "",
        contact_email=contact.email if contact else "",
        contact_phone=contact.phone if contact else "",
    )


def identifier_overview(user: "User", *, limit: int = MOST_ASKED_LIMIT) -> Overview:
    """Overlaps across the whole index in a few aggregate queries; values only where the user
    may open one of the requests holding them."""
    # The repeated keys read first: as a list the planners probe the index once per key, where
    # from a subquery PostgreSQL, guessing a third of all keys repeated, hashes the whole table
    # (35 s a query at 10 million rows). Past the limit a subquery, and the whole-table plan
    # fits the many candidates.
    repeated = list(repeated_keys()[: REPEATED_KEYS_LIMIT + 1])
    shared = overlapping_entries(repeated if len(repeated) <= REPEATED_KEYS_LIMIT else None)
    totals = shared.aggregate(
        identifiers=Count(_identifier(), distinct=True), requests=Count("request_id", distinct=True)
    )
    per_unit = list(
        shared.values(
            "request__owner_authority_id",
            "request__owner_authority__code",
            "request__owner_authority__name",
        )
        .annotate(
            requests=Count("request_id", distinct=True),
            identifiers=Count(_identifier(), distinct=True),
        )
        .order_by("-requests", "-identifiers", "request__owner_authority__code")
    )
    provider = Coalesce(
        NullIf("request__custodian__name", Value("")),
        NullIf("request__custodian_name", Value("")),
        Value(""),
        output_field=CharField(),
    )
    per_provider = list(
        shared.annotate(provider=provider)
        .values("provider")
        .annotate(
            requests=Count("request_id", distinct=True),
            identifiers=Count(_identifier(), distinct=True),
            units=Count("request__owner_authority_id", distinct=True),
        )
        .order_by("-requests", "-identifiers", "provider")
    )
    per_type = list(
        shared.values("identifier_type")
        .annotate(
            identifiers=Count("value", distinct=True),
            requests=Count("request_id", distinct=True),
            units=Count("request__owner_authority_id", distinct=True),
        )
        .order_by("-identifiers", "identifier_type")
    )
    # A correlated EXISTS per shared row: an IN on the visible requests is, in an aggregate's
    # FILTER, a subplan PostgreSQL scans row by row once they outgrow work_mem (55 s for a unit
    # of a million requests).
    visible = requests_visible_to(user).filter(pk=OuterRef("request_id"))
    top = list(
        shared.values("identifier_type", "value")
        .annotate(
            requests=Count("request_id", distinct=True),
            units=Count("request__owner_authority_id", distinct=True),
            visible=Count("request_id", filter=Q(Exists(visible)), distinct=True),
        )
        .order_by("-units", "-requests", "identifier_type", "value")[:limit]
    )
    holders: dict[tuple[str, str], dict[int, tuple[str, str]]] = defaultdict(dict)
    for row in entries_for(IndexKey(r["identifier_type"], r["value"]) for r in top):
        holders[(row.identifier_type, row.value)][row.owner_authority_id] = (
            row.unit_code,
            row.unit_name,
        )
    contacts = contact_points(
        {row["request__owner_authority_id"] for row in per_unit}
        | {unit for units in holders.values() for unit in units}
    )
    return Overview(
        identifiers=totals["identifiers"],
        requests=totals["requests"],
        by_unit=[
            UnitOverlaps(
                **asdict(
                    _unit_ref(
                        row["request__owner_authority_id"],
                        row["request__owner_authority__code"],
                        row["request__owner_authority__name"],
                        contacts,
                    )
                ),
                requests=row["requests"],
                identifiers=row["identifiers"],
            )
            for row in per_unit
        ],
        by_provider=[ProviderOverlaps(**row) for row in per_provider],
        by_type=[TypeOverlaps(**row) for row in per_type],
        most_asked=[
            AskedIdentifier(
                identifier_type=row["identifier_type"],
                value=row["value"] if row["visible"] else "",
                visible=bool(row["visible"]),
                requests=row["requests"],
                units=[
                    _unit_ref(authority_id, code, name, contacts)
                    for authority_id, (code, name) in sorted(
                        holders[(row["identifier_type"], row["value"])].items(),
                        key=lambda unit: unit[1][0],
                    )
                ],
            )
            for row in top
        ],
    )
