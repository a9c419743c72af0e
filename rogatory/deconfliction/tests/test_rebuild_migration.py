"""Migration 0004 makes the sweeper rebuild every index with the current canonical values."""

from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from rogatory.deconfliction.models import IdentifierIndexEntry, IndexedRequest
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.deconfliction.tests.test_alerts import NOW
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_after_the_migration_the_sweeper_reindexes_with_current_values(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = create_request(alice, RequestDocument.model_validate(complete_document))
    while index_one_unindexed_request(NOW):
        pass
    # An entry written under the old rules: a Gmail mailbox with its dots.
    IdentifierIndexEntry.objects.filter(request=request, identifier_type="email").update(
        value="Night.Owl@gmail.com"
    )
    executor = MigrationExecutor(connection)
    executor.migrate([("deconfliction", "0003_match_alerts")])
    executor = MigrationExecutor(connection)
    executor.migrate([("deconfliction", "0004_rebuild_index")])
    assert not IndexedRequest.objects.exists()
    while index_one_unindexed_request(NOW):
        pass
    assert "Night.Owl@gmail.com" not in set(
        IdentifierIndexEntry.objects.filter(request=request).values_list("value", flat=True)
    )
    assert IndexedRequest.objects.filter(request=request).exists()
