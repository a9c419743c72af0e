"""The 'poor_translation' triage flag: each reason names the text that shows it (fictional letters)."""

from __future__ import annotations

import pytest

from rogatory.intake.analysis import find_identifiers
from rogatory.intake.language import detect_language
from rogatory.intake.pages import Flag, PageText
from rogatory.intake.tests import letters
from rogatory.intake.translation import find_poor_translation


def _flag(text: str) -> Flag | None:
    page = PageText(0, 1, text, None, detect_language(text))
    return find_poor_translation([page], find_identifiers(page))


def _quoted(text: str, flag: Flag) -> list[str]:
    return [text[span["start"] : span["end"]] for span in flag.spans]


BILINGUAL_FR_EN = "\n".join(
    [
        "RÉQUISITION / REQUEST",
        "Le 12 mars 2025, l'utilisateur « vent_du_nord » s'est connecté depuis l'adresse "
        "198.51.100.23 et a publié des menaces.",
        "On 13 March 2025, the user « vent_du_nord » connected from the address 198.51.100.23 "
        "and posted threats.",
        "Nous vous prions de conserver les données du compte pendant quatre-vingt-dix jours.",
        "We kindly ask you to preserve the data of the account for ninety days.",
    ]
)


def test_two_versions_giving_different_dates_are_flagged_with_both_spans() -> None:
    flag = _flag(BILINGUAL_FR_EN)
    assert flag is not None
    assert flag.code == "poor_translation"
    assert flag.message == (
        "Possibly a poor translation: the French version gives the date '12 mars 2025' (page 1) "
        "where the English version gives '13 March 2025' (page 1)."
    )
    assert _quoted(BILINGUAL_FR_EN, flag) == ["12 mars 2025", "13 March 2025"]


def test_two_versions_giving_different_references_are_flagged() -> None:
    text = "\n".join(
        [
            "SOLICITUD DE CONSERVACIÓN / PRESERVATION REQUEST",
            "La Fiscalía investiga el expediente Ref. : MAD-2025-0417 por amenazas graves.",
            "The Prosecution Service investigates the file Ref. : MAD-2025-0471 for serious "
            "threats.",
            "Solicitamos la conservación de los datos de la cuenta durante noventa días.",
            "We request the preservation of the account data for ninety days.",
        ]
    )
    flag = _flag(text)
    assert flag is not None
    assert flag.message == (
        "Possibly a poor translation: the Spanish version gives the case reference "
        "'MAD-2025-0417' (page 1) where the English version gives 'MAD-2025-0471' (page 1)."
    )
    assert _quoted(text, flag) == ["MAD-2025-0417", "MAD-2025-0471"]


def test_two_versions_giving_different_amounts_are_flagged() -> None:
    text = "\n".join(
        [
            "Ersuchen um Sicherung / Request for preservation",
            "Der Geschädigte überwies insgesamt 14500 Euro an den unbekannten Täter.",
            "The victim transferred a total of 15400 euros to the unknown offender.",
            "Wir bitten um die Sicherung aller Daten des Kontos für neunzig Tage.",
            "We ask for the preservation of all data of the account for ninety days.",
        ]
    )
    flag = _flag(text)
    assert flag is not None
    assert flag.message == (
        "Possibly a poor translation: the German version gives the number '14500' (page 1) "
        "where the English version gives '15400' (page 1)."
    )


def test_a_chinese_and_english_letter_giving_different_addresses_is_flagged() -> None:
    text = "\n".join(
        [
            "临海市公安局网络安全保卫支队",
            "该用户于二〇二五年使用地址 203.0.113.7 登录并发布了威胁信息。",
            "The user logged in from the address 203.0.113.8 and posted threatening messages.",
            "请贵方协助保全上述账户的全部数据直至正式请求送达。",
            "Please preserve all data of the account until the formal request arrives.",
        ]
    )
    flag = _flag(text)
    assert flag is not None
    assert flag.message == (
        "Possibly a poor translation: the English version gives the ipv4 '203.0.113.8' (page 1) "
        "where the Chinese version gives '203.0.113.7' (page 1)."
    )


