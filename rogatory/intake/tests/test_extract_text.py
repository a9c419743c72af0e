import codecs

import pytest

from rogatory.core.errors import ValidationFailed
from rogatory.intake.extract_text import EMAIL, PDF, extract, safe_file_name
from rogatory.intake.limits import Limits
from rogatory.intake.tests import files

LIMITS = Limits()
FRENCH = "Nous vous prions de procéder à la conservation des données désignées ci-après."


def test_a_text_pdf_is_read_from_its_text_layer_page_by_page() -> None:
    pdf = files.pdf_from_html(
        "<p>Réquisition judiciaire n° 2025/118</p>"
        "<p style='break-before: page'>Deuxième page: conservation des données</p>"
    )
    extracted = extract("letter.pdf", pdf, LIMITS)
    assert extracted.media_type == PDF
    assert [p.method for p in extracted.pages] == ["text_layer", "text_layer"]
    assert "Réquisition judiciaire n° 2025/118" in extracted.pages[0].text
    assert "conservation des données" in extracted.pages[1].text


def test_a_scanned_pdf_is_read_by_ocr_with_a_confidence() -> None:
    page = files.scan(["REQUISITION JUDICIAIRE", "Nous vous prions de conserver les donnees"])
    extracted = extract("scan.pdf", files.scanned_pdf([page]), LIMITS)
    [only] = extracted.pages
    assert only.method == "ocr"
    assert "conserver les donnees" in only.text
    assert only.ocr_confidence is not None
    assert only.ocr_confidence > 0.8


def test_a_docx_gives_its_paragraphs_and_tables() -> None:
    data = files.docx_file(["Objet : conservation"], [["Compte", "vent_du_nord"]])
    [page] = extract("letter.docx", data, LIMITS).pages
    assert page.text == "Objet : conservation\nCompte\tvent_du_nord"


def test_an_email_gives_its_body_and_its_attachments_with_safe_names() -> None:
    data = files.email_file(
        "Veuillez trouver ci-joint la demande.",
        [
            ("../../etc/passwd.txt", b"hello", "text/plain"),
            ("C:\\x\\a.pdf", b"%PDF", "application/pdf"),
        ],
    )
    extracted = extract("mail.eml", data, LIMITS)
    assert extracted.media_type == EMAIL
    assert "Veuillez trouver ci-joint la demande." in extracted.pages[0].text
    assert "Subject: Request" in extracted.pages[0].text
    assert [(a.file_name, a.data) for a in extracted.attachments] == [
        ("passwd.txt", b"hello"),
        ("a.pdf", b"%PDF"),
    ]


@pytest.mark.parametrize(
    ("data", "text", "flags"),
    [
        (codecs.BOM_UTF16_LE + "Données".encode("utf-16-le"), "Données", []),
        (codecs.BOM_UTF8 + "Données".encode(), "Données", []),
        (FRENCH.encode("cp1252"), FRENCH, []),
    ],
)
def test_plain_text_in_any_encoding_is_decoded(data: bytes, text: str, flags: list[str]) -> None:
    extracted = extract("note.txt", data, LIMITS)
    assert extracted.pages[0].text == text
    assert extracted.flags == flags


def test_attachment_names_lose_their_folders_and_control_characters() -> None:
    assert safe_file_name("../../\x00evil\r\n.pdf") == "evil.pdf"
    assert safe_file_name("..") == "attachment"


def test_a_malformed_pdf_is_refused_with_a_clear_error() -> None:
    with pytest.raises(ValidationFailed) as refused:
        extract("bad.pdf", b"%PDF-1.7\n garbage", LIMITS)
    assert refused.value.message == "The PDF is damaged and cannot be read."


def test_too_many_pages_are_refused() -> None:
    pdf = files.pdf_from_html("".join("<p style='break-before: page'>x</p>" for _ in range(6)))
    with pytest.raises(ValidationFailed) as refused:
        extract("long.pdf", pdf, Limits(max_pages=5))
    assert refused.value.message == "The document has 6 pages; at most 5 are accepted."


def test_an_e_mail_body_in_utf_8_without_a_charset_is_read_as_utf_8() -> None:
    raw = (
        "From: Greffe <greffe@parquet-lyon.example>\nSubject: Demande\n\n"
        "RÉQUISITION JUDICIAIRE\nLe compte « loup_gris77 » est visé.\n"
    ).encode()
    [page] = extract("lettre.eml", raw, LIMITS).pages
    assert page.text.endswith("RÉQUISITION JUDICIAIRE\nLe compte « loup_gris77 » est visé.")
