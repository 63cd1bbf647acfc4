"""The engine: start, resume, decide, cancel — the operations the CLI, the server and tests call.

``Engine`` holds what runs need (store, registry, policy, clock, resources, handler) and never reads settings;
the entry points build it. Each ``start``/``resume`` is one ``Execution`` that ends finished, paused or cancelled.
"""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal

from genaiops.clock import Clock, SystemClock
from genaiops.errors import RunStateError, StoreError
from genaiops.graphs.inbox import close_expired, inbox
from genaiops.graphs.liveness import held_elsewhere, lease_deadline, now_stamp, process_owner, run_status
from genaiops.graphs.plain_decision import kept_reason
from genaiops.graphs.result import Outputs, RunResult, stored_result
from genaiops.identity import IdentifiedBy
from genaiops.ids import canonical_json, new_run_id
from genaiops.registry import ToolRegistry
from genaiops.safety.approvals import ApprovalRequest, ApprovalState
from genaiops.safety.ledger import entry_hash
from genaiops.safety.policy import ApprovalPolicy
from genaiops.safety.verdict import Screen
from genaiops.store import RunRequest, RunRow, Store

if TYPE_CHECKING:
    from genaiops.graphs.executor import Execution
    from genaiops.graphs.gate import Gate
    from genaiops.graphs.handlers import RunEvent, TaskHandler
    from genaiops.graphs.plan import Plan
    from genaiops.graphs.spec import GraphSpec

__all__ = ["Engine", "RunResult", "run_status"]

_frozen = 0


@contextmanager
def _long_lived_heap() -> Iterator[None]:
    """Keep the cyclic GC from rescanning what lives through a run (modules, spec, plan): one full collection
    of a 10,000-task run's heap took ~180 ms here, which made per-task cost grow with the size of the run."""
    global _frozen
    if _frozen == 0:
        gc.freeze()
    _frozen += 1
    try:
        yield
    finally:
        _frozen -= 1
        if _frozen == 0:
            gc.unfreeze()


FINISHED = frozenset({"succeeded", "failed", "rejected"})


def _tool_handler() -> TaskHandler:
    """The default task handler (tool calls only), imported when an engine is made without one."""
    from genaiops.graphs.handlers import ToolHandler

    return ToolHandler()


