"""Scenario runs: a graph whose approvals are scripted in the file and whose outcome is checked.

``run_scenario`` starts the run; each time it pauses, the scenario's scripted decisions (made by the named
people, recorded as ``scripted`` in the ledger) are applied to the pending approvals and the run resumes. It
stops when the run finishes or waits for a decision the script does not make. Then ``expect`` is checked.
Scripted decisions are for drills (``graphs/drills.py``): a scenario whose script would decide a task acting on
a real resource, or any script in a production home, is refused before the run starts.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from genaiops.errors import DecisionError
from genaiops.graphs.drills import scripted_refusal
from genaiops.graphs.engine import Engine, RunResult
from genaiops.graphs.plan import Plan
from genaiops.graphs.refs import Ref, RefError
from genaiops.graphs.spec import ScenarioSpec
from genaiops.store import Store

__all__ = [
    "TOOL_ERROR_TURN",
    "Mismatch",
    "check_expectations",
    "check_scripted",
    "expectation_mismatches",
    "run_scenario",
    "script_shortfalls",
]


async def run_scenario(
    engine: Engine,
    scenario: ScenarioSpec,
    *,
    requester: str,
    source: str | None = None,
    plan: Plan | None = None,
    resume: str | None = None,
) -> RunResult:
    """Start the scenario's run, or continue the run ``resume`` (one this scenario started, interrupted or
    paused), applying its scripted decisions each time it pauses."""
    check_scripted(engine, scenario)
    if resume is not None:
        result = await engine.resume(resume)
    else:
        result = await engine.start(plan or scenario.graph(), requester=requester, source=source)
    used: set[int] = set()
    while result.status == "paused":
        decided = False
        for request in result.pending:
            for i, script in enumerate(scenario.approvals):
                if i in used or script.task != request.task_id:
                    continue
                used.add(i)
                state = engine.decide(
                    request.id,
                    approver=script.approver,
                    role=script.role,
                    verdict=script.decision,
                    reason=script.reason,
                    amend=script.set or None,
                    kind="scripted",
                )
                _tell(engine, request, script)
                decided = True
                if state.status != "pending":
                    break  # decided: a script left for this task is an approver only a higher tier needs
        if not decided:
            break
        result = await engine.resume(result.run_id)
    return result


def _tell(engine: Engine, request: Any, script: Any) -> None:
    """Hand the scripted decision just recorded to ``engine.on_event`` (the progress display shows who decided the
    gate, as what, and why: a drill's output otherwise went from "needs approval" to "succeeded" unexplained)."""
    if engine.on_event is None:
        return
    from genaiops.graphs.handlers import RunEvent

    said = {"approval": request.id, "approver": script.approver, "role": script.role, "verdict": script.decision}
    engine.on_event(RunEvent(request.run_id, request.task_id, "approval_decided", said | {"reason": script.reason}))


def script_shortfalls(scenario: ScenarioSpec, result: RunResult) -> list[str]:
    """For each request the run still waits on although the script approves its task: that the script names
    fewer distinct approvers than the request needs (its tier: `risk:`, the policy, an amendment), and the fix."""
    notes = []
    for request in result.pending:
        scripts = [s for s in scenario.approvals if s.task == request.task_id]
        approvers = sorted({s.approver for s in scripts if s.decision == "approve"})
        if not approvers or len(scripts) > len(approvers) or len(approvers) >= request.required:
            continue  # not scripted, or a rejection, or not a matter of headcount
        notes.append(
            f"the script approves `{request.task_id}` as {', '.join(approvers)}: {len(approvers)} of the "
            f"{request.required} distinct approvers its {request.risk} tier needs; add "
            f"{request.required - len(approvers)} more under `approvals:` (another `approver:` for this task)"
        )
    return notes


def check_scripted(engine: Engine, scenario: ScenarioSpec) -> None:
    """Refuse (``DecisionError``, nothing recorded) a scenario whose scripted approvals would decide more than a
    drill: every problem at once."""
    tools = {task.id: engine.registry.get(task.tool) for task in scenario.tasks}
    problems = []
    for script in scenario.approvals:
        tool = tools.get(script.task)
        why = tool and scripted_refusal(engine.policy, tool, engine.resources, script.task)
        if why and why not in problems:
            problems.append(why)
    if problems:
        raise DecisionError("scripted approvals refused: " + "; ".join(problems))


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One way a run did not end as its scenario's ``expect`` says: where (``status``, ``tasks.ID``,
    ``outputs.TASK.FIELD``, ``gates``, ``agent_tool_errors``), what was expected, what the run gave."""

    place: str
    expected: Any
    got: Any
    message: str


def check_expectations(scenario: ScenarioSpec, result: RunResult, store: Store) -> list[str]:
    """What differs from the scenario's ``expect`` (empty when the run ended as expected); ``store`` holds the
    run's agent turns and approval requests."""
    return [m.message for m in expectation_mismatches(scenario, result, store)]


def expectation_mismatches(scenario: ScenarioSpec, result: RunResult, store: Store) -> list[Mismatch]:
    """``check_expectations`` with each difference's place, expected and actual value."""
    expect = scenario.expect
    if expect is None:
        return []
    failures = _tool_error_failures(expect.agent_tool_errors, store, result.run_id)
    if result.status != expect.status:
        failures.append(
            Mismatch("status", expect.status, result.status, f"run ended {result.status}, expected {expect.status}")
        )
    for task, status in expect.tasks.items():
        got = result.tasks.get(task)
        if got != status:
            failures.append(Mismatch(f"tasks.{task}", status, got, f"task {task} ended {got}, expected {status}"))
    for path, want in expect.outputs.items():
        failures += _output_mismatch(path, want, result)
    if expect.gates is not None:
        failures += _gate_mismatch(sorted(set(expect.gates)), store, result.run_id)
    return failures


def _output_mismatch(path: str, want: Any, result: RunResult) -> list[Mismatch]:
    task, *rest = path.split(".")
    try:
        got: Any = Ref(task, tuple(rest)).lookup(result.outputs)
    except RefError as exc:
        return [Mismatch(f"outputs.{path}", want, None, f"output {path}: {exc}")]
    if got != want:
        return [Mismatch(f"outputs.{path}", want, got, f"output {path} is {got!r}, expected {want!r}")]
    return []


def _gate_mismatch(want: list[str], store: Store, run_id: str) -> list[Mismatch]:
    """``expect.gates`` against the tasks the run asked people to approve."""
    got = sorted({request["task_id"] for request, _ in store.approvals(run_id=run_id)})
    if got == want:
        return []
    said = f"the run stopped for approval at {', '.join(got) or 'no task'}, expected {', '.join(want) or 'none'}"
    return [Mismatch("gates", want, got, said)]


TOOL_ERROR_TURN = "tool_error"
"""The kind of the agent turn the agents layer stores for a tool call whose result the agent never got."""


def _tool_error_failures(expected: int | None, store: Store, run_id: str) -> list[Mismatch]:
    """``expect.agent_tool_errors`` against the run's stored ``tool_error`` turns (each one named)."""
    if expected is None:
        return []
    turns = store.agent_turns(run_id)
    errors = [(t.task_id, json.loads(t.content)) for t in turns if t.kind == TOOL_ERROR_TURN]
    if len(errors) == expected:
        return []
    said = "; ".join(f"{task}: {e.get('agent')} called {e.get('tool')}: {e.get('error')}" for task, e in errors)
    message = f"agents had {len(errors)} tool error(s), expected {expected}" + (f" ({said})" if said else "")
    return [Mismatch("agent_tool_errors", expected, len(errors), message)]
