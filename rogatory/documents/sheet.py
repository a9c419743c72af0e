"""The bilingual form as data: numbered rows of fixed text (from the gettext catalogues, in two
languages) and free text (printed once, as written). PDF and DOCX both typeset a Sheet, so the
two formats cannot drift apart. Pure: no database.
"""

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override, pgettext_lazy

from rogatory.requests.document import (
    ContactBlock,
    DataItemBlock,
    PartyBlock,
    RequestDocument,
)
from rogatory.requests.kinds import DetailField, KindSpec, kind_spec

LetterKind = Literal["acknowledgement", "preservation_confirmed", "refusal", "clarification"]
LETTER_KINDS: tuple[LetterKind, ...] = (
    "acknowledgement",
    "preservation_confirmed",
    "refusal",
    "clarification",
)
EMPTY = "—"


@dataclass(frozen=True)
class Phrase:
    """A fixed text of the form, translated when the sheet is localised."""

    message: Promise
    also: tuple[Promise, ...] = ()
    # A lazy parameter (e.g. a kind's title) is translated in the same language as the message.
    params: Mapping[str, str | Promise] = field(default_factory=dict)

    def __init__(
        self,
        message: Promise,
        *also: Promise,
        params: Mapping[str, str | Promise] | None = None,
    ) -> None:
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "also", also)
        object.__setattr__(self, "params", params or {})

    def resolve(self) -> str:
        text = str(self.message)
        if self.params:
            text = text % {name: str(value) for name, value in self.params.items()}
        # Several fixed texts in one cell (e.g. data categories) read as one list.
        return "; ".join([text, *(str(message) for message in self.also)])


@dataclass(frozen=True)
class RowSpec:
    kind: Literal["heading", "field", "blank"]
    number: str
    label: Phrase
    value: str = ""
    fixed: Phrase | None = None


@dataclass(frozen=True)
class Row:
    """One row of the form: labels in both languages, then either free text or a fixed text."""

    kind: Literal["heading", "field", "blank"]
    number: str
    labels: tuple[str, str]
    value: str = ""
    fixed: tuple[str, str] | None = None

    def paragraphs(self) -> list[tuple[str, str]]:
        """Return the free text's paragraphs with their direction, 'rtl' or 'ltr'."""
        return [
            ("rtl" if is_right_to_left(line) else "ltr", line) for line in self.value.split("\n")
        ]


def is_right_to_left(text: str) -> bool:
    """Say whether the first strongly directional character is right-to-left (UAX #9 P2)."""
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


@dataclass(frozen=True)
class Sheet:
    """A bilingual document ready to typeset."""

    languages: tuple[str, str]
    titles: tuple[str, str]
    subtitles: tuple[str, str]
    authority: str
    reference: str
    date: str
    rows: list[Row]
    page_formats: tuple[str, str]
    reference_labels: tuple[str, str]
    date_labels: tuple[str, str]


IDENTIFIER_TYPES: dict[str, Promise] = {
    "ip_address": _("IP address"),
    "email": _("E-mail address"),
    "url": _("URL"),
    "domain": _("Domain name"),
    "username": _("User name or pseudonym"),
    "account_id": _("Account identifier"),
    "phone": _("Telephone number"),
    "onion": _("Onion service address"),
    "crypto": _("Crypto-currency address"),
    "iban": _("Bank account (IBAN)"),
    "other": _("Other identifier"),
}
DATA_CATEGORIES: dict[str, Promise] = {
    "subscriber": _("Subscriber information"),
    "traffic": _("Traffic data"),
    "content": _("Content data"),
}
TICKET_STATUSES: dict[str, Promise] = {
    "new": _("New request"),
    "extension": _("Extension of a previous preservation request"),
    "follow_up": _("Follow-up of a previous request"),
}
REPLY_CHANNELS: dict[str, Promise] = {
    "email": pgettext_lazy("reply channel", "E-mail"),
    "phone": pgettext_lazy("reply channel", "Telephone"),
    "portal": pgettext_lazy("reply channel", "Secure portal"),
    "node": pgettext_lazy("reply channel", "Rogatory node (signed electronic exchange)"),
}
URGENCIES: dict[str, Promise] = {
    "normal": pgettext_lazy("urgency", "Normal"),
    "urgent": pgettext_lazy("urgency", "Urgent"),
    "emergency": pgettext_lazy("urgency", "Emergency: risk to life or physical safety"),
}

