"""Language per page and segment: the script first, then lingua among that script's languages.

A page's letters are counted per script once identifier-like runs are set aside (addresses,
handles, hashes: ASCII runs holding a digit, "@", "_" or a dotted name). A script written by one
language we detect (Hangul, Thai, Hebrew, Greek, Tamil...) names it at once; otherwise lingua
reads only the words of the page's main script. Fed the whole page, lingua weighed a Hindi
letter's onion address and base58 wallet as Yoruba or German (docs/decisions/0012).
"""

import re
import threading
import unicodedata
from collections import Counter, OrderedDict
from functools import cache, lru_cache
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import ConfidenceValue, Language, LanguageDetector

# The languages of our traffic (the corpora's and the issue's) and the neighbours they would
# otherwise be mistaken for: Catalan for Spanish, Slovak for Czech, Malay for Indonesian, Danish
# and Norwegian for Swedish, Croatian and Bosnian for Serbian in Latin letters, Bulgarian and
# Macedonian for Russian and Serbian, Urdu for Persian. Left out: Latin (legal Latin phrases in
# English letters), Esperanto, and the Southern African and West African languages lingua
# knows, which took identifier-heavy pages in every script (measured: bench/intake_language.py).
# Per script (the first word of its letters' Unicode names) the languages lingua weighs there.
SCRIPT_LANGUAGE_NAMES = {
    "LATIN": (
        "ENGLISH", "FRENCH", "SPANISH", "CATALAN", "BASQUE", "PORTUGUESE", "ITALIAN", "ROMANIAN",
        "GERMAN", "DUTCH", "AFRIKAANS", "POLISH", "CZECH", "SLOVAK", "SLOVENE", "CROATIAN",
        "BOSNIAN", "HUNGARIAN", "ALBANIAN", "SWEDISH", "DANISH", "BOKMAL", "NYNORSK", "ICELANDIC",
        "FINNISH", "ESTONIAN", "LATVIAN", "LITHUANIAN", "TURKISH", "AZERBAIJANI", "INDONESIAN",
        "MALAY", "TAGALOG", "VIETNAMESE", "SWAHILI", "IRISH", "WELSH",
    ),
    "CYRILLIC": (
        "RUSSIAN", "UKRAINIAN", "BELARUSIAN", "BULGARIAN", "MACEDONIAN", "SERBIAN", "KAZAKH",
        "MONGOLIAN",
    ),
    "ARABIC": ("ARABIC", "PERSIAN", "URDU"),
    "DEVANAGARI": ("HINDI", "MARATHI"),
    "HAN": ("CHINESE", "JAPANESE"),
}  # fmt: skip
LANGUAGE_NAMES = (
    *(name for names in SCRIPT_LANGUAGE_NAMES.values() for name in names),
    # One language per script among lingua's: the script alone decides
    "KOREAN", "THAI", "HEBREW", "GREEK", "TAMIL", "TELUGU", "BENGALI", "GUJARATI", "PUNJABI",
    "GEORGIAN", "ARMENIAN",
)  # fmt: skip

