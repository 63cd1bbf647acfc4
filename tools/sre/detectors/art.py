"""ART channel: an adaptive-resonance novelty detector over windows of the series (after ARTime's method).

Method (from the published description of ARTime, Mark Hampton 2022; our own numpy implementation):
windows of the downsampled series (``art_features``, scaled by the range seen so far; when the range grows,
the categories' level boxes are re-expressed on the new scale) are complement coded and matched against learned
categories with a dual-vigilance fuzzy ART. A category's match is ``feature_similarity**3 *
newest_level_similarity**2`` (fuzzy AND over the category's L1 norm). A window that matches a category above
the upper vigilance refines it; one above the lower vigilance only founds a new category of a known cluster;
one below it founds a new cluster, which is an anomaly. During the learning period the categories are learned
and the vigilance is initialised; afterwards it adapts online (upper = mean match, lower = follows the
smallest recent match), and repeat anomalies are masked for a while unless clearly less similar than the
last one. Scores are the confidence of the anomaly, written at the raw row that completed the window.
Several instances run with growing downsampling steps (``schedule``): each learns on the start of the series
and scores its own stretch of rows, so the step coarsens as the series grows (ARTime's rule of one step per
file length, applied to the points seen so far).
"""

from __future__ import annotations

from dataclasses import dataclass

from genaiops.lazy import lazy_module
from genaiops.tools.sre.detectors.art_features import downsample, scaled_windows, window_features

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["ArtParams", "art_scores", "schedule", "step_at"]


@dataclass(frozen=True, slots=True)
class ArtParams:
    """Defaults: ARTime's published values (window 8, 80 levels, snap 0.075, initial vigilance 0.8, cap 0.97,
    104 learning windows, step at most 7; chosen by its author on the whole NAB corpus). ARTime derives the
    step from the file's length, which an online detector does not know: ``points_per_step`` and
    ``first_active`` set our schedule instead (chosen on NAB's tuning half, see ``bench/nab.py``)."""

    learn_windows: int = 104
    """Samples each instance learns on at the start of the series (ARTime: 8 x 13 windows)."""
    first_active: int = 150
    """Row from which the first instance (step 1) scores (NAB's shortest probationary period)."""
    points_per_step: int = 150
    """Rows per unit of downsampling step in the schedule (instance s scores rows 150 s to 150 (s + 1))."""
    max_step: int = 7
    """Largest downsampling step (ARTime's, for files of 5,000 points or more)."""
    window: int = 8
    """Samples per window (a power of two)."""
    levels: int = 80
    """Quantisation levels over the range seen so far."""
    snap: float = 0.075
    """Samples closer than this (on the [0, 1] scale) to the running median level are snapped onto it."""
    initial_rho: float = 0.8
    """Vigilance used to estimate the initial vigilance on the learning windows."""
    rho_cap: float = 0.97
    """Upper vigilance never exceeds this."""


@dataclass
class _State:
    lower: float
    upper: float
    match_sum: float = 0.0
    match_count: int = 0
    last_anomaly: int = -(10**9)
    last_anomaly_match: float = 0.0
    last_update: int = 0
    mask_after_new: bool = False
    since_new: int = 0


