"""Demo data: FICTIONAL authorities, people and cases in real countries (never real names).

Everything is written through the services (directory import, account administration, clock
rules, request services, transmission), so the demo exercises the real rules and leaves a real
audit trail. Loading twice changes nothing: each step first looks for what it would create.
"""

import json
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.db import transaction

from rogatory.accounts.models import Role, User
from rogatory.accounts.services import create_user_account
from rogatory.audit.services import Actor
from rogatory.core.clock import now
from rogatory.directory.models import Authority
from rogatory.directory.services import import_directory
from rogatory.requests.access import requests_visible_to
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import ClockName, ClockRule, CooperationRequest, RequestKind
from rogatory.requests.services import (
    approve_request,
    create_request,
    order_preservation,
    record_acknowledgement,
    record_preservation_confirmed,
    set_clock_rule,
)

DEMO_ACTOR = Actor(username="system:demo", role="system", source="demo")


def _desk(
    name: str,
    email: str,
    languages: list[str],
    time_zone: str,
    *,
    is_available_24_7: bool = True,
    person_name: str = "",
    person_title: str = "",
    phone: str = "",
    channels: list[str] | None = None,
    office_hours: str = "24/7",
) -> dict[str, Any]:
    return {
        "name": name,
        "person_name": person_name,
        "person_title": person_title,
        "is_available_24_7": is_available_24_7,
        "office_hours": office_hours,
        "time_zone": time_zone,
        "languages": languages,
        "channels": channels or ["email", "phone"],
        "email": email,
        "phone": phone,
    }


def _authority(
    code: str,
    name: str,
    name_local: str,
    authority_type: str,
    country: str,
    address: str,
    languages: list[str],
    time_zone: str,
    desks: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "code": code,
        "name": name,
        "name_local": name_local,
        "authority_type": authority_type,
        "country": country,
        "address": address,
        "languages": languages,
        "time_zone": time_zone,
        "contact_points": desks,
    }


