"""The pure scheduler: which tasks are ready, given what has finished. No I/O, no clock, O(1) per edge.

Each task counts its unfinished dependencies. When a task finishes, each dependent's count drops; a dependent
whose count reaches zero is decided at once:

- *blocked* if a dependency failed, was rejected or was itself blocked;
- *skipped* if a task whose output it reads was skipped, or if every dependency was skipped
  (a skipped task skips what depends only on it);
- otherwise *ready*.

Blocked and skipped decisions cascade. A loop body counts as one unit for tasks outside it: they wait until the
loop closes. When every task of a body has finished an iteration the scheduler reports the loop as done; the
caller evaluates ``until`` and calls ``restart_loop`` or ``close_loop``.

A body that fails ends its loop. In the iteration where a body task fails (or is rejected at its gate), the body
tasks that depend on it are blocked and the others still finish; then the loop closes at once (``body_failed``:
no further iteration, ``until`` is not evaluated), and every task outside the loop that waits on any of its body
tasks is blocked, even on one that succeeded: the loop failed as a unit, so nothing downstream runs on its
partial work. Tasks that do not wait on the loop carry on.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from genaiops.graphs.plan import Plan

__all__ = ["FAILED_STATES", "Scheduler", "Step", "TERMINAL_STATES"]

TERMINAL_STATES = frozenset({"succeeded", "failed", "skipped", "blocked", "rejected"})
FAILED_STATES = frozenset({"failed", "blocked", "rejected"})


@dataclass(slots=True)
class Step:
    ready: list[str] = field(default_factory=list)
    resolved: list[tuple[str, str]] = field(default_factory=list)
    """Tasks decided without running: (task, 'skipped' | 'blocked')."""
    loops_done: list[str] = field(default_factory=list)


class Scheduler:
    def __init__(self, plan: Plan):
        self._plan = plan
        self.status: dict[str, str] = {}
        self._inner: dict[str, list[str]] = {}
        self._outer: dict[str, list[str]] = {}
        self._remaining: dict[str, int] = {}
        for tid, task in plan.tasks.items():
            self._remaining[tid] = len(task.deps)
            if task.loop is None:  # outside loops every dependent is released at once (the plan's list, shared)
                self._inner[tid], self._outer[tid] = [], plan.dependents[tid]
                continue
            inner, outer = [], []
            for dep in plan.dependents[tid]:
                same_loop = task.loop is not None and plan.tasks[dep].loop == task.loop
                (inner if same_loop else outer).append(dep)
            self._inner[tid], self._outer[tid] = inner, outer
        self._loop_finished = dict.fromkeys(plan.loops, 0)
        self._failed_loops: set[str] = set()

    def initial(self) -> list[str]:
        return [tid for tid in self._plan.order if self._remaining[tid] == 0]

    def finish(self, tid: str, status: str) -> Step:
        """Record that ``tid`` ended with ``status`` (a terminal state); return what that unlocks."""
        step = Step()
        self._finish(tid, status, step)
        return step

    def _finish(self, tid: str, status: str, step: Step) -> None:
        stack = [(tid, status)]
        while stack:
            current, state = stack.pop()
            self.status[current] = state
            loop = self._plan.tasks[current].loop
            released = self._inner[current] if loop is not None else self._outer[current]
            if loop is not None:
                self._loop_finished[loop] += 1
                if self._loop_finished[loop] == len(self._plan.loops[loop].body):
                    step.loops_done.append(loop)
            self._release(released, step, stack)

    def _release(self, dependents: list[str], step: Step, stack: list[tuple[str, str]]) -> None:
        for dep in dependents:
            self._remaining[dep] -= 1
            if self._remaining[dep] == 0 and dep not in self.status:
                fate = self._fate(dep)
                if fate == "ready":
                    step.ready.append(dep)
                else:
                    step.resolved.append((dep, fate))
                    stack.append((dep, fate))

    def _fate(self, tid: str) -> str:
        task = self._plan.tasks[tid]
        status = self.status
        for d in task.deps:  # the usual case first: every dependency succeeded
            if status[d] != "succeeded":
                break
        else:
            return "blocked" if self._failed_loops and self._waits_on_failed_loop(tid) else "ready"
        states = [status[d] for d in task.deps]
        if any(s in FAILED_STATES for s in states) or (self._failed_loops and self._waits_on_failed_loop(tid)):
            return "blocked"
        if any(self.status[d] == "skipped" for d in task.needs) or (states and all(s == "skipped" for s in states)):
            return "skipped"
        return "ready"

    def _waits_on_failed_loop(self, tid: str) -> bool:
        own = self._plan.tasks[tid].loop
        loops = (self._plan.tasks[d].loop for d in self._plan.tasks[tid].deps)
        return any(loop in self._failed_loops for loop in loops if loop != own)

    def body_failed(self, loop: str) -> bool:
        return any(self.status.get(t) in FAILED_STATES for t in self._plan.loops[loop].body)

    def restart_loop(self, loop: str) -> list[str]:
        """Begin the next iteration: reset the body and return its tasks that are ready."""
        body = self._plan.loops[loop].body
        for tid in body:
            self.status.pop(tid, None)
            self._remaining[tid] = sum(1 for d in self._plan.tasks[tid].deps if d in body)
        self._loop_finished[loop] = 0
        return [tid for tid in self._plan.order if tid in body and self._remaining[tid] == 0]

    def close_loop(self, loop: str) -> Step:
        """End the loop: release the tasks outside it that wait on its body (blocked if the body failed)."""
        if self.body_failed(loop):
            self._failed_loops.add(loop)
        step = Step()
        stack: list[tuple[str, str]] = []
        for tid in self._plan.order:
            if tid in self._plan.loops[loop].body:
                self._release(self._outer[tid], step, stack)
        while stack:
            self._finish(*stack.pop(), step)
        return step

    def restore(self, statuses: Mapping[str, str]) -> Step:
        """Rebuild from stored task states (terminal ones replayed in order); return what is ready now."""
        step = Step()
        for tid in self._plan.order:
            state = statuses.get(tid)
            if state in TERMINAL_STATES and tid not in self.status:
                self._finish(tid, state, step)
        step.ready = [t for t in self._plan.order if self._remaining[t] == 0 and t not in self.status]
        step.resolved = [(t, s) for t, s in step.resolved if statuses.get(t) != s]
        return step
