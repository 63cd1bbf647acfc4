"""YAML documents validated by pydantic models, with every problem reported at its file, line and field.

``parse_yaml`` turns text into data and a map from field paths to 1-based lines; ``validate_document`` checks the
data against a model and raises ``DocumentError`` listing *all* problems, each with its place and, for unknown
names (an assertion type, a misspelt field), the closest known one ("did you mean ...?").
"""

from __future__ import annotations

import types
from collections.abc import Mapping, Sequence
from typing import Annotated, Any, TypeVar, Union, get_args, get_origin

import yaml
from pydantic import BaseModel, ValidationError

from genaiops.errors import Place, Problem, SpecError, did_you_mean

__all__ = ["DocumentError", "LineMap", "line_of", "parse_yaml", "validate_document"]

M = TypeVar("M", bound=BaseModel)
LineMap = dict[tuple[str | int, ...], int]
"""Field path (``("cases", 2, "assert", 0)``) -> 1-based line where its value starts."""


class DocumentError(SpecError):
    """A suite or recordings file with one or more problems; ``problems`` lists all of them in file order."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''}:"
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))


def parse_yaml(text: str, file: str) -> tuple[Any, LineMap]:
    """Parse one YAML document; a syntax error becomes a ``SpecError`` naming the file, line and column."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark else file
        column = f" (column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(f"{where}: cannot parse YAML: {problem}{column}") from None
    lines: LineMap = {}
    if node is not None:
        _index(node, (), lines)
    return data, lines


def _index(node: yaml.Node, path: tuple[str | int, ...], lines: LineMap) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            child = (*path, key.value)
            _index(value, child, lines)
            lines[child] = key.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*path, i), lines)


def validate_document(model: type[M], data: Any, file: str, lines: LineMap | None = None) -> M:
    """``model.model_validate(data)``; on failure raise ``DocumentError`` with every problem and its line."""
    if not isinstance(data, Mapping):
        kind = "an empty file" if data is None else f"a {type(data).__name__}"
        raise SpecError(f"{file}: expected a YAML mapping at the top level, found {kind}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = [_problem(err, model, file, lines or {}) for err in exc.errors(include_url=False)]
        problems.sort(key=lambda p: (p.place.line or 0, p.place.field or ""))
        raise DocumentError(problems) from None


def _problem(err: Any, model: type[BaseModel], file: str, lines: LineMap) -> Problem:
    loc, here, at = _resolve(model, err["loc"])
    line = line_of(loc, lines)
    field = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")
    kind = err["type"]
    if kind == "union_tag_invalid":
        ctx = err.get("ctx", {})
        tag, expected = str(ctx.get("tag", "")), _tags(ctx.get("expected_tags", ""))
        message = f"unknown {ctx.get('discriminator', 'type').strip(chr(39))} {tag!r}{did_you_mean(tag, expected)}"
        return Problem(message, Place(file, line, field), hint=f"known: {', '.join(expected)}")
    if kind == "union_tag_not_found":
        key = str(err.get("ctx", {}).get("discriminator", "type")).strip("'")
        tags = _member_tags(at)
        return Problem(f"missing `{key}`", Place(file, line, field), hint=f"one of: {', '.join(tags)}" if tags else "")
    if kind == "extra_forbidden":
        name = str(loc[-1]) if loc else ""
        known = _field_names(here)
        return Problem(
            f"unknown field {name!r}{did_you_mean(name, known)}",
            Place(file, line, field),
            hint=f"fields here: {', '.join(known)}" if known else "",
        )
    got = "" if kind == "missing" else f" (got {err.get('input')!r})"
    return Problem(f"{err['msg']}{got}", Place(file, line, field))


def _resolve(model: type[BaseModel], loc: Sequence[Any]) -> tuple[tuple[str | int, ...], Any, Any]:
    """The error location as written in the file (without pydantic's union labels), the model holding its last
    field (to list the fields one could have meant) and the annotation found at the location."""
    out: list[str | int] = []
    current: Any = model
    holder: Any = model
    for part in loc:
        if isinstance(part, str) and ("[" in part or part.startswith("function-")):
            continue
        member = _union_member(current, part)
        if member is not None:
            current = holder = member
            continue
        out.append(part)
        holder = _unwrap(current)
        current = _child(holder, part)
    return tuple(out), holder, current


def _unwrap(annotation: Any) -> Any:
    """``Annotated[X, ...]`` -> X; ``X | None`` -> X."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    args = [a for a in get_args(annotation) if a is not type(None)]
    if _is_union(annotation) and len(args) == 1:
        return _unwrap(args[0])
    return annotation


def _is_union(annotation: Any) -> bool:
    return get_origin(annotation) in (Union, types.UnionType)


def _child(annotation: Any, part: str | int) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        for name, info in annotation.model_fields.items():
            if part in (name, info.alias):
                return info.annotation
        return None
    args = get_args(annotation)
    return _unwrap(args[-1]) if args and not _is_union(annotation) else None


def _union_member(annotation: Any, part: Any) -> Any:
    """The member of a tagged union of models whose ``type`` literal is ``part``, if ``annotation`` is one."""
    annotation = _unwrap(annotation)
    if not _is_union(annotation) or not isinstance(part, str):
        return None
    for member in get_args(annotation):
        info = getattr(member, "model_fields", {}).get("type")
        if info is not None and part in get_args(info.annotation):
            return member
    return None


def _member_tags(annotation: Any) -> list[str]:
    annotation = _unwrap(annotation)
    members = get_args(annotation) if _is_union(annotation) else ()
    return [t for m in members for t in get_args(getattr(m, "model_fields", {}).get("type").annotation)]


def line_of(loc: tuple[str | int, ...], lines: LineMap) -> int | None:
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _tags(expected: str) -> list[str]:
    return [t.strip().strip("'") for t in expected.split(",") if t.strip()]


def _field_names(model: Any) -> list[str]:
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return []
    return sorted(info.alias or name for name, info in model.model_fields.items())
