"""Default clock rules of every kind, from the kind specs (each with its source note).

Frozen here as data at the time of the migration, so later edits to the specs or in the admin
are not overwritten; existing rows are left alone.
"""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

DAY = 24
DEFAULTS = [
    ("expedited_disclosure", "acknowledgement_chase", 2 * DAY, "Rogatory default: chase after 2 days without acknowledgement (practice)."),
    ("mla_subscriber", "acknowledgement_chase", 7 * DAY, "Rogatory default: chase a central authority after 7 days without acknowledgement (practice)."),
    ("mla_stored_data", "acknowledgement_chase", 7 * DAY, "Rogatory default: chase a central authority after 7 days without acknowledgement (practice)."),
    ("spontaneous_information", "acknowledgement_chase", 7 * DAY, "Rogatory default: ask after 7 days whether the conditions are accepted (practice)."),
    ("production_order", "response_due", 10 * DAY, "Rogatory default: 10 days to produce under a domestic order (practice; set per country)."),
    ("domain_registration", "response_due", 30 * DAY, "Rogatory default for registrars (~): no period is fixed by Art. 6; 30 days is practice."),
    ("subscriber_direct", "response_due", 30 * DAY, "CETS 224 Art. 7(6) (~): the provider discloses within 30 days or the period the order sets."),
    ("subscriber_direct", "acknowledgement_chase", 7 * DAY, "Rogatory default: chase a provider after 7 days without acknowledgement (practice)."),
    ("emergency_disclosure", "acknowledgement_chase", 2, "Rogatory default: chase an emergency after 2 hours without acknowledgement (practice)."),
    ("emergency_disclosure", "response_due", 8, "Rogatory default for emergencies (~): hours, not days; set per country."),
    ("emergency_mla", "acknowledgement_chase", 4, "Rogatory default: chase an emergency MLA after 4 hours without acknowledgement (practice)."),
    ("epoc", "response_due", 10 * DAY, "Regulation (EU) 2023/1543, Art. 10(2): at the latest 10 days after receipt."),
    ("epoc", "emergency_response_due", 8, "Regulation (EU) 2023/1543, Art. 10(4): 8 hours in an emergency."),
    ("epoc", "validation_due", 48, "Regulation (EU) 2023/1543, Art. 4(5) (~): ex-post validation of an emergency order within 48 hours."),
    ("epoc_pr", "preservation_period", 60 * DAY, "Regulation (EU) 2023/1543, Art. 11(1): 60 days unless confirmed."),
    ("epoc_pr", "expiry_reminder", 10 * DAY, "Rogatory default: remind 10 days before the EPOC-PR lapses."),
    ("epoc_pr", "acknowledgement_chase", 1 * DAY, "Rogatory default: chase after 1 day (practice)."),
    ("provider_request", "preservation_period", 90 * DAY, "Provider policies (~): e.g. 90 days, extendable once by 90, at large US providers."),
    ("provider_request", "expiry_reminder", 14 * DAY, "Rogatory default: remind 14 days before expiry."),
    ("provider_request", "acknowledgement_chase", 2 * DAY, "Rogatory default: chase a provider after 2 days (practice)."),
    ("jit_proposal", "acknowledgement_chase", 14 * DAY, "Rogatory default: chase a JIT proposal after 14 days (practice)."),
]


def add_defaults(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    clock_rule = apps.get_model("requests", "ClockRule")
    for kind, clock, hours, source in DEFAULTS:
        clock_rule.objects.get_or_create(
            kind=kind, clock=clock, country=None, provider=None,
            defaults={"hours": hours, "source": source},
        )


def remove_defaults(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    clock_rule = apps.get_model("requests", "ClockRule")
    for kind, clock, _hours, _source in DEFAULTS:
        clock_rule.objects.filter(kind=kind, clock=clock, country=None, provider=None).delete()


class Migration(migrations.Migration):
    dependencies = [("requests", "0004_kinds_details_responses")]
    operations = [migrations.RunPython(add_defaults, remove_defaults)]
