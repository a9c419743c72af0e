"""Admin for accounts. A change of role, authority or activity goes through the audited
service change_user_permissions; passwords through Django's own password form."""

from typing import Any

from django.contrib import admin, messages
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest

from rogatory.accounts.models import SignInFailure, User
from rogatory.accounts.services import (
    change_user_permissions,
    create_user_account,
)
from rogatory.core.errors import DomainError

PERMISSION_FIELDS = {"role", "authority", "is_active", "is_staff"}


@admin.register(User)
class UserAdmin(DjangoUserAdmin[User]):
    list_display = [
        "username",
        "first_name",
        "last_name",
        "authority",
        "role",
        "is_active",
        "last_login",
    ]
    list_filter = ["role", "is_active", "is_staff", "authority__country", "authority"]
    search_fields = [
        "username",
        "first_name",
        "last_name",
        "email",
        "authority__name",
        "authority__code",
    ]
    list_select_related = ["authority"]
    autocomplete_fields = ["authority"]
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (
            "Person",
            {"fields": ("first_name", "last_name", "email", "time_zone", "preferred_language")},
        ),
        ("What this user may do", {"fields": ("authority", "role", "is_active", "is_staff")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("username", "password1", "password2", "authority", "role"),
            },
        ),
    )
    readonly_fields = ["last_login", "date_joined"]

    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        actor = request.user.audit_actor(request.META.get("REMOTE_ADDR", ""))  # type: ignore[union-attr]
        if not change:
            created = create_user_account(
                actor,
                username=obj.username,
                password=form.cleaned_data["password1"],
                authority=obj.authority,
                role=obj.role,
            )
            obj.pk = created.pk
            obj.refresh_from_db()
            return
        wanted = {
            name: getattr(obj, name if name != "authority" else "authority_id")
            for name in PERMISSION_FIELDS
        }
        stored = User.objects.get(pk=obj.pk)
        # The other fields are saved as typed; the permission fields keep their stored values
        # here and change only through the audited service below.
        obj.role, obj.authority_id = stored.role, stored.authority_id
        obj.is_active, obj.is_staff = stored.is_active, stored.is_staff
        super().save_model(request, obj, form, change)
        try:
            change_user_permissions(
                actor,
                obj.pk,
                role=wanted["role"],
                authority_id=wanted["authority"],
                is_active=wanted["is_active"],
                is_staff=wanted["is_staff"],
            )
        except DomainError as error:
            messages.error(request, error.message)


@admin.register(SignInFailure)
class SignInFailureAdmin(admin.ModelAdmin[SignInFailure]):
    list_display = ["username", "failed_at", "source"]
    search_fields = ["username", "source"]
    date_hierarchy = "failed_at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
