"""The chase: a sent request without acknowledgement is chased with the counterpart by e-mail
(the request attached again) and the owner's users are reminded, a clock apart each time."""

from datetime import timedelta
from typing import Any

import pytest
import time_machine

from rogatory.audit.models import AuditEvent
from rogatory.requests.models import Reminder
from rogatory.requests.services import record_acknowledgement
from rogatory.requests.tests.test_sweeps import SENT_AT, sent_request
from rogatory.transmission.models import Transmission
from rogatory.transmission.sweeps import (
    chase_one_unacknowledged_request,
    deliver_one_due_transmission,
)
from tests.smtp import SmtpServer

pytestmark = pytest.mark.django_db


@time_machine.travel(SENT_AT, tick=False)
def test_a_request_is_not_chased_before_its_clock_runs_out(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    sent_request(alice, bruno, complete_document)
    assert chase_one_unacknowledged_request(SENT_AT + timedelta(hours=47, minutes=59)) is False
    assert Reminder.objects.count() == 0


def test_an_unacknowledged_request_is_chased_and_chased_again_a_clock_later(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    with time_machine.travel(SENT_AT, tick=False):
        request = sent_request(alice, bruno, complete_document)
    due = SENT_AT + timedelta(hours=48, minutes=1)

    assert chase_one_unacknowledged_request(due) is True
    assert chase_one_unacknowledged_request(due) is False

    request.refresh_from_db()
    assert request.chase_count == 1
    assert request.acknowledgement_chase_at == due + timedelta(hours=48)
    assert request.next_deadline_at == due + timedelta(hours=48)
    reminder = Reminder.objects.get()
    assert reminder.authority.code == "fr-ofmin-247"
    assert reminder.clock == "acknowledgement_chase"
    assert reminder.message == (
        "No acknowledgement of FR-2026-0042 from Federal Criminal Police 24/7 contact point since "
        "it was sent on 2026-11-29 09:00 UTC (chase 1): contact it again "
        "(desk247@de-bka.example, +49 611 000000)."
    )
    assert reminder.email_due_at == due
    event = AuditEvent.objects.filter(action="remind").get()
    assert (event.actor_username, event.object_id) == ("system:sweeper", str(request.pk))

    assert chase_one_unacknowledged_request(due + timedelta(hours=48)) is True
    request.refresh_from_db()
    assert request.chase_count == 2
    assert Transmission.objects.filter(request=request, purpose="chase").count() == 2


def test_the_counterpart_receives_the_chase_in_both_languages(
    alice: Any, bruno: Any, complete_document: dict[str, Any], smtp_server: SmtpServer
) -> None:
    with time_machine.travel(SENT_AT, tick=False):
        request = sent_request(alice, bruno, complete_document)
    due = SENT_AT + timedelta(hours=49)
    with time_machine.travel(due, tick=False):
        assert chase_one_unacknowledged_request(due) is True
        assert deliver_one_due_transmission(due) is True

    [mail] = [
        m for m in smtp_server.recorder.received if m.recipients == ["desk247@de-bka.example"]
    ]
    # Header folding of encoded words may double a space: compare words.
    assert " ".join(str(mail.message["Subject"]).split()) == (
        "[FR-2026-0042] Rappel : demande de conservation rapide sans accusé de réception / "
        "Reminder: request for expedited preservation not acknowledged"
    )
    assert "Le 2026-11-29 09:00 UTC, nous vous avons adressé" in mail.text()
    assert "We have not received an acknowledgement." in mail.text()
    chase = Transmission.objects.get(request=request, purpose="chase")
    assert chase.state == "delivered"
    assert chase.message_id == mail.message["Message-ID"]


def test_an_acknowledged_request_is_not_chased(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = sent_request(alice, bruno, complete_document)
    record_acknowledgement(alice, request.pk, acknowledged_at=SENT_AT + timedelta(hours=3))
    assert chase_one_unacknowledged_request(SENT_AT + timedelta(days=30)) is False
    assert Reminder.objects.count() == 0
