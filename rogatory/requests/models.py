"""The cooperation request, its data items, its history and its clocks."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from rogatory.core.translation import pgettext_noop
from rogatory.directory.models import Authority, ContactPoint

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class RequestKind(models.TextChoices):
    """Every instrument; each has its KindSpec in rogatory/requests/kinds/ (a test keeps both equal)."""

    PRESERVATION = "preservation", _("Expedited preservation (Budapest Convention Art. 29)")
    EXPEDITED_DISCLOSURE = (
        "expedited_disclosure",
        _("Expedited disclosure of preserved traffic data (Art. 30)"),
    )
    MLA_SUBSCRIBER = "mla_subscriber", _("MLA: subscriber information (Art. 31)")
    MLA_STORED_DATA = "mla_stored_data", _("MLA: stored traffic or content data (Art. 31)")
    SPONTANEOUS_INFORMATION = "spontaneous_information", _("Spontaneous information (Art. 26)")
    TRANSBORDER_ACCESS = "transborder_access", _("Record of trans-border access (Art. 32)")
    PRODUCTION_ORDER = "production_order", _("Production order (Art. 18)")
    DOMAIN_REGISTRATION = (
        "domain_registration",
        _("Domain registration information (CETS 224 Art. 6)"),
    )
    SUBSCRIBER_DIRECT = (
        "subscriber_direct",
        _("Subscriber information from a provider abroad (CETS 224 Art. 7)"),
    )
    EMERGENCY_DISCLOSURE = "emergency_disclosure", _("Emergency disclosure (CETS 224 Art. 9)")
    EMERGENCY_MLA = "emergency_mla", _("Emergency mutual assistance (CETS 224 Art. 10)")
    EPOC = "epoc", _("European Production Order (EPOC)")
    EPOC_PR = "epoc_pr", _("European Preservation Order (EPOC-PR)")
    PROVIDER_REQUEST = "provider_request", _("Voluntary or emergency request to a provider")
    JIT_PROPOSAL = "jit_proposal", _("Joint investigation team proposal")


class Direction(models.TextChoices):
    OUTGOING = "outgoing", pgettext_lazy("request direction", "Outgoing")
    INCOMING = "incoming", pgettext_lazy("request direction", "Incoming")


class TicketStatus(models.TextChoices):
    NEW = "new", _("New request")
    EXTENSION = "extension", _("Extension of a previous request")
    FOLLOW_UP = "follow_up", _("Follow-up of a previous request")


class Urgency(models.TextChoices):
    NORMAL = "normal", pgettext_lazy("urgency", "Normal")
    URGENT = "urgent", pgettext_lazy("urgency", "Urgent")
    EMERGENCY = "emergency", pgettext_lazy("urgency", "Emergency (risk to life or safety)")


# State and IdentifierType keep English labels: other apps read them from `choices` as text for
# the API and for e-mailed, audited alerts. Pages print them through state_label and
# identifier_type_label (and the models' get_..._display), translated.
class State(models.TextChoices):
    DRAFT = "draft", pgettext_noop("request state", "Draft")
    APPROVED = "approved", pgettext_noop("request state", "Approved")
    SENT = "sent", pgettext_noop("request state", "Sent")
    REGISTERED = "registered", pgettext_noop("request state", "Registered")
    ACKNOWLEDGED = "acknowledged", pgettext_noop("request state", "Acknowledged")
    CLARIFICATION_REQUESTED = (
        "clarification_requested",
        pgettext_noop("request state", "Clarification requested"),
    )
    PRESERVATION_ORDERED = (
        "preservation_ordered",
        pgettext_noop("request state", "Preservation ordered"),
    )
    PRESERVATION_CONFIRMED = (
        "preservation_confirmed",
        pgettext_noop("request state", "Preservation confirmed"),
    )
    RESPONDED = "responded", pgettext_noop("request state", "Answered")
    CONDITIONS_ACCEPTED = (
        "conditions_accepted",
        pgettext_noop("request state", "Conditions accepted"),
    )
    CANNOT_COMPLY = "cannot_comply", pgettext_noop("request state", "Conditions cannot be met")
    RECORDED = "recorded", pgettext_noop("request state", "Recorded")
    CLOSED = "closed", pgettext_noop("request state", "Closed")
    REFUSED = "refused", pgettext_noop("request state", "Refused")
    WITHDRAWN = "withdrawn", pgettext_noop("request state", "Withdrawn")
    EXPIRED = "expired", pgettext_noop("request state", "Expired")


class Outcome(models.TextChoices):
    NONE = "", "—"
    MLA_REQUEST_SENT = (
        "mla_request_sent",
        pgettext_lazy("request outcome", "Preserved; MLA request followed"),
    )
    EXTENDED = "extended", pgettext_lazy("request outcome", "Preserved; extension requested")
    DATA_NOT_HELD = "data_not_held", pgettext_lazy("request outcome", "Data not held")
    NO_LONGER_NEEDED = "no_longer_needed", pgettext_lazy("request outcome", "No longer needed")
    REFUSED = "refused", pgettext_lazy("request outcome", "Refused")
    WITHDRAWN = "withdrawn", pgettext_lazy("request outcome", "Withdrawn")
    EXPIRED = "expired", pgettext_lazy("request outcome", "Preservation expired")
    DATA_RECEIVED = "data_received", pgettext_lazy("request outcome", "Data or evidence received")
    INFORMATION_RELEASED = (
        "information_released",
        pgettext_lazy("request outcome", "Information released under the conditions"),
    )
    INFORMATION_WITHHELD = (
        "information_withheld",
        pgettext_lazy("request outcome", "Information withheld"),
    )
    NON_EXECUTION = "non_execution", pgettext_lazy("request outcome", "Non-execution notice")


class DataCategory(models.TextChoices):
    SUBSCRIBER = "subscriber", _("Subscriber information")
    TRAFFIC = "traffic", _("Traffic data")
    CONTENT = "content", _("Content data")


class IdentifierType(models.TextChoices):
    IP_ADDRESS = "ip_address", pgettext_noop("identifier type", "IP address")
    EMAIL = "email", pgettext_noop("identifier type", "E-mail address")
    URL = "url", pgettext_noop("identifier type", "URL")
    DOMAIN = "domain", pgettext_noop("identifier type", "Domain name")
    USERNAME = "username", pgettext_noop("identifier type", "User name / pseudonym")
    ACCOUNT_ID = "account_id", pgettext_noop("identifier type", "Account identifier")
    PHONE = "phone", pgettext_noop("identifier type", "Phone number")
    ONION = "onion", pgettext_noop("identifier type", "Onion service address")
    CRYPTO = "crypto", pgettext_noop("identifier type", "Crypto-currency address")
    IBAN = "iban", pgettext_noop("identifier type", "Bank account (IBAN)")
    OTHER = "other", pgettext_noop("identifier type", "Other")


def state_label(state: str) -> "StrOrPromise":
    """Return a state's label, translated when printed (the code itself when unknown)."""
    label = dict(State.choices).get(state)
    return pgettext_lazy("request state", label) if label else state


