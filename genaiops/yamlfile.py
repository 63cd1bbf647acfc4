"""YAML files read with the line of every value, and checked against pydantic models with errors at ``file:line``.

The one loader of the project: scenarios (``graphs``), evaluation suites and recorded outputs (``tools.llmops``),
guardrail configurations and the approval policy (``safety``) all read their files here, so every kind of file
gets the same errors::

    policy.yaml:3: tiers.medium.aprovals: unknown key 'aprovals' (did you mean 'approvals'?)
        hint: allowed keys: approvals, expires_after_hours

- ``read_yaml(text, file)`` / ``read_file(path)`` -> ``Source``: the data, built by ``genaiops.yamldoc`` (bounded
  by ``YamlLimits``: values, aliases, depth), with ``Source.place(path)`` answering "which line is this value on?".
  Anything unreadable (missing file, not UTF-8, control characters, malformed YAML, two documents, an alias bomb)
  is a ``SpecError`` naming the file and line.
- ``model_problems(source, model, error)`` turns a pydantic ``ValidationError`` into ``Problem``s, each with its
  place, and "did you mean" for unknown keys, discriminator tags and literal values.
- ``load_model(model, source)`` validates and raises ``DocumentError`` listing every problem (duplicate keys
  included) in file order.
"""

from __future__ import annotations

import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, Union, get_args, get_origin

from genaiops import yaml_readings
from genaiops.errors import Place, Problem, SpecError, did_you_mean, shorten
from genaiops.lazy import lazy_module
from genaiops.yamldoc import LIMITS, LineMap, YamlLimits, build_document, field_name, loader_class

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

# pydantic is imported by the functions that check models only: reading a file needs none, and a cold
# ``scenario list`` of valid files checks them without it (``genaiops.cli.catalogue_cards``).

yaml = lazy_module("yaml")  # imported by the first text parsed: a kept reading needs none (genaiops.yaml_readings)

__all__ = [
    "LIMITS",
    "DocumentError",
    "Source",
    "YamlLimits",
    "field_name",
    "file_text",
    "load_model",
    "model_problems",
    "read_file",
    "read_yaml",
]

M = TypeVar("M", bound="BaseModel")
Path_ = tuple[Any, ...]


class DocumentError(SpecError):
    """A file with one or more problems; ``problems`` lists all of them in file order."""

    def __init__(self, problems: Sequence[Problem], file: str | None = None):
        self.problems = sorted(problems, key=lambda p: (p.place.line or 0, p.place.field or ""))
        count = len(self.problems)
        head = f"{count} problem{'s' if count != 1 else ''}" + (f" in {file}:" if file else ":")
        super().__init__("\n".join([head, *(f"  {p}" for p in self.problems)]))


@dataclass
class Source:
    """Parsed YAML data with the line of every mapping key and list item."""

    data: Any
    file: str | None = None
    lines: LineMap = field(default_factory=dict)
    """Lines per container: ``id(mapping)`` -> ``{key: line}``, ``id(list)`` -> ``[line, ...]``."""
    root_line: int | None = None
    duplicates: list[Problem] = field(default_factory=list)
    text: str | None = field(default=None, repr=False, compare=False)
    """A kept reading's text (``genaiops.yaml_readings``: no lines kept), parsed when a place is asked for."""

    def place(self, path: Path_) -> Place:
        """The place of ``path``, or of its nearest ancestor whose line is known."""
        if self.text is not None:  # a kept reading has no lines: the same data read from its text has them
            read = self.__dict__.get("_read") or self.__dict__.setdefault("_read", _parse(self.text, self.file, LIMITS))
            return read.place(path)
        line, value = self.root_line, self.data
        for part in path:
            lines = self.lines.get(id(value)) if isinstance(value, (dict, list)) else None
            try:
                line, value = lines[part], value[part]  # type: ignore[index]
            except (TypeError, KeyError, IndexError):
                break
        return Place(self.file, line, field_name(path) or None)

    def problem(self, path: Path_, message: str, hint: str = "") -> Problem:
        return Problem(message, self.place(path), hint)


# --- reading --------------------------------------------------------------------------------------------------


LOADER: type | None = None
"""The loader texts are parsed with; None: ``genaiops.yamldoc.loader_class()`` (libyaml's when installed)."""


def read_yaml(text: str, file: str | None = None, limits: YamlLimits = LIMITS) -> Source:
    """Parse YAML text (an empty text has ``data`` None); anything unreadable is a ``SpecError`` naming the file
    and line and saying what to do. A text read before may come from the kept readings (``genaiops
    .yaml_readings``): the same data, its lines read when a place is asked for."""
    kept = yaml_readings.recall(text) if limits is LIMITS else None
    if kept is not None:
        return Source(kept[0], file, {}, kept[1], [], text=text)
    source = _parse(text, file, limits)
    if limits is LIMITS and source.data is not None and not source.duplicates:
        yaml_readings.keep(text, source.data, source.root_line or 1)
    return source


