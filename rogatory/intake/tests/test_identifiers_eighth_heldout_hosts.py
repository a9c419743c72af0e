"""Hosts, mailboxes, links and addresses the eighth held-out set found missed or misnamed.

Georgian and Armenian host labels, hosts encoded as registries encode them today (IDNA 2008:
"ß" kept), a defanged dot before a CJK label, "PKR.nr." before a number, and an IPv4 address
typed back with O for 0 in two octets."""

import pytest

from rogatory.intake.identifiers import extract_identifiers
from rogatory.intake.normalize import normalize_domain, normalize_email


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(item.type, item.value, item.normalized) for item in extract_identifiers(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- ელ. ფოსტა: ნინო@secure.მაღაზია.example.com\n",
            ("email", "ნინო@secure.მაღაზია.example.com", "ნინო@secure.xn--lodaaxko2f.example.com"),
        ),
        (
            "დომენი: login.მაღაზია.example.com — IP",
            ("domain", "login.მაღაზია.example.com", "login.xn--lodaaxko2f.example.com"),
        ),
        (
            "Thunderbird: անի[@]login.բանկ.example[dot]net; ok",
            ("email", "անի[@]login.բանկ.example[dot]net", "անի@login.xn--y9ab4b1a.example.net"),
        ),
        (
            "• տիրույթ: login[dot]խանութ[dot]example[dot]net\n",
            ("domain", "login[dot]խանութ[dot]example[dot]net", "login.xn--y9aqk1bk4d.example.net"),
        ),
        (
            "Chrome History: hXXps://secure[.]商店[.]example[.]com/verify?step=2 ok",
            (
                "url",
                "hXXps://secure[.]商店[.]example[.]com/verify?step=2",
                "https://secure.xn--czrs0t.example.com/verify?step=2",
            ),
        ),
        (
            "联系邮箱 zhang[at]商店.example.com 已",
            ("email", "zhang[at]商店.example.com", "zhang@xn--czrs0t.example.com"),
        ),
        (
            "URL: http://login.grüße-shop.example.com:8443/files/1.zip\n",
            (
                "url",
                "http://login.grüße-shop.example.com:8443/files/1.zip",
                "http://login.xn--gre-shop-rya30a.example.com:8443/files/1.zip",
            ),
        ),
        (
            "26/05/2025 12:11 | 2O3.O.113.64:28563 | 713.4 MB",
            ("ipv4", "2O3.O.113.64", "203.0.113.64"),
        ),
        (
            "වසම: වෙළඳසැල.example[dot]net, x",
            ("domain", "වෙළඳසැල.example[dot]net", "xn--t0cuhni2exc.example.net"),
        ),
        (
            "Email: kiber.boshqarma@m.doʻkon-bozor.example.net ok",
            (
                "email",
                "kiber.boshqarma@m.doʻkon-bozor.example.net",
                "kiber.boshqarma@m.xn--dokon-bozor-3uf.example.net",
            ),
        ),
    ],
)
def test_a_host_in_the_eighth_set_s_scripts_and_spellings_is_found(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _found(text)


def test_a_sharp_s_and_a_final_sigma_are_kept_as_the_registry_holds_them() -> None:
    # IDNA 2003 (Python's codec) mapped "ß" to "ss": another registrant's host.
    assert normalize_domain("Grüße-Shop.example.com") == "xn--gre-shop-rya30a.example.com"
    assert normalize_domain("ταχυδρομείος.example") == "xn--kxadje8ardlolmx.example"
    assert normalize_email("anna@grüße-shop.example.net") == "anna@xn--gre-shop-rya30a.example.net"
    # A right-to-left label ending in digits is valid IDNA 2008 (RFC 5893), refused by 2003.
    assert (
        normalize_domain("shop.سوق-الظل25.example.com") == "shop.xn---25-oze2d6a8dsb8a.example.com"
    )
    # What IDNA 2008 refuses falls back to the codec, then to the host as written.
    assert normalize_domain("☃.example.com") == "xn--n3h.example.com"


@pytest.mark.parametrize(
    "text",
    [
        "Nr. i procedimit: PKR.nr. 4944/2025",
        "Ref. ABC.No. 17/2025",
        "I.O.lo.l and O.O.12.34 and 1O.O.O.1",
        # Files named in a list or after a label, though .rs and .md are countries' domains.
        "Fayl: report.rs, export.py",
        "Fichier : rapport.rs",
        "logs.zip, report.rs",
    ],
)
def test_a_register_label_or_letters_alone_are_no_host_and_no_address(text: str) -> None:
    assert [item for item in _found(text) if item[0] in ("domain", "ipv4")] == []


def test_a_capitalised_host_before_words_is_still_a_host() -> None:
    assert ("domain", "NRK.no", "nrk.no") in _found("visit NRK.no for news")
    assert ("domain", "BBC.co.uk", "bbc.co.uk") in _found("see BBC.co.uk now")
    assert ("domain", "politie.rs", "politie.rs") in _found("Visit politie.rs today")
