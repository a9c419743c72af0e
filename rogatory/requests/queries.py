"""Read use cases for requests: the portable document, clocks, the dashboard."""

from datetime import datetime
from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from django.utils.translation import npgettext, pgettext

from rogatory.directory.models import Authority, ContactPoint
from rogatory.requests.access import requests_visible_to
from rogatory.requests.checks import Defect, check_request
from rogatory.requests.document import (
    ConfirmationContact,
    ContactBlock,
    DataItemBlock,
    PartyBlock,
    RequestDocument,
)
from rogatory.requests.models import (
    ClockRule,
    CooperationRequest,
    CooperationRequestQuerySet,
    Reminder,
)

if TYPE_CHECKING:
    from rogatory.accounts.models import User


def party_block(authority: Authority | None) -> PartyBlock:
    """Return the printed form of an authority."""
    if authority is None:
        return PartyBlock()
    return PartyBlock(
        code=authority.code,
        name=authority.name,
        name_local=authority.name_local,
        country=authority.country_id,
        country_name=authority.country.name,
        address=authority.address,
        languages=list(authority.languages),
    )


def contact_block(contact: ContactPoint | None) -> ContactBlock:
    """Return the printed form of a contact point."""
    if contact is None:
        return ContactBlock()
    return ContactBlock(
        name=contact.name,
        person_name=contact.person_name,
        person_title=contact.person_title,
        phone=contact.phone,
        mobile=contact.mobile,
        email=contact.email,
        fax=contact.fax,
        office_hours=contact.office_hours,
        time_zone=contact.time_zone,
        is_available_24_7=contact.is_available_24_7,
    )


def request_document(request: CooperationRequest) -> RequestDocument:
    """Return the request as its portable JSON document (what export prints)."""
    r = request
    items = [
        DataItemBlock(
            identifier_type=item.identifier_type,
            value=item.value,
            observed_at=item.observed_local,
            time_zone=item.observed_time_zone,
            port=item.port,
            data_categories=list(item.data_categories),
            period_start=item.period_start,
            period_end=item.period_end,
            note=item.note,
        )
        for item in r.data_items.all()
    ]
    return RequestDocument(
        kind=r.kind,
        direction=r.direction,
        request_date=r.request_date,
        our_reference=r.our_reference,
        their_reference=r.their_reference,
        ticket_status=r.ticket_status,
        previous_ticket=r.previous_ticket
        or (
            r.previous_request.our_reference if r.previous_request_id and r.previous_request else ""
        ),
        requesting_authority=party_block(r.requesting_authority),
        requesting_contact=contact_block(r.requesting_contact_point),
        requesting_person_name=r.requesting_person_name,
        preferred_reply_channel=r.preferred_reply_channel,
        requested_authority=party_block(r.requested_authority),
        requested_contact=contact_block(r.requested_contact_point),
        confirmation_contact=ConfirmationContact(
            name=r.confirmation_contact_name,
            title=r.confirmation_contact_title,
            phone=r.confirmation_contact_phone,
            email=r.confirmation_contact_email,
        ),
        investigating_authority=r.investigating_authority,
        prosecutor_or_court=r.prosecutor_or_court,
        case_number=r.case_number,
        offence=r.offence,
        legal_provisions=r.legal_provisions,
        maximum_penalty=r.maximum_penalty,
        summary_of_facts=r.summary_of_facts,
        data_items=items,
        relation_to_offence=r.relation_to_offence,
        custodian=party_block(r.custodian) if r.custodian_id else PartyBlock(name=r.custodian_name),
        system_location=r.system_location,
        necessity_of_preservation=r.necessity_of_preservation,
        intends_mla_request=r.intends_mla_request,
        is_confidential=r.is_confidential,
        confidentiality_note=r.confidentiality_note,
        requests_art30_disclosure=r.requests_art30_disclosure,
        urgency=r.urgency,
        urgency_reason=r.urgency_reason,
        signatory_name=r.signatory_name,
        signatory_title=r.signatory_title,
        language=r.language,
        counterpart_language=r.counterpart_language,
        details=dict(r.details),
    )


def check_stored_request(request: CooperationRequest) -> list[Defect]:
    """Return the completeness defects of a stored request."""
    return check_request(request_document(request))


def resolve_clock_hours(
    kind: str, clock: str, country_code: str | None, provider_id: int | None
) -> tuple[int, str]:
    """Return (hours, source) of the most specific clock rule: provider > country > kind."""
    scope = Q(provider__isnull=True, country__isnull=True)
    if country_code:
        scope |= Q(provider__isnull=True, country_id=country_code)
    if provider_id:
        scope |= Q(provider_id=provider_id)
    candidates = ClockRule.objects.filter(kind=kind, clock=clock).filter(scope)
    best: ClockRule | None = None
    best_rank = -1
    for rule in candidates:
        rank = 2 if rule.provider_id else 1 if rule.country_id else 0
        if rank > best_rank:
            best, best_rank = rule, rank
    if best is None:
        raise LookupError(f"no clock rule '{clock}' for kind '{kind}'; add one in the directory")
    return best.hours, best.source


def dashboard_requests(user: "User") -> CooperationRequestQuerySet:
    """Return the user's requests, nearest deadline first."""
    return (
        requests_visible_to(user)
        .select_related("requesting_authority", "requested_authority")
        .by_next_deadline()
    )


def _days(count: int) -> str:
    return npgettext("time left", "%(count)s d", "%(count)s d", count) % {"count": count}


def _hours(count: int) -> str:
    return npgettext("time left", "%(count)s h", "%(count)s h", count) % {"count": count}


def _minutes(count: int) -> str:
    return npgettext("time left", "%(count)s min", "%(count)s min", count) % {"count": count}


def _two_units(larger: str, smaller: str) -> str:
    return pgettext("time left", "%(larger)s %(smaller)s") % {"larger": larger, "smaller": smaller}


def time_left(deadline: datetime | None, now: datetime) -> str:
    """Say how long until the deadline in the active language, e.g. '3 d 4 h' or 'overdue by
    2 h' (English by default: the API's and the CLI's text)."""
    if deadline is None:
        return ""
    seconds = int((deadline - now).total_seconds())
    is_overdue = seconds < 0
    seconds = abs(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    if days:
        span = _two_units(_days(days), _hours(hours))
    elif hours:
        span = _two_units(_hours(hours), _minutes(minutes))
    else:
        span = _minutes(minutes)
    return pgettext("time left", "overdue by %(span)s") % {"span": span} if is_overdue else span


def unread_reminders(user: "User") -> "QuerySet[Reminder]":
    """Return the reminders of the user's authority not yet marked as read, newest first."""
    if not user.is_authenticated or not user.is_active or user.authority_id is None:
        return Reminder.objects.none()
    return Reminder.objects.filter(
        authority_id=user.authority_id,
        read_at__isnull=True,
        request__owner_authority_id=user.authority_id,
    ).select_related("request")
