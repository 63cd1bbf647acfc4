"""Gate safety, as properties: over random policies, requests, graphs and orders of decisions, nothing runs
without the approvals its policy requires; expired and stale approvals never count; self-approval is refused.

What a call requires comes from ``documented_need``, an oracle written from the rules in safety/policy.py's
docstring and the README's "Approval policy" (it reads the policy's fields, never ``requirement()``), so a
change to the rules in the code fails here; what decisions count comes from ``counts``, written from
safety/approvals.py's docstring."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from genaiops.clock import FakeClock
from genaiops.errors import DecisionError
from genaiops.graphs import Engine, GraphSpec, TaskSpec
from genaiops.ids import content_hash, idempotency_key
from genaiops.receiver import IdempotentReceiver
from genaiops.registry import ACTIONS, ToolSpec
from genaiops.safety import (
    ApprovalPolicy,
    ApprovalRequest,
    ApprovalState,
    Decision,
    TierRule,
    ToolRule,
    check_decision,
    evaluate_request,
    verify_ledger,
)
from genaiops.store import Store
from genaiops.tools import load_tools

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ROLES = ("operator", "lead", "sre", "viewer")
PEOPLE = ("req", "alice", "bob", "carol", "dave")
REQUESTER = "req"
HASHES = ("h-orig", "h-amend-1", "h-amend-2")
VERSIONS = ("v-current", "v-old")

PURE = settings(max_examples=100, deadline=None)
ENGINE = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --- the pure arithmetic: evaluate_request and check_decision -----------------------------------------------------


@st.composite
def requests(draw) -> ApprovalRequest:
    roles = tuple(draw(st.lists(st.sampled_from(ROLES), min_size=1, max_size=3, unique=True)))
    hours = draw(st.integers(1, 48))
    return ApprovalRequest(
        id="ap-1",
        run_id="run-1",
        task_id="deploy",
        tool="apply_change",
        args={"target": "svc"},
        args_hash=HASHES[0],
        risk=draw(st.sampled_from(["low", "medium", "high"])),
        required=draw(st.integers(1, 3)),
        roles=roles,
        requester=REQUESTER,
        policy_version=VERSIONS[0],
        created_at=T0,
        expires_at=T0 + timedelta(hours=hours),
    )


def decisions(request: ApprovalRequest, *, unique_times: bool = False, min_size: int = 0):
    """Random decisions, biased towards ones that could count, so that every outcome is reached often."""
    lifetime = int((request.expires_at - T0).total_seconds() // 60)

    def biased(good, anything):
        return st.one_of(good, good, good, anything)

    @st.composite
    def one(draw) -> Decision:
        verdict = draw(st.sampled_from(["approve"] * 9 + ["reject"]))
        amended = verdict == "approve" and draw(st.integers(0, 4)) == 0
        args_hash = draw(
            st.sampled_from(HASHES[1:]) if amended else biased(st.just(HASHES[0]), st.sampled_from(HASHES))
        )
        return Decision(
            approval_id=request.id,
            approver=draw(biased(st.sampled_from(PEOPLE[1:]), st.sampled_from(PEOPLE))),
            role=draw(biased(st.sampled_from(request.roles), st.sampled_from(ROLES))),
            verdict=verdict,
            reason="because",
            args_hash=args_hash,
            amended_args={"target": args_hash} if amended else None,
            policy_version=draw(biased(st.just(VERSIONS[0]), st.sampled_from(VERSIONS))),
            at=T0 + timedelta(minutes=draw(biased(st.integers(0, lifetime - 1), st.integers(0, 2 * lifetime + 60)))),
        )

    if unique_times:
        return st.lists(one(), min_size=min_size, max_size=8, unique_by=lambda d: d.at)
    return st.lists(one(), min_size=min_size, max_size=8)


def counts(request: ApprovalRequest, d: Decision) -> bool:
    """The independent statement of which decisions may count (the module docstring's rules)."""
    return (
        d.approver != request.requester
        and d.role in request.roles
        and d.at < request.expires_at
        and d.policy_version == request.policy_version
    )


@st.composite
def scenarios(draw, unique_times: bool = False):
    """A request and decisions on it; half the time they start with just enough valid approvals."""
    request = draw(requests())
    ds = draw(decisions(request, unique_times=unique_times))
    if draw(st.booleans()):
        taken = {d.at for d in ds}
        free = [m for m in range(len(taken) + request.required) if T0 + timedelta(minutes=m) not in taken]
        ds = [
            Decision(
                approval_id=request.id,
                approver=person,
                role=request.roles[0],
                verdict="approve",
                reason="ok",
                args_hash=request.args_hash,
                policy_version=request.policy_version,
                at=T0 + timedelta(minutes=minute),
            )
            for person, minute in zip(PEOPLE[1:], free, strict=False)
        ] + ds
    return request, ds


def _evaluate(request, ds, now, version=VERSIONS[0], args_hash=HASHES[0]) -> ApprovalState:
    return evaluate_request(request, ds, now=now, policy_version=version, args_hash=args_hash)


@PURE
@given(
    scenarios(),
    st.integers(0, 100 * 60),
    st.sampled_from(VERSIONS[:1] * 3 + VERSIONS),
    st.sampled_from(HASHES[:1] * 3 + HASHES),
)
def test_approved_only_with_enough_valid_distinct_approvers(case, now_min, version, args_hash):
    """`approved` needs >= required distinct approvers, none the requester, all in allowed roles, all before
    expiry, all under the request's policy version, all for the effective arguments, and no valid rejection."""
    request, ds = case
    state = _evaluate(request, ds, T0 + timedelta(minutes=now_min), version, args_hash)
    event(state.status)
    if state.status != "approved":
        return
    assert version == request.policy_version and args_hash == request.args_hash
    valid = [d for d in ds if counts(request, d)]
    assert not any(d.verdict == "reject" for d in valid)
    approvers = {d.approver for d in valid if d.verdict == "approve" and d.args_hash == state.args_hash}
    assert len(approvers) >= request.required and state.approvals == len(approvers)
    assert REQUESTER not in approvers
    amendments = sorted((d for d in valid if d.amended_args is not None), key=lambda d: d.at)
    if not amendments:
        assert (state.args, state.args_hash) == (request.args, request.args_hash)
    else:  # the latest valid amendment is what was approved (and what will run)
        assert any(d.amended_args == state.args and d.args_hash == state.args_hash for d in amendments)
        if len(amendments) == 1 or amendments[-1].at != amendments[-2].at:
            assert state.args_hash == amendments[-1].args_hash


@PURE
@given(scenarios(), st.integers(0, 100 * 60))
def test_expired_is_never_approved_without_prior_valid_approvals(case, now_min):
    """After expiry a request is approved only if enough valid approvals came before the expiry time."""
    request, ds = case
    now = request.expires_at + timedelta(minutes=now_min)
    state = _evaluate(request, ds, now)
    before = [d for d in ds if counts(request, d) and d.at < request.expires_at]
    late = [d for d in ds if d.at >= request.expires_at]
    assert _evaluate(request, [d for d in ds if d not in late], now) == state  # late decisions change nothing
    if state.status == "approved":
        assert len({d.approver for d in before if d.verdict == "approve"}) >= request.required
    else:
        assert state.status in ("expired", "rejected")


@PURE
@given(scenarios(), st.integers(0, 100 * 60), st.sampled_from(VERSIONS), st.sampled_from(HASHES))
def test_other_policy_version_or_arguments_make_it_stale(case, now_min, version, args_hash):
    """Evaluated under another policy version or for other arguments, a request is stale with 0 approvals,
    whatever the decisions say."""
    request, ds = case
    state = _evaluate(request, ds, T0 + timedelta(minutes=now_min), version, args_hash)
    if version != request.policy_version or args_hash != request.args_hash:
        assert state.status == "stale" and state.approvals == 0
    else:
        assert state.status != "stale"


@PURE
@given(scenarios(), st.data())
def test_decisions_that_cannot_count_change_nothing(case, data):
    """Adding decisions by the requester, by a disallowed role, after expiry or under another policy version never
    changes the outcome."""
    request, ds = case
    now = T0 + timedelta(minutes=data.draw(st.integers(0, 100 * 60)))
    extra = data.draw(decisions(request))
    invalid = [d for d in extra if not counts(request, d)]
    assert _evaluate(request, ds + invalid, now) == _evaluate(request, ds, now)


@PURE
@given(scenarios(unique_times=True), st.randoms(use_true_random=False), st.integers(0, 100 * 60))
def test_the_order_decisions_arrive_in_does_not_matter(case, rnd, now_min):
    """Decisions are folded by time, so the order they are stored in does not change the state."""
    request, ds = case
    shuffled = list(ds)
    rnd.shuffle(shuffled)
    now = T0 + timedelta(minutes=now_min)
    assert _evaluate(request, shuffled, now) == _evaluate(request, ds, now)


@PURE
@given(requests(), st.integers(0, 3), st.data())
def test_enough_valid_approvals_approve(request, extra, data):
    """`required` distinct allowed non-requesters approving the original arguments before expiry do approve it."""
    approvers = [p for p in PEOPLE if p != REQUESTER][: request.required + extra]
    ds = [
        Decision(
            approval_id=request.id,
            approver=p,
            role=data.draw(st.sampled_from(request.roles)),
            verdict="approve",
            reason="ok",
            args_hash=request.args_hash,
            policy_version=request.policy_version,
            at=request.created_at + timedelta(minutes=i),
        )
        for i, p in enumerate(approvers)
    ]
    now = request.created_at + timedelta(minutes=data.draw(st.integers(0, 200 * 60)))
    state = _evaluate(request, ds, now)
    assert state.status == "approved" and state.approvals == len(approvers)
    assert _evaluate(request, ds[: request.required - 1], now).status in ("pending", "expired")


def _pending(request: ApprovalRequest) -> ApprovalState:
    return ApprovalState(
        status="pending", approvals=0, required=request.required, args=request.args, args_hash=request.args_hash
    )


@PURE
@given(requests(), st.data())
def test_check_decision_refuses_self_approval_always(request, data):
    """A decision by the requester is refused whatever its verdict, role, time, version or the request's state."""
    decision = data.draw(decisions(request, min_size=1))[0]
    decision = decision.model_copy(update={"approver": request.requester})
    status = data.draw(st.sampled_from(["pending", "approved", "rejected", "expired", "stale"]))
    state = _pending(request).model_copy(update={"status": status})
    with pytest.raises(DecisionError) as info:
        check_decision(request, decision, state)
    if status == "pending" and decision.at < request.expires_at:  # at or after expiry: refused as expired first
        assert "cannot approve or reject it themselves" in str(info.value)


@PURE
@given(scenarios())
def test_check_decision_accepts_exactly_what_can_count(case):
    """On a pending request, check_decision accepts a decision exactly when it is one that would count."""
    request, ds = case
    for d in ds:
        try:
            check_decision(request, d, _pending(request))
        except DecisionError:
            assert not counts(request, d)
        else:
            assert counts(request, d)


# --- the engine: random graphs, policies and decision orders -------------------------------------------------------

REGISTRY = load_tools()
TOOLS = ("echo", "noop", "apply_change")
RANK = {"low": 0, "medium": 1, "high": 2}
RISKS = tuple(RANK)


@st.composite
def policies(draw) -> ApprovalPolicy:
    """Random policies; a tier left out keeps its default."""
    tiers = {
        risk: TierRule(approvals=draw(st.integers(0, 3)), expires_after_hours=draw(st.sampled_from([1.0, 8.0, 24.0])))
        for risk in draw(st.sampled_from([RISKS, RISKS, RISKS, ("high",), ("low", "medium"), ()]))
    }
    rules = {}
    for name in draw(st.lists(st.sampled_from(TOOLS), unique=True, max_size=2)):
        rules[name] = ToolRule(
            risk=draw(st.sampled_from([None, "low", "medium", "high"])),
            roles=draw(st.sampled_from([None, ("lead",), ("operator", "sre")])),
            auto=draw(st.integers(0, 5)) == 0,
        )
    return ApprovalPolicy(
        tiers=tiers,
        gated_actions=tuple(draw(st.lists(st.sampled_from(ACTIONS), unique=True, max_size=4))),
        approver_roles=tuple(draw(st.lists(st.sampled_from(ROLES[:3]), min_size=1, max_size=3, unique=True))),
        tools=rules,
        allow_spec_auto=draw(st.booleans()),
    )


# --- the oracle: what a call needs, from the documented rules -----------------------------------------------------

DOCUMENTED_TIERS = {"low": (0, 24.0), "medium": (1, 24.0), "high": (2, 8.0)}
"""The defaults table of safety/policy.py: approvals and expiry (hours) per risk."""


@dataclass(frozen=True)
class Needs:
    risk: str
    approvals: int
    hours: float
    roles: tuple[str, ...]


def documented_need(policy: ApprovalPolicy, tool: ToolSpec, risk: str | None, approval: str) -> Needs:
    """What the docstring's rules say a call needs under ``policy`` (read field by field, no requirement())."""
    rule = policy.tools.get(tool.name)
    candidates = [tool.risk, risk or "low", (rule.risk if rule else None) or "low"]
    effective = max(candidates, key=RANK.__getitem__)  # a spec or a rule raises the tier, never lowers it
    tier = policy.tiers.get(effective)
    approvals, hours = (tier.approvals, tier.expires_after_hours) if tier else DOCUMENTED_TIERS[effective]
    does_gated_action = any(action in policy.gated_actions for action in tool.actions)
    if approval == "required":
        approvals = max(approvals, 1)  # `approval: required` always asks
    elif rule is not None and rule.auto:
        approvals = 0  # the policy owner's explicit "never ask for this tool"
    elif approval == "auto" and (not does_gated_action or policy.allow_spec_auto):
        approvals = 0  # `approval: auto` skips asking only where the policy allows it
    elif does_gated_action:
        approvals = max(approvals, 1)  # deploys, remediates, rolls back or publishes: at least one approval
    roles = (rule.roles if rule is not None else None) or policy.approver_roles
    return Needs(effective, approvals, hours, tuple(roles))


def a_tool(name: str, risk: str, actions: list[str]) -> ToolSpec:
    """A tool of the given name, own risk and actions (the shape the registry gives every tool)."""
    return replace(REGISTRY.get("noop"), name=name, risk=risk, actions=frozenset(actions))


@settings(max_examples=300, deadline=None)
@given(
    policies(),
    st.sampled_from([*TOOLS, "other"]),
    st.sampled_from(RISKS),
    st.lists(st.sampled_from(ACTIONS), unique=True, max_size=2),
    st.none() | st.sampled_from(RISKS),
    st.sampled_from(["policy", "required", "auto"]),
)
def test_requirement_follows_the_documented_rules(policy, name, tool_risk, actions, risk, approval):
    """Over random policies, tools and specs, requirement() asks for what the documented rules say: the tier of
    the highest risk, at least one approval for a gated action or `approval: required`, none for a tool rule's
    `auto` or an allowed `approval: auto`; the rule's roles or the approver roles; the tier's expiry."""
    tool = a_tool(name, tool_risk, actions)
    got = policy.requirement(tool, risk, approval)
    want = documented_need(policy, tool, risk, approval)
    assert (got.risk, got.approvals, got.expires_after, got.roles) == (
        want.risk,
        want.approvals,
        timedelta(hours=want.hours),
        want.roles,
    )
    assert got.gated == (want.approvals > 0)


@settings(max_examples=200, deadline=None)
@given(policies(), st.sampled_from(RISKS), st.lists(st.sampled_from(ACTIONS), unique=True, max_size=2), st.data())
def test_raising_the_task_risk_never_asks_for_fewer_approvals(policy, tool_risk, actions, data):
    """With tiers that ask more as risk rises, a higher task risk never needs fewer approvals than a lower one."""
    rising = sorted(policy.tiers.get(r, TierRule(approvals=DOCUMENTED_TIERS[r][0])).approvals for r in RISKS)
    policy = policy.model_copy(update={"tiers": {r: TierRule(approvals=n) for r, n in zip(RISKS, rising, strict=True)}})
    lower, higher = sorted(data.draw(st.lists(st.sampled_from(RISKS), min_size=2, max_size=2)), key=RANK.__getitem__)
    tool = a_tool("echo", tool_risk, actions)
    for approval in ("policy", "required"):
        more, fewer = policy.requirement(tool, higher, approval), policy.requirement(tool, lower, approval)
        assert more.approvals >= fewer.approvals


@st.composite
def graphs(draw) -> GraphSpec:
    n = draw(st.integers(2, 10))
    tasks = []
    for i in range(n):
        tool = draw(st.sampled_from(TOOLS))
        after = draw(st.lists(st.integers(0, i - 1), unique=True, max_size=2)) if i else []
        args: dict[str, Any] = {"target": f"svc-{i}"} if tool == "apply_change" else {"value": i}
        tasks.append(
            TaskSpec(
                id=f"t{i}",
                tool=tool,
                args=args,
                after=[f"t{j}" for j in after],
                risk=draw(st.sampled_from([None, None, "low", "medium", "high"])),
                approval=draw(st.sampled_from(["policy", "policy", "required", "auto"])),
            )
        )
    return GraphSpec(name="random", tasks=tasks)


@dataclass
class Harness:
    """One store, clock and receiver; the engine is rebuilt when the policy changes (as a new process would)."""

    policy: ApprovalPolicy
    clock: FakeClock = field(default_factory=lambda: FakeClock(T0))
    store: Store = field(default_factory=lambda: Store.open(":memory:"))
    receiver: IdempotentReceiver = field(default_factory=IdempotentReceiver)
    ran_under: dict[str, ApprovalPolicy] = field(default_factory=dict)
    ran_at: dict[str, datetime] = field(default_factory=dict)

    @property
    def engine(self) -> Engine:
        return Engine(
            store=self.store,
            registry=REGISTRY,
            policy=self.policy,
            clock=self.clock,
            resources={"receiver": self.receiver},
        )

    def note(self, before: dict[str, str], after: dict[str, str]) -> None:
        for tid, status in after.items():
            if status == "succeeded" and before.get(tid) != "succeeded":
                self.ran_under[tid], self.ran_at[tid] = self.policy, self.clock.now()

    async def start(self, spec: GraphSpec):
        result = await self.engine.start(spec, requester=REQUESTER)
        self.note({}, result.tasks)
        return result

    async def resume(self, run_id: str):
        before = {r.task_id: r.status for r in self.store.tasks(run_id)}
        result = await self.engine.resume(run_id)
        self.note(before, result.tasks)
        return result

    def close(self) -> None:
        self.store.close()
        self.receiver.close()


def _decide(h: Harness, request: ApprovalRequest, approver: str, role: str, verdict: str, amend) -> None:
    """Make one decision through the engine; a refusal must be one the rules call for, and vice versa."""
    must_refuse = (
        approver == request.requester
        or role not in request.roles
        or h.clock.now() >= request.expires_at
        or h.policy.version != request.policy_version
    )
    try:
        h.engine.decide(request.id, approver=approver, role=role, verdict=verdict, reason="r", amend=amend)
    except DecisionError as exc:
        refused_for = str(exc)
        assert must_refuse or "already" in refused_for, refused_for
    else:
        assert not must_refuse, (approver, role, h.clock.now(), request.expires_at)


def check_gates(h: Harness, spec: GraphSpec, run_id: str) -> list[str]:
    """Every gated task that succeeded had the approvals its policy required when it ran; no gated effect
    happened without them; the ledger holds the chain of request -> decisions -> executed action.
    Returns a label per gated task that ran (for hypothesis statistics)."""
    labels = []
    rows = {r.task_id: r for r in h.store.tasks(run_id)}
    applied = h.receiver.applied()
    executed = {}
    for entry in h.store.ledger():
        if entry.kind == "action_executed" and entry.run_id == run_id:
            payload = json.loads(entry.payload)
            executed[payload["task_id"]] = payload
    for task in spec.tasks:
        row = rows[task.id]
        key = idempotency_key(run_id, task.id, 0)
        if task.tool == "apply_change":
            assert (key in applied) == (row.status == "succeeded"), (task.id, row.status)
        if row.status != "succeeded":
            assert task.id not in executed
            continue
        policy = h.ran_under[task.id]
        need = documented_need(policy, REGISTRY.get(task.tool), task.risk, task.approval)
        if not need.approvals:
            continue
        assert task.id in executed, f"{task.id} ran gated without an action_executed ledger entry"
        data, status = h.store.approval(executed[task.id]["approval"])
        request = ApprovalRequest.model_validate(data)
        assert status == "approved"
        assert request.policy_version == policy.version
        assert request.required >= need.approvals and request.roles == need.roles  # an amendment may raise it
        assert request.expires_at - request.created_at == timedelta(hours=need.hours)
        assert request.requester == REQUESTER
        task_args = REGISTRY.get(task.tool).parse_args(task.args).model_dump(mode="json")
        assert request.task_args_hash == content_hash(task_args)
        ds = [Decision.model_validate(d) for d in h.store.decisions(request.id)]
        valid = [d for d in ds if counts(request, d) and d.at <= h.ran_at[task.id]]
        assert not any(d.verdict == "reject" for d in valid)
        effective, args = request.args_hash, request.args
        for d in sorted(valid, key=lambda d: d.at):
            if d.amended_args is not None:
                effective, args = d.args_hash, d.amended_args
        approvers = {d.approver for d in valid if d.verdict == "approve" and d.args_hash == effective}
        assert len(approvers) >= need.approvals and REQUESTER not in approvers, (task.id, approvers)
        amended = request.amends is not None or effective != request.args_hash
        labels.append("a gated task ran" + (" with amended arguments" if amended else ""))
        result_field = "target" if task.tool == "apply_change" else "value"
        assert row.result[result_field] == args[result_field]  # it ran with the approved (maybe amended) args
    return labels


@st.composite
def steps(draw) -> list[tuple]:
    """A script of rounds: decisions on what is pending, maybe a clock jump, maybe a policy change, then resume."""
    rounds = []
    for _ in range(draw(st.integers(1, 5))):
        decisions_ = draw(
            st.lists(
                st.tuples(
                    st.integers(0, 9),  # which pending request
                    st.sampled_from(PEOPLE),
                    st.integers(0, 9),  # the role: < 7 one the request allows, else any (often not allowed)
                    st.sampled_from(["approve"] * 11 + ["reject"]),
                    st.integers(0, 5),  # 0: amend
                ),
                max_size=10,
            )
        )
        hours = draw(st.sampled_from([0, 0, 0, 0, 2, 30]))
        new_policy = draw(st.none() | policies()) if draw(st.integers(0, 3)) == 0 else None
        rounds.append((decisions_, hours, new_policy))
    return rounds


def _amend_for(request: ApprovalRequest, n: int) -> dict[str, Any]:
    return {"target": f"amended-{n}"} if request.tool == "apply_change" else {"value": 100 + n}


async def play(h: Harness, spec: GraphSpec, script: list[tuple]) -> str:
    result = await h.start(spec)
    for n, (decisions_, hours, new_policy) in enumerate(script):
        if result.status != "paused":
            break
        pending = sorted(result.pending, key=lambda r: r.id)
        for which, person, role_pick, verdict, amend in decisions_:
            request = pending[which % len(pending)]
            role = request.roles[role_pick % len(request.roles)] if role_pick < 7 else ROLES[role_pick % len(ROLES)]
            _decide(
                h,
                request,
                person,
                role,
                verdict,
                _amend_for(request, n) if amend == 0 and verdict == "approve" else None,
            )
        h.clock.advance(hours=hours)
        if new_policy is not None:
            h.policy = new_policy
        result = await h.resume(result.run_id)
    return result.run_id


@ENGINE
@given(graphs(), policies(), steps())
def test_no_gated_task_runs_without_its_required_approvals(spec, policy, script):
    """Over random DAGs, policies and decision scripts (incl. self-approval, wrong roles, amendments, clock jumps
    past expiry, policy changes), every gated task that ran had its policy's approvals, and nothing else ran."""
    h = Harness(policy)
    try:
        run_id = asyncio.run(play(h, spec, script))
        for label in check_gates(h, spec, run_id):
            event(label)
        kinds = {e.kind for e in h.store.ledger()}
        for kind in ("approval_stale", "approval_expired"):
            if kind in kinds:
                event(kind)
        event(f"run ended {h.store.run(run_id).status}")
        entries = h.store.ledger()
        assert verify_ledger(entries, h.store.ledger_head()).ok
    finally:
        h.close()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graphs(), policies(), policies(), st.booleans())
