"""Web forms: sign-in, the request form (every field of RequestDocument, and the kind's own
fields generated from its spec) and action forms."""

from datetime import datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from pydantic import ValidationError as PydanticValidationError

from rogatory.core.errors import ValidationFailed
from rogatory.core.languages import FORM_LANGUAGES, LANGUAGE_RECORDS
from rogatory.directory.models import Authority, AuthorityType, ContactPoint
from rogatory.requests.checks import blocking, check_request
from rogatory.requests.document import RequestDocument
from rogatory.requests.kind_schema import KIND_GROUPS
from rogatory.requests.kinds import REGISTRY, DetailField, KindSpec
from rogatory.requests.models import (
    Channel,
    DataCategory,
    IdentifierType,
    Outcome,
    TicketStatus,
    Urgency,
    identifier_type_label,
    translated_choices,
)
from rogatory.requests.queries import contact_block, party_block

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


def _language_label(code: str) -> str:
    """Name a form language in the page's language, with its own name when that differs."""
    record = LANGUAGE_RECORDS[code]
    label = record.label
    return label if label.casefold() == record.name.casefold() else f"{label} ({record.name})"


LANGUAGE_CHOICES = [(code, lazy(_language_label, str)(code)) for code in FORM_LANGUAGES]
CLOSING_OUTCOMES = [
    (value, label)
    for value, label in Outcome.choices
    if value not in {"", Outcome.EXPIRED, Outcome.WITHDRAWN}
]


class SignInForm(forms.Form):
    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autofocus": True}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class AuthorityChoiceField(forms.ModelChoiceField[Authority]):
    def label_from_instance(self, obj: Authority) -> str:
        return f"{obj.country_id} · {obj.name}"


class ContactPointChoiceField(forms.ModelChoiceField[ContactPoint]):
    def label_from_instance(self, obj: ContactPoint) -> str:
        availability = " (24/7)" if obj.is_available_24_7 else ""
        return f"{obj.authority.name} — {obj.name}{availability}"


def _text(
    label: "StrOrPromise",
    *,
    rows: int = 0,
    required: bool = False,
    help_text: "StrOrPromise" = "",
    max_length: int | None = None,
) -> forms.CharField:
    # dir="auto" lets Arabic or Hebrew free text render right to left.
    attrs: dict[str, Any] = {"dir": "auto"}
    if rows:
        attrs["rows"] = rows
        widget: forms.Widget = forms.Textarea(attrs=attrs)
    else:
        widget = forms.TextInput(attrs=attrs)
    return forms.CharField(
        label=label, required=required, help_text=help_text, widget=widget, max_length=max_length
    )


DETAIL_PREFIX = "detail_"
# The browser's datetime-local value carries no offset: it is read in the officer's time zone.
LOCAL_DATETIME = "%Y-%m-%dT%H:%M"


