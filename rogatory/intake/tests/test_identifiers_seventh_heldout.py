"""Case-number, date, phone, legal-reference and handle families the seventh held-out corpus
found missing, as general rules: columns a status table heads as ours or theirs, the new
languages' case labels and INI keys, register shapes (Brazilian IPL, Italian R.G.N.R.,
Azerbaijani court and "saylı" numbers), Estonian, Latvian, Croatian, Slovenian and Azerbaijani
months, Estonia's seven-digit phones, codes named after the article, user-name keys and the
verbs of calling oneself. Every example is made up for these tests (exact type, value as
written, canonical form and span), negatives included."""

import pytest

from rogatory.intake.identifiers import extract_identifiers


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        pytest.param(
            "Nr.  Vår ref.  Deres ref.     Mottatt     Identifikator\n===  ========  =============  ==========  ===========\n1    10000001  123/2023 R.G.N.R.  01.02.2023  fjellrev42\n\nSpørsmål",
            "nb",
            "NO",
            [
                ("case_reference", "10000001", "10000001", 115, 123),
                ("case_reference", "123/2023 R.G.N.R.", "123/2023 R.G.N.R.", 125, 142),
                ("date", "01.02.2023", "2023-02-01", 144, 154),
                ("username", "fjellrev42", "fjellrev42", 156, 166),
            ],
            id="status table: our and their columns, identifier column handle",
        ),
        pytest.param(
            "N°   Notre réf.    Votre réf.    Reçue le\n──   ───────────   ───────────   ──────────\n1    23000111222   AB-12/2023    12/09/2023\n",
            "fr",
            "FR",
            [
                ("case_reference", "23000111222", "23000111222", 91, 102),
                ("case_reference", "AB-12/2023", "AB-12/2023", 105, 115),
                ("date", "12/09/2023", "2023-09-12", 119, 129),
            ],
            id="status table: French headings",
        ),
        pytest.param(
            "Date        Amount      Reference\n==========  ==========  ==========\n01.02.2023  1 250,00    12345678\n",
            "en",
            "GB",
            [("date", "01.02.2023", "2023-02-01", 69, 79)],
            id="a bank's bare Reference column names no case",
        ),
        pytest.param(
            "anmeldelse nr. 10000002, forhold etter straffeloven § 371.",
            "nb",
            "NO",
            [
                ("case_reference", "10000002", "10000002", 15, 23),
                ("legal_reference", "straffeloven § 371", "straffeloven § 371", 39, 57),
            ],
            id="Norwegian police report number",
        ),
        pytest.param(
            "[nõue]\ntoimiku_nr = 23230000001\n",
            "et",
            "EE",
            [("case_reference", "23230000001", "23230000001", 20, 31)],
            id="Estonian INI key",
        ),
        pytest.param(
            "Kohtuasi nr 1-23-45/6, määrus tehtud 8. oktoobril 2023",
            "et",
            "EE",
            [
                ("case_reference", "1-23-45/6", "1-23-45/6", 12, 21),
                ("date", "8. oktoobril 2023", "2023-10-08", 37, 54),
            ],
            id="Estonian court case and adessive month",
        ),
        pytest.param(
            "Opr. št. I Kpd 12345/2023, izdano 10. septembra 2023",
            "sl",
            "SI",
            [
                ("case_reference", "I Kpd 12345/2023", "I Kpd 12345/2023", 9, 25),
                ("date", "10. septembra 2023", "2023-09-10", 34, 52),
            ],
            id="Slovenian court file number and genitive month",
        ),
        pytest.param(
            "İş № 1(101)-1234/2023, qərar 21 avqust 2023-ci il tarixində",
            "az",
            "AZ",
            [
                ("case_reference", "1(101)-1234/2023", "1(101)-1234/2023", 5, 21),
                ("date", "21 avqust 2023", "2023-08-21", 29, 43),
            ],
            id="Azerbaijani court number and month",
        ),
        pytest.param(
            "ekran görüntüləri 230000123 saylı cinayət işinə əlavə olunub",
            "az",
            "AZ",
            [("case_reference", "230000123", "230000123", 18, 27)],
            id="Azerbaijani number before saylı",
        ),
        pytest.param(
            "A investigação tramita como IPL 1234/2023-SR/PF/SP.",
            "pt",
            "BR",
            [("case_reference", "IPL 1234/2023-SR/PF/SP", "IPL 1234/2023-SR/PF/SP", 28, 50)],
            id="Brazilian IPL shape",
        ),
        pytest.param(
            "Rif. UIF: R.G.N.R. 1234/2023",
            "it",
            "IT",
            [("case_reference", "R.G.N.R. 1234/2023", "R.G.N.R. 1234/2023", 10, 28)],
            id="Italian register before the number",
        ),
        pytest.param(
            "Interni broj: REQ-123456",
            "hr",
            "HR",
            [],
            id="a bank's internal number is no case",
        ),
        pytest.param(
            "telefonski broj 091 234 5678.",
            "hr",
            "HR",
            [("phone", "091 234 5678", "+385912345678", 16, 28)],
            id="Croatian phone word keeps a phone from the case label",
        ),
        pytest.param(
            "helistage numbril 612 3456.",
            "et",
            "EE",
            [("phone", "612 3456", "+3726123456", 18, 26)],
            id="Estonian seven-digit phone",
        ),
        pytest.param(
            "mottatt 12345678 kroner",
            "nb",
            "NO",
            [],
            id="a bare number with no label is nothing",
        ),
        pytest.param(
            "Rīgā, 2023. gada 7. janvārī",
            "lv",
            "LV",
            [("date", "2023. gada 7. janvārī", "2023-01-07", 6, 27)],
            id="Latvian year-first date",
        ),
        pytest.param(
            "U Zagrebu, 21. ožujka 2023.",
            "hr",
            "HR",
            [("date", "21. ožujka 2023", "2023-03-21", 11, 26)],
            id="Croatian genitive month, ordinal stop outside",
        ),
        pytest.param(
            "Bakı, 10 aprel 2023-cü il",
            "az",
            "AZ",
            [("date", "10 aprel 2023", "2023-04-10", 6, 19)],
            id="Azerbaijani -cü il outside",
        ),
        pytest.param(
            "saskaņā ar Kriminālprocesa likuma 192. pantu.",
            "lv",
            "LV",
            [
                (
                    "legal_reference",
                    "Kriminālprocesa likuma 192. pantu",
                    "Kriminālprocesa likuma 192. pantu",
                    11,
                    44,
                )
            ],
            id="Latvian code before the article",
        ),
        pytest.param(
            "na temelju članka 339.a Zakona o kaznenom postupku, a postoje",
            "hr",
            "HR",
            [
                (
                    "legal_reference",
                    "članka 339.a Zakona o kaznenom postupku",
                    "članka 339.a Zakona o kaznenom postupku",
                    11,
                    50,
                )
            ],
            id="Croatian article with the act after it",
        ),
        pytest.param(
            "kazneno djelo iz čl. 236. st. 2. KZ-a.",
            "hr",
            "HR",
            [("legal_reference", "čl. 236. st. 2. KZ-a", "čl. 236. st. 2. KZ-a", 17, 37)],
            id="Croatian article, paragraph and abbreviated code",
        ),
        pytest.param(
            "na podlagi 149.c člena ZKP.",
            "sl",
            "SI",
            [("legal_reference", "149.c člena ZKP", "149.c člena ZKP", 11, 26)],
            id="Slovenian number before člen",
        ),
        pytest.param(
            "Vəsatət CPM-in 242-ci maddəsinə əsasən verilib.",
            "az",
            "AZ",
            [("legal_reference", "CPM-in 242-ci maddəsinə", "CPM-in 242-ci maddəsinə", 8, 31)],
            id="Azerbaijani abbreviated code and ordinal",
        ),
        pytest.param(
            "Taotlus on esitatud KrMS § 90 alusel.",
            "et",
            "EE",
            [("legal_reference", "KrMS § 90", "KrMS § 90", 20, 29)],
            id="Estonian code abbreviation before the section",
        ),
        pytest.param(
            "med hjemmel i straffeprosessloven § 216 b. Forholdet",
            "nb",
            "NO",
            [
                (
                    "legal_reference",
                    "straffeprosessloven § 216 b",
                    "straffeprosessloven § 216 b",
                    14,
                    41,
                )
            ],
            id="Norwegian section letter",
        ),
        pytest.param(
            "an offence contrary to s. 2 of the Fraud Act 2006.",
            "en",
            "GB",
            [
                (
                    "legal_reference",
                    "s. 2 of the Fraud Act 2006",
                    "s. 2 of the Fraud Act 2006",
                    23,
                    49,
                )
            ],
            id="United Kingdom section of an Act",
        ),
        pytest.param(
            "en application de l'art. 694-4 du CPP. Les faits",
            "fr",
            "FR",
            [("legal_reference", "art. 694-4 du CPP", "art. 694-4 du CPP", 20, 37)],
            id="a new sentence ends the code's abbreviation",
        ),
        pytest.param(
            "[abonnent]\nbrukernavn = fjellrev_17\n",
            "nb",
            "NO",
            [("username", "fjellrev_17", "fjellrev_17", 24, 35)],
            id="Norwegian INI user-name key",
        ),
        pytest.param(
            "fra en som kalte seg\n«fjellrev_780». dem sa",
            "nb",
            "NO",
            [("username", "fjellrev_780", "fjellrev_780", 22, 34)],
            id="calling oneself, hard-wrapped before the quote",
        ),
        pytest.param(
            "Yazışma: Filankəs ( @şirvan_gecə47, +994 50 123 45 67)",
            "az",
            "AZ",
            [
                ("username", "@şirvan_gecə47", "şirvan_gecə47", 20, 34),
                ("phone", "+994 50 123 45 67", "+994501234567", 36, 53),
            ],
            id="Azerbaijani handle with diacritics",
        ),
        pytest.param(
            "聊天对象：张三（@李四_深圳，+8613800000000）",
            "zh",
            "CN",
            [("username", "@李四_深圳", "李四_深圳", 8, 14)],
            id="Chinese handle closed by punctuation",
        ),
        pytest.param(
            "racun HR1210010051863000160 i račun »zmaj_42« je blokiran",
            "hr",
            "HR",
            [
                ("iban", "HR1210010051863000160", "HR1210010051863000160", 6, 27),
                ("username", "zmaj_42", "zmaj_42", 37, 44),
            ],
            id="Croatian account word: bank account stays an IBAN, quoted handle read",
        ),
    ],
)
def test_the_seventh_sets_families_are_read_exactly(
    text: str,
    language: str,
    region: str,
    expected: list[tuple[str, str, str, int, int]],
) -> None:
    found = [
        (f.type, f.value, f.normalized, f.start, f.end)
        for f in extract_identifiers(text, language=language, default_region=region)
    ]
    assert found == expected
