"""Month names, date orders and time-zone phrases by language (data, with their sources)."""

# Source: CLDR 46 gregorian calendar, format-wide and format-abbreviated month names (genitive
# forms for Russian); lower-case, as matched after case folding.
MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
           ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
           ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
           ("december", "dec")),
    "fr": (("janvier", "janv"), ("février", "fevrier", "févr"), ("mars",), ("avril", "avr"),
           ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"), ("septembre",),
           ("octobre",), ("novembre",), ("décembre", "decembre", "déc")),
    "es": (("enero",), ("febrero",), ("marzo",), ("abril",), ("mayo",), ("junio",), ("julio",),
           ("agosto",), ("septiembre", "setiembre"), ("octubre",), ("noviembre",),
           ("diciembre",)),
    "pt": (("janeiro",), ("fevereiro",), ("março", "marco"), ("abril",), ("maio",), ("junho",),
           ("julho",), ("agosto",), ("setembro",), ("outubro",), ("novembro",), ("dezembro",)),
    "de": (("januar", "jänner"), ("februar",), ("märz", "maerz"), ("april",), ("mai",),
           ("juni",), ("juli",), ("august",), ("september",), ("oktober",), ("november",),
           ("dezember",)),
    "it": (("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno",),
           ("luglio",), ("agosto",), ("settembre",), ("ottobre",), ("novembre",),
           ("dicembre",)),
    "ru": (("января", "январь"), ("февраля", "февраль"), ("марта", "март"),
           ("апреля", "апрель"), ("мая", "май"), ("июня", "июнь"), ("июля", "июль"),
           ("августа", "август"), ("сентября", "сентябрь"), ("октября", "октябрь"),
           ("ноября", "ноябрь"), ("декабря", "декабрь")),
    "ar": (("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "نيسان"),
           ("مايو", "أيار"), ("يونيو", "حزيران"), ("يوليو", "تموز"), ("أغسطس", "آب"),
           ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"),
           ("ديسمبر", "كانون الأول")),
    "hi": (("जनवरी",), ("फ़रवरी", "फरवरी"), ("मार्च",), ("अप्रैल",), ("मई",), ("जून",),
           ("जुलाई",), ("अगस्त",), ("सितंबर", "सितम्बर"), ("अक्टूबर",), ("नवंबर", "नवम्बर"),
           ("दिसंबर", "दिसम्बर")),
    "mr": (("जानेवारी",), ("फेब्रुवारी",), ("मार्च",), ("एप्रिल",), ("मे",), ("जून",),
           ("जुलै",), ("ऑगस्ट",), ("सप्टेंबर",), ("ऑक्टोबर",), ("नोव्हेंबर",), ("डिसेंबर",)),
    "nl": (("januari",), ("februari",), ("maart",), ("april",), ("mei",), ("juni",), ("juli",),
           ("augustus",), ("september",), ("oktober",), ("november",), ("december",)),
    # Polish, Czech, Slovak and Ukrainian dates use the genitive; the nominative is the month's
    # name standing alone (CLDR stand-alone forms).
    "pl": (("stycznia", "styczeń"), ("lutego", "luty"), ("marca", "marzec"),
           ("kwietnia", "kwiecień"), ("maja", "maj"), ("czerwca", "czerwiec"), ("lipca", "lipiec"),
           ("sierpnia", "sierpień"), ("września", "wrzesień"), ("października", "październik"),
           ("listopada", "listopad"), ("grudnia", "grudzień")),
    "cs": (("ledna",), ("února",), ("března",), ("dubna",), ("května",), ("června",),
           ("července",), ("srpna",), ("září",), ("října",), ("listopadu",), ("prosince",)),
    "sk": (("januára",), ("februára",), ("marca",), ("apríla",), ("mája",), ("júna",),
           ("júla",), ("augusta",), ("septembra",), ("októbra",), ("novembra",), ("decembra",)),
    "uk": (("січня",), ("лютого",), ("березня",), ("квітня",), ("травня",), ("червня",),
           ("липня",), ("серпня",), ("вересня",), ("жовтня",), ("листопада",), ("грудня",)),
    "sv": (("januari",), ("februari",), ("mars",), ("april",), ("maj",), ("juni",), ("juli",),
           ("augusti",), ("september",), ("oktober",), ("november",), ("december",)),
    "da": (("januar",), ("februar",), ("marts",), ("april",), ("maj",), ("juni",), ("juli",),
           ("august",), ("september",), ("oktober",), ("november",), ("december",)),
    "nb": (("januar",), ("februar",), ("mars",), ("april",), ("mai",), ("juni",), ("juli",),
           ("august",), ("september",), ("oktober",), ("november",), ("desember",)),
    "ro": (("ianuarie",), ("februarie",), ("martie",), ("aprilie",), ("mai",), ("iunie",),
           ("iulie",), ("august",), ("septembrie",), ("octombrie",), ("noiembrie",),
           ("decembrie",)),
    # Turkish dotless i is also written with a dotted one where the keyboard lacks it.
    "tr": (("ocak",), ("şubat", "subat"), ("mart",), ("nisan",), ("mayıs", "mayis"),
           ("haziran",), ("temmuz",), ("ağustos", "agustos"), ("eylül", "eylul"), ("ekim",),
           ("kasım", "kasim"), ("aralık", "aralik")),
    "el": (("ιανουαρίου",), ("φεβρουαρίου",), ("μαρτίου",), ("απριλίου",), ("μαΐου",),
           ("ιουνίου",), ("ιουλίου",), ("αυγούστου",), ("σεπτεμβρίου",), ("οκτωβρίου",),
           ("νοεμβρίου",), ("δεκεμβρίου",)),
    "id": (("januari",), ("februari",), ("maret",), ("april",), ("mei",), ("juni",), ("juli",),
           ("agustus",), ("september",), ("oktober",), ("november",), ("desember",)),
}  # fmt: skip

