"""Guardrails on what goes into a tool and what comes out of it, applied to every string value.

Screening the values one by one (rather than the JSON text) keeps a redaction from breaking the structure: a
redacted value replaces the original and the result is validated against the tool's model again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from genaiops.safety.verdict import Direction, Screen

__all__ = ["Screened", "screen_value"]


@dataclass
class Screened:
    value: Any
    changed: bool = False
    blocked: str | None = None
    """Why a guardrail blocked the value (None when nothing did)."""
    flags: list[str] = field(default_factory=list)


def screen_value(screen: Screen, direction: Direction, value: Any) -> Screened:
    out = Screened(value=None)
    out.value = _walk(screen, direction, value, out, "")
    return out


def _walk(screen: Screen, direction: Direction, value: Any, out: Screened, where: str) -> Any:
    if out.blocked:
        return value
    if isinstance(value, str):
        result = screen.screen(direction, value)
        if result.outcome == "block":
            out.blocked = f"{where or 'value'}: {result.reason}"
            return value
        if result.outcome == "flag":
            out.flags.append(f"{where or 'value'}: {result.reason}")
        if result.text != value:
            out.changed = True
        return result.text
    if isinstance(value, Mapping):
        return {k: _walk(screen, direction, v, out, f"{where}.{k}" if where else str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(screen, direction, v, out, f"{where}[{i}]") for i, v in enumerate(value)]
    return value