def identifier_type_label(code: str) -> "StrOrPromise":
    """Return an identifier type's label, translated when printed (the code when unknown)."""
    label = dict(IdentifierType.choices).get(code)
    return pgettext_lazy("identifier type", label) if label else code


def translated_choices(
    choices: "list[tuple[str, str]]", label: "Callable[[str], StrOrPromise]"
) -> "list[tuple[str, StrOrPromise]]":
    """Return (code, label) pairs whose labels are translated when printed."""
    return [(code, label(code)) for code, _label in choices]


class Channel(models.TextChoices):
    EMAIL = "email", pgettext_lazy("channel", "E-mail")
    PHONE = "phone", pgettext_lazy("channel", "Phone")
    PORTAL = "portal", pgettext_lazy("channel", "Portal")
    NODE = "node", pgettext_lazy("channel", "Rogatory node")


class CooperationRequestQuerySet(models.QuerySet["CooperationRequest"]):
    def visible_to_authority(self, authority_id: int | None) -> "CooperationRequestQuerySet":
        """Requests the authority owns: the only rows its users may see."""
        if authority_id is None:
            return self.none()
        return self.filter(owner_authority_id=authority_id)

    def by_next_deadline(self) -> "CooperationRequestQuerySet":
        """Open requests first, nearest deadline first; requests without one last."""
        return self.order_by(models.F("next_deadline_at").asc(nulls_last=True), "-created_at")


