"""Tracing: one OpenTelemetry trace per run, spans built from the stored events, ids derived from the run id."""

from __future__ import annotations

import asyncio
import io
import json
import subprocess
import sys
import time
from concurrent import futures
from pathlib import Path
from typing import Any

import pytest
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode
from pydantic import BaseModel

from genaiops.clock import FakeClock
from genaiops.errors import SettingsError, ToolExecutionError
from genaiops.graphs import Engine, GraphSpec, TaskCall, ToolHandler
from genaiops.graphs.tracing import (
    RunTracer,
    TraceSettings,
    build_tracer,
    combine_observers,
    trace_id_for,
    traced,
)
from genaiops.registry import ToolRegistry
from genaiops.safety.verdict import ScreenResult, Verdict
from genaiops.store import Store

reg = ToolRegistry()
SECRET = "sk-proj-Zq3xV9tLm2Rk8WpB4nYc7HdJf6GsA1Qe"


class Value(BaseModel):
    value: Any = None


@reg.tool()
def same(args: Value) -> Value:
    """Return the value."""
    return Value(value=args.value)


@reg.tool()
def explode(args: Value) -> Value:
    """Fail, naming the value (as careless error messages do)."""
    raise ToolExecutionError(f"cannot use {args.value}")


class Nap(BaseModel):
    seconds: float = 0.5


@reg.tool(offload=True)
def nap(args: Nap) -> Value:
    """Sleep in a worker thread."""
    time.sleep(args.seconds)
    return Value(value=args.seconds)


@reg.tool(actions=("deploys",), risk="medium")
def ship(args: Value) -> Value:
    """Deploy the value (gated)."""
    return Value(value=args.value)


def graph(*tasks: dict) -> GraphSpec:
    return GraphSpec.model_validate({"name": "traced", "tasks": list(tasks)})


