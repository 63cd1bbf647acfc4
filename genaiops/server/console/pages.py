"""The console's pages: thin HTML faces over the REST API's handlers (``runs_api``, ``approvals_api``,
``audit_api``), called with the signed-in person as the caller, so a page shows and decides exactly what the
API does. Every page needs a session (none: a redirect to sign-in), every POST a valid CSRF token (else 403,
nothing changed), and the API's refusals (403 role, 404, 409 decided/stale, 422) become the same page with the
message and the same status code.
"""

from __future__ import annotations

import json
import secrets
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from genaiops.errors import StoreError, UserError
from genaiops.server import approvals_api, audit_api, runs_api, schedules_api
from genaiops.server.console.access import ConsoleError, Csrf, Viewer, Who, check_csrf, console
from genaiops.server.console.graph_svg import layout
from genaiops.server.console.live import APPROVAL_STATUSES, FINAL, approval_print, inbox_print, run_print
from genaiops.server.schemas import AmendIn, CancelIn, DecideIn, RejectIn, StartRunIn

__all__ = ["router"]

router = APIRouter(include_in_schema=False)
SIGNIN_COOKIE = "genaiops_signin"


def page(request: Request, template: str, who: Viewer | None, code: int = 200, **values: Any) -> HTMLResponse:
    refused = getattr(request.app.state, "genaiops", None) and request.app.state.genaiops.worker.refused
    values |= {"who": who.caller if who else None, "csrf": who.session.csrf if who else "", "path": request.url.path,
               "refused": " ".join(str(refused).split()) if refused and who else None}  # fmt: skip
    return console(request).templates.TemplateResponse(request, template, values, status_code=code)


async def api(call: Any, *args: Any, **kwargs: Any) -> Any:
    """Call an API handler; its refusals become ``ConsoleError`` with the API's status and message."""
    from genaiops.server.app import _STATUS

    try:
        return await call(*args, **kwargs)
    except HTTPException as exc:
        raise ConsoleError(exc.status_code, str(exc.detail)) from None
    except (UserError, StoreError) as exc:
        code = next(code for kind, code in _STATUS if isinstance(exc, kind))
        raise ConsoleError(code, str(exc)) from None


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# --- sign-in ---------------------------------------------------------------------------------------------------


