"""Load treaty memberships from rogatory/directory/data/treaty_memberships.csv (data, with source
and date). Later corrections go through the admin or `rogatory directory memberships FILE`."""

import csv
from datetime import date
from pathlib import Path

from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

DATA = Path(__file__).resolve().parent.parent / "data" / "treaty_memberships.csv"


def load(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    membership = apps.get_model("directory", "TreatyMembership")
    with DATA.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            membership.objects.get_or_create(
                country_id=row["country"], treaty_id=row["treaty"],
                defaults={
                    "status": row["status"],
                    "in_force_on": date.fromisoformat(row["in_force_on"]) if row["in_force_on"] else None,
                    "source": row["source"],
                    "source_checked_on": date.fromisoformat(row["source_checked_on"]),
                },
            )


def unload(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    apps.get_model("directory", "TreatyMembership").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_countries")]
    operations = [migrations.RunPython(load, unload)]
