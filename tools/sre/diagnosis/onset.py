"""A small online onset detector: a sustained rise above a trailing robust baseline.

At step t the baseline is the median of the previous ``window`` samples and its spread their MAD; a rise is
anomalous when its robust z-score passes ``z`` *and* the change is large enough to matter (relative for
latency, absolute for error rate and utilisation). An onset needs ``persist`` anomalous steps in a row, so it
is reported ``persist - 1`` steps after it began and uses no sample after that. Recurring bursts that never
stay up that long (a crash-restart loop, an on/off fault) count too: ``burst_count`` large anomalous steps
within ``burst_window``, with the series back near its baseline between them, are an onset dated at the first
(known only when the last arrives). Only rises count: falling latency, errors or utilisation do not page
anyone. Missing samples (NaN) carry the last value forward, so a scrape gap is neither a rise nor a fall; a
metric a service does not report is treated as flat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from genaiops.lazy import lazy_module

from ..environment import MetricWindow
from .models import Anomaly

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["OnsetParams", "detect_drops", "detect_onsets", "onsets_from_array"]


@dataclass(frozen=True, slots=True)
class OnsetParams:
    """One parameter set for every series (tuned on development seeds only)."""

    window: int = 30
    persist: int = 3
    z: float = 5.0
    min_ratio: float = 1.2
    """latency: smallest relative rise that counts."""
    min_error_rise: float = 0.006
    min_saturation_rise: float = 0.08
    burst_window: int = 10
    burst_count: int = 4
    """Recurring bursts (crash-restart loops, on/off faults) rarely stay up ``persist`` steps in a row: this many
    anomalous steps within ``burst_window`` steps is an onset too, dated at the first of them (0: off)."""
    burst_count_errors: int = 3
    """The same for error rates, whose noise is a count's (no heavy tail like a latency percentile's single slow
    requests): fewer anomalous steps are enough."""

    burst_effect: float = 5.0
    """A burst step must rise this many times the smallest effect that counts (a restart fails most requests;
    a low-traffic service's one or two stray errors a minute must not add up to a burst)."""

    def bursts(self, metric: str) -> int:
        if self.burst_count <= 0:
            return 0
        return self.burst_count_errors if metric == "error_rate" else self.burst_count


_UNITS = {"latency_p99_ms": ("ms", 1.0), "error_rate": ("%", 100.0), "saturation": ("%", 100.0)}


def _effect_ok(metric: str, x: np.ndarray, med: np.ndarray, p: OnsetParams, scale: float = 1.0) -> np.ndarray:
    """The rise is large enough to matter (``scale`` times the smallest that counts)."""
    if metric == "error_rate":
        return x - med >= scale * p.min_error_rise
    if metric == "saturation":
        return x - med >= scale * p.min_saturation_rise
    return x >= med * (1 + scale * (p.min_ratio - 1))


def _run_starts(cond: np.ndarray, persist: int) -> list[int]:
    """Starts of runs of at least ``persist`` consecutive True (one start per run)."""
    starts, run = [], 0
    for t, flag in enumerate(cond):
        run = run + 1 if flag else 0
        if run == persist:
            starts.append(t - persist + 1)
    return starts


def _burst_starts(cond: np.ndarray, back: np.ndarray, runs: list[int], p: OnsetParams, count: int) -> list[int]:
    """Starts of recurring bursts: ``count`` anomalous steps within ``burst_window`` with a step ``back`` near
    the baseline between them (bursts come and go; a ramp whose z-score flickers does not), one per episode,
    left out where a sustained run began within the window (that run is already an onset)."""
    if count <= 0 or cond.sum() < count:
        return []
    hits = np.flatnonzero(cond)
    out: list[int] = []
    last_end = -1
    for k in range(count - 1, hits.size):
        first, now = int(hits[k - count + 1]), int(hits[k])
        if now - first >= p.burst_window or not back[first:now].any():
            continue
        episode_goes_on = first <= last_end
        last_end = now + p.burst_window  # an episode lasts while its bursts keep coming
        if episode_goes_on:
            continue
        if not any(abs(r - first) < p.burst_window for r in runs):
            out.append(first)
    return out


def _describe(metric: str, value: float, base: float, z: float) -> str:
    unit, mult = _UNITS.get(metric, ("", 1.0))
    if metric == "latency_p99_ms":
        return (
            f"{metric} {value:.0f} ms, {value / max(base, 1e-9):.1f}x its trailing baseline {base:.0f} ms (z={z:.0f})"
        )
    return f"{metric} {value * mult:.1f}{unit} vs trailing baseline {base * mult:.1f}{unit} (z={z:.0f})"


def _fill_gaps(flat: np.ndarray) -> np.ndarray:
    """Carry the last value over missing samples (NaN); leading gaps take the first value; empty rows stay 0."""
    out = flat.copy()
    for row in out:
        valid = np.flatnonzero(~np.isnan(row))
        if valid.size == 0:
            row[:] = 0.0
            continue
        index = np.maximum.accumulate(np.where(np.isnan(row), 0, np.arange(row.size)))
        index[: valid[0]] = valid[0]
        row[:] = row[index]
    return out


def _candidate_rows(flat: np.ndarray, metrics: list[str], m_count: int, p: OnsetParams) -> np.ndarray:
    """Rows that may hold an onset: a cheap necessary test against the trailing minimum (<= the median).

    The effect-size rules only get easier to pass as the baseline falls, so a row where no ``persist``-long
    run rises enough above its trailing minimum cannot pass them against its trailing median either.
    """
    n, w = flat.shape[1], p.window
    low = np.lib.stride_tricks.sliding_window_view(flat, w, axis=1)[:, : n - w].min(axis=2)
    x = flat[:, w:]
    maybe = np.zeros(x.shape, dtype=bool)
    for j in range(m_count):
        maybe[j::m_count] = _effect_ok(metrics[j], x[j::m_count], low[j::m_count], p)
    runs = np.lib.stride_tricks.sliding_window_view(maybe, p.persist, axis=1).all(axis=2).any(axis=1)
    if p.burst_count > 0 and maybe.shape[1] >= p.burst_window:
        counts = np.lib.stride_tricks.sliding_window_view(maybe, p.burst_window, axis=1).sum(axis=2)
        need = np.array([p.bursts(metrics[j % m_count]) for j in range(flat.shape[0])])
        runs |= (counts >= need[:, None]).any(axis=1)
    return np.flatnonzero(runs)


def onsets_from_array(
    data: np.ndarray, metrics: list[str], params: OnsetParams = OnsetParams()
) -> list[tuple[int, int, int, float, float, float]]:
    """Onsets in ``data`` (series x metrics x steps): tuples (series, metric, step, z, value, baseline)."""
    s_count, m_count, n = data.shape
    w = params.window
    if n <= w + params.persist:
        return []
    flat = data.reshape(s_count * m_count, n)
    rows = _candidate_rows(flat, metrics, m_count, params)
    out = []
    if rows.size == 0:
        return out
    windows = np.lib.stride_tricks.sliding_window_view(flat[rows], w, axis=1)[:, : n - w]
    med = np.median(windows, axis=2)
    mad = np.median(np.abs(windows - med[..., None]), axis=2) * 1.4826
    x = flat[rows, w:]
    scale = np.maximum(mad, np.maximum(0.02 * np.abs(med), 1e-4))
    z = (x - med) / scale
    for r, k in enumerate(rows):
        metric = metrics[k % m_count]
        cond = (z[r] >= params.z) & _effect_ok(metric, x[r], med[r], params)
        runs = _run_starts(cond, params.persist) if cond.any() else []
        big = cond & _effect_ok(metric, x[r], med[r], params, params.burst_effect) if cond.any() else cond
        back = ~_effect_ok(metric, x[r], med[r], params)
        for t in sorted(runs + _burst_starts(big, back, runs, params, params.bursts(metric))):
            seg = np.arange(t, min(t + params.burst_window, x.shape[1]))
            seg = seg[cond[seg]][: params.persist]  # the anomalous steps (all of a run's; a burst's first few)
            row = (int(k // m_count), int(k % m_count), t + w, float(z[r, seg].min()))
            out.append((*row, float(np.median(x[r, seg])), float(med[r, t])))
    return out


def detect_onsets(window: MetricWindow, params: OnsetParams = OnsetParams()) -> list[Anomaly]:
    """Anomalies (one per onset) in every series of ``window``, earliest first."""
    services = list(window.series)
    metrics = sorted({m for per in window.series.values() for m in per})
    if not services or not metrics or window.length == 0:
        return []
    data = np.full((len(services), len(metrics), window.length), np.nan)
    for i, name in enumerate(services):
        for j, metric in enumerate(metrics):
            if metric in window.series[name]:
                data[i, j] = window.series[name][metric]
    data = _fill_gaps(data.reshape(-1, window.length)).reshape(data.shape)
    step = timedelta(seconds=window.step_seconds)
    found = [
        Anomaly(
            service=services[i],
            metric=metrics[j],
            onset=window.start + t * step,
            score=round(z, 3),
            value=round(value, 6),
            baseline=round(base, 6),
            explanation=_describe(metrics[j], value, base, z),
        )
        for i, j, t, z, value, base in onsets_from_array(data, metrics, params)
    ]
    return sorted(found, key=lambda a: (a.onset, a.service, a.metric))


_DROPS = OnsetParams(z=3.0, burst_count=0)
"""A fall to half or less is a large effect by itself: a lower z-score than for rises is enough; a drop must last
(no bursts: traffic that comes and goes is not traffic that stopped)."""


def detect_drops(window: MetricWindow, params: OnsetParams = _DROPS, keep: float = 0.5) -> list[Anomaly]:
    """Services whose utilisation fell, and stayed, to at most ``keep`` of its trailing baseline.

    Traffic that stops arriving (an expired certificate, a name that no longer resolves: callers cannot reach
    the service) shows here; a rise detector never sees it. Metric name ``traffic_drop``; earliest first.
    """
    services = [s for s in window.series if "saturation" in window.series[s]]
    if not services or window.length == 0:
        return []
    raw = _fill_gaps(np.array([window.series[s]["saturation"] for s in services], dtype=float))
    data = -raw[:, None, :]
    step = timedelta(seconds=window.step_seconds)
    found = []
    for i, _, t, z, value, base in onsets_from_array(data, ["saturation"], params):
        after = raw[i, t:]
        if len(after) >= 3:  # a fall that ramps: judge by the level it reached (3-step median), not its start
            value = -float(np.min(np.median(np.lib.stride_tricks.sliding_window_view(after, 3), axis=1)))
        if base < 0 and value >= keep * base:  # negated: value/base is the share of traffic left
            found.append(
                Anomaly(
                    service=services[i],
                    metric="traffic_drop",
                    onset=window.start + t * step,
                    score=round(z, 3),
                    value=round(-value, 6),
                    baseline=round(-base, 6),
                    explanation=f"utilisation fell to {value / base:.0%} of its trailing baseline: traffic stopped "
                    "arriving (callers cannot reach it?)",
                )
            )
    return sorted(found, key=lambda a: (a.onset, a.service))
