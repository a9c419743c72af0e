"""Appends from many threads at once keep one gapless, intact chain."""

import threading

import pytest
from django.db import connection, connections

from rogatory.audit.models import AuditAction, AuditEvent
from rogatory.audit.queries import verify_audit_chain
from rogatory.audit.services import Actor, record_event

THREADS = 8
EVENTS_PER_THREAD = 15


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_appends_keep_the_chain_intact() -> None:
    if connection.vendor == "sqlite":
        pytest.skip(
            "the test database is SQLite in shared-cache memory, whose table locks fail "
            "at once ('database table is locked') instead of waiting for the head's "
            "lock; run on PostgreSQL (ROGATORY_DATABASE=postgresql)"
        )
    start = threading.Barrier(THREADS)
    failures: list[BaseException] = []

    def append(worker: int) -> None:
        actor = Actor(username=f"worker{worker}", role="system", source="test")
        try:
            start.wait()
            for number in range(EVENTS_PER_THREAD):
                record_event(
                    actor, AuditAction.ACCESS, object_type="request", object_id=f"{worker}-{number}"
                )
        except BaseException as error:
            failures.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=append, args=(worker,)) for worker in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    total = THREADS * EVENTS_PER_THREAD
    assert failures == []
    assert list(AuditEvent.objects.values_list("sequence", flat=True)) == list(range(1, total + 1))
    assert verify_audit_chain().describe() == f"audit chain intact: {total} events verified"
    assert len(set(AuditEvent.objects.values_list("object_id", flat=True))) == total
