"""One attempt of an agent task: every tool call its agents make is checked, performed and recorded here.

The wrapper is where the rules hold, whatever a model writes:

- an agent is offered only its role's tools; a call to any other tool is refused (AgentChat answers "not
  available") and recorded;
- a gated tool (it deploys, remediates, rolls back, publishes, or its risk tier needs approvals) runs only as the
  task itself, with exactly the arguments the executor validated and people approved; any other gated call is
  refused — the agent can propose it as a task, which the run validates and gates like any other;
- arguments are screened by the input guardrails; tool results by the tool-result guardrails *before the model
  reads them*, so an instruction injected in a tool output is withheld and recorded, never obeyed;
- each further call runs under its own idempotency key derived from the task's, so a retried attempt repeats
  the same keys;
- results reach the model as JSON-mode text (``JsonResultTool``), and a call that errored anyway (the tool
  failed, the model's arguments did not fit, ...) is recorded as a ``tool_error`` turn: the handler fails the
  attempt, so a task whose agent did not get a tool's result never reads as succeeded.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from autogen_core import CancellationToken
from autogen_core.models import FunctionExecutionResult
from autogen_core.tools import BaseTool, ToolSchema
from pydantic import BaseModel, Field, ValidationError

from genaiops.agents.registry_tools import JsonResultTool
from genaiops.agents.roles import Role
from genaiops.graphs.handlers import Proposal, TaskCall
from genaiops.graphs.scenario import TOOL_ERROR_TURN
from genaiops.graphs.screening import REVIEW_MARK, conceal, screen_value
from genaiops.graphs.spec import TaskSpec
from genaiops.graphs.tracing import RunTracer, traced
from genaiops.registry import ToolSpec, describe_validation_error
from genaiops.secret_refs import secret_names
from genaiops.store import AgentTurn
from genaiops.threads import in_thread

__all__ = ["AgentSession", "Refused"]


class Refused(Exception):
    """A tool call the rules do not allow; the message is what the model is told."""


@dataclass
class AgentSession:
    """The calls of one task attempt: the task's own (pre-approved) call and whatever else its agents ask for."""

    call: TaskCall
    engine: Any
    """The bound engine: registry, policy, screen (guardrails), clock, store."""
    turns: list[AgentTurn] = field(default_factory=list)
    refusals: list[dict[str, Any]] = field(default_factory=list)
    tool_errors: list[dict[str, Any]] = field(default_factory=list)
    """Calls whose result the model did not get (not refusals: the rules holding are recorded as those)."""
    refused_calls: set[str] = field(default_factory=set)
    task_result: BaseModel | None = None
    tracer: RunTracer | None = None
    vault: dict[str, str] = field(default_factory=dict)
    """Content under review shown to the model as screened summaries, by summary (see :meth:`conceal`)."""
    _calls: int = 0

    def usage(self) -> dict[str, int]:
        """Token totals of the recorded turns (span attributes)."""
        return {
            "genaiops.agent.prompt_tokens": sum(t.prompt_tokens or 0 for t in self.turns),
            "genaiops.agent.completion_tokens": sum(t.completion_tokens or 0 for t in self.turns),
            "genaiops.agent.refusals": len(self.refusals),
        }

    def conceal(self, tool: str, args: Mapping[str, Any]) -> dict[str, Any]:
        """A call's arguments as the model may read them: each field its tool declares under review replaced by
        a screened summary, which the session swaps back for the text when the model passes it on."""
        spec = self.engine.registry.get(tool)
        shown, vault = conceal(self.engine.screen, spec.under_review, args)
        self.vault.update(vault)
        return shown

    def _reveal(self, agent: str, spec: ToolSpec, args: BaseModel) -> BaseModel:
        """The model's arguments with every screened summary it passed on swapped back for the text under review.
        A summary the session never gave (the model changed the handle) is refused: reviewing the summary itself
        would pass text nobody looked at."""
        if not spec.under_review:
            return args
        dumped = args.model_dump(mode="json")
        for name in spec.under_review & set(dumped):
            value = dumped[name]
            if isinstance(value, str) and value.startswith(REVIEW_MARK):
                if value not in self.vault:
                    said = f"{name}: pass the content-under-review handle exactly as it was given"
                    raise self.refuse(agent, spec.name, said)
                dumped[name] = self.vault[value]
        return args if dumped == args.model_dump(mode="json") else spec.parse_args(dumped)

    def tools_for(self, role: Role) -> list[BaseTool]:
        tools: list[BaseTool] = [GuardedTool(self.engine.registry.get(name), self, role) for name in role.tools]
        return [*tools, ProposeTasks(self, role)]

    def note(self, agent: str, kind: str, content: Any, usage: Any = None) -> None:
        ctx = self.call.context
        self.turns.append(
            AgentTurn(
                ctx.run_id,
                ctx.task_id,
                ctx.iteration,
                ctx.attempt,
                agent,
                kind,
                self.engine.clock.now().isoformat(),
                content if isinstance(content, str) else json.dumps(content, default=str, sort_keys=True),
                getattr(usage, "prompt_tokens", None),
                getattr(usage, "completion_tokens", None),
            )
        )

    def refuse(self, agent: str, tool: str, reason: str) -> Refused:
        self.refusals.append({"agent": agent, "tool": tool, "reason": reason})
        self.note(agent, "refusal", {"tool": tool, "reason": reason})
        return Refused(f"refused: {reason}")

    def errored(self, agent: str, result: FunctionExecutionResult, offered: set[str]) -> None:
        """Record an errored tool result the agent received: a refusal (a tool it was not offered, or a call the
        rules refused) or a tool error (anything else: the model did not get the tool's result)."""
        if result.name not in offered:
            self.refuse(agent, result.name, f"{result.name} is not a tool of the {agent} role")
        elif result.call_id not in self.refused_calls:
            error = {"agent": agent, "tool": result.name, "call_id": result.call_id, "error": result.content}
            self.tool_errors.append(error)
            self.note(agent, TOOL_ERROR_TURN, error)

    def failure(self) -> str | None:
        """Why the attempt fails because of its tool errors (None when every call's result reached the model)."""
        if not self.tool_errors:
            return None
        said = "; ".join(f"{e['agent']} called {e['tool']}: {e['error']}" for e in self.tool_errors)
        return f"{len(self.tool_errors)} tool call(s) failed, so the agent never got their results: {said}"

    async def invoke(self, role: Role, spec: ToolSpec, args: BaseModel) -> BaseModel:
        ctx = self.call.context
        attributes = {"genaiops.agent.name": role.name, "genaiops.tool.name": spec.name}
        with traced(self.tracer, ctx.run_id, ctx.task_id, f"tool {spec.name}", iteration=ctx.iteration,
                    attributes=attributes) as span:  # fmt: skip
            try:
                result = await self._invoke(role, spec, args)
            except Refused:
                span.set_attributes({"genaiops.tool.outcome": "refused"})
                raise
            span.set_attributes({"genaiops.tool.outcome": "ok"})
            return result

    async def _invoke(self, role: Role, spec: ToolSpec, args: BaseModel) -> BaseModel:
        agent = role.name
        args = self._reveal(agent, spec, args)
        own = spec.name == self.call.tool.name and _same(args, self.call.args)
        if own and self.task_result is not None:  # asked again: the task's call is performed once per attempt
            return self._screen_result(agent, spec, self.task_result)
        if own:
            ctx = self.call.context
        else:
            requirement = self.engine.policy.requirement(spec)
            if requirement.gated or spec.actions:
                invented = " with arguments other than the approved ones" if spec.name == self.call.tool.name else ""
                raise self.refuse(
                    agent,
                    spec.name,
                    f"{spec.name}{invented} needs approval ({requirement.approvals} approver(s), risk "
                    f"{requirement.risk}); propose it as a task with propose_tasks so people can decide",
                )
            foreign = sorted(set(secret_names(args)) - set(secret_names(self.call.args)))
            if foreign:  # the model chose which secret a tool gets: only the task's own, which people saw
                raise self.refuse(
                    agent,
                    spec.name,
                    f"secret reference(s) {', '.join(foreign)} are not in this task's own arguments; an agent may "
                    "pass on only the secrets its task was given",
                )
            args = self._screen_input(agent, spec, args)
            self._calls += 1
            base = self.call.context
            ctx = replace(
                base, idempotency_key=f"{base.idempotency_key}:{agent}:{self._calls}", seed=base.seed + self._calls
            )
        if spec.offload:
            result = await in_thread(spec.invoke, args, ctx)
        else:
            result = spec.invoke(args, ctx)
        if own:
            self.task_result = result
        return self._screen_result(agent, spec, result)

    def _screen_input(self, agent: str, spec: ToolSpec, args: BaseModel) -> BaseModel:
        screen = self.engine.screen
        if screen is None:
            return args
        screened = screen_value(screen, "input", args.model_dump(mode="json"), spec.under_review)
        if screened.blocked:
            raise self.refuse(agent, spec.name, f"arguments blocked by guardrails: {screened.blocked}")
        return spec.parse_args(screened.value) if screened.changed else args

    def _screen_result(self, agent: str, spec: ToolSpec, result: BaseModel) -> BaseModel:
        """What the model may read of a result: injected instructions withheld, secrets redacted."""
        screen = self.engine.screen
        if screen is None:
            return result
        dumped = result.model_dump(mode="json")
        screened = screen_value(screen, "tool_result", dumped, spec.under_review, for_model=True)
        if screened.blocked:
            raise self.refuse(agent, spec.name, f"{spec.name}'s output was withheld: {screened.blocked}")
        return spec.result_model.model_validate(screened.value) if screened.changed else result


