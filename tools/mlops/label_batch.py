"""label_batch: attach labels that arrived after scoring to a logged batch, for performance drift."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool

from .lib.tables import DatasetFingerprint, Table, encode_table

# The tool's libraries, imported by its first call: validating a scenario needs only the models below.
_access = lazy_module("genaiops.tools.mlops.lib.access")


class LabelBatchInput(BaseModel, defer_build=True):
    model_name: str
    batch_id: int = Field(ge=1, description="The batch score_batch logged (its result's batch_id).")
    labels: list[float | int | str] = Field(min_length=1, description="One label per scored row, in row order.")
    target: str = Field(default="target", min_length=1, description="Name of the label column.")
    task: Literal["classification", "regression"] | None = Field(
        default=None, description="Default: regression for non-integral numbers, else classification."
    )


class LabelBatchResult(BaseModel, defer_build=True):
    batch_id: int
    version: int
    """The model version that scored the batch."""
    dataset_id: str
    """The scored rows with their labels: pass it to detect_drift as ``current`` for performance drift."""
    fingerprint: DatasetFingerprint


@tool()
def label_batch(args: LabelBatchInput, ctx: ToolContext) -> LabelBatchResult:
    """Join labels that arrived later to the exact rows a logged batch scored, and store them as a dataset, so
    detect_drift can measure the model's performance on it."""
    import numpy as np

    batches = {b.batch_id: b for b in ctx.resource("prediction_log").batches(args.model_name)}
    batch = batches.get(args.batch_id)
    if batch is None:
        known = ", ".join(str(b) for b in sorted(batches)[-10:]) or "none"
        raise ToolInputError(f"batch_id: {args.model_name} has no logged batch {args.batch_id} (latest: {known})")
    scored = _access.load_table(ctx, batch.inputs_sha)
    if len(args.labels) != scored.rows:
        raise ToolInputError(f"labels: batch {args.batch_id} scored {scored.rows} rows, got {len(args.labels)} labels")
    texts = [isinstance(v, str) for v in args.labels]
    if any(texts) and not all(texts):
        raise ToolInputError("labels: mix of text and numbers; give all labels as text or all as numbers")
    integral = not any(texts) and all(float(v).is_integer() for v in args.labels)
    task = args.task or ("classification" if any(texts) or integral else "regression")
    if task == "classification":  # class labels are text, as in every dataset this toolset loads
        y = np.asarray([v if isinstance(v, str) else _class_label(v) for v in args.labels], dtype=str)
    else:
        y = np.asarray(args.labels, dtype=np.float64)
    labeled = Table(scored.columns, scored.x, y, args.target, task, f"labels(batch {args.batch_id})")
    sha = _access.artifacts_of(ctx).put(encode_table(labeled))
    return LabelBatchResult(
        batch_id=args.batch_id, version=batch.version, dataset_id=sha, fingerprint=labeled.fingerprint()
    )


def _class_label(value: float | int) -> str:
    """1 and 1.0 are the class '1' (as load_dataset writes integer classes)."""
    return str(int(value)) if float(value).is_integer() else str(value)
