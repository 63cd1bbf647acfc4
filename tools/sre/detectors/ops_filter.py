"""The ops detector's learned event filter: a small logistic model over what an event already knows, trained across
seven authors' labelled sets (the own dev split and six blind sets written apart, development data since session 24).

The detector raises an event; the filter gives it a probability of being a real incident from a fixed list of
cheap features (its strength and deviation in robust units, duration, how much of its span alarmed, how many
channels agree, the metric kind, direction, the seasonal profile's support, time since the series' start, weekend,
where the time of day sits in the series' own profile, whether the deviation reverted, how often the series alarmed
before) and the event is kept when the probability clears the threshold chosen out of fold. Coefficients and
threshold are a JSON table beside this module (``ops_filter.json``), written by ``bench/ops_filter_train.py``,
which rebuilds it byte-identically; nothing is unpickled. Pure: no I/O but reading the table once.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from genaiops.lazy import lazy_module

if TYPE_CHECKING:
    from genaiops.tools.sre.detectors.ops import OpsEvent, OpsScored

np = lazy_module("numpy")

__all__ = ["FEATURES", "EventFilter", "event_features", "shipped_filter"]

TABLE = Path(__file__).with_name("ops_filter.json")

FEATURES = (
    "log_strength",  # log of the peak's strength (multiple of the alarm bar)
    "peak_z",  # log(1 + |z|) at the peak (robust units)
    "mean_z",  # mean |z| (clipped at 8) from onset to end
    "log_minutes",  # log(1 + duration in 5-minute steps)
    "density",  # alarmed points / points from the first to the last alarm
    "channels",  # distinct channels among the alarmed points
    "point",  # the peak is a one-point alarm
    "activity",  # the peak is an activity channel (silent, stuck, elevated, quiet)
    "long_window",  # the peak is the longest window's mean
    "counter",
    "ratio",
    "percentage",
    "latency",
    "growing",  # judged as growth per hour
    "up",  # the deviation is upwards
    "refs",  # earlier days the expected value is the median of, / 5 (the profile's support)
    "log_days",  # log of the days since the series' start
    "weekend",
    "day_position",  # the expected value at the peak within the last day's range of expected values (0..1)
    "reverted",  # the hour after the end is back within |z| < 1 on the event's side
    "at_end",  # the event lasts into the series' last hour (nothing after it to revert)
    "prior_rate",  # log(1 + events raised earlier in the series per day judged)
    "out_of_season",
    "missing_activity",
)

_TEXT = {
    "log_strength": "strength",
    "peak_z": "peak deviation",
    "mean_z": "mean deviation",
    "log_minutes": "duration",
    "density": "share of its span alarming",
    "channels": "channels agreeing",
    "point": "a one-point alarm",
    "activity": "an activity channel",
    "long_window": "a six-hour mean",
    "counter": "a counter",
    "ratio": "a ratio",
    "percentage": "a percentage",
    "latency": "a latency",
    "growing": "a growing gauge",
    "up": "upwards",
    "refs": "profile support",
    "log_days": "history",
    "weekend": "a weekend",
    "day_position": "time in the day's profile",
    "reverted": "reverted",
    "at_end": "lasting to the end",
    "prior_rate": "earlier alarms",
    "out_of_season": "out of season",
    "missing_activity": "missing activity",
}
_FLAGS = {
    "point",
    "activity",
    "long_window",
    "counter",
    "ratio",
    "percentage",
    "latency",
    "growing",
    "up",
    "weekend",
    "reverted",
    "at_end",
    "out_of_season",
    "missing_activity",
}


@dataclass(frozen=True)
class EventFilter:
    """Standardise, weigh, squash: p = 1 / (1 + exp(-(b + sum w_i (x_i - m_i) / s_i))); keep when p >= threshold."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float

    def contributions(self, features: tuple[float, ...]) -> list[float]:
        return [w * (x - m) / s for x, m, s, w in zip(features, self.mean, self.scale, self.weights, strict=True)]

    def probability(self, features: tuple[float, ...]) -> float:
        logit = self.intercept + sum(self.contributions(features))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, logit))))

    def reason(self, features: tuple[float, ...]) -> str:
        """The probability against the threshold and the two features that pushed it up most."""
        parts = self.contributions(features)
        top = sorted(range(len(parts)), key=lambda i: (-parts[i], i))[:2]
        named = [_describe(FEATURES[i], features[i], self.mean[i]) for i in top if parts[i] > 0]
        why = f": {', '.join(named)}" if named else ""
        return f"filter kept it (p {self.probability(features):.2f} >= {self.threshold:.2f}{why})"


