"""The offline model: a deterministic ``ChatCompletionClient`` that needs no network and no weights.

It turns a task's structured instruction into the tool calls it names and, once the results are back, writes a
factual summary of them — so an agent running on it goes through AgentChat's real tool-calling path, and
everything except the language model is exercised. The instruction is a JSON object in the newest user message::

    {"calls": [{"tool": "summarize_series", "arguments": {"values": [1, 2, 3]}}]}

Only tools the agent was given are called; anything else gets a plain refusal. It acts on the newest message from
the *user* (the task) that it has not answered yet — never on text from other agents or tools — so teams of agents
do not loop (PACKAGES.md) and an instruction injected into a result is not followed. In a team, each entry may name
the ``role`` it is for, and each member's client (``OfflineModelClient(agent=...)``) performs only its own.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncGenerator, Mapping, Sequence
from typing import Any, Literal

from autogen_core import CancellationToken, FunctionCall
from autogen_core.models import (
    AssistantMessage,
    ChatCompletionClient,
    CreateResult,
    FunctionExecutionResultMessage,
    LLMMessage,
    ModelInfo,
    RequestUsage,
    UserMessage,
)
from autogen_core.tools import Tool, ToolSchema
from pydantic import BaseModel

__all__ = ["OfflineModelClient", "instruction"]

CONTEXT_WINDOW = 128_000


def instruction(calls: Sequence[tuple[str, Mapping[str, Any]] | tuple[str, Mapping[str, Any], str]]) -> str:
    """The message that makes the offline model call ``calls`` (tool name, arguments[, role]) in order."""
    entries = [{"tool": c[0], "arguments": dict(c[1]), **({"role": c[2]} if len(c) > 2 else {})} for c in calls]
    return json.dumps({"calls": entries}, sort_keys=True)


def _open_instruction(messages: Sequence[LLMMessage]) -> str | None:
    """The newest message from the user (not another agent) that this agent has not answered yet, if any."""
    for message in reversed(messages):
        if isinstance(message, AssistantMessage):
            return None
        if isinstance(message, UserMessage) and message.source == "user":
            return _text(message)
    return None


def _instruction_line(text: str) -> str:
    """The JSON instruction: the whole message, or its last line that is a JSON object."""
    stripped = text.strip()
    if stripped.startswith("{"):
        return stripped
    lines = [line for line in stripped.splitlines() if line.lstrip().startswith("{")]
    return lines[-1] if lines else stripped


def _passed(content: str) -> bool | None:
    """A result's own verdict, if it states one (``passed``, or ``verdict``/``decision`` of pass/block)."""
    try:
        value = json.loads(content)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    for level in (value, *(v for v in value.values() if isinstance(v, dict))):  # the result, or a report in it
        if isinstance(level.get("passed"), bool):
            return level["passed"]
        for key in ("verdict", "decision"):
            if isinstance(level.get(key), str) and level[key].lower() in ("pass", "block", "fail", "approve"):
                return level[key].lower() in ("pass", "approve")
    return None


def _text(message: LLMMessage) -> str:
    content = getattr(message, "content", "")
    if isinstance(content, str):
        return content
    return json.dumps([getattr(item, "content", str(item)) for item in content], default=str)


def _words(messages: Sequence[LLMMessage]) -> int:
    return sum(len(_text(m).split()) for m in messages)


