"""Guardrails on what goes into a tool and what comes out of it, applied to every string value.

Screening the values one by one (rather than the JSON text) keeps a redaction from breaking the structure: a
redacted value replaces the original and the result is validated against the tool's model again.

**Content under review.** A reviewer's tool (``review_output``) takes hostile text on purpose: the injection,
abuse or personal data it is asked to judge. Its tool declares those fields (``@tool(under_review=...)``,
:attr:`ToolSpec.under_review`), and only those fields are treated as data, not as instructions:

- going in (``input``), they are screened but never blocked: what the guardrails find is recorded as a flag
  (``content under review ...``) and the tool gets the text as it is — the verdict is the reviewer's;
- coming out (``tool_result``), a field the guardrails would block is withheld (replaced by a screened summary)
  instead of failing the task, and redactions apply as usual;
- an agent never reads them: :func:`conceal` puts a screened summary in their place (length, what the guardrails
  found, a handle), and the agent passes the handle on, which the session swaps back for the text.

Every other field of the same call is screened exactly as before.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from genaiops.safety.verdict import Direction, Screen, ScreenResult

__all__ = ["REVIEW_MARK", "Screened", "conceal", "review_summary", "screen_value"]

REVIEW_MARK = "⟦content under review"
"""How every screened summary of content under review starts (a model reads this instead of the content)."""


@dataclass
class Screened:
    value: Any
    changed: bool = False
    blocked: str | None = None
    """Why a guardrail blocked the value (None when nothing did)."""
    flags: list[str] = field(default_factory=list)


def screen_value(
    screen: Screen,
    direction: Direction,
    value: Any,
    under_review: frozenset[str] = frozenset(),
    *,
    for_model: bool = False,
) -> Screened:
    """Screen every string in ``value``; the top-level fields named in ``under_review`` are content under
    review (see the module docstring): never blocked, withheld from results when they would be, and withheld
    from results always when a model reads them (``for_model``)."""
    out = Screened(value=None)
    if under_review and isinstance(value, Mapping):
        out.value = {
            k: _review(screen, direction, v, out, str(k), for_model)
            if k in under_review
            else _walk(screen, direction, v, out, k)
            for k, v in value.items()
        }
        return out
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


def _review(screen: Screen, direction: Direction, value: Any, out: Screened, where: str, for_model: bool) -> Any:
    """A field under review: findings become flags; going in the text stays as it is (the reviewer needs all of
    it), coming out a text the guardrails would block (or any text, for a model) is withheld and the rest is
    screened as usual."""
    if isinstance(value, Mapping):
        return {k: _review(screen, direction, v, out, f"{where}.{k}", for_model) for k, v in value.items()}
    if isinstance(value, list):
        return [_review(screen, direction, v, out, f"{where}[{i}]", for_model) for i, v in enumerate(value)]
    if not isinstance(value, str) or value.startswith(REVIEW_MARK):
        return value
    result = screen.screen(direction, value)
    if result.outcome != "pass":
        out.flags.append(f"{where}: content under review ({result.outcome} not applied; the reviewer decides): "
                         f"{result.reason}")  # fmt: skip
    if direction != "tool_result":
        return value
    shown = review_summary(value, result) if for_model or result.outcome == "block" else result.text
    out.changed = out.changed or shown != value
    return shown


def review_summary(text: str, result: ScreenResult | None) -> str:
    """What a model reads instead of content under review: a handle, the length and what the guardrails found."""
    handle = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    verdicts = result.verdicts if result is not None else ()
    found = [f"{v.guardrail} {v.outcome}" for v in verdicts if v.outcome != "pass"]
    checked = ", ".join(dict.fromkeys(v.guardrail for v in verdicts))
    if found:
        screened = f"guardrails found: {', '.join(found)}"
    elif checked:  # say which ran: a pipeline without toxicity or PII checks finding nothing is not "clean"
        screened = f"nothing found by {checked} (nothing else was checked)"
    else:
        screened = "not screened by any guardrail"
    return f"{REVIEW_MARK} #{handle}: {len(text)} characters, untrusted data withheld from the model; {screened}⟧"


def conceal(screen: Screen | None, under_review: frozenset[str], args: Mapping[str, Any]) -> tuple[dict, dict]:
    """``args`` as a model may read them (each field under review replaced by its :func:`review_summary`), and
    the summaries mapped back to the texts they stand for."""
    shown, vault = dict(args), {}
    for name in under_review & set(args):
        value = args[name]
        if isinstance(value, str) and value:
            result = screen.screen("input", value) if screen is not None else None
            summary = review_summary(value, result)
            shown[name], vault[summary] = summary, value
    return shown, vault
