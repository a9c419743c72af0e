"""The directory as a portable document: the column set of its CSV and JSON forms, and the
validation of every row. Pure (pydantic and the standard library); checks that need the database
(does the country exist?) are done by the import service.

JSON form::

    {"format": "rogatory-directory/1",
     "authorities": [{"code", "name", "name_local", "authority_type", "country", "address",
                      "languages": [...], "time_zone",
                      "contact_points": [{"name", "person_name", "person_title",
                                          "is_available_24_7", "office_hours", "time_zone",
                                          "languages": [...], "channels": [...], "email", "phone",
                                          "mobile", "fax", "portal_url", "node_id"}]}],
     "treaty_memberships": [{"country", "treaty", "status", "in_force_on", "source",
                             "source_checked_on"}]}

CSV form: one file, one record per line, the kind of record in the first column ``record``
(authority, contact_point, treaty_membership) and the union of the columns in CSV_COLUMNS; a
column that does not apply to a record is left empty. Lists (languages, channels) are joined
with ";", booleans are "yes"/"no", dates ISO 8601. A contact point names its authority in
``authority_code`` and its own desk in ``name``.
"""

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

FORMAT_ID = "rogatory-directory/1"

# A directory of a few thousand authorities fits well below this; anything larger is an error
# in the file (or an attack on the parser), refused before it is read.
MAX_IMPORT_BYTES = 5 * 1024 * 1024
MAX_IMPORT_RECORDS = 50_000

AUTHORITY_TYPES = (
    "point_of_contact",
    "central_authority",
    "prosecution",
    "police",
    "court",
    "service_provider",
)
CHANNELS = ("email", "phone", "portal", "node")
MEMBERSHIP_STATUSES = ("party", "signatory", "member")

CSV_COLUMNS = (
    "record",
    "authority_code",
    "name",
    "name_local",
    "authority_type",
    "country",
    "address",
    "languages",
    "time_zone",
    "person_name",
    "person_title",
    "is_available_24_7",
    "office_hours",
    "channels",
    "email",
    "phone",
    "mobile",
    "fax",
    "portal_url",
    "node_id",
    "treaty",
    "status",
    "in_force_on",
    "source",
    "source_checked_on",
)
AUTHORITY_COLUMNS = (
    "authority_code",
    "name",
    "name_local",
    "authority_type",
    "country",
    "address",
    "languages",
    "time_zone",
)
CONTACT_POINT_COLUMNS = (
    "authority_code",
    "name",
    "person_name",
    "person_title",
    "is_available_24_7",
    "office_hours",
    "time_zone",
    "languages",
    "channels",
    "email",
    "phone",
    "mobile",
    "fax",
    "portal_url",
    "node_id",
)
MEMBERSHIP_COLUMNS = ("country", "treaty", "status", "in_force_on", "source", "source_checked_on")
RECORD_COLUMNS = {
    "authority": AUTHORITY_COLUMNS,
    "contact_point": CONTACT_POINT_COLUMNS,
    "treaty_membership": MEMBERSHIP_COLUMNS,
}

_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_CODE = re.compile(r"^[-a-zA-Z0-9_]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")


