"""Format families a third reading of the held-out letters asked for: each rule covers the whole
family, in every language where it exists, not one string (legal references, dates, versions)."""

import pytest

from rogatory.intake.identifiers import extract_identifiers
from rogatory.intake.tests.extraction import every_identifier, normalized_of_type, values_of_type


@pytest.mark.parametrize(
    ("text", "language", "reference"),
    [
        # Latin ordinals against the number, Dutch and Belgian inserted articles.
        (
            "Vu l'art. 46quater du Code d'instruction criminelle, je",
            "fr",
            "art. 46quater du Code d'instruction criminelle",
        ),
        ("Op grond van artikel 126nc Sv vorder ik", "nl", "artikel 126nc Sv"),
        ("conformément à l'article 615ter du code pénal.", "fr", "article 615ter du code pénal"),
        # Elided articles join a title's words.
        ("selon l'article 12 de l'Ordonnance du 3 mai", "fr", "article 12 de l'Ordonnance"),
        (
            "ai sensi dell'art. 254 del codice dell'amministrazione digitale, si",
            "it",
            "art. 254 del codice dell'amministrazione digitale",
        ),
        # An act's number with the legal order that issued it.
        (
            "under Article 3 of Directive (EU) 2023/1544 and",
            "en",
            "Article 3 of Directive (EU) 2023/1544",
        ),
        (
            "en vertu de l'article 9 du règlement (UE) n° 910/2014.",
            "fr",
            "article 9 du règlement (UE) n° 910/2014",
        ),
        (
            "pursuant to Article 15 of Directive 2002/58/EC.",
            "en",
            "Article 15 of Directive 2002/58/EC",
        ),
        # Words in brackets inside a title.
        (
            "Legal basis: section 3 of the Crime (International Co-operation) Act 2003\n",
            "en",
            "section 3 of the Crime (International Co-operation) Act 2003",
        ),
        # Polish, Czech and Ukrainian statutes in lower case, with their connectors.
        (
            "Na podstawie art. 218 kodeksu postępowania karnego wnoszę",
            "pl",
            "art. 218 kodeksu postępowania karnego",
        ),
        ("Podstawa: art. 180a ustawy o Policji\n", "pl", "art. 180a ustawy o Policji"),
        ("podle čl. 16 úmluvy o kyberkriminalitě,", "cs", "čl. 16 úmluvy o kyberkriminalitě"),
        ("відповідно до статті 159 кодексу\n", "uk", "статті 159 кодексу"),
        # Arabic laws named by their number and year.
        (
            "وفقا لأحكام المادة 9 من القانون رقم 63 لسنة 2015، نطلب",
            "ar",
            "المادة 9 من القانون رقم 63 لسنة 2015",
        ),
        (
            "السند: المادة 12 من المرسوم بقانون اتحادي رقم 5 لسنة 2012\n",
            "ar",
            "المادة 12 من المرسوم بقانون اتحادي رقم 5 لسنة 2012",
        ),
        # Devanagari titles before the section, with their year; one word and its kind.
        (
            "अतः भारतीय साक्ष्य अधिनियम, 2023 की धारा 63 के अंतर्गत",
            "hi",
            "भारतीय साक्ष्य अधिनियम, 2023 की धारा 63",
        ),
        ("आधार: बुडापेस्ट अभिसमय के अनुच्छेद 16\n", "hi", "बुडापेस्ट अभिसमय के अनुच्छेद 16"),
        ("यह अनुरोध बुडापेस्ट कन्वेंशन के अनुच्छेद 16 के तहत", "hi", "बुडापेस्ट कन्वेंशन के अनुच्छेद 16"),
        # Chinese inserted articles, Korean articles.
        ("依据《刑法》第二百五十三条之一的规定", "zh", "《刑法》第二百五十三条之一"),
        ("정보통신망법 제44조의7 제1항에 따라", "ko", "정보통신망법 제44조의7 제1항"),
    ],
)
def test_a_legal_reference_is_read_whole_in_its_family(
    text: str, language: str, reference: str
) -> None:
    assert values_of_type("legal_reference", text, language) == [reference]


def test_a_title_before_its_section_does_not_take_the_words_of_the_sentence() -> None:
    text = "यह अनुरोध सूचना प्रौद्योगिकी अधिनियम की धारा 43 के अधीन है।"
    assert values_of_type("legal_reference", text, "hi") == ["सूचना प्रौद्योगिकी अधिनियम की धारा 43"]


@pytest.mark.parametrize(
    ("text", "language", "iso"),
    [
        ("op 2 mei 2024 om 20:42 uur", "nl", "2024-05-02"),
        ("Data: 10 czerwca 2024\n", "pl", "2024-06-10"),
        ("Warszawa, dnia 6 października 2024 r.", "pl", "2024-10-06"),
        ("dne 3. května 2025", "cs", "2025-05-03"),
        ("від 14 березня 2024 року", "uk", "2024-03-14"),
        ("den 5 augusti 2025", "sv", "2025-08-05"),
        ("la 21 octombrie 2024", "ro", "2024-10-21"),
        ("12 Şubat 2025 tarihinde", "tr", "2025-02-12"),
        ("12 ŞUBAT 2025 TARİHİNDE", "tr", "2025-02-12"),
        ("στις 9 Μαΐου 2024", "el", "2024-05-09"),
        ("2024년 5월 3일 접속", "ko", "2024-05-03"),
        # The forms re.IGNORECASE also accepts for a letter are read as that letter.
        ("le 3 ſeptembre 2024", "fr", "2024-09-03"),
        ("3 NİSAN 2024", "tr", "2024-04-03"),
    ],
)
def test_a_date_with_its_month_named_is_read_in_more_languages(
    text: str, language: str, iso: str
) -> None:
    assert normalized_of_type("date", text, language) == [iso]


def test_a_short_date_with_its_time_is_not_a_broken_address() -> None:
    found = every_identifier("Gesendet: 27.12.24 08:55\n", "de")
    assert found == [("date", "27.12.24", "2024-12-27")]


def test_a_broken_address_is_still_reported_without_a_time_after_it() -> None:
    found = extract_identifiers("IP 198.51.100 23 le 3 mai", language="fr")
    assert [(f.type, f.flags) for f in found if f.type == "ipv4"] == [("ipv4", ("unrepaired",))]


@pytest.mark.parametrize(
    "text",
    [
        "met versie 5.1.4.27 geïnstalleerd",
        "z oprogramowaniem 5.1.7.86.",
        "wersji 4.2.0.11 aplikacji",
        "بإصدار 9.1.9.58.",
        "संस्करण 2.19.0.4 में",
        "got the update 3.5.6.37 working",
        "sürümü 10.2.1.5 yüklü",
    ],
)
def test_a_version_number_is_not_an_address_in_any_language(text: str) -> None:
    assert values_of_type("ipv4", text) == []


def test_an_initial_and_a_lower_case_abbreviation_are_not_a_host() -> None:
    assert values_of_type("domain", "L.dz. KR-118/25\n", "pl") == []
    assert values_of_type("domain", "see t.co for the link", "en") == ["t.co"]
