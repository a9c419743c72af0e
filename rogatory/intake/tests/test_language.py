"""Language per page and segment (fictional sentences, written for these tests)."""

from __future__ import annotations

import pytest

from rogatory.intake import language
from rogatory.intake.language import (
    detect_language,
    language_confidences,
    language_segments,
    main_language,
    page_languages,
)

# One request-like sentence per language added for issue 4, with the code the rest of intake uses.
SENTENCES = [
    ("ca", "La fiscalia demana que es conservin les dades del compte fins que arribi la petició formal d'assistència judicial."),
    ("eu", "Fiskaltzak eskatzen du kontuaren datuak gordetzea, laguntza judizialeko eskaera formala iritsi arte."),
    ("ro", "Parchetul solicită păstrarea datelor contului până la primirea cererii oficiale de asistență judiciară."),
    ("af", "Die aanklaer versoek dat die rekening se gegewens bewaar word totdat die formele versoek om regshulp ontvang word."),
    ("cs", "Státní zastupitelství žádá o uchování údajů o účtu až do doručení formální žádosti o právní pomoc."),
    ("sk", "Prokuratúra žiada o uchovanie údajov o účte až do doručenia formálnej žiadosti o právnu pomoc."),
    ("sl", "Državno tožilstvo prosi, da se podatki o računu hranijo, dokler ne prejmete uradne prošnje za pravno pomoč."),
    ("hr", "Državno odvjetništvo traži da se podaci o računu sačuvaju dok ne stigne službeni zahtjev za pravnu pomoć."),
    ("sr", "Više javno tužilaštvo traži da se podaci o nalogu sačuvaju dok ne stigne zvanični zahtev za pravnu pomoć, jer je osumnjičeni koristio nalog pre i posle prevare."),
    ("sr", "Више јавно тужилаштво тражи да се подаци о налогу сачувају док не стигне званични захтев за правну помоћ."),
    ("hu", "Az ügyészség kéri a fiók adatainak megőrzését a hivatalos jogsegélykérelem megérkezéséig."),
    ("sq", "Prokuroria kërkon ruajtjen e të dhënave të llogarisë deri në mbërritjen e kërkesës zyrtare për ndihmë juridike."),
    ("sv", "Åklagaren begär att uppgifterna om kontot bevaras tills den formella begäran om rättslig hjälp kommer fram."),
    ("da", "Anklagemyndigheden anmoder om, at oplysningerne om kontoen bevares, indtil den formelle anmodning om retshjælp er modtaget."),
    ("no", "Påtalemyndigheten ber om at opplysningene om kontoen blir bevart til den formelle anmodningen om rettshjelp kommer."),
    ("is", "Ákæruvaldið fer fram á að upplýsingar um reikninginn verði varðveittar þar til formleg beiðni um réttaraðstoð berst."),
    ("fi", "Syyttäjä pyytää, että tilin tiedot säilytetään, kunnes virallinen oikeusapupyyntö saapuu."),
    ("et", "Prokuratuur palub konto andmed säilitada kuni ametliku õigusabitaotluse saabumiseni."),
    ("lv", "Prokuratūra lūdz saglabāt konta datus līdz oficiālā tiesiskās palīdzības lūguma saņemšanai."),
    ("lt", "Prokuratūra prašo išsaugoti paskyros duomenis, kol bus gautas oficialus teisinės pagalbos prašymas."),
    ("tr", "Savcılık, resmi adli yardım talebi ulaşana kadar hesaba ait verilerin korunmasını rica etmektedir."),
    ("az", "Prokurorluq rəsmi hüquqi yardım sorğusu daxil olana qədər hesabın məlumatlarının saxlanılmasını xahiş edir."),
    ("id", "Kejaksaan meminta agar data akun tersebut disimpan sampai permintaan resmi bantuan hukum timbal balik diterima, karena tersangka memakai nomor telepon itu."),
    ("ms", "Pihak pendakwa memohon supaya data akaun itu disimpan sehingga permintaan rasmi bantuan undang-undang diterima, kerana suspek menggunakan nombor telefon tersebut."),
    ("tl", "Hinihiling ng tagausig na ingatan ang mga datos ng account hanggang dumating ang pormal na kahilingan para sa tulong legal."),
    ("vi", "Viện kiểm sát đề nghị lưu giữ dữ liệu của tài khoản cho đến khi nhận được yêu cầu tương trợ tư pháp chính thức."),
    ("sw", "Ofisi ya mwendesha mashtaka inaomba taarifa za akaunti zihifadhiwe hadi ombi rasmi la usaidizi wa kisheria litakapowasilishwa."),
    ("be", "Пракуратура просіць захаваць звесткі аб уліковым запісе да атрымання афіцыйнага запыту аб прававой дапамозе."),
    ("bg", "Прокуратурата моли данните за профила да бъдат запазени до получаването на официалната молба за правна помощ."),
    ("mk", "Обвинителството бара податоците за сметката да се зачуваат додека не пристигне официјалното барање за правна помош."),
    ("kk", "Прокуратура ресми құқықтық көмек туралы сұрау келгенге дейін есептік жазба деректерін сақтауды сұрайды."),
    ("fa", "دادستانی درخواست می‌کند که اطلاعات این حساب تا رسیدن درخواست رسمی معاضدت قضایی نگهداری شود."),
    ("ur", "استغاثہ درخواست کرتا ہے کہ اس اکاؤنٹ کی معلومات باضابطہ قانونی معاونت کی درخواست موصول ہونے تک محفوظ رکھی جائیں۔"),
    ("ko", "검찰은 공식 형사사법공조 요청서가 도착할 때까지 해당 계정의 자료를 보전해 줄 것을 요청합니다."),
    ("th", "สำนักงานอัยการขอให้เก็บรักษาข้อมูลของบัญชีนี้ไว้จนกว่าจะได้รับคำร้องขอความช่วยเหลือทางกฎหมายอย่างเป็นทางการ"),
    ("he", "הפרקליטות מבקשת לשמור את נתוני החשבון עד לקבלת הבקשה הרשמית לעזרה משפטית."),
    ("el", "Η εισαγγελία ζητά τη διατήρηση των δεδομένων του λογαριασμού μέχρι να φτάσει το επίσημο αίτημα δικαστικής συνδρομής."),
    ("ta", "அதிகாரப்பூர்வ சட்ட உதவி கோரிக்கை வரும் வரை இந்தக் கணக்கின் தரவுகளைப் பாதுகாக்குமாறு அரசு வழக்கறிஞர் கேட்டுக்கொள்கிறார்."),
    ("bn", "সরকারি আইনি সহায়তার অনুরোধ না আসা পর্যন্ত এই অ্যাকাউন্টের তথ্য সংরক্ষণ করার জন্য অনুরোধ করা হচ্ছে।"),
    ("ka", "პროკურატურა ითხოვს ანგარიშის მონაცემების შენახვას სამართლებრივი დახმარების ოფიციალური თხოვნის მიღებამდე."),
    ("hy", "Դատախազությունը խնդրում է պահպանել հաշվի տվյալները մինչև իրավական օգնության պաշտոնական խնդրանքի ստացումը։"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "sentence"), SENTENCES, ids=[c for c, _ in SENTENCES])
