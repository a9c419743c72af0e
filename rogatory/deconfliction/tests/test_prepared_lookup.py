"""On PostgreSQL the single look-up runs a prepared statement and keeps its generic plan."""

import pytest
from django.db import connection

from rogatory.deconfliction.keys import index_key
from rogatory.deconfliction.queries import entries_for


@pytest.mark.django_db
def test_a_repeated_single_look_up_is_planned_once_on_postgresql() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    key = index_key("email", "night.owl@example.com")
    for _ in range(8):
        assert entries_for([key]) == []

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT parameter_types::text[], generic_plans FROM pg_prepared_statements"
            " WHERE statement LIKE %s",
            ["SELECT e.identifier_type, e.value,%"],
        )
        prepared = cursor.fetchall()

    # After five custom plans the server settles on the generic one: no planning per call.
    assert prepared == [(["bigint"], 3)]
