"""Features for the ART channel: downsampled, normalised, quantised windows (all causal, vectorised).

Method (after the published description of ARTime, Mark Hampton 2022; our own implementation):

- every ``step`` raw points become one sample: the block's extreme farthest from a fast moving average of
  block means (so a one-point spike survives downsampling), or the block mean when the extreme is within
  10 % of it;
- each window of samples is scaled by the range of all samples up to its end (ARTime uses the whole file's
  range, which an online detector cannot know), quantised into levels, and snapped to the running median
  when close to it (small wiggles around the usual level vanish);
- each window of ``window`` samples gives a feature vector: the window's shape (orthonormal Haar wavelet
  coefficients of the min-max normalised window, rescaled into [0, 1]) beside its absolute levels.
"""

from __future__ import annotations

import bisect

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["downsample", "haar", "running_median", "scaled_windows", "window_features"]


def downsample(values: np.ndarray, step: int) -> np.ndarray:
    """One sample per complete block of ``step`` points (block k ends at raw row (k + 1) * step - 1)."""
    blocks = len(values) // step
    if blocks == 0:
        return np.zeros(0)
    block = values[: blocks * step].reshape(blocks, step)
    mean, high, low = block.mean(axis=1), block.max(axis=1), block.min(axis=1)
    average = np.empty(blocks)  # a = (a + mean) / 2 from a = mean_0: weights 2^-(k-j), computed causally
    running = mean[0]
    for k in range(blocks):  # a short scalar loop (blocks = points / step)
        running = 0.5 * (running + mean[k])
        average[k] = running
    sample = np.where(np.abs(high - average) < np.abs(low - average), low, high)
    return np.where(np.abs(sample - mean) < 0.1 * np.abs(mean), mean, sample)


def running_median(samples: np.ndarray) -> np.ndarray:
    """Lower median of the samples seen so far, for every position (exact, causal)."""
    seen: list[float] = []
    out = np.empty(len(samples))
    for k, value in enumerate(samples.tolist()):  # a short loop (one per downsampled sample)
        bisect.insort(seen, value)
        out[k] = seen[k // 2]
    return out


def scaled_windows(samples: np.ndarray, window: int, levels: int, snap: float) -> tuple[np.ndarray, np.ndarray]:
    """Each window of ``window`` samples scaled by the range of all samples up to its end (so it only uses
    the past), quantised into ``levels`` steps and snapped onto the running median when within ``snap``.
    Returns the windows (rows) and, per row, the range (low, high) used."""
    if len(samples) < window:
        return np.zeros((0, window)), np.zeros((0, 2))
    low = np.minimum.accumulate(samples)[window - 1 :]
    high = np.maximum.accumulate(samples)[window - 1 :]
    span = np.where(high > low, high - low, 1.0)[:, None]
    frames = np.lib.stride_tricks.sliding_window_view(samples, window)
    scaled = np.rint((frames - low[:, None]) / span * levels) / levels
    median = ((running_median(samples)[window - 1 :] - low) / span[:, 0])[:, None]
    snapped = np.where(np.abs(scaled - median) < snap, median, scaled)
    return snapped, np.column_stack([low, high])


def haar(windows: np.ndarray) -> np.ndarray:
    """Orthonormal multi-level Haar transform of each row (row length a power of two)."""
    out = windows.astype(np.float64).copy()
    length = out.shape[1]
    while length > 1:
        half = length // 2
        even, odd = out[:, 0:length:2].copy(), out[:, 1:length:2].copy()
        out[:, :half] = (even + odd) / np.sqrt(2.0)
        out[:, half:length] = (even - odd) / np.sqrt(2.0)
        length = half
    return out


def _unit(rows: np.ndarray) -> np.ndarray:
    rows = rows - rows.min(axis=1, keepdims=True)
    top = rows.max(axis=1, keepdims=True)
    return np.divide(rows, top, out=np.zeros_like(rows), where=top > 0)


def window_features(frames: np.ndarray) -> np.ndarray:
    """Row k: [shape coefficients, absolute levels] of window k; the last column is the newest level (the
    ART 'energy' component)."""
    return np.hstack([_unit(haar(_unit(frames))), frames])
