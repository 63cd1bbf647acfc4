"""The server's worker: it does the waiting, so nobody types ``resume``.

Started and stopped with the app (its lifespan), it runs on the app's event loop:

- every ``interval_s`` (``GENAIOPS_WORKER_INTERVAL``, 1 s), and at once when ``wake()`` is called (a decision
  through the API, a run that paused), it closes the approval requests past their expiry (``Engine.close_expired``:
  status, ledger entry, task event, once) and resumes every paused run that can move: one with a task waiting
  whose latest request is no longer pending (approved, rejected, expired, or closed as stale, which resuming
  asks again). A resume goes through ``Engine.resume``, which claims the run, so a run another process is
  executing is left alone (``RunStateError``), as is one this server is executing already;
- it takes over the runs whose executor's lease ran out (a server or worker killed mid-run: ``take_orphaned``),
  as a `genaiops worker` does: one claim per run, so of several live servers exactly one executes it, and the
  claim writes the ledger entry ``run_taken_over`` (by whom, from whom, why);
- periodic jobs others register (notifications, schedules):

      worker.register_periodic("notifications", 5.0, dispatch)   # async def dispatch() -> None
      create_app(settings, periodic=[("notifications", 5.0, dispatch)])   # the same, before the server starts

  Each job runs in its own task, first right after the worker starts, then ``interval_s`` after each run ends;
  an exception is logged and the job runs again at its next interval. Jobs run on the event loop: they must
  not block it (use ``asyncio.to_thread`` for slow I/O) and may use the engine (``worker.engine``).

A store that *refuses* this server for good (``StoreRefusedError``: the ledger key was rotated by `audit
rotate-key` or is another home's, the schema is now a newer release's; the schema is checked before each sweep),
from a sweep, a job or a run the server executes, stops the worker: no more sweeps, resumes or jobs, one error in
the log naming the cause and the fix, and ``refused`` set, which ``GET /api/v1/health`` answers as not ready
(503, with the reason) until the server is restarted.

A store that does not *answer* for now (``hold()`` says why: the store probe's last answer, its SQLite file moved
away or its database down) pauses the worker instead: no sweeps (expiries, resumes, takeovers) and no periodic
jobs but those registered with ``always=True`` (the probe itself), so a file moved away takes no writes nothing
will read. One line in the log when it pauses, one when it resumes, as soon as ``hold()`` answers None again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from dataclasses import dataclass
from typing import Any

from genaiops.errors import RunStateError, StoreError, StoreRefusedError, UserError
from genaiops.graphs import Engine

__all__ = ["PeriodicJob", "Worker"]

log = logging.getLogger("genaiops.server.worker")

PeriodicJob = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class _Job:
    name: str
    interval_s: float
    run: PeriodicJob
    always: bool = False


class Worker:
    def __init__(
        self,
        engine: Engine,
        *,
        interval_s: float,
        launch: Callable[[str, Coroutine[Any, Any, Any]], asyncio.Task],
        running: Mapping[str, asyncio.Task],
        hold: Callable[[], str | None] = lambda: None,
    ):
        """``launch(run_id, coroutine)`` executes a resume in the background; ``running``: the runs this server
        is executing now (never resumed twice); ``hold()``: why the store does not answer now (the worker pauses,
        see the module docstring), or None."""
        self.engine, self.interval_s = engine, interval_s
        self._hold = hold
        self._launch, self._running = launch, running
        self._jobs: list[_Job] = []
        self._tasks: list[asyncio.Task] = []
        self._wake = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self.refused: StoreRefusedError | None = None
        """Why the store refuses this server, once it did (see the module docstring); None while it serves."""
        self.held: str | None = None
        """Why the worker is paused (the store does not answer for now), or None."""

    def refuse(self, exc: StoreRefusedError) -> None:
        """The store refused this server for good: stop sweeping and the jobs (from their next turn), and say the
        cause and the fix once."""
        if self.refused is None:
            self.refused = exc
            log.error(
                "the store refuses this server, so its worker stops (no sweeps, resumes or jobs; GET /api/v1/health "
                "answers 503): %s", " ".join(str(exc).split()),
            )  # fmt: skip

    def paused(self) -> bool:
        """Whether the store does not answer for now (``hold()``): sweeps and jobs skip their turn. Logs once when
        the worker pauses and once when it resumes, however many sweeps and jobs ask."""
        reason = self._hold()
        if (reason is None) != (self.held is None):
            if reason is not None:
                log.warning(
                    "the store does not answer, so the worker pauses (no sweeps, resumes, takeovers or jobs) until "
                    "it does: %s", reason,
                )  # fmt: skip
            else:
                log.info("the store answers again, so the worker resumes")
        self.held = reason
        return reason is not None

    def register_periodic(self, name: str, interval_s: float, job: PeriodicJob, *, always: bool = False) -> None:
        """Run ``job()`` every ``interval_s`` seconds while the server runs (see the module docstring); ``always``:
        also while the worker is paused (the store probe, which says when to resume)."""
        if interval_s <= 0:
            raise ValueError(f"periodic job {name!r}: interval_s must be positive, got {interval_s}")
        entry = _Job(name, interval_s, job, always)
        self._jobs.append(entry)
        if self._loop is not None:  # registered after start (from any thread): run it from now on
            self._loop.call_soon_threadsafe(self._start_job, entry)

    def _start_job(self, job: _Job) -> None:
        self._tasks.append(asyncio.get_running_loop().create_task(self._periodic(job), name=f"job {job.name}"))

    @property
    def jobs(self) -> list[str]:
        return [job.name for job in self._jobs]

    def wake(self) -> None:
        """Sweep now (a decision was made, a run paused)."""
        self._wake.set()

    def start(self) -> None:
        """Start sweeping and the registered jobs (on the running loop: the app's lifespan calls this)."""
        self._loop = asyncio.get_running_loop()
        self._tasks = [self._loop.create_task(self._sweeps(), name="worker sweep")]
        for job in self._jobs:
            self._start_job(job)

    async def stop(self) -> None:
        self._loop = None
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            _, stuck = await asyncio.wait(self._tasks, timeout=5.0)
            for task in stuck:  # a job that ignores cancellation must not hold the server's shutdown up
                log.error("%s did not stop 5s after being cancelled; leaving it", task.get_name())
        self._tasks = []

    async def _sweeps(self) -> None:
        while self.refused is None:
            try:
                if not self.paused():
                    self.engine.store.require_schema()
                    self.sweep()
            except StoreRefusedError as exc:  # sweeping again could not help: say the fix once and stop
                self.refuse(exc)
                return
            except (UserError, StoreError) as exc:
                log.warning("worker sweep: %s", exc)
            except Exception:  # a bug must not stop the worker: log it and sweep again later
                log.exception("worker sweep failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.interval_s)
            self._wake.clear()

    async def _periodic(self, job: _Job) -> None:
        while self.refused is None:
            try:
                if job.always or not self.paused():
                    await job.run()
            except StoreRefusedError as exc:
                self.refuse(exc)
                return
            except Exception:
                log.exception("periodic job %s failed; it runs again in %gs", job.name, job.interval_s)
            await asyncio.sleep(job.interval_s)

    def sweep(self) -> list[str]:
        """Close what expired, then resume the paused runs that can move; returns the ids of those resumed."""
        closed = self.engine.close_expired()
        if closed:
            log.info("expired: %s", ", ".join(closed))
        resumed = []
        for run_id in self.movable_runs():
            if run_id in self._running:
                continue
            self._launch(run_id, self._resume(run_id))
            resumed.append(run_id)
        return resumed + self.take_orphaned()

    def take_orphaned(self) -> list[str]:
        """Claim and execute the runs whose executor's lease ran out (a server or worker that died mid-run), as
        a `genaiops worker` does: one claim per run, so of several live servers exactly one takes it."""
        if self.engine.lease is None:
            return []
        taken = []
        while (run := self.engine.claim_next(skip=tuple(sorted(self._running)), orphaned_only=True)) is not None:
            log.warning("took over run %s: the lease of %s ran out", run.run_id, run.owner)
            self._launch(run.run_id, self._work(run))
            taken.append(run.run_id)
        return taken

    async def _work(self, run: Any) -> Any:
        if self.refused is not None:
            return None
        result = await self.engine.work(run)
        log.info("finished %s after taking it over: %s", run.run_id, result.status)
        return result

    def movable_runs(self) -> list[str]:
        """Paused runs with a task waiting whose latest approval request is decided or closed."""
        store, gate = self.engine.store, self.engine.gate
        found = []
        for run in store.runs(limit=100_000, status="paused"):
            for row in store.tasks(run.run_id, decode=False):
                if row.status != "waiting":
                    continue
                latest = gate.latest_request(run.run_id, row.task_id, row.iteration)
                if latest is None or latest[1] != "pending":
                    found.append(run.run_id)
                    break
        return found

    async def _resume(self, run_id: str) -> Any:
        if self.refused is not None:  # launched in the sweep that met the refusal
            return None
        try:
            result = await self.engine.resume(run_id)
        except RunStateError as exc:  # claimed by another process, or finished meanwhile
            log.info("not resuming %s: %s", run_id, exc)
            return None
        log.info("resumed %s: %s", run_id, result.status)
        return result
