"""A stored run's spec, pending requests and decisions read without pydantic (genaiops.graphs.stored) are read
exactly as the models read them: on every shipped scenario as the store keeps it, on generated valid specs,
requests and decisions, and on odd stored values (converted, refused or missing ones), where the light reader
either gives the model's answer or leaves it to the model."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from genaiops.errors import GraphValidationError
from genaiops.graphs import GraphSpec, build_plan, parse_scenario, render_text
from genaiops.graphs.plain_decision import json_time
from genaiops.graphs.stored import read_decision, read_graph, read_request
from genaiops.safety.approvals import ApprovalRequest, Decision
from genaiops.safety.policy import ApprovalPolicy
from genaiops.tools import tools_on_demand

SCENARIOS = sorted((Path(__file__).resolve().parents[2] / "scenarios").rglob("*.yaml"))
REFUSED = "refused by the model"


def model_read(stored: dict[str, Any]) -> Any:
    """What ``runs show`` read before: the model's dump, or REFUSED."""
    try:
        return GraphSpec.model_validate(stored)
    except ValidationError:
        return REFUSED


def assert_read_alike(stored: dict[str, Any]) -> bool:
    """The light read of ``stored`` is the model's (the same dump, plan and drawing), or None; whether it read it."""
    light, full = read_graph(stored), model_read(stored)
    if light is None:
        return False
    assert full is not REFUSED, "the light reader read a spec the model refuses"
    assert light.document == full.model_dump(mode="json")
    assert light.param_values == full.param_values
    assert drawn(light) == drawn(full)
    return True


def drawn(spec: Any) -> str:
    """The plan of ``spec`` as ``runs show`` draws it, or the error building it raised (a stored spec need not
    plan: an odd condition, a missing task)."""
    try:
        return render_text(build_plan(spec), status={t.id: "pending" for t in spec.tasks})
    except Exception as exc:  # noqa: BLE001 - compared: both readings must fail alike
        return f"{type(exc).__name__}: {exc}"


def stored_scenarios() -> list[tuple[str, dict[str, Any]]]:
    """Each shipped graph as the store keeps it (``model_dump_json`` of the validated spec)."""
    found, registry = [], tools_on_demand()
    for file in SCENARIOS:
        try:
            _, plan = parse_scenario(file.read_text(encoding="utf-8"), registry, ApprovalPolicy())
        except GraphValidationError:  # a data file (recorded outputs, a suite), not a graph
            continue
        found.append((str(file.relative_to(file.parents[1])), json.loads(plan.spec.model_dump_json())))
    return found


STORED = stored_scenarios()


def test_the_shipped_scenarios_are_graphs_to_read() -> None:
    """Most shipped scenario files are graphs (so the next test reads real stored specs)."""
    assert len(STORED) >= 12


@pytest.mark.parametrize(("name", "stored"), STORED, ids=[name for name, _ in STORED])
def test_every_shipped_scenario_as_stored_is_read_as_the_model_reads_it(name, stored) -> None:
    """A shipped scenario's stored spec (params, loops, goals, budgets, times) is read without pydantic, to the
    model's dump, plan and drawing."""
    assert assert_read_alike(stored)


BASE = json.loads(
    GraphSpec.model_validate(
        {
            "name": "odd",
            "at": "2026-11-27T14:00:00Z",
            "tasks": [
                {"id": "a", "tool": "echo", "args": {"value": 1.5, "list": [1, "x", None]}, "timeout": 30.0},
                {"id": "b", "goal": "find the cause", "role": "sre", "after": ["a"], "retry": {"attempts": 3}},
                {"id": "c", "tool": "noop", "args": {"value": "${b.finding}"}, "when": "${a.value} > 1",
                 "team": ["sre", "mlops"], "risk": "high", "approval": "required", "urgency": "page"},
            ],
            "loops": [{"id": "again", "body": ["c"], "until": "${c.value} == 1", "max_iterations": 3}],
            "budget": {"tokens": 1000},
            "param_values": {"version": "v42"},
        }
    ).model_dump_json()
)  # fmt: skip

ODD = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from([0, 1, 50, 51, 1000, 1001, 86400, 86401]),
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.0, 1.0, 30.0, 3600.0, 86400.0, 1e9]),
    st.text(max_size=4), st.sampled_from(["", "x" * 201, "a b", "a\n", "_z-9", "low", "page", "auto", "pursue_goal"]),
    st.sampled_from(["2026-01-01T10:00:00Z", "2026-01-01T10:00:00+00:00", "2026-01-01T10:00:00.000000Z",
                     "2026-01-01T10:00:00.5Z", "2026-01-01T10:00:00.500000-02:30", "2026-01-01 10:00:00Z",
                     "2026-01-01", "2026-02-30T10:00:00Z", "2026-01-01T10:00:00"]),
    st.lists(st.one_of(st.text(max_size=3), st.integers()), max_size=5),
    st.dictionaries(st.text(max_size=3), st.one_of(st.integers(), st.floats(), st.none()), max_size=3),
)  # fmt: skip


