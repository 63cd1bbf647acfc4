"""Tracing: each run is one OpenTelemetry trace, exported to the console or an OTLP endpoint (off by default).

The spans are built from the run's stored events (``Store.events``), whose times are the engine clock's, so a
trace is the same whether it is emitted live or afterwards (``RunTracer.export_run``), and a run that pauses in
one process and resumes in another stays one trace: every id is derived from the run id, never drawn at random.

```
run <name>                      root: created -> finished (emitted when the run finishes)
 ├── execution                  one per start/resume, until it stops (finished, paused, cancelled)
 └── task <id>                  one per task and loop iteration: first event -> terminal event
      ├── approval <tool>       request -> deciding decision (decisions and guardrail flags are span events)
      └── (agent turns, tool calls: ``RunTracer.child_span``, called by the agents layer)
```

A span is exported once, by the execution in which it ends (decisions made between executions, from the CLI,
count towards the next one). Secrets never reach a span: attributes carry ids, names, statuses and counts — no
arguments or results — and the few texts that go out (error messages, guardrail flags) pass the secrets scanner's
redaction first. With tracing off, ``build_tracer`` returns None and the OpenTelemetry SDK is never imported.
The fold of stored events into span records, which knows no OpenTelemetry, is ``graphs.tracefold``.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, TextIO
from urllib.parse import urlparse

from genaiops.errors import SettingsError
from genaiops.graphs.handlers import RunEvent
from genaiops.graphs.tracefold import (
    _TASK_ENDS,
    RUN_ENDS,
    _boundary,
    _digest,
    _Lookup,
    _ns,
    _Record,
    _RunFold,
    _scrub,
    _task_span_id,
)

if TYPE_CHECKING:
    from genaiops.clock import Clock
    from genaiops.registry import ToolRegistry
    from genaiops.store import Store

__all__ = ["RunTracer", "SpanHandle", "TraceSettings", "build_tracer", "combine_observers", "trace_id_for", "traced"]

log = logging.getLogger(__name__)

Exporter = Literal["off", "console", "otlp"]
OtlpProtocol = Literal["grpc", "http/protobuf"]

_OFF = frozenset({"", "off", "none", "false", "0", "no"})
_ENDPOINT_VARS = ("GENAIOPS_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_EXPORTER_OTLP_ENDPOINT")
_PROTOCOL_VARS = ("GENAIOPS_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "OTEL_EXPORTER_OTLP_PROTOCOL")
_EXPORT_TIMEOUT = 5
"""Seconds an OTLP export may take, retries included (an unreachable collector delays exit by this much)."""


# --- settings ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TraceSettings:
    """Where spans go. Defaults: off; OTLP over gRPC to ``http://localhost:4317``; service name ``genaiops``."""

    exporter: Exporter = "off"
    endpoint: str | None = None
    """OTLP endpoint URL; None is the protocol's local default."""
    protocol: OtlpProtocol = "grpc"
    service_name: str = "genaiops"

    @property
    def resolved_endpoint(self) -> str:
        if self.protocol == "grpc":
            return self.endpoint or "http://localhost:4317"
        url = self.endpoint or "http://localhost:4318"
        return url if urlparse(url).path not in ("", "/") else url.rstrip("/") + "/v1/traces"

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> TraceSettings:
        """``GENAIOPS_TRACE`` (off | console | otlp), ``GENAIOPS_OTLP_ENDPOINT`` (else the standard
        ``OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT``), ``GENAIOPS_OTLP_PROTOCOL`` (else ``OTEL_EXPORTER_OTLP_PROTOCOL``)
        and ``OTEL_SERVICE_NAME``. A bad value is a ``SettingsError`` naming its variable."""
        choice = environ.get("GENAIOPS_TRACE", "").strip().lower()
        if choice in _OFF:
            choice = "off"
        elif choice not in ("console", "otlp"):
            raise SettingsError(
                f"GENAIOPS_TRACE={environ['GENAIOPS_TRACE']!r}: not a trace exporter; use off, console or otlp"
            )
        endpoint = _first(environ, _ENDPOINT_VARS)
        if endpoint is not None:
            name, url = endpoint
            parsed = urlparse(url)
            if parsed.scheme not in ("http", "https") or not parsed.netloc:
                raise SettingsError(
                    f"{name}={url!r}: not an OTLP endpoint URL; use e.g. http://localhost:4317 (gRPC) "
                    "or http://localhost:4318 (HTTP)"
                )
        protocol = _first(environ, _PROTOCOL_VARS)
        if protocol is not None and protocol[1] not in ("grpc", "http/protobuf"):
            raise SettingsError(f"{protocol[0]}={protocol[1]!r}: unsupported OTLP protocol; use grpc or http/protobuf")
        service = environ.get("OTEL_SERVICE_NAME", "").strip() or "genaiops"
        return cls(
            exporter=choice,  # type: ignore[arg-type]
            endpoint=endpoint[1] if endpoint else None,
            protocol=protocol[1] if protocol else "grpc",  # type: ignore[arg-type]
            service_name=service,
        )


