"""load_dataset: ingest a CSV/Parquet file or a bundled scikit-learn dataset as a hashed snapshot."""

from __future__ import annotations

import dataclasses
from pathlib import PurePath
from typing import Literal

from pydantic import BaseModel, Field

from genaiops.data_roots import DataPath
from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.tables import BUNDLED_DATASETS, DatasetFingerprint, encode_table, load_bundled

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class LoadDatasetInput(BaseModel, defer_build=True):
    source: DataPath = Field(
        min_length=1,
        description=f"A bundled dataset ({', '.join(sorted(BUNDLED_DATASETS))}) or a .csv/.parquet path under "
        "the data roots (relative to the scenario's folder).",
    )
    target: str | None = Field(
        default=None,
        description="The label column. Bundled datasets use 'target'; a file without one is unlabeled "
        "(good for scoring and drift checks, not for training).",
    )
    task: Literal["classification", "regression"] | None = Field(
        default=None, description="Override the task inferred from the target column."
    )


class LoadDatasetResult(BaseModel, defer_build=True):
    dataset_id: str
    """sha256 of the snapshot; pass it to train_model, validate_model, detect_drift."""
    fingerprint: DatasetFingerprint


@tool()
def load_dataset(args: LoadDatasetInput, ctx: ToolContext) -> LoadDatasetResult:
    """Load tabular data (numeric features plus a target column), store a snapshot and return its fingerprint.

    The fingerprint (content hash, schema, row count) identifies the data in every later result (lineage).
    """
    if args.source in BUNDLED_DATASETS or _is_name(args.source):
        table = load_bundled(args.source)  # an unknown name: "did you mean", and the bundled names
        if args.target not in (None, "target"):
            raise ToolInputError(f"target: bundled datasets have the target column 'target', not {args.target!r}")
    else:  # only files under the data roots: the resource refuses '..', outside paths and escaping links
        path = ctx.resource("data_roots").resolve(args.source)
        table = ctx.resource("data").read(str(path), args.target, args.task)
        table = dataclasses.replace(table, source=args.source)  # lineage names the file as the scenario does
    sha = _access.artifacts_of(ctx).put(encode_table(table))
    fingerprint = table.fingerprint()
    return LoadDatasetResult(dataset_id=sha, fingerprint=fingerprint)


def _is_name(source: str) -> bool:
    """A bare word (no folder, no suffix): meant as a bundled dataset's name, not a file."""
    parts = PurePath(source).parts
    return len(parts) == 1 and not PurePath(source).suffix and not PurePath(source).is_absolute()
