"""Shared personae and fixtures. Fictional people and bodies in real countries."""

import os
from collections.abc import Iterator
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.utils import translation
from hypothesis import settings as hypothesis_settings

# Under CI the property tests run the same examples every time, so a red build is reproducible
# and main is never red by chance; on developers' machines they explore new examples each run.
hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
hypothesis_settings.register_profile("dev", deadline=None)
hypothesis_settings.load_profile("ci" if os.environ.get("CI") == "true" else "dev")

os.environ.setdefault("ROGATORY_FAST_PASSWORD_HASHER", "1")

# The real SMTP server (aiosmtpd on 127.0.0.1) and stored-file fixtures, for every test.
pytest_plugins = ("tests.smtp",)

PASSWORD = "correct horse battery staple"  # noqa: S105 - fictional test persona


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    # A page drawn in another language leaves that language active in the thread (Django does
    # not reset it after a response): the next test on the worker would write its English
    # texts (alerts, audit) in it. Each test starts and ends in the default language.
    translation.activate(django_settings.LANGUAGE_CODE)
    yield
    translation.activate(django_settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _immediate_tasks(settings: Any) -> None:
    # Background tasks run at commit in tests, in-process; the demo runs a real db worker.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def directory(db: Any) -> dict[str, Any]:
    """Two 24/7 points of contact (France, Germany), a provider (Ireland), each with a desk."""
    from rogatory.directory.models import Authority, ContactPoint

    france = Authority.objects.create(
        code="fr-ofmin-247",
        name="Office for Cybercrime, 24/7 point of contact",
        name_local="Office anti-cybercriminalité, point de contact 24/7",
        authority_type="point_of_contact",
        country_id="FR",
        address="12 rue Imaginaire, 75000 Paris",
        languages=["fr", "en"],
        time_zone="Europe/Paris",
    )
    ContactPoint.objects.create(
        authority=france,
        name="Permanence 24/7",
        person_name="Camille Fictive",
        person_title="Commandant",
        is_available_24_7=True,
        time_zone="Europe/Paris",
        languages=["fr", "en"],
        channels=["email", "phone"],
        email="poc247@fr-ofmin.example",
        phone="+33 1 00 00 00 01",
        office_hours="24/7",
    )
    germany = Authority.objects.create(
        code="de-bka-247",
        name="Federal Criminal Police 24/7 contact point",
        name_local="Bundeskriminalamt 24/7 Kontaktstelle",
        authority_type="point_of_contact",
        country_id="DE",
        address="Musterstraße 1, 65000 Wiesbaden",
        languages=["de", "en"],
        time_zone="Europe/Berlin",
    )
    ContactPoint.objects.create(
        authority=germany,
        name="24/7 desk",
        person_name="Jonas Beispiel",
        is_available_24_7=True,
        time_zone="Europe/Berlin",
        languages=["en", "es"],
        channels=["email"],
        email="desk247@de-bka.example",
        phone="+49 611 000000",
    )
    provider = Authority.objects.create(
        code="ie-examplemail",
        name="ExampleMail Ltd",
        authority_type="service_provider",
        country_id="IE",
        address="1 Fictional Quay, Dublin",
        languages=["en"],
        time_zone="Europe/Dublin",
    )
    ContactPoint.objects.create(
        authority=provider,
        name="Law enforcement response",
        channels=["portal", "email"],
        email="ler@examplemail.example",
        languages=["en"],
        time_zone="Europe/Dublin",
    )
    return {"france": france, "germany": germany, "provider": provider}


def _user(username: str, authority: Any, role: str) -> Any:
    from rogatory.accounts.models import User

    return User.objects.create_user(
        username=username,
        password=PASSWORD,
        authority=authority,
        role=role,
        email=f"{username}@{authority.code}.example",
        time_zone=authority.time_zone,
    )


@pytest.fixture
def alice(directory: dict[str, Any]) -> Any:
    """Officer of the French point of contact: drafts requests."""
    return _user("alice", directory["france"], "officer")


@pytest.fixture
def bruno(directory: dict[str, Any]) -> Any:
    """Supervisor of the French point of contact: approves."""
    return _user("bruno", directory["france"], "supervisor")


@pytest.fixture
def dieter(directory: dict[str, Any]) -> Any:
    """Officer of the German point of contact: receives requests."""
    return _user("dieter", directory["germany"], "officer")


@pytest.fixture
def greta(directory: dict[str, Any]) -> Any:
    """Supervisor of the German point of contact."""
    return _user("greta", directory["germany"], "supervisor")


def complete_document_data() -> dict[str, Any]:
    """A complete Art. 29 preservation request from France to Germany, as JSON data."""
    return {
        "kind": "preservation",
        "direction": "outgoing",
        "request_date": "2026-11-29",
        "our_reference": "FR-2026-0042",
        "ticket_status": "new",
        "requesting_authority": {"code": "fr-ofmin-247"},
        "requesting_contact": {"name": "Permanence 24/7"},
        "requesting_person_name": "Commandant Camille Fictive",
        "requested_authority": {"code": "de-bka-247"},
        "requested_contact": {"name": "24/7 desk"},
        "confirmation_contact": {
            "name": "Lieutenant Léa Exemple",
            "title": "Duty officer",
            "phone": "+33 1 00 00 00 02",
            "email": "lea@fr-ofmin.example",
        },
        "investigating_authority": "Brigade numérique fictive, Paris",
        "prosecutor_or_court": "Parquet de Paris (fictitious section J3)",
        "case_number": "PARQ-26-001234",
        "offence": "Distribution of child sexual abuse material",
        "legal_provisions": "Code pénal, article 227-23",
        "maximum_penalty": "5 years' imprisonment",
        "summary_of_facts": (
            "On 20 November 2026 between 13:00 and 15:00 (Paris time) an unknown person using "
            "the pseudonym 'nightowl_77' uploaded abuse images of a child to a hidden forum and "
            "sent links to them from the mailbox suspect.owl@examplemail.example, connecting from "
            "the address 198.51.100.23. The child, aged nine, was identified in France."
        ),
        "data_items": [
            {
                "identifier_type": "email",
                "value": "suspect.owl@examplemail.example",
                "data_categories": ["subscriber", "traffic", "content"],
                "period_start": "2026-11-01",
                "period_end": "2026-11-29",
            },
            {
                "identifier_type": "ip_address",
                "value": "198.51.100.23",
                "observed_at": "2026-11-20T14:03:27+01:00",
                "port": 51234,
                "data_categories": ["subscriber", "traffic"],
            },
        ],
        "relation_to_offence": (
            "The mailbox sent the links to the images; the IP address logged in to it at the time."
        ),
        "custodian": {"code": "ie-examplemail"},
        "system_location": "ExampleMail data centre, Frankfurt am Main, Germany",
        "necessity_of_preservation": (
            "The provider keeps connection logs for 30 days only; the suspect may delete the mailbox."
        ),
        "intends_mla_request": True,
        "is_confidential": True,
        "confidentiality_note": "Do not inform the account holder: it would endanger the child.",
        "requests_art30_disclosure": True,
        "urgency": "urgent",
        "urgency_reason": "Logs are deleted after 30 days.",
        "signatory_name": "Commandant Camille Fictive",
        "signatory_title": "Head of the 24/7 point of contact",
        "language": "fr",
        "counterpart_language": "en",
    }


@pytest.fixture
def complete_document() -> dict[str, Any]:
    return complete_document_data()
