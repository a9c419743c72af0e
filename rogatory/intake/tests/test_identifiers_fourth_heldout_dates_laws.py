"""Date, legal-reference, phone, host and IBAN families the fourth held-out corpus found missing,
in the languages that write them: written dates in sixteen languages' month names, the Thai
Buddhist Era and the Solar Hijri calendar, national citation forms of articles and codes, numbers
running into the date after them, hosts in Thai, Tamil and Hebrew, Iranian IBANs. Every example
is made up for these tests."""

import pytest

from rogatory.intake.tests.extraction import (
    every_identifier,
    normalized_of_type,
    written_and_normalized_of_type,
)


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        ("Hà Nội, ngày 15 tháng 6 năm 2023", "vi", "VN", "2023-06-15"),
        ("Kuala Terap, 2 Ogos 2023", "ms", "MY", "2023-08-02"),
        ("நாள்: 11 மார்ச் 2023", "ta", "IN", "2023-03-11"),
        ("مورخہ 8 اکتوبر 2023ء", "ur", "PK", "2023-10-08"),
        ("تاریخ: ۱۲ سپتامبر ۲۰۲۳", "fa", "IR", "2023-09-12"),
        ("ביום 3 בספטמבר 2023 בשעה 10:00", "he", "IL", "2023-09-03"),
        ("Нови Сад, 14. фебруара 2023. године", "sr", "RS", "2023-02-14"),
        ("Beograd, 14. februara 2023.", "sr", "RS", "2023-02-14"),
        ("V Kolíně dne 5. 6. 2023", "cs", "CZ", "2023-06-05"),
        ("Датум: 3. 11. 2023", "sr", "RS", "2023-11-03"),
        ("Kelt: 2023. október 9.", "hu", "HU", "2023-10-09"),
        ("Kelt: 2023. 10. 09", "hu", "HU", "2023-10-09"),
        ("Borås den 3/2 2023", "sv", "SE", "2023-02-03"),
        ("acceso el 04-abr-2023 a las 10:12", "es", "CO", "2023-04-04"),
        ("login on 09-Jan-2023 at 10:12", "en", "ZA", "2023-01-09"),
    ],
)
def test_a_written_date_is_read_in_each_language(
    text: str, language: str, region: str, expected: str
) -> None:
    assert normalized_of_type("date", text, language, region) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ลงวันที่ 3 มีนาคม พ.ศ. 2566", "2023-03-03"),
        ("วันศุกร์ที่ 3 มีนาคม 2566", "2023-03-03"),
        ("เมื่อวันที่ 12/11/2566 เวลา 10:15", "2023-11-12"),
        ("บันทึก ณ 9 ก.ย. 66", "2023-09-09"),
        ("issued 3 March 2023 (ค.ศ.)", "2023-03-03"),
    ],
)
def test_a_thai_buddhist_era_year_is_read_as_its_common_era_year(text: str, expected: str) -> None:
    assert normalized_of_type("date", text, "th", "TH") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nowruz: 1 Farvardin 1403 fell on 20 March 2024, 1 Farvardin 1404 on 21 March 2025;
        # 1403 was a leap year, so 30 Esfand 1403 was 20 March 2025.
        ("تاریخ: ۱ فروردین ۱۴۰۳", "2024-03-20"),
        ("تاریخ: ۱ فروردین ۱۴۰۴", "2025-03-21"),
        ("تاریخ: ۱۴۰۳/۱۲/۳۰", "2025-03-20"),
        ("شنبه ۱۰ دی ۱۴۰۲", "2023-12-31"),
    ],
)
def test_a_solar_hijri_date_is_read_as_its_gregorian_date(text: str, expected: str) -> None:
    assert normalized_of_type("date", text, "fa", "IR") == [expected]


def test_a_numeric_afghan_date_is_solar_hijri_whatever_the_language() -> None:
    assert normalized_of_type("date", "Kabul, 1402/10/10", "en", "AF") == ["2023-12-31"]