def _safe_next(target: str | None) -> str:
    """Only a path on this site (never ``//elsewhere`` or a scheme): no open redirect after sign-in."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/approvals"
    return target


def _signin_page(request: Request, next_: str, status: int = 200, error: str = "", name: str = "") -> HTMLResponse:
    token = request.cookies.get(SIGNIN_COOKIE) or secrets.token_urlsafe(24)
    response = page(request, "signin.html", None, status, next=next_, error=error, name=name, signin_csrf=token)
    response.set_cookie(SIGNIN_COOKIE, token, max_age=3600, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https")  # fmt: skip
    return response


@router.get("/signin", response_class=HTMLResponse)
async def signin_form(request: Request, next: str | None = None) -> HTMLResponse:  # noqa: A002
    return _signin_page(request, _safe_next(next))


@router.post("/signin")
async def signin(
    request: Request,
    username: Annotated[str, Form(max_length=200)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf: Csrf = "",
    next: Annotated[str, Form()] = "/approvals",  # noqa: A002
) -> Response:
    """Check the password (argon2, in a thread); count failures per name and address; set the session."""
    import asyncio

    target = _safe_next(next)
    expected = request.cookies.get(SIGNIN_COOKIE, "")
    if not expected or not secrets.compare_digest(csrf, expected):
        return _signin_page(request, target, 403, "the sign-in form expired or is not from this site; try again")
    limiter = console(request).limiter
    keys = (f"name:{username.strip().lower()}", f"addr:{request.client.host if request.client else '?'}")
    wait = limiter.retry_after(*keys)
    if wait:
        response = _signin_page(request, target, 429, f"too many failed sign-ins; try again in {wait} s", username)
        response.headers["Retry-After"] = str(wait)
        return response
    accounts = request.app.state.genaiops.accounts
    account = await asyncio.to_thread(accounts.sign_in, username, password) if username and password else None
    if account is None:
        limiter.failed(*keys)
        return _signin_page(request, target, 401, "unknown name or wrong password", username)
    limiter.succeeded(keys[0])
    response = see_other(target)
    console(request).sessions.start(response, request, account.name)
    response.delete_cookie(SIGNIN_COOKIE)
    return response


@router.post("/signout")
async def signout(request: Request, csrf: Csrf = "") -> Response:
    sessions = console(request).sessions
    session = sessions.read(request)
    if session is None:
        return see_other("/signin")
    check_csrf(session, csrf)
    response = see_other("/signin")
    sessions.end(response, request, session)
    return response


# --- runs ------------------------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
async def home(who: Who) -> Response:
    return see_other("/approvals")


@router.get("/runs", response_class=HTMLResponse)
async def runs_page(request: Request, who: Who, status: str | None = None) -> HTMLResponse:
    if status and status not in runs_api.RUN_STATUSES:
        raise ConsoleError(422, f"status: one of {', '.join(runs_api.RUN_STATUSES)} (got {status[:40]!r})")
    rows = await api(runs_api.runs, request, who.caller, status_=status or None, limit=200)
    return page(request, "runs.html", who, rows=rows, status=status or "", statuses=runs_api.RUN_STATUSES)


@router.get("/runs/{run_id}", response_class=HTMLResponse)
async def run_page(request: Request, run_id: str, who: Who) -> HTMLResponse:
    run = await api(runs_api.run, request, run_id, who.caller)
    approvals = await api(approvals_api.approvals, request, who.caller, scope="all", status="any", run=run_id)
    engine = request.app.state.genaiops.engine
    live = f"/live/runs/{quote(run_id)}?since={run_print(engine, run_id)[0]}" if run.status not in FINAL else ""
    told = console(request).sessions.told(who.session)  # e.g. that its form was sent twice
    return page(request, "run.html", who, run=run, svg=layout(run.graph), approvals=approvals, live=live, told=told,
                outputs={k: json.dumps(v, indent=2, default=str) for k, v in run.outputs.items()})  # fmt: skip


@router.post("/runs/{run_id}/cancel")
async def cancel_run(
    request: Request, run_id: str, who: Who, csrf: Csrf = "", reason: Annotated[str, Form()] = ""
) -> Response:
    check_csrf(who.session, csrf)
    body = CancelIn(reason=reason.strip() or "cancelled in the console")
    await api(runs_api.cancel, request, run_id, who.caller, body)
    return see_other(f"/runs/{quote(run_id)}")


# --- approvals -------------------------------------------------------------------------------------------------


@router.get("/approvals", response_class=HTMLResponse)
async def inbox_page(
    request: Request, who: Who, scope: str = "mine", status: Annotated[str, Query()] = "pending"
) -> HTMLResponse:
    if scope not in ("mine", "all") or status not in APPROVAL_STATUSES:
        raise ConsoleError(422, f"scope: mine or all; status: one of {', '.join(APPROVAL_STATUSES)}")
    rows = await api(approvals_api.approvals, request, who.caller, scope=scope, status=status, run=None)
    live = "/live/approvals?" + urlencode({"since": inbox_print(rows), "scope": scope, "status": status})
    return page(request, "inbox.html", who, rows=rows, scope=scope, status=status, statuses=APPROVAL_STATUSES,
                live=live)  # fmt: skip


async def _approval_page(
    request: Request, approval_id: str, who: Viewer, status: int = 200, error: str = "", form: dict | None = None
) -> HTMLResponse:
    detail = await api(approvals_api.approval, request, approval_id, who.caller)
    since = approval_print(request.app.state.genaiops.engine, approval_id)[0]
    done = request.query_params.get("done", "")  # after a decision: the status it left (only a known one is shown)
    told = console(request).sessions.told(who.session) if done else ()  # its count and notes, as the CLI says
    args = json.dumps(detail.approval.get("args"), indent=2, sort_keys=True, default=str)
    return page(request, "approval.html", who, status, d=detail, a=detail.approval, args=args, error=error,
                form=form or {}, live=f"/live/approvals/{quote(approval_id)}?since={since}",
                live_mode="notice" if detail.can_decide else "reload",
                done=done if done in APPROVAL_STATUSES else "", told=told,
                evidence_json=lambda v: json.dumps(v, indent=2, sort_keys=True, default=str))  # fmt: skip


@router.get("/approvals/{approval_id}", response_class=HTMLResponse)
async def approval_page(request: Request, approval_id: str, who: Who) -> HTMLResponse:
    return await _approval_page(request, approval_id, who)


AMEND_HINT = 'write a JSON object of the arguments to change, e.g. {"replicas": 2}'


def _amendment(text: str) -> dict[str, Any] | None:
    if not text.strip():
        return None
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ConsoleError(422, f"amended arguments: not JSON ({exc}); {AMEND_HINT}") from None
    if not isinstance(value, dict) or not value:
        raise ConsoleError(422, f"amended arguments: {AMEND_HINT}")
    return value


HANDLERS = {"approve": approvals_api.approve, "reject": approvals_api.reject, "amend": approvals_api.amend}
STALE_FORM = (
    "the arguments were amended since this page was loaded, so nothing was recorded; read the current request "
    "below (or the one that replaced it) and decide again"
)


def _decision(verdict: str, reason: str, args_hash: str, amend: str) -> DecideIn:
    if verdict not in HANDLERS:
        raise ConsoleError(422, "verdict: approve, reject or amend")
    if not reason.strip():
        raise ConsoleError(422, "reason: say why (it is recorded in the audit ledger)")
    amended = _amendment(amend) if verdict != "reject" else None
    if verdict == "amend" and amended is None:
        raise ConsoleError(422, f"amended arguments: {AMEND_HINT}")
    body = {"reject": RejectIn, "amend": AmendIn}.get(verdict, DecideIn)  # the body each API route takes
    try:
        return body(reason=reason.strip(), args_hash=args_hash, amend=amended)
    except ValidationError:
        raise ConsoleError(422, "this form lacks the arguments' hash it was read with; reload the page") from None


async def _amended_since(request: Request, approval_id: str, who: Viewer, seen_hash: str) -> bool:
    """Whether the request's arguments changed since the form was drawn (amended: replaced, or a new hash)."""
    detail = await api(approvals_api.approval, request, approval_id, who.caller)
    return detail.replaced_by is not None or detail.args_hash != seen_hash


