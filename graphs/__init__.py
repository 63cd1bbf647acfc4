"""Task graphs: the spec and its validation, the pure scheduler, the durable async executor and rendering.

Contract: a graph is validated completely before anything runs (``load_scenario`` raises
``GraphValidationError`` listing every problem with its place); ``Engine.start`` persists the run and executes
it; a run ends succeeded, failed, rejected, cancelled, or paused waiting for approvals, and ``Engine.resume``
continues it in any process. A recorded result is never recomputed; side effects run under an idempotency key
that is the same in every attempt and every process. ``graphs`` never imports ``agents``: agent tasks reach the
executor through ``TaskHandler``.
"""

from genaiops.graphs.engine import Engine, RunResult, run_status
from genaiops.graphs.handlers import Proposal, RunEvent, TaskCall, TaskHandler, ToolHandler
from genaiops.graphs.params import Param, ParamSpec, catalogue_values, parse_sets, scenario_params
from genaiops.graphs.plan import Plan, build_plan
from genaiops.graphs.render import render_mermaid, render_text
from genaiops.graphs.scenario import check_expectations, run_scenario
from genaiops.graphs.schedule import Scheduler
from genaiops.graphs.spec import ExpectSpec, GraphSpec, LoopSpec, RetrySpec, ScenarioSpec, TaskSpec
from genaiops.graphs.validate import load_scenario, parse_scenario

__all__ = [
    "Proposal",
    "Engine",
    "ExpectSpec",
    "GraphSpec",
    "LoopSpec",
    "Param",
    "ParamSpec",
    "Plan",
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
    "load_scenario",
    "parse_scenario",
    "parse_sets",
    "catalogue_values",
    "render_mermaid",
    "render_text",
    "run_scenario",
    "run_status",
    "scenario_params",
]