def test_stale_or_expired_approvals_never_count(spec, first, second, expire):
    """Every waiting gate gets approvals (all it needs before a policy change; one short before expiry); after
    the policy changes, a task still gated asks again and does not run; after expiry, it ends rejected."""
    assume(expire or first.version != second.version)
    h = Harness(first)

    async def go() -> tuple[str, set[str]]:
        result = await h.start(spec)
        waiting = {r.task_id for r in result.pending}
        if result.status != "paused":
            return result.run_id, waiting
        for request in result.pending:
            need = request.required - (1 if expire else 0)
            for person in ("alice", "bob", "carol")[:need]:
                h.engine.decide(request.id, approver=person, role=request.roles[0], verdict="approve", reason="ok")
        if expire:
            h.clock.advance(hours=24, seconds=1)  # past every expiry the policies can set
        else:
            h.policy = second
        return (await h.resume(result.run_id)).run_id, waiting

    try:
        run_id, waiting = asyncio.run(go())
        check_gates(h, spec, run_id)
        rows = {r.task_id: r.status for r in h.store.tasks(run_id)}
        pending = {data["task_id"]: data for data, status in h.store.approvals(run_id=run_id) if status == "pending"}
        for task in spec.tasks:
            if task.id not in waiting:
                continue
            if expire:
                assert rows[task.id] == "rejected", (task.id, rows[task.id])
                continue
            if documented_need(second, REGISTRY.get(task.tool), task.risk, task.approval).approvals:
                assert rows[task.id] == "waiting", (task.id, rows[task.id])
                assert pending[task.id]["policy_version"] == second.version
            else:
                assert rows[task.id] == "succeeded"
        event("expired" if expire else "policy changed")
        event(f"{len(waiting)} gates were waiting" if len(waiting) < 2 else "2+ gates were waiting")
    finally:
        h.close()


