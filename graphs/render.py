"""Drawing a plan as text (for terminals) and as Mermaid (for docs, PRs and the web console)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from genaiops.graphs.plan import Plan

__all__ = ["render_mermaid", "render_text"]

GateLabel = Callable[[str], str | None]
"""Task id -> a short gate label ('gate: 1 approval, medium') or None for ungated tasks."""

_STATUS_CLASS = {
    "succeeded": "fill:#d4f7d4",
    "failed": "fill:#f7d4d4",
    "blocked": "fill:#f0e0e0",
    "waiting": "fill:#fff3c4",
    "rejected": "fill:#f7d4d4",
    "skipped": "fill:#eeeeee",
    "running": "fill:#d4e4f7",
}


def render_text(plan: Plan, gate: GateLabel | None = None, status: Mapping[str, str] | None = None) -> str:
    lines = [f"{plan.spec.name}  ({len(plan.tasks)} tasks)"]
    for tid in plan.order:
        task = plan.tasks[tid]
        spec = task.spec
        who = spec.role or " + ".join(spec.team)
        performer = spec.tool + (f" as {who}" if who else "") if spec.tool else f"role {who}"
        parts = [f"  {tid}", f"[{status[tid]}]" if status and tid in status else "", f"-> {performer}"]
        if task.deps:
            parts.append(f"after {', '.join(sorted(task.deps))}")
        if spec.when:
            parts.append(f"when {spec.when}")
        label = gate(tid) if gate else None
        if label:
            parts.append(f"({label})")
        if task.loop:
            parts.append(f"loop {task.loop}")
        lines.append(" ".join(p for p in parts if p))
    for loop in plan.loops.values():
        body = ", ".join(sorted(loop.body))
        lines.append(
            f"  loop {loop.spec.id}: repeat {body} until {loop.spec.until} (at most {loop.spec.max_iterations})"
        )
    return "\n".join(lines)


def _node_id(tid: str) -> str:
    return "t_" + tid.replace("-", "_")


def render_mermaid(plan: Plan, gate: GateLabel | None = None, status: Mapping[str, str] | None = None) -> str:
    lines = ["flowchart TD"]
    for tid in plan.order:
        spec = plan.tasks[tid].spec
        label = f"{tid}<br/><small>{spec.tool or spec.role}</small>"
        gated = gate(tid) if gate else None
        shape = ("{{", "}}") if gated else ("[", "]")
        if gated:
            label += f"<br/><small>{gated}</small>"
        lines.append(f'    {_node_id(tid)}{shape[0]}"{label}"{shape[1]}')
    graph = plan.graph()
    for src, dst, data in graph.edges(data=True):
        if data.get("kind") == "loop":
            lines.append(f'    {_node_id(src)} -. "{data["loop"]} (max {data["max_iterations"]})" .-> {_node_id(dst)}')
        else:
            when = plan.tasks[dst].spec.when
            arrow = ' -- "when" --> ' if when else " --> "
            lines.append(f"    {_node_id(src)}{arrow}{_node_id(dst)}")
    for tid, state in (status or {}).items():
        if state in _STATUS_CLASS and tid in plan.tasks:
            lines.append(f"    style {_node_id(tid)} {_STATUS_CLASS[state]}")
    return "\n".join(lines)
