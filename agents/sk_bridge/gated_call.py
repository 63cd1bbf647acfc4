"""One tool call as a one-task genaiops run: the engine's guardrails, approval policy, idempotency and ledger apply.

``GatedCall.perform(tool, arguments)`` validates the arguments against the tool's input model, starts a run of a
graph with a single task, and, when the run pauses on an approval, waits for people to decide (polling the store,
so a decision made in another process, e.g. ``genaiops approvals approve``, is seen too), then resumes the run.
It returns the tool's result model, or raises ``GatedCallError`` saying what stopped the call. Framework-free:
the Semantic Kernel filter is a thin layer over it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from genaiops.errors import GenAIOpsError, IdentityError, RunStateError, ToolInputError
from genaiops.graphs import Engine, GraphSpec, RunResult, TaskSpec
from genaiops.graphs.refs import find_refs
from genaiops.identity import normalize_name
from genaiops.registry import ToolSpec
from genaiops.safety.approvals import ApprovalRequest

__all__ = ["ApprovalTimeoutError", "GatedCall", "GatedCallError"]

SOURCE = "semantic-kernel"
"""The ``source`` recorded with every run the bridge starts (shown by ``genaiops runs show``)."""

_ENDED = frozenset({"succeeded", "failed", "rejected", "cancelled"})


class GatedCallError(GenAIOpsError):
    """A call the gate did not let through (rejected, expired, blocked by a guardrail, withdrawn) or that failed.

    ``status`` says which: ``rejected``, ``expired``, ``blocked`` (a guardrail or the arguments), ``failed`` (the
    tool ran and failed, or its result was blocked), ``cancelled`` or ``timeout``. ``ran`` is False when the tool
    was never called. ``run_id`` names the genaiops run that holds the whole story (events, approvals, ledger).
    """

    def __init__(self, message: str, *, tool: str, status: str, run_id: str | None = None, ran: bool = False):
        super().__init__(message)
        self.tool, self.status, self.run_id, self.ran = tool, status, run_id, ran


class ApprovalTimeoutError(GatedCallError):
    """Nobody decided within the caller's timeout; the request was withdrawn, so nobody can approve it later."""