YES_NO: dict[bool, Promise] = {
    True: pgettext_lazy("form answer", "Yes"),
    False: pgettext_lazy("form answer", "No"),
}
MLA_INTENDED = _(
    "The requesting Party intends to submit a request for mutual assistance for "
    "the search or similar access, seizure or similar securing, or disclosure of "
    "the data."
)
ART30_REQUESTED = _(
    "If the preservation shows that a service provider in another State was "
    "involved in the transmission, please disclose a sufficient amount of traffic "
    "data to identify that service provider and the path of the communication."
)
PAGE_FORMAT = _("Page {page} of {pages}")
REFERENCE_LABEL = pgettext_lazy("page header", "Reference")
DATE_LABEL = pgettext_lazy("page header", "Date")


def _field(number: str, label: Promise, value: str) -> RowSpec:
    return RowSpec("field", number, Phrase(label), value=value or EMPTY)


def _fixed(number: str, label: Promise, fixed: Promise, **params: str | Promise) -> RowSpec:
    return RowSpec("field", number, Phrase(label), fixed=Phrase(fixed, params=params))


def _heading(number: str, label: Promise) -> RowSpec:
    return RowSpec("heading", number, Phrase(label))


def _party(party: PartyBlock) -> str:
    names = [party.name]
    if party.name_local and party.name_local != party.name:
        names.append(party.name_local)
    return " / ".join(name for name in names if name)


def _country(party: PartyBlock) -> str:
    if party.country_name and party.country:
        return f"{party.country_name} ({party.country})"
    return party.country_name or party.country


def requester_reference(document: RequestDocument) -> str:
    """Return the requesting authority's reference, whichever side stored the document."""
    return document.our_reference if document.direction == "outgoing" else document.their_reference


def requested_registration(document: RequestDocument) -> str:
    """Return the requested authority's registration number, whichever side stored it."""
    return document.their_reference if document.direction == "outgoing" else document.our_reference


def _contact_person(contact: ContactBlock) -> str:
    parts = [contact.person_title, contact.person_name]
    person = " ".join(part for part in parts if part)
    if contact.name and person:
        return f"{person} ({contact.name})"
    return person or contact.name


def _data_item_rows(
    index: int, item: DataItemBlock, *, block: str = "11", preserves: bool = True
) -> list[RowSpec]:
    number = f"{block}.{index}"
    rows = [
        RowSpec(
            "heading", number, Phrase(_("Data item %(number)s"), params={"number": str(index)})
        ),
        _fixed(f"{number}.1", _("Type of identifier"), IDENTIFIER_TYPES[item.identifier_type]),
        _field(f"{number}.2", _("Identifier"), item.value),
        _field(f"{number}.3", _("Date and time of use"), item.observed_at),
        _field(f"{number}.4", _("Time zone"), item.time_zone),
        _field(f"{number}.5", _("Source port"), "" if item.port is None else str(item.port)),
    ]
    rows.append(
        RowSpec(
            "field",
            f"{number}.6",
            Phrase(_("Categories of data to preserve") if preserves else _("Categories of data")),
            value="" if item.data_categories else EMPTY,
            fixed=Phrase(*[DATA_CATEGORIES[category] for category in item.data_categories])
            if item.data_categories
            else None,
        )
    )
    period = ""
    if item.period_start or item.period_end:
        start = item.period_start.isoformat() if item.period_start else "…"
        end = item.period_end.isoformat() if item.period_end else "…"
        period = f"{start} \N{EN DASH} {end}"
    rows.append(
        _field(
            f"{number}.7", _("Period to preserve") if preserves else _("Period concerned"), period
        )
    )
    if item.note:
        rows.append(_field(f"{number}.8", _("Remarks"), item.note))
    return rows


