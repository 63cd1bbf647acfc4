"""Model clients from settings: the real openai, azure and ollama clients of autogen-ext, driven by an AgentChat
agent through a full tool-call round trip against a fake model server on 127.0.0.1 (nothing leaves the machine)."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import openai
import pytest
from autogen_agentchat.agents import AssistantAgent
from autogen_agentchat.base import TaskResult
from autogen_agentchat.messages import TextMessage, ToolCallExecutionEvent
from autogen_core.models import UserMessage

from genaiops.agents.models import ModelSettings, describe, describe_failure, model_client
from genaiops.agents.offline_client import OfflineModelClient
from genaiops.agents.registry_tools import registry_tools
from genaiops.errors import SettingsError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools

KEY = "sk-test-5ecret-do-not-print"
SERIES = [120.0, 130.0, 410.0]
SUMMARY = {"count": 3, "mean": 220.0, "median": 130.0, "p99": 410.0, "max": 410.0}
CALL_ID = "call_fake_1"


@dataclass
class Request:
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: dict[str, Any]


class FakeModelServer:
    """A scripted model on 127.0.0.1: asked with tools, it calls ``summarize_series``; given the tool's result,
    it answers with a text that quotes it. Speaks OpenAI chat completions (also Azure's path) and Ollama /api/chat."""

    def __init__(self) -> None:
        self.requests: list[Request] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 (http.server's name)
                url = urlsplit(self.path)
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                headers = {k.lower(): v for k, v in self.headers.items()}
                fake.requests.append(Request(url.path, parse_qs(url.query), headers, body))
                if url.path.endswith("/chat/completions"):
                    self._send(200, fake.openai_reply(body))
                elif url.path == "/api/chat":
                    self._send(200, fake.ollama_reply(body))
                else:
                    self._send(404, {"error": f"no route {url.path}"})

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> FakeModelServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    @staticmethod
    def _wants_tool(body: dict[str, Any]) -> bool:
        offered = [t.get("function", {}).get("name") for t in body.get("tools") or []]
        return body["messages"][-1]["role"] != "tool" and "summarize_series" in offered

    @staticmethod
    def _answer(body: dict[str, Any]) -> str:
        last = body["messages"][-1]
        return f"The series summary is {last['content']}" if last["role"] == "tool" else "Nothing to do."

    def openai_reply(self, body: dict[str, Any]) -> dict[str, Any]:
        if self._wants_tool(body):
            call = {"name": "summarize_series", "arguments": json.dumps({"values": SERIES})}
            tool_call = {"id": CALL_ID, "type": "function", "function": call}
            message = {"role": "assistant", "content": None, "tool_calls": [tool_call]}
            finish = "tool_calls"
        else:
            message, finish = {"role": "assistant", "content": self._answer(body)}, "stop"
        return {
            "id": f"chatcmpl-{len(self.requests)}",
            "object": "chat.completion",
            "created": 1_790_000_000,
            "model": body["model"],
            "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
            "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18},
        }

    def ollama_reply(self, body: dict[str, Any]) -> dict[str, Any]:
        if self._wants_tool(body):
            call = {"function": {"name": "summarize_series", "arguments": {"values": SERIES}}}
            message = {"role": "assistant", "content": "", "tool_calls": [call]}
        else:
            message = {"role": "assistant", "content": self._answer(body)}
        return {
            "model": body["model"],
            "created_at": "2026-11-27T00:00:00Z",
            "message": message,
            "done": True,
            "done_reason": "stop",
            "prompt_eval_count": 13,
            "eval_count": 5,
        }


@pytest.fixture
def server() -> Iterator[FakeModelServer]:
    with FakeModelServer() as fake:
        yield fake


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections and never answers (a hung model server)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)
        yield sock.getsockname()[1]


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def context(_spec: object) -> ToolContext:
    return ToolContext(run_id="run-m", task_id="t", idempotency_key="k", now=datetime(2026, 11, 27, tzinfo=UTC))


async def run_agent(settings: ModelSettings) -> TaskResult:
    client = model_client(settings)
    agent = AssistantAgent(
        "sre",
        model_client=client,
        tools=registry_tools(load_tools(), ["summarize_series"], context),
        reflect_on_tool_use=True,
    )
    try:
        return await asyncio.wait_for(agent.run(task="Summarise the checkout latency series."), 15)
    finally:
        await client.close()


async def ask(settings: ModelSettings) -> None:
    """One plain request, guarded so a regression fails the test instead of hanging it."""
    client = model_client(settings)
    try:
        await asyncio.wait_for(client.create([UserMessage(content="hi", source="user")]), 10)
    finally:
        await client.close()


def assert_tool_ran(result: TaskResult) -> str:
    """The tool really ran on the model's arguments, and the final answer quotes its result; returns the result."""
    executions = [m for m in result.messages if isinstance(m, ToolCallExecutionEvent)]
    assert len(executions) == 1 and executions[0].content[0].is_error is False
    output = executions[0].content[0].content
    assert json.loads(output) == SUMMARY
    final = result.messages[-1]
    assert isinstance(final, TextMessage) and final.content == f"The series summary is {output}"
    return output


def settings_for(env: dict[str, str], model: str | None = None) -> ModelSettings:
    return ModelSettings.from_env(env, model=model)


async def test_openai_client_completes_a_tool_call_round_trip(server: FakeModelServer) -> None:
    """The real OpenAI client: tool schema sent, tool run, its result returned under the model's call id, key sent."""
    settings = settings_for(
        {
            "GENAIOPS_MODEL_BASE_URL": server.url + "/v1",
            "GENAIOPS_MODEL_API_KEY": KEY,
            "GENAIOPS_MODEL_TEMPERATURE": "0",
        },
        model="openai:local-qwen",
    )
    output = assert_tool_ran(await run_agent(settings))
    first, second = server.requests
    assert {r.path for r in server.requests} == {"/v1/chat/completions"}
    assert first.headers["authorization"] == f"Bearer {KEY}" and first.body["model"] == "local-qwen"
    assert first.body["temperature"] == 0
    (schema,) = first.body["tools"]
    assert (
        schema["function"]["name"] == "summarize_series" and "values" in schema["function"]["parameters"]["properties"]
    )
    calls = [m for m in second.body["messages"] if m["role"] == "assistant" and m.get("tool_calls")]
    assert calls[0]["tool_calls"][0]["id"] == CALL_ID
    assert second.body["messages"][-1] == {"role": "tool", "tool_call_id": CALL_ID, "content": output}


async def test_azure_client_completes_a_tool_call_round_trip(server: FakeModelServer) -> None:
    """The real Azure client posts to the deployment's path with the api-version and the api-key header."""
    env = {
        "GENAIOPS_AZURE_ENDPOINT": server.url,
        "GENAIOPS_AZURE_DEPLOYMENT": "ops-gpt",
        "GENAIOPS_AZURE_API_VERSION": "2024-10-21",
        "GENAIOPS_MODEL_API_KEY": KEY,
    }
    output = assert_tool_ran(await run_agent(settings_for(env, model="azure")))
    assert {r.path for r in server.requests} == {"/openai/deployments/ops-gpt/chat/completions"}
    assert all(r.query["api-version"] == ["2024-10-21"] and r.headers["api-key"] == KEY for r in server.requests)
    assert server.requests[1].body["messages"][-1] == {"role": "tool", "tool_call_id": CALL_ID, "content": output}


async def test_ollama_client_completes_a_tool_call_round_trip(server: FakeModelServer) -> None:
    """The real Ollama client speaks /api/chat: tools offered, the tool result sent back as a tool message."""
    env = {"GENAIOPS_OLLAMA_HOST": server.url, "GENAIOPS_MODEL_TEMPERATURE": "0.2"}
    output = assert_tool_ran(await run_agent(settings_for(env, model="ollama:llama3.1:8b")))
    first, second = server.requests
    assert {r.path for r in server.requests} == {"/api/chat"}
    assert first.body["model"] == "llama3.1:8b" and first.body["stream"] is False
    assert first.body["options"]["temperature"] == 0.2
    assert [t["function"]["name"] for t in first.body["tools"]] == ["summarize_series"]
    assistant = [m for m in second.body["messages"] if m["role"] == "assistant"]
    assert assistant[0]["tool_calls"][0]["function"] == {"name": "summarize_series", "arguments": {"values": SERIES}}
    assert second.body["messages"][-1]["role"] == "tool" and second.body["messages"][-1]["content"] == output
    assert "authorization" not in first.headers


async def test_ollama_client_sends_the_key_when_one_is_set(server: FakeModelServer) -> None:
    """An Ollama behind a proxy (or ollama.com) gets the key as a bearer token."""
    settings = settings_for({"GENAIOPS_OLLAMA_HOST": server.url, "GENAIOPS_MODEL_API_KEY": KEY}, model="ollama:qwen2.5")
    assert_tool_ran(await run_agent(settings))
    assert {r.headers["authorization"] for r in server.requests} == {f"Bearer {KEY}"}


async def test_an_unreachable_server_fails_fast_with_a_clear_message(closed_port: int) -> None:
    """Nothing listening: the client raises a connection error, described with the URL and the variable to check."""
    url = f"http://127.0.0.1:{closed_port}/v1"
    settings = ModelSettings(provider="openai", model="m", base_url=url, api_key=KEY, max_retries=0, timeout=2)
    with pytest.raises(openai.APIConnectionError) as caught:
        await ask(settings)
    text = describe_failure(caught.value, settings)
    assert text.startswith(f"cannot reach the openai model at {url}") and "GENAIOPS_MODEL_BASE_URL" in text
    assert KEY not in text


@pytest.mark.parametrize("provider", ["openai", "ollama"])
async def test_a_hung_server_times_out_instead_of_hanging(provider: str, silent_port: int) -> None:
    """A server that never answers: the request ends after the configured timeout (ollama's included)."""
    url = f"http://127.0.0.1:{silent_port}"
    settings = ModelSettings(
        provider=provider, model="m", base_url=url + "/v1", ollama_host=url, timeout=0.3, max_retries=0
    )
    with pytest.raises((openai.APITimeoutError, httpx.TimeoutException)) as caught:  # not the 10 s guard's
        await ask(settings)
    assert "did not answer within 0.3 s" in describe_failure(caught.value, settings)


def test_offline_is_the_default() -> None:
    """No settings, or an empty environment, give the deterministic offline client."""
    assert isinstance(model_client(), OfflineModelClient)
    settings = ModelSettings.from_env({})
    assert settings.provider == "offline" and isinstance(model_client(settings), OfflineModelClient)
    assert describe(settings) == "offline model (deterministic, no network)"


def test_the_key_is_never_printed(closed_port: int) -> None:
    """repr, str, JSON, the description, settings errors and failure descriptions never contain the key."""
    settings = settings_for(
        {"GENAIOPS_MODEL_BASE_URL": "http://127.0.0.1:1/v1", "GENAIOPS_MODEL_API_KEY": KEY}, "openai:m"
    )
    assert settings.api_key is not None and settings.api_key.get_secret_value() == KEY
    shown = [repr(settings), str(settings), settings.model_dump_json(), describe(settings)]
    shown.append(describe_failure(RuntimeError(f"401: invalid key {KEY}"), settings))
    with pytest.raises(SettingsError) as bad:
        settings_for({"GENAIOPS_MODEL_API_KEY": KEY, "GENAIOPS_MODEL_TIMEOUT": "soon"}, "openai:m")
    shown.append(str(bad.value))
    assert all(KEY not in text for text in shown)
    assert "key set" in describe(settings)


def test_model_flag_wins_over_the_environment_and_keeps_colons_in_names() -> None:
    """--model PROVIDER[:NAME] overrides GENAIOPS_MODEL_PROVIDER/NAME; Ollama tags like llama3.1:8b survive."""
    env = {"GENAIOPS_MODEL_PROVIDER": "openai", "GENAIOPS_MODEL_NAME": "gpt-4o-mini", "OPENAI_API_KEY": KEY}
    assert settings_for(env).model == "gpt-4o-mini"
    flagged = settings_for(env, model="ollama:llama3.1:8b")
    assert (flagged.provider, flagged.model) == ("ollama", "llama3.1:8b")
    assert settings_for(env, model="OpenAI").model == "gpt-4o-mini"
    azure = settings_for({"GENAIOPS_AZURE_ENDPOINT": "https://x.openai.azure.com", "GENAIOPS_MODEL_API_KEY": KEY},
                         model="azure:ops-gpt")  # fmt: skip
    assert azure.azure_deployment == "ops-gpt"  # --model azure:NAME names the deployment


def test_provider_specific_key_fallbacks() -> None:
    """OPENAI_API_KEY is used for openai when GENAIOPS_MODEL_API_KEY is unset; ours wins when both are set."""
    env = {"GENAIOPS_MODEL_NAME": "gpt-4o-mini", "OPENAI_API_KEY": "from-openai"}
    assert settings_for(env, "openai").api_key.get_secret_value() == "from-openai"  # type: ignore[union-attr]
    both = settings_for({**env, "GENAIOPS_MODEL_API_KEY": "ours"}, "openai")
    assert both.api_key.get_secret_value() == "ours"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("env", "flag", "expected"),
    [
        ({"GENAIOPS_MODEL_PROVIDER": "openia"}, None, ["GENAIOPS_MODEL_PROVIDER", "'openia'", "did you mean 'openai'"]),
        ({}, "olama:llama3.1", ["--model", "did you mean 'ollama'"]),
        ({"OPENAI_API_KEY": "k"}, "openai", ["GENAIOPS_MODEL_NAME is not set", "--model openai:gpt-4o-mini"]),
        ({"GENAIOPS_MODEL_NAME": "gpt-4o"}, "openai", ["GENAIOPS_MODEL_API_KEY", "OPENAI_API_KEY", "BASE_URL"]),
        ({}, "ollama", ["GENAIOPS_MODEL_NAME is not set", "llama3.1"]),
        ({"GENAIOPS_AZURE_ENDPOINT": "https://x.openai.azure.com"}, "azure", ["GENAIOPS_AZURE_DEPLOYMENT", "KEY"]),
        ({"GENAIOPS_MODEL_TIMEOUT": "-1"}, None, ["GENAIOPS_MODEL_TIMEOUT", "greater than 0", "-1"]),
        ({"GENAIOPS_MODEL_TEMPERATURE": "hot"}, None, ["GENAIOPS_MODEL_TEMPERATURE", "'hot'"]),
        ({"GENAIOPS_MODEL_INFO": "{bad"}, None, ["GENAIOPS_MODEL_INFO", "not JSON", "function_calling"]),
        ({"GENAIOPS_MODEL_INFO": '{"tools": true}'}, None, ["GENAIOPS_MODEL_INFO", "tools: Extra inputs"]),
    ],
)
def test_bad_settings_name_the_variable_and_the_fix(env: dict[str, str], flag: str | None, expected: list[str]) -> None:
    """Each unusable value or missing piece is a SettingsError naming where it comes from and what to set."""
    with pytest.raises(SettingsError) as caught:
        ModelSettings.from_env(env, model=flag)
    for part in expected:
        assert part in str(caught.value)


