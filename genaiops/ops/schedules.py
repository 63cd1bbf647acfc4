"""Schedules: a scenario file run on a cron expression, stored in the store's database.

Each schedule keeps the next occurrence it has not handled yet (``next_due``). ``plan_occurrence`` (pure) says
what a runner that looks at ``now`` does with the occurrences since then, under the schedule's missed-run policy:

* ``skip`` (default): the latest occurrence runs if the runner sees it at most ``LATE_AFTER`` late; older ones
  (the runner was down) are skipped, and the schedule waits for its next future occurrence.
* ``catch-up``: if any occurrences passed, ONE run stands for all of them (never one run per missed occurrence).

Either way ``next_due`` moves to the first occurrence after ``now``, in the same transaction that records which
occurrence started which run, as a conditional update: of two runners looking at once, one starts it.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Literal

from genaiops.errors import NotFoundError, SpecError, did_you_mean
from genaiops.ops.cron import next_after, occurrences
from genaiops.ops.db import OpsDB, parse_time, stamp

__all__ = [
    "LATE_AFTER",
    "LastRun",
    "Occurrence",
    "Schedule",
    "add_schedule",
    "find_schedule",
    "list_schedules",
    "plan_occurrence",
    "remove_schedule",
    "set_paused",
]

Missed = Literal["skip", "catch-up"]
LATE_AFTER = timedelta(minutes=5)
"""An occurrence seen later than this counts as missed (the runner was down); call run-due more often."""


@dataclass(frozen=True, slots=True)
class Schedule:
    schedule_id: str
    name: str
    scenario: str
    cron: str
    params: dict[str, str]
    missed: Missed
    owner: str
    paused: bool
    created_at: str
    next_due: str


@dataclass(frozen=True, slots=True)
class LastRun:
    due_at: str
    started_at: str
    run_id: str | None
    """None unless the run exists (one that could not start has no id to show)."""
    status: str
    """The run's status; ``skipped`` (missed occurrences skipped), ``error`` (it could not start: see ``error``),
    or ``not started`` (the runner stopped between recording the occurrence and starting the run)."""
    missed: int
    error: str | None


@dataclass(frozen=True, slots=True)
class Occurrence:
    due_at: datetime | None
    """The occurrence to run now (None: nothing runs)."""
    missed: int
    """Occurrences passed that get no run of their own."""
    next_due: datetime


def plan_occurrence(cron: str, next_due: datetime, missed: Missed, now: datetime) -> Occurrence | None:
    """What to do at ``now`` (None when ``next_due`` is still in the future)."""
    if next_due > now:
        return None
    count, latest = occurrences(cron, next_due, now)
    following = next_after(cron, now)
    if missed == "catch-up" or now - latest <= LATE_AFTER:
        return Occurrence(latest, count - 1, following)
    return Occurrence(None, count, following)


_COLUMNS = "schedule_id, name, scenario, cron, params, missed, owner, paused, created_at, next_due"


def _schedule(r: tuple) -> Schedule:
    return Schedule(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], bool(r[7]), r[8], r[9])


def add_schedule(
    ops: OpsDB, *, scenario: Path, cron: str, params: dict[str, str], missed: Missed, owner: str, name: str | None,
    now: datetime,
) -> Schedule:  # fmt: skip
    """Store a new schedule (its file and cron already checked); its first occurrence is the first after ``now``."""
    name = name or scenario.stem
    if ops.rows("SELECT 1 FROM schedules WHERE name = ?", (name,)):
        raise SpecError(f"a schedule named {name!r} exists already; give another with --name NAME")
    schedule = Schedule(f"sch-{secrets.token_hex(4)}", name, str(scenario), cron, params, missed, owner, False,
                        stamp(now), stamp(next_after(cron, now)))  # fmt: skip
    with ops.transaction() as db:
        db.execute(
            f"INSERT INTO schedules ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (schedule.schedule_id, name, schedule.scenario, cron, json.dumps(params), missed, owner,
             schedule.created_at, schedule.next_due),
        )  # fmt: skip
    return schedule


def list_schedules(ops: OpsDB) -> list[tuple[Schedule, LastRun | None]]:
    return [(s, last_run(ops, s.schedule_id)) for s in map(_schedule, ops.rows(f"SELECT {_COLUMNS} FROM schedules"
                                                                                " ORDER BY name"))]  # fmt: skip


def last_run(ops: OpsDB, schedule_id: str) -> LastRun | None:
    rows = ops.rows(
        "SELECT s.due_at, s.started_at, s.run_id, s.missed, s.error, r.status FROM schedule_runs s "
        "LEFT JOIN runs r ON r.run_id = s.run_id WHERE s.schedule_id = ? ORDER BY s.started_at DESC, s.due_at DESC "
        "LIMIT 1",
        (schedule_id,),
    )
    if not rows:
        return None
    due_at, started_at, run_id, missed, error, status = rows[0]
    shown = status or ("error" if error else "not started" if run_id else "skipped")
    if status is None:  # no such run (it could not start, or never did): no id that `runs show` calls unknown
        run_id = None
    return LastRun(due_at, started_at, run_id, shown, missed, error)


def find_schedule(ops: OpsDB, name: str) -> Schedule:
    """A schedule by name or id; ``NotFoundError`` with a suggestion otherwise."""
    rows = ops.rows(f"SELECT {_COLUMNS} FROM schedules WHERE name = ? OR schedule_id = ?", (name, name))
    if rows:
        return _schedule(rows[0])
    known = [r[0] for r in ops.rows("SELECT name FROM schedules")]
    raise NotFoundError(f"unknown schedule {name!r}{did_you_mean(name, known)}; `genaiops schedules list` shows them")


def remove_schedule(ops: OpsDB, name: str) -> Schedule:
    schedule = find_schedule(ops, name)
    with ops.transaction() as db:
        db.execute("DELETE FROM schedules WHERE schedule_id = ?", (schedule.schedule_id,))
    return schedule


def set_paused(ops: OpsDB, name: str, paused: bool, now: datetime) -> Schedule:
    """Pause, or resume from the first occurrence after ``now`` (occurrences while paused are not runs owed)."""
    schedule = find_schedule(ops, name)
    next_due = schedule.next_due if paused else stamp(next_after(schedule.cron, now))
    with ops.transaction() as db:
        db.execute(
            "UPDATE schedules SET paused = ?, next_due = ? WHERE schedule_id = ?",
            (int(paused), next_due, schedule.schedule_id),
        )
    return find_schedule(ops, schedule.schedule_id)


def due_schedules(ops: OpsDB, now: datetime) -> list[Schedule]:
    rows = ops.rows(
        f"SELECT {_COLUMNS} FROM schedules WHERE paused = 0 AND next_due <= ? ORDER BY next_due", (stamp(now),)
    )
    return [_schedule(r) for r in rows]


def claim_occurrence(ops: OpsDB, schedule: Schedule, plan: Occurrence, run_id: str, now: datetime) -> bool:
    """Move ``next_due`` on and record the occurrence (with the run id it will start under), if no other runner
    did first."""
    with ops.transaction() as db:
        won = db.execute(
            "UPDATE schedules SET next_due = ? WHERE schedule_id = ? AND next_due = ? AND paused = 0",
            (stamp(plan.next_due), schedule.schedule_id, schedule.next_due),
        ).rowcount
        if won:
            due = plan.due_at or parse_time(schedule.next_due)
            db.execute(
                "INSERT INTO schedule_runs VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT (schedule_id, due_at) "
                "DO UPDATE SET started_at = excluded.started_at, run_id = excluded.run_id, "
                "missed = excluded.missed, error = NULL",
                (schedule.schedule_id, stamp(due), stamp(now), run_id if plan.due_at else "", int(plan.missed)),
            )
    return bool(won)


def release_occurrence(ops: OpsDB, schedule: Schedule, plan: Occurrence, run_id: str) -> bool:
    """Give back an occurrence claimed for ``run_id`` whose run the store did not write (its start failed): its
    record goes and ``next_due`` moves back, so the next tick starts it (once: claimed again as before). False
    when another runner moved the schedule on meanwhile (then it stays as it is)."""
    with ops.transaction() as db:
        back = db.execute(
            "UPDATE schedules SET next_due = ? WHERE schedule_id = ? AND next_due = ?",
            (schedule.next_due, schedule.schedule_id, stamp(plan.next_due)),
        ).rowcount
        if back and plan.due_at is not None:
            db.execute(
                "DELETE FROM schedule_runs WHERE schedule_id = ? AND due_at = ? AND run_id = ?",
                (schedule.schedule_id, stamp(plan.due_at), run_id),
            )
    return bool(back)


UNSTARTED_AFTER = timedelta(minutes=1)
"""An occurrence claimed this long ago whose run is not in the store was left by a runner killed between the
two writes: ``release_unstarted`` gives it back (a live runner writes the run within milliseconds of its claim)."""

_UNSTARTED = (
    "SELECT s.schedule_id, s.due_at, s.run_id FROM schedule_runs s WHERE s.run_id <> '' AND s.error IS NULL "
    "AND s.started_at < ? AND NOT EXISTS (SELECT 1 FROM runs r WHERE r.run_id = s.run_id) "
    "AND NOT EXISTS (SELECT 1 FROM schedule_runs t WHERE t.schedule_id = s.schedule_id AND t.due_at > s.due_at)"
)


def release_unstarted(ops: OpsDB, now: datetime) -> int:
    """Give back each schedule's latest occurrence claimed over ``UNSTARTED_AFTER`` before ``now`` for a run the
    store does not have (its runner was killed after the claim, before the run was written): ``next_due`` moves
    back to it and its record goes, so this tick starts it, once (or counts it missed, when it is late). The
    number given back."""
    back = 0
    with ops.transaction() as db:
        for schedule_id, due_at, run_id in db.rows(_UNSTARTED, (stamp(now - UNSTARTED_AFTER),)):
            moved = "UPDATE schedules SET next_due = ? WHERE schedule_id = ? AND next_due > ?"
            if db.execute(moved, (due_at, schedule_id, due_at)).rowcount:
                db.execute("DELETE FROM schedule_runs WHERE schedule_id = ? AND due_at = ? AND run_id = ?",
                           (schedule_id, due_at, run_id))  # fmt: skip
                back += 1
    return back


def record_error(ops: OpsDB, schedule: Schedule, plan: Occurrence, error: str) -> None:
    if plan.due_at is None:
        return
    with ops.transaction() as db:
        db.execute(
            "UPDATE schedule_runs SET error = ? WHERE schedule_id = ? AND due_at = ?",
            (error[:1000], schedule.schedule_id, stamp(plan.due_at)),
        )
