"""How ``genaiops runs show`` prints a run (a table, or a JSON/YAML document), from a local store or a server:
shared by the typer command (``genaiops.cli.runs``) and the fast read path (``genaiops.cli.lite``), so it imports
no typer."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from rich.markup import escape

from genaiops.cli.consoles import console
from genaiops.cli.views import Deciding, print_result

if TYPE_CHECKING:
    from genaiops.graphs import Plan

__all__ = ["print_run", "run_document", "run_plan"]


def run_plan(spec: dict[str, Any]) -> Plan:
    """The plan of a run's stored graph (``spec``), as ``runs show`` draws it: the spec read without pydantic
    when it can be (``genaiops.graphs.stored``), else by the model."""
    from genaiops.graphs.plan import build_plan
    from genaiops.graphs.stored import read_graph

    light = read_graph(spec)
    if light is not None:
        return build_plan(light)  # type: ignore[arg-type]
    from genaiops.graphs.spec import GraphSpec

    return build_plan(GraphSpec.model_validate(spec))


def print_run(spec, result, event_rows, turn_rows, *, events: bool, outputs: bool, turns: bool,  # noqa: ANN001
              plan: Plan | None = None, deciding: Deciding = "here") -> None:  # fmt: skip
    """A run as ``runs show`` prints it (from a local store or a server); ``plan``: ``run_plan(spec)`` if made
    already; ``deciding``: where a paused run's approvals are decided (``genaiops.cli.views.Deciding``)."""
    from genaiops.graphs.render import render_text

    plan = plan or run_plan(spec)
    console.print(escape(render_text(plan, status=result.tasks)))
    if plan.spec.param_values:
        console.print("parameters: " + escape(", ".join(f"{k}={v!r}" for k, v in plan.spec.param_values.items())))
    print_result(result, every_task=True, deciding=deciding)
    _print_agents(event_rows, turn_rows)
    _print_goals(plan.spec, result.outputs, event_rows)
    if outputs:
        console.print_json(json.dumps(dict(result.outputs)))
    if turns:
        for turn in turn_rows:
            console.print(f"{turn.at[:23]} {turn.task_id} {turn.agent} {turn.kind}: {escape(turn.content)}")
    if events:
        for seq, task, kind, at, data in event_rows:
            console.print(f"{seq:>6} {at[:23]} {kind} {task or '-'} {escape(json.dumps(data))}")


def run_document(run, task_rows, result, event_rows, turn_rows, *, events: bool, outputs: bool, turns: bool,  # noqa: ANN001
                 spec: dict | None = None) -> dict:  # fmt: skip
    """``runs show --output json|yaml`` (from a local store or a server): the shapes of ``genaiops.cli.shapes``;
    ``run`` is the run's shape already."""
    from genaiops.cli import shapes

    document = {
        "run": run,
        "tasks": [shapes.task_shape(row, result) for row in task_rows],
        "pending_approvals": [shapes.approval_shape(_fields(r), "pending") for r in result.pending],
    }
    if outputs:
        document["outputs"] = dict(result.outputs)
    if events:
        document["events"] = [shapes.event_shape(*event) for event in event_rows]
    if turns:
        document["turns"] = [shapes.turn_shape(turn) for turn in turn_rows]
    document |= shapes.goal_shapes(spec or {}, result.outputs, event_rows)
    return document


def _fields(request: Any) -> dict[str, Any]:
    """A pending request's fields: ``model_dump()`` of an ``ApprovalRequest``, or those of one read without
    pydantic (``genaiops.graphs.stored.read_request``, the same fields and values)."""
    dump = getattr(request, "model_dump", None)
    return dump() if dump is not None else dict(vars(request))


def _print_goals(spec, outputs, event_rows) -> None:  # noqa: ANN001
    """Each goal task's structured outcome (finding, cause, evidence, proposal), and the agents' spend."""
    from genaiops.cli.shapes import goal_shapes

    document = getattr(spec, "document", None)  # a spec read without pydantic carries its model_dump(mode="json")
    shaped = goal_shapes(document if document is not None else spec.model_dump(mode="json"), outputs, event_rows)
    for tid, goal in shaped["goals"].items():
        console.print(f"[bold]goal {tid}[/] ({goal['role']}, {goal['planner']}): {escape(goal['finding'])}")
        if goal.get("root_cause"):
            console.print(f"  root cause: {escape(goal['root_cause'])}")
        if goal.get("verdict"):
            console.print(f"  verdict: {escape(str(goal['verdict']))}")
        for item in goal.get("evidence", []):
            console.print(f"  evidence ({item['source']}): {escape(item['fact'])}")
        proposal = goal.get("proposal")
        if proposal:
            gated = " (gated: waits for approval)" if proposal["gated"] else ""
            console.print(f"  proposed {', '.join(proposal['tasks'])}{gated}: {escape(proposal['reason'])}")
        steps = goal.get("steps", [])
        said = [s["tool"] + ("" if s["status"] == "ok" else f" ({s['status']})") for s in steps]
        console.print("  steps: " + escape(" -> ".join(said)))
    spend = shaped["spend"]
    if spend["tokens"] or spend["budget"]:
        line = f"spend: {spend['tokens']} tokens, ${spend['usd']:.4f}"
        if spend["budget"]:
            limits = [f"{spend['budget']['tokens']} tokens" if spend["budget"].get("tokens") else "",
                      f"${spend['budget']['usd']:g}" if spend["budget"].get("usd") else ""]  # fmt: skip
            line += " of a budget of " + " and ".join(x for x in limits if x)
        console.print(line)


def _print_agents(event_rows, turn_rows) -> None:  # noqa: ANN001
    """What agents did in the run: tasks they proposed (or had refused), turns, refusals and token usage."""
    for _seq, task, kind, _at, data in event_rows:
        if kind == "tasks_proposed":
            console.print(f"{data['by']} (in {task}) proposed {', '.join(data['tasks'])}: {escape(data['reason'])}")
        elif kind == "tasks_refused":
            console.print(f"[red]refused[/] tasks proposed by {data['by']} (in {task}): {escape(data['problems'])}")
        elif kind == "agent_refused":
            console.print(f"[yellow]refused[/] {data['agent']} in {task}: {escape(data['reason'])}")
    per_agent: dict[str, list[int]] = {}
    for turn in turn_rows:
        counts = per_agent.setdefault(turn.agent, [0, 0, 0])
        counts[0] += 1
        counts[1] += turn.prompt_tokens or 0
        counts[2] += turn.completion_tokens or 0
    for agent, (n, prompt, completion) in per_agent.items():
        if agent != "user":
            console.print(f"agent {agent}: {n} turns, {prompt} prompt + {completion} completion tokens")