# --- engine examples: expiry, staleness, independent approvals ----------------------------------------------------

DEFAULT = ApprovalPolicy()


def _graph(*tasks: TaskSpec) -> GraphSpec:
    return GraphSpec(name="g", tasks=list(tasks))


def _deploy(tid: str, **kw: Any) -> TaskSpec:
    return TaskSpec(id=tid, tool="apply_change", args={"target": tid}, **kw)


async def test_expired_request_rejects_the_task_and_late_approval_is_refused():
    """A request left undecided past its expiry cannot be approved any more and ends the task rejected."""
    h = Harness(DEFAULT)
    result = await h.start(_graph(_deploy("d")))
    (request,) = result.pending
    h.clock.advance(hours=24, seconds=1)
    with pytest.raises(DecisionError, match="expired"):
        h.engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="late")
    result = await h.resume(result.run_id)
    assert result.tasks == {"d": "rejected"} and result.status == "rejected"
    assert h.receiver.applied() == {}
    assert h.store.approval(request.id)[1] == "expired"
    assert "approval_expired" in [e.kind for e in h.store.ledger()]


async def test_approval_given_before_expiry_still_counts_after_it():
    """Approvals given in time count even when the run is resumed after the expiry time."""
    h = Harness(DEFAULT)
    result = await h.start(_graph(_deploy("d", risk="high")))
    (request,) = result.pending
    h.clock.advance(hours=1)
    h.engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="1")
    h.engine.decide(request.id, approver="carol", role="operator", verdict="approve", reason="2")
    h.clock.advance(hours=30)
    result = await h.resume(result.run_id)
    assert result.tasks == {"d": "succeeded"}
    check_gates(h, _graph(_deploy("d", risk="high")), result.run_id)


