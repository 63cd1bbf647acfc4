"""What the read commands print with ``--output json`` or ``--output yaml``: one place for every shape.

These field names are a stable interface for scripts (documented in the README); a change here is a change
of that interface. Every timestamp is an ISO 8601 string in UTC, every id is whole, and nothing but the
document reaches stdout (messages go to stderr).

- run (``runs list`` items; ``runs show``'s ``run``): ``run_id``, ``name``, ``status`` (as shown: a running run
  whose process is gone reads ``orphaned``), ``requester``, ``created_at``, ``updated_at``, ``source``, ``tasks``
  (count per task status; of a running or orphaned run, counted as its tasks are now).
- ``runs show``: ``run``, ``tasks`` (list of task: ``task_id``, ``status``, ``iteration``, ``attempts``,
  ``started_at``, ``finished_at``, ``error``, ``verdict``, ``verdict_favourable``), ``pending_approvals`` (list
  of approval), and with the options: ``outputs`` (task id -> output), ``events`` (``seq``, ``at``, ``kind``,
  ``task_id``, ``data``), ``turns`` (``at``, ``task_id``, ``agent``, ``kind``, ``content``, ``prompt_tokens``,
  ``completion_tokens``); always ``goals`` (goal task id -> its ``GoalResult``: ``role``, ``goal``, ``finding``,
  ``root_cause``, ``verdict``, ``evidence``, ``proposal``, ``steps``, ``planner``) and ``spend`` (``tokens``,
  ``usd``, ``budget``: the run's ``{tokens, usd}`` or null).
- approval (``approvals list`` items): ``approval_id``, ``status`` (as read now: a pending request past its
  expiry reads ``expired``), ``run_id``, ``task_id``, ``tool``, ``risk``, ``required``, ``roles``, ``requester``,
  ``created_at``, ``expires_at``, ``amends``; ``approvals show`` adds ``args``, ``args_hash``, ``original_args``,
  ``policy_version``, ``evidence`` and ``decisions`` (``at``, ``approver``, ``role``, ``kind``, ``verdict``,
  ``reason``, ``identified_by``, ``amended``, ``policy_version``).
- ledger entry (``audit list`` items): ``seq``, ``at``, ``kind``, ``run_id``, ``payload`` (an object),
  ``hash``, ``prev_hash``, ``authenticated`` (it carries a MAC).
- tool (``tools`` items): ``name``, ``risk``, ``actions`` (gated actions), ``summary`` (first sentence of the
  description); ``tools show`` adds ``description``, ``arguments`` (``name``, ``type``, ``required``,
  ``default``, ``description``), ``result`` (``name``, ``type``, ``description``), ``acts_on``, ``resources``,
  ``gated_by_default``, ``module``.
- prompt (``prompts list`` items): ``prompt``, ``current`` (version), ``released_at``, ``kind``, ``run_id``;
  ``prompts history`` items: ``seq``, ``version``, ``kind``, ``baseline``, ``released_at``, ``run_id``,
  ``task_id``, ``requested_by``, ``approved_by``, ``reason``, ``template_sha256`` (unknown people are null).
- endpoint (``serving list`` items): ``endpoint``, ``model``, ``alias``, ``version``, ``url``, ``pid`` (null for a
  drill record), ``state`` (``running``, ``exited`` or ``drill``), ``kind`` (``process`` or ``drill``), ``problem``
  (where to look when a process exited; why a drill record cannot be used; else null).
- schedule (``schedules list`` items): ``schedule_id``, ``name``, ``scenario`` (the file), ``cron``, ``params``,
  ``missed``, ``owner``, ``paused``, ``created_at``, ``next_due``, ``last_run`` (null, or ``due_at``,
  ``started_at``, ``run_id``, ``status``, ``missed``, ``error``).
- scenario (``scenario list`` items): ``file``, ``name``, ``purpose``, ``tasks``, ``gates`` (``task_id``,
  ``tool``, ``risk``, ``approvals``, ``roles``), ``problem`` (why the file could not be read; else null).
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genaiops.graphs import RunResult
    from genaiops.registry import ToolSpec
    from genaiops.store import AgentTurn, LedgerRow, RunRow, TaskRow


def run_shape(run: RunRow, status: str, store: Any) -> dict[str, Any]:
    """A run as the read commands give it (its task counts: ``genaiops.graphs.liveness.task_counts``)."""
    from genaiops.graphs.liveness import task_counts

    counts = task_counts(run, status, store)
    return {
        "run_id": run.run_id,
        "name": run.name,
        "status": status,
        "requester": run.requester,
        "created_at": run.created_at,
        "updated_at": run.updated_at,
        "source": run.source,
        "tasks": counts,
    }


def task_shape(row: TaskRow, result: RunResult) -> dict[str, Any]:
    from genaiops.cli.views import verdict

    found = verdict(result.outputs.get(row.task_id)) if row.status == "succeeded" else None
    return {
        "task_id": row.task_id,
        "status": result.tasks.get(row.task_id, row.status),
        "iteration": row.iteration,
        "attempts": row.attempts,
        "started_at": row.started_at,
        "finished_at": row.finished_at,
        "error": row.error,
        "verdict": found[0] if found else None,
        "verdict_favourable": found[1] if found else None,
    }


def event_shape(seq: int, task: str | None, kind: str, at: str, data: Any) -> dict[str, Any]:
    return {"seq": seq, "at": at, "kind": kind, "task_id": task, "data": data}


def turn_shape(turn: AgentTurn) -> dict[str, Any]:
    return {
        "at": turn.at,
        "task_id": turn.task_id,
        "agent": turn.agent,
        "kind": turn.kind,
        "content": turn.content,
        "prompt_tokens": turn.prompt_tokens,
        "completion_tokens": turn.completion_tokens,
    }


def goal_shapes(spec: dict[str, Any], outputs: Any, event_rows: Any) -> dict[str, Any]:
    """``goals`` and ``spend`` of ``runs show`` (JSON, YAML and the table alike)."""
    from genaiops.graphs.budget import run_spend

    goal_ids = [t["id"] for t in spec.get("tasks", []) if t.get("goal")]
    goals = {tid: outputs[tid] for tid in goal_ids if tid in outputs}
    return {"goals": goals, "spend": {**run_spend(event_rows).shape(), "budget": spec.get("budget")}}


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def approval_shape(data: dict[str, Any], status: str) -> dict[str, Any]:
    return {
        "approval_id": data["id"],
        "status": status,
        "run_id": data["run_id"],
        "task_id": data["task_id"],
        "tool": data["tool"],
        "risk": data["risk"],
        "required": data["required"],
        "roles": list(data["roles"]),
        "requester": data["requester"],
        "created_at": _iso(data["created_at"]),
        "expires_at": _iso(data["expires_at"]),
        "amends": data.get("amends"),
    }


def decision_shape(d: dict[str, Any]) -> dict[str, Any]:
    return {
        "at": d["at"],
        "approver": d["approver"],
        "role": d["role"],
        "kind": d["kind"],
        "verdict": d["verdict"],
        "reason": d["reason"],
        "identified_by": d.get("identified_by") or ("local" if d["kind"] == "human" else d["kind"]),
        "amended": bool(d.get("amended_args")),
        "policy_version": d.get("policy_version"),
    }


def approval_detail(data: dict[str, Any], status: str, decisions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        **approval_shape(data, status),
        "args": data["args"],
        "args_hash": data["args_hash"],
        "original_args": data.get("original_args"),
        "policy_version": data.get("policy_version"),
        "evidence": data.get("evidence") or {},
        "decisions": [decision_shape(d) for d in decisions],
    }


def ledger_shape(row: LedgerRow) -> dict[str, Any]:
    try:
        payload = json.loads(row.payload)
    except ValueError:
        payload = row.payload
    return {
        "seq": row.seq,
        "at": row.at,
        "kind": row.kind,
        "run_id": row.run_id,
        "payload": payload,
        "hash": row.hash,
        "prev_hash": row.prev_hash,
        "authenticated": row.mac is not None,
    }


def tool_shape(spec: ToolSpec) -> dict[str, Any]:
    return {
        "name": spec.name,
        "risk": spec.risk,
        "actions": sorted(spec.actions),
        "summary": summary_of(spec.description),
    }


_SENTENCE_END = re.compile(r"(?<=[a-z0-9)`'\"][.!?])\s+(?=[A-Z`(])")
_SUMMARY_WIDTH = 160


def summary_of(description: str) -> str:
    """A tool's summary: the first sentence of its description's first paragraph, its lines joined (a line break
    used to cut it mid-sentence), shortened at a word when it runs past ``_SUMMARY_WIDTH`` characters."""
    paragraph = " ".join(description.strip().split("\n\n", 1)[0].split())
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    if len(sentence) <= _SUMMARY_WIDTH:
        return sentence
    return sentence[: _SUMMARY_WIDTH - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def tool_detail(spec: ToolSpec) -> dict[str, Any]:
    from genaiops.cli.tooldoc import fields_of, resources_of

    return {
        **tool_shape(spec),
        "description": spec.description,
        "arguments": fields_of(spec.input_model, with_defaults=True),
        "result": fields_of(spec.result_model, with_defaults=False),
        "gated_by_default": spec.gated_by_default,
        "acts_on": sorted(spec.acts_on),
        "resources": resources_of(spec),
        "module": spec.module,
    }


def scenario_shape(
    file: str,
    name: str | None,
    purpose: str,
    tasks: int,
    gates: list[dict[str, Any]],
    problem: str | None,
    params: list[Any] = (),  # type: ignore[assignment]
) -> dict[str, Any]:
    parameters = [
        {
            "name": p.name,
            "type": p.type,
            "required": p.required,
            "default": p.spec.default,
            "allowed": p.spec.allowed,
            "description": p.spec.description,
        }
        for p in params
    ]
    return {
        "file": file,
        "name": name,
        "purpose": purpose,
        "parameters": parameters,
        "tasks": tasks,
        "gates": gates,
        "problem": problem,
    }
