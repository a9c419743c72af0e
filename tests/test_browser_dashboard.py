"""A real headless Chromium against the live server: sign in, read the dashboard, open a request.

With ROGATORY_SCREENSHOT=path set, the dashboard with demo-like data is saved there as PNG
(docs/screenshot-dashboard.png is made this way).
"""

import base64
import copy
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PASSWORD
from rogatory.core.clock import now
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest, Reminder, ReminderReason
from rogatory.requests.services import (
    approve_request,
    create_request,
    record_acknowledgement,
    record_preservation_confirmed,
)
from rogatory.transmission.services import send_request

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1440,1000",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _document(base: dict[str, Any], **changes: Any) -> RequestDocument:
    changed = copy.deepcopy(base)
    changed.update(changes)
    return RequestDocument.model_validate(changed)


def _demo_requests(alice: Any, bruno: Any, complete: dict[str, Any]) -> CooperationRequest:
    """Requests in several states, as a French 24/7 desk would have on a Monday morning."""
    confirmed = create_request(
        alice,
        _document(
            complete, our_reference="FR-2026-0031", offence="Ransomware attack on a hospital"
        ),
    )
    approve_request(bruno, confirmed.pk)
    send_request(alice, confirmed.pk)
    record_acknowledgement(alice, confirmed.pk, their_reference="BKA-2026-7781")
    record_preservation_confirmed(
        alice, confirmed.pk, expires_at=now() + timedelta(days=19, hours=5)
    )
    waiting = create_request(alice, _document(complete, our_reference="FR-2026-0042"))
    approve_request(bruno, waiting.pk)
    send_request(alice, waiting.pk)
    incomplete = copy.deepcopy(complete)
    incomplete["data_items"][1]["observed_at"] = "2026-11-27T22:41:09"
    incomplete.update(our_reference="FR-2026-0057", offence="Sextortion of a minor")
    create_request(alice, RequestDocument.model_validate(incomplete))
    incoming = copy.deepcopy(complete)
    incoming.update(
        direction="incoming",
        our_reference="FR-IN-2026-0009",
        their_reference="DE-BKA-311",
        requesting_authority={"code": "de-bka-247"},
        requesting_contact={"name": "24/7 desk"},
        requested_authority={"code": "fr-ofmin-247"},
        requested_contact={"name": "Permanence 24/7"},
        offence="Phishing campaign against German banks",
    )
    create_request(alice, RequestDocument.model_validate(incoming))
    Reminder.objects.create(
        request=confirmed,
        authority=confirmed.owner_authority,
        clock=ReminderReason.EXPIRY_REMINDER,
        created_at=now(),
        message=(
            "Preservation of FR-2026-0031 expires in 19 days: send the MLA request or "
            "ask for an extension."
        ),
    )
    return waiting


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_officer_signs_in_sees_the_dashboard_and_opens_a_request(
    browser: webdriver.Chrome,
    live_server: Any,
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: Any,
) -> None:
    waiting = _demo_requests(alice, bruno, complete_document)
    wait = WebDriverWait(browser, 20)

    browser.get(f"{live_server.url}/")
    wait.until(expected_conditions.title_contains("Sign in"))
    browser.find_element(By.NAME, "username").send_keys("alice")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit].button-primary").click()

    wait.until(expected_conditions.title_is("Requests · Rogatory"))
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading == "Requests of Office for Cybercrime, 24/7 point of contact"
    rows = browser.find_elements(By.CSS_SELECTOR, "table.table tbody tr")
    references = [row.find_element(By.CSS_SELECTOR, "a.ref").text for row in rows]
    # Nearest deadline first: the chase of the unacknowledged request (48 h) before the expiry
    # reminder (14 days before the expiry in 19 days), then the requests with no running clock.
    assert references[:2] == ["FR-2026-0042", "FR-2026-0031"]
    assert sorted(references[2:]) == ["FR-2026-0057", "FR-IN-2026-0009"]
    assert (
        "Preservation of FR-2026-0031 expires in 19 days"
        in browser.find_element(By.CSS_SELECTOR, ".reminders").text
    )
    stylesheet_applied = browser.execute_script(
        "return getComputedStyle(document.querySelector('.masthead')).backgroundColor"
    )
    assert stylesheet_applied == "rgb(18, 53, 91)"
    _screenshot(browser, os.environ.get("ROGATORY_SCREENSHOT", ""))

    browser.find_element(By.LINK_TEXT, "FR-2026-0042").click()
    wait.until(expected_conditions.url_contains(f"/requests/{waiting.pk}/"))
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("FR-2026-0042")
    assert "Sent" in browser.find_element(By.CSS_SELECTOR, "h1 .badge").text
    assert "Chase if no acknowledgement" in browser.find_element(By.CSS_SELECTOR, ".deadlines").text
    _screenshot(browser, os.environ.get("ROGATORY_SCREENSHOT_DETAIL", ""))


def _screenshot(browser: webdriver.Chrome, path: str) -> None:
    """Save the whole page, not only the viewport (headless windows do not grow on request)."""
    if not path:
        return
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    height = int(browser.execute_script("return document.documentElement.scrollHeight"))
    shot = browser.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": 1440, "height": height, "scale": 1},
        },
    )
    Path(path).write_bytes(base64.b64decode(shot["data"]))
