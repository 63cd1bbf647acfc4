"""Score anomaly detections against labelled windows, per file and over a corpus with a threshold sweep."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from genaiops.lazy import lazy_module
from genaiops.tools.sre.nabscore.profile import MAX_TP, CostProfile, probation_length

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = [
    "CorpusScore",
    "FileScore",
    "LabelledSeries",
    "normalise",
    "score_corpus",
    "score_file",
    "sweep_thresholds",
]

_NO_WINDOW = -1


@dataclass(frozen=True)
class LabelledSeries:
    """One series' row timestamps (sorted, any numpy-comparable type) and its anomaly windows (start, end)."""

    name: str
    timestamps: np.ndarray
    windows: tuple[tuple[object, object], ...] = ()

    def __len__(self) -> int:
        return len(self.timestamps)


@dataclass(frozen=True)
class FileScore:
    """One file's raw score at one threshold, with NAB's row counts (probationary rows are not counted)."""

    name: str
    threshold: float
    score: float
    tp: int
    tn: int
    fp: int
    fn: int
    total: int


@dataclass(frozen=True)
class CorpusScore:
    """A detector's result on a corpus for one profile: the chosen threshold, raw and normalised totals."""

    profile: str
    threshold: float
    raw: float
    normalised: float
    null_raw: float
    perfect_raw: float
    files: list[FileScore] = field(default_factory=list)


@dataclass(frozen=True)
class _Rows:
    """What a detection at each row would be worth, before profile weights."""

    window: np.ndarray  # int: window index within the file, or -1
    reward: np.ndarray  # float: scaled sigmoid of the row's position (TP reward or FP penalty, unweighted)
    scored: np.ndarray  # bool: False in the probationary period
    n_windows: int


def _window_bounds(series: LabelledSeries) -> list[tuple[int, int]]:
    """Row index ranges [first, last] of each window; empty or out-of-range windows are an error."""
    ts = series.timestamps
    bounds = []
    for start, end in series.windows:
        first = int(np.searchsorted(ts, np.asarray(start, dtype=ts.dtype), side="left"))
        last = int(np.searchsorted(ts, np.asarray(end, dtype=ts.dtype), side="right")) - 1
        if last < first:
            raise ValueError(f"{series.name}: window ({start}, {end}) covers no row of the series")
        bounds.append((first, last))
    return bounds


def _rows(series: LabelledSeries) -> _Rows:
    n = len(series)
    window = np.full(n, _NO_WINDOW, dtype=np.int64)
    reward = np.full(n, -1.0)
    index = np.arange(n, dtype=np.float64)
    previous: tuple[int, int] | None = None
    bounds = _window_bounds(series)
    for k, (first, last) in enumerate(bounds):
        width = last - first + 1
        window[first : last + 1] = k
        reward[first : last + 1] = _sigmoid(-(last - index[first : last + 1] + 1) / width)
        if previous is not None:
            _penalise_after(reward, previous, stop=first)
        previous = (first, last)
    if previous is not None:
        _penalise_after(reward, previous, stop=n)
    scored = np.arange(n) >= probation_length(n)
    return _Rows(window=window, reward=reward, scored=scored, n_windows=len(bounds))


def _penalise_after(reward: np.ndarray, window: tuple[int, int], stop: int) -> None:
    """A false positive soon after a window costs less: the sigmoid of its distance in window widths."""
    first, last = window
    if stop <= last + 1:
        return
    width = last - first + 1
    distance = np.arange(last + 1, stop, dtype=np.float64) - last
    position = distance / max(width - 1, 1)
    reward[last + 1 : stop] = np.where(position > 3.0, -1.0, _sigmoid(position))


def _sigmoid(position: np.ndarray) -> np.ndarray:
    return 2.0 / (1.0 + np.exp(5.0 * position)) - 1.0


def _weights(rows: _Rows, profile: CostProfile) -> np.ndarray:
    in_window = rows.window != _NO_WINDOW
    return np.where(in_window, rows.reward * profile.tp / MAX_TP, rows.reward * profile.fp)


def score_file(series: LabelledSeries, scores: np.ndarray, threshold: float, profile: CostProfile) -> FileScore:
    """Score one file: detections are rows with ``score >= threshold`` after the probationary period."""
    scores = _check_scores(series, scores)
    rows = _rows(series)
    weights = _weights(rows, profile)
    detected = (scores >= threshold) & rows.scored
    in_window = rows.window != _NO_WINDOW
    total = float(np.sum(weights[detected & ~in_window]))
    for k in range(rows.n_windows):
        hits = detected & (rows.window == k)
        total += float(weights[hits].max()) if hits.any() else -profile.fn
    return FileScore(
        name=series.name,
        threshold=threshold,
        score=total,
        tp=int(np.sum(detected & in_window)),
        tn=int(np.sum(~detected & ~in_window & rows.scored)),
        fp=int(np.sum(detected & ~in_window)),
        fn=int(np.sum(~detected & in_window & rows.scored)),
        total=len(series),
    )


