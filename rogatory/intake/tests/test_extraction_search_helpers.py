"""The search shortcuts find exactly what a plain scan of their pattern finds.

Landmark searches, patterns led by their first characters' class and the tree of initials are
there for speed only: on any text, each gives the spans finditer gives for the plain pattern.
The digests (test_extraction_speed_equivalence) pin the corpora; these properties pin the
shortcuts themselves on strings built from the fragments that sit at their edges.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from rogatory.intake import identifiers
from rogatory.intake.patterns.calendars import ZONE_PHRASES
from rogatory.intake.patterns.handles import NAME_CUES, NAME_CUES_AFTER, USERNAME_CUES
from rogatory.intake.patterns.registries import CASE_LABELS, CASE_NOUNS

# Pieces that start, end or break hosts, paths, IPv6 addresses, month-first dates, legal and
# case references, in the scripts the shortcuts treat apart.
PIECES = (
    " ", "  ", "\n", ".", "..", "/", "//", ":", "::", "-", "_", "@", "[.]", "(.)", "{.}", "[dot]",
    "(dot)", "dot", "dotnet", "a", "Z", "0", "7", "12", "2024", "ab", "fe80", "db8", "1:2",
    "x.y", "shop", "example", ".com", ".onion", "www.", "hxxps://", "例子", ".中国", "मिसाल",
    ".भारत", "March", "Sept.", "mars", "3,", "3rd", "21st", " 2024", "ſ", "İ", "Art.", "article",
    "§", "18 U.S.C.", "धारा", "66C", "भारतीय न्याय संहिता", "की", "अधिनियम", "《刑法》", "第二十九条",
    "제48조", "Réf.", "N°", "No.", "Az.", "क्र.", "رقم", "المادة", "113年度", "偵字第", "號", "(",
    ")", "[", "]", "«", "»", '"', "'", ",", "\t", "\u00a0", "1234567", "-45.2024.8.26.0001",
    "고단", "도", "198.51.100", ".7", "h1", "23/06/24", "5.12.24", "13/8/25,", "08:43", "[2.9.24]",
    "21.1.25", "saa", "年", "年 ", "月", "日", " 년 ", "월", "일",
)  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=40).map("".join)


def _spans(matches: Iterable[re.Match[str]], group: int | str = 0) -> list[tuple[int, int]]:
    return [match.span(group) for match in matches]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_pattern_led_by_its_first_characters_finds_what_the_plain_pattern_finds(
    text: str,
) -> None:
    found = _spans(identifiers._whole_matches(identifiers._CASE_REFERENCE, text), "whole")
    plain = identifiers._CASE_REFERENCE_PATTERN
    assert found == _spans(re.finditer(plain, text)), text


@settings(max_examples=400, deadline=None)
@given(TEXTS)
# A code's title number found from the " U" after it, beside an article led by a letter.
@example("Art. 5 18 U.S.C. § 2703 ")
@example("x 7 U.S.C. 12 U.S.C.")
def test_legal_references_led_by_letters_and_by_a_code_title_number_are_the_plain_ones(
    text: str,
) -> None:
    found = _spans(identifiers._legal_matches(text), "whole")
    assert found == _spans(re.finditer(identifiers._LEGAL_PATTERN, text)), text


@settings(max_examples=400, deadline=None)
@given(TEXTS)
# The search window once ended right after a "-", hiding the label going on past it.
@example("x.yſ-dot")
def test_a_host_searched_from_its_dot_or_slash_is_what_the_plain_scan_finds(text: str) -> None:
    for pattern, landmark, after in (
        (identifiers._DOMAIN, identifiers._HOST_DOT_LANDMARK, 3),
        (identifiers._URL_NO_SCHEME, identifiers._PATH_LANDMARK, 1),
    ):
        found = _spans(identifiers._in_word_landmarks(pattern, landmark, text, after))
        assert found == _spans(pattern.finditer(text)), (pattern.pattern[:40], text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
@example("0001234-45.2024.8.26.0001 1234567-45.2024.8.26.0001-")
@example("2024고단1234 x2024도5 2024도")
@example("198.51.100 23 1.2.3 4h1 10.0.0 7.")
@example("23/06/24 5.12.24 18:55 [2.9.24] 09:14 13/8/25, 08:43 27/3/25 saa 07:48 21.1.25")
# Year first with separators, against a time, in CJK, and day first with a four-digit year.
@example("12024-06-0123:04:09 2025/10/22 1.2024.5.6 12024年3月 2024 년 5 월 7 일 ")
@example("7/06/2024 1.2.3.2024 12-1-20245 31.12.2024.5 20.11.2026")
def test_a_pattern_searched_near_its_landmark_is_what_the_plain_scan_finds(text: str) -> None:
    for pattern, landmark, before, reach, spaces_before in (
        (identifiers._IPV6, identifiers._V6_LANDMARK, 6, 64, False),
        (identifiers._TAIWAN_CASE_NUMBER, identifiers._TAIWAN_LANDMARK, 3, 32, False),
        (
            identifiers._NAMED_DATE_MONTH_FIRST,
            identifiers._DAY_AND_YEAR,
            identifiers._LONGEST_MONTH + 1,
            65,
            True,
        ),
        (identifiers._IPV4_BROKEN, identifiers._IPV4_BROKEN_LANDMARK, 11, 24, False),
        (identifiers._CNJ, identifiers._CNJ_LANDMARK, 7, 32, False),
        (identifiers._DMY_SHORT, identifiers._SHORT_YEAR_LANDMARK, 5, 32, False),
        (identifiers._DMY_SHORT_UNPADDED, identifiers._SHORT_YEAR_LANDMARK, 5, 32, False),
        (identifiers._KOREAN_CASE_NUMBER, identifiers._KOREAN_CASE_TYPE_LANDMARK, 4, 24, False),
        (identifiers._YMD, identifiers._YMD_LANDMARK, 5, 24, False),
        (identifiers._DMY, identifiers._DMY_LANDMARK, 5, 16, False),
    ):
        near = identifiers._near_landmarks(
            pattern, landmark, text, before, reach, spaces_before=spaces_before
        )
        assert _spans(near) == _spans(pattern.finditer(text)), (pattern.pattern[:40], text)


def _flat_word_led(words: Iterable[str]) -> str:
    """The word-led alternation as a plain row of initials, as it was before the tree."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(identifiers._any_case(word[0]), []).append(word[1:])
    rows = (f"(?<=[{initials}])(?i:{'|'.join(rests)})" for initials, rests in groups.items())
    return "(?:" + "|".join(rows) + ")"


