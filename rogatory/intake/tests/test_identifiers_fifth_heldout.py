"""Handle, case-number, legal-reference, date and host families the fifth held-out corpus found
missing, as general rules: a login export's user column, account words and list joiners in
Bengali, Swahili, Finnish and Bulgarian, a Korean particle after a handle, case-number labels
with the original's label in brackets, convention titles in each language. Every example is made
up for these tests."""

import pytest

from rogatory.intake.tests.extraction import normalized_of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"when";"source";"account holder";"username"\n'
            '"2023-01-02 10:00";"198.51.100.7";"Q. Lantern";"PaperCrane"\n'
            '"2023-01-03 11:00";"198.51.100.8";"Q. Lantern";"reed.owl_2"\n',
            ["papercrane", "reed.owl_2"],
        ),
        (
            '"aikaleima","IP-osoite","käyttäjä","tapahtuma"\n'
            '"2023-02-01T08:00:00Z","192.0.2.9","hiljainen_ilves","login"\n',
            ["hiljainen_ilves"],
        ),
        # Folding sets ideographs apart with spaces; the cell is still the name alone.
        ('"时间","用户名","事件"\n"2023-03-04 05:06","山猫","退出"\n', ["山猫"]),
    ],
)
def test_every_row_of_a_login_exports_user_column_is_a_handle(
    text: str, expected: list[str]
) -> None:
    assert normalized_of_type("username", text) == expected


def test_a_cue_word_in_an_exports_event_column_is_not_a_heading() -> None:
    text = (
        '"time";"ip";"event"\n'
        '"2023-05-06 07:08";"203.0.113.4";"login"\n'
        '"2023-05-06 07:09";"203.0.113.4";"logout"\n'
    )
    assert normalized_of_type("username", text) == []


def test_the_separator_after_a_heading_cell_is_not_a_quoted_handle() -> None:
    assert normalized_of_type("username", '"stamp","ip","username","email"\n') == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("অনুগ্রহ করে ‘mela.kite’ ও ‘tala_9’ অ্যাকাউন্টগুলোর তথ্য দিন।", "bn", ["mela.kite", "tala_9"]),
        ("ইউজারনেম: river.kite_3", "bn", ["river.kite_3"]),
        (
            "tunaomba akaunti “kobe.mdogo”, “Nyota.7” na “pwani_22” zihifadhiwe.",
            "sw",
            ["kobe.mdogo", "nyota.7", "pwani_22"],
        ),
        ("Jina la mtumiaji: mvua.kali", "sw", ["mvua.kali"]),
        (
            "pyydämme tilien ”lumi.pöllö”, ”kettu_4” ja ”havu.k” tietoja",
            "fi",
            ["lumi.pöllö", "kettu_4", "havu.k"],
        ),
        ("Käyttäjätunnus: Revontuli", "fi", ["revontuli"]),
        (
            "данните за профилите rila.fox, vitosha_3 и Мечо_7.",
            "bg",
            ["rila.fox", "vitosha_3", "мечо_7"],
        ),
        ("Потребителско име: „балкан.9“", "bg", ["балкан.9"]),
        (
            "дані облікових записів sokil.7, tynda_2 та Їжак_UA.",
            "uk",
            ["sokil.7", "tynda_2", "їжак_ua"],
        ),
        ("Імʼя користувача: «zoria.lake»", "uk", ["zoria.lake"]),
        ("данные учётных записей pike.lamp и ёрш_12.", "ru", ["pike.lamp", "ёрш_12"]),
        ("zu den Konten „moor_fink“ und „heide.7“", "de", ["moor_fink", "heide.7"]),
        ("los datos de las cuentas ElTucan y rio_manso.", "es", ["eltucan", "rio_manso"]),
        ("Usuário: “sabia.azul”", "pt", ["sabia.azul"]),
        ('החשבונות "ים_שקט", "dune.fox" ו-"oren.7".', "he", ["ים_שקט", "dune.fox", "oren.7"]),
        (
            "نرجو حفظ بيانات الحسابات palm_tree9 و sahra.7 وتزويدنا بها.",
            "ar",
            ["palm_tree9", "sahra.7"],
        ),
        ("कृपया खातों “neem_tree” और “peepal.3” का डेटा", "hi", ["neem_tree", "peepal.3"]),
    ],
)
def test_account_words_and_list_joiners_name_handles_in_each_language(
    text: str, language: str, expected: list[str]
) -> None:
    assert normalized_of_type("username", text, language) == expected


def test_a_korean_particle_written_against_a_handle_is_cut_off() -> None:
    assert normalized_of_type("username", "계정 maple_leaf 및 birch_77에 관한 자료", "ko") == [
        "maple_leaf",
        "birch_77",
    ]


