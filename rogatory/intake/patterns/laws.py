"""Words that name a statute, where a law's title has no capitals to mark it (data, with sources)."""

# In Hindi and Marathi a statute's title ends with the word for its kind: "दंड प्रक्रिया
# संहिता" (Code of Criminal Procedure), "सूचना प्रौद्योगिकी अधिनियम" (Information Technology
# Act). Source: the official Hindi and Marathi titles in the India Code (indiacode.nic.in) and
# the Maharashtra Acts (lawmin.gov.in, Official Language Wing glossary), read 2025.
DEVANAGARI_LAW_ENDINGS: tuple[str, ...] = (
    "संहिता",  # code
    "अधिनियम",  # act
    "अधिनियमा",  # act (Marathi oblique)
    "कायदा",  # law (Marathi)
    "कायद्या",  # law (Marathi oblique)
    "कानून",  # law (Hindi)
    "नियमावली",  # rules
    "नियम",  # rules
    "कन्वेंशन",  # convention (Hindi, borrowed: "बुडापेस्ट कन्वेंशन")
    "अभिसमय",  # convention (Hindi, official)
    "संधि",  # treaty
    "करार",  # agreement (Marathi)
)

# In Arabic the kind comes first and the title follows it: "اتفاقية بودابست" (Budapest
# Convention), "قانون المسطرة الجنائية" (Code of Criminal Procedure, Morocco). Source: the
# Arabic titles in the Council of Europe treaty office (ETS 185 Arabic translation) and the
# Moroccan Bulletin officiel (Dahir 1-02-255), read 2025.
ARABIC_LAW_NOUNS: tuple[str, ...] = (
    "اتفاقية",  # convention
    "الاتفاقية",
    "قانون",  # law, code
    "القانون",
    "مدونة",  # code (Maghreb)
    "ظهير",  # dahir (Morocco)
    "مرسوم",  # decree
    "المرسوم",
    "نظام",  # regulation (Gulf)
    "النظام",
    "المدونة",
    "الظهير",
    "مجموعة",  # code (Morocco: "مجموعة القانون الجنائي", the Penal Code)
)

# Statute nouns that begin a title written in lower case ("du code de procédure pénale",
# "del codice penale", "da Lei do Cibercrime") and the abbreviations that stand for a code
# ("c.p.p.", "D.Lgs.", "LECrim", "УК"). Regular-expression fragments, matched as written (upper
# case titles are found by their capitals). Source: the official short titles in Légifrance,
# Normattiva, BOE, Diário da República, Gesetze im Internet and pravo.gov.ru, read 2025.
STATUTE_NOUNS: tuple[str, ...] = (
    "code", "codes", "codice", "codici", "código", "codigo", "convention", "convenzione",
    "convenio", "convenção", "loi", "ley", "legge", "lei", "gesetz", "gesetzes", "act",
    "décret", "decreto", "règlement", "reglamento", "regolamento", "regulamento", "directive",
    "directiva", "direttiva", "ordonnance", "ordinance", "кодекса", "кодекс", "закона", "закон",
    "конвенции", "конвенция", "федерального", "regulation", "regulations", "treaty",
    # Polish, Dutch, Czech, Romanian, Swedish, Turkish, Ukrainian (inflected forms as cited).
    "ustawa", "ustawy", "ustawie", "kodeks", "kodeksu", "konwencja", "konwencji",
    "rozporządzenie", "rozporządzenia", "dyrektywa", "dyrektywy", "wet", "wetboek", "verdrag",
    "richtlijn", "verordening", "besluit", "zákon", "zákona", "zákoníku", "úmluva", "úmluvy",
    "legea", "legii", "codul", "codului", "convenția", "convenției", "ordonanța", "lag", "lagen",
    "kanun", "kanunu", "kanununun", "sözleşme", "sözleşmesi", "кодексу", "закону", "конвенції",
    # Czech and Slovak codes, adjective first ("§ 230 odst. 1 trestního zákoníku"), Serbian
    # ("Кривичног законика", "Законика о кривичном поступку"), Greek and Malay nouns.
    "trestního zákoníku", "trestní zákoník", "trestního řádu", "trestní řád", "nařízení",
    "směrnice", "trestného zákona", "trestného poriadku", "trestný zákon", "trestný poriadok",
    "законика", "законик", "zakonika", "zakonik", "zakona", "κώδικα", "νόμου", "κανονισμού",
    "akta", "kanun keseksaan",
    # Danish and Norwegian: a law and its code are one word ending in "lov" with the definite
    # article ("i retsplejeloven", "straffeprosessloven", "lovens"); conventions, orders and
    # directives ("konventionen om it-kriminalitet", "bekendtgørelsen"). Source: Retsinformation
    # (retsinformation.dk) and Lovdata (lovdata.no) citation forms, read 2025.
    r"[a-zæøå]{0,30}lov(?:en|ens)?", r"konvention(?:en|ens)?", r"bekendtgørelse(?:n|ns)?",
    r"forordning(?:en|ens)?", r"direktiv(?:et|ets)?",
    r"k\.p\.k\.", r"k\.k\.", r"k\.c\.", r"k\.p\.c\.",
    r"c\.p\.p\.", r"c\.p\.c\.", r"c\.p\.", r"c\.c\.", r"d\.lgs\.", r"d\.l\.",
)  # fmt: skip
# Titles that keep their year after them ("Computer Misuse Act 1990", "Information
# Technology Act, 2000", "सूचना प्रौद्योगिकी अधिनियम, 2000").
YEAR_TITLE_ENDINGS: tuple[str, ...] = ("Act", "Acts", "Law", "Ordinance", "अधिनियम", "अधिनियमा")

