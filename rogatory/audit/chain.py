"""Pure hash-chain arithmetic shared by the writer and the verifier."""

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

GENESIS_HASH = "0" * 64


def canonical_payload(
    *,
    sequence: int,
    occurred_at: datetime,
    actor_username: str,
    actor_role: str,
    actor_authority: str,
    action: str,
    object_type: str,
    object_id: str,
    outcome: str,
    source: str,
    justification: str,
    details: dict[str, Any],
) -> bytes:
    """Serialise the fields of one event deterministically (sorted keys, UTC ISO instant)."""
    body = {
        "sequence": sequence,
        "occurred_at": occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor_username": actor_username,
        "actor_role": actor_role,
        "actor_authority": actor_authority,
        "action": action,
        "object_type": object_type,
        "object_id": object_id,
        "outcome": outcome,
        "source": source,
        "justification": justification,
        "details": details,
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def chain_hash(previous_hash: str, payload: bytes) -> str:
    """Return SHA-256 over the previous hash and this event's canonical payload."""
    return hashlib.sha256(previous_hash.encode() + b"\n" + payload).hexdigest()
