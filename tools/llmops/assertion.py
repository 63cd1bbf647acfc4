"""Assertions on one output: what each checks, its YAML form, and the check itself.

| type         | passes when                                                   | example                          |
|--------------|---------------------------------------------------------------|----------------------------------|
| exact        | the output equals ``value`` (default: the case's reference)   | ``{type: exact, value: "42"}``   |
| contains     | it contains ``value`` / all (``mode: any``: one) of ``values`` | ``{type: contains, value: 30}``  |
| regex        | ``pattern`` matches somewhere in the output                   | ``{type: regex, pattern: "\\d"}`` |
| json_schema  | it is JSON (a ```json fence is fine) valid for ``schema``     | ``{type: json_schema, schema:}`` |
| similarity   | lexical similarity to the reference is at least ``min``       | ``{type: similarity, min: 0.6}`` |
| groundedness | the share of claims the context supports is at least ``min``  | ``{type: groundedness}`` (1.0)   |
| refusal      | it refuses (``expect: true``) / does not (``expect: false``)  | ``{type: refusal, expect: no}``  |
| guardrail    | the injected screen's outcome on it is in ``allow``           | ``{type: guardrail}`` ([pass])   |
| latency      | the reply took at most ``max_ms``                             | ``{type: latency, max_ms: 900}`` |
| cost         | tokens <= ``max_tokens`` and/or price <= ``max_usd``          | ``{type: cost, max_tokens: 400}``|

``exact``, ``contains`` and ``regex`` take ``negate: true``; every assertion takes an optional ``name``.
Methods of ``similarity``, ``groundedness`` and ``refusal``: ``genaiops.tools.llmops.lexical``.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from genaiops.errors import ToolExecutionError
from genaiops.tools.llmops import lexical
from genaiops.tools.llmops.caller import ModelReply

__all__ = [
    "ASSERTION_TYPES",
    "AssertionOutcome",
    "AssertionSpec",
    "CheckInput",
    "ScreenLike",
    "check_assertion",
]

Outcome = Literal["pass", "flag", "block"]


class _Assert(BaseModel, defer_build=True):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = ""


class ExactAssert(_Assert):
    type: Literal["exact"]
    value: str | None = None
    ignore_case: bool = False
    strip: bool = True
    negate: bool = False


class ContainsAssert(_Assert):
    type: Literal["contains"]
    value: str | None = None
    values: list[str] | None = None
    mode: Literal["all", "any"] = "all"
    ignore_case: bool = False
    negate: bool = False

    @model_validator(mode="after")
    def _one_of(self) -> ContainsAssert:
        if (self.value is None) == (self.values is None):
            raise ValueError("give exactly one of `value` (a string) or `values` (a list of strings)")
        return self


class RegexAssert(_Assert):
    type: Literal["regex"]
    pattern: str
    ignore_case: bool = False
    negate: bool = False

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str) -> str:
        try:
            re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from None
        return value


class JsonSchemaAssert(_Assert):
    type: Literal["json_schema"]
    json_schema: dict[str, Any] = Field(alias="schema")

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("json_schema")
    @classmethod
    def _valid_schema(cls, value: dict[str, Any]) -> dict[str, Any]:
        import jsonschema

        try:
            jsonschema.validators.validator_for(value).check_schema(value)
        except jsonschema.SchemaError as exc:
            raise ValueError(f"not a valid JSON Schema: {exc.message}") from None
        return value


class SimilarityAssert(_Assert):
    type: Literal["similarity"]
    min: float = Field(ge=0, le=1)
    method: Literal["cosine", "token_f1"] = "cosine"
    reference: str | None = None
    """Compare with this text instead of the case's reference."""


class GroundednessAssert(_Assert):
    type: Literal["groundedness"]
    min: float = Field(default=1.0, ge=0, le=1)
    support: float = Field(default=0.6, gt=0, le=1)


class RefusalAssert(_Assert):
    type: Literal["refusal"]
    expect: bool = True


class GuardrailAssert(_Assert):
    type: Literal["guardrail"]
    direction: Literal["input", "output"] = "output"
    """``output`` screens the model's reply; ``input`` screens the rendered prompt."""
    allow: list[Outcome] = Field(default_factory=lambda: ["pass"], min_length=1)


