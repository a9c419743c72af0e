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
    # The fourth held-out set's languages. Source: CLDR 46 gregorian calendar, format-wide
    # month names: Hebrew writes the month after "ב" (in) in a date ("25 באפריל 2024", CLDR
    # pattern "d בMMMM y"); Serbian dates use the genitive, in Cyrillic and Latin; Urdu, Persian
    # (the Gregorian months as Iranian letters write them), Malay, Tamil and Thai.
    "he": (("בינואר", "ינואר"), ("בפברואר", "פברואר"), ("במרץ", "מרץ", "במרס", "מרס"),
           ("באפריל", "אפריל"), ("במאי", "מאי"), ("ביוני", "יוני"), ("ביולי", "יולי"),
           ("באוגוסט", "אוגוסט"), ("בספטמבר", "ספטמבר"), ("באוקטובר", "אוקטובר"),
           ("בנובמבר", "נובמבר"), ("בדצמבר", "דצמבר")),
    "sr": (("јануара", "јануар", "januara", "januar"), ("фебруара", "фебруар", "februara"),
           ("марта", "март", "marta"), ("априла", "април", "aprila"), ("маја", "мај"),
           ("јуна", "јун", "juna"), ("јула", "јул", "jula"), ("августа", "август", "avgusta",
           "avgust"), ("септембра", "септембар", "septembar"), ("октобра", "октобар",
           "oktobar"), ("новембра", "новембар", "novembar"), ("децембра", "децембар",
           "decembar")),
    "ur": (("جنوری",), ("فروری",), ("مارچ",), ("اپریل",), ("مئی",), ("جون",), ("جولائی",),
           ("اگست",), ("ستمبر",), ("اکتوبر",), ("نومبر",), ("دسمبر",)),
    "fa": (("ژانویه",), ("فوریه",), ("مارس",), ("آوریل",), ("مه",), ("ژوئن",), ("ژوئیه",),
           ("اوت",), ("سپتامبر",), ("اکتبر",), ("نوامبر",), ("دسامبر",)),
    "ms": (("januari",), ("februari",), ("mac",), ("april",), ("mei",), ("jun",), ("julai",),
           ("ogos",), ("september",), ("oktober",), ("november",), ("disember",)),
    "ta": (("ஜனவரி",), ("பிப்ரவரி",), ("மார்ச்",), ("ஏப்ரல்",), ("மே",), ("ஜூன்",), ("ஜூலை",),
           ("ஆகஸ்ட்",), ("செப்டம்பர்",), ("அக்டோபர்",), ("நவம்பர்",), ("டிசம்பர்",)),
    "th": (("มกราคม",), ("กุมภาพันธ์",), ("มีนาคม",), ("เมษายน",), ("พฤษภาคม",), ("มิถุนายน",),
           ("กรกฎาคม",), ("สิงหาคม",), ("กันยายน",), ("ตุลาคม",), ("พฤศจิกายน",), ("ธันวาคม",)),
    "hu": (("január",), ("február",), ("március",), ("április",), ("május",), ("június",),
           ("július",), ("augusztus",), ("szeptember",), ("október",), ("november",),
           ("december",)),
    # The fifth held-out set's languages (CLDR format-wide months; Finnish in the partitive a
    # date writes, "2. lokakuuta 2025"; Bengali with both spellings of its long vowels and
    # both encodings of য়).
    "bn": (("জানুয়ারী", "জানুয়ারি", "জানু\u09dfারী", "জানু\u09dfারি"),
           ("ফেব্রুয়ারী", "ফেব্রুয়ারি", "ফেব্রু\u09dfারী", "ফেব্রু\u09dfারি"), ("মার্চ",), ("এপ্রিল",),
           ("মে",), ("জুন",), ("জুলাই",), ("আগস্ট", "অগাস্ট"), ("সেপ্টেম্বর",), ("অক্টোবর",),
           ("নভেম্বর",), ("ডিসেম্বর",)),
    "sw": (("januari",), ("februari",), ("machi",), ("aprili",), ("mei",), ("juni",),
           ("julai",), ("agosti",), ("septemba",), ("oktoba",), ("novemba",), ("desemba",)),
    "fi": (("tammikuuta", "tammikuu"), ("helmikuuta", "helmikuu"), ("maaliskuuta", "maaliskuu"),
           ("huhtikuuta", "huhtikuu"), ("toukokuuta", "toukokuu"), ("kesäkuuta", "kesäkuu"),
           ("heinäkuuta", "heinäkuu"), ("elokuuta", "elokuu"), ("syyskuuta", "syyskuu"),
           ("lokakuuta", "lokakuu"), ("marraskuuta", "marraskuu"), ("joulukuuta", "joulukuu")),
    "bg": (("януари",), ("февруари",), ("март",), ("април",), ("май",), ("юни",), ("юли",),
           ("август",), ("септември",), ("октомври",), ("ноември",), ("декември",)),
    # The sixth held-out set's languages (CLDR 46 gregorian calendar): Lithuanian format-wide
    # months are genitives, written after the year ("2025 m. kovo 12 d."), with the stand-alone
    # nominative beside them; Filipino (Tagalog) months, written month first ("Marso 12, 2025").
    "lt": (("sausio", "sausis"), ("vasario", "vasaris"), ("kovo", "kovas"),
           ("balandžio", "balandis"), ("gegužės", "gegužė"), ("birželio", "birželis"),
           ("liepos", "liepa"), ("rugpjūčio", "rugpjūtis"), ("rugsėjo", "rugsėjis"),
           ("spalio", "spalis"), ("lapkričio", "lapkritis"), ("gruodžio", "gruodis")),
    "fil": (("enero",), ("pebrero",), ("marso",), ("abril",), ("mayo",), ("hunyo",), ("hulyo",),
            ("agosto",), ("setyembre",), ("oktubre",), ("nobyembre",), ("disyembre",)),
    # The seventh held-out set's languages (CLDR 46 gregorian calendar, format-wide and
    # stand-alone): Estonian, with the adessive a date takes in a sentence ("8. oktoobril
    # 2025", on 8 October); Latvian, nominative and the locative of "2025. gada 7. janvārī";
    # Croatian genitives ("30. srpnja 2026") and nominatives, but not "listopada"/"listopad"
    # (October), which Polish writes for November: one spelling cannot name two months here, and
    # the Polish reading came first; Slovenian genitives ("6. oktobra 2025") and nominatives;
    # Azerbaijani ("21 avqust 2025").
    "et": (("jaanuar", "jaanuaril"), ("veebruar", "veebruaril"), ("märts", "märtsil"),
           ("aprill", "aprillil"), ("mai", "mail"), ("juuni", "juunil"), ("juuli", "juulil"),
           ("august", "augustil"), ("september", "septembril"), ("oktoober", "oktoobril"),
           ("november", "novembril"), ("detsember", "detsembril")),
    "lv": (("janvāris", "janvārī"), ("februāris", "februārī"), ("marts", "martā"),
           ("aprīlis", "aprīlī"), ("maijs", "maijā"), ("jūnijs", "jūnijā"), ("jūlijs", "jūlijā"),
           ("augusts", "augustā"), ("septembris", "septembrī"), ("oktobris", "oktobrī"),
           ("novembris", "novembrī"), ("decembris", "decembrī")),
    "hr": (("siječnja", "siječanj"), ("veljače", "veljača"), ("ožujka", "ožujak"),
           ("travnja", "travanj"), ("svibnja", "svibanj"), ("lipnja", "lipanj"),
           ("srpnja", "srpanj"), ("kolovoza", "kolovoz"), ("rujna", "rujan"), (),
           ("studenoga", "studenog", "studeni"), ("prosinca", "prosinac")),
    "sl": (("januarja", "januar"), ("februarja", "februar"), ("marca", "marec"),
           ("aprila", "april"), ("maja", "maj"), ("junija", "junij"), ("julija", "julij"),
           ("avgusta", "avgust"), ("septembra", "september"), ("oktobra", "oktober"),
           ("novembra", "november"), ("decembra", "december")),
    "az": (("yanvar",), ("fevral",), ("mart",), ("aprel",), ("may",), ("iyun",), ("iyul",),
           ("avqust",), ("sentyabr",), ("oktyabr",), ("noyabr",), ("dekabr",)),
    # The eighth held-out set's languages (CLDR 46 gregorian calendar, format-wide and
    # stand-alone, with the cases letters write). Georgian: the nominative ("30 ივლისი 2025"),
    # the dative of "on" ("2025 წლის 12 მარტს"), the genitive ("მარტის 12"), with the stem's
    # vowel dropped where Georgian drops it ("სექტემბრის", "ოქტომბრის"). Armenian: the
    # genitive of a date ("12 մարտի 2025 թ.", "2025 թվականի մարտի 12-ին") and the nominative.
    # Macedonian has no cases ("15 јули 2025 година"). Albanian: the indefinite form ("më 12
    # mars 2025"), the definite and its genitive ("i marsit"), with "nëntor" also without its
    # diaeresis. Icelandic months do not decline ("12. mars 2025"), written also without the
    # accents a keyboard may lack only where no other language reads them otherwise. Catalan
    # after "de" and "d'" ("12 de març de 2025", "2 d'abril"), also without the cedilla.
    "ka": (("იანვარი", "იანვარს", "იანვრის", "იანვარში"),
           ("თებერვალი", "თებერვალს", "თებერვლის", "თებერვალში"),
           ("მარტი", "მარტს", "მარტის", "მარტში"), ("აპრილი", "აპრილს", "აპრილის", "აპრილში"),
           ("მაისი", "მაისს", "მაისის", "მაისში"), ("ივნისი", "ივნისს", "ივნისის", "ივნისში"),
           ("ივლისი", "ივლისს", "ივლისის", "ივლისში"), ("აგვისტო", "აგვისტოს", "აგვისტოში"),
           ("სექტემბერი", "სექტემბერს", "სექტემბრის", "სექტემბერში"),
           ("ოქტომბერი", "ოქტომბერს", "ოქტომბრის", "ოქტომბერში"),
           ("ნოემბერი", "ნოემბერს", "ნოემბრის", "ნოემბერში"),
           ("დეკემბერი", "დეკემბერს", "დეკემბრის", "დეკემბერში")),
    "hy": (("հունվարի", "հունվար"), ("փետրվարի", "փետրվար"), ("մարտի", "մարտ"),
           ("ապրիլի", "ապրիլ"), ("մայիսի", "մայիս"), ("հունիսի", "հունիս"),
           ("հուլիսի", "հուլիս"), ("օգոստոսի", "օգոստոս"), ("սեպտեմբերի", "սեպտեմբեր"),
           ("հոկտեմբերի", "հոկտեմբեր"), ("նոյեմբերի", "նոյեմբեր"), ("դեկտեմբերի", "դեկտեմբեր")),
    "mk": (("јануари",), ("февруари",), ("март",), ("април",), ("мај",), ("јуни",),
           ("јули",), ("август",), ("септември",), ("октомври",), ("ноември",), ("декември",)),
    "sq": (("janar", "janari", "janarit"), ("shkurt", "shkurti", "shkurtit"),
           ("mars", "marsi", "marsit"), ("prill", "prilli", "prillit"), ("maj", "maji", "majit"),
           ("qershor", "qershori", "qershorit"), ("korrik", "korriku", "korrikut"),
           ("gusht", "gushti", "gushtit"), ("shtator", "shtatori", "shtatorit"),
           ("tetor", "tetori", "tetorit"), ("nëntor", "nëntori", "nëntorit", "nentor"),
           ("dhjetor", "dhjetori", "dhjetorit")),
    "is": (("janúar",), ("febrúar",), ("mars",), ("apríl",), ("maí",), ("júní",), ("júlí",),
           ("ágúst", "agust"), ("september",), ("október",), ("nóvember",), ("desember",)),
    "ca": (("gener",), ("febrer",), ("març", "marc"), ("abril",), ("maig",), ("juny",),
           ("juliol",), ("agost",), ("setembre",), ("octubre",), ("novembre",), ("desembre",)),
    # The ninth held-out set's languages (CLDR 46 gregorian calendar, format-wide and
    # stand-alone, with the forms letters write). Maltese months do not decline ("12 ta' Marzu
    # 2025"), written also without the dotted letters a keyboard may lack ("Gunju",
    # "Dicembru"). Irish: the nominative ("22 Márta 2025"), the genitive ("Aibreáin",
    # "Meithimh", "Samhna", "Nollag") and the lenited forms after "de" ("12ú lá de Mhárta 2025",
    # "de Bhealtaine", "de Dheireadh Fómhair", "de Shamhain"). Basque: the stem, the absolutive
    # ("martxoa"), the genitive a full date takes ("2025eko martxoaren 12a") and the locative
    # ("martxoan", in March). Galician after "de" ("10 de decembro de 2024"), "xuño" also
    # without its tilde. Belarusian: the genitive ("2 чэрвеня 2024 г.") and the nominative.
    # Kazakh writes the nominative after the day ("2025 жылғы 12 наурыз"), and the locative
    # ("наурызда", in March).
    "mt": (("jannar",), ("frar",), ("marzu",), ("april",), ("mejju",), ("ġunju", "gunju"),
           ("lulju",), ("awwissu",), ("settembru",), ("ottubru",), ("novembru",),
           ("diċembru", "dicembru")),
    "ga": (("eanáir", "eanair"), ("feabhra", "fheabhra"), ("márta", "mhárta"),
           ("aibreán", "aibreáin", "aibrean"), ("bealtaine", "bhealtaine"),
           ("meitheamh", "mheitheamh", "meithimh", "mheithimh"), ("iúil", "iuil"),
           ("lúnasa", "lunasa"), ("meán fómhair", "mheán fómhair"),
           ("deireadh fómhair", "dheireadh fómhair"), ("samhain", "shamhain", "samhna"),
           ("nollaig", "nollag")),
    "eu": (("urtarrila", "urtarrilaren", "urtarrilean"), ("otsaila", "otsailaren", "otsailean"),
           ("martxoa", "martxoaren", "martxoan"), ("apirila", "apirilaren", "apirilean"),
           ("maiatza", "maiatzaren", "maiatzean"), ("ekaina", "ekainaren", "ekainean"),
           ("uztaila", "uztailaren", "uztailean"), ("abuztua", "abuztuaren", "abuztuan"),
           ("iraila", "irailaren", "irailean"), ("urria", "urriaren", "urrian"),
           ("azaroa", "azaroaren", "azaroan"), ("abendua", "abenduaren", "abenduan")),
    "gl": (("xaneiro",), ("febreiro",), ("marzo",), ("abril",), ("maio",), ("xuño", "xuno"),
           ("xullo",), ("agosto",), ("setembro",), ("outubro",), ("novembro",), ("decembro",)),
    "be": (("студзеня", "студзень"), ("лютага", "люты"), ("сакавіка", "сакавік"),
           ("красавіка", "красавік"), ("мая", "май"), ("чэрвеня", "чэрвень"),
           ("ліпеня", "ліпень"), ("жніўня", "жнівень"), ("верасня", "верасень"),
           ("кастрычніка", "кастрычнік"), ("лістапада", "лістапад"), ("снежня", "снежань")),
    "kk": (("қаңтар", "қаңтарда"), ("ақпан", "ақпанда"), ("наурыз", "наурызда"),
           ("сәуір", "сәуірде"), ("мамыр", "мамырда"), ("маусым", "маусымда"),
           ("шілде", "шілдеде"), ("тамыз", "тамызда"), ("қыркүйек", "қыркүйекте"),
           ("қазан", "қазанда"), ("қараша", "қарашада"), ("желтоқсан", "желтоқсанда")),
    # The tenth held-out set's languages (CLDR 46 gregorian calendar, format-wide and
    # stand-alone, with the forms letters write). Welsh: the radical ("23 Ionawr 2025") and the
    # soft mutation after "o" (of), as in "12fed o Fawrth 2025", "6ed o Fedi", "o Fai", "o
    # Fehefin", "o Orffennaf", "o Dachwedd", "o Ragfyr" (Ionawr, Chwefror, Ebrill, Awst and
    # Hydref do not mutate). Luxembourgish ("8. Mäerz 2025", "28. Abrëll 2024", "17. Mee 2024"),
    # also without the diacritics a keyboard may lack. Bosnian: the nominative and the genitive
    # ("12. marta 2025."). Uzbek in the Latin alphabet ("2025-yil 12-mart") and in Cyrillic
    # ("2025 йил 12 март"). Sinhala, written year first ("2024 ජූලි 26"), April with and
    # without its zero-width joiner.
    "cy": (("ionawr",), ("chwefror",), ("mawrth", "fawrth"), ("ebrill",), ("mai", "fai"),
           ("mehefin", "fehefin"), ("gorffennaf", "orffennaf"), ("awst",), ("medi", "fedi"),
           ("hydref",), ("tachwedd", "dachwedd"), ("rhagfyr", "ragfyr")),
    "lb": (("januar",), ("februar",), ("mäerz",), ("abrëll", "abrell"), ("mee",), ("juni",),
           ("juli",), ("august",), ("september",), ("oktober",), ("november",),
           ("dezember",)),
    "bs": (("januar", "januara"), ("februar", "februara"), ("mart", "marta"),
           ("april", "aprila"), ("maj", "maja"), ("juni", "juna"), ("juli", "jula"),
           ("august", "augusta"), ("septembar", "septembra"), ("oktobar", "oktobra"),
           ("novembar", "novembra"), ("decembar", "decembra")),
    "uz": (("yanvar", "январ"), ("fevral", "феврал"), ("mart", "март"), ("aprel", "апрел"),
           ("may", "май"), ("iyun", "июн"), ("iyul", "июл"), ("avgust", "август"),
           ("sentabr", "sentyabr", "сентябр"), ("oktabr", "oktyabr", "октябр"),
           ("noyabr", "ноябр"), ("dekabr", "декабр")),
    "si": (("ජනවාරි",), ("පෙබරවාරි",), ("මාර්තු",), ("අප්‍රේල්", "අප්රේල්"), ("මැයි",),
           ("ජූනි",), ("ජූලි",), ("අගෝස්තු",), ("සැප්තැම්බර්",), ("ඔක්තෝබර්",),
           ("නොවැම්බර්",), ("දෙසැම්බර්",)),
}  # fmt: skip

