"""A stored run's graph spec and pending approval requests read without pydantic, for ``genaiops runs show``
(loading pydantic and the models cost more than the answer).

``read_graph`` reads a stored spec as ``GraphSpec.model_validate`` reads it, and ``read_request`` an approval as
``ApprovalRequest.model_validate`` does: the same fields, values and defaults, when every value already has the
exact type its model field wants and meets the field's constraints; None for anything else (a value the model
would convert, refuse, or that this reader is unsure of), which the model then reads. What the store writes
(``model_dump_json`` of a validated model) is always read here. ``tests/graphs/test_stored.py`` compares the two
readers on the shipped scenarios and on generated odd values. ``read_decision`` reads a stored decision as
``Decision.model_validate`` does, for the CLI's fast decision (``genaiops.graphs.plain_decision``).
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from types import SimpleNamespace
from typing import Any

__all__ = ["GOAL_TOOL", "read_decision", "read_graph", "read_request"]

GOAL_TOOL = "pursue_goal"
"""The tool a ``goal:`` task runs: the role's agent pursues the goal (``genaiops.agents.goals``)."""

_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}")
_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?(Z|[+-]\d{2}:\d{2})?")
"""A datetime as pydantic writes it in JSON (microseconds only when not 0, ``Z`` for UTC)."""
_MISSING = object()


class _Unsure(Exception):
    """A value the model would convert or refuse (or this reader cannot tell): the model reads it."""


def read_graph(stored: Any) -> SimpleNamespace | None:
    """The stored spec (a dict) as ``GraphSpec.model_validate`` reads it: an object with the spec's fields, its
    tasks, loops and budget objects with theirs, and ``document``, the spec as ``model_dump(mode="json")`` gives
    it; None when the model must read it (see the module docstring)."""
    try:
        return _graph(stored)
    except _Unsure:
        return None


def read_request(data: Any) -> SimpleNamespace | None:
    """A stored approval request (a dict) as ``ApprovalRequest.model_validate`` reads it (extra keys ignored,
    ``roles`` a tuple, the times datetimes); ``dict(vars(...))`` of it is the model's ``model_dump()``. None when
    the model must read it."""
    try:
        found = _fields(
            data, dict.fromkeys(("id", "run_id", "task_id"), (str,)) | {"iteration": (int, 0), "tool": (str,),
            "args": (dict,), "args_hash": (str,), "risk": (str,), "required": (int,), "roles": (list,),
            "requester": (str,), "evidence": (dict, {}), "policy_version": (str,), "created_at": (str,),
            "expires_at": (str,), "amends": (str, None), "original_args": (dict, None),
            "original_args_hash": (str, None)},
            extra=True,
        )  # fmt: skip
        _check(found["required"] >= 1 and _strings(found["roles"]))
        found["roles"] = tuple(found["roles"])
        found["created_at"], found["expires_at"] = _stamp(found["created_at"]), _stamp(found["expires_at"])
    except _Unsure:
        return None
    return SimpleNamespace(**found)


def read_decision(data: Any) -> SimpleNamespace | None:
    """A stored decision (a dict) as ``Decision.model_validate`` reads it (extra keys ignored, ``at`` a datetime);
    None when the model must read it (a value it would convert or refuse)."""
    try:
        found = _fields(
            data, {"approval_id": (str,), "approver": (str,), "role": (str,), "verdict": (str,), "reason": (str,),
            "args_hash": (str,), "amended_args": (dict, None), "policy_version": (str,), "at": (str,),
            "kind": (str, "human"), "identified_by": (str, "local"), "policy_hash": (str, None)},
            extra=True,
        )  # fmt: skip
        _check(found["approver"] and found["reason"] and found["verdict"] in ("approve", "reject"))
        _check(found["kind"] in ("human", "scripted", "automatic") and found["identified_by"] in _IDENTIFIED_BY)
        found["at"] = _stamp(found["at"])
    except _Unsure:
        return None
    return SimpleNamespace(**found)


_IDENTIFIED_BY = ("local", "claimed", "scripted", "automatic", "authenticated")
"""``genaiops.identity.IdentifiedBy``'s values."""


def _graph(stored: Any) -> SimpleNamespace:
    spec = _fields(stored, {"name": (str,), "description": (str, ""), "seed": (int, 0), "at": (str, None),
                            "tasks": (list,), "loops": (list, []), "budget": (dict, None),
                            "param_values": (dict, {})})  # fmt: skip
    _check(1 <= len(spec["name"]) <= 200 and spec["tasks"])
    _check(_strings(spec["param_values"]) and _json_values(spec["param_values"]))
    tasks = [_task(task) for task in spec["tasks"]]
    loops = [_loop(loop) for loop in spec["loops"]]
    budget = _budget(spec["budget"]) if spec["budget"] is not None else None
    document = spec | {"tasks": [t | {"retry": dict(t["retry"])} for t in tasks], "loops": [dict(x) for x in loops],
                       "budget": budget and dict(budget)}  # fmt: skip
    view = spec | {
        "at": _stamp(spec["at"]) if spec["at"] is not None else None,
        "tasks": [SimpleNamespace(**(t | {"retry": SimpleNamespace(**t["retry"])})) for t in tasks],
        "loops": [SimpleNamespace(**loop) for loop in loops],
        "budget": SimpleNamespace(**budget) if budget else None,
    }
    return SimpleNamespace(**view, document=document)


