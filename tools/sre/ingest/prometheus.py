"""Prometheus formats -> :class:`Series`: the text exposition format and the HTTP API's JSON answers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.tools.sre.ingest.series import Series

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["parse_exposition", "parse_query_json", "series_name"]

_SAMPLE = re.compile(r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)\s*(?:\{(?P<labels>.*)\})?\s+(?P<rest>\S.*)$")
_LABEL = re.compile(r'\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*=\s*"((?:[^"\\]|\\.)*)"\s*(,|$)')
_SPECIAL = {"NaN": float("nan"), "+Inf": float("inf"), "-Inf": float("-inf"), "Inf": float("inf")}


def series_name(name: str, labels: dict[str, str]) -> str:
    """``name{a="x",b="y"}`` with labels sorted: one stable key per series."""
    if not labels:
        return name
    inner = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    return f"{name}{{{inner}}}"


def parse_exposition(text: str, *, scraped_at: datetime | None = None) -> list[Series]:
    """Parse the text exposition format; samples of the same name and labels form one series.

    Samples without a timestamp take ``scraped_at`` (the caller's scrape time); without it they are an error.
    """
    points: dict[str, tuple[str, dict[str, str], list[tuple[int, float, int]]]] = {}
    default_ms = None if scraped_at is None else round(scraped_at.timestamp() * 1000)
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        name, labels, value, stamp = _parse_sample(stripped, number, default_ms)
        key = series_name(name, labels)
        points.setdefault(key, (name, labels, []))[2].append((stamp, value, number))
    if not points:
        raise ToolInputError("the exposition text has no samples (only comments or blank lines): nothing to parse")
    return [_series(key, labels, samples) for key, (_, labels, samples) in points.items()]


def _parse_sample(line: str, number: int, default_ms: int | None) -> tuple[str, dict[str, str], float, int]:
    match = _SAMPLE.match(line)
    if match is None:
        raise ToolInputError(
            f"line {number}: cannot read {line!r} as a sample; expected 'name{{label=\"v\"}} value [timestamp_ms]'"
        )
    labels = _parse_labels(match["labels"] or "", number)
    parts = match["rest"].split()
    if len(parts) > 2:
        raise ToolInputError(f"line {number}: {len(parts)} fields after the labels; expected 'value [timestamp_ms]'")
    value = _number(parts[0], number, "value")
    if len(parts) == 2:
        stamp = int(_number(parts[1], number, "timestamp"))
    elif default_ms is not None:
        stamp = default_ms
    else:
        raise ToolInputError(
            f"line {number}: sample {match['name']} has no timestamp; pass scraped_at (the scrape time) "
            "or export samples with millisecond timestamps"
        )
    return match["name"], labels, value, stamp


def _parse_labels(text: str, number: int) -> dict[str, str]:
    labels: dict[str, str] = {}
    position = 0
    text = text.strip()
    while position < len(text):
        match = _LABEL.match(text, position)
        if match is None:
            raise ToolInputError(f'line {number}: cannot read labels at {text[position:]!r}; expected key="value"')
        labels[match[1]] = match[2].replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")
        position = match.end()
    return labels


def _number(text: str, number: int, field: str) -> float:
    if text in _SPECIAL:
        return _SPECIAL[text]
    try:
        return float(text)
    except ValueError:
        raise ToolInputError(f"line {number}, {field}: {text!r} is not a number") from None


def _series(key: str, labels: dict[str, str], samples: list[tuple[int, float, int]]) -> Series:
    stamps = np.array([s[0] for s in samples], dtype=np.int64).astype("datetime64[ms]")
    values = np.array([s[1] for s in samples], dtype=np.float64)
    lines = np.array([s[2] for s in samples], dtype=np.int64)
    return Series(key, stamps, values, labels, lines)


def parse_query_json(text: str | bytes) -> list[Series]:
    """Parse a Prometheus HTTP API answer (``/api/v1/query_range`` matrix, or ``/api/v1/query`` vector)."""
    try:
        body = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ToolInputError(
            f"the Prometheus answer is not JSON (line {exc.lineno}, column {exc.colno}): {exc.msg}"
        ) from None
    if not isinstance(body, dict) or "status" not in body:
        raise ToolInputError("the Prometheus answer has no 'status' field; expected {'status': ..., 'data': ...}")
    if body["status"] != "success":
        kind, error = body.get("errorType", "unknown"), body.get("error", "no message")
        raise ToolInputError(f"Prometheus answered status {body['status']!r} ({kind}): {error}")
    data = body.get("data") or {}
    kind, result = data.get("resultType"), data.get("result")
    if kind not in ("matrix", "vector") or not isinstance(result, list):
        raise ToolInputError(
            f"data.resultType is {kind!r}; expected 'matrix' (query_range) or 'vector' (query) with a result list"
        )
    series = [_api_series(item, i, kind) for i, item in enumerate(result)]
    if not series:
        raise ToolInputError("the Prometheus answer has no series (data.result is empty): the query matched nothing")
    return series


def _api_series(item: Any, index: int, kind: str) -> Series:
    place = f"data.result[{index}]"
    if not isinstance(item, dict):
        raise ToolInputError(f"{place}: expected an object with 'metric' and 'values'")
    metric = {str(k): str(v) for k, v in (item.get("metric") or {}).items()}
    name = metric.pop("__name__", "")
    pairs = item.get("values") if kind == "matrix" else [item.get("value")]
    if not isinstance(pairs, list) or not pairs:
        field = "values" if kind == "matrix" else "value"
        raise ToolInputError(f'{place}.{field}: missing or empty; expected [[unix_seconds, "value"], ...]')
    stamps, values = _pairs(pairs, place)
    return Series(series_name(name or "value", metric), stamps, values, metric)


def _pairs(pairs: Iterable[Any], place: str) -> tuple[np.ndarray, np.ndarray]:
    stamps, values = [], []
    for k, pair in enumerate(pairs):
        if not (isinstance(pair, list | tuple) and len(pair) == 2):
            raise ToolInputError(f'{place}.values[{k}]: expected [unix_seconds, "value"], got {pair!r}')
        try:
            stamps.append(round(float(pair[0]) * 1000))
            values.append(float(pair[1]))
        except (TypeError, ValueError):
            raise ToolInputError(f'{place}.values[{k}]: {pair!r} is not [unix_seconds, "number"]') from None
    return np.array(stamps, dtype=np.int64).astype("datetime64[ms]"), np.array(values, dtype=np.float64)
