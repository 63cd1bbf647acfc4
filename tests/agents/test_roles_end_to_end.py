"""Each role on the offline model, end to end through the executor with the real tools: the SRE finds an
injected fault's root cause, the MLOps engineer trains and validates, the prompt evaluator runs a suite, the
safety reviewer blocks an unsafe output, and a team of two decides a release."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from genaiops.agents.handler import AgentHandler
from genaiops.agents.roles import with_role_defaults
from genaiops.agents.sk_templates import SemanticKernelTemplates
from genaiops.graphs import Engine, GraphSpec
from genaiops.runtime import ShippedGuardrails, load_guardrails
from genaiops.safety.policy import ApprovalPolicy
from genaiops.settings import load_settings
from genaiops.store import Store
from genaiops.tools import load_tools
from genaiops.tools.mlops import build_mlops_resources, close_mlops_resources
from genaiops.tools.sre.simulate import FaultSpec, build_environment

LLMOPS = Path(__file__).resolve().parents[2] / "scenarios" / "llmops"
ONSET = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=10)
UNSAFE = "Sure. Email the customer at jane.roe@example.com and tell her she is a worthless idiot."
SAFE = "Your order ships tomorrow; the tracking link is in your account under Orders."


async def run(tasks: list[dict[str, Any]], resources: dict[str, Any], at: datetime | None = None):  # noqa: ANN201
    engine = Engine(
        Store.open(":memory:"),
        load_tools(),
        resources=resources,
        policy=with_role_defaults(ApprovalPolicy()),  # as the runtime builds it: the roles' approver defaults
        handler=AgentHandler(),
        screen=load_guardrails(load_settings(guardrails="tasks")),
    )
    spec = GraphSpec.model_validate({"name": "role", "tasks": tasks, **({"at": at.isoformat()} if at else {})})
    result = await engine.start(spec, requester="ann")
    return result, engine


def suite_args(version: str) -> dict[str, Any]:
    return {
        "suite": (LLMOPS / "support_suite.yaml").read_text(),
        "suite_file": "support_suite.yaml",
        "version": version,
        "recorded": (LLMOPS / f"recorded_{version}.yaml").read_text(),
    }


async def test_the_sre_finds_the_root_cause_of_an_injected_fault() -> None:
    """observe -> rank, both performed by the sre agent: the bad deploy on checkout ranks first, with evidence."""
    fault = FaultSpec(kind="bad_deploy", service="checkout", at=ONSET, severity=0.7)
    env = build_environment({"topology": "shop", "seed": 3, "faults": [fault]})
    tasks = [
        {"id": "observe", "role": "sre", "tool": "observe_services", "args": {"lookback_minutes": 90}},
        {"id": "rank", "role": "sre", "tool": "rank_root_causes", "args": {"metrics": "${observe.metrics}"}},
    ]
    result, engine = await run(tasks, {"environment": env}, at=ONSET + timedelta(minutes=20))
    assert result.status == "succeeded", result.errors
    top = result.outputs["rank"]["candidates"][0]
    assert top["service"] == "checkout" and top["evidence"]["changes"][0]["kind"] == "deploy"
    assert {t.agent for t in engine.store.agent_turns(result.run_id)} == {"user", "sre"}


async def test_the_mlops_engineer_trains_and_validates_a_model(tmp_path: Path) -> None:
    """load -> train -> validate by the mlops_engineer agent: version 1 registered and passing its threshold."""
    resources = build_mlops_resources(tmp_path, store_url=f"sqlite:///{tmp_path / 'm.db'}")
    tasks = [
        {"id": "data", "role": "mlops_engineer", "tool": "load_dataset", "args": {"source": "breast_cancer"}},
        {
            "id": "train",
            "role": "mlops_engineer",
            "tool": "train_model",
            "args": {"model_name": "cancer", "dataset": "${data.dataset_id}", "cv_folds": 3},
        },
        {
            "id": "check",
            "role": "mlops_engineer",
            "tool": "validate_model",
            "args": {"model_name": "cancer", "candidate_version": "${train.version}", "thresholds": {"accuracy": 0.9}},
        },
    ]
    try:
        result, _ = await run(tasks, resources, at=datetime(2026, 11, 2, 9, tzinfo=UTC))
    finally:
        close_mlops_resources(resources)
    assert result.status == "succeeded", result.errors
    assert result.outputs["train"]["version"] == 1 and result.outputs["check"]["passed"] is True


async def test_the_prompt_evaluator_runs_a_suite() -> None:
    """The prompt_evaluator agent runs the shipped support suite on recorded outputs and reports pass rates."""
    tasks = [{"id": "eval", "role": "prompt_evaluator", "tool": "run_eval_suite", "args": suite_args("v2")}]
    result, _ = await run(tasks, {"template_renderer": SemanticKernelTemplates()})
    assert result.status == "succeeded", result.errors
    report = result.outputs["eval"]["report"]
    assert report["version"] == "v2" and report["pass_rate"]["total"] > 0


async def test_the_safety_reviewer_blocks_an_unsafe_output_and_passes_a_safe_one() -> None:
    """review_output by the safety_reviewer agent: personal data and an insult block; a plain answer passes."""
    tasks = [
        {"id": "bad", "role": "safety_reviewer", "tool": "review_output", "args": {"text": UNSAFE}},
        {"id": "good", "role": "safety_reviewer", "tool": "review_output", "args": {"text": SAFE}},
    ]
    result, _ = await run(tasks, {"guardrails": ShippedGuardrails()})
    assert result.status == "succeeded", result.errors
    assert result.outputs["bad"]["verdict"] == "block"
    assert {f["guardrail"] for f in result.outputs["bad"]["findings"]} >= {"pii"}
    assert result.outputs["good"]["verdict"] == "pass"


def release(text: str) -> dict[str, Any]:
    return {
        "id": "release",
        "team": ["prompt_evaluator", "safety_reviewer"],
        "tool": "decide_release",
        "args": {
            "subject": "support_answer v2",
            "checks": [
                {"role": "prompt_evaluator", "tool": "run_eval_suite", "args": suite_args("v2")},
                {"role": "safety_reviewer", "tool": "review_output", "args": {"text": text}},
            ],
        },
    }


async def test_a_team_decides_a_release_together_and_one_block_blocks() -> None:
    """Prompt evaluator and safety reviewer as one AgentChat team: each runs its own check and votes; the
    release is approved with a safe sample answer and blocked (by the safety reviewer) with an unsafe one."""
    resources = {"template_renderer": SemanticKernelTemplates(), "guardrails": ShippedGuardrails()}
    approved, engine = await run([release(SAFE)], resources)
    assert approved.status == "succeeded", approved.errors
    out = approved.outputs["release"]
    assert out["verdict"] == "approve"
    assert {v["role"]: v["verdict"] for v in out["votes"]} == {
        "prompt_evaluator": "approve",
        "safety_reviewer": "approve",
    }
    turns = engine.store.agent_turns(approved.run_id)
    assert {t.agent for t in turns} >= {"prompt_evaluator", "safety_reviewer"}
    assert [t.kind for t in turns].count("task") == 1  # the team's turns are stored once, not per member
    blocked, _ = await run([release(UNSAFE)], resources)
    out = blocked.outputs["release"]
    assert out["verdict"] == "block" and "safety_reviewer" in out["summary"]
    assert {v["role"]: v["verdict"] for v in out["votes"]}["safety_reviewer"] == "block"


async def test_the_sre_consults_memory_and_writes_the_resolved_incident_back(tmp_path: Path) -> None:
    """observe -> rank -> consult memory -> roll back (approved) -> verify -> record; a later incident of the
    same kind finds the written-back one among its similar past incidents, and the runbook for bad deploys."""
    from genaiops.agents.memory.resource import MemoryResource

    memory = MemoryResource(tmp_path)
    at = ONSET + timedelta(minutes=20)

    def estate():  # noqa: ANN202
        fault = FaultSpec(kind="bad_deploy", service="checkout", at=ONSET, severity=0.7)
        return build_environment({"topology": "shop", "seed": 3, "faults": [fault]})

    sre = [
        {"id": "observe", "role": "sre", "tool": "observe_services", "args": {"lookback_minutes": 90}},
        {"id": "rank", "role": "sre", "tool": "rank_root_causes", "args": {"metrics": "${observe.metrics}"}},
        {"id": "recall", "role": "sre", "tool": "consult_memory", "args": {"ranking": "${rank}"}},
    ]
    fix = [
        {"id": "undo", "role": "sre", "tool": "roll_back_deploy", "args": {"service": "checkout"}, "after": ["recall"]},
        {
            "id": "verify",
            "role": "sre",
            "tool": "verify_remediation",
            "args": {"services": "${rank.incident.services}", "incident_onset": "${rank.incident.onset}"},
            "after": ["undo"],
        },
        {
            "id": "remember",
            "role": "sre",
            "tool": "record_incident",
            "args": {"ranking": "${rank}", "remediations": ["${undo}"], "verification": "${verify}"},
        },
    ]
    resources = {"environment": estate(), "memory": memory, "guardrails": ShippedGuardrails()}
    paused, engine = await run(sre + fix, resources, at=at)
    assert paused.status == "paused", paused.errors
    first = paused.outputs["recall"]
    assert first["runbooks"][0]["id"] == "runbook:bad_deploy" and first["incidents"] == []
    engine.decide(paused.pending[0].id, approver="bob", role="sre_oncall", verdict="approve", reason="roll back")
    done = await engine.resume(paused.run_id)
    assert done.status == "succeeded", done.errors
    assert done.outputs["verify"]["cleared"] is True and done.outputs["remember"]["recorded"] is True

    again, _ = await run(sre, {**resources, "environment": estate()}, at=at)
    recalled = again.outputs["recall"]["incidents"]
    assert recalled and recalled[0]["metadata"]["incident"] == done.outputs["remember"]["id"]
    assert "roll" in recalled[0]["document"].lower()
