"""run_eval_suite: evaluate one prompt version on an evaluation suite (recorded outputs or a model)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from genaiops.registry import ToolContext, tool
from genaiops.tools.llmops.evaluation import SuiteReport, evaluate_suite
from genaiops.tools.llmops.suite import suite_from
from genaiops.tools.llmops.wiring import as_tool_input_errors, caller_from, renderer_from, screen_from


class RunEvalSuiteInput(BaseModel):
    suite: str | dict[str, Any] = Field(description="The suite: its YAML text, or the parsed mapping.")
    suite_file: str = Field(default="<suite>", description="The suite's file name, for error messages.")
    version: str = Field(min_length=1, description="The prompt version to evaluate, e.g. 'v2'.")
    recorded: str | dict[str, Any] | None = Field(
        default=None,
        description="Recorded outputs of this version (YAML text or mapping); without them the model is called.",
    )
    recorded_file: str = "<recorded>"


class RunEvalSuiteResult(BaseModel):
    report: SuiteReport
    summary: str


@tool(offload=True)
def run_eval_suite(args: RunEvalSuiteInput, ctx: ToolContext) -> RunEvalSuiteResult:
    """Evaluate `version` of the suite's prompt: sample each case, apply its assertions, report pass rates
    with 95% Wilson intervals. Uses `recorded` outputs when given, else the `model_caller` resource."""
    with as_tool_input_errors():
        suite = suite_from(args.suite, args.suite_file)
        caller = caller_from(ctx, args.recorded, args.recorded_file)
        report = evaluate_suite(suite, args.version, caller, renderer_from(ctx), seed=ctx.seed, screen=screen_from(ctx))
    rate = report.pass_rate
    verdict = "" if report.passed is None else (" - passed" if report.passed else " - below min_pass_rate")
    summary = (
        f"{report.suite} {report.prompt}@{report.version}: {rate.passed}/{rate.total} samples passed "
        f"({rate.rate:.1%}, 95% CI [{rate.low:.1%}, {rate.high:.1%}]){verdict}"
    )
    return RunEvalSuiteResult(report=report, summary=summary)