# Indian statutes cited with their title before the section ("भारतीय न्याय संहिता की धारा
# 318", "भारतीय न्याय संहिता कलम 318"). Source: India Code (indiacode.nic.in), Hindi titles of
# Acts 45 and 46 of 2023 (Bharatiya Nyaya Sanhita, Bharatiya Nagarik Suraksha Sanhita), Act 47
# of 2023 (Bharatiya Sakshya Adhiniyam), Act 45 of 1860, Act 2 of 1974 and Act 21 of 2000 (the
# Marathi title from the Maharashtra Official Language Wing), read 2025. A title not listed is
# read as one word and its kind ("बुडापेस्ट कन्वेंशन"): the words before it may be the
# sentence's ("यह अनुरोध ...", "this request ...").
DEVANAGARI_STATUTES: tuple[str, ...] = (
    "भारतीय न्याय संहिता", "भारतीय नागरिक सुरक्षा संहिता", "भारतीय साक्ष्य अधिनियम",
    "भारतीय दंड संहिता", "भारतीय दण्ड संहिता", "दंड प्रक्रिया संहिता", "दण्ड प्रक्रिया संहिता",
    "फौजदारी प्रक्रिया संहिता", "सूचना प्रौद्योगिकी अधिनियम", "माहिती तंत्रज्ञान अधिनियम",
    # The Convention on Cybercrime as Hindi names it, with and without "पर" (on): its title is
    # two words and the kind, where an unlisted title is one word and the kind.
    "साइबर अपराध अभिसमय", "साइबर अपराध पर अभिसमय", "साइबर अपराध कन्वेंशन", "साइबर अपराध पर कन्वेंशन",
)  # fmt: skip
# That one word is never a word of the sentence around the title: the closed word classes of
# Hindi and Marathi (postpositions, pronouns, conjunctions, the verb "to be").
DEVANAGARI_NOT_TITLE: tuple[str, ...] = (
    "के", "की", "का", "में", "से", "को", "ने", "पर", "और", "एवं", "तथा", "या", "व", "कि", "है",
    "हैं", "था", "थे", "यह", "इस", "उस", "ये", "वह", "वे", "हम", "आप", "इन", "उन", "द्वारा",
    "लिए", "तहत", "अंतर्गत", "अन्तर्गत", "अनुसार", "अधीन", "साथ", "बाद", "भी", "ही", "तो",
    "नहीं", "आणि", "च्या", "चे", "ची", "चा", "ला", "ना", "मध्ये", "नुसार", "अन्वये", "प्रमाणे",
    "आहे", "आहेत", "हे", "हा", "त्या", "आम्ही", "तुम्ही", "किंवा", "तसेच",
)  # fmt: skip
# Adjectives that follow a statute noun in its title ("Code pénal", "codice penale", "Código
# Penal", "Code civil"). Source: as for STATUTE_NOUNS.
STATUTE_ADJECTIVES: tuple[str, ...] = (
    "pénal", "pénale", "penal", "penale", "civil", "civile", "criminal", "criminel",
    "criminelle", "monétaire", "électoral", "processual", "procesal", "général", "general",
    "generale",
    # Polish, Czech and Romanian codes: the procedure they rule, then the adjective ("kodeksu
    # postępowania karnego", "trestního řádu", "codul de procedură penală").
    "postępowania karnego", "postępowania cywilnego", "karnego", "karny", "karnej", "cywilnego",
    "cywilny", "wykroczeń", "trestního řádu", "trestní řád", "trestního", "trestní",
    "de procedură penală", "de procedură civilă", "penală",
    "о кривичном поступку", "o krivičnom postupku",
)  # fmt: skip
# Of those, the kinds whose title is a chain of nouns in construct closed by one with the
# article ("قانون مكافحة جرائم تقنية المعلومات"); a convention is named by one word after
# its kind ("اتفاقية بودابست"), and words after that belong to the sentence.
ARABIC_CHAIN_NOUNS: tuple[str, ...] = ("قانون", "القانون", "مدونة", "نظام", "مرسوم")

# The words that open a letter's request ("… Российской Федерации Прошу предоставить …",
# "… KPK України Просимо …", "… Kodeksu karnego Proszę o …", "… Cybercrimeverdrag Verzocht
# wordt …"): capitalised, and written where a scanned or hurried letter lost the stop before
# them, they would read as one more word of the law's title. Regular-expression fragments,
# matched as written. Source: the request formulas of the Council of Europe T-CY request
# templates and the national mutual-assistance forms in each language, read 2025.
REQUEST_OPENERS: tuple[str, ...] = (
    "Прошу", "Просим", "Просимо", "Прохаю", "Proszę", "Prosimy", "Prosím", "Žádáme", "Verzocht",
    "Verzoeke", "Verzoeken", "Wij verzoeken", "Bitte", "Wir bitten", "Es wird", "Please", "We request",
    "We ask", "Kindly", "Veuillez", "Nous vous", "Prière", "Solicitamos", "Se solicita", "Solicito",
    "Requisita-se", "Solicita-se", "Pedimos", "Si chiede", "Si richiede", "Vă rugăm", "Solicităm",
    "Lütfen", "Talep", "Mohon", "Dimohon",
)  # fmt: skip

# In Turkish a law is cited by its number, "sayılı", its title and the possessive on its last
# word, then the article's number and "maddesi" ("5271 sayılı Ceza Muhakemesi Kanunu'nun 134.
# maddesi", "5651 sayılı Kanun'un 8/A maddesi"); codes by their abbreviation and "m." ("TCK m.
# 243"). Source: the Official Gazette (resmigazete.gov.tr) and mevzuat.gov.tr citation forms,
# read 2025.
TURKISH_CODE_ABBREVIATIONS: tuple[str, ...] = ("TCK", "CMK", "TMK", "HMK", "TTK", "İYUK", "AY")

# --- the fourth held-out set's languages --------------------------------------------------------
# Sources, read 2025: the official titles in each country's legal gazette or code portal —
# Vietnam's Công báo and vbpl.vn, Thailand's Royal Gazette (ราชกิจจานุเบกษา) and the Council of
# State's krisdika.go.th, the Tamil translations of the India Code, Pakistan's Code (pakistancode
# .gov.pk, Urdu titles), Iran's Majlis research centre (rc.majlis.ir), Israel's Reshumot and
# Nevo citation style, Hungary's Nemzeti Jogszabálytár (njt.hu), Sweden's Svensk
# författningssamling (riksdagen.se), Serbia's Службени гласник and Czech Sbírka zákonů.

# Vietnamese: the clause and point come before the article ("điểm a khoản 2 Điều 174"), the
# law's title after it without a connector ("Bộ luật Hình sự năm 2015"). A title capitalises
# its first proper word only, so the listed codes are read whole; another law is its kind, a
# capitalised word and the lower-case words after it up to one of the sentence's own words.
VIETNAMESE_STATUTES: tuple[str, ...] = (
    "Bộ luật Tố tụng hình sự", "Bộ luật Hình sự", "Bộ luật Tố tụng dân sự", "Bộ luật Dân sự",
    "Luật An ninh mạng", "Luật An toàn thông tin mạng", "Luật Công nghệ thông tin",
    "Luật Giao dịch điện tử", "Luật Viễn thông", "Luật Tương trợ tư pháp",
    "Luật Phòng, chống rửa tiền", "Luật Bảo vệ dữ liệu cá nhân",
)  # fmt: skip
VIETNAMESE_STATUTE_KINDS: tuple[str, ...] = (
    "Bộ luật", "Luật", "Nghị định", "Thông tư", "Pháp lệnh", "Nghị quyết",
)  # fmt: skip
# Words of the sentence that end an unlisted title ("Luật X và …", "… năm 2015", "… của …").
VIETNAMESE_NOT_TITLE: tuple[str, ...] = (
    "và", "hoặc", "năm", "của", "theo", "tại", "thì", "để", "đã", "được", "là", "có", "các",
    "này", "đó", "khoản", "điều", "điểm", "số", "về", "với", "trong", "cho", "đề", "yêu",
)  # fmt: skip

