"""Read the audit log: verification of the chain."""

from dataclasses import dataclass

from rogatory.audit.chain import GENESIS_HASH, canonical_payload, chain_hash
from rogatory.audit.models import AuditChainHead, AuditEvent


@dataclass(frozen=True)
class ChainVerdict:
    is_intact: bool
    checked: int
    first_bad_sequence: int | None
    problem: str

    def describe(self) -> str:
        if self.is_intact:
            return f"audit chain intact: {self.checked} events verified"
        return f"audit chain broken at event #{self.first_bad_sequence}: {self.problem}"


def verify_audit_chain(batch_size: int = 5000) -> ChainVerdict:
    """Recompute every hash in sequence order; name the first event that does not fit."""
    expected_previous = GENESIS_HASH
    expected_sequence = 1
    checked = 0
    last_seen = 0
    queryset = AuditEvent.objects.order_by("sequence")
    for event in queryset.iterator(chunk_size=batch_size):
        if event.sequence != expected_sequence:
            return ChainVerdict(
                False,
                checked,
                expected_sequence,
                f"event #{expected_sequence} is missing (next present is #{event.sequence})",
            )
        if event.previous_hash != expected_previous:
            return ChainVerdict(
                False,
                checked,
                event.sequence,
                "its previous-hash does not match the event before it "
                "(an event was deleted, reordered or altered)",
            )
        payload = canonical_payload(
            sequence=event.sequence,
            occurred_at=event.occurred_at,
            actor_username=event.actor_username,
            actor_role=event.actor_role,
            actor_authority=event.actor_authority,
            action=event.action,
            object_type=event.object_type,
            object_id=event.object_id,
            outcome=event.outcome,
            source=event.source,
            justification=event.justification,
            details=event.details,
        )
        if chain_hash(event.previous_hash, payload) != event.event_hash:
            return ChainVerdict(
                False, checked, event.sequence, "its content does not match its hash (modified)"
            )
        expected_previous = event.event_hash
        expected_sequence += 1
        last_seen = event.sequence
        checked += 1
    head = AuditChainHead.objects.filter(id=1).first()
    if head is not None and (
        head.last_sequence != last_seen or head.last_hash != expected_previous
    ):
        return ChainVerdict(
            False,
            checked,
            last_seen + 1,
            f"the log ends at #{last_seen} but the chain head records #{head.last_sequence} "
            "(truncated)",
        )
    return ChainVerdict(True, checked, None, "")
