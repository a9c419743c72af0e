"""The identifier extractor: exact spans, canonical values and flags, in many languages."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rogatory.intake.identifiers import Found, extract_identifiers


def _one(
    text: str, kind: str, *, default_region: str | None = None, language: str | None = None
) -> Found:
    found = [
        item
        for item in extract_identifiers(text, default_region=default_region, language=language)
        if item.type == kind
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "kind", "value", "normalized"),
    [
        (
            "fr: consulté hxxps://forum.example[.]com/t?id=3&utm_source=x#top hier",
            "url",
            "hxxps://forum.example[.]com/t?id=3&utm_source=x#top",
            "https://forum.example.com/t?id=3",
        ),
        (
            "en: see https://WWW.Example.COM:443/a?gclid=1.",
            "url",
            "https://WWW.Example.COM:443/a?gclid=1",
            "https://www.example.com/a",
        ),
        (
            "es: el sitio www.ejemplo.es/foro (visto ayer)",
            "url",
            "www.ejemplo.es/foro",
            "http://www.ejemplo.es/foro",
        ),
        ("de: die Domain beispiel.de wurde genutzt", "domain", "beispiel.de", "beispiel.de"),
        (
            "pt: o domínio exemplo[.]com[.]br foi usado",
            "domain",
            "exemplo[.]com[.]br",
            "exemplo.com.br",
        ),
        ("ru: сайт пример.рф использовался", "domain", "пример.рф", "xn--e1afmkfd.xn--p1ai"),
        (
            "fr: écrire à jean.dupont @ exemple . fr demain",
            "email",
            "jean.dupont @ exemple . fr",
            "jean.dupont@exemple.fr",
        ),
        ("de: Jörg@BÜCHER.de schrieb", "email", "Jörg@BÜCHER.de", "Jörg@xn--bcher-kva.de"),
        (
            "en: contact ops(at)example[.]org now",
            "email",
            "ops(at)example[.]org",
            "ops@example.org",
        ),
        (
            "zh: 邮箱 ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ。",
            "email",
            "ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ",
            "ABC@example.com",
        ),
        ("ar: العنوان 203.0.113.7 استخدم", "ipv4", "203.0.113.7", "203.0.113.7"),
        ("hi: आईपी 10.0.O.1 से", "ipv4", "10.0.O.1", "10.0.0.1"),
        ("en: from 2001:DB8:0:0::1 yesterday", "ipv6", "2001:DB8:0:0::1", "2001:db8::1"),
        ("fr: Tél. 01 23 45 67 89.", "phone", "01 23 45 67 89", "+33123456789"),
        ("es: teléfono +34 612 345 678", "phone", "+34 612 345 678", "+34612345678"),
        ("en: the handle @Night_Owl posted", "username", "@Night_Owl", "night_owl"),
        ("ru: под ником «vasya_2000» писал", "username", "vasya_2000", "vasya_2000"),
        ("zh: 用户名「黑客」登录", "username", "黑客", "黑客"),
        (
            "en: onion duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion used",
            "onion",
            "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion",
            "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion",
        ),
        (
            "pt: carteira BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ paga",
            "crypto",
            "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",
        ),
        (
            "en: wallet 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed received",
            "crypto",
            "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
        ),
        (
            "de: IBAN DE89 3704 0044 0532 0130 00 Konto",
            "iban",
            "DE89 3704 0044 0532 0130 00",
            "DE89370400440532013000",
        ),
        ("fr: Réf. : PARQ-26-001234.", "case_reference", "PARQ-26-001234", "PARQ-26-001234"),
        ("zh: 编号/ No.: 1501-1103-0906 ", "case_reference", "1501-1103-0906", "1501-1103-0906"),
        ("ar: رقم 2015/01098 ", "case_reference", "2015/01098", "2015/01098"),
        ("fr: le 7 janvier 2016,", "date", "7 janvier 2016", "2016-01-07"),
        ("en: on November 20, 2026 at", "date", "November 20, 2026", "2026-11-20"),
        ("zh: 2011年03月28日", "date", "2011年03月28日", "2011-03-28"),
        ("mr: दिनांक २८/०३/२०११ रोजी", "date", "२८/०३/२०११", "2011-03-28"),
        ("ar: بتاريخ ٢٠/١١/٢٠٢٦", "date", "٢٠/١١/٢٠٢٦", "2026-11-20"),
        ("ru: 12 января 2025 г.", "date", "12 января 2025", "2025-01-12"),
        ("es: el 3 de marzo de 2024", "date", "3 de marzo de 2024", "2024-03-03"),
        (
            "fr: articles 81, 151 et suivants du Code de Procédure Pénale ;",
            "legal_reference",
            "articles 81, 151 et suivants du Code de Procédure Pénale",
            "articles 81, 151 et suivants du Code de Procédure Pénale",
        ),
        (
            "en: under Art. 29 of the Budapest Convention.",
            "legal_reference",
            "Art. 29 of the Budapest Convention",
            "Art. 29 of the Budapest Convention",
        ),
        ("de: gemäß § 100a StPO,", "legal_reference", "§ 100a StPO", "§ 100a StPO"),
        ("zh: 依据第二十九条", "legal_reference", "第二十九条", "第二十九条"),
    ],
)
def test_each_type_is_found_with_its_span_and_canonical_value(
    text: str, kind: str, value: str, normalized: str
) -> None:
    found = _one(
        text,
        kind,
        default_region="FR" if text.startswith("fr") else "ES" if text.startswith("es") else None,
    )
    assert (found.value, found.normalized) == (value, normalized)
    assert text[found.start : found.end] == value


def test_an_ip_address_carries_the_port_date_time_and_zone_stated_next_to_it() -> None:
    text = "198.51.100.23:51234 le 20/11/2026 à 14h03 (heure de Paris)"
    found = _one(text, "ipv4", language="fr")
    assert dict(found.attributes) == {
        "port": "51234",
        "observed_at": "2026-11-20T14:03:00+01:00",
        "time_zone": "Europe/Paris",
    }


def test_an_ipv6_address_carries_a_port_in_words_and_a_utc_offset() -> None:
    found = _one("2001:db8::1 port 443 at 2026-11-20 14:03 UTC+1", "ipv6")
    assert dict(found.attributes) == {
        "port": "443",
        "observed_at": "2026-11-20T14:03:00+01:00",
        "time_zone": "UTC+01:00",
    }


def test_defanged_and_repaired_values_are_flagged() -> None:
    assert _one("hxxp://bad[.]example[.]com/x", "url").flags == ("defanged",)
    assert _one("at 10.0.O.1 then", "ipv4").flags == ("ocr_repaired",)
    assert _one("ＡＢＣ＠ｅｘａｍｐｌｅ．ｃｏｍ", "email").flags == ("ocr_repaired",)


def test_a_day_month_order_the_language_does_not_decide_is_flagged_ambiguous() -> None:
    undecided = _one("on 03/04/2026", "date")
    assert (undecided.normalized, undecided.flags) == ("2026-04-03", ("ambiguous",))
    assert (
        _one("on 03/04/2026", "date", language="en", default_region="US").normalized == "2026-03-04"
    )
    assert _one("le 03/04/2026", "date", language="fr").flags == ()


def test_a_bad_checksum_is_reported_with_low_confidence() -> None:
    found = _one("IBAN FR76 3000 6000 0112 3456 7890 188", "iban")
    assert (found.flags, found.confidence) == (("checksum_failed",), 0.4)
    ether = _one("0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "crypto")
    assert ether.flags == ("checksum_failed",)


def test_a_v2_onion_address_is_flagged_obsolete() -> None:
    assert _one("expyuzz4wqqyqhjn.onion", "onion").flags == ("obsolete",)


@pytest.mark.parametrize(
    "text",
    [
        "The software version 1.2.3.4 crashed",
        "Firmware v10.0.0.1 installed",
        "le 20.11.2026 à midi",
        "see the attached report.pdf and notes.zip",
        "a transfer of 1 500 000 euros",
        "paid $ 12 345 678 in total",
        "end of sentence.Next one",
        "the username of the suspect",
    ],
)
def test_look_alikes_are_not_taken_for_addresses_phones_or_handles(text: str) -> None:
    found = extract_identifiers(text, default_region="FR")
    assert [f.type for f in found if f.type in ("ipv4", "domain", "phone", "username")] == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_the_extractor_never_raises_and_spans_always_match_values(text: str) -> None:
    for found in extract_identifiers(text, default_region="FR"):
        assert text[found.start : found.end] == found.value


_ALPHABET = st.sampled_from(
    [*list("ab1.@:/[]() ＠．ﬁ0Oxhtps-_«»\"'"), "hxxp", "[.]", "(at)", "www.", ".com"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_identifier_shaped_noise_keeps_spans_exact_and_sorted(text: str) -> None:
    found = extract_identifiers(text, default_region="FR")
    assert [f.start for f in found] == sorted(f.start for f in found)
    for item in found:
        assert text[item.start : item.end] == item.value