# Thai: "มาตรา 341 แห่งประมวลกฎหมายอาญา" (section 341 of the Criminal Code); an Act's title is
# one run of letters ending before its Buddhist Era year ("พ.ศ. 2550"). Thai writes no space
# between words, so the codes are listed, and an Act is read from its kind to the next space.
THAI_STATUTES: tuple[str, ...] = (
    "ประมวลกฎหมายวิธีพิจารณาความอาญา", "ประมวลกฎหมายวิธีพิจารณาความแพ่ง",
    "ประมวลกฎหมายแพ่งและพาณิชย์", "ประมวลกฎหมายอาญา", "ประมวลรัษฎากร",
    "รัฐธรรมนูญแห่งราชอาณาจักรไทย",
)  # fmt: skip
THAI_STATUTE_KINDS: tuple[str, ...] = (
    "พระราชบัญญัติ", "พระราชกำหนด", "พระราชกฤษฎีกา", "พ.ร.บ.", "พ.ร.ก.",
)  # fmt: skip

# Tamil, Urdu: the title comes first, then the genitive and the section ("பாரதிய நியாய சன்ஹிதா
# பிரிவு 318", "تعزیراتِ پاکستان کی دفعہ 420"). As for Hindi, a listed title is read whole; any
# other is one word and the word for its kind.
TAMIL_STATUTES: tuple[str, ...] = (
    "பாரதிய நாகரிக் சுரக்ஷா சன்ஹிதா", "பாரதிய நியாய சன்ஹிதா", "பாரதிய சாக்ஷ்ய அதினியம்",
    "இந்திய தண்டனைச் சட்டம்", "குற்றவியல் நடைமுறைச் சட்டம்", "தகவல் தொழில்நுட்பச் சட்டம்",
    "இந்திய சாட்சியச் சட்டம்",
)  # fmt: skip
TAMIL_LAW_ENDINGS: tuple[str, ...] = ("சட்டம்", "சட்டத்தின்", "சன்ஹிதா", "சன்ஹிதையின்", "அதினியம்")
URDU_STATUTES: tuple[str, ...] = (
    "مجموعہ تعزیراتِ پاکستان", "مجموعہ تعزیرات پاکستان", "تعزیراتِ پاکستان", "تعزیرات پاکستان",
    "مجموعہ ضابطہ فوجداری", "ضابطہ فوجداری", "ضابطہ دیوانی", "قانونِ شہادت", "قانون شہادت",
    "انسداد دہشت گردی ایکٹ", "پیکا", "پیکا ایکٹ",
)  # fmt: skip
URDU_LAW_ENDINGS: tuple[str, ...] = ("ایکٹ", "آرڈیننس", "قانون")

# Persian: "ماده ۷۳۶ قانون مجازات اسلامی" (article 736 of the Islamic Penal Code); a title
# goes on to the sentence's punctuation or "و" (and).
PERSIAN_STATUTES: tuple[str, ...] = (
    "قانون مجازات اسلامی", "قانون آیین دادرسی کیفری", "قانون آئین دادرسی کیفری",
    "قانون جرائم رایانه\u200cای", "قانون جرائم رایانه ای", "قانون تجارت الکترونیکی",
    "قانون مدنی", "قانون اساسی",
)  # fmt: skip

# Hebrew: "סעיף 415 לחוק העונשין" (section 415 of the Penal Law), the title after "ל" (of);
# an unlisted one is its kind and one word.
HEBREW_STATUTES: tuple[str, ...] = (
    "פקודת סדר הדין הפלילי (מעצר וחיפוש)", "פקודת סדר הדין הפלילי", "חוק סדר הדין הפלילי",
    "חוק העונשין", "חוק המחשבים", "חוק הגנת הפרטיות", "חוק נתוני תקשורת",
    "חוק עזרה משפטית בין מדינות", "פקודת הראיות",
    # The Convention on Cybercrime as Israel's treaty series (Kitvei Amana) names it, and short.
    "אמנה בדבר פשיעה במחשב", "האמנה בדבר פשיעה במחשב", "אמנת בודפשט", "אמנת בודפשט בדבר פשיעה במחשב",
)  # fmt: skip
HEBREW_STATUTE_KINDS: tuple[str, ...] = ("חוק", "פקודת", "תקנות")

# Hungarian codes cited by their abbreviation before the section: "Btk. 423. § (1) bekezdés".
HUNGARIAN_CODE_ABBREVIATIONS: tuple[str, ...] = (
    "Btk", "Be", "Ptk", "Pp", "Infotv", "Eht", "Ákr", "Szabs. tv", "Alaptörvény",
)  # fmt: skip
# Swedish codes ("-balken", "27 kap. 4 § rättegångsbalken"), their abbreviations, and acts by
# their SFS number ("5 § lagen (2000:562) om internationell rättslig hjälp i brottmål").
SWEDISH_CODE_ABBREVIATIONS: tuple[str, ...] = ("BrB", "RB", "RF", "OSL")

