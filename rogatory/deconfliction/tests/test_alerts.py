"""The sweeper alerts both owners when two requests share an identifier: once per pair."""

import copy
import threading
from datetime import UTC, datetime
from typing import Any

import pytest
from django.db import connection
from django.test import Client

from rogatory.audit.models import AuditEvent
from rogatory.core.errors import NotFound
from rogatory.deconfliction.alerts import alert_new_matches
from rogatory.deconfliction.models import IndexedRequest, MatchAlert
from rogatory.deconfliction.services import matches_for_request, reindex_request
from rogatory.deconfliction.sweeps import index_one_unindexed_request
from rogatory.deconfliction.tests.test_matching import _german_document
from rogatory.requests.access import access_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.models import CooperationRequest, Reminder, ReminderReason
from rogatory.requests.services import create_request, update_request
from rogatory.requests.sweeps import email_one_pending_reminder

NOW = datetime(2026, 12, 1, tzinfo=UTC)
TO_ALICE = (
    "FR-2026-0042 shares identifiers (E-mail address, IP address) with a request of Federal "
    "Criminal Police 24/7 contact point (de-bka-247) to ExampleMail Ltd, 2026-11-29, Draft. "
    "Contact: 24/7 desk · desk247@de-bka.example · +49 611 000000. Coordinate before acting."
)
TO_DIETER = (
    "DE-2026-7 shares identifiers (E-mail address, IP address) with a request of Office for "
    "Cybercrime, 24/7 point of contact (fr-ofmin-247) to ExampleMail Ltd, 2026-11-29, Draft. "
    "Contact: Permanence 24/7 · poc247@fr-ofmin.example · +33 1 00 00 00 01. "
    "Coordinate before acting."
)


def sweep() -> int:
    done = 0
    while index_one_unindexed_request(NOW):
        done += 1
    return done


def _dieters(dieter: Any, complete_document: dict[str, Any]) -> CooperationRequest:
    return create_request(
        dieter,
        _german_document(
            complete_document,
            "DE-2026-7",
            "suspect.owl[at]ExampleMail[.]Example.",
            ("2026-11-20", "2026-11-20"),
        ),
    )


