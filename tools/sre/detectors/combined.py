"""The detector: each point's strongest weighted channel, then a refractory span; grouped into anomalies.

Channels (all online, each calibrated so one threshold fits every series): breach of everything seen before,
the adaptive-resonance novelty of the recent shape (``art``: a window that founds a new cluster of shapes),
and the record channels of the previous design: spike / level-shift records of the robust z-score, breach of
the last 3,000 / 500 points, same-time-of-day records, CUSUM change-point records, records of the
pattern-surprise likelihood. A record channel's 0.5 means "just beats the channel's previous record".

:data:`DEFAULT_PARAMS` (the default detector) uses two channels at weight 1: all-time breaches and ART
novelty. :data:`RECORD_PARAMS` (= ``DetectorParams()``) is the previous default: all record channels
weighted, no ART. Channels of weight 0 are not computed.
"""

from __future__ import annotations

from dataclasses import dataclass

from genaiops.lazy import lazy_module
from genaiops.tools.sre.detectors.art import ArtParams, art_scores, step_at
from genaiops.tools.sre.detectors.changepoint import cusum
from genaiops.tools.sre.detectors.level_shift import envelope_breach, level_shift_strength
from genaiops.tools.sre.detectors.robust import robust_baseline, spike_strength
from genaiops.tools.sre.detectors.rolling import lag, record_score, trailing_max
from genaiops.tools.sre.detectors.seasonal import seasonal_baseline, seasonal_period
from genaiops.tools.sre.detectors.sequence import pattern_novelty, surprise_likelihood

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = [
    "CHANNELS",
    "DEFAULT_PARAMS",
    "RECORD_PARAMS",
    "DetectorParams",
    "Detection",
    "ScoredSeries",
    "group_anomalies",
    "refractory",
    "score",
]

CHANNELS = (
    "breach",
    "spike",
    "level_shift",
    "seasonal",
    "recent_breach",
    "short_breach",
    "change_point",
    "pattern",
    "novel_shape",
)


@dataclass(frozen=True, slots=True)
class DetectorParams:
    """One parameter set for every series (chosen on NAB's tuning half, see ``bench/nab.py``). The field
    defaults are the previous design (:data:`RECORD_PARAMS`); :data:`DEFAULT_PARAMS` is the default detector."""

    window: int = 101
    """Points in the trailing robust baseline (median and IQR)."""
    scale_floor: float = 0.4
    """The robust scale never drops below this share of its long-run mean."""
    recent: int = 5
    """Points whose median is compared with the baseline to see a level shift."""
    warmup: int = 50
    """Points before envelope breaches count."""
    record_warmup: int = 450
    """Points before spike/level records count (the scale needs this much history to settle)."""
    spike_weight: float = 0.95
    """Weight of spike/level-shift records: just below all-time breaches, which are the surer sign."""
    recent_history: int = 3000
    """Points in the recent envelope (a new high/low for this stretch, though not for all time)."""
    recent_weight: float = 0.9
    """Weight of recent-envelope breaches: below 1, so all-time breaches and records rank first."""
    short_history: int = 500
    """Points in the short envelope (a new high/low for the last few hundred points)."""
    short_weight: float = 0.66
    """Weight of short-envelope breaches: the weakest evidence, kept for the threshold sweep to use."""
    cusum_window: int = 1001
    """Points in the long robust baseline the CUSUM change-point channel measures deviations from."""
    cusum_slack: float = 1.5
    """Deviations (in robust scale units) below this do not accumulate in the CUSUM."""
    cusum_cap: float = 5.0
    """Each point adds at most this much to the CUSUM (one outlier is not a change point)."""
    cusum_weight: float = 0.8
    """Weight of CUSUM records."""
    pattern_bins: int = 16
    """Levels the running range is cut into for the sequence channel."""
    pattern_length: int = 6
    """Points in each pattern of levels (a pattern never drawn before is a surprise)."""
    surprise_short: int = 10
    """Points whose mean surprise is judged against the long run (a burst of new patterns)."""
    surprise_long: int = 1000
    """Points of surprise history the burst is judged against."""
    pattern_weight: float = 0.75
    """Weight of records of the pattern-surprise likelihood: weaker evidence than a breach or a spike."""
    refractory: int = 50
    """A point scores only if it beats every score of the previous ``refractory`` points (one alarm per burst)."""
    seasons: int = 7
    """Earlier days in the same-time-of-day baseline."""
    seasonal_weight: float = 0.8
    """Weight of same-time-of-day records (deviation from the median of the same time on earlier days);
    0 keeps seasonality for explanations only."""
    art_weight: float = 0.0
    """Weight of the ART channel (a window whose shape founds a new cluster; score = its confidence)."""
    art: ArtParams = ArtParams()
    """Parameters of the ART channel."""
    threshold: float = 0.5
    """Scores at or above this are anomalies; 0.5 means "beats every earlier value of its channel"."""
    merge_gap: int = 12
    """Detections closer than this many points belong to one anomaly."""


RECORD_PARAMS = DetectorParams()
DEFAULT_PARAMS = DetectorParams(
    spike_weight=0.0,
    recent_weight=0.0,
    short_weight=0.0,
    cusum_weight=0.0,
    pattern_weight=0.0,
    seasonal_weight=0.0,
    art_weight=1.0,
)


@dataclass(frozen=True)
class ScoredSeries:
    """Per-point score in [0, 1), which channel gave it, and what the explanation quotes."""

    score: np.ndarray
    channel: np.ndarray  # index into CHANNELS
    values: np.ndarray
    window: int
    period: int

    def median(self, index: int) -> float:
        """Median of the ``window`` points up to ``index`` (the recent baseline quoted in explanations)."""
        return float(np.median(self.values[max(0, index - self.window + 1) : index + 1]))