# Day names written before a date, which is then labelled with them ("Sunday, 5 January 2025",
# "lundi 20 janvier 2025", "Dé Luain, 31 Márta 2025", "quarta-feira, 10 de setembro de 2025").
# Source: CLDR 46 gregorian calendar, format-wide day names (lower case, as matched after case
# folding), with the spellings without accents a keyboard may lack where no other word is so
# written. Languages that write the day's name after the date (Basque, Kazakh, Hungarian) are
# not listed.
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado",
           "domingo"),
    "pt": ("segunda-feira", "terça-feira", "terca-feira", "quarta-feira", "quinta-feira",
           "sexta-feira", "sábado", "domingo"),
    "gl": ("luns", "martes", "mércores", "mercores", "xoves", "venres", "sábado", "domingo"),
    "ca": ("dilluns", "dimarts", "dimecres", "dijous", "divendres", "dissabte", "diumenge"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend",
           "sonntag"),
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "no": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "pl": ("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "cs": ("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    "ro": ("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "пʼятниця", "субота",
           "неділя"),
    "be": ("панядзелак", "аўторак", "серада", "чацвер", "пятніца", "субота", "нядзеля"),
    "el": ("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    "tr": ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    "ka": ("ორშაბათი", "სამშაბათი", "ოთხშაბათი", "ხუთშაბათი", "პარასკევი", "შაბათი", "კვირა"),
    "mt": ("it-tnejn", "it-tlieta", "l-erbgħa", "il-ħamis", "il-ġimgħa", "is-sibt", "il-ħadd"),
    "ga": ("dé luain", "dé máirt", "dé céadaoin", "déardaoin", "dé hardaoin", "dé haoine",
           "dé sathairn", "dé domhnaigh"),
    # The tenth held-out set's: Welsh "dydd" (day) and the day's name ("dydd Mawrth, 22 Hydref
    # 2024"), Luxembourgish ("Samschdeg, 29. Mäerz 2025"), Bosnian ("srijeda, 12. marta 2025.").
    "cy": ("dydd llun", "dydd mawrth", "dydd mercher", "dydd iau", "dydd gwener", "dydd sadwrn",
           "dydd sul"),
    "lb": ("méindeg", "dënschdeg", "mëttwoch", "donneschdeg", "freideg", "samschdeg",
           "sonndeg"),
    "bs": ("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
}  # fmt: skip
# Abbreviated English day names, read before a date only with their comma ("Thu, 6 Feb 2025",
# a mail's Date header; RFC 5322 §3.3).
WEEKDAY_ABBREVIATIONS: tuple[str, ...] = (
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
)  # fmt: skip

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
    "ms": (("jan",), ("feb",), ("mac",), ("apr",), ("mei",), ("jun",), ("jul",), ("ogo",),
           ("sep",), ("okt",), ("nov",), ("dis",)),
    "hu": (("jan",), ("febr",), ("márc",), ("ápr",), ("máj",), ("jún",), ("júl",), ("aug",),
           ("szept",), ("okt",), ("nov",), ("dec",)),
    # Tamil abbreviations end with a stop; Thai ones hold a stop between their two letters
    # ("พ.ค."), written here without the last.
    "ta": (("ஜன",), ("பிப்",), ("மார்",), ("ஏப்",), ("மே",), ("ஜூன்",), ("ஜூலை",), ("ஆக",),
           ("செப்",), ("அக்",), ("நவ",), ("டிச",)),
    "th": (("ม.ค",), ("ก.พ",), ("มี.ค",), ("เม.ย",), ("พ.ค",), ("มิ.ย",), ("ก.ค",), ("ส.ค",),
           ("ก.ย",), ("ต.ค",), ("พ.ย",), ("ธ.ค",)),
    # The eighth held-out set's languages (CLDR 46 format-abbreviated months).
    "ka": (("იან",), ("თებ",), ("მარ",), ("აპრ",), ("მაი",), ("ივნ",), ("ივლ",), ("აგვ",),
           ("სექ",), ("ოქტ",), ("ნოე",), ("დეკ",)),
    "hy": (("հնվ",), ("փտվ",), ("մրտ",), ("ապր",), ("մյս",), ("հնս",), ("հլս",), ("օգս",),
           ("սեպ",), ("հոկ",), ("նոյ",), ("դեկ",)),
    "mk": (("јан",), ("фев",), ("мар",), ("апр",), ("мај",), ("јун",), ("јул",), ("авг",),
           ("септ",), ("окт",), ("ное",), ("дек",)),
    "is": (("jan",), ("feb",), ("mar",), ("apr",), ("maí",), ("jún",), ("júl",), ("ágú",),
           ("sep",), ("okt",), ("nóv",), ("des",)),
    "ca": (("gen",), ("febr",), ("març",), ("abr",), ("maig",), ("juny",), ("jul",), ("ag",),
           ("set",), ("oct",), ("nov",), ("des",)),
}  # fmt: skip

# Languages that write a named date year first, with a stop after the year ("2024. május 27.").
# Source: CLDR 46, Hungarian long date pattern "y. MMMM d.".
# Lithuanian writes the year, "m." (metai, year), the month's genitive and the day, "d." (diena)
# after it ("2025 m. kovo 12 d."; CLDR 46 lt long date "y 'm'. MMMM d 'd'.").
YEAR_FIRST_MONTH_LANGUAGES: tuple[str, ...] = ("hu", "lt")
# Sinhala writes the year, the month's name and the day with a space between each ("2024 ජූලි
# 26"; CLDR 46 si long date "y MMMM d"), "වැනි" (-th) or "දින" (day) outside the date.
YEAR_SPACE_MONTH_LANGUAGES: tuple[str, ...] = ("si",)

# Words for "year" written after it, the day and the month's name following: Latvian "2025. gada
# 7. janvārī" (CLDR 46 lv long date "y. 'gada' d. MMMM"), Georgian "2025 წლის 12 მარტს" (of
# the year; CLDR 46 ka long date "y 'წ'. d MMMM", abbreviated "2025 წ. 12 მარტს").
# Regular-expression fragments, each with what stands between the year and the word.
# Kazakh "2025 жылғы 12 наурыз" (of the year; CLDR 46 kk long date "y 'ж'. d MMMM"), with its
# abbreviation "2025 ж. 12 наурыз".
# Uzbek "2025-yil 12-mart" (the year, with the day joined to the month by a hyphen), also "2025
# yil", its abbreviation "2025 y." and the Cyrillic "2025 йил" (CLDR 46 uz long date "d-MMMM,
# y", with the year written first in official letters: O'zbekiston Respublikasi Vazirlar
# Mahkamasining ish yuritish yo'riqnomasi).
YEAR_WORDS_BEFORE_DAY: tuple[str, ...] = (
    r"\.[ ]gada", r"[ ]?წლის", r"[ ]?წ\.", r"[ ]жылғы", r"[ ]ж\.",
    r"[ -]?yil", r"[ ]?y\.", r"[ -]?йил",
)  # fmt: skip
# Words between a day and its month's name, beside French, Spanish and Portuguese "de" and
# Catalan "d'": Maltese "ta'" ("12 ta' Marzu 2025", of March; the article "il-" or "fil-" before
# the day stays outside), Irish "lá de" after the ordinal day ("12ú lá de Mhárta 2025", the 12th
# day of March), which Irish also writes without "lá de" ("an 3ú Bealtaine 2025"). Source: the
# Maltese and Irish style guides (Kunsill Nazzjonali għall-Ilsien Malti; An Caighdeán Oifigiúil
# 2017, dates), CLDR 46 mt long date "d 'ta'’ MMMM y".
DAY_MONTH_WORDS: tuple[str, ...] = (r"ta['’][ ]+", r"lá[ ]+de[ ]+")
# Ordinal endings written on the day: Irish "ú" (12ú, the twelfth).
DAY_ORDINAL_ENDINGS: tuple[str, ...] = ("ú",)
# Welsh ordinal endings, the day then written with "o" (of) before the month ("12fed o Fawrth
# 2025"): "af" (1af), "il" (2il), "ydd" (3ydd, 4ydd), "ed" (5ed, 6ed), "fed" (7fed … 10fed,
# 12fed, 15fed, 18fed, 20fed), "eg" (11eg, 13eg, 14eg, 16eg, 17eg, 19eg) and "ain" (21ain …
# 31ain). Source: Welsh Government style guide (Canllaw Arddull, dates).
WELSH_DAY_ORDINAL_ENDINGS: tuple[str, ...] = ("af", "il", "ydd", "fed", "ed", "eg", "ain")
# Basque writes the year with its genitive ending, the month's genitive, then the day with a
# case ending, all inside the date: "2025eko martxoaren 12a" (the 12th), "12an" (on the 12th),
# "1ean", "2024ko urriaren 21etik" (from the 21st), "12ra arte" (until the 12th), "12ko" (of the
# 12th). Source: Euskaltzaindia, rule 37 (dates), CLDR 46 eu long date "y('e')'ko' MMMM'ren' d('a')".
BASQUE_YEAR_ENDINGS: tuple[str, ...] = ("eko", "ko")
BASQUE_DAY_ENDINGS: tuple[str, ...] = (
    "etik", "tik", "ean", "an", "era", "ra", "eko", "ko", "a",
)  # fmt: skip

# Mongolian numbers its months: the year, "оны" (of the year), the month's number and its
# ordinal ending ("дугаар"/"дүгээр", or "-р" after the digits), "сарын" (of the month) and the
# day: "2025 оны 3 дугаар сарын 12", "2024 оны 4 дүгээр сарын 20", "2025 оны 3-р сарын 12"; the
# case ending after the day ("-ны", "-ний") and "өдөр" (day) stay outside. The month is also
# written as an ordinal word ("2025 оны гуравдугаар сарын 12"). Source: CLDR 46 mn long date "y
# 'оны' MMMM'ын' d", month names "гуравдугаар сар"; the Mongolian standard MNS 5217 for dates.
MONGOLIAN_YEAR_WORD = "оны"
MONGOLIAN_MONTH_ENDINGS: tuple[str, ...] = (r"[ ]?дугаар", r"[ ]?дүгээр", r"-?р")
MONGOLIAN_MONTH_WORD = "сарын"
MONGOLIAN_MONTH_ORDINALS: tuple[str, ...] = (
    "нэгдүгээр", "хоёрдугаар", "гуравдугаар", "дөрөвдүгээр", "тавдугаар", "зургаадугаар",
    "долдугаар", "наймдугаар", "есдүгээр", "аравдугаар", "арван нэгдүгээр", "арван хоёрдугаар",
)  # fmt: skip

# Words for "year" written after it, the month's genitive and the day following: Armenian
# "2025 թվականի մարտի 12-ին" (of the year 2025, on 12 March) and "2025 թ. մարտի 12" (CLDR 46 hy
# long date "y թ. MMMM d").
YEAR_WORDS_BEFORE_MONTH: tuple[str, ...] = (r"[ ]?թվականի", r"[ ]?թ\.")

# The Solar Hijri (Iranian) months, as Iran and Afghanistan name them ("۲۸ دی ۱۴۰۳"); they are
# looked up as months 13 to 24 so one pass reads them with the Gregorian names. Source: CLDR 46
# persian calendar, fa format-wide month names (Iran) and fa-AF (the Dari zodiac names).
SOLAR_HIJRI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("فروردین", "حمل"), ("اردیبهشت", "ثور"), ("خرداد", "جوزا"), ("تیر", "سرطان"),
    ("مرداد", "امرداد", "اسد"), ("شهریور", "سنبله"), ("مهر", "میزان"), ("آبان", "عقرب"),
    ("آذر", "قوس"), ("دی", "جدی"), ("بهمن", "دلو"), ("اسفند", "حوت"),
)  # fmt: skip
# Where an all-numeric date's year in this range is a Solar Hijri year ("۱۴۰۴/۰۸/۰۲"): the
# letters of Iran and Afghanistan, whose official calendar it is (Iran's Civil Code art. 1 of
# the 1925 calendar law; Afghanistan's constitution, art. 18). A Gregorian year so far back
# dates nothing a request for electronic evidence names.
SOLAR_HIJRI_LANGUAGES: frozenset[str] = frozenset({"fa", "ps"})
SOLAR_HIJRI_REGIONS: frozenset[str] = frozenset({"IR", "AF"})
SOLAR_HIJRI_YEARS = range(1300, 1500)
# Thai dates count years of the Buddhist Era, 543 before the Common Era ("21/09/2568" is
# 2025-09-21); a letter marks the era "พ.ศ." or the Common Era "ค.ศ.", and two-digit years
# after an abbreviated month ("5 พ.ค. 67") are the Buddhist Era's. No letter dates an event of
# the 25th or 26th century of the Common Era. Source: CLDR 46 buddhist calendar (era offset
# 543) and the Thai Royal Institute's date style.
BUDDHIST_ERA_OFFSET = 543
BUDDHIST_ERA_YEARS = range(2400, 2700)
THAI_ERA_MARKS: tuple[str, ...] = ("พ.ศ.", "ค.ศ.")

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
# Filipino writes them month first wherever it is written (CLDR 46 fil short date "M/d/yy"); "tl"
# is the code detection gives Tagalog.
MONTH_FIRST_LANGUAGES: frozenset[str] = frozenset({"fil", "tl"})
# Regions whose all-numeric dates put the month first, whatever the language (CLDR en-US,
# en-PH, en-BZ short date patterns).
MONTH_FIRST_REGIONS: frozenset[str] = frozenset({"US", "PH", "BZ", "FM", "MH", "PW"})
# Languages whose all-numeric dates put the day first (CLDR short date pattern d/M/y or d.M.y);
# English is absent because it depends on the country.
DAY_FIRST_LANGUAGES: frozenset[str] = frozenset(
    {"fr", "es", "pt", "de", "it", "nl", "ru", "uk", "pl", "ar", "hi", "mr", "tr", "el", "ro",
     # The fourth held-out set's: CLDR short dates d/M/y (vi, th, ms, ta, ur, he) and d. M. y
     # (cs, sr); Swedish writes "17/10 2025" day first, whatever its ISO short date.
     "cs", "sr", "vi", "th", "ms", "ta", "ur", "he", "sv", "sk", "hr", "bs", "sl",
     # The sixth's Danish and its Norwegian neighbour: CLDR short date "dd.MM.y".
     "da", "no", "nb"}
)  # fmt: skip

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