class LatencyAssert(_Assert):
    type: Literal["latency"]
    max_ms: float = Field(gt=0)


class CostAssert(_Assert):
    type: Literal["cost"]
    max_tokens: int | None = Field(default=None, gt=0)
    max_usd: float | None = Field(default=None, gt=0)

    @model_validator(mode="after")
    def _some_limit(self) -> CostAssert:
        if self.max_tokens is None and self.max_usd is None:
            raise ValueError("give `max_tokens`, `max_usd`, or both")
        return self


AssertionSpec = Annotated[
    ExactAssert
    | ContainsAssert
    | RegexAssert
    | JsonSchemaAssert
    | SimilarityAssert
    | GroundednessAssert
    | RefusalAssert
    | GuardrailAssert
    | LatencyAssert
    | CostAssert,
    Field(discriminator="type"),
]
ASSERTION_TYPES: tuple[str, ...] = (
    "exact",
    "contains",
    "regex",
    "json_schema",
    "similarity",
    "groundedness",
    "refusal",
    "guardrail",
    "latency",
    "cost",
)


class AssertionOutcome(BaseModel, defer_build=True):
    """One assertion on one output."""

    model_config = ConfigDict(frozen=True)

    type: str
    name: str = ""
    passed: bool
    score: float | None = None
    detail: str = ""


class ScreenLike(Protocol):
    """The shape of ``genaiops.safety.verdict.Screen`` (tools may not import safety): a guardrail pipeline."""

    def screen(self, direction: Any, text: str) -> Any: ...


@dataclass(frozen=True, slots=True)
class CheckInput:
    """Everything an assertion may look at for one sample."""

    reply: ModelReply
    prompt: str
    context: str | None = None
    reference: str | None = None
    screen: ScreenLike | None = None
    usd_per_1k_input: float = 0.0
    usd_per_1k_output: float = 0.0


def check_assertion(spec: Any, sample: CheckInput) -> AssertionOutcome:
    """Apply one assertion to one sample."""
    passed, score, detail = _CHECKS[spec.type](spec, sample)
    if score is not None:
        score = round(score, 6)
    return AssertionOutcome(type=spec.type, name=spec.name, passed=passed, score=score, detail=detail)


Checked = tuple[bool, float | None, str]


def _negated(spec: Any, hit: bool, found: str, missed: str) -> Checked:
    passed = hit != spec.negate
    detail = found if hit else missed
    return passed, None, detail + (" (negated: must not)" if spec.negate else "")


def _exact(spec: ExactAssert, s: CheckInput) -> Checked:
    expected = spec.value if spec.value is not None else s.reference
    if expected is None:
        raise ToolExecutionError("an `exact` assertion without `value` needs the case to have a `reference`")
    got, want = s.reply.text, expected
    if spec.strip:
        got, want = got.strip(), want.strip()
    if spec.ignore_case:
        got, want = got.casefold(), want.casefold()
    return _negated(spec, got == want, f"equals {expected!r}", f"expected {expected!r}, got {s.reply.text[:60]!r}")


def _contains(spec: ContainsAssert, s: CheckInput) -> Checked:
    needles = [spec.value] if spec.value is not None else list(spec.values or [])
    text = s.reply.text.casefold() if spec.ignore_case else s.reply.text
    found = [n for n in needles if (n.casefold() if spec.ignore_case else n) in text]
    hit = bool(found) if spec.mode == "any" else len(found) == len(needles)
    missing = [n for n in needles if n not in found]
    shown = ", ".join(repr(n) for n in (found if hit else missing))
    return _negated(spec, hit, f"contains {shown}", f"does not contain {shown}")


def _regex(spec: RegexAssert, s: CheckInput) -> Checked:
    flags = re.IGNORECASE if spec.ignore_case else 0
    m = re.search(spec.pattern, s.reply.text, flags)
    return _negated(
        spec,
        m is not None,
        f"/{spec.pattern}/ matches {m.group(0)!r}" if m else "",
        f"no match for /{spec.pattern}/",
    )