async def test_policy_change_makes_an_approval_stale_and_the_task_asks_again():
    """An approval given under another policy version does not count: the task asks again and does not run."""
    spec = _graph(_deploy("d"))
    h = Harness(DEFAULT)
    result = await h.start(spec)
    (old,) = result.pending
    h.engine.decide(old.id, approver="alice", role="operator", verdict="approve", reason="ok")
    h.policy = ApprovalPolicy(approver_roles=("lead",))
    result = await h.resume(result.run_id)
    assert result.status == "paused" and result.tasks == {"d": "waiting"}
    (new,) = result.pending
    assert new.id != old.id and new.policy_version == h.policy.version and new.roles == ("lead",)
    assert h.store.approval(old.id)[1] == "stale"
    assert h.receiver.applied() == {}
    assert "approval_stale" in [e.kind for e in h.store.ledger()]
    with pytest.raises(DecisionError):
        h.engine.decide(old.id, approver="carol", role="operator", verdict="approve", reason="old")
    with pytest.raises(DecisionError, match="role 'operator' may not decide"):
        h.engine.decide(new.id, approver="alice", role="operator", verdict="approve", reason="again")
    h.engine.decide(new.id, approver="alice", role="lead", verdict="approve", reason="again")
    result = await h.resume(result.run_id)
    assert result.tasks == {"d": "succeeded"}
    check_gates(h, spec, result.run_id)