@router.post("/approvals/{approval_id}/decide")
async def decide(
    request: Request,
    approval_id: str,
    who: Who,
    csrf: Csrf = "",
    verdict: Annotated[str, Form()] = "",
    reason: Annotated[str, Form(max_length=2000)] = "",
    args_hash: Annotated[str, Form()] = "",
    amend: Annotated[str, Form(max_length=20_000)] = "",
) -> Response:
    """Approve, reject or amend with a reason, on the ``args_hash`` the page showed (a stale form: 409)."""
    check_csrf(who.session, csrf)
    try:
        body = _decision(verdict, reason, args_hash, amend)
        done = await api(HANDLERS[verdict], request, approval_id, body, who.caller)
    except ConsoleError as exc:
        message = exc.message
        if exc.status == 409 and await _amended_since(request, approval_id, who, args_hash):
            message = f"{STALE_FORM} ({message})"
        form = {"reason": reason, "amend": amend}
        return await _approval_page(request, approval_id, who, exc.status, message, form)
    said = (f"{done.approvals} of {done.required} approval(s) counted", *done.notes)
    console(request).sessions.tell(who.session, said)
    return see_other(f"/approvals/{quote(done.decided)}?done={quote(done.status)}")


# --- audit and scenarios ---------------------------------------------------------------------------------------


