"""The answer clocks of kinds that have one: set when sent, reminded once when overdue."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.db import transaction

from rogatory.core.errors import InvalidTransition
from rogatory.requests.access import access_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest, Reminder
from rogatory.requests.services import (
    apply_transition,
    create_request,
    record_counterpart_answer,
    record_validation,
    schedule_sending_clocks,
)
from rogatory.requests.sweeps import remind_one_overdue_response, remind_one_pending_validation

pytestmark = pytest.mark.django_db

SENT_AT = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def sent_epoc(alice: Any, data: dict[str, Any], *, emergency: bool) -> CooperationRequest:
    data = {**data, "kind": "epoc", "details": {"is_emergency": emergency}}
    request = create_request(alice, RequestDocument.model_validate(data))
    with transaction.atomic():
        locked = access_request(alice, request.pk, for_update=True)
        locked.state = "approved"  # The approval path is tested elsewhere; this is about clocks.
        schedule_sending_clocks(locked, SENT_AT)
        return apply_transition(locked, "send", alice, sent_at=SENT_AT)


def test_an_epoc_must_be_answered_within_ten_days(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = sent_epoc(alice, complete_document, emergency=False)
    assert request.response_due_at == SENT_AT + timedelta(days=10)
    # The EPOC has no chase clock by default: the answer due is the next deadline.
    assert request.next_deadline_at == request.response_due_at


def test_an_emergency_epoc_must_be_answered_within_eight_hours(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = sent_epoc(alice, complete_document, emergency=True)
    assert request.response_due_at == SENT_AT + timedelta(hours=8)


def test_an_overdue_answer_is_reminded_once(alice: Any, complete_document: dict[str, Any]) -> None:
    request = sent_epoc(alice, complete_document, emergency=True)
    assert remind_one_overdue_response(SENT_AT + timedelta(hours=7, minutes=59)) is False
    assert remind_one_overdue_response(SENT_AT + timedelta(hours=8)) is True
    assert remind_one_overdue_response(SENT_AT + timedelta(hours=9)) is False
    reminder = Reminder.objects.get(request=request)
    assert reminder.clock == "response_overdue"
    assert reminder.message == (
        "The answer to FR-2026-0042 from Federal Criminal Police 24/7 contact point was due on "
        "2026-12-01 17:00 UTC (2026-12-01 18:00 Europe/Paris) and has not been recorded: "
        "contact the addressee or its authority."
    )


def test_a_recorded_answer_stops_the_clock(alice: Any, complete_document: dict[str, Any]) -> None:
    request = sent_epoc(alice, complete_document, emergency=False)
    answered = record_counterpart_answer(
        alice, request.pk, "record_response", reason="Data received"
    )
    assert answered.state == "responded"
    assert answered.outcome == "data_received"
    assert answered.response_due_at is None
    assert remind_one_overdue_response(SENT_AT + timedelta(days=30)) is False


def sent_emergency_epoc_by_police(alice: Any, data: dict[str, Any]) -> CooperationRequest:
    data = {
        **data,
        "kind": "epoc",
        "details": {"is_emergency": True, "issuing_authority_type": "other_competent"},
    }
    request = create_request(alice, RequestDocument.model_validate(data))
    with transaction.atomic():
        locked = access_request(alice, request.pk, for_update=True)
        locked.state = "approved"
        schedule_sending_clocks(locked, SENT_AT)
        return apply_transition(locked, "send", alice, sent_at=SENT_AT)


def test_an_emergency_epoc_of_a_non_judicial_authority_awaits_validation_within_48_hours(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = sent_emergency_epoc_by_police(alice, complete_document)
    assert request.validation_due_at == SENT_AT + timedelta(hours=48)
    assert remind_one_pending_validation(SENT_AT + timedelta(hours=47)) is False
    assert remind_one_pending_validation(SENT_AT + timedelta(hours=48)) is True
    reminder = Reminder.objects.get(request=request, clock="validation_overdue")
    assert reminder.message.startswith(
        "The emergency order FR-2026-0042 has not been validated by a judge, court or prosecutor; "
        "it was due by 2026-12-03 09:00 UTC"
    )


def test_a_recorded_validation_stops_the_validation_clock(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = sent_emergency_epoc_by_police(alice, complete_document)
    validated = record_validation(alice, request.pk, validated_by="Juge d'instruction Exemple")
    assert validated.validation_due_at is None
    assert validated.details["validating_authority"] == "Juge d'instruction Exemple"
    assert remind_one_pending_validation(SENT_AT + timedelta(days=5)) is False
    with pytest.raises(InvalidTransition) as error:
        record_validation(alice, request.pk, validated_by="again")
    assert error.value.message == "This request awaits no ex-post validation."


def test_an_epoc_of_a_prosecutor_needs_no_validation(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    data = {
        **complete_document,
        "details": {"is_emergency": True, "issuing_authority_type": "prosecutor"},
    }
    request = sent_epoc(alice, {**data}, emergency=True)
    assert request.validation_due_at is None
