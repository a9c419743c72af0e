"""A complete, realistic and fictional example document of every request kind, as JSON data.

Every person, company, address, account and case is invented. The authority blocks carry the
names `rogatory.requests.queries.request_document` would print from the conftest directory
(fr-ofmin-247, de-bka-247, ie-examplemail), so the examples check and render without a database.
"""

import copy
from typing import Any

from conftest import complete_document_data

FRANCE = {
    "code": "fr-ofmin-247",
    "name": "Office for Cybercrime, 24/7 point of contact",
    "name_local": "Office anti-cybercriminalité, point de contact 24/7",
    "country": "FR",
    "country_name": "France",
    "address": "12 rue Imaginaire, 75000 Paris",
    "languages": ["fr", "en"],
}
FRANCE_CONTACT = {
    "name": "Permanence 24/7",
    "person_name": "Camille Fictive",
    "person_title": "Commandant",
    "phone": "+33 1 00 00 00 01",
    "email": "poc247@fr-ofmin.example",
    "office_hours": "24/7",
    "time_zone": "Europe/Paris",
    "is_available_24_7": True,
}
GERMANY = {
    "code": "de-bka-247",
    "name": "Federal Criminal Police 24/7 contact point",
    "name_local": "Bundeskriminalamt 24/7 Kontaktstelle",
    "country": "DE",
    "country_name": "Germany",
    "address": "Musterstraße 1, 65000 Wiesbaden",
    "languages": ["de", "en"],
}
GERMANY_CONTACT = {
    "name": "24/7 desk",
    "person_name": "Jonas Beispiel",
    "phone": "+49 611 000000",
    "email": "desk247@de-bka.example",
    "time_zone": "Europe/Berlin",
    "is_available_24_7": True,
}
PROVIDER = {
    "code": "ie-examplemail",
    "name": "ExampleMail Ltd",
    "country": "IE",
    "country_name": "Ireland",
    "address": "1 Fictional Quay, Dublin",
    "languages": ["en"],
}
PROVIDER_CONTACT = {
    "name": "Law enforcement response",
    "email": "ler@examplemail.example",
    "time_zone": "Europe/Dublin",
}

CHINESE_FACTS = "嫌疑人于2026年10月在中文论坛上发布勒索软件的销售广告，并用化名“黑龙”与买家联系。"
ARABIC_FACTS = "هددت الرسائل المكتوبة بالعربية الطفل بنشر صوره إذا لم يرسل المزيد منها"

RANSOMWARE_FACTS = (
    "On 3 November 2026 at 02:40 (Paris time) the hospital group Clinique Fictive de Lyon found "
    "its patient records encrypted by the 'LockRiver' ransomware. The attackers demanded "
    "40 bitcoins through a chat page and threatened to publish 200 GB of stolen medical files. "
    "Emergency admissions were diverted to other hospitals for three days."
)
FRAUD_FACTS = (
    "Between 1 September and 15 November 2026 at least 312 French residents transferred a total "
    "of EUR 4.2 million to the fake investment platform 'Aurum Yield Pro'. Victims were "
    "contacted by e-mail from advisor.marc@examplemail.example and asked to deposit funds on "
    "accounts that were emptied within hours. The platform vanished on 16 November 2026."
)
ABUSE_FACTS = (
    "On 24 November 2026 a thirteen-year-old girl living in Lille told her school nurse that "
    "the user 'shadowfox_09' had obtained intimate images of her through a messaging service "
    "and demanded more, threatening to send them to her classmates. She said she saw no way "
    "out; the last message came at 21:12 on 28 November 2026."
)


def _base(kind: str, reference: str) -> dict[str, Any]:
    """The T-CY header every kind shares: France writes, Germany is asked."""
    data = complete_document_data()
    for name in (
        "data_items",
        "relation_to_offence",
        "custodian",
        "system_location",
        "necessity_of_preservation",
        "intends_mla_request",
        "requests_art30_disclosure",
    ):
        data.pop(name)
    data.update(
        {
            "kind": kind,
            "our_reference": reference,
            "requesting_authority": copy.deepcopy(FRANCE),
            "requesting_contact": copy.deepcopy(FRANCE_CONTACT),
            "requested_authority": copy.deepcopy(GERMANY),
            "requested_contact": copy.deepcopy(GERMANY_CONTACT),
            "details": {},
        }
    )
    return data