_RETRY = {"attempts": 1, "backoff": 0.5, "factor": 2.0, "max_backoff": 30.0}
"""``NO_RETRY``, a task's default (a ``retry`` given without ``attempts`` has ``RetrySpec``'s 3)."""


def _task(stored: Any) -> dict[str, Any]:
    if type(stored) is dict and stored.get("goal") is not None and stored.get("tool") is None:
        stored = {**stored, "tool": GOAL_TOOL}  # TaskSpec's `_goal_tool`
    task = _fields(stored, {"id": (str,), "tool": (str, None), "role": (str, None), "team": (list, []),
                            "description": (str, ""), "args": (dict, {}), "after": (list, []), "when": (str, None),
                            "retry": (dict, _RETRY), "timeout": (float, None), "risk": (str, None),
                            "approval": (str, "policy"), "urgency": (str, None),
                            "expires_within_hours": (float, None), "goal": (str, None)})  # fmt: skip
    retry = _fields(task["retry"], {"attempts": (int, 3), "backoff": (float, 0.5), "factor": (float, 2.0),
                                    "max_backoff": (float, 30.0)})  # fmt: skip
    _check(
        _ID.fullmatch(task["id"]) is not None
        and _strings(task["team"]) and len(task["team"]) <= 4
        and _strings(task["after"])
        and _strings(task["args"]) and _json_values(task["args"])
        and (task["timeout"] is None or 0 < task["timeout"] <= 86400)
        and task["risk"] in (None, "low", "medium", "high")
        and task["approval"] in ("policy", "required", "auto")
        and task["urgency"] in (None, "page", "ticket")
        and (task["expires_within_hours"] is None or 0 < task["expires_within_hours"] <= 8760)
        and (task["goal"] is None or 1 <= len(task["goal"]) <= 2000)
        and 1 <= retry["attempts"] <= 50
        and 0 <= retry["backoff"] <= 3600
        and 1 <= retry["factor"] <= 10
        and 0 <= retry["max_backoff"] <= 86400
    )  # fmt: skip
    return task | {"retry": retry}


def _loop(stored: Any) -> dict[str, Any]:
    loop = _fields(stored, {"id": (str,), "body": (list,), "until": (str,), "max_iterations": (int,)})
    _check(_ID.fullmatch(loop["id"]) is not None and loop["body"] and _strings(loop["body"]))
    _check(1 <= loop["max_iterations"] <= 1000)
    return loop


def _budget(stored: Any) -> dict[str, Any]:
    budget = _fields(stored, {"tokens": (int, None), "usd": (float, None)})
    _check(budget["tokens"] is None or budget["tokens"] >= 1)
    _check(budget["usd"] is None or budget["usd"] > 0)
    _check(budget["tokens"] is not None or budget["usd"] is not None)
    return budget


def _fields(value: Any, wanted: dict[str, tuple], *, extra: bool = False) -> dict[str, Any]:
    """``value`` (a dict) with the ``wanted`` fields in their order: ``name: (type,)`` (required) or ``name:
    (type, default)`` (a default of None: null allowed); another key refused unless ``extra`` (ignored)."""
    _check(type(value) is dict and (extra or value.keys() <= wanted.keys()))
    found = {}
    for name, (kind, *default) in wanted.items():
        given = value.get(name, _MISSING)
        if given is _MISSING:
            _check(bool(default))
            given = default[0].copy() if isinstance(default[0], (list, dict)) else default[0]
        elif not (type(given) is kind or (given is None and default == [None])):
            raise _Unsure
        if kind is float and given is not None:
            _check(math.isfinite(given))
        found[name] = given
    return found


def _stamp(text: str) -> datetime:
    """A datetime written as pydantic writes one (read back to the same text by it)."""
    match = _STAMP.fullmatch(text)
    _check(match is not None and match.group(1) != ".000000" and match.group(2) not in ("+00:00", "-00:00"))
    try:
        return datetime.fromisoformat(text)
    except ValueError:  # a day or an hour out of range: the model explains it
        raise _Unsure from None


def _strings(values: list) -> bool:
    return all(type(value) is str for value in values)


def _json_values(value: Any) -> bool:
    """Nothing in ``value`` that ``model_dump(mode="json")`` would write otherwise (a NaN or an infinity is
    written null)."""
    if type(value) is float:
        return math.isfinite(value)
    if type(value) is dict:
        return all(_json_values(v) for v in value.values())
    if type(value) is list:
        return all(_json_values(v) for v in value)
    return True


def _check(holds: Any) -> None:
    if not holds:
        raise _Unsure
