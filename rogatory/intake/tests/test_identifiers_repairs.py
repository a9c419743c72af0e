"""The extractor's repairs: reserved hosts, spaces a scanner left in URLs and IPs, onions in URLs."""

from __future__ import annotations

import pytest

from rogatory.intake.identifiers import Found, extract_identifiers

_ONION = "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion"


def _of(text: str, kind: str) -> list[Found]:
    return [item for item in extract_identifiers(text, default_region="FR") if item.type == kind]


@pytest.mark.parametrize(
    "address",
    [
        "enqueteur.dupont@interieur.example",
        "officer@unit.test",
        "noreply@mail.invalid",
        "root@host.localhost",
    ],
)
def test_an_email_on_a_reserved_name_is_an_email(address: str) -> None:
    found = _of(f"Contact : {address}, merci.", "email")
    assert [(item.value, item.normalized, item.flags) for item in found] == [(address, address, ())]


def test_a_url_and_a_domain_on_a_reserved_name_are_reported() -> None:
    assert [item.normalized for item in _of("voir http://forum.test/t/3 ici", "url")] == [
        "http://forum.test/t/3"
    ]
    assert [item.normalized for item in _of("le site exemple.example publie", "domain")] == [
        "exemple.example"
    ]


def test_a_reserved_name_alone_is_not_a_host() -> None:
    assert _of("the word example. Then test.", "domain") == []


@pytest.mark.parametrize("written", ["198. 51. 100. 23", "198 .51 .100 .23", "198.51. 100.23"])
def test_spaces_beside_the_dots_of_an_ipv4_address_are_repaired(written: str) -> None:
    (found,) = _of(f"l'adresse {written} a consulté", "ipv4")
    assert (found.value, found.normalized, found.flags, found.confidence) == (
        written,
        "198.51.100.23",
        ("ocr_repaired",),
        0.8,
    )


def test_an_ipv4_address_with_a_space_for_its_last_dot_is_flagged_unrepaired() -> None:
    (found,) = _of("l'adresse 198.51.100 23 a consulté", "ipv4")
    assert (found.value, found.normalized, found.flags, found.confidence) == (
        "198.51.100 23",
        "198.51.100.23",
        ("unrepaired",),
        0.5,
    )


def test_a_version_number_with_a_space_is_not_an_ipv4_address() -> None:
    assert _of("firmware version 1.2.3 4 installed", "ipv4") == []


def test_a_space_before_a_dot_inside_a_url_is_repaired() -> None:
    (found,) = _of("consulté http://example .com/path hier", "url")
    assert (found.value, found.normalized, found.flags, found.confidence) == (
        "http://example .com/path",
        "http://example.com/path",
        ("ocr_repaired",),
        0.8,
    )


def test_a_url_followed_by_a_detached_query_is_flagged_unrepaired() -> None:
    (found,) = _of("consulté http://example.com/path ?id=3 hier", "url")
    assert (found.value, found.normalized, found.flags, found.confidence) == (
        "http://example.com/path",
        "http://example.com/path",
        ("unrepaired",),
        0.6,
    )


def test_a_url_ending_a_sentence_is_neither_repaired_nor_flagged() -> None:
    (found,) = _of("consulté http://example.com/path. Ensuite", "url")
    assert (found.value, found.flags, found.confidence) == ("http://example.com/path", (), 1.0)


def test_an_onion_host_inside_a_url_is_also_reported_as_an_onion() -> None:
    text = f"via http://{_ONION}/forum/t/9 le"
    found = extract_identifiers(text)
    assert [(item.type, item.value) for item in found] == [
        ("url", f"http://{_ONION}/forum/t/9"),
        ("onion", _ONION),
    ]
    assert found[1].start == text.index(_ONION)
    assert found[1].attributes["version"] == "3"


def test_a_domain_inside_a_url_is_still_not_reported_separately() -> None:
    assert _of("voir https://forum.example.com/t hier", "domain") == []
