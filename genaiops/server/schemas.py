"""What the REST API reads and writes: request bodies (unknown fields refused) and the documents it returns.

The CLI in server mode (``GENAIOPS_SERVER_URL``) reads these same documents and prints them as it prints what
it reads from a local store.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "AccountOut",
    "AmendIn",
    "ApprovalDetail",
    "ApprovalRow",
    "AuditEntry",
    "AuditReportOut",
    "CancelIn",
    "DecideIn",
    "DecisionOut",
    "ErrorOut",
    "GateOut",
    "Problem",
    "RejectIn",
    "RunDetail",
    "RunRowOut",
    "ScenarioOut",
    "StartRunIn",
    "StartedRun",
    "refusals",
]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StartRunIn(_In):
    scenario: str = Field(min_length=1, max_length=300, description="A scenario's name in the catalogue.")
    params: dict[str, Any] = Field(default_factory=dict, description="Values for the scenario's `params:`.")


class CancelIn(_In):
    reason: str = Field(default="cancelled through the API", min_length=1, max_length=2000)


class DecideIn(_In):
    reason: str = Field(min_length=1, max_length=2000, description="Why; recorded in the audit ledger.")
    args_hash: str = Field(
        min_length=64,
        max_length=64,
        pattern="^[0-9a-f]{64}$",
        description="The `args_hash` of the approval as you read it: if its arguments changed since, the "
        "decision is refused (409) and nothing is recorded.",
    )
    role: str | None = Field(default=None, description="The role you decide in (default: one the request accepts).")
    amend: dict[str, Any] | None = Field(
        default=None, description="Approve amended arguments (name: value): a new request, re-checked and re-hashed."
    )


class RejectIn(DecideIn):
    """A rejection: no amended arguments (they go with approve or amend)."""

    amend: None = Field(default=None, description="Not taken: amended arguments go with approve or amend.")


class AmendIn(DecideIn):
    """Approval of amended arguments: ``amend`` names at least one argument."""

    amend: dict[str, Any] = Field(  # type: ignore[assignment]
        min_length=1, description="The arguments to change (name: value): a new request, re-checked and re-hashed."
    )


class Problem(BaseModel):
    place: str = Field(description="Where: `body.FIELD`, `query.NAME`, or a scenario's `file:line: field`.")
    message: str
    hint: str | None = Field(default=None, description="How to fix it, when there is more to say.")


class ErrorOut(BaseModel):
    """Every refusal's answer (401, 403, 404, 409, 413, 415, 422, 503): what is wrong and how to fix it."""

    detail: str = Field(description="What is wrong, naming the bad value, and the fix.")
    problems: list[Problem] | None = Field(
        default=None, description="Each problem with its place (a 422 for a malformed request or scenario)."
    )


_REFUSED = {
    401: "No token, or a malformed, unknown, revoked or expired one.",
    403: "The account lacks the role this needs, or the request is the caller's own.",
    404: "No such run, approval, scenario or conversation (of the caller's).",
    409: "It does not fit the current state: decided, expired, stale, changed since read, or already running.",
    413: "The body is larger than the server takes.",
    415: "The body's Content-Encoding is not one the route reads.",
    422: "A malformed request: a body that is not a JSON object, a missing, unknown or ill-formed field or "
    "parameter (each in `problems`), or a scenario that does not validate.",
    503: "The server is not ready (`GET /health` says why: the store refuses it) or the store failed.",
}


def refusals(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The OpenAPI ``responses`` of a route's refusals, each an ``ErrorOut``."""
    return {code: {"model": ErrorOut, "description": _REFUSED[code]} for code in codes}


class AccountOut(BaseModel):
    name: str
    roles: list[str]


class GateOut(BaseModel):
    task: str
    tool: str
    risk: str
    approvals: int
    roles: list[str]


class ScenarioOut(BaseModel):
    name: str
    file: str = Field(description="The scenario's file inside the server's catalogue folder, e.g. `gated.yaml`.")
    description: str = ""
    tasks: int = 0
    gates: list[GateOut] = Field(default_factory=list)
    params: dict[str, Any] = Field(default_factory=dict)
    valid: bool = True
    title: str | None = Field(default=None, description="The scenario's own `name:` (null when it does not validate).")
    parameters: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Each parameter: `name`, `type`, `required`, `default`, `allowed`, `description` (file order).",
    )
    problem: str | None = None