@pytest.mark.parametrize(
    ("provider", "name", "info", "expected"),
    [
        ("openai", "my-vllm-model", None, {"function_calling": True, "family": "unknown", "vision": False}),
        ("openai", "gpt-4o", None, {"function_calling": True, "family": "gpt-4o", "vision": True}),
        ("ollama", "phi3", '{"function_calling": true, "family": "phi"}', {"function_calling": True, "family": "phi"}),
        ("openai", "my-model", '{"function_calling": false}', {"function_calling": False, "family": "unknown"}),
    ],
)
def test_model_info_defaults_to_tool_calling_for_unknown_models(
    provider: str, name: str, info: str | None, expected: dict[str, object]
) -> None:
    """Unknown names get a tool-calling 'unknown' model; known names autogen's entry; GENAIOPS_MODEL_INFO wins."""
    env = {"GENAIOPS_MODEL_BASE_URL": "http://127.0.0.1:1/v1", **({"GENAIOPS_MODEL_INFO": info} if info else {})}
    client = model_client(settings_for(env, f"{provider}:{name}"))
    assert {k: client.model_info.get(k) for k in expected} == expected


@pytest.mark.parametrize("env", [{}, {"GENAIOPS_MODEL_PROVIDER": " Offline "}, {"OPENAI_API_KEY": "sk-unused"}])
def test_the_unset_default_is_the_validated_one(env: dict[str, str]) -> None:
    """With no model configured, ``from_env`` gives (without validating) what validating gives: equal, the same
    fields set, dump, repr and hash, and a ``model_info`` equal to ``ModelInfoSpec()``."""
    from genaiops.agents.models import ModelInfoSpec

    built, validated = ModelSettings.from_env(env), ModelSettings.model_validate({"provider": "offline"})
    assert built == validated and built.model_fields_set == validated.model_fields_set == {"provider"}
    assert (built.model_dump(), repr(built), hash(built)) == (validated.model_dump(), repr(validated), hash(validated))
    assert built.model_info == ModelInfoSpec() and not built.model_info.model_fields_set
