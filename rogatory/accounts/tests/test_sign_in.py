"""Sign-in rules: lockout, one message for every refusal, session rotation, idle limit, audit."""

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client

from conftest import PASSWORD
from rogatory.accounts.models import SignInFailure
from rogatory.accounts.services import SIGN_IN_REFUSED
from rogatory.audit.models import AuditEvent

LOCKED = (
    "Too many failed sign-ins for this user name: try again in 15 minutes or ask an administrator."
)
START = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def _post(client: Client, username: str, password: str) -> Any:
    return client.post("/accounts/login/", {"username": username, "password": password})


@pytest.mark.django_db
def test_signing_in_with_the_right_password_opens_the_dashboard(alice: Any) -> None:
    client = Client()
    response = _post(client, "alice", PASSWORD)
    assert response.status_code == 302
    assert response["Location"] == "/"
    assert client.get("/").status_code == 200
    event = AuditEvent.objects.filter(action="sign_in").get()
    assert (event.actor_username, event.actor_authority, event.source) == (
        "alice",
        "fr-ofmin-247",
        "127.0.0.1",
    )


@pytest.mark.django_db
def test_unknown_user_and_wrong_password_get_the_same_message(alice: Any) -> None:
    unknown = _post(Client(), "mallory", PASSWORD)
    wrong = _post(Client(), "alice", "not the password at all")
    assert unknown.status_code == wrong.status_code == 401
    assert SIGN_IN_REFUSED == "Unknown user name or wrong password."
    assert SIGN_IN_REFUSED in unknown.content.decode()
    assert SIGN_IN_REFUSED in wrong.content.decode()
    assert list(
        AuditEvent.objects.filter(action="sign_in_failed").values_list("actor_username", "outcome")
    ) == [("mallory", "refused"), ("alice", "refused")]


@pytest.mark.django_db
def test_an_inactive_user_is_refused_with_the_same_message(alice: Any) -> None:
    alice.is_active = False
    alice.save()
    response = _post(Client(), "alice", PASSWORD)
    assert response.status_code == 401
    assert SIGN_IN_REFUSED in response.content.decode()


@pytest.mark.django_db
def test_five_failures_in_fifteen_minutes_lock_even_the_right_password(alice: Any) -> None:
    with time_machine.travel(START, tick=False) as traveller:
        for _ in range(5):
            _post(Client(), "alice", "wrong password 123")
            traveller.shift(timedelta(minutes=2))
        response = _post(Client(), "alice", PASSWORD)
        assert response.status_code == 401
        assert LOCKED in response.content.decode()
        assert AuditEvent.objects.filter(action="sign_in_failed", outcome="locked").count() == 1
        # A locked attempt is not a new failure: the lock ends 15 minutes after the first ones.
        assert SignInFailure.objects.count() == 5
        traveller.shift(timedelta(minutes=8))
        assert _post(Client(), "alice", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_the_lockout_ignores_the_case_of_the_user_name(alice: Any) -> None:
    for name in ("alice", "Alice", "ALICE", "aLice", "alicE"):
        _post(Client(), name, "wrong password 123")
    response = _post(Client(), "alice", PASSWORD)
    assert LOCKED in response.content.decode()


@pytest.mark.django_db
def test_four_failures_do_not_lock(alice: Any) -> None:
    for _ in range(4):
        _post(Client(), "alice", "wrong password 123")
    assert _post(Client(), "alice", PASSWORD).status_code == 302


@pytest.mark.django_db
def test_an_unknown_user_name_is_locked_too_so_lockout_reveals_nothing(db: Any) -> None:
    for _ in range(5):
        _post(Client(), "mallory", "guess 1234567")
    assert LOCKED in _post(Client(), "mallory", "guess 1234567").content.decode()


@pytest.mark.django_db
def test_signing_in_rotates_the_session_key(alice: Any) -> None:
    client = Client()
    client.get("/accounts/login/")
    session = client.session
    session["planted"] = "by an attacker"
    session.save()
    planted_key = session.session_key
    assert planted_key is not None
    client.cookies["sessionid"] = planted_key
    _post(client, "alice", PASSWORD)
    assert client.cookies["sessionid"].value != planted_key


@pytest.mark.django_db
def test_an_idle_session_of_sixteen_minutes_is_signed_out(alice: Any) -> None:
    with time_machine.travel(START, tick=False) as traveller:
        client = Client()
        _post(client, "alice", PASSWORD)
        traveller.shift(timedelta(minutes=14))
        assert client.get("/").status_code == 200
        traveller.shift(timedelta(minutes=16))
        response = client.get("/")
        assert response.status_code == 302
        assert response["Location"] == "/accounts/login/?next=/"
    expired = AuditEvent.objects.get(action="sign_out", actor_username="alice")
    assert expired.outcome == "session expired"
    assert expired.details == {"reason": "idle"}


@pytest.mark.django_db
def test_a_session_ends_after_twelve_hours_even_when_active(alice: Any) -> None:
    with time_machine.travel(START, tick=False) as traveller:
        client = Client()
        _post(client, "alice", PASSWORD)
        for _ in range(12 * 6 + 1):
            traveller.shift(timedelta(minutes=10))
            response = client.get("/")
        assert response.status_code == 302


@pytest.mark.django_db
def test_signing_out_needs_a_post_and_ends_the_session(alice: Any) -> None:
    client = Client()
    _post(client, "alice", PASSWORD)
    assert client.get("/accounts/logout/").status_code == 405
    response = client.post("/accounts/logout/")
    assert response["Location"] == "/accounts/login/"
    assert "You are signed out." in client.get("/accounts/login/").content.decode()
    assert client.get("/").status_code == 302
    assert AuditEvent.objects.filter(action="sign_out", actor_username="alice").count() == 1


@pytest.mark.django_db
def test_sign_in_goes_back_to_the_page_asked_but_never_off_site(alice: Any) -> None:
    client = Client()
    response = client.post(
        "/accounts/login/?next=/directory/",
        {"username": "alice", "password": PASSWORD, "next": "/directory/"},
    )
    assert response["Location"] == "/directory/"
    client = Client()
    response = client.post(
        "/accounts/login/",
        {"username": "alice", "password": PASSWORD, "next": "https://evil.example/"},
    )
    assert response["Location"] == "/"
