"""The schedules over HTTP (read only): what runs when, and how its last run went. Schedules are added, paused
and removed with ``genaiops schedules`` on the server's home; the server's worker starts them when due."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request

from genaiops.ops.db import OpsDB
from genaiops.ops.schedules import list_schedules
from genaiops.server.auth import Caller, caller
from genaiops.server.schemas import ScheduleOut

router = APIRouter(tags=["schedules"])
Who = Annotated[Caller, Depends(caller)]


@router.get("/schedules", response_model=list[ScheduleOut])
async def schedules(request: Request, _who: Who) -> list[ScheduleOut]:
    """Every schedule: scenario, cron (UTC), missed-run policy, owner, next run and the last run's outcome."""
    with OpsDB(request.app.state.genaiops.engine.store) as ops:
        rows = list_schedules(ops)
    return [
        ScheduleOut(
            name=s.name,
            scenario=Path(s.scenario).name,
            cron=s.cron,
            params=s.params,
            missed=s.missed,
            owner=s.owner,
            paused=s.paused,
            next_due=None if s.paused else s.next_due,
            last_run_id=last.run_id if last else None,
            last_status=last.status if last else None,
            last_due_at=last.due_at if last else None,
            last_missed=last.missed if last else 0,
            last_error=last.error if last else None,
        )
        for s, last in rows
    ]
