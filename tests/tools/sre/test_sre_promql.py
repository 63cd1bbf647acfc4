"""PromQL templates and their answers: rendering, the override file, the window observe_services builds, the
tools against a recorded source and the simulator, and validation's resource check (genaiops.resources)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from genaiops.errors import GraphValidationError, ToolExecutionError, ToolInputError
from genaiops.graphs import parse_scenario
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.ingest.promql import DEFAULT_QUERIES, PromQueries, observe_window, queries_from_yaml
from genaiops.tools.sre.simulate import build_environment

README = Path(__file__).resolve().parents[3] / "README.md"
START = datetime(2026, 1, 5, 10, 0, tzinfo=UTC)


class Recorded:
    """A ``prometheus`` resource whose template for each of ``metrics`` is ``METRIC{$selector}``, answering
    each range query from ``answers`` (metric -> matrix entries)."""

    where = "Prometheus at http://recorded"

    def __init__(self, answers: dict[str, list[dict]], metrics=tuple(DEFAULT_QUERIES)):  # noqa: ANN001
        self.queries = PromQueries(metrics={m: m + "{$selector}" for m in metrics})
        self.answers = answers
        self.asked: list[tuple[str, float]] = []

    def query_range(self, query: str, start: datetime, end: datetime, step_seconds: float) -> str:
        self.asked.append((query, step_seconds))
        result = self.answers.get(query.split("{")[0], [])
        return json.dumps({"status": "success", "data": {"resultType": "matrix", "result": result}})


def _series(service: str, values: dict[int, str]) -> dict:
    """A matrix entry for ``service``: ``{seconds after START: "value"}``."""
    return {"metric": {"service": service}, "values": [[START.timestamp() + t, v] for t, v in values.items()]}


def test_render_fills_selector_label_and_window():
    """The template's placeholders become the services' matcher (names escaped as a PromQL regex), the label
    and the rate window; no services selects every one."""
    queries = PromQueries()
    one = queries.render("request_rate", ["pay.ments", 'a"b'])
    assert one == 'sum by (service) (rate(http_requests_total{service=~"pay\\\\.ments|a\\"b"}[5m]))'
    assert queries.render("request_rate") == 'sum by (service) (rate(http_requests_total{service!=""}[5m]))'


def test_unknown_metric_suggests_a_known_one():
    """A metric without a template: an input error with 'did you mean' and the list of known metrics."""
    with pytest.raises(ToolInputError, match=r"'latency_p99' \(did you mean 'latency_p99_ms'\?\); known: cpu_cores"):
        PromQueries().render("latency_p99")


def test_queries_file_is_laid_over_the_shipped_table():
    """A file changes the label and window, replaces one template and adds a metric; the others stay shipped."""
    queries = queries_from_yaml(
        {
            "service_label": "job",
            "rate_window": "2m",
            "metrics": {"queue_depth": "max by ($label) (queue_depth{$selector})"},
        }
    )
    assert queries.render("queue_depth", ["api"]) == 'max by (job) (queue_depth{job=~"api"})'
    assert queries.render("cpu_cores") == 'sum by (job) (rate(process_cpu_seconds_total{job!=""}[2m]))'
    assert set(DEFAULT_QUERIES) < set(queries.metrics)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "expected a mapping"),
        ({"service_label": "my-label"}, "not a Prometheus label name"),
        ({"rate_window": "5 minutes"}, "not a Prometheus duration"),
        ({"metrics": ["up"]}, "mapping of metric name"),
        ({"metrics": {"x": 3}}, "metrics.x: expected PromQL text with $selector"),
    ],
)
def test_bad_queries_file_says_what_is_wrong(data, message):
    """Each way a templates file can be unusable is a ValueError naming the key."""
    with pytest.raises(ValueError, match=message.replace("$", r"\$")):
        queries_from_yaml(data)


def test_readme_documents_every_shipped_template():
    """The README's template table lists every shipped metric with its PromQL as the code has it."""
    text = README.read_text(encoding="utf-8")
    for metric, promql in DEFAULT_QUERIES.items():
        assert f"| `{metric}` | `{promql}` |" in text, metric


def test_window_starts_at_the_first_sample_and_carries_gaps():
    """Answers on a 10 s grid: the window starts at the first step with data, a service that reports later
    takes its first value before, a missing or NaN sample carries the last value, a service absent from one
    metric has none of it, and a metric without a template is not asked."""
    source = Recorded(
        {
            "latency_p99_ms": [
                _series("api", {20: "10", 30: "NaN", 40: "12", 60: "13"}),
                _series("db", {40: "5", 50: "6", 60: "7"}),
            ],
            "error_rate": [_series("api", {20: "0.01", 30: "0.02", 40: "0.02", 50: "0.03", 60: "0.03"})],
        },
        metrics=[m for m in DEFAULT_QUERIES if m != "saturation"],
    )
    window = observe_window(source, START, START + timedelta(seconds=60), 10)
    assert window.start == START + timedelta(seconds=20)
    assert window.step_seconds == 10
    assert window.series == {
        "api": {"latency_p99_ms": [10.0, 10.0, 12.0, 12.0, 13.0], "error_rate": [0.01, 0.02, 0.02, 0.03, 0.03]},
        "db": {"latency_p99_ms": [5.0, 5.0, 5.0, 6.0, 7.0]},
    }
    assert [step for _, step in source.asked] == [10, 10]  # latency and errors; no saturation template


