"""What every scanner shares: ``&`` / ``|`` composition and small helpers to build verdicts.

``a & b`` passes only when both pass (its outcome is the worse of the two); ``a | b`` passes when either passes
(its outcome is the milder). Both run every member and keep every finding, so nothing is hidden by composition.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from genaiops.safety.guardrails.casing import lowers_alike
from genaiops.safety.verdict import Outcome, Span, Verdict

__all__ = ["AllOf", "AnyOf", "Composable", "SEVERITY", "lowers_alike", "make_verdict", "worst"]

SEVERITY: dict[str, int] = {"pass": 0, "flag": 1, "block": 2}


def worst(outcomes: Iterable[Outcome]) -> Outcome:
    """The most severe outcome (``pass`` for none)."""
    return max(outcomes, key=SEVERITY.__getitem__, default="pass")


def make_verdict(
    name: str, hit: bool, score: float, spans: Iterable[Span] = (), reason: str = "", on_hit: Outcome = "block"
) -> Verdict:
    """A verdict that is ``on_hit`` when ``hit`` and ``pass`` otherwise, with a bounded score and sorted spans."""
    ordered = tuple(sorted(set(spans), key=lambda s: (s.start, s.end, s.label)))
    return Verdict(
        guardrail=name,
        outcome=on_hit if hit else "pass",
        score=min(1.0, max(0.0, score)),
        spans=ordered,
        reason=reason if hit else "",
    )


class Composable:
    """Mixin: ``&`` and ``|`` build :class:`AllOf` / :class:`AnyOf` guardrails."""

    name: str

    def check(self, text: str) -> Verdict:  # pragma: no cover - implemented by subclasses
        raise NotImplementedError

    def __and__(self, other: Composable) -> AllOf:
        return AllOf((*_members(self, AllOf), *_members(other, AllOf)))

    def __or__(self, other: Composable) -> AnyOf:
        return AnyOf((*_members(self, AnyOf), *_members(other, AnyOf)))


def _members(guard: Composable, kind: type) -> tuple[Composable, ...]:
    return guard.members if isinstance(guard, kind) else (guard,)  # type: ignore[attr-defined]


def _combine(name: str, verdicts: list[Verdict], outcome: Outcome) -> Verdict:
    spans = [span for v in verdicts for span in v.spans]
    reasons = [f"{v.guardrail}: {v.reason}" for v in verdicts if v.outcome != "pass" and v.reason]
    score = max((v.score for v in verdicts), default=0.0)
    return make_verdict(name, outcome != "pass", score, spans, "; ".join(reasons), on_hit=outcome)


@dataclass(frozen=True)
class AllOf(Composable):
    """Passes only if every member passes; the outcome is the worst member outcome."""

    members: tuple[Composable, ...]

    @property
    def name(self) -> str:  # type: ignore[override]
        return " & ".join(m.name for m in self.members)

    def check(self, text: str) -> Verdict:
        verdicts = [m.check(text) for m in self.members]
        return _combine(self.name, verdicts, worst(v.outcome for v in verdicts))


@dataclass(frozen=True)
class AnyOf(Composable):
    """Passes if any member passes; otherwise the mildest member outcome."""

    members: tuple[Composable, ...]

    @property
    def name(self) -> str:  # type: ignore[override]
        return " | ".join(m.name for m in self.members)

    def check(self, text: str) -> Verdict:
        verdicts = [m.check(text) for m in self.members]
        mildest = min((v.outcome for v in verdicts), key=SEVERITY.__getitem__, default="pass")
        return _combine(self.name, verdicts, mildest)
