"""The planner: a request in words -> ``{intent, slots, scenario, params}``, and the validated plan it stands for.

Protocol (shared with the chat desk, genaiops.desk):

- ``PlannerAnswer``: the intent (one of ``INTENTS``), the slots (keys from ``SLOT_KEYS``; each value a verbatim
  substring of the request), the catalogue scenario chosen (its ``name:``) or None, the params filled from the
  slots by name against that scenario's ``params:``, a confidence in [0, 1], which planner answered
  (``"offline"``, ``"llm"`` or ``"offline (model unreachable: ...)"``) and notes for the person (a param of the
  wrong type, "did you mean", a fallback).
- ``Planner.plan(text, context=None)``: ``context`` holds slots carried over from a conversation (a follow-up
  such as "now roll it back" keeps the service and version just discussed).
- ``make_planner(settings, *, model=None)``: the offline planner (deterministic, no network, a small model
  shipped as JSON in ``data/``) unless a model is configured (``--model``/``GENAIOPS_MODEL_*``), then the LLM
  planner with the offline one as its fallback.
- ``instantiate(answer, catalogue) -> PlanPreview``: the chosen scenario loaded with the params through the same
  loader and validation as a file (``load_scenario(params=...)``), its tasks, the gates it would stop at (risk
  tier, approvals, roles that may approve) and the validation problems. Nothing runs; a preview with problems is
  never run.

Importing this package is cheap (pydantic only): the classifier, Chroma and the model client load when used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Protocol, get_args

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from genaiops.agents.planner.catalogue import Catalogue
    from genaiops.settings import Settings

__all__ = [
    "INTENTS",
    "SCENARIO_OF",
    "SLOT_KEYS",
    "Intent",
    "PlanPreview",
    "Planner",
    "PlannerAnswer",
    "instantiate",
    "make_planner",
]

Intent = Literal[
    "incident_investigation",
    "model_retraining",
    "model_rollback",
    "prompt_release",
    "prompt_evaluation",
    "content_safety_review",
    "drift_check",
    "approval_query",
    "run_status_query",
    "out_of_scope",
]
INTENTS: tuple[str, ...] = get_args(Intent)
SLOT_KEYS: tuple[str, ...] = (
    "service",
    "metric",
    "since",
    "environment",
    "model",
    "dataset",
    "version",
    "baseline",
    "prompt",
    "feature",
    "target",
    "approval_id",
    "requester",
    "run_id",
    "scenario",
)
SCENARIO_OF: dict[str, tuple[str, ...]] = {
    "incident_investigation": ("incident-response", "model-incident"),
    "model_retraining": ("retrain-on-drift",),
    "model_rollback": ("model-rollback",),
    "prompt_evaluation": ("prompt-evaluation",),
    "prompt_release": ("prompt-release",),
    "content_safety_review": ("content-safety-review",),
    "drift_check": ("drift-check",),
    "approval_query": (),
    "run_status_query": (),
    "out_of_scope": (),
}
"""The catalogue scenarios each intent prefers (a prior for retrieval, which also finds scenarios not listed)."""


class PlannerAnswer(BaseModel):
    """What a planner understood from one request."""

    model_config = ConfigDict(extra="forbid")

    intent: Intent
    slots: dict[str, str] = Field(default_factory=dict, description="Slot key -> verbatim text of the request.")
    scenario: str | None = Field(default=None, description="The catalogue scenario's name, or None.")
    params: dict[str, Any] = Field(default_factory=dict, description="The scenario's params filled from slots.")
    confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    planner: str = "offline"
    notes: list[str] = Field(default_factory=list)


class PlanTask(BaseModel):
    """One task of a previewed plan."""

    id: str
    tool: str | None = None
    role: str | None = None
    team: list[str] = Field(default_factory=list, description="Roles that decide the task together (instead of role).")
    goal: str | None = None
    description: str = ""
    depends_on: list[str] = Field(default_factory=list)

    @property
    def performer(self) -> str | None:
        """Who performs it: the role, or the team's roles joined by " + "."""
        return self.role or (" + ".join(self.team) if self.team else None)


class PlanGate(BaseModel):
    """A task the approval policy gates: where the run would stop for people."""

    task_id: str
    tool: str
    risk: str
    approvals: int
    roles: list[str]


class PlanPreview(BaseModel):
    """The plan an answer stands for, loaded and validated as a file would be, without running anything."""

    scenario: str | None = None
    file: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    tasks: list[PlanTask] = Field(default_factory=list)
    gates: list[PlanGate] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)

    @property
    def valid(self) -> bool:
        """A plan that may be run: a scenario was chosen and it validated."""
        return self.scenario is not None and self.file is not None and not self.problems


class Planner(Protocol):
    """Anything that turns a request into a ``PlannerAnswer``."""

    def plan(self, text: str, context: dict[str, str] | None = None) -> PlannerAnswer: ...


def make_planner(
    settings: Settings | None = None,
    *,
    model: str | None = None,
    catalogue: Catalogue | None = None,
    environ: dict[str, str] | None = None,
) -> Planner:
    """The planner to use: offline by default; the LLM planner (falling back to the offline one) when ``model``
    (``PROVIDER[:NAME]``, as ``--model``) or ``GENAIOPS_MODEL_PROVIDER`` names a real model. ``catalogue`` lets
    the planner choose scenarios by retrieval and fill their params."""
    from genaiops.agents.planner.factory import build_planner

    return build_planner(settings, model=model, catalogue=catalogue, environ=environ)


def instantiate(answer: PlannerAnswer, catalogue: Catalogue) -> PlanPreview:
    """The scenario ``answer`` names, loaded with its params through ``load_scenario`` (the file's own
    validation), with its tasks, its gates and its problems. Nothing runs."""
    from genaiops.agents.planner.preview import build_preview

    return build_preview(answer, catalogue)
