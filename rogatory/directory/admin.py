"""Admin for the directory: administrators correct authorities, desks and treaty data here."""

from django.contrib import admin

from rogatory.directory.models import Authority, ContactPoint, Country, Treaty, TreatyMembership


class ContactPointInline(admin.StackedInline[ContactPoint, Authority]):
    model = ContactPoint
    extra = 0
    fields = [
        ("name", "is_available_24_7"),
        ("person_name", "person_title"),
        ("office_hours", "time_zone"),
        ("languages", "channels"),
        ("email", "phone", "mobile", "fax"),
        ("portal_url", "node_id"),
    ]


@admin.register(Authority)
class AuthorityAdmin(admin.ModelAdmin[Authority]):
    list_display = ["code", "name", "authority_type", "country", "time_zone"]
    list_filter = ["authority_type", "country"]
    search_fields = ["code", "name", "name_local", "address"]
    list_select_related = ["country"]
    autocomplete_fields = ["country"]
    inlines = [ContactPointInline]


@admin.register(ContactPoint)
class ContactPointAdmin(admin.ModelAdmin[ContactPoint]):
    list_display = ["name", "authority", "is_available_24_7", "office_hours", "time_zone", "email"]
    list_filter = ["is_available_24_7", "authority__authority_type", "authority__country"]
    search_fields = ["name", "person_name", "email", "phone", "authority__name", "authority__code"]
    list_select_related = ["authority"]
    autocomplete_fields = ["authority"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin[Country]):
    list_display = ["code", "alpha3", "name"]
    search_fields = ["code", "alpha3", "name", "official_name"]

    # Countries come from ISO 3166-1 (pycountry): they are referenced, never typed by hand.
    def has_add_permission(self, request: object) -> bool:
        return False

    def has_delete_permission(self, request: object, obj: object = None) -> bool:
        return False


@admin.register(Treaty)
class TreatyAdmin(admin.ModelAdmin[Treaty]):
    list_display = ["code", "name", "reference"]
    search_fields = ["code", "name", "reference"]


@admin.register(TreatyMembership)
class TreatyMembershipAdmin(admin.ModelAdmin[TreatyMembership]):
    list_display = ["country", "treaty", "status", "in_force_on", "source_checked_on"]
    list_filter = ["treaty", "status", "source_checked_on"]
    search_fields = ["country__name", "country__code", "source"]
    list_select_related = ["country", "treaty"]
    autocomplete_fields = ["country"]
