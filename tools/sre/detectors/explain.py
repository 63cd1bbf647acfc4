"""One-line human explanations of a detection, quoting the baseline it broke."""

from __future__ import annotations

from genaiops.lazy import lazy_module
from genaiops.tools.sre.detectors.art import step_at
from genaiops.tools.sre.detectors.combined import DEFAULT_PARAMS, Detection, DetectorParams, ScoredSeries
from genaiops.tools.sre.detectors.level_shift import envelope_bounds
from genaiops.tools.sre.detectors.seasonal import seasonal_baseline

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["explain"]


def explain(
    name: str,
    values: np.ndarray,
    scored: ScoredSeries,
    detection: Detection,
    params: DetectorParams = DEFAULT_PARAMS,
) -> str:
    """E.g. ``p99_latency 812 is 4.1x its recent median 198; 3.9x its 7-day same-hour baseline 207``."""
    peak = detection.extreme
    value = float(values[peak])
    same_hour = _same_hour(values, scored.period, peak, params.seasons)
    seasonal = None
    if same_hour is not None:
        baseline, days = same_hour
        seasonal = f"{_ratio(value, baseline)} its {days}-day same-hour baseline {baseline:.4g}"
    if detection.channel == "seasonal" and seasonal is not None:
        return f"{name} {value:.4g} is {seasonal}"
    parts = [_channel_text(name, values, scored, detection, params)]
    return "; ".join(parts + ([seasonal] if seasonal else []))


def _channel_text(
    name: str, values: np.ndarray, scored: ScoredSeries, detection: Detection, params: DetectorParams
) -> str:
    peak = detection.extreme
    value = float(values[peak])
    history = {"breach": None, "recent_breach": params.recent_history, "short_breach": params.short_history}
    if detection.channel in history and peak > 0:
        span = history[detection.channel]
        low, high = envelope_bounds(values, peak, span)
        scope = "anything seen before" if span is None else f"the last {span} points"
        if value > high:
            return f"{name} reached {value:.4g}, above {scope} (previous high {high:.4g})"
        return f"{name} fell to {value:.4g}, below {scope} (previous low {low:.4g})"
    median = scored.median(peak)
    if detection.channel == "change_point":
        side = "above" if value > median else "below"
        return f"{name} has stayed {side} its baseline {median:.4g} for a sustained stretch (now {value:.4g})"
    if detection.channel == "pattern":
        return (
            f"{name} is tracing shapes it has not drawn before (a burst of new patterns; now {value:.4g}, "
            f"recent median {median:.4g})"
        )
    if detection.channel == "novel_shape":
        span = params.art.window * max(1, step_at(detection.peak, params.art))
        return (
            f"{name} {value:.4g} ({_ratio(value, median)} its recent median {median:.4g}) broke its usual shape: "
            f"the last {span} points match none of the shapes learned so far"
        )
    if detection.channel == "level_shift":
        return f"{name} level moved from {median:.4g} to about {value:.4g} and stayed there"
    return f"{name} {value:.4g} is {_ratio(value, median)} its recent median {median:.4g}"


def _same_hour(values: np.ndarray, period: int, index: int, seasons: int) -> tuple[float, int] | None:
    if not period or index < period:
        return None
    days = min(seasons, index // period)
    window = values[max(0, index - days * period) : index + 1]
    baseline = seasonal_baseline(window, period, days)[-1]
    return (float(baseline), days) if np.isfinite(baseline) else None


def _ratio(value: float, base: float) -> str:
    if base > 0 and value > 0:
        ratio = value / base
        return f"{ratio:.1f}x" if ratio >= 1 else f"{100 * (1 - ratio):.0f}% below"
    return f"{value - base:+.4g} off"