@router.get("/audit", response_class=HTMLResponse)
async def audit_page(request: Request, who: Who, verify: str = "", run: str | None = None) -> HTMLResponse:
    rows = await api(audit_api.entries, request, who.caller, run=run or None, limit=200)
    report = audit_api.verify(request) if verify else None
    return page(request, "audit.html", who, rows=rows, report=report, run=run or "",
                payload=lambda v: json.dumps(v, sort_keys=True, default=str))  # fmt: skip


@router.get("/schedules", response_class=HTMLResponse)
async def schedules_page(request: Request, who: Who) -> HTMLResponse:
    rows = await api(schedules_api.schedules, request, who.caller)
    return page(request, "schedules.html", who, rows=rows)


@router.get("/scenarios", response_class=HTMLResponse)
async def scenarios_page(request: Request, who: Who) -> HTMLResponse:
    rows = await api(runs_api.scenarios, request, who.caller)
    return page(request, "scenarios.html", who, rows=rows)


def param_fields(parameters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Form fields from a scenario's ``parameters`` as the catalogue gives them (``ScenarioOut.parameters``:
    ``name``, ``type``, ``required``, ``default``, ``description``, in file order)."""
    fields = []
    for param in parameters:
        default = param.get("default")
        fields.append({
            "name": str(param["name"]), "type": str(param.get("type") or ""),
            "description": str(param.get("description") or ""),
            "default": "" if default is None else (default if isinstance(default, str) else json.dumps(default)),
            "required": bool(param.get("required")),
        })  # fmt: skip
    return fields


def _param_value(text: str, kind: str) -> Any:
    if kind in ("int", "integer", "float", "number", "bool", "boolean", "list", "dict", "object", "array"):
        try:
            return json.loads(text)
        except ValueError:
            return text  # the scenario's own check names the problem
    return text


async def _scenario_page(request: Request, name: str, who: Viewer, status: int = 200, error: str = "",
                         values: dict[str, str] | None = None) -> HTMLResponse:  # fmt: skip
    entry = await api(runs_api.scenario, request, name, who.caller)
    return page(request, "scenario.html", who, status, s=entry, fields=param_fields(entry.parameters), error=error,
                values=values or {}, once=console(request).forms.new())  # fmt: skip


@router.get("/scenarios/{name:path}", response_class=HTMLResponse)
async def scenario_page(request: Request, name: str, who: Who) -> HTMLResponse:
    return await _scenario_page(request, name, who)


@router.post("/run/{name:path}")
async def start_run(request: Request, name: str, who: Who) -> Response:
    """Start a run from the scenario's form: fields ``param.NAME`` (empty: the scenario's default). The same form
    sent twice (its ``once`` value) starts one run: the second POST is sent to it."""
    form = await request.form()
    check_csrf(who.session, str(form.get("csrf", "")))
    values = {k.removeprefix("param."): str(v) for k, v in form.items() if k.startswith("param.")}

    async def start() -> str:
        entry = await api(runs_api.scenario, request, name, who.caller)
        kinds = {f["name"]: f["type"] for f in param_fields(entry.parameters)}
        params = {k: _param_value(v, kinds.get(k, "")) for k, v in values.items() if v.strip()}
        started = await api(runs_api.start_run, request, StartRunIn(scenario=name, params=params), who.caller,
                            Response())  # the form's own once-only token guards a double submission  # fmt: skip
        return started.run_id

    try:
        run_id, first = await console(request).forms.take(who.session.sid, str(form.get("once", "")), start)
    except ConsoleError as exc:
        return await _scenario_page(request, name, who, exc.status, exc.message, values)
    if not first:
        said = f"this form was sent twice; the second time started nothing: run {run_id} is the one it started"
        console(request).sessions.tell(who.session, (said,))
    return see_other(f"/runs/{quote(run_id)}")
