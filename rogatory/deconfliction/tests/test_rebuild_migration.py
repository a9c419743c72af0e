"""Migrations 0004 and 0005 make the sweeper rebuild every index, 0005 in its new shape and back."""

import hashlib
from typing import Any

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from rogatory.deconfliction.keys import lookup_key
from rogatory.deconfliction.models import IdentifierIndexEntry, IndexedRequest
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.deconfliction.tests.test_alerts import NOW
from rogatory.requests.document import RequestDocument
from rogatory.requests.services import create_request

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def _migrate(target: str) -> Any:
    executor = MigrationExecutor(connection)
    executor.migrate([("deconfliction", target)])
    return MigrationExecutor(connection).loader.project_state(("deconfliction", target)).apps


def test_back_to_the_text_index_and_forward_again_the_sweeper_reindexes_with_current_values(
    alice: Any, complete_document: dict[str, Any]
) -> None:
    request = create_request(alice, RequestDocument.model_validate(complete_document))
    while index_one_unindexed_request(NOW):
        pass

    old = _migrate("0004_rebuild_index")
    old_entry = old.get_model("deconfliction", "IdentifierIndexEntry")
    assert not old.get_model("deconfliction", "IndexedRequest").objects.exists()
    assert not old_entry.objects.exists()
    # An entry written in the old shape under the old rules: a Gmail mailbox with its dots.
    old_entry.objects.create(
        identifier_type="email",
        value="Night.Owl@gmail.com",
        request_id=request.pk,
        owner_authority_id=request.owner_authority_id,
        created_at=NOW,
    )
    _migrate("0005_fixed_width_key")

    assert not IndexedRequest.objects.exists()
    assert not IdentifierIndexEntry.objects.exists()
    while index_one_unindexed_request(NOW):
        pass
    entries = list(IdentifierIndexEntry.objects.filter(request=request))
    assert entries
    assert "Night.Owl@gmail.com" not in {entry.value for entry in entries}
    assert all(entry.key == lookup_key(entry.identifier_type, entry.value) for entry in entries)
    assert IndexedRequest.objects.filter(request=request).exists()


def test_the_look_up_key_is_the_signed_64_bit_blake2b_digest_of_type_and_value() -> None:
    assert lookup_key("email", "owl@example.com") == int.from_bytes(
        hashlib.blake2b(b"email\x00owl@example.com", digest_size=8).digest(),
        "big",
        signed=True,
    )
    assert lookup_key("domain", "example.com") != lookup_key("url", "example.com")
    assert -(2**63) <= lookup_key("phone", "+33612345678") < 2**63
