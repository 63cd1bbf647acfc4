"""The FastAPI application: its state (engine, accounts, worker), its lifespan, and errors as HTTP answers.

``create_app`` builds a root app with the REST API under ``/api/v1`` (OpenAPI at ``/api/v1/openapi.json``);
the web console is another router included beside it, using the same ``caller`` dependency
(``genaiops.server.auth``). The engine is opened when the app starts and used from the event loop only (its
store is one SQLite connection): routes are ``async`` and call the engine directly; runs execute as tasks on
the same loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from genaiops.accounts import Accounts
from genaiops.errors import (
    AmendmentError,
    DecisionError,
    GraphValidationError,
    IdentityError,
    NotFoundError,
    NotPermittedError,
    RunStateError,
    StoreError,
    StoreRefusedError,
    UserError,
)
from genaiops.graphs import Engine
from genaiops.server.api_words import CLIENT_HEADER, in_api_words
from genaiops.server.body_limit import MAX_BODY_BYTES, BodyLimit
from genaiops.server.paths_shown import HidePaths
from genaiops.server.store_probe import StoreProbe
from genaiops.server.worker import PeriodicJob, Worker
from genaiops.settings import Settings

__all__ = ["API_PREFIX", "ServerState", "create_app"]

API_PREFIX = "/api/v1"
log = logging.getLogger("genaiops.server")


@dataclass
class ServerState:
    """What the routes share. ``session_readers``: how the console's signed session cookie names an account."""

    settings: Settings
    engine: Engine
    accounts: Accounts
    worker: Worker
    session_readers: list[Callable[[Request], str | None]] = field(default_factory=list)
    tasks: dict[str, asyncio.Task] = field(default_factory=dict)
    """Runs this server is executing (started or resumed), by run id."""
    probe: StoreProbe | None = None
    """Whether the store still answers (``GET /health``; refreshed by the worker)."""

    def launch(self, run_id: str, work: Coroutine[Any, Any, Any]) -> asyncio.Task:
        """Execute a run (``engine.start``/``resume``) in the background; failures are logged, never lost."""
        task = asyncio.get_running_loop().create_task(work, name=f"run {run_id}")
        self.tasks[run_id] = task
        task.add_done_callback(lambda done: self._finished(run_id, done))
        return task

    def _finished(self, run_id: str, task: asyncio.Task) -> None:
        if self.tasks.get(run_id) is task:
            del self.tasks[run_id]
        if task.cancelled():
            return
        error = task.exception()
        if isinstance(error, StoreRefusedError):  # the next run would be refused too: the worker stops, says why
            log.warning("run %s stopped: %s", run_id, error)
            self.worker.refuse(error)
        elif isinstance(error, (UserError, StoreError)):
            log.warning("run %s stopped: %s", run_id, error)
        elif error is not None:
            log.error("run %s failed in the server", run_id, exc_info=error)
        else:
            result = task.result()
            if getattr(result, "run_id", run_id) == run_id:  # else a replayed Idempotency-Key: the route says so
                log.info("run %s: %s", run_id, getattr(result, "status", "left alone"))
            self.worker.wake()  # a run that paused may already have decisions waiting

    async def stop_runs(self, grace_s: float = 5.0) -> None:
        """At shutdown: let executing runs finish for ``grace_s``, then interrupt them: such a run reads
        ``orphaned`` once the server is gone, and ``genaiops resume RUN`` continues it."""
        if not self.tasks:
            return
        _, pending = await asyncio.wait(list(self.tasks.values()), timeout=grace_s)
        for task in pending:
            task.cancel()
        if pending:
            _, stuck = await asyncio.wait(pending, timeout=grace_s)
            for task in stuck:  # a step that ignores cancellation must not hold the server up
                log.error("%s did not stop %gs after its interruption; it reads orphaned", task.get_name(), grace_s)


SCHEDULE_INTERVAL_S = 20.0


def ops_jobs(state: ServerState) -> tuple[tuple[str, float, PeriodicJob], ...]:
    """The worker's own periodic jobs: deliver due notifications (and retry failed ones) every
    ``GENAIOPS_NOTIFY_INTERVAL`` seconds (5), start due scheduled runs every 20 s (``genaiops.ops``; with no
    notifications file or no schedule, each does nothing), probe the store (``store_probe``), and anchor the
    ledger's new head each worker interval, as every CLI command that adds entries does
    (``genaiops.runtime.auto_anchor``: nothing when the head did not move), so a cut ledger tail is caught on a
    home whose entries only the server writes."""
    from genaiops.ops import dispatch_due, run_due_schedules

    async def notifications() -> None:
        report = await dispatch_due(state.engine.store, state.settings, datetime.now(UTC))
        for problem in report.errors:
            log.warning("notifications: %s", problem)

    async def schedules() -> None:
        report = await run_due_schedules(state.engine, state.settings, datetime.now(UTC))
        for problem in report.errors:
            log.warning("schedules: %s", problem)

    async def anchor() -> None:
        _anchor(state)

    from genaiops.policy_watch import PolicyWatch

    watch = PolicyWatch(state.settings, who="the server")

    async def policy() -> None:
        watch.follow(state.engine)  # the server follows edits of the policy files (genaiops.policy_watch)

    probe = state.probe

    async def store_probe() -> None:
        if probe is not None:
            await probe.check()  # kept for /health and the state-changing routes (genaiops.server.store_probe)

    return (
        ("notifications", state.settings.notify_interval, notifications),
        ("schedules", SCHEDULE_INTERVAL_S, schedules),
        ("anchor", state.settings.worker_interval, anchor),
        ("policy", state.settings.worker_interval, policy),
        *((("store probe", probe.every_s, store_probe),) if probe is not None else ()),
    )