@dataclass
class Engine:
    store: Store
    registry: ToolRegistry
    policy: ApprovalPolicy = field(default_factory=ApprovalPolicy)
    clock: Clock = field(default_factory=SystemClock)
    concurrency: int = 8
    resources: Mapping[str, Any] = field(default_factory=dict)
    handler: TaskHandler = field(default_factory=_tool_handler)
    screen: Screen | None = None
    on_event: Callable[[RunEvent], None] | None = None
    lease: float | None = None
    """Seconds this process holds a run it executes without renewing (renewed every third of it): a run whose
    lease ran out is orphaned and a worker takes it over. None: no lease (liveness by ``host:pid`` only)."""
    served: bool = False
    """A server's engine: its worker continues paused runs once their approvals close, so a refused decision
    says so rather than naming `genaiops resume` (which a console or API user has no way to run)."""
    _live: dict[str, Execution] = field(default_factory=dict, init=False, repr=False)
    _lost: set[str] = field(default_factory=set, init=False, repr=False)
    _keeper: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        bind = getattr(self.handler, "bind", None)
        if bind is not None:  # a handler that acts on its own (agents) needs the same store, policy and guardrails
            bind(self)

    @property
    def gate(self) -> Gate:
        """The gate over this engine's store and policy, with the resources and guardrails amendments and
        scripted decisions are checked against."""
        from genaiops.graphs.gate import Gate  # amendments, evidence, screening: what deciding needs, not reading

        return Gate(
            self.store, self.registry, self.policy, self.clock, resources=self.resources, screen=self.screen,
            served=self.served,
        )  # fmt: skip

    async def start(
        self,
        spec: GraphSpec | Plan,
        *,
        requester: str,
        source: str | None = None,
        run_id: str | None = None,
        request: RunRequest | None = None,
    ) -> RunResult:
        """Persist a new run of a validated graph, then execute it. Given the ``Plan`` validation built, the
        plan is not built a second time. ``request``: an ``Idempotency-Key``, recorded in the transaction that
        writes the run (a start that fails records neither); a key that started a stored run already starts
        nothing: ``request.first`` names that run, whose stored result is returned."""
        with _long_lived_heap():
            return await self._start(spec, requester, source, run_id, request)

    async def _start(
        self, spec: GraphSpec | Plan, requester: str, source: str | None, run_id: str | None, request: RunRequest | None
    ) -> RunResult:
        plan, row = self._insert(spec, requester, source, run_id, queued=False, request=request)
        if request is not None and request.first is not None:
            return self.result(request.first[1])
        return await self._execute(row, plan, fresh=True)

    def submit(
        self, spec: GraphSpec | Plan, *, requester: str, source: str | None = None, run_id: str | None = None
    ) -> str:
        """Persist a new run of a validated graph as ``queued``, owned by nobody: a ``genaiops worker`` executes
        it (``genaiops run --detach``). The run's id."""
        return self._insert(spec, requester, source, run_id, queued=True)[1].run_id

    def _insert(
        self,
        spec: GraphSpec | Plan,
        requester: str,
        source: str | None,
        run_id: str | None,
        *,
        queued: bool,
        request: RunRequest | None = None,
    ) -> tuple[Plan, RunRow]:
        from genaiops.graphs.plan import Plan, build_plan  # graphs, tasks and handlers: loaded to run, not to read

        plan = spec if isinstance(spec, Plan) else build_plan(spec)
        spec = plan.spec
        self.gate.sync_policy()  # a policy change is ledgered, and requests asked under the old one closed
        now = self.clock.now()
        run_id = run_id or new_run_id(now)
        snapshot = spec.model_dump_json()  # one encoding, stored and hashed as is
        at = now.isoformat()
        row = RunRow(
            run_id,
            spec.name,
            snapshot,
            hashlib.sha256(snapshot.encode()).hexdigest(),
            source,
            "queued" if queued else "running",
            requester,
            (spec.at or now).isoformat(),
            at,
            at,
            None,
            False,
            None if queued else process_owner(),  # owned from its first write: never taken for abandoned
            None if queued or self.lease is None else lease_deadline(self.lease),
        )
        with self.store.transaction() as tx:
            if request is not None:
                request.first = tx.claim_request(request, run_id, at)
                if request.first is not None:  # the key started a run already: nothing is written
                    return plan, row
            tx.insert_run(row, [t.id for t in spec.tasks])
            tx.add_events(
                [
                    (
                        run_id,
                        None,
                        "run_created",
                        at,
                        canonical_json(
                            {
                                "name": spec.name,
                                "source": source,
                                "requester": requester,
                                "spec_hash": row.spec_hash,
                                "tasks": len(spec.tasks),
                            }
                        ),
                    )
                ]
            )
        return plan, row

    async def resume(self, run_id: str) -> RunResult:
        """Continue a paused, cancelled or interrupted run from its stored state (in any process)."""
        self.close_expired()  # expiry first: a request past its time counts as rejected, even under a new policy
        self.gate.sync_policy()  # a policy change is ledgered, and requests asked under the old one closed
        from genaiops.graphs.plan import build_plan
        from genaiops.graphs.spec import GraphSpec

        run = self._claim(run_id)
        with _long_lived_heap():
            return await self._execute(run, build_plan(GraphSpec.model_validate(run.spec)))

    def _claim(self, run_id: str) -> RunRow:
        """Make this process the run's one executor: read, check and write in ONE write transaction, so of
        several processes resuming at once exactly one wins and the others get a ``RunStateError``."""
        at = self.clock.now().isoformat()
        with self.store.transaction() as tx:
            run = tx.run(run_id)  # read under the write lock: nobody can claim it between this read and the write
            self.check_resumable(run)
            lease = None if self.lease is None else lease_deadline(self.lease)
            if not tx.claim_run(run_id, process_owner(), at, status=run.status, owner_was=run.owner, lease_until=lease):
                raise RunStateError(
                    f"run {run_id} was claimed by another process just now; see `genaiops runs show {run_id}`"
                )
            tx.add_events([(run_id, None, "run_resumed", at, canonical_json({"was": run_status(run)}))])
        return run

    def claim_next(self, *, skip: tuple[str, ...] = (), orphaned_only: bool = False) -> RunRow | None:
        """Claim the oldest run a worker may take (queued, orphaned past its lease, or paused with every approval
        decided; ``orphaned_only``: only the orphaned ones, as ``genaiops serve`` takes them) for this process,
        under a lease; None when there is none. Execute it with ``work``. Taking over an orphaned run is
        recorded in its events and the ledger (``run_taken_over``): by whom, from whom, and why."""
        if self.lease is None:
            raise RunStateError("a worker's engine needs a lease (Engine(lease=SECONDS))")
        at, me = self.clock.now().isoformat(), process_owner()

        def resumed(run: RunRow) -> tuple:
            return (run.run_id, None, "run_resumed", at, canonical_json({"was": run_status(run), "by": me,
                                                                         "from": run.owner}))  # fmt: skip

        def taken_over(tx: Any, run: RunRow) -> None:
            if run.status == "running":  # its executor stopped renewing its lease: died, frozen or cut off
                reason = f"the lease of {run.owner} ran out at {run.lease_until} (GENAIOPS_LEASE_SECONDS)"
                payload = {"by": me, "from": run.owner, "reason": reason}
                tx.append_ledger(entry_hash, kind="run_taken_over", run_id=run.run_id, at=at, payload=payload)

        skip = tuple(sorted({*skip, *self._live}))  # never a run this process executes (its lease may lag)
        return self.store.claim_next(
            me, now_stamp(), lease_deadline(self.lease), resumed, skip=skip, orphaned_only=orphaned_only,
            record=taken_over,
        )  # fmt: skip

    async def work(self, run: RunRow) -> RunResult:
        """Execute a run ``claim_next`` gave this process."""
        from genaiops.graphs.plan import build_plan
        from genaiops.graphs.spec import GraphSpec

        with _long_lived_heap():
            return await self._execute(run, build_plan(GraphSpec.model_validate(run.spec)))

    def check_resumable(self, run: RunRow) -> None:
        """Raise ``RunStateError`` for a run ``resume`` would refuse: finished, or executing right now (callers
        check before drawing anything; ``resume`` checks again under the write lock)."""
        run_id = run.run_id
        if run.status in FINISHED:
            raise RunStateError(f"run {run_id} already {run.status}; nothing to resume{_start_over(run)}")
        if run_id in self._live or (run.status == "running" and held_elsewhere(run)):
            raise RunStateError(
                f"run {run_id} is being executed right now by process {run.owner}; wait for it, or stop it with "
                f"`genaiops runs cancel {run_id}`"
            )

    async def _execute(self, run: RunRow, plan: Plan, *, fresh: bool = False) -> RunResult:
        """Execute a stored run this process owns (inserted owned, or claimed); a ``fresh`` one has no task state."""
        from genaiops.graphs.executor import Execution  # asyncio and the scheduler: only what executes loads them

        run_id = run.run_id
        self.close_expired()
        stored = {} if fresh else {row.task_id: row for row in self.store.tasks(run_id, decode=False)}
        execution = Execution(self, run_id, plan, run.requester, datetime.fromisoformat(run.logical_time), run.source)
        self._live[run_id] = execution
        self._hold_lease(run_id, execution)
        try:
            status = await execution.run(stored)
            self.store.fences.pop(run_id, None)  # the closing write releases the run: checked once, below
            counts: dict[str, int] = {}
            for state in execution.status.values():
                counts[state] = counts.get(state, 0) + 1
            at = self.clock.now().isoformat()
            with self.store.transaction(run=run_id) as tx:
                self._check_still_owned(tx, run_id)
                tx.set_run_status(run_id, status, at, {"tasks": counts}, release=True)
                tx.add_events([(run_id, None, f"run_{status}", at, canonical_json({"tasks": counts}))])
        except StoreError as exc:  # a full disk, say: what was committed stands, and resume goes on from there
            execution.cancel()
            raise type(exc)(  # a refusal stays one (a worker stops on it)
                f"{exc}; run {run_id} stopped at its last commit: `genaiops resume {run_id}` continues it from there"
            ) from None
        finally:
            if self._keeper is not None:
                self._keeper.release(run_id)
            self.store.fences.pop(run_id, None)
            self._live.pop(run_id, None)
            self._lost.discard(run_id)
        release = getattr(self.resources, "release_run", None)
        if status in FINISHED and callable(release):  # its estate: nothing will act on it again
            release(run_id)
        if self.on_event is not None:
            from genaiops.graphs.handlers import RunEvent

            self.on_event(RunEvent(run_id, None, f"run_{status}", {"tasks": counts}))
        pending = self._pending(run_id)
        return RunResult(
            run_id=run_id,
            name=run.name,
            status=status,
            tasks={t.id: execution.status.get(t.id, "pending") for t in execution.plan.spec.tasks},
            outputs=Outputs(dict(execution.outputs)),
            errors=dict(execution.errors),
            pending=pending,
        )

    def _hold_lease(self, run_id: str, execution: Execution) -> None:
        """Renew this process's lease on the run while it executes (a thread: a busy event loop never lets it
        lapse); if the run is no longer its own (the lease ran out and a worker took it over), stop at once."""
        if self.lease is None or self.store.location == ":memory:":
            return
        self.store.fences[run_id] = process_owner()
        import asyncio

        from genaiops.graphs.lease import LeaseKeeper

        if self._keeper is None:
            self._keeper = LeaseKeeper(self.store.url, process_owner(), self.lease)
        loop = asyncio.get_running_loop()

        def lost() -> None:
            self._lost.add(run_id)
            loop.call_soon_threadsafe(execution.cancel)

        self._keeper.hold(run_id, lost)

    def _check_still_owned(self, tx: Any, run_id: str) -> None:
        """Before the run's closing write: it must still be this process's (under a lease another may have
        taken it over); otherwise the other executor's story stands and this one ends without writing."""
        if self.lease is None and run_id not in self._lost:
            return
        owner = tx.run(run_id).owner
        if run_id in self._lost or owner != process_owner():
            raise RunStateError(
                f"run {run_id} was taken over by {owner or 'another process'} after this process's lease ran out "
                f"(GENAIOPS_LEASE_SECONDS); it goes on there: see `genaiops runs show {run_id}`"
            )

    def result(self, run_id: str) -> RunResult:
        """The run as stored (a run whose executing process is gone reads ``orphaned``)."""
        run = self.store.run(run_id)
        return stored_result(self.store, run, self._pending(run_id), live=run_id in self._live)

    def _pending(self, run_id: str) -> list[ApprovalRequest]:
        now = self.clock.now()
        return [ApprovalRequest.model_validate(d) for d, _ in inbox(self.store, now, run_id=run_id, status="pending")]

    def close_expired(self) -> list[str]:
        """Close every approval request past its expiry (status, ledger entry, task event; once, whichever
        process gets there first). Called before a run executes and when an entry point opens the engine; a
        long-lived process (the server) calls it on a timer."""
        return close_expired(self.store, self.clock.now())

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
        identified_by: IdentifiedBy | None = None,
        seen_args_hash: str | None = None,
    ) -> ApprovalState:
        """Record a decision on a pending approval; ``resume`` the run to act on it.

        ``approver`` is the name the caller vouches for, and ``identified_by`` how it knows (default: ``local``
        for a person, ``scripted`` for a scenario's decision): the entry points establish it (the CLI from the
        OS user or an allowed claim, later the server from authentication). The policy refuses ``claimed``
        authors outside drill homes and ``scripted`` ones outside drills. With ``amend``, the amended call is a
        new request (its preview, tier and guardrails again): the returned state is about it (``approval_id``)
        and its ``notes`` say what changed. ``seen_args_hash``: the hash of the arguments the person read; if
        they changed since, the decision is refused (``DecisionError``), nothing recorded."""
        return self.gate.decide(
            approval_id,
            approver=approver,
            role=role,
            verdict=verdict,
            reason=reason,
            amend=amend,
            kind=kind,
            identified_by=identified_by,
            seen_args_hash=seen_args_hash,
        )

    def close(self) -> None:
        """Close the store and every resource that can be closed (the entry points call this on exit); resources
        that close themselves as a whole (the runtime's, built on first use) are asked to."""
        closing = getattr(self.resources, "close", None)
        for resource in [] if callable(closing) else self.resources.values():
            close = getattr(resource, "close", None)
            if callable(close):
                close()
        if callable(closing):
            closing()
        if self._keeper is not None:
            self._keeper.close()
        self.store.close()

    def cancel(self, run_id: str, *, by: str, reason: str = "cancelled") -> str:
        """Cancel a run: a live one stops its tasks (resumable later); a paused one withdraws its approvals. A
        secret in ``reason`` is recorded as ``⟦LABEL⟧`` (``kept_reason``), as a decision's reason is: the reason
        reaches the run's events and the audit ledger, which every account reads."""
        reason = kept_reason(reason)[0]
        run = self.store.run(run_id)
        if run.status in FINISHED or run.status == "cancelled":
            state = {"cancelled": "was cancelled already", "rejected": "has ended rejected"}.get(
                run.status, f"has already {run.status}"
            )
            raise RunStateError(f"run {run_id} {state}; there is nothing to cancel")
        live = self._live.get(run_id)
        elsewhere = live is None and run.status == "running" and held_elsewhere(run)
        at = self.clock.now().isoformat()
        events = [(run_id, None, "run_cancel_requested", at, canonical_json({"by": by, "reason": reason}))]
        counts: dict[str, int] = {}  # as stored: what `runs list` shows of a run no process executes
        for row in self.store.tasks(run_id, decode=False) if live is None and not elsewhere else ():
            counts[row.status] = counts.get(row.status, 0) + 1
        with self.store.transaction() as tx:
            tx.request_cancel(run_id)  # a live run, here or in another process, sees the flag and stops
            if live is None and not elsewhere:  # paused, or left running by a process that died
                for data, _status in self.store.approvals(run_id=run_id, status="pending"):
                    tx.set_approval_status(data["id"], "withdrawn")
                    tx.append_ledger(
                        entry_hash, kind="approval_withdrawn", run_id=run_id, at=at,
                        payload={"id": data["id"], "by": by, "reason": reason},
                    )  # fmt: skip
                    about = canonical_json({"approval": data["id"], "by": by, "reason": reason})
                    events.append((run_id, data["task_id"], "approval_withdrawn", at, about))
                tx.set_owner(run_id, None)
                tx.set_run_status(run_id, "cancelled", at, {"tasks": counts})
                events.append((run_id, None, "run_cancelled", at, canonical_json({"by": by})))
            tx.add_events(events)
        if live is not None:
            live.cancel()
        return run.status


def _start_over(run: RunRow) -> str:
    """The rest of the refusal to resume a finished run: where to look, and, for one that failed or was rejected,
    the command that starts its work over as a new run (its file, with the values it was started with)."""
    look = f"`genaiops runs show {run.run_id}`"
    if run.status == "succeeded":
        return f" ({look})"
    import json
    import shlex

    values = run.spec.get("param_values") or {}
    sets = "".join(
        f" --set {shlex.quote(f'{k}={v if isinstance(v, str) else json.dumps(v)}')}" for k, v in sorted(values.items())
    )
    command = f"genaiops run {shlex.quote(run.source)}{sets}" if run.source else "genaiops run FILE"
    return (
        f": a finished run does not run again; see where it stopped with {look}, then start its work over as a new "
        f"run: `{command}`"
    )
