"""Default clock rules. Values are data: correct them in the admin, not in code."""

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

DEFAULTS = [
    ("preservation", "acknowledgement_chase", 48,
     "Rogatory default: chase a 24/7 counterpart after 2 days without acknowledgement (practice)."),
    ("preservation", "preservation_period", 60 * 24,
     "Budapest Convention Art. 29(7): not less than 60 days pending the MLA request."),
    ("preservation", "expiry_reminder", 14 * 24,
     "Rogatory default: remind 14 days before expiry that the MLA request or an extension must follow."),
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
    clock_rule.objects.filter(country=None, provider=None).delete()


class Migration(migrations.Migration):
    dependencies = [("requests", "0001_initial")]
    operations = [migrations.RunPython(add_defaults, remove_defaults)]
