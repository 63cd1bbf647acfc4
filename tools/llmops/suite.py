"""Evaluation suites: a versioned prompt, cases, and the assertions every sampled output must pass.

A suite is YAML validated by ``SuiteSpec``::

    suite: support-answers
    prompt:
      name: support_answer
      versions:
        v1: "Answer from the context.\\nContext: {{$context}}\\nQuestion: {{$question}}"
        v2: {template: "...", notes: "asks for one sentence"}
    samples: 3                  # each case is sampled N times
    assert:                     # applied to every case
      - {type: latency, max_ms: 3000}
    cases:
      - id: refund-window
        vars: {question: How long do I have to return an item?}
        context: Items can be returned within 30 days of delivery.
        reference: You have 30 days to return an item.
        assert:
          - {type: contains, value: 30 days}
          - {type: groundedness}

A case's ``context`` is also the template variable ``context`` unless ``vars`` sets one. Assertion types are listed
in ``genaiops.tools.llmops.assertion``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from genaiops.errors import NotFoundError, Problem, did_you_mean
from genaiops.tools.llmops.assertion import AssertionSpec
from genaiops.yamlfile import DocumentError, Source, load_model, read_yaml

__all__ = ["CaseSpec", "Pricing", "PromptSpec", "PromptVersionSpec", "SuiteSpec", "load_suite", "suite_from"]

Scalar = str | int | float | bool


class _Strict(BaseModel, defer_build=True):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class PromptVersionSpec(_Strict):
    """One version of a prompt: its template text (Semantic Kernel syntax) and a note on what changed."""

    template: str = Field(min_length=1)
    notes: str = ""


class PromptSpec(_Strict):
    """A named prompt and its versions (``v1``, ``2026-11-01``, ...); a version's text never changes."""

    name: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    versions: dict[str, PromptVersionSpec] = Field(min_length=1)

    @field_validator("versions", mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        """``v1: "template text"`` is short for ``v1: {template: "template text"}``."""
        if isinstance(value, Mapping):
            return {k: {"template": v} if isinstance(v, str) else v for k, v in value.items()}
        return value

    def version(self, name: str) -> PromptVersionSpec:
        try:
            return self.versions[name]
        except KeyError:
            known = ", ".join(self.versions)
            raise NotFoundError(
                f"prompt {self.name!r} has no version {name!r}{did_you_mean(name, self.versions)}; it has: {known}"
            ) from None


class CaseSpec(_Strict):
    """One input to the prompt, with what a good output looks like."""

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.:-]+$")
    """Letters, digits, ``_.:-``; ``@`` is kept for counterfactual variants (``<id>@gender:female``)."""
    vars: dict[str, Scalar] = Field(default_factory=dict)
    context: str | None = None
    """Text the answer must be grounded in (e.g. retrieved documents)."""
    reference: str | None = None
    """A reference answer, for ``exact`` (without a value) and ``similarity``."""
    assertions: list[AssertionSpec] = Field(default_factory=list, alias="assert")

    def variables(self) -> dict[str, Scalar]:
        """The template variables: ``vars``, plus ``context`` when the case has one and ``vars`` does not."""
        if self.context is not None and "context" not in self.vars:
            return {**self.vars, "context": self.context}
        return dict(self.vars)


class Pricing(_Strict):
    """Prices for the ``cost`` assertion's ``max_usd``."""

    usd_per_1k_input: float = Field(ge=0)
    usd_per_1k_output: float = Field(ge=0)


class SuiteSpec(_Strict):
    """A prompt, its cases, and how outputs are judged."""

    suite: str = Field(min_length=1)
    description: str = ""
    prompt: PromptSpec
    samples: int = Field(default=1, ge=1, le=1000)
    """How many outputs are drawn per case (recorded files must hold this many per case)."""
    min_pass_rate: float | None = Field(default=None, ge=0, le=1)
    """The suite passes when its pass rate over all samples is at least this (None: report only)."""
    pricing: Pricing | None = None
    assertions: list[AssertionSpec] = Field(default_factory=list, alias="assert")
    """Assertions every case gets, before its own."""
    cases: list[CaseSpec] = Field(min_length=1)

    def assertions_for(self, case: CaseSpec) -> list[AssertionSpec]:
        return [*self.assertions, *case.assertions]


def load_suite(text: str, file: str = "<suite>") -> SuiteSpec:
    """Parse and validate a suite's YAML; problems are reported with ``file:line: field`` and a fix."""
    return _loaded(read_yaml(text, file))


def suite_from(value: str | Mapping[str, Any] | SuiteSpec, file: str = "<suite>") -> SuiteSpec:
    """A suite from YAML text, an already parsed mapping, or a ``SuiteSpec``."""
    if isinstance(value, SuiteSpec):
        return _checked(value, Source(None, file))
    if isinstance(value, str):
        return load_suite(value, file)
    return _loaded(Source(value, file))


def _loaded(source: Source) -> SuiteSpec:
    return _checked(load_model(SuiteSpec, source, what="a suite (suite:, prompt:, cases:)"), source)


def _checked(suite: SuiteSpec, source: Source) -> SuiteSpec:
    """Checks across fields: unique case ids, and assertions whose case lacks what they read."""
    problems: list[Problem] = []

    def add(loc: tuple[str | int, ...], message: str) -> None:
        problems.append(source.problem(loc, message))

    seen: set[str] = set()
    for i, case in enumerate(suite.cases):
        if case.id in seen:
            add(("cases", i, "id"), f"a case with id {case.id!r} comes earlier; case ids must be unique")
        seen.add(case.id)
        for j, spec in enumerate(suite.assertions_for(case)):
            where = ("assert", j) if j < len(suite.assertions) else ("cases", i, "assert", j - len(suite.assertions))
            missing = _missing_input(case, spec)
            if missing:
                add(where, f"case {case.id!r}: a `{spec.type}` assertion {missing}")
            if getattr(spec, "max_usd", None) is not None and suite.pricing is None:
                add(
                    where,
                    "a cost assertion sets `max_usd`, so the suite needs `pricing` (usd_per_1k_input/output)",
                )
    if problems:
        raise DocumentError(problems, source.file)
    return suite


def _missing_input(case: CaseSpec, spec: Any) -> str:
    if spec.type == "groundedness" and case.context is None:
        return "needs the case's `context` to ground the output in"
    if spec.type == "similarity" and spec.reference is None and case.reference is None:
        return "needs the case's `reference` (or its own `reference`)"
    if spec.type == "exact" and spec.value is None and case.reference is None:
        return "without `value` needs the case's `reference`"
    return ""
