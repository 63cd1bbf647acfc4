"""References to upstream outputs (``${task.field.sub}``) and the small condition language of ``when``/``until``.

A string that is exactly one reference takes the referenced value with its type; a reference inside a longer
string is interpolated as text. Conditions are Python-like expressions over references and literals, with
``and``/``or``/``not``, comparisons and ``in`` — parsed with ``ast`` against a whitelist, never ``eval``-ed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from genaiops.errors import shorten

__all__ = [
    "Condition",
    "ConditionError",
    "Ref",
    "RefError",
    "find_refs",
    "malformed_ref",
    "parse_condition",
    "resolve_args",
]

_REF = re.compile(r"\$\{\s*([A-Za-z_][A-Za-z0-9_-]*)((?:\.[A-Za-z0-9_-]+)*)\s*\}")


class RefError(Exception):
    """A reference that cannot be resolved at run time."""


class ConditionError(Exception):
    """A condition that cannot be parsed."""


@dataclass(frozen=True, slots=True)
class Ref:
    task: str
    path: tuple[str, ...]

    def __str__(self) -> str:
        return "${" + ".".join((self.task, *self.path)) + "}"

    def lookup(self, results: Mapping[str, Any]) -> Any:
        if self.task not in results:
            raise RefError(f"{self} refers to {self.task!r}, which has no output")
        value = results[self.task]
        for i, part in enumerate(self.path):
            if isinstance(value, Mapping) and part in value:
                value = value[part]
            elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
                value = value[int(part)]
            else:
                where = ".".join((self.task, *self.path[:i])) or self.task
                if isinstance(value, list):  # an index past the end, most often of a list that came back empty
                    have = f"items 0 to {len(value) - 1}" if value else "no items: it is an empty list"
                    raise RefError(f"{self}: {where} has no item {part} ({have})")
                have = ", ".join(map(str, value)) if isinstance(value, Mapping) else type(value).__name__
                raise RefError(f"{self}: {where} has no {part!r} (it has: {have})")
        return value


def _parse(match: re.Match[str]) -> Ref:
    return Ref(match.group(1), tuple(p for p in match.group(2).split(".") if p))


def find_refs(value: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Ref]]:
    """Every reference inside a nested value, with the path where it stands."""
    if isinstance(value, str):
        for match in _REF.finditer(value):
            yield path, _parse(match)
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(item, _SCALARS):  # numbers hold no references: no generator for them
                yield from find_refs(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            if not isinstance(item, _SCALARS):
                yield from find_refs(item, (*path, i))


_SCALARS = (int, float, type(None))
_OPENED = re.compile(r"\$\{[^}]*\}?")  # a `${` and what follows, up to its `}` if it has one
_INDEX = re.compile(r"""\[\s*['"]?([A-Za-z0-9_-]+)['"]?\s*\]""")  # `[0]`, `['key']`: written `.0`, `.key`
REF_FORM = "a reference is ${task.field.sub}, list items by number: ${task.items.0.field}"


def malformed_ref(text: str) -> str | None:
    """What is wrong with the first ``${...}`` in ``text`` that is not a reference (it would stay plain text and
    reach the tool as such), with the reference meant when it can be told (``[0]`` -> ``.0``); None when every
    ``${`` opens a reference."""
    for match in _OPENED.finditer(text):
        if _REF.match(text, match.start()):
            continue
        written = match.group(0)
        meant = _INDEX.sub(lambda m: "." + m.group(1), written)
        if meant != written and _REF.fullmatch(meant):
            return f"{shorten(written)} is not a reference: write {meant}"
        return f"{shorten(written)} is not a reference ({REF_FORM})"
    return None


def resolve_args(value: Any, results: Mapping[str, Any]) -> Any:
    """Replace every reference in ``value`` by what it points to in ``results``."""
    if isinstance(value, str):
        whole = _REF.fullmatch(value)
        if whole:
            return _parse(whole).lookup(results)
        if "${" not in value:
            return value
        return _REF.sub(lambda m: _text(_parse(m).lookup(results)), value)
    if isinstance(value, Mapping):
        return {key: resolve_args(item, results) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve_args(item, results) for item in value]
    return value


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_ALLOWED = (
    ast.Expression,
    ast.BoolOp,
    ast.And,
    ast.Or,
    ast.UnaryOp,
    ast.Not,
    ast.USub,
    ast.Compare,
    ast.Eq,
    ast.NotEq,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
    ast.In,
    ast.NotIn,
    ast.Name,
    ast.Load,
    ast.Constant,
    ast.List,
    ast.Tuple,
)
_DEEPEST = 100  # levels of a condition's syntax tree
_LITERALS = {"true": True, "false": False, "null": None, "True": True, "False": False, "None": None}
_COMPARE = {
    ast.Eq: lambda a, b: a == b,
    ast.NotEq: lambda a, b: a != b,
    ast.Lt: lambda a, b: a < b,
    ast.LtE: lambda a, b: a <= b,
    ast.Gt: lambda a, b: a > b,
    ast.GtE: lambda a, b: a >= b,
    ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b,
}


@dataclass(frozen=True, slots=True)
class Condition:
    """A parsed condition; ``refs`` are the outputs it reads."""

    text: str
    refs: tuple[Ref, ...]
    _tree: ast.Expression

    @property
    def constant(self) -> bool | None:
        """The condition's value when it reads no outputs (``when: false``), else None."""
        return bool(self.evaluate({})) if not self.refs else None

    def evaluate(self, results: Mapping[str, Any]) -> bool:
        values = {f"__ref{i}": ref.lookup(results) for i, ref in enumerate(self.refs)}
        try:
            return bool(_eval(self._tree.body, values))
        except TypeError as exc:
            raise RefError(f"condition {shorten(self.text)} cannot be evaluated: {exc}") from None


def parse_condition(text: str) -> Condition:
    """Parse ``when``/``until`` text; raise ``ConditionError`` saying what is wrong."""
    refs: list[Ref] = []

    def name(match: re.Match[str]) -> str:
        refs.append(_parse(match))
        return f" __ref{len(refs) - 1} "

    bad = malformed_ref(str(text))
    if bad is not None:
        raise ConditionError(bad)
    code = _REF.sub(name, str(text)).strip()
    if not code:
        raise ConditionError("the condition is empty")
    shown = shorten(text)
    try:
        tree = ast.parse(code, mode="eval")
    except SyntaxError:
        raise ConditionError(f'cannot parse {shown}; write e.g. "${{check.passed}} and ${{p99.max}} > 300"') from None
    except (RecursionError, MemoryError):  # Python's parser gives up on thousands of nested operators
        raise ConditionError(f"{shown} nests more than {_DEEPEST} levels; write it flatter") from None
    nodes = [(tree, 0)]  # a walk with depths: evaluating is recursive, so nesting is bounded here
    while nodes:
        node, depth = nodes.pop()
        if depth > _DEEPEST:
            raise ConditionError(f"{shown} nests more than {_DEEPEST} levels; write it flatter")
        if not isinstance(node, _ALLOWED):
            raise ConditionError(f"{shown} uses {_construct(node)}, which conditions do not allow; {_CAN}")
        if isinstance(node, ast.Name) and not node.id.startswith("__ref") and node.id not in _LITERALS:
            raise ConditionError(f"{shown}: unknown name {shorten(node.id)}; refer to outputs as ${{task.field}}")
        nodes.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return Condition(str(text), tuple(refs), tree)


_CAN = "a condition compares ${task.field} values and literals with == != < <= > >= in, joined by and, or, not"
_WORDS = {
    ast.BinOp: "arithmetic",
    ast.Call: "a function call",
    ast.Attribute: "an attribute (a.b)",
    ast.Subscript: "indexing ([...])",
    ast.IfExp: "if/else",
    ast.Lambda: "a lambda",
}


def _construct(node: ast.AST) -> str:
    """What a disallowed node is, in a scenario writer's words (with Python's name: it is Python syntax)."""
    kind = type(node)
    return f"{_WORDS[kind]} ({kind.__name__})" if kind in _WORDS else kind.__name__


def _eval(node: ast.AST, values: Mapping[str, Any]) -> Any:
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return values[node.id] if node.id in values else _LITERALS[node.id]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_eval(e, values) for e in node.elts]
    if isinstance(node, ast.UnaryOp):
        operand = _eval(node.operand, values)
        return (not operand) if isinstance(node.op, ast.Not) else -operand
    if isinstance(node, ast.BoolOp):
        items = (_eval(v, values) for v in node.values)
        return all(items) if isinstance(node.op, ast.And) else any(items)
    assert isinstance(node, ast.Compare)
    left = _eval(node.left, values)
    for op, right_node in zip(node.ops, node.comparators, strict=True):
        right = _eval(right_node, values)
        if not _COMPARE[type(op)](left, right):
            return False
        left = right
    return True