def _tree_and_row(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    initials, tree = identifiers._word_led(words)
    lead = rf"[{initials}](?<![\w].)"
    return (
        re.compile(lead + tree + r"(?![\w])"),
        re.compile(lead + _flat_word_led(words) + r"(?![\w])"),
    )


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from((*PIECES, "pseudo", "Aktenzeichen", "known as", "网名")), max_size=30)
)
def test_words_dispatched_through_the_tree_of_initials_are_the_ones_a_row_finds(
    pieces: list[str],
) -> None:
    text = " ".join(pieces)
    for words in (USERNAME_CUES, CASE_LABELS):
        tree, row = _tree_and_row(words)
        assert _spans(tree.finditer(text)) == _spans(row.finditer(text)), text


def test_initials_shared_by_two_branches_are_refused() -> None:
    branches = [("Aa", "x"), ("Bb", "y"), ("Cc", "z"), ("Dd", "w"), ("aE", "v")]
    with pytest.raises(ValueError, match=re.escape("initials shared by two branches: ['a']")):
        identifiers._dispatch(branches)


# The words searched for in a window before or after a candidate, as they were written before
# they were led by their initials.
_PLAIN_BEFORE = (
    (
        "_VERSION_BEFORE",
        re.compile(rf"(?:{identifiers._VERSION_WORDS})\s*$", re.IGNORECASE),
    ),
    (
        "_PHONE_LABEL_BEFORE",
        re.compile(rf"{identifiers._PHONE_WORD}\.?[ ]*$", re.IGNORECASE),
    ),
    (
        "_PRODUCT_LABEL_BEFORE",
        re.compile(
            r"(?:(?:ref|réf|reference|référence|referencia)\.?|(?:Nr|No)(?:\.|[ ]*[:：]))"
            r"[ ]*[:：]?[ ]*$",
            re.IGNORECASE,
        ),
    ),
    ("_PHONE_WORD_SEARCH", identifiers._PHONE_WORDS),
)
_PLAIN_AFTER = (
    (
        "_OFFSET",
        re.compile(
            r"(?<![\w])(?:UTC|GMT)[ ]?(?P<sign>[+\-−])[ ]?(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?"
            r"|(?<![\w])(?:UTC|GMT|Z)(?![\w])"
        ),
    ),
    (
        "_PORT_WORDS",
        re.compile(
            r"(?:port|puerto|porta|порт|端口|पोर्ट|منفذ)[ ]*[:：]?[ ]*(?P<port>\d{1,5})(?!\d)",
            re.IGNORECASE,
        ),
    ),
    (
        "_ZONE",
        re.compile(
            r"(?<![\w])(?:"
            + "|".join(re.escape(phrase) for phrase in sorted(ZONE_PHRASES, key=len, reverse=True))
            + r")(?![\w])",
            re.IGNORECASE,
        ),
    ),
)
WINDOW_PIECES = (
    " ", "  ", "\n", ".", ":", "：", "-", "+", "−", "7", "12", "2024", "a", "X", "é", "ſ", "K",
    "İ", "version", "VERSION", "v", "V.", "ver.", "wersji", "sürümü", "верси", "Версия",
    "バージョン", "software", "tel", "Tél", "TEL.", "phone", "телефон", "फोन", "전화", "ref",
    "Réf.", "reference", "nr", "No", "No.", "UTC", "utc", "GMT", "Z", "Zulu", "port", "PORT",
    "порт", "端口", "heure de paris", "Heure De Paris", "paris time", "北京时间", "московское время",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WINDOW_PIECES), min_size=1, max_size=24).map("".join))
