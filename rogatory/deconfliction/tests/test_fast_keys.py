"""The cheap path's answer is the normaliser's answer on every value its patterns accept."""

import ipaddress

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rogatory.deconfliction.keys import cheap_canonical_value, normalised_canonical_value

_ASCII = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=60)
_NEAR_EMAIL = st.from_regex(r"[A-Za-z0-9._%+'@-]{1,12}@[A-Za-z0-9.-]{1,20}\.?", fullmatch=True)
_NEAR_URL = st.from_regex(
    r"(https?|HTTP|ftp)://[a-zA-Z0-9.-]{1,20}(:[0-9]{1,3})?(/[A-Za-z0-9._~!$&'*+,;=@/:?#-]{0,20})?",
    fullmatch=True,
)
_NEAR_PHONE = st.from_regex(r"\+[0-9]{1,18}", fullmatch=True)
_NEAR_CRYPTO = st.one_of(
    st.from_regex(r"(0[xX])[0-9a-fA-F]{40}", fullmatch=True),
    st.from_regex(r"(bitcoincash:|BITCOINCASH:)?[qpQP][0-9a-zA-Z]{41}", fullmatch=True),
    st.from_regex(r"(bc|BC|tb|ltc|LTC)1[0-9a-zA-Z]{6,60}", fullmatch=True),
    st.from_regex(r"[13mn2][1-9A-HJ-NP-Za-km-z]{25,34}", fullmatch=True),
)
_TYPES = [
    "email",
    "url",
    "domain",
    "onion",
    "username",
    "ip_address",
    "phone",
    "iban",
    "crypto",
    "account_id",
    "other",
]


def _agrees(identifier_type: str, value: str) -> None:
    cheap = cheap_canonical_value(identifier_type, value)
    if cheap is not None:
        assert cheap == normalised_canonical_value(identifier_type, value, "FR")


@settings(max_examples=400)
@given(st.sampled_from(_TYPES), _ASCII)
def test_the_cheap_path_agrees_on_any_ascii_value(identifier_type: str, value: str) -> None:
    _agrees(identifier_type, value)


@settings(max_examples=400)
@given(_NEAR_EMAIL)
@example("User.1@Mail-1.Example.")
@example("a+b@gmail.com")
def test_the_cheap_path_agrees_on_e_mail_addresses(value: str) -> None:
    _agrees("email", value)


@settings(max_examples=400)
@given(_NEAR_URL)
@example("https://a.example")
@example("https://a.example//hxxp:x")
def test_the_cheap_path_agrees_on_urls(value: str) -> None:
    _agrees("url", value)


@settings(max_examples=1000)
@given(_NEAR_PHONE, st.sampled_from([None, "FR", "DE", "US", "AR", "IT"]))
@example("+33612345678", None)
@example("+390612345678", None)
@example("+4401234567890", None)
@example("+5491123456789", None)
@example("+3300000000", None)
def test_the_cheap_path_agrees_on_international_phone_numbers(
    value: str, region: str | None
) -> None:
    cheap = cheap_canonical_value("phone", value)
    if cheap is not None:
        assert cheap == normalised_canonical_value("phone", value, region)


@settings(max_examples=400)
@given(_NEAR_CRYPTO)
def test_the_cheap_path_agrees_on_crypto_currency_addresses(value: str) -> None:
    _agrees("crypto", value)


@given(st.integers(min_value=0, max_value=2**32 - 1))
def test_the_cheap_path_accepts_every_dotted_quad_as_written(number: int) -> None:
    address = str(ipaddress.IPv4Address(number))

    assert cheap_canonical_value("ip_address", address) == address


def test_values_already_canonical_take_the_cheap_path() -> None:
    assert [
        cheap_canonical_value("email", "suspect.owl@examplemail.example"),
        cheap_canonical_value("url", "https://forum.example/t/42"),
        cheap_canonical_value("phone", "+33612345678"),
        cheap_canonical_value("iban", "FR7630006000011234567890189"),
        cheap_canonical_value("crypto", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"),
    ] == [
        "suspect.owl@examplemail.example",
        "https://forum.example/t/42",
        "+33612345678",
        "FR7630006000011234567890189",
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
    ]


def test_spellings_the_patterns_cannot_vouch_for_take_the_normaliser() -> None:
    assert [
        cheap_canonical_value("email", "suspect.owl[at]examplemail[.]example"),
        cheap_canonical_value("url", "https://forum.example/t/42?utm_source=x"),
        cheap_canonical_value("phone", "06 12 34 56 78"),
        cheap_canonical_value("ip_address", "198.051.100.023"),
        cheap_canonical_value("crypto", "0x52908400098527886e0f7030069857d2e4169ee7"),
    ] == [None, None, None, None, None]
