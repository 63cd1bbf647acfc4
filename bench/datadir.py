"""Where the benchmarks find the public evaluation sets: ``--data DIR``, else ``$GENAIOPS_DATA``, else
``../shared/data`` beside the repository. docs/data.md says where each set comes from and how to lay it out."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["default_data_dir"]


def default_data_dir() -> Path:
    override = os.environ.get("GENAIOPS_DATA")
    return Path(override) if override else Path(__file__).resolve().parents[1].parent / "shared" / "data"
