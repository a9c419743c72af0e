"""Canonical values changed (provider e-mail rules, onion/crypto/IBAN types): the sweeper
rebuilds every request's index entries. Forgetting when each request was indexed is enough:
reindexing replaces a request's entries, and match alerts stay once per pair."""

from django.apps.registry import Apps
from django.db import migrations
from django.db.backends.base.schema import BaseDatabaseSchemaEditor


def forget_indexing(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    apps.get_model("deconfliction", "IndexedRequest").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("deconfliction", "0003_match_alerts")]

    operations = [migrations.RunPython(forget_indexing, migrations.RunPython.noop)]
