"""The advisor's data files (advice/data/*.csv), read once and kept: measures, channel fitness,
country facts the directory does not hold yet, providers' policies. Each row carries its source."""

import csv
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class MeasureRow:
    """One measure: its legal basis, the treaty it needs, and what to do when it is blocked."""

    measure: str
    name: str
    legal_basis: str
    instrument: str  # budapest | cets224 | eu | domestic | none
    is_coercive_mla: bool
    is_emergency: bool
    provider_flag: str  # direct | voluntary | emergency | "" : the policy a direct request needs
    min_penalty_years: int | None
    available_from: date | None
    alternative: str
    source: str


@dataclass(frozen=True)
class ChannelRow:
    """How fit a channel is for a measure: a score, or None when the channel cannot carry it."""

    measure: str
    channel: str
    score: int | None
    reason_code: str
    reason: str
    follow_up: str


@dataclass(frozen=True)
class CountryRow:
    country: str
    dual_criminality_coercive_mla: str
    cets224_art7_notification: str
    interpol_member: str
    eu_e_evidence: str
    source: str
    source_checked_on: date


@dataclass(frozen=True)
class ProviderRow:
    code: str
    name: str
    country: str
    accepts_direct_requests: str
    accepts_voluntary_disclosure: str
    accepts_emergency_requests: str
    preservation_days: int | None
    is_fictional: bool
    source: str
    source_checked_on: date


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def _optional_int(text: str) -> int | None:
    return int(text) if text.strip() else None


@cache
def measures() -> dict[str, MeasureRow]:
    """Return the measures by code (measures.csv)."""
    return {
        row["measure"]: MeasureRow(
            measure=row["measure"],
            name=row["name"],
            legal_basis=row["legal_basis"],
            instrument=row["instrument"],
            is_coercive_mla=row["is_coercive_mla"] == "yes",
            is_emergency=row["is_emergency"] == "yes",
            provider_flag=row["provider_flag"],
            min_penalty_years=_optional_int(row["min_penalty_years"]),
            available_from=date.fromisoformat(row["available_from"])
            if row["available_from"]
            else None,
            alternative=row["alternative"],
            source=row["source"],
        )
        for row in _rows("measures.csv")
    }


@cache
def channel_rows() -> dict[tuple[str, str], ChannelRow]:
    """Return the fitness of each channel for each measure (channels.csv)."""
    return {
        (row["measure"], row["channel"]): ChannelRow(
            measure=row["measure"],
            channel=row["channel"],
            score=None if row["score"] == "no" else int(row["score"]),
            reason_code=row["reason_code"],
            reason=row["reason"],
            follow_up=row["follow_up"],
        )
        for row in _rows("channels.csv")
    }


@cache
def countries() -> dict[str, CountryRow]:
    """Return the country facts by ISO code (countries.csv)."""
    return {
        row["country"]: CountryRow(
            country=row["country"],
            dual_criminality_coercive_mla=row["dual_criminality_coercive_mla"],
            cets224_art7_notification=row["cets224_art7_notification"],
            interpol_member=row["interpol_member"],
            eu_e_evidence=row["eu_e_evidence"],
            source=row["source"],
            source_checked_on=date.fromisoformat(row["source_checked_on"]),
        )
        for row in _rows("countries.csv")
    }


@cache
def providers() -> dict[str, ProviderRow]:
    """Return the providers' policies by code (providers.csv)."""
    return {
        row["code"]: ProviderRow(
            code=row["code"],
            name=row["name"],
            country=row["country"],
            accepts_direct_requests=row["accepts_direct_requests"],
            accepts_voluntary_disclosure=row["accepts_voluntary_disclosure"],
            accepts_emergency_requests=row["accepts_emergency_requests"],
            preservation_days=_optional_int(row["preservation_days"]),
            is_fictional=row["is_fictional"] == "yes",
            source=row["source"],
            source_checked_on=date.fromisoformat(row["source_checked_on"]),
        )
        for row in _rows("providers.csv")
    }
