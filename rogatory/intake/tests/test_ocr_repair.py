"""OCR damage around identifiers: joined where the geometry proves it, repaired where a checksum does.

The addresses are fictional, generated with valid checksums by the bench corpora's generators.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rogatory.intake.normalize import is_valid_onion_v3, parse_address
from rogatory.intake.ocr_repair import (
    Word,
    close_cjk_spaces,
    join_split_words,
    repair_checksummed,
    repair_line,
    restore_section_signs,
)

ONION = "ktguwivz5rzlchfopxe5t2vf5z7q3t2twnie64vpratqr77vp4ew57ad.onion"
LITECOIN = "ltc1qdzf9ckpcehm23suh3ha9h7ykczscy0ep5sr9ej"
CASHADDR = "bitcoincash:qqrta93x64l6y76d6gdpvhcgctjtdtyavuyqqp50fm"
ETHEREUM = "0xbc793d7b931c968e9a5171c947c49e10e7d1a70e"
MONERO = "47SaNi4auZ1ZqR7TekwiW4HMbnvB5S55eVrxjpAJ7egrCimuPTUfsYvBwhkFnwaRfW6RVtrM6fMHt5SDGZ2EPYoNH43TTW5"


def _line(*pieces: tuple[str, int]) -> list[Word]:
    """Words 44 pixels high, each starting where the previous ended plus its gap."""
    words, left = [], 220
    for text, gap in pieces:
        left += gap
        words.append(Word(text, left, 1000, 20 * len(text), 44, 90.0))
        left += 20 * len(text)
    return words


def test_an_address_cut_by_a_narrow_gap_is_joined() -> None:
    line = _line(("ईमेल", 0), ("shadow_o", 12), ("ps@m.vortex.io", 7))
    assert [w.text for w in join_split_words(line)] == ["ईमेल", "shadow_ops@m.vortex.io"]


def test_the_joined_word_covers_both_pieces_with_the_lower_confidence() -> None:
    first, second = _line(("shadow_o", 0), ("ps@m.vortex.io", 7))
    second = Word(second.text, second.left, second.top, second.width, second.height, 40.0)
    [joined] = join_split_words([first, second])
    assert (joined.left, joined.width, joined.confidence) == (
        first.left,
        second.left + second.width - first.left,
        40.0,
    )


def test_words_a_word_space_apart_stay_apart() -> None:
    line = _line(("Adresse", 0), ("shadow_o", 12), ("ps@m.vortex.io", 12))
    assert [w.text for w in join_split_words(line)] == ["Adresse", "shadow_o", "ps@m.vortex.io"]


def test_close_words_without_an_identifier_landmark_stay_apart() -> None:
    assert [w.text for w in join_split_words(_line(("exam", 0), ("ple", 5)))] == ["exam", "ple"]


def test_punctuation_close_to_an_identifier_is_not_glued_to_it() -> None:
    line = _line(("«", 0), ("hexa.gone", 5), ("»", 5))
    assert [w.text for w in join_split_words(line)] == ["«", "hexa.gone", "»"]


@pytest.mark.parametrize(
    ("read", "repaired"),
    [
        # I for l in an onion name (base32 has no capitals), the sentence's full stop kept.
        (ONION.replace("rzl", "rzI") + ".", ONION + "."),
        # A character read twice in an onion name: the one whose removal restores the checksum.
        (ONION.replace("rzl", "rzll"), ONION),
        # "ltc1q" read "Itclg": the prefix, the separator and the witness version.
        ("Itclgdzf9ckpcehm23suh3ha9h7ykczscy0ep5sr9ej.", LITECOIN + "."),
        # A stray accented letter in a CashAddr address.
        (CASHADDR.replace("76d6", "76dé6"), CASHADDR),
        # "0x" read "Ox", and "7" read "/".
        ("Oxbc793d7b931c968e9a5171c947c49e10e7d1a/0e", ETHEREUM),
        # O for o in a Monero address (base58 has no O).
        ("(" + MONERO.replace("EPYoNH", "EPYONH") + ")", "(" + MONERO + ")"),
    ],
)
def test_a_checksummed_identifier_is_repaired_when_one_reading_holds(
    read: str, repaired: str
) -> None:
    assert repair_checksummed(read) == repaired


@pytest.mark.parametrize(
    "read",
    [
        ONION,  # already valid
        ONION.replace("ktgu", "ktgv"),  # a valid character misread as another valid one
        "Xcb1KJGAwZzfyXeMzbyVCVm3swTZcCoYYfZ",  # a letter inserted: no reading holds
        "Ermittlungsverfahrensbeschleunigungsgesetz",  # a long word, no identifier
        "https://m.marche-noirinfo/view/40666",  # a lost dot is not a checksum's business
    ],
)
def test_what_no_checksum_proves_stays_as_read(read: str) -> None:
    assert repair_checksummed(read) == read


def test_a_line_is_joined_and_its_section_sign_restored() -> None:
    line = _line(("Rechtsgrundlage:", 0), ("8", 14), ("202a", 14), ("StGB", 14))
    assert [w.text for w in repair_line(line)] == ["Rechtsgrundlage:", "§", "202a", "StGB"]


def test_a_line_is_joined_then_repaired() -> None:
    line = _line(("Wallet", 0), ("Oxbc793d7b931c968e9a51", 12), ("71c947c49e10e7d1a/0e", 6))
    assert [w.text for w in repair_line(line)] == ["Wallet", ETHEREUM]


@pytest.mark.parametrize(
    ("read", "restored"),
    [
        ("Rechtsgrundlage: 8 202a StGB", "Rechtsgrundlage: § 202a StGB"),
        ("Rechtsgrundlage: 8 100j Abs. 1 StPO", "Rechtsgrundlage: § 100j Abs. 1 StPO"),
        ("gemäß $ 100g StPO", "gemäß § 100g StPO"),
        ("Seite 8 202 Personen", "Seite 8 202 Personen"),  # no statute follows
        ("am 8 12 Mai", "am 8 12 Mai"),  # one capital is a word, not a statute
        ("Nr. 3 8 22 StGB", "Nr. 3 8 22 StGB"),  # a number before: a count, not a sign
    ],
)
def test_a_section_sign_read_as_8_is_restored_before_an_article_and_a_statute(
    read: str, restored: str
) -> None:
    words = [Word(text, 100 * index, 0, 60, 40, 90.0) for index, text in enumerate(read.split())]
    assert " ".join(w.text for w in restore_section_signs(words)) == restored


@pytest.mark.parametrize(
    ("read", "closed"),
    [
        (
            "根据 《网 络 安全 法 》 第 二 十 八条 ， 请 求 协助 。",
            "根据《网络安全法》第二十八条，请求协助。",
        ),
        ("日 期 / Date: 2026 年 7 月 31 日", "日期 / Date: 2026年7月31日"),
        ("编号 : (2025) 沪 0115 刑 初 235 号", "编号 : (2025)沪0115刑初235号"),
        ("联系 电话 : 138 4589 6060", "联系电话 : 138 4589 6060"),
        ("Fait à Lyon, le 29 juillet 2024", "Fait à Lyon, le 29 juillet 2024"),
        # Kana as the Japanese pack spaces them; the Latin handle beside them keeps its space.
        ("ユーザー 名 : 夜 更 か し 猫", "ユーザー名 : 夜更かし猫"),
        ("令和 7 年 3 月 12 日 に user_k を", "令和7年3月12日に user_k を"),
    ],
)
def test_spaces_between_chinese_characters_are_closed_and_others_kept(
    read: str, closed: str
) -> None:
    assert close_cjk_spaces(read) == closed


def _holds(value: str) -> bool:
    core = value.strip("\"'«»“”‘’„‚<>()[]{}.,;:!?")
    address = parse_address(core)
    return (address is not None and address.is_valid) or is_valid_onion_v3(core)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet="0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:./é",
        min_size=20,
        max_size=100,
    )
)
def test_a_repair_never_yields_a_value_whose_checksum_fails(word: str) -> None:
    repaired = repair_checksummed(word)
    assert repaired == word or _holds(repaired)