def _anchor(state: ServerState) -> None:
    from genaiops.runtime import auto_anchor

    auto_anchor(state.settings, state.engine.store, datetime.now(UTC).isoformat())


def create_app(
    settings: Settings,
    *,
    open_engine: Callable[[Settings], Engine] | None = None,
    extra_routers: tuple = (),
    periodic: tuple[tuple[str, float, PeriodicJob], ...] = (),
    console: bool = True,
) -> FastAPI:
    """The server's app. ``open_engine`` builds the engine (default ``genaiops.runtime.open_engine``);
    ``extra_routers`` (the console) are included beside the API; ``periodic``: ``(name, interval_s, job)`` for
    the worker to run besides its own (``ops_jobs``: notifications, schedules); ``console``: the web console
    (``genaiops.server.console``) beside the API."""
    from genaiops.server import health_api, routes

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state = _open_state(settings, open_engine)
        state.session_readers.extend(getattr(app.state, "session_readers", ()))  # the console's signed cookie
        app.state.genaiops = state
        for name, interval_s, job in (*ops_jobs(state), *periodic):  # the probe runs while the others pause
            state.worker.register_periodic(name, interval_s, job, always=name == "store probe")
        state.worker.start()
        log.info("genaiops server ready (home %s)", settings.home)
        try:
            yield
        finally:
            await state.worker.stop()
            await state.stop_runs()
            _anchor(state)  # what the last runs and decisions added
            state.accounts.close()
            state.engine.close()

    app = FastAPI(
        title="genaiops",
        summary="Runs, approvals, audit and the scenario catalogue of one genaiops home.",
        version="1",
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # Swagger UI loads its scripts from a CDN: the console vendors what it serves
        redoc_url=None,
        lifespan=lifespan,
    )
    app.include_router(routes.router, prefix=API_PREFIX)
    app.include_router(health_api.router, prefix=API_PREFIX)
    for router in extra_routers:
        app.include_router(router)
    if console:
        from genaiops.server.console import mount

        mount(app, settings)
    _add_error_handlers(app)
    _document_refusals(app)
    webhook = f"{API_PREFIX}/alerts/alertmanager"  # reads its body itself, up to GENAIOPS_ALERT_MAX_BYTES
    app.add_middleware(BodyLimit, limit_for=lambda path: None if path == webhook else MAX_BODY_BYTES)
    app.add_middleware(HidePaths, settings=settings)  # no answer names a folder of the server's machine
    return app


