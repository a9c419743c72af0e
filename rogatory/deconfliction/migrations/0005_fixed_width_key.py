"""The index is looked up by a fixed-width 64-bit key (keys.lookup_key) instead of a
(type, value) text index, with no foreign-key constraint and no owner column (decision 0009,
addendum). The table is rebuilt empty, both ways: forgetting when each request was indexed
has the sweeper write every request's entries again, as 0004 did."""

from django.apps.registry import Apps
from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor


def forget_indexing(apps: Apps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    apps.get_model("deconfliction", "IndexedRequest").objects.all().delete()


IDENTIFIER_TYPES = [
    ("ip_address", "IP address"),
    ("email", "E-mail address"),
    ("url", "URL"),
    ("domain", "Domain name"),
    ("username", "User name / pseudonym"),
    ("account_id", "Account identifier"),
    ("phone", "Phone number"),
    ("onion", "Onion service address"),
    ("crypto", "Crypto-currency address"),
    ("iban", "Bank account (IBAN)"),
    ("other", "Other"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("deconfliction", "0004_rebuild_index"),
        ("directory", "0003_treaty_memberships"),
        ("requests", "0008_reminder_identifier_match"),
    ]

    operations = [
        migrations.RunPython(forget_indexing, forget_indexing),
        # Dropped and created rather than altered: the rows are rebuilt anyway, and dropping a
        # table of millions of rows is instant where deleting them is not.
        migrations.DeleteModel(name="IdentifierIndexEntry"),
        migrations.CreateModel(
            name="IdentifierIndexEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.BigIntegerField()),
                ("identifier_type", models.CharField(choices=IDENTIFIER_TYPES, max_length=20)),
                ("value", models.CharField(max_length=500)),
                ("window_start", models.DateTimeField(blank=True, null=True)),
                ("window_end", models.DateTimeField(blank=True, null=True)),
                ("port", models.PositiveIntegerField(blank=True, null=True)),
                ("created_at", models.DateTimeField()),
                (
                    "request",
                    models.ForeignKey(
                        db_constraint=False,
                        db_index=False,
                        on_delete=models.deletion.CASCADE,
                        related_name="index_entries",
                        to="requests.cooperationrequest",
                    ),
                ),
            ],
            options={
                "indexes": [
                    models.Index(fields=["key"], name="identifier_index_key"),
                    models.Index(fields=["request"], name="identifier_index_request"),
                ],
            },
        ),
    ]