def request_row_specs(document: RequestDocument) -> list[RowSpec]:
    """Return the rows of the request's form: the T-CY template for a preservation, else its kind's."""
    if document.kind == "preservation":
        return _preservation_row_specs(document)
    return _kind_row_specs(document, kind_spec(document.kind))


def _header_rows(d: RequestDocument, *, with_requested: bool = True) -> list[RowSpec]:
    """Items 1-7 of the T-CY templates, common to every kind."""
    contact = d.requesting_contact
    requested = d.requested_contact
    rows: list[RowSpec] = [
        _field("1", _("Date of the request"), d.request_date.isoformat() if d.request_date else ""),
        _field("2", _("Reference of the requesting authority"), requester_reference(d)),
    ]
    if requested_registration(d):
        rows.append(
            _field(
                "2.1",
                _("Registration number of the requested authority"),
                requested_registration(d),
            )
        )
    rows.append(_fixed("3", _("Status of the request"), TICKET_STATUSES[d.ticket_status]))
    if d.ticket_status != "new" or d.previous_ticket:
        rows.append(_field("3.1", _("Reference of the previous request"), d.previous_ticket))
    if with_requested:
        rows += _requested_rows(d.requested_authority, requested)
    rows += [
        _heading("5", _("Requesting authority")),
        _field("5.1", _("Organisation"), _party(d.requesting_authority)),
        _field("5.2", _("Country"), _country(d.requesting_authority)),
        _field("5.3", _("Person in charge"), d.requesting_person_name),
        _field("5.4", _("Contact point"), _contact_person(contact)),
        _field("5.5", _("Address"), d.requesting_authority.address),
        _field("5.6", _("Telephone"), contact.phone),
        _field("5.7", _("Mobile telephone"), contact.mobile),
        _field("5.8", _("E-mail"), contact.email),
        _field("5.9", _("Fax"), contact.fax),
        _field("5.10", _("Office hours"), contact.office_hours),
    ]
    if contact.is_available_24_7:
        rows.append(_fixed("", _("Availability"), _("Available 24 hours a day, 7 days a week")))
    rows += [
        _field("5.11", _("Time zone"), contact.time_zone),
        _fixed(
            "5.12", _("Preferred channel for the reply"), REPLY_CHANNELS[d.preferred_reply_channel]
        ),
        _heading("6", _("Contact for additional confirmation of the request")),
        _field("6.1", _("Name"), d.confirmation_contact.name),
        _field("6.2", _("Title and function"), d.confirmation_contact.title),
        _field("6.3", _("Telephone"), d.confirmation_contact.phone),
        _field("6.4", _("E-mail"), d.confirmation_contact.email),
        _field("7", _("Investigative authority in charge of the case"), d.investigating_authority),
    ]
    return rows


def _requested_rows(authority: PartyBlock, requested: ContactBlock) -> list[RowSpec]:
    return [
        _heading("4", _("Requested authority")),
        _field("4.1", _("Organisation"), _party(authority)),
        _field("4.2", _("Country"), _country(authority)),
        _field("4.3", _("Address"), authority.address),
        _field("4.4", _("Contact point"), _contact_person(requested)),
        _field("4.5", _("E-mail"), requested.email),
        _field("4.6", _("Telephone"), requested.phone),
        _field("4.7", _("Mobile telephone"), requested.mobile),
        _field("4.8", _("Fax"), requested.fax),
        _field("4.9", _("Office hours"), requested.office_hours),
        _field("4.10", _("Time zone"), requested.time_zone),
    ]


