"""Making mutants: the operators, a stable id per mutant, and splicing one into the source text.

Used by bench/mutation.py (which documents the kinds of mutant). A mutant replaces the source of one node (an
expression or a statement) by new text; the result is checked to parse to the original tree with exactly that
node replaced, so the byte arithmetic can never produce a different change than the one reported.
"""

from __future__ import annotations

import ast
import hashlib
from collections import Counter
from dataclasses import dataclass

__all__ = ["Mutant", "apply", "make_mutants"]

COMPARE = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
ARITH = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
}
CALLS = {"min": "max", "max": "min", "any": "all", "all": "any"}


@dataclass(frozen=True)
class Mutant:
    file: str
    line: int
    span: tuple[int, int, int, int]
    """(line, col, end line, end col) of the source replaced (lines from 1, columns in UTF-8 bytes)."""
    node_type: str
    scope: str
    operator: str
    original: str
    replacement: str
    text: str
    """The source that replaces the span."""
    occurrence: int = 0

    @property
    def id(self) -> str:
        """Stable across edits elsewhere in the file: no line numbers in it."""
        key = "\x1f".join((self.file, self.scope, self.operator, self.original, self.replacement, str(self.occurrence)))
        return hashlib.sha256(key.encode()).hexdigest()[:10]

    def describe(self) -> str:
        change = f"{_short(self.original)} -> {_short(self.replacement)}"
        return f"{self.id}  {self.file}:{self.line}  {self.operator}  {change}"


def _short(text: str, limit: int = 70) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 3] + "..."


def _is_docstring(node: ast.AST) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _number_changes(value: float) -> list[float]:
    if isinstance(value, bool):
        return [not value]
    if value == 0:
        return [1]
    if value == 1:
        return [0, 2]
    return [value + 1, value - 1]