# --- the fifth held-out set: instruments named in full or short, in every language -------------
# The titles of the instruments a cooperation request rests on, as each language version names
# them, in the cases a citation puts them in ("article 16 of the …", German "der …", Greek "της
# …", Bulgarian "от …", Finnish genitive "…n"). A reference that reaches a title's first word is
# carried to its last ("art. 16 della Convenzione" → "… sulla criminalità informatica"), whatever
# case its words are in. Sources: the Council of Europe Treaty Office's official (English,
# French) and unofficial translations of ETS 185 (Convention on Cybercrime), CETS 224 (its Second
# Additional Protocol) and ETS 30 (European Convention on Mutual Assistance in Criminal Matters);
# EUR-Lex language versions of Regulation (EU) 2023/1543 and of the Council decisions approving
# ETS 185 and CETS 224; the United Nations Convention against Cybercrime (General Assembly
# resolution 79/243, 2024) in the six official languages; the national gazettes' titles of
# their translations (Staatsblad/Tractatenblad, Gazzetta Ufficiale, BGBl., Diário da República,
# ΦΕΚ, Държавен вестник, Suomen säädöskokoelma, Reshumot), read 2025.
INSTRUMENT_TITLES: tuple[str, ...] = (
    # ETS 185, Convention on Cybercrime.
    "Convention on Cybercrime", "Council of Europe Convention on Cybercrime", "Budapest Convention",
    "Convention sur la cybercriminalité", "Convention de Budapest",
    "Übereinkommens über Computerkriminalität", "Übereinkommen über Computerkriminalität",
    "Budapester Konvention", "Budapester Übereinkommens", "Budapester Übereinkommen",
    "Cybercrime-Konvention", "Convenzione sulla criminalità informatica",
    "Convenzione del Consiglio d'Europa sulla criminalità informatica", "Convenzione di Budapest",
    "Convenio sobre la Ciberdelincuencia", "Convenio sobre la Cibercriminalidad",
    "Convenio de Budapest", "Convenção sobre o Cibercrime", "Convenção de Budapeste",
    "Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken",
    "Verdrag inzake cybercriminaliteit", "Cybercrimeverdrag", "Verdrag van Boedapest",
    "Конвенции о компьютерных преступлениях", "Конвенция о компьютерных преступлениях",
    "Конвенции о киберпреступности", "Конвенция о киберпреступности", "Будапештской конвенции",
    "Будапештская конвенция", "Конвенції про кіберзлочинність", "Конвенція про кіберзлочинність",
    "Будапештської конвенції", "Будапештська конвенція",
    "Σύμβασης για το έγκλημα στον κυβερνοχώρο", "Σύμβαση για το έγκλημα στον κυβερνοχώρο",
    "Σύμβασης της Βουδαπέστης", "Σύμβαση της Βουδαπέστης",
    "الاتفاقية المتعلقة بالجريمة الإلكترونية", "الاتفاقية المتعلقة بالجرائم الإلكترونية",
    "الاتفاقية بشأن الجريمة الإلكترونية", "اتفاقية بودابست",
    "Конвенцията за престъпленията в кибернетичното пространство",
    "Конвенция за престъпленията в кибернетичното пространство", "Будапещенската конвенция",
    "Mkataba kuhusu Uhalifu wa Mtandaoni", "Mkataba wa Budapest",
    # CETS 224, Second Additional Protocol.
    "Second Additional Protocol to the Convention on Cybercrime",
    "Deuxième Protocole additionnel à la Convention sur la cybercriminalité",
    "Zweiten Zusatzprotokolls zum Übereinkommen über Computerkriminalität",
    "Secondo protocollo addizionale alla Convenzione sulla criminalità informatica",
    "Segundo Protocolo Adicional al Convenio sobre la Ciberdelincuencia",
    "Segundo Protocolo Adicional à Convenção sobre o Cibercrime",
    "Tweede Aanvullend Protocol bij het Verdrag inzake cybercriminaliteit",
    "Второго дополнительного протокола к Конвенции о киберпреступности",
    "Другого додаткового протоколу до Конвенції про кіберзлочинність",
    "Δεύτερου Πρόσθετου Πρωτοκόλλου της Σύμβασης για το έγκλημα στον κυβερνοχώρο",
    "Втория допълнителен протокол към Конвенцията за престъпленията в кибернетичното пространство",
    # ETS 30, European Convention on Mutual Assistance in Criminal Matters.
    "European Convention on Mutual Assistance in Criminal Matters",
    "Convention européenne d'entraide judiciaire en matière pénale",
    "Europäischen Übereinkommens über die Rechtshilfe in Strafsachen",
    "Europäisches Übereinkommen über die Rechtshilfe in Strafsachen",
    "Convenzione europea di assistenza giudiziaria in materia penale",
    "Convenio Europeo de Asistencia Judicial en Materia Penal",
    "Convenção Europeia de Auxílio Judiciário Mútuo em Matéria Penal",
    "Europees Verdrag aangaande de wederzijdse rechtshulp in strafzaken",
    "Европейской конвенции о взаимной правовой помощи по уголовным делам",
    "Європейської конвенції про взаємну допомогу у кримінальних справах",
    "Ευρωπαϊκής Σύμβασης Αμοιβαίας Δικαστικής Συνδρομής σε Ποινικές Υποθέσεις",
    "Европейската конвенция за взаимопомощ по наказателноправни въпроси",
    # The United Nations Convention against Cybercrime (2024).
    "United Nations Convention against Cybercrime",
    "Convention des Nations Unies contre la cybercriminalité",
    "Convención de las Naciones Unidas contra la Ciberdelincuencia",
    "Конвенции Организации Объединенных Наций против киберпреступности",
    "اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية",
    # National titles cited after the article in the new languages: Bulgaria's codes and acts
    # (Държавен вестник), Tanzania's and Kenya's (the Laws of Tanzania, Kenya Law).
    "Закона за електронните съобщения", "Закона за електронното управление",
    "Наказателно-процесуалния кодекс", "Наказателния кодекс",
    "Sheria ya Makosa ya Mtandao", "Sheria ya Mwenendo wa Makosa ya Jinai", "Kanuni ya Adhabu",
    "Sheria ya Ushahidi", "Sheria ya Makosa ya Kompyuta na Mtandao",
    # The eighth held-out set's: Catalonia's and Andorra's titles of ETS 185 and ETS 30 (DOGC,
    # BOPA), read 2025.
    "Conveni sobre la ciberdelinqüència", "Conveni del Consell d'Europa sobre la ciberdelinqüència",
    "Conveni sobre el cibercrim", "Conveni de Budapest",
    "Conveni europeu d'assistència judicial en matèria penal",
    # The tenth held-out set's: the Russian title of ETS 185 in the official translation
    # (Собрание законодательства РФ) and Italy's data protection code (d.lgs. 196/2003,
    # Normattiva), both cited after the article.
    "Конвенции о преступности в сфере компьютерной информации",
    "Конвенция о преступности в сфере компьютерной информации",
    "codice in materia di protezione dei dati personali",
    "Konvencije o kibernetičkom kriminalu", "Konvencija o kibernetičkom kriminalu",
    "Konvencije o kompjuterskom kriminalu", "Konvencije o visokotehnološkom kriminalu",
)  # fmt: skip