def test_a_sentence_in_each_language_of_our_traffic_is_named_by_its_code(
    code: str, sentence: str
) -> None:
    assert detect_language(sentence) == code


def test_a_hindi_page_crowded_with_identifiers_stays_hindi() -> None:
    # Fed to lingua whole, the onion address and the wallet outweighed the Hindi words.
    page = (
        "छिपी सेवा ab3kq7zx2fmp4tlwy6ovuc5rdhe2nsgj7iaqw3xbly4pkfzmc6tod5yd.onion पर मंच है। "
        "भुगतान पता 1Qm4TzX8vKpR2wYbN7cJd5LfHs9aEu3GiV पर भेजा गया।"
    )
    assert detect_language(page) == "hi"


def test_an_english_portal_form_filled_in_greek_is_greek() -> None:
    page = "\n".join(
        [
            "Kestrel Cloud Ltd — Law Enforcement Request Portal",
            "Request type: Preservation",
            "Agency: Διεύθυνση Δίωξης Ηλεκτρονικού Εγκλήματος",
            "Description (as written by the officer):",
            "Ο ύποπτος χρησιμοποίησε τον λογαριασμό για να απειλήσει τον παθόντα.",
        ]
    )
    assert detect_language(page) == "el"


PORTAL_FILLED_IN = {
    "fr": (
        "Police judiciaire — Brigade numérique de Valcourt",
        "article 60-1 du Code de procédure pénale",
        "Le suspect a utilisé ce compte pour menacer la victime à plusieurs reprises.",
    ),
    "ms": (
        "Jabatan Siasatan Jenayah Komersil, Ibu Pejabat Polis Daerah Bukit Hijau",
        "seksyen 415 Kanun Keseksaan",
        "Akaun kestrel_77 didaftarkan dengan e-mel officer@example.org.",
    ),
    "en": (
        "Metropolitan Police — Cyber Crime Unit of Greyford",
        "section 1 of the Computer Misuse Act",
        "The suspect used this account to threaten the victim several times.",
    ),
}


