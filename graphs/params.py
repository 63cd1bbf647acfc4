"""Scenario parameters: typed values a scenario declares under ``params:`` and a run fills with ``--set``.

```yaml
params:
  service:
    type: string                  # string (default) | integer | number | boolean | duration
    description: the service to investigate
    default: checkout
    allowed: [checkout, payments] # optional: the only values accepted
  threshold_ms: {type: number, default: 300}
  ticket: {type: string, required: true, description: change ticket}
tasks:
  - id: p99
    tool: synthetic_metric
    args: {service: "${params.service}"}
  - id: page
    tool: echo
    when: "${p99.max} > ${params.threshold_ms}"
    args: {value: "${params.service} is slow (ticket ${params.ticket})"}
```

- ``${params.NAME}`` may stand for any value of the file outside ``params:`` itself (task ``args``, ``when``,
  ``timeout``, ``retry``, ``risk``, loops' ``until``/``max_iterations``, ``approvals``, ``expect``, ``name``,
  ``description`` ...), never for a key. A value that is exactly ``${params.NAME}`` takes the parameter's
  typed value; inside longer text it is written as text; inside a ``when``/``until`` condition as a literal
  (text quoted), so the condition compares values of the parameter's type.
- A parameter without a ``default`` is required; with one it is optional (``required: true`` and a ``default``
  contradict each other). ``required: false`` without a default makes the value ``null``.
- ``duration`` values are seconds: a number, or text such as ``90s``, ``5m``, ``1.5h``, ``2d``, ``500ms``.
- Validation (``fill_params``) reports, each at its ``file:line``: a ``--set`` name the file does not declare
  ("did you mean"), a missing required value, a value of the wrong type or not among ``allowed``, a default or
  allowed value of the wrong type, a declared parameter the file never uses, and ``${params.NAME}`` naming an
  undeclared one ("did you mean"). Values given with ``--set`` may not hold ``${`` (no reference injection).
- The filled values are recorded with the run (``GraphSpec.param_values``: part of the stored spec and its
  hash), so ``runs show`` lists them and ``resume`` continues with the same values.

API for other entry points (catalogue, schedules): ``scenario_params(path) -> list[Param]`` reads the
declarations only; ``load_scenario(path, registry, rules, params={"service": "payments"})`` validates and fills;
``parse_sets(["k=v", ...]) -> dict`` reads ``--set`` options.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from genaiops.errors import Problem, UserError, did_you_mean, shorten

if TYPE_CHECKING:
    from genaiops.graphs.param_spec import ParamSpec
    from genaiops.yamlfile import Source

Read = Callable[[Any], tuple[Any, Any]]
"""A declaration's reader: its ``ParamSpec`` (or a value with its fields) and None, or None and pydantic's
``ValidationError`` (``genaiops.graphs.param_spec.read_declaration``)."""

# genaiops.yamlfile (and PyYAML, ~0.04 s) is imported by the functions that read files: GraphSpec's ParamSpec
# comes from here, and reading a stored run's spec (``genaiops resume``) needs no YAML.

__all__ = [
    "PARAM_TYPES", "Param", "ParamSpec", "catalogue_values", "duration_seconds", "fill_params", "name_given",
    "parse_sets", "scenario_params",
]  # fmt: skip

ParamType = Literal["string", "integer", "number", "boolean", "duration"]
PARAM_TYPES: tuple[str, ...] = ("string", "integer", "number", "boolean", "duration")
NAME_PATTERN = r"^[A-Za-z_][A-Za-z0-9_-]{0,63}$"
RECORDED = "param_values"
"""The graph field the filled values are recorded in (set by genaiops, never written in a file)."""

_USE = re.compile(r"\$\{\s*params((?:\.[A-Za-z0-9_-]+)*)\s*\}")
_CONDITIONS = ("when", "until")
_TRUE, _FALSE = {"true", "yes", "on", "1"}, {"false", "no", "off", "0"}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_SECONDS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}
_HOW = {
    "string": "text",
    "integer": "a whole number, e.g. 3",
    "number": "a number, e.g. 2.5",
    "boolean": "true or false",
    "duration": "a duration in seconds, or text such as 90s, 5m, 1.5h",
}


@dataclass(frozen=True)
class Param:
    """A declared parameter with its name, as catalogues and schedules show it."""

    name: str
    spec: ParamSpec

    @property
    def type(self) -> str:
        return self.spec.type

    @property
    def required(self) -> bool:
        return is_required(self.spec)


def is_required(spec: Any) -> bool:
    """Must ``--set`` give the parameter? ``required`` when set, else when there is no default."""
    return spec.required if spec.required is not None else spec.default is None


def __getattr__(name: str) -> Any:
    """``ParamSpec``, from its own module on first use (``genaiops.graphs.param_spec``): reading declarations
    needs no pydantic when they are checked against the kept schema (``genaiops.cli.catalogue_cards``)."""
    if name != "ParamSpec":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from genaiops.graphs.param_spec import ParamSpec

    return ParamSpec


def parse_sets(items: Iterable[str]) -> dict[str, str]:
    """``["service=payments", "threshold=250"]`` -> ``{"service": "payments", "threshold": "250"}``."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise UserError(f"--set {shorten(item)}: write --set NAME=VALUE (e.g. --set service=checkout)")
        if name.strip() in out:
            raise UserError(f"--set {name.strip()} is given twice; give each parameter once")
        out[name.strip()] = value
    return out