class GatedCall:
    """Performs registry tool calls through an ``Engine``, on behalf of ``requester``.

    ``poll_interval`` (seconds) is how often the store is read while an approval is pending; ``timeout`` (seconds,
    None = until the request expires under the policy, which is a rejection) bounds the wait.
    """

    def __init__(self, engine: Engine, *, requester: str, poll_interval: float = 0.5, timeout: float | None = None):
        try:
            requester = normalize_name(requester, "requester")  # the name the self-approval check compares
        except IdentityError:
            raise ValueError(
                "requester must name who makes the calls: it is recorded and can never approve them"
            ) from None
        self.engine, self.requester = engine, requester
        self.poll_interval, self.timeout = poll_interval, timeout

    async def perform(self, tool_name: str, arguments: Mapping[str, Any]) -> tuple[BaseModel, RunResult]:
        """Run ``tool_name`` with ``arguments`` under the gate; return its result and the finished run."""
        tool = self.engine.registry.get(tool_name)
        args = parse_arguments(tool, arguments)
        spec = GraphSpec(
            name=f"{SOURCE}: {tool.name}",
            description=f"{tool.name} called through Semantic Kernel by {self.requester}",
            tasks=[TaskSpec(id=tool.name[:64], tool=tool.name, args=args, description=_first_line(tool))],
        )
        run = await self.engine.start(spec, requester=self.requester, source=SOURCE)
        try:
            run = await self._until_ended(run, tool)
        except (asyncio.CancelledError, ApprovalTimeoutError):
            self._withdraw(run.run_id, "the Semantic Kernel caller stopped waiting for a decision")
            raise
        return self._outcome(tool, run), run

    async def _until_ended(self, run: RunResult, tool: ToolSpec) -> RunResult:
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        run_id = run.run_id
        while run.status not in _ENDED:
            if run.status == "paused" and self._decided(run_id):
                try:
                    run = await self.engine.resume(run_id)
                except RunStateError:  # another process resumed (or finished) it first: follow the store
                    run = self.engine.result(run_id)
                continue
            if deadline is not None and time.monotonic() >= deadline:
                pending = ", ".join(r.id for r in run.pending) or "none"
                raise ApprovalTimeoutError(
                    f"{tool.name} was not performed: no decision within {self.timeout:g} s (approvals: {pending}); "
                    f"the request was withdrawn (run {run_id}); ask again, or raise `timeout`",
                    tool=tool.name,
                    status="timeout",
                    run_id=run_id,
                )
            await asyncio.sleep(self.poll_interval)
            run = self.engine.result(run_id)
        return run

    def _decided(self, run_id: str) -> bool:
        """Is there something new to act on: a decision, an expiry, or no pending request left?"""
        gate = self.engine.gate
        pending = self.engine.store.approvals(run_id=run_id, status="pending")
        return not pending or any(
            gate.state(ApprovalRequest.model_validate(data)).status != "pending" for data, _ in pending
        )

    def _withdraw(self, run_id: str, reason: str) -> None:
        with contextlib.suppress(RunStateError):  # it ended meanwhile: nothing is left to withdraw
            self.engine.cancel(run_id, by=self.requester, reason=reason)

    def _outcome(self, tool: ToolSpec, run: RunResult) -> BaseModel:
        task_id = next(iter(run.tasks))
        if run.status == "succeeded":
            return tool.result_model.model_validate(run.outputs[task_id])
        status, ran = self._why(run, task_id)
        error = run.errors.get(task_id) or f"the run ended {run.status}"
        verb = "failed" if ran else "was not performed"
        raise GatedCallError(
            f"{tool.name} {verb} ({status}): {error} (run {run.run_id}: `genaiops runs show {run.run_id}`)",
            tool=tool.name,
            status=status,
            run_id=run.run_id,
            ran=ran,
        )

    def _why(self, run: RunResult, task_id: str) -> tuple[str, bool]:
        """(status, whether the tool was called) of a run that did not succeed."""
        row = next(r for r in self.engine.store.tasks(run.run_id, decode=False) if r.task_id == task_id)
        approvals = self.engine.store.approvals(run_id=run.run_id)
        if run.status == "rejected":
            closed = [s for _, s in approvals if s in ("rejected", "expired")]
            return (closed[-1] if closed else "rejected"), False
        if run.status == "cancelled":  # by someone else (our own withdrawals raise before this)
            return "cancelled", bool(row.attempts)
        return ("failed", True) if row.attempts else ("blocked", False)


def parse_arguments(tool: ToolSpec, arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The tool's arguments from a bag of named values, validated (``ToolInputError`` naming every bad field).

    Names the tool does not take are ignored (SK passes one shared bag of arguments); a JSON text given for an
    object or array argument is decoded (values from text-only callers). A value holding ``${...}`` is refused:
    the graph would read it as a reference to another task's output.
    """
    schema = tool.input_model.model_json_schema()
    properties = schema.get("properties", {})
    picked = {name: _decode(properties[name], value) for name, value in arguments.items() if name in properties}
    args = tool.parse_args(picked).model_dump(mode="json")
    refs = [f"{'.'.join(map(str, path))}: {ref}" for path, ref in find_refs(args)]
    if refs:
        raise ToolInputError(
            f"{tool.name}: {', '.join(refs)}: text of the form ${{task.field}} would be read as a reference to "
            "another task's output; reword the value"
        )
    return args


def _decode(prop: Mapping[str, Any], value: Any) -> Any:
    types = {prop.get("type")} | {p.get("type") for p in prop.get("anyOf", [])}
    if isinstance(value, str) and types & {"object", "array"} and "string" not in types:
        try:
            return json.loads(value)
        except ValueError:
            return value  # validation names the field and what it expected
    return value


def _first_line(tool: ToolSpec) -> str:
    return tool.description.strip().splitlines()[0] if tool.description.strip() else tool.name
