"""Sign-in and sign-out with the security rules of security.md: lockout, rotation, audit."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import authenticate, login, logout
from django.contrib.sessions.models import Session
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext_noop as N_

from rogatory.accounts.middleware import LAST_SEEN_AT, SIGNED_IN_AT
from rogatory.accounts.models import Role, SignInFailure, User
from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event
from rogatory.core.clock import now
from rogatory.core.errors import NotAllowed, NotFound, ValidationFailed
from rogatory.directory.models import Authority

# One message for unknown user, wrong password and disabled account: a sign-in form must not
# tell an attacker which account names exist.
SIGN_IN_REFUSED = N_("Unknown user name or wrong password.")
SIGN_IN_LOCKED = N_(
    "Too many failed sign-ins for this user name: try again in %(minutes)s minutes or ask an "
    "administrator."
)


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
        raise NotAllowed(SIGN_IN_LOCKED, params={"minutes": minutes})
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
            user.audit_actor(source), AuditAction.SIGN_IN, object_type="user", object_id=user.pk
        )
    return user


def sign_out(request: HttpRequest, source: str) -> None:
    """End the session on the server and audit it."""
    user = request.user
    with transaction.atomic():
        if isinstance(user, User):
            record_event(
                user.audit_actor(source),
                AuditAction.SIGN_OUT,
                object_type="user",
                object_id=user.pk,
            )
        logout(request)


# Administrators' use cases: create a user, change what a user may do. A role or authority
# change is a permission change (security.md: "every ... permission change is logged").

MINIMUM_PASSWORD_LENGTH = 12


def _end_sessions(user_id: int) -> None:
    # A user whose rights shrink must not keep using a session opened with the old rights.
    for session in Session.objects.iterator():
        if str(session.get_decoded().get("_auth_user_id")) == str(user_id):
            session.delete()


def create_user_account(
    actor: Actor,
    *,
    username: str,
    password: str,
    authority: Authority | None,
    role: str,
    email: str = "",
    first_name: str = "",
    last_name: str = "",
    time_zone: str = "UTC",
    preferred_language: str = "en",
    is_staff: bool = False,
    is_superuser: bool = False,
) -> User:
    """Create a user of an authority with a role; audited as a permission change."""
    if role not in Role.values:
        raise ValidationFailed(f"'{role}' is not a role (officer, supervisor, administrator).")
    if len(password) < MINIMUM_PASSWORD_LENGTH:
        raise ValidationFailed(
            f"The password must have at least {MINIMUM_PASSWORD_LENGTH} characters."
        )
    with transaction.atomic():
        if User.objects.filter(username__iexact=username).exists():
            raise ValidationFailed(f"The user name '{username}' is already taken.")
        user = User.objects.create_user(
            username=username,
            password=password,
            email=email,
            first_name=first_name,
            last_name=last_name,
            authority=authority,
            role=role,
            time_zone=time_zone,
            preferred_language=preferred_language,
            is_staff=is_staff,
            is_superuser=is_superuser,
        )
        record_event(
            actor,
            AuditAction.PERMISSION_CHANGE,
            object_type="user",
            object_id=user.pk,
            details={
                "username": username,
                "created": True,
                "role": role,
                "authority": authority.code if authority else "",
                "is_staff": is_staff,
                "is_superuser": is_superuser,
            },
        )
    return user


def change_user_permissions(
    actor: Actor,
    user_id: int,
    *,
    role: str,
    authority_id: int | None,
    is_active: bool | None = None,
    is_staff: bool | None = None,
) -> User:
    """Change a user's role, authority or activity; audited, and the user's sessions end."""
    if role not in Role.values:
        raise ValidationFailed(f"'{role}' is not a role (officer, supervisor, administrator).")
    with transaction.atomic():
        user = User.objects.select_for_update().filter(pk=user_id).first()
        if user is None:
            raise NotFound()
        if authority_id is not None and not Authority.objects.filter(pk=authority_id).exists():
            raise ValidationFailed("The authority does not exist.")
        before_authority = user.authority.code if user.authority else ""
        before: dict[str, object] = {
            "role": user.role,
            "is_active": user.is_active,
            "is_staff": user.is_staff,
        }
        user.role = role
        user.authority_id = authority_id
        if is_active is not None:
            user.is_active = is_active
        if is_staff is not None:
            user.is_staff = is_staff
        after: dict[str, object] = {
            "role": user.role,
            "is_active": user.is_active,
            "is_staff": user.is_staff,
        }
        after_authority = (
            ""
            if authority_id is None
            else (
                Authority.objects.filter(pk=authority_id).values_list("code", flat=True).first()
                or ""
            )
        )
        changes = {
            name: {"from": before[name], "to": after[name]}
            for name in before
            if before[name] != after[name]
        }
        if before_authority != after_authority:
            changes["authority"] = {"from": before_authority, "to": after_authority}
        if not changes:
            return user
        user.save(update_fields=["role", "authority", "is_active", "is_staff"])
        record_event(
            actor,
            AuditAction.PERMISSION_CHANGE,
            object_type="user",
            object_id=user.pk,
            details={"username": user.get_username(), "changes": changes},
        )
        _end_sessions(user.pk)
    return user
