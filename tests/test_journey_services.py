"""The service-level journey of an Art. 29 preservation request, both sides, through real SMTP."""

import hashlib
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine

from rogatory.audit.queries import verify_audit_chain
from rogatory.cli.sweep import all_sweeps, run_pass
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import Reminder, State, TicketStatus
from rogatory.requests.services import (
    approve_request,
    create_extension_request,
    create_request,
    record_preservation_confirmed,
)
from rogatory.transmission.models import DeliveryState
from rogatory.transmission.services import (
    acknowledge_request,
    record_acknowledgement_received,
    send_request,
)
from tests.smtp import SmtpServer

pytestmark = pytest.mark.django_db

DRAFTED_AT = datetime(2026, 11, 29, 8, 30, tzinfo=UTC)
OnCommit = Callable[..., AbstractContextManager[list[Callable[[], Any]]]]


def test_a_preservation_request_travels_from_draft_to_its_extension(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    with time_machine.travel(DRAFTED_AT, tick=False) as traveller:
        request = create_request(alice, RequestDocument.model_validate(complete_document))
        traveller.shift(timedelta(minutes=20))
        approve_request(bruno, request.pk)
        traveller.shift(timedelta(minutes=5))
        sent_at = datetime(2026, 11, 29, 8, 55, tzinfo=UTC)
        with django_capture_on_commit_callbacks(execute=True):
            transmission = send_request(alice, request.pk)

        [request_mail] = smtp_server.to("desk247@de-bka.example")
        assert request_mail.message["Message-ID"] == transmission.message_id
        [(name, content)] = request_mail.pdf_attachments()
        assert name == "FR-2026-0042-preservation-request.pdf"
        assert content.startswith(b"%PDF")
        assert hashlib.sha256(content).hexdigest() == transmission.attachment_sha256
        transmission.refresh_from_db()
        assert transmission.state == DeliveryState.DELIVERED

        traveller.shift(timedelta(hours=3))
        record_acknowledgement_received(
            alice,
            request.pk,
            channel="email",
            acknowledged_at=sent_at + timedelta(hours=2),
            their_reference="BKA-24/7-9911",
        )
        traveller.shift(timedelta(hours=20))
        confirmed_at = sent_at + timedelta(hours=22)
        request = record_preservation_confirmed(alice, request.pk, confirmed_at=confirmed_at)
        assert request.state == State.PRESERVATION_CONFIRMED
        assert request.preservation_expires_at == confirmed_at + timedelta(days=60)

        traveller.shift(timedelta(days=50))
        done = run_pass(all_sweeps(), threading.Event())

    assert done == {
        "expire_one_preservation": 0,
        "remind_one_expiring_preservation": 1,
        "remind_one_overdue_response": 0,
        "remind_one_pending_validation": 0,
        "chase_one_unacknowledged_request": 0,
        "email_one_pending_reminder": 1,
        "deliver_one_due_transmission": 0,
        "index_one_unindexed_request": 1,
    }
    [reminder_mail] = smtp_server.to("alice@fr-ofmin-247.example")
    assert reminder_mail.recipients == ["alice@fr-ofmin-247.example", "bruno@fr-ofmin-247.example"]
    assert reminder_mail.message["Subject"] == (
        "[FR-2026-0042] Reminder before preservation expires"
    )
    assert reminder_mail.text().strip() == (
        "Preservation of FR-2026-0042 at ExampleMail Ltd expires on 2027-01-29 06:55 UTC "
        "(2027-01-29 07:55 Europe/Paris): send the MLA request or ask an extension."
    )
    assert Reminder.objects.get(clock="expiry_reminder").emailed_at is not None

    extension = create_extension_request(alice, request.pk)
    assert extension.state == State.DRAFT
    assert extension.ticket_status == TicketStatus.EXTENSION
    assert extension.previous_request_id == request.pk
    assert extension.our_reference == "FR-2026-0042-EXT1"
    assert verify_audit_chain().is_intact


@time_machine.travel(datetime(2026, 11, 29, 10, 0, tzinfo=UTC), tick=False)
def test_the_requested_side_acknowledges_with_a_letter_in_one_action(
    dieter: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    incoming = {
        **complete_document,
        "direction": "incoming",
        "our_reference": "DE-BKA-2026-0077",
        "their_reference": "FR-2026-0042",
    }
    request = create_request(dieter, RequestDocument.model_validate(incoming))
    assert request.state == State.REGISTERED

    with django_capture_on_commit_callbacks(execute=True):
        transmission = acknowledge_request(dieter, request.pk)

    [mail] = smtp_server.to("poc247@fr-ofmin.example")
    assert mail.message["Message-ID"] == transmission.message_id
    [(name, content)] = mail.pdf_attachments()
    assert name == "DE-BKA-2026-0077-acknowledgement.pdf"
    assert content.startswith(b"%PDF")
    request.refresh_from_db()
    assert request.state == State.ACKNOWLEDGED
    assert list(request.transitions.values_list("event", flat=True)) == ["register", "acknowledge"]
