"""Runs and the scenario catalogue over HTTP: start (from the catalogue), list, show, cancel."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response, status

from genaiops.errors import RunStateError, UserError
from genaiops.graphs import RUN_STATUSES, GraphSpec, build_plan, render_text, run_status
from genaiops.graphs.liveness import task_counts
from genaiops.graphs.plain_decision import kept_reason
from genaiops.ids import new_run_id
from genaiops.server.auth import RUN_ROLE, Caller, caller, require_role
from genaiops.server.catalogue import describe, find_scenario, list_scenarios, load_for_run
from genaiops.server.health_api import require_ready
from genaiops.server.paths_shown import shown_source
from genaiops.server.schemas import CancelIn, RunDetail, RunRowOut, ScenarioOut, StartedRun, StartRunIn, refusals
from genaiops.store import RunRequest

router = APIRouter()
log = logging.getLogger("genaiops.server")
Who = Annotated[Caller, Depends(caller)]


def _state(request: Request):  # noqa: ANN202 - ServerState (imported lazily: no cycle with app)
    return request.app.state.genaiops


@router.get("/scenarios", response_model=list[ScenarioOut], tags=["scenarios"])
async def scenarios(request: Request, _who: Who) -> list[ScenarioOut]:
    """The scenario catalogue: each scenario's name, description, tasks, gates and parameters."""
    state = _state(request)
    return list_scenarios(state.settings, state.engine.registry, state.engine.policy)


@router.get("/scenarios/{name:path}", response_model=ScenarioOut, tags=["scenarios"], responses=refusals(404))
async def scenario(request: Request, name: str, _who: Who) -> ScenarioOut:
    """One scenario of the catalogue."""
    state = _state(request)
    path = find_scenario(state.settings, name)
    return describe(state.settings, state.engine.registry, state.engine.policy, path)


KEY_KEPT = timedelta(hours=24)
"""How long ``POST /runs`` remembers an ``Idempotency-Key`` (a client's retries come well within it)."""
IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=255,
        pattern=r"^[!-~]+$",
        description="Any text of visible ASCII (1-255 characters), new for each run you mean to start, e.g. a "
        "UUID: a retry with the same key and body starts nothing and answers the first run (200); the same key "
        "with another body is a 422. Keys are the account's and kept 24 hours.",
    ),
]


@router.post(
    "/runs",
    response_model=StartedRun,
    status_code=status.HTTP_202_ACCEPTED,
    tags=["runs"],
    responses={**refusals(403, 404, 422, 503), 200: {"model": StartedRun, "description": "A retry: the first run."}},
)
async def start_run(
    request: Request, body: StartRunIn, who: Who, response: Response, key: IdempotencyKey = None
) -> StartedRun:
    """Start a run of a catalogue scenario (validated first; 422 with every problem). The caller is its
    requester (and so may not approve it). The run executes in the server; gates wait for people. With an
    ``Idempotency-Key``, a retry of the same request starts nothing and answers the first run (200,
    ``Idempotent-Replayed: true``). While the server is not ready (``GET /health``: the store refuses it), a 503
    with the same reason, and nothing is tried."""
    require_role(who, RUN_ROLE, "starting a run")
    require_ready(request)
    state = _state(request)
    engine = state.engine
    said, since = _body_hash(body), (datetime.now(UTC) - KEY_KEPT).isoformat()
    first = engine.store.run_request(who.name, key, since=since) if key is not None else None
    if first is not None:  # before the catalogue is read: a scenario edited since does not change the answer
        return _replayed(engine, response, key, said, first, body.scenario, who.name)
    path = find_scenario(state.settings, body.scenario)
    _spec, plan = load_for_run(state.settings, engine.registry, engine.policy, path, body.params)
    run_id = new_run_id(engine.clock.now())
    sent = None if key is None else RunRequest(account=who.name, key=key, body_hash=said, since=since)
    task = state.launch(
        run_id, engine.start(plan, requester=who.name, source=str(path), run_id=run_id, request=sent)
    )  # fmt: skip
    await asyncio.sleep(0)  # the run's first step stores it (and its key) before it first waits
    if task.done() and not task.cancelled() and task.exception() is not None:
        raise task.exception()  # type: ignore[misc] - the store refused the run: neither it nor its key is written
    if sent is not None and sent.first is not None:  # another server process took the key meanwhile
        return _replayed(engine, response, key, said, sent.first, body.scenario, who.name)  # type: ignore[arg-type]
    return StartedRun(run_id=run_id, status=engine.result(run_id).status, scenario=body.scenario)