def _to_provider(data: dict[str, Any]) -> dict[str, Any]:
    data["requested_authority"] = copy.deepcopy(PROVIDER)
    data["requested_contact"] = copy.deepcopy(PROVIDER_CONTACT)
    return data


def _custodian(data: dict[str, Any], location: str) -> dict[str, Any]:
    data["custodian"] = copy.deepcopy(PROVIDER)
    data["system_location"] = location
    return data


def _ransomware(data: dict[str, Any]) -> dict[str, Any]:
    data.update(
        {
            "prosecutor_or_court": "Parquet de Paris, section cybercriminalité J3 (fictitious)",
            "case_number": "PARQ-26-004711",
            "offence": "Extortion and attack on an automated data processing system (ransomware)",
            "legal_provisions": "Code pénal, articles 312-1 and 323-1 to 323-3",
            "maximum_penalty": "10 years' imprisonment",
            "summary_of_facts": RANSOMWARE_FACTS,
        }
    )
    return data


def _fraud(data: dict[str, Any]) -> dict[str, Any]:
    data.update(
        {
            "prosecutor_or_court": "Parquet national financier (fictitious desk 4)",
            "case_number": "PNF-26-000318",
            "offence": "Organised fraud (escroquerie en bande organisée)",
            "legal_provisions": "Code pénal, articles 313-1 and 313-2",
            "maximum_penalty": "10 years' imprisonment and a fine of EUR 1 million",
            "summary_of_facts": FRAUD_FACTS,
        }
    )
    return data


def _abuse(data: dict[str, Any]) -> dict[str, Any]:
    data.update(
        {
            "prosecutor_or_court": "Parquet de Lille, mineurs section (fictitious)",
            "case_number": "PARQ-LIL-26-2207",
            "offence": "Sexual extortion of a minor and possession of child sexual abuse material",
            "legal_provisions": "Code pénal, articles 227-22-2, 227-23 and 312-10",
            "maximum_penalty": "10 years' imprisonment",
            "summary_of_facts": f"{ABUSE_FACTS}\n{ARABIC_FACTS}",
        }
    )
    return data


def _ip(value: str, observed_at: str, port: int, categories: list[str]) -> dict[str, Any]:
    return {
        "identifier_type": "ip_address",
        "value": value,
        "observed_at": observed_at,
        "port": port,
        "data_categories": categories,
        "note": "Source port logged by the victim's firewall.",
    }


def _preservation() -> dict[str, Any]:
    data = complete_document_data()
    data.update(
        {
            "requesting_authority": copy.deepcopy(FRANCE),
            "requesting_contact": copy.deepcopy(FRANCE_CONTACT),
            "requested_authority": copy.deepcopy(GERMANY),
            "requested_contact": copy.deepcopy(GERMANY_CONTACT),
            "custodian": copy.deepcopy(PROVIDER),
        }
    )
    return data


def _expedited_disclosure() -> dict[str, Any]:
    # The German 24/7 point of contact executed France's preservation and discloses the path.
    data = _ransomware(_base("expedited_disclosure", "BKA-247-2026-207"))
    data.update(
        {
            "requesting_authority": copy.deepcopy(GERMANY),
            "requesting_contact": copy.deepcopy(GERMANY_CONTACT),
            "requesting_person_name": "Kriminalhauptkommissar Jonas Beispiel",
            "requested_authority": copy.deepcopy(FRANCE),
            "requested_contact": copy.deepcopy(FRANCE_CONTACT),
            "their_reference": "FR-2026-0051",
            "ticket_status": "follow_up",
            "previous_ticket": "FR-2026-0051",
            "investigating_authority": "BKA, Referat Cybercrime SO 4 (fictitious)",
            "signatory_name": "Kriminalhauptkommissar Jonas Beispiel",
            "signatory_title": "Duty officer, 24/7 contact point",
            "language": "en",
            "counterpart_language": "fr",
            "data_items": [
                _ip("203.0.113.45", "2026-11-03T02:41:09+01:00", 44312, ["traffic"]),
            ],
            "relation_to_offence": (
                "The ransomware's command server reached the hospital network from this address."
            ),
            "details": {
                "preservation_reference": "FR-2026-0051 (preserved on 2026-11-04)",
                "third_country_provider": "Nordhost Cloud AB",
                "third_country": "SE",
                "withholding_ground": "none",
                "disclosed_traffic_data": (
                    "203.0.113.45 is a virtual server of Nordhost Cloud AB, Stockholm; on "
                    "2026-11-03 from 02:38 to 02:44 UTC+01:00 it relayed the sessions that came "
                    "from 192.0.2.77 (Nordhost customer network) to the hospital's VPN gateway."
                ),
                "withholding_reasons": "None: the traffic data is disclosed in full.",
            },
        }
    )
    return data