class _Art:
    """Dual-vigilance fuzzy ART with complement coding (weights stored as rows of a growing buffer).

    Inputs are complement-coded rows ``[f, 1 - f]``; ``last`` is the column of the newest level, whose pair
    (with its complement) gives the 'energy' similarity."""

    def __init__(self, dim: int) -> None:
        self._weights = np.empty((64, 2 * dim))
        self._sizes = np.empty((64, 2))  # per category: L1 norm, energy norm
        self.count = 0
        self.last = dim - 1
        self._sum = np.zeros((2 * dim, 2))  # one product gives both norms of the fuzzy AND
        self._sum[:, 0] = 1.0
        self._sum[[self.last, -1], 1] = 1.0

    def train(self, x: np.ndarray, lower: float, upper: float) -> tuple[bool, float, float]:
        """Learn one coded window; returns (founded a new cluster, best match, its newest-level similarity)."""
        if not self.count:
            self._add(x)
            return True, 0.0, 0.0
        fuzzy = np.minimum(self._weights[: self.count], x)
        ratio = (fuzzy @ self._sum) / self._sizes[: self.count]
        feature, energy = ratio[:, 0], ratio[:, 1]
        match = feature * feature
        match *= feature
        match *= energy
        match *= energy
        best = int(match.argmax())
        top, top_energy = float(match[best]), float(ratio[best, 1])
        if top >= upper:
            resonant = match >= upper
            learned = fuzzy[resonant]
            self._weights[: self.count][resonant] = learned
            self._sizes[: self.count][resonant] = np.maximum(learned @ self._sum, 1e-3)
            return False, top, top_energy
        self._add(x)
        return top < lower, top, top_energy

    def rescale(self, old: np.ndarray, new: np.ndarray, window: int) -> None:
        """Re-express the categories' level boxes on a new (low, high) scale (exact for fuzzy-ART boxes)."""
        if not self.count:
            return
        old_span = old[1] - old[0] if old[1] > old[0] else 1.0
        new_span = new[1] - new[0] if new[1] > new[0] else 1.0
        weights = self._weights[: self.count]
        dim = weights.shape[1] // 2
        low = weights[:, window:dim]
        high = 1.0 - weights[:, dim + window :]
        weights[:, window:dim] = (old[0] + low * old_span - new[0]) / new_span
        weights[:, dim + window :] = 1.0 - (old[0] + high * old_span - new[0]) / new_span
        self._sizes[: self.count] = np.maximum(weights @ self._sum, 1e-3)

    def _add(self, x: np.ndarray) -> None:
        if self.count == len(self._sizes):
            self._weights = np.vstack([self._weights, np.empty_like(self._weights)])
            self._sizes = np.vstack([self._sizes, np.empty_like(self._sizes)])
        self._weights[self.count] = x
        self._sizes[self.count] = np.maximum(x @ self._sum, 1e-3)
        self.count += 1


def _coded(features: np.ndarray) -> np.ndarray:
    return np.hstack([features, 1.0 - features])