def test_a_numeric_date_of_another_country_in_the_same_years_stays_gregorian() -> None:
    assert normalized_of_type("date", "Archive dated 1403/01/01", "en", "GB") == ["1403-01-01"]


def test_an_impossible_solar_hijri_day_is_no_date() -> None:
    assert normalized_of_type("date", "تاریخ: ۳۱ اسفند ۱۴۰۲", "fa", "IR") == []


def test_a_letters_unambiguous_dates_decide_its_ambiguous_ones() -> None:
    # A Philippine letter's custom is month first, but this table writes the day first.
    text = "| 1 | 15/03/2023 – 04/05/2023 |"
    assert normalized_of_type("date", text, "en", "PH") == ["2023-03-15", "2023-05-04"]


def test_an_ambiguous_date_alone_keeps_the_countrys_custom() -> None:
    assert normalized_of_type("date", "seen on 04/05/2023", "en", "PH") == ["2023-04-05"]


def test_a_hebrew_short_date_without_leading_zeros_is_read_but_not_a_version() -> None:
    assert normalized_of_type("date", "תאריך: 7.4.23", "he", "IL") == ["2023-04-07"]
    assert normalized_of_type("date", "גרסה 3.1.22 של היישום", "he", "IL") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Podle § 158 odst. 3 trestního řádu žádáme", "cs", "§ 158 odst. 3 trestního řádu"),
        ("a čl. 7 nařízení (EU) 2016/679 se", "cs", "čl. 7 nařízení (EU) 2016/679"),
        (
            "на основу члана 225 Законика о кривичном поступку и",
            "sr",
            "члана 225 Законика о кривичном поступку",
        ),
        ("члана 141 Кривичног законика.", "sr", "члана 141 Кривичног законика"),
        ("κατά το άρθρο 370Β του Ποινικού Κώδικα και", "el", "άρθρο 370Β του Ποινικού Κώδικα"),
        (
            "το άρθρο 4 του Κανονισμού (ΕΕ) 2016/679.",
            "el",
            "άρθρο 4 του Κανονισμού (ΕΕ) 2016/679",
        ),
        ("A Btk. 219. § (1) bekezdés alapján", "hu", "Btk. 219. § (1) bekezdés"),
        ("a Be. 315. § szerint", "hu", "Be. 315. §"),
        (
            "az Európai Emberi Jogi Egyezmény 8. cikke alapján",
            "hu",
            "Európai Emberi Jogi Egyezmény 8. cikke",
        ),
        ("Enligt 2 kap. 8 § brottsbalken och", "sv", "2 kap. 8 § brottsbalken"),
        (
            "med stöd av 5 § lagen (2000:562) om internationell rättslig hjälp i brottmål.",
            "sv",
            "5 § lagen (2000:562) om internationell rättslig hjälp i brottmål",
        ),
        ("enligt artikel 16 i Europakonventionen.", "sv", "artikel 16 i Europakonventionen"),
        (
            "theo điểm b khoản 1 Điều 289 Bộ luật Hình sự năm 2015;",
            "vi",
            "điểm b khoản 1 Điều 289 Bộ luật Hình sự năm 2015",
        ),
        (
            "Căn cứ Điều 13 Luật Giao dịch điện tử và",
            "vi",
            "Điều 13 Luật Giao dịch điện tử",
        ),
        (
            "ตามมาตรา 5 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 ขอให้",
            "th",
            "มาตรา 5 แห่งพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
        ),
        ("ประกอบมาตรา 264 แห่งประมวลกฎหมายอาญา", "th", "มาตรา 264 แห่งประมวลกฎหมายอาญา"),
        (
            "எனவே இந்திய தண்டனைச் சட்டம் பிரிவு 420-இன் கீழ்",
            "ta",
            "இந்திய தண்டனைச் சட்டம் பிரிவு 420",
        ),
        (
            "مجموعہ ضابطہ فوجداری کی دفعہ 161 کے تحت",
            "ur",
            "مجموعہ ضابطہ فوجداری کی دفعہ 161",
        ),
        ("به استناد ماده ۲۵ قانون جرائم رایانه‌ای، خواهشمند", "fa", "ماده ۲۵ قانون جرائم رایانه‌ای"),
        ("לפי סעיף 7(א) לחוק המחשבים,", "he", "סעיף 7(א) לחוק המחשבים"),
        (
            "ובסעיף 32 לפקודת סדר הדין הפלילי (מעצר וחיפוש) נקבע",
            "he",
            "סעיף 32 לפקודת סדר הדין הפלילי (מעצר וחיפוש)",
        ),
        (
            "di bawah seksyen 211 Akta Komunikasi dan Multimedia 1998,",
            "ms",
            "seksyen 211 Akta Komunikasi dan Multimedia 1998",
        ),
        ("seksyen 416 Kanun Keseksaan.", "ms", "seksyen 416 Kanun Keseksaan"),
        (
            "under section 3 of the Electronic Communications Act 25 of 2002.",
            "en",
            "section 3 of the Electronic Communications Act 25 of 2002",
        ),
        ("under Section 4 of R.A. No. 10173.", "en", "Section 4 of R.A. No. 10173"),
        ("conforme a la Ley 1581 de 2012 y", "es", "Ley 1581 de 2012"),
        ("según la Ley 25.326, se", "es", "Ley 25.326"),
        (
            "el artículo 211 bis 2 del Código Penal Federal.",
            "es",
            "artículo 211 bis 2 del Código Penal Federal",
        ),
    ],
)
def test_a_legal_reference_is_read_in_its_national_citation_form(
    text: str, language: str, expected: str
) -> None:
    assert normalized_of_type("legal_reference", text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "conforme al artículo 197 del Código Penal y en el artículo 18 de la Constitución",
            ["artículo 197 del Código Penal", "artículo 18 de la Constitución"],
        ),
        (
            "vu l'article 323-1 du Code pénal et l'article 16 de la Convention",
            ["article 323-1 du Code pénal", "article 16 de la Convention"],
        ),
        (
            "article L. 32-3 du code des postes et des communications électroniques.",
            ["article L. 32-3 du code des postes et des communications électroniques"],
        ),
    ],
)
def test_a_conjunction_ends_a_title_unless_the_title_goes_on_after_it(
    text: str, expected: list[str]
) -> None:
    assert normalized_of_type("legal_reference", text) == expected