# Scripts (the first word of a letter's Unicode name) that only one detected language writes.
_SCRIPT_LANGUAGE = {
    "HANGUL": "ko", "THAI": "th", "HEBREW": "he", "GREEK": "el", "TAMIL": "ta", "TELUGU": "te",
    "BENGALI": "bn", "GUJARATI": "gu", "GURMUKHI": "pa", "GEORGIAN": "ka", "ARMENIAN": "hy",
    "SINHALA": "si",
}  # fmt: skip
# Chinese and Japanese share the ideographs: lingua tells them apart (kana), as one script.
_SAME_SCRIPT = {"CJK": "HAN", "HIRAGANA": "HAN", "KATAKANA": "HAN", "KATAKANA-HIRAGANA": "HAN"}
# Modifier letters write Latin words: Uzbek oʻ and gʻ, the Hawaiian ʻokina, the glottal stop ʼ.
_SAME_SCRIPT["MODIFIER"] = "LATIN"
# An ideograph or a Hangul syllable carries about what three Latin letters do (a Chinese
# sentence and its English translation), so a bilingual page's halves weigh alike.
_LETTER_WEIGHT = {"HAN": 3, "HANGUL": 3}
# Norwegian is one language to a request; lingua splits its two written standards.
_MERGED_CODES = {"nb": "no", "nn": "no"}
# An identifier is not prose: an ASCII run holding a digit, "@", "_", "://" or a dotted name,
# or a word in any script holding "@", "_" or a dotted name ("ночной_волк", "मिसाल.भारत").
# Digits alone do not mark a word outside ASCII: Chinese writes dates inside its sentences.
_IDENTIFIER = re.compile(r"[!-~]*(?:[0-9@_]|://|[A-Za-z]\.[A-Za-z])[!-~]*|\S*(?:[@_]|\w\.\w)\S*")
SAMPLE_LENGTH = 4000
MIN_LETTERS = 3
# English is the language of providers' forms and of courtesy translations: a page whose prose
# is mostly English but holds this share of letters in another script is a foreign letter
# (a bilingual letter, a portal form filled in Hebrew), and is that script's language.
ENGLISH_YIELDS_AT = 0.2
# Two neighbours lingua scores within this margin are a tie (a table of Devanagari labels,
# a two-word line): the one most letters come in wins.
NEIGHBOUR_TIE = 0.1
_LIKELIER_NEIGHBOUR = {"mr": "hi", "ca": "es", "ms": "id", "sk": "cs"}
# Each language's close neighbours: those lingua confuses it with, and those a line on a page
# in it is likeliest to be in besides English (a Spanish page quoting Portuguese, Catalan or
# Italian). Serbian's are in both its alphabets; Indonesian and Malay are one detection.
_NEIGHBOURS = {
    "en": ("fr", "nl", "de"), "fr": ("ca", "it", "es"), "es": ("ca", "pt", "it"),
    "pt": ("es", "ca", "it"), "ca": ("es", "fr", "it"), "it": ("es", "pt", "ro"),
    "ro": ("it", "es"), "eu": ("es",), "de": ("nl", "af", "da"), "nl": ("af", "de"),
    "af": ("nl",), "pl": ("cs", "sk"), "cs": ("sk", "pl"), "sk": ("cs", "pl"),
    "sl": ("hr", "bs", "sr"), "hr": ("bs", "sr", "sl"), "bs": ("hr", "sr", "sl"),
    "sr": ("bs", "hr", "bg", "mk", "ru"), "sv": ("da", "no"), "da": ("no", "sv"),
    "no": ("da", "sv"), "is": ("da", "no"), "fi": ("et",), "et": ("fi",), "lv": ("lt",),
    "lt": ("lv",), "tr": ("az",), "az": ("tr",), "id": ("ms", "tl"), "ms": ("id",),
    "tl": ("id",), "sq": ("it",), "ru": ("uk", "be", "bg"), "uk": ("ru", "be"),
    "be": ("ru", "uk"), "bg": ("mk", "ru", "sr"), "mk": ("bg", "sr"), "kk": ("ru", "mn"),
    "mn": ("ru", "kk"), "ar": ("fa", "ur"), "fa": ("ur", "ar"), "ur": ("fa", "ar"),
    "hi": ("mr",), "mr": ("hi",), "zh": ("ja",), "ja": ("zh",), "ga": ("en",), "cy": ("en",),
}  # fmt: skip
# A restricted detector weighs fewer models per n-gram: among a page's 10 to 14 Latin
# candidates a prose line costs 0.56 ms where all 35 cost 2.1 ms. Building one costs 0.8 ms
# (lingua shares the models already loaded), so each set of languages is built once.
RESTRICTED_DETECTORS = 256
# A page's candidates are lingua's likeliest few for it and their neighbours: a bilingual page
# ranks its second language second or third (a Romanian and English letter: es 0.77, ro 0.11,
# en 0.10), an English portal form filled in Malay ranks Malay third (en 0.55, tl 0.44, ms 0.01).
RANKED = 4
# A Latin page is detected in two passes: lingua's likeliest few on SHORTLIST_LETTERS letters of
# whole words taken evenly across it, then the whole sample among those and their neighbours.
# Lingua weighs each n-gram in every candidate's model, so a page of the bench PDF costs 3.9 ms
# instead of 5.1. The 1 274 corpus texts, and the same under a two-line English heading, are
# named exactly as in one pass; with 150 letters, or the first words only, a Turkish or Polish
# letter under an English heading was not (1 and 96 of 2 548). Other scripts' 2 to 8 languages
# cost a quarter of the Latin 35 or less.
SHORTLIST_LETTERS = 200
SHORTLISTED_SCRIPTS = frozenset({"LATIN"})
# Pages whose candidates are kept between their detection and the flag's reading of their
# lines (the flag reads a document's first 60 000 characters: 20 to 80 pages).
REMEMBERED_PAGES = 1024
_CANDIDATES: OrderedDict[str, frozenset[str]] = OrderedDict()
_CANDIDATES_LOCK = threading.Lock()


