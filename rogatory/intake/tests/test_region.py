"""The letter's country, used to read phone numbers written without their country code."""

import pytest

from rogatory.intake.analysis import find_identifiers
from rogatory.intake.pages import PageText
from rogatory.intake.region import letter_region


def page(text: str, language: str = "") -> PageText:
    return PageText(0, 1, text, None, language)


def test_the_senders_country_domain_wins() -> None:
    text = "De : Brigade numérique <bn@police-judiciaire.example.be>\nObjet : réquisition\n"
    assert letter_region([page(text, "fr")], "fr") == "BE"


def test_a_generic_country_domain_says_nothing() -> None:
    text = "From: desk@unit.example.io\n\nPlease preserve the account."
    assert letter_region([page(text, "en")], "en") is None


@pytest.mark.parametrize(
    ("language", "region"),
    [
        ("ja", "JP"),
        ("ko", "KR"),
        ("mr", "IN"),
        ("zh", "CN"),
        ("pl", "PL"),
        ("tr", "TR"),
        ("ka", "GE"),
        ("hy", "AM"),
        ("mk", "MK"),
        ("is", "IS"),
        ("no", "NO"),
        ("et", "EE"),
        ("mt", "MT"),
        ("ga", "IE"),
        ("be", "BY"),
        ("kk", "KZ"),
        ("gl", "ES"),
        ("eu", "ES"),
        ("cy", "GB"),
        ("lb", "LU"),
        ("bs", "BA"),
        ("uz", "UZ"),
        ("mn", "MN"),
        ("si", "LK"),
    ],
)
def test_a_language_of_one_country_names_it(language: str, region: str) -> None:
    assert letter_region([page("…", language)], language) == region


def test_the_letters_own_numbers_name_its_country_among_those_writing_its_language() -> None:
    text = (
        "Tel.: +32 2 555 12 34, fax +32 2 555 12 35. Le titulaire appelle le +44 20 7946 0958 "
        "et le +44 20 7946 0959 et le +44 20 7946 0960."
    )
    # The British numbers are the target's: Belgium writes French, the United Kingdom does not.
    assert letter_region([page(text, "fr")], "fr") == "BE"


def test_a_language_of_many_countries_falls_back_to_the_usual_one() -> None:
    assert letter_region([page("Objet : réquisition judiciaire", "fr")], "fr") == "FR"


@pytest.mark.parametrize("language", ["en", "ar", "", "xx"])
def test_no_guess_without_evidence(language: str) -> None:
    assert letter_region([page("Please preserve the data.", language)], language) is None


def test_a_national_number_in_a_chinese_letter_is_read_with_chinas_code() -> None:
    text = "嫌疑人手机号码 138 4589 6060，请保全。"
    letter = page(text, "zh")
    found = find_identifiers(letter, default_region=letter_region([letter], "zh"))
    assert [(i.type, i.value, i.normalized) for i in found if i.type == "phone"] == [
        ("phone", "138 4589 6060", "+8613845896060")
    ]


@pytest.mark.parametrize(
    ("domain", "country"),
    [("nca.example.uk", "GB"), ("police.example.be", "BE"), ("desk.example.io", None),
     ("unit.example.com", None), ("x.example", None)],
)  # fmt: skip
def test_a_country_domain_names_its_country(domain: str, country: str | None) -> None:
    # The one reading of country domains: the region guess and the authority guess share it.
    from rogatory.intake.region import country_of_domain

    assert country_of_domain(domain) == country


def test_albanian_defaults_to_albania_and_its_own_numbers_name_kosovo() -> None:
    assert letter_region([page("…", "sq")], "sq") == "AL"
    text = "Tel. +383 44 123 456, +383 44 123 457. Objektivi: +355 69 159 5404."
    assert letter_region([page(text, "sq")], "sq") == "XK"


def test_a_georgian_letter_reads_its_national_numbers_as_georgian() -> None:
    letter = page("ტელეფონი: 599 07 50 94", "ka")
    found = find_identifiers(letter, default_region=letter_region([letter], "ka"))
    assert [(item.type, item.normalized) for item in found] == [("phone", "+995599075094")]