def test_a_reference_keeps_the_digits_its_text_writes() -> None:
    found = written_and_normalized_of_type("legal_reference", "ماده ۷۵۳ قانون مجازات اسلامی،", "fa")
    assert found == [("ماده ۷۵۳ قانون مجازات اسلامی", "ماده ۷۵۳ قانون مجازات اسلامی")]


def test_a_phone_number_ends_where_the_date_after_it_begins() -> None:
    found = every_identifier("FAX FROM: +44 20 7946 0958 12/03/2024 10:15 P.01/02", "en", "GB")
    assert found == [
        ("phone", "+44 20 7946 0958", "+442079460958"),
        ("date", "12/03/2024", "2024-03-12"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("โดเมน ตลาดนัด.example.com ถูกใช้", "th", "xn--l3cabr2dxde.example.com"),
        ("டொமைன் சந்தை.example.org பதிவு", "ta", "xn--hlcul3kxa.example.org"),
    ],
)
def test_a_host_with_thai_or_tamil_labels_is_a_domain(
    text: str, language: str, expected: str
) -> None:
    assert normalized_of_type("domain", text, language) == [expected]


def test_an_address_at_a_hebrew_host_is_an_email() -> None:
    assert normalized_of_type("email", 'דוא"ל: info@שוק.example', "he", "IL") == [
        "info@xn--9db0be.example"
    ]


def test_a_word_before_a_spaced_mention_is_not_an_email_local_part() -> None:
    assert normalized_of_type("email", "налог корисника @pero.example је", "sr", "RS") == []


def test_an_iranian_iban_is_found_with_its_registry_length() -> None:
    text = "شماره شبا: IR16 0120 0000 0000 1234 5678 90"
    assert normalized_of_type("iban", text, "fa", "IR") == ["IR160120000000001234567890"]