def score(timestamps_ms: np.ndarray, values: np.ndarray, params: DetectorParams = DEFAULT_PARAMS) -> ScoredSeries:
    """Score every point online: the score at t uses only points up to t."""
    values = np.asarray(values, dtype=np.float64)
    n = len(values)
    period = seasonal_period(np.asarray(timestamps_ms))
    zero = np.zeros(n)
    spike = shift = scale = zero
    if params.spike_weight > 0 or (params.seasonal_weight > 0 and period):
        median, scale = robust_baseline(values, params.window, params.scale_floor)
    if params.spike_weight > 0:
        spike = spike_strength(values, median, scale)
        shift = level_shift_strength(values, median, scale, params.recent)
    strengths = [  # in CHANNELS order, with spike and level_shift sharing one row
        _breach_score(envelope_breach(values, params.warmup)),
        params.spike_weight * record_score(np.maximum(spike, shift), params.record_warmup)
        if params.spike_weight > 0
        else zero,
        _seasonal_strength(values, scale, period, params),
        _recent_breach(values, params.recent_history, params.recent_weight, params.warmup),
        _recent_breach(values, params.short_history, params.short_weight, params.warmup),
        _change_point_strength(values, params),
        _pattern_strength(values, params),
        params.art_weight * art_scores(values, params.art) if params.art_weight > 0 else zero,
    ]
    stacked = np.vstack(strengths)
    best = np.argmax(stacked, axis=0)
    channel = np.select([best == 1, best == 2], [np.where(shift > spike, 2, 1), 3], default=best + (best >= 3))
    combined = stacked[best, np.arange(n)]
    return ScoredSeries(refractory(combined, params.refractory), channel, values, params.window, period)


def _recent_breach(values: np.ndarray, history: int, weight: float, warmup: int) -> np.ndarray:
    if weight <= 0:
        return np.zeros(len(values))
    return weight * _breach_score(envelope_breach(values, warmup, history))


def refractory(scores: np.ndarray, points: int) -> np.ndarray:
    """Zero every score that does not beat all scores of the previous ``points`` points (uses the past only)."""
    if points <= 0 or len(scores) == 0:
        return scores
    recent_best = lag(trailing_max(scores, points))
    recent_best[0] = 0.0
    return np.where(scores > recent_best, scores, 0.0)


def _breach_score(breach: np.ndarray) -> np.ndarray:
    return np.where(breach > 0, 0.5 + 0.5 * breach / (1.0 + breach), 0.0)


def _change_point_strength(values: np.ndarray, params: DetectorParams) -> np.ndarray:
    if params.cusum_weight <= 0:
        return np.zeros(len(values))
    median, scale = robust_baseline(values, params.cusum_window, params.scale_floor)
    up, down = cusum((values - median) / scale, params.cusum_slack, params.cusum_cap)
    records = np.maximum(record_score(up, params.record_warmup), record_score(down, params.record_warmup))
    return params.cusum_weight * records


def _pattern_strength(values: np.ndarray, params: DetectorParams) -> np.ndarray:
    if params.pattern_weight <= 0:
        return np.zeros(len(values))
    novelty = pattern_novelty(values, params.pattern_bins, params.pattern_length)
    burst = surprise_likelihood(novelty, params.surprise_short, params.surprise_long)
    return params.pattern_weight * record_score(np.maximum(burst, 0.0), params.record_warmup)


def _seasonal_strength(values: np.ndarray, scale: np.ndarray, period: int, params: DetectorParams) -> np.ndarray:
    if params.seasonal_weight <= 0 or not period:
        return np.zeros(len(values))
    deviation = np.nan_to_num(np.abs(values - seasonal_baseline(values, period, params.seasons)) / scale)
    return params.seasonal_weight * record_score(deviation, max(params.record_warmup, 2 * period))


@dataclass(frozen=True)
class Detection:
    """One anomaly: the rows where it starts and peaks, its peak score, the channel that saw it, and its most
    deviant row (the peak, except for ``novel_shape``: ART scores at the end of the block that completed the
    window, so the block's point farthest from the recent median is quoted, and the onset is moved to it
    when earlier)."""

    onset: int
    peak: int
    end: int
    score: float
    channel: str
    extreme: int


def group_anomalies(scored: ScoredSeries, params: DetectorParams = DEFAULT_PARAMS) -> list[Detection]:
    """Points at or above the threshold, merged into anomalies when closer than ``merge_gap`` points."""
    hits = np.flatnonzero(scored.score >= params.threshold)
    if not len(hits):
        return []
    breaks = np.flatnonzero(np.diff(hits) > params.merge_gap)
    detections = []
    for group in np.split(hits, breaks + 1):
        peak = int(group[np.argmax(scored.score[group])])
        channel = CHANNELS[int(scored.channel[peak])]
        extreme = _extreme_row(scored, peak, params) if channel == "novel_shape" else peak
        detections.append(
            Detection(
                onset=min(int(group[0]), extreme),
                peak=peak,
                end=int(group[-1]),
                score=float(scored.score[peak]),
                channel=channel,
                extreme=extreme,
            )
        )
    return detections


def _extreme_row(scored: ScoredSeries, peak: int, params: DetectorParams) -> int:
    start = max(0, peak - max(1, step_at(peak, params.art)) + 1)
    block = scored.values[start : peak + 1]
    return start + int(np.argmax(np.abs(block - scored.median(peak))))