@pytest.fixture
def pair(
    alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> tuple[CooperationRequest, CooperationRequest]:
    """alice's request and dieter's with the same mailbox and IP address, both indexed."""
    alices = create_request(alice, RequestDocument.model_validate(complete_document))
    dieters = _dieters(dieter, complete_document)
    sweep()
    return alices, dieters


def _alerts() -> list[tuple[int, str, str]]:
    return sorted(
        Reminder.objects.filter(clock=ReminderReason.IDENTIFIER_MATCH).values_list(
            "request_id", "authority__code", "message"
        )
    )


def test_each_owner_is_alerted_about_its_own_request(pair: Any) -> None:
    alices, dieters = pair

    assert _alerts() == [
        (alices.pk, "fr-ofmin-247", TO_ALICE),
        (dieters.pk, "de-bka-247", TO_DIETER),
    ]
    alert = MatchAlert.objects.get()
    assert (alert.first_request_id, alert.second_request_id) == (alices.pk, dieters.pk)
    assert alert.identifier_types == ["email", "ip_address"]
    assert Reminder.objects.get(request=alices).get_clock_display() == (
        "An identifier is also in another request"
    )


def test_the_acceptance_two_units_alerted_neither_can_open_the_other(
    pair: Any, alice: Any, dieter: Any
) -> None:
    alices, dieters = pair

    assert {m.unit_code for m in matches_for_request(alice, alices.pk)} == {"de-bka-247"}
    assert {m.unit_code for m in matches_for_request(dieter, dieters.pk)} == {"fr-ofmin-247"}
    assert "DE-2026-7" not in TO_ALICE
    assert "FR-2026-0042" not in TO_DIETER
    for user, others in ((alice, dieters), (dieter, alices)):
        with pytest.raises(NotFound):
            access_request(user, others.pk)
        client = Client()
        client.force_login(user)
        assert client.get(f"/requests/{others.pk}/").status_code == 404
        assert client.get(f"/api/requests/{others.pk}").status_code == 404
        dashboard = client.get("/").content.decode()
        assert "Coordinate before acting." in dashboard


def test_the_sweeper_running_again_alerts_nobody_twice(
    pair: Any, alice: Any, complete_document: dict[str, Any]
) -> None:
    alices, _ = pair
    changed = copy.deepcopy(complete_document)
    changed["summary_of_facts"] += " New facts."
    update_request(alice, alices.pk, RequestDocument.model_validate(changed))

    assert sweep() == 1
    assert alert_new_matches(alices.pk, NOW) == 0
    assert len(_alerts()) == 2
    assert MatchAlert.objects.count() == 1


def test_a_third_request_is_a_new_pair_for_each_of_the_others(
    pair: Any, alice: Any, complete_document: dict[str, Any]
) -> None:
    alices, dieters = pair
    third = copy.deepcopy(complete_document)
    third["our_reference"] = "FR-2026-0043"
    third["data_items"] = [complete_document["data_items"][0]]
    thirds = create_request(alice, RequestDocument.model_validate(third))

    sweep()

    pairs = set(MatchAlert.objects.values_list("first_request_id", "second_request_id"))
    assert pairs == {(alices.pk, dieters.pk), (alices.pk, thirds.pk), (dieters.pk, thirds.pk)}
    to_third = sorted(Reminder.objects.filter(request=thirds).values_list("message", flat=True))
    # The same unit's request is named (alice may open it); the other unit's is not.
    assert to_third == [
        "FR-2026-0043 shares an identifier (E-mail address) with a request of Federal Criminal "
        "Police 24/7 contact point (de-bka-247) to ExampleMail Ltd, 2026-11-29, Draft. "
        "Contact: 24/7 desk · desk247@de-bka.example · +49 611 000000. "
        "Coordinate before acting.",
        "FR-2026-0043 shares an identifier (E-mail address) with its request FR-2026-0042 of "
        "Office for Cybercrime, 24/7 point of contact (fr-ofmin-247) to ExampleMail Ltd, "
        "2026-11-29, Draft. Contact: Permanence 24/7 · poc247@fr-ofmin.example · "
        "+33 1 00 00 00 01. Coordinate before acting.",
    ]


def test_alerts_are_audited_without_the_value(pair: Any) -> None:
    alices, dieters = pair
    alert = MatchAlert.objects.get()

    created = AuditEvent.objects.get(object_type="match_alert")
    reminded = AuditEvent.objects.filter(
        action="remind", details__reason="identifier_match"
    ).values_list("object_id", flat=True)

    assert (created.action, created.actor_username, created.object_id) == (
        "create",
        "system:sweeper",
        str(alert.pk),
    )
    assert created.details == {
        "requests": [alices.pk, dieters.pk],
        "types": ["email", "ip_address"],
    }
    assert sorted(reminded) == sorted([str(alices.pk), str(dieters.pk)])
    every_detail = str(list(AuditEvent.objects.values_list("details", flat=True)))
    assert "suspect.owl" not in every_detail
    assert "198.51.100.23" not in every_detail


def test_the_alerts_are_emailed_to_each_units_users(pair: Any, smtp_server: Any) -> None:
    while email_one_pending_reminder(NOW):
        pass

    received = {tuple(mail.recipients): mail for mail in smtp_server.messages}
    assert set(received) == {("alice@fr-ofmin-247.example",), ("dieter@de-bka-247.example",)}
    to_alice = received[("alice@fr-ofmin-247.example",)]
    assert to_alice.message["Subject"] == (
        "[FR-2026-0042] An identifier is also in another request"
    )
    assert to_alice.text().strip() == TO_ALICE


def test_a_sweeper_stopped_before_alerting_alerts_on_the_next_pass(
    alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> None:
    alices = create_request(alice, RequestDocument.model_validate(complete_document))
    dieters = _dieters(dieter, complete_document)
    # Indexed without the alert step, as when the process died in between.
    reindex_request(alices.pk)
    reindex_request(dieters.pk)
    assert IndexedRequest.objects.filter(matches_checked_for__isnull=True).count() == 2

    assert index_one_unindexed_request(NOW) is True
    assert index_one_unindexed_request(NOW) is True
    assert index_one_unindexed_request(NOW) is False
    assert len(_alerts()) == 2


def test_no_match_no_alert(alice: Any, dieter: Any, complete_document: dict[str, Any]) -> None:
    create_request(alice, RequestDocument.model_validate(complete_document))
    create_request(
        dieter,
        _german_document(
            complete_document,
            "DE-2026-8",
            "other@examplemail.example",
            ("2026-10-01", "2026-10-02"),
        ),
    )

    assert sweep() == 2
    assert (_alerts(), MatchAlert.objects.count()) == ([], 0)


@pytest.mark.skipif(
    "connection.vendor != 'postgresql'",
    reason="SQLite serialises writers on one file lock; the race needs row locks",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_sweepers_alerting_at_once_alert_the_pair_exactly_once(
    alice: Any, dieter: Any, complete_document: dict[str, Any]
) -> None:
    alices = create_request(alice, RequestDocument.model_validate(complete_document))
    dieters = _dieters(dieter, complete_document)
    reindex_request(alices.pk)
    reindex_request(dieters.pk)
    barrier = threading.Barrier(4)
    outcomes: list[int | BaseException] = []

    def alert(request_id: int) -> None:
        barrier.wait()
        try:
            outcomes.append(alert_new_matches(request_id, NOW))
        except BaseException as error:
            outcomes.append(error)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=alert, args=(request_id,))
        for request_id in (alices.pk, dieters.pk, alices.pk, dieters.pk)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes, key=str) == [0, 0, 0, 1]
    assert MatchAlert.objects.count() == 1
    assert len(_alerts()) == 2