@pytest.mark.parametrize("code", sorted(PORTAL_FILLED_IN))
def test_an_english_portal_form_is_in_the_language_it_is_filled_in(code: str) -> None:
    agency, legal_process, description = PORTAL_FILLED_IN[code]
    page = "\n".join(
        [
            "Kestrel Cloud Ltd — Law Enforcement Request Portal",
            "Submission ID: LERS-1234567   Status: Submitted",
            "Request type: Preservation",
            f"Agency: {agency}",
            "Agent e-mail: officer@example.org",
            "Agent phone: +33 1 23 45 67 89",
            "Case number: KC/12345/23",
            f"Legal process: {legal_process}",
            "Date range: 01.02.2023 to 03.04.2023",
            "",
            "Accounts / identifiers:",
            "  [USER] kestrel_77",
            "",
            "Description (as written by the officer):",
            description,
        ]
    )
    assert detect_language(page) == code


def test_an_english_email_with_its_headers_stays_english() -> None:
    page = "\n".join(
        [
            "From: Legal Response Team <legal@example.com>",
            "To: officer@example.org",
            "Subject: Your preservation request",
            "Date: 3 May 2023",
            "",
            "We have preserved the data of the account you named until the formal request for "
            "mutual legal assistance arrives.",
        ]
    )
    assert detect_language(page) == "en"


def test_an_english_letter_quoting_a_russian_name_stays_english() -> None:
    page = (
        "The requesting authority asks you to preserve the data of the account registered by "
        "the suspect under the name Иван Петров until the formal request for assistance arrives."
    )
    assert detect_language(page) == "en"


def test_croatian_in_latin_letters_is_not_taken_for_serbian() -> None:
    sentence = (
        "Državno odvjetništvo traži da se podaci o računu sačuvaju prije nego što stigne "
        "službeni zahtjev, jer je osumnjičenik koristio račun poslije prijevare."
    )
    assert detect_language(sentence) == "hr"


def test_a_script_none_of_our_languages_writes_is_not_guessed() -> None:
    assert detect_language("ព្រះរាជាណាចក្រកម្ពុជា ជាតិ សាសនា ព្រះមហាក្សត្រ") == ""


def test_a_line_of_identifiers_has_no_language() -> None:
    assert detect_language("0x9fA3c4B2e1D07a6b5C8d9E0f1A2b3C4d5E6f7A8b @kestrel_77") == ""


def test_each_half_of_a_chinese_and_english_letter_is_found_with_its_offsets() -> None:
    chinese = "请贵方协助保全上述账户的全部数据，正式的司法协助请求将随后通过外交途径送达。"
    english = "Please preserve all data of the account above until the formal request arrives."
    text = f"{chinese} {english}"

    segments = language_segments(text)

    assert [code for code, _, _ in segments] == ["zh", "en"]
    assert text[segments[0][1] : segments[0][2]].strip() == chinese
    assert text[segments[1][1] : segments[1][2]].strip() == english


def test_each_half_of_a_persian_and_english_letter_is_found() -> None:
    persian = "دادستانی درخواست می‌کند که اطلاعات این حساب تا رسیدن درخواست رسمی نگهداری شود."
    english = "The prosecutor asks that the data of this account be kept until the formal request."
    text = f"{persian}\n{english}"

    segments = language_segments(text)

    assert [code for code, _, _ in segments] == ["fa", "en"]
    assert text[segments[1][1] : segments[1][2]].strip() == english


