"""Date, case-number, legal-reference, handle and host families the sixth held-out corpus found
missing, as general rules: Lithuanian and Filipino months and date orders, request nouns and
quoted keys naming a case, register words after a number, Danish, Slovak, Lithuanian and
Tagalog citations, account words and linkers of the new languages. Every example is made up for
these tests."""

import pytest

from rogatory.intake.identifiers import extract_identifiers
from rogatory.intake.tests.extraction import (
    every_identifier,
    normalized_of_type,
    values_of_type,
)


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        # Lithuanian: the year, "m.", the month's genitive and the day; "d." stays outside.
        ("Vilnius, 2023 m. vasario 7 d.", "lt", "LT", [("2023 m. vasario 7", "2023-02-07")]),
        ("iki 2022 m. gruodžio 31 d. saugomi", "lt", "LT", [("2022 m. gruodžio 31", "2022-12-31")]),
        # Filipino months, month first.
        ("Lungsod Quezon, Pebrero 3, 2023", "tl", "PH", [("Pebrero 3, 2023", "2023-02-03")]),
        ("bago ang Setyembre 14, 2022.", "tl", "PH", [("Setyembre 14, 2022", "2022-09-14")]),
        # Filipino numeric dates are month first, whatever else the letter holds.
        ("Petsa: 05/04/2023", "tl", "PH", [("05/04/2023", "2023-05-04")]),
        ("Petsa: 05/04/2023", "tl", None, [("05/04/2023", "2023-05-04")]),
        # Danish numeric dates are day first.
        ("Dato: 05.04.2023", "da", "DK", [("05.04.2023", "2023-04-05")]),
    ],
)
def test_the_new_languages_dates_are_read(
    text: str, language: str, region: str | None, expected: list[tuple[str, str]]
) -> None:
    found = [
        (f.value, f.normalized, f.flags)
        for f in extract_identifiers(text, language=language, default_region=region)
        if f.type == "date"
    ]
    assert found == [(value, iso, ()) for value, iso in expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # A request's own number after the noun naming it, in each language.
        ("Re: your request ABC-1234-23 dated 2 May 2023", "en", "ABC-1234-23"),
        ("Asunto: su requerimiento 2023-123456 de 4-5-2023", "es", "2023-123456"),
        ("Betreff: Ihr Ersuchen 12 Gs 345/23 vom 02.05.2023", "de", "12 Gs 345/23"),
        ("Vedr.: jeres anmodning 1200-12345-67890-23 af 2/5 2023", "da", "1200-12345-67890-23"),
        ("Vec: Vaša žiadosť Pv 123/23/4567 zo dňa 02.05.2023", "sk", "Pv 123/23/4567"),
        ("Dotyczy: Państwa wystąpienia III K 12/23 z dnia 02.05.2023", "pl", "III K 12/23"),
        ("Paksa: ang inyong kahilingan ABC-1234-2023 na may petsang", "tl", "ABC-1234-2023"),
        ("विषय: आपका अनुरोध 1234/2023 दिनांक", "hi", "1234/2023"),
        # Labels of the new languages.
        ("RYKKER — J.nr. 1200-12345-67890-23", "da", "1200-12345-67890-23"),
        ("(j.nr. AB-1234/2023) vedrørende", "da", "AB-1234/2023"),
        ("URGENCIA — ČVS: ORP-123/4-VYS-KE-2023", "sk", "ORP-123/4-VYS-KE-2023"),
        ("ČVS: 4T 56/2023", "sk", "4T 56/2023"),
        ("(Blg. R-ABC-23-12345-CR) tungkol sa", "tl", "R-ABC-23-12345-CR"),
        ("एफ़आईआर सं. 123/2023/साइबर", "hi", "123/2023/साइबर"),
        ("(सं. AB12345672023C1234) अब तक", "hi", "AB12345672023C1234"),
        # A bracketed reference after the request it numbers.
        ("Our request of 2 May 2023 (ref. 12AB3456789) concerning", "en", "12AB3456789"),
        ("nuestra solicitud de 3 de mayo (n.º XY 1234/2023) relativa", "es", "XY 1234/2023"),
        # Poland's prosecution register keeps its stop; Turkey's and Arab courts' registers
        # follow the number.
        ("sygn. akt PR 3 Ds. 1234.2023", "pl", "PR 3 Ds. 1234.2023"),
        ("Soruşturma No: 2023/456 Esas", "tr", "2023/456 Esas"),
        ("30.09.2023 tarihli 2023/7890 Soruşturma sayılı talebiniz", "tr", "2023/7890 Soruşturma"),
        ("الموضوع: طلبكم رقم 123/2023 جزاء بتاريخ", "ar", "123/2023 جزاء"),
    ],
)
def test_request_nouns_and_the_new_labels_name_a_case_number(
    text: str, language: str, expected: str
) -> None:
    assert values_of_type("case_reference", text, language) == [expected]


