"""Spellings of one identifier give one index key, through the intake normaliser."""

import ipaddress

from hypothesis import assume, given
from hypothesis import strategies as st

from rogatory.deconfliction.keys import canonical_value, email_provider_rules

_LABEL = st.from_regex(r"[a-z][a-z0-9]{0,10}", fullmatch=True)
_LOCAL = st.from_regex(r"[a-z0-9][a-z0-9._]{0,10}[a-z0-9]", fullmatch=True)


def _mixed_case(text: str, flips: list[bool]) -> str:
    return "".join(
        c.upper() if flip else c for c, flip in zip(text, flips + [False] * len(text), strict=False)
    )


@given(
    _LOCAL,
    _LABEL,
    _LABEL,
    st.lists(st.booleans(), max_size=30),
    st.sampled_from(["@", "[at]", "(at)"]),
    st.sampled_from([".", "[.]", "(dot)"]),
    st.booleans(),
)
def test_spellings_of_one_email_give_one_key(
    local: str, name: str, tld: str, flips: list[bool], at: str, dot: str, trailing: bool
) -> None:
    # Addresses at a provider with documented local-part rules have their own test.
    assume(f"{name}.{tld}" not in email_provider_rules())
    domain = _mixed_case(f"{name}{dot}{tld}", flips) + ("." if trailing else "")

    assert canonical_value("email", f"{local}{at}{domain}") == f"{local}@{name}.{tld}"


@given(
    _LABEL,
    _LABEL,
    st.lists(st.booleans(), max_size=30),
    st.sampled_from(["", ":443"]),
    st.sampled_from(["", "#top", "?utm_source=x", "?utm_campaign=y#z"]),
    st.sampled_from(["https://", "hxxps://", "HTTPS://"]),
)
def test_spellings_of_one_url_give_one_key(
    name: str, path: str, flips: list[bool], port: str, noise: str, scheme: str
) -> None:
    host = _mixed_case(f"{name}.example", flips)

    assert canonical_value("url", f"{scheme}{host}{port}/{path}{noise}") == (
        f"https://{name}.example/{path}"
    )


@given(st.integers(min_value=0, max_value=2**128 - 1), st.booleans(), st.booleans())
def test_spellings_of_one_ipv6_address_give_one_key(
    number: int, exploded: bool, upper: bool
) -> None:
    address = ipaddress.IPv6Address(number)
    spelling = address.exploded if exploded else address.compressed
    spelling = spelling.upper() if upper else spelling

    assert canonical_value("ip_address", f"[{spelling}]") == address.compressed


@given(st.integers(min_value=0, max_value=2**32 - 1), st.integers(min_value=0, max_value=2**32 - 1))
def test_distinct_ipv4_addresses_never_share_a_key(first: int, second: int) -> None:
    a, b = str(ipaddress.IPv4Address(first)), str(ipaddress.IPv4Address(second))

    assert (canonical_value("ip_address", a) == canonical_value("ip_address", b)) == (a == b)


def test_every_provider_rule_names_its_source_and_how_far_it_was_checked() -> None:
    rules = email_provider_rules()

    assert sorted(rules) == [
        "fastmail.com",
        "fastmail.fm",
        "gmail.com",
        "googlemail.com",
        "pm.me",
        "proton.me",
        "protonmail.ch",
        "protonmail.com",
    ]
    for rule in rules.values():
        assert rule.source_url.startswith("https://")
        assert rule.checked_on == "2026-11-29"
        assert rule.verification.startswith(("verified against", "not verified:"))
        assert rule.subaddress_separator == "+"
