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

from pydantic import BaseModel, ConfigDict, Field

from genaiops.errors import Problem, SpecError, did_you_mean, shorten
from genaiops.safety.guardrails.pipeline import GuardrailScreen, Pipeline, Policy, Step
from genaiops.safety.guardrails.registry import SCANNERS, build_scanner, scanner_params
from genaiops.yamlfile import DocumentError, Source, load_model, read_file, read_yaml

__all__ = ["GuardrailConfigError", "PipelineSpec", "ScannerSpec", "ScreenSpec", "load_screen", "parse_screen"]


class GuardrailConfigError(SpecError):
    """A guardrail YAML file that cannot be used; the message lists every problem with file:line (as the shared
    loader, ``genaiops.yamlfile``, words them for every kind of file)."""


class ScannerSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scanner: str
    policy: Policy = "block"
    name: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class PipelineSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scanners: list[ScannerSpec] = Field(default_factory=lambda: [])  # not `list`: pydantic tokenizes its signature
    budget_ms: float | None = Field(default=None, gt=0)
    on_budget_exceeded: Literal["pass", "flag", "block"] = "flag"
    pseudonym_key: str | None = None
    """HMAC key for pseudonyms; better given by the caller (``key=``) from a secret setting than written here."""


class ScreenSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: Literal[1] = 1
    pipelines: dict[Literal["input", "output", "tool_result"], PipelineSpec] = Field(default_factory=dict)


def _build(spec: ScreenSpec, source: Source, clock, key: str | None) -> GuardrailScreen:
    problems: list[Problem] = []
    pipelines = {}
    for direction, pipe in spec.pipelines.items():
        steps = []
        for index, item in enumerate(pipe.scanners):
            path = ("pipelines", direction, "scanners", index)
            if item.scanner not in SCANNERS:
                problems.append(_unknown_scanner(source, path, item.scanner))
                continue
            try:
                guard = build_scanner(item.scanner, item.params, item.name)
            except (ValueError, TypeError) as exc:  # a parameter of the wrong shape, named by the scanner
                known = scanner_params(item.scanner)
                bad = next((k for k in item.params if k not in known), None)
                hint = did_you_mean(bad, known) if bad else ""
                fix = f"{item.scanner} takes: {', '.join(known)}" if known else ""
                problems.append(source.problem((*path, "params"), f"{exc}{hint}", fix))
                continue
            steps.append(Step(guard, item.policy))
        pseudonym_key = key or pipe.pseudonym_key or Pipeline.pseudonym_key
        pipelines[direction] = Pipeline(tuple(steps), pipe.budget_ms, pipe.on_budget_exceeded, pseudonym_key)
    if problems:
        raise GuardrailConfigError(str(DocumentError(problems, source.file)))
    return GuardrailScreen(pipelines, clock)


def parse_screen(
    text: str, source: str = "<guardrails>", clock: Callable[[], float] | None = None, key: str | None = None
) -> GuardrailScreen:
    """Build a :class:`GuardrailScreen` from YAML text; ``source`` names it in error messages.

    ``clock`` (monotonic seconds) enforces the latency budgets; ``key`` is the secret HMAC key for pseudonyms
    (overrides the file's ``pseudonym_key``; without either, a fixed public default is used, which keeps
    pseudonyms stable but lets anyone who can guess a value confirm it).
    """
    return _screen(lambda: read_yaml(text, source), clock, key)


def _screen(read: Callable[[], Source], clock: Callable[[], float] | None, key: str | None) -> GuardrailScreen:
    """The screen of the file ``read`` returns; every problem with it is a ``GuardrailConfigError``."""
    try:
        source = read()
        if source.data is None:
            source.data = {}  # an empty file: no pipelines
        spec = load_model(ScreenSpec, source, what="a mapping with `pipelines:`")
    except DocumentError as exc:  # every problem at once: the unknown scanners too, not only the shape's problems
        named = {(p.place.line, p.place.field) for p in exc.problems}
        extra = [p for p in _unknown_scanners(source) if (p.place.line, p.place.field) not in named]
        raise GuardrailConfigError(str(DocumentError([*exc.problems, *extra], source.file))) from None
    except SpecError as exc:
        raise GuardrailConfigError(str(exc)) from None
    return _build(spec, source, clock, key)


def _unknown_scanners(source: Source) -> list[Problem]:
    """The scanners the file names that do not exist, read from its data as written (when it does not validate)."""
    data = source.data if isinstance(source.data, dict) else {}
    pipelines = data.get("pipelines") if isinstance(data.get("pipelines"), dict) else {}
    problems = []
    for direction, pipe in pipelines.items():
        scanners = pipe.get("scanners") if isinstance(pipe, dict) else None
        for index, item in enumerate(scanners if isinstance(scanners, list) else []):
            name = item.get("scanner") if isinstance(item, dict) else None
            if isinstance(name, str) and name not in SCANNERS:
                problems.append(_unknown_scanner(source, ("pipelines", direction, "scanners", index), name))
    return problems


def _unknown_scanner(source: Source, path: tuple[Any, ...], name: str) -> Problem:
    return source.problem(
        (*path, "scanner"),
        f"unknown scanner {shorten(name)}{did_you_mean(name, SCANNERS)}",
        f"known scanners: {', '.join(sorted(SCANNERS))}",
    )


def load_screen(path: str | Path, clock: Callable[[], float] | None = None, key: str | None = None) -> GuardrailScreen:
    """Read a guardrail YAML file (see the module docstring for its shape); ``clock`` and ``key`` as in
    :func:`parse_screen`."""
    return _screen(lambda: read_file(path), clock, key)
