"""Write use cases of administrators on accounts: create a user, change what a user may do.

Kept apart from services.py (sign-in) so the two can evolve separately; both follow the same
rule: one transaction, the audit event inside it. A role or authority change is a permission
change (security.md: "every ... permission change is logged").
"""

from django.contrib.sessions.models import Session
from django.db import transaction

from rogatory.accounts.models import Role, User
from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event
from rogatory.core.errors import NotFound, ValidationFailed
from rogatory.directory.models import Authority

MINIMUM_PASSWORD_LENGTH = 12


def actor_for_user(user: User, source: str = "") -> Actor:
    """Describe a signed-in user (an administrator) for the audit log."""
    authority = user.authority.code if user.authority_id and user.authority else ""
    return Actor(username=user.get_username(), role=user.role, authority=authority, source=source)


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
