"""A request document with every field filled, and its multilingual twin."""

from typing import Any

import pytest

from conftest import complete_document_data
from rogatory.requests.document import RequestDocument

CHINESE = "嫌疑人使用化名在论坛上传图片"
ARABIC = "المشتبه به استخدم اسمًا مستعارًا لتحميل الصور"
DEVANAGARI = "संदिग्ध ने छद्म नाम का उपयोग किया"


def filled_document_data() -> dict[str, Any]:
    """The complete French request with the blocks export fills in from the directory."""
    data = complete_document_data()
    data.update(
        {
            "their_reference": "BKA-247-2026-118",
            "ticket_status": "extension",
            "previous_ticket": "FR-2026-0017",
            "requesting_authority": {
                "code": "fr-ofmin-247",
                "name": "Office for Cybercrime, 24/7 point of contact",
                "name_local": "Office anti-cybercriminalité, point de contact 24/7",
                "country": "FR",
                "country_name": "France",
                "address": "12 rue Imaginaire, 75000 Paris",
                "languages": ["fr", "en"],
            },
            "requesting_contact": {
                "name": "Permanence 24/7",
                "person_name": "Camille Fictive",
                "person_title": "Commandant",
                "phone": "+33 1 00 00 00 01",
                "mobile": "+33 6 00 00 00 09",
                "email": "poc247@fr-ofmin.example",
                "fax": "+33 1 00 00 00 99",
                "office_hours": "Mon-Fri 08:00-19:00",
                "time_zone": "Europe/Paris",
                "is_available_24_7": True,
            },
            "requested_authority": {
                "code": "de-bka-247",
                "name": "Federal Criminal Police 24/7 contact point",
                "name_local": "Bundeskriminalamt 24/7 Kontaktstelle",
                "country": "DE",
                "country_name": "Germany",
                "address": "Musterstraße 1, 65000 Wiesbaden",
            },
            "requested_contact": {
                "name": "24/7 desk",
                "person_name": "Jonas Beispiel",
                "email": "desk247@de-bka.example",
                "phone": "+49 611 000000",
            },
            "custodian": {
                "code": "ie-examplemail",
                "name": "ExampleMail Ltd",
                "country": "IE",
                "country_name": "Ireland",
                "address": "1 Fictional Quay, Dublin",
            },
        }
    )
    data["data_items"][1]["time_zone"] = "Europe/Paris"
    data["data_items"][1]["note"] = "Shared address (CGNAT): the source port is essential."
    return data


@pytest.fixture
def filled_document() -> RequestDocument:
    return RequestDocument.model_validate(filled_document_data())


@pytest.fixture
def multilingual_document() -> RequestDocument:
    data = filled_document_data()
    data["summary_of_facts"] = f"{data['summary_of_facts']}\n{CHINESE}\n{ARABIC}\n{DEVANAGARI}"
    data["relation_to_offence"] = f"{ARABIC}: {CHINESE}"
    return RequestDocument.model_validate(data)
