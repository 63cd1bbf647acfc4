"""Questions the desk answers from the store, never by running anything: what waits for me, the status of a
run, why a task failed."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from genaiops.desk.conversation import Actor, Reply
from genaiops.errors import NotFoundError, did_you_mean
from genaiops.graphs.inbox import inbox
from genaiops.graphs.liveness import run_status
from genaiops.safety.approvals import same_person
from genaiops.store import Store

__all__ = [
    "ELSEWHERE",
    "approval_line",
    "approved_by",
    "decides_here",
    "explain_failure",
    "latest_runs",
    "may_decide",
    "run_summary",
    "waiting_for",
]

_FAILED = ("failed", "rejected", "blocked")


def may_decide(actor: Actor, data: dict[str, Any]) -> bool:
    """Whether ``actor`` may decide the request ``data``: a role it accepts (or a claimable one in a drill home)
    and not their own request (the gate enforces both again when the decision is recorded)."""
    if same_person(actor.name, data["requester"]):
        return False
    return actor.allow_claimed or bool(set(actor.roles) & set(data["roles"]))


def approved_by(store: Store, data: dict[str, Any]) -> list[str]:
    """Who has approved the request ``data`` so far, for its current arguments (the approvals the gate counts)."""
    names: list[str] = []
    for d in store.decisions(data["id"]):
        if d.get("verdict") == "approve" and d.get("args_hash") == data["args_hash"] and d["approver"] not in names:
            names.append(d["approver"])
    return names


def approval_line(data: dict[str, Any], so_far: list[str] | None = None) -> str:
    """One pending request as the desk shows it: id, run, task and tool, risk, who may approve and how many
    approved so far (``so_far``), requester."""
    roles = ", ".join(data["roles"])
    counted = f" ({len(so_far)} so far: {', '.join(so_far)})" if so_far else ""
    return (
        f"{data['id']}: run {data['run_id']}, task {data['task_id']} -> {data['tool']} ({data['risk']} risk), "
        f"needs {data['required']} approval(s) from {roles}{counted}; requested by {data['requester']}, "
        f"expires {str(data['expires_at'])[:16].replace('T', ' ')} UTC"
    )


ELSEWHERE = (
    "this home's approval policy requires authenticated decisions (require_authenticated: true), so they are "
    "decided through the server (its console, API or chat), not here"
)
"""Said instead of "say approve ID" to a person the policy accepts decisions from only through the server."""


def decides_here(actor: Actor, policy: Any) -> bool:
    """Whether ``actor``'s decisions are taken at this desk (a local or claimed person under a policy that
    requires authenticated decisions decides through the server; the gate refuses them here)."""
    return not (policy.require_authenticated and actor.identified_by in ("local", "claimed"))


def waiting_for(
    store: Store, now: datetime, policy_version: str, actor: Actor, *, here: bool = True
) -> tuple[Reply, list[str]]:
    """The pending requests ``actor`` may decide (oldest first), and their ids; those waiting for others are
    counted, not listed. Not ``here`` (``decides_here``): the answer says they are decided through the server."""
    pending = [data for data, _ in inbox(store, now, status="pending", policy_version=policy_version)]
    so_far = {data["id"]: approved_by(store, data) for data in pending}
    yours = [d for d in pending if any(same_person(actor.name, n) for n in so_far[d["id"]])]
    mine = [d for d in pending if may_decide(actor, d) and d not in yours]
    others = len(pending) - len(mine) - len(yours)
    tail = f" ({others} more wait for other people)" if others else ""
    if yours:
        tail += f" ({len(yours)} you approved wait for more approvers: {', '.join(d['id'] for d in yours)})"
    if not mine:
        return Reply(kind="answer", text=f"nothing is waiting for you, {actor.name}{tail}."), []
    lines = [f"{len(mine)} approval(s) wait for you{tail}:", *(f"  {approval_line(d, so_far[d['id']])}" for d in mine)]
    ids = [d["id"] for d in mine]
    if not here:
        lines.append(f"You decide them through the server: {ELSEWHERE}.")
    else:
        lines.append("Say `approve ID` or `reject ID because ...` (with one shown, `approve` alone decides it).")
    return Reply(kind="answer", text="\n".join(lines), data={"approvals": ids}), ids


def run_summary(store: Store, run_id: str, now: datetime, policy_version: str) -> Reply:
    """A run's status: its tasks by status, failed tasks with their error, and what it waits for."""
    run = store.run(run_id)  # NotFoundError with close ids
    tasks = store.tasks(run_id, decode=False)
    status = run_status(run)
    counts: dict[str, int] = {}
    for task in tasks:
        counts[task.status] = counts.get(task.status, 0) + 1
    lines = [f"run {run_id} ({run.name}, started by {run.requester}): {status}; tasks: " + _counts(counts)]
    lines += [f"  {t.task_id} {t.status}: {_first_line(t.error)}" for t in tasks if t.status in _FAILED and t.error]
    waiting = inbox(store, now, run_id=run_id, status="pending", policy_version=policy_version)
    lines += [f"  waiting: {approval_line(data, approved_by(store, data))}" for data, _ in waiting]
    data = {"run_id": run_id, "status": status, "tasks": {t.task_id: t.status for t in tasks}}
    return Reply(kind="answer", text="\n".join(lines), data=data)


