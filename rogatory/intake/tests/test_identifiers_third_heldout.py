"""Format families a third held-out corpus found missing, each in every language that writes it:
handles after an account word and the word saying it is the one targeted, abbreviations that
are not handles, handles in other scripts' digits kept as written."""

import pytest

from rogatory.intake.tests.extraction import (
    every_identifier,
    normalized_of_type,
    values_of_type,
    written_and_normalized_of_type,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Compte visé: 'zephyr_75', 'corbeau_nocturne' et 'Lulu.Rapide'",
            ["zephyr_75", "corbeau_nocturne", "Lulu.Rapide"],
        ),
        (
            'Cont vizat: "zmeu_ro", "lupul_carpatin" și "Vulpița.99"',
            ["zmeu_ro", "lupul_carpatin", "Vulpița.99"],
        ),
        ("الحساب المستهدف: «ذئب_الصحراء» و «saqr_gulf»", ["ذئب_الصحراء", "saqr_gulf"]),
        ('الحساب المستهدف: المستخدم "saqr_gulf".', ["saqr_gulf"]),
        ("الحساب المستهدف: المعروف بالاسم المستعار “نجمة_الليل”", ["نجمة_الليل"]),
        ("Betroffenes Konto: der Benutzer »Funkstille_23«.", ["Funkstille_23"]),
        ("Обліковий запис: під ніком «Zhuravel.K».", ["Zhuravel.K"]),
        (
            "対象アカウント: “夜桜_77”、“sakura_drop” 及び “黒猫トム”",
            ["夜桜_77", "sakura_drop", "黒猫トム"],
        ),
        ('संबंधित खाते: वापरकर्ता नाव "वाघ_पुणे"', ["वाघ_पुणे"]),
        ("संबंधित खाते: 'tiger_11' व 'वाघ_पुणे'", ["tiger_11", "वाघ_पुणे"]),
    ],
)
def test_a_quoted_handle_after_the_targeted_account_is_found(
    text: str, expected: list[str]
) -> None:
    assert values_of_type("username", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "account creation records and login IP history.",
        "preservar datos de la cuenta @nightquill, IP 192.0.2.182 el 15/01/2026",
    ],
)
def test_a_word_in_capitals_after_a_cue_is_an_abbreviation_not_a_handle(text: str) -> None:
    assert "IP" not in values_of_type("username", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("涉案账号: 网名『青龙_88』", [("青龙_88", "青龙_88")]),
        ("涉案账号: 昵称“moonfox2025”.", [("moonfox2025", "moonfox2025")]),
    ],
)
def test_a_cue_word_after_another_is_not_a_handle(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert written_and_normalized_of_type("username", text, "zh", "CN") == expected


def test_a_handle_written_with_devanagari_digits_keeps_them_in_its_canonical_form() -> None:
    text = "संबंधित खाते: 'मोर_२१' व 'Mor_21'"

    assert written_and_normalized_of_type("username", text, "mr", "IN") == [
        ("मोर_२१", "मोर_२१"),
        ("Mor_21", "mor_21"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("捜査関係事項照会書\n\n刑法第246条の2に基づき、", "ja", "刑法第246条の2"),
        ("記録命令付差押許可状\n\n刑事訴訟法第218条に基づき、", "ja", "刑事訴訟法第218条"),
        ("4. 法的根拠: 刑法第246条の2\n", "ja", "刑法第246条の2"),
        ("통신자료 제공 요청서\n\n형사소송법 제215조에 의거하여", "ko", "형사소송법 제215조"),
        ("법적 근거: 형법 제347조의2\n", "ko", "형법 제347조의2"),
        ("전기통신사업법 제83조 제3항에 따라", "ko", "전기통신사업법 제83조 제3항"),
        ("根据刑法第二百八十七条的规定", "zh", "第二百八十七条"),
        (
            "BİLGİ TALEP YAZISI\n\n5271 sayılı Ceza Muhakemesi Kanunu'nun 134. maddesi uyarınca",
            "tr",
            "5271 sayılı Ceza Muhakemesi Kanunu'nun 134. maddesi",
        ),
        ("5651 sayılı Kanun'un 8/A maddesi gereğince,", "tr", "5651 sayılı Kanun'un 8/A maddesi"),
        ("TCK m. 243 uyarınca,", "tr", "TCK m. 243"),
        (
            "عملا بأحكام الفصل 607-7 من مجموعة القانون الجنائي، نرجو",
            "ar",
            "الفصل 607-7 من مجموعة القانون الجنائي",
        ),
        (
            "На основании статьи 453 Уголовно-процессуального кодекса Российской Федерации Прошу "
            "предоставить",
            "ru",
            "статьи 453 Уголовно-процессуального кодекса Российской Федерации",
        ),
        ("На підставі статті 93 КПК України Просимо надати", "uk", "статті 93 КПК України"),
        (
            "Na podstawie art. 287 § 1 Kodeksu karnego Proszę o udostępnienie danych",
            "pl",
            "art. 287 § 1 Kodeksu karnego",
        ),
        (
            "Podstawa prawna: art. 20c ust. 1 ustawy o Policji\n",
            "pl",
            "art. 20c ust. 1 ustawy o Policji",
        ),
        (
            "Op grond van artikel 29 van het Cybercrimeverdrag Verzocht wordt om",
            "nl",
            "artikel 29 van het Cybercrimeverdrag",
        ),
        (
            "Potrivit art. 29 din Convenția de la Budapesta, vă",
            "ro",
            "art. 29 din Convenția de la Budapesta",
        ),
        ("În temeiul art. 154 alin. (1) C.proc.pen.,\n", "ro", "art. 154 alin. (1) C.proc.pen."),
        ("Sesuai Pasal 45A ayat (1) UU ITE, mohon", "id", "Pasal 45A ayat (1) UU ITE"),
        ("Berdasarkan Pasal 378 KUHP,\n", "id", "Pasal 378 KUHP"),
        (
            "Com fundamento no artigo 10, § 1º, da Lei nº 12.965/2014,\n",
            "pt",
            "artigo 10, § 1º, da Lei nº 12.965/2014",
        ),
        (
            "Com fundamento no art. 154-A do Código Penal, requisita-se",
            "pt",
            "art. 154-A do Código Penal",
        ),
    ],
)
def test_a_legal_reference_is_read_in_its_national_citation_form(
    text: str, language: str, expected: str
) -> None:
    assert values_of_type("legal_reference", text, language) == [expected]


def test_a_catalogue_number_label_still_keeps_an_article_out() -> None:
    assert written_and_normalized_of_type("legal_reference", "Art.-Nr. art. 55-120") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Subject: PRODUCTION ORDER — 2:24-cr-72888\n\nDear colleagues,", "en", "2:24-cr-72888"),
        ("Subject: 25-MJ-0353\n\n> The suspect", "en", "25-MJ-0353"),
        ("Objet: 25342031735\n\n> Les fonds", "fr", "25342031735"),
        ("Objet : RÉQUISITION RAPIDE — LI.34.L2.818159/24\n", "fr", "LI.34.L2.818159/24"),
        ("Asunto: SOLICITUD DE CONSERVACIÓN — CCC 89322/2025\n", "es", "CCC 89322/2025"),
        ("Betreff: AUSKUNFTSERSUCHEN — 65 AR 759/25\n", "de", "65 AR 759/25"),
        ("Temat: [RE: x]\nTemat: V Kp 318/25\n", "pl", "V Kp 318/25"),
        ("件名: 捜査関係事項照会書 — 2026-307600\n\nご担当者様", "ja", "2026-307600"),
        ("Atestado n.º 2025-888540\nValdeluna, a 01/06/2025", "es", "2025-888540"),
        ("Tgb.-Nr. 37 AR 227/24\nLindenau, den 12.03.24", "de", "37 AR 227/24"),
        ("Rif. 7865/2024 R.G.N.R.\nMontelago, 10-11-2024", "it", "7865/2024 R.G.N.R."),
        ("sygn. PO III Ds 651.2025\nZielonobór", "pl", "PO III Ds 651.2025"),
        ("Dosarul penal nr. 942/P/2024\nValea Verde", "ro", "942/P/2024"),
        ("Номер провадження 12025739315828138\n", "uk", "12025739315828138"),
        ("مرجع 2026/2130/549. هاتف", "ar", "2026/2130/549"),
        ("受理番号 2025-136041\n青波市", "ja", "2025-136041"),
        ("Nomor perkara: 898/Pid.Sus/2024/PN Tjh\n3. Instansi", "id", "898/Pid.Sus/2024/PN Tjh"),
        ("Nomor: LP/B/31/I/2024/SPKT/DITRESSIBER\n", "id", "LP/B/31/I/2024/SPKT/DITRESSIBER"),
        ("KST. 사건번호 2024형제95843. 연락처", "ko", "2024형제95843"),
        ("JST。事件番号令和6年（わ）第1642号。電話", "ja", "令和6年（わ）第1642号"),
        ("UTC+8）。案号（2024）鄂0111刑初727号，电话", "zh", "（2024）鄂0111刑初727号"),
        ("。案号江公（网）调证字〔2024〕8955号，电话", "zh", "江公（网）调证字〔2024〕8955号"),
    ],
)
def test_a_case_number_is_read_after_its_label_or_alone_in_a_subject(
    text: str, language: str, expected: str
) -> None:
    assert values_of_type("case_reference", text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "region"),
    [
        ("Subject: DATA REQUEST 2024\n", "en", "GB"),
        ("Subject: 2024-05-01\n", "en", "GB"),
        ("Tersangka menggunakan nomor 0816-3234-2749 dan domain", "id", "ID"),
        ("मोबाईल क्रमांक: 011-22977516\n", "mr", "IN"),
    ],
)
def test_a_year_a_date_or_a_phone_number_is_not_a_case_number(
    text: str, language: str, region: str
) -> None:
    assert written_and_normalized_of_type("case_reference", text, language, region) == []


