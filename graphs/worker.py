"""A worker: claims runs from the store and executes them, under a lease it renews, until told to stop.

Any number of workers, on any machine that reaches the store, share the work: each claim is one transaction
(``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, the single writer lock on SQLite), so a run is executed by
one process at a time; a worker that dies stops renewing its lease and, once it runs out, another worker takes the
run over and resumes it from its last commit (task results are durable and tools' effects carry idempotency keys).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from genaiops.errors import GenAIOpsError
from genaiops.graphs.engine import Engine, RunResult

__all__ = ["WorkerReport", "work"]

LOG = logging.getLogger("genaiops.worker")


@dataclass
class WorkerReport:
    """What a worker did: the runs it finished by status, and those it gave up (with why)."""

    finished: dict[str, str] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)


async def work(
    engine: Engine,
    *,
    runs: int = 4,
    poll: float = 1.0,
    once: bool = False,
    stop: asyncio.Event | None = None,
    on_result: Callable[[RunResult], None] | None = None,
) -> WorkerReport:
    """Claim and execute runs, up to ``runs`` at a time, looking for more every ``poll`` seconds when idle.
    ``once``: stop when nothing is left to claim and nothing runs; ``stop``: stop claiming when set (runs
    under way finish first)."""
    report, active = WorkerReport(), set[asyncio.Task]()
    settled: set[str] = set()  # runs that ended paused here with nobody to decide: not claimed again at once
    stop = stop or asyncio.Event()
    while not stop.is_set():
        engine.close_expired()
        while len(active) < runs and not stop.is_set():
            run = engine.claim_next(skip=tuple(sorted(settled)))
            if run is None:
                break
            LOG.info("claimed run %s (was %s)", run.run_id, run.status)
            active.add(asyncio.ensure_future(_one(engine, run, report, settled, on_result)))
        if not active:
            if once:
                break
            await _sleep_or_stop(stop, poll)
            settled.clear()  # at most one such resume per poll, in case something changed
            continue
        _, pending = await asyncio.wait(active, timeout=poll, return_when=asyncio.FIRST_COMPLETED)
        active &= pending
    if active:
        await asyncio.wait(active)
    return report


async def _one(
    engine: Engine,
    run: object,
    report: WorkerReport,
    settled: set[str],
    on_result: Callable[[RunResult], None] | None,
) -> None:
    run_id = run.run_id  # type: ignore[attr-defined]
    try:
        result = await engine.work(run)  # type: ignore[arg-type]
    except GenAIOpsError as exc:  # taken over, a full disk: what was committed stands; others may go on
        LOG.warning("run %s: %s", run_id, exc)
        report.failed[run_id] = str(exc)
        return
    report.finished[run_id] = result.status
    if result.status == "paused":
        settled.add(run_id)
    if on_result is not None:
        on_result(result)


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        return
