"""The admin: permission changes audited, requests read-only, clocks editable and audited."""

from typing import Any

import pytest
from django.test import Client

from conftest import PASSWORD
from rogatory.accounts.models import User
from rogatory.accounts.services import change_user_permissions
from rogatory.audit.models import AuditAction, AuditEvent
from rogatory.core.errors import ValidationFailed
from rogatory.requests.models import ClockRule


@pytest.fixture
def administrator(directory: dict[str, Any]) -> Any:
    return User.objects.create_user(
        username="ada",
        password=PASSWORD,
        authority=directory["france"],
        role="administrator",
        is_staff=True,
        is_superuser=True,
    )


def _user_form(user: Any, **changes: Any) -> dict[str, Any]:
    form = {
        "username": user.username,
        "first_name": "",
        "last_name": "",
        "email": user.email,
        "time_zone": user.time_zone,
        "preferred_language": user.preferred_language,
        "authority": user.authority_id,
        "role": user.role,
        "is_active": "on",
        "date_joined_0": "2026-11-29",
        "date_joined_1": "10:00:00",
    }
    form.update(changes)
    return form


def test_promoting_an_officer_in_the_admin_is_audited_as_a_permission_change(
    administrator: Any, alice: Any, directory: dict[str, Any]
) -> None:
    client = Client()
    client.force_login(administrator)
    response = client.post(
        f"/admin/accounts/user/{alice.pk}/change/",
        _user_form(alice, role="supervisor", authority=directory["germany"].pk),
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.role == "supervisor"
    assert alice.authority_id == directory["germany"].pk
    event = AuditEvent.objects.get(action=AuditAction.PERMISSION_CHANGE)
    assert event.actor_username == "ada"
    assert event.details["changes"] == {
        "role": {"from": "officer", "to": "supervisor"},
        "authority": {"from": "fr-ofmin-247", "to": "de-bka-247"},
    }


def test_saving_a_user_without_permission_changes_records_no_permission_change(
    administrator: Any, alice: Any
) -> None:
    client = Client()
    client.force_login(administrator)
    response = client.post(
        f"/admin/accounts/user/{alice.pk}/change/", _user_form(alice, first_name="Alice")
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.first_name == "Alice"
    assert not AuditEvent.objects.filter(action=AuditAction.PERMISSION_CHANGE).exists()


def test_a_permission_change_ends_the_users_sessions(administrator: Any, alice: Any) -> None:
    session = Client()
    session.force_login(alice)
    assert session.get("/").status_code == 200
    change_user_permissions(
        administrator.audit_actor(), alice.pk, role="officer", authority_id=None
    )
    assert session.get("/").status_code == 302


def test_an_unknown_role_is_refused(administrator: Any, alice: Any) -> None:
    with pytest.raises(ValidationFailed) as raised:
        change_user_permissions(
            administrator.audit_actor(), alice.pk, role="king", authority_id=None
        )
    assert raised.value.message == "'king' is not a role (officer, supervisor, administrator)."


def test_requests_are_read_only_in_the_admin(administrator: Any) -> None:
    client = Client()
    client.force_login(administrator)
    assert client.get("/admin/requests/cooperationrequest/").status_code == 200
    assert client.get("/admin/requests/cooperationrequest/add/").status_code == 403


def test_changing_a_clock_in_the_admin_is_audited(administrator: Any) -> None:
    rule = ClockRule.objects.get(
        kind="preservation", clock="preservation_period", country=None, provider=None
    )
    client = Client()
    client.force_login(administrator)
    response = client.post(
        f"/admin/requests/clockrule/{rule.pk}/change/",
        {
            "kind": rule.kind,
            "clock": rule.clock,
            "country": "",
            "provider": "",
            "hours": 61 * 24,
            "source": "Corrected after review of Art. 29(7)",
        },
    )
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.hours == 61 * 24
    event = AuditEvent.objects.get(object_type="clock_rule")
    assert event.action == AuditAction.UPDATE
    assert event.details["before"] == {
        "hours": 60 * 24,
        "source": "Budapest Convention Art. 29(7): not less than 60 days pending the MLA request.",
    }


def test_the_directory_admin_searches_authorities(administrator: Any) -> None:
    client = Client()
    client.force_login(administrator)
    response = client.get("/admin/directory/authority/", {"q": "ExampleMail"})
    assert response.status_code == 200
    assert b"ie-examplemail" in response.content
    assert b"de-bka-247" not in response.content
