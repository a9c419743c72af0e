"""Fictional letters in the seed's formats (names, numbers and addresses are invented)."""

FRENCH = [
    "RÉQUISITION JUDICIAIRE",
    "Réf. : PARQUET/2025/04417",
    "Lyon, le 12 mars 2025",
    "Objet : demande de conservation de données (article 29)",
    "Les pseudonymes « vent_du_nord » et « loup_gris77 » ont publié",
    "sur https://forum-exemple.fr/profil/vent_du_nord",
    "Nous vous prions de conserver les données de ces comptes.",
]

CHINESE = [
    "临海市人民政府外事办公室",
    "邀请确认函",
    "Confirmation Letter of Invitation",
    "编号/ No.: 2207-3318-0415",
    "兹确认 请协助保全以下数据 2025年4月19日",
    "网址 https://shop-example.cn/item/8841",
]

MARATHI = [
    "महाराष्ट्र पोलीस",
    "संदर्भ क्र. : MH/CYB/2025/0193",
    "दिनांक : 14/02/2025",
    "प्रति, सायबर विभाग",
    "कृपया खालील खात्याची माहिती जतन करावी.",
    "https://example-forum.in/u/raat_pakshi",
    "आपला विश्वासू, पोलीस निरीक्षक",
]
