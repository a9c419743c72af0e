"""Transmission use cases: send a request, record what the counterpart sent, answer with letters,
deliver the e-mails. Each write runs in one transaction with its audit event.

E-mails are written to the Transmission table (the outbox) inside the transaction that changes the
request; they are delivered after commit by a task, and by the sweeper if the task is lost or the
SMTP server was down. A conditional UPDATE claims each delivery so two workers never send the same
message twice.
"""

import re
import smtplib
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import EmailMessage, make_msgid
from django.db import transaction
from django.db.models import F
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy, override
from django.utils.translation import gettext_noop as N_

from rogatory.advice.queries import advice_for_request
from rogatory.advice.rules import blocks_measure
from rogatory.audit.models import AuditAction
from rogatory.audit.services import SYSTEM_SWEEPER, SYSTEM_WORKER, Actor, record_event
from rogatory.core.clock import now
from rogatory.core.errors import (
    IncompleteRequest,
    InvalidTransition,
    NotAllowed,
    ValidationFailed,
)
from rogatory.core.languages import gettext_language
from rogatory.core.translation import english
from rogatory.documents.models import StoredDocument
from rogatory.documents.queries import DocumentAltered, default_languages, read_stored_document
from rogatory.documents.rendering import LetterKind
from rogatory.documents.services import store_letter, store_request_documents
from rogatory.requests.access import access_request
from rogatory.requests.checks import blocking, check_request
from rogatory.requests.deadlines import retry_at
from rogatory.requests.kinds import REGISTRY
from rogatory.requests.models import (
    Channel,
    CooperationRequest,
    Direction,
    Reminder,
    ReminderReason,
    Urgency,
    state_label,
)
from rogatory.requests.queries import request_document
from rogatory.requests.services import (
    actor_for,
    apply_transition,
    confirm_preservation,
    record_acknowledgement,
    schedule_sending_clocks,
)
from rogatory.requests.states import EVENT_LABELS, find_transition
from rogatory.transmission.models import (
    DeliveryState,
    Purpose,
    Transmission,
    TransmissionDirection,
)
from rogatory.transmission.wording import email_body, email_subject, kind_email_body

if TYPE_CHECKING:
    from rogatory.accounts.models import User

# Services may not import tasks (tasks sit above services in the layers): the delivery task is
# looked up by name when the transaction commits.
DELIVERY_TASK = "rogatory.transmission.tasks.deliver_transmission"
# Longer than the SMTP timeout: a worker killed mid-send lets the sweeper retry after the lease.
CLAIM_LEASE = timedelta(minutes=10)

FOUR_EYES_MESSAGE = N_(
    "Four-eyes: the request must be approved by a user other than its drafter before it is sent."
)
# docs/decisions/0006-emergency-sent-by-a-third-person.md: an emergency request reaches the
# counterpart within hours and fake emergencies are the known abuse (domain.md §1), so a third
# person, neither the drafter nor the approver, presses "send".
EMERGENCY_SENDER_MESSAGE = N_(
    "Emergency: a second person, neither the drafter nor the approver, must send it."
)


def _message_id() -> str:
    _, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return make_msgid(domain=address.rpartition("@")[2] or "rogatory.invalid")


