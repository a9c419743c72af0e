"""Handle, date and phone families the eighth held-out corpus found missing, as general rules:
Georgian, Armenian, Macedonian, Albanian, Icelandic and Catalan months in the forms their
letters write (Georgian dative and genitive, "2025 წლის 12 მარტს"; Armenian genitive, "2025
թվականի մարտի 12"; Albanian definite forms; Catalan "d'"), user-name cue words in those
languages, handles in Georgian and Armenian letters, handles quoted with "&quot;" in a flattened
HTML mail or after an action plan's "Target:", Iceland's seven-digit and Andorra's six-digit
phones, and the numbers that are not phones (a call record's cell, a tool's version, a serial
number and its year, a case number's slash-joined parts). Every example is made up for these
tests (type, value as written, canonical form and span), negatives included."""

import pytest

from rogatory.intake.tests.extraction import found_with_spans, spans_in_order

_TYPES = ("username", "date", "phone")


@pytest.mark.parametrize(
    ("text", "language", "region", "items"),
    [
        # Georgian: nominative, dative, genitive, "წლის" and "წ." between year and day.
        pytest.param(
            "თბილისი, 2024 წლის 3 ოქტომბერს", "ka", "GE",
            [("date", "2024 წლის 3 ოქტომბერს", "2024-10-03")], id="ka year-first dative",
        ),
        pytest.param(
            "შედგენილია 2025 წ. 28 თებერვალს.", "ka", "GE",
            [("date", "2025 წ. 28 თებერვალს", "2025-02-28")], id="ka abbreviated year word",
        ),
        pytest.param(
            "ხელმოწერა: 7 ნოემბერი 2023", "ka", "GE",
            [("date", "7 ნოემბერი 2023", "2023-11-07")], id="ka nominative day month year",
        ),
        pytest.param(
            "2025 წლის 1 სექტემბრის მდგომარეობით", "ka", "GE",
            [("date", "2025 წლის 1 სექტემბრის", "2025-09-01")], id="ka genitive with dropped vowel",
        ),
        pytest.param(
            "საქმე 2025 წლის ბოლომდე", "ka", "GE", [], id="ka year word without a date",
        ),
        # Armenian: genitive after the day, year-first with "թվականի" and "թ.".
        pytest.param(
            "Երևան, 9 դեկտեմբերի 2024 թ.", "hy", "AM",
            [("date", "9 դեկտեմբերի 2024", "2024-12-09")], id="hy genitive, թ. outside",
        ),
        pytest.param(
            "2025 թվականի փետրվարի 14-ին կատարված", "hy", "AM",
            [("date", "2025 թվականի փետրվարի 14", "2025-02-14")], id="hy year-first, -ին outside",
        ),
        pytest.param(
            "2024 թ. նոյեմբերի 30", "hy", "AM",
            [("date", "2024 թ. նոյեմբերի 30", "2024-11-30")], id="hy year-first abbreviated",
        ),
        # Macedonian, Albanian, Icelandic, Catalan.
        pytest.param(
            "Скопје, 3 октомври 2025 година", "mk", "MK",
            [("date", "3 октомври 2025", "2025-10-03")], id="mk month, година outside",
        ),
        pytest.param(
            "Битола, 21 февруари 2024", "mk", "MK",
            [("date", "21 февруари 2024", "2024-02-21")], id="mk february",
        ),
        pytest.param(
            "data: më 9 nëntor 2024, ora 10:00", "sq", "AL",
            [("date", "9 nëntor 2024", "2024-11-09")], id="sq november, më outside",
        ),
        pytest.param(
            "Tiranë, 5 dhjetor 2025", "sq", "AL",
            [("date", "5 dhjetor 2025", "2025-12-05")], id="sq december",
        ),
        pytest.param(
            "Reykjavík, þann 2. nóvember 2024", "is", "IS",
            [("date", "2. nóvember 2024", "2024-11-02")], id="is november, þann outside",
        ),
        pytest.param(
            "dagsetning: 30. september 2025", "is", "IS",
            [("date", "30. september 2025", "2025-09-30")], id="is september",
        ),
        pytest.param(
            "Barcelona, 3 d'octubre de 2024", "ca", "ES",
            [("date", "3 d'octubre de 2024", "2024-10-03")], id="ca d' before a vowel",
        ),
        pytest.param(
            "Andorra la Vella, 19 d’agost de 2025", "ca", "AD",
            [("date", "19 d’agost de 2025", "2025-08-19")], id="ca typographic apostrophe",
        ),
        pytest.param(
            "Girona, 8 de maig de 2025", "ca", "ES",
            [("date", "8 de maig de 2025", "2025-05-08")], id="ca de before a consonant",
        ),
        # A case number's slash-joined parts are not a date.
        pytest.param(
            "Գործ № ԵԴ/2024/03/25", "hy", "AM", [], id="slash chain after register letters",
        ),
        # User-name cue words, quoted with &quot; too.
        pytest.param(
            "მომხმარებლის სახელი: &quot;ზღვის_ქარი&quot;", "ka", "GE",
            [("username", "ზღვის_ქარი", "ზღვის_ქარი")], id="ka user name, html quotes",
        ),
        pytest.param(
            "ფსევდონიმით „shavi.kata“ ცნობილი", "ka", "GE",
            [("username", "shavi.kata", "shavi.kata")], id="ka pseudonym instrumental",
        ),
        pytest.param(
            "- օգտանուն: vardan_77", "hy", "AM",
            [("username", "vardan_77", "vardan_77")], id="hy user name bare",
        ),
        pytest.param(
            "կեղծանունով «lusin.am»", "hy", "AM",
            [("username", "lusin.am", "lusin.am")], id="hy pseudonym instrumental",
        ),
        pytest.param(
            "под прекарот „ohrid_99“", "mk", "MK",
            [("username", "ohrid_99", "ohrid_99")], id="mk nickname with article",
        ),
        pytest.param(
            "emri i përdoruesit: &quot;shqiponja_7&quot;", "sq", "AL",
            [("username", "shqiponja_7", "shqiponja_7")], id="sq user name",
        ),
        pytest.param(
            "me nofkën „vlora.boy“", "sq", "AL",
            [("username", "vlora.boy", "vlora.boy")], id="sq nickname accusative",
        ),
        pytest.param(
            "notandanafnið „hekla_55“", "is", "IS",
            [("username", "hekla_55", "hekla_55")], id="is user name with article",
        ),
        pytest.param(
            "nom d’usuari: «pirineu.nord»", "ca", "AD",
            [("username", "pirineu.nord", "pirineu.nord")], id="ca user name",
        ),
        pytest.param(
            "user name: &quot;kestrel_09&quot;", "en", "GB",
            [("username", "kestrel_09", "kestrel_09")], id="en html quotes",
        ),
        # Handles in Georgian and Armenian letters.
        pytest.param(
            "Telegram: @მთის_არწივი და", "ka", "GE",
            [("username", "@მთის_არწივი", "მთის_არწივი")], id="ka handle",
        ),
        pytest.param(
            "Instagram: @արագած_9.", "hy", "AM",
            [("username", "@արագած_9", "արագած_9")], id="hy handle",
        ),
        # An action plan's target: a quoted handle, not a quoted word or host.
        pytest.param(
            "    Objetivo: «lobo_gris», +34 911 28 50 80", "es", "ES",
            [("username", "lobo_gris", "lobo_gris"), ("phone", "+34 911 28 50 80", "+34911285080")],
            id="es target",
        ),
        pytest.param(
            "    Ziel: „Sicherung“", "de", "DE", [], id="target: a quoted word is no handle",
        ),
        pytest.param(
            "    Target: “shop.example.com”", "en", "GB", [], id="target: a quoted host is no handle",
        ),
        # Phones: Icelandic seven digits, Andorran six after a phone word.
        pytest.param(
            "sími: 690 1234", "is", "IS", [("phone", "690 1234", "+3546901234")], id="is mobile",
        ),
        pytest.param(
            "12.3.2025 08:15 | 550-2233 | 00:03:11", "is", "IS",
            [("date", "12.3.2025", "2025-03-12"), ("phone", "550-2233", "+3545502233")],
            id="is call record",
        ),
        pytest.param(
            "telèfon: 812 345", "ca", "AD", [("phone", "812 345", "+376812345")], id="ad phone",
        ),
        pytest.param(
            "import 812 345 unitats", "ca", "AD", [], id="ad six digits without a phone word",
        ),
        # Numbers that are not phones.
        pytest.param(
            "00:12:44 | 61234-5678", "es", "ES", [], id="call record cell",
        ),
        pytest.param(
            "Cellebrite UFED 7.5.12.34567", "fr", "FR", [], id="tool version",
        ),
        pytest.param(
            "Procedimi penal nr. 6123/2025", "sq", "AL", [], id="serial and year",
        ),
    ],
)  # fmt: skip
def test_the_eighth_sets_handles_dates_and_phones_are_read_exactly(
    text: str, language: str, region: str, items: list[tuple[str, str, str]]
) -> None:
    found = found_with_spans(text, _TYPES, language, region, normalized=True)
    assert found == spans_in_order(text, items)
