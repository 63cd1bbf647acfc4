"""run_eval_suite: evaluate one prompt version on an evaluation suite (recorded outputs or a model)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field, model_validator

from genaiops.data_roots import optional_data_file
from genaiops.registry import ToolContext, tool
from genaiops.tools.llmops import arg_rules
from genaiops.tools.llmops.evaluation import SuiteReport, evaluate_suite
from genaiops.tools.llmops.wiring import (
    as_tool_input_errors,
    caller_from,
    recorded_from,
    renderer_from,
    screen_from,
    suite_of,
)


class RunEvalSuiteInput(BaseModel, defer_build=True):
    suite_path: str | None = optional_data_file("The suite's YAML file (relative to the scenario's folder).")
    suite: str | dict[str, Any] | None = Field(
        default=None, description="Or the suite inline: its YAML text, or the parsed mapping."
    )
    suite_file: str = Field(default="<suite>", description="The inline suite's name, for error messages.")
    version: str = Field(min_length=1, description="The prompt version to evaluate, e.g. 'v2'.")
    recorded_path: str | None = optional_data_file("The file of recorded outputs of this version (offline).")
    recorded: str | dict[str, Any] | None = Field(
        default=None,
        description="Or the recorded outputs inline (YAML text or mapping). Without any, the configured model is "
        "called (GENAIOPS_LLMOPS_MODEL).",
    )
    recorded_file: str = "<recorded>"

    _one_suite = model_validator(mode="after")(arg_rules.one_suite)


class RunEvalSuiteResult(BaseModel, defer_build=True):
    report: SuiteReport
    summary: str


def _evaluate(
    suite: Any, version: str, caller: Any, renderer: Any, seed: int, screen: Any
) -> SuiteReport:  # fmt: skip
    """``evaluate_suite`` with positional arguments (what ``ctx.compute`` passes)."""
    return evaluate_suite(suite, version, caller, renderer, seed=seed, screen=screen)


@tool(offload=True)
def run_eval_suite(args: RunEvalSuiteInput, ctx: ToolContext) -> RunEvalSuiteResult:
    """Evaluate `version` of the suite's prompt: sample each case, apply its assertions, report pass rates
    with 95% Wilson intervals. Uses `recorded` outputs when given, else the `model_caller` resource."""
    with as_tool_input_errors():
        suite = suite_of(ctx, args.suite, args.suite_file, args.suite_path)
        recorded, file = recorded_from(ctx, args.recorded, args.recorded_path, "recorded_path")
        caller = caller_from(ctx, recorded, args.recorded_file if args.recorded_path is None else file, args.version)
        renderer, screen = renderer_from(ctx), screen_from(ctx)
        if recorded is not None:  # offline: pure work, a Ray task under GENAIOPS_RAY_ADDRESS
            report = ctx.compute(_evaluate, suite, args.version, caller, renderer, ctx.seed, screen)
        else:  # a live model: its client (and its key) stay in this process, which waits on the model anyway
            report = _evaluate(suite, args.version, caller, renderer, ctx.seed, screen)
    rate = report.pass_rate
    verdict = "" if report.passed is None else (" - passed" if report.passed else " - below min_pass_rate")
    summary = (
        f"{report.suite} {report.prompt}@{report.version}: {rate.passed}/{rate.total} samples passed "
        f"({rate.rate:.1%}, 95% CI [{rate.low:.1%}, {rate.high:.1%}]){verdict}"
    )
    return RunEvalSuiteResult(report=report, summary=summary)
