"""Admin for requests: read-only (requests change only through their services and lifecycle);
clock rules are editable, because the clocks are data, each change audited by set_clock_rule."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from rogatory.requests.models import (
    ClockRule,
    CooperationRequest,
    DataItem,
    Reminder,
    RequestTransition,
)
from rogatory.requests.services import set_clock_rule


class ReadOnlyAdmin(admin.ModelAdmin[Any]):
    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ReadOnlyInline(admin.TabularInline[Any, CooperationRequest]):
    extra = 0

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class DataItemInline(ReadOnlyInline):
    model = DataItem
    fields = [
        "position",
        "identifier_type",
        "value",
        "observed_local",
        "observed_time_zone",
        "port",
        "data_categories",
        "period_start",
        "period_end",
    ]


class TransitionInline(ReadOnlyInline):
    model = RequestTransition
    fields = ["occurred_at", "event", "from_state", "to_state", "actor_username", "note"]


@admin.register(CooperationRequest)
class CooperationRequestAdmin(ReadOnlyAdmin):
    list_display = [
        "our_reference",
        "direction",
        "state",
        "outcome",
        "owner_authority",
        "requested_authority",
        "next_deadline_at",
        "created_at",
    ]
    list_filter = ["direction", "state", "outcome", "kind", "urgency", "owner_authority"]
    search_fields = ["our_reference", "their_reference", "case_number"]
    list_select_related = ["owner_authority", "requested_authority"]
    date_hierarchy = "created_at"
    inlines = [DataItemInline, TransitionInline]


@admin.register(Reminder)
class ReminderAdmin(ReadOnlyAdmin):
    list_display = ["request", "authority", "clock", "created_at", "read_at"]
    list_filter = ["clock", "authority"]
    search_fields = ["request__our_reference", "message"]


@admin.register(ClockRule)
class ClockRuleAdmin(admin.ModelAdmin[ClockRule]):
    list_display = ["kind", "clock", "country", "provider", "hours", "source"]
    list_filter = ["kind", "clock", "country"]
    search_fields = ["source", "provider__name", "country__name"]
    list_select_related = ["country", "provider"]
    autocomplete_fields = ["country", "provider"]

    def save_model(self, request: HttpRequest, obj: ClockRule, form: Any, change: bool) -> None:
        actor = request.user.audit_actor(request.META.get("REMOTE_ADDR", ""))  # type: ignore[union-attr]
        if change:
            stored = ClockRule.objects.get(pk=obj.pk)
            if (stored.kind, stored.clock, stored.country_id, stored.provider_id) != (
                obj.kind,
                obj.clock,
                obj.country_id,
                obj.provider_id,
            ):
                # The key changed: the rule now answers another question; retire the old one.
                stored.delete()
        saved = set_clock_rule(
            actor,
            kind=obj.kind,
            clock=obj.clock,
            hours=obj.hours,
            source=obj.source,
            country_id=obj.country_id,
            provider_id=obj.provider_id,
        )
        obj.pk = saved.pk