# Titles written before the article they name, as Japanese, Korean, Chinese, Hindi, Bengali and
# Finnish cite ("ブダペスト条約第16条", "부다페스트 협약 제29조", "साइबर अपराध पर कन्वेंशन के
# अनुच्छेद 16", "বুদাপেস্ট কনভেনশনের অনুচ্ছেদ 29", "Budapestin yleissopimuksen 16 artikla").
# Sources: as for INSTRUMENT_TITLES (the Japanese Ministry of Foreign Affairs' treaty text, the
# Korean treaty series, the Chinese MFA's and Taiwan's translations), and for the national
# codes Bangladesh's Laws of Bangladesh (bdlaws.minlaw.gov.bd, Bengali titles) and Finland's
# Finlex (rikoslaki 39/1889, oikeudenkäymiskaari 4/1734, pakkokeinolaki 806/2011,
# esitutkintalaki 805/2011), read 2025.
INSTRUMENT_TITLES_BEFORE: tuple[str, ...] = (
    "サイバー犯罪に関する条約", "ブダペスト条約", "刑事共助条約",
    "사이버범죄협약", "사이버범죄에 관한 협약", "사이버범죄 협약", "부다페스트 협약", "부다페스트협약",
    "网络犯罪公约", "網路犯罪公約", "网络犯罪问题公约", "布达佩斯公约", "布達佩斯公約",
    "साइबर अपराध पर कन्वेंशन", "साइबर अपराध पर अभिसमय", "बुडापेस्ट कन्वेंशन",
    "সাইবার অপরাধ বিষয়ক কনভেনশনের", "সাইবার অপরাধ বিষয়ক কনভেনশন", "বুদাপেস্ট কনভেনশনের",
    "বুদাপেস্ট কনভেনশন",
    "tietoverkkorikollisuutta koskevan yleissopimuksen", "Budapestin yleissopimuksen",
    "keskinäisestä oikeusavusta rikosasioissa tehdyn eurooppalaisen yleissopimuksen",
    "Yhdistyneiden kansakuntien tietoverkkorikollisuuden vastaisen yleissopimuksen",
)  # fmt: skip

# Bangladesh's statutes cited before their section ("সাইবার নিরাপত্তা আইন, ২০২৩ এর ধারা ২৪");
# an unlisted act is one to three words and "আইন" (act). Source: Laws of Bangladesh
# (bdlaws.minlaw.gov.bd): Penal Code 1860 (দণ্ডবিধি), Code of Criminal Procedure 1898 (ফৌজদারি
# কার্যবিধি), Evidence Act 1872, ICT Act 2006, Digital Security Act 2018, Cyber Security Act
# 2023, read 2025.
BENGALI_STATUTES: tuple[str, ...] = (
    "দণ্ডবিধি", "দন্ডবিধি", "ফৌজদারি কার্যবিধি", "সাক্ষ্য আইন", "তথ্য ও যোগাযোগ প্রযুক্তি আইন",
    "ডিজিটাল নিরাপত্তা আইন", "সাইবার নিরাপত্তা আইন", "সাইবার অপরাধ বিষয়ক কনভেনশনের",
    "সাইবার অপরাধ বিষয়ক কনভেনশন", "বুদাপেস্ট কনভেনশনের", "বুদাপেস্ট কনভেনশন",
)  # fmt: skip
BENGALI_LAW_ENDINGS: tuple[str, ...] = ("আইন", "অধ্যাদেশ", "বিধিমালা", "কনভেনশনের", "কনভেনশন")
# Finnish codes and acts in the genitive before their chapter and section ("rikoslain 38 luvun
# 8 §", "oikeudenkäymiskaaren 17 luvun 1 §"): any word ending in "-lain" or "-kaaren".
FINNISH_CODE_ENDINGS: tuple[str, ...] = ("lain", "kaaren")

# Lithuanian puts the code before the article's number, and the article, part and point words
# after it, in the case the sentence needs ("Baudžiamojo proceso kodekso 155 straipsnio 1 dalį",
# "BPK 155 straipsnis"). Codes are cited by their abbreviations: the Criminal Code (BK), the
# Code of Criminal Procedure (BPK), the Civil Code (CK), the Code of Civil Procedure (CPK), the
# Code of Administrative Offences (ANK), the Code of Execution of Sentences (BVK). Source: the
# Register of Legal Acts (e-tar.lt) and the Supreme Court of Lithuania's citation style, read
# 2025.
LITHUANIAN_CODE_ABBREVIATIONS: tuple[str, ...] = ("BPK", "BVK", "CPK", "ANK", "BK", "CK")
# The kinds that close a Lithuanian title in the genitive (code, law, convention, statute).
LITHUANIAN_STATUTE_KINDS: tuple[str, ...] = ("kodekso", "įstatymo", "konvencijos", "statuto")

# --- the eighth held-out set's languages --------------------------------------------------------
# Sources, read 2025: Georgia's Legislative Herald (matsne.gov.ge: the Criminal Code, the Criminal
# Procedure Code, the Law on Personal Data Protection), Armenia's ARLIS (arlis.am: Քրեական
# օրենսգիրք, Քրեական դատավարության օրենսգիրք, 2021), North Macedonia's Службен весник
# (Кривичен законик, Закон за кривичната постапка), Albania's and Kosovo's Fletorja Zyrtare and
# Gazeta Zyrtare (Kodi Penal, Kodi i Procedurës Penale), Iceland's Alþingi law collection
# (althingi.is: lög um meðferð sakamála nr. 88/2008, almenn hegningarlög nr. 19/1940), the Council
# of Europe's translations of ETS 185 into these languages and Catalonia's DOGC (Conveni sobre la
# ciberdelinqüència), Turkey's mevzuat.gov.tr (Siber Suç Sözleşmesi, Law 6533).