def traced_engine(store: Store, clock: FakeClock | None = None, **kw: Any) -> tuple[Engine, InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    clock = clock or FakeClock()
    tracer = RunTracer(store, exporter, registry=reg, clock=clock)
    return Engine(store, reg, clock=clock, on_event=tracer, **kw), exporter


def by_name(spans: tuple[ReadableSpan, ...] | list[ReadableSpan]) -> dict[str, ReadableSpan]:
    found = {s.name: s for s in spans}
    assert len(found) == len(spans), [s.name for s in spans]
    return found


async def test_a_run_is_one_trace_with_a_root_and_a_span_per_task() -> None:
    """Root run span, one span per task parented to it, an execution span; failure is an error status."""
    eng, exporter = traced_engine(Store.open(":memory:"))
    result = await eng.start(
        graph(
            {"id": "a", "tool": "same", "args": {"value": 1}},
            {"id": "b", "tool": "same", "args": {"value": "${a.value}"}},
            {"id": "bad", "tool": "explode", "args": {"value": 2}, "retry": {"attempts": 2, "backoff": 0}},
            {"id": "after_bad", "tool": "same", "after": ["bad"]},
        ),
        requester="ann",
        run_id="run-1",
    )
    assert result.status == "failed"
    spans = by_name(exporter.get_finished_spans())
    assert set(spans) == {"run traced", "execution", "task a", "task b", "task bad", "task after_bad"}
    assert {f"{s.context.trace_id:032x}" for s in spans.values()} == {trace_id_for("run-1")}
    root = spans["run traced"]
    assert root.parent is None and root.status.status_code is StatusCode.ERROR
    assert root.attributes["genaiops.run.status"] == "failed"
    assert root.attributes["genaiops.run.tasks.succeeded"] == 2
    for name, span in spans.items():
        if name != "run traced":
            assert span.parent.span_id == root.context.span_id
            assert root.start_time <= span.start_time <= span.end_time <= root.end_time
    bad = spans["task bad"]
    assert bad.status.status_code is StatusCode.ERROR and "cannot use 2" in bad.status.description
    assert bad.attributes["genaiops.task.attempts"] == 2 and bad.attributes["genaiops.task.tool"] == "explode"
    assert spans["task a"].status.status_code is StatusCode.UNSET
    assert spans["task after_bad"].attributes["genaiops.task.status"] == "blocked"
    assert spans["execution"].attributes["genaiops.execution.outcome"] == "failed"


async def test_an_approval_pause_and_a_resume_elsewhere_land_in_the_same_trace(tmp_path: Path) -> None:
    """Pause for approval, decide, resume with a new engine and tracer on the same store: one trace, no span twice."""
    url = f"sqlite:///{tmp_path / 'runs.db'}"
    clock = FakeClock()
    first, before = traced_engine(Store.open(url), clock)
    spec = graph(
        {"id": "prepare", "tool": "same", "args": {"value": 1}},
        {"id": "deploy", "tool": "ship", "args": {"value": "${prepare.value}"}},
    )
    paused = await first.start(spec, requester="ann", run_id="run-gated")
    assert paused.status == "paused"
    assert sorted(s.name for s in before.get_finished_spans()) == ["execution", "task prepare"]
    clock.advance(minutes=5)
    first.decide(paused.pending[0].id, approver="bob", role="operator", verdict="approve", reason="looks right")
    first.store.close()

    clock.advance(minutes=1)
    second, after = traced_engine(Store.open(url), clock)
    resumed = await second.resume("run-gated")
    assert resumed.status == "succeeded"
    spans = [*before.get_finished_spans(), *after.get_finished_spans()]
    assert {f"{s.context.trace_id:032x}" for s in spans} == {trace_id_for("run-gated")}
    ids = [s.context.span_id for s in spans]
    assert len(ids) == len(set(ids))
    names = sorted(s.name for s in after.get_finished_spans())
    approval_name = "approval ship"
    assert names == sorted(["run traced", "execution", "task deploy", approval_name])
    found = by_name(after.get_finished_spans())
    deploy, approval = found["task deploy"], found[approval_name]
    assert approval.parent.span_id == deploy.context.span_id
    assert approval.attributes["genaiops.approval.outcome"] == "approved"
    assert approval.end_time - approval.start_time == 5 * 60 * 10**9
    decision = next(e for e in approval.events if e.name == "approval.decision")
    assert decision.attributes["genaiops.approval.approver"] == "bob"
    assert deploy.attributes["genaiops.task.risk"] == "medium"
    assert found["run traced"].attributes["genaiops.run.executions"] == 2


async def test_spans_opened_inside_a_task_are_children_of_its_span() -> None:
    """child_span (agent turns, tool calls) nests under the task's span and under an enclosing child span."""
    store = Store.open(":memory:")
    exporter = InMemorySpanExporter()
    tracer = RunTracer(store, exporter)

    class Agent:
        async def perform(self, call: TaskCall) -> BaseModel:
            ctx = call.context
            with tracer.child_span(ctx.run_id, ctx.task_id, "agent turn", attributes={"agent": "sre"}) as turn:
                turn.set_attributes({"genaiops.agent.prompt_tokens": 12})
                with traced(tracer, ctx.run_id, ctx.task_id, "tool call") as call_span:
                    call_span.add_event("tool.result", {"ok": True})
                    return await ToolHandler().perform(call)

    eng = Engine(store, reg, handler=Agent(), on_event=tracer)
    await eng.start(graph({"id": "look", "tool": "same", "args": {"value": 3}}), requester="ann", run_id="run-2")
    spans = by_name(exporter.get_finished_spans())
    task, turn, call = spans["task look"], spans["agent turn"], spans["tool call"]
    assert turn.parent.span_id == task.context.span_id and call.parent.span_id == turn.context.span_id
    assert {turn.context.trace_id, call.context.trace_id} == {task.context.trace_id}
    assert turn.attributes["genaiops.agent.prompt_tokens"] == 12


async def test_an_exception_in_a_child_span_marks_it_with_its_type_only() -> None:
    """The error status names the exception type, never its message (which may hold values)."""
    exporter = InMemorySpanExporter()
    tracer = RunTracer(Store.open(":memory:"), exporter)
    with pytest.raises(ValueError), tracer.child_span("run-x", "t", "tool call"):
        raise ValueError(SECRET)
    (span,) = exporter.get_finished_spans()
    assert span.status.status_code is StatusCode.ERROR and span.status.description == "ValueError"
    assert SECRET not in span.to_json()


async def test_no_secret_in_arguments_or_errors_reaches_a_span() -> None:
    """Arguments and results are not exported; an error message quoting a secret is redacted."""
    eng, exporter = traced_engine(Store.open(":memory:"))
    await eng.start(
        graph({"id": "ok", "tool": "same", "args": {"value": SECRET}}, {"id": "bad", "tool": "explode",
              "args": {"value": f"api_key={SECRET}"}}),
        requester="ann",
    )  # fmt: skip
    text = "".join(s.to_json() for s in exporter.get_finished_spans())
    assert SECRET not in text
    assert "task bad" in text and "cannot use" in text


async def test_a_run_traced_after_the_fact_has_the_ids_a_live_trace_has() -> None:
    """export_run rebuilds the same spans (ids, parents, times) from the store as the live tracer emitted."""
    clock = FakeClock()
    eng, live = traced_engine(Store.open(":memory:"), clock)
    await eng.start(
        graph({"id": "a", "tool": "same"}, {"id": "b", "tool": "explode", "after": ["a"]}),
        requester="ann",
        run_id="run-3",
    )
    later = InMemorySpanExporter()
    assert RunTracer(eng.store, later, registry=reg).export_run("run-3") == len(live.get_finished_spans())

    def shape(exporter: InMemorySpanExporter) -> set[tuple]:
        return {
            (s.name, s.context.span_id, s.parent.span_id if s.parent else None, s.start_time, s.end_time)
            for s in exporter.get_finished_spans()
        }

    assert shape(later) == shape(live)


async def test_each_loop_iteration_of_a_task_is_a_span_of_its_own() -> None:
    """A loop body task gets one span per iteration, each with its iteration number and a distinct id."""
    eng, exporter = traced_engine(Store.open(":memory:"))
    spec = GraphSpec.model_validate(
        {
            "name": "loop",
            "tasks": [{"id": "step", "tool": "same", "args": {"value": 1}}],
            "loops": [{"id": "again", "body": ["step"], "until": "false", "max_iterations": 3}],
        }
    )
    await eng.start(spec, requester="ann")
    steps = [s for s in exporter.get_finished_spans() if s.name == "task step"]
    assert sorted(s.attributes["genaiops.task.iteration"] for s in steps) == [0, 1, 2]
    assert len({s.context.span_id for s in steps}) == 3


async def test_the_console_exporter_writes_json_lines_to_its_stream() -> None:
    """GENAIOPS_TRACE=console: one JSON span per line on the given stream, with the run's trace id."""
    stream = io.StringIO()
    store = Store.open(":memory:")
    tracer = build_tracer(TraceSettings(exporter="console"), store, stream=stream)
    await Engine(store, reg, on_event=tracer).start(graph({"id": "a", "tool": "same"}), requester="ann",
                                                     run_id="run-4")  # fmt: skip
    tracer.close()
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert {line["name"] for line in lines} == {"run traced", "execution", "task a"}
    assert {line["context"]["trace_id"] for line in lines} == {"0x" + trace_id_for("run-4")}


def test_tracing_is_off_by_default_and_then_imports_nothing() -> None:
    """No GENAIOPS_TRACE: no tracer, and the OpenTelemetry SDK is never imported."""
    code = (
        "import sys\n"
        "from genaiops.graphs.tracing import TraceSettings, build_tracer\n"
        "settings = TraceSettings.from_env({})\n"
        "assert settings.exporter == 'off'\n"
        "assert build_tracer(settings, store=None) is None\n"
        "print(sorted(m for m in sys.modules if m.startswith('opentelemetry.sdk')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"GENAIOPS_TRACE": "console"}, TraceSettings(exporter="console")),
        ({"GENAIOPS_TRACE": "OFF"}, TraceSettings()),
        (
            {"GENAIOPS_TRACE": "otlp", "OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4317"},
            TraceSettings(exporter="otlp", endpoint="http://collector:4317"),
        ),
        (
            {"GENAIOPS_TRACE": "otlp", "GENAIOPS_OTLP_ENDPOINT": "https://mine:4317",
             "OTEL_EXPORTER_OTLP_ENDPOINT": "http://other:4317", "OTEL_SERVICE_NAME": "ops"},
            TraceSettings(exporter="otlp", endpoint="https://mine:4317", service_name="ops"),
        ),
        (
            {"GENAIOPS_TRACE": "otlp", "OTEL_EXPORTER_OTLP_PROTOCOL": "http/protobuf"},
            TraceSettings(exporter="otlp", protocol="http/protobuf"),
        ),
    ],
)  # fmt: skip
def test_settings_come_from_the_environment(environ: dict[str, str], expected: TraceSettings) -> None:
    """GENAIOPS_TRACE and the endpoint (ours first, then the standard OTEL_ variables) are read."""
    assert TraceSettings.from_env(environ) == expected


