"""The offline playbooks of goal tasks, through the executor with the real tools (docs/goals.md): the SRE
investigates and proposes a gated fix that runs once approved; the MLOps engineer, the prompt evaluator and the
safety reviewer each do their part; a playbook's steps obey the session's rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from genaiops.agents.goals import lookback_minutes, named_service
from genaiops.agents.handler import AgentHandler
from genaiops.agents.roles import Role, with_role_defaults
from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.graphs import Engine, GraphSpec
from genaiops.runtime import ShippedGuardrails
from genaiops.safety.policy import ApprovalPolicy
from genaiops.store import Store
from genaiops.tools import load_tools
from genaiops.tools.sre.simulate import FaultSpec, build_environment

LLMOPS = Path(__file__).resolve().parents[2] / "scenarios" / "llmops"
ONSET = datetime(2026, 1, 1, 10, 0, tzinfo=UTC)
NOW = ONSET + timedelta(minutes=20)
GOAL = "checkout p99 is high since 10:00 - find the cause and propose a fix"


def engine(resources: dict[str, Any], roles: dict[str, Role] | None = None) -> Engine:
    handler = AgentHandler(roles=roles) if roles else AgentHandler()
    policy = with_role_defaults(ApprovalPolicy())
    return Engine(Store.open(":memory:"), load_tools(), resources=resources, policy=policy, handler=handler)


def spec(task: dict[str, Any]) -> GraphSpec:
    return GraphSpec.model_validate({"name": "goal", "at": NOW.isoformat(), "tasks": [task]})


def estate(kind: str = "bad_deploy", service: str = "checkout") -> Any:
    fault = FaultSpec(kind=kind, service=service, at=ONSET, severity=0.7)
    return build_environment({"topology": "shop", "seed": 3, "faults": [fault]})


async def test_the_sre_goal_proposes_a_gated_roll_back_that_runs_once_approved() -> None:
    """Bad deploy on checkout: the playbook names checkout, proposes roll_back_deploy (waiting) and a verification
    after it; approved and resumed in the same process, the roll back applies and the verification clears."""
    eng = engine({"environment": estate()})
    result = await eng.start(spec({"id": "look", "role": "sre", "goal": GOAL}), requester="ann")
    assert result.status == "paused"
    assert result.tasks == {"look": "succeeded", "look_fix": "waiting", "look_verify": "pending"}
    outcome = result.outputs["look"]
    assert outcome["root_cause"] == "checkout" and outcome["proposal"]["tools"] == [
        "roll_back_deploy",
        "verify_remediation",
    ]
    memory = next(s for s in outcome["steps"] if s["tool"] == "consult_memory")
    assert memory["status"] == "error" and "memory" in memory["outcome"]  # optional: the playbook went on
    [request] = result.pending
    assert request.tool == "roll_back_deploy" and request.args["service"] == "checkout"
    eng.decide(request.id, approver="alice", role="sre_oncall", verdict="approve", reason="INC-7")
    done = await eng.resume(result.run_id)
    assert done.status == "succeeded", done.errors
    assert done.outputs["look_fix"]["receipt"]["applied"] is True and done.outputs["look_verify"]["cleared"] is True


async def test_each_sre_step_is_a_turn_with_a_token_estimate_and_the_attempt_records_its_spend() -> None:
    """Turns: goal, then goal_step/goal_result pairs in the playbook's order, then the proposal; the spend event
    sums the turns' tokens (offline estimate: words), at no cost for the offline model."""
    eng = engine({"environment": estate()})
    result = await eng.start(spec({"id": "look", "role": "sre", "goal": GOAL}), requester="ann")
    turns = eng.store.agent_turns(result.run_id, "look")
    steps = [t for t in turns if t.kind == "goal_step"]
    assert [t.kind for t in turns][:3] == ["goal", "goal_step", "goal_result"] and turns[-1].kind == "proposal"
    assert all(t.prompt_tokens and t.prompt_tokens > 0 for t in steps)
    [spend] = [d for _, _, kind, _, d in eng.store.events(result.run_id) if kind == "agent_spend"]
    assert spend["tokens"] == sum((t.prompt_tokens or 0) + (t.completion_tokens or 0) for t in turns)
    assert spend["usd"] == 0 and spend["model"] == "offline"