def _initial_rho(features: np.ndarray, params: ArtParams) -> float:
    """Train a scratch ART at ``initial_rho`` on the learning windows, least typical first; the mean best
    match over the second half is the initial vigilance."""
    norms = np.linalg.norm(features, axis=1)
    safe = np.where(norms > 0, norms, 1.0)
    cosine = (features @ features.T) / np.outer(safe, safe)
    order = np.argsort(cosine.sum(axis=0), kind="stable")
    art, matches = _Art(features.shape[1]), []
    for row in _coded(features[order]):
        matches.append(art.train(row, params.initial_rho, params.initial_rho)[1])
    return float(np.mean(matches[len(matches) // 2 :]))


def schedule(length: int, params: ArtParams) -> list[tuple[int, int, int]]:
    """(step, active from, active until) of each ART instance that is active before row ``length``.

    ARTime picks one downsampling step per file from the file's length, which an online detector does not
    know. Here the step grows with the points seen so far: instance s (downsampling by s) scores rows
    ``points_per_step * s`` to ``points_per_step * (s + 1)`` (instance 1 from ``first_active``; the last
    instance to the end). Every instance learns on the start of the series, as ARTime does.
    """
    plan = []
    for step in range(1, params.max_step + 1):
        active = params.first_active if step == 1 else params.points_per_step * step
        until = length if step == params.max_step else params.points_per_step * (step + 1)
        if active >= length:
            break
        plan.append((step, active, min(until, length)))
    return plan


def step_at(row: int, params: ArtParams) -> int:
    """The downsampling step of the instance that scores ``row`` (0 before the first instance)."""
    for step, active, until in schedule(row + 1, params):
        if active <= row < until:
            return step
    return 0


def art_scores(values: np.ndarray, params: ArtParams) -> np.ndarray:
    """Anomaly confidence per raw row (0 except where a window founded a new cluster); online."""
    values = np.asarray(values, dtype=np.float64)
    out = np.zeros(len(values))
    for step, active, until in schedule(len(values), params):
        _instance_scores(values[:until], out, step, active, params)
    return out


def _instance_scores(values: np.ndarray, out: np.ndarray, step: int, active: int, params: ArtParams) -> None:
    """One ART instance: learns on the first ``learn_windows`` samples, writes its scores from row ``active``."""
    trend = params.learn_windows
    samples = downsample(values, step)
    if len(samples) <= trend:
        return
    frames, ranges = scaled_windows(samples, params.window, params.levels, params.snap)
    features = window_features(frames)
    first = params.window - 1  # sample index of features[0]
    rho = _initial_rho(features[: trend - first], params)
    state = _State(lower=rho, upper=rho)
    art = _Art(params.window * 2)
    mask = int(params.window * 1.5)
    sims = np.ones(trend // 2 + 1)
    gaps = np.zeros(trend + 1)
    history: list[float] = []
    rescaled = np.concatenate([[False], (ranges[1:] != ranges[:-1]).any(axis=1)])
    for k, row in enumerate(_coded(features)):
        i = k + first + 1  # 1-based sample count, as in the method's description
        if rescaled[k]:
            art.rescale(ranges[k - 1], ranges[k], params.window)
        new, match, energy = art.train(row, state.lower, state.upper)
        confidence = _step(state, i, new, match, energy, trend, mask, sims, gaps, history, params)
        row_index = i * step - 1
        if i > trend and confidence > 0 and row_index >= active:
            out[row_index] = confidence


def _step(state, i, new, match, energy, trend, mask, sims, gaps, history, params) -> float:
    after_anomaly = i - state.last_anomaly
    if i > trend + mask and state.mask_after_new and state.since_new >= mask:
        state.mask_after_new = False
    state.since_new = 0 if new else state.since_new + 1
    state.match_sum += match
    state.match_count += 1
    sims[:-1], sims[-1] = sims[1:], match
    gaps[:-1], gaps[-1] = gaps[1:], state.upper - match
    if after_anomaly < mask and history and match < history[-1]:
        history[-1] = match
    masked = state.mask_after_new or after_anomaly <= mask
    below_last = match < state.last_anomaly_match * (0.9 if after_anomaly <= mask else 0.7)
    confidence = 0.0
    if i > trend and new and (not masked or below_last):
        confidence = _confidence(match, energy, state)
        history.append(match)
        state.last_anomaly_match, state.last_anomaly = match, i
    state.mask_after_new = new or state.mask_after_new
    if i > trend and (after_anomaly == mask or i - state.last_update >= trend // 2):
        _adapt(state, i, trend, sims, gaps, history, params)
    return confidence


def _adapt(state, i, trend, sims, gaps, history, params) -> None:
    upper = min(params.rho_cap, state.match_sum / state.match_count)
    floor = float(sims.min())
    if state.lower <= floor:
        lower = state.lower + 0.19 * (floor - state.lower)
    else:
        below = np.minimum(gaps[gaps > 0.05], 0.37) if i > 2 * trend else np.zeros(0)
        lower = state.lower - max(0.01, float(below.mean()) if len(below) else 0.0) / 2
        if history:
            lower = max(float(np.mean(history)), lower)
    state.lower, state.upper = min(upper, lower), upper
    state.last_update = i
    state.mask_after_new = True


def _confidence(match: float, energy: float, state: _State) -> float:
    match = min(0.999, match)
    upper = (state.upper - match) / (1.0 - match)
    lower = (state.lower - match) / (1.0 - match)
    return float(min(1.0, 0.35 * upper + 0.65 * lower + 1.5 * (1.0 - energy)))