def places(spec: dict[str, Any]) -> list[tuple[dict[str, Any], str]]:
    """Every (object, key) of a spec where a value may be set, removed or added (in the objects still there)."""

    def dicts(value: Any) -> list[dict[str, Any]]:
        return [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, dict)]

    tasks = dicts(spec.get("tasks"))
    objects = [spec, *tasks, *[r for t in tasks for r in dicts(t.get("retry"))], *dicts(spec.get("loops"))]
    objects += dicts(spec.get("budget"))
    return [(o, k) for o in objects for k in [*o, "extra"]]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 10_000), st.booleans(), ODD), min_size=1, max_size=3))
def test_odd_stored_specs_are_read_as_the_model_reads_them_or_left_to_it(changes) -> None:
    """A stored spec with odd values (of another type, out of range, missing, unknown, NaN, other time forms):
    the light read is the model's, or None (the model reads it); never a spec the model refuses."""
    spec = json.loads(json.dumps(BASE))
    for where, remove, value in changes:
        target, key = places(spec)[where % len(places(spec))]
        if remove:
            target.pop(key, None)
        else:
            target[key] = value
    assert_read_alike(spec)


def test_the_odd_values_the_model_converts_are_left_to_it() -> None:
    """Values the model would convert (an int for a float, a bool for an int, a time it writes otherwise) are
    not read here: reading them as they are would show something else than the model's read."""
    for path, value in [(("tasks", 0, "timeout"), 30), (("seed",), True), (("at",), "2026-11-27T14:00:00+00:00")]:
        spec = json.loads(json.dumps(BASE))
        *parents, key = path
        target = spec
        for step in parents:
            target = target[step]
        target[key] = value
        assert model_read(spec) is not REFUSED
        assert read_graph(spec) is None


def test_defaults_are_filled_as_the_model_fills_them() -> None:
    """A spec stored without the fields that have defaults (an earlier store) is read with the model's defaults."""
    spec = {"name": "short", "tasks": [{"id": "a", "tool": "echo"}, {"id": "b", "goal": "why", "role": "sre"}]}
    assert assert_read_alike(spec)
    assert read_graph(spec).tasks[1].tool == "pursue_goal"


SPECS = st.fixed_dictionaries(
    {
        "name": st.text(min_size=1, max_size=200),
        "seed": st.integers(-(2**40), 2**40),
        "at": st.none() | st.datetimes(timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=-5))])),
        "tasks": st.lists(
            st.fixed_dictionaries(
                {
                    "id": st.from_regex(r"[A-Za-z_][A-Za-z0-9_-]{0,10}", fullmatch=True),
                    "tool": st.sampled_from(["echo", "noop", None]),
                    "goal": st.none() | st.text(min_size=1, max_size=20),
                    "role": st.none() | st.just("sre"),
                    "args": st.dictionaries(st.text(max_size=5), st.recursive(
                        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                        | st.text(max_size=8), lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.text(max_size=3), inner, max_size=3), max_leaves=6), max_size=3),
                    "timeout": st.none() | st.integers(1, 100) | st.floats(0.001, 86400),
                    "retry": st.fixed_dictionaries({"attempts": st.integers(1, 50), "backoff": st.floats(0, 3600)}),
                }
            ),
            min_size=1,
            max_size=4,
            unique_by=lambda t: t["id"],
        ),
        "budget": st.none()
        | st.fixed_dictionaries({"tokens": st.integers(1, 10**6), "usd": st.none() | st.floats(0.01, 9)}),
        "param_values": st.dictionaries(st.text(max_size=5), st.integers() | st.text(max_size=5), max_size=3),
    }
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(SPECS)
def test_what_the_store_writes_is_always_read_here(spec) -> None:
    """Any valid spec, stored as the store stores it (the model's JSON), is read without pydantic, to the
    model's read."""
    stored = json.loads(GraphSpec.model_validate(spec).model_dump_json())
    assert assert_read_alike(stored)


# --- pending approval requests -----------------------------------------------------------------------------------

