"""Handle and case-number families a fourth held-out corpus found missing, in the languages it
brought (Czech, Greek, Hebrew, Hungarian, Malay, Persian, Serbian, Swedish, Tamil, Thai, Urdu,
Vietnamese, and Spanish, Portuguese and English as other countries write them): the words that
name a handle before or after it, lists of handles, type columns, the labels and shapes of
national case numbers, and case numbers asked for in a chat or given in a mail's subject."""

import pytest

from rogatory.intake.tests.extraction import normalized_of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Volal nám účastník (uživatel sova_42).", ["sova_42"]),
        ("Hovor přišel od +420 000 (uživatel kapr.vanocni).", ["kapr.vanocni"]),
        ("Samtalet kom från (användare hjortron.7).", ["hjortron.7"]),
        ("Ο ύποπτος (χρήστης σαλιγκάρι_5) απάντησε.", ["σαλιγκάρι_5"]),
        ("Позвао га је (корисник чвор.77).", ["чвор.77"]),
        ("החשוד, המשתמש בכינוי צב_ירוק3, כתב.", ["צב_ירוק3"]),
        ("متهم با نام کاربری آهو_۱۲ پیام داد.", ["آهو_۱۲"]),
        ("ملزم نے صارف نام طوطا.۹ سے پیغام بھیجا۔", ["طوطا.۹"]),
        ("பயனர் பெயர் “மான்_21” மூலம்", ["மான்_21"]),
        ("ชื่อผู้ใช้: ช้างป่า_5", ["ช้างป่า_5"]),
        ("Felhasználónév: sun_rise8", ["sun_rise8"]),
        ("Suspek yang menggunakan nama\npengguna kura.kura memuat naik fail.", ["kura.kura"]),
        ("Le suspect, se faisant appeler\nmarmotte.bleue, a publié un lien.", ["marmotte.bleue"]),
        ("Misstänkt, som kallar sig tallkotte_1, skrev.", ["tallkotte_1"]),
    ],
)
def test_a_handle_after_a_cue_word_of_the_fourth_set_languages_is_found(
    text: str, expected: list[str]
) -> None:
    assert normalized_of_type("username", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Účty lesni_roh; mech.99 byly založeny.", ["lesni_roh", "mech.99"]),
        ("Kontona fjall_ripa; snö.uggla skapades.", ["fjall_ripa", "snö.uggla"]),
        # Handles compare case-folded: the final sigma folds to "σ".
        ("Οι λογαριασμοί κύμα_3 / βράχος.1 δημιουργήθηκαν.", ["κύμα_3", "βράχοσ.1"]),
        ("Налози јежић_4 / lipa.bg отворени су.", ["јежић_4", "lipa.bg"]),
        ("והחשבונות דג_זהב4 / hill.top נפתחו.", ["דג_זהב4", "hill.top"]),
        ("حساب‌های ماه_۳ / kite.fly ساخته شده‌اند.", ["ماه_۳", "kite.fly"]),
        ("اکاؤنٹس چاند_۵ / rose.petal ای میل", ["چاند_۵", "rose.petal"]),
        ("Akaun pokok_55; batu.besar didaftarkan.", ["pokok_55", "batu.besar"]),
        ("บัญชี ปลาทู_7 / kao.niew สมัครด้วยอีเมล", ["ปลาทู_7", "kao.niew"]),
        # A name without a handle's marks, when a handle follows it in the list.
        (
            "Se detectaron las cuentas quetzal / ocelote_9 / @tapir.",
            ["quetzal", "ocelote_9", "tapir"],
        ),
    ],
)
def test_handles_listed_after_an_account_word_are_found(text: str, expected: list[str]) -> None:
    assert normalized_of_type("username", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gyanúsított hold_fény7 felhasználónéven írt.", ["hold_fény7"]),
        ("A hívás (tavi.rozsa felhasználó) számáról jött.", ["tavi.rozsa"]),
        ("A(z) erdő_járó / nap.sugar fiókokat regisztrálták.", ["erdő_járó", "nap.sugar"]),
        ("மீன்.12 / kaval_2 கணக்குகள் உருவாக்கப்பட்டன.", ["மீன்.12", "kaval_2"]),
        ("குற்றவாளி nila.vaan என்ற பயனர் பெயரில் பதிவிட்டார்.", ["nila.vaan"]),
    ],
)
def test_a_handle_before_a_cue_written_after_it_is_found(text: str, expected: list[str]) -> None:
    assert normalized_of_type("username", text) == expected