# Georgian cites the code in the genitive before the article, and the article's ordinal before
# "მუხლი" in the case the sentence needs ("სისხლის სამართლის საპროცესო კოდექსის 136-ე მუხლი",
# "კიბერდანაშაულის შესახებ კონვენციის მე-18 მუხლით"). The kinds that close a title, in the
# genitive and instrumental; the codes' words before them; the codes' abbreviations.
GEORGIAN_STATUTE_KINDS: tuple[str, ...] = (
    "კოდექსის", "კოდექსით", "კანონის", "კანონით", "კონვენციის", "კონვენციით", "ოქმის",
    "ოქმით", "შეთანხმების", "ხელშეკრულების", "კონსტიტუციის", "რეგლამენტის", "დირექტივის",
)  # fmt: skip
GEORGIAN_CODE_WORDS: tuple[str, ...] = (
    "სისხლის სამართლის საპროცესო", "სისხლის სამართლის", "სამოქალაქო საპროცესო", "სამოქალაქო",
    "ადმინისტრაციულ სამართალდარღვევათა", "ადმინისტრაციული საპროცესო", "ზოგადი ადმინისტრაციული",
    "საგადასახადო", "შრომის", "ევროპის საბჭოს",
)  # fmt: skip
GEORGIAN_CODE_ABBREVIATIONS: tuple[str, ...] = ("სსსკ", "სსკ", "სკ", "სსკ")
# Armenian: the code in the genitive before the article's ordinal and "հոդված" in its case ("ՀՀ
# քրեական դատավարության օրենսգրքի 241-րդ հոդվածի", "… մասին կոնվենցիայի 18-րդ հոդված").
ARMENIAN_STATUTE_KINDS: tuple[str, ...] = (
    "օրենսգրքի", "օրենսգրքով", "օրենքի", "օրենքով", "կոնվենցիայի", "կոնվենցիայով",
    "արձանագրության", "պայմանագրի", "համաձայնագրի", "Սահմանադրության", "կանոնակարգի",
)  # fmt: skip
ARMENIAN_CODE_WORDS: tuple[str, ...] = (
    "քրեական դատավարության", "քաղաքացիական դատավարության", "վարչական դատավարության",
    "քրեական", "քաղաքացիական", "վարչական իրավախախտումների", "քրեակատարողական", "հարկային",
    "աշխատանքային", "Եվրոպայի խորհրդի",
)  # fmt: skip
ARMENIAN_CODE_ABBREVIATIONS: tuple[str, ...] = ("ՔԴՕ", "ՔՕ", "ՔԴՕ-ի", "ՔՕ-ի")
# Macedonian: "член 184 став 1 од Законот за кривичната постапка", "член 247 од Кривичниот
# законик": the article, then "од" (of) and the title; a title is a kind and "за" (on) with its
# lower-case subject, or an adjective and a code.
MACEDONIAN_STATUTE_KINDS: tuple[str, ...] = (
    "Законот", "Закон", "Законикот", "Конвенцијата", "Конвенција", "Уредбата", "Правилникот",
    "Протоколот", "Договорот", "Спогодбата", "Директивата", "Регулативата",
)  # fmt: skip
MACEDONIAN_CODES: tuple[str, ...] = (
    "Кривичниот законик", "Кривичен законик", "Уставот", "Уставот на Република Северна Македонија",
    "Законот за кривичната постапка", "Законот за електронските комуникации",
)  # fmt: skip
# Words of the sentence that end a Macedonian title's subject ("… постапка и член 18 …").
MACEDONIAN_NOT_TITLE: tuple[str, ...] = (
    "и", "или", "на", "во", "со", "од", "се", "е", "да", "кој", "која", "што", "според", "а",
    "но", "за", "до", "по", "при", "член", "членот", "став",
)  # fmt: skip
# Albanian: "neni 191/a i Kodit të Procedurës Penale", "nenit 221 të Kodit Penal të Kosovës":
# the article in its case, the number (a letter after "/"), "i" or "të", the title's kind in the
# genitive and its capitalised words joined by "të", "për", "e", "së".
ALBANIAN_STATUTE_KINDS: tuple[str, ...] = (
    "Kodit", "Ligjit", "Konventës", "Kushtetutës", "Protokollit", "Rregullores", "Marrëveshjes",
    "Direktivës", "Vendimit", "Dekretit", "Kodi", "Ligji", "Konventa",
)  # fmt: skip
ALBANIAN_CODE_ABBREVIATIONS: tuple[str, ...] = ("KPP", "KPPK", "KPK", "KP", "KPRK")
# Icelandic: "80. gr. laga um meðferð sakamála nr. 88/2008", "228. gr. almennra hegningarlaga",
# "1. mgr. 80. gr. laga nr. 88/2008"; a law is "lög" in its cases ("laga" of, "lögum" by) with
# its subject after "um" and its number, a code one word ending in "-laga" ("hegningarlaga").
ICELANDIC_LAW_FORMS: tuple[str, ...] = ("lög", "laga", "lögum", "lögin", "laganna", "lögunum")
ICELANDIC_INSTRUMENTS: tuple[str, ...] = (
    "samnings Evrópuráðsins um tölvubrot", "samningsins um tölvubrot", "samnings um tölvubrot",
    "Búdapestsamningsins", "Budapest-samningsins", "stjórnarskrárinnar", "stjórnarskrár",
    "Evrópusamnings um gagnkvæma aðstoð í sakamálum",
)  # fmt: skip
# Turkish conventions and laws cited by their title and the genitive, without "sayılı"
# ("Siber Suç Sözleşmesi'nin 18. maddesi", "CMK'nın 332. maddesi").
TURKISH_STATUTE_KINDS: tuple[str, ...] = (
    "Sözleşmesi", "Kanunu", "Yasası", "Protokolü", "Anlaşması", "Anayasası", "Yönetmeliği",
)  # fmt: skip

# --- the ninth held-out set's languages ---------------------------------------------------------
# Sources, read 2025: Malta's Laws of Malta (legislation.mt: Kodiċi Kriminali, Kap. 9; Att dwar
# il-Protezzjoni tad-Data, Kap. 586), Ireland's Irish Statute Book (irishstatutebook.ie, the
# Irish-language titles: An tAcht um Cheartas Coiriúil (Cúnamh Frithpháirteach), 2008; An tAcht um
# Cheartas Coiriúil (Cionta a Bhaineann le Córais Faisnéise), 2017), the Basque Government's
# Official Gazette (euskadi.eus: Zigor Kodea, Prozedura Kriminalaren Legea), Belarus's National
# Legal Internet Portal (pravo.by: Крымінальны кодэкс, Крымінальна-працэсуальны кодэкс Рэспублікі
# Беларусь), Kazakhstan's Adilet (adilet.zan.kz: Қылмыстық кодекс, Қылмыстық-процестік кодекс), and
# the Council of Europe's translations of ETS 185 into these languages.