def _document_refusals(app: FastAPI) -> None:
    """The OpenAPI document's 422s say what the server answers (``schemas.ErrorOut``: a ``detail`` string and
    ``problems``), not FastAPI's default (``detail`` as a list of ValidationError), which no answer has; a route
    that takes a body may answer 413 (``body_limit``)."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from genaiops.server.schemas import refusals

            schema = build()

            def refusal(code: int) -> dict[str, Any]:
                error = {"$ref": "#/components/schemas/ErrorOut"}
                return {
                    "description": refusals(code)[code]["description"],
                    "content": {"application/json": {"schema": error}},
                }

            refused, too_large = refusal(422), refusal(413)
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    if "422" in operation.get("responses", {}):
                        operation["responses"]["422"] = refused
                    if "requestBody" in operation:  # body_limit.BodyLimit
                        operation["responses"].setdefault("413", too_large)
            for name in ("HTTPValidationError", "ValidationError"):
                schema.get("components", {}).get("schemas", {}).pop(name, None)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _open_state(settings: Settings, open_engine: Callable[[Settings], Engine] | None) -> ServerState:
    from genaiops.runtime import open_engine as default_open

    engine = (open_engine or default_open)(settings)
    engine.served = True  # its worker continues runs: refusals say so (not `genaiops resume`)
    try:
        engine.gate.sync_policy()
        accounts = Accounts(settings.resolved_store_url)
    except BaseException:
        engine.close()
        raise
    state = ServerState(settings=settings, engine=engine, accounts=accounts, worker=None)  # type: ignore[arg-type]
    probe = StoreProbe(engine.store.backend, every_s=min(max(settings.worker_interval, 1.0), 10.0))
    state.worker = Worker(engine, interval_s=settings.worker_interval, launch=state.launch, running=state.tasks,
                          hold=lambda: probe.failing)  # fmt: skip
    state.probe = probe
    return state


_STATUS: tuple[tuple[type[Exception], int], ...] = (
    (NotFoundError, 404),
    (NotPermittedError, 403),
    (AmendmentError, 422),
    (IdentityError, 403),
    (DecisionError, 409),
    (RunStateError, 409),
    (UserError, 422),
    (StoreError, 503),
)


def _add_error_handlers(app: FastAPI) -> None:
    """Our errors become one clear answer each (``detail``: the message that names the problem and the fix)."""

    async def user_error(request: Request, exc: Exception) -> JSONResponse:
        code = next(code for kind, code in _STATUS if isinstance(exc, kind))
        said = _words(request)  # the server's own folders: HidePaths (genaiops.server.paths_shown)
        body: dict[str, Any] = {"detail": said(str(exc))}
        if isinstance(exc, GraphValidationError):
            body["problems"] = [
                {"place": said(str(p.place)), "message": said(p.message), "hint": said(p.hint)} for p in exc.problems
            ]
        return JSONResponse(body, status_code=code)

    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        sent = request.headers.get("content-type", "")
        return _bad_request([_problem(error, sent) for error in exc.errors()])

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        unread = _unreadable_body(exc)
        if unread is not None:
            return _bad_request([{"place": "body", "message": unread}])
        return await http_exception_handler(request, exc)

    app.add_exception_handler(UserError, user_error)
    app.add_exception_handler(StoreError, user_error)
    app.add_exception_handler(RequestValidationError, bad_request)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]


def _words(request: Request) -> Callable[[str], str]:
    """How an error is said to this request: an API call reads routes, not the CLI's commands (``api_words``);
    the CLI in server mode, which sends ``CLIENT_HEADER: cli``, and the console's pages read the engine's own
    words."""
    if not request.url.path.startswith(API_PREFIX) or request.headers.get(CLIENT_HEADER) == "cli":
        return str
    return in_api_words


def _bad_request(problems: list[dict[str, str]]) -> JSONResponse:
    said = "; ".join(f"{p['place']}: {p['message']}" for p in problems)
    return JSONResponse({"detail": f"bad request: {said}", "problems": problems}, status_code=422)


def _unreadable_body(exc: StarletteHTTPException) -> str | None:
    """What was wrong with a body FastAPI could not read as JSON (its own answer, a 400 'There was an error
    parsing the body', names neither the problem nor the fix), or None for any other HTTP error."""
    cause = exc.__cause__
    if exc.status_code != 400 or exc.detail != "There was an error parsing the body":
        return None
    if isinstance(cause, UnicodeDecodeError):
        bad = cause.object[cause.start : cause.start + 1].hex()
        return f"the body is not {cause.encoding.upper()} text (byte 0x{bad} at {cause.start}); send JSON in UTF-8"
    if isinstance(cause, RecursionError):
        return "the body's JSON is nested too deeply to read; send a JSON object nested at most a few hundred levels"
    return f"the body could not be read as JSON ({type(cause).__name__}); send a JSON object"


def _problem(error: dict[str, Any], sent: str = "") -> dict[str, str]:
    place = ".".join(str(part) for part in error.get("loc", ())) or "body"
    if tuple(error.get("loc", ())) == ("body",) and isinstance(error.get("input"), bytes):
        said = f"Content-Type: {sent}" if sent else "no Content-Type"  # FastAPI reads JSON only when so labelled
        return {"place": "body", "message": f"send a JSON object with Content-Type: application/json ({said} given)"}
    if error.get("type") == "json_invalid":
        loc = error.get("loc", ())
        at = f" at character {loc[1]}" if len(loc) > 1 else ""
        why = error.get("ctx", {}).get("error", "")
        return {"place": "body", "message": f"the body is not valid JSON{at} ({why}); send a JSON object"}
    message = str(error.get("msg", "invalid"))
    loc = error.get("loc", ())
    if error.get("type") == "missing" and loc and loc[-1] in _MISSING:
        message = f"{message}: {_MISSING[loc[-1]]}"
    elif tuple(loc) == ("body", "amend"):  # POST /approvals/ID/reject takes none, .../amend some
        message = _AMEND_WRONG if error.get("type") == "none_required" else f"{message}: {_MISSING['amend']}"
    return {"place": place, "message": message}


_MISSING = {
    "args_hash": "send the approval's args_hash as you read it (GET /approvals/ID gives it); a decision on "
    "arguments that changed since is refused",
    "reason": "say why; it is recorded in the audit ledger",
    "scenario": "a scenario's name in the catalogue (GET /scenarios lists them)",
    "amend": 'give the arguments to change, e.g. {"amend": {"replicas": 2}}',
}
_AMEND_WRONG = "amended arguments go with approve or amend, not reject"
"""What a body's required field is for, said when it is missing (the API's own words, not a form's)."""
