"""The checks of a parsed graph that come after its shape (``graphs/validate.py`` says what is checked): duplicate
ids, performers, tools and their arguments, references, conditions, loops, cycles and unreachable tasks. They
read the tasks' attributes only, so they run on the validated models or on what pydantic-core fills from the
kept schema (``genaiops.cli.catalogue_cards``), and this module imports no pydantic."""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Collection, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from genaiops.errors import GraphValidationError, Problem, did_you_mean, shorten
from genaiops.graphs.plan import kahn_order, task_refs
from genaiops.graphs.refs import ConditionError, Ref, RefError, find_refs, malformed_ref, parse_condition
from genaiops.graphs.stored import GOAL_TOOL
from genaiops.resources import unconfigured
from genaiops.roles import ROLES
from genaiops.toolcards import LEAF, LIST

if TYPE_CHECKING:
    import networkx as nx

    from genaiops.graphs.spec import TaskSpec
    from genaiops.toolcards import ToolCard

__all__ = ["Checker", "graph_error"]

_SUGGESTIONS = 50


def graph_error(problems: list[Problem]) -> GraphValidationError:
    """The error listing ``problems`` in file order (by line, then field)."""
    return GraphValidationError(sorted(problems, key=lambda p: (p.place.line or 0, p.place.field or "")))