def test_a_case_label_ends_a_word() -> None:
    # "NIG" (Spain's general identification number) is no label inside "nightjar_5".
    assert normalized_of_type("case_reference", "the accounts nightjar_5 and x", "en") == []
    assert normalized_of_type("username", "the accounts nightjar_5 and reed_8.", "en") == [
        "nightjar_5",
        "reed_8",
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Numéro de dossier (Az.) : 123 Js 4567/23", "fr", "123 Js 4567/23"),
        ("Zaaknummer (N° de procédure): 21304567891", "nl", "21304567891"),
        ("মামলা নং: CR 512/2023", "bn", "CR 512/2023"),
        ("মামলা নং: ৭১২/২০২৩", "bn", "৭১২/২০২৩"),
        ("Shauri Na.: RB/ARU/1234/2023", "sw", "RB/ARU/1234/2023"),
        ("Namba ya jalada (Case No.): 12AB3456723", "sw", "12AB3456723"),
        ("Asianumero: 5100/R/12345/23", "fi", "5100/R/12345/23"),
        ("Номер на делото (ΑΒΜ): ΕΓ12-345/2023", "bg", "ΕΓ12-345/2023"),
        ("ДП № 4567/2023", "bg", "4567/2023"),
    ],
)
def test_national_case_labels_of_the_new_languages_name_a_case_number(
    text: str, language: str, expected: str
) -> None:
    assert normalized_of_type("case_reference", text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Base: art. 29 della Convenzione sulla criminalità informatica. Segue.", "it",
         "art. 29 della Convenzione sulla criminalità informatica"),
        ("op grond van artikel 16 van het Verdrag inzake de bestrijding van strafbare feiten "
         "verbonden met elektronische netwerken verzocht", "nl",
         "artikel 16 van het Verdrag inzake de bestrijding van strafbare feiten verbonden met "
         "elektronische netwerken"),
        ("βάσει του άρθρο 16 της Σύμβασης για το έγκλημα στον κυβερνοχώρο.", "el",
         "άρθρο 16 της Σύμβασης για το έγκλημα στον κυβερνοχώρο"),
        ("وفق المادة 29 من الاتفاقية المتعلقة بالجريمة الإلكترونية.", "ar",
         "المادة 29 من الاتفاقية المتعلقة بالجريمة الإلكترونية"),
        ("Grund: Art. 29 der Budapester Konvention. Wir bitten um Antwort.", "de",
         "Art. 29 der Budapester Konvention"),
        ("under Article 29 of the Convention on Cybercrime. A request follows.", "en",
         "Article 29 of the Convention on Cybercrime"),
        ("de l'art. 60-1 CPP et sur l'article 29 de la Convention de Budapest.", "fr",
         "art. 60-1 CPP"),
        ("מכוח סעיף 16 לאמנת בודפשט.", "he", "סעיף 16 לאמנת בודפשט"),
        ("根拠：ブダペスト条約第29条。", "ja", "ブダペスト条約第29条"),
        ("近日、サイバー犯罪に関する条約第16条に基づき", "ja", "サイバー犯罪に関する条約第16条"),
        ("근거: 부다페스트 협약 제16조.", "ko", "부다페스트 협약 제16조"),
        ("विधिक आधार: साइबर अपराध पर कन्वेंशन के अनुच्छेद 29।", "hi", "साइबर अपराध पर कन्वेंशन के अनुच्छेद 29"),
        ("ভিত্তি: বুদাপেস্ট কনভেনশনের অনুচ্ছেদ 16।", "bn", "বুদাপেস্ট কনভেনশনের অনুচ্ছেদ 16"),
        ("এবং ডিজিটাল নিরাপত্তা আইন, ২০১৮ এর ধারা ৩২ অনুযায়ী", "bn", "ডিজিটাল নিরাপত্তা আইন, ২০১৮ এর ধারা ৩২"),
        ("kwa mujibu wa Ibara ya 29 ya Mkataba wa Budapest.", "sw", "Ibara ya 29 ya Mkataba wa Budapest"),
        ("kifungu cha 12 cha Sheria ya Makosa ya Mtandao ya mwaka 2015 na", "sw",
         "kifungu cha 12 cha Sheria ya Makosa ya Mtandao ya mwaka 2015"),
        ("Oikeusperuste: Budapestin yleissopimuksen 29 artikla.", "fi", "Budapestin yleissopimuksen 29 artikla"),
        ("oikeudenkäymiskaaren 17 luvun 1 § nojalla", "fi", "oikeudenkäymiskaaren 17 luvun 1 §"),
        ("на основание чл. 29 от Будапещенската конвенция.", "bg", "чл. 29 от Будапещенската конвенция"),
        ("(чл. 172а от Наказателния кодекс).", "bg", "чл. 172а от Наказателния кодекс"),
        ("根據刑事訴訟法第122條，", "zh", "刑事訴訟法第122條"),
        ("το άρθρο 5 του Ν. 112(I)/2004 ορίζει", "el", "άρθρο 5 του Ν. 112(I)/2004"),
    ],
)  # fmt: skip
def test_a_reference_runs_to_the_end_of_the_instruments_title_in_each_language(
    text: str, language: str, expected: str
) -> None:
    assert normalized_of_type("legal_reference", text, language)[0] == expected