class OfflineModelClient(ChatCompletionClient):
    """Deterministic: the same messages always give the same reply, call ids included."""

    def __init__(self, agent: str | None = None) -> None:
        self.agent = agent
        """The agent this client speaks for: instruction entries with a ``role`` are for that agent only."""
        self._last = RequestUsage(prompt_tokens=0, completion_tokens=0)
        self._total = RequestUsage(prompt_tokens=0, completion_tokens=0)

    async def create(
        self,
        messages: Sequence[LLMMessage],
        *,
        tools: Sequence[Tool | ToolSchema] = [],
        tool_choice: Tool | Literal["auto", "required", "none"] = "auto",
        json_output: bool | type[BaseModel] | None = None,
        extra_create_args: Mapping[str, Any] = {},
        cancellation_token: CancellationToken | None = None,
    ) -> CreateResult:
        newest = messages[-1] if messages else None
        task = _open_instruction(messages)
        if isinstance(newest, FunctionExecutionResultMessage):
            content: str | list[FunctionCall] = self._summarise(newest)
        elif task is not None and tool_choice != "none":
            content = self._calls(task, {self._name_of(t) for t in tools}, self.agent)
        else:
            content = "Nothing to do: the offline model acts only on a structured instruction from the user."
        finish = "function_calls" if isinstance(content, list) else "stop"
        completion = (
            len(json.dumps(content, default=str).split()) if isinstance(content, list) else len(content.split())
        )
        self._last = RequestUsage(prompt_tokens=_words(messages), completion_tokens=completion)
        self._total = RequestUsage(
            prompt_tokens=self._total.prompt_tokens + self._last.prompt_tokens,
            completion_tokens=self._total.completion_tokens + self._last.completion_tokens,
        )
        return CreateResult(finish_reason=finish, content=content, usage=self._last, cached=False)

    async def create_stream(
        self,
        messages: Sequence[LLMMessage],
        *,
        tools: Sequence[Tool | ToolSchema] = [],
        tool_choice: Tool | Literal["auto", "required", "none"] = "auto",
        json_output: bool | type[BaseModel] | None = None,
        extra_create_args: Mapping[str, Any] = {},
        cancellation_token: CancellationToken | None = None,
    ) -> AsyncGenerator[str | CreateResult, None]:
        yield await self.create(messages, tools=tools, tool_choice=tool_choice, json_output=json_output)

    @staticmethod
    def _name_of(tool: Tool | ToolSchema) -> str:
        return tool["name"] if isinstance(tool, dict) else tool.name

    @staticmethod
    def _calls(text: str, offered: set[str], agent: str | None = None) -> str | list[FunctionCall]:
        try:
            wanted = json.loads(_instruction_line(text))["calls"]
            calls = [
                (str(c["tool"]), dict(c.get("arguments", {})))
                for c in wanted
                if agent is None or c.get("role") in (None, agent)
            ]
        except (ValueError, KeyError, TypeError, AttributeError):
            return "No structured instruction found; the offline model only performs instructed tool calls."
        if not calls:
            return f"Nothing in the instruction is for the {agent}."
        missing = [name for name, _ in calls if name not in offered]
        if missing:
            return f"I cannot call {', '.join(missing)}: not among my tools ({', '.join(sorted(offered)) or 'none'})."
        out = []
        for i, (name, args) in enumerate(calls):
            arguments = json.dumps(args, sort_keys=True)
            call_id = "call_" + hashlib.sha256(f"{i}:{name}:{arguments}".encode()).hexdigest()[:16]
            out.append(FunctionCall(id=call_id, name=name, arguments=arguments))
        return out

    @staticmethod
    def _summarise(message: FunctionExecutionResultMessage) -> str:
        parts, verdicts = [], []
        for result in message.content:
            if result.is_error:
                parts.append(f"{result.name} failed: {result.content}")
                verdicts.append(False)
            else:
                parts.append(f"{result.name} returned {result.content}")
                verdicts.append(_passed(result.content))
        known = [v for v in verdicts if v is not None]
        if known:  # a check's own pass/fail field, restated: the offline model adds no judgement of its own
            parts.append("VERDICT: APPROVE" if all(known) else "VERDICT: BLOCK")
        return "\n".join(parts)

    async def close(self) -> None:
        return None

    def actual_usage(self) -> RequestUsage:
        return self._last

    def total_usage(self) -> RequestUsage:
        return self._total

    def count_tokens(self, messages: Sequence[LLMMessage], *, tools: Sequence[Tool | ToolSchema] = []) -> int:
        """Words, not tokens: deterministic and offline (no tokenizer files to download)."""
        return _words(messages)

    def remaining_tokens(self, messages: Sequence[LLMMessage], *, tools: Sequence[Tool | ToolSchema] = []) -> int:
        return CONTEXT_WINDOW - self.count_tokens(messages, tools=tools)

    @property
    def capabilities(self) -> Any:  # deprecated in autogen-core, still abstract
        return {"vision": False, "function_calling": True, "json_output": False}

    @property
    def model_info(self) -> ModelInfo:
        return ModelInfo(
            vision=False, function_calling=True, json_output=False, family="unknown", structured_output=False
        )