def _word_set(words: str) -> frozenset[str]:
    # In lower case, as _more_of compares them ("Gericht" written capitalised still counts).
    return frozenset(words.lower().split())


# Serbian in Latin letters: lingua's Serbian model is Cyrillic, so such a text reads as Bosnian
# or Croatian. Serbian is ekavian (vreme, zahtev) where Croatian and Bosnian are ijekavian
# (vrijeme, zahtjev), and some words differ outright (hiljada/tisuća, krivični/kazneni).
_EKAVIAN = _word_set(
    "vreme vremena vremenu mesto mesta mestu mesec meseca meseci dete deteta deca dece reč reči "
    "pre posle zahtev zahteva zahtevu zahtevom zahteve odeljenje odeljenja odeljenju odeljenjem "
    "delo dela delu deo svet sveta cena cene primer primera uslov uslova uslovi nedelja nedelje "
    "sledeći sledeće sledećeg sledećih izveštaj izveštaja obaveštenje obaveštenja obavešten "
    "primena primene primeni podneo doneo video hteo ovlašćenje ovlašćenja opština opštine "
    "bezbednost bezbednosti verovatno uveren uverenje sedište sedišta hiljada hiljade"
)  # fmt: skip
_IJEKAVIAN = _word_set(
    "vrijeme vremena mjesto mjesta mjestu mjesec mjeseca mjeseci dijete djeteta djeca djece riječ "
    "riječi prije poslije zahtjev zahtjeva zahtjevu zahtjevom zahtjeve odjeljenje odjeljenja "
    "odjel odjela djelo djela djelu dio svijet svijeta cijena cijene primjer primjera uvjet "
    "uvjeta uvjeti tjedan tjedna sljedeći sljedeće sljedećeg sljedećih izvješće izvještaj "
    "obavijest obavještenje primjena primjene podnio donio vidio htio ovlaštenje općina općine "
    "sigurnost sigurnosti vjerojatno sjedište sjedišta tisuća tisuće kazneni kaznenog kaznenom"
)  # fmt: skip
# Indonesian and Malay share most words; their spellings and words of state differ (nomor and
# nombor, uang and wang, polisi and polis, kasus and kes, Agustus and Ogos).
_INDONESIAN = _word_set(
    "nomor telepon akun uang karena kantor polisi kepolisian surel tanggal kasus rekening "
    "informasi tersangka penyidik penyidikan pengadilan kejaksaan agustus juni juli maret "
    "desember bapak silakan bisa"
)  # fmt: skip
_MALAY = _word_set(
    "nombor telefon akaun wang kerana pejabat polis tarikh kes maklumat suspek siasatan "
    "mahkamah pendakwa ogos jun julai mac disember encik tuan puan sila boleh"
)  # fmt: skip
# Galician, which lingua lacks, reads as Spanish or Portuguese: its own words (x for Spanish j,
# "unha", "polo", "non", "xulgado") against each neighbour's.
_GALICIAN_NOT_SPANISH = _word_set(
    "unha unhas algunha ningunha polo pola polos polas coa coas cos dende tamén moi xa non "
    "xulgado xulgados xuíz xuíza xustiza xaneiro xuño xullo setembro outubro novembro decembro "
    "febreiro maio deste desta neste nesta devandito solicitude conta enderezo seguinte seguintes"
)  # fmt: skip
_GALICIAN_NOT_PORTUGUESE = _word_set(
    "unha unhas algunha ningunha polo pola polos polas coa coas cos dende tamén moi xa non "
    "xulgado xulgados xuíz xuíza xustiza xaneiro xuño xullo decembro febreiro marzo "
    "devandito solicitude usuario enderezo teléfono datos"
)  # fmt: skip
_SPANISH_OWN = _word_set(
    "el los las del una unas al y con para por también juzgado juez justicia enero junio julio "
    "septiembre octubre noviembre diciembre febrero mayo solicitud cuenta dirección usted está "
    "pero muy ya siguiente siguientes este esta"
)  # fmt: skip
_PORTUGUESE_OWN = _word_set(
    "uma umas pelo pela pelos pelas com também não juiz justiça janeiro junho julho setembro "
    "outubro novembro dezembro fevereiro março maio solicitação conta endereço você está muito "
    "já seguinte seguintes este esta"
)  # fmt: skip
# Maltese, which lingua lacks: its own letters (ħ, ġ, ċ, "għ"), or, where a scan was read
# without them, its articles joined by a hyphen ("il-Pulizija", "tal-Kodiċi", "fil-").
_MALTESE_LETTERS = re.compile(r"[ħĦġĠċĊ]|[Gg]ħ")
_MALTESE_ARTICLES = re.compile(
    r"(?<![\w'-])(?:[Ii]?[lrdstnxzżċ]|[Tt]a[lrdstnxzżċ]|[Ff]i[lrdstnxzżċ]|[Mm]ill?|[Bb]il|[Ll]ill|"
    r"[Ss]al|[Gg][ħh]all?|[Mm]in)-\w|(?<![\w'])ta'(?=\s)"
)
MALTESE_EVIDENCE = 3
# Uzbek in Latin letters, which lingua lacks (it reads it as Azerbaijani or Albanian): its oʻ
# and gʻ, written with the turned comma or an opening quote (o‘, g‘), three at least.
_UZBEK_LETTERS = re.compile(r"[OoGg][ʻ‘]")
UZBEK_EVIDENCE = 3
# Or, with none of Azerbaijani's and Turkish's own letters (ə ı ş ç ğ), its own words.
_UZBEK = _word_set(
    "va uchun bilan yil yilda raqam raqami raqamli ishi ish tergov boshqarma boshqarmasi "
    "xodimlari xabari xabar soat yordam bizning sizning qilindi qilish kerak hisobi hisob "
    "sana ham emas edi yanvar fevral mart aprel may iyun iyul avgust sentyabr oktyabr noyabr "
    "dekabr jinoyat ishonch telefoni chipta hamyon birja eksport matbuot"
)  # fmt: skip
_TURKIC_LETTERS = re.compile("[əƏıışŞçÇğĞ]")
# Luxembourgish, which lingua lacks (it reads it as German): its own words against German's.
_LUXEMBOURGISH = _word_set(
    "vun mat ass fir net dës dëse dësem dëser ech gëtt ginn wéi hei awer iwwer ënner ouni "
    "lëtzebuerg lëtzebuerger lëtzebuergesch ufro ufroen eis äre ären ärem gouf sinn kënnt "
    "Geriicht geriicht Ermëttlung ermëttlungen Parquet"
)  # fmt: skip
_GERMAN_OWN = _word_set(
    "und ist nicht für mit von wir ich der die das eine einen einem dieser diese dieses wird "
    "werden wurde sind Ihre Ihnen Gericht Ermittlung Ermittlungen ohne über unter"
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
# A provider's portal form keeps its labels in English ("Agency:", "Legal process:", "[USER]")
# and the officer fills it in their own language: a Latin page read as English that holds at
# least FORM_FIELDS such fields is in the language most of its filled-in letters are in, each
# line named on its own among the page's candidates, when that holds more of them than English
# (measured on the corpora: portals filled in French and Malay give 0.59-0.61 of their letters
# to that language; English letters and forms at least 0.63 to English and at most 0.20 to any
# other).
FORM_FIELDS = 3
# Lingua's Tagalog model, trained on text that switches to English freely, also takes a page of
# English labels and Malay or Indonesian values (tl 1.00 for a Malay-filled portal form whose
# prose ranks English fourth): such a page's form is read the same way.
_SOAKS_UP_ENGLISH = frozenset({"tl"})
_FORM_FIELD = re.compile(r"[ \t>]*[A-Z][A-Za-z/()' -]{0,40}?[ ]*:[ \t]*")
_FORM_TYPE_TAG = re.compile(r"\[[A-Z0-9]{2,10}\]")


@cache
def _detector() -> "LanguageDetector":
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGE_NAMES]
    # Models load lazily, per language, when a text first needs them: a worker that only sees
    # French letters never pays for Thai (bench/intake_language.py prints the cost).
    return LanguageDetectorBuilder.from_languages(*languages).build()


