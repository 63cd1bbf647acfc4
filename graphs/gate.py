"""Approval gates against the store: asking, deciding, and reading what decisions add up to.

The policy and the arithmetic of approvals are pure (``genaiops.safety``); this module persists requests and
decisions with their ledger entries, each in the transaction that changes the state.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from genaiops.clock import Clock
from genaiops.errors import DecisionError, ToolInputError, did_you_mean
from genaiops.ids import canonical_json, content_hash
from genaiops.registry import ToolRegistry, ToolSpec
from genaiops.safety.approvals import (
    ApprovalRequest,
    ApprovalState,
    Decision,
    check_decision,
    evaluate_request,
)
from genaiops.safety.ledger import entry_hash
from genaiops.safety.policy import ApprovalPolicy, Requirement
from genaiops.store import Store, Transaction

__all__ = ["Gate"]


def approval_id(run_id: str, task_id: str, iteration: int, args_hash: str, policy_version: str, n: int) -> str:
    """Deterministic (``n`` counts earlier requests of the task), so a request re-made after a crash, before
    its commit, gets the same id."""
    return "ap-" + content_hash([run_id, task_id, iteration, args_hash, policy_version, n])[:12]


class Gate:
    def __init__(self, store: Store, registry: ToolRegistry, policy: ApprovalPolicy, clock: Clock):
        self.store, self.registry, self.policy, self.clock = store, registry, policy, clock

    def new_request(
        self,
        *,
        run_id: str,
        task_id: str,
        iteration: int,
        tool: ToolSpec,
        args: dict[str, Any],
        requirement: Requirement,
        requester: str,
        evidence: dict[str, Any],
    ) -> ApprovalRequest:
        args_hash = content_hash(args)
        now = self.clock.now()
        earlier = len(self.store.task_approvals(run_id, task_id))
        return ApprovalRequest(
            id=approval_id(run_id, task_id, iteration, args_hash, self.policy.version, earlier),
            run_id=run_id,
            task_id=task_id,
            iteration=iteration,
            tool=tool.name,
            args=args,
            args_hash=args_hash,
            risk=requirement.risk,
            required=requirement.approvals,
            roles=requirement.roles,
            requester=requester,
            evidence=evidence,
            policy_version=self.policy.version,
            created_at=now,
            expires_at=now + requirement.expires_after,
        )

    @staticmethod
    def record_request(tx: Transaction, request: ApprovalRequest) -> None:
        data = request.model_dump(mode="json")
        tx.insert_approval(data)
        payload = {
            k: data[k]
            for k in (
                "id",
                "task_id",
                "iteration",
                "tool",
                "args_hash",
                "risk",
                "required",
                "roles",
                "requester",
                "policy_version",
                "expires_at",
            )
        }
        tx.append_ledger(
            entry_hash, kind="approval_requested", run_id=request.run_id, at=data["created_at"], payload=payload
        )

    @staticmethod
    def record_closed(tx: Transaction, request: ApprovalRequest, state: ApprovalState, at: datetime) -> None:
        """Persist a request's new status; expiry and staleness are ledger entries of their own."""
        tx.set_approval_status(request.id, state.status)
        if state.status in ("expired", "stale"):
            tx.append_ledger(
                entry_hash,
                kind=f"approval_{state.status}",
                run_id=request.run_id,
                at=at.isoformat(),
                payload={"id": request.id, "task_id": request.task_id, "reason": state.reason},
            )

    @staticmethod
    def record_executed(
        tx: Transaction, request: ApprovalRequest, key: str, status: str, result: str | None, error: str | None, at: str
    ) -> None:
        """A gated action ran (its outcome, result hash and idempotency key), in the transaction of its result."""
        payload = {
            "approval": request.id,
            "task_id": request.task_id,
            "tool": request.tool,
            "status": status,
            "idempotency_key": key,
            "result_hash": content_hash(result) if result else None,
            "error": error,
        }
        tx.append_ledger(entry_hash, kind="action_executed", run_id=request.run_id, at=at, payload=payload)

    @staticmethod
    def record_automatic(tx: Transaction, run_id: str, task_id: str, tool: str, args_hash: str, at: str) -> None:
        """A call of a gated kind of tool that the policy let through without asking (recorded all the same)."""
        payload = {
            "task_id": task_id,
            "tool": tool,
            "args_hash": args_hash,
            "kind": "automatic",
            "reason": "the approval policy does not gate this call",
        }
        tx.append_ledger(entry_hash, kind="approval_decided", run_id=run_id, at=at, payload=payload)

    def latest_request(self, run_id: str, task_id: str, iteration: int) -> ApprovalRequest | None:
        """The open request of a task, or None (stale and superseded ones are ignored)."""
        for data, status in reversed(self.store.task_approvals(run_id, task_id)):
            if data["iteration"] == iteration and status not in ("stale", "withdrawn"):
                return ApprovalRequest.model_validate(data)
        return None

    def state(self, request: ApprovalRequest, args_hash: str | None = None) -> ApprovalState:
        decisions = [Decision.model_validate(d) for d in self.store.decisions(request.id)]
        return evaluate_request(
            request,
            decisions,
            now=self.clock.now(),
            policy_version=self.policy.version,
            args_hash=args_hash or request.args_hash,
        )

    def decide(
        self,
        approval_id: str,
        *,
        approver: str,
        role: str,
        verdict: Literal["approve", "reject"],
        reason: str,
        amend: dict[str, Any] | None = None,
        kind: Literal["human", "scripted", "automatic"] = "human",
    ) -> ApprovalState:
        """Record one person's decision (checked: no self-approval, allowed role, not expired, still open)."""
        data, status = self.store.approval(approval_id)
        request = ApprovalRequest.model_validate(data)
        if not reason.strip():
            raise DecisionError("a decision needs a reason (--reason '...'): it goes into the audit ledger")
        if status in ("approved", "rejected", "expired", "stale", "withdrawn"):
            raise DecisionError(f"approval {approval_id} is already {status}; nothing to decide")
        state = self.state(request)
        args, args_hash = state.args, state.args_hash
        if amend:
            if verdict != "approve":
                raise DecisionError("amended arguments (--set) go with approve, not reject")
            args, args_hash = self._amend(request, state.args, amend)
        decision = Decision(
            approval_id=approval_id,
            approver=approver,
            role=role,
            verdict=verdict,
            reason=reason,
            args_hash=args_hash,
            amended_args=args if amend else None,
            policy_version=self.policy.version,
            at=self.clock.now(),
            kind=kind,
        )
        check_decision(request, decision, state)
        decisions = [Decision.model_validate(d) for d in self.store.decisions(approval_id)]
        new_state = evaluate_request(
            request,
            [*decisions, decision],
            now=decision.at,
            policy_version=self.policy.version,
            args_hash=request.args_hash,
        )
        at = decision.at.isoformat()
        with self.store.transaction() as tx:
            tx.insert_decision(decision.model_dump(mode="json"))
            tx.append_ledger(
                entry_hash,
                kind="approval_decided",
                run_id=request.run_id,
                at=at,
                payload={
                    "id": approval_id,
                    "task_id": request.task_id,
                    "approver": approver,
                    "role": role,
                    "verdict": verdict,
                    "reason": reason,
                    "kind": kind,
                    "args_hash": args_hash,
                    "amended": amend is not None and bool(amend),
                    "outcome": new_state.status,
                },
            )
            tx.add_events(
                [
                    (
                        request.run_id,
                        request.task_id,
                        "approval_decided",
                        at,
                        canonical_json(
                            {"approval": approval_id, "by": approver, "verdict": verdict, "outcome": new_state.status}
                        ),
                    )
                ]
            )
            if new_state.status != "pending":
                tx.set_approval_status(approval_id, new_state.status)
        return new_state

    def _amend(self, request: ApprovalRequest, current: dict[str, Any], amend: dict[str, Any]) -> tuple[dict, str]:
        tool = self.registry.get(request.tool)
        fields = tool.input_model.model_fields
        for name in amend:
            if name not in fields:
                raise DecisionError(
                    f"--set {name}: {tool.name} has no argument {name!r}{did_you_mean(name, fields)}; "
                    f"its arguments: {', '.join(fields)}"
                )
        try:
            parsed = tool.parse_args({**current, **amend})
        except ToolInputError as exc:
            raise DecisionError(f"the amended arguments do not fit {tool.name}: {exc}") from None
        args = parsed.model_dump(mode="json")
        return args, content_hash(args)
