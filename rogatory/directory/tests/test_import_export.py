"""Directory import and export: round trips, hostile input, all-or-nothing, audit."""

import json
from typing import Any

import pytest

from rogatory.audit.models import AuditAction, AuditEvent
from rogatory.audit.services import Actor
from rogatory.core.errors import ValidationFailed
from rogatory.directory.document import CSV_COLUMNS, MAX_IMPORT_BYTES
from rogatory.directory.models import Authority, ContactPoint, TreatyMembership
from rogatory.directory.queries import export_directory
from rogatory.directory.services import (
    TREATY_MEMBERSHIPS_PATH,
    import_directory,
    load_treaty_memberships,
)

OPERATOR = Actor(username="cli:tester", role="operator", source="cli")
HEADER = ",".join(CSV_COLUMNS)


def _csv_row(**cells: str) -> str:
    return ",".join(cells.get(column, "") for column in CSV_COLUMNS)


def _wipe_directory() -> None:
    ContactPoint.objects.all().delete()
    Authority.objects.all().delete()
    TreatyMembership.objects.all().delete()


def _snapshot() -> tuple[int, int, int]:
    return (
        Authority.objects.count(),
        ContactPoint.objects.count(),
        TreatyMembership.objects.count(),
    )


@pytest.mark.parametrize("file_format", ["csv", "json"])
def test_export_then_import_into_an_empty_directory_exports_the_same(
    directory: dict[str, Any], file_format: str
) -> None:
    first = export_directory(file_format)
    _wipe_directory()
    summary = import_directory(first, file_format=file_format, actor=OPERATOR)
    assert summary.authorities_created == 3
    assert summary.contact_points_created == 3
    assert export_directory(file_format) == first


def test_the_export_names_non_latin_text_verbatim(directory: dict[str, Any]) -> None:
    Authority.objects.filter(code="fr-ofmin-247").update(name_local="Office anti-cybercriminalité")
    assert "anti-cybercriminalité" in export_directory("json")
    assert "anti-cybercriminalité" in export_directory("csv")


def test_importing_twice_updates_instead_of_duplicating(directory: dict[str, Any]) -> None:
    text = export_directory("json")
    before = _snapshot()
    summary = import_directory(text, file_format="json", actor=OPERATOR)
    assert _snapshot() == before
    assert summary.authorities_updated == 3
    assert summary.authorities_created == 0


