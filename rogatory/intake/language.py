"""Language per page and segment: the script first, then lingua among that script's languages.

A page's letters are counted per script once identifier-like runs are set aside (addresses,
handles, hashes: ASCII runs holding a digit, "@", "_" or a dotted name). A script written by one
language we detect (Hangul, Thai, Hebrew, Greek, Tamil...) names it at once; otherwise lingua
reads only the words of the page's main script. Fed the whole page, lingua weighed a Hindi
letter's onion address and base58 wallet as Yoruba or German (docs/decisions/0012).
"""

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import Language, LanguageDetector

# The languages of our traffic (the corpora's and the issue's) and the neighbours they would
# otherwise be mistaken for: Catalan for Spanish, Slovak for Czech, Malay for Indonesian, Danish
# and Norwegian for Swedish, Croatian and Bosnian for Serbian in Latin letters, Bulgarian and
# Macedonian for Russian and Serbian, Urdu for Persian. Left out: Latin (legal Latin phrases in
# English letters), Esperanto, and the Southern African and West African languages lingua
# knows, which took identifier-heavy pages in every script (measured: bench/intake_language.py).
LANGUAGE_NAMES = (
    # Latin script
    "ENGLISH", "FRENCH", "SPANISH", "CATALAN", "BASQUE", "PORTUGUESE", "ITALIAN", "ROMANIAN",
    "GERMAN", "DUTCH", "AFRIKAANS", "POLISH", "CZECH", "SLOVAK", "SLOVENE", "CROATIAN",
    "BOSNIAN", "HUNGARIAN", "ALBANIAN", "SWEDISH", "DANISH", "BOKMAL", "NYNORSK", "ICELANDIC",
    "FINNISH", "ESTONIAN", "LATVIAN", "LITHUANIAN", "TURKISH", "AZERBAIJANI", "INDONESIAN",
    "MALAY", "TAGALOG", "VIETNAMESE", "SWAHILI",
    # Cyrillic
    "RUSSIAN", "UKRAINIAN", "BELARUSIAN", "BULGARIAN", "MACEDONIAN", "SERBIAN", "KAZAKH",
    "MONGOLIAN",
    # Arabic, Devanagari, Han and kana
    "ARABIC", "PERSIAN", "URDU", "HINDI", "MARATHI", "CHINESE", "JAPANESE",
    # One language per script among lingua's: the script alone decides
    "KOREAN", "THAI", "HEBREW", "GREEK", "TAMIL", "TELUGU", "BENGALI", "GUJARATI", "PUNJABI",
    "GEORGIAN", "ARMENIAN",
)  # fmt: skip

# Scripts (the first word of a letter's Unicode name) that only one detected language writes.
_SCRIPT_LANGUAGE = {
    "HANGUL": "ko", "THAI": "th", "HEBREW": "he", "GREEK": "el", "TAMIL": "ta", "TELUGU": "te",
    "BENGALI": "bn", "GUJARATI": "gu", "GURMUKHI": "pa", "GEORGIAN": "ka", "ARMENIAN": "hy",
}  # fmt: skip
# Chinese and Japanese share the ideographs: lingua tells them apart (kana), as one script.
_SAME_SCRIPT = {"CJK": "HAN", "HIRAGANA": "HAN", "KATAKANA": "HAN", "KATAKANA-HIRAGANA": "HAN"}
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


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


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
_WORD = re.compile(r"[^\W\d_]+")


@cache
def _detector() -> "LanguageDetector":
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in LANGUAGE_NAMES]
    # Models load lazily, per language, when a text first needs them: a worker that only sees
    # French letters never pays for Thai (bench/intake_language.py prints the cost).
    return LanguageDetectorBuilder.from_languages(*languages).build()


@cache
def _script(character: str) -> str:
    name = unicodedata.name(character, "UNKNOWN").split(" ", 1)[0]
    return _SAME_SCRIPT.get(name, name)


def _scripts(text: str) -> list[tuple[str, int, str]]:
    """Each script's (weighted) letters outside identifiers and its words alone, most first."""
    prose = _IDENTIFIER.sub(" ", text)
    weights: Counter[str] = Counter()
    for character in prose:
        if character.isalpha():
            script = _script(character)
            weights[script] += _LETTER_WEIGHT.get(script, 1)
    return [
        (
            script,
            weight,
            "".join(c if not c.isalpha() or _script(c) == script else " " for c in prose),
        )
        for script, weight in weights.most_common(2)
    ]


def _language_in(script: str, prose: str) -> str:
    if script in _SCRIPT_LANGUAGE:
        return _SCRIPT_LANGUAGE[script]
    values = _detector().compute_language_confidence_values(prose)
    if not values or values[0].value == 0.0:
        return ""  # a script none of our languages writes (Khmer, Ethiopic...)
    code = _code(values[0].language, prose)
    if len(values) > 1 and values[0].value - values[1].value < NEIGHBOUR_TIE:
        runner_up = _code(values[1].language, prose)
        if _LIKELIER_NEIGHBOUR.get(code) == runner_up:
            return runner_up
    return code


def _code(language: "Language", text: str) -> str:
    code = language.iso_code_639_1.name.lower()
    if code in ("bs", "hr") and _more_of(text, _EKAVIAN, _IJEKAVIAN):
        return "sr"
    if code in ("id", "ms"):
        if _more_of(text, _INDONESIAN, _MALAY):
            return "id"
        if _more_of(text, _MALAY, _INDONESIAN):
            return "ms"
    return _MERGED_CODES.get(code, code)


def _more_of(text: str, these: frozenset[str], those: frozenset[str]) -> bool:
    words = [word.lower() for word in _WORD.findall(text)]
    return sum(word in these for word in words) > sum(word in those for word in words)


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of the text's language, or "" when it cannot tell."""
    sample = text[:SAMPLE_LENGTH]
    if sum(c.isalpha() for c in sample) < MIN_LETTERS:
        return ""
    scripts = _scripts(sample)
    if not scripts:
        return ""
    script, weight, prose = scripts[0]
    language = _language_in(script, prose)
    if language == "en" and len(scripts) > 1:
        other, other_weight, other_prose = scripts[1]
        if other_weight >= ENGLISH_YIELDS_AT * (weight + other_weight):
            return _language_in(other, other_prose) or language
    return language


def _blank_identifiers(text: str) -> str:
    # Same length, so the detector's offsets are the text's.
    return _IDENTIFIER.sub(lambda found: " " * len(found.group()), text)


def language_segments(text: str) -> list[tuple[str, int, int]]:
    """Return the stretches of a text in each language: (ISO 639-1 code, start, end)."""
    text = _blank_identifiers(text)
    return [
        (
            _code(found.language, text[found.start_index : found.end_index]),
            found.start_index,
            found.end_index,
        )
        for found in _detector().detect_multiple_languages_of(text)
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