async def test_self_approval_is_refused_by_the_engine_and_records_nothing():
    """The requester cannot approve their own request; no decision or ledger entry is written."""
    h = Harness(DEFAULT)
    result = await h.start(_graph(_deploy("d")))
    (request,) = result.pending
    ledger = len(h.store.ledger())
    for verdict in ("approve", "reject"):
        with pytest.raises(DecisionError, match="themselves"):
            h.engine.decide(request.id, approver=REQUESTER, role="operator", verdict=verdict, reason="me")
    assert h.store.decisions(request.id) == [] and len(h.store.ledger()) == ledger


async def test_amended_arguments_are_what_runs():
    """Approving with amended arguments runs the task with them (re-validated), and the hash follows them."""
    spec = _graph(_deploy("d"))
    h = Harness(DEFAULT)
    result = await h.start(spec)
    (request,) = result.pending
    with pytest.raises(DecisionError, match="do not fit apply_change"):
        h.engine.decide(
            request.id, approver="alice", role="operator", verdict="approve", reason="x", amend={"target": ""}
        )
    state = h.engine.decide(
        request.id, approver="alice", role="operator", verdict="approve", reason="x", amend={"target": "svc@safe"}
    )
    assert state.status == "approved" and state.args["target"] == "svc@safe"
    assert state.args_hash == content_hash(state.args) != request.args_hash
    result = await h.resume(result.run_id)
    assert result.outputs["d"]["target"] == "svc@safe"
    check_gates(h, spec, result.run_id)