_SAMPLES: dict[str, Any] = {"string": "example", "integer": 1, "number": 1.0, "boolean": False, "duration": 60}


def catalogue_values(params: list[Param]) -> dict[str, Any]:
    """Values for the required parameters nobody has given yet (the first allowed value, else a sample of the
    type), so a catalogue can validate a scenario and show its gates before anyone fills it in."""
    return {p.name: (p.spec.allowed[0] if p.spec.allowed else _SAMPLES[p.type]) for p in params if p.required}


def scenario_params(path: str | Path, source: Source | None = None, read: Read | None = None) -> list[Param]:
    """The parameters a scenario file declares, in file order (only ``params:`` is read and checked: a
    ``SpecError``/``DocumentError`` for an unreadable file or a bad declaration). ``source``: the file already
    read (``read_file(path)``), so that a caller validating it next parses it once; ``read``: how a declaration
    is read (``Read``; default: the ``ParamSpec`` model)."""
    from genaiops.yamlfile import DocumentError, read_file

    if source is None:
        source = read_file(path)
    declared, shape, problems = _declarations(source, read)
    if shape or problems:
        raise DocumentError(shape + problems, source.file)
    return [Param(name, spec) for name, spec in declared.items()]


def fill_params(
    source: Source, values: Mapping[str, Any], read: Read | None = None, given_at: dict[str, str] | None = None
) -> tuple[dict[str, Any], list[Problem], bool]:
    """Check the declarations and ``values`` (``--set``: text, or typed values), then replace every
    ``${params.NAME}`` in ``source.data`` in place (lines stay known). Returns the filled values, the problems,
    and whether the values are complete: when a given value is unknown, missing or of the wrong type, nothing is
    replaced (the problems of a graph filled with holes would only repeat them) and False is returned.
    ``given_at``, when given, gets the field of each use of a given value (``tasks[1].args.model_name``) and its
    parameter's name, for ``name_given`` to say which ``--set`` a later problem there comes from."""
    if given_at is not None and values:
        given_at.update(_uses(source.data, set(values)))
    data = source.data if isinstance(source.data, dict) else {}
    problems: list[Problem] = []
    if RECORDED in data:
        problems.append(
            source.problem(
                (RECORDED,), f"{RECORDED} is recorded by genaiops", "declare `params:` and give their values"
            )
        )
    if "params" not in data and not values:
        return {}, problems, True  # nothing declared or given: `${params.X}` is validation's reference check's
    declared, shape, semantic = _declarations(source, read)  # the shape is the whole-spec check's to report...
    problems += semantic
    raw = data.get("params")
    stand_ins = _stand_ins(raw, declared, values)
    wrong: list[Problem] = []
    filled = _values(source, declared, values, wrong, set(stand_ins))
    if wrong:
        return filled, problems + shape + wrong, False  # ...unless nothing else is checked
    holes = {  # a default of the wrong type, said at its declaration: its uses are left as written
        name: _HOLE
        for name, spec in declared.items()
        if values.get(name) is None and spec.default is not None and _coerce(spec.type, spec.default) is _BAD
    }
    names = set(raw) if isinstance(raw, dict) else set()
    used = _substitute(source, {**stand_ins, **filled, **holes}, problems, names)
    for name in declared:
        if name not in used:
            problems.append(
                source.problem(
                    ("params", name),
                    f"parameter {name!r} is declared but never used",
                    f"use it as ${{params.{name}}} or remove it",
                )
            )
    return filled, problems, True