def _first(environ: Mapping[str, str], names: tuple[str, ...]) -> tuple[str, str] | None:
    for name in names:
        value = environ.get(name, "").strip()
        if value:
            return name, value
    return None


def build_tracer(
    settings: TraceSettings,
    store: Store,
    *,
    registry: ToolRegistry | None = None,
    clock: Clock | None = None,
    stream: TextIO | None = None,
) -> RunTracer | None:
    """The tracer the settings ask for, or None when tracing is off (then nothing of OpenTelemetry is imported).
    The console exporter writes one JSON span per line to ``stream`` (default: standard error)."""
    if settings.exporter == "off":
        return None
    if settings.exporter == "console":
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter

        out = stream or sys.stderr
        exporter = ConsoleSpanExporter(out=out, formatter=lambda span: span.to_json(indent=None) + "\n")
        return RunTracer(store, exporter, service_name=settings.service_name, registry=registry, clock=clock)
    exporter = _otlp_exporter(settings)
    return RunTracer(store, exporter, service_name=settings.service_name, registry=registry, clock=clock, batch=True)


def _otlp_exporter(settings: TraceSettings) -> Any:
    url = settings.resolved_endpoint
    try:
        if settings.protocol == "grpc":
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import OTLPSpanExporter as Grpc

            return Grpc(endpoint=url, insecure=urlparse(url).scheme == "http", timeout=_EXPORT_TIMEOUT)
        from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter as Http

        return Http(endpoint=url, timeout=_EXPORT_TIMEOUT)
    except ImportError:
        package = "opentelemetry-exporter-otlp-proto-" + ("grpc" if settings.protocol == "grpc" else "http")
        raise SettingsError(
            f"OTLP over {settings.protocol} needs the {package} package: `pip install {package}`, "
            "or set GENAIOPS_OTLP_PROTOCOL=grpc"
        ) from None


def combine_observers(*observers: Callable[[RunEvent], None] | None) -> Callable[[RunEvent], None] | None:
    """One ``Engine.on_event`` out of several (None ones dropped; None when none is left)."""
    active = [o for o in observers if o is not None]
    if len(active) <= 1:
        return active[0] if active else None

    def observe(event: RunEvent) -> None:
        for observer in active:
            observer(event)

    return observe


# --- ids and values ------------------------------------------------------------------------------------------


def _trace_id(run_id: str) -> int:
    return int(_digest("genaiops-trace", run_id)[:32], 16) or 1


def trace_id_for(run_id: str) -> str:
    """The run's trace id (32 hex digits), the same in every process: show it beside the run to find its trace."""
    return f"{_trace_id(run_id):032x}"


def _keep(text: str) -> str:
    return text


def _clean(attributes: Mapping[str, Any] | None, scrub: Callable[[str], str] = _scrub) -> dict[str, Any]:
    """Only scalar values (and lists of them) go out; strings through ``scrub``: callers' attributes are
    scrubbed, the fold's own (ids, names, statuses, and texts it scrubbed itself) are not scrubbed twice."""
    out: dict[str, Any] = {}
    for key, value in (attributes or {}).items():
        if value is None:
            continue
        if isinstance(value, str):
            out[key] = scrub(value)
        elif isinstance(value, bool | int | float):
            out[key] = value
        elif isinstance(value, list | tuple):
            items = [scrub(v) if isinstance(v, str) else v for v in value if isinstance(v, str | bool | int | float)]
            out[key] = items
    return out


