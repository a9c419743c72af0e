"""Handle and date families the tenth held-out corpus found missing, as general rules: Welsh,
Luxembourgish, Bosnian, Uzbek, Mongolian and Sinhala dates in the forms their letters write
(Welsh ordinal days and soft-mutated months after "o", "12fed o Fawrth 2025"; Luxembourgish "8.
Mäerz 2025"; Uzbek "2025-yil 12-mart"; Mongolian numbered months "2025 оны 3 дугаар сарын
12"; Sinhala year first, "2024 ජූලි 26"), the day's name before them, user-name and account
cue words in those languages, and a handle's own trailing "_" ("grey_heron_."). Every example
is made up for these tests (type, value as written, canonical form and span), negatives
included."""

import pytest

from rogatory.intake.tests.extraction import found_with_spans, spans_in_order

_TYPES = ("username", "date")


@pytest.mark.parametrize(
    ("text", "language", "region", "items"),
    [
        # Welsh: every ordinal ending, "o" before the mutated month, or no "o"; the day's name.
        pytest.param(
            "Ar y 1af o Ionawr 2025, y 3ydd o Dachwedd 2024 a'r 21ain o Ragfyr 2024", "cy", "GB",
            [("date", "1af o Ionawr 2025", "2025-01-01"),
             ("date", "3ydd o Dachwedd 2024", "2024-11-03"),
             ("date", "21ain o Ragfyr 2024", "2024-12-21")], id="cy ordinals mutated",
        ),
        pytest.param(
            "dyddiedig 2il o Fehefin 2025 ac 11eg o Orffennaf, 2024", "cy", "GB",
            [("date", "2il o Fehefin 2025", "2025-06-02"),
             ("date", "11eg o Orffennaf, 2024", "2024-07-11")], id="cy comma",
        ),
        pytest.param(
            "a dderbyniwyd dydd Llun, 3 Mawrth 2025 am 10:00", "cy", "GB",
            [("date", "dydd Llun, 3 Mawrth 2025", "2025-03-03")], id="cy weekday",
        ),
        # Luxembourgish without its diaeresis, and the day's name; Bosnian genitives.
        pytest.param(
            "Méindeg, 3. Abrell 2025 an den 12. Mee 2025", "lb", "LU",
            [("date", "Méindeg, 3. Abrell 2025", "2025-04-03"),
             ("date", "12. Mee 2025", "2025-05-12")], id="lb",
        ),
        pytest.param(
            "srijeda, 12. marta 2025. i 1. septembra 2024.", "bs", "BA",
            [("date", "srijeda, 12. marta 2025", "2025-03-12"),
             ("date", "1. septembra 2024", "2024-09-01")], id="bs weekday genitive",
        ),
        # Uzbek: "-yil", "yil", "y." and the Cyrillic "йил"; the case word outside.
        pytest.param(
            "2025-yil 1-sentabr, 2024 yil 5 dekabr va 2025 y. 3 fevral", "uz", "UZ",
            [("date", "2025-yil 1-sentabr", "2025-09-01"),
             ("date", "2024 yil 5 dekabr", "2024-12-05"),
             ("date", "2025 y. 3 fevral", "2025-02-03")], id="uz latin",
        ),
        pytest.param(
            "2025 йил 12 март куни", "uz", "UZ",
            [("date", "2025 йил 12 март", "2025-03-12")], id="uz cyrillic",
        ),
        # Mongolian: "-р", both ordinal endings, the month as an ordinal word; the case
        # ending and "өдөр" outside.
        pytest.param(
            "2025 оны 3-р сарын 12-ны өдөр, 2024 оны 11 дүгээр сарын 30-ны", "mn", "MN",
            [("date", "2025 оны 3-р сарын 12", "2025-03-12"),
             ("date", "2024 оны 11 дүгээр сарын 30", "2024-11-30")], id="mn numbered",
        ),
        pytest.param(
            "2025 оны гуравдугаар сарын 12, 2025 оны арван хоёрдугаар сарын 1-ний", "mn", "MN",
            [("date", "2025 оны гуравдугаар сарын 12", "2025-03-12"),
             ("date", "2025 оны арван хоёрдугаар сарын 1", "2025-12-01")], id="mn month words",
        ),
        # Sinhala year first, "වැනි දින" outside; April with its zero-width joiner.
        pytest.param(
            "2025 ජනවාරි 15 වැනි දින සහ 2024 දෙසැම්බර් 31 දින, 2025 අප්\u200dරේල් 3", "si", "LK",
            [("date", "2025 ජනවාරි 15", "2025-01-15"),
             ("date", "2024 දෙසැම්බර් 31", "2024-12-31"),
             ("date", "2025 අප්\u200dරේල් 3", "2025-04-03")], id="si year first",
        ),
        # A handle's trailing "_" is its own; a stop after it ends the sentence.
        pytest.param(
            "The suspects used grey_heron_. Another: dark__fox_ and x_y.", "en", "GB",
            [("username", "grey_heron_", "grey_heron_"),
             ("username", "dark__fox_", "dark__fox_"),
             ("username", "x_y", "x_y")], id="trailing underscore",
        ),
        pytest.param(
            "Benotzernumm: minett_kaz_ / URL", "lb", "LU",
            [("username", "minett_kaz_", "minett_kaz_")], id="lb cue trailing underscore",
        ),
        # Cue words: Welsh account, user name, nickname, pseudonym; Luxembourgish; Uzbek;
        # Mongolian; Sinhala; Bosnian plural.
        pytest.param(
            "ynghylch y cyfrif tylluan_wen6 (gwasg@example.org).", "cy", "GB",
            [("username", "tylluan_wen6", "tylluan_wen6")], id="cy account",
        ),
        pytest.param(
            "Enw defnyddiwr: tylluanwen\nllysenw “DraigGoch” a ffugenw @ysbryd", "cy", "GB",
            [("username", "tylluanwen", "tylluanwen"), ("username", "DraigGoch", "draiggoch"),
             ("username", "@ysbryd", "ysbryd")], id="cy cues",
        ),
        pytest.param(
            "Spëtznumm: Kazmatt99, Benotzer „Minett.Kaz“", "lb", "LU",
            [("username", "Kazmatt99", "kazmatt99"), ("username", "Minett.Kaz", "minett.kaz")],
            id="lb cues",
        ),
        pytest.param(
            "foydalanuvchi nomi qora_burgut7 bilan, taxallusi «QoraBurgut» va laqab Lochin.77",
            "uz", "UZ",
            [("username", "qora_burgut7", "qora_burgut7"),
             ("username", "QoraBurgut", "qoraburgut"), ("username", "Lochin.77", "lochin.77")],
            id="uz cues",
        ),
        pytest.param(
            "Хэрэглэгчийн нэр: steppe_wolf9", "mn", "MN",
            [("username", "steppe_wolf9", "steppe_wolf9")], id="mn cue",
        ),
        pytest.param(
            "පරිශීලක නාමය: nil_manel, අන්වර්ථ නාමය “Sinha.99”", "si", "LK",
            [("username", "nil_manel", "nil_manel"), ("username", "Sinha.99", "sinha.99")],
            id="si cues",
        ),
        pytest.param(
            "koristili su nadimke Vuk.77 i NocnaSova", "bs", "BA",
            [("username", "Vuk.77", "vuk.77"), ("username", "NocnaSova", "nocnasova")],
            id="bs plural nickname",
        ),
        # Negatives: no month 13, no 30 February, an ordinal without a month, a day's name
        # alone, a month without a day or a year, a key and a call.
        pytest.param(
            "2025 оны 13 дугаар сарын 5, 2025 оны 2 дугаар сарын 30", "mn", "MN", [],
            id="mn invalid",
        ),
        pytest.param(
            "5ed safle, dydd Mawrth, 3 o 5 2025, Mee 2025", "cy", "GB", [], id="cy no date",
        ),
        pytest.param("2025 ජූලි මාසයේ", "si", "LK", [], id="si month without day"),
        pytest.param(
            "user_id (int) and the function get_value(x)", "en", "GB", [], id="key and call",
        ),
    ],
)  # fmt: skip
def test_the_tenth_sets_handles_and_dates_are_read_exactly(
    text: str, language: str, region: str, items: list[tuple[str, str, str]]
) -> None:
    found = found_with_spans(text, _TYPES, language, region, normalized=True)
    assert found == spans_in_order(text, items)
