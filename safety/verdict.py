"""What a guardrail says about a piece of text, and the protocol the executor applies guardrails through.

A guardrail is an immutable object with ``check(text) -> Verdict``; it never raises or logs for a failed check.
A ``Screen`` (a configured pipeline of guardrails for input / output / tool-result text) turns text into a
``ScreenResult``: the combined outcome, the text after any redaction, and every guardrail's verdict.
The executor depends only on ``Screen``; scanners and pipelines plug in behind it.
"""

from __future__ import annotations

from typing import Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Direction", "Guardrail", "Outcome", "Screen", "ScreenResult", "Span", "Verdict"]

Outcome = Literal["pass", "flag", "block"]
Direction = Literal["input", "output", "tool_result"]


class Span(BaseModel):
    """A character span a guardrail found, ``text[start:end]``, with what it is (``EMAIL``, ``INJECTION``)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str


class Verdict(BaseModel):
    """One guardrail's finding on one text."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    guardrail: str
    outcome: Outcome
    score: float = Field(default=0.0, ge=0.0, le=1.0)
    spans: tuple[Span, ...] = ()
    reason: str = ""


class ScreenResult(BaseModel):
    """The combined finding of a pipeline: the worst outcome, the text to use, and each verdict."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    outcome: Outcome
    text: str
    """The text after redaction (equal to the input when nothing was redacted)."""
    verdicts: tuple[Verdict, ...] = ()

    @property
    def reason(self) -> str:
        return "; ".join(f"{v.guardrail}: {v.reason}" for v in self.verdicts if v.outcome != "pass")


class Guardrail(Protocol):
    name: str

    def check(self, text: str) -> Verdict: ...


class Screen(Protocol):
    """Guardrails configured per direction; what the executor calls on task inputs, outputs and tool results."""

    def screen(self, direction: Direction, text: str) -> ScreenResult: ...