def _body_hash(body: StartRunIn) -> str:
    text = json.dumps(body.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def _replayed(
    engine: Any, response: Response, key: str, said: str, first: tuple[str, str], scenario: str, account: str
) -> StartedRun:
    """The answer to a request whose ``Idempotency-Key`` was sent before: its first run, or a 422 when this body
    is not the first one's. The server's log says which run was replayed (no run id is made up for it)."""
    first_hash, run_id = first
    if first_hash != said:
        raise UserError(
            f"Idempotency-Key {key!r} was sent with a different body, which started run {run_id}; a retry sends the "
            "same body, and a new run takes a new key"
        )
    response.status_code = status.HTTP_200_OK
    response.headers["Idempotent-Replayed"] = "true"
    log.info("run %s: replayed (%s sent its Idempotency-Key again; nothing started)", run_id, account)
    return StartedRun(run_id=run_id, status=engine.result(run_id).status, scenario=scenario)


@router.get("/runs", response_model=list[RunRowOut], tags=["runs"])
async def runs(
    request: Request,
    _who: Who,
    status_: Annotated[str | None, Query(alias="status", pattern="^(" + "|".join(RUN_STATUSES) + ")$")] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 50,
) -> list[RunRowOut]:
    """The latest runs, newest first; ``status`` filters (``orphaned``: running, but its process is gone)."""
    store, settings = _state(request).engine.store, _state(request).settings
    stored = "running" if status_ == "orphaned" else status_
    out = []
    for run in store.runs(limit=limit, status=stored):
        shown = run_status(run)
        if status_ is None or shown == status_:
            out.append(
                RunRowOut(
                    run_id=run.run_id,
                    name=run.name,
                    status=shown,
                    requester=run.requester,
                    created_at=run.created_at,
                    updated_at=run.updated_at,
                    tasks=task_counts(run, shown, store),
                    source=shown_source(settings, run.source),
                )  # fmt: skip
            )
    return out


@router.get("/runs/{run_id}", response_model=RunDetail, tags=["runs"], responses=refusals(404))
async def run(request: Request, run_id: str, _who: Who) -> RunDetail:
    """One run: its graph with each task's status, outputs, errors, pending approvals, events and agent turns."""
    engine, settings = _state(request).engine, _state(request).settings
    row = engine.store.run(run_id)
    result = engine.result(run_id)
    plan = build_plan(GraphSpec.model_validate(row.spec))
    nodes = [{"id": t, "tool": plan.tasks[t].spec.tool, "role": plan.tasks[t].spec.role,
              "status": result.tasks.get(t, "pending")} for t in plan.order]  # fmt: skip
    edges = [[dep, t] for t in plan.order for dep in sorted(plan.tasks[t].deps)]
    return RunDetail(
        run_id=run_id, name=row.name, status=result.status, requester=row.requester,
        source=shown_source(settings, row.source), created_at=row.created_at, updated_at=row.updated_at, spec=row.spec,
        graph={"nodes": nodes, "edges": edges, "text": render_text(plan, status=result.tasks)},
        tasks=result.tasks, outputs=dict(result.outputs), errors=result.errors,
        pending=[p.model_dump(mode="json") for p in result.pending],
        events=[{"seq": s, "task_id": t, "kind": k, "at": at, "data": d}
                for s, t, k, at, d in engine.store.events(run_id)],
        turns=[_turn(turn) for turn in engine.store.agent_turns(run_id)],
        task_counts=task_counts(row, result.status, engine.store),
        task_rows=[_task_row(row) for row in engine.store.tasks(run_id, decode=False)],
    )  # fmt: skip


def _task_row(row: Any) -> dict[str, Any]:
    fields = ("task_id", "status", "iteration", "attempts", "started_at", "finished_at", "error")
    return {name: getattr(row, name) for name in fields}


def _turn(turn: Any) -> dict[str, Any]:
    fields = ("task_id", "iteration", "attempt", "agent", "kind", "at", "content", "prompt_tokens",
              "completion_tokens")  # fmt: skip
    return {name: getattr(turn, name) for name in fields}  # content as stored: JSON text, or plain text


@router.post(
    "/runs/{run_id}/resume",
    response_model=StartedRun,
    status_code=status.HTTP_202_ACCEPTED,
    tags=["runs"],
    responses=refusals(403, 404, 409, 503),
)
async def resume(request: Request, run_id: str, who: Who) -> StartedRun:
    """Continue a paused, cancelled or orphaned run now (as `genaiops resume RUN`); decisions made since take
    effect. The engine claims the run first: one another process (or this server) is executing, or one already
    finished, is 409 and nothing changes. While the server is not ready, a 503 as for ``POST /runs``."""
    require_role(who, RUN_ROLE, "resuming a run")
    require_ready(request)
    state = _state(request)
    engine = state.engine
    name = engine.store.run(run_id).name  # an unknown run: 404
    if run_id in state.tasks:
        raise RunStateError(f"run {run_id} is being executed by this server right now; wait for it")
    task = state.launch(run_id, engine.resume(run_id))
    await asyncio.sleep(0)  # the resume claims the run in its first step: a refusal is known here
    if task.done() and not task.cancelled() and task.exception() is not None:
        raise task.exception()  # type: ignore[misc] - RunStateError and the like: answered as 409
    return StartedRun(run_id=run_id, status=engine.result(run_id).status, scenario=name)


@router.post("/runs/{run_id}/cancel", tags=["runs"], responses=refusals(403, 404, 409, 503))
async def cancel(request: Request, run_id: str, who: Who, body: CancelIn | None = None) -> dict[str, str]:
    """Cancel a run: a running one stops (resumable), a paused one's approvals are withdrawn (503 while the server
    is not ready, as for ``POST /runs``)."""
    require_role(who, RUN_ROLE, "cancelling a run")
    require_ready(request)
    engine = _state(request).engine
    reason, said = kept_reason((body or CancelIn()).reason)  # the engine keeps no secret either; this tells it
    was = engine.cancel(run_id, by=who.name, reason=reason)
    return {"run_id": run_id, "was": was, "detail": " ".join([f"run {run_id}: cancel recorded", *said])}
