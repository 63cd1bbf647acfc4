"""One entry point over the formats: text + format name -> cleaned series, notes and gaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.tools.sre.ingest.csv_text import parse_csv
from genaiops.tools.sre.ingest.prometheus import parse_exposition, parse_query_json
from genaiops.tools.sre.ingest.series import DuplicatePolicy, Gap, NanPolicy, Series, clean_series, find_gaps

__all__ = ["FORMATS", "LoadedSeries", "MetricsFormat", "guess_format", "load_series"]

MetricsFormat = Literal["csv", "prometheus_text", "prometheus_json"]
FORMATS: tuple[str, ...] = ("csv", "prometheus_text", "prometheus_json")


@dataclass(frozen=True)
class LoadedSeries:
    """Parsed and cleaned series, what cleaning changed, and the gaps found in each (by series name)."""

    series: list[Series]
    notes: list[str] = field(default_factory=list)
    gaps: dict[str, list[Gap]] = field(default_factory=dict)


def guess_format(text: str) -> MetricsFormat:
    """JSON if it starts with '{', exposition format if its first sample line has no comma, else CSV."""
    head = text.lstrip()
    if head.startswith("{"):
        return "prometheus_json"
    for line in head.splitlines():
        if line.strip() and not line.startswith("#"):
            return "csv" if "," in line.split("{")[0] else "prometheus_text"
    return "prometheus_text" if head.startswith("#") else "csv"


def load_series(
    text: str,
    format: str = "auto",
    *,
    name: str = "series",
    duplicates: DuplicatePolicy = "reject",
    nan: NanPolicy = "drop",
    timezone: str = "UTC",
    scraped_at: datetime | None = None,
    gap_factor: float = 1.5,
    timestamp_column: str = "timestamp",
    value_column: str = "value",
) -> LoadedSeries:
    """Parse ``text`` in ``format`` (or guess it), clean every series and find its gaps; a CSV's columns are
    ``timestamp_column`` and ``value_column``."""
    chosen = guess_format(text) if format == "auto" else format
    if chosen not in FORMATS:
        raise ToolInputError(f"unknown metrics format {format!r}{did_you_mean(format, FORMATS)}; use one of {FORMATS}")
    if not text.strip():
        raise ToolInputError(f"{name}: the metrics text is empty; there is no series to read")
    if chosen == "csv":
        raw = [parse_csv(text, name=name, zone=_zone(timezone), timestamp_column=timestamp_column,
                         value_column=value_column)]  # fmt: skip
    elif chosen == "prometheus_text":
        raw = parse_exposition(text, scraped_at=scraped_at)
    else:
        raw = parse_query_json(text)
    cleaned, notes, gaps = [], [], {}
    for series in raw:
        clean, changed = clean_series(series, duplicates=duplicates, nan=nan)
        cleaned.append(clean)
        notes.extend(changed)
        gaps[clean.name] = find_gaps(clean, gap_factor)
    return LoadedSeries(cleaned, notes, gaps)


def _zone(name: str):
    if name.upper() == "UTC":
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ToolInputError(f"unknown time zone {name!r}; use an IANA name such as 'Europe/Paris' or 'UTC'") from None
