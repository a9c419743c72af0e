"""Sweeps: remind before expiry, expire, e-mail the reminders (chases: transmission tests)."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.db import transaction

from rogatory.core.clock import now
from rogatory.requests.access import access_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import (
    CooperationRequest,
    Reminder,
    ReminderReason,
    RequestTransition,
    State,
)
from rogatory.requests.services import (
    apply_transition,
    approve_request,
    create_request,
    record_preservation_confirmed,
    schedule_acknowledgement_chase,
)
from rogatory.requests.sweeps import (
    email_one_pending_reminder,
    expire_one_preservation,
    lock_request,
    raise_reminder,
    remind_one_expiring_preservation,
)
from tests.smtp import SmtpServer

pytestmark = pytest.mark.django_db

SENT_AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def sent_request(alice: Any, bruno: Any, data: dict[str, Any]) -> CooperationRequest:
    """Draft, approve and mark sent at SENT_AT (what send_request does, minus the e-mail)."""
    request = create_request(alice, RequestDocument.model_validate(data))
    approve_request(bruno, request.pk)
    with transaction.atomic():
        locked = access_request(alice, request.pk, for_update=True)
        schedule_acknowledgement_chase(locked, SENT_AT)
        return apply_transition(
            locked,
            "send",
            alice,
            sent_at=SENT_AT,
            acknowledgement_chase_at=locked.acknowledgement_chase_at,
        )


def chase_reminder(request: CooperationRequest, due: datetime) -> None:
    """Raise the reminder the chase sweep raises (the chase itself is a transmission sweep)."""
    with transaction.atomic():
        raise_reminder(
            lock_request(request.pk),
            ReminderReason.ACKNOWLEDGEMENT_CHASE,
            "No acknowledgement of FR-2026-0042 from Federal Criminal Police 24/7 contact point.",
            due,
        )


def preserved_request(alice: Any, bruno: Any, data: dict[str, Any]) -> CooperationRequest:
    request = sent_request(alice, bruno, data)
    return record_preservation_confirmed(alice, request.pk, confirmed_at=SENT_AT)


def test_the_expiry_reminder_names_provider_and_expiry_in_utc_and_the_owner_zone(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = preserved_request(alice, bruno, complete_document)
    assert request.preservation_expires_at == datetime(2027, 1, 28, 9, 0, tzinfo=UTC)
    assert request.expiry_reminder_at == datetime(2027, 1, 14, 9, 0, tzinfo=UTC)

    assert remind_one_expiring_preservation(datetime(2027, 1, 14, 8, 59, tzinfo=UTC)) is False
    assert remind_one_expiring_preservation(datetime(2027, 1, 18, 9, 0, tzinfo=UTC)) is True
    assert remind_one_expiring_preservation(datetime(2027, 1, 18, 9, 0, tzinfo=UTC)) is False

    reminder = Reminder.objects.get()
    assert reminder.message == (
        "Preservation of FR-2026-0042 at ExampleMail Ltd expires on 2027-01-28 09:00 UTC "
        "(2027-01-28 10:00 Europe/Paris): send the MLA request or ask an extension."
    )
    request.refresh_from_db()
    assert request.expiry_reminder_at is None
    assert request.next_deadline_at == datetime(2027, 1, 28, 9, 0, tzinfo=UTC)


def test_a_preservation_past_its_expiry_expires_with_a_history_row(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = preserved_request(alice, bruno, complete_document)
    assert expire_one_preservation(datetime(2027, 1, 28, 8, 59, tzinfo=UTC)) is False
    with time_machine.travel(datetime(2027, 1, 28, 9, 5, tzinfo=UTC), tick=False):
        assert expire_one_preservation(now()) is True
        assert expire_one_preservation(now()) is False

    request.refresh_from_db()
    assert (request.state, request.outcome) == (State.EXPIRED, "expired")
    assert request.expiry_reminder_at is None
    assert request.next_deadline_at is None
    last = RequestTransition.objects.filter(request=request).last()
    assert last is not None
    assert (last.event, last.from_state, last.to_state, last.actor_username) == (
        "expire",
        "preservation_confirmed",
        "expired",
        "system:sweeper",
    )
    assert last.note == "preservation period ended on 2027-01-28 09:00 UTC"
    assert Reminder.objects.get(clock="preservation_period").message == (
        "Preservation of FR-2026-0042 at ExampleMail Ltd expired on 2027-01-28 09:00 UTC "
        "(2027-01-28 10:00 Europe/Paris)."
    )


def test_reminders_are_emailed_to_every_user_of_the_owner_authority(
    alice: Any, bruno: Any, dieter: Any, complete_document: dict[str, Any], smtp_server: SmtpServer
) -> None:
    request = sent_request(alice, bruno, complete_document)
    due = SENT_AT + timedelta(hours=49)
    chase_reminder(request, due)

    assert email_one_pending_reminder(due) is True
    assert email_one_pending_reminder(due) is False

    [mail] = smtp_server.messages
    assert sorted(mail.recipients) == ["alice@fr-ofmin-247.example", "bruno@fr-ofmin-247.example"]
    assert mail.message["Subject"] == "[FR-2026-0042] Chase when no acknowledgement"
    assert mail.text().startswith("No acknowledgement of FR-2026-0042 from Federal Criminal")
    reminder = Reminder.objects.get()
    assert reminder.emailed_at == due
    assert reminder.email_due_at is None
    assert reminder.emailed_to == "alice@fr-ofmin-247.example, bruno@fr-ofmin-247.example"


def test_a_reminder_email_is_retried_when_smtp_is_down_then_given_up(
    alice: Any, bruno: Any, complete_document: dict[str, Any], smtp_down: int
) -> None:
    request = sent_request(alice, bruno, complete_document)
    due = SENT_AT + timedelta(hours=49)
    chase_reminder(request, due)

    assert email_one_pending_reminder(due) is True
    reminder = Reminder.objects.get()
    assert reminder.email_attempts == 1
    assert reminder.email_due_at == due + timedelta(minutes=1)
    assert "Connection refused" in reminder.email_error
    assert email_one_pending_reminder(due + timedelta(seconds=59)) is False

    instant = due
    for _ in range(4):
        reminder.refresh_from_db()
        assert reminder.email_due_at is not None
        instant = reminder.email_due_at
        assert email_one_pending_reminder(instant) is True
    reminder.refresh_from_db()
    assert reminder.email_attempts == 5
    assert reminder.email_due_at is None
    assert reminder.emailed_at is None
    assert email_one_pending_reminder(instant + timedelta(days=1)) is False
