"""The offline playbooks: what each role's agent does with a goal when no language model is configured.

Deterministic (the same goal, hints and tool results give the same steps), and documented step by step in
docs/goals.md. Each playbook works only through ``Steps`` (the session's rules: owned tools, gated tools only as
proposed tasks, screened results) and ends with a ``GoalResult``.

- **sre**: a capacity goal (capacity, exhaustion, disk space, filling up) is the capacity review (``capacity.py``:
  forecast every gauge → propose gated remediations for those below the policy's threshold); otherwise observe →
  detect onsets (and log anomalies, when the estate has logs) → correlate into incidents (the one involving the named
  service) → rank root causes → consult memory (runbooks, past incidents; optional) → choose a remediation (a deploy
  just before the onset: roll back; else the first action of the nearest runbook; else restart) → dry-run it → the
  SLOs of the incident's services (``evaluate_slo``: budget spent, burn-rate alert; the finding ends with it) →
  propose the remediation as a gated task with the alert's ``urgency`` (its approval expires sooner on a page-level
  burn), and a verification task after it.
- **mlops_engineer**: detect drift of the model on the recent dataset → when it drifted, propose retraining (what
  ``detect_drift`` recommends), validation against the champion and a gated promotion.
- **prompt_evaluator**: compare the candidate version with the baseline on the suite (the paired gate) → vote.
- **safety_reviewer**: review the candidate output with the guardrails → vote.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from genaiops.agents.goals.capacity import capacity_review, is_capacity_goal
from genaiops.agents.goals.steps import StepFailed, Steps
from genaiops.tools.goals.pursue_goal import GoalResult

__all__ = ["PLAYBOOKS", "lookback_minutes", "named_service"]

ACTION_TOOLS = {
    "roll_back": "roll_back_deploy",
    "restart": "restart_service",
    "scale": "scale_service",
    "fail_over": "fail_over_service",
    "clear_cache": "clear_cache",
}
DEFAULT_LOOKBACK = 90
_CLOCK = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b")
_AGO = re.compile(r"\b(\d{1,4})\s*(m|min|mins|minutes|h|hours?)\b", re.IGNORECASE)


def lookback_minutes(since: str | None, goal: str, now: datetime) -> int:
    """How far back to look: from the stated time (``since`` or a clock time / "40 minutes" in the goal) plus an
    hour of baseline before it; 90 minutes when nothing is said. Between 30 minutes and a day."""
    for text in (since or "", goal):
        clock = _CLOCK.search(text)
        if clock:
            at = now.replace(hour=int(clock[1]), minute=int(clock[2]), second=0, microsecond=0)
            if at > now:
                at -= timedelta(days=1)
            return _clamp(int((now - at).total_seconds() // 60) + 60)
        ago = _AGO.search(text)
        if ago:
            minutes = int(ago[1]) * (60 if ago[2].lower().startswith("h") else 1)
            return _clamp(minutes + 60)
    return DEFAULT_LOOKBACK


def _clamp(minutes: int) -> int:
    return max(30, min(1440, minutes))


def named_service(hint: str | None, goal: str, services: list[str]) -> str | None:
    """The service the goal is about: the hint, else the longest service name the goal mentions as a word."""
    if hint:
        return hint
    words = set(re.findall(r"[A-Za-z0-9][A-Za-z0-9_.-]*", goal.lower()))
    named = [s for s in services if s.lower() in words]
    return max(named, key=len) if named else None


async def sre(steps: Steps) -> GoalResult:
    goal = steps.goal
    if is_capacity_goal(goal.goal):
        return await capacity_review(steps)  # the nightly capacity review (capacity.py)
    minutes = lookback_minutes(goal.since, goal.goal, steps.now)
    seen = await steps.call("observe_services", {"lookback_minutes": minutes}, "see every service's metrics since "
                            "before the stated time")  # fmt: skip
    services = sorted(seen["topology"]["services"])
    steps.done("observe_services", "observe", f"{len(services)} services over {minutes} minutes")
    found = await steps.call("detect_onsets", {"metrics": seen["metrics"]}, "find which metrics left their baseline")
    anomalies = found["anomalies"]
    steps.done("detect_onsets", "detect", f"{len(anomalies)} anomalies on {', '.join(found['services_anomalous'])}")
    anomalies = anomalies + await _log_evidence(steps, minutes)
    if not anomalies:
        return _result(steps, "no metric left its baseline in the window: nothing to remediate", None)
    context = {k: seen[k] for k in ("topology", "changes", "unobserved")} | {"anomalies": anomalies}
    grouped = await steps.call("correlate_incidents", context, "group the anomalies into incidents")
    service = named_service(goal.service, goal.goal, services)
    incident = _incident(grouped["incidents"], service)
    steps.done("correlate_incidents", "correlate", f"{len(grouped['incidents'])} incident(s); explaining "
               f"{incident['id'] if incident else 'none'}{f' (involves {service})' if service else ''}")  # fmt: skip
    if incident is None:
        return _result(steps, "the anomalies form no incident", None)
    ranked = await steps.call("rank_root_causes", {**context, "incident": incident}, "rank the incident's causes")
    if not ranked["candidates"]:
        return _result(steps, f"no candidate cause for incident {incident['id']}", None)
    top = ranked["candidates"][0]
    steps.done("rank_root_causes", "rank", f"{top['service']} first (score {top['score']:.2f}): {top['summary']}")
    steps.cite("rank_root_causes", top["summary"])
    for line in top["evidence"]["metrics"][:3]:
        steps.cite("rank_root_causes", f"{top['service']}: {line}")
    runbook = await _recall(steps, ranked)
    kind, why = _remedy(top, runbook)
    dry = await steps.call("dry_run_remediation", {"kind": kind, "service": top["service"]}, why)
    steps.done("dry_run_remediation", "dry run", f"{kind} {top['service']}: risk {dry['risk']}, "
               f"{dry['predicted_effect']}")  # fmt: skip
    steps.cite("dry_run_remediation", f"{kind} of {top['service']}: risk {dry['risk']}; {dry['predicted_effect']}")
    urgency, burn = await _budget_burn(steps, incident["services"])
    tool = ACTION_TOOLS[kind]
    fix, check = f"{steps.task_id}_fix", f"{steps.task_id}_verify"
    args: dict[str, Any] = {"service": top["service"]}
    if kind == "roll_back" and dry["action"].get("to_version"):
        args["to_version"] = dry["action"]["to_version"]  # exactly what the dry run showed the approvers
    if kind == "scale":
        args["replicas"] = 2 * max(1, int(dry.get("predicted_metrics", {}).get("replicas", 2)))
    steps.propose(
        [
            {
                "id": fix,
                "role": "sre",
                "tool": tool,
                "args": args,
                "description": f"{why} (dry run: {dry['risk']})",
                **({"urgency": urgency} if urgency else {}),
            },
            {
                "id": check,
                "role": "sre",
                "tool": "verify_remediation",
                "after": [fix],
                "args": {"services": incident["services"], "incident_onset": incident["onset"]},
            },
        ],  # fmt: skip
        f"{top['service']} is the most likely cause ({top['summary']}); {why}",
        gated=_gated(steps, tool),
    )
    finding = f"{top['service']} caused the incident on {', '.join(incident['services'][:5])}; proposed: {kind}"
    return _result(steps, finding + burn, top["service"], urgency=urgency)


async def _budget_burn(steps: Steps, services: list[str]) -> tuple[str | None, str]:
    """The SLOs of the incident's services (the SLO file's; none: nothing said): the most urgent burn-rate alert
    firing (``page``/``ticket``, which the remediation's urgency follows) and the words the finding ends with."""
    try:
        found = await steps.call("evaluate_slo", {}, "is the incident burning the error budget of an SLO?")
    except StepFailed:
        return None, ""
    hit = [e for e in found["evaluations"] if e["service"] in services]
    if not hit:
        steps.done("evaluate_slo", "budget burn", f"no SLO on {', '.join(services[:5])}")
        return None, ""
    for e in hit:
        steps.cite("evaluate_slo", e["summary"])
    rank = {"page": 0, "ticket": 1, None: 2}
    worst = min(hit, key=lambda e: (rank[e["severity"]], -e["budget"]["consumed"]))
    urgency = worst["severity"]
    steps.done("evaluate_slo", "budget burn", worst["summary"])
    spent = f"{100 * worst['budget']['consumed']:.1f} % of its error budget spent"
    alert = f"{urgency} burn" if urgency else "no burn alert"
    return urgency, f"; SLO {worst['name']}: {alert}, {spent}"


async def _log_evidence(steps: Steps, minutes: int) -> list[dict[str, Any]]:
    """Log anomalies over the same window (optional: an estate without logs, or a refusal, leaves metrics only)."""
    try:
        logs = await steps.call("detect_log_anomalies", {"lookback_minutes": max(10, minutes)}, "find what changed "
                                "in the services' logs (new templates, bursts, error surges) and when")  # fmt: skip
    except StepFailed:
        return []
    steps.done("detect_log_anomalies", "logs", f"{len(logs['anomalies'])} log anomalies on "
               f"{', '.join(logs['services_anomalous']) or 'no service'}")  # fmt: skip
    for line in logs["report"][:2]:
        steps.cite("detect_log_anomalies", line)
    return logs["anomalies"]


def _incident(incidents: list[dict[str, Any]], service: str | None) -> dict[str, Any] | None:
    """The incident involving ``service`` (else the largest), as ``rank_root_causes`` chooses."""
    pool = [i for i in incidents if service in i["services"] or service in i["origins"]] if service else []
    return max(pool or incidents, key=lambda i: (len(i["services"]), i["severity"]), default=None)


async def _recall(steps: Steps, ranking: dict[str, Any]) -> dict[str, Any] | None:
    """The nearest runbook from memory, if memory answers (it is optional: the playbook goes on without it)."""
    try:
        memory = await steps.call("consult_memory", {"ranking": ranking}, "read the runbook and similar incidents")
    except StepFailed:
        return None
    steps.done("consult_memory", "recall", memory["summary"])
    hits = memory["runbooks"]
    if hits:
        steps.cite("consult_memory", f"runbook {hits[0]['id']}: {hits[0]['metadata'].get('title', '')}")
    return hits[0] if hits else None


def _remedy(top: dict[str, Any], runbook: dict[str, Any] | None) -> tuple[str, str]:
    deploys = [c for c in top["evidence"]["changes"] if c["kind"] == "deploy"]
    if deploys:
        return "roll_back", f"roll back {top['service']}: deployed at {deploys[-1]['at']}, just before it went bad"
    actions = runbook["metadata"].get("actions", []) if runbook else []
    if isinstance(actions, str):
        actions = [a.strip() for a in actions.split(",")]
    known = [a for a in actions if a in ACTION_TOOLS and a != "roll_back"]
    if known:
        return known[0], f"{known[0]} {top['service']}, as runbook {runbook['id']} says"  # type: ignore[index]
    return "restart", f"restart {top['service']}: no deploy to undo and no runbook action"


def _gated(steps: Steps, tool: str) -> bool:
    engine = steps.session.engine
    return engine.policy.requirement(engine.registry.get(tool)).gated


def _result(
    steps: Steps, finding: str, cause: str | None, verdict: str | None = None, urgency: str | None = None
) -> GoalResult:
    return GoalResult(
        urgency=urgency,  # type: ignore[arg-type]
        role=steps.role.name,
        goal=steps.goal.goal,
        finding=finding,
        root_cause=cause,
        verdict=verdict,  # type: ignore[arg-type]
        evidence=steps.evidence,
        proposal=steps.proposal,
        steps=steps.taken,
        planner="playbook",
    )


async def mlops_engineer(steps: Steps) -> GoalResult:
    goal = _needs(steps, "model", "dataset")
    args = {"model_name": goal.model, "current": goal.dataset, **_extra(steps, "detect_drift")}
    drift = await steps.call("detect_drift", args, "compare recent data and predictions with the training data")
    _learnt(steps, "detect_drift", drift["summary"])
    if not drift["drifted"] or drift.get("proposed_task") is None:
        return _result(steps, f"{goal.model} has not drifted: {drift['summary']}", None)
    retrain, check, promote = (f"{steps.task_id}_{s}" for s in ("retrain", "validate", "promote"))
    proposed = drift["proposed_task"]
    steps.propose(
        [
            {"id": retrain, "role": "mlops_engineer", "tool": proposed["tool"], "args": proposed["args"]},
            {
                "id": check,
                "role": "mlops_engineer",
                "tool": "validate_model",
                "args": {"model_name": goal.model, "candidate_version": f"${{{retrain}.version}}"},
            },
            {
                "id": promote,
                "role": "mlops_engineer",
                "tool": "promote_model",
                "when": f"${{{check}.passed}}",
                "args": {
                    "model_name": goal.model,
                    "version": f"${{{retrain}.version}}",
                    "reason": f"retrained on drift ({steps.task_id})",
                },
            },
        ],  # fmt: skip
        f"{goal.model} drifted: {proposed['reason']}",
        gated=_gated(steps, "promote_model"),
    )
    return _result(steps, f"{goal.model} drifted; proposed: retrain, validate, promote (gated)", goal.model)


def _needs(steps: Steps, *hints: str) -> Any:
    """The goal, when it carries ``hints``; else the step fails naming them (a playbook guesses nothing)."""
    missing = [h for h in hints if not getattr(steps.goal, h)]
    if missing:
        named = " and ".join(f"`{h}`" for h in hints)
        raise StepFailed(f"the {steps.role.name}'s playbook needs the hints {named} in args (missing: {missing})")
    return steps.goal


def _learnt(steps: Steps, tool: str, text: str) -> None:
    steps.done(tool, tool, text)
    steps.cite(tool, text)


def _extra(steps: Steps, tool: str) -> dict[str, Any]:
    """The goal's ``inputs`` that ``tool`` takes."""
    fields = steps.session.engine.registry.get(tool).input_model.model_fields
    return {k: v for k, v in steps.goal.inputs.items() if k in fields}


async def prompt_evaluator(steps: Steps) -> GoalResult:
    goal = _needs(steps, "version", "baseline")
    args = {"baseline": goal.baseline, "candidate": goal.version, **_extra(steps, "compare_prompt_versions")}
    compared = await steps.call("compare_prompt_versions", args, "the paired test of candidate against baseline")
    gate = compared["gate"]
    _learnt(steps, "compare_prompt_versions", gate["explanation"])
    verdict = "approve" if gate["passed"] else "block"
    return _result(steps, f"{goal.version} vs {goal.baseline}: {verdict}", None, verdict)


async def safety_reviewer(steps: Steps) -> GoalResult:
    text = steps.goal.inputs.get("text")
    if not isinstance(text, str) or not text:
        raise StepFailed("the safety_reviewer's playbook reviews `inputs.text` (the candidate output): give it")
    review = await steps.call("review_output", {"text": text, "subject": steps.goal.version or "candidate output"},
                              "run the guardrails over the candidate output")  # fmt: skip
    steps.done("review_output", "review", review["explanation"])
    for finding in review["findings"][:5]:
        steps.cite("review_output", f"{finding['guardrail']}: {finding['outcome']} ({finding['reason']})")
    verdict = "approve" if review["passed"] else "block"
    return _result(steps, f"safety review: {verdict}", None, verdict)


PLAYBOOKS: dict[str, Callable[[Steps], Awaitable[GoalResult]]] = {
    "sre": sre,
    "mlops_engineer": mlops_engineer,
    "prompt_evaluator": prompt_evaluator,
    "safety_reviewer": safety_reviewer,
}