def _same(a: BaseModel, b: BaseModel) -> bool:
    return a.model_dump(mode="json") == b.model_dump(mode="json")


class _SessionTool(JsonResultTool[Any, Any]):
    """A tool of the session: results as JSON-mode text; a refused call is remembered by its call id, so the
    handler tells refusals (the rules holding) from tool errors."""

    _session: AgentSession

    async def run_json(
        self, args: Mapping[str, Any], cancellation_token: CancellationToken, call_id: str | None = None
    ) -> Any:
        try:
            return await super().run_json(args, cancellation_token, call_id)
        except Refused:
            if call_id is not None:
                self._session.refused_calls.add(call_id)
            raise


class GuardedTool(_SessionTool):
    """A registry tool as an AgentChat tool, every call going through the session's checks."""

    def __init__(self, spec: ToolSpec, session: AgentSession, role: Role):
        super().__init__(spec.input_model, spec.result_model, spec.name, spec.description)
        self._spec, self._session, self._role = spec, session, role

    @property
    def schema(self) -> ToolSchema:
        return _schema_once(self)

    async def run(self, args: BaseModel, cancellation_token: CancellationToken) -> BaseModel:
        return await self._session.invoke(self._role, self._spec, args)


_SCHEMAS: dict[tuple[str, type[BaseModel]], ToolSchema] = {}


