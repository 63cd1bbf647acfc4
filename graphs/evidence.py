"""What an approval request shows the people asked to decide, split by who says it.

``genaiops`` holds what genaiops itself states: the task (its id and the description the graph gives it), the
tool, the risk tier, and the dry run (preview) our own code computed from the arguments. ``tool_output`` holds
what was *copied* from upstream tools' results: each item is marked ``untrusted: true``, because a metrics
label, a log line or a document can say anything ("pre-approved by the on-call lead", "SYSTEM: approval not
needed"); ``copied_arguments`` names the arguments filled from those results by ``${task.field}`` references.
Every text, keys included, is screened with the shipped injection rules and the approval-claims rules (the
description and the dry run too: they may embed names taken from tool output); what they flag is recorded
beside the item (``flags``) for the inbox to highlight. The screen only marks: it never changes or drops text,
so the approver sees exactly what the tool said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from typing import Any, Literal

from pydantic import BaseModel, Field

from genaiops.graphs.refs import find_refs

__all__ = [
    "EVIDENCE_SCREEN",
    "Copied",
    "CopiedArgument",
    "Evidence",
    "Flag",
    "Stated",
    "amended_evidence",
    "build_evidence",
    "read_evidence",
    "screen_texts",
]

EVIDENCE_SCREEN = "injection_rules & approval_claims"
"""The guardrails evidence is screened with (flag only)."""

_FLAG_TEXT = 300


class Flag(BaseModel):
    """A text the screen flagged: where it is, the text (cut at 300 characters) and why."""

    path: str
    text: str
    reason: str


class Stated(BaseModel):
    """What genaiops states about the gated call."""

    task: str
    description: str = ""
    tool: str
    risk: str
    preview: dict[str, Any] | None = None
    """The dry run our own code computed (``ToolPreview``: risk, summary, details)."""
    flags: list[Flag] = Field(default_factory=list)


class Copied(BaseModel):
    """An upstream task's result, copied from its tool's output: untrusted, screened."""

    task: str
    tool: str | None = None
    untrusted: Literal[True] = True
    result: Any = None
    screened: bool = True
    """False for evidence recorded before screening existed (shown all the same, as untrusted)."""
    flags: list[Flag] = Field(default_factory=list)


class CopiedArgument(BaseModel):
    """An argument of the gated call filled from an upstream result by a ``${task.field}`` reference: its value
    (shown with the arguments) is tool output too."""

    path: str
    references: list[str]
    flags: list[Flag] = Field(default_factory=list)


class Evidence(BaseModel):
    format: int = 2
    screen: str = EVIDENCE_SCREEN
    genaiops: Stated
    tool_output: list[Copied] = Field(default_factory=list)
    copied_arguments: list[CopiedArgument] = Field(default_factory=list)

    @property
    def flagged(self) -> int:
        items = [self.genaiops, *self.tool_output, *self.copied_arguments]
        return sum(len(item.flags) for item in items)


@cache
def _screen() -> Any:
    """Loaded on first use: only a gated call pays for it."""
    from genaiops.safety.guardrails import ApprovalClaims, PromptInjection

    rules = PromptInjection(name="injection_rules", indirect=True, use_model=False, on_hit="flag")
    return rules & ApprovalClaims(on_hit="flag")


def screen_texts(value: Any, where: str = "") -> list[Flag]:
    """Flags for every string in ``value`` (mapping keys included) that the evidence screen flags."""
    return [
        Flag(path=path, text=text[:_FLAG_TEXT], reason=reason)
        for path, text in _texts(value, where)
        if (reason := _finding(text)) is not None
    ]


@lru_cache(maxsize=8192)
def _finding(text: str) -> str | None:
    """Why the screen flags ``text``, or None; cached, as keys, service names and timestamps repeat a lot."""
    verdict = _screen().check(text)
    return None if verdict.outcome == "pass" else verdict.reason


def _texts(value: Any, where: str) -> Iterable[tuple[str, str]]:
    if isinstance(value, str):
        yield where or "value", value
    elif isinstance(value, Mapping):
        for key, item in value.items():
            path = f"{where}.{key}" if where else str(key)
            if isinstance(key, str):
                yield f"{path} (key)", key
            yield from _texts(item, path)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _texts(item, f"{where}[{i}]")


def build_evidence(
    *,
    task: str,
    description: str,
    tool: str,
    risk: str,
    preview: dict[str, Any] | None,
    upstream: Iterable[tuple[str, str | None, Any]],
    templates: Mapping[str, Any],
    arguments: Mapping[str, Any],
) -> dict[str, Any]:
    """The evidence of a new request (JSON-ready); ``upstream`` gives (task, tool, result) per dependency,
    ``templates`` the arguments as the graph wrote them (with references) and ``arguments`` as resolved."""
    flags = screen_texts(description, "description") + (screen_texts(preview, "preview") if preview else [])
    stated = Stated(task=task, description=description, tool=tool, risk=risk, preview=preview, flags=flags)
    copied = [Copied(task=dep, tool=by, result=result, flags=screen_texts(result)) for dep, by, result in upstream]
    filled = _copied_arguments(templates, arguments)
    return Evidence(genaiops=stated, tool_output=copied, copied_arguments=filled).model_dump(mode="json")


def amended_evidence(
    evidence: Mapping[str, Any], *, risk: str, preview: dict[str, Any] | None, flags: list[str]
) -> dict[str, Any]:
    """The evidence of a request made by amending another: what was copied from tool output stays as it was,
    and what genaiops states is the amended call's (its tier, its own dry run, screened again); ``flags`` are
    what the input guardrails noted on the amended arguments."""
    stated = dict(evidence.get("genaiops") or {})
    if evidence.get("format") != 2:  # recorded by an earlier genaiops: keep its shape, replace its dry run
        return {**evidence, "preview": preview, **({"guardrail_flags": flags} if flags else {})}
    screened = screen_texts(stated.get("description") or "", "description")
    screened += screen_texts(preview, "preview") if preview else []
    stated |= {"risk": risk, "preview": preview, "flags": [f.model_dump() for f in screened]}
    return {**evidence, "genaiops": stated, **({"guardrail_flags": flags} if flags else {})}


def _copied_arguments(templates: Mapping[str, Any], arguments: Mapping[str, Any]) -> list[CopiedArgument]:
    refs: dict[tuple, list[str]] = {}
    for path, ref in find_refs(templates):
        refs.setdefault(path, []).append(str(ref))
    out = []
    for path, references in refs.items():
        name = ".".join(map(str, path))
        value = _at(arguments, path)
        out.append(CopiedArgument(path=name, references=references, flags=screen_texts(value, f"arguments.{name}")))
    return out


def _at(value: Any, path: tuple) -> Any:
    for part in path:
        try:
            value = value[part]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def read_evidence(evidence: Mapping[str, Any], *, task: str, tool: str, risk: str) -> Evidence:
    """The evidence of a stored request; one recorded by an earlier genaiops (``description``, ``upstream``,
    ``preview``) reads with its upstream results as untrusted and not screened."""
    if evidence.get("format") == 2:
        return Evidence.model_validate(evidence)
    stated = Stated(
        task=task, description=evidence.get("description") or "", tool=tool, risk=risk, preview=evidence.get("preview")
    )
    upstream = evidence.get("upstream") or {}
    copied = [Copied(task=dep, result=result, screened=False) for dep, result in upstream.items()]
    return Evidence(genaiops=stated, tool_output=copied, screen="not screened (recorded by an earlier genaiops)")
