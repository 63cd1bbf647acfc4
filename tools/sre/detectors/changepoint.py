"""Change points: two-sided CUSUM of robust-standardised deviations from a long baseline."""

from __future__ import annotations

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["cusum"]


def cusum(deviation: np.ndarray, slack: float, cap: float) -> tuple[np.ndarray, np.ndarray]:
    """Upward and downward CUSUM statistics of a standardised deviation (online: each uses points up to t).

    ``S_t = max(0, S_{t-1} + d_t - slack)``: it grows while the series keeps sitting on one side of its
    baseline by more than ``slack`` scale units, and resets when it comes back. Deviations are clipped to
    ``cap`` so one outlier cannot fake a sustained shift. Computed without a Python loop through Lindley's
    identity ``S_t = C_t - min(0, min_{j<=t} C_j)`` with ``C`` the running sum of ``d - slack``.
    """
    clipped = np.clip(np.nan_to_num(deviation), -cap, cap)
    return _lindley(clipped - slack), _lindley(-clipped - slack)


def _lindley(steps: np.ndarray) -> np.ndarray:
    if len(steps) == 0:
        return np.zeros(0)
    total = np.cumsum(steps)
    return total - np.minimum(0.0, np.minimum.accumulate(total))
