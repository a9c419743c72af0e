"""A scan with OCR damage nothing could repair, through each interface: the review page in the
reader's language, the API and `rogatory intake FILE --json` in English with the template."""

import html
import json
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import translation

from rogatory.cli import main
from rogatory.intake.models import IntakePage
from rogatory.intake.tests.test_ocr_damage import (
    MESSAGE,
    READ,
    TEXT,
    blotted_scan,
)
from rogatory.web.templatetags.rogatory_web import flag_text
from rogatory.web.tests.conftest import signed_in

FRENCH_MESSAGE = (
    "Des dommages de ROC n'ont pas pu être réparés ; vérifiez sur la numérisation : "
    "page 1 : « 198.51.100.KR » (lu avec une confiance de 12 %)."
)


@pytest.fixture(scope="module")
def blotted() -> bytes:
    return blotted_scan()


def _ocr_damage(flags: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [flag for flag in flags if flag["code"] == "ocr_damage_unrepaired"]


@pytest.mark.django_db
def test_the_command_prints_the_flag_in_its_json(
    blotted: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    scan = tmp_path / "lettre.png"
    scan.write_bytes(blotted)

    assert main(["intake", str(scan), "--json"]) == 0

    [flag] = _ocr_damage(json.loads(capsys.readouterr().out)["flags"])
    assert flag["message"] == MESSAGE


@pytest.mark.django_db
def test_the_review_page_shows_the_flag_in_french_and_the_api_keeps_it_in_english(
    blotted: bytes, dieter: Any
) -> None:
    client = signed_in(dieter)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "fr"
    response = client.post("/intake/", {"files": [SimpleUploadedFile("lettre.png", blotted)]})
    assert response.status_code == 302, response.content.decode()[:2000]
    page = html.unescape(client.get(response["Location"]).content.decode())

    assert f'<span dir="auto">{FRENCH_MESSAGE}</span>' in page
    api = Client()
    api.force_login(dieter)
    intake_id = int(response["Location"].rstrip("/").rsplit("/", 1)[1])
    [flag] = _ocr_damage(api.get(f"/api/intake/{intake_id}").json()["flags"])
    assert flag["message"] == MESSAGE
    assert {"template": flag["template"], "params": flag["params"]} == TEXT
    [span] = flag["spans"]
    stored = IntakePage.objects.get(document__batch_id=intake_id)
    assert stored.text[span["start"] : span["end"]] == READ


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("es", "página 1: «198.51.100.KR» (leído con una confianza del 12 %)"),
        ("pt", "página 1: «198.51.100.KR» (lido com confiança de 12%)"),
        ("ru", "страница 1: «198.51.100.KR» (распознано с достоверностью 12%)"),
        ("ar", "الصفحة 1: «198.51.100.KR» (قُرئ بدرجة ثقة 12%)"),
        ("zh-hans", "第 1 页：“198.51.100.KR”（识别置信度 12%）"),
    ],
)
def test_the_flag_is_shown_in_each_language_of_the_pages(language: str, shown: str) -> None:
    with translation.override(language):
        rendered = flag_text({"code": "ocr_damage_unrepaired", "message": MESSAGE, **TEXT})

    assert shown in rendered
    assert "OCR damage" not in rendered