def test_a_bilingual_korean_and_english_letter_is_korean() -> None:
    letter = "\n".join(
        [
            "청해지방검찰청 형사사법공조 요청서",
            "LETTER OF REQUEST FOR MUTUAL LEGAL ASSISTANCE",
            "검찰은 해당 계정의 자료를 보전해 줄 것을 요청합니다.",
            "The prosecution asks that the data of the account be preserved.",
        ]
    )
    assert detect_language(letter) == "ko"


def test_norwegian_confidences_merge_both_written_standards() -> None:
    confidences = dict(
        language_confidences(
            "Påtalemyndigheten ber om at opplysningene om kontoen blir bevart til den "
            "formelle anmodningen om rettshjelp kommer."
        )
    )
    assert "nb" not in confidences
    assert "nn" not in confidences
    assert confidences["no"] == max(confidences.values())


def test_the_main_language_is_the_one_with_most_text() -> None:
    assert main_language([("tr", 300), ("en", 200), ("tr", 50), ("", 900)]) == "tr"


# One line per language the poor-translation flag compares, read on a French page.
LINES = [
    ("en", "The prosecutor asks that the data of the account be kept until the formal request arrives."),
    ("fr", "Le procureur demande que les données du compte soient conservées jusqu'à la demande officielle."),
    ("es", "El fiscal solicita que los datos de la cuenta se conserven hasta que llegue la solicitud formal."),
    ("pt", "O procurador solicita que os dados da conta sejam conservados até à chegada do pedido formal."),
    ("de", "Die Staatsanwaltschaft bittet, die Daten des Kontos bis zum Eingang des förmlichen Ersuchens zu sichern."),
    ("it", "Il procuratore chiede che i dati dell'account siano conservati fino all'arrivo della richiesta formale."),
    ("nl", "De officier van justitie verzoekt de gegevens van het account te bewaren tot het formele verzoek binnenkomt."),
    ("pl", "Prokurator wnosi o zabezpieczenie danych konta do czasu otrzymania formalnego wniosku o pomoc prawną."),
]  # fmt: skip
FRENCH_PAGE = "\n".join(
    [
        "Objet : demande de conservation rapide de données informatiques",
        "Le procureur de la République près le tribunal judiciaire de Valmont conduit une enquête "
        "pour escroquerie en bande organisée et vous prie de conserver les données du compte.",
        "Cette demande sera suivie d'une demande d'entraide pénale internationale.",
    ]
)
LATIN_COMPARED = frozenset({"en", "fr", "es", "pt", "de", "it", "nl", "pl"})


@pytest.mark.parametrize(("code", "line"), LINES, ids=[c for c, _ in LINES])
def test_a_line_is_named_alike_among_its_page_languages_and_among_all(code: str, line: str) -> None:
    among = page_languages(FRENCH_PAGE) | LATIN_COMPARED
    assert detect_language(line, among) == detect_language(line) == code


def test_a_restricted_detector_is_built_once_for_its_languages() -> None:
    among = frozenset({"fr", "en", "ca", "it"})
    detect_language(LINES[0][1], among)
    before = language._detector_of.cache_info()
    assert detect_language(LINES[1][1], among) == "fr"
    after = language._detector_of.cache_info()
    assert (after.misses, after.hits) == (before.misses, before.hits + 1)


def test_one_candidate_of_the_script_falls_back_to_every_language() -> None:
    # Among Russian and English only, lingua would call a Spanish line English.
    assert detect_language(LINES[2][1], frozenset({"ru", "en"})) == "es"


def test_a_page_languages_hold_its_language_its_neighbours_and_english() -> None:
    candidates = page_languages(FRENCH_PAGE)
    assert {"fr", "ca", "it", "es", "en"} <= candidates
    assert detect_language(FRENCH_PAGE) == "fr"
    assert page_languages(FRENCH_PAGE) == candidates


def test_the_languages_of_a_page_never_detected_are_found_all_the_same() -> None:
    page = FRENCH_PAGE.replace("Valmont", "Bellerive")
    assert page_languages(page) == page_languages(FRENCH_PAGE)