def _preservation_row_specs(d: RequestDocument) -> list[RowSpec]:
    """Return the rows of the T-CY preservation request, numbered as the template."""
    rows = _header_rows(d)
    rows += [
        _heading("8", _("Prosecution office or court")),
        _field("8.1", _("Prosecution office or court in charge"), d.prosecutor_or_court),
        _field("8.2", _("Case number"), d.case_number),
        _heading("9", _("Offence")),
        _field("9.1", _("Offence under investigation"), d.offence),
        _field("9.2", _("Applicable legal provisions"), d.legal_provisions),
        _field("9.3", _("Maximum penalty"), d.maximum_penalty),
        _field("10", _("Brief summary of the facts"), d.summary_of_facts),
        _heading("11", _("Stored computer data to be preserved")),
    ]
    for index, item in enumerate(d.data_items, start=1):
        rows += _data_item_rows(index, item)
    if not d.data_items:
        rows.append(_field("11.1", _("Identifier"), ""))
    rows += [
        _field("12", _("Relationship of the data to the offence"), d.relation_to_offence),
        _heading("13", _("Custodian of the data and location of the computer system")),
        _field("13.1", _("Custodian of the stored computer data"), _party(d.custodian)),
        _field("13.2", _("Country"), _country(d.custodian)),
        _field("13.3", _("Address"), d.custodian.address),
        _field("13.4", _("Location of the computer system"), d.system_location),
        _field("14", _("Necessity of preservation"), d.necessity_of_preservation),
        _fixed(
            "15",
            _("Mutual assistance request"),
            MLA_INTENDED
            if d.intends_mla_request
            else _(
                "The requesting Party does not yet intend to submit a request for mutual "
                "assistance."
            ),
        ),
        _fixed(
            "16",
            _("Confidentiality"),
            _(
                "This request is confidential. Do not inform the user or subscriber of the "
                "preservation."
            )
            if d.is_confidential
            else _("No confidentiality is requested."),
        ),
    ]
    if d.confidentiality_note:
        rows.append(_field("16.1", _("Reasons for confidentiality"), d.confidentiality_note))
    rows += [
        _fixed(
            "17",
            _("Expedited disclosure of preserved traffic data (Article 30)"),
            ART30_REQUESTED
            if d.requests_art30_disclosure
            else _("Expedited disclosure of preserved traffic data is not requested."),
        ),
        _fixed("18", _("Urgency"), URGENCIES[d.urgency]),
    ]
    if d.urgency_reason:
        rows.append(_field("18.1", _("Reasons for urgency"), d.urgency_reason))
    rows += _signature_rows("19", d.signatory_name, d.signatory_title)
    return rows


