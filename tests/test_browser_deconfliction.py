"""Headless Chromium: the request form's "already asked elsewhere" box follows what is typed."""

from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PASSWORD
from rogatory.audit.models import AuditEvent
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request
from tests.test_browser_dashboard import browser  # noqa: F401  (the Chromium fixture)

STATUS = "#draft-matches .draft-matches-status"


def _status_is(text: str) -> Any:
    return expected_conditions.text_to_be_present_in_element((By.CSS_SELECTOR, STATUS), text)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_box_shows_the_other_units_request_as_identifiers_are_typed(
    browser: webdriver.Chrome,  # noqa: F811
    live_server: Any,
    alice: Any,
    dieter: Any,
    complete_document: dict[str, Any],
) -> None:
    german = dict(complete_document, our_reference="DE-2026-7")
    german.update(
        requesting_authority={"code": "de-bka-247"},
        requesting_contact={"name": "24/7 desk"},
        requested_authority={"code": "fr-ofmin-247"},
        requested_contact={"name": "Permanence 24/7"},
    )
    create_request(dieter, RequestDocument.model_validate(german))
    alices = create_request(alice, RequestDocument.model_validate(complete_document))
    while index_one_unindexed_request(alices.created_at):
        pass
    wait = WebDriverWait(browser, 20)
    browser.get(f"{live_server.url}/accounts/login/")
    browser.find_element(By.NAME, "username").send_keys("alice")
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit].button-primary").click()
    wait.until(expected_conditions.title_is("Requests · Rogatory"))

    browser.get(f"{live_server.url}/requests/new/")
    wait.until(_status_is("Type an identifier to see whether another request already carries it."))
    Select(browser.find_element(By.NAME, "items-0-identifier_type")).select_by_value("email")
    browser.find_element(By.NAME, "items-0-value").send_keys("suspect.owl(at)examplemail.example")
    wait.until(_status_is("2 matches: coordinate before acting."))
    lines = [li.text for li in browser.find_elements(By.CSS_SELECTOR, "#draft-matches li")]
    assert lines == [
        "E-mail address suspect.owl@examplemail.example is already in FR-2026-0042 of Office for "
        "Cybercrime, 24/7 point of contact (fr-ofmin-247) to ExampleMail Ltd, 2026-11-29, "
        "Draft. Contact: Permanence 24/7 · poc247@fr-ofmin.example · +33 1 00 00 00 01",
        "E-mail address suspect.owl@examplemail.example is already in a request of Federal Criminal "
        "Police 24/7 contact point (de-bka-247) to ExampleMail Ltd, 2026-11-29, Draft. "
        "Contact: 24/7 desk · desk247@de-bka.example · +49 611 000000",
    ]  # newest first
    links = browser.find_elements(By.CSS_SELECTOR, "#draft-matches li a")
    assert [link.get_attribute("href") for link in links] == [
        f"{live_server.url}/requests/{alices.pk}/"
    ]
    assert "DE-2026-7" not in browser.find_element(By.ID, "draft-matches").text

    browser.find_element(By.NAME, "items-0-value").clear()
    wait.until(_status_is("Type an identifier to see whether another request already carries it."))

    # Her saved request's form: drawn by the server, then redrawn as a row changes.
    browser.get(f"{live_server.url}/requests/{alices.pk}/edit/")
    wait.until(_status_is("2 matches: coordinate before acting."))
    value = browser.find_element(By.NAME, "items-0-value")
    value.clear()
    value.send_keys("nobody@examplemail.example")
    wait.until(_status_is("1 match: coordinate before acting."))
    assert "IP address 198.51.100.23 is already in a request of Federal Criminal Police" in (
        browser.find_element(By.ID, "draft-matches").text
    )
    drafts = AuditEvent.objects.filter(object_type="identifier_lookup", details__draft=True)
    assert drafts.filter(actor_username="alice").count() >= 2
    assert "suspect.owl" not in str(list(drafts.values_list("details", flat=True)))
