"""Reading specs from YAML while remembering where every value came from (file, line, field).

The document is built by ``graphs/yamldoc.py`` (bounded: see ``YamlLimits``); this module turns whatever cannot
be read into a ``SpecError`` naming the file and line, and answers "where is this value?" for validation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.reader import ReaderError

from genaiops.errors import Place, Problem, SpecError, shorten
from genaiops.graphs.yamldoc import LIMITS, LOADER, LineMap, YamlLimits, build_document, field_name

__all__ = ["LIMITS", "Source", "YamlLimits", "field_name", "read_file", "read_yaml"]

Path_ = tuple[Any, ...]


@dataclass
class Source:
    """Parsed YAML data with the line of every mapping key and list item."""

    data: Any
    file: str | None = None
    lines: LineMap = field(default_factory=dict)
    """Lines per container: ``id(mapping)`` -> ``{key: line}``, ``id(list)`` -> ``[line, ...]``."""
    root_line: int | None = None
    duplicates: list[Problem] = field(default_factory=list)

    def place(self, path: Path_) -> Place:
        """The place of ``path``, or of its nearest ancestor whose line is known."""
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


def read_yaml(text: str, file: str | None = None, limits: YamlLimits = LIMITS) -> Source:
    """Parse YAML text; anything unreadable is a ``SpecError`` naming the file and line and saying what to do."""
    name = file or "<spec>"
    in_bytes = LOADER is not yaml.SafeLoader  # libyaml reads UTF-8 and reports byte offsets
    try:
        loader = LOADER(text.encode("utf-8") if in_bytes else text)
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
        raise SpecError(f"{name}{line}: malformed YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{name}: malformed YAML: {shorten(exc, 200, quote=False)}") from None
    finally:
        loader.dispose()
    if doc is None:
        raise SpecError(f"{name}: the file is empty; a graph needs at least `name` and `tasks`")
    return Source(doc.data, file, doc.lines, doc.root_line, doc.duplicates)


def _reader_error(name: str, text: str, exc: ReaderError, *, in_bytes: bool) -> SpecError:
    """A character YAML does not allow (most control characters): its line, and how to write it instead."""
    head = text.encode("utf-8")[: exc.position].decode("utf-8", "replace") if in_bytes else text[: exc.position]
    char = text[len(head)] if len(head) < len(text) else "?"
    escape = ascii(char)[1:-1]
    return SpecError(
        f"{name}:{head.count(chr(10)) + 1}: a control character ({escape}), which YAML does not allow; remove "
        f'it, or write it as an escape inside double quotes ("{escape}")'
    )


def read_file(path: str | Path) -> Source:
    """Read and parse a YAML file; a missing or unreadable file is a ``SpecError`` saying so."""
    p = Path(path)
    if not p.exists():
        raise SpecError(f"{p}: no such file; check the path (relative paths start from {Path.cwd()})")
    if p.is_dir():
        raise SpecError(f"{p}: is a directory; give the path of a .yaml file")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise SpecError(f"{p}: cannot read the file: {exc}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        bad = data[exc.start : exc.end].hex(" ")
        raise SpecError(f"{p}:{line}: bytes that are not UTF-8 ({bad}); save the file as UTF-8") from None
    return read_yaml(text, str(path))


def as_mapping(source: Source) -> Mapping[str, Any]:
    if not isinstance(source.data, dict):
        kind = type(source.data).__name__
        raise SpecError(
            f"{source.file or '<spec>'}:1: the top level must be a mapping with `name` and `tasks`, not {kind}"
        )
    return source.data
