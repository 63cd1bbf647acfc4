"""Approvals over HTTP: the inbox of what the caller may decide, one request in full, and decisions.

The caller decides as the account the server authenticated (``identified_by: authenticated``), in a role that
account holds; the gate refuses their own request (403), a role the request does not accept (403), a request
already decided, expired or stale (409), and arguments that changed since the caller read them (409: the
decision carries the ``args_hash`` it saw). Nothing is recorded when a decision is refused.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request

from genaiops.errors import IdentityError, NotPermittedError
from genaiops.graphs.evidence import read_evidence
from genaiops.graphs.inbox import approval_at, arguments_diff, inbox, replaced_by
from genaiops.identity import choose_role
from genaiops.safety.approvals import same_person
from genaiops.server.auth import Caller, caller
from genaiops.server.health_api import require_ready
from genaiops.server.schemas import AmendIn, ApprovalDetail, ApprovalRow, DecideIn, DecisionOut, RejectIn, refusals

router = APIRouter(tags=["approvals"])
DECIDING = refusals(403, 404, 409, 503)
"""A decision's refusals: not yours to decide (403), no such request (404), decided, expired, stale or changed
since read (409), the server not ready (503, ``GET /health``'s reason: nothing recorded); a 422 for a malformed
body or an amendment that cannot be used."""
Who = Annotated[Caller, Depends(caller)]
UNTRUSTED = "UNTRUSTED — copied from tool output, not a statement by genaiops"


def _engine(request: Request):  # noqa: ANN202
    return request.app.state.genaiops.engine


def may_decide(who: Caller, data: dict[str, Any]) -> bool:
    """Whether ``who`` may decide the request ``data`` (a role it accepts, and not their own request)."""
    return bool(set(who.roles) & set(data["roles"])) and not same_person(who.name, data["requester"])


def _row(data: dict[str, Any], status: str) -> ApprovalRow:
    fields = {k: data.get(k) for k in ApprovalRow.model_fields if k not in ("status", "approval_id")}
    return ApprovalRow(status=status, approval_id=data["id"], **fields)


@router.get("/approvals", response_model=list[ApprovalRow], responses=refusals(404))
async def approvals(
    request: Request,
    who: Who,
    scope: Annotated[Literal["mine", "all"], Query(description="mine: what you may decide; all: every one")] = "mine",
    status: Annotated[Literal["pending", "approved", "rejected", "expired", "stale", "withdrawn", "any"], Query()] = (
        "pending"
    ),
    run: Annotated[str | None, Query(description="Only this run's approvals.")] = None,
) -> list[ApprovalRow]:
    """The inbox (oldest first): by default the pending requests you may decide; one past its expiry reads
    expired from that instant."""
    engine = _engine(request)
    if run is not None:
        engine.store.run(run)  # an unknown run: 404 naming it (a run with no requests: an empty list)
    rows = inbox(engine.store, engine.clock.now(), run_id=run, status=None if status == "any" else status)
    return [_row(data, s) for data, s in rows if scope == "all" or may_decide(who, data)]


@router.get("/approvals/{approval_id}", response_model=ApprovalDetail, responses=refusals(404))
async def approval(request: Request, approval_id: str, who: Who) -> ApprovalDetail:
    """Everything a person needs to decide: the exact current arguments and their hash (send it back with your
    decision), an amendment's diff, what genaiops states (its dry run) apart from what it copied from tool
    output (untrusted), and the decisions so far."""
    engine = _engine(request)
    data, status = approval_at(engine.store, approval_id, engine.clock.now())
    evidence = read_evidence(data.get("evidence") or {}, task=data["task_id"], tool=data["tool"], risk=data["risk"])
    original = data.get("original_args")
    return ApprovalDetail(
        approval={**data, "approval_id": data["id"]},
        status=status,
        args_hash=data["args_hash"],
        diff=arguments_diff(original, data["args"]) if original is not None else [],
        replaced_by=replaced_by(engine.store, data) if status == "stale" else None,
        evidence=evidence.model_dump(mode="json"),
        untrusted_notice=UNTRUSTED,
        preview=evidence.genaiops.preview,
        decisions=engine.store.decisions(approval_id),
        can_decide=status == "pending" and may_decide(who, data),
    )


def _decide(request: Request, approval_id: str, who: Caller, verdict: str, body: DecideIn) -> DecisionOut:
    require_ready(request)
    engine = _engine(request)
    data, _status = engine.store.approval(approval_id)
    if not who.roles:
        raise NotPermittedError(
            f"{who.name} holds no role; an admin grants one (`genaiops users roles {who.name} --role ROLE`)"
        )
    try:
        role, how = choose_role(who.identity, body.role, held=who.roles, wanted=data["roles"], allow_claimed=False)
    except IdentityError as exc:
        raise NotPermittedError(str(exc)) from None
    state = engine.decide(
        approval_id,
        approver=who.name,
        role=role,
        verdict=verdict,  # type: ignore[arg-type]
        reason=body.reason,
        amend=body.amend or None,
        identified_by=how,
        seen_args_hash=body.args_hash,
    )
    if state.status != "pending":
        request.app.state.genaiops.worker.wake()  # the worker resumes the run now
    return DecisionOut(
        approval_id=approval_id, decided=state.approval_id or approval_id, approver=who.name, role=role,
        verdict=verdict, identified_by=how, status=state.status, approvals=state.approvals,
        required=state.required, notes=list(state.notes), run_id=data["run_id"],
    )  # fmt: skip


@router.post("/approvals/{approval_id}/approve", response_model=DecisionOut, responses=DECIDING)
async def approve(request: Request, approval_id: str, body: DecideIn, who: Who) -> DecisionOut:
    """Approve (with ``amend``: approve amended arguments, a new request re-checked and re-hashed)."""
    return _decide(request, approval_id, who, "approve", body)


@router.post("/approvals/{approval_id}/amend", response_model=DecisionOut, responses=DECIDING)
async def amend(request: Request, approval_id: str, body: AmendIn, who: Who) -> DecisionOut:
    """Approve amended arguments (``amend`` is required): the amended call becomes a new request."""
    return _decide(request, approval_id, who, "approve", body)


@router.post("/approvals/{approval_id}/reject", response_model=DecisionOut, responses=DECIDING)
async def reject(request: Request, approval_id: str, body: RejectIn, who: Who) -> DecisionOut:
    """Reject: the task ends rejected and what depends on it does not run."""
    return _decide(request, approval_id, who, "reject", body)
