"""Issue acceptance: the Art. 29 journey through HTTP, with a real SMTP server and time travel.

alice (FR officer) drafts a request whose IP address has no time zone → the check names it →
she fixes it → bruno (FR supervisor) approves → it is sent to aiosmtpd on 127.0.0.1, which
receives the PDF → the PDF's own text holds every filled field and the form's labels in both
languages → the acknowledgement is recorded → 50 days later the sweeper e-mails the expiry
reminder → the extension request is created in one action, chained to the original.
"""

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client

from conftest import PASSWORD
from rogatory.cli import main as rogatory
from rogatory.documents.sheet import request_sheet
from rogatory.documents.tests.helpers import filled_values, pdf_text, squeeze
from rogatory.requests.models import CooperationRequest, State
from rogatory.requests.queries import request_document
from rogatory.web.tests.conftest import form_data

START = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
NO_TIME_ZONE = (
    "Data item 2 (IP address 198.51.100.23): the date-time 2026-11-20T14:03:27 has no time zone; "
    "state it (e.g. +01:00 or Europe/Paris), or the provider may look at the wrong hour."
)


def signed_in(username: str) -> Client:
    client = Client()
    response = client.post("/accounts/login/", {"username": username, "password": PASSWORD})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def missing(expected: list[str], text: str) -> list[str]:
    haystack = squeeze(text)
    return [value for value in expected if squeeze(value) not in haystack]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_article_29_request_from_draft_to_its_chained_extension(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: Any,
) -> None:
    with time_machine.travel(START, tick=False) as traveller:
        officer, supervisor = signed_in("alice"), signed_in("bruno")

        # Drafted with the IP address's time zone missing: the check names the defect.
        without_zone = form_data(complete_document)
        without_zone["items-1-observed_at"] = "2026-11-20T14:03:27"
        without_zone["items-1-time_zone"] = ""
        created = officer.post("/requests/new/", without_zone)
        assert created.status_code == 302
        request_path = created["Location"]
        request_id = int(re.fullmatch(r"/requests/(\d+)/", request_path).group(1))  # type: ignore[union-attr]
        assert NO_TIME_ZONE in officer.get(request_path).content.decode()
        refused = supervisor.post(f"{request_path}act/", {"event": "approve"})
        assert refused.status_code == 409
        assert NO_TIME_ZONE in refused.content.decode()

        # Fixed by the officer, approved by the supervisor, sent by the officer.
        fixed = form_data(complete_document)
        fixed["items-1-observed_at"] = "2026-11-20T14:03:27"
        fixed["items-1-time_zone"] = "Europe/Paris"
        assert officer.post(f"{request_path}edit/", fixed).status_code == 302
        assert NO_TIME_ZONE not in officer.get(request_path).content.decode()
        assert supervisor.post(f"{request_path}act/", {"event": "approve"}).status_code == 302
        assert officer.post(f"{request_path}act/", {"event": "send"}).status_code == 302

        # The SMTP server on 127.0.0.1 received the bilingual PDF.
        assert len(smtp_server.recorder.received) == 1
        mail = smtp_server.recorder.received[0]
        assert mail.recipients == ["desk247@de-bka.example"]
        assert "FR-2026-0042" in str(mail.message["Subject"])
        attachments = mail.pdf_attachments()
        assert len(attachments) == 1
        text = pdf_text(attachments[0][1])
        request = CooperationRequest.objects.get(pk=request_id)
        assert request.state == State.SENT
        assert request.sent_at == START
        document = request_document(request)
        assert missing(filled_values(document), text) == []
        sheet = request_sheet(document, ("fr", "en"))
        labels = [label for row in sheet.rows for label in row.labels]
        assert missing(labels, text) == []
        assert (
            missing(
                [
                    "Demande de conservation rapide de données informatiques stockées",
                    "Request for the expedited preservation of stored computer data",
                ],
                text,
            )
            == []
        )

        # The acknowledgement arrives by phone the next morning; the chase clock stops.
        traveller.shift(timedelta(hours=26))
        officer = signed_in("alice")  # the 12-hour session limit ended yesterday's session
        acknowledged = officer.post(
            f"{request_path}act/",
            {
                "event": "record_acknowledgement",
                "channel": "phone",
                "their_reference": "BKA-2026-555",
                "received_at": "2026-12-01T09:30",
            },
        )
        assert acknowledged["Location"] == request_path
        confirmed = officer.post(
            f"{request_path}act/", {"event": "record_preservation_confirmed", "expires_at": ""}
        )
        assert confirmed["Location"] == request_path
        request.refresh_from_db()
        assert request.state == State.PRESERVATION_CONFIRMED
        assert request.acknowledgement_chase_at is None
        assert request.preservation_expires_at == START + timedelta(hours=26, days=60)

        # 50 days on, the sweeper sends the expiry reminder by e-mail and in the app.
        traveller.shift(timedelta(days=50))
        officer = signed_in("alice")
        assert rogatory(["sweep", "--once"]) == 0
        reminders = [m for m in smtp_server.recorder.received[1:] if "FR-2026-0042" in m.text()]
        assert {r for m in reminders for r in m.recipients} == {
            "alice@fr-ofmin-247.example",
            "bruno@fr-ofmin-247.example",
        }
        assert "send the MLA request or ask" in reminders[0].text()
        dashboard = officer.get("/").content.decode()
        assert "Preservation of FR-2026-0042" in dashboard

        # The extension request is created in one action and chained to the original.
        extension = officer.post(f"{request_path}act/", {"event": "create_extension"})
        chained = CooperationRequest.objects.get(previous_request_id=request_id)
        assert chained.our_reference == "FR-2026-0042-EXT1"
        assert chained.ticket_status == "extension"
        assert chained.state == State.DRAFT
        assert extension["Location"] == f"/requests/{chained.pk}/"
