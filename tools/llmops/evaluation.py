"""Run a suite on one prompt version: render each case, sample N outputs, apply every assertion, count.

The report is a pure function of the suite, the version, the outputs the caller returns and the seed: it holds no
time, host or path, floats are rounded to 6 places, and ``report_json`` serialises it canonically, so two runs on
the same inputs give byte-identical JSON.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from genaiops.ids import canonical_json
from genaiops.tools.llmops.assertion import AssertionOutcome, CheckInput, ScreenLike, check_assertion
from genaiops.tools.llmops.caller import ModelCaller, ModelRequest, RecordedOutputs
from genaiops.tools.llmops.stats import wilson_interval
from genaiops.tools.llmops.suite import CaseSpec, SuiteSpec
from genaiops.tools.llmops.template import PromptTemplateError, TemplateRenderer, template_hash

__all__ = [
    "CaseReport",
    "PassRate",
    "SampleReport",
    "SuiteReport",
    "evaluate_suite",
    "pass_rate",
    "report_json",
]


class PassRate(BaseModel, defer_build=True):
    """Passed out of total, with a 95 % Wilson interval."""

    model_config = ConfigDict(frozen=True)

    passed: int
    total: int
    rate: float
    low: float
    high: float


def pass_rate(passed: int, total: int) -> PassRate:
    low, high = wilson_interval(passed, total)
    rate = passed / total if total else 0.0
    return PassRate(passed=passed, total=total, rate=round(rate, 6), low=round(low, 6), high=round(high, 6))


class SampleReport(BaseModel, defer_build=True):
    model_config = ConfigDict(frozen=True)

    sample: int
    passed: bool
    output: str
    latency_ms: float | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    assertions: tuple[AssertionOutcome, ...]


class CaseReport(BaseModel, defer_build=True):
    model_config = ConfigDict(frozen=True)

    id: str
    passes: int
    """Samples that passed every assertion."""
    samples: tuple[SampleReport, ...]
    prompt_sha256: str
    """sha256 of the rendered prompt."""


class SuiteReport(BaseModel, defer_build=True):
    """A suite run on one prompt version."""

    model_config = ConfigDict(frozen=True)

    suite: str
    prompt: str
    version: str
    template_sha256: str
    samples_per_case: int
    seed: int
    pass_rate: PassRate
    """Over all samples of all cases."""
    by_assertion: dict[str, PassRate]
    """Pass rate of each assertion type over the samples it was applied to."""
    min_pass_rate: float | None
    passed: bool | None
    """``pass_rate.rate >= min_pass_rate``; None when the suite sets no minimum."""
    cases: tuple[CaseReport, ...]

    def case_passes(self) -> dict[str, int]:
        return {c.id: c.passes for c in self.cases}


def evaluate_suite(
    suite: SuiteSpec,
    version: str,
    caller: ModelCaller,
    renderer: TemplateRenderer,
    *,
    seed: int = 0,
    screen: ScreenLike | None = None,
    cases: Sequence[CaseSpec] | None = None,
) -> SuiteReport:
    """Evaluate ``version`` of the suite's prompt on its cases (or on ``cases``, e.g. counterfactual variants)."""
    template = suite.prompt.version(version).template
    renderer.validate(template)
    digest = template_hash(template)
    if isinstance(caller, RecordedOutputs):
        caller.check(suite.prompt.name, version, digest, [c.id for c in suite.cases] if cases is None else None)
    reports = [
        _run_case(suite, version, case, caller, renderer, template, seed, screen)
        for case in (suite.cases if cases is None else cases)
    ]
    samples = [s for c in reports for s in c.samples]
    rate = pass_rate(sum(s.passed for s in samples), len(samples))
    return SuiteReport(
        suite=suite.suite,
        prompt=suite.prompt.name,
        version=version,
        template_sha256=digest,
        samples_per_case=suite.samples,
        seed=seed,
        pass_rate=rate,
        by_assertion=_by_assertion(samples),
        min_pass_rate=suite.min_pass_rate,
        passed=None if suite.min_pass_rate is None else rate.rate >= suite.min_pass_rate,
        cases=tuple(reports),
    )


def _run_case(
    suite: SuiteSpec,
    version: str,
    case: CaseSpec,
    caller: ModelCaller,
    renderer: TemplateRenderer,
    template: str,
    seed: int,
    screen: ScreenLike | None,
) -> CaseReport:
    try:
        prompt = renderer.render(template, case.variables())
    except PromptTemplateError as exc:
        raise PromptTemplateError(f"case {case.id!r} of {suite.prompt.name}@{version}: {exc}") from None
    pricing = suite.pricing
    samples = []
    for i in range(suite.samples):
        request = ModelRequest(
            prompt=prompt,
            prompt_name=suite.prompt.name,
            version=version,
            case_id=case.id,
            sample=i,
            seed=sample_seed(seed, case.id, i),
        )
        reply = caller.call(request)
        sample = CheckInput(
            reply=reply,
            prompt=prompt,
            context=case.context,
            reference=case.reference,
            screen=screen,
            usd_per_1k_input=pricing.usd_per_1k_input if pricing else 0.0,
            usd_per_1k_output=pricing.usd_per_1k_output if pricing else 0.0,
        )
        outcomes = tuple(check_assertion(a, sample) for a in suite.assertions_for(case))
        samples.append(
            SampleReport(
                sample=i,
                passed=all(o.passed for o in outcomes),
                output=reply.text,
                latency_ms=reply.latency_ms,
                input_tokens=reply.input_tokens,
                output_tokens=reply.output_tokens,
                assertions=outcomes,
            )
        )
    return CaseReport(
        id=case.id,
        passes=sum(s.passed for s in samples),
        samples=tuple(samples),
        prompt_sha256=hashlib.sha256(prompt.encode()).hexdigest(),
    )


def sample_seed(seed: int, case_id: str, sample: int) -> int:
    """The seed a model gets for one sample: stable across runs and processes, distinct per case and sample."""
    digest = hashlib.sha256(f"{seed}\x00{case_id}\x00{sample}".encode()).digest()
    return int.from_bytes(digest[:4], "big")


def _by_assertion(samples: Sequence[SampleReport]) -> dict[str, PassRate]:
    counts: dict[str, list[int]] = {}
    for s in samples:
        for o in s.assertions:
            c = counts.setdefault(o.type, [0, 0])
            c[0] += o.passed
            c[1] += 1
    return {t: pass_rate(p, n) for t, (p, n) in sorted(counts.items())}


def report_json(report: BaseModel) -> str:
    """Canonical JSON of a report (sorted keys, no spaces): equal inputs give byte-identical text."""
    return canonical_json(report.model_dump(mode="json"))