def name_given(problems: list[Problem], given_at: Mapping[str, str], values: Mapping[str, Any]) -> list[Problem]:
    """``problems``, each at (or inside) a field filled by a given value hinting at the ``--set`` it came from:
    an error at a task's line names ``--set model=`` (empty), not only the task's argument."""
    if not given_at:
        return problems
    out = []
    for problem in problems:
        field = problem.place.field or ""
        names = [name for at, name in given_at.items() if field == at or field.startswith((at + ".", at + "["))]
        if names and problem.place.field:
            name = names[0]
            given = values[name]
            said = "" if given == "" else _quoted(name, given if isinstance(given, str) else _given_text(given), 60)
            secret = said.startswith("(a value that looks like a secret")
            hint = f"the value comes from `--set {name}={'' if secret else said}`" + (
                f" {said}" if secret else " (empty)" if said == "" else ""
            )
            problem = replace(problem, hint=f"{problem.hint}; {hint}" if problem.hint else hint)
        out.append(problem)
    return out


def _given_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value) if value is None or isinstance(value, bool) \
        else str(value)  # fmt: skip


def _uses(data: Any, names: set[str]) -> dict[str, str]:
    """The field of each value outside ``params:`` that uses one of ``names`` (``${params.NAME}``)."""
    from genaiops.yamldoc import field_name

    found: dict[str, str] = {}
    stack: list[tuple[Any, tuple]] = [(data, ())]
    seen: set[int] = set()
    while stack:
        container, path = stack.pop()
        if id(container) in seen or not isinstance(container, (dict, list)):
            continue
        seen.add(id(container))
        items = container.items() if isinstance(container, dict) else enumerate(container)
        for key, value in items:
            if path == () and key == "params":
                continue
            if isinstance(value, (dict, list)):
                stack.append((value, (*path, key)))
            elif isinstance(value, str) and "${" in value:
                used = [m.group(1).strip(".") for m in _USE.finditer(value)]
                if any(name in names for name in used):
                    found[field_name((*path, key))] = next(name for name in used if name in names)
    return found


# --- declarations and values -----------------------------------------------------------------------------------


def _declarations(source: Source, read: Read | None) -> tuple[dict[str, ParamSpec], list[Problem], list[Problem]]:
    """The well-formed declarations; the problems of their shape (what ``ScenarioSpec`` refuses too); the other
    problems (names, defaults and allowed values of the wrong type)."""
    raw = source.data.get("params") if isinstance(source.data, dict) else None
    if raw is None:
        return {}, [], []
    if not isinstance(raw, dict):
        return {}, [source.problem(("params",), "`params` must be a mapping of names to declarations")], []
    out: dict[str, ParamSpec] = {}
    shape: list[Problem] = []
    problems: list[Problem] = []
    for name, body in raw.items():
        at = ("params", name)
        if not isinstance(name, str) or not re.match(NAME_PATTERN, name):
            problems.append(source.problem(at, f"parameter name {shorten(name)} is not a name", "use letters, _, -"))
            continue
        if read is None:
            from genaiops.graphs.param_spec import read_declaration as read
        spec, error = read(body if body is not None else {})
        if error is not None:
            from genaiops.graphs.param_spec import ParamSpec
            from genaiops.yamlfile import model_problems

            shape += model_problems(source, ParamSpec, error, at)
            continue
        problems += _declaration_problems(source, name, spec)
        out[name] = spec
    return out, shape, problems


