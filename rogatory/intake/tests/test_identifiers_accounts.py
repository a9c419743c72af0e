"""Usernames named by an account word ("le compte « x »", "titulaire du compte x") in each language."""

from __future__ import annotations

import pytest

from rogatory.intake.identifiers import extract_identifiers


def _usernames(text: str, language: str) -> list[tuple[str, str, str]]:
    return [
        (found.value, found.normalized, found.attributes["form"])
        for found in extract_identifiers(text, language=language)
        if found.type == "username"
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Il publie sous le pseudo « vent_du_nord » depuis 2024.",
            "fr",
            [("vent_du_nord", "vent_du_nord", "quoted")],
        ),
        (
            "Nous requérons la conservation du compte « Shadow-Fox ».",
            "fr",
            [("Shadow-Fox", "shadow-fox", "quoted")],
        ),
        ("Le compte : loup.gris a été suspendu.", "fr", [("loup.gris", "loup.gris", "bare")]),
        ("compte : loup_gris77", "fr", [("loup_gris77", "loup_gris77", "bare")]),
        (
            "Le titulaire du compte kiki_77 est inconnu.",
            "fr",
            [("kiki_77", "kiki_77", "bare")],
        ),
        (
            "Les comptes « renard.bleu » et « chat_noir9 » sont visés.",
            "fr",
            [("renard.bleu", "renard.bleu", "quoted"), ("chat_noir9", "chat_noir9", "quoted")],
        ),
        (
            "Le compte Instagram « lune.noire » est visé.",
            "fr",
            [("lune.noire", "lune.noire", "quoted")],
        ),
        ("La cuenta «luna_roja» fue creada ayer.", "es", [("luna_roja", "luna_roja", "quoted")]),
        (
            "El titular de la cuenta sol_de_mayo7 es desconocido.",
            "es",
            [("sol_de_mayo7", "sol_de_mayo7", "bare")],
        ),
        (
            "O titular da conta sol_nascente9 é desconhecido.",
            "pt",
            [("sol_nascente9", "sol_nascente9", "bare")],
        ),
        (
            "Das Konto „nachtfalke_3“ wurde gesperrt.",
            "de",
            [("nachtfalke_3", "nachtfalke_3", "quoted")],
        ),
        (
            'Please preserve the account "night_owl".',
            "en",
            [("night_owl", "night_owl", "quoted")],
        ),
        ("Аккаунт «vasya_2000» удалён.", "ru", [("vasya_2000", "vasya_2000", "quoted")]),
        ("учётная запись «tigr_77»", "ru", [("tigr_77", "tigr_77", "quoted")]),
        ("账户「hei_ke88」已注销", "zh", [("hei_ke88", "hei_ke88", "quoted")]),
        ("الحساب «qamar_99» محذوف", "ar", [("qamar_99", "qamar_99", "quoted")]),
        ("खाते «raat_pakshi» बंद", "mr", [("raat_pakshi", "raat_pakshi", "quoted")]),
    ],
)
def test_an_account_word_names_a_username(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _usernames(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Compte tenu des faits, nous vous prions d'agir vite.", "fr"),
        ("Le compte bancaire 0123456789 a été débité.", "fr"),
        ("compte : 0123456789", "fr"),
        ("Virement vers le compte IBAN FR7630006000011234567890189.", "fr"),
        ("Überweisung auf das Konto IBAN DE89370400440532013000.", "de"),
        ("On account of the urgency, please act today.", "en"),
        ("La cuenta 12345678 del banco.", "es"),
    ],
)
def test_an_account_word_before_a_number_or_a_plain_word_names_no_username(
    text: str, language: str
) -> None:
    assert _usernames(text, language) == []


def test_an_iban_after_an_account_word_stays_an_iban() -> None:
    found = extract_identifiers("Virement vers le compte IBAN FR7630006000011234567890189.")
    assert [(item.type, item.normalized) for item in found] == [
        ("iban", "FR7630006000011234567890189")
    ]