class StartedRun(BaseModel):
    run_id: str
    status: str
    scenario: str


class RunRowOut(BaseModel):
    run_id: str
    name: str
    status: str
    requester: str
    created_at: str
    updated_at: str
    tasks: dict[str, int] = Field(default_factory=dict, description="How many tasks ended in each status.")
    source: str | None = Field(default=None, description="The scenario file the run was started from.")


class RunDetail(BaseModel):
    run_id: str
    name: str
    status: str
    requester: str
    source: str | None
    created_at: str
    updated_at: str
    spec: dict[str, Any]
    graph: dict[str, Any] = Field(description="Nodes (task, tool, status) and edges (dependency -> task).")
    tasks: dict[str, str]
    outputs: dict[str, Any]
    errors: dict[str, str]
    pending: list[dict[str, Any]]
    events: list[dict[str, Any]]
    turns: list[dict[str, Any]]
    task_counts: dict[str, int] = Field(
        default_factory=dict, description="How many tasks ended in each status (as `GET /runs` counts them)."
    )
    task_rows: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Each stored task: `task_id`, `status`, `iteration`, `attempts`, `started_at`, `finished_at`, "
        "`error`.",
    )


class ApprovalRow(BaseModel):
    approval_id: str = Field(description="The request's id, as `approvals list -o json` names it.")
    id: str = Field(description="The same id under its first name, kept for the clients written against it.")
    status: str
    run_id: str
    task_id: str
    tool: str
    risk: str
    required: int
    roles: list[str]
    requester: str
    created_at: str
    expires_at: str
    args_hash: str
    amends: str | None = Field(default=None, description="The request this one amends (its arguments replace).")


class ApprovalDetail(BaseModel):
    approval: dict[str, Any] = Field(
        description="The request as stored (exact current arguments, hash, tier), its id as both `id` and "
        "`approval_id` (as `approvals show -o json` names it)."
    )
    status: str
    args_hash: str
    diff: list[str] = Field(description="An amendment's changes against the task's own arguments (unified diff).")
    replaced_by: str | None = None
    evidence: dict[str, Any] = Field(
        description="`genaiops`: what genaiops states (task, tool, risk, its own dry run `preview`); "
        "`tool_output` and `copied_arguments`: copied from tool output, each marked `untrusted`."
    )
    untrusted_notice: str
    preview: dict[str, Any] | None = Field(description="The dry run genaiops computed from the arguments.")
    decisions: list[dict[str, Any]]
    can_decide: bool = Field(description="Whether you (the authenticated caller) may decide it now.")


class DecisionOut(BaseModel):
    approval_id: str
    decided: str = Field(description="The request the decision is about (after an amendment: the new one).")
    approver: str
    role: str
    verdict: Literal["approve", "reject"]
    identified_by: str
    status: str
    approvals: int
    required: int
    notes: list[str]
    run_id: str


class AuditEntry(BaseModel):
    seq: int
    at: str
    kind: str
    run_id: str
    payload: Any
    prev_hash: str
    hash: str
    mac: str | None


class AuditReportOut(BaseModel):
    ok: bool
    entries: int
    head: str
    bad_seq: int | None = None
    problem: str | None = None
    unauthenticated: int = 0
    anchored: int | None = None
    missing: list[str] = Field(default_factory=list)
    anchor_problems: list[str] = Field(default_factory=list)


class ScheduleOut(BaseModel):
    """A schedule as ``genaiops schedules list`` shows it."""

    name: str
    scenario: str
    cron: str = Field(description="Five-field cron expression, in UTC.")
    params: dict[str, str] = Field(default_factory=dict, description="The --set values each run gets.")
    missed: str = Field(description="skip or catch-up: what happens to occurrences missed while no runner ran.")
    owner: str = Field(description="Who its runs are requested by.")
    paused: bool
    next_due: str | None = Field(description="The next run's time (UTC); none while paused.")
    last_run_id: str | None = None
    last_status: str | None = None
    last_due_at: str | None = None
    last_missed: int = 0
    last_error: str | None = None