LATEST = 10
"""How many runs "list runs" shows (``genaiops runs list`` shows more)."""


def latest_runs(store: Store, *, running: bool = False) -> Reply:
    """The newest runs (``LATEST`` of them; ``running``: only those still running), one line each, newest first
    (every run in the home, as ``genaiops runs list`` shows them)."""
    rows = [(run, run_status(run)) for run in store.runs(limit=LATEST, status="running" if running else None)]
    if running:
        rows = [(run, status) for run, status in rows if status == "running"]
    if not rows:
        text = "no run is running now." if running else "no runs yet: say what you need and the desk plans one."
        return Reply(kind="answer", text=text, data={"runs": []})
    head = f"{len(rows)} run(s) running" if running else f"the latest {len(rows)} run(s), newest first"
    lines = [f"{head}:"] + [
        f"  {run.run_id} ({run.name}, started by {run.requester}, {run.created_at[:16].replace('T', ' ')} UTC): "
        f"{status}"
        for run, status in rows
    ]
    lines.append("Ask `status of run-...` for one of them; `genaiops runs list` lists more.")
    return Reply(kind="answer", text="\n".join(lines), data={"runs": [run.run_id for run, _ in rows]})


def explain_failure(store: Store, run_id: str, task_id: str | None) -> Reply:
    """Why a task of the run failed (or was rejected or blocked): its error and the events that led there; with
    no task named, every task that did not succeed."""
    store.run(run_id)  # an unknown run: NotFoundError with close ids
    tasks = {t.task_id: t for t in store.tasks(run_id, decode=False)}
    if task_id is not None and task_id not in tasks:
        raise NotFoundError(f"run {run_id} has no task {task_id!r}{did_you_mean(task_id, tasks)}")
    chosen = [tasks[task_id]] if task_id else [t for t in tasks.values() if t.status in _FAILED]
    if not chosen:
        return Reply(kind="answer", text=f"run {run_id}: no task failed.", data={"run_id": run_id})
    lines = []
    for task in chosen:
        if task.status not in _FAILED:
            state = {"succeeded": "it succeeded", "skipped": "it was skipped"}.get(task.status, f"it is {task.status}")
            lines.append(f"{task.task_id} did not fail: {state}.")
            continue
        lines.append(f"{task.task_id} {task.status}: {task.error or 'no error recorded'}")
        lines += [f"  {line}" for line in _story(store, run_id, task.task_id)]
    return Reply(kind="answer", text="\n".join(lines), data={"run_id": run_id, "tasks": [t.task_id for t in chosen]})


def _story(store: Store, run_id: str, task_id: str) -> list[str]:
    """The task's notable events (approvals asked and decided, refusals, attempts), oldest first."""
    lines = []
    for _seq, task, kind, at, data in store.events(run_id):
        if task != task_id or kind in ("task_started", "task_succeeded"):
            continue
        detail = (data or {}).get("reason") or (data or {}).get("error") or (data or {}).get("approval") or ""
        lines.append(f"{at[:19].replace('T', ' ')} {kind}" + (f": {_first_line(str(detail))}" if detail else ""))
    return lines[-6:]


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{status} {n}" for status, n in sorted(counts.items())) or "none"


def _first_line(text: str | None) -> str:
    line = (text or "").splitlines()[0] if text else ""
    return line if len(line) <= 200 else line[:199] + "…"