async def test_a_playbook_step_on_a_tool_its_role_does_not_own_is_refused_and_fails_the_attempt() -> None:
    """An SRE role stripped of detect_onsets: the step is refused (recorded), and the goal fails saying why."""
    from genaiops.agents.roles import ROLES

    sre = ROLES["sre"]
    narrow = Role(sre.name, sre.owns, sre.instructions, tuple(t for t in sre.tools if t != "detect_onsets"))
    eng = engine({"environment": estate()}, roles={"sre": narrow})
    result = await eng.start(spec({"id": "look", "role": "sre", "goal": GOAL}), requester="ann")
    assert result.status == "failed" and "detect_onsets is not a tool of the sre role" in result.errors["look"]
    refused = [d for _, _, kind, _, d in eng.store.events(result.run_id) if kind == "agent_refused"]
    assert [r["tool"] for r in refused] == ["detect_onsets"]


async def test_the_safety_reviewer_goal_votes_block_on_an_unsafe_output() -> None:
    """review_output over inputs.text: PII and an insult block; the result carries the verdict and evidence."""
    unsafe = "Email the customer at jane.roe@example.com and tell her she is a worthless idiot."
    task = {"id": "vet", "role": "safety_reviewer", "goal": "review the candidate answer", "args": {
        "inputs": {"text": unsafe}}}  # fmt: skip
    result = await engine({"guardrails": ShippedGuardrails()}).start(spec(task), requester="ann")
    assert result.status == "succeeded", result.errors
    outcome = result.outputs["vet"]
    assert outcome["verdict"] == "block" and outcome["evidence"] and outcome["proposal"] is None


async def test_the_prompt_evaluator_goal_votes_on_the_candidate_with_the_paired_gate() -> None:
    """compare_prompt_versions of v2 against v1 on the recorded outputs: v2 passes the gate, so the vote approves."""
    inputs = {
        "suite": (LLMOPS / "support_suite.yaml").read_text(),
        "recorded_baseline": (LLMOPS / "recorded_v1.yaml").read_text(),
        "recorded_candidate": (LLMOPS / "recorded_v2.yaml").read_text(),
    }
    task = {"id": "eval", "role": "prompt_evaluator", "goal": "should v2 replace v1?", "args": {
        "version": "v2", "baseline": "v1", "inputs": inputs}}  # fmt: skip
    result = await engine({"template_renderer": SemanticKernelTemplates()}).start(spec(task), requester="ann")
    assert result.status == "succeeded", result.errors
    assert result.outputs["eval"]["verdict"] == "approve"
    assert [s["tool"] for s in result.outputs["eval"]["steps"]] == ["compare_prompt_versions"]


async def test_the_mlops_goal_without_its_hints_fails_saying_which_to_give() -> None:
    """No model or dataset hint: the attempt fails naming the args to add (nothing is guessed)."""
    task = {"id": "drift", "role": "mlops_engineer", "goal": "is the churn model drifting?"}
    result = await engine({}).start(spec(task), requester="ann")
    assert result.status == "failed" and "`model` and `dataset`" in result.errors["drift"]


@pytest.mark.parametrize(
    ("since", "goal", "minutes"),
    [
        ("10:00", "", 80),  # 20 minutes ago, plus an hour of baseline
        (None, "p99 high since 9:50", 90),
        (None, "errors for 40 minutes", 100),
        (None, "errors for 2h", 180),
        (None, "checkout is slow", 90),  # nothing said: the on-call default
        ("10:30", "", 1440),  # a clock time after now is yesterday's (clamped to a day)
    ],
)
def test_the_sre_playbook_reads_its_window_from_the_goal(since: str | None, goal: str, minutes: int) -> None:
    """The lookback: the stated time (hint or goal text) plus an hour, 90 minutes when nothing is said."""
    assert lookback_minutes(since, goal, NOW) == minutes


def test_the_sre_playbook_finds_the_named_service_as_a_whole_word() -> None:
    """The hint wins; else the longest service the goal names as a word (auth-2, not auth)."""
    services = ["auth", "auth-2", "checkout"]
    assert named_service(None, "auth-2 p99 is high", services) == "auth-2"
    assert named_service("checkout", "auth is slow", services) == "checkout"
    assert named_service(None, "authentication is slow", services) is None


