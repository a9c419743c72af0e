"""The identifier extractor on scripts without capitals, IDN hosts, bare hosts and labelled numbers."""

from __future__ import annotations

import pytest

from rogatory.intake.tests.extraction import every_identifier


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("कलम 91 फौजदारी प्रक्रिया संहिता नुसार माहिती", "कलम 91 फौजदारी प्रक्रिया संहिता"),
        (
            "धारा 69 / 91 सूचना प्रौद्योगिकी अधिनियम के अंतर्गत",
            "धारा 69 / 91 सूचना प्रौद्योगिकी अधिनियम",
        ),
        ("استنادا إلى المادة 29 من اتفاقية بودابست نطلب", "المادة 29 من اتفاقية بودابست"),
        ("وفق المادة 57 من قانون المسطرة الجنائية نطلب", "المادة 57 من قانون المسطرة الجنائية"),
        (
            "This request is made under section 18 of the Computer Misuse Act.",
            "section 18 of the Computer Misuse Act",
        ),
        (
            "Gemäß Artikel 29 des Übereinkommens über Computerkriminalität werden",
            "Artikel 29 des Übereinkommens über Computerkriminalität",
        ),
        ("根据《网络安全法》第二十八条，请提供", "《网络安全法》第二十八条"),
    ],
)
def test_a_legal_reference_keeps_the_law_s_title_in_every_script(text: str, value: str) -> None:
    assert every_identifier(text) == [("legal_reference", value, value)]


def test_a_devanagari_article_without_a_statute_stops_at_its_number() -> None:
    assert every_identifier("धारा 69 के बारे में") == [("legal_reference", "धारा 69", "धारा 69")]


def test_a_bare_www_host_is_a_domain_and_a_path_makes_it_a_url() -> None:
    assert every_identifier("le domaine www.quartz.fr est visé, la page www.quartz.fr/a aussi") == [
        ("domain", "www.quartz.fr", "www.quartz.fr"),
        ("url", "www.quartz.fr/a", "http://www.quartz.fr/a"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le nom de domaine 例子.中国 est", ("domain", "例子.中国", "xn--fsqu00a.xn--fiqs8s")),
        ("le domaine मिसाल[.]भारत est", ("domain", "मिसाल[.]भारत", "xn--r2biryd.xn--h2brj9c")),
        (
            "l'adresse иван.петров@例子.中国 est",
            ("email", "иван.петров@例子.中国", "иван.петров@xn--fsqu00a.xn--fiqs8s"),
        ),
        (
            "e-mail contact @ मिसाल.भारत。",
            ("email", "contact @ मिसाल.भारत", "contact@xn--r2biryd.xn--h2brj9c"),
        ),
        (
            "La página http://例子.中国/view/42234 fue",
            ("url", "http://例子.中国/view/42234", "http://xn--fsqu00a.xn--fiqs8s/view/42234"),
        ),
    ],
)
def test_internationalised_hosts_in_chinese_and_devanagari_are_found(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert every_identifier(text) == [expected]


@pytest.mark.parametrize(
    ("text", "value", "normalized"),
    [
        ("दूरध्वनी क्र : 98680 06105\n", "98680 06105", "+919868006105"),
        ("दूरध्वनी क्र : 022-20253619\n", "022-20253619", "+912220253619"),
    ],
)
def test_a_number_labelled_as_a_telephone_number_is_a_phone_not_a_reference(
    text: str, value: str, normalized: str
) -> None:
    assert every_identifier(text, region="IN") == [("phone", value, normalized)]


def test_a_reference_after_a_phone_number_is_still_a_reference() -> None:
    found = every_identifier("Tél. 01 42 34 56 78, Réf. PARQ-26-001234", region="FR")
    assert ("case_reference", "PARQ-26-001234", "PARQ-26-001234") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Please preserve the account @धुरंधर and", "@धुरंधर"),
        ("los datos del usuario: धुरंधर y del correo", "धुरंधर"),
        ('उपयोगकर्ता नाम "धुरंधर" का', "धुरंधर"),
    ],
)
def test_a_devanagari_pseudonym_is_a_username(text: str, value: str) -> None:
    assert every_identifier(text) == [("username", value, "धुरंधर")]