# --- the tracer ----------------------------------------------------------------------------------------------


class SpanHandle:
    """What a ``child_span`` block gets: add attributes and events, mark an error (all scrubbed). This base does
    nothing, so code can trace unconditionally through ``traced(None, ...)``."""

    def set_attributes(self, attributes: Mapping[str, Any]) -> None:
        return None

    def add_event(self, name: str, attributes: Mapping[str, Any] | None = None) -> None:
        return None

    def set_error(self, description: str) -> None:
        return None


class _LiveSpan(SpanHandle):
    def __init__(self, span: Any, now: Callable[[], int]):
        self._span, self._now = span, now

    def set_attributes(self, attributes: Mapping[str, Any]) -> None:
        self._span.set_attributes(_clean(attributes))

    def add_event(self, name: str, attributes: Mapping[str, Any] | None = None) -> None:
        self._span.add_event(name, _clean(attributes), timestamp=self._now())

    def set_error(self, description: str) -> None:
        from opentelemetry.trace import Status, StatusCode

        self._span.set_status(Status(StatusCode.ERROR, _scrub(description)))


class RunTracer:
    """Turns runs into traces: use it as (or combine it into) ``Engine.on_event``; the agents layer opens
    ``child_span``s inside a task. ``close()`` it at exit (it flushes what is still buffered).

    Spans are folded from the store's events at the end of each execution and, while a run goes on, at most
    every ``fold_interval`` seconds as tasks finish."""

    def __init__(
        self,
        store: Store,
        exporter: Any,
        *,
        service_name: str = "genaiops",
        registry: ToolRegistry | None = None,
        clock: Clock | None = None,
        batch: bool = False,
        fold_interval: float = 1.0,
    ):
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
        from opentelemetry.sdk.util.instrumentation import InstrumentationScope

        self.store, self.registry, self.clock, self.fold_interval = store, registry, clock, fold_interval
        self._resource = Resource.create({"service.name": service_name})
        self._scope = InstrumentationScope("genaiops")
        self._processor = BatchSpanProcessor(exporter) if batch else SimpleSpanProcessor(exporter)
        self._provider = TracerProvider(resource=self._resource)
        self._provider.add_span_processor(self._processor)
        self._tracer = self._provider.get_tracer("genaiops")
        self._runs: dict[str, _RunFold] = {}
        self._folded_at: dict[str, float] = {}
        _scrub("")  # load the secrets scanner now, not in the middle of the first run

    # --- run events --------------------------------------------------------------------------------------

    def __call__(self, event: RunEvent) -> None:
        """``Engine.on_event``: fold at the end of each execution, and every ``fold_interval`` s as tasks end."""
        final = event.task_id is None and event.kind in RUN_ENDS
        if not final:
            if event.kind not in _TASK_ENDS:
                return
            if time.monotonic() - self._folded_at.get(event.run_id, 0.0) < self.fold_interval:
                return
        try:
            self._fold(event.run_id)
        except Exception:  # tracing must never break a run
            log.warning("tracing run %s failed", event.run_id, exc_info=True)
        if final:
            self._runs.pop(event.run_id, None)
            self._folded_at.pop(event.run_id, None)

    def _fold(self, run_id: str) -> None:
        self._folded_at[run_id] = time.monotonic()
        fold = self._runs.get(run_id)
        if fold is None:
            rows = self.store.events(run_id)
            fold = self._runs[run_id] = _RunFold(run_id, _boundary(rows))
        else:
            rows = self.store.events(run_id, after=fold.cursor)
        self._export(run_id, fold.feed(rows, _Lookup(self.store, run_id, self.registry)))

    def export_run(self, run_id: str) -> int:
        """Export a run's whole trace from the store after the fact (a run executed with tracing off); returns
        how many spans. Ids and times are those a live tracer gives: export a run this way once, or not at all
        if it was traced live."""
        fold = _RunFold(run_id, 0)
        records = fold.feed(self.store.events(run_id), _Lookup(self.store, run_id, self.registry))
        self._export(run_id, records)
        return len(records)

    def _export(self, run_id: str, records: list[_Record]) -> None:
        """Hand finished spans to the processor as ``ReadableSpan``s built here: the SDK's tracer would draw
        span ids at random, and these must be derived from the run so every process agrees on them."""
        from opentelemetry.sdk.trace import Event, ReadableSpan
        from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

        trace_id, sampled = _trace_id(run_id), TraceFlags(TraceFlags.SAMPLED)
        for record in records:
            parent = None
            if record.parent_id is not None:
                parent = SpanContext(trace_id, record.parent_id, is_remote=False, trace_flags=sampled)
            status = Status(StatusCode.ERROR, record.error) if record.error is not None else Status(StatusCode.UNSET)
            span = ReadableSpan(
                name=record.name,
                context=SpanContext(trace_id, record.span_id, is_remote=False, trace_flags=sampled),
                parent=parent,
                resource=self._resource,
                attributes=_clean(record.attributes, _keep),
                events=[Event(name, _clean(attrs, _keep), ts) for name, ts, attrs in record.events],
                kind=SpanKind.INTERNAL,
                status=status,
                start_time=record.start,
                end_time=max(record.start, record.end),
                instrumentation_scope=self._scope,
            )
            self._processor.on_end(span)

    # --- spans inside a task (agent turns, tool calls) ---------------------------------------------------

    def _now(self) -> int:
        if self.clock is None:
            return time.time_ns()
        return _ns(self.clock.now().isoformat())

    @contextmanager
    def child_span(
        self,
        run_id: str,
        task_id: str,
        name: str,
        *,
        iteration: int = 0,
        attributes: Mapping[str, Any] | None = None,
    ) -> Iterator[SpanHandle]:
        """A span inside a task's span (or inside the enclosing ``child_span`` of the same run): an agent turn,
        a tool call. An exception leaving the block marks it as an error with the exception's type only."""
        from opentelemetry import trace
        from opentelemetry.trace import NonRecordingSpan, SpanContext, Status, StatusCode, TraceFlags

        trace_id = _trace_id(run_id)
        parent = None
        current = trace.get_current_span()
        ours = getattr(current, "attributes", None)
        inside = current.get_span_context().trace_id == trace_id and (
            ours is None  # a library's no-op span around our own (AutoGen's tool-call span): it carries ours
            or (ours.get("genaiops.task.id") == task_id and ours.get("genaiops.task.iteration") == iteration)
        )
        if not inside:  # not inside a child span of this task: the task's own span is the parent
            task = SpanContext(
                trace_id,
                _task_span_id(run_id, task_id, iteration),
                is_remote=True,
                trace_flags=TraceFlags(TraceFlags.SAMPLED),
            )
            parent = trace.set_span_in_context(NonRecordingSpan(task))
        base = {"genaiops.run.id": run_id, "genaiops.task.id": task_id, "genaiops.task.iteration": iteration}
        with self._tracer.start_as_current_span(
            name,
            context=parent,
            attributes=_clean({**base, **(attributes or {})}),
            start_time=self._now(),
            record_exception=False,
            set_status_on_exception=False,
            end_on_exit=False,
        ) as span:
            try:
                yield _LiveSpan(span, self._now)
            except BaseException as exc:
                span.set_status(Status(StatusCode.ERROR, type(exc).__name__))
                raise
            finally:
                span.end(end_time=self._now())

    def flush(self) -> None:
        self._processor.force_flush()

    def close(self) -> None:
        """Flush and stop exporting."""
        self._provider.shutdown()


_NO_SPAN = SpanHandle()


@contextmanager
def traced(
    tracer: RunTracer | None,
    run_id: str,
    task_id: str,
    name: str,
    *,
    iteration: int = 0,
    attributes: Mapping[str, Any] | None = None,
) -> Iterator[SpanHandle]:
    """``tracer.child_span(...)``, or a block that does nothing when tracing is off (``tracer`` is None)."""
    if tracer is None:
        yield _NO_SPAN
        return
    with tracer.child_span(run_id, task_id, name, iteration=iteration, attributes=attributes) as span:
        yield span
