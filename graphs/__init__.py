"""Task graphs: the spec and its validation, the pure scheduler, the durable async executor and rendering.

Contract: a graph is validated completely before anything runs (``load_scenario`` raises
``GraphValidationError`` listing every problem with its place); ``Engine.start`` persists the run and executes
it; a run ends succeeded, failed, rejected, cancelled, or paused waiting for approvals, and ``Engine.resume``
continues it in any process. A recorded result is never recomputed; side effects run under an idempotency key
that is the same in every attempt and every process. ``graphs`` never imports ``agents``: agent tasks reach the
executor through ``TaskHandler``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from genaiops.lazy import lazy_exports

if TYPE_CHECKING:
    from genaiops.graphs.engine import Engine
    from genaiops.graphs.handlers import Proposal, RunEvent, TaskCall, TaskHandler, ToolHandler
    from genaiops.graphs.liveness import RUN_STATUSES, run_status
    from genaiops.graphs.params import Param, ParamSpec, catalogue_values, parse_sets, scenario_params
    from genaiops.graphs.plan import Plan, build_plan
    from genaiops.graphs.render import render_mermaid, render_text
    from genaiops.graphs.result import RunResult
    from genaiops.graphs.scenario import (
        Mismatch,
        check_expectations,
        expectation_mismatches,
        run_scenario,
        script_shortfalls,
    )
    from genaiops.graphs.schedule import Scheduler
    from genaiops.graphs.spec import ExpectSpec, GraphSpec, LoopSpec, RetrySpec, ScenarioSpec, TaskSpec
    from genaiops.graphs.validate import load_scenario, parse_scenario

# Each name is imported from its module on first use (PEP 562), so a command that reads the store through
# ``genaiops.graphs.inbox`` does not pay for the executor, networkx or the scheduler.
_HOME = {
    "Engine": "genaiops.graphs.engine",
    "RunResult": "genaiops.graphs.result",
    "RUN_STATUSES": "genaiops.graphs.liveness",
    "run_status": "genaiops.graphs.liveness",
    "Proposal": "genaiops.graphs.handlers",
    "RunEvent": "genaiops.graphs.handlers",
    "TaskCall": "genaiops.graphs.handlers",
    "TaskHandler": "genaiops.graphs.handlers",
    "ToolHandler": "genaiops.graphs.handlers",
    "Param": "genaiops.graphs.params",
    "ParamSpec": "genaiops.graphs.params",
    "catalogue_values": "genaiops.graphs.params",
    "parse_sets": "genaiops.graphs.params",
    "scenario_params": "genaiops.graphs.params",
    "Plan": "genaiops.graphs.plan",
    "build_plan": "genaiops.graphs.plan",
    "render_mermaid": "genaiops.graphs.render",
    "render_text": "genaiops.graphs.render",
    "check_expectations": "genaiops.graphs.scenario",
    "expectation_mismatches": "genaiops.graphs.scenario",
    "Mismatch": "genaiops.graphs.scenario",
    "run_scenario": "genaiops.graphs.scenario",
    "script_shortfalls": "genaiops.graphs.scenario",
    "Scheduler": "genaiops.graphs.schedule",
    "ExpectSpec": "genaiops.graphs.spec",
    "GraphSpec": "genaiops.graphs.spec",
    "LoopSpec": "genaiops.graphs.spec",
    "RetrySpec": "genaiops.graphs.spec",
    "ScenarioSpec": "genaiops.graphs.spec",
    "TaskSpec": "genaiops.graphs.spec",
    "load_scenario": "genaiops.graphs.validate",
    "parse_scenario": "genaiops.graphs.validate",
}

__all__ = [
    "Proposal",
    "Engine",
    "ExpectSpec",
    "GraphSpec",
    "LoopSpec",
    "Mismatch",
    "Param",
    "ParamSpec",
    "Plan",
    "RUN_STATUSES",
    "RetrySpec",
    "RunEvent",
    "RunResult",
    "ScenarioSpec",
    "Scheduler",
    "TaskCall",
    "TaskHandler",
    "TaskSpec",
    "ToolHandler",
    "build_plan",
    "check_expectations",
    "expectation_mismatches",
    "load_scenario",
    "parse_scenario",
    "parse_sets",
    "catalogue_values",
    "render_mermaid",
    "render_text",
    "run_scenario",
    "run_status",
    "scenario_params",
    "script_shortfalls",
]


__getattr__, __dir__ = lazy_exports(__name__, _HOME)