# Abbreviated month names written with a full stop ("2 abr. 2025", "25. Mär. 2025", "19 февр.
# 2024"). Source: CLDR 46 gregorian calendar, format-abbreviated month names (genitive forms for
# Russian), lower-case and without the stop, which the pattern allows after any month name.
ABBREVIATED_MONTHS: dict[str, tuple[tuple[str, ...], ...]] = {
    "fr": (("janv",), ("févr", "fevr"), ("mars",), ("avr",), ("mai",), ("juin",), ("juil",),
           ("août",), ("sept",), ("oct",), ("nov",), ("déc", "dec")),
    "es": (("ene",), ("feb",), ("mar",), ("abr",), ("may",), ("jun",), ("jul",), ("ago",),
           ("sept", "sep"), ("oct",), ("nov",), ("dic",)),
    "pt": (("jan",), ("fev",), ("mar",), ("abr",), ("mai",), ("jun",), ("jul",), ("ago",),
           ("set",), ("out",), ("nov",), ("dez",)),
    "de": (("jan",), ("feb",), ("mär", "mrz"), ("apr",), ("mai",), ("jun",), ("jul",), ("aug",),
           ("sep", "sept"), ("okt",), ("nov",), ("dez",)),
    "it": (("gen",), ("feb",), ("mar",), ("apr",), ("mag",), ("giu",), ("lug",), ("ago",),
           ("set",), ("ott",), ("nov",), ("dic",)),
    "ru": (("янв",), ("февр", "фев"), ("мар",), ("апр",), ("мая",), ("июн",), ("июл",),
           ("авг",), ("сент", "сен"), ("окт",), ("нояб", "ноя"), ("дек",)),
    "nl": (("jan",), ("feb",), ("mrt",), ("apr",), ("mei",), ("jun",), ("jul",), ("aug",),
           ("sep", "sept"), ("okt",), ("nov",), ("dec",)),
    "pl": (("sty",), ("lut",), ("mar",), ("kwi",), ("maj",), ("cze",), ("lip",), ("sie",),
           ("wrz",), ("paź",), ("lis",), ("gru",)),
    "tr": (("oca",), ("şub", "sub"), ("mar",), ("nis",), ("may",), ("haz",), ("tem",),
           ("ağu", "agu"), ("eyl",), ("eki",), ("kas",), ("ara",)),
    "id": (("jan",), ("feb",), ("mar",), ("apr",), ("mei",), ("jun",), ("jul",), ("agu", "agt"),
           ("sep",), ("okt",), ("nov",), ("des",)),
}  # fmt: skip

# Japanese era names and the Gregorian year before each era's first year ("令和6年" is 2024,
# "平成31年" 2019; "元年" is the first year). Source: Act on Era Names (元号法, 1979) and the
# Cabinet Office announcements of 1989 and 2019.
JAPANESE_ERAS: dict[str, int] = {"令和": 2018, "平成": 1988}

# Chinese dates written with numerals ("二〇二三年十月九日"): the year digit by digit, month and
# day with 十 for ten. Source: GB/T 15835-2011 (use of numerals), §5.1 and Unicode Unihan
# kPrimaryNumeric values.
CHINESE_DIGITS: dict[str, int] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
}  # fmt: skip

# Languages whose all-numeric dates put the month first (CLDR short date pattern M/d/y).
MONTH_FIRST_LANGUAGES: frozenset[str] = frozenset()
# Regions whose all-numeric dates put the month first, whatever the language (CLDR en-US,
# en-PH, en-BZ short date patterns).
MONTH_FIRST_REGIONS: frozenset[str] = frozenset({"US", "PH", "BZ", "FM", "MH", "PW"})
# Languages whose all-numeric dates put the day first (CLDR short date pattern d/M/y or d.M.y);
# English is absent because it depends on the country.
DAY_FIRST_LANGUAGES: frozenset[str] = frozenset(
    {"fr", "es", "pt", "de", "it", "nl", "ru", "uk", "pl", "ar", "hi", "mr", "tr", "el", "ro"}
)

# Phrases that name a time zone in letters, mapped to IANA zones (tz database names).
ZONE_PHRASES: dict[str, str] = {
    "heure de paris": "Europe/Paris",
    "heure française": "Europe/Paris",
    "heure de bruxelles": "Europe/Brussels",
    "paris time": "Europe/Paris",
    "hora de madrid": "Europe/Madrid",
    "hora peninsular": "Europe/Madrid",
    "hora de lisboa": "Europe/Lisbon",
    "berliner zeit": "Europe/Berlin",
    "deutscher zeit": "Europe/Berlin",
    "московское время": "Europe/Moscow",
    "по московскому времени": "Europe/Moscow",
    "北京时间": "Asia/Shanghai",
    "nederlandse tijd": "Europe/Amsterdam",
    "belgische tijd": "Europe/Brussels",
    "czasu polskiego": "Europe/Warsaw",
    "ora italiana": "Europe/Rome",
    "horário de brasília": "America/Sao_Paulo",
    "hora de brasília": "America/Sao_Paulo",
    "بتوقيت القاهرة": "Africa/Cairo",
    "بتوقيت مكة المكرمة": "Asia/Riyadh",
    "بتوقيت الإمارات": "Asia/Dubai",
    "بتوقيت المغرب": "Africa/Casablanca",
    "भारतीय मानक समय": "Asia/Kolkata",
    "ist": "Asia/Kolkata",
    "cet": "Europe/Paris",
    "cest": "Europe/Paris",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "msk": "Europe/Moscow",
    "bst": "Europe/London",
    "wet": "Europe/Lisbon",
    "eet": "Europe/Athens",
}
