"""The pure scheduler against graphs/schedule.py's rules, by hand: what is ready first, what a finished task
releases, blocked and skipped cascades, loops (one unit for tasks outside, restart, close, a failed body), and
rebuilding from stored states."""

from __future__ import annotations

from typing import Any

import pytest

from genaiops.graphs import GraphSpec, Scheduler, build_plan
from genaiops.graphs.schedule import FAILED_STATES, TERMINAL_STATES


def sched(*tasks: dict[str, Any], loops: list[dict[str, Any]] | None = None) -> Scheduler:
    """A scheduler over tasks given as {id, after?, args?, when?} (every tool a no-op)."""
    spec = GraphSpec.model_validate(
        {"name": "s", "tasks": [{"tool": "noop", **t} for t in tasks], "loops": loops or []}
    )
    return Scheduler(build_plan(spec))


def t(tid: str, *after: str, **kw: Any) -> dict[str, Any]:
    return {"id": tid, "after": list(after), **kw}


def reads(tid: str, source: str, *after: str) -> dict[str, Any]:
    """A task that reads ``source``'s output (so a skipped ``source`` skips it)."""
    return {"id": tid, "args": {"value": f"${{{source}.value}}"}, "after": list(after)}


def step_of(s: Scheduler, tid: str, status: str) -> tuple[list[str], list[tuple[str, str]], list[str]]:
    step = s.finish(tid, status)
    return step.ready, step.resolved, step.loops_done


def test_the_states_that_end_a_task_and_those_that_block():
    """Five states end a task; failed, blocked and rejected block what depends on it, skipped does not."""
    assert {"succeeded", "failed", "skipped", "blocked", "rejected"} == TERMINAL_STATES
    assert {"failed", "blocked", "rejected"} == FAILED_STATES


def test_tasks_without_dependencies_are_ready_first_in_order():
    """initial() lists the tasks with no dependencies, in the plan's order."""
    s = sched(t("a"), t("b", "a"), t("c"), t("d", "b", "c"))
    assert s.initial() == ["a", "c"]


def test_a_task_is_ready_when_its_last_dependency_succeeds():
    """A join becomes ready only when every dependency has succeeded, and exactly once."""
    s = sched(t("a"), t("b", "a"), t("c", "a"), t("d", "b", "c"))
    assert step_of(s, "a", "succeeded") == (["b", "c"], [], [])
    assert step_of(s, "b", "succeeded") == ([], [], [])
    assert step_of(s, "c", "succeeded") == (["d"], [], [])
    assert s.status == {"a": "succeeded", "b": "succeeded", "c": "succeeded"}


@pytest.mark.parametrize("status", ["failed", "rejected", "blocked"])
def test_a_failed_rejected_or_blocked_task_blocks_everything_after_it(status):
    """Blocking cascades down a chain and into a join whose other branch succeeded."""
    s = sched(t("a"), t("b", "a"), t("c", "b"), t("x"), t("join", "c", "x"))
    assert step_of(s, "x", "succeeded") == ([], [], [])
    ready, resolved, _ = step_of(s, "a", status)
    assert ready == [] and resolved == [("b", "blocked"), ("c", "blocked"), ("join", "blocked")]
    assert s.status["join"] == "blocked"


def test_a_skipped_task_skips_what_depends_only_on_it():
    """Skipping cascades to tasks all of whose dependencies were skipped."""
    s = sched(t("a"), t("b", "a"), t("c", "b"))
    assert step_of(s, "a", "skipped") == ([], [("b", "skipped"), ("c", "skipped")], [])


def test_a_join_with_a_live_branch_runs_after_a_skip():
    """A task after a skipped and a succeeded task is ready (it does not read the skipped one's output)."""
    s = sched(t("a"), t("b"), t("join", "a", "b"))
    assert step_of(s, "a", "skipped") == ([], [], [])
    assert step_of(s, "b", "succeeded") == (["join"], [], [])


def test_reading_a_skipped_task_skips_the_reader():
    """A task that reads a skipped task's output is skipped, even when its other dependency succeeded."""
    s = sched(t("a"), t("b"), reads("r", "a", "b"))
    step_of(s, "a", "skipped")
    assert step_of(s, "b", "succeeded") == ([], [("r", "skipped")], [])


def test_a_failure_outweighs_a_skip():
    """A task after a skipped and a failed task is blocked, not skipped."""
    s = sched(t("a"), t("b"), t("join", "a", "b"))
    step_of(s, "a", "skipped")
    assert step_of(s, "b", "failed") == ([], [("join", "blocked")], [])


# --- loops ------------------------------------------------------------------------------------------------------

LOOP = {"id": "l", "body": ["a", "b"], "until": "${b.value} == 1", "max_iterations": 3}


def test_a_loop_body_is_one_unit_for_tasks_outside_it():
    """Inside the body, tasks follow each other; outside, a task waits for the loop to close, not for the body."""
    s = sched(t("a"), t("b", "a"), t("out", "b"), loops=[LOOP])
    assert s.initial() == ["a"]
    assert step_of(s, "a", "succeeded") == (["b"], [], [])
    assert step_of(s, "b", "succeeded") == ([], [], ["l"])  # the iteration is done; `out` still waits
    close = s.close_loop("l")
    assert (close.ready, close.resolved) == (["out"], [])


