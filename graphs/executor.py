"""The async executor of one run: ready tasks run concurrently (bounded), results are committed before their
dependents start, and every state change is written with its event in one transaction.

For each ready task: evaluate ``when`` -> resolve ``${...}`` references -> validate the arguments -> guardrails
on the input -> approval policy (a gated task asks, and waits while independent branches go on) -> the handler
performs it under its idempotency key, with retries, backoff and timeout -> guardrails on the result -> commit.
Completions that arrive together are committed together (group commit), which keeps a durable run cheap.
A run with only approval waits left ends *paused*; ``resume`` picks it up in any process.
The guardrail and gate steps of a task live in ``graphs/task_checks.py``, taking on proposed tasks in
``graphs/proposals.py``; both are parts of ``Execution``.
"""

from __future__ import annotations

import asyncio
import json
import time
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from genaiops.clock import stamper
from genaiops.data_roots import for_run
from genaiops.errors import GenAIOpsError, ToolInputError
from genaiops.graphs.budget import BudgetSteps
from genaiops.graphs.gate import Gate
from genaiops.graphs.handlers import Proposal, RunEvent, TaskCall, TaskHandler, ToolHandler
from genaiops.graphs.plan import Plan
from genaiops.graphs.proposals import ProposalSteps
from genaiops.graphs.refs import RefError, resolve_args
from genaiops.graphs.schedule import TERMINAL_STATES, Scheduler, Step
from genaiops.graphs.screening import screen_value
from genaiops.graphs.spec import TaskSpec
from genaiops.graphs.task_checks import TaskChecks
from genaiops.ids import canonical_json, idempotency_key
from genaiops.registry import RISKS, ToolContext, ToolSpec
from genaiops.safety.approvals import ApprovalRequest
from genaiops.secret_refs import secret_names
from genaiops.store import Transaction

__all__ = ["Execution"]


@dataclass(slots=True)
class _Outcome:
    status: str
    result: str | None = None
    error: str | None = None
    attempts: int = 1
    gate: ApprovalRequest | None = None
    proposals: list[Proposal] | None = None
    at: str | None = None
    """When it finished, if already known (an inline call: the time it started)."""


