"""Where the benchmarks find the public evaluation sets: ``--data DIR``, else ``$GENAIOPS_DATA``, else
``../shared/data`` beside the repository. docs/data.md says where each set comes from and how to lay it out."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_data_dir"]


def default_data_dir() -> Path:
    override = os.environ.get("GENAIOPS_DATA")
    return Path(override) if override else Path(__file__).resolve().parents[1].parent / "shared" / "data"


def item_count(text: str) -> int:
    """``--sample N`` of the guardrail benches: a count of items, at least 1 (a negative N sliced items off the end
    of each set, and 0 scored nothing, under the full set's headers)."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a count of items: give N >= 1") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a count of items: give N >= 1 (no --sample: all)")
    return value
