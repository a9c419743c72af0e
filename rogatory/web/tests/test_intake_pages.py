"""The intake pages: upload, review with identifiers highlighted by span, correct, confirm."""

import os
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from rogatory.intake.models import BatchStage, IntakeBatch
from rogatory.intake.services import process_intake, receive_intake
from rogatory.intake.tests import files, letters
from rogatory.requests.models import CooperationRequest
from rogatory.web.intake_views import Span, highlight
from tests.smtp import SmtpServer
from tests.test_browser_dashboard import browser  # noqa: F401  (the Chromium fixture)

pytestmark = pytest.mark.django_db

FRENCH_TEXT = "\n".join(letters.FRENCH)


def _upload(client: Client, *named: tuple[str, bytes]) -> Any:
    return client.post(
        "/intake/", {"files": [SimpleUploadedFile(name, data) for name, data in named]}
    )


def _intake_id(response: Any) -> int:
    assert response.status_code == 302, response.content.decode()[:2000]
    found = re.fullmatch(r"/intake/(\d+)/", response["Location"])
    assert found is not None, response["Location"]
    return int(found.group(1))


def test_the_upload_page_lists_the_authoritys_recent_intakes_with_their_state(
    dieter_client: Client, dieter: Any, alice: Any
) -> None:
    ours = receive_intake(dieter, [("lettre.txt", FRENCH_TEXT.encode())])
    process_intake(ours.pk)
    receive_intake(alice, [("theirs.txt", b"Demande de conservation")])

    page = dieter_client.get("/intake/").content.decode()

    assert '<input type="file" id="id_files" name="files" multiple required' in page
    assert f'<a href="/intake/{ours.pk}/">Intake {ours.pk}</a>' in page
    assert "Draft ready" in page
    assert "lettre.txt" in page
    assert "theirs.txt" not in page
    assert '<a href="/intake/">Intake</a>' in page


def test_a_file_over_the_size_limit_is_refused_with_its_exact_message(
    dieter_client: Client, settings: Any
) -> None:
    settings.INTAKE_MAX_BYTES = 1000
    response = _upload(dieter_client, ("big.txt", b"x" * 1001))

    assert response.status_code == 422
    assert (
        '<p class="notice notice-error intake-error" role="alert">big.txt: the file is 1001 '
        "bytes; at most 1000 are accepted.</p>"
    ) in response.content.decode()
    assert IntakeBatch.objects.count() == 0


def test_an_upload_without_files_is_refused(dieter_client: Client) -> None:
    response = dieter_client.post("/intake/", {})

    assert response.status_code == 422
    assert "Give at least one file." in response.content.decode()


def test_a_malformed_pdf_shows_its_error_on_the_review_page(dieter_client: Client) -> None:
    intake_id = _intake_id(
        _upload(dieter_client, ("bad.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF"))
    )

    page = dieter_client.get(f"/intake/{intake_id}/").content.decode()

    assert (
        '<p class="notice notice-error intake-error" role="alert" dir="auto">'
        "bad.pdf: The PDF is damaged and cannot be read.</p>"
    ) in page
    assert "Confirm and acknowledge" not in page
    assert IntakeBatch.objects.get().stage == BatchStage.FAILED


