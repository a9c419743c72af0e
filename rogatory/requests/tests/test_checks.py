"""The completeness check names each missing or weak item precisely."""

from typing import Any

import pytest

from rogatory.requests.checks import blocking, check_request
from rogatory.requests.document import RequestDocument


def messages(data: dict[str, Any]) -> list[str]:
    return [d.message for d in blocking(check_request(RequestDocument.model_validate(data)))]


def test_a_complete_request_has_no_blocking_defect(complete_document: dict[str, Any]) -> None:
    document = RequestDocument.model_validate(complete_document)
    document.requesting_authority.name = "x"
    document.requested_authority.name = "y"
    document.custodian.name = "z"
    document.requesting_contact.email = "a@b.example"
    document.requesting_contact.time_zone = "Europe/Paris"
    assert blocking(check_request(document)) == []


def test_an_ip_address_without_time_zone_is_named(complete_document: dict[str, Any]) -> None:
    complete_document["data_items"][1]["observed_at"] = "2026-11-20T14:03:27"
    assert (
        "Data item 2 (IP address 198.51.100.23): the date-time 2026-11-20T14:03:27 has no time "
        "zone; state it (e.g. +01:00 or Europe/Paris), or the provider may look at the wrong hour."
    ) in messages(complete_document)


def test_an_ip_address_without_date_is_named(complete_document: dict[str, Any]) -> None:
    complete_document["data_items"][1]["observed_at"] = ""
    assert (
        "Data item 2 (IP address 198.51.100.23): no date and time; an IP address identifies a "
        "subscriber only at a given instant (date, time and time zone)."
    ) in messages(complete_document)


def test_a_short_summary_of_facts_is_named(complete_document: dict[str, Any]) -> None:
    complete_document["summary_of_facts"] = "Child abuse images online."
    assert (
        "Art. 29(2)(b): the summary of facts has 4 words, too short to say who did what, when "
        "and where; write at least 25."
    ) in messages(complete_document)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "relation_to_offence",
            "",
            "Art. 29(2)(c): the relation between the data and the offence is not stated.",
        ),
        (
            "intends_mla_request",
            False,
            "Art. 29(2)(f): no stated intention to submit a request for mutual assistance for the "
            "search, seizure or disclosure of the data.",
        ),
        (
            "necessity_of_preservation",
            "",
            "Art. 29(2)(e): the necessity of preservation is not stated (why the data may be lost).",
        ),
        ("offence", "", "Art. 29(2)(b): the offence is not named."),
    ],
)
def test_each_article_29_item_is_named(
    complete_document: dict[str, Any], field: str, value: object, message: str
) -> None:
    complete_document[field] = value
    assert message in messages(complete_document)


def test_an_unknown_custodian_is_named(complete_document: dict[str, Any]) -> None:
    complete_document["custodian"] = {}
    complete_document["system_location"] = ""
    assert (
        "Art. 29(2)(d): the custodian of the data (service provider) or the location of the "
        "computer system is unknown."
    ) in messages(complete_document)


@pytest.mark.parametrize(
    ("identifier_type", "words"),
    [
        ("onion", "onion service address"),
        ("crypto", "crypto-currency address"),
        ("iban", "bank account (IBAN)"),
    ],
)
def test_every_identifier_type_is_named_in_a_defect(
    complete_document: dict[str, Any], identifier_type: str, words: str
) -> None:
    # A type without a label raised KeyError: an intake draft with an IBAN could not be checked.
    complete_document["data_items"][0]["identifier_type"] = identifier_type
    complete_document["data_items"][0]["data_categories"] = []
    value = complete_document["data_items"][0]["value"]
    assert (
        f"Data item 1 ({words} {value}): say which data to preserve (subscriber, traffic, content)."
    ) in messages(complete_document)


def test_each_identifier_type_has_a_label() -> None:
    from rogatory.requests.checks import IDENTIFIER_LABELS
    from rogatory.requests.models import IdentifierType

    assert set(IDENTIFIER_LABELS) == set(IdentifierType.values)


def test_an_iban_item_is_named_in_french_on_the_pages(complete_document: dict[str, Any]) -> None:
    from django.utils import translation

    complete_document["data_items"][0]["identifier_type"] = "iban"
    complete_document["data_items"][0]["data_categories"] = []
    defects = blocking(check_request(RequestDocument.model_validate(complete_document)))
    with translation.override("fr"):
        texts = [str(d.text) for d in defects]
    assert any(text.startswith("Donnée n° 1 (compte bancaire (IBAN) ") for text in texts), texts