# Every name, address, phone number and mailbox below is invented (".example" domains, RFC 2606).
DEMO_AUTHORITIES: list[dict[str, Any]] = [
    _authority(
        "demo-fr-poc-247",
        "Cybercrime Office, 24/7 point of contact (demo)",
        "Office de lutte contre la cybercriminalité, point de contact 24/7 (démo)",
        "point_of_contact",
        "FR",
        "8 rue de l'Exemple, 75000 Paris",
        ["fr", "en"],
        "Europe/Paris",
        [
            _desk(
                "Permanence 24/7",
                "poc247@demo-fr-poc.example",
                ["fr", "en"],
                "Europe/Paris",
                person_name="Camille Démo",
                person_title="Commandante",
                phone="+33 1 00 00 10 01",
            )
        ],
    ),
    _authority(
        "demo-fr-central",
        "Ministry of Justice, Mutual Legal Assistance Office (demo)",
        "Ministère de la Justice, bureau de l'entraide pénale internationale (démo)",
        "central_authority",
        "FR",
        "1 place Fictive, 75000 Paris",
        ["fr", "en"],
        "Europe/Paris",
        [
            _desk(
                "Bureau de l'entraide",
                "entraide@demo-fr-justice.example",
                ["fr", "en"],
                "Europe/Paris",
                is_available_24_7=False,
                office_hours="Mon-Fri 09:00-18:00",
                phone="+33 1 00 00 10 02",
            )
        ],
    ),
    _authority(
        "demo-fr-prosecution",
        "Public Prosecutor's Office, Cybercrime Section J3 (demo)",
        "Parquet, section cybercriminalité J3 (démo)",
        "prosecution",
        "FR",
        "4 boulevard Imaginaire, 75000 Paris",
        ["fr"],
        "Europe/Paris",
        [
            _desk(
                "Section J3",
                "j3@demo-fr-parquet.example",
                ["fr"],
                "Europe/Paris",
                is_available_24_7=False,
                office_hours="Mon-Fri 09:00-19:00",
                phone="+33 1 00 00 10 03",
            )
        ],
    ),
    _authority(
        "demo-de-poc-247",
        "Federal Cybercrime Unit, 24/7 contact point (demo)",
        "Bundeseinheit Cybercrime, 24/7 Kontaktstelle (Demo)",
        "point_of_contact",
        "DE",
        "Beispielweg 7, 65000 Wiesbaden",
        ["de", "en"],
        "Europe/Berlin",
        [
            _desk(
                "24/7 desk",
                "desk247@demo-de-poc.example",
                ["de", "en", "fr"],
                "Europe/Berlin",
                person_name="Jonas Beispiel",
                person_title="Kriminalhauptkommissar",
                phone="+49 611 000 1001",
            )
        ],
    ),
    _authority(
        "demo-de-central",
        "Federal Office of Justice, international assistance (demo)",
        "Bundesamt der Justiz, internationale Rechtshilfe (Demo)",
        "central_authority",
        "DE",
        "Musterallee 2, 53000 Bonn",
        ["de", "en"],
        "Europe/Berlin",
        [
            _desk(
                "Rechtshilfe",
                "rechtshilfe@demo-de-justiz.example",
                ["de", "en"],
                "Europe/Berlin",
                is_available_24_7=False,
                office_hours="Mon-Fri 08:00-16:30",
            )
        ],
    ),
    _authority(
        "demo-es-poc-247",
        "Cybercrime Police Unit, 24/7 point of contact (demo)",
        "Unidad de Ciberdelincuencia, punto de contacto 24/7 (demo)",
        "point_of_contact",
        "ES",
        "Calle Ficticia 3, 28000 Madrid",
        ["es", "en"],
        "Europe/Madrid",
        [
            _desk(
                "Guardia 24/7",
                "guardia247@demo-es-poc.example",
                ["es", "en"],
                "Europe/Madrid",
                phone="+34 91 000 1001",
            )
        ],
    ),
    _authority(
        "demo-br-poc-247",
        "Federal Police Cybercrime 24/7 point of contact (demo)",
        "Polícia Federal, ponto de contato 24/7 de crimes cibernéticos (demo)",
        "point_of_contact",
        "BR",
        "Quadra Exemplo 1, 70000-000 Brasília",
        ["pt", "en"],
        "America/Sao_Paulo",
        [
            _desk(
                "Plantão 24/7",
                "plantao247@demo-br-poc.example",
                ["pt", "en", "es"],
                "America/Sao_Paulo",
                phone="+55 61 0000 1001",
            )
        ],
    ),
    _authority(
        "demo-ma-poc-247",
        "National Cybercrime Unit, 24/7 point of contact (demo)",
        "الوحدة الوطنية لمكافحة الجرائم المعلوماتية، نقطة الاتصال 24/7 (عرض)",
        "point_of_contact",
        "MA",
        "1 avenue Fictive, 10000 Rabat",
        ["ar", "fr"],
        "Africa/Casablanca",
        [
            _desk(
                "Permanence 24/7",
                "permanence247@demo-ma-poc.example",
                ["ar", "fr", "en"],
                "Africa/Casablanca",
                phone="+212 537 00 10 01",
            )
        ],
    ),
    _authority(
        "demo-cn-poc-247",
        "Cybersecurity Bureau, 24/7 point of contact (demo)",
        "网络安全局 24/7 联络点（演示）",
        "point_of_contact",
        "CN",
        "1 Example Road, Dongcheng, Beijing 100000",
        ["zh", "en"],
        "Asia/Shanghai",
        [
            _desk(
                "24/7 值班室",
                "duty247@demo-cn-poc.example",
                ["zh", "en"],
                "Asia/Shanghai",
                phone="+86 10 0000 1001",
            )
        ],
    ),
    _authority(
        "demo-in-poc-247",
        "Cyber Crime Coordination Centre, 24/7 point of contact (demo)",
        "साइबर अपराध समन्वय केंद्र, 24/7 संपर्क बिंदु (डेमो)",
        "point_of_contact",
        "IN",
        "2 Sample Marg, New Delhi 110000",
        ["hi", "en"],
        "Asia/Kolkata",
        [
            _desk(
                "24/7 duty desk",
                "duty247@demo-in-poc.example",
                ["en", "hi"],
                "Asia/Kolkata",
                phone="+91 11 0000 1001",
            )
        ],
    ),
    _authority(
        "demo-ie-postboxmail",
        "PostboxMail Ltd (demo e-mail provider)",
        "",
        "service_provider",
        "IE",
        "5 Imaginary Quay, Dublin 2",
        ["en"],
        "Europe/Dublin",
        [
            _desk(
                "Law enforcement response",
                "lers@demo-postboxmail.example",
                ["en"],
                "Europe/Dublin",
                channels=["portal", "email"],
                office_hours="24/7",
            )
        ],
    ),
    _authority(
        "demo-nl-polderhost",
        "PolderHost B.V. (demo hosting provider)",
        "PolderHost B.V.",
        "service_provider",
        "NL",
        "Voorbeeldgracht 9, 1000 AA Amsterdam",
        ["nl", "en"],
        "Europe/Amsterdam",
        [
            _desk(
                "Abuse and legal desk",
                "legal@demo-polderhost.example",
                ["en", "nl"],
                "Europe/Amsterdam",
                is_available_24_7=False,
                office_hours="Mon-Fri 09:00-17:00",
                channels=["email"],
            )
        ],
    ),
]