@cache
def _codes() -> dict[str, str]:
    """Each of LANGUAGE_NAMES with the code detection gives it."""
    from lingua import Language

    return {
        name: _MERGED_CODES.get(code, code)
        for name in LANGUAGE_NAMES
        for code in [getattr(Language, name).iso_code_639_1.name.lower()]
    }


def _names_among(languages: frozenset[str], script: str) -> frozenset[str]:
    """The lingua languages of the script that detection could report as one of the codes."""
    # Latin Serbian is read by the Bosnian and Croatian models, and either of Indonesian and
    # Malay can be told for the other by its words (_code).
    wanted = set(languages)
    if "sr" in wanted:
        wanted |= {"bs", "hr"}
    if wanted & {"id", "ms"}:
        wanted |= {"id", "ms"}
    codes = _codes()
    return frozenset(
        name for name in SCRIPT_LANGUAGE_NAMES.get(script, ()) if codes[name] in wanted
    )


@lru_cache(maxsize=RESTRICTED_DETECTORS)
def _detector_of(names: frozenset[str]) -> "LanguageDetector":
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        *(getattr(Language, name) for name in sorted(names))
    ).build()


def _detector_for(script: str, among: frozenset[str]) -> "LanguageDetector":
    # With one candidate of the script lingua would answer it for any text: the full detector
    # still says when a line is in none of ours.
    names = _names_among(among, script) if among else frozenset()
    return _detector_of(names) if len(names) >= 2 else _detector()


