"""Write use cases on the directory: import authorities, contact points and treaty memberships.

An import is all or nothing: the whole file is validated before the first row is written, and
the writes and their audit event share one transaction.
"""

from dataclasses import dataclass
from pathlib import Path

from django.db import transaction

from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event
from rogatory.core.errors import ValidationFailed
from rogatory.directory.document import (
    DirectoryFormatError,
    ParsedDirectory,
    parse_directory,
    parse_treaty_memberships,
)
from rogatory.directory.models import Authority, ContactPoint, Country, Treaty, TreatyMembership

TREATY_MEMBERSHIPS_PATH = Path(__file__).resolve().parent / "data" / "treaty_memberships.csv"


@dataclass(frozen=True)
class DirectoryImportSummary:
    authorities_created: int = 0
    authorities_updated: int = 0
    contact_points_created: int = 0
    contact_points_updated: int = 0
    memberships_created: int = 0
    memberships_updated: int = 0

    def describe(self) -> str:
        return (
            f"authorities: {self.authorities_created} created, {self.authorities_updated} updated; "
            f"contact points: {self.contact_points_created} created, "
            f"{self.contact_points_updated} updated; treaty memberships: "
            f"{self.memberships_created} created, {self.memberships_updated} updated"
        )


def _check_references(parsed: ParsedDirectory) -> None:
    document = parsed.document
    wanted = {a.country for a in document.authorities} | {
        m.country for m in document.treaty_memberships
    }
    known = set(Country.objects.filter(code__in=wanted).values_list("code", flat=True))
    for where, authority in zip(parsed.authority_locations, document.authorities, strict=True):
        if authority.country not in known:
            raise ValidationFailed(
                f"{where}, field 'country': unknown country '{authority.country}'."
            )
    treaties = set(Treaty.objects.values_list("code", flat=True))
    for where, membership in zip(
        parsed.membership_locations, document.treaty_memberships, strict=True
    ):
        if membership.country not in known:
            raise ValidationFailed(
                f"{where}, field 'country': unknown country '{membership.country}'."
            )
        if membership.treaty not in treaties:
            raise ValidationFailed(
                f"{where}, field 'treaty': unknown treaty '{membership.treaty}' "
                f"(known: {', '.join(sorted(treaties))})."
            )


def _write(parsed: ParsedDirectory) -> DirectoryImportSummary:
    counts = dict.fromkeys(DirectoryImportSummary.__dataclass_fields__, 0)
    for entry in parsed.document.authorities:
        authority, created = Authority.objects.update_or_create(
            code=entry.code,
            defaults={
                "name": entry.name,
                "name_local": entry.name_local,
                "authority_type": entry.authority_type,
                "country_id": entry.country,
                "address": entry.address,
                "languages": list(entry.languages),
                "time_zone": entry.time_zone,
            },
        )
        counts["authorities_created" if created else "authorities_updated"] += 1
        for contact in entry.contact_points:
            _, created = ContactPoint.objects.update_or_create(
                authority=authority,
                name=contact.name,
                defaults=contact.model_dump(exclude={"name"}),
            )
            counts["contact_points_created" if created else "contact_points_updated"] += 1
    for membership in parsed.document.treaty_memberships:
        _, created = TreatyMembership.objects.update_or_create(
            country_id=membership.country,
            treaty_id=membership.treaty,
            defaults={
                "status": membership.status,
                "in_force_on": membership.in_force_on,
                "source": membership.source,
                "source_checked_on": membership.source_checked_on,
            },
        )
        counts["memberships_created" if created else "memberships_updated"] += 1
    return DirectoryImportSummary(**counts)


def _apply(parsed: ParsedDirectory, actor: Actor, origin: str) -> DirectoryImportSummary:
    with transaction.atomic():
        _check_references(parsed)
        summary = _write(parsed)
        record_event(
            actor,
            AuditAction.DIRECTORY_IMPORT,
            object_type="directory",
            object_id=origin[:80],
            details={"origin": origin, **summary.__dict__},
        )
    return summary


def import_directory(
    data: bytes | str, *, file_format: str, actor: Actor, origin: str = ""
) -> DirectoryImportSummary:
    """Create or update authorities, contact points and memberships from a CSV or JSON file."""
    try:
        parsed = parse_directory(data, file_format)
    except DirectoryFormatError as error:
        raise ValidationFailed(str(error)) from None
    return _apply(parsed, actor, origin or f"{file_format} import")


def load_treaty_memberships(path: Path | str, *, actor: Actor) -> DirectoryImportSummary:
    """Create or update treaty memberships from the data file (country, treaty, status...)."""
    try:
        parsed = parse_treaty_memberships(Path(path).read_bytes())
    except DirectoryFormatError as error:
        raise ValidationFailed(f"{Path(path).name}: {error}") from None
    return _apply(parsed, actor, Path(path).name)