@dataclass(frozen=True)
class DemoUser:
    username: str
    password: str
    first_name: str
    last_name: str
    authority_code: str
    role: str
    is_staff: bool = False
    language: str = "en"

    @property
    def description(self) -> str:
        return f"{self.role} of {self.authority_code}"


# Demo passwords are printed by `rogatory demo`: they protect fictional data on 127.0.0.1 only.
DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(
        "lucie",
        "demo-lucie-officer-2026",
        "Lucie",
        "Exemple",
        "demo-fr-poc-247",
        Role.OFFICER,
        language="fr",
    ),
    DemoUser(
        "marc",
        "demo-marc-supervisor-2026",
        "Marc",
        "Fictif",
        "demo-fr-poc-247",
        Role.SUPERVISOR,
        language="fr",
    ),
    DemoUser(
        "jonas", "demo-jonas-officer-2026", "Jonas", "Beispiel", "demo-de-poc-247", Role.OFFICER
    ),
    DemoUser(
        "hanna", "demo-hanna-supervisor-2026", "Hanna", "Muster", "demo-de-poc-247", Role.SUPERVISOR
    ),
    DemoUser(
        "ada",
        "demo-ada-administrator-2026",
        "Ada",
        "Verwaltung",
        "demo-fr-poc-247",
        Role.ADMINISTRATOR,
        is_staff=True,
    ),
)

PROVIDER_PRESERVATION_DAYS = 90


@dataclass
class DemoSummary:
    created: list[str] = field(default_factory=list)

    def describe(self) -> str:
        if not self.created:
            return "demo data already loaded: nothing to do"
        return "demo data loaded: " + ", ".join(self.created)


def _load_directory(summary: DemoSummary) -> None:
    wanted = {entry["code"] for entry in DEMO_AUTHORITIES}
    if Authority.objects.filter(code__in=wanted).count() == len(wanted):
        return
    result = import_directory(
        json.dumps({"authorities": DEMO_AUTHORITIES}),
        file_format="json",
        actor=DEMO_ACTOR,
        origin="demo directory",
    )
    summary.created.append(
        f"{result.authorities_created} authorities, {result.contact_points_created} contact points"
    )


def _load_clock_rules(summary: DemoSummary) -> None:
    provider = Authority.objects.get(code="demo-ie-postboxmail")
    if ClockRule.objects.filter(provider=provider, clock=ClockName.PRESERVATION_PERIOD).exists():
        return
    set_clock_rule(
        DEMO_ACTOR,
        kind=RequestKind.PRESERVATION,
        clock=ClockName.PRESERVATION_PERIOD,
        hours=PROVIDER_PRESERVATION_DAYS * 24,
        provider_id=provider.pk,
        source="provider policy (~): PostboxMail preserves up to 90 days on request (demo value)",
    )
    summary.created.append("a 90-day provider clock rule")


