"""Format families a held-out corpus showed missing (issue 4), with distractors kept out."""

from __future__ import annotations

import pytest

from rogatory.intake.identifiers import extract_identifiers
from rogatory.intake.normalize import normalize_email
from rogatory.intake.tests.extraction import normalized_of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("N° de procédure : 8812004417\n", ["8812004417"]),
        ("Numéro de dossier : TJ-CAB2-24-118\n", ["TJ-CAB2-24-118"]),
        ("Case number: MLA/2023/40417 — urgent\n", ["MLA/2023/40417"]),
        ("Diligencias Previas n.º Sumario 41/2022\n", ["Sumario 41/2022"]),
        ("Proc. pen. n. 9921/2022 R.G.N.R.\n", ["9921/2022 R.G.N.R."]),
        ("Proc. pen. n. 318/22 R.G. GIP — urgente\n", ["318/22 R.G. GIP"]),
        ("Proc. pen. n. 66/2024 Mod. 21\n", ["66/2024 Mod. 21"]),
        ("Уголовное дело № 5-771/2024-МВД\n", ["5-771/2024-МВД"]),
        ("Уголовное дело № КУСП 31337\n", ["КУСП 31337"]),
        ("رقم القضية: 4410 لسنة 2023\n", ["4410 لسنة 2023"]),
        ("रقم القضية: ج/2022/88\n".replace("रقم", "رقم"), ["ج/2022/88"]),
        ("प्राथमिकी संख्या: साइबर/77/2022\n", ["साइबर/77/2022"]),
        ("प्रकरण क्रमांक: गु.र.नं. 412/2022\n", ["गु.र.नं. 412/2022"]),
        ("Inquérito n.º 8812/22.3T9PRT\n", ["8812/22.3T9PRT"]),
    ],
)
def test_it_reads_case_numbers_after_their_labels(text: str, expected: list[str]) -> None:
    assert normalized_of_type("case_reference", text) == expected


def test_it_reads_chinese_document_and_court_numbers_without_a_label() -> None:
    text = "来函：京公（网）立字〔2023〕118号，（2022）沪0105刑初77号。"
    assert normalized_of_type("case_reference", text) == [
        "京公(网)立字〔2023〕118号",
        "(2022)沪0105刑初77号",
    ]


def test_it_checks_the_brazilian_unified_number() -> None:
    # 0001234-?.2022.8.26.0100: the check digits come from ISO 7064 mod 97-10.
    digits = "0001234" + "2022" + "8" + "26" + "0100"
    check = 98 - int(digits + "00") % 97
    valid = f"0001234-{check:02d}.2022.8.26.0100"
    wrong = f"0001234-{(check + 1) % 100:02d}.2022.8.26.0100"
    assert normalized_of_type("case_reference", f"Ver o processo {valid} no tribunal.") == [valid]
    assert normalized_of_type("case_reference", f"Ver o processo {wrong} no tribunal.") == []
    labelled = extract_identifiers(f"Inquérito n.º {wrong}\n")
    assert [(f.type, f.normalized, f.flags) for f in labelled] == [
        ("case_reference", wrong, ("checksum_failed",))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ermittler: Art.-Nr. 5512-0042\n",
        "Bestell-Nr. 7734-1290 geliefert\n",
        "Case number: see attachment capture_02.png\n",
        "Dossier : rapport_2024.pdf\n",
    ],
)
def test_it_keeps_product_numbers_and_file_names_out_of_case_numbers(text: str) -> None:
    assert normalized_of_type("case_reference", text, region="DE") == []
    assert normalized_of_type("phone", text, region="DE") == []


def test_a_grouped_indian_number_after_a_number_word_is_a_phone() -> None:
    text = "कृपया क्रमांक 099876 54321 च्या धारकाची माहिती द्यावी."
    assert normalized_of_type("case_reference", text, region="IN") == []
    assert normalized_of_type("phone", text, region="IN") == ["+919987654321"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("selon l'article 226-4-1 du code pénal, la", ["article 226-4-1 du code pénal"]),
        (
            "vu l'article L. 32-3 du code des postes et des communications électroniques.",
            ["article L. 32-3 du code des postes et des communications électroniques"],
        ),
        (
            "sur la base de l'article 29 de la Convention sur la cybercriminalité.",
            ["article 29 de la Convention sur la cybercriminalité"],
        ),
        (
            "ai sensi dell'articolo 617-quater del codice penale.",
            ["articolo 617-quater del codice penale"],
        ),
        ("art. 266-bis c.p.p.\n", ["art. 266-bis c.p.p."]),
        ("ao abrigo do artigo 18.º da Lei n.º 58/2019.", ["artigo 18.o da Lei n.o 58/2019"]),
        ("conforme al art. 264 bis del Código Penal.", ["art. 264 bis del Código Penal"]),
        ("pursuant to 47 U.S.C. § 230(c).", ["47 U.S.C. § 230(c)"]),
        ("under section 3 of the Fraud Act 2006.", ["section 3 of the Fraud Act 2006"]),
        ("на основании статьи 272.1 УК РФ.", ["статьи 272.1 УК РФ"]),
        ("ч. 3 ст. 138 УК РФ\n", ["ч. 3 ст. 138 УК РФ"]),
        ("gemäß § 100g Abs. 2 StPO.", ["§ 100g Abs. 2 StPO"]),
        (
            "यह अनुरोध भारतीय नागरिक सुरक्षा संहिता की धारा 176 के अधीन है।",
            ["भारतीय नागरिक सुरक्षा संहिता की धारा 176"],
        ),
        ("धारा 43क सूचना प्रौद्योगिकी अधिनियम, 2000\n", ["धारा 43क सूचना प्रौद्योगिकी अधिनियम, 2000"]),
        (
            "استنادا إلى المادة 12 من قانون حماية البيانات الشخصية.",
            ["المادة 12 من قانون حماية البيانات الشخصية"],
        ),
        (
            "استنادا إلى المادة 32 من اتفاقية بودابست نطلب البيانات.",
            ["المادة 32 من اتفاقية بودابست"],
        ),
    ],
)
def test_it_keeps_the_code_named_with_the_article(text: str, expected: list[str]) -> None:
    assert normalized_of_type("legal_reference", text) == expected


