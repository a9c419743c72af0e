"""Audit fixtures: a short chain of events, and a way to tamper with it as an intruder with
database rights would (triggers dropped, raw SQL, triggers put back)."""

import importlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from django.db import connection

from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event

ALICE = Actor(username="alice", role="officer", authority="fr-ofmin-247", source="127.0.0.1")

# The migration is the single source of the trigger SQL: tampering drops exactly what it created
# and puts exactly that back.
_TRIGGERS = importlib.import_module("rogatory.audit.migrations.0002_append_only_triggers")


@contextmanager
def triggers_dropped() -> Iterator[None]:
    """Drop the append-only triggers for the duration of the block, then recreate them."""
    vendor = connection.vendor
    drop = {"sqlite": _TRIGGERS.SQLITE_REVERSE, "postgresql": _TRIGGERS.POSTGRESQL_REVERSE}[vendor]
    create = {"sqlite": _TRIGGERS.SQLITE, "postgresql": _TRIGGERS.POSTGRESQL}[vendor]
    with connection.cursor() as cursor:
        for statement in drop:
            cursor.execute(statement)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            for statement in create:
                cursor.execute(statement)


@pytest.fixture
def tamper() -> Callable[..., None]:
    """Run raw SQL statements (text, or text and parameters) with the triggers dropped."""

    def run(*statements: str | tuple[str, list[Any]]) -> None:
        with triggers_dropped(), connection.cursor() as cursor:
            for statement in statements:
                sql, parameters = statement if isinstance(statement, tuple) else (statement, [])
                cursor.execute(sql, parameters)

    return run


@pytest.fixture
def five_events(db: Any) -> list[Any]:
    """Five events recorded by alice: sequences 1 to 5."""
    return [
        record_event(
            ALICE,
            AuditAction.ACCESS,
            object_type="request",
            object_id=number,
            details={"n": number},
        )
        for number in range(1, 6)
    ]