def _load_users(summary: DemoSummary) -> dict[str, User]:
    users: dict[str, User] = {}
    for demo in DEMO_USERS:
        existing = User.objects.filter(username=demo.username).first()
        if existing is not None:
            users[demo.username] = existing
            continue
        authority = Authority.objects.get(code=demo.authority_code)
        users[demo.username] = create_user_account(
            DEMO_ACTOR,
            username=demo.username,
            password=demo.password,
            authority=authority,
            role=demo.role,
            first_name=demo.first_name,
            last_name=demo.last_name,
            email=f"{demo.username}@{demo.authority_code}.example",
            time_zone=authority.time_zone,
            preferred_language=demo.language,
            is_staff=demo.is_staff,
            is_superuser=demo.is_staff,
        )
        summary.created.append(f"user {demo.username}")
    return users


def _outgoing(
    reference: str,
    requested: str,
    requested_contact: str,
    custodian: str,
    *,
    offence: str,
    legal_provisions: str,
    summary_of_facts: str,
    items: list[dict[str, Any]],
    relation: str,
    necessity: str,
    counterpart_language: str,
    system_location: str,
) -> RequestDocument:
    today = now().date()
    return RequestDocument.model_validate(
        {
            "kind": "preservation",
            "direction": "outgoing",
            "request_date": today.isoformat(),
            "our_reference": reference,
            "ticket_status": "new",
            "requesting_authority": {"code": "demo-fr-poc-247"},
            "requesting_contact": {"name": "Permanence 24/7"},
            "requesting_person_name": "Commandante Camille Démo",
            "requested_authority": {"code": requested},
            "requested_contact": {"name": requested_contact},
            "confirmation_contact": {
                "name": "Lieutenant Lucie Exemple",
                "title": "Duty officer",
                "phone": "+33 1 00 00 10 04",
                "email": "lucie@demo-fr-poc.example",
            },
            "investigating_authority": "Brigade numérique de démonstration, Paris",
            "prosecutor_or_court": "Parquet, section cybercriminalité J3 (démo)",
            "case_number": f"J3-{today:%y}-{reference[-3:]}",
            "offence": offence,
            "legal_provisions": legal_provisions,
            "maximum_penalty": "5 years' imprisonment",
            "summary_of_facts": summary_of_facts,
            "data_items": items,
            "relation_to_offence": relation,
            "custodian": {"code": custodian},
            "system_location": system_location,
            "necessity_of_preservation": necessity,
            "intends_mla_request": True,
            "is_confidential": True,
            "confidentiality_note": "Do not inform the account holder: it would alert the suspect.",
            "requests_art30_disclosure": True,
            "urgency": "urgent",
            "urgency_reason": "The provider deletes connection logs after 30 days.",
            "signatory_name": "Commandante Camille Démo",
            "signatory_title": "Head of the 24/7 point of contact",
            "language": "fr",
            "counterpart_language": counterpart_language,
        }
    )


def _ip_item(address: str, days_ago: int, port: int | None = None) -> dict[str, Any]:
    seen = (now() - timedelta(days=days_ago)).replace(microsecond=0)
    return {
        "identifier_type": "ip_address",
        "value": address,
        "observed_at": seen.isoformat(),
        "port": port,
        "data_categories": ["subscriber", "traffic"],
    }


def _mailbox_item(address: str) -> dict[str, Any]:
    today = now().date()
    return {
        "identifier_type": "email",
        "value": address,
        "data_categories": ["subscriber", "traffic", "content"],
        "period_start": (today - timedelta(days=30)).isoformat(),
        "period_end": today.isoformat(),
    }


