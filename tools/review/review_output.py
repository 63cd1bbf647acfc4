"""review_output: the safety reviewer's check of a text a model produced, before anyone is shown it.

``text`` and ``safe_text`` are declared content under review (``@tool(under_review=...)``, see
``genaiops.graphs.screening``): the task guardrails record what they find in them but do not block the review, and
an agent reads a screened summary instead of the text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from genaiops.errors import ToolExecutionError
from genaiops.registry import ToolContext, tool


class ReviewOutputInput(BaseModel, defer_build=True):
    text: str = Field(min_length=1, max_length=200_000, description="The output to review.")
    subject: str = Field(default="model output", description="What the text is, for the explanation.")
    direction: Literal["output", "input", "tool_result"] = Field(
        default="output", description="Which guardrail pipeline screens it: a model's output by default."
    )


class Finding(BaseModel, defer_build=True):
    guardrail: str
    outcome: str
    reason: str


class ReviewOutputResult(BaseModel, defer_build=True):
    verdict: Literal["pass", "block"]
    passed: bool
    findings: list[Finding]
    safe_text: str = Field(description="The text with what the guardrails redact removed.")
    explanation: str


@tool(under_review=("text", "safe_text"))
def review_output(args: ReviewOutputInput, ctx: ToolContext) -> ReviewOutputResult:
    """Screen a model's output with the guardrails: `block` when any guardrail blocks, flags or redacts
    something (a reviewer releases only text that needs no change), `pass` otherwise, with each finding.
    The text is content under review: hostile text (an injection, abuse, personal data) reaches this check
    instead of being blocked on the way in, and is never shown to a model."""
    screen = ctx.resources.get("guardrails")
    if screen is None:
        raise ToolExecutionError("review_output needs the 'guardrails' resource (genaiops.runtime provides it)")
    result = screen.screen(args.direction, args.text)
    findings = [
        Finding(guardrail=v.guardrail, outcome=v.outcome, reason=v.reason or v.outcome)
        for v in result.verdicts
        if v.outcome not in ("pass", "shadow")
    ]
    if result.text != args.text and not findings:
        findings.append(Finding(guardrail="redaction", outcome="flag", reason="parts of the text would be redacted"))
    passed = not findings
    if passed:
        explanation = f"{args.subject}: no guardrail objected; released as is"
    else:
        listed = "; ".join(f"{f.guardrail} {f.outcome}: {f.reason}" for f in findings)
        explanation = f"{args.subject}: blocked ({listed})"
    return ReviewOutputResult(
        verdict="pass" if passed else "block",
        passed=passed,
        findings=findings,
        safe_text=result.text,
        explanation=explanation,
    )
