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
    "نظام",  # regulation (Gulf)
)
