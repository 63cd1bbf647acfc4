"""What ``genaiops tools show NAME`` says about a tool: its arguments and result fields (from its pydantic models)
and the resources it reaches (``ctx.resource("NAME")`` calls in its function and the tool-package functions it
calls, read from their source)."""

from __future__ import annotations

import ast
import inspect
import textwrap
import typing
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

if TYPE_CHECKING:
    from genaiops.registry import ToolSpec

_TOOLS = "genaiops.tools"


def type_name(annotation: Any) -> str:
    """A type as a person reads it: ``int``, ``list[float]``, ``str | None``, ``Literal['a', 'b']``."""
    if annotation is type(None):
        return "None"
    if isinstance(annotation, type) and not typing.get_args(annotation):
        return annotation.__name__
    return repr(annotation).replace("typing.", "").replace("NoneType", "None")


def _default(field: Any) -> Any:
    if field.default is not PydanticUndefined:
        value = field.default
    elif field.default_factory is not None:
        value = field.default_factory()
    else:
        return None
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def fields_of(model: type[BaseModel], *, with_defaults: bool) -> list[dict[str, Any]]:
    """A model's fields in order: name, type, description (and required, default for arguments)."""
    rows = []
    for name, field in model.model_fields.items():
        row: dict[str, Any] = {"name": field.alias or name, "type": type_name(field.annotation)}
        if with_defaults:
            row["required"] = field.is_required()
            row["default"] = None if field.is_required() else _default(field)
        row["description"] = field.description or ""
        rows.append(row)
    return rows


def resources_of(spec: ToolSpec) -> list[str]:
    """The resources the tool's code asks its context for."""
    found: set[str] = set()
    _scan(spec.fn, found, set())
    return sorted(found)


def _scan(fn: Callable[..., Any], found: set[str], seen: set[int]) -> None:
    seen.add(id(fn))
    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(fn)))
    except (OSError, TypeError, SyntaxError):
        return
    scope = getattr(fn, "__globals__", {})
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        called = node.func
        if isinstance(called, ast.Attribute) and called.attr == "resource" and node.args:
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
        target = _resolve(called, scope)
        if target is not None and id(target) not in seen:
            _scan(target, found, seen)


def _resolve(called: ast.expr, scope: dict[str, Any]) -> Callable[..., Any] | None:
    """The tool-package function a call names (``helper(...)`` or ``module.helper(...)``), if any."""
    if isinstance(called, ast.Name):
        target = scope.get(called.id)
    elif isinstance(called, ast.Attribute) and isinstance(called.value, ast.Name):
        target = getattr(scope.get(called.value.id), called.attr, None)
    else:
        return None
    if inspect.isfunction(target) and target.__module__.startswith(_TOOLS):
        return target
    return None