REQUEST = json.loads(
    ApprovalRequest(
        id="ap-1", run_id="run-1", task_id="deploy", tool="apply_change", args={"target": "svc@prod"},
        args_hash="ab" * 32, risk="medium", required=1, roles=("operator",), requester="bob",
        evidence={"format": 2}, policy_version="25de63681c25a4cb",
        created_at=datetime(2026, 12, 2, 19, 16, 48, 204309, tzinfo=UTC),
        expires_at=datetime(2026, 12, 3, 19, 16, 48, tzinfo=UTC),
    ).model_dump_json()
)  # fmt: skip


def assert_request_alike(stored: dict[str, Any]) -> bool:
    return assert_alike(read_request, ApprovalRequest, stored, ("created_at", "expires_at"))


def assert_alike(reader: Any, model: Any, stored: dict[str, Any], times: tuple[str, ...]) -> bool:
    """The light ``reader``'s reading of ``stored`` is the ``model``'s (its dump, and the ``times`` written
    alike), or None; whether it read it."""
    light = reader(stored)
    try:
        full = model.model_validate(stored)
    except ValidationError:
        full = REFUSED
    if light is None:
        return False
    assert full is not REFUSED, f"the light reader read a {model.__name__} the model refuses"
    assert vars(light) == full.model_dump()
    assert [getattr(light, t).isoformat() for t in times] == [getattr(full, t).isoformat() for t in times]
    return True


def test_a_stored_request_is_read_as_the_model_reads_it() -> None:
    """A request as the store keeps it is read without pydantic, to the model's fields."""
    assert assert_request_alike(REQUEST)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*REQUEST, "extra"]), st.booleans(), ODD), min_size=1, max_size=3))
def test_odd_stored_requests_are_read_as_the_model_reads_them_or_left_to_it(changes) -> None:
    """A stored request with odd values: the light read is the model's, or None (the model reads it)."""
    assert_request_alike(changed(REQUEST, changes))


def changed(stored: dict[str, Any], changes: list[tuple[str, bool, Any]]) -> dict[str, Any]:
    """A copy of ``stored`` with each (key, removed, else set to value) change made."""
    copy = json.loads(json.dumps(stored))
    for key, remove, value in changes:
        if remove:
            copy.pop(key, None)
        else:
            copy[key] = value
    return copy


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(timezones=st.sampled_from([None, UTC, timezone(timedelta(hours=5, minutes=45))])), st.integers(1, 5)
)
def test_every_time_the_store_writes_is_read_here(at, required) -> None:
    """Requests stored with any creation time (any microseconds, offset or none) and approvals needed are
    read without pydantic."""
    request = ApprovalRequest.model_validate(REQUEST | {"created_at": at, "expires_at": at, "required": required})
    assert assert_request_alike(json.loads(request.model_dump_json()))


# --- decisions (the CLI's fast decision reads the earlier decisions of a request) ---------------------------------

DECISION = json.loads(
    Decision(
        approval_id="ap-1", approver="alice", role="operator", verdict="approve", reason="looks fine",
        args_hash="ab" * 32, policy_version="25de63681c25a4cb", policy_hash="cd" * 32, identified_by="claimed",
        at=datetime(2026, 12, 2, 19, 16, 48, 204309, tzinfo=UTC),
    ).model_dump_json()
)  # fmt: skip


def assert_decision_alike(stored: dict[str, Any]) -> bool:
    return assert_alike(read_decision, Decision, stored, ("at",))


def test_a_stored_decision_is_read_as_the_model_reads_it() -> None:
    """A decision as the store keeps it is read without pydantic, to the model's fields."""
    assert assert_decision_alike(DECISION)
    assert assert_decision_alike(DECISION | {"amended_args": {"target": "svc@canary"}, "kind": "scripted"})


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([*DECISION, "extra"]), st.booleans(), ODD), min_size=1, max_size=3))
def test_odd_stored_decisions_are_read_as_the_model_reads_them_or_left_to_it(changes) -> None:
    """A stored decision with odd values (a verdict, kind or author the model refuses, a blank approver or
    reason, a time it converts): the light read is the model's, or None (the model reads it)."""
    assert_decision_alike(changed(DECISION, changes))


@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=datetime(1000, 1, 1), timezones=st.just(UTC)))
def test_a_decision_time_is_written_as_the_model_writes_it(at) -> None:
    """The fast decision writes its time as ``model_dump(mode="json")`` does (``Z``, microseconds only when not
    0), and that text is read back here."""
    written = Decision.model_validate(DECISION | {"at": at}).model_dump(mode="json")["at"]
    assert json_time(at) == written
    assert assert_decision_alike(DECISION | {"at": written})
