from typing import Any

import pytest

from rogatory.core.errors import NotFound
from rogatory.intake.access import access_intake
from rogatory.intake.models import BatchStage, IntakeIdentifier, IntakePage, Stage
from rogatory.intake.queries import intake_result
from rogatory.intake.services import (
    advance_intake_document,
    confirm_intake,
    process_intake,
    receive_intake,
)
from rogatory.intake.tests import files, letters
from rogatory.transmission.models import Transmission

pytestmark = pytest.mark.django_db


def _run(user: Any, name: str, data: bytes) -> dict[str, Any]:
    batch = receive_intake(user, [(name, data)], source="test")
    process_intake(batch.pk)
    return intake_result(access_intake(user, batch.pk))


def _found(result: dict[str, Any], kind: str) -> list[str]:
    return [i["normalized"] for i in result["identifiers"] if i["type"] == kind]


def test_a_french_letter_pdf_becomes_a_draft_whose_fields_link_to_their_spans(dieter: Any) -> None:
    html = "".join(f"<p>{line}</p>" for line in letters.FRENCH)
    result = _run(dieter, "requisition.pdf", files.pdf_from_html(html))
    assert result["stage"] == BatchStage.DRAFTED
    assert result["language"] == "fr"
    assert result["kind"] == {"value": "preservation", "confidence": 0.95}
    assert _found(result, "case_reference") == ["PARQUET/2025/04417"]
    assert _found(result, "url") == ["https://forum-exemple.fr/profil/vent_du_nord"]
    assert {"vent_du_nord", "loup_gris77"} <= set(_found(result, "username"))
    assert "2025-03-12" in _found(result, "date")
    assert result["draft"]["their_reference"] == "PARQUET/2025/04417"
    span = result["provenance"]["their_reference"]
    page = result["documents"][span["document"]]["pages"][span["page"] - 1]
    assert page["text"][span["start"] : span["end"]] == "PARQUET/2025/04417"
    assert page["method"] == "text_layer"


def test_a_scanned_french_letter_is_read_by_ocr(dieter: Any) -> None:
    result = _run(dieter, "scan.png", files.png(files.scan(letters.FRENCH)))
    [page] = result["documents"][0]["pages"]
    assert page["method"] == "ocr"
    assert page["ocr_confidence"] > 0.8
    assert result["language"] == "fr"
    assert _found(result, "case_reference") == ["PARQUET/2025/04417"]
    assert _found(result, "url") == ["https://forum-exemple.fr/profil/vent_du_nord"]
    assert {"vent_du_nord", "loup_gris77"} <= set(_found(result, "username"))


def test_a_scanned_bilingual_chinese_letter_gives_its_reference_number(dieter: Any) -> None:
    scan = files.scan(letters.CHINESE, script="cjk")
    result = _run(dieter, "letter.pdf", files.scanned_pdf([scan]))
    assert result["language"] == "zh"
    assert "2207-3318-0415" in " ".join(_found(result, "case_reference"))
    assert _found(result, "url") == ["https://shop-example.cn/item/8841"]


def test_a_scanned_marathi_letter_gives_its_language_and_reference(dieter: Any) -> None:
    result = _run(dieter, "patra.png", files.png(files.scan(letters.MARATHI, script="devanagari")))
    assert result["language"] == "mr"
    assert _found(result, "case_reference") == ["MH/CYB/2025/0193"]
    assert _found(result, "url") == ["https://example-forum.in/u/raat_pakshi"]
    assert "2025-02-14" in _found(result, "date")


def test_an_email_with_a_pdf_becomes_one_draft_with_both_texts_and_one_acknowledgement(
    dieter: Any,
) -> None:
    pdf = files.pdf_from_html("".join(f"<p>{line}</p>" for line in letters.FRENCH))
    mail = files.email_file(
        "Bonjour, veuillez trouver ci-joint notre demande de conservation urgente.",
        [("requisition.pdf", pdf, "application/pdf")],
    )
    result = _run(dieter, "mail.eml", mail)
    assert [(d["file_name"], d["stage"]) for d in result["documents"]] == [
        ("mail.eml", Stage.IDENTIFIERS),
        ("requisition.pdf", Stage.IDENTIFIERS),
    ]
    assert "veuillez trouver ci-joint" in result["documents"][0]["pages"][0]["text"]
    assert "PARQUET/2025/04417" in result["documents"][1]["pages"][0]["text"]
    assert result["draft"]["their_reference"] == "PARQUET/2025/04417"
    transmission = confirm_intake(
        dieter, result["id"], requesting_authority="fr-ofmin-247", our_reference="IN-2025-1"
    )
    batch = access_intake(dieter, result["id"])
    assert batch.stage == BatchStage.CONFIRMED
    assert batch.request is not None
    assert batch.request.their_reference == "PARQUET/2025/04417"
    assert batch.request.direction == "incoming"
    assert list(Transmission.objects.filter(request=batch.request)) == [transmission]


def test_running_a_finished_stage_again_changes_nothing(dieter: Any) -> None:
    batch = receive_intake(dieter, [("note.txt", "Réf. : PARQUET/2025/04417".encode())])
    process_intake(batch.pk)
    document = batch.documents.get()
    pages = IntakePage.objects.count()
    identifiers = IntakeIdentifier.objects.count()
    assert advance_intake_document(document.pk) is False
    assert (IntakePage.objects.count(), IntakeIdentifier.objects.count()) == (pages, identifiers)


def test_another_authority_cannot_see_an_intake(dieter: Any, greta: Any, alice: Any) -> None:
    batch = receive_intake(dieter, [("note.txt", b"hello")])
    assert access_intake(greta, batch.pk) == batch
    with pytest.raises(NotFound):
        access_intake(alice, batch.pk)


def test_confirming_an_unfinished_intake_is_refused(dieter: Any) -> None:
    batch = receive_intake(dieter, [("note.txt", b"hello")])
    from rogatory.core.errors import InvalidTransition

    with pytest.raises(InvalidTransition) as refused:
        confirm_intake(dieter, batch.pk, requesting_authority="fr-ofmin-247", our_reference="X")
    assert (
        refused.value.message == "Only a ready draft can be confirmed; this intake is 'Receiving'."
    )
