"""Sign-in and sign-out with the security rules of security.md: lockout, rotation, audit."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.db import transaction
from django.http import HttpRequest

from rogatory.accounts.middleware import LAST_SEEN_AT, SIGNED_IN_AT
from rogatory.accounts.models import SignInFailure, User
from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event
from rogatory.core.clock import now
from rogatory.core.errors import NotAllowed

# One message for unknown user, wrong password and disabled account: a sign-in form must not
# tell an attacker which account names exist.
SIGN_IN_REFUSED = "Unknown user name or wrong password."
SIGN_IN_LOCKED = (
    "Too many failed sign-ins for this user name: try again in {minutes} minutes or ask an "
    "administrator."
)


def _actor(user: User, source: str) -> Actor:
    authority = user.authority.code if user.authority_id and user.authority else ""
    return Actor(username=user.get_username(), role=user.role, authority=authority, source=source)


def recent_failure_count(username: str) -> int:
    """Count the failed sign-ins for the user name inside the lockout window."""
    since = now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)
    # Case-insensitive so "Alice" and "alice" share one counter and cannot double the attempts.
    return SignInFailure.objects.filter(username__iexact=username, failed_at__gte=since).count()


def sign_in(request: HttpRequest, username: str, password: str, source: str) -> User:
    """Check the password, refuse locked or inactive accounts, rotate the session; audit it."""
    username = username.strip()
    minutes = settings.LOGIN_FAILURE_WINDOW_SECONDS // 60
    if recent_failure_count(username) >= settings.LOGIN_FAILURE_LIMIT:
        # Locked whether or not the account exists, so the lockout reveals nothing either.
        record_event(
            Actor(username=username[:150], source=source),
            AuditAction.SIGN_IN_FAILED,
            object_type="user",
            outcome="locked",
        )
        raise NotAllowed(SIGN_IN_LOCKED.format(minutes=minutes))
    # authenticate() runs the password hasher for unknown names too (timing) and returns None
    # for inactive users (ModelBackend.user_can_authenticate).
    user = authenticate(request, username=username, password=password)
    if not isinstance(user, User):
        with transaction.atomic():
            SignInFailure.objects.create(
                username=username[:150], failed_at=now(), source=source[:80]
            )
            record_event(
                Actor(username=username[:150], source=source),
                AuditAction.SIGN_IN_FAILED,
                object_type="user",
                outcome="refused",
            )
        raise NotAllowed(SIGN_IN_REFUSED)
    with transaction.atomic():
        # login() gives the session a new key (fixation) and stores the user.
        login(request, user)
        instant = now().timestamp()
        request.session[SIGNED_IN_AT] = instant
        request.session[LAST_SEEN_AT] = instant
        record_event(
            _actor(user, source), AuditAction.SIGN_IN, object_type="user", object_id=user.pk
        )
    return user


def sign_out(request: HttpRequest, source: str) -> None:
    """End the session on the server and audit it."""
    user = request.user
    with transaction.atomic():
        if isinstance(user, User):
            record_event(
                _actor(user, source), AuditAction.SIGN_OUT, object_type="user", object_id=user.pk
            )
        logout(request)
