"""Anomalies in parsed logs, per service: new templates, template-rate bursts and drops, error-level surges.

Pure functions over parsed log records (anything with ``ts``, ``service``, ``level``, ``message``,
``template_id`` and ``template``, e.g. ``genaiops.tools.sre.logs.LogRecord``). Lines are counted in buckets
(``bucket_seconds``) and judged over a sliding window (``window_minutes``) against a baseline:

- the *reference* records when given (e.g. the last 7 days), else the first ``warmup_share`` of the input's
  time span ("earlier in the input"); only the rest of the input is searched;
- a template's usual count per window is the trimmed mean of its baseline window counts (the top 10 % cut, so
  a past burst does not raise the bar); distances are the smaller of the Poisson distance on Anscombe's
  square-root scale (small counts have heavy tails) and the distance in the baseline's spreads (MAD);
- **new template**: a template the baseline never had on that service, with ``new_min_count`` lines (one is
  enough at warn level or worse);
- **burst**: a window count at least ``burst_ratio`` x usual, ``min_excess`` lines over it and ``z`` spreads
  above it; **drop**: a template usually seen ``drop_min_usual`` times a window falling to ``drop_ratio`` x usual
  or less (a service whose whole log volume falls with several of its templates is reported once);
- **error surge**: error-level lines (error, critical, fatal) on a service, tested like a burst.

A new template scores ``z`` + sqrt(its lines) x 3 at error level or worse (x 2 at warn, x 1 below), so a flood
of new errors outranks a trickle of new info lines. Templates an online miner generalised later (``user alice``
then ``user <*>``) are merged into the general one before counting, so a template growing a wildcard is not
"new". Scores are z-like (capped at 100, the scale of ``detect_onsets``); severity is critical for error-level
evidence at 10x usual or more (or new), else warning.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from math import sqrt
from typing import Literal, Protocol

from pydantic import BaseModel, Field

from genaiops.lazy import lazy_module

from .models import Anomaly

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["NOTHING_JUDGED", "LogAnomaly", "LogAnomalyParams", "find_log_anomalies", "to_anomalies"]

ERROR_LEVELS = frozenset({"error", "critical", "fatal"})
_WARN_LEVELS = ERROR_LEVELS | {"warn"}
_ALL = "<all lines>"
NOTHING_JUDGED = "nothing judged"
"""How the note of an answer that could search no line begins (the rest says why)."""


class _Record(Protocol):
    ts: datetime | None
    service: str | None
    level: str | None
    message: str
    template_id: str
    template: str


@dataclass(frozen=True, slots=True)
class LogAnomalyParams:
    """The defaults every service gets (stated in ``detect_log_anomalies``'s docstring)."""

    bucket_seconds: int = 60
    window_minutes: int = 5
    warmup_share: float = 0.5
    new_min_count: int = 3
    burst_ratio: float = 3.0
    min_excess: int = 10
    z: float = 4.0
    drop_ratio: float = 0.25
    drop_min_usual: float = 20.0
    drop_z: float = 3.0
    max_score: float = 100.0

    @property
    def width(self) -> int:
        """Buckets in one window."""
        return max(1, round(self.window_minutes * 60 / self.bucket_seconds))


class LogAnomaly(BaseModel, defer_build=True):
    """One log anomaly, readable: what changed, on which service, since when, how strongly."""

    service: str
    kind: Literal["new_template", "burst", "drop", "error_surge"]
    template_id: str | None = None
    template: str | None = Field(default=None, description="the template; None for a whole-service finding")
    level: str | None = None
    onset: datetime
    peak: datetime
    count: int = Field(description="lines in the peak window (for a drop: the lowest window)")
    usual: float = Field(description="usual lines per window in the baseline (0 for a new template)")
    score: float
    severity: Literal["warning", "critical"]
    explanation: str
    example: str | None = Field(default=None, description="one message of the template")


@dataclass(slots=True)
class _Series:
    """Bucketed counts of one (service, template) or of one service's error-level lines."""

    base: np.ndarray
    live: np.ndarray
    template: str | None = None
    template_id: str | None = None
    level: str | None = None
    example: str | None = None
    first: dict[int, datetime] = field(default_factory=dict)
    """The first line's time in each searched bucket (onsets to the second)."""


@dataclass(frozen=True, slots=True)
class _Frame:
    """The time grid: baseline buckets, searched buckets, and how the baseline is described."""

    base_start: datetime
    base_buckets: int
    live_start: datetime
    live_buckets: int
    about: str
    params: LogAnomalyParams

    def bucket(self, ts: datetime, start: datetime) -> int:
        return int((ts - start).total_seconds() // self.params.bucket_seconds)

    def time(self, index: int, first: dict[int, datetime] | None = None) -> datetime:
        """When bucket ``index`` begins, or its first line when ``first`` has it."""
        if first and index in first:
            return first[index]
        return self.live_start + timedelta(seconds=index * self.params.bucket_seconds)


def _utc(ts: datetime) -> datetime:
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _covers(general: str, specific: str) -> bool:
    """True when ``general`` equals ``specific`` except where it has placeholders (``<*>``, ``<IP>``...)."""
    a, b = general.split(), specific.split()
    if len(a) != len(b) or general == specific:
        return False
    return all(x == y or (x.startswith("<") and x.endswith(">")) for x, y in zip(a, b, strict=True))


def canonical_templates(records: Iterable[_Record]) -> dict[str, tuple[str, str]]:
    """template_id -> (id, template) of the most general template that covers it (itself when none does)."""
    texts: dict[str, str] = {}
    for r in records:  # an online miner's template only grows more general: its last text is the one
        texts[r.template_id] = r.template
    by_len: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for tid, text in texts.items():
        by_len[len(text.split())].append((tid, text))
    out: dict[str, tuple[str, str]] = {}
    for group in by_len.values():
        for tid, text in group:
            covers = [(g, t) for g, t in group if _covers(t, text)]
            out[tid] = max(covers, key=lambda gt: (gt[1].count("<"), gt[0])) if covers else (tid, text)
    return out


def _frame(
    records: Sequence[_Record], reference: Sequence[_Record] | None, end: datetime | None, p: LogAnomalyParams
) -> tuple[_Frame, list[_Record], list[_Record]] | None:
    """The grid and the (baseline, searched) records; None when there is no time span to search."""
    step = timedelta(seconds=p.bucket_seconds)
    times = [_utc(r.ts) for r in records if r.ts is not None]
    if not times:
        return None
    start, last = _floor(min(times), p), max(times)
    stop = _utc(end) if end is not None else last + step
    if reference:
        ref_times = [_utc(r.ts) for r in reference if r.ts is not None]
        if not ref_times:
            return None
        base_start, base_stop = _floor(min(ref_times), p), max(ref_times) + step
        span = base_stop - base_start
        about = (
            _span(span)  # the reference ends about where the searched lines start: "the last 7 days"
            if base_stop <= start + step and start - base_stop <= max(step, span / 10)
            else f"the reference, {_length(span)} from {base_start:%Y-%m-%d %H:%M} UTC"  # another day's
        )
        frame = _Frame(base_start, max(1, int(span / step)), start, max(1, -(-(stop - start) // step)), about, p)
        return frame, list(reference), list(records)
    split = start + (stop - start) * p.warmup_share
    split = start + step * max(1, round((split - start) / step))
    if split >= stop or (end is None and last < split):  # every line in the baseline: none left to search
        return None
    base = [r for r in records if r.ts is not None and _utc(r.ts) < split]
    live = [r for r in records if r.ts is not None and _utc(r.ts) >= split]
    frame = _Frame(
        start, int((split - start) / step), split, max(1, -(-(stop - split) // step)), _span(split - start), p
    )
    return frame, base, live


def _floor(ts: datetime, p: LogAnomalyParams) -> datetime:
    """``ts`` down to a whole bucket (buckets line up with the clock: minutes start at :00)."""
    seconds = ts.timestamp()
    return datetime.fromtimestamp(seconds - seconds % p.bucket_seconds, UTC)


def _span(span: timedelta) -> str:
    """A baseline that ends where the search starts: "the 61 minutes before", "the last 7 days"."""
    length = _length(span)
    return f"the last {length}" if length.endswith("days") else f"the {length} before"


def _length(span: timedelta) -> str:
    days, minutes = round(span.total_seconds() / 86400), round(span.total_seconds() / 60)
    if days >= 2:
        return f"{days} days"
    if minutes >= 120:
        return f"{round(minutes / 60)} hours"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def _series(
    frame: _Frame, base: list[_Record], live: list[_Record], canon: dict[str, tuple[str, str]], service: str | None
) -> dict[tuple[str, str], _Series]:
    """Counts per (service, template id), plus (service, _ALL) and (service, 'errors')."""
    out: dict[tuple[str, str], _Series] = {}

    def add(r: _Record, key: tuple[str, str], index: int, in_base: bool, text=None, tid=None) -> None:
        s = out.get(key)
        if s is None:
            s = out[key] = _Series(np.zeros(frame.base_buckets), np.zeros(frame.live_buckets), text, tid)
        arr, n = (s.base, frame.base_buckets) if in_base else (s.live, frame.live_buckets)
        if 0 <= index < n:
            arr[index] += 1
            if not in_base and (index not in s.first or _utc(r.ts) < s.first[index]):
                s.first[index] = _utc(r.ts)
            if not in_base and s.example is None:
                s.example = r.message[:200]
            if r.level and (s.level is None or _LEVEL_RANK.get(r.level, 0) > _LEVEL_RANK.get(s.level, 0)):
                s.level = r.level

    for records, in_base, start in ((base, True, frame.base_start), (live, False, frame.live_start)):
        for r in records:
            svc = r.service or service
            if r.ts is None or not svc:
                continue
            index = frame.bucket(_utc(r.ts), start)
            tid, text = canon.get(r.template_id, (r.template_id, r.template))
            add(r, (svc, tid), index, in_base, text, tid)
            add(r, (svc, _ALL), index, in_base)
            if r.level in ERROR_LEVELS:
                add(r, (svc, "errors"), index, in_base)
    return out


_LEVEL_RANK = {n: i for i, n in enumerate(("trace", "debug", "info", "notice", "warn", "error", "critical", "fatal"))}


def _windows(counts: np.ndarray, width: int) -> np.ndarray:
    """Sliding window sums ending at each bucket (shorter at the start)."""
    c = np.concatenate([[0.0], np.cumsum(counts)])
    ends = np.arange(1, len(counts) + 1)
    return c[ends] - c[np.maximum(0, ends - width)]


def _z(high: np.ndarray | float, low: np.ndarray | float, spread: float) -> np.ndarray | float:
    """How far ``high`` lies above ``low`` in spreads: the smaller of the Poisson distance on Anscombe's square-root
    scale (right for small counts, where the tail is heavy) and the distance in baseline spreads."""
    anscombe = 2.0 * (np.sqrt(np.asarray(high) + 0.375) - np.sqrt(np.asarray(low) + 0.375))
    return np.minimum(anscombe, (np.asarray(high) - np.asarray(low)) / spread)


def _usual(base: np.ndarray, width: int) -> tuple[float, float]:
    """(usual count per window, spread) from the baseline: trimmed mean, max(Poisson, MAD) spread."""
    if len(base) == 0:
        return 0.0, 1.0
    w = _windows(base, width)[min(width, len(base)) - 1 :] * (width / min(width, len(base)))
    cut = np.sort(w)[: max(1, int(np.ceil(0.9 * len(w))))]
    usual = float(cut.mean())
    mad = 1.4826 * float(np.median(np.abs(w - np.median(w))))
    return usual, max(sqrt(usual), mad, 1.0)


def _runs(flags: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """(first, last) bucket of each run of True; runs less than ``gap`` buckets apart are one (one event)."""
    out: list[tuple[int, int]] = []
    for i in np.flatnonzero(flags).tolist():
        if out and i - out[-1][1] <= gap:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out


def _at(frame: _Frame, index: int) -> str:
    return f"{frame.time(index):%H:%M}"


def _quote(text: str | None) -> str:
    return f"template `{text}`"


def _finding(frame: _Frame, svc: str, kind: str, s: _Series, onset: int, peak: int, count: float, usual: float,
             z: float, text: str, critical: bool) -> LogAnomaly:  # fmt: skip
    return LogAnomaly(
        service=svc,
        kind=kind,
        template_id=s.template_id,
        template=s.template,
        level=s.level,
        onset=frame.time(onset, None if kind == "drop" else s.first),  # lines that stop have no first line
        peak=frame.time(peak),
        count=int(count),
        usual=round(usual, 2),
        score=round(min(frame.params.max_score, max(z, 0.0)), 3),
        severity="critical" if critical else "warning",
        explanation=text,
        example=s.example,
    )


def _bursts(frame: _Frame, svc: str, kind: str, s: _Series) -> list[LogAnomaly]:
    """Windows with far more lines than usual (a template's, or the service's error-level lines)."""
    p, width = frame.params, frame.params.width
    usual, spread = _usual(s.base, width)
    counts = np.concatenate([s.base[-(width - 1) :] if width > 1 else [], s.live])
    w = _windows(counts, width)[len(counts) - len(s.live) :]
    flags = (w >= p.burst_ratio * usual) & (w - usual >= p.min_excess) & (_z(w, usual, spread) >= p.z)
    out = []
    per_bucket = usual / width
    for first, last in _runs(flags, width):
        onset = first  # back to where the excess began (consecutive buckets above usual, up to two windows)
        while onset > max(0, first - 2 * width) and s.live[onset - 1] > per_bucket + 0.5:
            onset -= 1
        peak = first + int(np.argmax(w[first : last + 1]))
        count, z = w[peak], float(_z(w[peak], usual, spread))
        what = "error-level lines" if kind == "error_surge" else _quote(s.template)
        text = (
            f"{what} on {svc}: {int(count)} in {p.window_minutes} minutes from {_at(frame, onset)} against a usual "
            f"{usual:.1f} ({count / max(usual, 0.1):.0f}x; baseline {frame.about})"
        )
        if kind == "error_surge" and s.example:
            text += f"; e.g. {s.example[:120]!r}"
        critical = (kind == "error_surge" or (s.level in ERROR_LEVELS)) and count >= 10 * max(usual, 1.0)
        out.append(_finding(frame, svc, kind, s, onset, peak, count, usual, z, text, critical))
    return out


def _drops(frame: _Frame, svc: str, s: _Series, end_buckets: int) -> list[LogAnomaly]:
    """Windows far below the usual count of a template seen often enough (or of the whole service)."""
    p, width = frame.params, frame.params.width
    usual, spread = _usual(s.base, width)
    if usual < p.drop_min_usual:
        return []
    counts = np.concatenate([s.base[-(width - 1) :] if width > 1 else [], s.live[:end_buckets]])
    w = _windows(counts, width)[len(counts) - end_buckets :]
    flags = (w <= p.drop_ratio * usual) & (_z(usual, w, spread) >= p.drop_z)
    out = []
    for first, last in _runs(flags, width):
        onset = first
        half = 0.5 * usual / width  # back to where it fell below half (three buckets at a time: one noisy
        while onset > 0 and s.live[max(0, onset - 3) : onset].mean() <= half:  # bucket does not stop it)
            onset -= 1
        while onset > 0 and s.live[onset - 1] <= half:
            onset -= 1
        low = first + int(np.argmin(w[first : last + 1]))
        count, z = w[low], float(_z(usual, w[low], spread))
        what = f"log volume of {svc}" if s.template is None else f"{_quote(s.template)} on {svc}"
        text = (
            f"{what} fell to {int(count)} in {p.window_minutes} minutes from {_at(frame, onset)} against a usual "
            f"{usual:.1f} ({1 - count / usual:.0%} below; baseline {frame.about})"
        )
        out.append(_finding(frame, svc, "drop", s, onset, low, count, usual, z, text, False))
    return out


def _new(frame: _Frame, svc: str, s: _Series) -> list[LogAnomaly]:
    """A template the baseline never had on this service."""
    p, width = frame.params, frame.params.width
    total = int(s.live.sum())
    warn = s.level in _WARN_LEVELS
    if s.base.sum() > 0 or total < (1 if warn else p.new_min_count):
        return []
    onset = int(np.flatnonzero(s.live)[0])
    w = _windows(s.live, width)
    peak = onset + int(np.argmax(w[onset:]))
    first = int(s.live[onset : onset + width].sum())
    text = (
        f"{_quote(s.template)} on {svc} appeared {first} times in {p.window_minutes} minutes from "
        f"{_at(frame, onset)} ({total} in all{', level ' + s.level if s.level else ''}); never seen in {frame.about}"
    )
    z = sqrt(total) * (3.0 if s.level in ERROR_LEVELS else 2.0 if warn else 1.0) + p.z
    return [_finding(frame, svc, "new_template", s, onset, peak, w[peak], 0.0, z, text, s.level in ERROR_LEVELS)]


def _rest(series: dict[tuple[str, str], _Series], svc: str, dropped: set[str | None]) -> _Series:
    """A service's lines other than those of the ``dropped`` templates."""
    whole = series[(svc, _ALL)]
    rest = _Series(whole.base.copy(), whole.live.copy(), first=whole.first)
    for (name, key), s in series.items():
        if name == svc and key in dropped:
            rest.base -= s.base
            rest.live -= s.live
    return rest


def find_log_anomalies(
    records: Sequence[_Record],
    reference: Sequence[_Record] | None = None,
    params: LogAnomalyParams = LogAnomalyParams(),
    *,
    service: str | None = None,
    end: datetime | None = None,
) -> tuple[list[LogAnomaly], str]:
    """Log anomalies (earliest first) and a note on the baseline used.

    ``reference``: the baseline window (else the first ``warmup_share`` of ``records``' span); ``service``:
    for records that name none; ``end``: where the searched span stops (default: the last line's bucket).
    """
    framed = _frame(records, reference, end, params)
    if framed is None:
        return [], f"{NOTHING_JUDGED}: {_unjudged(records, reference, params)}"
    frame, base, live = framed
    canon = canonical_templates([*base, *live])
    series = _series(frame, base, live, canon, service)
    complete = frame.live_buckets if end is not None else max(0, frame.live_buckets - 1)
    found: list[LogAnomaly] = []
    drops: dict[str, list[LogAnomaly]] = defaultdict(list)
    volume: dict[str, list[LogAnomaly]] = {}
    for (svc, key), s in sorted(series.items()):
        if key == _ALL:
            volume[svc] = _drops(frame, svc, s, complete)
        elif key == "errors":
            found += _bursts(frame, svc, "error_surge", s)
        else:
            found += _new(frame, svc, s) or _bursts(frame, svc, "burst", s)
            drops[svc] += _drops(frame, svc, s, complete)
    for svc, whole in volume.items():  # the whole volume once when the rest fell too (or no template alone did)
        rest = _rest(series, svc, {d.template_id for d in drops[svc]})
        rest_fell = bool(_drops(replace(frame, params=replace(params, drop_min_usual=5.0)), svc, rest, complete))
        found += whole if whole and (rest_fell or not drops[svc]) else drops[svc]
    found.sort(key=lambda a: (a.onset, a.service, a.kind, a.template or ""))
    note = f"baseline: {frame.about} ({len(base)} lines); searched from {frame.live_start:%Y-%m-%d %H:%M} UTC"
    if service is None and (unnamed := sum(1 for r in (*base, *live) if r.ts is not None and not r.service)):
        note += f"; {unnamed} line(s) name no service and were not judged: give `service` for them"
    return found, note + _gaps(live, params)


def _gaps(records: Sequence[_Record], p: LogAnomalyParams, shown: int = 3) -> str:
    """A note on the spans of at least one window (and 20 times the median spacing of lines) with no line at all
    of any service in the searched ``records`` (a rotated file's missing part, a host that was down): drops found
    over them may be that gap, not the service."""
    times = sorted(_utc(r.ts) for r in records if r.ts is not None)
    steps = [b - a for a, b in zip(times, times[1:], strict=False)]
    if not steps:
        return ""
    usual = sorted(steps)[len(steps) // 2]  # a sparse log's usual pause is no gap
    least = max(timedelta(minutes=p.window_minutes), 20 * usual)
    gaps = [(a, a + step) for a, step in zip(times, steps, strict=False) if step >= least]
    if not gaps:
        return ""
    said = ", ".join(f"{a:%H:%M:%S} to {b:%H:%M:%S} ({(b - a).total_seconds() / 60:.0f} min)" for a, b in gaps[:shown])
    more = f" and {len(gaps) - shown} more" if len(gaps) > shown else ""
    return (
        f"; no line at all from {said}{more}: a gap in the log (a rotated file's missing part, a host or shipper "
        "down?), so a drop over it may be the gap, not the service"
    )


def _unjudged(records: Sequence[_Record], reference: Sequence[_Record] | None, p: LogAnomalyParams) -> str:
    """Why ``find_log_anomalies`` could search no line (``_frame`` found no span to search)."""
    times = sorted(_utc(r.ts) for r in records if r.ts is not None)
    if reference and not any(r.ts is not None for r in reference):
        return (f"no line of the reference ({len(reference)} line(s)) has a time, so it gives no usual rate to "
                "compare with: give one whose lines have their times")  # fmt: skip
    if not times:
        return "no timestamped lines to search"
    return (
        f"the lines span {(times[-1] - times[0]).total_seconds():.0f} s ({times[0]:%Y-%m-%d %H:%M:%S} to "
        f"{times[-1]:%H:%M:%S} UTC): too short to compare a first part with the rest (the baseline is the first "
        f"{p.warmup_share:.0%} of the span, at least one {p.bucket_seconds}-second bucket, and no line is left "
        "after it); give a reference of the usual logs, or more of the log"
    )


def to_anomalies(found: Iterable[LogAnomaly]) -> list[Anomaly]:
    """Log anomalies as diagnosis evidence (``source="log"``, ``metric="log:<kind>"``)."""
    return [
        Anomaly(
            service=a.service,
            metric=f"log:{a.kind}",
            onset=a.onset,
            score=a.score,
            value=float(a.count),
            baseline=a.usual,
            source="log",
            explanation=a.explanation,
        )
        for a in found
    ]
