"""Read rendered documents back as plain text, the way a recipient's tools would."""

import io

import pypdf
from docx import Document

from rogatory.requests.document import RequestDocument


def pdf_text(content: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    parts = [
        paragraph.text
        for section in document.sections
        for paragraph in [*section.header.paragraphs, *section.footer.paragraphs]
    ]
    for table in document.tables:
        for row in table.rows:
            # A cell spanning both columns is returned once per grid column: keep one.
            parts.extend(dict.fromkeys(cell.text for cell in row.cells))
    return "\n".join(parts)


def squeeze(text: str) -> str:
    """Drop whitespace: line wrapping moves it, the words stay."""
    return "".join(text.split())


def filled_values(document: RequestDocument) -> list[str]:
    """Every free-text value of the document, as the form must print it."""
    d = document
    values = [
        d.request_date.isoformat() if d.request_date else "",
        d.our_reference,
        d.their_reference,
        d.previous_ticket,
        d.requesting_person_name,
        d.investigating_authority,
        d.prosecutor_or_court,
        d.case_number,
        d.offence,
        d.legal_provisions,
        d.maximum_penalty,
        d.summary_of_facts,
        d.relation_to_offence,
        d.system_location,
        d.necessity_of_preservation,
        d.confidentiality_note,
        d.urgency_reason,
        d.signatory_name,
        d.signatory_title,
        d.confirmation_contact.name,
        d.confirmation_contact.title,
        d.confirmation_contact.phone,
        d.confirmation_contact.email,
    ]
    for party in (d.requesting_authority, d.requested_authority, d.custodian):
        values += [party.name, party.name_local, party.country_name, party.address]
    for contact in (d.requesting_contact, d.requested_contact):
        values += [
            contact.name,
            contact.person_name,
            contact.person_title,
            contact.phone,
            contact.mobile,
            contact.email,
            contact.fax,
            contact.office_hours,
            contact.time_zone,
        ]
    for item in d.data_items:
        values += [
            item.value,
            item.observed_at,
            item.time_zone,
            item.note,
            "" if item.port is None else str(item.port),
            item.period_start.isoformat() if item.period_start else "",
            item.period_end.isoformat() if item.period_end else "",
        ]
    return [value for value in values if value]
