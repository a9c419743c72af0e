"""Searching only around landmarks ("@", "onion", 年, 号) finds exactly what a full scan finds."""

from __future__ import annotations

import re
from collections.abc import Iterable

from hypothesis import given
from hypothesis import strategies as st

from rogatory.intake import identifiers

PIECES = (
    "a", "Z", "0", "7", ".", "-", "_", " ", "\n", "@", "(at)", "[AT]", "{at}", "[.]", "onion",
    ".onion", "example", ".com", "jane.doe", "用户", "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad",
    "年", "月", "日", "二〇二五", "十", "九", "号", "〔2024〕", "京公网安", "(2024)", "刑初", "732",
)  # fmt: skip
TEXTS = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
SEARCHES = (
    (identifiers._EMAIL, identifiers._AT_LANDMARK, 100, 300),
    (identifiers._ONION, identifiers._ONION_LANDMARK, 72, 24),
    (identifiers._CHINESE_DATE, identifiers._NIAN_LANDMARK, 6, 24),
    (identifiers._CJK_CASE_NUMBER, identifiers._HAO_LANDMARK, 64, 16),
)


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[int, int]]:
    return [match.span() for match in found]


@given(TEXTS)
def test_the_matches_near_landmarks_are_the_full_scans_matches(text: str) -> None:
    for pattern, landmark, before, reach in SEARCHES:
        assert _spans(identifiers._near_landmarks(pattern, landmark, text, before, reach)) == (
            _spans(pattern.finditer(text))
        )


def test_a_match_longer_than_its_stretch_is_still_found_whole() -> None:
    host = ".".join(["label"] * 80) + ".example"
    text = f"écrire à jane@{host} demain"
    [match] = identifiers._near_landmarks(
        identifiers._EMAIL, identifiers._AT_LANDMARK, text, 100, 300
    )
    assert match.group() == f"jane@{host}"
    assert re.fullmatch(r"jane@[a-z.]+", match.group())
