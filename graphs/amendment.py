"""An amendment is a new request: the amended arguments go through what the task's own arguments went through.

``prepare_amendment`` takes the arguments someone amends (the CLI's ``--set NAME=VALUE``, the API's and the
console's ``amend`` object; its messages say "amended argument", no entry point's words) and does what the
executor does before asking: validate them against the tool's input model, screen them with the input
guardrails (a block refuses the amendment; a redaction changes them), run the tool's dry run
(``ToolSpec.preview``: its blast radius may raise the tier) and ask the policy what the amended call needs. The
gate then records the new request in place of the old one (``Gate.decide``). Nothing here writes.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from genaiops.data_roots import for_run
from genaiops.errors import AmendmentError, ToolError, ToolInputError, did_you_mean
from genaiops.graphs.arg_checks import secret_problems
from genaiops.graphs.evidence import amended_evidence
from genaiops.graphs.screening import screen_value
from genaiops.graphs.spec import TaskSpec
from genaiops.ids import idempotency_key
from genaiops.registry import RISKS, ToolContext, ToolRegistry, ToolSpec
from genaiops.safety.approvals import ApprovalRequest
from genaiops.safety.policy import ApprovalPolicy, Requirement
from genaiops.safety.verdict import Screen
from genaiops.store import Store

__all__ = ["Amendment", "prepare_amendment"]


@dataclass(frozen=True)
class Amendment:
    based_on: str
    """The hash of the arguments amended: if they changed meanwhile, the amendment is refused."""
    args: dict[str, Any]
    requirement: Requirement
    evidence: dict[str, Any]


@dataclass(frozen=True)
class AmendContext:
    """What an amendment is checked with: the engine's store, registry, policy, guardrails and resources."""

    store: Store
    registry: ToolRegistry
    policy: ApprovalPolicy
    screen: Screen | None
    resources: Mapping[str, Any]


def prepare_amendment(
    ctx: AmendContext, request: ApprovalRequest, current: dict[str, Any], based_on: str, amend: dict[str, Any]
) -> Amendment:
    """The amended call of ``request`` (``current`` are its arguments now), checked and assessed."""
    tool = ctx.registry.get(request.tool)
    parsed = tool.parse_args(_amended_args(tool, current, amend))
    flags: list[str] = []
    if ctx.screen is not None:
        screened = screen_value(ctx.screen, "input", parsed.model_dump(mode="json"), tool.under_review)
        if screened.blocked:
            raise AmendmentError(f"the amended arguments are blocked by the input guardrails: {screened.blocked}")
        flags = screened.flags
        parsed = tool.parse_args(screened.value) if screened.changed else parsed
    task, seed, now = _task_of(ctx.store, request)
    risk, preview = task.risk or "low", None
    if tool.preview is not None:
        try:
            dry_run = tool.preview(parsed, _context(request, seed, now, ctx.resources))
        except ToolError as exc:
            raise AmendmentError(f"the dry run of the amended arguments failed: {exc}") from None
        risk, preview = max(risk, dry_run.risk, key=RISKS.index), dry_run.model_dump(mode="json")
    requirement = ctx.policy.requirement(tool, risk, task.approval, task.urgency, task.expires_within_hours)
    evidence = amended_evidence(request.evidence, risk=requirement.risk, preview=preview, flags=flags)
    return Amendment(based_on, parsed.model_dump(mode="json"), requirement, evidence)


def _amended_args(tool: ToolSpec, current: dict[str, Any], amend: dict[str, Any]) -> dict[str, Any]:
    fields = tool.input_model.model_fields
    for name in amend:
        head = name.partition(".")[0]
        if head not in fields:
            raise AmendmentError(
                f"amended argument {name}: {tool.name} has no argument {head!r}{did_you_mean(head, fields)}; "
                f"its arguments: {', '.join(fields)}"
            )
    problems = secret_problems(amend)
    if problems:
        raise AmendmentError(f"amended argument {problems[0]}: nothing was recorded")
    merged = dict(current)
    for name, value in amend.items():
        head, dot, rest = name.partition(".")
        merged[head] = _set_key(merged.get(head), rest, value, name, head) if dot else value
    try:
        return tool.parse_args(merged).model_dump(mode="json")
    except ToolInputError as exc:
        problems = str(exc).removeprefix(f"{tool.name}: ")  # the tool is named once
        raise AmendmentError(f"the amended arguments do not fit {tool.name}: {problems}") from None


def _set_key(mapping: Any, path: str, value: Any, name: str, where: str) -> dict[str, Any]:
    """``mapping`` with the key ``path`` (dotted: nested keys) set to ``value``, the other keys kept: ``--set
    change.rollout=50`` amends one key of a mapping argument, where ``--set change={...}`` replaces it whole. A key
    that holds a dot itself is taken whole when the mapping has it."""
    if mapping is None:
        mapping = {}
    if not isinstance(mapping, dict):
        raise AmendmentError(
            f"amended argument {name}: {where} is not a mapping ({type(mapping).__name__}), so it has no key to set; "
            f"amend it whole with {where}=VALUE"
        )
    out = dict(mapping)
    key, dot, rest = path.partition(".")
    if not dot or path in out:
        out[path] = value
    else:
        out[key] = _set_key(out.get(key), rest, value, name, f"{where}.{key}")
    return out


def _task_of(store: Store, request: ApprovalRequest) -> tuple[TaskSpec, int, datetime]:
    """The task spec the request gates (its risk and approval setting), the run's seed and logical time."""
    run = store.run(request.run_id)
    spec = run.spec
    task = next(t for t in spec["tasks"] if t["id"] == request.task_id)
    return TaskSpec.model_validate(task), int(spec.get("seed", 0)), datetime.fromisoformat(run.logical_time)


def _context(request: ApprovalRequest, seed: int, now: datetime, resources: Mapping[str, Any]) -> ToolContext:
    """The context the executor gives the task's dry run (same key, seed and logical time)."""
    return ToolContext(
        run_id=request.run_id,
        task_id=request.task_id,
        idempotency_key=idempotency_key(request.run_id, request.task_id, request.iteration),
        now=now,
        seed=zlib.crc32(f"{seed}:{request.task_id}".encode()),
        attempt=0,
        iteration=request.iteration,
        resources=for_run(resources, None, request.run_id),  # the run's own estate, as its tasks saw it
    )