_FENCE = re.compile(r"^\s*```(?:json)?\s*\n(.*?)\n\s*```\s*$", re.DOTALL)


def _json_schema(spec: JsonSchemaAssert, s: CheckInput) -> Checked:
    import jsonschema

    fenced = _FENCE.match(s.reply.text)
    raw = fenced.group(1) if fenced else s.reply.text
    try:
        value = json.loads(raw)
    except json.JSONDecodeError as exc:
        return False, None, f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    validator = jsonschema.validators.validator_for(spec.json_schema)(spec.json_schema)
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.absolute_path))
    if errors:
        where = "/".join(str(p) for p in errors[0].absolute_path) or "(root)"
        return False, None, f"{len(errors)} schema error(s); first at {where}: {errors[0].message}"
    return True, None, "valid JSON for the schema"


def _similarity(spec: SimilarityAssert, s: CheckInput) -> Checked:
    reference = spec.reference if spec.reference is not None else s.reference
    if reference is None:
        raise ToolExecutionError("a `similarity` assertion needs the case's `reference` (or its own `reference`)")
    measure = lexical.cosine_similarity if spec.method == "cosine" else lexical.token_f1
    score = measure(s.reply.text, reference)
    return score >= spec.min, score, f"{spec.method} similarity {score:.3f} (min {spec.min})"


def _groundedness(spec: GroundednessAssert, s: CheckInput) -> Checked:
    if s.context is None:
        raise ToolExecutionError("a `groundedness` assertion needs the case to have a `context`")
    g = lexical.ground(s.reply.text, s.context, spec.support)
    detail = f"{g.claims - len(g.unsupported)}/{g.claims} claims supported"
    if g.unsupported:
        detail += f"; unsupported: {g.unsupported[0][:80]!r}" + (" ..." if len(g.unsupported) > 1 else "")
    return g.score >= spec.min, g.score, detail


def _refusal(spec: RefusalAssert, s: CheckInput) -> Checked:
    refused = lexical.is_refusal(s.reply.text)
    return refused == spec.expect, None, "refused" if refused else "answered"


def _guardrail(spec: GuardrailAssert, s: CheckInput) -> Checked:
    if s.screen is None:
        raise ToolExecutionError(
            "a `guardrail` assertion needs a screen (the `screen` resource: a guardrail pipeline for the suite)"
        )
    text = s.reply.text if spec.direction == "output" else s.prompt
    result = s.screen.screen(spec.direction, text)
    outcome = str(result.outcome)
    reason = getattr(result, "reason", "") or "no finding"
    return outcome in spec.allow, None, f"{spec.direction} screened {outcome}: {reason}"


def _latency(spec: LatencyAssert, s: CheckInput) -> Checked:
    if s.reply.latency_ms is None:
        return False, None, "the reply has no latency recorded"
    ms = s.reply.latency_ms
    return ms <= spec.max_ms, None, f"{ms:g} ms (max {spec.max_ms:g})"


def _cost(spec: CostAssert, s: CheckInput) -> Checked:
    estimated = s.reply.input_tokens is None or s.reply.output_tokens is None
    tokens_in = s.reply.input_tokens if s.reply.input_tokens is not None else math.ceil(len(s.prompt) / 4)
    tokens_out = s.reply.output_tokens if s.reply.output_tokens is not None else math.ceil(len(s.reply.text) / 4)
    usd = (tokens_in * s.usd_per_1k_input + tokens_out * s.usd_per_1k_output) / 1000
    passed = (spec.max_tokens is None or tokens_in + tokens_out <= spec.max_tokens) and (
        spec.max_usd is None or usd <= spec.max_usd
    )
    detail = f"{tokens_in}+{tokens_out} tokens, ${usd:.6f}" + (" (estimated: 4 chars/token)" if estimated else "")
    return passed, None, detail


_CHECKS: dict[str, Any] = {
    "exact": _exact,
    "contains": _contains,
    "regex": _regex,
    "json_schema": _json_schema,
    "similarity": _similarity,
    "groundedness": _groundedness,
    "refusal": _refusal,
    "guardrail": _guardrail,
    "latency": _latency,
    "cost": _cost,
}
