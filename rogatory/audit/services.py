"""Write audit events. Called inside the caller's transaction: a failed audit write fails the
action (security.md)."""

from dataclasses import dataclass
from datetime import UTC
from typing import Any

from django.db import transaction

from rogatory.audit.chain import GENESIS_HASH, canonical_payload, chain_hash
from rogatory.audit.models import AuditAction, AuditChainHead, AuditEvent
from rogatory.core.clock import now


@dataclass(frozen=True)
class Actor:
    """Who acts: a person (with role and authority) or a system process."""

    username: str
    role: str = ""
    authority: str = ""
    source: str = ""


SYSTEM_SWEEPER = Actor(username="system:sweeper", role="system", source="sweeper")
SYSTEM_WORKER = Actor(username="system:worker", role="system", source="worker")


def record_event(
    actor: Actor,
    action: AuditAction,
    *,
    object_type: str = "",
    object_id: str | int = "",
    outcome: str = "success",
    justification: str = "",
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one event to the chain, serialised on the chain head's row lock."""
    with transaction.atomic():
        head, _ = AuditChainHead.objects.select_for_update().get_or_create(
            id=1, defaults={"last_sequence": 0, "last_hash": GENESIS_HASH}
        )
        sequence = head.last_sequence + 1
        occurred_at = now().astimezone(UTC)
        fields: dict[str, Any] = {
            "sequence": sequence,
            "occurred_at": occurred_at,
            "actor_username": actor.username,
            "actor_role": actor.role,
            "actor_authority": actor.authority,
            "action": str(action),
            "object_type": object_type,
            "object_id": str(object_id),
            "outcome": outcome,
            "source": actor.source,
            "justification": justification,
            "details": details or {},
        }
        event_hash = chain_hash(head.last_hash, canonical_payload(**fields))
        event = AuditEvent.objects.create(
            **fields, previous_hash=head.last_hash, event_hash=event_hash
        )
        head.last_sequence = sequence
        head.last_hash = event_hash
        head.save(update_fields=["last_sequence", "last_hash"])
    return event
