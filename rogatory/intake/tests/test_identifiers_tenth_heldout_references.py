"""Legal references and case numbers the tenth held-out corpus found missing, as general rules:
Welsh ("adran 7 o Ddeddf … 2003", "Erthygl 16 o Gonfensiwn Budapest"), Luxembourgish ("Artikel
67-1 vum Code de procédure pénale"), Bosnian ("člana 72. Zakona o krivičnom postupku Federacije
Bosne i Hercegovine", "člana 393. Krivičnog zakona FBiH"), Uzbek (the code before the article:
"Jinoyat-protsessual kodeksining 382-moddasiga"), Mongolian ("… хуулийн 16.7 дугаар зүйл") and
Sinhala ("2007 අංක 24 දරන පරිගණක අපරාධ පනතේ 18 වන වගන්තිය") citations, titles of ETS 185 and
Italy's data protection code, and the new languages' case labels and nouns. Every example is
made up for these tests (exact type, value as written and span), negatives included."""

import pytest

from rogatory.intake.tests.extraction import found_with_spans, spans_in_order

_TYPES = ("legal_reference", "case_reference")
L, C = "legal_reference", "case_reference"


@pytest.mark.parametrize(
    ("text", "language", "region", "expected"),
    [
        pytest.param(
            "Gwneir y cais dan adran 1 o Ddeddf Camddefnyddio Cyfrifiaduron 1990 ac Erthygl 29 "
            "o Gonfensiwn Budapest.",
            "cy", "GB",
            [(L, "adran 1 o Ddeddf Camddefnyddio Cyfrifiaduron 1990"),
             (L, "Erthygl 29 o Gonfensiwn Budapest")],
            id="welsh-act-and-convention",
        ),
        pytest.param(
            "Yn unol ag adran 7(2) o Ddeddf Trosedd (Cydweithredu Rhyngwladol) 2003 y gofynnwn.",
            "cy", "GB",
            [(L, "adran 7(2) o Ddeddf Trosedd (Cydweithredu Rhyngwladol) 2003")],
            id="welsh-subsection-bracketed-title",
        ),
        pytest.param(
            "Dat baséiert op Artikel 24-1 vum Code de procédure pénale an op Artikel 29 vun der "
            "Budapester Konventioun.",
            "lb", "LU",
            [(L, "Artikel 24-1 vum Code de procédure pénale"),
             (L, "Artikel 29 vun der Budapester Konventioun")],
            id="luxembourgish-code-and-convention",
        ),
        pytest.param(
            "Na osnovu člana 86. Zakona o krivičnom postupku Republike Srpske i člana 292. "
            "Krivičnog zakonika Republike Srpske dostavite podatke.",
            "bs", "BA",
            [(L, "člana 86. Zakona o krivičnom postupku Republike Srpske"),
             (L, "člana 292. Krivičnog zakonika Republike Srpske")],
            id="bosnian-entity-codes",
        ),
        pytest.param(
            "Ish Jinoyat kodeksining 278-moddasi 2-qismi hamda Kiberjinoyatchilik toʻgʻrisidagi "
            "konvensiyaning 29-moddasiga asosan yuritilmoqda.",
            "uz", "UZ",
            [(L, "Jinoyat kodeksining 278-moddasi 2-qismi"),
             (L, "Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning 29-moddasiga")],
            id="uzbek-code-part-and-convention",
        ),
        pytest.param(
            "Хэргийг Эрүүгийн хуулийн 13.7 дугаар зүйлд заасны дагуу шалгаж байна.",
            "mn", "MN",
            [(L, "Эрүүгийн хуулийн 13.7 дугаар зүйлд")],
            id="mongolian-criminal-code",
        ),
        pytest.param(
            "මෙය දණ්ඩ නීති සංග්\u200dරහයේ 386 වන වගන්තිය යටතේ විමර්ශනය කෙරේ.",
            "si", "LK",
            [(L, "දණ්ඩ නීති සංග්\u200dරහයේ 386 වන වගන්තිය")],
            id="sinhala-penal-code",
        ),
        pytest.param(
            "Cyfeirnod trosedd: DP-44556677-25 | Eich cyfeirnod: 12345/2025",
            "cy", "GB",
            [(C, "DP-44556677-25"), (C, "12345/2025")],
            id="welsh-case-labels",
        ),
        pytest.param(
            "Хэргийн дугаар: 2025/ШЦТ/1234",
            "mn", "MN",
            [(C, "2025/ШЦТ/1234")],
            id="mongolian-case-label",
        ),
    ],
)  # fmt: skip
def test_tenth_heldout_references(
    text: str, language: str, region: str, expected: list[tuple[str, str]]
) -> None:
    assert found_with_spans(text, _TYPES, language, region) == spans_in_order(text, expected)


@pytest.mark.parametrize(
    ("text", "language", "region"),
    [
        # "adran" is also a department: no "o" and a statute's kind after it.
        pytest.param("Mae adran 7 o staff yn gweithio heddiw.", "cy", "GB", id="welsh-department"),
        # "vum" after an article number without a listed title or a law's date.
        pytest.param("Dat ass vum Code gutt.", "lb", "LU", id="lb-no-title"),
        # A Mongolian count with "дугаар" but no statute before it.
        pytest.param("Тэр 16 дугаар зүйлийг уншсан.", "mn", "MN", id="mn-no-statute"),
    ],
)  # fmt: skip
def test_tenth_heldout_negatives(text: str, language: str, region: str) -> None:
    assert [
        found for found in found_with_spans(text, _TYPES, language, region) if found[0] == L
    ] == []