@pytest.mark.parametrize(
    ("environ", "variable"),
    [
        ({"GENAIOPS_TRACE": "jaeger"}, "GENAIOPS_TRACE"),
        ({"GENAIOPS_TRACE": "otlp", "GENAIOPS_OTLP_ENDPOINT": "localhost:4317"}, "GENAIOPS_OTLP_ENDPOINT"),
        ({"OTEL_EXPORTER_OTLP_ENDPOINT": "ftp://x"}, "OTEL_EXPORTER_OTLP_ENDPOINT"),
        ({"OTEL_EXPORTER_OTLP_PROTOCOL": "http/json"}, "OTEL_EXPORTER_OTLP_PROTOCOL"),
    ],
)
def test_a_bad_setting_names_its_variable(environ: dict[str, str], variable: str) -> None:
    """A bad value is a SettingsError that names the variable and the accepted values."""
    with pytest.raises(SettingsError, match=variable):
        TraceSettings.from_env(environ)


def test_the_default_otlp_endpoints_follow_the_protocol() -> None:
    """gRPC goes to :4317; HTTP to :4318 with the /v1/traces path added to a bare base URL."""
    assert TraceSettings(exporter="otlp").resolved_endpoint == "http://localhost:4317"
    http = TraceSettings(exporter="otlp", protocol="http/protobuf", endpoint="http://c:4318")
    assert http.resolved_endpoint == "http://c:4318/v1/traces"


