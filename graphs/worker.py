"""A worker: claims runs from the store and executes them, under a lease it renews, until told to stop.

Any number of workers, on any machine that reaches the store, share the work: each claim is one transaction
(``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, the single writer lock on SQLite), so a run is executed by
one process at a time; a worker that dies stops renewing its lease and, once it runs out, another worker takes the
run over and resumes it from its last commit (task results are durable and tools' effects carry idempotency keys).
An idle worker looks for work every ``poll`` seconds; on PostgreSQL it is also woken at once (``LISTEN``/``NOTIFY``)
when a run is queued or an approval closes, so workers start on new runs together rather than a poll apart.
A store that fails (its database restarting) does not stop a worker: it says so once and claims again every
``poll`` seconds until the store answers (``once`` gives up instead, for cron to try at its next start). A store
that *refuses* the worker (``StoreRefusedError``: the ledger key was rotated or is another home's, the schema is
now another release's, checked before each round of claims) stops it: runs under way end at their last commit,
and ``work`` raises the refusal, whose message says the fix; trying again could not help.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from genaiops.errors import GenAIOpsError, StoreError, StoreRefusedError
from genaiops.graphs.engine import Engine, RunResult

__all__ = ["WorkerReport", "work"]

LOG = logging.getLogger("genaiops.worker")


@dataclass
class WorkerReport:
    """What a worker did: the runs it finished by status, and those it gave up (with why)."""

    finished: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    refused: StoreRefusedError | None = None
    """Set when the store refused a run's write for good: the worker stops claiming (``work`` raises it)."""


async def work(
    engine: Engine,
    *,
    runs: int = 4,
    poll: float = 1.0,
    once: bool = False,
    stop: asyncio.Event | None = None,
    on_result: Callable[[RunResult], None] | None = None,
    before_claiming: Callable[[], object] | None = None,
) -> WorkerReport:
    """Claim and execute runs, up to ``runs`` at a time, looking for more every ``poll`` seconds when idle.
    ``once``: stop when nothing is left to claim and nothing runs; ``stop``: stop claiming when set (runs
    under way finish first); ``before_claiming``: called before each round of claims (the CLI's worker follows
    edits of the policy files there). A ``StoreRefusedError`` (from a claim or from a run) stops claiming and is
    raised once the runs under way have ended."""
    report, active = WorkerReport(), set[asyncio.Task]()
    settled: set[str] = set()  # runs that ended paused here with nobody to decide: not claimed again at once
    stop = stop or asyncio.Event()
    wake = asyncio.Event()  # PostgreSQL: a run was queued or an approval closed (NOTIFY): claim now, not at the poll
    loop = asyncio.get_running_loop()
    unwatch = None if once else engine.store.watch_work(lambda: loop.call_soon_threadsafe(wake.set))
    outage = False  # the store failed at the last round of claims (a database restart): said once, retried
    errors = engine.store.backend.errors  # the driver's own (a read that met the restart) beside ours
    failures = (StoreError, *(errors if isinstance(errors, tuple) else (errors,)))
    try:
        while not stop.is_set() and report.refused is None:
            wake.clear()  # a notice that arrives while claiming wakes the next wait
            try:
                _claim(engine, runs, active, settled, report, on_result, before_claiming, stop)
            except failures as exc:
                if once or isinstance(exc, StoreRefusedError):
                    raise
                if not outage:
                    LOG.warning("the store failed: %s (trying again every %g s)", " ".join(str(exc).split()), poll)
                outage = True
                await _first(stop, wake, timeout=poll)
                continue
            if outage:
                LOG.warning("the store answers again: claiming runs")
                outage = False
            if not active:
                if once:
                    break
                await _first(stop, wake, timeout=poll)
                settled.clear()  # at most one such resume per poll, in case something changed
                continue
            waits = set(active)
            if len(active) < runs:  # room for more: a notice wakes this wait too
                waits.add(asyncio.ensure_future(wake.wait()))
            done, pending = await asyncio.wait(waits, timeout=poll, return_when=asyncio.FIRST_COMPLETED)
            for extra in waits - active:
                extra.cancel()
            active -= done
    finally:
        if unwatch is not None:
            unwatch()
    if active:
        await asyncio.wait(active)
    if report.refused is not None:
        raise report.refused
    return report


def _claim(
    engine: Engine,
    runs: int,
    active: set[asyncio.Task],
    settled: set[str],
    report: WorkerReport,
    on_result: Callable[[RunResult], None] | None,
    before_claiming: Callable[[], object] | None,
    stop: asyncio.Event,
) -> None:
    """One round of claims: the schema checked, policy edits followed, expired requests closed, then runs
    claimed and started until ``runs`` are under way or none is left."""
    engine.store.require_schema()
    if before_claiming is not None:
        before_claiming()
    engine.close_expired()
    while len(active) < runs and not stop.is_set():
        run = engine.claim_next(skip=tuple(sorted(settled)))
        if run is None:
            return
        LOG.info("claimed run %s (was %s)", run.run_id, run.status)
        active.add(asyncio.ensure_future(_one(engine, run, report, settled, on_result)))


async def _one(
    engine: Engine,
    run: object,
    report: WorkerReport,
    settled: set[str],
    on_result: Callable[[RunResult], None] | None,
) -> None:
    run_id = run.run_id  # type: ignore[attr-defined]
    errors = engine.store.backend.errors  # a read that met a database restart: the run stops at its last commit
    failures = (GenAIOpsError, *(errors if isinstance(errors, tuple) else (errors,)))
    try:
        result = await engine.work(run)  # type: ignore[arg-type]
    except StoreRefusedError as exc:  # the next run would be refused too: stop claiming, say why
        LOG.warning("run %s: %s", run_id, " ".join(str(exc).split()))
        report.failed[run_id] = str(exc)
        report.refused = report.refused or exc
        return
    except failures as exc:
        # taken over, a full disk, the database away: what was committed stands; others may go on
        LOG.warning("run %s: %s", run_id, " ".join(str(exc).split()))
        report.failed[run_id] = str(exc)
        return
    report.finished[run_id] = result.status
    if result.status == "paused":
        settled.add(run_id)
    if on_result is not None:
        on_result(result)


async def _first(stop: asyncio.Event, wake: asyncio.Event, *, timeout: float) -> None:
    """Wait until ``stop`` or ``wake`` is set, or ``timeout`` seconds."""
    waits = {asyncio.ensure_future(stop.wait()), asyncio.ensure_future(wake.wait())}
    try:
        await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiting in waits:
            waiting.cancel()