def test_a_quoted_key_names_a_case_number_and_a_handle() -> None:
    text = '{\n  "request_id": "LE-123456",\n  "case": "AB 23/45678",\n  "username": "owl_77"\n}'
    assert every_identifier(text, "en") == [
        ("case_reference", "AB 23/45678", "AB 23/45678"),
        ("username", "owl_77", "owl_77"),
    ]


def test_a_quoted_account_key_needs_a_name_not_a_bank_number() -> None:
    assert values_of_type("username", '"account": "12345678"', "en") == []
    assert values_of_type("username", '"account": "reed.7"', "en") == ["reed.7"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # A court's number and seat: a few digits and no joiner.
        ("JUZGADO DE INSTRUCCIÓN N.º 3 DE VALLEVERDE", "es"),
        # A law's number after "n.º" outside brackets.
        ("nos termos da Lei n.º 109/2009.", "pt"),
        # The date of a request after its noun.
        ("Fecha de la solicitud: 12/05/2023", "es"),
        # A stopped label is read by the label's pass, not as a register.
        ("Betreff: FW: Az. ST/1234567/2023", "de"),
        # A model's reference in running text.
        ("The handset (model ref. X50-743) ran", "en"),
    ],
)
def test_numbers_that_are_no_case_references_stay_out(text: str, language: str) -> None:
    found = {(f.type, f.value) for f in extract_identifiers(text, language=language)}
    assert ("case_reference", "3 DE VALLEVERDE") not in found
    assert ("case_reference", "109/2009") not in found
    assert ("case_reference", "12/05/2023") not in found
    assert ("case_reference", "Az. ST/1234567/2023") not in found
    assert ("case_reference", "X50-743") not in found


def test_the_fw_subjects_labelled_reference_is_the_number_alone() -> None:
    assert values_of_type("case_reference", "Betreff: FW: Az. ST/1234567/2023\n", "de") == [
        "ST/1234567/2023"
    ]


def test_a_request_date_after_its_noun_is_a_date() -> None:
    assert every_identifier("Fecha de la solicitud: 12/05/2023", "es") == [
        ("date", "12/05/2023", "2023-05-12")
    ]


def test_a_danish_case_label_written_like_a_host_is_no_domain() -> None:
    assert normalized_of_type("domain", "(j.nr. AB-1234/2023) og x.dk", "da") == ["x.dk"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("efter retsplejelovens § 804, navnlig", "da", "retsplejelovens § 804"),
        ("jf. straffeprosessloven § 210 første ledd", "no", "straffeprosessloven § 210"),
        ("Bemærkning: § 780, stk. 1, i retsplejeloven", "da", "§ 780, stk. 1, i retsplejeloven"),
        ("efter artikel 29 i konventionen om it-kriminalitet og skal", "da",
         "artikel 29 i konventionen om it-kriminalitet"),
        ("podľa § 116 ods. 2 Trestného poriadku, najmä", "sk", "§ 116 ods. 2 Trestného poriadku"),
        ("podľa § 90 ods. 1 písm. c) Trestného poriadku a", "sk",
         "§ 90 ods. 1 písm. c) Trestného poriadku"),
        ("jf. straffelovens § 263, stk. 1, nr. 3, og", "da", "straffelovens § 263, stk. 1, nr. 3"),
        ("pagal Lietuvos Respublikos baudžiamojo proceso kodekso 154 straipsnį", "lt",
         "Lietuvos Respublikos baudžiamojo proceso kodekso 154 straipsnį"),
        ("pagal BPK 154 straipsnio 2 dalį, ypač", "lt", "BPK 154 straipsnio 2 dalį"),
        ("pateiktas pagal Baudžiamojo kodekso 166 straipsnį ir", "lt",
         "Baudžiamojo kodekso 166 straipsnį"),
        ("Pagal Baudžiamojo proceso kodekso 66 straipsnio 1 dalies 2 punktą", "lt",
         "Baudžiamojo proceso kodekso 66 straipsnio 1 dalies 2 punktą"),
        ("žr. Konvencijos dėl elektroninių nusikaltimų 29 straipsnį", "lt",
         "Konvencijos dėl elektroninių nusikaltimų 29 straipsnį"),
        ("alinsunod sa Artikulo 29 ng Kumbensiyon ng Budapest, lalo na", "tl",
         "Artikulo 29 ng Kumbensiyon ng Budapest"),
        ("batay sa Seksyon 12 ng Batas Republika Blg. 10173 at", "tl",
         "Seksyon 12 ng Batas Republika Blg. 10173"),
        ("tingnan Seksyon 4(b)(3) ng Republic Act No. 10173", "tl",
         "Seksyon 4(b)(3) ng Republic Act No. 10173"),
        ("कृपया साइबर अपराध अभिसमय का अनुच्छेद 29 के अंतर्गत", "hi", "साइबर अपराध अभिसमय का अनुच्छेद 29"),
    ],
)  # fmt: skip
def test_the_new_languages_citations_are_read_whole(
    text: str, language: str, expected: str
) -> None:
    assert values_of_type("legal_reference", text, language) == [expected]
    # An act's number inside a citation is no case number.
    assert normalized_of_type("case_reference", text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("vedrørende kontoen hav_orn er fortsat", "da", ["hav_orn"]),
        ("dėl paskyros gandras_5 iki šiol", "lt", ["gandras_5"]),
        ("tungkol sa account na tarsier_21 ay hindi", "tl", ["tarsier_21"]),
        ("martı_7 hesabına ilişkin talebimiz", "tr", ["martı_7"]),
        ("涉及账号baiyun_3，至今未获答复。", "zh", ["baiyun_3"]),
        ("акк. @лесной_кот → письма", "ru", ["лесной_кот"]),
        # A list item that a colon closes is the next field's label.
        ("Account: @stone_owl / E-mail: a@example.com", "en", ["stone_owl"]),
        ("Hesap: @gri_at / E-posta: a@example.com", "tr", ["gri_at"]),
    ],
)
def test_the_new_languages_account_words_and_linkers_name_handles(
    text: str, language: str, expected: list[str]
) -> None:
    assert normalized_of_type("username", text, language) == expected


