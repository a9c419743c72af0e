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