def _draft_documents() -> dict[str, RequestDocument]:
    fraud = {
        "offence": "Computer-related fraud (phishing of bank customers)",
        "legal_provisions": "Code pénal, articles 313-1 and 323-1",
        "relation": "The mailbox sent the phishing messages; the IP address logged in to it.",
        "necessity": "The provider keeps connection logs for 30 days; the suspect may delete "
        "the mailbox at any time.",
        "system_location": "PostboxMail data centre, Dublin, Ireland",
    }
    return {
        "FR-DEMO-2026-001": _outgoing(
            "FR-DEMO-2026-001",
            "demo-de-poc-247",
            "24/7 desk",
            "demo-ie-postboxmail",
            summary_of_facts=(
                "Since early this month about 240 customers of a French bank received e-mails "
                "imitating the bank and entered their credentials on a fake site. The messages "
                "were sent from the mailbox billing.alerts@demo-postboxmail.example, reached "
                "from a German IP address."
            ),
            items=[
                _mailbox_item("billing.alerts@demo-postboxmail.example"),
                _ip_item("198.51.100.41", 6, 40112),
            ],
            counterpart_language="en",
            **fraud,
        ),
        "FR-DEMO-2026-002": _outgoing(
            "FR-DEMO-2026-002",
            "demo-es-poc-247",
            "Guardia 24/7",
            "demo-nl-polderhost",
            offence="Extortion by threat to publish intimate images",
            legal_provisions="Code pénal, article 312-10",
            summary_of_facts=(
                "A minor living in Lyon was threatened with the publication of intimate images "
                "unless she paid 500 euros. The images are hosted on a site run from a Spanish "
                "connection on servers of PolderHost B.V."
            ),
            items=[
                {
                    "identifier_type": "url",
                    "value": "https://images.demo-leak.example/a/7731",
                    "data_categories": ["subscriber", "traffic", "content"],
                },
                _ip_item("203.0.113.77", 3, 51800),
            ],
            relation="The site hosts the images used for the threats.",
            necessity="The site may be removed at any moment and its logs with it.",
            counterpart_language="es",
            system_location="PolderHost data centre, Amsterdam, Netherlands",
        ),
        "FR-DEMO-2026-003": _outgoing(
            "FR-DEMO-2026-003",
            "demo-de-poc-247",
            "24/7 desk",
            "demo-ie-postboxmail",
            summary_of_facts=(
                "On the night of the 3rd a ransomware group encrypted the servers of a hospital "
                "in Brest, stopping its emergency admissions, and sent the ransom note demanding "
                "40 bitcoin from the mailbox recovery.team@demo-postboxmail.example."
            ),
            items=[_mailbox_item("recovery.team@demo-postboxmail.example")],
            counterpart_language="en",
            **{
                **fraud,
                "offence": "Hindering the operation of a data system (ransomware)",
                "legal_provisions": "Code pénal, articles 323-2 and 323-4-1",
                "relation": "The mailbox sent the ransom note.",
            },
        ),
        "FR-DEMO-2026-004": _outgoing(
            "FR-DEMO-2026-004",
            "demo-de-poc-247",
            "24/7 desk",
            "demo-ie-postboxmail",
            summary_of_facts=(
                "Since last month an unknown person has offered scans of stolen identity "
                "documents of about 3,000 French citizens for sale on a forum and told buyers "
                "to write to seller.docs@demo-postboxmail.example to pay and receive them."
            ),
            items=[
                _mailbox_item("seller.docs@demo-postboxmail.example"),
                _ip_item("192.0.2.15", 9),
            ],
            counterpart_language="en",
            **{
                **fraud,
                "offence": "Trafficking in stolen identity documents",
                "legal_provisions": "Code pénal, article 441-2",
                "relation": "Buyers were told to write to this mailbox.",
            },
        ),
    }


