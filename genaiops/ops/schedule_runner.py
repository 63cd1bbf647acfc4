"""``run_due_schedules``: start the runs of every schedule that is due at ``now``, once.

The server's worker calls it every few seconds; ``genaiops schedules run-due`` calls it once (cron, tests). A run
starts exactly as ``genaiops run FILE`` starts one (validated, then ``Engine.start``), requested by the schedule's
owner (the run's requester), its source the scenario file; gated tasks wait for people as in any run. The runs
are awaited one after another: a run that pauses at a gate returns at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from genaiops.data_roots import DataRoots
from genaiops.errors import GenAIOpsError, NotFoundError, StoreError
from genaiops.graphs import Engine
from genaiops.ids import new_run_id
from genaiops.ops.db import OpsDB, parse_time
from genaiops.ops.params import load_with_params
from genaiops.ops.schedules import (
    Occurrence,
    Schedule,
    claim_occurrence,
    due_schedules,
    plan_occurrence,
    record_error,
    release_occurrence,
    release_unstarted,
)
from genaiops.settings import Settings

__all__ = ["ScheduleReport", "run_due_schedules"]


@dataclass
class ScheduleReport:
    """Runs started (schedule name, run id, its status), occurrences skipped, schedules that could not start."""

    started: list[tuple[str, str, str]] = field(default_factory=list)
    skipped: list[tuple[str, int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def run_due_schedules(engine: Engine, settings: Settings, now: datetime) -> ScheduleReport:
    report = ScheduleReport()
    with OpsDB(engine.store) as ops:
        release_unstarted(ops, now)  # claims a killed runner left without their runs: started now, once
        for schedule in due_schedules(ops, now):
            plan = plan_occurrence(schedule.cron, parse_time(schedule.next_due), schedule.missed, now)
            run_id = new_run_id(engine.clock.now())
            if plan is None or not claim_occurrence(ops, schedule, plan, run_id, now):
                continue  # another runner took it
            if plan.due_at is None:
                report.skipped.append((schedule.name, plan.missed))
                continue
            await _start(engine, settings, ops, schedule, plan, run_id, report)
    return report


async def _start(
    engine: Engine, settings: Settings, ops: OpsDB, schedule: Schedule, plan: Occurrence, run_id: str,
    report: ScheduleReport,
) -> None:  # fmt: skip
    path = Path(schedule.scenario)
    try:
        roots = DataRoots.of(settings.home, *settings.data_roots).for_scenario(path)
        _, validated = load_with_params(path, engine.registry, engine.policy, roots, schedule.params)
        result = await engine.start(validated, requester=schedule.owner, source=str(path), run_id=run_id)
    except StoreError as exc:
        if _stored(engine, run_id) or not release_occurrence(ops, schedule, plan, run_id):
            record_error(ops, schedule, plan, str(exc))  # the run was written: it stopped at its last commit
            report.errors.append(f"schedule {schedule.name}: {exc}")
        else:  # the store wrote no run: the occurrence is given back, not left naming a run that does not exist
            report.errors.append(f"schedule {schedule.name}: {exc} (no run was written; the next tick starts it)")
        return
    except GenAIOpsError as exc:  # a file edited or removed since: recorded on the schedule, the others go on
        record_error(ops, schedule, plan, str(exc))
        report.errors.append(f"schedule {schedule.name}: {exc}")
        return
    report.started.append((schedule.name, result.run_id, result.status))


def _stored(engine: Engine, run_id: str) -> bool:
    try:
        engine.store.run(run_id)
    except NotFoundError:
        return False
    return True
