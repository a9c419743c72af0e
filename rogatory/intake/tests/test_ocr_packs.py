"""A page in a language with a pack of its own is read with it, local letters kept.

Before the packs were added, a Norwegian page borrowed the German pack ("snøugle" read
"sngugle") and a Japanese one was read with the Chinese pack (its kana lost). The letters are
fictional; the pages are drawn like those of test_ocr.py, at 300 dpi with the Noto fonts.
"""

import pytest

from rogatory.intake.ocr import ocr_image
from rogatory.intake.tests.test_ocr import _page

NORWEGIAN = [
    "Oslo politidistrikt",
    "Pålegg om utlevering av opplysninger, vår ref. 21061117",
    "Med hjemmel i straffeprosessloven bes dere utlevere følgende:",
    "brukernavn «snøugle» og nettadressen til kontoen",
    "Svar sendes til politiadvokaten innen fjorten dager.",
]
CROATIAN = [
    "Policijska uprava zagrebačka",
    "Zahtjev za dostavu podataka, broj 511-19-04-K-102/26",
    "Na temelju članka 263. Zakona o kaznenom postupku traži se dostava:",
    "korisničko ime žutamačka i adresa e-pošte korisnika",
    "Odgovor dostaviti policijskom službeniku u roku od osam dana.",
]
POLISH = [
    "Komenda Wojewódzka Policji w Łodzi",
    "Wniosek o udostępnienie danych, sygnatura 2024/4417",
    "Na podstawie przepisów kodeksu postępowania karnego proszę o wydanie:",
    "nazwa użytkownika „złotałódka” oraz adres poczty elektronicznej",
    "Odpowiedź proszę przesłać w terminie czternastu dni.",
]
JAPANESE = [
    "警視庁サイバー犯罪対策課",
    "捜査関係事項照会書",
    "サイバー犯罪に関する条約第29条に基づき、下記事項について照会します。",
    "ユーザー名は「さくらもち」です。",
    "回答期限は2026年8月8日です。",
]


@pytest.mark.parametrize(
    ("lines", "packs", "word"),
    [
        (NORWEGIAN, "nor+eng", "«snøugle»"),
        (CROATIAN, "hrv+eng", "žutamačka"),
        (POLISH, "pol+eng", "„złotałódka”"),
    ],
)
def test_a_latin_page_is_read_with_its_own_pack(lines: list[str], packs: str, word: str) -> None:
    page = ocr_image(_page(lines), timeout=60)
    assert page.languages == packs
    assert page.script == "Latin"
    assert word in page.text.split()


def test_a_japanese_page_is_read_with_the_japanese_pack_and_keeps_its_kana() -> None:
    page = ocr_image(_page(JAPANESE), timeout=60)
    assert (page.languages, page.script) == ("jpn", "Kana")
    # The pack spaces kana apart as the Chinese one spaces ideographs; kana are compared
    # without the spaces.
    assert "「さくらもち」" in page.text.replace(" ", "")
    assert "捜査関係事項照会書" in page.text.replace(" ", "")


def test_a_chinese_page_keeps_the_chinese_pack() -> None:
    page = ocr_image(
        _page(
            [
                "调取证据通知书",
                "根据《中华人民共和国刑事诉讼法》第五十四条的规定，请协助调取以下数据。",
            ]
        ),
        timeout=60,
    )
    assert (page.languages, page.script) == ("chi_sim", "Han")
