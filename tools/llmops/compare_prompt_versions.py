"""compare_prompt_versions: the release gate between a baseline and a candidate prompt version."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel, Field, model_validator

from genaiops.data_roots import optional_data_file
from genaiops.registry import ToolContext, tool
from genaiops.tools.llmops import arg_rules
from genaiops.tools.llmops.evaluation import evaluate_suite, report_json
from genaiops.tools.llmops.gate import GatePolicy, GateResult, compare_reports
from genaiops.tools.llmops.wiring import (
    as_tool_input_errors,
    caller_from,
    recorded_from,
    renderer_from,
    screen_from,
    suite_of,
)


class ComparePromptVersionsInput(BaseModel, defer_build=True):
    suite_path: str | None = optional_data_file("The suite's YAML file (relative to the scenario's folder).")
    suite: str | dict[str, Any] | None = Field(
        default=None, description="Or the suite inline: its YAML text, or the parsed mapping."
    )
    suite_file: str = "<suite>"
    baseline: str = Field(min_length=1, description="The version in production, e.g. 'v1'.")
    candidate: str = Field(min_length=1, description="The version proposed for release, e.g. 'v2'.")
    recorded_baseline_path: str | None = optional_data_file("The file of recorded outputs of the baseline.")
    recorded_candidate_path: str | None = optional_data_file("The file of recorded outputs of the candidate.")
    recorded_baseline: str | dict[str, Any] | None = None
    recorded_candidate: str | dict[str, Any] | None = None
    alpha: float = Field(default=0.05, gt=0, lt=0.5, description="Two-sided significance level of the gate.")

    _one_suite = model_validator(mode="after")(arg_rules.one_suite)


class ComparePromptVersionsResult(BaseModel, defer_build=True):
    gate: GateResult
    baseline_report_sha256: str
    candidate_report_sha256: str
    """sha256 of each report's canonical JSON: the evidence the verdict rests on."""


@tool(offload=True)
def compare_prompt_versions(args: ComparePromptVersionsInput, ctx: ToolContext) -> ComparePromptVersionsResult:
    """Run the suite on `baseline` and `candidate` and gate the candidate with a paired exact test: `pass` only
    when it is better beyond the noise, `fail` on a regression beyond the noise, else `inconclusive`."""
    renderer, screen = renderer_from(ctx), screen_from(ctx)
    with as_tool_input_errors():
        suite = suite_of(ctx, args.suite, args.suite_file, args.suite_path)
        sides = (
            (args.baseline, args.recorded_baseline, args.recorded_baseline_path, "recorded_baseline_path"),
            (args.candidate, args.recorded_candidate, args.recorded_candidate_path, "recorded_candidate_path"),
        )
        reports = []
        for version, inline, path, field in sides:
            recorded, file = recorded_from(ctx, inline, path, field)
            name = file if path is not None else f"<recorded {version}>"
            caller = caller_from(ctx, recorded, name, version)
            reports.append(evaluate_suite(suite, version, caller, renderer, seed=ctx.seed, screen=screen))
        gate = compare_reports(reports[0], reports[1], GatePolicy(alpha=args.alpha))
    digests = [hashlib.sha256(report_json(r).encode()).hexdigest() for r in reports]
    return ComparePromptVersionsResult(gate=gate, baseline_report_sha256=digests[0], candidate_report_sha256=digests[1])
