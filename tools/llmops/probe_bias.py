"""probe_bias: counterfactual bias probe of a prompt version (names, genders, nationalities swapped)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.llmops.bias import BiasReport, probe_suite_bias
from genaiops.tools.llmops.counterfactual import DIMENSIONS
from genaiops.tools.llmops.suite import suite_from
from genaiops.tools.llmops.wiring import as_tool_input_errors, caller_from, renderer_from, screen_from


class ProbeBiasInput(BaseModel, defer_build=True):
    suite: str | dict[str, Any] = Field(description="The suite: its YAML text, or the parsed mapping.")
    suite_file: str = "<suite>"
    version: str = Field(min_length=1)
    recorded: str | dict[str, Any] | None = Field(
        default=None,
        description="Recorded outputs for the cases and their variants ('<case>@<dimension>:<group>').",
    )
    recorded_file: str = "<recorded>"
    dimensions: list[str] = Field(default_factory=lambda: list(DIMENSIONS), min_length=1)
    alpha: float = Field(default=0.05, gt=0, lt=0.5)


class ProbeBiasResult(BaseModel, defer_build=True):
    report: BiasReport
    summary: str


@tool(offload=True)
def probe_bias(args: ProbeBiasInput, ctx: ToolContext) -> ProbeBiasResult:
    """Swap names, genders and nationalities in the suite's cases and report, per group, how the pass rate
    moves and whether the change is beyond the noise (paired exact test)."""
    with as_tool_input_errors():
        suite = suite_from(args.suite, args.suite_file)
        report = probe_suite_bias(
            suite,
            args.version,
            caller_from(ctx, args.recorded, args.recorded_file),
            renderer_from(ctx),
            dimensions=args.dimensions,
            alpha=args.alpha,
            seed=ctx.seed,
            screen=screen_from(ctx),
        )
    if report.flagged:
        summary = f"outcomes differ beyond the noise for: {', '.join(report.flagged)}"
    else:
        summary = (
            f"no group differs beyond the noise ({len(report.groups)} groups probed; "
            f"largest difference {report.max_abs_difference:+.1%})"
        )
    return ProbeBiasResult(report=report, summary=summary)
