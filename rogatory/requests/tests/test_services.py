"""Request services: creation, editing, four-eyes approval, clocks, extension, history and audit."""

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from django.db import connection

from rogatory.audit.models import AuditEvent
from rogatory.core.errors import (
    IncompleteRequest,
    InvalidTransition,
    NotAllowed,
    NotFound,
    ValidationFailed,
)
from rogatory.requests.access import access_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import ClockRule, CooperationRequest, RequestTransition, State
from rogatory.requests.services import (
    apply_transition,
    approve_request,
    create_extension_request,
    create_request,
    record_acknowledgement,
    record_preservation_confirmed,
    update_request,
    withdraw_request,
)

pytestmark = pytest.mark.django_db


def draft(user: Any, data: dict[str, Any]) -> CooperationRequest:
    return create_request(user, RequestDocument.model_validate(data))


def sent(request: CooperationRequest, approver: Any) -> CooperationRequest:
    approve_request(approver, request.pk)
    locked = CooperationRequest.objects.get(pk=request.pk)
    return apply_transition(locked, "send", approver, sent_at=datetime.now(tz=UTC))


def test_drafting_stores_every_item_and_a_history_row(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = draft(alice, complete_document)
    assert request.state == State.DRAFT
    assert request.owner_authority.code == "fr-ofmin-247"
    assert request.custodian is not None
    assert request.custodian.code == "ie-examplemail"
    ip = request.data_items.get(identifier_type="ip_address")
    assert ip.observed_at == datetime(2026, 11, 20, 13, 3, 27, tzinfo=UTC)
    assert ip.port == 51234
    assert list(request.transitions.values_list("event", "to_state")) == [("draft", "draft")]
    assert AuditEvent.objects.filter(action="create", object_id=str(request.pk)).count() == 1


def test_an_ip_address_with_a_named_zone_becomes_an_instant(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    complete_document["data_items"][1]["observed_at"] = "2026-07-01T10:00:00"
    complete_document["data_items"][1]["time_zone"] = "Europe/Paris"
    request = draft(alice, complete_document)
    ip = request.data_items.get(identifier_type="ip_address")
    assert ip.observed_at == datetime(2026, 7, 1, 8, 0, tzinfo=UTC)


def test_an_ip_address_without_zone_is_kept_verbatim_and_not_guessed(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    complete_document["data_items"][1]["observed_at"] = "2026-11-20T14:03:27"
    request = draft(alice, complete_document)
    ip = request.data_items.get(identifier_type="ip_address")
    assert ip.observed_local == "2026-11-20T14:03:27"
    assert ip.observed_at is None


def test_a_duplicate_reference_is_refused_with_its_name(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    draft(alice, complete_document)
    with pytest.raises(ValidationFailed) as error:
        draft(alice, complete_document)
    assert error.value.message == (
        "Our reference 'FR-2026-0042' is already used by another request of this authority."
    )
    assert CooperationRequest.objects.count() == 1


def test_an_unknown_authority_code_is_refused_and_nothing_written(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    complete_document["requested_authority"] = {"code": "xx-nowhere"}
    with pytest.raises(ValidationFailed) as error:
        draft(alice, complete_document)
    assert (
        error.value.message
        == "Requested authority: no authority with code 'xx-nowhere' in the directory."
    )
    assert CooperationRequest.objects.count() == 0
    assert AuditEvent.objects.filter(action="create").count() == 0


def test_drafting_for_another_authority_is_refused(
    dieter: Any, complete_document: dict[str, Any]
) -> None:
    with pytest.raises(NotAllowed) as error:
        draft(dieter, complete_document)
    assert error.value.message == "You may only draft requests of your own authority."


def test_the_drafter_cannot_approve(alice: Any, complete_document: dict[str, Any]) -> None:
    alice.role = "supervisor"
    alice.save()
    request = draft(alice, complete_document)
    with pytest.raises(NotAllowed) as error:
        approve_request(alice, request.pk)
    assert error.value.message == "Four-eyes: the drafter of a request cannot approve it."


def test_an_officer_cannot_approve(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = draft(bruno, complete_document)
    with pytest.raises(NotAllowed) as error:
        approve_request(alice, request.pk)
    assert error.value.message == "Only a supervisor may approve a request."


def test_an_incomplete_request_cannot_be_approved(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    complete_document["data_items"][1]["observed_at"] = "2026-11-20T14:03:27"
    request = draft(alice, complete_document)
    with pytest.raises(IncompleteRequest) as error:
        approve_request(bruno, request.pk)
    assert error.value.message == "The request is incomplete (1 defects)."
    assert error.value.defects[0].startswith(
        "Data item 2 (IP address 198.51.100.23): the date-time"
    )
    assert CooperationRequest.objects.get(pk=request.pk).state == State.DRAFT


def test_a_supervisor_approves_a_complete_request(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = approve_request(bruno, draft(alice, complete_document).pk)
    assert request.state == State.APPROVED
    assert request.approved_by == bruno
    event = AuditEvent.objects.get(action="transition", object_id=str(request.pk))
    assert event.details == {"event": "approve", "from": "draft", "to": "approved", "note": ""}
    assert event.actor_username == "bruno"
    assert event.actor_role == "supervisor"


def test_editing_an_approved_request_requires_approval_again(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = approve_request(bruno, draft(alice, complete_document).pk)
    complete_document["offence"] = "Possession of child sexual abuse material"
    edited = update_request(alice, request.pk, RequestDocument.model_validate(complete_document))
    assert edited.state == State.DRAFT
    assert edited.approved_by is None
    assert list(edited.transitions.values_list("event", flat=True)) == [
        "draft",
        "approve",
        "reopen",
    ]


def test_a_sent_request_can_no_longer_be_edited(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = sent(draft(alice, complete_document), bruno)
    with pytest.raises(InvalidTransition) as error:
        update_request(alice, request.pk, RequestDocument.model_validate(complete_document))
    assert error.value.message == "A request in state 'Sent' can no longer be edited."


def test_another_authority_cannot_see_the_request(
    alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> None:
    request = draft(alice, complete_document)
    with pytest.raises(NotFound):
        access_request(dieter, request.pk)
    with pytest.raises(NotFound):
        withdraw_request(dieter, request.pk, reason="x")


def test_confirmed_preservation_sets_expiry_and_reminder_from_the_clocks(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = sent(draft(alice, complete_document), bruno)
    record_acknowledgement(alice, request.pk)
    confirmed_at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    request = record_preservation_confirmed(alice, request.pk, confirmed_at=confirmed_at)
    assert request.preservation_expires_at == confirmed_at + timedelta(days=60)
    assert request.expiry_reminder_at == confirmed_at + timedelta(days=46)
    assert request.next_deadline_at == request.expiry_reminder_at


def test_a_provider_clock_overrides_the_default(
    alice: Any, bruno: Any, directory: dict[str, Any], complete_document: dict[str, Any]
) -> None:
    ClockRule.objects.create(
        kind="preservation",
        clock="preservation_period",
        provider=directory["provider"],
        hours=90 * 24,
        source="Provider policy (~): 90 days",
    )
    request = sent(draft(alice, complete_document), bruno)
    confirmed_at = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    request = record_preservation_confirmed(alice, request.pk, confirmed_at=confirmed_at)
    assert request.preservation_expires_at == confirmed_at + timedelta(days=90)


def test_an_extension_is_created_in_one_action_and_chained(
    alice: Any, bruno: Any, complete_document: dict[str, Any]
) -> None:
    request = sent(draft(alice, complete_document), bruno)
    record_preservation_confirmed(
        alice, request.pk, confirmed_at=datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    )
    extension = create_extension_request(alice, request.pk)
    assert extension.previous_request_id == request.pk
    assert extension.ticket_status == "extension"
    assert extension.previous_ticket == "FR-2026-0042"
    assert extension.our_reference == "FR-2026-0042-EXT1"
    assert extension.state == State.DRAFT
    assert extension.data_items.count() == 2
    assert (
        "Extension of the preservation confirmed on 2026-12-01"
        in extension.necessity_of_preservation
    )
    original = CooperationRequest.objects.get(pk=request.pk)
    assert original.expiry_reminder_at is None


def test_a_draft_cannot_be_extended(alice: Any, complete_document: dict[str, Any]) -> None:
    request = draft(alice, complete_document)
    with pytest.raises(InvalidTransition) as error:
        create_extension_request(alice, request.pk)
    assert (
        error.value.message == "Only an outgoing preservation that was confirmed can be extended."
    )


def test_an_incoming_request_is_registered_for_the_requested_authority(
    dieter: Any, complete_document: dict[str, Any]
) -> None:
    complete_document["direction"] = "incoming"
    complete_document["their_reference"] = complete_document["our_reference"]
    complete_document["our_reference"] = "BKA-IN-7"
    request = draft(dieter, complete_document)
    assert request.state == State.REGISTERED
    assert request.owner_authority.code == "de-bka-247"
    assert request.received_at is not None


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'",
    reason="SQLite serialises writers on one file lock; the race needs row locks",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_approvals_have_exactly_one_winner(
    alice: Any, bruno: Any, greta: Any, complete_document: dict[str, Any]
) -> None:
    from rogatory.accounts.models import User

    second = User.objects.create_user(
        username="berenice", password="x" * 12, role="supervisor", authority=bruno.authority
    )
    request = draft(alice, complete_document)
    outcomes: list[str] = []
    barrier = threading.Barrier(2)

    def attempt(user: Any) -> None:
        barrier.wait()
        try:
            approve_request(user, request.pk)
            outcomes.append("approved")
        except InvalidTransition:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(u,)) for u in (bruno, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["approved", "refused"]
    assert RequestTransition.objects.filter(request=request, event="approve").count() == 1


def test_an_article_32_record_needs_no_addressee(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    data = {
        **complete_document,
        "kind": "transborder_access",
        "requested_authority": {},
        "requested_contact": {},
        "data_items": [],
        "details": {"access_basis": "public"},
    }
    request = draft(alice, data)
    assert request.requested_authority == request.requesting_authority
