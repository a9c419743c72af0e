"""Who is who: countries, treaties, authorities (incl. service providers) and contact points."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Country(models.Model):
    """An ISO 3166-1 country, loaded from pycountry (never typed by hand)."""

    code = models.CharField(max_length=2, primary_key=True, help_text="ISO 3166-1 alpha-2")
    alpha3 = models.CharField(max_length=3, unique=True)
    name = models.CharField(max_length=120)
    official_name = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self) -> str:
        return self.name


class Treaty(models.Model):
    code = models.SlugField(max_length=40, primary_key=True)
    name = models.CharField(max_length=200)
    reference = models.CharField(max_length=80, blank=True, help_text="e.g. CETS 185")

    class Meta:
        verbose_name_plural = "treaties"

    def __str__(self) -> str:
        return self.name


class MembershipStatus(models.TextChoices):
    PARTY = "party", pgettext_lazy("treaty status", "Party (in force)")
    SIGNATORY = "signatory", pgettext_lazy("treaty status", "Signed, not ratified")
    MEMBER = "member", pgettext_lazy("treaty status", "Member")


class TreatyMembership(models.Model):
    """A country's standing under a treaty, with where we read it and when (data, not code)."""

    country = models.ForeignKey(Country, on_delete=models.CASCADE, related_name="memberships")
    treaty = models.ForeignKey(Treaty, on_delete=models.CASCADE, related_name="memberships")
    status = models.CharField(max_length=20, choices=MembershipStatus.choices)
    in_force_on = models.DateField(null=True, blank=True)
    source = models.CharField(max_length=300)
    source_checked_on = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["country", "treaty"], name="one_membership_per_treaty")
        ]

    def __str__(self) -> str:
        return f"{self.country_id} {self.treaty_id} {self.status}"


class AuthorityType(models.TextChoices):
    POINT_OF_CONTACT = "point_of_contact", _("24/7 point of contact")
    CENTRAL_AUTHORITY = "central_authority", _("Central authority")
    PROSECUTION = "prosecution", _("Prosecution")
    POLICE = "police", _("Police")
    COURT = "court", _("Court")
    SERVICE_PROVIDER = "service_provider", _("Service provider")


class Authority(models.Model):
    """A body that sends, receives or executes requests; service providers are authorities of
    type service_provider so a request's custodian lives in the same directory."""

    code = models.SlugField(max_length=80, unique=True)
    name = models.CharField(max_length=200)
    name_local = models.CharField(max_length=200, blank=True, help_text="Name in its own language")
    authority_type = models.CharField(max_length=30, choices=AuthorityType.choices)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="authorities")
    address = models.TextField(blank=True)
    languages = models.JSONField(default=list, blank=True, help_text="Working languages, ISO 639-1")
    time_zone = models.CharField(max_length=64, default="UTC")

    class Meta:
        ordering = ["country_id", "name"]
        verbose_name_plural = "authorities"

    def __str__(self) -> str:
        return f"{self.name} ({self.country_id})"

    @property
    def primary_language(self) -> str:
        return self.languages[0] if self.languages else "en"


class Channel(models.TextChoices):
    EMAIL = "email", pgettext_lazy("channel", "E-mail")
    PHONE = "phone", pgettext_lazy("channel", "Phone")
    PORTAL = "portal", pgettext_lazy("channel", "Portal")
    NODE = "node", pgettext_lazy("channel", "Rogatory node")


class ContactPoint(models.Model):
    """A reachable desk or person of an authority."""

    authority = models.ForeignKey(
        Authority, on_delete=models.CASCADE, related_name="contact_points"
    )
    name = models.CharField(max_length=200)
    person_name = models.CharField(max_length=200, blank=True)
    person_title = models.CharField(max_length=200, blank=True)
    is_available_24_7 = models.BooleanField(default=False)
    office_hours = models.CharField(
        max_length=200, blank=True, help_text="e.g. Mon-Fri 08:00-18:00"
    )
    time_zone = models.CharField(max_length=64, default="UTC")
    languages = models.JSONField(
        default=list, blank=True, help_text="Accepted languages, ISO 639-1"
    )
    channels = models.JSONField(
        default=list, blank=True, help_text="Channel codes, preferred first"
    )
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    mobile = models.CharField(max_length=40, blank=True)
    fax = models.CharField(max_length=40, blank=True)
    portal_url = models.URLField(blank=True)
    node_id = models.CharField(max_length=120, blank=True)

    class Meta:
        ordering = ["authority_id", "name"]

    def __str__(self) -> str:
        return f"{self.name} — {self.authority.name}"