def test_an_import_is_audited_with_its_counts(db: Any) -> None:
    text = "\n".join(
        [
            HEADER,
            _csv_row(
                record="authority",
                authority_code="es-ccn-247",
                name="Spanish 24/7 desk",
                authority_type="point_of_contact",
                country="ES",
                languages="es;en",
                time_zone="Europe/Madrid",
            ),
            _csv_row(
                record="contact_point",
                authority_code="es-ccn-247",
                name="Guardia",
                is_available_24_7="yes",
                channels="email;phone",
                email="guardia@es.example",
            ),
        ]
    )
    import_directory(text, file_format="csv", actor=OPERATOR, origin="spain.csv")
    event = AuditEvent.objects.get(action=AuditAction.DIRECTORY_IMPORT)
    assert event.actor_username == "cli:tester"
    assert event.object_id == "spain.csv"
    assert event.details["authorities_created"] == 1
    assert event.details["contact_points_created"] == 1
    contact = ContactPoint.objects.get(name="Guardia")
    assert contact.channels == ["email", "phone"]
    assert contact.is_available_24_7 is True


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        (
            [
                _csv_row(
                    record="authority",
                    authority_code="xx-1",
                    name="Nowhere",
                    authority_type="police",
                    country="XX",
                )
            ],
            "row 2, field 'country': unknown country 'XX'.",
        ),
        (
            [
                _csv_row(
                    record="authority",
                    authority_code="es-1",
                    name="One",
                    authority_type="police",
                    country="ES",
                ),
                _csv_row(
                    record="authority",
                    authority_code="es-1",
                    name="Two",
                    authority_type="police",
                    country="ES",
                ),
            ],
            "row 3: authority code 'es-1' appears twice (first at row 2)",
        ),
        (
            [
                _csv_row(
                    record="authority",
                    authority_code="es-1",
                    name="One",
                    authority_type="embassy",
                    country="ES",
                )
            ],
            "row 2, field 'authority_type': Input should be 'point_of_contact', "
            "'central_authority', 'prosecution', 'police', 'court' or 'service_provider'",
        ),
        (
            [
                _csv_row(
                    record="authority",
                    authority_code="es-1",
                    name="One",
                    authority_type="police",
                    country="ES",
                    time_zone="Mars/Olympus",
                )
            ],
            "row 2, field 'time_zone': 'Mars/Olympus' is not an IANA time zone (e.g. Europe/Paris)",
        ),
        (
            [_csv_row(record="contact_point", authority_code="es-9", name="Desk")],
            "row 2, field 'authority_code': no authority 'es-9' earlier in the file.",
        ),
        (
            [
                _csv_row(
                    record="authority",
                    authority_code="es-1",
                    name="One",
                    authority_type="police",
                    country="ES",
                ),
                _csv_row(
                    record="contact_point",
                    authority_code="es-1",
                    name="Desk",
                    email="not-an-address",
                ),
            ],
            "row 3, field 'email': 'not-an-address' is not an e-mail address",
        ),
        (
            [
                _csv_row(
                    record="treaty_membership",
                    country="ES",
                    treaty="nato",
                    status="party",
                    source="x",
                    source_checked_on="2026-11-29",
                )
            ],
            "row 2, field 'treaty': unknown treaty 'nato' (known: budapest, cets224, eu).",
        ),
        (
            [_csv_row(record="embassy")],
            "row 2, field 'record': 'embassy' is not one of authority, contact_point, "
            "treaty_membership.",
        ),
        (['authority,"unterminated'], "row 2: malformed CSV (unexpected end of data)."),
    ],
)
def test_a_bad_csv_row_is_named_and_nothing_is_written(
    db: Any, rows: list[str], message: str
) -> None:
    good = _csv_row(
        record="authority",
        authority_code="es-ok",
        name="Valid first row",
        authority_type="police",
        country="ES",
    )
    before = _snapshot()
    with pytest.raises(ValidationFailed) as raised:
        import_directory("\n".join([HEADER, good, *rows]), file_format="csv", actor=OPERATOR)
    expected = message
    # The valid first row shifts every row number of the bad rows by one.
    for number in range(9, 1, -1):
        expected = expected.replace(f"row {number}", f"row {number + 1}")
    assert raised.value.message == expected
    assert _snapshot() == before
    assert not AuditEvent.objects.filter(action=AuditAction.DIRECTORY_IMPORT).exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{not json",
            "The file is not valid JSON (line 1, column 2: Expecting property name "
            "enclosed in double quotes).",
        ),
        (
            "[1, 2]",
            "The JSON file must hold one object with 'authorities' and 'treaty_memberships'.",
        ),
        (
            json.dumps(
                {
                    "authorities": [
                        {"code": "es-1", "name": "One", "authority_type": "police", "country": "es"}
                    ]
                }
            ),
            "field 'authorities[0].country': 'es' is not an ISO 3166-1 alpha-2 code (e.g. FR)",
        ),
        (
            json.dumps(
                {
                    "authorities": [
                        {
                            "code": "es-1",
                            "name": "One",
                            "authority_type": "police",
                            "country": "ES",
                            "contact_points": [{"name": "D", "channels": ["fax"]}],
                        }
                    ]
                }
            ),
            "field 'authorities[0].contact_points[0].channels[0]': Input should be 'email', "
            "'phone', 'portal' or 'node'",
        ),
        (
            json.dumps(
                {
                    "authorities": [
                        {
                            "code": "es-1",
                            "name": "One",
                            "authority_type": "police",
                            "country": "ES",
                            "secret": 1,
                        }
                    ]
                }
            ),
            "field 'authorities[0].secret': is not a known field",
        ),
        (
            json.dumps(
                {"authorities": [{"name": "One", "authority_type": "police", "country": "ES"}]}
            ),
            "field 'authorities[0].code': is required",
        ),
    ],
)
def test_bad_json_is_named_and_nothing_is_written(db: Any, text: str, message: str) -> None:
    before = _snapshot()
    with pytest.raises(ValidationFailed) as raised:
        import_directory(text, file_format="json", actor=OPERATOR)
    assert raised.value.message == message
    assert _snapshot() == before


def test_an_unknown_country_late_in_the_file_leaves_the_earlier_rows_unwritten(db: Any) -> None:
    document = {
        "authorities": [
            {"code": f"es-{n}", "name": f"Desk {n}", "authority_type": "police", "country": "ES"}
            for n in range(50)
        ]
        + [{"code": "zz-1", "name": "Nowhere", "authority_type": "police", "country": "ZZ"}]
    }
    with pytest.raises(ValidationFailed) as raised:
        import_directory(json.dumps(document), file_format="json", actor=OPERATOR)
    assert raised.value.message == "authorities[50], field 'country': unknown country 'ZZ'."
    assert Authority.objects.count() == 0


def test_an_oversized_file_is_refused_before_parsing(db: Any) -> None:
    with pytest.raises(ValidationFailed) as raised:
        import_directory(b" " * (MAX_IMPORT_BYTES + 1), file_format="json", actor=OPERATOR)
    assert raised.value.message == (
        f"The file is too large ({MAX_IMPORT_BYTES + 1} bytes; at most {MAX_IMPORT_BYTES} bytes)."
    )


def test_a_file_that_is_not_utf8_is_refused(db: Any) -> None:
    with pytest.raises(ValidationFailed) as raised:
        import_directory(HEADER.encode() + b"\n\xff\xfe", file_format="csv", actor=OPERATOR)
    first_bad_byte = len(HEADER) + 1
    assert raised.value.message == (
        f"The file is not UTF-8 text (byte {first_bad_byte} cannot be decoded)."
    )


def test_the_treaty_membership_data_is_loaded_by_the_migrations(db: Any) -> None:
    assert TreatyMembership.objects.filter(treaty_id="eu", status="member").count() == 27
    germany = TreatyMembership.objects.get(country_id="DE", treaty_id="budapest")
    assert germany.status == "party"
    assert "Treaty 185" in germany.source
    assert str(germany.source_checked_on) == "2026-11-29"


def test_reloading_the_treaty_membership_data_changes_nothing(db: Any) -> None:
    before = TreatyMembership.objects.count()
    summary = load_treaty_memberships(TREATY_MEMBERSHIPS_PATH, actor=OPERATOR)
    assert summary.memberships_created == 0
    assert summary.memberships_updated == before