def _filename(reference: str, what: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-") or "request"
    return f"{safe}-{what}.pdf"


def _enqueue_delivery(transmission_id: int) -> None:
    import_string(DELIVERY_TASK).enqueue(transmission_id)


def _queue_email(
    request: CooperationRequest,
    user: "User | None",
    *,
    purpose: Purpose,
    recipient: str,
    subject: str,
    body: str,
    filename: str,
    attachment: StoredDocument | None,
    source: str,
    actor: Actor | None = None,
) -> Transmission:
    instant = now()
    transmission = Transmission.objects.create(
        request=request,
        direction=TransmissionDirection.OUTGOING,
        channel=Channel.EMAIL,
        purpose=purpose,
        recipient=recipient,
        subject=subject,
        body=body,
        message_id=_message_id(),
        attachment=attachment,
        attachment_filename=filename if attachment else "",
        attachment_sha256=attachment.sha256 if attachment else "",
        state=DeliveryState.PENDING,
        created_by=user,
        queued_at=instant,
        next_attempt_at=instant,
    )
    who = actor or (actor_for(user, source) if user is not None else SYSTEM_WORKER)
    record_event(
        who,
        AuditAction.TRANSMIT,
        object_type="request",
        object_id=request.pk,
        details={
            "transmission": transmission.pk,
            "purpose": str(purpose),
            "channel": "email",
            "recipient": recipient,
            "message_id": transmission.message_id,
            "attachment_sha256": transmission.attachment_sha256,
        },
    )
    transaction.on_commit(lambda: _enqueue_delivery(transmission.pk))
    return transmission


def _requested_email(request: CooperationRequest) -> str:
    contact = request.requested_contact_point
    if contact is None:
        raise ValidationFailed(
            N_("%(authority)s has no contact point in the directory; add one before sending."),
            params={"authority": request.requested_authority.name},
        )
    if not contact.email:
        raise ValidationFailed(
            N_(
                "The contact point '%(contact)s' of %(authority)s has no e-mail address; add "
                "one in the directory before sending."
            ),
            params={"contact": contact.name, "authority": request.requested_authority.name},
        )
    return contact.email


def _requesting_email(request: CooperationRequest) -> str:
    contact = request.requesting_contact_point
    if contact is None:
        raise ValidationFailed(
            N_("%(authority)s has no contact point in the directory; add one before answering."),
            params={"authority": request.requesting_authority.name},
        )
    if not contact.email:
        raise ValidationFailed(
            N_(
                "The contact point '%(contact)s' of %(authority)s has no e-mail address; add "
                "one in the directory before answering."
            ),
            params={"contact": contact.name, "authority": request.requesting_authority.name},
        )
    return contact.email


def is_emergency_send(request: CooperationRequest) -> bool:
    """Say whether sending needs a third person: an emergency of a kind that asks for a second
    approver in an emergency (CETS 224 Art. 9, 10), or an order marked as an emergency (EPOC)."""
    spec = REGISTRY[request.kind]
    marked = request.urgency == Urgency.EMERGENCY and spec.needs_second_approver_when_emergency
    return marked or request.details.get("is_emergency") is True


def request_file_label(kind: str) -> str:
    """Return the file-name part naming what is attached, e.g. 'preservation-request'."""
    return f"{kind.replace('_', '-')}-request"


def kind_titles(request: CooperationRequest, languages: tuple[str, str]) -> dict[str, str]:
    """Return the kind's title in each language of the exchange, from the catalogues."""
    spec = REGISTRY[request.kind]
    titles = {}
    for language in dict.fromkeys(languages):
        with override(gettext_language(language)):
            titles[language] = str(spec.title)
    return titles


def request_subject(request: CooperationRequest, languages: tuple[str, str]) -> str:
    """Return the subject line: the fixed wording for a preservation, else the kind's title in
    both languages of the exchange (ours first), after our reference."""
    if request.kind == "preservation":
        return email_subject("request", request.our_reference, languages)
    titles = kind_titles(request, languages)
    return f"[{request.our_reference}] {' / '.join(dict.fromkeys(titles.values()))}"


def request_body(request: CooperationRequest, languages: tuple[str, str]) -> str:
    """Return the e-mail body carrying a request: fixed wording, both languages."""
    if request.kind == "preservation":
        return email_body("request", languages, reference=request.our_reference)
    return kind_email_body(
        "request", languages, kind_titles(request, languages), reference=request.our_reference
    )


def send_request(
    user: "User", request_id: int, *, channel: str = "email", source: str = ""
) -> Transmission:
    """Send an approved, complete request of any transmitted kind to the requested contact point
    by e-mail, with its PDF; starts the kind's clocks (chase, answer due)."""
    if channel != Channel.EMAIL:
        raise ValidationFailed(
            N_(
                "Sending by '%(channel)s' is not available: a preservation request is sent in "
                "writing by e-mail."
            ),
            params={"channel": channel},
        )
    with transaction.atomic():
        request = access_request(user, request_id, for_update=True)
        if (
            request.direction != Direction.OUTGOING
            or request.requesting_authority_id != user.authority_id
        ):
            raise NotAllowed(N_("Only a user of the requesting authority may send its request."))
        spec = REGISTRY[request.kind]
        if not spec.is_transmitted:
            raise InvalidTransition(
                N_("An %(reference)s record is not transmitted: record it instead."),
                params={"reference": gettext_lazy(spec.reference)},
            )
        if request.approved_by_id is None or request.approved_by_id == request.created_by_id:
            raise NotAllowed(FOUR_EYES_MESSAGE)
        if is_emergency_send(request) and user.pk in {
            request.created_by_id,
            request.approved_by_id,
        }:
            raise NotAllowed(EMERGENCY_SENDER_MESSAGE)
        if find_transition("send", request.direction, request.state, request.kind) is None:
            raise InvalidTransition(
                N_("Cannot send a request in state '%(state)s'."),
                params={"state": state_label(request.state)},
            )
        document = request_document(request)
        defects = blocking(check_request(document))
        if defects:
            raise IncompleteRequest(
                N_("The request is incomplete (%(count)s defects)."),
                [defect.message for defect in defects],
                params={"count": len(defects)},
                defect_texts=[defect.text for defect in defects],
            )
        # The rules that make the instrument itself impossible (not a party, EPOC threshold,
        # not yet applicable...) stop the sending, with their reason and the alternative.
        blocked = blocks_measure(advice_for_request(request).findings)
        if blocked is not None:
            if blocked.instead:
                raise NotAllowed(
                    N_("%(finding)s Instead: %(instead)s"),
                    params={"finding": blocked.text_later, "instead": blocked.instead_later},
                )
            raise NotAllowed(N_("%(finding)s"), params={"finding": blocked.text_later})
        recipient = _requested_email(request)
        languages = default_languages(request)
        pdf, _ = store_request_documents(actor_for(user, source), request, languages)
        transmission = _queue_email(
            request,
            user,
            purpose=Purpose.REQUEST,
            recipient=recipient,
            subject=request_subject(request, languages),
            body=request_body(request, languages),
            filename=_filename(request.our_reference, request_file_label(request.kind)),
            attachment=pdf,
            source=source,
        )
        sent_at = transmission.queued_at
        schedule_sending_clocks(request, sent_at)
        apply_transition(
            request, "send", user, source=source, sent_at=sent_at, note=f"by e-mail to {recipient}"
        )
    return transmission


def record_acknowledgement_received(
    user: "User",
    request_id: int,
    *,
    channel: str,
    acknowledged_at: datetime | None = None,
    their_reference: str = "",
    note: str = "",
    source: str = "",
) -> Transmission:
    """Record the requested side's acknowledgement received by phone, e-mail, portal or node."""
    if channel not in Channel.values:
        raise ValidationFailed(
            N_("'%(channel)s' is not a channel; choose one of %(channels)s."),
            params={"channel": channel, "channels": ", ".join(Channel.values)},
        )
    instant = now()
    received_at = acknowledged_at or instant
    if received_at.tzinfo is None:
        raise ValidationFailed(N_("Give the time of the acknowledgement with its time zone."))
    if received_at > instant:
        raise ValidationFailed(N_("An acknowledgement cannot be dated in the future."))
    with transaction.atomic():
        request = record_acknowledgement(
            user,
            request_id,
            acknowledged_at=received_at,
            their_reference=their_reference,
            source=source,
        )
        transmission = Transmission.objects.create(
            request=request,
            direction=TransmissionDirection.INCOMING,
            channel=channel,
            purpose=Purpose.ACKNOWLEDGEMENT,
            their_reference=their_reference,
            note=note,
            state=DeliveryState.DELIVERED,
            created_by=user,
            queued_at=instant,
            delivered_at=received_at,
        )
        record_event(
            actor_for(user, source),
            AuditAction.TRANSMIT,
            object_type="request",
            object_id=request.pk,
            details={
                "transmission": transmission.pk,
                "purpose": "acknowledgement",
                "direction": "incoming",
                "channel": channel,
            },
        )
    return transmission


def _letter_email(
    request: CooperationRequest,
    user: "User",
    letter: LetterKind,
    *,
    source: str,
    reason: str = "",
    confirmed_at: datetime | None = None,
    expires_at: datetime | None = None,
) -> Transmission:
    recipient = _requesting_email(request)
    languages = default_languages(request)
    pdf, _ = store_letter(
        actor_for(user, source),
        request,
        letter,
        languages,
        reason=reason,
        expires_at=expires_at,
        received_at=request.received_at,
        confirmed_at=confirmed_at,
        signatory_name=user.get_full_name() or user.get_username(),
        signatory_title=request.requested_authority.name,
    )
    their = request.their_reference or request.our_reference
    values = {
        "reference": their,
        "registration": request.our_reference,
        "expires_at": f"{expires_at:%Y-%m-%d %H:%M}" if expires_at else "",
    }
    return _queue_email(
        request,
        user,
        purpose=Purpose(letter),
        recipient=recipient,
        subject=email_subject(letter, their, languages),
        body=email_body(letter, languages, **values),
        filename=_filename(request.our_reference, letter.replace("_", "-")),
        attachment=pdf,
        source=source,
    )


def _lock_for_event(user: "User", request_id: int, event: str) -> CooperationRequest:
    request = access_request(user, request_id, for_update=True)
    if find_transition(event, request.direction, request.state, request.kind) is None:
        raise InvalidTransition(
            N_("Cannot %(event)s a request in state '%(state)s'."),
            params={
                "event": EVENT_LABELS.get(event, event.replace("_", " ")),
                "state": state_label(request.state),
            },
        )
    return request


def acknowledge_request(user: "User", request_id: int, *, source: str = "") -> Transmission:
    """Requested side: acknowledge receipt and e-mail the acknowledgement letter, in one action."""
    with transaction.atomic():
        request = _lock_for_event(user, request_id, "acknowledge")
        transmission = _letter_email(request, user, "acknowledgement", source=source)
        apply_transition(
            request, "acknowledge", user, source=source, acknowledged_at=transmission.queued_at
        )
    return transmission


def confirm_preservation_with_letter(
    user: "User", request_id: int, *, expires_at: datetime | None = None, source: str = ""
) -> Transmission:
    """Requested side: record the preservation and e-mail the letter stating its expiry."""
    with transaction.atomic():
        request = confirm_preservation(user, request_id, expires_at=expires_at, source=source)
        return _letter_email(
            request,
            user,
            "preservation_confirmed",
            source=source,
            confirmed_at=request.preservation_confirmed_at,
            expires_at=request.preservation_expires_at,
        )


def refuse_request(user: "User", request_id: int, reason: str, *, source: str = "") -> Transmission:
    """Requested side: refuse with reasons and e-mail the refusal letter, in one action."""
    if not reason.strip():
        raise ValidationFailed(N_("Give the reasons for the refusal."))
    with transaction.atomic():
        request = _lock_for_event(user, request_id, "refuse")
        transmission = _letter_email(request, user, "refusal", source=source, reason=reason)
        apply_transition(request, "refuse", user, source=source, note=reason, state_reason=reason)
    return transmission


def ask_clarification(
    user: "User", request_id: int, reason: str, *, source: str = ""
) -> Transmission:
    """Requested side: ask for clarification with reasons and e-mail the letter, in one action."""
    if not reason.strip():
        raise ValidationFailed(N_("Say which information is needed and why."))
    with transaction.atomic():
        request = _lock_for_event(user, request_id, "ask_clarification")
        transmission = _letter_email(request, user, "clarification", source=source, reason=reason)
        apply_transition(
            request, "ask_clarification", user, source=source, note=reason, state_reason=reason
        )
    return transmission


def claim_transmission(transmission_id: int, due_at: datetime, instant: datetime) -> bool:
    """Claim one pending delivery due at `due_at`; True for exactly one of competing workers."""
    claimed = Transmission.objects.filter(
        pk=transmission_id,
        state=DeliveryState.PENDING,
        next_attempt_at=due_at,
        next_attempt_at__lte=instant,
    ).update(next_attempt_at=instant + CLAIM_LEASE, attempts=F("attempts") + 1)
    return claimed == 1


def _email(transmission: Transmission) -> EmailMessage:
    message = EmailMessage(
        subject=transmission.subject,
        body=transmission.body,
        to=[transmission.recipient],
        headers={"Message-ID": transmission.message_id},
    )
    if transmission.attachment is not None:
        message.attach(
            transmission.attachment_filename,
            read_stored_document(transmission.attachment),
            "application/pdf",
        )
    return message


def _record_failure(transmission: Transmission, error: Exception, instant: datetime) -> None:
    text = f"{type(error).__name__}: {error}"[:1000]
    next_attempt_at = retry_at(instant, transmission.attempts)
    with transaction.atomic():
        if next_attempt_at is not None:
            Transmission.objects.filter(pk=transmission.pk).update(
                next_attempt_at=next_attempt_at, last_error=text
            )
            record_event(
                SYSTEM_WORKER,
                AuditAction.TRANSMIT,
                object_type="request",
                object_id=transmission.request_id,
                outcome="retry_scheduled",
                details={
                    "transmission": transmission.pk,
                    "error": text,
                    "attempts": transmission.attempts,
                    "next_attempt_at": next_attempt_at.isoformat(),
                },
            )
            return
        Transmission.objects.filter(pk=transmission.pk).update(
            state=DeliveryState.FAILED, next_attempt_at=None, last_error=text
        )
        request = transmission.request
        # Nothing is left in limbo: the owner is told to use another channel.
        Reminder.objects.create(
            request=request,
            authority_id=request.owner_authority_id,
            clock=ReminderReason.DELIVERY_FAILED,
            created_at=instant,
            email_due_at=instant,
            message=(
                f"The e-mail '{english(transmission.get_purpose_display())}' of {request.our_reference} "
                f"to {transmission.recipient} could not be delivered after "
                f"{transmission.attempts} attempts ({text}). Send it through another channel."
            ),
        )
        record_event(
            SYSTEM_WORKER,
            AuditAction.TRANSMIT,
            object_type="request",
            object_id=transmission.request_id,
            outcome="failed",
            details={
                "transmission": transmission.pk,
                "error": text,
                "attempts": transmission.attempts,
            },
        )


def deliver_claimed_transmission(transmission_id: int) -> None:
    """Send one e-mail this worker has claimed; mark it delivered or schedule the retry."""
    transmission = Transmission.objects.select_related("request", "attachment").get(
        pk=transmission_id
    )
    try:
        # Outside any transaction: the SMTP conversation must not hold database locks.
        _email(transmission).send(using="default")
    except (OSError, smtplib.SMTPException, DocumentAltered) as error:
        _record_failure(transmission, error, now())
        return
    delivered_at = now()
    with transaction.atomic():
        Transmission.objects.filter(pk=transmission_id).update(
            state=DeliveryState.DELIVERED,
            delivered_at=delivered_at,
            next_attempt_at=None,
            last_error="",
        )
        record_event(
            SYSTEM_WORKER,
            AuditAction.TRANSMIT,
            object_type="request",
            object_id=transmission.request_id,
            outcome="delivered",
            details={
                "transmission": transmission_id,
                "message_id": transmission.message_id,
                "recipient": transmission.recipient,
                "attempts": transmission.attempts,
            },
        )


def deliver_one_transmission(transmission_id: int) -> bool:
    """Send one pending e-mail now if it is due and no other worker holds it; say if it did."""
    instant = now()
    due_at = (
        Transmission.objects.filter(pk=transmission_id, state=DeliveryState.PENDING)
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    if due_at is None or not claim_transmission(transmission_id, due_at, instant):
        return False
    deliver_claimed_transmission(transmission_id)
    return True


def queue_chase(request: CooperationRequest) -> Transmission | None:
    """E-mail the requested contact point that our request is still unacknowledged, with the
    request attached again; None when the directory has no e-mail address for it."""
    contact = request.requested_contact_point
    if contact is None or not contact.email:
        return None
    languages = default_languages(request)
    pdf = (
        StoredDocument.objects.filter(request=request, kind="request", file_format="pdf")
        .order_by("-created_at", "-id")
        .first()
    )
    sent_on = f"{request.sent_at:%Y-%m-%d %H:%M} UTC" if request.sent_at else "—"
    return _queue_email(
        request,
        None,
        purpose=Purpose.CHASE,
        recipient=contact.email,
        subject=email_subject("chase", request.our_reference, languages)
        if request.kind == "preservation"
        else request_subject(request, languages),
        body=email_body("chase", languages, reference=request.our_reference, sent_on=sent_on)
        if request.kind == "preservation"
        else kind_email_body(
            "chase",
            languages,
            kind_titles(request, languages),
            reference=request.our_reference,
            sent_on=sent_on,
        ),
        filename=_filename(request.our_reference, request_file_label(request.kind)),
        attachment=pdf,
        source="sweeper",
        actor=SYSTEM_SWEEPER,
    )