class CooperationRequest(models.Model):
    """A request for electronic evidence, outgoing or incoming (T-CY template fields)."""

    kind = models.CharField(max_length=40, choices=RequestKind.choices)
    direction = models.CharField(max_length=10, choices=Direction.choices)
    owner_authority = models.ForeignKey(
        Authority,
        on_delete=models.PROTECT,
        related_name="owned_requests",
        help_text="The authority whose users see this request.",
    )
    # T-CY 1-3: date, references, ticket status.
    request_date = models.DateField(null=True, blank=True)
    our_reference = models.CharField(max_length=80)
    their_reference = models.CharField(max_length=80, blank=True)
    ticket_status = models.CharField(
        max_length=20, choices=TicketStatus.choices, default=TicketStatus.NEW
    )
    previous_request = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="chained_requests"
    )
    previous_ticket = models.CharField(max_length=80, blank=True)
    # T-CY 4-7: authorities and contacts.
    requesting_authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="requests_made"
    )
    requesting_contact_point = models.ForeignKey(
        ContactPoint, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    requesting_person_name = models.CharField(max_length=200, blank=True)
    preferred_reply_channel = models.CharField(
        max_length=10, choices=Channel.choices, default=Channel.EMAIL
    )
    requested_authority = models.ForeignKey(
        Authority, on_delete=models.PROTECT, related_name="requests_received"
    )
    requested_contact_point = models.ForeignKey(
        ContactPoint, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    confirmation_contact_name = models.CharField(max_length=200, blank=True)
    confirmation_contact_title = models.CharField(max_length=200, blank=True)
    confirmation_contact_phone = models.CharField(max_length=40, blank=True)
    confirmation_contact_email = models.EmailField(blank=True)
    investigating_authority = models.CharField(max_length=300, blank=True)
    prosecutor_or_court = models.CharField(max_length=300, blank=True)
    case_number = models.CharField(max_length=120, blank=True)
    # Art. 29(2)(b): offence and facts.
    offence = models.CharField(max_length=300, blank=True)
    legal_provisions = models.TextField(blank=True)
    maximum_penalty = models.CharField(max_length=200, blank=True)
    summary_of_facts = models.TextField(blank=True)
    # Art. 29(2)(c)-(f).
    relation_to_offence = models.TextField(blank=True)
    custodian = models.ForeignKey(
        Authority,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="custody_requests",
        limit_choices_to={"authority_type": "service_provider"},
    )
    custodian_name = models.CharField(max_length=200, blank=True)
    system_location = models.CharField(max_length=300, blank=True)
    necessity_of_preservation = models.TextField(blank=True)
    intends_mla_request = models.BooleanField(default=False)
    is_confidential = models.BooleanField(default=True, help_text="Do not inform the user.")
    confidentiality_note = models.TextField(blank=True)
    requests_art30_disclosure = models.BooleanField(default=False)
    urgency = models.CharField(max_length=20, choices=Urgency.choices, default=Urgency.URGENT)
    urgency_reason = models.TextField(blank=True)
    signatory_name = models.CharField(max_length=200, blank=True)
    signatory_title = models.CharField(max_length=200, blank=True)
    language = models.CharField(max_length=8, default="en")
    counterpart_language = models.CharField(max_length=8, default="en")
    # The kind's own fields (KindSpec.sections), typed by RequestDocument's validator.
    details = models.JSONField(default=dict, blank=True)
    response_due_at = models.DateTimeField(null=True, blank=True)
    # An emergency EPOC issued by a non-judicial authority must be validated ex post (~48 h).
    validation_due_at = models.DateTimeField(null=True, blank=True)
    validated_at = models.DateTimeField(null=True, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    # Lifecycle: state and outcome kept apart.
    state = models.CharField(max_length=30, choices=State.choices, default=State.DRAFT)
    outcome = models.CharField(
        max_length=30, choices=Outcome.choices, default=Outcome.NONE, blank=True
    )
    state_reason = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True, blank=True
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    received_at = models.DateTimeField(null=True, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    preservation_confirmed_at = models.DateTimeField(null=True, blank=True)
    preservation_expires_at = models.DateTimeField(null=True, blank=True)
    # Deadlines as columns, swept by `rogatory sweep` (house style rule 4).
    acknowledgement_chase_at = models.DateTimeField(null=True, blank=True)
    chase_count = models.PositiveSmallIntegerField(default=0)
    expiry_reminder_at = models.DateTimeField(null=True, blank=True)
    next_deadline_at = models.DateTimeField(null=True, blank=True)

    objects = CooperationRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["owner_authority", "next_deadline_at"], name="request_owner_deadline"
            ),
            models.Index(
                fields=["acknowledgement_chase_at"],
                name="request_chase_due",
                condition=Q(acknowledgement_chase_at__isnull=False),
            ),
            models.Index(
                fields=["expiry_reminder_at"],
                name="request_reminder_due",
                condition=Q(expiry_reminder_at__isnull=False),
            ),
            models.Index(
                fields=["validation_due_at"],
                name="request_validation_due",
                condition=Q(validation_due_at__isnull=False),
            ),
            models.Index(
                fields=["response_due_at"],
                name="request_response_due",
                condition=Q(response_due_at__isnull=False),
            ),
            models.Index(
                fields=["preservation_expires_at"],
                name="request_expiry_due",
                condition=Q(state="preservation_confirmed"),
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["owner_authority", "our_reference"], name="one_reference_per_owner"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.our_reference} ({self.get_kind_display()})"


class DataItem(models.Model):
    """One identifier whose data is to be preserved or produced (an ETSI 'task')."""

    request = models.ForeignKey(
        CooperationRequest, on_delete=models.CASCADE, related_name="data_items"
    )
    position = models.PositiveSmallIntegerField(default=0)
    identifier_type = models.CharField(max_length=20, choices=IdentifierType.choices)
    value = models.CharField(max_length=500)
    # The instant as the requester stated it, kept verbatim; observed_at is set only when a time
    # zone or offset makes it an instant (an IP address without one is useless: T-CY, domain §5).
    observed_local = models.CharField(max_length=40, blank=True)
    observed_time_zone = models.CharField(max_length=64, blank=True)
    observed_at = models.DateTimeField(null=True, blank=True)
    port = models.PositiveIntegerField(null=True, blank=True)
    data_categories = models.JSONField(default=list)
    period_start = models.DateField(null=True, blank=True)
    period_end = models.DateField(null=True, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["request_id", "position", "id"]

    def __str__(self) -> str:
        return f"{self.identifier_type}: {self.value}"


class RequestTransition(models.Model):
    """One row per lifecycle transition: the timeline."""

    request = models.ForeignKey(
        CooperationRequest, on_delete=models.CASCADE, related_name="transitions"
    )
    event = models.CharField(max_length=40)
    from_state = models.CharField(max_length=30, blank=True)
    to_state = models.CharField(max_length=30)
    actor_username = models.CharField(max_length=150)
    occurred_at = models.DateTimeField()
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["occurred_at", "id"]

    def __str__(self) -> str:
        return f"{self.event}: {self.from_state or '-'} -> {self.to_state}"


class ClockName(models.TextChoices):
    ACKNOWLEDGEMENT_CHASE = "acknowledgement_chase", _("Chase when no acknowledgement")
    PRESERVATION_PERIOD = "preservation_period", _("Preservation period")
    EXPIRY_REMINDER = "expiry_reminder", _("Reminder before preservation expires")
    RESPONSE_DUE = "response_due", _("Answer due")
    EMERGENCY_RESPONSE_DUE = "emergency_response_due", _("Answer due in an emergency")
    VALIDATION_DUE = "validation_due", _("Ex-post validation due")


class ClockRule(models.Model):
    """A legal or practical period as data, keyed by kind and optionally country or provider.
    The most specific rule wins: provider > country > kind only."""

    kind = models.CharField(max_length=40, choices=RequestKind.choices)
    clock = models.CharField(max_length=30, choices=ClockName.choices)
    country = models.ForeignKey(
        "directory.Country", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    provider = models.ForeignKey(
        Authority, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    hours = models.PositiveIntegerField(help_text="The period in hours (days x 24).")
    source = models.CharField(max_length=300, help_text="Where the value comes from.")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "clock", "country", "provider"], name="one_clock_rule_per_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind}/{self.clock}: {self.hours} h"


class ReminderReason(models.TextChoices):
    """Why a reminder was raised: a clock ran out, or a transmission could not be delivered."""

    ACKNOWLEDGEMENT_CHASE = "acknowledgement_chase", _("Chase when no acknowledgement")
    PRESERVATION_PERIOD = "preservation_period", _("Preservation period")
    EXPIRY_REMINDER = "expiry_reminder", _("Reminder before preservation expires")
    DELIVERY_FAILED = "delivery_failed", _("A transmission could not be delivered")
    RESPONSE_OVERDUE = "response_overdue", _("The answer is overdue")
    VALIDATION_OVERDUE = "validation_overdue", _("Ex-post validation is overdue")
    IDENTIFIER_MATCH = "identifier_match", _("An identifier is also in another request")


class Reminder(models.Model):
    """An in-app notice to an authority's users (also e-mailed)."""

    request = models.ForeignKey(
        CooperationRequest, on_delete=models.CASCADE, related_name="reminders"
    )
    authority = models.ForeignKey(Authority, on_delete=models.CASCADE, related_name="+")
    clock = models.CharField(max_length=30, choices=ReminderReason.choices)
    message = models.TextField()
    created_at = models.DateTimeField()
    emailed_to = models.TextField(blank=True)
    read_at = models.DateTimeField(null=True, blank=True)
    # The e-mail copy is sent after the reminder's transaction commits (never inside it: the
    # network must not hold row locks), claimed by the sweeper through email_due_at.
    email_due_at = models.DateTimeField(null=True, blank=True)
    email_attempts = models.PositiveSmallIntegerField(default=0)
    email_error = models.TextField(blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(
                fields=["email_due_at"],
                name="reminder_email_due",
                condition=Q(email_due_at__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_clock_display()}: {self.message}"
