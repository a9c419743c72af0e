"""Case numbers by format family: reference words in every case and language, generic nouns
followed by a colon or by a number only a reference is shaped like, register codes before the
number, national formats (Spain's NIG, Taiwan, Japan, Korea), item numbers left out."""

import pytest

from rogatory.intake.identifiers import extract_identifiers


def _references(text: str, language: str | None = None) -> list[str]:
    return [
        found.value
        for found in extract_identifiers(text, language=language, default_region=None)
        if found.type == "case_reference"
    ]


@pytest.mark.parametrize(
    ("text", "language", "reference"),
    [
        # Reference words, lower case, plural, after "our", in more languages.
        ("Merci de rappeler la référence TC 31/00412 dans votre réponse.", "fr", "TC 31/00412"),
        ("Nos références : PV 51802/2024 (à rappeler)", "fr", "PV 51802/2024"),
        ("Please quote our reference 3:24-cr-10457 in any reply.", "en", "3:24-cr-10457"),
        ("Reference No. 1:25-mj-00871 (please quote)", "en", "1:25-mj-00871"),
        ("Referencia: 4471/2025\n", "es", "4471/2025"),
        ("Ons kenmerk: BR.12.L4.004417/24\n", "nl", "BR.12.L4.004417/24"),
        ("Parketnummer: 09/114730-25\n", "nl", "09/114730-25"),
        ("Registratienummer PL0900-2025114731\n", "nl", "PL0900-2025114731"),
        ("Sygnatura: III Kp 512/24\n", "pl", "III Kp 512/24"),
        ("L.dz. WZ-441/25\n", "pl", "WZ-441/25"),
        ("Č. j. KRPA-118245-7/TČ-2025-000093\n", "cs", "KRPA-118245-7/TČ-2025-000093"),
        ("Dosya No: 2025/1187\n", "tr", "2025/1187"),
        ("Re: FIR RC21812025A0042\n", "hi", "RC21812025A0042"),
        # Generic nouns with a colon, a number sign, or before a number shaped as a reference.
        ("Procedimento: 4401/24 R.G. GIP\n", "it", "4401/24 R.G. GIP"),
        ("Oggetto: R: proc. 7731/23 R.G. GIP\n", "it", "7731/23 R.G. GIP"),
        ("Nr sprawy: ZK-118/25\n", "pl", "ZK-118/25"),
        ("Autos n.º IPL 2024.0011873-SR/PF/RJ\n", "pt", "IPL 2024.0011873-SR/PF/RJ"),
        ("Processo: IPL 2024.0011873-SR/PF/RJ\n", "pt", "IPL 2024.0011873-SR/PF/RJ"),
        ("N.º de procedimiento: 2024-118273-40017781\n", "es", "2024-118273-40017781"),
        ("Asunto: RE: diligencias 2024-118273-40017781\n", "es", "2024-118273-40017781"),
        ("الموضوع: القضية 1187 لسنة 2025\n", "ar", "1187 لسنة 2025"),
        # Register codes before the number, and register words after it.
        ("Sygnatura: PR 2 Ds 118.2024\n", "pl", "PR 2 Ds 118.2024"),
        ("N. 4471/2024 Mod. 21\n", "it", "4471/2024 Mod. 21"),
        # National formats.
        ("diligencias NIG 08019 43 2 2025 0011873\n", "es", "NIG 08019 43 2 2025 0011873"),
        ("主题：回复：113年度偵字第2277號", "zh", "113年度偵字第2277號"),
        ("令和6年(わ)第1187号事件", "ja", "令和6年(わ)第1187号"),
        ("사건 2024고단1187 관련", "ko", "2024고단1187"),
    ],
)
def test_a_case_number_is_read_in_its_family(text: str, language: str, reference: str) -> None:
    assert _references(text, language) == [reference]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Capture retranscrite (scellé n° 7)", "fr"),
        ("Приложение № 2 — идентификаторы", "ru"),
        ("الملحق رقم 3 — المعرفات", "ar"),
        # A bare noun before a date, a span of years, a short number or a plain word.
        ("l'enquête 12-05-2024 a montré", "fr"),
        ("the investigation 2024-2025 showed", "en"),
        ("the case 1234 was closed", "en"),
        ("la référence indiquée ci-dessus", "fr"),
    ],
)
def test_an_item_number_a_date_or_a_word_after_a_label_is_not_a_case_number(
    text: str, language: str
) -> None:
    assert _references(text, language) == []


def test_a_comma_read_for_the_stop_of_a_label_before_its_colon_keeps_the_label() -> None:
    assert _references("संदर्भ क्र, : MH/CYB/2024/0077\n", "mr") == ["MH/CYB/2024/0077"]


def test_a_brazilian_number_after_a_bare_noun_needs_its_check_digits() -> None:
    assert _references("Ver o processo 0001234-43.2022.8.26.0100 no tribunal.", "pt") == []
