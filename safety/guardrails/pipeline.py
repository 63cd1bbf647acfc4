"""Pipelines: scanners in order, each with a policy, under a latency budget; and the ``Screen`` over them.

Policies (what a non-pass verdict does):

| policy         | outcome       | text                                    |
|----------------|---------------|-----------------------------------------|
| ``block``      | block         | unchanged                               |
| ``flag``       | flag          | unchanged                               |
| ``redact``     | flag          | spans replaced by ``⟦LABEL⟧``           |
| ``pseudonymize`` | flag        | spans replaced by keyed pseudonyms (reversible) |
| ``shadow``     | pass          | unchanged; the verdict is only recorded |

Later scanners see the text as earlier ones left it (so a secret redacted first never reaches the PII scanner).
The combined result lists every scanner's verdict. The latency budget needs a clock, which is injected (safety
reads none by itself): with ``clock=None`` the budget is not enforced and results are fully deterministic. The
budget is checked before each scanner after the first, so at least one scanner always runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from genaiops.safety.guardrails.base import worst
from genaiops.safety.guardrails.redaction import PseudonymMap, pseudonymize, redact
from genaiops.safety.verdict import Direction, Guardrail, Outcome, ScreenResult, Verdict

__all__ = ["GuardrailScreen", "Pipeline", "PipelineResult", "Policy", "Step"]

Policy = Literal["block", "flag", "redact", "pseudonymize", "shadow"]
_OUTCOME: dict[str, Outcome] = {"block": "block", "flag": "flag", "redact": "flag", "pseudonymize": "flag"}


@dataclass(frozen=True)
class Step:
    """One scanner and what its findings do."""

    guardrail: Guardrail
    policy: Policy = "block"


_REWRITES = frozenset({"redact", "pseudonymize"})
_ALWAYS = _REWRITES | {"block"}  # steps a spent budget never skips


@dataclass(frozen=True)
class PipelineResult:
    """The screen result plus what only the caller should keep: the pseudonym map and the timing."""

    result: ScreenResult
    pseudonyms: PseudonymMap = field(default_factory=PseudonymMap)
    elapsed_ms: float | None = None
    skipped: tuple[str, ...] = ()


def _shadowed(verdict: Verdict) -> Verdict:
    if verdict.outcome == "pass":
        return verdict
    return verdict.model_copy(update={"reason": f"shadow (would {verdict.outcome}): {verdict.reason}"})


@dataclass(frozen=True)
class Pipeline:
    """Scanners applied in order to one direction's text."""

    steps: tuple[Step, ...] = ()
    budget_ms: float | None = None
    on_budget_exceeded: Outcome = "flag"
    """Outcome when the budget runs out before every scanner ran (the rest are skipped and named). Only advisory
    steps (flag, shadow) are skipped: steps that block or rewrite the text (redact, pseudonymize) still run, so
    neither a slow machine nor a text padded to exhaust the budget lets an injection, a secret or a name through."""
    pseudonym_key: str = "genaiops"

    def run(self, text: str, clock: Callable[[], float] | None = None) -> PipelineResult:
        """Apply every step; ``clock`` (seconds, monotonic) enables the latency budget."""
        started = clock() if clock else None
        verdicts: list[Verdict] = []
        outcomes: list[Outcome] = []
        pseudonyms = PseudonymMap()
        skipped: list[str] = []
        over = False
        for index, step in enumerate(self.steps):
            if not over and index and started is not None and self.budget_ms is not None:
                over = (clock() - started) * 1000 > self.budget_ms  # type: ignore[misc, operator]
            if over and step.policy not in _ALWAYS:
                skipped.append(step.guardrail.name)
                continue
            verdict = step.guardrail.check(text)
            if step.policy == "shadow":
                verdicts.append(_shadowed(verdict))
                continue
            verdicts.append(verdict)
            if verdict.outcome == "pass":
                continue
            outcomes.append(_OUTCOME[step.policy])
            if step.policy == "redact":
                text = redact(text, verdict.spans)
            elif step.policy == "pseudonymize":
                text, more = pseudonymize(text, verdict.spans, self.pseudonym_key)
                pseudonyms = pseudonyms | more
        if skipped:
            outcomes.append(self.on_budget_exceeded)
            reason = f"latency budget of {self.budget_ms} ms exceeded; skipped {', '.join(skipped)}"
            verdicts.append(Verdict(guardrail="latency_budget", outcome=self.on_budget_exceeded, reason=reason))
        elapsed = (clock() - started) * 1000 if clock and started is not None else None
        result = ScreenResult(outcome=worst(outcomes), text=text, verdicts=tuple(verdicts))
        return PipelineResult(result, pseudonyms, elapsed, tuple(skipped))


@dataclass(frozen=True)
class GuardrailScreen:
    """The ``Screen`` the executor calls: one pipeline per direction (a direction without one passes)."""

    pipelines: Mapping[Direction, Pipeline] = field(default_factory=dict)
    clock: Callable[[], float] | None = None

    def run(self, direction: Direction, text: str) -> PipelineResult:
        pipeline = self.pipelines.get(direction)
        if pipeline is None:
            return PipelineResult(ScreenResult(outcome="pass", text=text))
        return pipeline.run(text, self.clock)

    def screen(self, direction: Direction, text: str) -> ScreenResult:
        return self.run(direction, text).result