POLISH_LETTER = "\n".join(
    [
        "LETTER OF REQUEST FOR MUTUAL LEGAL ASSISTANCE IN CRIMINAL MATTERS",
        "Request for the expedited preservation of stored computer data under Article 29",
        "of the Convention on Cybercrime, sent through the central authority of the requesting "
        "State together with the formal request that will follow",
        "Prokuratura Okręgowa w Zielonej Górze prowadzi śledztwo w sprawie oszustwa na szkodę "
        "wielu pokrzywdzonych, którzy przelali pieniądze na rachunek wskazany przez sprawcę.",
        "Sprawca korzystał z konta w serwisie społecznościowym, za pomocą którego nawiązywał "
        "kontakt z pokrzywdzonymi i przekazywał im fałszywe informacje o inwestycjach.",
        "Zwracamy się z uprzejmą prośbą o zabezpieczenie wszystkich danych tego konta do czasu "
        "otrzymania formalnego wniosku o pomoc prawną w sprawach karnych.",
    ]
)


def test_a_polish_letter_under_an_english_heading_is_polish() -> None:
    # The shortlist is read across the page: from its first words alone it held no Polish.
    assert detect_language(POLISH_LETTER) == "pl"
    assert "pl" in page_languages(POLISH_LETTER)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # Maltese, which lingua lacks: its letters, or (a scan read without them) its articles.
        (
            "Il-Pulizija ta' Malta titlob l-informazzjoni tal-utent. Nitolbu li tibgħatilna d-dettalji.",
            "mt",
        ),
        (
            "Il-Pulizija ta Malta titlob l-informazzjoni tal-utent fil-kaz skont l-artikolu 337C tal-Kodici.",
            "mt",
        ),
        # Galician, which lingua lacks, against Spanish and Portuguese.
        (
            "O xulgado solicita a conta de usuario e o enderezo electrónico do investigado, polo que non se pode demorar.",
            "gl",
        ),
        (
            "El juzgado solicita la cuenta de usuario y la dirección del investigado, por lo que no se puede demorar.",
            "es",
        ),
        (
            "O juiz solicita a conta do usuário e o endereço do investigado, pelo que não se pode demorar.",
            "pt",
        ),
        # One Galician-looking key ("usuario" without its accent) is not Galician.
        ("Resposta da operadora ao ofício da polícia.\nusuario: lobo_guara\nplano: pré-pago", "pt"),
        # Irish and Welsh.
        (
            "Iarrtar ar an soláthraí seirbhíse na sonraí síntiúsóra a chaomhnú faoi alt 5 den Acht.",
            "ga",
        ),
        ("Gofynnwn i chi gadw data'r tanysgrifiwr o dan adran 7 o Ddeddf Trosedd 2003.", "cy"),
        # Sinhala: its script is its own.
        ("ශ්‍රී ලංකා පොලිසිය ඉල්ලා සිටින්නේ ගිණුමේ දත්ත ආරක්ෂා කරන ලෙසයි.", "si"),
        # Uzbek, which lingua lacks: its oʻ and gʻ, or its words without Turkic letters.
        (
            "Toshkent shahar ichki ishlar boshqarmasi soʻrovi boʻyicha maʼlumotlarni saqlab qoʻying.",
            "uz",
        ),
        (
            "Jinoyat ishi raqami va sana: 2025-yil 12-mart, tergov boshqarmasi xodimlari bilan.",
            "uz",
        ),
        ("Cinayət işi üzrə məlumatların saxlanılması xahiş olunur, istintaq şöbəsi.", "az"),
        # Luxembourgish, which lingua lacks, against German.
        (
            "D'Police grand-ducale freet Iech, d'Donnéeë vun dësem Kont ze sécheren, well "
            "d'Ermëttlung nach net ofgeschloss ass.",
            "lb",
        ),
        (
            "Die Polizei bittet Sie, die Daten dieses Kontos zu sichern, weil die Ermittlung "
            "nicht abgeschlossen ist.",
            "de",
        ),
        # Neither: French elides with an apostrophe, English hyphenates words.
        ("Le juge a demandé l'accès aux données du compte; veuillez répondre le 12 mars.", "fr"),
        (
            "Dear Sir, see the e-mail and the re-entry of the so-called data in the log-in page.",
            "en",
        ),
    ],
)
def test_languages_lingua_lacks_or_confuses_are_told_by_their_letters_and_words(
    text: str, language: str
) -> None:
    assert detect_language(text) == language