def _mla_common(data: dict[str, Any]) -> dict[str, Any]:
    data["ticket_status"] = "follow_up"
    data["previous_ticket"] = "FR-2026-0042"
    data["details"].update(
        {
            "judicial_decisions": (
                "Order of the investigating judge of Paris of 25 November 2026, no. JI-26-771."
            ),
            "previous_mla_request": "None sent in this case.",
            "previous_preservation_request": (
                "2026-11-21, ticket FR-2026-0042, Office for Cybercrime to BKA 24/7 contact "
                "point, by e-mail; preservation confirmed on 2026-11-22 (BKA-247-2026-118)."
            ),
            "domestic_legal_basis": "Code de procédure pénale, articles 60-1, 77-1-1 and 99-3",
            "international_legal_basis": (
                "Convention on Cybercrime (CETS 185), Articles 25 and 31; Convention on Mutual "
                "Assistance in Criminal Matters between the Member States of the EU (2000)"
            ),
            "form_of_reply": "Certified electronic copy on an encrypted medium, with a hash list.",
            "procedural_requirements": (
                "Certificate of authenticity signed by the provider's custodian of records; chain "
                "of custody form for every medium."
            ),
        }
    )
    return data


def _mla_subscriber() -> dict[str, Any]:
    data = _mla_common(_fraud(_base("mla_subscriber", "FR-2026-0063")))
    data = _custodian(data, "ExampleMail data centre, Frankfurt am Main, Germany")
    data.update(
        {
            "data_items": [
                {
                    "identifier_type": "email",
                    "value": "advisor.marc@examplemail.example",
                    "data_categories": ["subscriber"],
                    "period_start": "2026-09-01",
                    "period_end": "2026-11-16",
                },
                _ip("198.51.100.201", "2026-10-14T09:12:55+02:00", 60211, ["subscriber"]),
            ],
            "relation_to_offence": (
                "Every victim was first contacted from this mailbox; the IP address created it."
            ),
        }
    )
    data["details"]["subscriber_information_requested"] = (
        "Type of service and its period; name, postal address, telephone numbers and e-mail "
        "addresses given at registration; billing and payment information; installation site."
    )
    return data


def _mla_stored_data() -> dict[str, Any]:
    data = _mla_common(_abuse(_base("mla_stored_data", "FR-2026-0064")))
    data = _custodian(data, "ExampleMail data centre, Frankfurt am Main, Germany")
    data.update(
        {
            "data_items": [
                {
                    "identifier_type": "username",
                    "value": "shadowfox_09",
                    "data_categories": ["traffic", "content"],
                    "period_start": "2026-10-01",
                    "period_end": "2026-11-28",
                },
            ],
            "relation_to_offence": "The account sent the threats and received the images.",
        }
    )
    data["details"].update(
        {
            "measures_requested": "both",
            "court_order": "Order of the liberty and custody judge of Lille, 27 November 2026, no. JLD-26-0912",
            "vulnerability_to_loss": (
                "The suspect announced in a message that he would delete the account."
            ),
        }
    )
    return data