class Checker:
    """Adds each problem of ``tasks`` (position -> task) to ``problems`` (``check``)."""

    def __init__(
        self,
        source,
        registry,
        rules,
        tasks: dict[int, TaskSpec],
        problems: list[Problem],
        resources: Collection[str] | None = None,
    ):
        self.source, self.registry, self.rules, self.tasks, self.problems = (
            source,
            registry,
            rules,
            tasks,
            problems,
        )
        raw = source.data.get("tasks") if isinstance(source.data.get("tasks"), list) else []
        ids = [item.get("id") for item in raw if isinstance(item, Mapping)]
        self.ids = [tid for tid in ids if isinstance(tid, str)]  # in file order, for "did you mean"
        self.known = set(self.ids)
        self.index = {t.id: i for i, t in tasks.items()}
        self.suggestions = _SUGGESTIONS
        self.resources = None if resources is None else frozenset(resources)  # None: not checked

    def suggest(self, name: object, choices: Iterable[object]) -> str:
        """``did_you_mean``, for the first ``_SUGGESTIONS`` unknown names only: each one compares the name with
        every choice, so a 100,000-task file naming unknown tasks everywhere would take hours."""
        if self.suggestions <= 0:
            return ""
        self.suggestions -= 1
        return did_you_mean(name, choices)

    def add(self, path: tuple, message: str, hint: str = "") -> None:
        self.problems.append(self.source.problem(path, message, hint))

    def check(self) -> None:
        seen: dict[str, int] = {}
        for i, task in self.tasks.items():
            if task.id in seen:
                self.add(
                    ("tasks", i, "id"),
                    f"duplicate task id {task.id!r} (first at tasks[{seen[task.id]}])",
                    "give every task a unique id",
                )
            seen.setdefault(task.id, i)
            self.check_task(i, task)
        self.check_loops()
        self.check_cycles_and_reachability()

    def check_task(self, i: int, task: TaskSpec) -> None:
        at = ("tasks", i)
        self.check_performers(at, task)
        if task.tool is None:
            self.add(
                at,
                f"task {task.id!r} names no tool",
                'add `tool: NAME`, or give a role a goal: `role: sre` and `goal: "find why checkout is slow"`',
            )
            return
        self.check_goal(at, task)
        if task.tool not in self.registry:
            self.add(
                (*at, "tool"),
                f"unknown tool {shorten(task.tool)}{self.suggest(task.tool, self.registry.names())}",
                "run `genaiops tools` to list the registered tools",
            )
            tool = None
        else:
            tool = self.registry.card(task.tool)  # its kept card when current: the tool's module not imported
            self.check_args(at, task, tool)
            self.check_resources(at, task, tool)
            if task.team and "votes" not in tool.fields:
                self.add(
                    (*at, "tool"),
                    f"a team's tool combines its members' votes, and {task.tool!r} takes none",
                    "use decide_release (or a tool with a `votes` field)",
                )
            if self.rules is not None:
                message = self.rules.check_override(tool, task.approval)
                if message:
                    self.add((*at, "approval"), message, "remove `approval: auto` or change the approval policy")
        for j, dep in enumerate(task.after):
            if dep == task.id:
                self.add((*at, "after", j), f"task {task.id!r} lists itself in `after`", "remove it from `after`")
            elif dep not in self.known:
                self.add((*at, "after", j), f"unknown task {shorten(dep)} in `after`{self.suggest(dep, self.ids)}")
        for path, ref in find_refs(task.args, (*at, "args")):
            self.check_ref(path, ref, task)
        if task.when is not None:
            self.check_when((*at, "when"), task)

    def check_when(self, path: tuple, task: TaskSpec) -> None:
        """The condition parses, reads outputs that exist upstream, and (when it reads none) can be evaluated."""
        try:
            _, when = task_refs(task)
        except ConditionError as exc:
            self.add(path, str(exc))
            return
        for ref in when.refs if when else ():
            self.check_ref(path, ref, task)
        if when is not None and not when.refs:
            try:
                when.constant  # noqa: B018 (evaluated for its error)
            except RefError as exc:
                self.add(path, str(exc), "compare values of one kind (numbers with numbers, ...)")

    def check_performers(self, at: tuple, task: TaskSpec) -> None:
        """The role, or the team of roles, that performs the task."""
        if task.role is not None and task.role not in ROLES:
            self.add(
                (*at, "role"),
                f"unknown role {shorten(task.role)}{did_you_mean(task.role, ROLES)}",
                f"roles: {', '.join(ROLES)}",
            )
        for j, member in enumerate(task.team):
            if member not in ROLES:
                self.add(
                    (*at, "team", j),
                    f"unknown role {shorten(member)}{did_you_mean(member, ROLES)}",
                    f"roles: {', '.join(ROLES)}",
                )
        if task.team and (task.role is not None or len(set(task.team)) != len(task.team)):
            self.add(
                (*at, "team"),
                f"task {task.id!r}: a team names each role once and replaces `role`",
                "list the roles under `team:` only",
            )

    def check_goal(self, at: tuple, task: TaskSpec) -> None:
        """A goal is pursued by one role's agent, instead of a tool (its task runs ``pursue_goal``)."""
        if task.goal is None:
            if task.tool == GOAL_TOOL:
                self.add((*at, "tool"), f"task {task.id!r}: {GOAL_TOOL} is what a goal runs", "write `goal: TEXT`")
            return
        if task.tool != GOAL_TOOL:
            self.add(
                (*at, "goal"),
                f"task {task.id!r} names a tool ({shorten(task.tool)}) and a goal",
                "keep `tool:` (the call is fixed) or `goal:` (the role's agent chooses its calls), not both",
            )
        if task.role is None or task.team:
            self.add(
                (*at, "goal"),
                f"task {task.id!r}: a goal is pursued by one role's agent",
                f"add `role:` ({', '.join(ROLES)}){' instead of `team:`' if task.team else ''}",
            )
        if "goal" in task.args:
            self.add((*at, "args", "goal"), f"task {task.id!r}: the goal goes in `goal:`, not under args")

    def check_resources(self, at: tuple, task: TaskSpec, tool: ToolCard) -> None:
        """The optional resources (a real Prometheus, ...) the tool needs for these arguments are configured."""
        if self.resources is None:
            return
        for name in sorted(tool.needed_resources(task.args) - self.resources):
            missing = unconfigured(name)
            if missing is not None:
                self.add((*at, "tool"), f"task {task.id!r}: tool {tool.name} {missing}")

    def check_args(self, at: tuple, task: TaskSpec, tool: ToolCard) -> None:
        fields = tool.fields
        names = set(fields) | set(tool.aliases)
        static = {}
        for key, value in task.args.items():
            if key not in names:
                self.add(
                    (*at, "args", key),
                    f"unknown argument {shorten(key)} for tool {tool.name}{self.suggest(key, names)}",
                    f"{tool.name} takes: {', '.join(fields) or 'no arguments'}",
                )
            elif bad := _malformed(value, (*at, "args", key)):
                self.add(*bad)  # not also "should be a list" for the text it would have stayed
            elif not any(True for _ in find_refs(value)):
                static[key] = value
        if task.goal is not None:
            static["goal"] = task.goal  # the executor passes it with the arguments
        for err in tool.args_errors(static):
            key = err["loc"][0] if err["loc"] else None
            if err["type"] == "missing" and key in task.args:
                continue  # given as a reference; checked when it resolves
            if not err["loc"] and len(static) < len(task.args):
                continue  # a rule over several arguments, some of them references: checked when they resolve
            path = (*at, "args", *err["loc"])
            if err["type"] == "missing":
                self.add(path, f"missing argument {key!r} for tool {tool.name}", f"add `{key}:` under args")
            else:  # a rule over several arguments has no place: say the rule, not "argument : Value error, ..."
                place = f"argument {shorten('.'.join(map(str, err['loc'])), quote=False)}: " if err["loc"] else ""
                message = err["msg"].removeprefix("Value error, ")
                self.add(path, f"{place}{message} (got {shorten(err.get('input'))})")

    def check_ref(self, path: tuple, ref: Ref, task: TaskSpec) -> None:
        if ref.task == "params" and ref.task not in self.known:
            if "params" not in self.source.data:  # with `params:`, fill_params said it where it stands
                self.add(path, f"unknown parameter in {shorten(ref, quote=False)}", "declare it under `params:`")
            return
        if ref.task == task.id:
            self.add(path, f"{ref} refers to the task itself", "refer to an upstream task's output")
            return
        if ref.task not in self.known:
            hint = self.suggest(ref.task, self.ids)
            self.add(path, f"unknown task {shorten(ref.task)} in {shorten(ref, quote=False)}{hint}")
            return
        problem = self.output_problem(ref)
        if problem is not None:
            self.add(path, *problem)

    def output_problem(self, ref: Ref) -> tuple[str, str] | None:
        """(message, hint) when ``ref`` names an output its task's tool does not have, or walks past a list or a
        plain value; None when it may resolve (also: an unknown task, an agent's output, a dict or Any)."""
        upstream = self.tasks.get(self.index.get(ref.task, -1))
        if upstream is None or upstream.tool not in self.registry or not ref.path:
            return None
        card = self.registry.card(upstream.tool)
        missing = card.output_problem(ref.path)
        if missing is None:
            return None
        part, outputs = missing
        if outputs in ((LIST,), (LEAF,)):
            at = next(i for i in range(len(ref.path)) if card.output_problem(ref.path[: i + 1]) is not None)
            where = ".".join((ref.task, *ref.path[:at]))
            field = f"{upstream.tool}'s {ref.path[0]}"
            if outputs == (LIST,):
                message, hint = f"is a list ({field})", f"an item is .0, .1, ...: ${{{where}.0}}"
            else:
                message, hint = f"is a number or text ({field})", f"refer to ${{{where}}} itself"
            return f"{shorten(ref, quote=False)}: {where} {message}: it has no {shorten(part)}", hint
        return (
            f"{shorten(ref, quote=False)}: {upstream.tool} has no output {shorten(part)}{did_you_mean(part, outputs)}",
            f"its outputs: {', '.join(outputs)}",
        )

    def check_loops(self) -> None:
        owner: dict[str, str] = {}
        for k, loop in enumerate(_list(self.source.data.get("loops"))):
            if not isinstance(loop, Mapping):
                continue  # reported by the shape check
            at = ("loops", k)
            for j, tid in enumerate(_list(loop.get("body"))):
                if not isinstance(tid, str) or tid not in self.known:
                    self.add((*at, "body", j), f"unknown task {shorten(tid)} in loop body{self.suggest(tid, self.ids)}")
                    continue
                if tid in owner:
                    self.add((*at, "body", j), f"task {tid!r} is already in loop {shorten(owner[tid])}")
                owner.setdefault(tid, str(loop.get("id")))
            if isinstance(loop.get("until"), str):
                try:
                    parse_condition(loop["until"])
                except ConditionError as exc:
                    self.add((*at, "until"), str(exc))

    def check_cycles_and_reachability(self) -> None:
        deps = self.dependencies()
        order = _topological_order(deps)
        if len(order) < len(deps):  # some tasks wait on each other: report each cycle, then set them aside
            looped = self.check_cycles(deps, set(deps).difference(order))
            deps = {tid: [d for d in ds if d not in looped] for tid, ds in deps.items() if tid not in looped}
            order = _topological_order(deps)
        never: set[str] = set()
        for tid in order:
            task = self.tasks[self.index[tid]]
            static_false = False
            if task.when is not None:
                with contextlib.suppress(ConditionError, RefError):  # reported by check_task
                    static_false = parse_condition(task.when).constant is False
            if static_false or (deps[tid] and all(d in never for d in deps[tid])):
                never.add(tid)
                why = "its `when` is always false" if static_false else "every task it depends on can never run"
                self.add(
                    ("tasks", self.index[tid]),
                    f"task {tid!r} is unreachable: {why}",
                    "remove the task or fix its condition",
                )

    def dependencies(self) -> dict[str, list[str]]:
        """Each parsed task's upstream tasks (``after``, then what its arguments and condition read)."""
        deps: dict[str, list[str]] = {}
        for task in self.tasks.values():
            try:
                needs, _ = task_refs(task)
            except ConditionError:
                needs = set()
            upstream = dict.fromkeys([*task.after, *sorted(needs)])
            deps[task.id] = [d for d in upstream if d != task.id and d in self.index]
        return deps

    def check_cycles(self, deps: dict[str, list[str]], stuck: set[str]) -> set[str]:
        """One problem per strongly connected group of tasks, naming a shortest cycle through its first task
        (listing every elementary cycle instead would be exponential: 15 tasks all after each other hold
        billions). Returns the tasks on cycles."""
        import networkx as nx  # only a graph with a cycle pays for importing it

        g = nx.DiGraph()  # built in file order, so the cycle named is the same in every process
        g.add_nodes_from(tid for tid in deps if tid in stuck)
        g.add_edges_from((d, tid) for tid in deps if tid in stuck for d in deps[tid] if d in stuck)
        groups = [scc for scc in nx.strongly_connected_components(g) if len(scc) > 1]
        for group in sorted(groups, key=lambda scc: min(self.index[t] for t in scc)):
            first = min(group, key=self.index.__getitem__)
            cycle = _shortest_cycle(g, first, group)
            self.add(
                ("tasks", self.index[first]),
                f"unbounded cycle {' -> '.join([*cycle, first])}",
                "dependencies must not loop back; to repeat work, declare a loop under `loops:` "
                "with `body`, `until` and `max_iterations`",
            )
        return {t for group in groups for t in group}