@example("Tel. Nr.: ")
@example("xversion 1")
@example("UTC+01:00 heure de paris")
def test_words_searched_in_a_window_are_found_where_the_plain_alternation_finds_them(
    text: str,
) -> None:
    for name, plain in _PLAIN_BEFORE:
        led = getattr(identifiers, name)
        for end in range(len(text) + 1):
            start = max(0, end - 20)
            found, expected = led.search(text, start, end), plain.search(text, start, end)
            assert (found and found.span()) == (expected and expected.span()), (name, text, end)
    for name, plain in _PLAIN_AFTER:
        led = getattr(identifiers, name)
        for start in range(len(text) + 1):
            end = min(len(text), start + 40)
            found, expected = led.search(text, start, end), plain.search(text, start, end)
            assert (found and (found.span(), found.groupdict())) == (
                expected and (expected.span(), expected.groupdict())
            ), (name, text, start)


# Cue words, labels and what closes them, in the scripts and layouts the shared scan of cue
# words must find them in: against CJK text, split across lines, before a colon or a quote.
CUE_PIECES = (
    " ", "  ", "\n", ":", " : ", "：", "|", "\t", "«", "»", '"', "“", "「", "」", "(", ")", ",",
    ";", "/", "-", "?", "a", "Z", "7", "x_1", "@x", "ſ", "İ", "K", "pseudo", "Pseudonym",
    "alias", "known as", "known\nas", "user name", "nom d'utilisateur", "compte", "Compte visé",
    "kont", "účtu", "usuario", "логин", "никнейм", "খাতা", "खाते", "حساب", "用户名", "昵称",
    "网名", "账号", "ユーザー名は", "아이디는", "felhasználónéven", "fiókok", "name", "noms",
    "नाम", "という名前", "N° de procédure", "n° de dossier", "numéro", "dossier", "affaire",
    "case number", "Case No.", "Aktenzeichen", "sygn.", "spis", "diligencias", "案号", "事件番号",
    "（案号）", "رقم القضية", "Az.", "No.", "3 Js 1234/26", "2024", "nightowl_77",
)  # fmt: skip
_CUE_LED = (
    "_USER_WORDS", "_USER_CUES", "_NAME_CUES", "_NAME_CUES_AFTER", "_HANDLE_CUES_AFTER",
    "_CASE_LABEL",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CUE_PIECES), min_size=1, max_size=30).map("".join))
@example("dossier : 3 Js 1234/26")
@example("网名用户名「x」 gulyas_77 felhasználónéven")
def test_cue_led_patterns_matched_where_a_cue_word_starts_are_what_their_scans_find(
    text: str,
) -> None:
    starts = identifiers._cue_word_starts(text)
    for name in _CUE_LED:
        pattern = getattr(identifiers, name)
        found = [
            (m.span(), m.groupdict()) for m in identifiers._matches_from(pattern, text, starts)
        ]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], (name, text)


def _word_patterns() -> set[str]:
    return {
        *identifiers._USER_WORD_BRANCHES, *identifiers._CUE_WORD_PATTERNS,
        *identifiers._AFTER_WORD_PATTERNS, *CASE_LABELS, *CASE_NOUNS, *NAME_CUES, *NAME_CUES_AFTER,
        *ZONE_PHRASES, *identifiers._top_level_branches(identifiers._MONTH_PATTERN[3:-1]),
        *identifiers._top_level_branches(identifiers._PHONE_WORD_LIST),
        *identifiers._top_level_branches(identifiers._VERSION_WORDS),
        *identifiers._top_level_branches(identifiers._PRODUCT_LABELS),
    }  # fmt: skip


def test_a_letters_class_holds_every_character_re_ignorecase_matches_it_with() -> None:
    # The tree of initials and its second level stand a letter's class for "(?i:letter)": the
    # two must match the same characters, in the whole of Unicode, for every letter they lead.
    everything = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point < 0xE000)
    letters = {
        char for word in _word_patterns() for char in word[:2] if char.isalpha() or char in "№§"
    }
    for letter in sorted(letters):
        matched = set(re.findall(f"(?i:{re.escape(letter)})", everything))
        assert set(re.sub(r"\\(.)", r"\1", identifiers._any_case(letter))) == matched, letter