def _three() -> GraphSpec:
    return _graph(_deploy("a"), _deploy("b"), _deploy("c"), TaskSpec(id="free", tool="noop"))


async def test_several_pending_approvals_are_decided_independently():
    """With three gates pending at once, approving one and rejecting another leaves the third pending; the
    approved task runs, the rejected one does not, and independent work went on meanwhile."""
    h = Harness(DEFAULT)
    result = await h.start(_three())
    assert result.status == "paused" and result.tasks["free"] == "succeeded"
    ids = {r.task_id: r.id for r in result.pending}
    assert set(ids) == {"a", "b", "c"}
    assert (
        h.engine.decide(ids["a"], approver="alice", role="operator", verdict="approve", reason="ok").status
        == "approved"
    )
    assert (
        h.engine.decide(ids["b"], approver="alice", role="operator", verdict="reject", reason="no").status == "rejected"
    )
    assert h.store.approval(ids["c"])[1] == "pending"
    result = await h.resume(result.run_id)
    assert {t: result.tasks[t] for t in "abc"} == {"a": "succeeded", "b": "rejected", "c": "waiting"}
    assert h.store.approval(ids["c"])[1] == "pending"
    assert list(h.receiver.applied().values()) == [1]
    check_gates(h, _three(), result.run_id)