def _kind_row_specs(d: RequestDocument, spec: KindSpec) -> list[RowSpec]:
    """Return the rows of any other kind: the T-CY header, the common blocks it uses, its
    own numbered sections, then confidentiality, urgency and signature.

    The common blocks are lettered (a, b, c; then d, e, f) so they can never collide with a
    section's own number, whether the kind numbers its sections (8, 9...) or letters them as the
    EU certificates do (A, B, C...). A block the kind does not use is still printed when the
    document fills it: nothing the requester wrote is dropped from the form.
    """
    # A record of trans-border access (Art. 32) is sent to no one: it has no requested authority.
    rows = _header_rows(d, with_requested=spec.is_transmitted or bool(d.requested_authority.name))
    offence = (d.prosecutor_or_court, d.case_number, d.offence, d.legal_provisions)
    if spec.uses_offence or any(offence) or d.maximum_penalty or d.summary_of_facts:
        rows += [
            _heading("a", _("Offence and facts")),
            _field("a.1", _("Prosecution office or court in charge"), d.prosecutor_or_court),
            _field("a.2", _("Case number"), d.case_number),
            _field("a.3", _("Offence under investigation"), d.offence),
            _field("a.4", _("Applicable legal provisions"), d.legal_provisions),
            _field("a.5", _("Maximum penalty"), d.maximum_penalty),
            _field("a.6", _("Brief summary of the facts"), d.summary_of_facts),
        ]
    rows += _kind_data_rows(d, spec)
    if spec.uses_custodian or d.custodian.name or d.system_location:
        rows += [
            _heading("c", _("Custodian of the data and location of the computer system")),
            _field("c.1", _("Custodian of the stored computer data"), _party(d.custodian)),
            _field("c.2", _("Country"), _country(d.custodian)),
            _field("c.3", _("Address"), d.custodian.address),
            _field("c.4", _("Location of the computer system"), d.system_location),
        ]
    for section in spec.sections:
        rows.append(_heading(section.number, section.title))
        rows += [
            _detail_row(f"{section.number}.{index}", detail, d.details.get(detail.name))
            for index, detail in enumerate(section.fields, start=1)
        ]
    rows.append(
        _fixed(
            "d",
            _("Confidentiality"),
            _("This request is confidential. Do not inform the user or subscriber of the request.")
            if d.is_confidential
            else _("No confidentiality is requested."),
        )
    )
    if d.confidentiality_note:
        rows.append(_field("d.1", _("Reasons for confidentiality"), d.confidentiality_note))
    rows.append(_fixed("e", _("Urgency"), URGENCIES[d.urgency]))
    if d.urgency_reason:
        rows.append(_field("e.1", _("Reasons for urgency"), d.urgency_reason))
    rows += _signature_rows("f", d.signatory_name, d.signatory_title)
    return rows


def _kind_data_rows(d: RequestDocument, spec: KindSpec) -> list[RowSpec]:
    """Block b: the data items, their relation to the offence and, when stated, the
    preservation items of Art. 29 (necessity, intended MLA request, Art. 30 disclosure)."""
    preservation_items = (
        d.necessity_of_preservation or d.intends_mla_request or d.requests_art30_disclosure
    )
    if not (spec.uses_data_items or d.data_items or d.relation_to_offence or preservation_items):
        return []
    preserves = spec.lifecycle == "preservation"
    rows = [_heading("b", spec.data_items_title or _("Data concerned"))]
    for index, item in enumerate(d.data_items, start=1):
        rows += _data_item_rows(index, item, block="b", preserves=preserves)
    if not d.data_items:
        rows.append(_field("b.1", _("Identifier"), ""))
    number = max(len(d.data_items), 1) + 1
    rows.append(
        _field(f"b.{number}", _("Relationship of the data to the offence"), d.relation_to_offence)
    )
    if d.necessity_of_preservation:
        number += 1
        rows.append(
            _field(f"b.{number}", _("Necessity of preservation"), d.necessity_of_preservation)
        )
    if d.intends_mla_request:
        number += 1
        rows.append(_fixed(f"b.{number}", _("Mutual assistance request"), MLA_INTENDED))
    if d.requests_art30_disclosure:
        number += 1
        rows.append(
            _fixed(
                f"b.{number}",
                _("Expedited disclosure of preserved traffic data (Article 30)"),
                ART30_REQUESTED,
            )
        )
    return rows


def _detail_row(number: str, detail: DetailField, value: object) -> RowSpec:
    """One field of the kind: fixed text (choices, yes/no) in both languages, else as written."""
    if detail.field_type == "choice":
        choice = dict(detail.choices).get(str(value)) if value else None
        if choice is None:
            return _field(number, detail.label, "")
        return _fixed(number, detail.label, choice)
    if detail.field_type == "boolean":
        return _fixed(number, detail.label, YES_NO[bool(value)])
    if detail.field_type == "list":
        items = value if isinstance(value, list) else []
        return _field(number, detail.label, ", ".join(str(item) for item in items))
    return _field(number, detail.label, "" if value is None else str(value))


def _signature_rows(number: str, name: str, title: str) -> list[RowSpec]:
    return [
        _heading(number, _("Signature")),
        _field(f"{number}.1", _("Name"), name),
        _field(f"{number}.2", _("Title and function"), title),
        _field(f"{number}.3", _("Place and date"), ""),
        RowSpec("blank", f"{number}.4", Phrase(_("Signature and official stamp"))),
    ]


