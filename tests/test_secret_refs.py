"""secret://NAME in tool arguments: resolved only inside the call, through the `secrets` resource; whatever comes
back from the tool (result, error) carries the reference again, on every path a tool is called."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import BaseModel

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.graphs import Engine, GraphSpec
from genaiops.registry import ToolContext, ToolRegistry
from genaiops.secret_refs import SecretStore
from genaiops.store import Store

VALUE = "v4lue-0f-the-s3cret"
reg = ToolRegistry()


class Header(BaseModel):
    name: str
    value: str


class CallInput(BaseModel):
    url: str
    headers: list[Header] = []
    fail_with: str | None = None
    crash: bool = False


class CallResult(BaseModel):
    sent: dict[str, Any]
    digest: str
    """sha256 of the url and header values the tool was given: proof of what it received."""
    at: datetime


def digest(*values: str) -> str:
    return hashlib.sha256("|".join(values).encode()).hexdigest()


@reg.tool(offload=True)
def call(args: CallInput) -> CallResult:
    """Record what it was sent in its result; fail or crash quoting it when asked."""
    sent = {h.name: h.value for h in args.headers}
    if args.fail_with is not None:
        raise ToolInputError(f"{args.fail_with} refused {sent}")
    if args.crash:
        raise KeyError(f"no route for {sent}")
    received = digest(args.url, *sent.values())
    return CallResult(sent={"url": args.url, **sent}, digest=received, at=datetime(2026, 1, 1, tzinfo=UTC))


def ctx(environ: dict[str, str] | None = None) -> ToolContext:
    secrets = SecretStore(environ if environ is not None else {"GENAIOPS_SECRET_API": VALUE}, "/nonexistent")
    return ToolContext("r", "t", "k", datetime(2026, 1, 1, tzinfo=UTC), resources={"secrets": secrets})


def test_the_tool_gets_the_value_and_the_result_gets_the_reference_back() -> None:
    """A reference nested in a list of models is resolved for the call; the value echoed in the result (also
    inside a longer string) becomes the reference again; a value-free result is returned as is."""
    spec = reg.get("call")
    args = {"url": "https://x.test", "headers": [{"name": "auth", "value": "secret://API"}]}
    result = spec.invoke(args, ctx())
    assert result.digest == digest("https://x.test", VALUE)
    assert result.sent == {"url": "https://x.test", "auth": "secret://API"}
    assert result.at == datetime(2026, 1, 1, tzinfo=UTC)
    plain = spec.invoke({"url": "https://x.test"}, None)
    assert plain.sent == {"url": "https://x.test"}


@pytest.mark.parametrize(
    ("extra", "error", "expected"),
    [
        ({"fail_with": "gateway"}, ToolInputError, "gateway refused {'auth': 'secret://API'}"),
        ({"crash": True}, ToolExecutionError, "KeyError: \"no route for {'auth': 'secret://API'}\""),
    ],
)
def test_an_error_quoting_the_value_quotes_the_reference(extra, error, expected) -> None:
    """A tool's error that holds the value is re-raised with the reference in its place (an input error stays
    an input error, anything else is an execution error)."""
    args = {"url": "u", "headers": [{"name": "auth", "value": "secret://API"}], **extra}
    with pytest.raises(error) as caught:
        reg.get("call").invoke(args, ctx())
    assert str(caught.value) == expected and caught.value.__cause__ is None


def test_without_a_secrets_resource_or_a_value_the_call_is_refused_naming_the_fix() -> None:
    """No context (a call outside a run) or no value for the name: an input error saying what to set."""
    args = {"url": "secret://API"}
    with pytest.raises(ToolInputError, match="this call has no `secrets` resource"):
        reg.get("call").invoke(args, None)
    with pytest.raises(ToolInputError, match="set the environment variable GENAIOPS_SECRET_API"):
        reg.get("call").invoke(args, ctx({}))


async def test_a_run_resolves_references_for_a_tool_without_context_and_stores_the_reference() -> None:
    """Through the executor (a tool that takes no context, run in a worker thread) the stored result and the
    events hold the reference, never the value."""
    store = Store.open(":memory:")
    engine = Engine(store=store, registry=reg, resources={"secrets": SecretStore({"GENAIOPS_SECRET_API": VALUE}, "/")})
    spec = GraphSpec.model_validate(
        {"name": "g", "tasks": [{"id": "a", "tool": "call", "args": {"url": "secret://API"}}]}
    )
    result = await engine.start(spec, requester="t")
    assert result.status == "succeeded" and result.outputs["a"]["sent"] == {"url": "secret://API"}
    assert result.outputs["a"]["digest"] == digest(VALUE)
    stored = repr(store.tasks(result.run_id, decode=False)) + repr(store.events(result.run_id))
    assert "secret://API" in stored and VALUE not in stored
    engine.close()


def test_a_graph_from_text_with_a_secret_is_refused_like_a_file() -> None:
    """A graph given as text (an agent's proposal, a chat plan) is checked too: the secret's place is named,
    its value is not; the same graph with a reference validates."""
    from genaiops.errors import GraphValidationError
    from genaiops.graphs import parse_scenario
    from genaiops.tools import load_tools

    key = "ghp_" + "Xk2Lm9Qp4Rt7Vw1Yz3Ab6Cd8Ef0Gh5Ij2Kl4"
    text = "name: p\ntasks:\n  - id: a\n    tool: echo\n    args: {value: [ok, {auth: %s}]}\n"
    with pytest.raises(GraphValidationError) as caught:
        parse_scenario(text % key, load_tools(), file="proposed")
    assert "proposed:5: tasks[0].args.value[1].auth: this argument holds what looks like a secret" in str(caught.value)
    assert "GITHUB_TOKEN" in str(caught.value) and key[4:] not in str(caught.value)
    spec, _ = parse_scenario(text % "secret://GH_TOKEN", load_tools())
    assert spec.tasks[0].args["value"][1] == {"auth": "secret://GH_TOKEN"}