def test_a_han_cue_reads_no_bank_number_or_bare_word_as_a_handle() -> None:
    assert normalized_of_type("username", "账号abcdef，", "zh") == []
    assert normalized_of_type("username", "账户62220202，", "zh") == []


def test_a_handle_is_written_in_one_alphabet() -> None:
    assert values_of_type("username", "@лесной_кот и @wolf_серый", "ru") == ["@лесной_кот"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ドメイン名: すし屋.example\n", [("domain", "すし屋.example", "xn--68jd5684a.example")]),
        (
            "メール: kumo_7@お茶.example.org",
            [("email", "kumo_7@お茶.example.org", "kumo_7@xn--t8jy01w.example.org")],
        ),
        (
            "ウェブサイト: https://お茶.example.com/a/1",
            [("url", "https://お茶.example.com/a/1", "https://xn--t8jy01w.example.com/a/1")],
        ),
        # A particle before an ideograph is the sentence's, not the start of a host.
        ("こちらの店.example.comで", []),
        ("ドメインは夜桜.example.comです", []),
    ],
)
def test_hiragana_opens_a_japanese_hosts_first_label(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert every_identifier(text, "ja", "JP") == expected


def test_a_han_and_digit_local_part_before_an_ideographic_host_is_one_mailbox() -> None:
    text = "电子邮箱: 王芳88@示例邮件.example.net\n"
    found = [f for f in extract_identifiers(text, language="zh") if f.type == "email"]
    assert [(f.value, f.normalized, f.start, f.end, f.flags) for f in found] == [
        ("王芳88@示例邮件.example.net", "王芳88@xn--5nqyn608hhvt.example.net", 6, 27, ())
    ]


def test_digits_before_an_ascii_host_are_the_mailbox_and_the_ideographs_a_cue() -> None:
    assert values_of_type("email", "邮箱12345678@example.com", "zh") == ["12345678@example.com"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("피의자는 https://shop.example.org/을 통해", "https://shop.example.org/"),
        ("링크 hxxps://shop.example[dot]org/a/를 보냈다", "hxxps://shop.example[dot]org/a/"),
        # A path may go on in Hangul after the slash.
        ("https://shop.example.org/이벤트 참고", "https://shop.example.org/이벤트"),
    ],
)
def test_a_korean_particle_after_a_urls_closing_slash_is_the_sentences(
    text: str, expected: str
) -> None:
    assert values_of_type("url", text, "ko", "KR") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "We received your request 10:30 today.",
        "la solicitud 15:45-16:30 del martes",
        "the matter 12 345 euros",
    ],
)
def test_a_time_or_an_amount_after_a_bare_noun_is_no_case_number(text: str) -> None:
    assert values_of_type("case_reference", text, "en", "GB") == []