def test_a_short_codes_stop_stays_with_it_where_the_sentence_goes_on() -> None:
    assert normalized_of_type("legal_reference", "berust op artikel 126n Sv. en op", "nl") == [
        "artikel 126n Sv."
    ]
    assert normalized_of_type("legal_reference", "berust op artikel 126n Sv.", "nl") == [
        "artikel 126n Sv"
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Objet: URGENT — Demande de gel de données — P/1234/2023\n", "fr", "P/1234/2023"),
        ("הנדון: דחוף — בקשה לשימור נתונים — 54321-06-23\n", "he", "54321-06-23"),
        ("Kuhusu: HARAKA — Ombi la kuhifadhi taarifa — OB 12/03/04/2023\n", "sw", "OB 12/03/04/2023"),
        ("Относно: СПЕШНО — Искане за запазване на данни — 12345/2023\n", "bg", "12345/2023"),
        ("বিষয়: জরুরি — তথ্য সংরক্ষণের অনুরোধ — ৫৬৭/২০২৩\n", "bn", "৫৬৭/২০২৩"),
    ],
)  # fmt: skip
def test_a_subjects_reference_is_what_follows_its_last_dash(
    text: str, language: str, expected: str
) -> None:
    assert normalized_of_type("case_reference", text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("案号: 沪公网安调证字〔2023〕1234号\n", "zh", "沪公网安调证字〔2023〕1234号"),
        ("মামলা নং: ১২(৩)২৩\n", "bn", "১২(৩)২৩"),
        ("Asianumero (Shauri Na.): 512 ya 2023\n", "fi", "512 ya 2023"),
        ("Numero del procedimento (ΑΒΜ): ΕΓ12-34/2023\n", "it", "ΕΓ12-34/2023"),
        ("תיק 12345-06-23: האתר עבר שרת", "he", "12345-06-23"),
    ],
)
def test_the_new_sets_case_number_shapes_are_read_whole(
    text: str, language: str, expected: str
) -> None:
    assert normalized_of_type("case_reference", text, language) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        ("ঢাকা, তারিখ: ১৪ মার্চ ২০২৩", "bn", "BD", "2023-03-14"),
        ("গত ৯ ফেব্রুয়ারি, ২০২৩ খ্রি. তারিখে", "bn", "BD", "2023-02-09"),
        ("Arusha, tarehe 3 Septemba, 2023", "sw", "TZ", "2023-09-03"),
        ("Imetumwa: Ijumaa, 6 Oktoba 2023 10:15", "sw", "KE", "2023-10-06"),
        ("Tampere 17. maaliskuuta 2023", "fi", "FI", "2023-03-17"),
        ("гр. Пловдив, 8 октомври 2023 г.", "bg", "BG", "2023-10-08"),
    ],
)
def test_the_new_languages_month_names_are_read(
    text: str, language: str, region: str, expected: str
) -> None:
    assert normalized_of_type("date", text, language, region) == [expected]


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        ("9/7/23, 14:05 - Nikos: έλα", "el", "GR", "2023-07-09"),
        ("[3.4.23] 09:14 kesäaikaa", "fi", "FI", "2023-04-03"),
        ("IP 192.0.2.5 ya 6/2/23 saa 07:48.", "sw", "TZ", "2023-02-06"),
        ("(7/28/23 11:02 EDT)", "en", "US", "2023-07-28"),
    ],
)
def test_an_unpadded_short_date_with_a_time_after_it_is_a_date(
    text: str, language: str, region: str, expected: str
) -> None:
    assert normalized_of_type("date", text, language, region) == [expected]


def test_an_unpadded_short_date_without_a_time_is_left_alone() -> None:
    assert normalized_of_type("date", "firmware 1.2.23 installed", "en", "GB") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Διεύθυνση: γραφείο@λιμάνι.example", "email", "γραφείο@xn--hxazbfgh.example"),
        ("Όνομα τομέα: πλοίο-νησί.example.org\n", "domain", "xn----ulbb5arolbf1b.example.org"),
        ("ডোমেইন: বাজার.example\n", "domain", "xn--w5b5an8cb.example"),
        ("השתמש גם ב-d.levi@harbor.example.net.", "email", "d.levi@harbor.example.net"),
        ("تم الدفع عبر https://pay.example.com/inv/77.zip، ثم", "url",
         "https://pay.example.com/inv/77.zip"),
        ("μέσω https://pay.example.com/t/9-track· ο δράστης", "url", "https://pay.example.com/t/9-track"),
    ],
)  # fmt: skip
def test_greek_and_bengali_hosts_and_the_sentences_marks_around_an_address(
    text: str, kind: str, expected: str
) -> None:
    assert normalized_of_type(kind, text) == [expected]