def _spontaneous_information() -> dict[str, Any]:
    data = _ransomware(_base("spontaneous_information", "FR-2026-0070"))
    data["summary_of_facts"] = f"{RANSOMWARE_FACTS}\n{CHINESE_FACTS}"
    data["details"] = {
        "information": (
            "A seized chat log shows the affiliate 'heilong' offering LockRiver access to German "
            "hospitals on 12 November 2026, with a list of 14 VPN gateways.\n"
            "论坛帖子显示，嫌疑人计划攻击德国的医院。"
        ),
        "purpose": (
            "The listed gateways belong to German hospitals that may be attacked next; the "
            "information may help to open an investigation in Germany."
        ),
        "keep_confidential": True,
        "use_limitations": (
            "Use only to protect the listed hospitals and for a criminal investigation; ask "
            "before using it as evidence in court."
        ),
    }
    return data


def _transborder_access() -> dict[str, Any]:
    data = _fraud(_base("transborder_access", "FR-2026-0071"))
    data["requested_authority"] = {}
    data["requested_contact"] = {}
    data["details"] = {
        "access_basis": "consent",
        "consenting_person": (
            "Mme Hélène Exemple, account holder of the victim's cloud mailbox, who consented in "
            "writing on 18 November 2026 (signed form in the file)."
        ),
        "data_accessed": "The 37 e-mails the fake advisor sent to the victim, with their headers.",
        "accessed_at": "2026-11-18T10:05:00+01:00",
        "access_method": (
            "Login with the account holder's credentials in her presence; export with the "
            "provider's web interface; no security measure was bypassed."
        ),
        "accessed_from": "Forensic workstation PX-12, OFMIN Paris, public IP 192.0.2.10",
        "source_location": "https://mail.examplemail.example (servers in Ireland)",
        "captured_file_name": "FR-2026-0071_mailbox_export.zip",
        "captured_file_sha256": (
            "9f2b5c1e7a4d8e03b6c9f1a2d4e7b8c0a3f5d6e9b1c2d3e4f5a6b7c8d9e0f1a2"
        ),
    }
    return data


def _production_order() -> dict[str, Any]:
    data = _to_provider(_fraud(_base("production_order", "FR-2026-0072")))
    data.update(
        {
            "data_items": [
                {
                    "identifier_type": "account_id",
                    "value": "EXM-88231907",
                    "data_categories": ["subscriber"],
                    "period_start": "2026-09-01",
                    "period_end": "2026-11-16",
                },
            ],
            "relation_to_offence": "The account paid for the platform's advertising mailings.",
        }
    )
    data["details"] = {
        "ordering_authority": "Mme Juliette Modèle, procureure de la République adjointe",
        "domestic_legal_basis": "Code de procédure pénale, article 77-1-1",
        "subscriber_information_requested": (
            "Identity, postal address, telephone number and billing details of the holder of "
            "account EXM-88231907, and the type and period of the service."
        ),
        "production_deadline": "2026-12-11",
    }
    return data


def _domain_registration() -> dict[str, Any]:
    data = _to_provider(_fraud(_base("domain_registration", "FR-2026-0073")))
    data["data_items"] = [
        {
            "identifier_type": "domain",
            "value": "aurum-yield-pro.example",
            "data_categories": ["subscriber"],
        }
    ]
    data["relation_to_offence"] = "The fake investment platform was served from this domain."
    data["details"] = {
        "registration_data_requested": (
            "Registrant name, organisation, postal and e-mail addresses, telephone; technical "
            "and administrative contacts; creation, update and expiry dates; payment method."
        ),
        "domestic_legal_basis": "Code de procédure pénale, article 60-1",
        "confidentiality_instructions": "Do not inform the registrant or its reseller.",
    }
    return data


