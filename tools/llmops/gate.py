"""The release gate: is a candidate prompt version better than the baseline beyond the noise?

Both versions run on the same cases with the same number of samples. ``compare_reports`` pairs them by case and
applies the exact sign-flip test of ``stats.paired_test`` (the exact McNemar test when there is one sample per
case). The verdict has three values, so "better within the noise" is neither a pass nor a failure:

- ``pass``: the candidate passes significantly more (p < alpha, net gain);
- ``fail``: the candidate passes significantly less (p < alpha, net loss) -- a regression outside the noise;
- ``inconclusive``: no significant difference either way; the gate does not pass (add cases or samples).

The verdict is a pure function of the two reports and the policy: no random numbers, no clock.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from genaiops.errors import ToolInputError
from genaiops.tools.llmops.evaluation import PassRate, SuiteReport
from genaiops.tools.llmops.stats import paired_test

__all__ = ["GatePolicy", "GateResult", "compare_reports"]

GateVerdict = Literal["pass", "fail", "inconclusive"]


class GatePolicy(BaseModel, defer_build=True):
    """How sure the gate must be: a two-sided significance level."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    alpha: float = Field(default=0.05, gt=0, lt=0.5)


class CaseChange(BaseModel, defer_build=True):
    model_config = ConfigDict(frozen=True)

    id: str
    baseline_passes: int
    candidate_passes: int


class GateResult(BaseModel, defer_build=True):
    """The gate's decision and the numbers behind it."""

    model_config = ConfigDict(frozen=True)

    suite: str
    prompt: str
    baseline: str
    candidate: str
    baseline_template_sha256: str
    candidate_template_sha256: str
    """What was evaluated: a release must publish exactly this template text."""
    verdict: GateVerdict
    passed: bool
    baseline_rate: PassRate
    candidate_rate: PassRate
    difference: float
    """Candidate pass rate minus baseline pass rate (over all samples)."""
    improved_cases: int
    regressed_cases: int
    unchanged_cases: int
    p_value: float
    alpha: float
    changes: tuple[CaseChange, ...]
    """The cases whose pass count changed, in suite order."""
    explanation: str


def compare_reports(baseline: SuiteReport, candidate: SuiteReport, policy: GatePolicy | None = None) -> GateResult:
    """Decide whether ``candidate`` beats ``baseline`` beyond the noise (see the module docstring)."""
    policy = policy or GatePolicy()
    _check_paired(baseline, candidate)
    base, cand = baseline.case_passes(), candidate.case_passes()
    ids = [c.id for c in baseline.cases]
    test = paired_test([base[i] for i in ids], [cand[i] for i in ids])
    significant = test.p_value < policy.alpha
    verdict: GateVerdict = "inconclusive"
    if significant and test.statistic > 0:
        verdict = "pass"
    elif significant and test.statistic < 0:
        verdict = "fail"
    difference = round(candidate.pass_rate.rate - baseline.pass_rate.rate, 6)
    return GateResult(
        suite=baseline.suite,
        prompt=baseline.prompt,
        baseline=baseline.version,
        candidate=candidate.version,
        baseline_template_sha256=baseline.template_sha256,
        candidate_template_sha256=candidate.template_sha256,
        verdict=verdict,
        passed=verdict == "pass",
        baseline_rate=baseline.pass_rate,
        candidate_rate=candidate.pass_rate,
        difference=difference,
        improved_cases=test.improved,
        regressed_cases=test.regressed,
        unchanged_cases=test.unchanged,
        p_value=float(f"{test.p_value:.6g}"),
        alpha=policy.alpha,
        changes=tuple(
            CaseChange(id=i, baseline_passes=base[i], candidate_passes=cand[i]) for i in ids if base[i] != cand[i]
        ),
        explanation=_explain(verdict, baseline, candidate, test.improved, test.regressed, test.p_value, policy),
    )


def _check_paired(baseline: SuiteReport, candidate: SuiteReport) -> None:
    if (baseline.suite, baseline.prompt) != (candidate.suite, candidate.prompt):
        raise ToolInputError(
            f"cannot compare {baseline.suite}/{baseline.prompt} with {candidate.suite}/{candidate.prompt}: "
            "a gate compares two versions of one prompt on one suite"
        )
    if baseline.samples_per_case != candidate.samples_per_case:
        raise ToolInputError(
            f"the baseline has {baseline.samples_per_case} samples per case and the candidate "
            f"{candidate.samples_per_case}; a paired comparison needs the same number"
        )
    if [c.id for c in baseline.cases] != [c.id for c in candidate.cases]:
        raise ToolInputError("the two reports are on different cases; run both versions on the same suite")


def _explain(
    verdict: GateVerdict,
    baseline: SuiteReport,
    candidate: SuiteReport,
    improved: int,
    regressed: int,
    p_value: float,
    policy: GatePolicy,
) -> str:
    rates = (
        f"{candidate.version} passes {candidate.pass_rate.rate:.1%} "
        f"[{candidate.pass_rate.low:.1%}, {candidate.pass_rate.high:.1%}] vs {baseline.version} "
        f"{baseline.pass_rate.rate:.1%} [{baseline.pass_rate.low:.1%}, {baseline.pass_rate.high:.1%}]; "
        f"{improved} case(s) better, {regressed} worse; paired test p={p_value:.4f} (alpha {policy.alpha})"
    )
    if verdict == "pass":
        return f"pass: {candidate.version} is better beyond the noise. {rates}"
    if verdict == "fail":
        return f"fail: {candidate.version} regresses beyond the noise. {rates}"
    return f"inconclusive: the difference is within the noise; not released (add cases or samples). {rates}"