def _stand_ins(raw: Any, declared: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """What stands for each malformed declaration's ``${params.NAME}`` while the rest of the file is checked: the
    value given, else the default it was meant to have (``svc: checkout``, ``{typ: string, default: checkout}``).
    Its problem is said at the declaration; a ``null`` in its place would add one at every use ("got None")."""
    if not isinstance(raw, dict):
        return {}
    out = {}
    for name, body in raw.items():
        if name in declared or not isinstance(name, str):
            continue
        meant = body.get("default") if isinstance(body, dict) else body
        out[name] = given.get(name, meant)
    return out


def _declaration_problems(source: Source, name: str, spec: ParamSpec) -> list[Problem]:
    at = ("params", name)
    problems = []
    if spec.required and spec.default is not None:
        problems.append(source.problem(at, f"parameter {name!r} is required and has a default", "remove one"))
    for i, value in enumerate(spec.allowed or ()):
        if _coerce(spec.type, value) is _BAD:
            problems.append(source.problem((*at, "allowed", i), f"{shorten(value)} is not {_HOW[spec.type]}"))
    if spec.default is not None:
        default = _coerce(spec.type, spec.default)
        quoted = isinstance(spec.default, str) and _coerce(spec.type, spec.default, text=True) is not _BAD
        if default is _BAD and quoted:
            problems.append(  # `default: "30"`: YAML reads the quotes as text
                source.problem(
                    (*at, "default"),
                    f"default {shorten(spec.default)} is text (it is quoted), not {_HOW[spec.type]}",
                    f"write it without quotes: default: {spec.default.strip()}",
                )
            )
        elif default is _BAD:
            problems.append(
                source.problem((*at, "default"), f"default {shorten(spec.default)} is not {_HOW[spec.type]}")
            )
        elif spec.allowed and default not in _allowed(spec):
            problems.append(
                source.problem((*at, "default"), f"default {shorten(spec.default)} is not allowed", _allowed_hint(spec))
            )
    return problems


def _values(
    source: Source, declared: dict[str, ParamSpec], given: Mapping[str, Any], problems: list[Problem], malformed: set
):
    names = list(declared)
    for name in given:
        if name not in declared and name not in malformed:  # a malformed one is reported at its declaration
            hint = f"parameters: {', '.join(names)}" if names else "the file declares no `params:`"
            problems.append(
                source.problem(
                    ("params",),
                    f"unknown parameter {shorten(name, 60)}{did_you_mean(name, names)}",
                    hint,
                )
            )
    filled: dict[str, Any] = {}
    for name, spec in declared.items():
        if given.get(name) is not None:  # None is not given: a run's recorded values hold None for those
            filled[name] = _given(source, name, spec, given[name], problems)
        elif is_required(spec) and spec.default is None:  # required with a default: reported at the declaration
            problems.append(source.problem(("params", name), f"parameter {name!r} is required", _give(name)))
            filled[name] = None
        else:
            default = _coerce(spec.type, spec.default) if spec.default is not None else None
            filled[name] = None if default is _BAD else default
    return filled


def _given(source: Source, name: str, spec: ParamSpec, raw: Any, problems: list[Problem]) -> Any:
    at = ("params", name)
    value = _coerce(spec.type, raw, text=isinstance(raw, str))
    too_large = _too_large(spec.type, raw) if value is _BAD else None
    if too_large is not None:
        problems.append(source.problem(at, f"{name}={_quoted(name, raw, 60)}: {too_large}", _kind(name, spec)))
        return None
    if value is _BAD:
        problems.append(
            source.problem(
                at,
                f"{name}={_quoted(name, raw, 60)}: not {_HOW[spec.type]}",
                _kind(name, spec),
            )
        )
        return None
    if isinstance(value, str) and "${" in value:
        problems.append(source.problem(at, f"{name}: a value may not hold `${{`", "give plain text"))
        return None
    if spec.allowed and value not in _allowed(spec):
        problems.append(
            source.problem(
                at,
                f"{name}={_quoted(name, raw)}: not an allowed value{did_you_mean(value, _allowed(spec))}",
                _allowed_hint(spec),
            )
        )
        return None
    return value


def _give(name: str) -> str:
    """How to give a parameter, in every entry point's words: these problems reach the CLI, the API, the console's
    run form and the chat desk alike (a bare "--set" spoke a command-line flag to people who never typed one)."""
    return f"give it a value ({name}=VALUE: `--set` on the command line, `params` through the API or the console)"


def _quoted(name: str, raw: Any, limit: int = 80) -> str:
    """A given value as a problem quotes it; never a secret (a token pasted into the wrong parameter): the
    message is printed, and through a server or CI it lands in logs."""
    from genaiops.graphs.arg_checks import secret_problems

    if isinstance(raw, str) and secret_problems({name: raw}):
        return "(a value that looks like a secret, not shown)"
    return shorten(raw, limit, quote=False)


def _kind(name: str, spec: ParamSpec) -> str:
    return f"`{name}` is {'an' if spec.type == 'integer' else 'a'} {spec.type} parameter"


def _too_large(kind: str, text: Any) -> str | None:
    """Why a given number too large to hold is refused (a whole number past 18 digits, a number past about
    1.8e308), or None: "not a whole number" is not what is wrong with it."""
    if not isinstance(text, str) or kind not in ("integer", "number"):
        return None
    text = text.strip()
    size = "too small" if text.startswith("-") else "too large"
    if kind == "integer" and re.fullmatch(r"[-+]?\d{19,}", text):
        return f"{size}: a whole number here has at most 18 digits (-999999999999999999 to 999999999999999999)"
    try:
        number = float(text)
    except ValueError:
        return None
    return f"{size}: a number here is within about ±1.8e308" if kind == "number" and math.isinf(number) else None


def _allowed(spec: ParamSpec) -> list[Any]:
    return [_coerce(spec.type, v) for v in spec.allowed or ()]


def _allowed_hint(spec: ParamSpec) -> str:
    return f"allowed: {', '.join(shorten(v, 40, quote=False) for v in spec.allowed or ())}"


_BAD = object()


def _coerce(kind: str, value: Any, *, text: bool = False) -> Any:
    """``value`` as a ``kind`` (from --set text when ``text``), or ``_BAD``."""
    if text and kind != "string":
        return _from_text(kind, value.strip())
    if kind == "string":
        return value if isinstance(value, str) else _BAD
    if kind == "boolean":
        return value if isinstance(value, bool) else _BAD
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return _from_text(kind, value) if kind == "duration" and isinstance(value, str) else _BAD
    if kind == "integer":
        return value if isinstance(value, int) else _BAD
    return value if value >= 0 or kind == "number" else _BAD


def duration_seconds(text: str) -> int | float | None:
    """``text`` as a duration parameter reads it (``90s``, ``5m``, ``1.5h``, ``2d``, ``500ms``; a bare number is
    seconds), in seconds; None when it is not one."""
    seconds = _from_text("duration", text)
    return None if seconds is _BAD else seconds


def _from_text(kind: str, text: str) -> Any:
    if kind == "boolean":
        low = text.lower()
        return True if low in _TRUE else False if low in _FALSE else _BAD
    if kind == "integer":
        return int(text) if re.fullmatch(r"[-+]?\d{1,18}", text) else _BAD
    if kind == "number":
        if re.fullmatch(r"[-+]?\d{1,18}", text):
            return int(text)
        try:
            number = float(text)
        except ValueError:
            return _BAD
        return number if math.isfinite(number) else _BAD
    match = _DURATION.match(text)
    if not match:
        return _BAD
    seconds = float(match.group(1)) * _SECONDS[match.group(2)]
    return int(seconds) if seconds.is_integer() else seconds


# --- substitution ------------------------------------------------------------------------------------------------


def _substitute(source: Source, values: dict[str, Any], problems: list[Problem], declared: set[str]) -> set[str]:
    """Replace ``${params.NAME}`` in every value outside ``params:``; return the names used."""
    used: set[str] = set()
    seen: set[int] = set()
    data = source.data
    stack: list[tuple[Any, tuple]] = [(data, ())]
    while stack:
        container, path = stack.pop()
        if id(container) in seen:
            continue  # an aliased value, already filled
        seen.add(id(container))
        items = container.items() if isinstance(container, dict) else enumerate(container)
        for key, value in list(items):
            if path == () and key == "params":
                continue
            if isinstance(value, (dict, list)):
                stack.append((value, (*path, key)))
            elif isinstance(value, str) and "${" in value:
                condition = key in _CONDITIONS and isinstance(container, dict)
                container[key] = _fill(source, value, (*path, key), values, declared, used, problems, condition)
    return used


def _fill(source, text: str, path: tuple, values, declared, used, problems, condition: bool) -> Any:  # noqa: ANN001
    def value_of(match: re.Match[str]) -> Any:
        parts = [p for p in match.group(1).split(".") if p]
        if len(parts) != 1:
            problems.append(source.problem(path, f"{shorten(match.group(0))}: write ${{params.NAME}}"))
            return None
        name = parts[0]
        if name not in values:
            if name not in declared:  # a declared one that is malformed is reported at its declaration
                hint = f"declared: {', '.join(values)}" if values else "declare it under `params:`"
                message = f"unknown parameter {shorten(name)} in {shorten(match.group(0))}{did_you_mean(name, values)}"
                problems.append(source.problem(path, message, hint))
                return _HOLE  # left as written: a reference, which the argument and condition checks pass over
            return None
        used.add(name)
        return values[name]  # _HOLE for a default of the wrong type

    def filled(match: re.Match[str], say: Callable[[Any], str]) -> str:
        value = value_of(match)
        return match.group(0) if value is _HOLE else say(value)

    whole = _USE.fullmatch(text)
    if whole and not condition:
        value = value_of(whole)
        return text if value is _HOLE else value
    if condition:
        return _USE.sub(lambda m: filled(m, _literal), text)
    return _USE.sub(lambda m: filled(m, _text), text)


_HOLE = object()
"""An unknown ``${params.NAME}``, said once where it stands (a ``null`` in its place was said again at every
use: "got None", "condition 'null > 1' cannot be evaluated")."""


def _literal(value: Any) -> str:
    """A value as a condition literal: ``'text'`` quoted, numbers as written, true/false/null."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    return json.dumps(value) if isinstance(value, str) else repr(value)


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    return str(value)


def parse_value(kind: str, text: str) -> tuple[bool, Any]:
    """``text`` read as a parameter of type ``kind``, as ``--set`` reads it: ``(True, value)`` or ``(False,
    None)`` (the planner fills params from request text with it)."""
    value = _coerce(kind, text, text=True)
    return (False, None) if value is _BAD else (True, value)
