"""A batch of generated outputs under review (not a tool): the model's answers with the inputs that produced
them, read from a data file or given inline, and the screening the review tools share."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from genaiops.data_roots import optional_data_file
from genaiops.errors import SpecError, ToolExecutionError, ToolInputError
from genaiops.registry import ToolContext
from genaiops.yamlfile import load_model, read_file

__all__ = ["BatchInput", "GeneratedOutput", "OutputBatch", "batch_of", "checked_batch", "screen_text"]

Scalar = str | int | float | bool
_ID = re.compile(r"^[A-Za-z0-9_.:-]+$")


class GeneratedOutput(BaseModel, defer_build=True):
    """One answer a prompt gave, with the template variables and context it was given."""

    model_config = ConfigDict(extra="forbid")  # a misspelt key in a hand-written batch file is named, not dropped

    id: str = Field(min_length=1, description="Unique in the batch; letters, digits and _.:- (it names a case).")
    text: str = Field(min_length=1, max_length=200_000)
    vars: dict[str, Scalar] = Field(default_factory=dict)
    context: str | None = None


class OutputBatch(BaseModel, defer_build=True):
    """Outputs of one version of one prompt."""

    model_config = ConfigDict(extra="forbid")

    prompt: str = Field(min_length=1)
    version: str = Field(min_length=1)
    outputs: list[GeneratedOutput] = Field(min_length=1, max_length=10_000)


class BatchInput(BaseModel, defer_build=True):
    """The batch as a file (``outputs_path``) or inline (``batch``): exactly one."""

    outputs_path: str | None = optional_data_file("A YAML file of generated outputs (prompt, version, outputs).")
    batch: OutputBatch | None = Field(default=None, description="Or the batch inline.")


def batch_of(ctx: ToolContext, args: BatchInput) -> OutputBatch:
    """The batch a tool was given; a missing, unreadable or malformed file is an input error naming it."""
    if (args.batch is None) == (args.outputs_path is None):
        raise ToolInputError("give the outputs as outputs_path (a file) or as batch (inline), exactly one")
    return checked_batch(args.batch if args.batch is not None else _read(ctx, args.outputs_path or ""))


def checked_batch(batch: OutputBatch) -> OutputBatch:
    """Ids become evaluation case ids: unique, and made of the characters a case id may hold."""
    seen: set[str] = set()
    for item in batch.outputs:
        if not _ID.match(item.id):
            raise ToolInputError(f"output id {item.id[:60]!r}: use letters, digits and _.:- only (it names a case)")
        if item.id in seen:
            raise ToolInputError(f"output id {item.id!r} appears twice; give every output its own id")
        seen.add(item.id)
    return batch


def _read(ctx: ToolContext, path: str) -> OutputBatch:
    """The batch file, read by the project's YAML loader: every problem at its ``file:line``, with "did you mean"."""
    real = ctx.resource("data_roots").resolve(path)
    if not real.exists():
        raise ToolInputError(f"outputs_path: no such file {path!r} (looked for {real})")
    try:
        return load_model(OutputBatch, read_file(real), what="a batch of outputs (prompt:, version:, outputs:)")
    except SpecError as exc:  # unreadable, malformed, or problems with the fields (DocumentError)
        raise ToolInputError(f"outputs_path {path!r}: {exc}") from None


def screen_text(ctx: ToolContext, text: str) -> Any:
    """The output pipeline's screening of ``text`` (verdicts, and the text as it rewrites it)."""
    screen = ctx.resources.get("guardrails")
    if screen is None:
        raise ToolExecutionError("this tool needs the 'guardrails' resource (genaiops.runtime provides it)")
    return screen.screen("output", text)