def test_combined_observers_each_see_every_event() -> None:
    """combine_observers drops None, passes a single observer through, and calls several in order."""
    seen: list[str] = []
    one = combine_observers(None, lambda e: seen.append(f"1:{e}"))
    both = combine_observers(lambda e: seen.append(f"a:{e}"), None, lambda e: seen.append(f"b:{e}"))
    assert combine_observers(None, None) is None
    one("x")
    both("y")
    assert seen == ["1:x", "a:y", "b:y"]


async def test_spans_reach_an_otlp_collector_over_grpc() -> None:
    """GENAIOPS_TRACE=otlp: the run's spans arrive at an OTLP/gRPC collector (a fake one on 127.0.0.1)."""
    import grpc
    from opentelemetry.proto.collector.trace.v1 import trace_service_pb2, trace_service_pb2_grpc

    received: list[Any] = []

    class Collector(trace_service_pb2_grpc.TraceServiceServicer):
        def Export(self, request, context):  # noqa: N802 - the gRPC method name
            received.append(request)
            return trace_service_pb2.ExportTraceServiceResponse()

    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    trace_service_pb2_grpc.add_TraceServiceServicer_to_server(Collector(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        store = Store.open(":memory:")
        settings = TraceSettings.from_env(
            {"GENAIOPS_TRACE": "otlp", "GENAIOPS_OTLP_ENDPOINT": f"http://127.0.0.1:{port}"}
        )
        tracer = build_tracer(settings, store)
        await Engine(store, reg, on_event=tracer).start(graph({"id": "a", "tool": "same"}), requester="ann",
                                                         run_id="run-5")  # fmt: skip
        tracer.close()
    finally:
        server.stop(grace=1).wait()
    spans = [s for r in received for rs in r.resource_spans for ss in rs.scope_spans for s in ss.spans]
    assert sorted(s.name for s in spans) == ["execution", "run traced", "task a"]
    assert {s.trace_id.hex() for s in spans} == {trace_id_for("run-5")}
    service = received[0].resource_spans[0].resource.attributes
    assert any(a.key == "service.name" and a.value.string_value == "genaiops" for a in service)


async def test_one_tracer_across_pause_and_resume_exports_each_span_once() -> None:
    """The same engine and tracer through pause, decision and resume: every span exactly once, root last."""
    eng, exporter = traced_engine(Store.open(":memory:"))
    paused = await eng.start(graph({"id": "deploy", "tool": "ship", "args": {"value": 1}}), requester="ann")
    eng.decide(paused.pending[0].id, approver="bob", role="operator", verdict="approve", reason="ok")
    await eng.resume(paused.run_id)
    spans = exporter.get_finished_spans()
    assert sorted(s.name for s in spans) == sorted(
        ["execution", "execution", "task deploy", "approval ship", "run traced"]
    )
    assert len({s.context.span_id for s in spans}) == len(spans) and spans[-1].name == "run traced"


async def test_spans_are_exported_while_the_run_goes_on() -> None:
    """With fold_interval=0 a finished task's span is out before the next task runs, and never exported twice."""
    store = Store.open(":memory:")
    exporter = InMemorySpanExporter()
    tracer = RunTracer(store, exporter, fold_interval=0)
    seen: dict[str, list[str]] = {}

    class Watching:
        async def perform(self, call: TaskCall) -> BaseModel:
            seen[call.task.id] = [s.name for s in exporter.get_finished_spans()]
            return await ToolHandler().perform(call)

    spec = graph({"id": "a", "tool": "same"}, {"id": "b", "tool": "same", "after": ["a"]})
    await Engine(store, reg, handler=Watching(), on_event=tracer).start(spec, requester="ann")
    assert seen == {"a": [], "b": ["task a"]}
    assert sorted(s.name for s in exporter.get_finished_spans()) == ["execution", "run traced", "task a", "task b"]


class FlagOdd:
    """A screen that flags input text containing 'odd' and blocks results containing 'evil'."""

    def screen(self, direction: str, text: str) -> ScreenResult:
        if direction == "input" and "odd" in text:
            verdict = Verdict(guardrail="odd", outcome="flag", reason="odd word")
            return ScreenResult(outcome="flag", text=text, verdicts=(verdict,))
        if direction == "tool_result" and "evil" in text:
            verdict = Verdict(guardrail="evil", outcome="block", reason="evil word")
            return ScreenResult(outcome="block", text=text, verdicts=(verdict,))
        return ScreenResult(outcome="pass", text=text)


async def test_guardrail_verdicts_are_events_of_the_task_span() -> None:
    """A flag on the arguments and a block on the result show up as guardrail events on the task's span."""
    eng, exporter = traced_engine(Store.open(":memory:"), screen=FlagOdd())
    await eng.start(graph({"id": "a", "tool": "same", "args": {"value": "odd evil"}}), requester="ann")
    task = by_name(exporter.get_finished_spans())["task a"]
    events = {e.name: e.attributes for e in task.events}
    assert events["guardrail.flagged"]["genaiops.guardrail.direction"] == "input"
    assert "odd word" in events["guardrail.flagged"]["genaiops.guardrail.flags"][0]
    assert events["guardrail.blocked"]["genaiops.guardrail.direction"] == "tool_result"
    assert task.status.status_code is StatusCode.ERROR


async def test_proposed_tasks_get_spans_of_their_own_in_the_run_trace() -> None:
    """Tasks a handler proposes while the run goes on are traced like the others; the proposal is a root event."""
    from genaiops.graphs import Proposal, TaskSpec

    class Proposing:
        async def perform(self, call: TaskCall) -> BaseModel:
            if call.task.id == "plan":
                follow = TaskSpec(id="follow", tool="same", args={"value": 2})
                call.proposals.append(Proposal((follow,), reason="more to do", by="sre"))
            return await ToolHandler().perform(call)

    eng, exporter = traced_engine(Store.open(":memory:"), handler=Proposing())
    await eng.start(graph({"id": "plan", "tool": "same"}), requester="ann")
    spans = by_name(exporter.get_finished_spans())
    assert spans["task follow"].attributes["genaiops.task.tool"] == "same"
    assert [e.name for e in spans["run traced"].events] == ["tasks_proposed"]


@pytest.mark.skipif(not hasattr(Store, "agent_turns"), reason="the store keeps no agent turns yet")
async def test_stored_agent_turns_are_events_of_the_task_span_without_their_content() -> None:
    """Agent turns stored with the run become events (kind, agent, tokens) and token totals; content stays out."""
    from genaiops.store import AgentTurn

    class Agent:
        async def perform(self, call: TaskCall) -> BaseModel:
            ctx = call.context
            turns = [
                AgentTurn(ctx.run_id, ctx.task_id, 0, 1, "sre", "tool_call", ctx.now.isoformat(), f'"{SECRET}"', 10, 4),
                AgentTurn(ctx.run_id, ctx.task_id, 0, 1, "sre", "message", ctx.now.isoformat(), '"done"', 7, 3),
            ]
            with eng.store.transaction() as tx:
                tx.add_agent_turns(turns)
            return await ToolHandler().perform(call)

    eng, exporter = traced_engine(Store.open(":memory:"), handler=Agent())
    await eng.start(graph({"id": "look", "tool": "same", "role": "sre"}), requester="ann")
    task = by_name(exporter.get_finished_spans())["task look"]
    assert [e.name for e in task.events if e.name.startswith("agent.")] == ["agent.tool_call", "agent.message"]
    assert task.attributes["genaiops.agent.prompt_tokens"] == 17
    assert task.attributes["genaiops.agent.completion_tokens"] == 7
    assert SECRET not in task.to_json()


def test_a_missing_otlp_http_exporter_says_what_to_install() -> None:
    """OTLP over HTTP without its exporter package installed: a SettingsError naming the package."""
    pytest.importorskip("opentelemetry.exporter.otlp.proto.grpc")
    try:
        import opentelemetry.exporter.otlp.proto.http  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("the OTLP/HTTP exporter is installed")
    settings = TraceSettings(exporter="otlp", protocol="http/protobuf")
    with pytest.raises(SettingsError, match="opentelemetry-exporter-otlp-proto-http"):
        build_tracer(settings, Store.open(":memory:"))


async def test_a_task_interrupted_by_cancel_is_one_span_that_ends_after_the_resume() -> None:
    """Cancel while a tool runs, resume: the task is one span (with its interruption as an event), two executions."""
    eng, exporter = traced_engine(Store.open(":memory:"))
    running = asyncio.create_task(eng.start(graph({"id": "long", "tool": "nap"}), requester="ann", run_id="run-6"))
    while "task_started" not in [e[2] for e in eng.store.events("run-6")]:
        await asyncio.sleep(0.01)
    eng.cancel("run-6", by="ops")
    assert (await running).status == "cancelled"
    assert sorted(s.name for s in exporter.get_finished_spans()) == ["execution"]
    assert (await eng.resume("run-6")).status == "succeeded"
    spans = exporter.get_finished_spans()
    assert sorted(s.name for s in spans) == ["execution", "execution", "run traced", "task long"]
    task = by_name([s for s in spans if s.name != "execution"])["task long"]
    assert [e.name for e in task.events] == ["task_started", "task_interrupted", "task_started"]
    outcomes = [s.attributes["genaiops.execution.outcome"] for s in spans if s.name == "execution"]
    assert outcomes == ["cancelled", "succeeded"]