def test_a_letter_goes_from_upload_to_review_to_a_confirmed_and_acknowledged_request(
    dieter_client: Client,
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    pdf = files.pdf_from_html("".join(f"<p>{line}</p>" for line in letters.FRENCH))
    intake_id = _intake_id(_upload(dieter_client, ("requisition.pdf", pdf)))

    review = dieter_client.get(f"/intake/{intake_id}/")
    page = review.content.decode()
    assert review.status_code == 200
    # The reference is highlighted where it was read, and the draft's field links to that span.
    match = re.search(
        r'<mark id="(id-0-1-\d+-\d+)" class="ident ident-case_reference" title="case_reference">'
        r'<mark id="src-their_reference" class="source" title="source of their_reference">'
        r"PARQUET/2025/04417</mark></mark>",
        page,
    )
    assert match is not None, page
    assert '<a class="provenance" href="#src-their_reference"' in page
    assert f'<a href="#{match.group(1)}"><code>PARQUET/2025/04417</code></a>' in page
    assert re.search(
        r'« <mark id="id-0-1-\d+-\d+" class="ident ident-username" title="username">'
        r'<mark id="src-data_items-0" class="source" title="source of data_items\[0\]">'
        r"vent_du_nord</mark></mark> »",
        page,
    )
    assert re.search(
        r'sur <mark id="id-0-1-\d+-\d+" class="ident ident-url" title="url">'
        r'<mark id="src-data_items-2" class="source" title="source of data_items\[2\]">'
        r"https://forum-exemple.fr/profil/vent_du_nord</mark></mark>",
        page,
    )
    assert '<a class="provenance" href="#src-data_items-2"' in page
    assert '<strong class="intake-language">fr</strong>' in page
    assert '<strong class="intake-kind">preservation</strong>' in page
    assert '(confidence <span class="intake-confidence">0.95</span>)' in page
    assert '<li class="flag-article_29_items_missing">' in page
    assert "Art. 29(2) items missing: " in page
    assert "text layer" in page

    with django_capture_on_commit_callbacks(execute=True):
        confirmed = dieter_client.post(
            f"/intake/{intake_id}/",
            {
                "requesting_authority": "fr-ofmin-247",
                "our_reference": "DE-IN-2026-0007",
                "kind": "preservation",
                "their_reference": "PARQUET/2025/04417-B",
            },
        )

    request = CooperationRequest.objects.get()
    assert confirmed.status_code == 302, confirmed.content.decode()[:3000]
    assert confirmed["Location"] == f"/requests/{request.pk}/"
    assert (request.direction, request.our_reference, request.their_reference) == (
        "incoming",
        "DE-IN-2026-0007",
        "PARQUET/2025/04417-B",
    )
    assert request.requesting_authority.code == "fr-ofmin-247"
    assert IntakeBatch.objects.get().request_id == request.pk
    [mail] = smtp_server.messages
    assert mail.recipients == ["poc247@fr-ofmin.example"]
    detail = dieter_client.get(confirmed["Location"]).content.decode()
    assert "Registered as DE-IN-2026-0007; the acknowledgement of receipt is on its way" in detail


def test_a_confirmation_without_our_reference_is_refused_and_registers_nothing(
    dieter_client: Client, dieter: Any
) -> None:
    batch = receive_intake(dieter, [("lettre.txt", FRENCH_TEXT.encode())])
    process_intake(batch.pk)

    response = dieter_client.post(
        f"/intake/{batch.pk}/", {"requesting_authority": "fr-ofmin-247", "kind": "preservation"}
    )

    assert response.status_code == 422
    assert "This field is required." in response.content.decode()
    assert CooperationRequest.objects.count() == 0


def test_text_next_to_an_identifier_is_escaped_and_only_the_span_is_marked(
    dieter_client: Client, dieter: Any
) -> None:
    text = 'Compte <script>alert("x")</script>https://evil-example.fr/a?b=1&c=2 fin'
    batch = receive_intake(dieter, [("hostile.txt", text.encode())])
    process_intake(batch.pk)

    page = dieter_client.get(f"/intake/{batch.pk}/").content.decode()

    assert "<script>" not in page.split("</style>", 1)[1]
    assert re.search(
        r"Compte &lt;script&gt;alert\(&quot;x&quot;\)&lt;/script&gt;"
        r'<mark id="id-0-1-34-67" class="ident ident-url" title="url">'
        r'<mark id="src-data_items-0" class="source" title="source of data_items\[0\]">'
        r"https://evil-example.fr/a\?b=1&amp;c=2</mark></mark> fin",
        page,
    ), page


def test_highlight_escapes_every_segment_and_nests_spans_without_crossing() -> None:
    text = "<b>a</b> x@y.example & z"
    spans = [
        Span(9, 20, "one", "ident"),
        Span(11, 20, "inner", "ident"),
        Span(15, 23, "crossing", "ident"),
        Span(30, 40, "outside", "ident"),
    ]

    assert str(highlight(text, spans)) == (
        "&lt;b&gt;a&lt;/b&gt; "
        '<mark id="one" class="ident" title="">x@'
        '<mark id="inner" class="ident" title="">y.example</mark></mark> &amp; z'
    )


def test_another_authority_gets_404_on_the_review_page_and_cannot_confirm(
    alice_client: Client, dieter: Any
) -> None:
    batch = receive_intake(dieter, [("lettre.txt", FRENCH_TEXT.encode())])
    process_intake(batch.pk)

    assert alice_client.get(f"/intake/{batch.pk}/").status_code == 404
    refused = alice_client.post(
        f"/intake/{batch.pk}/",
        {"requesting_authority": "de-bka-247", "our_reference": "X", "kind": "preservation"},
    )
    assert refused.status_code == 404
    assert alice_client.get("/intake/999999/").status_code == 404
    assert CooperationRequest.objects.count() == 0


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_draft_fields_source_link_scrolls_to_and_highlights_its_span_in_chromium(
    browser: Any,  # noqa: F811  (the fixture imported above)
    live_server: Any,
    dieter: Any,
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    from conftest import PASSWORD
    from tests.test_browser_dashboard import _screenshot

    html = "".join(f"<p>{line}</p>" for line in letters.FRENCH)
    batch = receive_intake(dieter, [("requisition.pdf", files.pdf_from_html(html))])
    process_intake(batch.pk)
    wait = WebDriverWait(browser, 20)
    browser.get(f"{live_server.url}/accounts/login/?next=/intake/{batch.pk}/")
    browser.find_element(By.NAME, "username").send_keys("dieter")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit].button-primary").click()
    wait.until(expected_conditions.title_is(f"Intake {batch.pk} · Rogatory"))

    browser.find_element(By.CSS_SELECTOR, 'a.provenance[href="#src-their_reference"]').click()

    wait.until(expected_conditions.url_contains("#src-their_reference"))
    target = browser.find_element(By.CSS_SELECTOR, "mark:target")
    assert target.text == "PARQUET/2025/04417"
    background = browser.execute_script(
        "return getComputedStyle(document.querySelector('mark:target')).backgroundColor"
    )
    assert background == "rgb(255, 213, 77)"
    browser.execute_script("window.scrollTo(0, 0)")
    _screenshot(browser, os.environ.get("ROGATORY_SCREENSHOT_INTAKE", ""))
