"""The checks between a ready task and its call: guardrails on the arguments, and the approval gate.

A part of ``Execution`` (``graphs/executor.py``), kept apart so each file reads as one concern: the executor
drives the run; this decides whether one task may go ahead — its arguments screened (a block fails it, a
redaction changes them, flags are recorded) and, for a gated tool, an approval that is current (asked for when
missing, waited on while pending, closed when rejected, expired or stale) — and writes the ledger entries for
gated and automatic actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from genaiops.errors import ToolInputError
from genaiops.graphs.gate import Gate
from genaiops.graphs.inbox import close_request
from genaiops.graphs.screening import screen_value
from genaiops.ids import canonical_json, content_hash, idempotency_key
from genaiops.registry import ToolSpec

if TYPE_CHECKING:
    from genaiops.graphs.executor import Execution, _Outcome

__all__ = ["TaskChecks"]


class TaskChecks:
    """Guardrail and gate steps of ``Execution`` (a mixin: the state it uses is the execution's)."""

    def _check_gate(
        self: Execution, tid: str, tool: ToolSpec, parsed: BaseModel, requirement, preview
    ) -> tuple[Any, BaseModel]:
        """Return (request, arguments) when the task may run now; (None, _) when it waits or was rejected."""
        args = parsed.model_dump(mode="json")
        args_hash = content_hash(args)
        latest = self.gate.latest_request(self.run_id, tid, self.iteration[tid])
        request = latest[0] if latest is not None else None
        if latest is not None:
            state = self.gate.state(request, args_hash)
            if latest[1] == "expired":  # closed at its expiry time: it counts as rejected, whatever changed since
                reason = f"expired at {request.expires_at.isoformat()}"
                state = state.model_copy(update={"status": "expired", "reason": reason})
            if state.status == "approved":
                self.ops.append(lambda tx, r=request: tx.set_approval_status(r.id, "approved"))
                return request, tool.parse_args(state.args)
            if state.status in ("rejected", "expired"):
                close = close_request if state.status == "expired" else Gate.record_closed  # expiry: recorded once
                self.ops.append(lambda tx, r=request, s=state, c=close: c(tx, r, s, self.e.clock.now()))
                self._record(tid, "rejected", "task_rejected", error=state.reason, data={"approval": request.id})
                self._apply(self.sched.finish(tid, "rejected"))
                return None, parsed
            if state.status == "pending":
                if self.status.get(tid) != "waiting":
                    self._record(tid, "waiting", "approval_waiting", data={"approval": request.id})
                return None, parsed
            # stale: the arguments or the policy changed since it was asked; close it and ask again
            self.ops.append(lambda tx, r=request, s=state: Gate.record_closed(tx, r, s, self.e.clock.now()))
        from genaiops.graphs.evidence import build_evidence  # its models: only when a gate asks for approval

        planned = self.plan.tasks[tid]
        evidence = build_evidence(  # what genaiops states apart from what it copied from tool output (untrusted)
            task=tid,
            description=planned.spec.description,
            tool=tool.name,
            risk=requirement.risk,
            preview=preview.model_dump(mode="json") if preview is not None else None,
            upstream=[(dep, self.plan.tasks[dep].spec.tool, self.results.get(dep)) for dep in sorted(planned.needs)],
            templates=planned.spec.args,
            arguments=args,
        )
        request = self.gate.new_request(
            run_id=self.run_id,
            task_id=tid,
            iteration=self.iteration[tid],
            tool=tool,
            args=args,
            requirement=requirement,
            requester=self.requester,
            evidence=evidence,
        )
        self.ops.append(lambda tx, r=request: Gate.record_request(tx, r))
        self._record(
            tid,
            "waiting",
            "approval_requested",
            data={"approval": request.id, "required": request.required, "risk": request.risk},
        )
        return None, parsed

    def _ledger_executed(self: Execution, tid: str, outcome: _Outcome) -> None:
        """The ledger entries of a gated kind of call that ran, in the transaction of its result: the action
        (and, when the policy let it through without asking, its automatic approval)."""
        automatic = self.automatic.pop(tid, None)
        if outcome.gate is None and automatic is None:
            return
        key = idempotency_key(self.run_id, tid, self.iteration[tid])
        at = self.e.clock.now().isoformat()
        policy = self.e.policy
        if outcome.gate is not None:
            self.ops.append(
                lambda tx: Gate.record_executed(
                    tx, outcome.gate, key, outcome.status, outcome.result, outcome.error, at, policy
                )
            )
            return
        tool, args_hash, decided = automatic
        done = (outcome.status, outcome.result, outcome.error, at)
        self.ops.append(
            lambda tx: Gate.record_automatic(
                tx, self.run_id, tid, tool, args_hash, decided, policy=policy, key=key, outcome=done
            )
        )

    def _ledger_automatic(self: Execution, tid: str, tool: ToolSpec, parsed: BaseModel) -> None:
        """Note that the policy let this call of a gated kind of tool through; it is recorded with the result."""
        args_hash = content_hash(parsed.model_dump(mode="json"))
        self.automatic[tid] = (tool.name, args_hash, self.e.clock.now().isoformat())

    def _screen_args(self: Execution, tid: str, tool: ToolSpec, parsed: BaseModel) -> BaseModel:
        """Guardrails on the arguments: a block fails the task, a redaction changes the arguments, flags are kept."""
        if self.e.screen is None:
            return parsed
        screened = screen_value(self.e.screen, "input", parsed.model_dump(mode="json"), tool.under_review)
        self._note_flags(tid, "input", screened.flags)
        if screened.blocked:
            raise ToolInputError(f"{tool.name}: arguments blocked by guardrails: {screened.blocked}")
        return tool.parse_args(screened.value) if screened.changed else parsed

    def _note_flags(self: Execution, tid: str, direction: str, flags: list[str]) -> None:
        if flags:
            at = self.e.clock.now().isoformat()
            data = canonical_json({"direction": direction, "flags": flags})
            self.events.append((self.run_id, tid, "guardrail_flagged", at, data))