def test_a_subject_starting_with_a_label_keeps_the_label_out() -> None:
    assert written_and_normalized_of_type(
        "case_reference", "विषय: Re: FIR RC35622024S4367\n", "hi", "IN"
    ) == [("RC35622024S4367", "RC35622024S4367")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("嫌疑人于2025-10-0111:19:09（北京时间）通过", "zh", "2025-10-01"),
        ("2025/10/2212:34:35（日本時間）、IPアドレス", "ja", "2025-10-22"),
        ("青波市、令和6年4月6日\n", "ja", "2024-04-06"),
        ("期間: 平成元年1月8日から", "ja", "1989-01-08"),
        ("보낸 날짜: 2025. 11. 27. 22:09:12", "ko", "2025-11-27"),
        ("IP 203.0.113.205, 28 Oca 2026 14:24:24 TSİ.", "tr", "2026-01-28"),
    ],
)
def test_a_date_is_read_in_its_national_form(text: str, language: str, expected: str) -> None:
    assert normalized_of_type("date", text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        (
            "被疑者は電話番号03-3112-7733を使用し、ドメイン夜桜ショップ.example.comを登録している。",
            "ja",
            "JP",
            [
                ("phone", "03-3112-7733", "+81331127733"),
                ("domain", "夜桜ショップ.example.com", "xn--xckya1d0ct27zjet.example.com"),
            ],
        ),
        (
            "宛先: z.petrenko@夜桜ショップ.example\n",
            "ja",
            "JP",
            [
                (
                    "email",
                    "z.petrenko@夜桜ショップ.example",
                    "z.petrenko@xn--xckya1d0ct27zjet.example",
                )
            ],
        ),
        (
            "피의자는 전화번호 031-795-6314을 사용하고 도메인 달빛상점.example.com을 등록하였다.",
            "ko",
            "KR",
            [
                ("phone", "031-795-6314", "+82317956314"),
                ("domain", "달빛상점.example.com", "xn--bk1bw0twzb30l.example.com"),
            ],
        ),
        (
            "嫌疑人使用手机号0571-8352 3327并注册了域名",
            "zh",
            "CN",
            [("phone", "0571-8352 3327", "+8657183523327")],
        ),
        (
            "部分赃款汇入账户GB06 HLGH 3741 6350 5585 59。",
            "zh",
            "CN",
            [("iban", "GB06 HLGH 3741 6350 5585 59", "GB06HLGH37416350558559")],
        ),
    ],
)
def test_identifiers_written_against_cjk_text_are_found_with_their_canonical_form(
    text: str, language: str, region: str, expected: list[tuple[str, str, str]]
) -> None:
    assert every_identifier(text, language, region) == expected


def test_a_digit_run_longer_than_e164_allows_is_not_a_phone_number() -> None:
    text = "Das sichergestellte Gerät (IMEI 358111822643710) lief mit Version 14."

    assert written_and_normalized_of_type("phone", text, "de", "DE") == []