def test_a_faithful_bilingual_letter_is_not_flagged() -> None:
    text = "\n".join(
        [
            "RÉQUISITION / REQUEST",
            "Le 12 mars 2025, l'utilisateur « vent_du_nord » s'est connecté depuis l'adresse "
            "198.51.100.23 et a publié des menaces.",
            "On 12 March 2025, the user « vent_du_nord » connected from the address 198.51.100.23 "
            "and posted threats.",
            "Nous vous prions de conserver les données du compte pendant quatre-vingt-dix jours.",
            "We kindly ask you to preserve the data of the account for ninety days.",
        ]
    )
    assert _flag(text) is None


def test_a_sentence_that_changes_language_is_flagged_with_its_span() -> None:
    text = (
        "Objet : demande de conservation\n"
        "Nous vous prions de bien vouloir preserve all the data of the account until the "
        "formal request arrives through diplomatic channels.\n"
    )
    flag = _flag(text)
    assert flag is not None
    assert flag.message == (
        "Possibly a poor translation: page 1: a sentence mixes French and English: 'Nous vous "
        "prions de bien vouloir preserve all the data of t…'."
    )
    assert _quoted(text, flag) == [text.splitlines()[1]]


def test_a_spanish_sentence_ending_in_english_is_flagged() -> None:
    text = (
        "Solicitamos amablemente la conservación de todos los datos, please keep the records "
        "of the account safe until further notice.\n"
    )
    flag = _flag(text)
    assert flag is not None
    assert "a sentence mixes Spanish and English" in flag.message


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("La demande concerne {victim_name} et le compte « loup_gris77 ».", "{victim_name}"),
        ("Fait à Lyon, le [insérer la date].", "[insérer la date]"),
        ("The suspect %s used the account of the victim.", "%s"),
        ("Dear <<NOMBRE DEL FISCAL>>, please find the request attached.", "<<NOMBRE DEL FISCAL>>"),
        ("Our reference: XXX, your reference: 2207-3318.", "XXX"),
        ("Уважаемый {{ recipient }}, просим сохранить данные.", "{{ recipient }}"),
    ],
)
def test_an_untranslated_template_placeholder_is_flagged(text: str, placeholder: str) -> None:
    flag = _flag(text)
    assert flag is not None
    assert flag.message == (
        f"Possibly a poor translation: page 1: a template placeholder was left in: '{placeholder}'."
    )
    assert _quoted(text, flag) == [placeholder]


def test_a_long_line_whose_language_is_unclear_is_flagged() -> None:
    line = (
        "Ekso varta plimu dorenta kasu velindo marotu senika, pelu dravimo tesko ranu vilemba "
        "doruka sentavo mirelu kanto plivesa drumo keltano virasu ponteli marosk ulveta."
    )
    flag = _flag(line)
    assert flag is not None
    assert flag.message == (
        "Possibly a poor translation: page 1: the language of a 139-letter line is unclear "
        "(at best Lithuanian, 51%): 'Ekso varta plimu dorenta kasu velindo marotu senika, pelu d…'."
    )
    assert _quoted(line, flag) == [line]


def test_defanged_addresses_are_not_placeholders() -> None:
    assert _flag("Le site hxxps://forum.example[.]com et l'adresse jane(at)example[.]org.") is None


@pytest.mark.parametrize("lines", [letters.FRENCH, letters.CHINESE, letters.MARATHI])
def test_the_acceptance_letters_are_not_flagged(lines: list[str]) -> None:
    assert _flag("\n".join(lines)) is None


def test_only_the_first_characters_of_a_huge_document_are_read() -> None:
    text = "Nous vous prions de conserver les données.\n" * 2000 + "{victim_name}\n"
    assert _flag(text) is None


def test_a_spanish_and_portuguese_letter_giving_different_dates_is_flagged() -> None:
    # Lines are named among their page's likeliest languages and neighbours: Portuguese is
    # one of a Spanish page's.
    text = "\n".join(
        [
            "SOLICITUD DE CONSERVACIÓN / PEDIDO DE CONSERVAÇÃO",
            "El 4 de abril de 2025 el usuario publicó amenazas contra la víctima desde la cuenta.",
            "Em 5 de abril de 2025 o utilizador publicou ameaças contra a vítima a partir da conta.",
            "Solicitamos la conservación de los datos de la cuenta durante noventa días.",
            "Solicitamos a conservação dos dados da conta durante noventa dias.",
        ]
    )
    flag = _flag(text)
    assert flag is not None
    assert flag.message == (
        "Possibly a poor translation: the Portuguese version gives the date '5 de abril de 2025' "
        "(page 1) where the Spanish version gives '4 de abril de 2025' (page 1)."
    )
