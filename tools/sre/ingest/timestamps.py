"""Timestamp text -> UTC ``datetime64[ms]``: ISO 8601 with or without a zone, or Unix epoch seconds."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["parse_timestamps"]

_ZONED = re.compile(r"(Z|[+-]\d\d:?\d\d)$")
_EPOCH = re.compile(r"^\d+(\.\d+)?$")
_NAIVE_ISO = re.compile(r"^\d{4}-\d\d-\d\d([ T]\d\d:\d\d(:\d\d(\.\d+)?)?)?$")


def parse_timestamps(texts: Sequence[str], places: Sequence[str], zone: tzinfo = UTC) -> np.ndarray:
    """Parse every timestamp or raise naming the first bad one's place (``line 7, field 'timestamp'``).

    A series is either all zoned (converted to UTC), all naive (read in ``zone``, UTC by default) or all epoch
    seconds; a mix is an error, because it usually means two sources were pasted together.
    """
    if not texts:
        return np.empty(0, dtype="datetime64[ms]")
    kinds = {_kind(t) for t in (texts[0], texts[-1])}
    if kinds == {"naive"} and zone is UTC:
        fast = _parse_naive_utc(texts)
        if fast is not None:
            return fast
    if kinds == {"epoch"}:
        try:
            return (np.asarray(texts, dtype=np.float64) * 1000).round().astype(np.int64).astype("datetime64[ms]")
        except ValueError:
            pass
    return _parse_each(texts, places, zone)


def _kind(text: str) -> str:
    text = text.strip()
    if _EPOCH.match(text):
        return "epoch"
    return "zoned" if _ZONED.search(text) else "naive"


def _parse_naive_utc(texts: Sequence[str]) -> np.ndarray | None:
    """Bulk path for the common case (all naive ISO); ``None`` sends the caller to the per-line path."""
    stripped = [t.strip() for t in texts]
    if not all(_NAIVE_ISO.match(t) for t in stripped):
        return None
    try:
        return np.array([t.replace(" ", "T") for t in stripped], dtype="datetime64[ms]")
    except ValueError:
        return None


def _parse_each(texts: Sequence[str], places: Sequence[str], zone: tzinfo) -> np.ndarray:
    millis = np.empty(len(texts), dtype=np.int64)
    first_kind: tuple[str, str] | None = None
    for i, text in enumerate(texts):
        kind = _kind(text)
        if kind == "epoch":
            kind_name, value = "epoch", float(text) * 1000
        else:
            kind_name, value = kind, _parse_iso(text, places[i], zone).timestamp() * 1000
        if first_kind is None:
            first_kind = (kind_name, places[i])
        elif kind_name != first_kind[0]:
            raise ToolInputError(
                f"{places[i]}: timestamp {text!r} is {kind_name} but {first_kind[1]} is {first_kind[0]}; "
                "use one form for the whole series (all with a zone such as '+00:00', all without, "
                "or all epoch seconds)"
            )
        millis[i] = round(value)
    return millis.astype("datetime64[ms]")


def _parse_iso(text: str, place: str, zone: tzinfo) -> datetime:
    try:
        stamp = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ToolInputError(
            f"{place}: cannot read timestamp {text!r}; use ISO 8601 ('2024-05-01 14:00:00', "
            "'2024-05-01T14:00:00+02:00') or Unix epoch seconds"
        ) from None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=zone)
    return stamp.astimezone(UTC)