def _ctx(**resources) -> ToolContext:
    return ToolContext("run", "task", "key", now=START + timedelta(minutes=5), resources=resources)


def test_observe_services_reads_prometheus_with_the_given_topology():
    """With a prometheus resource observe_services asks for the topology's services at the given step and
    returns no changes; a service of the graph with no samples is listed as unobserved."""
    source = Recorded({"latency_p99_ms": [_series("api", {0: "10", 60: "11"})]})
    args = {
        "lookback_minutes": 5,
        "end": START + timedelta(seconds=60),
        "step_seconds": 60,
        "topology": {"services": ["api", "db"], "edges": [{"caller": "api", "callee": "db"}]},
    }
    result = load_tools().get("observe_services").invoke(args, _ctx(prometheus=source))
    assert result.metrics.series == {"api": {"latency_p99_ms": [10.0, 11.0]}}
    assert result.unobserved == ["db"] and result.changes == []
    assert source.asked[0] == ('latency_p99_ms{service=~"api|db"}', 60)


def test_observe_services_without_samples_names_metrics_and_label():
    """No series at all: an execution error naming the metrics, the service label and the templates setting."""
    with pytest.raises(ToolExecutionError, match="no samples of latency_p99_ms.*'service' label.*PROMETHEUS_QUERIES"):
        load_tools().get("observe_services").invoke({"lookback_minutes": 5}, _ctx(prometheus=Recorded({})))


def test_observe_services_refuses_prometheus_arguments_on_the_simulator():
    """step_seconds or topology without Prometheus: an input error, not silently ignored."""
    with pytest.raises(ToolInputError, match="apply to a real Prometheus"):
        load_tools().get("observe_services").invoke({"step_seconds": 10}, _ctx(environment=build_environment()))


def test_query_metrics_names_template_series_after_the_metric():
    """A named metric through Prometheus: one series per service, named metric{service="..."}."""
    source = Recorded({"error_rate": [_series("api", {0: "0.5", 60: "0.25"})]})
    args = {"metric": "error_rate", "service": "api", "start": START, "end": START + timedelta(minutes=1)}
    result = load_tools().get("query_metrics").invoke(args, _ctx(prometheus=source))
    assert [(s.name, s.values) for s in result.series] == [('error_rate{service="api"}', [0.5, 0.25])]
    assert source.asked == [('error_rate{service=~"api"}', 60)]


def test_query_metrics_named_metric_falls_back_to_the_simulator():
    """Without Prometheus a simulator metric is read from the environment; another metric names the setting."""
    env = build_environment()
    tool = load_tools().get("query_metrics")
    result = tool.invoke(
        {"metric": "latency_p99_ms", "service": "checkout", "lookback_minutes": 30}, _ctx(environment=env)
    )
    (series,) = result.series
    assert series.name == 'latency_p99_ms{service="checkout"}' and len(series.values) == 30
    with pytest.raises(ToolInputError, match="'request_rate' needs Prometheus: set GENAIOPS_PROMETHEUS_URL"):
        tool.invoke({"metric": "request_rate"}, _ctx(environment=env))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({}, "give either `query`"),
        ({"query": "up", "metric": "error_rate"}, "give either `query`"),
        ({"query": "up", "service": "api"}, "`service` goes with `metric`"),
    ],
)
def test_query_metrics_takes_a_query_or_a_metric(args, message):
    """Exactly one of query and metric; service only with metric."""
    with pytest.raises(ToolInputError, match=message):
        load_tools().get("query_metrics").parse_args(args)


RAW = "name: x\ntasks:\n  - id: q\n    tool: query_metrics\n    args: {query: up}\n"
NAMED = "name: x\ntasks:\n  - id: q\n    tool: query_metrics\n    args: {metric: error_rate}\n"


def test_validation_checks_needed_resources_only_when_told_what_is_configured():
    """Raw PromQL: a problem naming the setting when the configured resources are given without prometheus,
    none when prometheus is configured or when the caller does not say (library use); a named metric never."""
    registry = load_tools()
    with pytest.raises(GraphValidationError) as info:
        parse_scenario(RAW, registry, file="x.yaml", resources=frozenset())
    (problem,) = info.value.problems
    assert problem.place.line == 4 and problem.place.field == "tasks[0].tool"
    assert "tool query_metrics needs Prometheus: set GENAIOPS_PROMETHEUS_URL" in problem.message
    parse_scenario(RAW, registry, resources=frozenset({"prometheus"}))
    parse_scenario(RAW, registry)
    parse_scenario(NAMED, registry, resources=frozenset())