class _Collector(ast.NodeVisitor):
    """Walks a module in source order and lists (node, operator, replacement node or text)."""

    def __init__(self) -> None:
        self.scope: list[str] = []
        self.found: list[tuple[ast.AST, str, str, ast.AST | None, str]] = []

    # scopes and what is left alone
    def _scoped(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        self.scope.append(node.name)
        for dec in node.decorator_list:
            self.visit(dec)
        if isinstance(node, ast.ClassDef):
            for base in [*node.bases, *node.keywords]:
                self.visit(base)
        else:
            for default in [*node.args.defaults, *[d for d in node.args.kw_defaults if d is not None]]:
                self.visit(default)
        self._body(node.body)
        self.scope.pop()

    visit_FunctionDef = visit_AsyncFunctionDef = visit_ClassDef = _scoped

    def _body(self, body: list[ast.stmt]) -> None:
        for stmt in body:
            if not _is_docstring(stmt):
                self.visit(stmt)

    def visit_Module(self, node: ast.Module) -> None:
        self._body(node.body)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit(node.value)

    def visit_Assign(self, node: ast.Assign) -> None:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return
        self.generic_visit(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        return

    def add(self, node: ast.AST, operator: str, new: ast.AST | None = None, text: str = "") -> None:
        self.found.append((node, operator, ".".join(self.scope) or "<module>", new, text))

    # statements
    def visit_If(self, node: ast.If) -> None:
        for value in (True, False):
            self.add(node.test, "condition", ast.Constant(value))
        self.generic_visit(node)

    def visit_Return(self, node: ast.Return) -> None:
        if node.value is not None and not (isinstance(node.value, ast.Constant) and node.value.value is None):
            self.add(node, "return", ast.Return(ast.Constant(None)))
        self.generic_visit(node)

    def _remove(self, node: ast.stmt) -> None:
        self.add(node, "remove", ast.Pass())
        self.generic_visit(node)

    visit_Raise = _remove

    def visit_Expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Call | ast.Await):
            self.add(node, "remove", ast.Pass())
        self.generic_visit(node)

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self.add(node, "remove", ast.Pass())
        swap = ARITH.get(type(node.op))
        if swap is not None:
            self.add(node, "arith", ast.AugAssign(node.target, swap(), node.value))
        self.generic_visit(node)

    # expressions
    def visit_Compare(self, node: ast.Compare) -> None:
        for i, op in enumerate(node.ops):
            swap = COMPARE.get(type(op))
            if swap is not None:
                ops = [*node.ops[:i], swap(), *node.ops[i + 1 :]]
                self.add(node, "compare", ast.Compare(node.left, ops, node.comparators))
        self.generic_visit(node)

    def visit_BoolOp(self, node: ast.BoolOp) -> None:
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        self.add(node, "boolean", ast.BoolOp(other, node.values))
        self.generic_visit(node)

    def visit_UnaryOp(self, node: ast.UnaryOp) -> None:
        if isinstance(node.op, ast.Not):
            self.add(node, "not", node.operand)
        self.generic_visit(node)

    def visit_BinOp(self, node: ast.BinOp) -> None:
        swap = ARITH.get(type(node.op))
        if swap is not None:
            self.add(node, "arith", ast.BinOp(node.left, swap(), node.right))
        self.generic_visit(node)

    def visit_IfExp(self, node: ast.IfExp) -> None:
        for value in (True, False):
            self.add(node.test, "condition", ast.Constant(value))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if isinstance(node.func, ast.Name) and node.func.id in CALLS:
            self.add(node.func, "call", ast.Name(CALLS[node.func.id], ast.Load()))
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        value = node.value
        if isinstance(value, bool | int | float):
            for new in _number_changes(value):
                self.add(node, "constant", ast.Constant(new))
        elif isinstance(value, str) and value:
            self.add(node, "constant", ast.Constant(""))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self.add(node, "constant", ast.Constant(""))  # the pieces inside an f-string are not mutated one by one


def make_mutants(file: str, source: str) -> list[Mutant]:
    """Every mutant of ``source`` (the text of ``file``), in source order, each checked to compile."""
    tree = ast.parse(source)
    collector = _Collector()
    collector.visit(tree)
    mutants: list[Mutant] = []
    seen: Counter[tuple[str, str, str, str]] = Counter()
    for node, operator, scope, new, _ in collector.found:
        assert new is not None
        original = ast.get_source_segment(source, node) or ast.unparse(node)
        replacement = ast.unparse(new)
        text = replacement if isinstance(node, ast.stmt) else f"({replacement})"
        if isinstance(node, ast.Name):
            text = replacement
        key = (scope, operator, " ".join(original.split()), replacement)
        occurrence = seen[key]
        seen[key] += 1
        span = (node.lineno, node.col_offset, node.end_lineno or node.lineno, node.end_col_offset or 0)
        mutants.append(
            Mutant(
                file=file,
                line=node.lineno,
                span=span,
                node_type=type(node).__name__,
                scope=scope,
                operator=operator,
                original=key[2],
                replacement=replacement,
                text=text,
                occurrence=occurrence,
            )
        )
    return mutants


def apply(source: str, mutant: Mutant) -> str:
    """``source`` with the mutant's span replaced; the result must parse to the mutated tree."""
    lines = source.encode().splitlines(keepends=True)
    line, col, end_line, end_col = mutant.span
    head = b"".join(lines[: line - 1]) + lines[line - 1][:col]
    tail = lines[end_line - 1][end_col:] + b"".join(lines[end_line:])
    mutated = (head + mutant.text.encode() + tail).decode()
    _check_splice(source, mutated, mutant)
    return mutated


def _check_splice(source: str, mutated: str, mutant: Mutant) -> None:
    """The spliced text must be the original tree with exactly that node replaced (guards the byte arithmetic)."""

    class Replace(ast.NodeTransformer):
        def generic_visit(self, node: ast.AST) -> ast.AST:
            if (
                type(node).__name__ == mutant.node_type
                and getattr(node, "lineno", None) == mutant.span[0]
                and getattr(node, "col_offset", None) == mutant.span[1]
                and getattr(node, "end_lineno", None) == mutant.span[2]
                and getattr(node, "end_col_offset", None) == mutant.span[3]
            ):
                if isinstance(node, ast.stmt):
                    return ast.parse(mutant.text).body[0]
                return ast.parse(mutant.text, mode="eval").body
            return super().generic_visit(node)

    expected = ast.dump(Replace().visit(ast.parse(source)))
    if ast.dump(ast.parse(mutated)) != expected:
        raise RuntimeError(f"splicing {mutant.describe()} did not give the mutated tree")