def _parse(text: str, file: str | None, limits: YamlLimits) -> Source:
    name = file or "<spec>"
    loader_type = LOADER or loader_class()
    in_bytes = loader_type is not yaml.SafeLoader  # libyaml reads UTF-8 and reports byte offsets
    ReaderError = yaml.reader.ReaderError  # noqa: N806 - PyYAML's class
    try:
        loader = loader_type(text.encode("utf-8") if in_bytes else text)
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise SpecError(f"{name}:{line}: a lone surrogate, which is not text; remove it") from None
    except ReaderError as exc:  # the pure-Python reader checks the whole text up front
        raise _reader_error(name, text, exc, in_bytes=False) from None
    try:
        doc = build_document(loader, file, limits)
    except ReaderError as exc:
        raise _reader_error(name, text, exc, in_bytes=in_bytes) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        problem = shorten(exc.problem or exc.context, 200, quote=False)
        if "nesting depth" in problem:  # libyaml's own bound (1,000 levels), met before ours while it looks ahead
            raise SpecError(f"{name}{line}: mappings and lists nested more than {limits.depth} levels deep") from None
        raise SpecError(_malformed(name, text, exc, problem)) from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{name}: malformed YAML: {shorten(exc, 200, quote=False)}") from None
    finally:
        loader.dispose()
    if doc is None:
        return Source(None, file, {}, 1, [])
    return Source(doc.data, file, doc.lines, doc.root_line, doc.duplicates)


def _malformed(name: str, text: str, exc: Any, problem: str) -> str:
    """The parser's complaint at its line, with what is most often behind it and how to fix it: a tab, a quote
    never closed (said at the line it opens), a line indented off the keys above it."""
    mark, opened = exc.problem_mark or exc.context_mark, exc.context_mark
    lines = text.splitlines()
    row = mark.line if mark else 0
    here = lines[row] if row < len(lines) else ""
    if "while scanning a quoted scalar" in str(exc.context) and opened is not None:
        return f"{name}:{opened.line + 1}: malformed YAML: a quoted value that is never closed; end it with its quote"
    column = mark.column if mark else 0
    if "tab character" in problem and "\t" in here:  # libyaml: "found a tab character that violates indentation"
        column = here.index("\t")
    if ("cannot start any token" in problem or "tab character" in problem) and here[column : column + 1] == "\t":
        return (
            f"{name}:{row + 1}: malformed YAML: a tab (column {column + 1}); YAML indents with spaces only, replace "
            "the tab with spaces"
        )
    for near in (row, row - 1):  # pasted from a chat or a web page: U+00A0 where YAML needs a space
        if 0 <= near < len(lines) and "\u00a0" in lines[near].split("#")[0]:
            at = lines[near].index("\u00a0") + 1
            return (
                f"{name}:{near + 1}: malformed YAML: a non-breaking space (U+00A0, column {at}), which YAML does not "
                "read as a space; replace it with a plain space"
            )
    fix = ""
    if "mapping values are not allowed" in problem:
        fix = "; check the indentation (a key deeper than the one above it), or quote a value holding ': '"
    elif "expected '-' indicator" in problem or "expected <block end>" in problem:
        fix = "; check the indentation: line the key up with the keys above it, or start a new item with '- '"
    return f"{name}:{row + 1}: malformed YAML: {problem}{fix}"


def _reader_error(name: str, text: str, exc: Any, *, in_bytes: bool) -> SpecError:
    """A character YAML does not allow (most control characters): its line, and how to write it instead."""
    head = text.encode("utf-8")[: exc.position].decode("utf-8", "replace") if in_bytes else text[: exc.position]
    char = text[len(head)] if len(head) < len(text) else "?"
    escape = ascii(char)[1:-1]
    return SpecError(
        f"{name}:{head.count(chr(10)) + 1}: a control character ({escape}), which YAML does not allow; remove "
        f'it, or write it as an escape inside double quotes ("{escape}")'
    )