class Execution(TaskChecks, ProposalSteps, BudgetSteps):
    """One pass over a run, from its stored state to a stop: finished, paused or cancelled."""

    def __init__(
        self, engine: Any, run_id: str, plan: Plan, requester: str, logical_time: datetime, source: str | None = None
    ):
        self.e, self.run_id, self.plan, self.requester, self.now = (
            engine,
            run_id,
            plan,
            requester,
            logical_time,
        )
        self.sched = Scheduler(plan)
        self.resources = for_run(engine.resources, source, run_id)
        """What this run's tools get: the engine's resources with the run's own estate, the data roots with the
        run's scenario folder."""
        self.gate = Gate(engine.store, engine.registry, engine.policy, engine.clock)
        self.results: dict[str, Any] = {}
        """Decoded outputs of the tasks something reads (arguments, conditions, evidence)."""
        self.outputs: dict[str, str] = {}
        """Every succeeded task's output as stored (JSON text)."""
        self.errors: dict[str, str] = {}
        self.status: dict[str, str] = {}
        self.iteration: dict[str, int] = dict.fromkeys(plan.tasks, 0)
        self.ready: deque[str] = deque()
        self.running: dict[asyncio.Task, str] = {}
        self.started: dict[str, str] = {}
        self.unflushed_starts: set[str] = set()
        self.completed: list[tuple[str, _Outcome]] = []
        self.events: list[tuple] = []
        self.ops: list[Callable[[Transaction], None]] = []
        self.automatic: dict[str, tuple[str, str, str]] = {}
        """Calls of gated kinds of tools the policy let through: (tool, args hash, when), ledgered with the result."""
        self.notices: list[RunEvent] = []
        self.cancelled = False
        self.handler: TaskHandler = engine.handler
        self.fast_tool = type(self.handler) is ToolHandler or getattr(self.handler, "direct_without_role", False)
        """Cheap synchronous tools may run inline; with a handler that acts by role, only tasks without one."""
        self.by_role = type(self.handler) is not ToolHandler
        self._requirements: dict[tuple, Any] = {}
        self.grown: list[str] = []
        """Tasks proposed and adopted since the scheduler was last rebuilt."""
        self._seed = plan.spec.seed
        self.stamp = stamper(engine.clock)
        """``clock.now().isoformat()``, faster: every task event is stamped."""

    # --- recording ---------------------------------------------------------------------------------------

    def _record(
        self,
        tid: str,
        status: str,
        event: str,
        *,
        result: str | None = None,
        error: str | None = None,
        attempts: int = 0,
        data: dict[str, Any] | None = None,
        at: str | None = None,
    ) -> None:
        at = at or self.stamp()
        finished = at if status in TERMINAL_STATES else None
        self.status[tid] = status
        if result is not None:
            self.outputs[tid] = result
        elif tid in self.outputs:
            del self.outputs[tid]
        if error:
            self.errors[tid] = error
        elif tid in self.errors:
            del self.errors[tid]
        if data or error:
            payload = {"status": status, **(data or {})}
            if error:
                payload["error"] = error
            text = canonical_json(payload)
        else:
            payload, text = None, _STATUS_JSON.get(status) or canonical_json({"status": status})
        self.events.append(
            (
                self.run_id,
                tid,
                event,
                at,
                text,
                status,
                self.iteration[tid],
                attempts,
                result,
                error,
                self.started.get(tid),
                finished,
            )
        )
        if self.e.on_event is not None:
            self.notices.append(RunEvent(self.run_id, tid, event, payload or {"status": status}))

    def flush(self) -> None:
        """Commit everything recorded since the last flush atomically, then tell observers. A lone task event
        (a chain's usual flush) is one statement, its own transaction; anything more is one transaction."""
        if self.unflushed_starts:
            for tid in self.unflushed_starts:
                if self.status.get(tid) == "running":
                    self._record(tid, "running", "task_started")
            self.unflushed_starts.clear()
        if not (self.events or self.ops):
            return
        if not self.ops:  # this run's events alone: one statement on PostgreSQL, its own transaction
            self.e.store.append_events(self.events)
        else:
            with self.e.store.transaction() as tx:
                if self.events:
                    tx.add_events(self.events)
                for op in self.ops:
                    op(tx)
        self.events, self.ops = [], []
        if self.e.on_event is not None:
            for notice in self.notices:
                self.e.on_event(notice)
        self.notices = []

    def cancel(self) -> None:
        """Stop: running tasks are interrupted (they run again, under the same key, on resume)."""
        self.cancelled = True
        for task in self.running:
            task.cancel()

    # --- the loop ----------------------------------------------------------------------------------------

    async def run(self, stored: dict[str, Any]) -> str:
        self._restore(stored)
        try:
            return await self._loop()
        except asyncio.CancelledError:  # Ctrl-C, or a server shutting down: its tasks go back to pending, stored
            self.cancelled = True
            await self._interrupt()
            self.flush()
            raise

    async def _loop(self) -> str:
        last_check = time.monotonic()
        while True:
            self._launch_ready()
            if self.completed:
                self._settle()
                if time.monotonic() - last_check > 0.25:  # inline tasks never wait: look up now and then
                    last_check = time.monotonic()
                    await asyncio.sleep(0)  # let other coroutines run (an in-process cancel)
                    if self.cancelled or self.e.store.cancel_requested(self.run_id):
                        self.cancelled = True
                        break
                continue
            if not self.running or self.cancelled:
                break
            timeout = 0.05 if self.unflushed_starts else 0.25
            done, _ = await asyncio.wait(self.running, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                tid = self.running.pop(task)
                self.completed.append((tid, task.result()))
            if self.completed:
                self._settle()
            else:
                self.flush()
            if time.monotonic() - last_check > 0.25:
                last_check = time.monotonic()
                if self.e.store.cancel_requested(self.run_id):
                    self.cancelled = True
        if self.cancelled:
            await self._interrupt()
        self.flush()
        return self._final_status()

    def _settle(self) -> None:
        """Record completions, commit them, then release their dependents (results before dependents)."""
        completed, self.completed = self.completed, []
        steps: list[Step] = []
        for tid, outcome in completed:
            self._record_outcome(tid, outcome)
        self.flush()
        for tid, outcome in completed:
            steps.append(self.sched.finish(tid, outcome.status))
        for step in steps:
            self._apply(step)
        if self.grown:
            self._reschedule()

    def _apply(self, step: Step) -> None:
        for tid, fate in step.resolved:
            self._record(
                tid,
                fate,
                f"task_{fate}",
                data={"reason": "upstream " + ("failed" if fate == "blocked" else "skipped")},
            )
        self.ready.extend(step.ready)
        for loop in step.loops_done:
            self._end_iteration(loop)

    def _end_iteration(self, loop_id: str) -> None:
        loop = self.plan.loops[loop_id]
        first = next(iter(loop.body))
        done = self.sched.body_failed(loop_id) or self.iteration[first] + 1 >= loop.spec.max_iterations
        if not done:
            try:
                done = loop.until.evaluate(self.results)
            except RefError:
                done = False  # a skipped body task: the condition cannot hold yet, so iterate
        if done:
            self.events.append(
                (
                    self.run_id,
                    None,
                    "loop_closed",
                    self.e.clock.now().isoformat(),
                    canonical_json({"loop": loop_id, "iterations": self.iteration[first] + 1}),
                )
            )
            self._apply(self.sched.close_loop(loop_id))
            return
        for tid in loop.body:
            self.iteration[tid] += 1
            self.results.pop(tid, None)
            self.started.pop(tid, None)
            self._record(tid, "pending", "loop_iteration", data={"loop": loop_id, "iteration": self.iteration[tid]})
        self.flush()
        self.ready.extend(self.sched.restart_loop(loop_id))

    def _restore(self, stored: dict[str, Any]) -> None:
        """Pick up stored task states (results as JSON text): finished tasks are never run again."""
        statuses = {}
        for row in stored.values():
            self.iteration[row.task_id] = row.iteration
            self.status[row.task_id] = row.status
            if row.error:
                self.errors[row.task_id] = row.error
            if row.status == "succeeded":
                self.outputs[row.task_id] = row.result
                if row.task_id in self.plan.read:
                    self.results[row.task_id] = json.loads(row.result)
            if row.status in TERMINAL_STATES:
                statuses[row.task_id] = row.status
        self._restore_effects([row for row in stored.values() if row.status == "succeeded"])
        step = self.sched.restore(statuses)
        self._apply(Step(resolved=step.resolved, loops_done=step.loops_done))
        queued = set(self.ready)
        self.ready.extend(t for t in step.ready if t not in queued)

    def _restore_effects(self, succeeded: list[Any]) -> None:
        """Re-create what finished tasks left in process-local resources (a drill's fault and the actions on the
        simulated estate), in the order they finished, so a run continued by another process acts on the estate
        its earlier tasks made instead of a healthy one (``ToolSpec.restore``; idempotent, so a run continued by
        the process that started it changes nothing). A state that cannot be re-created is an event, not a
        failure: the run continues as it would have."""
        position = {tid: i for i, tid in enumerate(self.plan.tasks)}
        for row in sorted(succeeded, key=lambda r: (r.finished_at or "", position.get(r.task_id, 0))):
            planned = self.plan.tasks.get(row.task_id)
            name = planned.spec.tool if planned is not None else None
            if not name or row.result is None:
                continue
            try:  # the card says whether there is a hook: a tool without one is not imported to look
                restore = self.e.registry.get(name).restore if self.e.registry.card(name).restores else None
            except GenAIOpsError:  # a tool gone since the task ran: nothing of it to re-create
                continue
            if restore is None:
                continue
            output = json.loads(row.result) if isinstance(row.result, str) else row.result
            try:
                restore(output, self._context(row.task_id, attempt=row.attempts or 1))
            except Exception as exc:  # noqa: BLE001 - reported, and the run goes on as before
                self._event(row.task_id, "effect_not_restored", {"tool": name, "error": _describe(exc)})

    def _launch_ready(self) -> None:
        limit = self.e.concurrency
        while self.ready and len(self.running) < limit:
            tid = self.ready.popleft()
            if self.status.get(tid) in TERMINAL_STATES:
                continue
            try:
                self._prepare(tid)
            except GenAIOpsError as exc:
                self.completed.append((tid, _Outcome("failed", error=str(exc), attempts=0)))

    # --- one task ----------------------------------------------------------------------------------------

    def _prepare(self, tid: str) -> None:
        planned = self.plan.tasks[tid]
        spec = planned.spec
        try:
            if planned.when is not None and not planned.when.evaluate(self.results):
                self._record(tid, "skipped", "task_skipped", data={"reason": f"when: {spec.when} is false"})
                self._apply(self.sched.finish(tid, "skipped"))
                return
            args = resolve_args(spec.args, self.results) if planned.needs else spec.args
            if spec.goal is not None:
                args = {**args, "goal": spec.goal}
        except RefError as exc:
            self.completed.append((tid, _Outcome("failed", error=str(exc), attempts=0)))
            return
        if self.plan.spec.budget is not None and self._held_for_budget(tid):
            return
        tool = self.e.registry.get(spec.tool)
        try:
            parsed = tool.parse_args(args)
            parsed = self._screen_args(tid, tool, parsed)
        except ToolInputError as exc:
            self.completed.append((tid, _Outcome("failed", error=str(exc), attempts=0)))
            return
        risk, preview = spec.risk, None
        if tool.preview is not None:  # a dry run may raise the tier, and is shown to the approvers
            preview = tool.preview(parsed, self._context(tid, attempt=0))
            risk = max(risk or "low", preview.risk, key=RISKS.index)
        key = (tool.name, risk, spec.approval, spec.urgency, spec.expires_within_hours)
        requirement = self._requirements.get(key)
        if requirement is None:
            requirement = self._requirements[key] = self.e.policy.requirement(
                tool, risk, spec.approval, spec.urgency, spec.expires_within_hours
            )
        gate = None
        if requirement.gated:
            gate, parsed = self._check_gate(tid, tool, parsed, requirement, preview)
            if gate is None:
                return
        elif tool.actions:
            self._ledger_automatic(tid, tool, parsed)
        self._start(tid, spec, tool, parsed, gate)

    def _start(self, tid: str, spec: TaskSpec, tool: ToolSpec, args: BaseModel, gate: ApprovalRequest | None) -> None:
        self.started[tid] = at = self.stamp()
        self.status[tid] = "running"
        call = None
        if (
            self.fast_tool
            and not tool.offload
            and spec.timeout is None
            and not (self.by_role and (spec.role is not None or spec.team))
        ):
            ctx = self._context(tid, attempt=1) if tool.takes_context or secret_names(args) else None
            began = time.perf_counter()
            try:  # inline: a cheap synchronous tool needs no asyncio task of its own
                result = tool.invoke(args, ctx)
            except ToolInputError as exc:
                self.completed.append((tid, _Outcome("failed", error=str(exc), attempts=1, gate=gate)))
                return
            except Exception as exc:  # the slow path below owns the retry policy
                if spec.retry.attempts == 1:
                    self.completed.append((tid, _Outcome("failed", error=_describe(exc), attempts=1, gate=gate)))
                    return
                call = TaskCall(spec, tool, args, self._context(tid, attempt=2))
            else:
                outcome = self._succeeded(tid, tool, result, 1, gate)
                if time.perf_counter() - began < 0.001:  # one timestamp for a call this short
                    outcome.at = at
                self.completed.append((tid, outcome))
                return
        self.unflushed_starts.add(tid)
        call = call or TaskCall(spec, tool, args, self._context(tid, attempt=1))
        self.running[asyncio.ensure_future(self._attempts(call, gate))] = tid

    def _context(self, tid: str, attempt: int) -> ToolContext:
        return ToolContext(
            run_id=self.run_id,
            task_id=tid,
            idempotency_key=idempotency_key(self.run_id, tid, self.iteration[tid]),
            now=self.now,
            seed=zlib.crc32(f"{self._seed}:{tid}".encode()),
            attempt=attempt,
            iteration=self.iteration[tid],
            resources=self.resources,
        )

    async def _attempts(self, call: TaskCall, gate: ApprovalRequest | None) -> _Outcome:
        retry, error = call.task.retry, ""
        first = call.context.attempt
        for attempt in range(first, retry.attempts + 1):
            ctx = _with_attempt(call.context, attempt)
            try:
                if attempt > 1 and attempt == first:
                    await asyncio.sleep(retry.delay(attempt - 1))
                this = TaskCall(call.task, call.tool, call.args, ctx)
                if call.task.timeout is not None:
                    async with asyncio.timeout(call.task.timeout):
                        result = await self.handler.perform(this)
                else:
                    result = await self.handler.perform(this)
                outcome = self._succeeded(call.task.id, call.tool, result, attempt, gate)
                if this.proposals and outcome.status == "succeeded":
                    outcome.proposals = this.proposals
                return outcome
            except ToolInputError as exc:
                return _Outcome("failed", error=str(exc), attempts=attempt, gate=gate)
            except TimeoutError:
                error = f"attempt {attempt} timed out after {call.task.timeout:g} s"
            except asyncio.CancelledError:
                return _Outcome("interrupted", attempts=attempt, gate=gate)
            except Exception as exc:  # a tool's failure, expected or not, is the task's failure
                error = _describe(exc)
            if attempt < retry.attempts:
                await asyncio.sleep(retry.delay(attempt))
        return _Outcome("failed", error=error, attempts=retry.attempts, gate=gate)

    def _succeeded(
        self, tid: str, tool: ToolSpec, result: BaseModel, attempt: int, gate: ApprovalRequest | None
    ) -> _Outcome:
        if not isinstance(result, tool.result_model):
            return _Outcome(
                "failed", error=f"{tool.name} returned {type(result).__name__}", attempts=attempt, gate=gate
            )
        if self.e.screen is not None:  # guardrails on the result, before anything downstream (or a model) reads it
            screened = screen_value(self.e.screen, "tool_result", result.model_dump(mode="json"), tool.under_review)
            self._note_flags(tid, "tool_result", screened.flags)
            if screened.blocked:
                error = f"{tool.name}: result blocked by guardrails: {screened.blocked}"
                return _Outcome("failed", error=error, attempts=attempt, gate=gate)
            if screened.changed:
                result = tool.result_model.model_validate(screened.value)
        return _Outcome("succeeded", result=result.model_dump_json(), attempts=attempt, gate=gate)

    def _record_outcome(self, tid: str, outcome: _Outcome) -> None:
        if outcome.status == "interrupted":
            self._record(tid, "pending", "task_interrupted", attempts=outcome.attempts)
            return
        if outcome.status == "succeeded":
            if tid in self.plan.read:
                self.results[tid] = json.loads(outcome.result)
            self._record(
                tid, "succeeded", "task_succeeded", result=outcome.result, attempts=outcome.attempts, at=outcome.at
            )
            if outcome.proposals:
                self._adopt(tid, outcome.proposals)
        else:
            self._record(tid, "failed", "task_failed", error=outcome.error, attempts=outcome.attempts)
        self._ledger_executed(tid, outcome)

    def _event(self, tid: str | None, kind: str, data: dict[str, Any]) -> None:
        self.events.append((self.run_id, tid, kind, self.e.clock.now().isoformat(), canonical_json(data)))
        if self.e.on_event is not None:
            self.notices.append(RunEvent(self.run_id, tid, kind, data))

    # --- the end -----------------------------------------------------------------------------------------

    async def _interrupt(self) -> None:
        for task in self.running:
            task.cancel()
        if self.running:
            await asyncio.wait(self.running)
        for task, tid in self.running.items():
            self.completed.append((tid, task.result() if not task.cancelled() else _Outcome("interrupted")))
        self.running.clear()
        for tid, outcome in self.completed:
            self._record_outcome(tid, outcome)
        self.completed = []

    def _final_status(self) -> str:
        states = set(self.status.values())
        if self.cancelled:
            return "cancelled"
        if "waiting" in states:  # decisions still to come can change what runs: not finished yet
            return "paused"
        if "failed" in states or ("blocked" in states and "rejected" not in states):
            return "failed"
        if "rejected" in states:
            return "rejected"
        if states <= TERMINAL_STATES and len(self.status) == len(self.plan.tasks):
            return "succeeded"
        return "paused" if "pending" in states else "failed"


_STATUS_JSON = {s: canonical_json({"status": s}) for s in ("succeeded", "running", "pending", "skipped", "blocked")}


def _describe(exc: Exception) -> str:
    return str(exc) if isinstance(exc, GenAIOpsError) else f"{type(exc).__name__}: {exc}"


def _with_attempt(ctx: ToolContext, attempt: int) -> ToolContext:
    return ToolContext(
        ctx.run_id, ctx.task_id, ctx.idempotency_key, ctx.now, ctx.seed, attempt, ctx.iteration, ctx.resources
    )
