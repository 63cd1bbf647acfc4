"""The fold of a run's stored events into span records: the part of tracing that knows no OpenTelemetry.

Contract: pure. Stored event rows (``Store.events``: ``(seq, task_id, kind, at, data)``) go in, finished
``_Record``s (name, derived span id and parent id, start and end in ns, attributes, events, error) come out;
``graphs.tracing`` turns them into OpenTelemetry spans. Nothing here imports OpenTelemetry, draws a random id or
reads a clock: ids derive from the run id, times from the events. The only other reads are what the events do not
carry (task specs, attempts, agent turns, tool risk), through the ``_Lookup`` the caller hands to each fold.
Texts that go out (error messages, guardrail flags, approvers) pass the secrets scanner's redaction (``_scrub``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from genaiops.registry import ToolRegistry
    from genaiops.store import Store

RUN_ENDS = frozenset({"run_succeeded", "run_failed", "run_rejected", "run_paused", "run_cancelled"})
_FINISHED = frozenset({"succeeded", "failed", "rejected"})
_TASK_ENDS = frozenset({"task_succeeded", "task_failed", "task_skipped", "task_blocked", "task_rejected"})
_TEXT_LIMIT = 300


# --- ids and values ------------------------------------------------------------------------------------------


def _digest(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()


def _span_id(*parts: object) -> int:
    return int(_digest("genaiops-span", *parts)[:16], 16) or 1


def _task_span_id(run_id: str, task_id: str, iteration: int) -> int:
    return _span_id("task", run_id, task_id, iteration)


def _ns(at: str) -> int:
    moment = datetime.fromisoformat(at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000


_scanner: Any = None


def _scrub(text: str) -> str:
    """``text`` with every secret the secrets scanner finds redacted, cut to a few hundred characters."""
    global _scanner
    if _scanner is None:
        from genaiops.safety.guardrails import Secrets, redact

        _scanner = (Secrets(), redact)
    verdict = _scanner[0].check(text)
    if verdict.spans:
        text = _scanner[1](text, verdict.spans)
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 1] + "…"


# --- folding stored events into span records (no OpenTelemetry here) ------------------------------------------


@dataclass
class _Open:
    name: str
    span_id: int
    parent_id: int | None
    start: int
    attributes: dict[str, Any]
    events: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Record:
    name: str
    span_id: int
    parent_id: int | None
    start: int
    end: int
    attributes: dict[str, Any]
    events: list[tuple[str, int, dict[str, Any]]]
    error: str | None = None


class _RunFold:
    """A run's events, folded in order into finished span records; keeps what is still open between folds.

    Records of spans that end at or before ``boundary`` (an event seq) were exported by an earlier execution
    and are dropped."""

    def __init__(self, run_id: str, boundary: int):
        self.run_id, self.boundary, self.cursor = run_id, boundary, 0
        self.root_id = _span_id("run", run_id)
        self.tasks: dict[str, _Open] = {}
        self.closed: set[tuple[str, int]] = set()
        self.lookup: _Lookup | None = None
        self.approvals: dict[str, tuple[str, _Open]] = {}
        self.iteration: dict[str, int] = {}
        self.execution: _Open | None = None
        self.executions = 0
        self.run: _Open | None = None
        self.out: list[_Record] = []

    def feed(self, rows: list[tuple], lookup: _Lookup) -> list[_Record]:
        self.lookup = lookup
        for seq, task_id, kind, at, data in rows:
            self.cursor = seq
            if task_id is None:
                self._run_event(seq, kind, _ns(at), data or {})
            elif (task_id, self.iteration.get(task_id, 0)) in self.closed and kind != "loop_iteration":
                self._late_event(task_id, kind, _ns(at))  # e.g. tasks_proposed, after the proposer's result
            else:
                self._task_event(seq, task_id, kind, _ns(at), data or {})
        out, self.out = self.out, []
        return out

    def _emit(self, seq: int, span: _Open, end: int, error: str | None = None) -> None:
        if seq > self.boundary:
            self.out.append(
                _Record(span.name, span.span_id, span.parent_id, span.start, end, span.attributes, span.events, error)
            )

    # run-level events

    def _run_event(self, seq: int, kind: str, ns: int, data: dict[str, Any]) -> None:
        if kind == "run_created":
            attributes = {"genaiops.run.id": self.run_id, "genaiops.run.name": data.get("name")}
            for key in ("requester", "source", "spec_hash"):
                attributes[f"genaiops.run.{key}"] = _scrub(str(data[key])) if data.get(key) else None
            attributes["genaiops.run.task_count"] = data.get("tasks")
            self.run = _Open(f"run {data.get('name', self.run_id)}", self.root_id, None, ns, attributes)
            self._start_execution(seq, ns, "start")
        elif kind == "run_resumed":
            self._start_execution(seq, ns, "resume")
        elif kind in RUN_ENDS:
            self._end_execution(seq, ns, kind.removeprefix("run_"), data.get("tasks") or {})
        elif self.run is not None:
            self.run.events.append((kind, ns, {"genaiops.loop": data.get("loop")}))

    def _start_execution(self, seq: int, ns: int, trigger: str) -> None:
        if self.execution is not None:  # the process executing it died: no end was recorded
            self.execution.attributes["genaiops.execution.outcome"] = "interrupted"
            self._emit(seq, self.execution, ns)
        self.executions += 1
        attributes = {"genaiops.execution.index": self.executions, "genaiops.execution.trigger": trigger}
        span_id = _span_id("execution", self.run_id, self.executions)
        self.execution = _Open("execution", span_id, self.root_id, ns, attributes)

    def _end_execution(self, seq: int, ns: int, status: str, counts: dict[str, int]) -> None:
        if self.execution is not None:
            self.execution.attributes["genaiops.execution.outcome"] = status
            self._emit(seq, self.execution, ns)
            self.execution = None
        if status in _FINISHED and self.run is not None:
            self.run.attributes["genaiops.run.status"] = status
            self.run.attributes["genaiops.run.executions"] = self.executions
            for state, n in counts.items():
                self.run.attributes[f"genaiops.run.tasks.{state}"] = n
            error = f"run failed: {counts.get('failed', 0)} task(s) failed" if status == "failed" else None
            self._emit(seq, self.run, ns, error)

    # task-level events

    def _late_event(self, tid: str, kind: str, ns: int) -> None:
        if self.run is not None:
            self.run.events.append((kind, ns, {"genaiops.task.id": tid}))

    def _task_event(self, seq: int, tid: str, kind: str, ns: int, data: dict[str, Any]) -> None:
        if kind == "loop_iteration":
            self.iteration[tid] = int(data.get("iteration", 0))
            return
        if kind == "approval_decided":
            self._decided(seq, ns, data)
            return
        span = self._task_span(tid, ns)
        if kind == "approval_requested":
            self._requested(seq, tid, span, ns, data)
        elif kind == "guardrail_flagged":
            flags = [_scrub(str(f)) for f in data.get("flags", [])]
            attrs = {"genaiops.guardrail.direction": data.get("direction"), "genaiops.guardrail.flags": flags}
            span.events.append(("guardrail.flagged", ns, attrs))
        elif kind in _TASK_ENDS:
            self._close_task(seq, tid, span, kind, ns, data)
        else:  # task_started, task_interrupted, approval_waiting, and kinds added later
            if kind == "task_started":
                self._close_approvals(seq, tid, ns, "approved")
            span.events.append((kind, ns, {}))

    def _task_span(self, tid: str, ns: int) -> _Open:
        span = self.tasks.get(tid)
        if span is None:
            spec = self.lookup.spec(tid)
            iteration = self.iteration.get(tid, 0)
            attributes = {
                "genaiops.run.id": self.run_id,
                "genaiops.task.id": tid,
                "genaiops.task.iteration": iteration,
                "genaiops.task.tool": spec.get("tool"),
                "genaiops.task.role": spec.get("role"),
                "genaiops.task.risk": self.lookup.risk(spec.get("tool"), spec.get("risk")),
            }
            span = self.tasks[tid] = _Open(
                f"task {tid}", _task_span_id(self.run_id, tid, iteration), self.root_id, ns, attributes
            )
        return span

    def _close_task(self, seq: int, tid: str, span: _Open, kind: str, ns: int, data: dict[str, Any]) -> None:
        status = str(data.get("status") or kind.removeprefix("task_"))
        iteration = self.iteration.get(tid, 0)
        self._close_approvals(seq, tid, ns, "rejected" if status == "rejected" else "closed")
        span.attributes["genaiops.task.status"] = status
        attempts, started = self.lookup.attempts(tid, iteration)
        span.attributes["genaiops.task.attempts"] = attempts
        if started:  # a task run inline records no task_started event: its start is in its state
            span.start = min(span.start, _ns(started))
        if seq > self.boundary and span.attributes.get("genaiops.task.role"):
            self._agent_turns(span, tid, iteration)
        error = None
        if status == "failed":
            error = _scrub(str(data.get("error", "failed")))
            if "blocked by guardrails" in error:
                direction = "tool_result" if "result blocked" in error else "input"
                span.events.append(("guardrail.blocked", ns, {"genaiops.guardrail.direction": direction}))
        self._emit(seq, span, ns, error)
        del self.tasks[tid]
        self.closed.add((tid, iteration))

    def _agent_turns(self, span: _Open, tid: str, iteration: int) -> None:
        """The agent's stored turns as events of the task's span (kind, agent, tokens; never the content)."""
        totals = {"prompt_tokens": 0, "completion_tokens": 0}
        for turn in self.lookup.turns(tid, iteration):
            attrs = {"genaiops.agent.name": turn.agent, "genaiops.task.attempt": turn.attempt}
            for key in totals:
                used = getattr(turn, key)
                if used is not None:
                    attrs[f"genaiops.agent.{key}"] = used
                    totals[key] += used
            span.events.append((f"agent.{turn.kind}", _ns(turn.at), attrs))
        for key, total in totals.items():
            if total:
                span.attributes[f"genaiops.agent.{key}"] = total

    def _requested(self, seq: int, tid: str, task: _Open, ns: int, data: dict[str, Any]) -> None:
        self._close_approvals(seq, tid, ns, "superseded")  # asked again: arguments or policy changed
        approval = str(data.get("approval"))
        attributes = {
            "genaiops.approval.id": approval,
            "genaiops.approval.risk": data.get("risk"),
            "genaiops.approval.required": data.get("required"),
            "genaiops.task.id": tid,
        }
        name = f"approval {task.attributes.get('genaiops.task.tool') or tid}"
        span = _Open(name, _span_id("approval", self.run_id, approval), task.span_id, ns, attributes)
        self.approvals[approval] = (tid, span)
        task.attributes["genaiops.approval.id"] = approval

    def _decided(self, seq: int, ns: int, data: dict[str, Any]) -> None:
        found = self.approvals.get(str(data.get("approval")))
        if found is None:
            return
        outcome = str(data.get("outcome", "pending"))
        attrs = {
            "genaiops.approval.approver": _scrub(str(data.get("by", ""))),
            "genaiops.approval.verdict": data.get("verdict"),
            "genaiops.approval.outcome": outcome,
        }
        found[1].events.append(("approval.decision", ns, attrs))
        if outcome != "pending":
            self._close_approval(seq, str(data.get("approval")), ns, outcome)

    def _close_approvals(self, seq: int, tid: str, ns: int, outcome: str) -> None:
        for approval in [a for a, (owner, _) in self.approvals.items() if owner == tid]:
            self._close_approval(seq, approval, ns, outcome)

    def _close_approval(self, seq: int, approval: str, ns: int, outcome: str) -> None:
        _, span = self.approvals.pop(approval)
        span.attributes.setdefault("genaiops.approval.outcome", outcome)
        self._emit(seq, span, ns)


class _Lookup:
    """What the stored events do not carry, read from the store once per fold when first needed."""

    def __init__(self, store: Store, run_id: str, registry: ToolRegistry | None):
        self.store, self.run_id, self.registry = store, run_id, registry
        self._specs: dict[str, dict[str, Any]] | None = None
        self._rows: dict[str, Any] | None = None

    def spec(self, task_id: str) -> dict[str, Any]:
        if self._specs is None or task_id not in self._specs:  # reread: proposals grow the stored graph
            self._specs = {t["id"]: t for t in self.store.run(self.run_id).spec.get("tasks", [])}
        return self._specs.get(task_id, {})

    def risk(self, tool: str | None, raised: str | None) -> str | None:
        """The task's risk tier: its tool's, raised (never lowered) by the task's own ``risk``."""
        tiers = ("low", "medium", "high")
        own = None
        if self.registry is not None and tool is not None and tool in self.registry:
            own = self.registry.card(tool).risk
        found = [r for r in (own, raised) if r in tiers]
        return max(found, key=tiers.index) if found else None

    def attempts(self, task_id: str, iteration: int) -> tuple[int | None, str | None]:
        """(attempts, started_at) of the task's latest iteration (the store keeps neither for earlier ones)."""
        if self._rows is None:
            self._rows = {r.task_id: r for r in self.store.tasks(self.run_id, decode=False)}
        row = self._rows.get(task_id)
        return (row.attempts, row.started_at) if row is not None and row.iteration == iteration else (None, None)

    def turns(self, task_id: str, iteration: int) -> list[Any]:
        read = getattr(self.store, "agent_turns", None)  # stored by the agents layer, when it performs the task
        turns = read(self.run_id, task_id) if callable(read) else []
        return [t for t in turns if t.iteration == iteration]


def _boundary(rows: list[tuple]) -> int:
    """The seq of the end of the execution before the current one: what ends after it is this execution's to export."""
    starts = [seq for seq, task_id, kind, *_ in rows if task_id is None and kind in ("run_created", "run_resumed")]
    last_start = starts[-1] if starts else 0
    ends = [seq for seq, task_id, kind, *_ in rows if task_id is None and kind in RUN_ENDS and seq < last_start]
    return ends[-1] if ends else 0