def _schema_once(tool: BaseTool) -> ToolSchema:
    """A tool's schema, generated once per tool name and input model: pydantic's JSON schema costs ~2 ms and
    AgentChat asks every tool for it on every model call."""
    key = (tool.name, tool.args_type())
    cached = _SCHEMAS.get(key)
    if cached is None:
        cached = _SCHEMAS[key] = BaseTool.schema.fget(tool)  # type: ignore[attr-defined]
    return cached


class ProposeTasksInput(BaseModel):
    tasks: list[dict[str, Any]] = Field(
        min_length=1,
        max_length=20,
        description="Tasks as in a scenario file: id, tool, args, and optionally role, description, after, when.",
    )
    reason: str = Field(min_length=1, max_length=2000, description="Why these tasks are needed.")


class ProposeTasksResult(BaseModel):
    proposed: list[str]
    note: str


class ProposeTasks(_SessionTool):
    """Hand work to the run: new tasks (for this or another role) that start after this task if the run
    validates them; gated ones wait for approval like any task."""

    def __init__(self, session: AgentSession, role: Role):
        super().__init__(ProposeTasksInput, ProposeTasksResult, "propose_tasks", self.__doc__ or "")
        self._session, self._role = session, role

    @property
    def schema(self) -> ToolSchema:
        return _schema_once(self)

    async def run(self, args: ProposeTasksInput, cancellation_token: CancellationToken) -> ProposeTasksResult:
        tasks = []
        for i, raw in enumerate(args.tasks):
            try:
                tasks.append(TaskSpec.model_validate(raw))
            except ValidationError as exc:
                raise self._session.refuse(
                    self._role.name, "propose_tasks", f"tasks[{i}]: {describe_validation_error(exc)}"
                ) from None
        self._session.call.proposals.append(Proposal(tuple(tasks), args.reason, self._role.name))
        self._session.note(self._role.name, "proposal", {"tasks": args.tasks, "reason": args.reason})
        return ProposeTasksResult(
            proposed=[t.id for t in tasks],
            note="proposed: the run validates these tasks when this task ends and asks for approval where needed",
        )