def read_file(path: str | Path, limits: YamlLimits = LIMITS) -> Source:
    """Read and parse a YAML file; a missing or unreadable file is a ``SpecError`` saying so."""
    p = Path(path)
    if not p.exists():
        raise SpecError(
            f"{p}: no such file; check the path (relative paths start from {Path.cwd()})", missing=str(path)
        )
    if p.is_dir():
        raise SpecError(f"{p}: is a directory; give the path of a .yaml file")
    try:
        size = p.stat().st_size
        if size > limits.file_bytes:
            raise SpecError(
                f"{p}: the file is {size / 2**20:,.1f} MB; a YAML file may be up to {limits.file_bytes / 2**20:,.0f} MB"
                " (split it, or generate the tasks with a loop or `params:`)"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise SpecError(f"{p}: cannot read the file: {exc.strerror or exc}") from None
    return read_yaml(file_text(data, p), str(path), limits)


def file_text(data: bytes, path: str | Path) -> str:
    """The bytes of the file ``path`` as UTF-8 text; anything else is a ``SpecError`` naming the line."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.end].hex(" ")
        raise SpecError(f"{path}:{line}: bytes that are not UTF-8 ({bad}); save the file as UTF-8") from None


# --- checking against a model ---------------------------------------------------------------------------------


def load_model(model: type[M], source: Source, *, what: str = "a mapping of fields") -> M:
    """``model.model_validate(source.data)``; on failure (or duplicate keys) raise ``DocumentError`` with every
    problem at its line. A top level that is not a mapping is refused saying it should be ``what``."""
    if not isinstance(source.data, Mapping):
        kind = "an empty file" if source.data is None else f"a {type(source.data).__name__}"
        raise SpecError(f"{Place(source.file, source.root_line or 1)}: expected {what} at the top level, found {kind}")
    from pydantic import ValidationError

    problems = list(source.duplicates)
    try:
        value = model.model_validate(source.data)
    except ValidationError as exc:
        problems += model_problems(source, model, exc)
    if problems:
        raise DocumentError(problems, source.file)
    return value


def model_problems(source: Source, model: type[BaseModel], error: ValidationError, prefix: Path_ = ()) -> list[Problem]:
    """Each error of ``model.model_validate(...)`` on the value at ``prefix`` of ``source`` as a ``Problem`` at
    its line, with a fix: the allowed keys, the key to add, the tags or values one could have meant."""
    return [_problem(source, model, err, prefix) for err in error.errors(include_url=False)]


def _problem(source: Source, model: type[BaseModel], err: Any, prefix: Path_) -> Problem:
    loc, holder, at = _resolve(model, err["loc"])
    path = (*prefix, *loc)
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "extra_forbidden":
        name = loc[-1] if loc else ""
        known = _field_names(holder)
        message = f"unknown key {shorten(name)}{did_you_mean(name, known)}"
        return source.problem(path, message, f"allowed keys: {', '.join(known)}" if known else "")
    if kind == "missing":
        name = loc[-1] if loc else "?"
        return source.problem(path, f"missing required key {name!r}", f"add `{name}: ...`")
    if kind == "union_tag_invalid":
        tag, expected = str(ctx.get("tag", "")), _words(ctx.get("expected_tags", ""))
        key = str(ctx.get("discriminator", "type")).strip("'")
        return source.problem(path, f"unknown {key} {shorten(tag)}{did_you_mean(tag, expected)}", _known(expected))
    if kind == "union_tag_not_found":
        key = str(ctx.get("discriminator", "type")).strip("'")
        tags = _member_tags(at)
        return source.problem(path, f"missing `{key}`", f"one of: {', '.join(tags)}" if tags else "")
    if kind == "literal_error":
        got, expected = err.get("input"), _words(ctx.get("expected", ""))
        message = f"unknown value {shorten(got)}{did_you_mean(got, expected)}"
        return source.problem(path, message, f"use one of: {', '.join(expected)}")
    if kind in _SHAPES:
        return _shape_problem(source, path, kind, err.get("input"), at)
    return source.problem(path, f"{err['msg'].removeprefix('Value error, ')} (got {shorten(err.get('input'))})")


_SHAPES = ("model_type", "model_attributes_type", "dict_type", "list_type")


def _shape_problem(source: Source, path: Path_, kind: str, got: Any, at: Any) -> Problem:
    """A mapping or list written as something else, in the file's words: "expected a mapping (got 3)" with the
    keys it takes, or "expected a list" with the list to write (pydantic's "a valid dictionary or instance of
    RetrySpec" names a class the file never mentions and no fix)."""
    if kind == "list_type":
        fix = f"write a list, e.g. [{shorten(got, quote=False)}]" if isinstance(got, (str, int, float)) else ""
        return source.problem(path, f"expected a list (got {shorten(got)})", fix)
    keys = _field_names(_unwrap(at))
    fix = f"write a mapping of: {', '.join(keys)}" if keys else "write a mapping, e.g. {key: value}"
    return source.problem(path, f"expected a mapping (got {shorten(got)})", fix)


def _known(expected: list[str]) -> str:
    return f"known: {', '.join(expected)}"


def _words(expected: str) -> list[str]:
    """``"'a', 'b' or 'c'"`` (pydantic's list of expected values) -> ``['a', 'b', 'c']``."""
    return [w.strip().strip("'\"") for w in str(expected).replace(" or ", ",").split(",") if w.strip()]


def _resolve(model: type[BaseModel], loc: Sequence[Any]) -> tuple[Path_, Any, Any]:
    """The error location as written in the file (without pydantic's union labels and ``[key]`` marks), the
    model holding its last field (to list the keys one could have meant) and the annotation at the location."""
    out: list[Any] = []
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


def _child(annotation: Any, part: Any) -> Any:
    from pydantic import BaseModel

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


def _field_names(model: Any) -> list[str]:
    """The keys a file may write in ``model`` (a field marked ``SkipJsonSchema`` is set by genaiops, not files)."""
    from pydantic import BaseModel
    from pydantic.json_schema import SkipJsonSchema

    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        return []
    return [
        info.alias or name
        for name, info in model.model_fields.items()
        if not any(isinstance(m, SkipJsonSchema) for m in info.metadata)
    ]