def _instant(moment: datetime | None, time_zone: str) -> str:
    """Print an instant in UTC and in the requester's time zone (office hours matter)."""
    if moment is None:
        return ""
    utc_text = moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%d %H:%M UTC")
    try:
        zone = ZoneInfo(time_zone) if time_zone and time_zone != "UTC" else None
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    if zone is None:
        return utc_text
    local = moment.astimezone(zone)
    offset = local.strftime("%z")
    return f"{utc_text} ({local:%Y-%m-%d %H:%M} {time_zone}, UTC{offset[:3]}:{offset[3:]})"


LETTER_TITLES: dict[str, Promise] = {
    "acknowledgement": _("Acknowledgement of receipt"),
    "preservation_confirmed": _("Confirmation of preservation"),
    "refusal": _("Refusal of the preservation request"),
    "clarification": _("Request for clarification"),
}
LETTER_SUBJECT = _(
    "Your request for the expedited preservation of stored computer data "
    "(Convention on Cybercrime, Article 29)"
)
# Every other kind names itself by its title, translated in each language of the letter.
KIND_LETTER_SUBJECT = _("Your request: %(title)s")


def letter_title(letter: LetterKind, kind: str) -> Promise:
    """Return the title of a letter answering a request of this kind."""
    if letter == "refusal" and kind != "preservation":
        return _("Refusal of the request")
    return LETTER_TITLES[letter]


def letter_subject(kind: str) -> Phrase:
    """Return the subject line of a letter answering a request of this kind."""
    if kind == "preservation":
        return Phrase(LETTER_SUBJECT)
    return Phrase(KIND_LETTER_SUBJECT, params={"title": kind_spec(kind).title})


def letter_row_specs(
    letter: LetterKind,
    document: RequestDocument,
    *,
    reason: str,
    expires_at: datetime | None,
    received_at: datetime | None,
    confirmed_at: datetime | None,
    signatory_name: str,
    signatory_title: str,
) -> list[RowSpec]:
    """Return the rows of one of the requested side's letters."""
    d = document
    zone = d.requesting_contact.time_zone
    is_preservation = d.kind == "preservation"
    title = kind_spec(d.kind).title
    rows = [
        _field("1", pgettext_lazy("letter", "From"), _party(d.requested_authority)),
        _field("2", pgettext_lazy("letter", "To"), _party(d.requesting_authority)),
        _field("3", _("Your reference"), requester_reference(d)),
        _field("4", _("Our registration number"), requested_registration(d)),
        _field(
            "5", _("Date of your request"), d.request_date.isoformat() if d.request_date else ""
        ),
        _field("6", _("Received on"), _instant(received_at, zone)),
    ]
    if letter == "acknowledgement":
        rows.append(
            _fixed(
                "7",
                _("Acknowledgement"),
                _(
                    "We acknowledge receipt of your request for the expedited preservation of stored "
                    "computer data. It has been registered under the number above and is being "
                    "processed."
                )
                if is_preservation
                else _(
                    "We acknowledge receipt of your request (%(title)s). It has been registered "
                    "under the number above and is being processed."
                ),
                title=title,
            )
        )
    elif letter == "preservation_confirmed":
        rows += [
            _fixed(
                "7",
                _("Preservation"),
                _(
                    "The expedited preservation of the data described in your request has been "
                    "ordered and carried out. The data will be preserved until the date below, "
                    "pending your request for mutual assistance (Article 29, paragraph 7)."
                )
                if is_preservation
                else _(
                    "The preservation of the data described in your request has been ordered "
                    "and carried out. The data will be preserved until the date below."
                ),
            ),
            _field("8", _("Preservation confirmed on"), _instant(confirmed_at, zone)),
            _field("9", _("Preservation expires on"), _instant(expires_at, zone)),
        ]
        if reason:
            rows.append(_field("10", _("Remarks"), reason))
    elif letter == "refusal":
        rows += [
            _fixed(
                "7",
                _("Decision"),
                _(
                    "Your request for the expedited preservation of stored computer data cannot be "
                    "executed."
                )
                if is_preservation
                else _("Your request (%(title)s) cannot be executed."),
                title=title,
            ),
            _field("8", _("Reasons for the refusal"), reason),
        ]
    else:
        rows += [
            _fixed(
                "7",
                _("Clarification"),
                _(
                    "Before your request can be executed, we need the following information. "
                    "Please send it to the authority named above, quoting our registration number."
                ),
            ),
            _field("8", _("Information needed and reasons"), reason),
        ]
    rows += _signature_rows(
        "11" if letter == "preservation_confirmed" else "9", signatory_name, signatory_title
    )
    return rows