async def test_the_mlops_goal_on_drifted_data_proposes_retrain_validate_and_a_gated_promotion(tmp_path: Path) -> None:
    """A champion trained on breast_cancer, recent data with one feature shifted by 1 SD: the playbook finds the
    drift and proposes train_model on the new data, validate_model, and a gated promote_model that runs only
    when the validation passed (and then waits for approval)."""
    from genaiops.tools.mlops import build_mlops_resources, close_mlops_resources

    resources = build_mlops_resources(tmp_path, store_url=f"sqlite:///{tmp_path / 'm.db'}")
    prepare = [
        {"id": "data", "tool": "load_dataset", "args": {"source": "breast_cancer"}},
        {
            "id": "train",
            "tool": "train_model",
            "args": {"model_name": "bc", "dataset": "${data.dataset_id}", "cv_folds": 0},
        },  # fmt: skip
        {
            "id": "crown",
            "tool": "promote_model",
            "approval": "auto",
            "args": {"model_name": "bc", "version": "${train.version}", "require_validation": False},
        },  # fmt: skip
        {
            "id": "recent",
            "tool": "shift_dataset",
            "after": ["crown"],
            "args": {"dataset": "${data.dataset_id}", "features": ["mean radius"], "shift_sd": 1.0},
        },  # fmt: skip
        {
            "id": "drift",
            "role": "mlops_engineer",
            "goal": "is bc drifting on recent traffic?",
            "args": {"model": "bc", "dataset": "${recent.dataset_id}"},
        },  # fmt: skip
    ]
    try:
        graph = GraphSpec.model_validate({"name": "drift", "tasks": prepare})
        policy = ApprovalPolicy(allow_spec_auto=True)  # the test's own champion is crowned without asking
        eng = Engine(Store.open(":memory:"), load_tools(), resources=resources, handler=AgentHandler(), policy=policy)
        result = await eng.start(graph, requester="ann")
    finally:
        close_mlops_resources(resources)
    assert "drift" in result.outputs, (result.tasks, result.errors)
    outcome = result.outputs["drift"]
    assert outcome["root_cause"] == "bc" and "drifted" in outcome["finding"]
    assert outcome["proposal"]["tools"] == ["train_model", "validate_model", "promote_model"]
    assert outcome["proposal"]["gated"] is True
    assert result.tasks["drift_retrain"] == "succeeded" and result.tasks["drift_validate"] == "succeeded"
    passed = result.outputs["drift_validate"]["passed"]  # the promotion runs only on a validated candidate
    assert result.tasks["drift_promote"] == ("waiting" if passed else "skipped")
    assert [p.tool for p in result.pending] == (["promote_model"] if passed else [])


async def test_the_sre_goal_reports_budget_burn_and_its_fix_expires_as_urgently() -> None:
    """With checkout's SLOs in the `slos` resource, the finding ends with the budget burn (a page), the evidence
    cites each SLO, and the proposed roll back carries `urgency: page`: its approval expires 1 h after it was
    asked (the default policy's `urgency.page`), not the medium tier's 24 h."""
    from genaiops.tools.sre.evaluate_slo import SLOCatalogue
    from genaiops.tools.sre.slo import parse_slos

    slos = parse_slos(
        "slos:\n"
        "  - {name: checkout-latency, service: checkout, objective: latency, target: 99,\n"
        "     sli: {type: threshold, metric: latency_p99_ms, below: 50}}\n"
    )
    eng = engine({"environment": estate(), "slos": SLOCatalogue(slos=slos)})
    result = await eng.start(spec({"id": "look", "role": "sre", "goal": GOAL}), requester="ann")
    outcome = result.outputs["look"]
    assert outcome["urgency"] == "page" and "SLO checkout-latency: page burn" in outcome["finding"]
    assert any(e["source"] == "evaluate_slo" and "PAGE" in e["fact"] for e in outcome["evidence"])
    [request] = result.pending
    assert request.expires_at - request.created_at == timedelta(hours=1)