def _near(language: str) -> frozenset[str]:
    return frozenset({language, "en", *_NEIGHBOURS.get(language, ())})


@cache
def _script(character: str) -> str:
    name = unicodedata.name(character, "UNKNOWN").split(" ", 1)[0]
    return _SAME_SCRIPT.get(name, name)


def _scripts(text: str) -> list[tuple[str, int, str]]:
    """Each script's (weighted) letters outside identifiers and its words alone, most first."""
    prose = _IDENTIFIER.sub(" ", text)
    # Counted per distinct letter (a page holds a few hundred), not per letter: 0.16 ms a corpus
    # text instead of 0.22. Letters come in order of first use, so ties rank as they always did.
    weights: Counter[str] = Counter()
    letters: dict[str, list[str]] = {}
    for character, count in Counter(filter(str.isalpha, prose)).items():
        script = _script(character)
        weights[script] += count * _LETTER_WEIGHT.get(script, 1)
        letters.setdefault(script, []).append(character)
    found = []
    for script, weight in weights.most_common(2):
        others = {ord(c): " " for name, chars in letters.items() if name != script for c in chars}
        found.append((script, weight, prose.translate(others) if others else prose))
    return found


def _language_in(
    script: str, prose: str, among: frozenset[str] = frozenset()
) -> tuple[str, tuple[str, ...]]:
    """The prose's language and lingua's likeliest few (RANKED) for the script, as codes."""
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script], (_SCRIPT_LANGUAGE[script],)
    shortlist: tuple[str, ...] = ()
    if not among and script in SHORTLISTED_SCRIPTS:
        spread = _spread(prose, SHORTLIST_LETTERS)
        if spread is not prose:
            shortlist = _ranked(_detector().compute_language_confidence_values(spread), spread)
            among = frozenset(shortlist).union(*(_near(code) for code in shortlist))
    if script == "LATIN" and _is_maltese(prose):
        return "mt", ("mt", "it", "en")
    if script == "LATIN" and len(_UZBEK_LETTERS.findall(prose)) >= UZBEK_EVIDENCE:
        return "uz", ("uz", "tr", "en")
    values = _detector_for(script, among).compute_language_confidence_values(prose)
    if not values or values[0].value == 0.0:
        return "", ()  # a script none of our languages writes (Khmer, Ethiopic...)
    ranked = _ranked(values, prose) + shortlist
    code = ranked[0]
    if len(values) > 1 and values[0].value - values[1].value < NEIGHBOUR_TIE:
        runner_up = _code(values[1].language, prose)
        if _LIKELIER_NEIGHBOUR.get(code) == runner_up:
            return runner_up, ranked
    return code, ranked


