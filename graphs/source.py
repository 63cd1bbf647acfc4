"""Reading specs from YAML while remembering where every value came from (file, line, field)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from genaiops.errors import Place, Problem, SpecError

__all__ = ["Source", "field_name", "read_yaml"]

Path_ = tuple[str | int, ...]


def field_name(path: Path_) -> str:
    """``('tasks', 2, 'args', 'seed')`` -> ``tasks[2].args.seed``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


@dataclass
class Source:
    """Parsed YAML data with the line of every mapping key and list item."""

    data: Any
    file: str | None = None
    lines: dict[Path_, int] = field(default_factory=dict)
    duplicates: list[Problem] = field(default_factory=list)

    def place(self, path: Path_) -> Place:
        """The place of ``path``, or of its nearest ancestor whose line is known."""
        for cut in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:cut]))
            if line is not None:
                return Place(self.file, line, field_name(path) or None)
        return Place(self.file, None, field_name(path) or None)

    def problem(self, path: Path_, message: str, hint: str = "") -> Problem:
        return Problem(message, self.place(path), hint)


def read_yaml(text: str, file: str | None = None) -> Source:
    """Parse YAML text; a syntax error is a ``SpecError`` naming the file and line."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise SpecError(f"{file or '<spec>'}: the file is empty; a graph needs at least `name` and `tasks`")
        source = Source(data=None, file=file)
        source.data = _construct(loader, node, (), source)
        return source
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f":{mark.line + 1}" if mark else ""
        raise SpecError(f"{file or '<spec>'}{line}: malformed YAML: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise SpecError(f"{file or '<spec>'}: malformed YAML: {exc}") from None
    finally:
        loader.dispose()


def _construct(loader: yaml.SafeLoader, node: yaml.Node, path: Path_, source: Source) -> Any:
    source.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            child = (*path, key)
            if key in out:
                source.duplicates.append(
                    Problem(
                        f"duplicate key {key!r}: YAML would silently keep only the last one",
                        Place(source.file, key_node.start_mark.line + 1, field_name(child)),
                        "remove or rename one of them",
                    )
                )
            source.lines[child] = key_node.start_mark.line + 1
            out[key] = _construct(loader, value_node, child, source)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_construct(loader, item, (*path, i), source) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def read_file(path: str | Path) -> Source:
    """Read and parse a YAML file; a missing or unreadable file is a ``SpecError`` saying so."""
    p = Path(path)
    if not p.exists():
        raise SpecError(f"{p}: no such file; check the path (relative paths start from {Path.cwd()})")
    if p.is_dir():
        raise SpecError(f"{p}: is a directory; give the path of a .yaml file")
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"{p}: cannot read the file: {exc}") from None
    return read_yaml(text, str(path))


def as_mapping(source: Source) -> Mapping[str, Any]:
    if not isinstance(source.data, dict):
        kind = type(source.data).__name__
        raise SpecError(
            f"{source.file or '<spec>'}:1: the top level must be a mapping with `name` and `tasks`, not {kind}"
        )
    return source.data
