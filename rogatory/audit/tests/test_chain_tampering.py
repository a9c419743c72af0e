"""The verifier detects a modified, deleted, reordered or truncated audit log and names the first
bad event; the database itself refuses changes made through the ORM."""

from collections.abc import Callable
from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction

from rogatory.audit.chain import canonical_payload, chain_hash
from rogatory.audit.models import AuditChainHead, AuditEvent
from rogatory.audit.queries import verify_audit_chain

Tamper = Callable[..., None]


def test_an_untouched_chain_is_intact(five_events: list[Any]) -> None:
    assert verify_audit_chain().describe() == "audit chain intact: 5 events verified"


@pytest.mark.django_db
def test_an_empty_log_is_intact() -> None:
    assert verify_audit_chain().describe() == "audit chain intact: 0 events verified"


def test_a_modified_row_is_named(five_events: list[Any], tamper: Tamper) -> None:
    tamper("UPDATE audit_auditevent SET object_id = '999' WHERE sequence = 3")

    verdict = verify_audit_chain()

    assert (verdict.is_intact, verdict.first_bad_sequence, verdict.checked) == (False, 3, 2)
    assert verdict.describe() == (
        "audit chain broken at event #3: its content does not match its hash (modified)"
    )


def test_a_modified_row_with_a_recomputed_hash_breaks_the_next_link(
    five_events: list[Any], tamper: Tamper
) -> None:
    # An intruder who knows the algorithm rewrites the row and its hash; the next row's
    # previous-hash still points at the original.
    forged = five_events[1]
    payload = canonical_payload(
        sequence=2,
        occurred_at=forged.occurred_at,
        actor_username="bruno",
        actor_role=forged.actor_role,
        actor_authority=forged.actor_authority,
        action=forged.action,
        object_type=forged.object_type,
        object_id=forged.object_id,
        outcome=forged.outcome,
        source=forged.source,
        justification=forged.justification,
        details=forged.details,
    )
    forged_hash = chain_hash(forged.previous_hash, payload)
    tamper(
        (
            "UPDATE audit_auditevent SET actor_username = 'bruno', event_hash = %s "
            "WHERE sequence = 2",
            [forged_hash],
        )
    )

    verdict = verify_audit_chain()

    assert verdict.describe() == (
        "audit chain broken at event #3: its previous-hash does not match the event before it "
        "(an event was deleted, reordered or altered)"
    )


def test_a_deleted_row_is_named(five_events: list[Any], tamper: Tamper) -> None:
    tamper("DELETE FROM audit_auditevent WHERE sequence = 2")

    verdict = verify_audit_chain()

    assert (verdict.is_intact, verdict.first_bad_sequence) == (False, 2)
    assert verdict.describe() == (
        "audit chain broken at event #2: event #2 is missing (next present is #3)"
    )


def test_a_deleted_row_renumbered_to_hide_the_gap_is_named(
    five_events: list[Any], tamper: Tamper
) -> None:
    tamper(
        "DELETE FROM audit_auditevent WHERE sequence = 2",
        # Through negative numbers: PostgreSQL checks the unique sequence row by row, in the
        # table's physical order, so "sequence - 1" in one statement could collide (#4 -> #3
        # before #3 -> #2) depending on where earlier writes put the rows.
        "UPDATE audit_auditevent SET sequence = 1 - sequence WHERE sequence > 2",
        "UPDATE audit_auditevent SET sequence = -sequence WHERE sequence < 0",
    )

    verdict = verify_audit_chain()

    assert verdict.describe() == (
        "audit chain broken at event #2: its previous-hash does not match the event before it "
        "(an event was deleted, reordered or altered)"
    )


def test_two_reordered_rows_are_named(five_events: list[Any], tamper: Tamper) -> None:
    tamper(
        "UPDATE audit_auditevent SET sequence = -1 WHERE sequence = 3",
        "UPDATE audit_auditevent SET sequence = 3 WHERE sequence = 4",
        "UPDATE audit_auditevent SET sequence = 4 WHERE sequence = -1",
    )

    verdict = verify_audit_chain()

    assert (verdict.is_intact, verdict.first_bad_sequence, verdict.checked) == (False, 3, 2)
    assert verdict.describe() == (
        "audit chain broken at event #3: its previous-hash does not match the event before it "
        "(an event was deleted, reordered or altered)"
    )


def test_a_truncated_tail_is_named(five_events: list[Any], tamper: Tamper) -> None:
    tamper("DELETE FROM audit_auditevent WHERE sequence >= 4")

    verdict = verify_audit_chain()

    assert (verdict.is_intact, verdict.first_bad_sequence, verdict.checked) == (False, 4, 3)
    assert verdict.describe() == (
        "audit chain broken at event #4: the log ends at #3 but the chain head records #5 "
        "(truncated)"
    )


def test_the_triggers_are_back_after_tampering(five_events: list[Any], tamper: Tamper) -> None:
    tamper("UPDATE audit_auditevent SET justification = 'x' WHERE sequence = 1")

    with pytest.raises(DatabaseError, match="audit events are append-only"), transaction.atomic():
        AuditEvent.objects.filter(sequence=2).update(justification="y")


def test_an_update_through_the_orm_is_refused(five_events: list[Any]) -> None:
    event = five_events[1]
    event.object_id = "999"

    with pytest.raises(DatabaseError, match="audit events are append-only"), transaction.atomic():
        event.save()

    with pytest.raises(DatabaseError, match="audit events are append-only"), transaction.atomic():
        AuditEvent.objects.all().update(outcome="forged")

    assert verify_audit_chain().is_intact
    assert AuditEvent.objects.get(sequence=2).object_id == "2"


def test_a_delete_through_the_orm_is_refused(five_events: list[Any]) -> None:
    if connection.vendor == "sqlite":
        pytest.skip(
            "SQLite has no DELETE trigger (docs/decisions/0002-audit-hash-chain.md); "
            "the verifier tests above catch deleted rows there"
        )

    with pytest.raises(DatabaseError, match="audit events are append-only"), transaction.atomic():
        five_events[4].delete()

    with pytest.raises(DatabaseError, match="audit events are append-only"), transaction.atomic():
        AuditEvent.objects.filter(sequence__gte=4).delete()

    assert AuditEvent.objects.count() == 5
    assert verify_audit_chain().is_intact


def test_the_chain_head_follows_the_last_event(five_events: list[Any]) -> None:
    head = AuditChainHead.objects.get(id=1)

    assert (head.last_sequence, head.last_hash) == (5, five_events[-1].event_hash)