def _is_maltese(prose: str) -> bool:
    """Whether Latin prose is Maltese, which lingua lacks: its letters, or its articles."""
    letters = len(_MALTESE_LETTERS.findall(prose))
    return letters >= MALTESE_EVIDENCE or (
        letters + len(_MALTESE_ARTICLES.findall(prose)) >= 2 * MALTESE_EVIDENCE
    )


def _ranked(values: "list[ConfidenceValue]", text: str) -> tuple[str, ...]:
    # Languages of other scripts score 0 and come in no particular order.
    return tuple(_code(found.language, text) for found in values[:RANKED] if found.value)


def _spread(prose: str, letters: int) -> str:
    """About this many letters of the prose in whole words taken evenly from end to end."""
    words = _WORD.findall(prose)
    total = sum(map(len, words))
    if total <= 2 * letters:
        return prose
    count = max(1, round(len(words) * letters / total))
    return " ".join(words[index * len(words) // count] for index in range(count))


def _code(language: "Language", text: str) -> str:
    code = language.iso_code_639_1.name.lower()
    if code in ("bs", "hr") and _more_of(text, _EKAVIAN, _IJEKAVIAN):
        return "sr"
    if (
        code in ("az", "tr", "sq", "tl", "id", "ms")
        and _more_of(text, _UZBEK, frozenset(), at_least=3)
        and _TURKIC_LETTERS.search(text) is None
    ):
        return "uz"
    if code in ("de", "nl") and _more_of(text, _LUXEMBOURGISH, _GERMAN_OWN, at_least=3):
        return "lb"
    if code == "es" and _more_of(text, _GALICIAN_NOT_SPANISH, _SPANISH_OWN, at_least=2):
        return "gl"
    if code == "pt" and _more_of(text, _GALICIAN_NOT_PORTUGUESE, _PORTUGUESE_OWN, at_least=2):
        return "gl"
    if code in ("id", "ms"):
        if _more_of(text, _INDONESIAN, _MALAY):
            return "id"
        if _more_of(text, _MALAY, _INDONESIAN):
            return "ms"
    return _MERGED_CODES.get(code, code)


def _more_of(text: str, these: frozenset[str], those: frozenset[str], at_least: int = 1) -> bool:
    words = _lower_words(text)
    found = sum(word in these for word in words)
    return found >= at_least and found > sum(word in those for word in words)


@lru_cache(maxsize=8)
def _lower_words(text: str) -> tuple[str, ...]:
    """The text's words in lower case: _code tells neighbours apart by them for each of the
    page's likeliest languages (Spanish and Portuguese against Galician, German against
    Luxembourgish...), and the same page's words are split once."""
    return tuple(word.lower() for word in _WORD.findall(text))


def detect_language(text: str, among: frozenset[str] = frozenset()) -> str:
    """Return the ISO 639-1 code of the text's language, or "" when it cannot tell.

    Given `among` (codes), lingua weighs only those of them written in the text's script, when
    at least two are; otherwise every language of that script.
    """
    sample = text[:SAMPLE_LENGTH]
    language, candidates = _detection(sample, among)
    if not among:
        _remember(sample, candidates)
    return language


def page_languages(text: str) -> frozenset[str]:
    """Return the languages a page's lines may be in: its likeliest few, their neighbours, English."""
    sample = text[:SAMPLE_LENGTH]
    with _CANDIDATES_LOCK:
        candidates = _CANDIDATES.get(sample)
    if candidates is None:
        candidates = _detection(sample, frozenset())[1]
        _remember(sample, candidates)
    return candidates


def _detection(sample: str, among: frozenset[str]) -> tuple[str, frozenset[str]]:
    if next(islice(filter(str.isalpha, sample), MIN_LETTERS - 1, None), None) is None:
        return "", frozenset()  # fewer than MIN_LETTERS letters
    scripts = _scripts(sample)
    if not scripts:
        return "", frozenset()
    script, weight, prose = scripts[0]
    language, ranked = _language_in(script, prose, among)
    candidates = frozenset(ranked).union(*(_near(code) for code in ranked))
    if language == "en" and len(scripts) > 1:
        other, other_weight, other_prose = scripts[1]
        if other_weight >= ENGLISH_YIELDS_AT * (weight + other_weight):
            language = _language_in(other, other_prose, among)[0] or language
    if script == "LATIN" and (
        language == "en" or (language in _SOAKS_UP_ENGLISH and "en" in ranked)
    ):
        language = _filled_in_language(sample, among or candidates) or language
    return language, candidates


def _filled_in_language(sample: str, candidates: frozenset[str]) -> str:
    """The language of a form's filled-in lines when it is not English (see FORM_FIELDS)."""
    values = []
    fields = 0
    for line in sample.splitlines():
        field = _FORM_FIELD.match(line)
        if field is not None:
            fields += 1
            line = line[field.end() :]
        values.append(_FORM_TYPE_TAG.sub(" ", line))
    if fields < FORM_FIELDS:
        return ""
    detector = _detector_for("LATIN", candidates)
    letters: Counter[str] = Counter()
    for value in values:
        prose = _IDENTIFIER.sub(" ", value)
        count = sum(map(str.isalpha, prose))
        if count < MIN_LETTERS:
            continue
        found = detector.detect_language_of(prose)
        if found is not None:
            letters[_code(found, prose)] += count
    others = [(count, code) for code, count in letters.items() if code != "en"]
    if not others:
        return ""
    count, code = max(others)
    return code if count > letters["en"] else ""


def _remember(sample: str, candidates: frozenset[str]) -> None:
    # The pipeline detects every page, then the poor-translation flag reads their lines: it
    # finds each page's candidates here instead of running the detector on the page again.
    # Only a detection writes here, so detecting a page twice costs twice.
    with _CANDIDATES_LOCK:
        _CANDIDATES[sample] = candidates
        _CANDIDATES.move_to_end(sample)
        while len(_CANDIDATES) > REMEMBERED_PAGES:
            _CANDIDATES.popitem(last=False)


def _blank_identifiers(text: str) -> str:
    # Same length, so the detector's offsets are the text's.
    return _IDENTIFIER.sub(lambda found: " " * len(found.group()), text)


def language_segments(text: str, among: frozenset[str] = frozenset()) -> list[tuple[str, int, int]]:
    """Return the stretches of a text in each language: (ISO 639-1 code, start, end).

    Given `among` (codes), the Latin-script ones are weighed when at least two are.
    """
    text = _blank_identifiers(text)
    return [
        (
            _code(found.language, text[found.start_index : found.end_index]),
            found.start_index,
            found.end_index,
        )
        for found in _detector_for("LATIN", among).detect_multiple_languages_of(text)
    ]


def language_confidences(text: str) -> list[tuple[str, float]]:
    """Return each language with the detector's confidence (0 to 1), the likeliest first."""
    text = _blank_identifiers(text)
    values = _detector().compute_language_confidence_values(text)
    merged: dict[str, float] = {}
    for found in values:
        code = _code(found.language, text)
        merged[code] = merged.get(code, 0.0) + found.value
    return sorted(merged.items(), key=lambda item: -item[1])


def main_language(languages: list[tuple[str, int]]) -> str:
    """Return the language with the most text among (language, length) pairs."""
    totals: dict[str, int] = {}
    for language, length in languages:
        if language:
            totals[language] = totals.get(language, 0) + length
    return max(totals, key=lambda k: totals[k]) if totals else ""