class DirectoryFormatError(ValueError):
    """The file is not a valid directory document; the message names the row and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _check_time_zone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"'{value}' is not an IANA time zone (e.g. Europe/Paris)") from None
    return value


def _check_languages(values: list[str]) -> list[str]:
    for value in values:
        if not _LANGUAGE.match(value):
            raise ValueError(f"'{value}' is not an ISO 639 language code (e.g. fr)")
    return values


def _check_country(value: str) -> str:
    if not _COUNTRY.match(value):
        raise ValueError(f"'{value}' is not an ISO 3166-1 alpha-2 code (e.g. FR)")
    return value


class ContactPointEntry(_Strict):
    name: str = Field(min_length=1, max_length=200)
    person_name: str = Field("", max_length=200)
    person_title: str = Field("", max_length=200)
    is_available_24_7: bool = False
    office_hours: str = Field("", max_length=200)
    time_zone: str = "UTC"
    languages: list[str] = Field(default_factory=list)
    channels: list[Literal["email", "phone", "portal", "node"]] = Field(default_factory=list)
    email: str = Field("", max_length=254)
    phone: str = Field("", max_length=40)
    mobile: str = Field("", max_length=40)
    fax: str = Field("", max_length=40)
    portal_url: str = Field("", max_length=200)
    node_id: str = Field("", max_length=120)

    _time_zone = field_validator("time_zone")(_check_time_zone)
    _languages = field_validator("languages")(_check_languages)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        if value and not _EMAIL.match(value):
            raise ValueError(f"'{value}' is not an e-mail address")
        return value

    @field_validator("portal_url")
    @classmethod
    def _portal_url(cls, value: str) -> str:
        if value and not value.startswith("https://"):
            raise ValueError("a portal address must start with https://")
        return value


class AuthorityEntry(_Strict):
    code: str = Field(min_length=1, max_length=80)
    name: str = Field(min_length=1, max_length=200)
    name_local: str = Field("", max_length=200)
    authority_type: Literal[
        "point_of_contact",
        "central_authority",
        "prosecution",
        "police",
        "court",
        "service_provider",
    ]
    country: str
    address: str = ""
    languages: list[str] = Field(default_factory=list)
    time_zone: str = "UTC"
    contact_points: list[ContactPointEntry] = Field(default_factory=list)

    _country = field_validator("country")(_check_country)
    _time_zone = field_validator("time_zone")(_check_time_zone)
    _languages = field_validator("languages")(_check_languages)

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not _CODE.match(value):
            raise ValueError(f"'{value}' is not a code (letters, digits, '-' and '_' only)")
        return value


class TreatyMembershipEntry(_Strict):
    country: str
    treaty: str = Field(min_length=1, max_length=40)
    status: Literal["party", "signatory", "member"]
    in_force_on: date | None = None
    source: str = Field(min_length=1, max_length=300)
    source_checked_on: date

    _country = field_validator("country")(_check_country)


class DirectoryDocument(_Strict):
    format: Literal["rogatory-directory/1"] = "rogatory-directory/1"
    authorities: list[AuthorityEntry] = Field(default_factory=list)
    treaty_memberships: list[TreatyMembershipEntry] = Field(default_factory=list)


@dataclass(frozen=True)
class ParsedDirectory:
    """A validated document and where each authority and membership was read (for messages)."""

    document: DirectoryDocument
    authority_locations: list[str]
    membership_locations: list[str]


def _describe(error: ValidationError, prefix: str) -> str:
    first = error.errors()[0]
    path = ""
    for part in first["loc"]:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "missing":
        message = "is required"
    elif first["type"] == "extra_forbidden":
        message = "is not a known field"
    where = f"{prefix}, field '{path}'" if prefix else f"field '{path}'"
    return f"{where}: {message}"


def _check_duplicates(
    document: DirectoryDocument, where: list[str], membership_where: list[str]
) -> None:
    seen_codes: dict[str, int] = {}
    for index, authority in enumerate(document.authorities):
        if authority.code in seen_codes:
            raise DirectoryFormatError(
                f"{where[index]}: authority code '{authority.code}' appears twice "
                f"(first at {where[seen_codes[authority.code]]})"
            )
        seen_codes[authority.code] = index
        names: set[str] = set()
        for contact in authority.contact_points:
            if contact.name in names:
                raise DirectoryFormatError(
                    f"{where[index]}: authority '{authority.code}' has two contact points named "
                    f"'{contact.name}'"
                )
            names.add(contact.name)
    pairs: set[tuple[str, str]] = set()
    for index, membership in enumerate(document.treaty_memberships):
        key = (membership.country, membership.treaty)
        if key in pairs:
            raise DirectoryFormatError(
                f"{membership_where[index]}: {membership.country} appears twice for treaty "
                f"'{membership.treaty}'"
            )
        pairs.add(key)


def _decode(data: bytes | str) -> str:
    if len(data) > MAX_IMPORT_BYTES:
        raise DirectoryFormatError(
            f"The file is too large ({len(data)} bytes; at most {MAX_IMPORT_BYTES} bytes)."
        )
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DirectoryFormatError(
            f"The file is not UTF-8 text (byte {error.start} cannot be decoded)."
        ) from None


def parse_json(data: bytes | str) -> ParsedDirectory:
    """Parse and validate the JSON form; raise DirectoryFormatError naming the field."""
    text = _decode(data)
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise DirectoryFormatError(
            f"The file is not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})."
        ) from None
    if not isinstance(raw, dict):
        raise DirectoryFormatError(
            "The JSON file must hold one object with 'authorities' and 'treaty_memberships'."
        )
    records = len(raw.get("authorities") or []) + len(raw.get("treaty_memberships") or [])
    if records > MAX_IMPORT_RECORDS:
        raise DirectoryFormatError(
            f"The file holds too many records ({records}; at most {MAX_IMPORT_RECORDS})."
        )
    try:
        document = DirectoryDocument.model_validate(raw)
    except ValidationError as error:
        raise DirectoryFormatError(_describe(error, "")) from None
    where = [f"authorities[{i}]" for i in range(len(document.authorities))]
    membership_where = [f"treaty_memberships[{i}]" for i in range(len(document.treaty_memberships))]
    _check_duplicates(document, where, membership_where)
    return ParsedDirectory(document, where, membership_where)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def _boolean(value: str, row: int) -> bool:
    lowered = value.strip().lower()
    if lowered in {"yes", "true", "1"}:
        return True
    if lowered in {"", "no", "false", "0"}:
        return False
    raise DirectoryFormatError(f"row {row}, field 'is_available_24_7': '{value}' is not yes or no")


def parse_csv(data: bytes | str) -> ParsedDirectory:
    """Parse and validate the CSV form; raise DirectoryFormatError naming the row and field."""
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise DirectoryFormatError("The file is empty: the first line must be the header.")
        header = [column.strip() for column in header]
        unknown = [column for column in header if column not in CSV_COLUMNS]
        if unknown:
            raise DirectoryFormatError(f"row 1: unknown column '{unknown[0]}'.")
        if "record" not in header:
            raise DirectoryFormatError("row 1: the column 'record' is missing.")
        if len(set(header)) != len(header):
            raise DirectoryFormatError("row 1: a column appears twice.")
        authorities: list[AuthorityEntry] = []
        where: list[str] = []
        by_code: dict[str, AuthorityEntry] = {}
        memberships: list[TreatyMembershipEntry] = []
        membership_where: list[str] = []
        for row_number, cells in enumerate(reader, start=2):
            if row_number - 1 > MAX_IMPORT_RECORDS:
                raise DirectoryFormatError(
                    f"The file holds too many records (more than {MAX_IMPORT_RECORDS})."
                )
            if not any(cell.strip() for cell in cells):
                continue
            if len(cells) != len(header):
                raise DirectoryFormatError(
                    f"row {row_number}: {len(cells)} cells where the header has {len(header)}."
                )
            row = dict(zip(header, cells, strict=True))
            _read_row(row, row_number, authorities, where, by_code, memberships)
            if len(memberships) > len(membership_where):
                membership_where.append(f"row {row_number}")
    except csv.Error as error:
        raise DirectoryFormatError(f"row {reader.line_num}: malformed CSV ({error}).") from None
    document = DirectoryDocument(authorities=authorities, treaty_memberships=memberships)
    _check_duplicates(document, where, membership_where)
    return ParsedDirectory(document, where, membership_where)


def _read_row(
    row: dict[str, str],
    row_number: int,
    authorities: list[AuthorityEntry],
    where: list[str],
    by_code: dict[str, AuthorityEntry],
    memberships: list[TreatyMembershipEntry],
) -> None:
    record = row["record"].strip()
    columns = RECORD_COLUMNS.get(record)
    if columns is None:
        raise DirectoryFormatError(
            f"row {row_number}, field 'record': '{record}' is not one of "
            "authority, contact_point, treaty_membership."
        )
    for column, value in row.items():
        if column != "record" and column not in columns and value.strip():
            raise DirectoryFormatError(
                f"row {row_number}, field '{column}': does not apply to a {record} record."
            )
    values: dict[str, Any] = {column: row[column] for column in columns if column in row}
    prefix = f"row {row_number}"
    try:
        if record == "authority":
            values["code"] = values.pop("authority_code", "")
            values["languages"] = _split(values.get("languages", ""))
            values["time_zone"] = values.get("time_zone") or "UTC"
            entry = AuthorityEntry.model_validate(values)
            if entry.code in by_code:
                first = where[authorities.index(by_code[entry.code])]
                raise DirectoryFormatError(
                    f"{prefix}: authority code '{entry.code}' appears twice (first at {first})"
                )
            authorities.append(entry)
            where.append(prefix)
            by_code[entry.code] = entry
        elif record == "contact_point":
            code = values.pop("authority_code", "").strip()
            owner = by_code.get(code)
            if owner is None:
                raise DirectoryFormatError(
                    f"{prefix}, field 'authority_code': no authority '{code}' earlier in the file."
                )
            values["languages"] = _split(values.get("languages", ""))
            values["channels"] = _split(values.get("channels", ""))
            values["time_zone"] = values.get("time_zone") or "UTC"
            values["is_available_24_7"] = _boolean(values.get("is_available_24_7", ""), row_number)
            owner.contact_points.append(ContactPointEntry.model_validate(values))
        else:
            for field in ("in_force_on",):
                if not values.get(field, "").strip():
                    values[field] = None
            memberships.append(TreatyMembershipEntry.model_validate(values))
    except ValidationError as error:
        raise DirectoryFormatError(
            _describe(error, prefix).replace("'code'", "'authority_code'")
        ) from None


def parse_directory(data: bytes | str, file_format: str) -> ParsedDirectory:
    """Parse a directory file in the named format ("csv" or "json")."""
    if file_format == "json":
        return parse_json(data)
    if file_format == "csv":
        return parse_csv(data)
    raise DirectoryFormatError(f"Unknown format '{file_format}': use csv or json.")


def parse_treaty_memberships(data: bytes | str) -> ParsedDirectory:
    """Parse the treaty-membership data file (columns MEMBERSHIP_COLUMNS, one row each)."""
    text = _decode(data)
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    memberships: list[TreatyMembershipEntry] = []
    where: list[str] = []
    try:
        header = [column.strip() for column in reader.fieldnames or []]
        missing = [column for column in MEMBERSHIP_COLUMNS if column not in header]
        if missing:
            raise DirectoryFormatError(f"row 1: the column '{missing[0]}' is missing.")
        for row in reader:
            row_number = reader.line_num
            if None in row or any(value is None for value in row.values()):
                raise DirectoryFormatError(
                    f"row {row_number}: the number of cells does not match the header."
                )
            values: dict[str, Any] = {column: row[column] for column in MEMBERSHIP_COLUMNS}
            if not values["in_force_on"].strip():
                values["in_force_on"] = None
            try:
                memberships.append(TreatyMembershipEntry.model_validate(values))
            except ValidationError as error:
                raise DirectoryFormatError(_describe(error, f"row {row_number}")) from None
            where.append(f"row {row_number}")
    except csv.Error as error:
        raise DirectoryFormatError(f"row {reader.line_num}: malformed CSV ({error}).") from None
    document = DirectoryDocument(treaty_memberships=memberships)
    _check_duplicates(document, [], where)
    return ParsedDirectory(document, [], where)


def to_json(document: DirectoryDocument) -> str:
    """Write the JSON form: stable key order, UTF-8 text, one trailing newline."""
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def to_csv(document: DirectoryDocument) -> str:
    """Write the CSV form with the full column set."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for authority in document.authorities:
        writer.writerow(
            {
                "record": "authority",
                "authority_code": authority.code,
                "name": authority.name,
                "name_local": authority.name_local,
                "authority_type": authority.authority_type,
                "country": authority.country,
                "address": authority.address,
                "languages": ";".join(authority.languages),
                "time_zone": authority.time_zone,
            }
        )
        for contact in authority.contact_points:
            writer.writerow(
                {
                    "record": "contact_point",
                    "authority_code": authority.code,
                    "name": contact.name,
                    "person_name": contact.person_name,
                    "person_title": contact.person_title,
                    "is_available_24_7": "yes" if contact.is_available_24_7 else "no",
                    "office_hours": contact.office_hours,
                    "time_zone": contact.time_zone,
                    "languages": ";".join(contact.languages),
                    "channels": ";".join(contact.channels),
                    "email": contact.email,
                    "phone": contact.phone,
                    "mobile": contact.mobile,
                    "fax": contact.fax,
                    "portal_url": contact.portal_url,
                    "node_id": contact.node_id,
                }
            )
    for membership in document.treaty_memberships:
        writer.writerow(
            {
                "record": "treaty_membership",
                "country": membership.country,
                "treaty": membership.treaty,
                "status": membership.status,
                "in_force_on": membership.in_force_on.isoformat() if membership.in_force_on else "",
                "source": membership.source,
                "source_checked_on": membership.source_checked_on.isoformat(),
            }
        )
    return buffer.getvalue()
