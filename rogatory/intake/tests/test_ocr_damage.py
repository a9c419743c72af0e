"""OCR damage nothing could repair is flagged on the draft: the page and the text as read.

The letters are fictional (documentation IP range, example domains); the scans are drawn at
300 dpi with the Noto fonts, and the damage with Pillow's pen.
"""

from typing import Any

import pytest
from PIL import ImageDraw, ImageFont

from rogatory.intake.access import access_intake
from rogatory.intake.analysis import find_unrepaired_ocr_damage
from rogatory.intake.limits import current_limits
from rogatory.intake.models import IntakePage
from rogatory.intake.pages import Identifier, PageText
from rogatory.intake.pipeline import analyse_file
from rogatory.intake.queries import intake_result
from rogatory.intake.services import process_intake, receive_intake
from rogatory.intake.tests import files, letters

BLOTTED_LINE = "Adresse IP relevée : 198.51.100.23 le 12 mars 2025"
LINES = [*letters.FRENCH, BLOTTED_LINE]
# What Tesseract reads where the strokes cross "23", and how sure it is.
READ = "198.51.100.KR"
MESSAGE = (
    "OCR damage could not be repaired; check against the scan: "
    "page 1: '198.51.100.KR' (read with 12% confidence)."
)
TEXT = {
    "template": "OCR damage could not be repaired; check against the scan: %(items)s.",
    "params": {
        "items": {
            "join": [
                {
                    "template": "page %(page)s: '%(text)s' (read with %(percent)s%% confidence)",
                    "params": {"page": 1, "text": READ, "percent": "12"},
                }
            ],
            "separator": "; ",
        }
    },
}


def blotted_scan() -> bytes:
    """The letter with pen strokes across the IP address's last two digits."""
    image = files.scan(LINES)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(files.NOTO["latin"], 44)
    left = 220 + font.getlength("Adresse IP relevée : 198.51.100.")
    top = 250 + (len(LINES) - 1) * int(44 * 1.9)
    for step in range(0, 40, 4):
        draw.line((left + step, top + 8, left + step + 10, top + 50), fill=0, width=2)
    return files.png(image)


@pytest.fixture(scope="module")
def blotted() -> bytes:
    return blotted_scan()


def _ocr_damage(flags: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [flag for flag in flags if flag["code"] == "ocr_damage_unrepaired"]


def test_an_address_blotted_on_the_scan_is_flagged_with_its_page_and_text_as_read(
    blotted: bytes,
) -> None:
    analysis = analyse_file("lettre.png", blotted, current_limits())

    [flag] = _ocr_damage(analysis.as_dict()["flags"])
    assert flag["message"] == MESSAGE
    assert {"template": flag["template"], "params": flag["params"]} == TEXT
    assert [(span["document"], span["page"]) for span in flag["spans"]] == [(0, 1)]
    assert READ not in [i.value for i in analysis.identifiers if i.type == "ipv4"]


def test_a_clean_scan_of_the_same_letter_has_no_ocr_damage_flag() -> None:
    analysis = analyse_file("lettre.png", files.png(files.scan(LINES)), current_limits())

    assert _ocr_damage(analysis.as_dict()["flags"]) == []
    assert [i.normalized for i in analysis.identifiers if i.type == "ipv4"] == ["198.51.100.23"]


@pytest.mark.django_db
def test_the_stored_intake_keeps_the_doubtful_words_and_the_flag(
    blotted: bytes, dieter: Any
) -> None:
    batch = receive_intake(dieter, [("lettre.png", blotted)], source="test")
    process_intake(batch.pk)

    result = intake_result(access_intake(dieter, batch.pk))
    [flag] = _ocr_damage(result["flags"])
    assert flag["message"] == MESSAGE
    [span] = flag["spans"]
    stored = IntakePage.objects.get(document__batch=batch)
    assert stored.text[span["start"] : span["end"]] == READ
    assert [stored.text[start:end] for start, end, _ in stored.ocr_doubtful] == [READ]


# Hand-made pages: what the flag says for each cause, and what it leaves alone.
ONION = "n6jissjber6oeisjuxau5ss7gmbitzrozq2jwdj3cqznhu6uhxapduqd.onion"


def _identifier(text: str, value: str, kind: str, *flags: str, page: int = 1) -> Identifier:
    start = text.index(value)
    return Identifier(0, page, kind, value, value, start, start + len(value), flags=flags)


def _doubtful(text: str, word: str, confidence: float) -> tuple[int, int, float]:
    start = text.index(word)
    return (start, start + len(word), confidence)


def test_an_address_whose_checksum_fails_on_a_scan_is_flagged_but_not_in_a_text_layer() -> None:
    text = "Portefeuille : 1Qx7RrT3vWmKpZc9aHd4Nf2LsBy8GjEuVk (bitcoin)"
    wallet = _identifier(text, "1Qx7RrT3vWmKpZc9aHd4Nf2LsBy8GjEuVk", "crypto", "checksum_failed")

    scanned = find_unrepaired_ocr_damage([PageText(0, 1, text, 0.93)], [wallet])
    typed = find_unrepaired_ocr_damage([PageText(0, 1, text, None)], [wallet])

    assert scanned is not None
    assert scanned.message == (
        "OCR damage could not be repaired; check against the scan: "
        "page 1: '1Qx7RrT3vWmKpZc9aHd4Nf2LsBy8GjEuVk' (its checksum fails)."
    )
    assert scanned.spans == ({"document": 0, "page": 1, "start": 15, "end": 49},)
    assert typed is None


def test_a_doubtful_word_beside_an_identifier_is_quoted_with_it() -> None:
    text = "Adresse : 198.51.100.2 S3 relevée le 12 mars"
    address = _identifier(text, "198.51.100.2", "ipv4", "unrepaired", page=2)
    page = PageText(0, 2, text, 0.9, "fr", (_doubtful(text, "S3", 0.41),))

    flag = find_unrepaired_ocr_damage([page], [address])

    assert flag is not None
    assert flag.message == (
        "OCR damage could not be repaired; check against the scan: "
        "page 2: '198.51.100.2 S3' (a gap or mark that could not be repaired)."
    )


def test_a_doubtful_word_shaped_like_an_identifier_is_flagged_even_when_nothing_was_found() -> None:
    text = "Courriel : jean.dupont@exemp|e,fr pour la suite"
    page = PageText(0, 1, text, 0.88, "fr", (_doubtful(text, "jean.dupont@exemp|e,fr", 0.35),))

    flag = find_unrepaired_ocr_damage([page], [])

    assert flag is not None
    assert flag.message == (
        "OCR damage could not be repaired; check against the scan: "
        "page 1: 'jean.dupont@exemp|e,fr' (read with 35% confidence)."
    )


def test_a_doubtful_word_a_checksum_proves_or_far_from_any_identifier_is_not_flagged() -> None:
    text = f"Service caché : {ONION}. Veuillez agréer nos salutations distinguées."
    onion = _identifier(text, ONION, "onion")
    doubtful = (_doubtful(text, ONION + ".", 0.57), _doubtful(text, "distinguées.", 0.44))

    assert find_unrepaired_ocr_damage([PageText(0, 1, text, 0.9, "fr", doubtful)], [onion]) is None
