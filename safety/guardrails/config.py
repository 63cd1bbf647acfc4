"""Pipeline configuration in YAML, validated by pydantic, with errors that name the file, the line and the fix.

```yaml
pipelines:
  input:
    budget_ms: 5              # optional latency budget for the whole pipeline
    on_budget_exceeded: flag  # outcome when scanners had to be skipped
    scanners:
      - scanner: prompt_injection
        policy: block
      - scanner: pii
        policy: redact
        params: {entities: [EMAIL_ADDRESS, PHONE_NUMBER]}
  tool_result:
    scanners:
      - {scanner: prompt_injection, policy: block, params: {indirect: true}}
```

Directions are ``input``, ``output`` and ``tool_result``; policies ``block``, ``flag``, ``redact``,
``pseudonymize``, ``shadow``; scanner names are those in :data:`registry.SCANNERS`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from genaiops.errors import SpecError, did_you_mean
from genaiops.safety.guardrails.pipeline import GuardrailScreen, Pipeline, Policy, Step
from genaiops.safety.guardrails.registry import SCANNERS, build_scanner, scanner_params

__all__ = ["GuardrailConfigError", "PipelineSpec", "ScannerSpec", "ScreenSpec", "load_screen", "parse_screen"]


class GuardrailConfigError(SpecError):
    """A guardrail YAML file that cannot be used; the message lists every problem with file:line."""


class ScannerSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scanner: str
    policy: Policy = "block"
    name: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class PipelineSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scanners: list[ScannerSpec] = Field(default_factory=list)
    budget_ms: float | None = Field(default=None, gt=0)
    on_budget_exceeded: Literal["pass", "flag", "block"] = "flag"
    pseudonym_key: str | None = None
    """HMAC key for pseudonyms; better given by the caller (``key=``) from a secret setting than written here."""


class ScreenSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    pipelines: dict[Literal["input", "output", "tool_result"], PipelineSpec] = Field(default_factory=dict)


def _line(node: yaml.Node | None, path: tuple[Any, ...]) -> int | None:
    """1-based line of the YAML node at ``path`` (a mapping key's own line for the last step)."""
    best = node.start_mark.line + 1 if node is not None else None
    for depth, key in enumerate(path):
        last = depth == len(path) - 1
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if getattr(k, "value", None) == str(key)), None)
            if pair is None:
                return best
            if last:
                return pair[0].start_mark.line + 1
            node = pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            return best
        best = node.start_mark.line + 1
    return best


def _where(source: str, root: yaml.Node | None, path: tuple[Any, ...]) -> str:
    line = _line(root, path)
    dotted = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return f"{source}:{line}: {dotted}" if line else f"{source}: {dotted}"


def _schema_problems(error: ValidationError, source: str, root: yaml.Node | None) -> list[str]:
    problems = []
    for item in error.errors():
        path = tuple(p for p in item["loc"] if p != "[key]")
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            allowed = {1: ScreenSpec, 3: PipelineSpec, 5: ScannerSpec}.get(len(path), ScannerSpec).model_fields
            message = f"unknown field {path[-1]!r}{did_you_mean(str(path[-1]), allowed)}"
        elif item["type"] == "literal_error" and len(path) == 2 and path[0] == "pipelines":
            directions = ["input", "output", "tool_result"]
            message = f"unknown direction {path[1]!r}{did_you_mean(str(path[1]), directions)}; use one of {directions}"
        elif item["type"] == "literal_error" and path[-1] == "policy":
            choices = ["block", "flag", "redact", "pseudonymize", "shadow"]
            message = (
                f"unknown policy {item['input']!r}{did_you_mean(str(item['input']), choices)}; use one of {choices}"
            )
        problems.append(f"{_where(source, root, path)}: {message}")
    return problems


def _build(spec: ScreenSpec, source: str, root: yaml.Node | None, clock, key: str | None) -> GuardrailScreen:
    problems: list[str] = []
    pipelines = {}
    for direction, pipe in spec.pipelines.items():
        steps = []
        for index, item in enumerate(pipe.scanners):
            path = ("pipelines", direction, "scanners", index)
            if item.scanner not in SCANNERS:
                hint = did_you_mean(item.scanner, SCANNERS)
                known = ", ".join(sorted(SCANNERS))
                problems.append(
                    f"{_where(source, root, (*path, 'scanner'))}: unknown scanner {item.scanner!r}"
                    f"{hint}; known scanners: {known}"
                )
                continue
            try:
                guard = build_scanner(item.scanner, item.params, item.name)
            except ValueError as exc:
                bad = next((k for k in item.params if k not in scanner_params(item.scanner)), None)
                hint = did_you_mean(bad, scanner_params(item.scanner)) if bad else ""
                problems.append(f"{_where(source, root, (*path, 'params'))}: {exc}{hint}")
                continue
            steps.append(Step(guard, item.policy))
        pseudonym_key = key or pipe.pseudonym_key or Pipeline.pseudonym_key
        pipelines[direction] = Pipeline(tuple(steps), pipe.budget_ms, pipe.on_budget_exceeded, pseudonym_key)
    if problems:
        raise GuardrailConfigError("\n".join([f"{len(problems)} problem(s) in {source}:", *problems]))
    return GuardrailScreen(pipelines, clock)


def parse_screen(
    text: str, source: str = "<guardrails>", clock: Callable[[], float] | None = None, key: str | None = None
) -> GuardrailScreen:
    """Build a :class:`GuardrailScreen` from YAML text; ``source`` names it in error messages.

    ``clock`` (monotonic seconds) enforces the latency budgets; ``key`` is the secret HMAC key for pseudonyms
    (overrides the file's ``pseudonym_key``; without either, a fixed public default is used, which keeps
    pseudonyms stable but lets anyone who can guess a value confirm it).
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        problem = getattr(exc, "problem", None) or str(exc)
        raise GuardrailConfigError(f"{where}: malformed YAML: {problem}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise GuardrailConfigError(f"{source}:1: expected a mapping with 'pipelines', got {type(data).__name__}")
    try:
        spec = ScreenSpec.model_validate(data)
    except ValidationError as exc:
        problems = _schema_problems(exc, source, root)
        raise GuardrailConfigError("\n".join([f"{len(problems)} problem(s) in {source}:", *problems])) from None
    return _build(spec, source, root, clock, key)


def load_screen(path: str | Path, clock: Callable[[], float] | None = None, key: str | None = None) -> GuardrailScreen:
    """Read a guardrail YAML file (see the module docstring for its shape); ``clock`` and ``key`` as in
    :func:`parse_screen`."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GuardrailConfigError(f"{path}: cannot read guardrail config: {exc.strerror}") from exc
    return parse_screen(text, str(path), clock, key)