def _resolve_all(phrases: Iterable[Phrase | None], language: str) -> list[str]:
    with override(language):
        return [phrase.resolve() if phrase else "" for phrase in phrases]


def localise(
    specs: list[RowSpec],
    languages: tuple[str, str],
    *,
    title: Promise,
    subtitle: Promise | Phrase,
    authority: str,
    reference: str,
    date_text: str,
) -> Sheet:
    """Translate the fixed text of the rows into both languages: one pass per language."""
    fixed_phrases = [
        Phrase(title),
        subtitle if isinstance(subtitle, Phrase) else Phrase(subtitle),
        Phrase(PAGE_FORMAT),
        Phrase(REFERENCE_LABEL),
        Phrase(DATE_LABEL),
    ]
    phrases: list[Phrase | None] = [*fixed_phrases]
    for spec in specs:
        phrases += [spec.label, spec.fixed]
    first, second = (_resolve_all(phrases, language) for language in languages)
    head = len(fixed_phrases)
    rows = []
    for index, spec in enumerate(specs):
        label_at = head + 2 * index
        rows.append(
            Row(
                kind=spec.kind,
                number=spec.number,
                labels=(first[label_at], second[label_at]),
                value=spec.value,
                fixed=(first[label_at + 1], second[label_at + 1]) if spec.fixed else None,
            )
        )
    return Sheet(
        languages=languages,
        titles=(first[0], second[0]),
        subtitles=(first[1], second[1]),
        authority=authority,
        reference=reference,
        date=date_text,
        rows=rows,
        page_formats=(first[2], second[2]),
        reference_labels=(first[3], second[3]),
        date_labels=(first[4], second[4]),
    )


def request_sheet(document: RequestDocument, languages: tuple[str, str]) -> Sheet:
    """Return the bilingual sheet of the request, titled as its kind."""
    spec = kind_spec(document.kind)
    return localise(
        request_row_specs(document),
        languages,
        title=spec.title,
        subtitle=spec.subtitle,
        authority=_party(document.requesting_authority),
        reference=requester_reference(document),
        date_text=document.request_date.isoformat() if document.request_date else "",
    )


def letter_sheet(
    letter: LetterKind,
    document: RequestDocument,
    languages: tuple[str, str],
    *,
    reason: str,
    expires_at: datetime | None,
    received_at: datetime | None,
    confirmed_at: datetime | None,
    issued_on: date,
    signatory_name: str,
    signatory_title: str,
) -> Sheet:
    """Return the bilingual sheet of one of the requested side's letters."""
    specs = letter_row_specs(
        letter,
        document,
        reason=reason,
        expires_at=expires_at,
        received_at=received_at,
        confirmed_at=confirmed_at,
        signatory_name=signatory_name,
        signatory_title=signatory_title,
    )
    return localise(
        specs,
        languages,
        title=letter_title(letter, document.kind),
        subtitle=letter_subject(document.kind),
        authority=_party(document.requested_authority),
        reference=requested_registration(document) or requester_reference(document),
        date_text=issued_on.isoformat(),
    )
