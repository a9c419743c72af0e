"""Load every ISO 3166-1 country from pycountry (a maintained package, not a hand-typed list)."""

import pycountry
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

TREATIES = [
    ("budapest", "Convention on Cybercrime (Budapest Convention)", "CETS 185"),
    ("cets224", "Second Additional Protocol to the Convention on Cybercrime", "CETS 224"),
    ("eu", "European Union (Regulation (EU) 2023/1543 on e-evidence)", "EU"),
]


def load(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    country = apps.get_model("directory", "Country")
    country.objects.bulk_create(
        [
            country(code=c.alpha_2, alpha3=c.alpha_3, name=getattr(c, "common_name", c.name),
                    official_name=getattr(c, "official_name", ""))
            for c in pycountry.countries
        ],
        ignore_conflicts=True,
    )
    treaty = apps.get_model("directory", "Treaty")
    for code, name, reference in TREATIES:
        treaty.objects.get_or_create(code=code, defaults={"name": name, "reference": reference})


def unload(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    apps.get_model("directory", "Country").objects.all().delete()
    apps.get_model("directory", "Treaty").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("directory", "0001_initial")]
    operations = [migrations.RunPython(load, unload)]
