"""Sending requests by e-mail with the PDF attached, delivery retries and claims, recorded
acknowledgements, and the requested side's one-action letters."""

import hashlib
import io
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.db import connection
from pypdf import PdfReader

from rogatory.audit.models import AuditEvent
from rogatory.core.errors import (
    IncompleteRequest,
    InvalidTransition,
    NotAllowed,
    NotFound,
    ValidationFailed,
)
from rogatory.directory.models import ContactPoint
from rogatory.documents.models import StoredDocument
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest, Reminder, State
from rogatory.requests.services import approve_request, create_request, order_preservation
from rogatory.transmission.models import DeliveryState, Transmission
from rogatory.transmission.services import (
    FOUR_EYES_MESSAGE,
    acknowledge_request,
    ask_clarification,
    claim_transmission,
    confirm_preservation_with_letter,
    deliver_one_transmission,
    record_acknowledgement_received,
    refuse_request,
    send_request,
)
from rogatory.transmission.sweeps import deliver_one_due_transmission
from tests.smtp import SmtpServer, free_port, mailers_for

pytestmark = pytest.mark.django_db

NOW = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
OnCommit = Callable[..., AbstractContextManager[list[Callable[[], Any]]]]


def approved(alice: Any, bruno: Any, data: dict[str, Any]) -> CooperationRequest:
    request = create_request(alice, RequestDocument.model_validate(data))
    return approve_request(bruno, request.pk)