def kind_choices(direction: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """Return the kinds a request in this direction may be, grouped by instrument, each with its
    legal basis."""
    return [
        (
            str(title),
            [
                (spec.code, f"{spec.title} — {gettext(spec.legal_basis)}")
                for spec in kinds
                if direction in spec.directions
            ],
        )
        for title, kinds in KIND_GROUPS
    ]


def _detail_form_field(detail: DetailField) -> forms.Field:
    label = str(detail.label)
    # The spec keeps the help in English (marked with N_); the form shows it translated.
    help_text = gettext(detail.help_text) if detail.help_text else ""
    kind = detail.field_type
    # Never required at the form level: a draft may be saved incomplete, and the completeness
    # check names what is missing in its own exact words.
    if kind == "long_text":
        return _text(label, rows=3, help_text=help_text)
    if kind == "boolean":
        return forms.BooleanField(label=label, required=False, help_text=help_text)
    if kind == "date":
        return forms.DateField(
            label=label,
            required=False,
            widget=forms.DateInput(attrs={"type": "date"}),
            help_text=help_text,
        )
    if kind == "datetime":
        # Read as text: Django's DateTimeField would put it in the server's zone, not the
        # officer's; details_from_form gives it the officer's zone.
        return forms.CharField(
            label=label,
            required=False,
            widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
            help_text=help_text or _("Your local time; its time zone is stored with it."),
        )
    if kind == "choice":
        return forms.ChoiceField(
            label=label,
            required=False,
            choices=[("", "—"), *((code, str(text)) for code, text in detail.choices)],
            help_text=help_text,
        )
    if kind == "integer":
        return forms.IntegerField(label=label, required=False, help_text=help_text)
    if kind == "list":
        return _text(label, help_text=help_text or _("Separate the entries with commas."))
    return _text(label, help_text=help_text)


def required_document_fields(kind: str) -> set[str]:
    """Return the document fields an empty form of the kind lacks, as the check names them."""
    return {defect.field for defect in blocking(check_request(RequestDocument(kind=kind)))}


class RequestForm(forms.Form):
    """The T-CY template, item by item, then the kind's own sections (from its spec)."""

    # Optional: a form posted without it is the preservation request of the foundation.
    kind = forms.ChoiceField(label=_("Kind of request"), required=False, widget=forms.HiddenInput)
    request_date = forms.DateField(
        label=_("1. Date of the request"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    our_reference = _text(_("2. Our reference (case number)"), required=True, max_length=80)
    their_reference = _text(_("Their reference"), max_length=80)
    ticket_status = forms.ChoiceField(label=_("3. Status"), choices=TicketStatus.choices)
    previous_ticket = _text(_("Previous ticket (for an extension or follow-up)"), max_length=80)
    requested_authority = AuthorityChoiceField(
        label=_("4. Requested authority"), queryset=Authority.objects.none(), to_field_name="code"
    )
    requested_contact = ContactPointChoiceField(
        label=_("Requested contact point"), queryset=ContactPoint.objects.none(), required=False
    )
    requesting_authority = AuthorityChoiceField(
        label=_("5. Requesting authority"), queryset=Authority.objects.none(), to_field_name="code"
    )
    requesting_contact = ContactPointChoiceField(
        label=_("Requesting contact point"),
        queryset=ContactPoint.objects.none(),
        required=False,
        help_text=_("Its phone, e-mail, office hours and time zone are printed on the form."),
    )
    requesting_person_name = _text(_("Person in charge"), max_length=200)
    preferred_reply_channel = forms.ChoiceField(
        label=_("Preferred reply channel"), choices=Channel.choices
    )
    confirmation_name = _text(_("6. Contact for confirmation: name"), max_length=200)
    confirmation_title = _text(_("Title / function"), max_length=200)
    confirmation_phone = _text(_("Phone"), max_length=40)
    confirmation_email = forms.EmailField(label=_("E-mail"), required=False)
    investigating_authority = _text(
        _("7. Investigative authority in charge of the case"), max_length=300
    )
    prosecutor_or_court = _text(_("Prosecutor or court"), max_length=300)
    case_number = _text(_("Case number of the prosecutor or court"), max_length=120)
    offence = _text(_("Offence"), max_length=300)
    legal_provisions = _text(_("Legal provisions"), rows=2)
    maximum_penalty = _text(_("Maximum penalty"), max_length=200)
    summary_of_facts = _text(
        _("Summary of facts"),
        rows=6,
        help_text=_("Who did what, when (date and time zone) and where."),
    )
    relation_to_offence = _text(_("Relation of the data to the offence"), rows=3)
    custodian = AuthorityChoiceField(
        label=_("Custodian (service provider)"),
        queryset=Authority.objects.none(),
        to_field_name="code",
        required=False,
    )
    custodian_name = _text(_("Custodian not in the directory: its name"), max_length=200)
    system_location = _text(_("Location of the computer system"), max_length=300)
    necessity_of_preservation = _text(
        _("Necessity of preservation"), rows=3, help_text=_("Why the data may be lost or modified.")
    )
    intends_mla_request = forms.BooleanField(
        label=_(
            "We intend to submit a request for mutual assistance for the search, seizure or "
            "disclosure of the data"
        ),
        required=False,
    )
    is_confidential = forms.BooleanField(
        label=_("Confidential: do not inform the user"), required=False
    )
    confidentiality_note = _text(_("Confidentiality note"), rows=2)
    requests_art30_disclosure = forms.BooleanField(
        label=_("Art. 30: disclose enough traffic data to identify other providers in the path"),
        required=False,
    )
    urgency = forms.ChoiceField(label=_("Urgency"), choices=Urgency.choices)
    urgency_reason = _text(_("Reason for the urgency"), rows=2)
    signatory_name = _text(_("Signatory: name"), max_length=200)
    signatory_title = _text(_("Signatory: title"), max_length=200)
    language = forms.ChoiceField(label=_("Language of the form"), choices=LANGUAGE_CHOICES)
    counterpart_language = forms.ChoiceField(
        label=_("Counterpart's language"), choices=LANGUAGE_CHOICES
    )

    def __init__(
        self, *args: Any, kind: str = "preservation", direction: str = "outgoing", **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.spec: KindSpec = REGISTRY[kind]
        self.fields["kind"].choices = kind_choices(direction)  # type: ignore[attr-defined]
        self.fields["kind"].initial = kind
        for detail in self.spec.detail_fields:
            self.fields[DETAIL_PREFIX + detail.name] = _detail_form_field(detail)
        required = required_document_fields(kind)
        for name, field in self.fields.items():
            document_field = (
                "details." + name.removeprefix(DETAIL_PREFIX)
                if name.startswith(DETAIL_PREFIX)
                else name
            )
            field.is_marked_required = document_field in required  # type: ignore[attr-defined]
        authorities = Authority.objects.select_related("country").exclude(
            authority_type=AuthorityType.SERVICE_PROVIDER
        )
        self.fields["requesting_authority"].queryset = authorities  # type: ignore[attr-defined]
        # Art. 29 goes to a Party's authority; orders (EPOC, CETS 224 Art. 7, provider requests)
        # are addressed to the provider itself.
        self.fields["requested_authority"].queryset = (  # type: ignore[attr-defined]
            authorities
            if kind == "preservation"
            else Authority.objects.select_related("country").order_by("country_id", "name")
        )
        self.fields["custodian"].queryset = Authority.objects.select_related(  # type: ignore[attr-defined]
            "country"
        ).filter(authority_type=AuthorityType.SERVICE_PROVIDER)
        contacts = ContactPoint.objects.select_related("authority").order_by(
            "authority__country_id", "authority__name", "name"
        )
        for name in ("requested_contact", "requesting_contact"):
            self.fields[name].queryset = contacts  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        for side in ("requested", "requesting"):
            authority = cleaned.get(f"{side}_authority")
            contact = cleaned.get(f"{side}_contact")
            if (
                authority is not None
                and contact is not None
                and contact.authority_id != authority.pk
            ):
                self.add_error(
                    f"{side}_contact",
                    gettext("'%(name)s' is a contact point of another authority.")
                    % {"name": contact.name},
                )
        return cleaned

    def detail_sections(self) -> list[tuple[str, str, list[forms.BoundField]]]:
        """Return the kind's own sections: number, title and their bound fields, in form order."""
        return [
            (
                section.number,
                str(section.title),
                [self[DETAIL_PREFIX + f.name] for f in section.fields],
            )
            for section in self.spec.sections
        ]

    def show_check_messages(self, defects: list[Any]) -> None:
        """Put each defect's exact message next to the field it names."""
        for defect in defects:
            name = (
                defect.field.split(".", 1)[0]
                if not defect.field.startswith("details.")
                else (DETAIL_PREFIX + defect.field.removeprefix("details."))
            )
            field = self.fields.get(name)
            if field is not None:
                notes = getattr(field, "check_messages", [])
                field.check_messages = [*notes, defect.text]  # type: ignore[attr-defined]


def details_from_form(spec: KindSpec, data: dict[str, Any], zone: str) -> dict[str, Any]:
    """Return the kind's details from the cleaned form, in the types of the document."""
    details: dict[str, Any] = {}
    for detail in spec.detail_fields:
        value = data.get(DETAIL_PREFIX + detail.name)
        if detail.field_type == "list":
            value = [part.strip() for part in (value or "").split(",") if part.strip()]
        elif detail.field_type == "date":
            value = value.isoformat() if value else ""
        elif detail.field_type == "datetime":
            value = _aware_text(detail, value or "", zone)
        elif detail.field_type == "boolean":
            value = bool(value)
        elif value is None:
            value = None if detail.field_type == "integer" else ""
        details[detail.name] = value
    # Only what was given: an empty detail is the same as an absent one to the check.
    return {name: value for name, value in details.items() if value not in ("", None, [])}


def details_initial(spec: KindSpec, details: dict[str, Any], zone: str) -> dict[str, Any]:
    """Return the form's initial values of the kind's details."""
    initial: dict[str, Any] = {}
    for detail in spec.detail_fields:
        value = details.get(detail.name)
        if value in (None, ""):
            continue
        if detail.field_type == "list" and isinstance(value, list):
            value = ", ".join(value)
        elif detail.field_type == "datetime" and isinstance(value, str):
            stated = datetime.fromisoformat(value)
            if stated.tzinfo is not None:
                stated = stated.astimezone(_zone(zone))
            value = stated.replace(tzinfo=None).strftime(LOCAL_DATETIME)
        initial[DETAIL_PREFIX + detail.name] = value
    return initial


def _aware_text(detail: DetailField, value: str, zone: str) -> str:
    if not value:
        return ""
    try:
        stated = datetime.fromisoformat(value)
    except ValueError:
        raise ValidationFailed(
            gettext("%(label)s: '%(value)s' is not a date and time (e.g. 2026-11-20T14:03).")
            % {"label": detail.label, "value": value}
        ) from None
    if stated.tzinfo is None:
        stated = stated.replace(tzinfo=_zone(zone))
    return stated.isoformat()


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (KeyError, ValueError):
        return ZoneInfo("UTC")


class DataItemForm(forms.Form):
    """One identifier (an ETSI 'task'): what, when (with its time zone), which data."""

    identifier_type = forms.ChoiceField(
        label=_("Identifier type"),
        choices=translated_choices(IdentifierType.choices, identifier_type_label),
    )
    value = forms.CharField(
        label=_("Value"), max_length=500, widget=forms.TextInput(attrs={"dir": "auto"})
    )
    observed_at = forms.CharField(
        label=_("Date-time observed"),
        required=False,
        max_length=40,
        widget=forms.TextInput(attrs={"placeholder": "2026-11-20T14:03:27+01:00"}),
        help_text=_("ISO 8601, with its offset when known."),
    )
    time_zone = forms.CharField(
        label=_("Time zone"),
        required=False,
        max_length=64,
        widget=forms.TextInput(attrs={"placeholder": "Europe/Paris"}),
    )
    port = forms.IntegerField(label=_("Source port"), required=False, min_value=0, max_value=65535)
    data_categories = forms.MultipleChoiceField(
        label=_("Data to preserve"),
        choices=DataCategory.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    period_start = forms.DateField(
        label=_("Period from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    period_end = forms.DateField(
        label=_("Period to"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.TextInput(attrs={"dir": "auto"})
    )


DataItemFormSet = forms.formset_factory(DataItemForm, extra=2, can_delete=True)
DATA_ITEM_PREFIX = "items"


def build_document(
    form: RequestForm, items: Any, direction: str, zone: str = "UTC"
) -> RequestDocument:
    """Turn a valid request form and data-item formset into the portable RequestDocument."""
    data = form.cleaned_data
    requesting_contact = data.get("requesting_contact")
    requested_contact = data.get("requested_contact")
    custodian = data.get("custodian")
    data_items = []
    for item in items.forms:
        if not item.has_changed() or item.cleaned_data.get("DELETE"):
            continue
        cleaned = item.cleaned_data
        data_items.append(
            {
                "identifier_type": cleaned["identifier_type"],
                "value": cleaned["value"],
                "observed_at": cleaned["observed_at"],
                "time_zone": cleaned["time_zone"],
                "port": cleaned["port"],
                "data_categories": cleaned["data_categories"],
                "period_start": cleaned["period_start"],
                "period_end": cleaned["period_end"],
                "note": cleaned["note"],
            }
        )
    document: dict[str, Any] = {
        "kind": data["kind"] or form.spec.code,
        "direction": direction,
        "request_date": data["request_date"],
        "our_reference": data["our_reference"],
        "their_reference": data["their_reference"],
        "ticket_status": data["ticket_status"],
        "previous_ticket": data["previous_ticket"],
        # Full blocks, not only codes, so that "Check" sees names and time zones before saving.
        "requesting_authority": party_block(data["requesting_authority"]).model_dump(),
        "requesting_contact": contact_block(requesting_contact).model_dump(),
        "requesting_person_name": data["requesting_person_name"],
        "preferred_reply_channel": data["preferred_reply_channel"],
        "requested_authority": party_block(data["requested_authority"]).model_dump(),
        "requested_contact": contact_block(requested_contact).model_dump(),
        "confirmation_contact": {
            "name": data["confirmation_name"],
            "title": data["confirmation_title"],
            "phone": data["confirmation_phone"],
            "email": data["confirmation_email"],
        },
        "investigating_authority": data["investigating_authority"],
        "prosecutor_or_court": data["prosecutor_or_court"],
        "case_number": data["case_number"],
        "offence": data["offence"],
        "legal_provisions": data["legal_provisions"],
        "maximum_penalty": data["maximum_penalty"],
        "summary_of_facts": data["summary_of_facts"],
        "data_items": data_items,
        "relation_to_offence": data["relation_to_offence"],
        "custodian": (
            party_block(custodian).model_dump()
            if custodian is not None
            else {"name": data["custodian_name"]}
        ),
        "system_location": data["system_location"],
        "necessity_of_preservation": data["necessity_of_preservation"],
        "intends_mla_request": data["intends_mla_request"],
        "is_confidential": data["is_confidential"],
        "confidentiality_note": data["confidentiality_note"],
        "requests_art30_disclosure": data["requests_art30_disclosure"],
        "urgency": data["urgency"],
        "urgency_reason": data["urgency_reason"],
        "signatory_name": data["signatory_name"],
        "signatory_title": data["signatory_title"],
        "language": data["language"],
        "counterpart_language": data["counterpart_language"],
        "details": details_from_form(form.spec, data, zone),
    }
    try:
        return RequestDocument.model_validate(document)
    except PydanticValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise ValidationFailed(f"{where}: {first['msg']}") from None


def initial_from_document(
    document: RequestDocument, zone: str = "UTC"
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Return the initial values of the request form and its data items for editing."""
    d = document

    def contact(authority_code: str, name: str) -> ContactPoint | None:
        if not authority_code or not name:
            return None
        return ContactPoint.objects.filter(authority__code=authority_code, name=name).first()

    initial: dict[str, Any] = {
        "kind": d.kind,
        **details_initial(REGISTRY[d.kind], d.details, zone),
        "request_date": d.request_date,
        "our_reference": d.our_reference,
        "their_reference": d.their_reference,
        "ticket_status": d.ticket_status,
        "previous_ticket": d.previous_ticket,
        "requested_authority": d.requested_authority.code or None,
        "requested_contact": contact(d.requested_authority.code, d.requested_contact.name),
        "requesting_authority": d.requesting_authority.code or None,
        "requesting_contact": contact(d.requesting_authority.code, d.requesting_contact.name),
        "requesting_person_name": d.requesting_person_name,
        "preferred_reply_channel": d.preferred_reply_channel,
        "confirmation_name": d.confirmation_contact.name,
        "confirmation_title": d.confirmation_contact.title,
        "confirmation_phone": d.confirmation_contact.phone,
        "confirmation_email": d.confirmation_contact.email,
        "investigating_authority": d.investigating_authority,
        "prosecutor_or_court": d.prosecutor_or_court,
        "case_number": d.case_number,
        "offence": d.offence,
        "legal_provisions": d.legal_provisions,
        "maximum_penalty": d.maximum_penalty,
        "summary_of_facts": d.summary_of_facts,
        "relation_to_offence": d.relation_to_offence,
        "custodian": d.custodian.code or None,
        "custodian_name": "" if d.custodian.code else d.custodian.name,
        "system_location": d.system_location,
        "necessity_of_preservation": d.necessity_of_preservation,
        "intends_mla_request": d.intends_mla_request,
        "is_confidential": d.is_confidential,
        "confidentiality_note": d.confidentiality_note,
        "requests_art30_disclosure": d.requests_art30_disclosure,
        "urgency": d.urgency,
        "urgency_reason": d.urgency_reason,
        "signatory_name": d.signatory_name,
        "signatory_title": d.signatory_title,
        "language": d.language,
        "counterpart_language": d.counterpart_language,
    }
    items = [
        {
            "identifier_type": item.identifier_type,
            "value": item.value,
            "observed_at": item.observed_at,
            "time_zone": item.time_zone,
            "port": item.port,
            "data_categories": list(item.data_categories),
            "period_start": item.period_start,
            "period_end": item.period_end,
            "note": item.note,
        }
        for item in d.data_items
    ]
    return initial, items


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reasons"), required=False, widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"})
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=CLOSING_OUTCOMES)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.TextInput(attrs={"dir": "auto"})
    )