def test_a_word_before_a_cue_written_after_it_needs_a_handles_mark() -> None:
    assert normalized_of_type("username", "Kérjük a felhasználó adatait.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Usuario: colibri_2 y garza.blanca y tucan9", ["colibri_2", "garza.blanca", "tucan9"]),
        ("שם משתמש: עורב_1 ו night.owl ו fox_3", ["עורב_1", "night.owl", "fox_3"]),
        ("Felhasználónév: csiga_2 és béka.ugrik", ["csiga_2", "béka.ugrik"]),
        # Items without marks, parted by signs and closed by a sign or the line's end.
        (
            "Foram identificadas as contas\nbaleia_1; golfinho; orca77, associadas",
            [
                "baleia_1",
                "golfinho",
                "orca77",
            ],
        ),
        ("Utilizador: pardal_3; andorinha\nBase legal: artigo 5.º", ["pardal_3", "andorinha"]),
        ("Los perfiles (puma_5) y (jaguar.3) ofrecían", ["puma_5", "jaguar.3"]),
    ],
)
def test_the_handles_of_a_list_are_all_found(text: str, expected: list[str]) -> None:
    assert normalized_of_type("username", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  [USER] nimbus7; cirrus\n  [PHONE] 555", ["nimbus7", "cirrus"]),
        ("| 3 | USER | kestrel_9 / (merlin.x) | 2025-01-02 |", ["kestrel_9", "merlin.x"]),
        ("Användarnamn (lodjur_3)", ["lodjur_3"]),
        ("Корисничко име (вук.88)", ["вук.88"]),
        ("The suspect, operating under the handle\nquillfeather, posted a link.", ["quillfeather"]),
        ("Ο ύποπτος, με το ψευδώνυμο petrichor, ανάρτησε.", ["petrichor"]),
    ],
)
def test_a_handle_in_a_type_column_in_brackets_or_on_the_next_line_is_found(
    text: str, expected: list[str]
) -> None:
    assert normalized_of_type("username", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "| # | Type | Usuario | Periodo |\n|---|------|------|------|\n| 1 | URL | x |",
        "| # | Type | Nama pengguna | Tempoh |\n|---|---|---|---|",
        "le compte Instagram, 992-65-36, 03 GMT",
        "user name\n2024: the year of the request",
        "known as (at)example.org",
        "contact.abuse@example.org",
    ],
)
def test_a_heading_a_number_or_a_defanged_sign_after_a_cue_is_not_a_handle(text: str) -> None:
    assert normalized_of_type("username", text) == []