def _describe(name: str, value: float, mean: float) -> str:
    if name in _FLAGS:
        return _TEXT[name] if value >= 0.5 else f"not {_TEXT[name]}"
    return f"{_TEXT[name]} {'high' if value > mean else 'low'}"


@cache
def shipped_filter() -> EventFilter:
    """The table shipped beside this module (read once)."""
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    if tuple(table["features"]) != FEATURES:
        raise ValueError(
            f"{TABLE.name} lists other features than ops_filter.FEATURES: rebuild it with "
            "`python bench/ops_filter_train.py --write`"
        )
    return filter_from_table(table)


def filter_from_table(table: dict) -> EventFilter:
    return EventFilter(
        tuple(table["mean"]), tuple(table["scale"]), tuple(table["weights"]), table["intercept"], table["threshold"]
    )


def event_features(
    scored: OpsScored, event: OpsEvent, group: np.ndarray, windows: int, earlier: int
) -> tuple[float, ...]:
    """The feature vector of one event (on the scored grid; ``group`` = its alarmed points, ``windows`` = how many
    z windows the detector has, ``earlier`` = events raised before this one in the series)."""
    onset, end, peak, kind = event.onset, event.end, event.peak, event.event_kind
    z, per_day, n = scored.z, scored.points_per_day, len(scored.z)
    hour = max(1, per_day // 24)
    step_minutes = 1440 / per_day
    side = 1.0 if z[peak] >= 0 else -1.0
    channel = int(scored.channel[peak])
    domain = scored.domain
    span = np.minimum(np.abs(z[onset : end + 1]), 8.0)
    after = side * z[end + 1 : end + 1 + hour]
    reverted = len(after) == hour and float(np.mean(np.maximum(after, 0.0))) < 1.0
    day = scored.expected[max(0, peak - per_day) : peak + 1]
    day = day[np.isfinite(day)]
    low, high = (float(day.min()), float(day.max())) if len(day) else (0.0, 0.0)
    here = float(scored.expected[peak])
    position = (here - low) / (high - low) if high > low and math.isfinite(here) else 0.5
    days = max(peak / per_day, 0.5)
    judged_days = max(days - 2.0, 0.5)
    flag = float
    return (
        math.log(max(float(scored.strength[peak]), 1.0)),
        math.log1p(min(abs(float(z[peak])), 50.0)),
        float(np.mean(span)) if len(span) else 0.0,
        math.log1p((end - onset + 1) * step_minutes / 5.0),
        len(group) / (int(group[-1]) - int(group[0]) + 1),
        float(len(np.unique(scored.channel[group]))),
        flag(channel == 0),
        flag(channel > windows),
        flag(channel == windows),
        flag(domain.kind == "counter"),
        flag(domain.kind == "ratio"),
        flag(domain.kind == "percentage"),
        flag(domain.kind == "latency"),
        flag(domain.growing),
        flag(event.direction == "up"),
        float(scored.refs[peak]) / 5.0,
        math.log(days),
        flag(bool(scored.weekend[peak])),
        min(max(position, 0.0), 1.0),
        flag(reverted),
        flag(end >= n - hour),
        math.log1p(earlier / judged_days),
        flag(kind == "out_of_season"),
        flag(kind == "missing_activity"),
    )
