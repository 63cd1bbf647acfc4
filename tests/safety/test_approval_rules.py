"""What decisions add up to, as hand-written tables from safety/approvals.py's docstring: who counts, until
when (a decision exactly at the expiry time is late), for which arguments and policy version; and which
decisions check_decision refuses, with the reason it gives."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from genaiops.errors import DecisionError
from genaiops.safety import ApprovalRequest, ApprovalState, Decision, check_decision, evaluate_request

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
EXPIRES = T0 + timedelta(hours=8)
TICK = timedelta(microseconds=1)


def request(required: int = 2, roles: tuple[str, ...] = ("operator", "lead")) -> ApprovalRequest:
    return ApprovalRequest(
        id="ap-1",
        run_id="run-1",
        task_id="deploy",
        tool="apply_change",
        args={"target": "svc"},
        args_hash="h0",
        risk="high",
        required=required,
        roles=roles,
        requester="req",
        policy_version="v1",
        created_at=T0,
        expires_at=EXPIRES,
    )


def d(
    who: str,
    minute: float = 10,
    *,
    role: str = "operator",
    verdict: str = "approve",
    version: str = "v1",
    on: str = "h0",
    amend: dict | None = None,
    at: datetime | None = None,
    reason: str = "looks right",
) -> Decision:
    """One decision; ``on`` is the hash of the arguments it is about (an amendment's own hash)."""
    return Decision(
        approval_id="ap-1",
        approver=who,
        role=role,
        verdict=verdict,
        reason=reason,
        args_hash=on,
        amended_args=amend,
        policy_version=version,
        at=at or T0 + timedelta(minutes=minute),
    )


AMENDED = {"target": "svc@safe"}
AMENDED_2 = {"target": "svc@safer"}

# decisions on a request needing 2 of {operator, lead}, asked by `req`, expiring at T0 + 8 h; evaluated at
# T0 + 1 h under policy v1 for the original arguments (h0)
CASES = [
    pytest.param([], "pending", 0, "h0", id="nothing-yet"),
    pytest.param([d("alice")], "pending", 1, "h0", id="one-of-two"),
    pytest.param([d("alice"), d("bob", 20, role="lead")], "approved", 2, "h0", id="two-distinct"),
    pytest.param([d("alice"), d("alice", 20)], "pending", 1, "h0", id="same-person-twice"),
    pytest.param([d("alice"), d("bob"), d("carol")], "approved", 3, "h0", id="more-than-enough"),
    # who counts
    pytest.param([d("alice"), d("req", 20)], "pending", 1, "h0", id="requester-never-counts"),
    pytest.param([d("alice"), d("bob", 20, role="viewer")], "pending", 1, "h0", id="role-not-allowed"),
    pytest.param([d("alice"), d("bob", 20, version="v0")], "pending", 1, "h0", id="other-policy-version"),
    pytest.param([d("alice"), d("bob", 20, on="h9")], "pending", 1, "h0", id="other-arguments"),
    # until when: a decision exactly at the expiry time is late; a microsecond before is in time
    pytest.param([d("alice"), d("bob", at=EXPIRES)], "pending", 1, "h0", id="at-expiry-does-not-count"),
    pytest.param([d("alice"), d("bob", at=EXPIRES - TICK)], "approved", 2, "h0", id="just-before-expiry"),
    pytest.param([d("alice"), d("bob", at=EXPIRES + timedelta(hours=1))], "pending", 1, "h0", id="after-expiry"),
    # rejections: one allowed rejection rejects, whatever the approvals; rejections that cannot count do not
    pytest.param([d("alice"), d("carol", 20, verdict="reject")], "rejected", 0, "h0", id="rejected"),
    pytest.param([d("alice"), d("bob"), d("carol", 30, verdict="reject")], "rejected", 0, "h0", id="reject-wins"),
    pytest.param([d("req", verdict="reject")], "pending", 0, "h0", id="requester-reject-ignored"),
    pytest.param([d("bob", role="viewer", verdict="reject")], "pending", 0, "h0", id="viewer-reject-ignored"),
    pytest.param([d("bob", verdict="reject", at=EXPIRES)], "pending", 0, "h0", id="late-reject-ignored"),
    pytest.param([d("bob", verdict="reject", version="v0")], "pending", 0, "h0", id="old-version-reject-ignored"),
    # amendments: the latest amendment is what is approved; approvals of other arguments stop counting
    pytest.param([d("alice", on="h1", amend=AMENDED)], "pending", 1, "h1", id="amended"),
    pytest.param([d("bob"), d("alice", 20, on="h1", amend=AMENDED)], "pending", 1, "h1", id="amend-resets"),
    pytest.param(
        [d("bob"), d("alice", 20, on="h1", amend=AMENDED), d("carol", 30, on="h1")], "approved", 2, "h1", id="reapp"
    ),
    pytest.param(
        [d("alice", 10, on="h1", amend=AMENDED), d("bob", 20, on="h2", amend=AMENDED_2)],
        "pending",
        1,
        "h2",
        id="latest-amendment",
    ),
    pytest.param(
        [d("bob", 20, on="h2", amend=AMENDED_2), d("alice", 10, on="h1", amend=AMENDED)],
        "pending",
        1,
        "h2",
        id="latest-by-time-not-by-order",
    ),
    pytest.param([d("req", on="h1", amend=AMENDED), d("alice")], "pending", 1, "h0", id="requester-cannot-amend"),
    pytest.param(
        [d("alice", on="h1", amend=AMENDED, at=EXPIRES), d("bob")], "pending", 1, "h0", id="late-amend-ignored"
    ),
]


@pytest.mark.parametrize(("decisions", "status", "approvals", "effective"), CASES)
def test_what_decisions_add_up_to(decisions, status, approvals, effective):
    """Distinct allowed non-requesters, deciding before the expiry time under the request's policy version, for
    the effective arguments, are what count; a valid rejection rejects."""
    state = evaluate_request(request(), decisions, now=T0 + timedelta(hours=1), policy_version="v1", args_hash="h0")
    assert (state.status, state.approvals, state.args_hash) == (status, approvals, effective)
    assert state.required == 2
    expected_args = {"h0": {"target": "svc"}, "h1": AMENDED, "h2": AMENDED_2}[effective]
    assert state.args == expected_args


@pytest.mark.parametrize(
    ("now", "decisions", "status"),
    [
        pytest.param(EXPIRES - TICK, [d("alice")], "pending", id="just-before"),
        pytest.param(EXPIRES, [d("alice")], "expired", id="exactly-at-expiry"),
        pytest.param(EXPIRES + timedelta(days=3), [], "expired", id="long-after"),
        pytest.param(EXPIRES, [d("alice"), d("bob")], "approved", id="approved-in-time-stays-approved"),
        pytest.param(EXPIRES + timedelta(days=3), [d("alice"), d("bob")], "approved", id="and-later-too"),
        pytest.param(EXPIRES, [d("alice", verdict="reject")], "rejected", id="rejected-in-time"),
    ],
)
def test_a_request_expires_at_its_expiry_time(now, decisions, status):
    """At the expiry time itself a request without enough approvals is expired; approvals or a rejection made
    in time keep their outcome after it."""
    state = evaluate_request(request(), decisions, now=now, policy_version="v1", args_hash="h0")
    assert state.status == status


def test_an_expired_request_says_when_it_expired():
    """The expired state's reason names the expiry time."""
    state = evaluate_request(request(), [d("alice")], now=EXPIRES, policy_version="v1", args_hash="h0")
    assert state.reason == f"expired at {EXPIRES.isoformat()}" and state.approvals == 1


@pytest.mark.parametrize(
    ("version", "args_hash", "reason"),
    [
        ("v2", "h0", "the approval policy changed"),
        ("v1", "h9", "the task's arguments changed"),
        ("v2", "h9", "the approval policy changed"),
    ],
)
def test_another_policy_version_or_other_arguments_make_it_stale(version, args_hash, reason):
    """Evaluated under another policy version or for other arguments, a request is stale with no approvals,
    even one that had enough approvals, a rejection or had expired."""
    for decisions, now in [
        ([d("alice"), d("bob")], T0 + timedelta(hours=1)),
        ([d("alice", verdict="reject")], T0 + timedelta(hours=1)),
        ([], EXPIRES + timedelta(hours=1)),
    ]:
        state = evaluate_request(request(), decisions, now=now, policy_version=version, args_hash=args_hash)
        assert (state.status, state.approvals, state.reason) == ("stale", 0, reason)
        assert (state.args, state.args_hash, state.required) == ({"target": "svc"}, "h0", 2)


def test_the_outcome_says_who_decided():
    """An approved state names its approvers (sorted); a rejected one names who rejected and why."""
    approved = evaluate_request(request(), [d("carol"), d("alice", 20)], now=T0, policy_version="v1", args_hash="h0")
    assert approved.reason == "approved by alice, carol"
    rejected = evaluate_request(
        request(), [d("bob", verdict="reject", reason="not on a Friday")], now=T0, policy_version="v1", args_hash="h0"
    )
    assert rejected.reason == "rejected by bob: not on a Friday"


def test_one_approval_is_enough_when_one_is_required():
    """A request needing one approval is approved by the first allowed approver."""
    state = evaluate_request(request(required=1), [d("alice")], now=T0, policy_version="v1", args_hash="h0")
    assert (state.status, state.approvals, state.required) == ("approved", 1, 1)


# --- what a request and a decision must hold ----------------------------------------------------------------------


@pytest.mark.parametrize("required", [0, -1])
def test_a_request_needs_at_least_one_approval(required):
    """A request that needs no approval is not a request: required=0 (or less) is refused."""
    with pytest.raises(ValidationError, match="required"):
        request(required=required)


def test_a_decision_needs_an_approver_and_a_reason():
    """A decision with an empty approver or an empty reason cannot be made."""
    with pytest.raises(ValidationError, match="approver"):
        d("")
    with pytest.raises(ValidationError, match="reason"):
        d("alice", reason="")


def test_a_decision_is_human_unless_said_otherwise():
    """A decision's kind is `human` by default; scripted and automatic are given explicitly, nothing else."""
    assert d("alice").kind == "human"
    with pytest.raises(ValidationError, match="kind"):
        Decision.model_validate({**d("alice").model_dump(), "kind": "robot"})


# --- check_decision: refusing up front, saying why ----------------------------------------------------------------


def pending(status: str = "pending") -> ApprovalState:
    return ApprovalState(status=status, approvals=0, required=2, args={"target": "svc"}, args_hash="h0")


REFUSALS = [
    pytest.param(
        d("req"), "pending", "req requested approval ap-1 and cannot approve or reject it themselves", id="self"
    ),
    pytest.param(d("req", verdict="reject"), "pending", "cannot approve or reject it themselves", id="self-reject"),
    pytest.param(
        d("bob", role="viewer"),
        "pending",
        "role 'viewer' may not decide approval ap-1; allowed roles: operator, lead",
        id="role",
    ),  # fmt: skip
    pytest.param(d("bob", at=EXPIRES), "pending", f"approval ap-1 expired at {EXPIRES.isoformat()}", id="at-expiry"),
    pytest.param(d("bob", at=EXPIRES + TICK), "pending", "expired at", id="after-expiry"),
    pytest.param(d("bob", version="v0"), "pending", "asked under another policy version", id="version"),
    pytest.param(d("bob"), "approved", "approval ap-1 is already approved; nothing to decide", id="approved"),
    pytest.param(d("bob"), "rejected", "is already rejected", id="rejected"),
    pytest.param(d("bob"), "expired", "expired at", id="expired"),
    pytest.param(d("bob"), "stale", "is already stale", id="stale"),
]


@pytest.mark.parametrize(("decision", "status", "message"), REFUSALS)
def test_check_decision_refuses_what_cannot_count(decision, status, message):
    """Self-decisions, roles not allowed, decisions at or after expiry, under another policy version or on a
    request no longer pending are refused with a message saying why."""
    with pytest.raises(DecisionError) as info:
        check_decision(request(), decision, pending(status))
    assert message in str(info.value)


@pytest.mark.parametrize(
    "decision",
    [
        pytest.param(d("bob"), id="approve"),
        pytest.param(d("bob", role="lead", verdict="reject"), id="reject"),
        pytest.param(d("bob", at=EXPIRES - TICK), id="just-before-expiry"),
        pytest.param(d("bob", on="h1", amend=AMENDED), id="amend"),
    ],
)
def test_check_decision_accepts_a_decision_that_can_count(decision):
    """An allowed non-requester deciding a pending request in time, under its policy version, is accepted."""
    check_decision(request(), decision, pending())


def test_requests_decisions_and_states_are_immutable_values():
    """A request, a decision and a state cannot be changed in place: what was asked and decided stays as stored."""
    state = evaluate_request(request(), [d("alice")], now=T0, policy_version="v1", args_hash="h0")
    for value, name in [(request(), "required"), (d("alice"), "verdict"), (state, "status")]:
        with pytest.raises(ValidationError, match="frozen"):
            setattr(value, name, "approved")


def test_a_request_is_for_the_first_iteration_unless_said():
    """A request made without an iteration is about the task's first run (iteration 0)."""
    assert request().iteration == 0


def test_a_one_letter_name_is_a_name():
    """An approver's name needs one character, not more (`x` is a user name)."""
    state = evaluate_request(request(required=1), [d("x")], now=T0, policy_version="v1", args_hash="h0")
    assert (state.status, state.reason) == ("approved", "approved by x")