def test_a_mention_after_a_word_in_another_script_is_a_handle_not_an_address() -> None:
    text = "ตามที่ @nok.hook แจ้ง"

    assert (normalized_of_type("username", text), normalized_of_type("email", text)) == (
        ["nok.hook"],
        [],
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Č. j.: 4 T 17/2025\n", ["4 T 17/2025"]),
        ("sp. zn. 7 T 88/2024 ze dne", ["7 T 88/2024"]),
        ("Ügyszám: 2.B.415/2025/3\n", ["2.B.415/2025/3"]),
        ("Ügyszám: 12000/345/2025.bü.\n", ["12000/345/2025.bü."]),
        ("Diarienummer: B 1234-25\n", ["B 1234-25"]),
        ("เลขคดี: อ.1234/2568\n", ["อ.1234/2568"]),
        ("คดีหมายเลขดำที่ อ.77/2567 ของศาล", ["อ.77/2567"]),
        ("תיק מס': 12345-06-25\n", ["12345-06-25"]),
        ("Αριθ. δικογραφίας: Β2025/771\n", ["Β2025/771"]),
        ("Број предмета: К 88/25\n", ["К 88/25"]),
        ("Broj predmeta: Kt 91/25\n", ["Kt 91/25"]),
        ("Số: 77/2025/HSST\n", ["77/2025/HSST"]),
        ("No. Repot: KOTAHIJAU/112233/25\n", ["KOTAHIJAU/112233/25"]),
        ("குற்ற எண்: 77/2025\n", ["77/2025"]),
        ("مقدمہ نمبر: 412/2025\n", ["412/2025"]),
        ("Carpeta de investigación: FED/ABC/DEF/123456/2025\n", ["FED/ABC/DEF/123456/2025"]),
        ("Case No.: E77 of 2025\n", ["E77 of 2025"]),
        ("REF: 11001 60 00 049 2024 01234    lunes", ["11001 60 00 049 2024 01234"]),
    ],
)
def test_a_case_number_after_a_fourth_set_label_is_found_whole(
    text: str, expected: list[str]
) -> None:
    assert normalized_of_type("case_reference", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("شماره پرونده: ۱۴۰۴/۵۵۱\n", ["۱۴۰۴/۵۵۱"]),
        ("REF: ۱۴۰۳۱۲۳۴۵۶۷۸    دوشنبه", ["۱۴۰۳۱۲۳۴۵۶۷۸"]),
        ("مقدمہ نمبر: ۱۲/۲۰۲۵\n", ["۱۲/۲۰۲۵"]),
    ],
)
def test_a_case_number_in_persian_digits_keeps_them(text: str, expected: list[str]) -> None:
    assert normalized_of_type("case_reference", text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[10:01] Ana: ok, č. j.?\n[10:02] Petr: 3 T 55/2025\n", ["3 T 55/2025"]),
        ("[09:12] Duty: ok, ügyszám? \n[09:13] Kata: 19000/88/2025.bü.\n", ["19000/88/2025.bü."]),
        ("[11:40] Minh: ok, số?\n[11:41] Lan: 55/2024/HSST\n", ["55/2024/HSST"]),
        ("[08:00] A: ok, réf. ?\n[08:01] B: PA.12.L3.445566/25\n", ["PA.12.L3.445566/25"]),
    ],
)
def test_a_case_number_given_alone_after_a_chat_question_asking_for_it_is_found(
    text: str, expected: list[str]
) -> None:
    assert normalized_of_type("case_reference", text) == expected


def test_a_chat_answer_that_is_not_a_lone_case_number_is_not_one() -> None:
    text = "[10:01] Ana: ok, č. j.?\n[10:02] Petr: zítra pošlu 3 T 55/2025 poštou\n"

    assert normalized_of_type("case_reference", text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tárgy: JOGSEGÉLYKÉRELEM (41000/12/2025.bü.)\n", ["41000/12/2025.bü."]),
        ("נושא: בקשה לעזרה משפטית (77123/2025)\n", ["77123/2025"]),
        ("Ämne: FRAMSTÄLLNING (5000-K123987-25)\n", ["5000-K123987-25"]),
        ("Subject: REQUEST FOR ASSISTANCE (urgent)\n", []),
    ],
)
def test_a_case_number_in_brackets_after_a_mail_subject_is_found(
    text: str, expected: list[str]
) -> None:
    assert normalized_of_type("case_reference", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "podle čl. 5 nařízení (EU) 2016/679 o ochraně údajů",
        "του Κανονισμού (ΕΕ) 2016/679",
        "do Regulamento (UE) 2016/679",
    ],
)
def test_the_number_of_a_union_act_is_not_a_case_number(text: str) -> None:
    assert normalized_of_type("case_reference", text) == []
