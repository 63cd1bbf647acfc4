"""The statistics behind the gates: Wilson intervals and an exact paired sign-flip test. Exact, seed-free.

``paired_test`` compares two prompt versions on the same cases. Each case contributes the difference of its pass
counts, ``d_i = passes_candidate_i - passes_baseline_i`` (both out of the same N samples). Under the null
hypothesis that the version does not matter, each ``d_i`` is as likely to have either sign, so the null
distribution of ``sum(d_i)`` is that of ``sum(±|d_i|)``, computed exactly by counting sign assignments (a
subset-sum dynamic program). With one sample per case this *is* the exact McNemar test. Treating the case as the
unit (not each sample) keeps repeated samples of one case from counting as independent evidence: a temperature-0
model sampled ten times on one improved case is still one improved case.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["PairedTest", "paired_test", "wilson_interval"]


def wilson_interval(successes: int, total: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion ((0, 1) when ``total`` is 0)."""
    if total <= 0:
        return 0.0, 1.0
    z = _z(confidence)
    p = successes / total
    denom = 1 + z * z / total
    centre = (p + z * z / (2 * total)) / denom
    half = z * math.sqrt(p * (1 - p) / total + z * z / (4 * total * total)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def _z(confidence: float) -> float:
    """Two-sided normal quantile, by bisection on erf (no scipy at import time, exact to 1e-12)."""
    target = 1 - (1 - confidence) / 2
    lo, hi = 0.0, 10.0
    for _ in range(100):
        mid = (lo + hi) / 2
        if 0.5 * (1 + math.erf(mid / math.sqrt(2))) < target:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


@dataclass(frozen=True, slots=True)
class PairedTest:
    """The outcome of the paired sign-flip test."""

    improved: int
    """Cases where the candidate passed more samples than the baseline."""
    regressed: int
    unchanged: int
    statistic: int
    """``sum(d_i)``: net samples gained by the candidate."""
    p_value: float
    """Two-sided: the chance of a net change at least this large if the version made no difference."""


def paired_test(baseline: Sequence[int], candidate: Sequence[int]) -> PairedTest:
    """Exact two-sided sign-flip test on per-case pass counts (same cases, same samples per case, same order)."""
    if len(baseline) != len(candidate):
        raise ValueError(f"paired counts differ in length: {len(baseline)} baseline vs {len(candidate)} candidate")
    diffs = [c - b for b, c in zip(baseline, candidate, strict=True)]
    observed = sum(diffs)
    magnitudes = [abs(d) for d in diffs if d]
    counts = _sign_sum_counts(magnitudes)
    total = sum(magnitudes)
    extreme = sum(n for s, n in enumerate(counts) if abs(2 * s - total) >= abs(observed))
    p = extreme / (2 ** len(magnitudes)) if magnitudes else 1.0
    return PairedTest(
        improved=sum(d > 0 for d in diffs),
        regressed=sum(d < 0 for d in diffs),
        unchanged=sum(d == 0 for d in diffs),
        statistic=observed,
        p_value=min(1.0, p),
    )


def _sign_sum_counts(magnitudes: Sequence[int]) -> list[int]:
    """``counts[s]``: how many subsets of ``magnitudes`` sum to ``s`` (the positive part of a sign assignment).

    A sign assignment with positive subset P has sum ``2*sum(P) - total``; counting subsets by their sum gives the
    exact null distribution with integers only (no floating error, no sampling).
    """
    counts = [1]
    for m in magnitudes:
        grown = counts + [0] * m
        for s, n in enumerate(counts):
            grown[s + m] += n
        counts = grown
    return counts