def test_it_stops_the_title_before_the_sentence_goes_on() -> None:
    assert normalized_of_type("legal_reference", "l'article 8 du Code pénal est applicable.") == [
        "article 8 du Code pénal"
    ]
    assert normalized_of_type("legal_reference", "Article 5 of the request was late.") == [
        "Article 5"
    ]


def test_a_catalogue_article_is_not_a_statute() -> None:
    assert normalized_of_type("legal_reference", "ref. artículo 71-204\n") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("connu sous l'alias Nachtfalke\n", ["nachtfalke"]),
        ("going by the screen name sea.otter_7\n", ["sea.otter_7"]),
        ("lo pseudonimo gufo-reale\n", ["gufo-reale"]),
        ("o perfil “coruja.branca”\n", ["coruja.branca"]),
        ("| Pseudo | ‘renard_gris’ | 12/03/2024 |\n", ["renard_gris"]),
        ("Alias\t`lince_iberico`\t—\n", ["lince_iberico"]),
        ("unter dem Pseudonym »Seeadler9«\n", ["seeadler9"]),
        ("Pseudonym : ‚wolf_im_wald‘\n", ["wolf_im_wald"]),
        ("昵称 | 《海鸥_88》 |\n", ["海鸥_88"]),
        ("网名 夜莺\n", ["夜莺"]),
        ("हैंडल मोर_राजा\n", ["मोर_राजा"]),
        ("باسم مستعار «ذئب_الصحراء»\n", ["ذئب_الصحراء"]),
    ],
)
def test_it_reads_handles_after_cue_words_and_in_any_quotes(text: str, expected: list[str]) -> None:
    assert normalized_of_type("username", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "le pseudo est inconnu.\n",
        "l'utente ha scritto ieri.\n",
        "the screen name was changed twice.\n",
        "vers le compte FR7630006000011234567890189, puis reconverti\n",
        "a la cuenta ES91-2100-0418-4502-0005-1332, convertida luego\n",
    ],
)
def test_ordinary_words_and_bank_accounts_after_cue_words_are_not_handles(text: str) -> None:
    assert normalized_of_type("username", text) == []


def test_dash_grouped_ibans_are_read_and_invalid_ones_left_alone() -> None:
    assert normalized_of_type("iban", "Konto : ES91-2100-0418-4502-0005-1332\n") == [
        "ES9121000418450200051332"
    ]
    assert normalized_of_type("iban", "Konto : ES92-2100-0418-4502-0005-1332\n") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Fait à Lyon, le 07/03/24\n", "fr", ["2024-03-07"]),
        ("Hamburg, den 11.09.23\n", "de", ["2023-09-11"]),
        ("el 5 dic. 2024 a las 10:00", "es", ["2024-12-05"]),
        ("am 3. Okt. 2023 um 9 Uhr", "de", ["2023-10-03"]),
        ("создан 4 нояб. 2024", "ru", ["2024-11-04"]),
        ("«15» марта 2024 года", "ru", ["2024-03-15"]),
        ("二〇二四年十二月三十一日", "zh", ["2024-12-31"]),
        ("पुणे, 14 एप्रिल, 2024", "mr", ["2024-04-14"]),
    ],
)
def test_it_reads_short_years_abbreviated_months_and_chinese_numerals(
    text: str, language: str, expected: list[str]
) -> None:
    assert normalized_of_type("date", text, language=language) == expected


@pytest.mark.parametrize(
    "text", ["version 10.12.23 installée", "v1.02.24", "ratio 12/05/24/7", "à 10:30"]
)
def test_versions_and_times_are_not_short_dates(text: str) -> None:
    assert normalized_of_type("date", text, language="fr") == []


def test_non_latin_mailboxes_and_spaced_at_are_addresses() -> None:
    text = "Boîtes : 邮箱名@例子.example.com, maría@مثال-سوق.example.net et mitra [at] shop.example.org."
    assert normalized_of_type("email", text) == [
        normalize_email("邮箱名@例子.example.com"),
        normalize_email("maría@مثال-سوق.example.net"),
        "mitra@shop.example.org",
    ]
    assert normalized_of_type("domain", text) == []
    assert normalized_of_type("username", text) == []


def test_a_host_with_a_path_is_a_url_and_a_file_name_is_not() -> None:
    text = "Voir files.example.net/share/88/notes.txt et rapport.pdf/annexe."
    assert normalized_of_type("url", text) == ["http://files.example.net/share/88/notes.txt"]
    assert normalized_of_type("domain", text) == []