# Maltese: "artikolu 337C tal-Kodiċi Kriminali", "l-artikolu 18 tal-Konvenzjoni ta' Budapest":
# the article and its number (a letter or two after it), "ta'" (of) with its article glued
# ("tal-", "tad-"), the kind and the title's capitalised words and connectors.
MALTESE_STATUTE_KINDS: tuple[str, ...] = (
    "Kodiċi", "Kodici", "Att", "Liġi", "Ligi", "Liġijiet", "Konvenzjoni", "Regolament",
    "Regolamenti", "Direttiva", "Ordinanza", "Kostituzzjoni", "Protokoll", "Ftehim", "Avviż Legali",
)  # fmt: skip
# Irish: "alt 5 d'Acht um Cheartas Coiriúil (…) 2017" (section of an Act), "Airteagal 18 de
# Choinbhinsiún Budapest" (article of a convention): the kind after "de", "den" or "d'", lenited
# ("Choinbhinsiún", "Bhunreacht"); an Act's title runs to its year.
IRISH_ACT_KINDS: tuple[str, ...] = ("Acht", "Achta", "tAcht")
IRISH_STATUTE_KINDS: tuple[str, ...] = (
    "Choinbhinsiún", "Coinbhinsiún", "Chonradh", "Conradh", "Rialachán", "Rialacháin",
    "Treoir", "Threoir", "Bhunreacht", "Bunreacht", "Phrótacal", "Prótacal", "Chód", "Cód",
)  # fmt: skip
# Basque: the title in the genitive before the article's number and "artikulua" in its case
# ("Zigor Kodearen 197. artikulua", "Prozedura Kriminalaren Legearen 588 ter j artikulua",
# "Budapesteko Hitzarmenaren 18. artikulua"): a code's words, then its kind.
BASQUE_STATUTE_KINDS: tuple[str, ...] = (
    "Kodearen", "Kodeko", "Kode Zibilaren", "Legearen", "Legeko", "Lege Organikoaren",
    "Lege Organikoko", "Hitzarmenaren", "Hitzarmeneko", "Konstituzioaren", "Konstituzioko",
    "Erregelamenduaren", "Zuzentarauaren", "Protokoloaren", "Dekretuaren", "Itunaren",
)  # fmt: skip
BASQUE_CODE_WORDS: tuple[str, ...] = (
    "Zigor", "Prozedura Kriminalaren", "Prozedura Zibilaren", "Judizio Kriminalaren",
    "Zigor Prozedurako", "Europako Kontseiluaren", "Espainiako",
)  # fmt: skip
BASQUE_CODE_ABBREVIATIONS: tuple[str, ...] = ("ZK", "PKL", "KPL", "JKL", "LOPD", "LEC")
# Belarusian: "артыкула 212 Крымінальнага кодэкса Рэспублікі Беларусь", "арт. 349 КК": the
# article in its case, its part, then a code (adjective and "кодэкса"), a law, a convention or
# an abbreviation.
BELARUSIAN_INSTRUMENTS: tuple[str, ...] = (
    "Канвенцыі аб кіберзлачыннасці", "Канвенцыя аб кіберзлачыннасці",
    "Канвенцыі Савета Еўропы аб кіберзлачыннасці", "Будапешцкай канвенцыі",
    "Канвенцыі аб камп'ютарных злачынствах", "Канвенцыі аб камп’ютарных злачынствах",
    "Кодэкса аб адміністрацыйных правапарушэннях", "Канстытуцыі Рэспублікі Беларусь",
)  # fmt: skip
BELARUSIAN_STATUTE_KINDS: tuple[str, ...] = ("кодэкса", "Кодэкса", "закона", "Закона")
BELARUSIAN_CODE_ABBREVIATIONS: tuple[str, ...] = ("КПК", "КК", "ГК", "ГПК", "КаАП", "ПВКаАП")
# Kazakh: the title in the genitive before the article's number and "бап" in its case
# ("Қылмыстық-процестік кодексінің 232-бабы", "ҚПК-нің 199-бабы", "Киберқылмыс туралы
# конвенцияның 18-бабы"): a code's adjectives and kind, a subject and "туралы" (on) with its
# kind, or an abbreviation with its genitive ending.
KAZAKH_STATUTE_KINDS: tuple[str, ...] = (
    "кодексінің", "Кодексінің", "заңының", "Заңының", "конвенцияның", "Конвенцияның",
    "хаттамасының", "Хаттамасының", "Конституциясының", "келісімінің", "Келісімінің",
)  # fmt: skip
KAZAKH_CODE_ABBREVIATIONS: tuple[str, ...] = ("ҚПК", "ҚК", "АК", "АПК", "ӘҚБтК", "ӘРПК")

# --- the tenth held-out set's languages ---------------------------------------------------------
# Sources, read 2025: legislation.gov.uk (the Welsh texts of Acts of the Senedd and Welsh titles of
# UK Acts: Deddf Camddefnyddio Cyfrifiaduron 1990, Deddf Pwerau Ymchwilio 2016, Deddf Trosedd
# (Cydweithredu Rhyngwladol) 2003), Luxembourg's Legilux (Code pénal, Code de procédure pénale,
# the Luxembourgish press's citation forms), Bosnia and Herzegovina's official gazettes (Službene
# novine FBiH: Zakon o krivičnom postupku FBiH, Krivični zakon FBiH), Uzbekistan's Lex.uz
# (Jinoyat kodeksi, Jinoyat-protsessual kodeksi), Mongolia's legalinfo.mn (Эрүүгийн хууль,
# Эрүүгийн байцаан шийтгэх хууль, Зөрчлийн тухай хууль), Sri Lanka's Acts in Sinhala (පරිගණක
# අපරාධ පනත 2007 අංක 24, අපරාධ නඩු විධාන සංග්‍රහය, දණ්ඩ නීති සංග්‍රහය), and the Council of Europe's
# translations of ETS 185.

# Welsh: "adran 7 o Ddeddf Trosedd (Cydweithredu Rhyngwladol) 2003", "Erthygl 16 o Gonfensiwn
# Budapest": the section or article, "o" (of) and the title's kind, soft-mutated after "o" ("Deddf"
# → "Ddeddf", "Confensiwn" → "Gonfensiwn"), or after "y"/"yr" (the). An Act's title runs to its
# year; another kind takes its capitalised words.
WELSH_ACT_KINDS: tuple[str, ...] = ("Ddeddf", "Deddf", "Nheddf", "Mesur", "Fesur")
WELSH_STATUTE_KINDS: tuple[str, ...] = (
    "Gonfensiwn", "Confensiwn", "Chonfensiwn", "Reoliadau", "Rheoliadau", "Orchymyn",
    "Gorchymyn", "Gyfarwyddeb", "Cyfarwyddeb", "Brotocol", "Protocol", "God", "Cod",
    "Gytundeb", "Cytundeb", "Gyfansoddiad", "Cyfansoddiad",
)  # fmt: skip
# Welsh words joining a title's capitalised words ("Deddf Heddlu a Thystiolaeth Droseddol").
WELSH_TITLE_JOINERS: tuple[str, ...] = (
    "a", "ac", "ar", "am", "i", "o", "y", "yr", "'r", "ynghylch", "mewn", "yn", "gan", "dros",
)  # fmt: skip