def _subscriber_direct() -> dict[str, Any]:
    data = _to_provider(_fraud(_base("subscriber_direct", "FR-2026-0074")))
    data["data_items"] = [
        {
            "identifier_type": "email",
            "value": "advisor.marc@examplemail.example",
            "data_categories": ["subscriber"],
            "period_start": "2026-09-01",
            "period_end": "2026-11-16",
        }
    ]
    data["relation_to_offence"] = "The fake advisor wrote to every victim from this mailbox."
    data["details"] = {
        "issuing_order_reference": "Réquisition PNF-26-000318-R7 of 26 November 2026",
        "issuing_authority_role": "Public prosecutor, Parquet national financier",
        "subscriber_information_requested": (
            "Name, postal address, telephone number and e-mail addresses given at registration, "
            "and the means of payment."
        ),
        "notification_required": True,
        "notified_authority": "Department of Justice, International Cooperation Unit (fictitious)",
        "procedural_instructions": (
            "Keep the order confidential; answer through the provider's law enforcement portal."
        ),
    }
    return data


def _emergency_disclosure() -> dict[str, Any]:
    data = _abuse(_base("emergency_disclosure", "FR-2026-0075"))
    data.update(
        {
            "urgency": "emergency",
            "urgency_reason": "The child said she saw no way out after the last threat.",
            "data_items": [
                {
                    "identifier_type": "username",
                    "value": "shadowfox_09",
                    "data_categories": ["subscriber", "traffic"],
                    "period_start": "2026-11-20",
                    "period_end": "2026-11-28",
                }
            ],
            "relation_to_offence": "The account sent the threats.",
        }
    )
    data["details"] = {
        "emergency_facts": (
            "The girl said she would rather die than have the images sent; the suspect set a "
            "deadline of 30 November 2026 at 20:00 for more images."
        ),
        "persons_at_risk": "A thirteen-year-old girl living in Lille (identity withheld).",
        "data_requested": (
            "Subscriber details and the IP addresses used by shadowfox_09 since 20 November "
            "2026, to identify and stop the suspect before the deadline."
        ),
        "why_not_other_channels": (
            "An MLA request would take weeks; the deadline set by the suspect is in two days."
        ),
    }
    return data


def _emergency_mla() -> dict[str, Any]:
    data = _ransomware(_base("emergency_mla", "FR-2026-0076"))
    data = _custodian(data, "Nordhost Cloud AB data centre, Frankfurt am Main, Germany")
    data.update(
        {
            "urgency": "emergency",
            "urgency_reason": "Intensive-care patients depend on systems the attackers control.",
            "data_items": [
                _ip("203.0.113.45", "2026-11-03T02:41:09+01:00", 44312, ["traffic", "content"]),
            ],
            "relation_to_offence": "The server holds the decryption keys and the stolen files.",
        }
    )
    data["details"] = {
        "emergency_facts": (
            "The attackers threaten to wipe the intensive-care monitoring servers of Clinique "
            "Fictive de Lyon on 30 November 2026 unless paid."
        ),
        "persons_at_risk": "Eleven patients in intensive care at Clinique Fictive de Lyon.",
        "domestic_legal_basis": "Code de procédure pénale, articles 706-73 and 706-95-1",
        "measures_requested": (
            "Search and seizure of the virtual server, and disclosure of its disk image and "
            "connection logs."
        ),
        "form_of_reply": "Disk image with SHA-256, sent to the French 24/7 point of contact.",
    }
    return data


def _eu_order(data: dict[str, Any]) -> dict[str, Any]:
    data["details"].update(
        {
            "issuing_authority_type": "other_competent",
            "validating_authority": "Mme Juliette Modèle, procureure de la République adjointe",
            "addressee": "ExampleMail Ltd, designated establishment, 1 Fictional Quay, Dublin",
        }
    )
    return data


def _epoc() -> dict[str, Any]:
    data = _eu_order(_to_provider(_abuse(_base("epoc", "FR-2026-0077"))))
    data.update(
        {
            "ticket_status": "follow_up",
            "previous_ticket": "FR-2026-0078",
            "data_items": [
                {
                    "identifier_type": "email",
                    "value": "shadowfox09@examplemail.example",
                    "data_categories": ["content"],
                    "period_start": "2026-10-01",
                    "period_end": "2026-11-28",
                }
            ],
            "relation_to_offence": "The suspect stored the girl's images in this mailbox.",
        }
    )
    data["details"].update(
        {
            "is_emergency": True,
            "emergency_facts": (
                "The girl at risk said she would rather die; the suspect's deadline is "
                "30 November 2026 at 20:00."
            ),
            "eu_data_category": "content",
            "maximum_penalty_years": 10,
            "listed_offence": "Directive 2011/93/EU, Article 5 (child sexual abuse material)",
            "enforcing_authority_notified": True,
            "enforcing_authority": "An Garda Síochána, National Cyber Crime Bureau (fictitious)",
            "data_delivery": (
                "Through the decentralised IT system to the Office for Cybercrime, Paris, "
                "reference FR-2026-0077."
            ),
        }
    )
    return data