async def test_a_rejection_does_not_strand_other_pending_approvals():
    """After one gate is rejected, the run stays paused while another gate still waits, and approving that
    one later lets its task run; the run ends rejected only when nothing is left waiting."""
    h = Harness(DEFAULT)
    result = await h.start(_three())
    ids = {r.task_id: r.id for r in result.pending}
    h.engine.decide(ids["a"], approver="alice", role="operator", verdict="approve", reason="ok")
    h.engine.decide(ids["b"], approver="alice", role="operator", verdict="reject", reason="no")
    result = await h.resume(result.run_id)
    assert result.status == "paused"
    h.engine.decide(ids["c"], approver="carol", role="operator", verdict="approve", reason="ok")
    result = await h.resume(result.run_id)
    assert result.tasks["c"] == "succeeded" and result.status == "rejected"


async def test_partial_approvals_keep_waiting_and_survive_resumes():
    """A two-approver gate with one approval stays pending across resumes and runs after the second person."""
    spec = _graph(_deploy("d", risk="high"))
    h = Harness(DEFAULT)
    result = await h.start(spec)
    (request,) = result.pending
    assert request.required == 2
    state = h.engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="1")
    assert (state.status, state.approvals) == ("pending", 1)
    with pytest.raises(DecisionError):  # the same person twice is still one approver, but a 2nd decision is allowed
        h.engine.decide(request.id, approver=REQUESTER, role="operator", verdict="approve", reason="me")
    h.engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="again")
    result = await h.resume(result.run_id)
    assert result.status == "paused" and result.tasks == {"d": "waiting"} and h.receiver.applied() == {}
    h.engine.decide(request.id, approver="carol", role="operator", verdict="approve", reason="2")
    result = await h.resume(result.run_id)
    assert result.tasks == {"d": "succeeded"}
    check_gates(h, spec, result.run_id)


async def test_each_loop_iteration_of_a_gated_task_asks_again():
    """An approval covers one iteration: a gated task in a loop asks again each time round, under its own key."""
    spec = GraphSpec(
        name="loop",
        tasks=[_deploy("d")],
        loops=[{"id": "l", "body": ["d"], "until": "${d.applied} == false", "max_iterations": 3}],
    )
    h = Harness(DEFAULT)
    result = await h.start(spec)
    seen = []
    while result.status == "paused":
        (request,) = result.pending
        seen.append(request.iteration)
        assert len(h.receiver.applied()) == request.iteration  # nothing ran ahead of its approval
        h.engine.decide(request.id, approver="alice", role="operator", verdict="approve", reason="ok")
        result = await h.resume(result.run_id)
    assert seen == [0, 1, 2] and result.status == "succeeded"
    assert sorted(h.receiver.applied()) == sorted(idempotency_key(result.run_id, "d", i) for i in range(3))