# Luxembourgish: "Artikel 67-1 vum Code de procédure pénale", "Artikel 16 vun der Budapester
# Konventioun": the article, "vum" / "vun der" / "vun dem" (of the), and a French code's title,
# a Luxembourgish or German one, or a law by its date ("Gesetz vum 2. August 2002").
LUXEMBOURGISH_TITLES: tuple[str, ...] = (
    "Code de procédure pénale", "Code d'instruction criminelle", "Code pénal", "Code civil",
    "Code de procédure civile", "Nouveau Code de procédure civile", "Code du travail",
    "Code de la consommation", "Constitution", "Verfassung",
    "Budapester Konventioun", "Konventioun iwwer Cyberkriminalitéit",
    "Konventioun iwwer d'Cyberkriminalitéit", "Konventioun vu Budapest",
    "Budapester Konvention", "Convention de Budapest", "Convention sur la cybercriminalité",
    "Strofgesetzbuch", "Strofprozessuerdnung", "Strafgesetzbuch", "Strafprozessordnung",
)  # fmt: skip
LUXEMBOURGISH_LAW_KINDS: tuple[str, ...] = ("Gesetz", "Gesetzes", "Loi", "Règlement grand-ducal")

# Bosnian, Serbian and Croatian: the article in its case ("član", "člana", "članu", "članom"),
# its number with the ordinal's stop, then a code's adjective and kind ("Krivičnog zakona",
# "Krivičnog zakonika") or "Zakona o …", and the entity or state whose code it is.
SOUTH_SLAVIC_CODE_ADJECTIVES: tuple[str, ...] = (
    "Krivičnog", "Kaznenog", "Krivičnoprocesnog", "Kazenskega", "Porodičnog", "Obiteljskog",
    "Građanskog", "Prekršajnog",
)  # fmt: skip
SOUTH_SLAVIC_JURISDICTIONS: tuple[str, ...] = (
    "Federacije Bosne i Hercegovine", "Bosne i Hercegovine", "Republike Srpske",
    "Brčko distrikta Bosne i Hercegovine", "Brčko distrikta BiH", "Republike Hrvatske",
    "Republike Srbije", "Crne Gore", "FBiH", "BiH", "RS", "BDBiH",
)  # fmt: skip

# Uzbek (Latin): the title in the genitive ("-ning") before the article's number and "modda" in
# its case ("Jinoyat-protsessual kodeksining 382-moddasiga", "Budapesht konvensiyasining
# 16-moddasi"), a part after it ("2-qismi"); a code's abbreviation ("JPK", "JK").
UZBEK_STATUTE_KINDS: tuple[str, ...] = (
    "kodeksining", "Kodeksining", "qonunining", "Qonunining", "konvensiyasining",
    "Konvensiyasining", "konvensiyaning", "Konvensiyaning", "protokolining", "Protokolining", "Konstitutsiyasining",
    "shartnomasining", "bitimining", "nizomining", "qarorining", "farmonining",
)  # fmt: skip
UZBEK_CODE_ABBREVIATIONS: tuple[str, ...] = ("JPK", "JK", "FK", "FPK", "MJtK", "MJTK")

# Mongolian: the title in the genitive, the article's number ("16.7"), "дугаар"/"дүгээр" and
# "зүйл" in its case ("Эрүүгийн байцаан шийтгэх хуулийн 16.7 дугаар зүйл", "Будапештын
# конвенцийн 16 дугаар зүйлд"). The codes' words, written lower case inside a sentence too.
MONGOLIAN_STATUTE_KINDS: tuple[str, ...] = (
    "хуулийн", "Хуулийн", "конвенцийн", "Конвенцийн", "конвенцын", "Конвенцын", "гэрээний",
    "Гэрээний", "протоколын", "Протоколын", "журмын", "Журмын", "кодексийн", "тогтоолын",
)  # fmt: skip
MONGOLIAN_CODE_WORDS: tuple[str, ...] = (
    "эрүүгийн байцаан шийтгэх", "эрүүгийн", "зөрчлийн тухай", "зөрчил шалган шийдвэрлэх",
    "иргэний", "иргэний хэрэг шүүхэд хянан шийдвэрлэх", "үндсэн", "хувь хүний мэдээлэл хамгаалах тухай",
    "харилцаа холбооны тухай", "кибер аюулгүй байдлын тухай",
)  # fmt: skip

# Sinhala: the title in the locative-genitive ("-යේ", "-තේ") before the section's number, "වන"
# (the ordinal) and "වගන්තිය" in its case ("පරිගණක අපරාධ පනතේ 18 වන වගන්තිය"); an Act may be
# cited with its year and number first ("2007 අංක 24 දරන …"). A title not listed is one word and
# its kind.
SINHALA_STATUTES: tuple[str, ...] = (
    "අපරාධ නඩු විධාන සංග්\u200dරහයේ", "අපරාධ නඩු විධාන සංග්රහයේ", "දණ්ඩ නීති සංග්\u200dරහයේ",
    "දණ්ඩ නීති සංග්රහයේ", "පරිගණක අපරාධ පනතේ", "ඉලෙක්ට්\u200dරොනික ගනුදෙනු පනතේ",
    "සාක්ෂි ආඥාපනතේ", "අපරාධ කාරණාවලදී අන්\u200dයෝන්\u200dය සහාය පිළිබඳ පනතේ",
    "පුද්ගලික දත්ත ආරක්ෂණ පනතේ", "සයිබර් අපරාධ පිළිබඳ සම්මුතියේ", "බුඩාපෙස්ට් සම්මුතියේ",
    "ආණ්ඩුක්\u200dරම ව්\u200dයවස්ථාවේ",
)  # fmt: skip
SINHALA_STATUTE_KINDS: tuple[str, ...] = (
    "පනතේ", "ආඥාපනතේ", "සංග්\u200dරහයේ", "සංග්රහයේ", "සම්මුතියේ", "ප්\u200dරඥප්තියේ",
    "ව්\u200dයවස්ථාවේ", "රෙගුලාසිවල", "නියෝගයේ",
)  # fmt: skip