def _list(value: Any) -> list:
    """``value`` if it is a list, else nothing (the shape check reports what it is instead)."""
    return value if isinstance(value, list) else []


def _topological_order(deps: dict[str, list[str]]) -> list[str]:
    """The tasks in file order, each after its upstream ones; tasks on (or after) a cycle are left out."""
    dependents: dict[str, list[str]] = {tid: [] for tid in deps}
    for tid, ds in deps.items():
        for d in ds:
            dependents[d].append(tid)
    return kahn_order({tid: len(ds) for tid, ds in deps.items()}, dependents)


def _shortest_cycle(g: nx.DiGraph, first: str, group: set[str]) -> list[str]:
    """The tasks of a shortest cycle from ``first`` back to it, inside its strongly connected ``group``."""
    parent: dict[str, str | None] = {first: None}
    queue = deque([first])
    while queue:
        node = queue.popleft()
        for nxt in g.successors(node):
            if nxt == first:
                cycle = [node]
                while parent[cycle[-1]] is not None:
                    cycle.append(parent[cycle[-1]])  # type: ignore[arg-type]
                return cycle[::-1]
            if nxt in group and nxt not in parent:
                parent[nxt] = node
                queue.append(nxt)
    raise AssertionError(f"{first} is on no cycle of its strongly connected group")


def _malformed(value: Any, path: tuple) -> tuple[tuple, str] | None:
    """The place and problem of the first ``${...}`` in an argument that is not a reference."""
    if isinstance(value, str):
        bad = malformed_ref(value) if "${" in value else None
        return None if bad is None else (path, bad)
    items = value.items() if isinstance(value, Mapping) else enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        found = _malformed(item, (*path, key))
        if found is not None:
            return found
    return None
