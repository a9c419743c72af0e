"""Write use case on clock rules: the legal and practical periods are data that administrators
correct (in the admin or the demo loader), each change audited in the same transaction."""

from django.db import transaction

from rogatory.audit.models import AuditAction
from rogatory.audit.services import Actor, record_event
from rogatory.core.errors import ValidationFailed
from rogatory.requests.models import ClockName, ClockRule, RequestKind


def set_clock_rule(
    actor: Actor,
    *,
    kind: str,
    clock: str,
    hours: int,
    source: str,
    country_id: str | None = None,
    provider_id: int | None = None,
) -> ClockRule:
    """Create or change the clock rule for (kind, clock, country, provider); audit it."""
    if kind not in RequestKind.values:
        raise ValidationFailed(f"'{kind}' is not a request kind.")
    if clock not in ClockName.values:
        raise ValidationFailed(f"'{clock}' is not a clock.")
    if hours <= 0:
        raise ValidationFailed("A period must last at least one hour.")
    if not source.strip():
        raise ValidationFailed("Say where the period comes from (the source).")
    with transaction.atomic():
        rule, created = ClockRule.objects.select_for_update().get_or_create(
            kind=kind,
            clock=clock,
            country_id=country_id,
            provider_id=provider_id,
            defaults={"hours": hours, "source": source},
        )
        before = None if created else {"hours": rule.hours, "source": rule.source}
        if not created and (rule.hours, rule.source) != (hours, source):
            rule.hours = hours
            rule.source = source
            rule.save(update_fields=["hours", "source"])
        elif not created:
            return rule
        record_event(
            actor,
            AuditAction.CREATE if created else AuditAction.UPDATE,
            object_type="clock_rule",
            object_id=rule.pk,
            details={
                "kind": kind,
                "clock": clock,
                "country": country_id or "",
                "provider": provider_id or "",
                "hours": hours,
                "source": source,
                "before": before,
            },
        )
    return rule
