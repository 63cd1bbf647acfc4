"""shift_dataset: make a drifted copy of a dataset (seeded covariate shift, for drills and tests)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.tables import DatasetFingerprint, Table, encode_table

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class ShiftDatasetInput(BaseModel, defer_build=True):
    dataset: str = Field(description="dataset_id of the data to shift.")
    features: list[str] | None = Field(default=None, description="Features to shift (default: all).")
    shift_sd: float = Field(default=1.0, description="Add this many feature standard deviations to each value.")
    scale: float = Field(default=1.0, gt=0, description="Then stretch around the mean by this factor.")
    noise_sd: float = Field(default=0.0, ge=0, description="Then add seeded Gaussian noise (in feature SDs).")
    seed: int = 0


class ShiftDatasetResult(BaseModel, defer_build=True):
    dataset_id: str
    fingerprint: DatasetFingerprint
    shifted: list[str]


@tool()
def shift_dataset(args: ShiftDatasetInput, ctx: ToolContext) -> ShiftDatasetResult:
    """Copy a dataset with chosen features shifted, stretched and/or noised; labels are kept (so a model
    fitted on the original data degrades). Deterministic for a given seed."""
    import numpy as np

    table = _access.load_table(ctx, args.dataset)
    names = args.features if args.features is not None else list(table.columns)
    for name in names:
        if name not in table.columns:
            raise ToolInputError(
                f"features: no feature {name!r}{did_you_mean(name, table.columns)}; features are {list(table.columns)}"
            )
    rng = np.random.default_rng(args.seed)
    x = table.x.copy()
    for name in names:
        j = table.columns.index(name)
        col = x[:, j]
        sd = float(np.std(col)) or 1.0
        mean = float(np.mean(col))
        col = mean + (col - mean) * args.scale + args.shift_sd * sd
        x[:, j] = col + rng.normal(0.0, args.noise_sd * sd, size=len(col)) if args.noise_sd else col
    shifted = Table(table.columns, x, table.y, table.target, table.task, f"shift({args.dataset[:12]})")
    sha = _access.artifacts_of(ctx).put(encode_table(shifted))
    return ShiftDatasetResult(dataset_id=sha, fingerprint=shifted.fingerprint(), shifted=names)