def _epoc_pr() -> dict[str, Any]:
    data = _eu_order(_to_provider(_abuse(_base("epoc_pr", "FR-2026-0078"))))
    data.update(
        {
            "data_items": [
                {
                    "identifier_type": "email",
                    "value": "shadowfox09@examplemail.example",
                    "data_categories": ["subscriber", "traffic", "content"],
                    "period_start": "2026-10-01",
                    "period_end": "2026-11-28",
                }
            ],
            "relation_to_offence": "The suspect stored the girl's images in this mailbox.",
            "necessity_of_preservation": "The suspect announced he would delete the mailbox.",
        }
    )
    data["details"].update(
        {
            "eu_data_category": "content",
            "subsequent_request": "European Production Order (EPOC) to follow within 10 days",
        }
    )
    return data


def _provider_request() -> dict[str, Any]:
    data = _to_provider(_abuse(_base("provider_request", "FR-2026-0079")))
    data.update(
        {
            "urgency": "emergency",
            "urgency_reason": "Risk of suicide of a thirteen-year-old girl.",
            "data_items": [
                {
                    "identifier_type": "email",
                    "value": "shadowfox09@examplemail.example",
                    "data_categories": ["subscriber", "traffic"],
                    "period_start": "2026-11-20",
                    "period_end": "2026-11-28",
                }
            ],
            "relation_to_offence": "The suspect sent the threats from this mailbox.",
        }
    )
    data["details"] = {
        "provider_request_type": "emergency_disclosure",
        "provider_policy": "ExampleMail Law Enforcement Guidelines, section 4 (emergency requests)",
        "emergency_facts": (
            "The girl said she would rather die than have the images sent to her classmates."
        ),
        "domestic_legal_basis": "Code de procédure pénale, article 60-1",
    }
    return data


def _jit_proposal() -> dict[str, Any]:
    data = _ransomware(_base("jit_proposal", "FR-2026-0080"))
    data["details"] = {
        "jit_legal_basis": "eu_fd_2002_465",
        "participating_states": ["FR", "DE", "NL"],
        "purpose": (
            "Identify and prosecute the LockRiver ransomware group and its affiliates, who "
            "attacked hospitals in France, Germany and the Netherlands in 2026."
        ),
        "duration_months": 18,
        "members": (
            "France: OFMIN (leader, Commandant Camille Fictive) and Parquet de Paris J3; Germany: "
            "BKA SO 4 and Generalstaatsanwaltschaft Frankfurt; Netherlands: Team High Tech Crime."
        ),
        "eurojust_support": "Eurojust coordination meetings and JIT funding; Europol EC3 analysis.",
    }
    return data


EXAMPLES = {
    "preservation": _preservation,
    "expedited_disclosure": _expedited_disclosure,
    "mla_subscriber": _mla_subscriber,
    "mla_stored_data": _mla_stored_data,
    "spontaneous_information": _spontaneous_information,
    "transborder_access": _transborder_access,
    "production_order": _production_order,
    "domain_registration": _domain_registration,
    "subscriber_direct": _subscriber_direct,
    "emergency_disclosure": _emergency_disclosure,
    "emergency_mla": _emergency_mla,
    "epoc": _epoc,
    "epoc_pr": _epoc_pr,
    "provider_request": _provider_request,
    "jit_proposal": _jit_proposal,
}


def complete_example(kind: str) -> dict[str, Any]:
    """Return a complete fictional example document of the kind, as JSON data (a fresh copy)."""
    try:
        build = EXAMPLES[kind]
    except KeyError:
        raise KeyError(f"no example for the request kind '{kind}'") from None
    return build()