def sweep_thresholds(
    corpus: Sequence[LabelledSeries], scores: Sequence[np.ndarray], profile: CostProfile
) -> tuple[np.ndarray, np.ndarray]:
    """The corpus raw score at every distinct threshold, highest threshold first.

    Returns ``(thresholds, totals)``; the first entry is "detect nothing" (threshold above every score).
    """
    window, weight, values, n_windows = _concatenate(corpus, scores, profile)
    order = np.argsort(-values, kind="stable")
    values, window, weight = values[order], window[order], weight[order]
    gain = np.where(window == _NO_WINDOW, weight, 0.0)
    gain += _window_gains(window, weight, profile.fn)
    totals = -profile.fn * n_windows + np.cumsum(gain)
    last_of_tie = np.flatnonzero(np.append(values[1:] != values[:-1], True))
    nothing = np.nextafter(values[0], np.inf) if len(values) else 1.1
    thresholds = np.concatenate([[nothing], values[last_of_tie]])
    return thresholds, np.concatenate([[-profile.fn * n_windows], totals[last_of_tie]])


def _concatenate(
    corpus: Sequence[LabelledSeries], scores: Sequence[np.ndarray], profile: CostProfile
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    if len(corpus) != len(scores):
        raise ValueError(f"{len(corpus)} series but {len(scores)} score arrays: give one score array per series")
    windows, weights, values, offset = [], [], [], 0
    for series, file_scores in zip(corpus, scores, strict=True):
        file_scores = _check_scores(series, file_scores)
        rows = _rows(series)
        keep = rows.scored
        windows.append(np.where(rows.window[keep] == _NO_WINDOW, _NO_WINDOW, rows.window[keep] + offset))
        weights.append(_weights(rows, profile)[keep])
        values.append(file_scores[keep])
        offset += rows.n_windows
    if not windows:
        return np.empty(0, np.int64), np.empty(0), np.empty(0), 0
    return np.concatenate(windows), np.concatenate(weights), np.concatenate(values), offset


def _window_gains(window: np.ndarray, weight: np.ndarray, fn_weight: float) -> np.ndarray:
    """How much each row (in sweep order) raises its window's credit: the step in the window's running best."""
    gains = np.zeros(len(window))
    inside = np.flatnonzero(window != _NO_WINDOW)
    if not len(inside):
        return gains
    grouped = inside[np.argsort(window[inside], kind="stable")]
    group = window[grouped]
    lift = 4.0 * (group - group.min())  # rewards lie in [-1, 1]: lifting each window by 4 keeps them apart
    best = np.maximum.accumulate(weight[grouped] + lift) - lift
    starts = np.append(True, group[1:] != group[:-1])
    before = np.where(starts, -fn_weight, np.append(0.0, best[:-1]))
    gains[grouped] = best - before
    return gains


def normalise(raw: float, n_windows: int, profile: CostProfile) -> float:
    """100 * (raw - null) / (perfect - null): null misses every window, perfect catches each at its start."""
    null, perfect = -profile.fn * n_windows, profile.tp * n_windows
    return 100.0 * (raw - null) / (perfect - null) if perfect != null else 0.0


def score_corpus(
    corpus: Sequence[LabelledSeries],
    scores: Sequence[np.ndarray],
    profile: CostProfile,
    threshold: float | None = None,
) -> CorpusScore:
    """Score a detector on a corpus: sweep for the best threshold (or use ``threshold``), then per file."""
    if threshold is None:
        thresholds, totals = sweep_thresholds(corpus, scores, profile)
        threshold = float(thresholds[int(np.argmax(totals))])
    files = [score_file(s, v, threshold, profile) for s, v in zip(corpus, scores, strict=True)]
    raw = sum(f.score for f in files)
    n_windows = sum(len(s.windows) for s in corpus)
    return CorpusScore(
        profile=profile.name,
        threshold=threshold,
        raw=raw,
        normalised=normalise(raw, n_windows, profile),
        null_raw=-profile.fn * n_windows,
        perfect_raw=profile.tp * n_windows,
        files=files,
    )


def _check_scores(series: LabelledSeries, scores: np.ndarray) -> np.ndarray:
    scores = np.asarray(scores, dtype=np.float64)
    if scores.shape != (len(series),):
        raise ValueError(f"{series.name}: {scores.shape[0] if scores.ndim else 0} scores for {len(series)} rows")
    if np.isnan(scores).any():
        raise ValueError(f"{series.name}: scores contain NaN at row {int(np.flatnonzero(np.isnan(scores))[0])}")
    return scores
