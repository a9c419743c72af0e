"""Normalisation: every spelling of one identifier comes out as one canonical value."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rogatory.intake.normalize import (
    fold_text,
    normalize,
    normalize_email,
    normalize_iban,
    normalize_phone,
    normalize_url,
    parse_address,
    refang,
)


def test_url_spellings_normalise_to_one_value() -> None:
    spellings = [
        "https://www.example.com/a?id=3",
        "HTTPS://WWW.EXAMPLE.COM:443/a?id=3#frag",
        "hxxps://www[.]example[.]com/a?id=3&utm_source=mail&fbclid=x",
        "https://www.example.com./a?gclid=1&id=3",
    ]
    assert {normalize_url(spelling) for spelling in spellings} == {"https://www.example.com/a?id=3"}


def test_an_international_email_keeps_its_local_part_and_punycodes_its_domain() -> None:
    assert normalize_email("Jörg@BÜCHER.de") == "Jörg@xn--bcher-kva.de"


def test_phones_come_out_in_e164_with_the_letters_country() -> None:
    assert normalize_phone("01 23 45 67 89", "FR") == "+33123456789"
    assert normalize_phone("+33 (0)1 23 45 67 89") == "+33123456789"


def test_checksummed_addresses_are_recognised_by_currency() -> None:
    cases = {
        "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2": "bitcoin",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq": "bitcoin",
        "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a": "bitcoin-cash",
        "44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A": "monero",
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed": "ethereum",
    }
    for value, currency in cases.items():
        address = parse_address(value)
        assert address is not None
        assert (address.currency, address.is_valid) == (currency, True)


def test_a_one_character_change_breaks_a_bitcoin_checksum() -> None:
    address = parse_address("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3")
    assert address is not None
    assert address.is_valid is False


def test_folding_keeps_offsets_for_full_width_text_and_maps_ligatures_back() -> None:
    assert fold_text("ＡＢＣ１２３ २८") == ("ABC123 28", None)
    folded, offsets = fold_text("ﬁle")
    assert (folded, offsets) == ("file", [0, 0, 1, 2, 3])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["FR76", "3000", "6000", "0112", "3456", "7890", "189"]), min_size=1),
    st.booleans(),
)
def test_iban_spellings_normalise_without_spaces_in_upper_case(
    parts: list[str], lower: bool
) -> None:
    spaced = " ".join(parts)
    written = spaced.lower() if lower else spaced
    assert normalize_iban(written) == "".join(parts).upper()


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(
        ["example.com", "EXAMPLE.COM", "example[.]com", "Example.Com.", "example(.)com"]
    )
)
def test_domain_spellings_normalise_to_one_value(spelling: str) -> None:
    assert normalize("domain", spelling) == "example.com"


@pytest.mark.parametrize(
    ("written", "refanged"),
    [
        ("hxxps://forum[.]example/x", "https://forum.example/x"),
        ("HXXP[://]a[.]example", "http://a.example"),
        ("fxp://files[.]example", "ftp://files.example"),
        ("00@fxp.a", "00@fxp.a"),
        ("user@hxxp.example", "user@hxxp.example"),
        ("www.shxxp.example", "www.shxxp.example"),
    ],
)
def test_defanged_schemes_are_undone_only_where_a_scheme_stands(
    written: str, refanged: str
) -> None:
    assert refang(written) == refanged