def test_restarting_a_loop_resets_its_body():
    """restart_loop clears the body's states and counts; the next iteration is done only when all of it is."""
    s = sched(t("before"), t("a", "before"), t("b", "a"), t("out", "b"), loops=[LOOP])
    step_of(s, "before", "succeeded")
    step_of(s, "a", "succeeded")
    step_of(s, "b", "succeeded")
    assert s.restart_loop("l") == ["a"]  # `before` lies outside the body: it is not waited for again
    assert "a" not in s.status and "b" not in s.status and s.status["before"] == "succeeded"
    assert step_of(s, "a", "succeeded") == (["b"], [], [])  # not done: b has not run this iteration
    assert step_of(s, "b", "succeeded") == ([], [], ["l"])


def test_a_body_task_that_fails_blocks_its_body_dependents_and_fails_the_loop():
    """A failed body task blocks the body tasks after it; the iteration is done; body_failed says so."""
    s = sched(t("a"), t("b", "a"), t("out", "b"), loops=[LOOP])
    assert not s.body_failed("l")
    assert step_of(s, "a", "failed") == ([], [("b", "blocked")], ["l"])
    assert s.body_failed("l")


@pytest.mark.parametrize("status", ["failed", "rejected"])
def test_closing_a_failed_loop_blocks_every_task_waiting_on_it(status):
    """After a failed body, tasks outside that wait on any body task are blocked, even on one that succeeded;
    a task that does not wait on the loop is untouched."""
    body = {"id": "l", "body": ["a", "b", "c"], "until": "true", "max_iterations": 3}
    s = sched(
        t("a"), t("b", "a"), t("c", "a"), t("after_b", "b"), t("after_c", "c"), t("free"), t("x", "free", "after_c"),
        loops=[body],
    )  # fmt: skip
    step_of(s, "a", "succeeded")
    step_of(s, "c", "succeeded")
    assert step_of(s, "b", status) == ([], [], ["l"])
    close = s.close_loop("l")
    assert close.ready == [] and sorted(close.resolved) == [("after_b", "blocked"), ("after_c", "blocked")]
    assert step_of(s, "free", "succeeded") == ([], [("x", "blocked")], [])


def test_a_loop_that_succeeded_releases_its_waiting_tasks():
    """When the body succeeded, closing the loop makes every task after it ready."""
    body = {"id": "l", "body": ["a", "b"], "until": "true", "max_iterations": 2}
    s = sched(t("a"), t("b"), t("after_b", "b"), t("after_a", "a"), loops=[body])
    step_of(s, "a", "succeeded")
    step_of(s, "b", "succeeded")
    assert not s.body_failed("l")
    close = s.close_loop("l")
    assert (sorted(close.ready), close.resolved) == (["after_a", "after_b"], [])


def test_a_task_in_another_loop_after_a_failed_loop_is_blocked():
    """A failed loop blocks a task of another loop that waits on it (and on a task outside any loop)."""
    loops = [
        {"id": "first", "body": ["a"], "until": "true", "max_iterations": 2},
        {"id": "second", "body": ["b"], "until": "true", "max_iterations": 2},
    ]
    s = sched(t("a"), t("free"), t("b", "a", "free"), loops=loops)
    step_of(s, "free", "succeeded")
    step_of(s, "a", "failed")
    assert s.close_loop("first").resolved == [("b", "blocked")]


# --- restore ----------------------------------------------------------------------------------------------------


def test_restore_replays_stored_states_and_returns_what_is_ready():
    """From stored states: finished tasks stay finished, what they release is ready, the rest waits."""
    s = sched(t("a"), t("b", "a"), t("c", "b"), t("d"), t("e", "d"))
    step = s.restore({"a": "succeeded", "b": "running", "d": "succeeded"})
    assert step.ready == ["b", "e"] and step.resolved == []
    assert s.status == {"a": "succeeded", "d": "succeeded"}


def test_restore_reports_only_cascades_not_already_stored():
    """A blocked cascade is reported for tasks whose stored state differs; one already stored is not repeated."""
    s = sched(t("a"), t("b", "a"), t("c", "b"), t("d", "c"))
    step = s.restore({"a": "failed", "b": "blocked"})
    assert step.ready == [] and step.resolved == [("c", "blocked"), ("d", "blocked")]
    assert s.status["d"] == "blocked"


def test_restore_of_a_finished_body_reports_the_loop_done():
    """A body whose tasks are all stored finished reports its loop done (the caller decides to close or repeat)."""
    s = sched(t("a"), t("b", "a"), t("out", "b"), loops=[LOOP])
    step = s.restore({"a": "succeeded", "b": "succeeded"})
    assert step.loops_done == ["l"] and step.ready == []


def test_tasks_that_do_not_wait_on_a_failed_loop_carry_on():
    """After a failed loop closed, other tasks are decided by the usual rules: a chain proceeds, a join after a
    skip and a success runs, one after a skip only is skipped."""
    body = {"id": "l", "body": ["a"], "until": "true", "max_iterations": 2}
    s = sched(t("a"), t("u1"), t("u2", "u1"), t("s"), t("join", "s", "u2"), t("only_s", "s"), loops=[body])
    step_of(s, "a", "failed")
    assert s.close_loop("l").resolved == []  # nothing waits on the loop
    assert step_of(s, "u1", "succeeded") == (["u2"], [], [])
    assert step_of(s, "s", "skipped") == ([], [("only_s", "skipped")], [])
    assert step_of(s, "u2", "succeeded") == (["join"], [], [])
