"""Read use cases on the directory: the portable document, exports, country overview."""

from dataclasses import dataclass

from django.db.models import Count

from rogatory.core.errors import ValidationFailed
from rogatory.directory.document import (
    AuthorityEntry,
    ContactPointEntry,
    DirectoryDocument,
    TreatyMembershipEntry,
    to_csv,
    to_json,
)
from rogatory.directory.models import Authority, Country, TreatyMembership


def directory_document() -> DirectoryDocument:
    """Return every authority (with its contact points) and treaty membership, in stable order."""
    authorities = []
    for authority in Authority.objects.order_by("code").prefetch_related("contact_points"):
        contacts = sorted(authority.contact_points.all(), key=lambda c: (c.name, c.pk))
        authorities.append(
            AuthorityEntry(
                code=authority.code,
                name=authority.name,
                name_local=authority.name_local,
                authority_type=authority.authority_type,
                country=authority.country_id,
                address=authority.address,
                languages=list(authority.languages),
                time_zone=authority.time_zone,
                contact_points=[
                    ContactPointEntry(
                        name=c.name,
                        person_name=c.person_name,
                        person_title=c.person_title,
                        is_available_24_7=c.is_available_24_7,
                        office_hours=c.office_hours,
                        time_zone=c.time_zone,
                        languages=list(c.languages),
                        channels=list(c.channels),
                        email=c.email,
                        phone=c.phone,
                        mobile=c.mobile,
                        fax=c.fax,
                        portal_url=c.portal_url,
                        node_id=c.node_id,
                    )
                    for c in contacts
                ],
            )
        )
    memberships = [
        TreatyMembershipEntry(
            country=m.country_id,
            treaty=m.treaty_id,
            status=m.status,
            in_force_on=m.in_force_on,
            source=m.source,
            source_checked_on=m.source_checked_on,
        )
        for m in TreatyMembership.objects.order_by("treaty_id", "country_id")
    ]
    return DirectoryDocument(authorities=authorities, treaty_memberships=memberships)


def export_directory(file_format: str) -> str:
    """Return the whole directory as CSV or JSON text (the format import_directory reads)."""
    if file_format == "json":
        return to_json(directory_document())
    if file_format == "csv":
        return to_csv(directory_document())
    raise ValidationFailed(f"Unknown format '{file_format}': use csv or json.")


@dataclass(frozen=True)
class CountryLine:
    code: str
    name: str
    authorities: int
    treaties: str


def country_overview(limit: int = 10) -> tuple[int, list[CountryLine]]:
    """Return the number of countries and the countries with the most authorities first."""
    total = Country.objects.count()
    rows = Country.objects.annotate(authority_count=Count("authorities", distinct=True)).order_by(
        "-authority_count", "name"
    )[:limit]
    memberships: dict[str, list[str]] = {}
    codes = [row.code for row in rows]
    for membership in TreatyMembership.objects.filter(country_id__in=codes).order_by("treaty_id"):
        memberships.setdefault(membership.country_id, []).append(
            f"{membership.treaty_id}:{membership.status}"
        )
    return total, [
        CountryLine(
            row.code, row.name, row.authority_count, ", ".join(memberships.get(row.code, []))
        )
        for row in rows
    ]