def _incoming_documents() -> dict[str, RequestDocument]:
    today = now().date()
    return {
        "DE-IN-2026-001": RequestDocument.model_validate(
            {
                "kind": "preservation",
                "direction": "incoming",
                "request_date": today.isoformat(),
                "our_reference": "DE-IN-2026-001",
                "their_reference": "CN-247-2026-0815",
                "ticket_status": "new",
                "requesting_authority": {"code": "demo-cn-poc-247"},
                "requesting_contact": {"name": "24/7 值班室"},
                "requested_authority": {"code": "demo-de-poc-247"},
                "requested_contact": {"name": "24/7 desk"},
                "offence": "诈骗罪 (fraud)",
                "summary_of_facts": (
                    "2026年，犯罪嫌疑人通过虚假投资网站骗取多名被害人共计约120万元人民币。"
                    "该网站托管于德国的服务器。 The suspects defrauded several victims of about "
                    "1.2 million yuan through a fake investment site hosted in Germany."
                ),
                "data_items": [
                    {
                        "identifier_type": "domain",
                        "value": "invest-demo.example",
                        "data_categories": ["subscriber", "traffic"],
                    }
                ],
                "custodian": {"name": "Beispiel Cloud GmbH (demo), Frankfurt am Main"},
                "relation_to_offence": "The site collected the victims' payments.",
                "necessity_of_preservation": "The site may disappear at any moment.",
                "intends_mla_request": True,
                "language": "zh",
                "counterpart_language": "en",
            }
        ),
        "FR-IN-2026-001": RequestDocument.model_validate(
            {
                "kind": "preservation",
                "direction": "incoming",
                "request_date": today.isoformat(),
                "our_reference": "FR-IN-2026-001",
                "their_reference": "MA-247-2026-0311",
                "ticket_status": "new",
                "requesting_authority": {"code": "demo-ma-poc-247"},
                "requesting_contact": {"name": "Permanence 24/7"},
                "requested_authority": {"code": "demo-fr-poc-247"},
                "requested_contact": {"name": "Permanence 24/7"},
                "offence": "الابتزاز الإلكتروني (online extortion)",
                "summary_of_facts": (
                    "تعرض قاصر للابتزاز عبر حساب على منصة تواصل يستضيفها مزود فرنسي، "
                    "ويطلب حفظ بيانات الحساب. A minor was blackmailed through an account on a "
                    "platform hosted by a French provider; preservation of the account's data is "
                    "requested."
                ),
                "data_items": [
                    {
                        "identifier_type": "username",
                        "value": "shadow_demo_21",
                        "data_categories": ["subscriber", "traffic", "content"],
                    }
                ],
                "custodian": {"name": "Plateforme Exemple SAS (demo), Paris"},
                "relation_to_offence": "The account sent the threats.",
                "necessity_of_preservation": "The account holder may delete the messages.",
                "intends_mla_request": True,
                "language": "ar",
                "counterpart_language": "fr",
            }
        ),
    }


def _existing(user: User, reference: str) -> CooperationRequest | None:
    return requests_visible_to(user).filter(our_reference=reference).first()


def _load_requests(summary: DemoSummary, users: dict[str, User]) -> None:
    # Imported here: transmission renders PDFs (WeasyPrint), needed only when a request is sent.
    from rogatory.transmission.services import send_request

    lucie, marc = users["lucie"], users["marc"]
    jonas = users["jonas"]
    drafts = _draft_documents()
    for reference, document in drafts.items():
        if _existing(lucie, reference) is not None:
            continue
        # One request's whole history or none of it, so an interrupted load can be rerun.
        with transaction.atomic():
            request = create_request(lucie, document, source="demo")
            if reference != "FR-DEMO-2026-001":
                approve_request(marc, request.pk, source="demo")
            if reference in {"FR-DEMO-2026-003", "FR-DEMO-2026-004"}:
                send_request(lucie, request.pk, source="demo")
            if reference == "FR-DEMO-2026-003":
                record_acknowledgement(
                    lucie, request.pk, their_reference="DE-247-2026-4410", source="demo"
                )
            if reference == "FR-DEMO-2026-004":
                record_preservation_confirmed(lucie, request.pk, source="demo")
        summary.created.append(f"request {reference}")
    incoming = _incoming_documents()
    for reference, document in incoming.items():
        owner = jonas if reference.startswith("DE-") else lucie
        if _existing(owner, reference) is not None:
            continue
        with transaction.atomic():
            request = create_request(owner, document, source="demo")
            if reference == "FR-IN-2026-001":
                order_preservation(
                    marc, request.pk, note="Ordered to Plateforme Exemple SAS", source="demo"
                )
        summary.created.append(f"request {reference}")


def load_demo_data() -> DemoSummary:
    """Create the demo directory, clock rule, users and requests unless already there."""
    summary = DemoSummary()
    with transaction.atomic():
        _load_directory(summary)
        _load_clock_rules(summary)
        users = _load_users(summary)
    _load_requests(summary, users)
    return summary


def demo_sign_ins() -> list[DemoUser]:
    """Return the demo accounts with their passwords, for printing."""
    return list(DEMO_USERS)