def registered(dieter: Any, data: dict[str, Any]) -> CooperationRequest:
    """Dieter (Germany) registers the French request received by e-mail."""
    data = {
        **data,
        "direction": "incoming",
        "our_reference": "DE-BKA-2026-0077",
        "their_reference": "FR-2026-0042",
    }
    return create_request(dieter, RequestDocument.model_validate(data))


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@time_machine.travel(NOW, tick=False)
def test_sending_delivers_the_bilingual_pdf_to_the_requested_contact_point(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = approved(alice, bruno, complete_document)
    with django_capture_on_commit_callbacks(execute=True):
        transmission = send_request(alice, request.pk)

    [mail] = smtp_server.messages
    assert mail.recipients == ["desk247@de-bka.example"]
    assert mail.message["Message-ID"] == transmission.message_id
    assert mail.message["Subject"] == (
        "[FR-2026-0042] Demande de conservation rapide (Convention de Budapest, art. 29) / "
        "Request for expedited preservation (Budapest Convention, Art. 29)"
    )
    assert mail.text().startswith("Veuillez trouver ci-joint notre demande")
    assert "Please acknowledge receipt by replying to this message." in mail.text()
    [(name, content)] = mail.pdf_attachments()
    assert name == "FR-2026-0042-preservation-request.pdf"
    assert hashlib.sha256(content).hexdigest() == transmission.attachment_sha256
    assert "FR-2026-0042" in pdf_text(content)

    transmission.refresh_from_db()
    assert (transmission.state, transmission.attempts) == (DeliveryState.DELIVERED, 1)
    assert transmission.delivered_at == NOW
    assert transmission.next_attempt_at is None
    assert transmission.attachment is not None
    assert transmission.attachment.sha256 == transmission.attachment_sha256
    request.refresh_from_db()
    assert (request.state, request.sent_at) == (State.SENT, NOW)
    assert request.acknowledgement_chase_at == NOW + timedelta(hours=48)
    assert list(request.transitions.values_list("event", flat=True)) == ["draft", "approve", "send"]
    assert list(
        AuditEvent.objects.filter(action="transmit").values_list("actor_username", "outcome")
    ) == [("alice", "success"), ("system:worker", "delivered")]


def test_sending_without_approval_is_refused(alice: Any, complete_document: dict[str, Any]) -> None:
    request = create_request(alice, RequestDocument.model_validate(complete_document))
    with pytest.raises(NotAllowed) as refused:
        send_request(alice, request.pk)
    assert (
        refused.value.message
        == FOUR_EYES_MESSAGE
        == (
            "Four-eyes: the request must be approved by a user other than its drafter before it "
            "is sent."
        )
    )
    request.refresh_from_db()
    assert request.state == State.DRAFT
    assert Transmission.objects.count() == 0


def test_sending_a_request_that_became_incomplete_is_refused_with_its_defects(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = approved(alice, bruno, complete_document)
    # Changed behind the services' back (e.g. a database repair): the check runs again at sending.
    CooperationRequest.objects.filter(pk=request.pk).update(summary_of_facts="")
    with pytest.raises(IncompleteRequest) as refused:
        send_request(alice, request.pk)
    assert refused.value.message == "The request is incomplete (1 defects)."
    assert len(refused.value.defects) == 1
    assert Transmission.objects.count() == 0
    assert StoredDocument.objects.count() == 0


def test_sending_to_a_contact_point_without_email_is_refused_and_nothing_is_written(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = approved(alice, bruno, complete_document)
    ContactPoint.objects.filter(email="desk247@de-bka.example").update(email="")
    with pytest.raises(ValidationFailed) as refused:
        send_request(alice, request.pk)
    assert refused.value.message == (
        "The contact point '24/7 desk' of Federal Criminal Police 24/7 contact point has no "
        "e-mail address; add one in the directory before sending."
    )
    request.refresh_from_db()
    assert request.state == State.APPROVED
    assert Transmission.objects.count() == 0


def test_sending_to_a_country_not_party_to_the_instrument_is_refused_with_the_alternative(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    from rogatory.directory.models import TreatyMembership

    request = approved(alice, bruno, complete_document)
    TreatyMembership.objects.filter(country_id="DE", treaty_id="budapest").delete()
    with pytest.raises(NotAllowed) as refused:
        send_request(alice, request.pk)
    assert refused.value.message.startswith(
        "Germany is not a party to the Budapest Convention (CETS 185): no Budapest Convention "
        "Art. 29 request can be sent there."
    )
    assert " Instead: " in refused.value.message
    request.refresh_from_db()
    assert request.state == State.APPROVED
    assert Transmission.objects.count() == 0


def test_a_user_of_another_authority_cannot_send(
    alice: Any, bruno: Any, dieter: Any, complete_document: dict[str, Any]
) -> None:
    request = approved(alice, bruno, complete_document)
    with pytest.raises(NotFound):
        send_request(dieter, request.pk)


def test_sending_by_phone_is_refused(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = approved(alice, bruno, complete_document)
    with pytest.raises(ValidationFailed) as refused:
        send_request(alice, request.pk, channel="phone")
    assert refused.value.message == (
        "Sending by 'phone' is not available: a preservation request is sent in writing by e-mail."
    )


def test_smtp_down_schedules_bounded_retries_then_fails_with_a_notice_to_the_owner(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_down: int,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = approved(alice, bruno, complete_document)
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        transmission = send_request(alice, request.pk)

    transmission.refresh_from_db()
    assert (transmission.state, transmission.attempts) == (DeliveryState.PENDING, 1)
    assert transmission.next_attempt_at == NOW + timedelta(minutes=1)
    assert "Connection refused" in transmission.last_error
    assert deliver_one_due_transmission(NOW + timedelta(seconds=59)) is False

    expected_waits = [timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=60)]
    for wait in expected_waits:
        due = transmission.next_attempt_at
        assert due is not None
        with time_machine.travel(due, tick=False):
            assert deliver_one_due_transmission(due) is True
        transmission.refresh_from_db()
        assert transmission.next_attempt_at == due + wait
    due = transmission.next_attempt_at
    assert due is not None
    with time_machine.travel(due, tick=False):
        assert deliver_one_due_transmission(due) is True

    transmission.refresh_from_db()
    assert (transmission.state, transmission.attempts) == (DeliveryState.FAILED, 5)
    assert transmission.next_attempt_at is None
    assert deliver_one_due_transmission(due + timedelta(days=1)) is False
    notice = Reminder.objects.get(clock="delivery_failed")
    assert notice.authority.code == "fr-ofmin-247"
    assert notice.message.startswith(
        "The e-mail 'Request' of FR-2026-0042 to desk247@de-bka.example could not be delivered "
        "after 5 attempts (ConnectionRefusedError: "
    )
    assert notice.message.endswith("). Send it through another channel.")
    assert AuditEvent.objects.filter(action="transmit", outcome="failed").count() == 1


def test_a_retry_delivers_once_smtp_is_back(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    settings: Any,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = approved(alice, bruno, complete_document)
    working = settings.MAILERS
    settings.MAILERS = mailers_for("127.0.0.1", free_port())
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        transmission = send_request(alice, request.pk)
    settings.MAILERS = working

    with time_machine.travel(NOW + timedelta(minutes=1), tick=False):
        assert deliver_one_due_transmission(NOW + timedelta(minutes=1)) is True
    transmission.refresh_from_db()
    assert (transmission.state, transmission.attempts) == (DeliveryState.DELIVERED, 2)
    [mail] = smtp_server.messages
    assert mail.message["Message-ID"] == transmission.message_id


def test_a_claimed_delivery_cannot_be_claimed_again_by_a_worker_that_read_it_before(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    settings: Any,
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    request = approved(alice, bruno, complete_document)
    transmission = send_request(alice, request.pk)
    due = transmission.next_attempt_at
    assert due is not None
    # Both workers read the row as due; only the first conditional UPDATE matches it.
    assert claim_transmission(transmission.pk, due, due) is True
    assert claim_transmission(transmission.pk, due, due) is False
    assert deliver_one_transmission(transmission.pk) is False
    assert smtp_server.messages == []


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="needs concurrent writers: PostgreSQL row locks"
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_workers_deliver_a_message_exactly_once(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    settings: Any,
) -> None:
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    request = approved(alice, bruno, complete_document)
    transmission = send_request(alice, request.pk)
    workers = 6
    barrier = threading.Barrier(workers)
    results: list[bool] = []

    def work() -> None:
        try:
            barrier.wait()
            results.append(deliver_one_transmission(transmission.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * (workers - 1) + [True]
    assert len(smtp_server.messages) == 1
    transmission.refresh_from_db()
    assert (transmission.state, transmission.attempts) == (DeliveryState.DELIVERED, 1)


def test_an_acknowledgement_received_by_phone_is_recorded_as_an_incoming_transmission(
    alice: Any,
    bruno: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = approved(alice, bruno, complete_document)
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        send_request(alice, request.pk)
    with time_machine.travel(NOW + timedelta(hours=5), tick=False):
        with pytest.raises(ValidationFailed) as refused:
            record_acknowledgement_received(
                alice, request.pk, channel="phone", acknowledged_at=NOW + timedelta(hours=6)
            )
        assert refused.value.message == "An acknowledgement cannot be dated in the future."
        incoming = record_acknowledgement_received(
            alice,
            request.pk,
            channel="phone",
            acknowledged_at=NOW + timedelta(hours=4),
            their_reference="BKA-24/7-9911",
            note="Called by Jonas Beispiel",
        )

    assert (incoming.direction, incoming.channel, incoming.purpose, incoming.state) == (
        "incoming",
        "phone",
        "acknowledgement",
        "delivered",
    )
    assert incoming.delivered_at == NOW + timedelta(hours=4)
    request.refresh_from_db()
    assert request.state == State.ACKNOWLEDGED
    assert request.acknowledged_at == NOW + timedelta(hours=4)
    assert request.their_reference == "BKA-24/7-9911"
    assert request.acknowledgement_chase_at is None


@time_machine.travel(NOW, tick=False)
def test_acknowledging_an_incoming_request_emails_the_letter_in_one_action(
    dieter: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = registered(dieter, complete_document)
    with django_capture_on_commit_callbacks(execute=True):
        transmission = acknowledge_request(dieter, request.pk)

    [mail] = smtp_server.messages
    assert mail.recipients == ["poc247@fr-ofmin.example"]
    assert mail.message["Subject"] == (
        "[FR-2026-0042] Accusé de réception / Acknowledgement of receipt"
    )
    assert (
        "We acknowledge receipt of your request FR-2026-0042. It is registered under our "
        "number DE-BKA-2026-0077." in mail.text()
    )
    [(name, content)] = mail.pdf_attachments()
    assert name == "DE-BKA-2026-0077-acknowledgement.pdf"
    assert hashlib.sha256(content).hexdigest() == transmission.attachment_sha256
    request.refresh_from_db()
    assert (request.state, request.acknowledged_at) == (State.ACKNOWLEDGED, NOW)
    assert StoredDocument.objects.filter(request=request, kind="acknowledgement").count() == 2

    with pytest.raises(InvalidTransition) as refused:
        acknowledge_request(dieter, request.pk)
    assert refused.value.message == "Cannot acknowledge a request in state 'Acknowledged'."


def test_confirming_preservation_emails_a_letter_stating_the_expiry(
    dieter: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = registered(dieter, complete_document)
    order_preservation(dieter, request.pk)
    expires_at = datetime(2027, 1, 28, 9, 0, tzinfo=UTC)
    with time_machine.travel(NOW, tick=False), django_capture_on_commit_callbacks(execute=True):
        confirm_preservation_with_letter(dieter, request.pk, expires_at=expires_at)

    [mail] = smtp_server.messages
    assert (
        "The data described in your request FR-2026-0042 are preserved until 2027-01-28 09:00 UTC."
    ) in mail.text()
    [(name, _)] = mail.pdf_attachments()
    assert name == "DE-BKA-2026-0077-preservation-confirmed.pdf"
    request.refresh_from_db()
    assert request.state == State.PRESERVATION_CONFIRMED
    assert request.preservation_expires_at == expires_at


def test_refusing_needs_reasons_and_emails_the_refusal(
    dieter: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = registered(dieter, complete_document)
    with pytest.raises(ValidationFailed) as refused:
        refuse_request(dieter, request.pk, "  ")
    assert refused.value.message == "Give the reasons for the refusal."
    with django_capture_on_commit_callbacks(execute=True):
        refuse_request(dieter, request.pk, "The provider is not established in Germany.")

    [mail] = smtp_server.messages
    assert mail.message["Subject"] == "[FR-2026-0042] Refus d'exécution / Refusal of execution"
    request.refresh_from_db()
    assert (request.state, request.outcome) == (State.REFUSED, "refused")
    assert request.state_reason == "The provider is not established in Germany."


def test_asking_clarification_emails_the_questions(
    dieter: Any,
    complete_document: dict[str, Any],
    smtp_server: SmtpServer,
    django_capture_on_commit_callbacks: OnCommit,
) -> None:
    request = registered(dieter, complete_document)
    with pytest.raises(ValidationFailed) as refused:
        ask_clarification(dieter, request.pk, "")
    assert refused.value.message == "Say which information is needed and why."
    with django_capture_on_commit_callbacks(execute=True):
        ask_clarification(dieter, request.pk, "Which time zone applies to the IP address?")

    [mail] = smtp_server.messages
    [(name, content)] = mail.pdf_attachments()
    assert name == "DE-BKA-2026-0077-clarification.pdf"
    assert "Which time zone applies to the IP address?" in pdf_text(content)
    request.refresh_from_db()
    assert request.state == State.CLARIFICATION_REQUESTED
