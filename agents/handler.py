"""The executor's handler for tasks that name a role: an AgentChat agent of that role performs them.

Before the handler is called, the executor has validated the task's arguments, applied the guardrails and the
approval policy to the task's own tool call. The agent gets its role's tools, each wrapped by an
``AgentSession`` (``agents/session.py``) that enforces the same rules on anything else the model asks for, and a
``propose_tasks`` tool to hand work to other roles through the run. An attempt in which a tool call errored (the
agent never got that result) fails, and the task's retry policy applies. Each turn (messages, tool calls, results,
refusals, token usage) is stored with the run, and the agent's AgentChat state is saved per run and role, so a
later task of the same role — in a resumed run, in another process — continues the same conversation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

from autogen_agentchat.agents import AssistantAgent
from autogen_agentchat.base import TaskResult
from autogen_agentchat.conditions import MaxMessageTermination
from autogen_agentchat.messages import BaseAgentEvent, BaseChatMessage, ToolCallExecutionEvent
from autogen_agentchat.teams import RoundRobinGroupChat
from autogen_core.model_context import BufferedChatCompletionContext
from autogen_core.models import ChatCompletionClient
from pydantic import BaseModel

from genaiops.agents.offline_client import OfflineModelClient, instruction
from genaiops.agents.roles import ROLES, Role, get_role
from genaiops.agents.session import AgentSession
from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.graphs.budget import SPEND_EVENT
from genaiops.graphs.handlers import TaskCall, ToolHandler
from genaiops.graphs.tracing import RunTracer, traced
from genaiops.ids import canonical_json

__all__ = ["AgentHandler", "task_message", "team_message"]


def _shown(tool: str, args: Mapping[str, Any], conceal: Callable[[str, Mapping[str, Any]], dict] | None) -> dict:
    return conceal(tool, args) if conceal is not None else dict(args)


def task_message(call: TaskCall, conceal: Callable[[str, Mapping[str, Any]], dict] | None = None) -> str:
    """What the agent is asked: the task in words, then the approved call as a JSON line (the offline model
    acts on that line; a language model reads both). ``conceal`` (``AgentSession.conceal``) replaces content
    under review by screened summaries."""
    spec = call.task
    said = f" ({spec.description})" if spec.description else ""
    args = _shown(call.tool.name, call.args.model_dump(mode="json"), conceal)
    return (
        f"Task {spec.id}{said}. Call {call.tool.name} with exactly these arguments (validated, and approved where "
        f"needed), then summarise the result.\n" + instruction([(call.tool.name, args)])
    )


def team_message(
    call: TaskCall, checks: list[dict[str, Any]], conceal: Callable[[str, Mapping[str, Any]], dict] | None = None
) -> str:
    """What a team is asked: each member runs the checks for its role and ends with its verdict."""
    spec = call.task
    said = f" ({spec.description})" if spec.description else ""
    lines = "; ".join(f"{c['role']}: {c['tool']}" for c in checks)
    return (
        f"Task {spec.id}{said}: decide together on {call.args.model_dump().get('subject', 'this release')}. Each of "
        f"you runs the checks for your role ({lines}) and ends with 'VERDICT: APPROVE' or 'VERDICT: BLOCK' and "
        "why.\n" + instruction([(c["tool"], _shown(c["tool"], c["args"], conceal), c["role"]) for c in checks])
    )


REMEMBERED_MESSAGES = 60
"""How much of its conversation an agent keeps (sees, and carries to its role's next task in the run)."""

_VERDICT = re.compile(r"VERDICT:\s*(APPROVE|BLOCK)", re.IGNORECASE)


def _vote(role: str, text: str) -> dict[str, str]:
    """A member's vote: its last stated verdict; no verdict is an abstention (which blocks)."""
    found = _VERDICT.findall(text)
    verdict = found[-1].lower() if found else "abstain"
    return {"role": role, "verdict": verdict, "reason": text.strip()[-1000:] or "said nothing"}


def _fail_on_tool_errors(session: AgentSession) -> None:
    """An attempt in which a tool call errored fails (the task's retry policy applies): its agents answered
    without that tool's result, so whatever they said or voted is not to be trusted as the task's outcome."""
    failure = session.failure()
    if failure is not None:
        raise ToolExecutionError(failure)


class AgentHandler:
    """Performs role tasks with an ``AssistantAgent`` of the role (offline model by default)."""

    direct_without_role = True  # tasks without a role go straight to their tool, as with ToolHandler

    def __init__(
        self,
        model_client: Callable[[], ChatCompletionClient] = OfflineModelClient,
        roles: Mapping[str, Role] = ROLES,
        tracer: RunTracer | None = None,
        *,
        model_name: str = "offline",
        price: tuple[float, float] = (0.0, 0.0),
    ):
        """``price``: US dollars per million prompt and completion tokens of ``model_name`` (spend events)."""
        self._model_client = model_client
        self._roles = roles
        self._tracer = tracer
        self._model_name, self._price = model_name, price
        self._direct = ToolHandler()
        self._engine: Any = None

    def bind(self, engine: Any) -> None:
        """Called by the engine: the registry, policy, guardrails, clock and store the agents' calls go through."""
        self._engine = engine

    async def perform(self, call: TaskCall) -> BaseModel:
        if call.task.role is None and not call.task.team:
            return await self._direct.perform(call)
        if self._engine is None:
            raise ToolExecutionError("AgentHandler is not bound to an engine: pass it as Engine(handler=...)")
        if call.task.team:
            return await self._team(call)
        role = self._roles.get(call.task.role) or get_role(call.task.role)
        if call.task.goal is not None:
            return await self._goal(call, role)
        if not role.owns_tool(call.tool.name):
            owners = [r.name for r in self._roles.values() if r.owns_tool(call.tool.name)]
            raise ToolInputError(
                f"task {call.task.id}: the {role.name} role does not own {call.tool.name}; "
                f"give the task to {' or '.join(owners) or 'no role (call the tool directly)'}"
            )
        session = AgentSession(call, self._engine, tracer=self._tracer)
        agent = self._agent(role, session)
        await self._restore(agent, call, role)
        ctx = call.context
        with traced(self._tracer, ctx.run_id, ctx.task_id, f"agent {role.name}", iteration=ctx.iteration) as span:
            try:
                await self._run(agent, [role], session, task_message(call, session.conceal))
            finally:
                await self._persist([(agent, role)], session)
                span.set_attributes(session.usage())
        _fail_on_tool_errors(session)
        if session.task_result is None:
            said = session.turns[-1].content if session.turns else "nothing"
            raise ToolExecutionError(f"the {role.name} agent did not call {call.tool.name}: {said}")
        return session.task_result

    async def _goal(self, call: TaskCall, role: Role) -> BaseModel:
        """The role's agent pursues the task's goal: its offline playbook, or tool calling with the model."""
        from genaiops.agents.goals import MAX_TOOL_ITERATIONS, goal_message, model_result, run_playbook

        session = AgentSession(call, self._engine, tracer=self._tracer)
        client = self._model_client()
        ctx = call.context
        goal = call.args
        with traced(self._tracer, ctx.run_id, ctx.task_id, f"goal {role.name}", iteration=ctx.iteration) as span:
            try:
                if isinstance(client, OfflineModelClient):
                    session.note("user", "goal", goal.model_dump_json())
                    return await run_playbook(session, role, goal)
                agent = self._agent(role, session, client, max_tool_iterations=MAX_TOOL_ITERATIONS)
                said: dict[str, str] = {}
                await self._run(agent, [role], session, goal_message(call.task.id, goal), said)
                _fail_on_tool_errors(session)
                return model_result(role.name, goal, said.get(role.name, ""), session)
            finally:
                await self._persist([], session)
                span.set_attributes(session.usage())

    async def _team(self, call: TaskCall) -> BaseModel:
        """The team's members each run their checks and vote; the task's tool combines the votes."""
        members = [self._roles.get(name) or get_role(name) for name in call.task.team]
        if "votes" not in call.tool.input_model.model_fields:
            raise ToolInputError(
                f"task {call.task.id}: a team's tool combines its members' votes, and {call.tool.name} takes none; "
                "use decide_release (or a tool with a `votes` field)"
            )
        checks = call.args.model_dump(mode="json").get("checks", [])
        for i, check in enumerate(checks):
            role = next((m for m in members if m.name == check["role"]), None)
            if role is None or not role.owns_tool(check["tool"]):
                raise ToolInputError(
                    f"task {call.task.id}: checks[{i}] asks {check['role']} for {check['tool']}, which "
                    + ("is not in the team" if role is None else f"the {role.name} role does not own")
                )
            self._engine.registry.get(check["tool"]).parse_args(check["args"])  # bad arguments fail before any model
        session = AgentSession(call, self._engine, tracer=self._tracer)
        agents = [self._agent(role, session) for role in members]
        for agent, role in zip(agents, members, strict=True):
            await self._restore(agent, call, role)
        team = RoundRobinGroupChat(agents, termination_condition=MaxMessageTermination(len(members) + 1))
        said: dict[str, str] = {}
        ctx, name = call.context, "team " + " + ".join(call.task.team)
        with traced(self._tracer, ctx.run_id, ctx.task_id, name, iteration=ctx.iteration) as span:
            try:
                await self._run(team, members, session, team_message(call, checks, session.conceal), said)
            finally:
                await self._persist(list(zip(agents, members, strict=True)), session)
                span.set_attributes(session.usage())
        _fail_on_tool_errors(session)  # a check whose result a member never got is no vote to count
        votes = [_vote(role.name, said.get(role.name, "")) for role in members]
        args = call.tool.parse_args({**call.args.model_dump(mode="json"), "votes": votes})
        return call.tool.invoke(args, call.context)

    def _agent(
        self,
        role: Role,
        session: AgentSession,
        client: ChatCompletionClient | None = None,
        max_tool_iterations: int = 1,
    ) -> AssistantAgent:
        client = client or self._model_client()
        if isinstance(client, OfflineModelClient):
            client.agent = role.name
        return AssistantAgent(
            role.name,
            model_client=client,
            model_context=BufferedChatCompletionContext(buffer_size=REMEMBERED_MESSAGES),
            tools=session.tools_for(role),
            system_message=role.system_message(),
            reflect_on_tool_use=True,
            max_tool_iterations=max_tool_iterations,
        )

    async def _run(
        self, runner: Any, roles: list[Role], session: AgentSession, task: str, said: dict[str, str] | None = None
    ) -> None:
        """Run an agent or a team on ``task``, recording every message and event; ``said`` gets each agent's
        last text message."""
        offered = {role.name: {*role.tools, "propose_tasks"} for role in roles}
        session.note("user", "task", task)
        async for item in runner.run_stream(task=task):
            if isinstance(item, TaskResult):  # the last item; breaking out would close AutoGen's spans elsewhere
                continue
            if not isinstance(item, BaseChatMessage | BaseAgentEvent) or item.source not in offered:
                continue
            session.note(item.source, type(item).__name__, item.model_dump(mode="json"), item.models_usage)
            if said is not None and isinstance(item, BaseChatMessage):
                said[item.source] = item.to_text()
            if isinstance(item, ToolCallExecutionEvent):
                for result in item.content:
                    if result.is_error:
                        session.errored(item.source, result, offered[item.source])

    def _spend(self, session: AgentSession) -> dict[str, Any] | None:
        """What the attempt's turns spent: tokens, and dollars at the model's price (None: nothing spent)."""
        prompt = sum(t.prompt_tokens or 0 for t in session.turns)
        completion = sum(t.completion_tokens or 0 for t in session.turns)
        if not prompt + completion:
            return None
        usd = (prompt * self._price[0] + completion * self._price[1]) / 1_000_000
        turns = sum(1 for t in session.turns if t.prompt_tokens or t.completion_tokens)
        return {"model": self._model_name, "prompt_tokens": prompt, "completion_tokens": completion,
                "tokens": prompt + completion, "usd": round(usd, 8), "turns": turns}  # fmt: skip

    async def _restore(self, agent: AssistantAgent, call: TaskCall, role: Role) -> None:
        saved = self._engine.store.agent_state(call.context.run_id, role.name)
        if saved is not None:
            await agent.load_state(json.loads(saved))

    async def _persist(self, agents: list[tuple[AssistantAgent, Role]], session: AgentSession) -> None:
        """Store the attempt's turns and refusals, and each agent's state, in one transaction."""
        ctx, at = session.call.context, self._engine.clock.now().isoformat()
        states = []
        for agent, role in agents:
            saved = await agent.save_state()
            messages = saved.get("llm_context", {}).get("messages")
            if messages is not None:  # the conversation carried to the role's next task stays bounded
                saved["llm_context"]["messages"] = messages[-REMEMBERED_MESSAGES:]
            states.append((role.name, json.dumps(saved, default=str)))
        events = [
            (ctx.run_id, ctx.task_id, "agent_refused", at, canonical_json(refusal)) for refusal in session.refusals
        ]
        spend = self._spend(session)
        if spend is not None:
            events.append((ctx.run_id, ctx.task_id, SPEND_EVENT, at, canonical_json(spend)))
        with self._engine.store.transaction(run=ctx.run_id) as tx:
            tx.add_agent_turns(session.turns)
            for name, state in states:
                tx.save_agent_state(ctx.run_id, name, state, at)
            if events:
                tx.add_events(events)
