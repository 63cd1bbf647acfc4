"""The MLOps loop through the engine: every promotion, deployment and roll back waits for a person, and the
registry history and the audit ledger both show every step."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from genaiops.graphs import Engine, ScenarioSpec, run_scenario
from genaiops.safety import verify_ledger
from genaiops.store import Store
from genaiops.tools import load_tools
from genaiops.tools.mlops import build_mlops_resources, close_mlops_resources

T1, T2, T3, T4 = (datetime(2026, 11, day, 9, tzinfo=UTC) for day in (2, 9, 10, 11))
ALICE = {"approver": "alice", "role": "operator"}

FIRST = {
    "name": "first-model", "at": T1.isoformat(), "seed": 1,
    "tasks": [
        {"id": "data", "tool": "load_dataset", "args": {"source": "breast_cancer"}},
        {"id": "train", "tool": "train_model", "args": {"model_name": "cancer", "dataset": "${data.dataset_id}",
                                                       "cv_folds": 3}},
        {"id": "check", "tool": "validate_model", "args": {"model_name": "cancer",
                                                          "candidate_version": "${train.version}",
                                                          "thresholds": {"accuracy": 0.9}}},
        {"id": "promote", "tool": "promote_model", "when": "${check.passed}",
         "args": {"model_name": "cancer", "version": "${train.version}", "reason": "first model"}},
        {"id": "deploy", "tool": "deploy_model", "after": ["promote"], "args": {"model_name": "cancer"}},
    ],
    "approvals": [{"task": "promote", "reason": "validated, CHG-1", **ALICE},
                  {"task": "deploy", "reason": "CHG-1", **ALICE}],
    "expect": {"status": "succeeded"},
}  # fmt: skip

RETRAIN = {
    "name": "drift-retrain", "at": T2.isoformat(), "seed": 2,
    "tasks": [
        {"id": "data", "tool": "load_dataset", "args": {"source": "breast_cancer"}},
        {"id": "shift", "tool": "shift_dataset", "args": {"dataset": "${data.dataset_id}", "shift_sd": 1.5,
                                                         "scale": 1.3, "seed": 7}},
        {"id": "score", "tool": "score_batch", "args": {"endpoint": "cancer", "dataset": "${shift.dataset_id}"}},
        {"id": "drift", "tool": "detect_drift", "after": ["score"],
         "args": {"model_name": "cancer", "current": "${shift.dataset_id}"}},
        {"id": "retrain", "tool": "train_model", "when": "${drift.drifted}",
         "args": {"model_name": "cancer", "dataset": "${shift.dataset_id}", "cv_folds": 3}},
        {"id": "check", "tool": "validate_model", "args": {"model_name": "cancer",
                                                          "candidate_version": "${retrain.version}"}},
        {"id": "promote", "tool": "promote_model", "when": "${check.passed}",
         "args": {"model_name": "cancer", "version": "${retrain.version}", "reason": "retrained after drift"}},
        {"id": "deploy", "tool": "deploy_model", "after": ["promote"], "args": {"model_name": "cancer"}},
    ],
    "approvals": [{"task": "promote", "reason": "beats v1 outside the noise", **ALICE},
                  {"task": "deploy", "reason": "CHG-2", **ALICE}],
    "expect": {"status": "succeeded", "outputs": {"drift.drifted": True, "retrain.version": 2}},
}  # fmt: skip

ROLLBACK = {
    "name": "roll-back", "at": T3.isoformat(),
    "tasks": [{"id": "undo", "tool": "rollback_model",
               "args": {"model_name": "cancer", "reason": "v2 misbehaves on live traffic"}}],
    "approvals": [{"task": "undo", "reason": "incident INC-7", **ALICE}],
    "expect": {"status": "succeeded", "outputs": {"undo.to_version": 1}},
}  # fmt: skip

HISTORY = {
    "name": "history", "at": T4.isoformat(),
    "tasks": [
        {"id": f"champion_{label}", "tool": "describe_model", "args": {"model_name": "cancer", "at": at.isoformat()}}
        for label, at in (("week1", T1 + timedelta(days=3)), ("day9", T2 + timedelta(hours=12)), ("now", T4))
    ],
}  # fmt: skip


async def test_the_loop_through_the_engine_with_approvals_history_and_ledger(tmp_path: Path) -> None:
    """Each gated step asked, was approved by a person and ran once; history answers 'champion at T'."""
    store = Store.open(f"sqlite:///{tmp_path / 'genaiops.db'}")
    resources = build_mlops_resources(tmp_path, store_url=f"sqlite:///{tmp_path / 'genaiops.db'}")
    engine = Engine(store, load_tools(), resources=resources)
    try:
        for spec in (FIRST, RETRAIN, ROLLBACK):
            result = await run_scenario(engine, ScenarioSpec.model_validate(spec), requester="mlops-bot")
            assert result.status == "succeeded", (spec["name"], result.errors)
        history = await engine.start(ScenarioSpec.model_validate(HISTORY).graph(), requester="mlops-bot")
    finally:
        close_mlops_resources(resources)

    champion = {
        label: history.outputs[f"champion_{label}"]["alias_at"]["version"] for label in ("week1", "day9", "now")
    }
    assert champion == {"week1": 1, "day9": 2, "now": 1}
    now = history.outputs["champion_now"]
    assert now["aliases"] == {"champion": 1}
    kinds = [(e["kind"], e["version"]) for e in now["history"]]
    for step in [
        ("registered", 1),
        ("validated", 1),
        ("alias_set", 1),
        ("deployed", 1),
        ("drift_detected", 1),
        ("registered", 2),
        ("validated", 2),
        ("alias_set", 2),
        ("deployed", 2),
        ("rolled_back", 1),
    ]:
        assert step in kinds, step  # fmt: skip

    ledger = store.ledger()
    assert verify_ledger(ledger, store.ledger_head()).ok
    gated = [("promote_model", 2), ("deploy_model", 2), ("rollback_model", 1)]
    for tool, times in gated:
        requested = [json.loads(r.payload) for r in ledger if r.kind == "approval_requested"]
        executed = [json.loads(r.payload) for r in ledger if r.kind == "action_executed"]
        assert sum(p["tool"] == tool for p in requested) == times, tool
        assert sum(p["tool"] == tool and p["status"] == "succeeded" for p in executed) == times, tool
    decided = [json.loads(r.payload) for r in ledger if r.kind == "approval_decided"]
    assert len(decided) == 5 and all(d["approver"] == "alice" and d["kind"] == "scripted" for d in decided)
