"""Leakage: features that give the label away (pure; no I/O).

A feature that on its own separates every class (each class's values in a range no other class reaches), or
that tracks a numeric target almost exactly, is usually a value recorded after the outcome (a cancellation fee
for churn, a chargeback flag for fraud): the model scores perfectly on held-out rows and fails in service.
``suspect_leaks`` names them; training goes on, the result carries the warning.
"""

from __future__ import annotations

from genaiops.lazy import lazy_module

from .tables import Table

np = lazy_module("numpy")

__all__ = ["suspect_leaks"]

MIN_ROWS = 30
"""Fewer rows than this, or fewer than ``MIN_ROWS_PER_CLASS`` in a class, separate by chance too often to say."""
MIN_ROWS_PER_CLASS = 5
MAX_CORRELATION = 0.99


def _separates(values: np.ndarray, y: np.ndarray, classes: np.ndarray) -> bool:
    if np.ptp(values) == 0:
        return False
    spans = sorted((values[y == c].min(), values[y == c].max()) for c in classes)
    return all(high < low for (_, high), (low, _) in zip(spans, spans[1:], strict=False))


def suspect_leaks(table: Table) -> list[str]:
    """One warning per feature that alone separates the classes, or correlates above 0.99 with the target."""
    if not table.labeled or table.rows < MIN_ROWS:
        return []
    found = []
    if table.task == "classification":
        classes, counts = np.unique(table.y, return_counts=True)
        if len(classes) < 2 or counts.min() < MIN_ROWS_PER_CLASS:
            return []
        for j, name in enumerate(table.columns):
            if _separates(table.x[:, j], table.y, classes):
                found.append(
                    f"feature {name!r} alone separates the classes of {table.target!r} in all {table.rows} rows: "
                    "a leak (a value recorded after the outcome)? Drop it unless it is known when the model predicts"
                )
        return found
    y = table.y.astype(float)
    for j, name in enumerate(table.columns):
        values = table.x[:, j]
        if np.ptp(values) == 0 or np.ptp(y) == 0:
            continue
        r = float(np.corrcoef(values, y)[0, 1])
        if abs(r) > MAX_CORRELATION:
            found.append(
                f"feature {name!r} tracks {table.target!r} almost exactly (correlation {r:.3f} in {table.rows} rows): "
                "a leak (the target or a value derived from it)? Drop it unless it is known when the model predicts"
            )
    return found
