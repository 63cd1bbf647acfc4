"""Seeded hold-out splits (stratified for classification): same dataset, fraction and seed, same rows."""

from __future__ import annotations

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module

from .tables import Table

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["holdout_split"]


def holdout_split(table: Table, test_size: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Row indices (train, holdout), sorted; stratified by class when the task is classification."""
    from sklearn.model_selection import train_test_split

    rows = np.arange(table.rows)
    stratify = table.y if table.task == "classification" else None
    if stratify is not None:
        _, counts = np.unique(stratify, return_counts=True)
        if counts.min() < 2:
            raise ToolInputError(
                f"dataset {table.source or ''}: a class has only {counts.min()} row; "
                "a stratified split needs "
                "at least 2 rows per class"
            )
    try:
        train, test = train_test_split(rows, test_size=test_size, random_state=seed, stratify=stratify)
    except ValueError as exc:
        raise ToolInputError(f"test_size={test_size}: cannot split {table.rows} rows: {exc}") from None
    return np.sort(train), np.sort(test)
