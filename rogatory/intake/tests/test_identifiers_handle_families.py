"""Handles by format family: cue words in more languages and inflections, cue words written
against Chinese and Japanese text, names before or after their cue, every quoting style."""

import pytest

from rogatory.intake.identifiers import extract_identifiers


def _handles(text: str, language: str | None = None) -> list[tuple[str, str]]:
    return [
        (found.value, found.normalized)
        for found in extract_identifiers(text, language=language)
        if found.type == "username"
    ]


@pytest.mark.parametrize(
    ("text", "language", "handles"),
    [
        # Inflected cue words: plural, instrumental, Romanian article.
        (
            "Los perfiles «garza_gris» y «Lince.Rojo» escribieron.",
            "es",
            ["garza_gris", "Lince.Rojo"],
        ),
        ("O suspeito usa os perfis «Tatu_Bola» e «arara.azul».", "pt", ["Tatu_Bola", "arara.azul"]),
        (
            "Posługuje się pseudonimami „Jastrzab.7” i „szary_borsuk”.",
            "pl",
            ["Jastrzab.7", "szary_borsuk"],
        ),
        ("folosește pseudonimul „vulpe_argintie”.", "ro", ["vulpe_argintie"]),
        # Field labels in more languages, with a colon or a table cell.
        ("Gebruikersnaam: GrijzeReiger\n", "nl", ["GrijzeReiger"]),
        ("| 3 | Gebruikersnaam | de_grijze_uil | 14/06/2025 |", "nl", ["de_grijze_uil"]),
        ("Nazwa użytkownika: szary_borsuk\n", "pl", ["szary_borsuk"]),
        ("Kullanıcı adı: gece_kusu_34\n", "tr", ["gece_kusu_34"]),
        ("Användarnamn: Nattuggla_9\n", "sv", ["Nattuggla_9"]),
        ("Псевдонім: «нічний_сич»\n", "uk", ["нічний_сич"]),
        # Swedish and Finnish quotes, single guillemets.
        ("smeknamnet ”Grävling_3”.", "sv", ["Grävling_3"]),
        ("le pseudo ‹loup_gris›.", "fr", ["loup_gris"]),
    ],
)
def test_a_handle_follows_a_cue_word_in_its_language(
    text: str, language: str, handles: list[str]
) -> None:
    assert [value for value, _ in _handles(text, language)] == handles


@pytest.mark.parametrize(
    ("text", "handles"),
    [
        ("嫌疑人使用昵称「夜猫子_12」和「moonfox77」。", ["夜猫子_12", "moonfox77"]),
        ("ユーザー名は「kuro_neko8」です。", ["kuro_neko8"]),
        ("닉네임은 'dal_bit9' 입니다.", ["dal_bit9"]),
    ],
)
def test_a_cue_word_written_against_chinese_or_japanese_text_still_leads_its_handles(
    text: str, handles: list[str]
) -> None:
    assert [value for value, _ in _handles(text)] == handles


def test_a_bare_word_written_against_a_chinese_cue_is_not_read_as_a_handle() -> None:
    assert _handles("该用户账号余额为零。", "zh") == []


@pytest.mark.parametrize(
    ("text", "language", "handles"),
    [
        ("uses the names “GreyHeron” and “heron_77”.", "en", ["GreyHeron", "heron_77"]),
        ("يستخدم المشتبه به الاسمين «صقر_البحر» و«falcon_09».", "ar", ["صقر_البحر", "falcon_09"]),
        ("posługuje się nazwami „Borsuk.PL” oraz „borsuk_22”.", "pl", ["Borsuk.PL", "borsuk_22"]),
    ],
)
def test_quoted_names_after_a_word_for_names_are_handles(
    text: str, language: str, handles: list[str]
) -> None:
    assert [value for value, _ in _handles(text, language)] == handles


def test_a_quoted_name_with_spaces_or_a_file_name_is_not_a_handle() -> None:
    assert _handles("under the names “Jane Q. Public” and “photo.jpg”.", "en") == []


@pytest.mark.parametrize(
    ("text", "language", "handles"),
    [
        (
            'संदिग्ध "BaghRaja" और "sher_khan_7" नामों का उपयोग करता है।',
            "hi",
            ["BaghRaja", "sher_khan_7"],
        ),
        ("「yoru_kaze3」というユーザー名で投稿した。", "ja", ["yoru_kaze3"]),
        ("'bam_bi7'라는 닉네임으로 활동했다.", "ko", ["bam_bi7"]),
        ("“gece_kurdu” adlı hesap", "tr", ["gece_kurdu"]),
    ],
)
def test_quoted_names_before_their_cue_word_are_handles(
    text: str, language: str, handles: list[str]
) -> None:
    assert [value for value, _ in _handles(text, language)] == handles
