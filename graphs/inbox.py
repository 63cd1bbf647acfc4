"""The approvals inbox as everyone reads it, and the sweep that closes requests past their expiry.

Expiry takes effect at the expiry instant for every reader, not when someone resumes the run: ``status_at``
is the one rule (a request still stored ``pending`` reads ``expired`` from ``expires_at`` on, that instant
included), and ``inbox``/``approval_at`` apply it to what the store holds, so the CLI and a server show the same.
A process that writes to the store closes due requests durably with ``close_expired``: status ``expired``, an
``approval_expired`` ledger entry and an ``approval_expired`` task event, written once however many processes
sweep at the same time (a conditional update in the transaction that records it). The run stays paused;
``resume`` ends the task rejected (an expired request counts as rejected).
"""

from __future__ import annotations

import difflib
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from genaiops.ids import canonical_json

if TYPE_CHECKING:  # the readers (``inbox``, ``approval_at``) stay free of pydantic: the fast CLI path uses them
    from genaiops.safety.approvals import ApprovalRequest, ApprovalState
    from genaiops.store import Store, Transaction

__all__ = [
    "approval_at",
    "arguments_diff",
    "close_expired",
    "close_request",
    "inbox",
    "read_status",
    "replaced_by",
    "status_at",
]


def status_at(status: str, expires_at: datetime | str, now: datetime) -> str:
    """The status a reader sees at ``now``: a pending request is expired from its expiry instant on."""
    if status != "pending":
        return status
    expiry = datetime.fromisoformat(expires_at) if isinstance(expires_at, str) else expires_at
    return "expired" if now >= expiry else "pending"


def read_status(data: dict[str, Any], status: str, now: datetime, policy_version: str | None = None) -> str:
    """The status a reader sees: ``status_at``, and, given the policy in force (``policy_version``), a pending
    request asked under another policy version reads ``stale``, as the next writer's policy sync will close it
    (``Gate.sync_policy``): a read-only reader shows what a writing one would, without writing."""
    seen = status_at(status, data["expires_at"], now)
    if seen == "pending" and policy_version is not None and data["policy_version"] != policy_version:
        return "stale"
    return seen


def inbox(
    store: Store,
    now: datetime,
    *,
    run_id: str | None = None,
    status: str | None = None,
    policy_version: str | None = None,
) -> list[tuple[dict[str, Any], str]]:
    """Approvals (oldest first) with the status each has at ``now`` (see ``read_status``); ``status`` filters on
    that status."""
    read_from_pending = ("pending", "expired", "stale") if policy_version is not None else ("pending", "expired")
    rows = store.approvals(run_id=run_id, status="pending" if status in read_from_pending else status)
    if status in read_from_pending and status != "pending":  # also those a writer closed already
        rows += store.approvals(run_id=run_id, status=status)
        rows.sort(key=lambda row: (row[0]["created_at"], row[0]["id"]))
    seen = [(data, read_status(data, s, now, policy_version)) for data, s in rows]
    return [row for row in seen if status is None or row[1] == status]


def approval_at(
    store: Store, approval_id: str, now: datetime, policy_version: str | None = None
) -> tuple[dict[str, Any], str]:
    """One approval (``NotFoundError`` naming close ids if unknown) with the status it has at ``now``."""
    data, status = store.approval(approval_id)
    return data, read_status(data, status, now, policy_version)


def arguments_diff(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """A line diff of two argument sets (pretty JSON, sorted keys), without the file headers: what an amendment
    changed against the task's own arguments, as the CLI and the server show it."""
    lines = [json.dumps(v, indent=2, sort_keys=True).splitlines() for v in (before, after)]
    return [line for line in difflib.unified_diff(*lines, lineterm="", n=1) if not line.startswith(("---", "+++"))]


def replaced_by(store: Store, data: dict[str, Any]) -> str | None:
    """The request that amended (replaced) the approval ``data``, if any."""
    later = [d["id"] for d, _ in store.approvals(run_id=data["run_id"]) if d.get("amends") == data["id"]]
    return later[0] if later else None


def close_request(tx: Transaction, request: ApprovalRequest, state: ApprovalState, at: datetime) -> bool:
    """Close a pending request as ``state`` says (expired) inside ``tx``: only the first process to do so
    records it (status, ledger entry, task event); False when it was closed already."""
    if not tx.set_approval_status_if(request.id, state.status, current="pending"):
        return False
    from genaiops.graphs.gate import Gate  # only a writer closing a request needs it (readers only compute)

    Gate.record_closed(tx, request, state, at)
    about = {"approval": request.id, "status": state.status, "reason": state.reason}
    event = (request.run_id, request.task_id, f"approval_{state.status}", at.isoformat(), canonical_json(about))
    tx.add_events([event])
    return True


def close_expired(store: Store, now: datetime) -> list[str]:
    """Close every request due at ``now`` (see the module docstring); returns the ids this call closed."""
    due = [aid for aid, expires_at in store.pending_expiries() if status_at("pending", expires_at, now) == "expired"]
    if not due:
        return []
    from genaiops.safety.approvals import ApprovalRequest, Decision, evaluate_request

    closed = []
    with store.transaction() as tx:
        for approval_id in due:
            data, _ = store.approval(approval_id)  # same connection: read inside the write transaction
            request = ApprovalRequest.model_validate(data)
            decisions = [Decision.model_validate(d) for d in store.decisions(approval_id)]
            state = evaluate_request(
                request, decisions, now=now, policy_version=request.policy_version, args_hash=request.task_args_hash
            )
            if state.status == "expired" and close_request(tx, request, state, now):
                closed.append(approval_id)
    return closed
