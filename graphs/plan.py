"""A validated graph, ready to run: dependencies resolved, conditions parsed, the networkx view built."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from genaiops.graphs.refs import Condition, find_refs, parse_condition

if TYPE_CHECKING:
    import networkx as nx

    from genaiops.graphs.spec import GraphSpec, LoopSpec, TaskSpec

__all__ = ["Plan", "PlannedLoop", "PlannedTask", "build_plan"]


class PlannedTask(NamedTuple):  # a tuple, not a frozen dataclass: one is built per task, ~1 us cheaper each
    spec: TaskSpec
    deps: frozenset[str]
    """Tasks that must finish first: ``after`` plus every task the arguments or the condition read."""
    needs: frozenset[str]
    """Tasks whose outputs this task reads; if one of them was skipped, this task is skipped too."""
    when: Condition | None
    loop: str | None


@dataclass(frozen=True, slots=True)
class PlannedLoop:
    spec: LoopSpec
    until: Condition
    body: frozenset[str]


@dataclass(frozen=True)
class Plan:
    spec: GraphSpec
    tasks: dict[str, PlannedTask]
    order: list[str]
    """A topological order of the tasks."""
    dependents: dict[str, list[str]]
    loops: dict[str, PlannedLoop]
    read: frozenset[str]
    """Tasks whose outputs something reads (an argument, a condition, a loop's ``until``, a gate's evidence)."""

    def graph(self) -> nx.DiGraph:
        """The graph as networkx: task nodes; ``after``/data edges; each loop's back edge marked ``loop=id``."""
        import networkx as nx  # ~0.2 s to import: only what draws or analyses the graph pays for it

        g = nx.DiGraph(name=self.spec.name)
        for tid in self.order:
            task = self.tasks[tid]
            g.add_node(tid, tool=task.spec.tool, role=task.spec.role, when=task.spec.when, loop=task.loop)
        for tid, task in self.tasks.items():
            for dep in task.deps:
                g.add_edge(dep, tid, kind="data" if dep in task.needs else "after")
        for loop in self.loops.values():
            body = loop.body
            entries = [t for t in self.order if t in body and not (self.tasks[t].deps & body)]
            exits = [t for t in self.order if t in body and not (set(self.dependents[t]) & body)]
            for src in exits:
                for dst in entries:
                    g.add_edge(src, dst, kind="loop", loop=loop.spec.id, max_iterations=loop.spec.max_iterations)
        return g


def task_refs(task: TaskSpec) -> tuple[set[str], Condition | None]:
    """Tasks read by the arguments and the condition of ``task`` (the condition parsed, if any)."""
    needs = {ref.task for _, ref in find_refs(task.args)} if _may_refer(task.args) else set()
    when = parse_condition(task.when) if task.when is not None else None
    if when is not None:
        needs.update(ref.task for ref in when.refs)
    return needs, when


def _may_refer(args: dict) -> bool:
    """False when every argument is a number or null (no reference possible): the usual case, checked cheaply."""
    for value in args.values():  # noqa: SIM110 (a loop: any() over a generator costs more here)
        if not isinstance(value, (int, float, type(None))):
            return True
    return False


def build_plan(spec: GraphSpec) -> Plan:
    """Build the plan of a graph that passed validation (``validate_graph`` reports what would fail here)."""
    loop_of = {tid: loop.id for loop in spec.loops for tid in loop.body}
    tasks: dict[str, PlannedTask] = {}
    dependents: dict[str, list[str]] = {t.id: [] for t in spec.tasks}
    for t in spec.tasks:
        needs, when = task_refs(t)
        deps = frozenset(t.after).union(needs) if needs else frozenset(t.after)
        tasks[t.id] = PlannedTask(t, deps, frozenset(needs), when, loop_of.get(t.id))
        for dep in deps:
            dependents[dep].append(t.id)
    order = _topological_order(tasks, dependents)
    loops = {loop.id: PlannedLoop(loop, parse_condition(loop.until), frozenset(loop.body)) for loop in spec.loops}
    read = {dep for task in tasks.values() for dep in task.needs}
    read |= {ref.task for loop in loops.values() for ref in loop.until.refs}
    return Plan(spec, tasks, order, dependents, loops, frozenset(read))


def _topological_order(tasks: dict[str, PlannedTask], dependents: dict[str, list[str]]) -> list[str]:
    """Stable in spec order (validation has already refused cycles)."""
    order = kahn_order({tid: len(task.deps) for tid, task in tasks.items()}, dependents)
    if len(order) != len(tasks):
        raise ValueError("the graph has a cycle; validate it with validate_scenario first")
    return order


def kahn_order(waiting: dict[str, int], dependents: dict[str, list[str]]) -> list[str]:
    """Kahn's algorithm, stable in the order of ``waiting`` (task -> how many upstream tasks it waits for,
    consumed): the tasks that can be ordered; those on a cycle, or after one, are left out."""
    ready = deque(tid for tid, n in waiting.items() if n == 0)
    order: list[str] = []
    while ready:
        tid = ready.popleft()
        order.append(tid)
        for dep in dependents[tid]:
            waiting[dep] -= 1
            if waiting[dep] == 0:
                ready.append(dep)
    return order
