"""Drift statistics: population stability index and the two-sample Kolmogorov-Smirnov test, per feature.

PSI bins the *reference* sample at its deciles and compares bin shares (with a small floor so an empty bin
does not give an infinite score). Rules of thumb: < 0.1 stable, 0.1-0.25 moderate, > 0.25 a major shift.
PSI is biased upwards on small samples (two samples of 90 rows from one distribution often score > 0.25),
so a PSI alarm also needs the shift to be significant: Pearson's chi-square test on the same bins (the
chi-square approximation of PSI itself alarms too often on small samples; this test does not). The KS test
gives a p-value per feature; across features a Bonferroni correction keeps the false-alarm rate of "any
feature drifted" near alpha.
"""

from __future__ import annotations

from pydantic import BaseModel

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["FeatureDrift", "categorical_psi_test", "feature_drift", "ks_pvalue", "psi", "psi_test"]

_FLOOR = 1e-4


def _psi_of_counts(ref: np.ndarray, cur: np.ndarray) -> float:
    a = np.maximum(ref / max(ref.sum(), 1), _FLOOR)
    b = np.maximum(cur / max(cur.sum(), 1), _FLOOR)
    return float(np.sum((b - a) * np.log(b / a)))


def _pearson_pvalue(ref: np.ndarray, cur: np.ndarray) -> float:
    """Pearson's chi-square test of homogeneity on the 2 x bins table of counts."""
    from scipy.stats import chi2

    keep = (ref + cur) > 0
    ref, cur = ref[keep].astype(float), cur[keep].astype(float)
    if len(ref) < 2:
        return 1.0
    total = ref.sum() + cur.sum()
    col = (ref + cur) / total
    exp_ref, exp_cur = col * ref.sum(), col * cur.sum()
    stat = float(np.sum((ref - exp_ref) ** 2 / exp_ref) + np.sum((cur - exp_cur) ** 2 / exp_cur))
    return float(chi2.sf(stat, len(ref) - 1))


def _binned(reference: np.ndarray, current: np.ndarray, bins: int) -> tuple[np.ndarray, np.ndarray]:
    edges = np.unique(np.quantile(reference, np.linspace(0, 1, bins + 1)[1:-1]))
    size = len(edges) + 1
    ref = np.bincount(np.searchsorted(edges, reference, side="right"), minlength=size)
    cur = np.bincount(np.searchsorted(edges, current, side="right"), minlength=size)
    return ref, cur


def psi(reference: np.ndarray, current: np.ndarray, bins: int = 10) -> float:
    """Population stability index of ``current`` against ``reference`` (quantile bins of the reference)."""
    return _psi_of_counts(*_binned(reference, current, bins))


def psi_test(reference: np.ndarray, current: np.ndarray, bins: int = 10) -> tuple[float, float]:
    """(PSI, p-value of Pearson's chi-square test on the same bins): the size of a shift and its significance."""
    ref, cur = _binned(reference, current, bins)
    return _psi_of_counts(ref, cur), _pearson_pvalue(ref, cur)


def categorical_psi_test(reference: np.ndarray, current: np.ndarray) -> tuple[float, float]:
    """(PSI, chi-square p-value) over the categories seen in either sample (for class predictions)."""
    cats = np.unique(np.concatenate([reference, current]))
    ref = np.array([np.sum(reference == c) for c in cats])
    cur = np.array([np.sum(current == c) for c in cats])
    return _psi_of_counts(ref, cur), _pearson_pvalue(ref, cur)


def ks_pvalue(reference: np.ndarray, current: np.ndarray) -> tuple[float, float]:
    """(KS statistic, p-value) of the two-sample Kolmogorov-Smirnov test."""
    from scipy.stats import ks_2samp

    result = ks_2samp(reference, current, method="asymp")
    return float(result.statistic), float(result.pvalue)


class FeatureDrift(BaseModel, defer_build=True):
    feature: str
    psi: float
    ks_statistic: float
    psi_pvalue: float
    ks_pvalue: float
    mean_shift_sd: float
    """How far the mean moved, in reference standard deviations."""
    drifted: bool
    why: str


def feature_drift(
    name: str, reference: np.ndarray, current: np.ndarray, *, psi_threshold: float, alpha: float
) -> FeatureDrift:
    """Drift of one feature: a significant PSI over its threshold, or a KS p-value under the (corrected) alpha."""
    score, psi_p = psi_test(reference, current)
    stat, p = ks_pvalue(reference, current)
    sd = float(np.std(reference)) or 1.0
    shift = float((np.mean(current) - np.mean(reference)) / sd)
    reasons = []
    if score > psi_threshold and psi_p < alpha:
        reasons.append(f"PSI {score:.3f} > {psi_threshold} (p={psi_p:.2g})")
    if p < alpha:
        reasons.append(f"KS p={p:.2g} < {alpha:.2g}")
    return FeatureDrift(
        feature=name,
        psi=round(score, 6),
        psi_pvalue=float(f"{psi_p:.6g}"),
        ks_statistic=round(stat, 6),
        ks_pvalue=float(f"{p:.6g}"),
        mean_shift_sd=round(shift, 6),
        drifted=bool(reasons),
        why="; ".join(reasons) or "stable",
    )
