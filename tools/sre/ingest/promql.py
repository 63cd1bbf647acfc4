"""PromQL templates per metric (the shipped table, a YAML file laid over it) and their answers as a MetricWindow.

A template is PromQL with three placeholders, filled in when a tool asks for a metric:

- ``$selector``: the label matcher choosing the services (``service=~"checkout|payments"``, or ``service!=""``
  for all of them); put it inside the braces of every selector;
- ``$label``: the label that names a service (``service``), to group by;
- ``$window``: the range of ``rate()`` (``5m``; at least four scrape intervals).

Each query must return one series per service, carrying the ``$label`` label. The shipped table follows the
RED-method names of ``prometheus_client`` and most HTTP middlewares (``http_request_duration_seconds`` histogram,
``http_requests_total`` counter with a ``code`` label) plus the process and cAdvisor / kube-state-metrics
series; a file (``GENAIOPS_PROMETHEUS_QUERIES``) replaces any of them or adds metrics (README: Real systems).
Pure: no I/O here except through the ``PrometheusSource`` the caller passes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from string import Template
from typing import Any, Protocol

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.lazy import lazy_module
from genaiops.tools.sre.environment import METRICS, MetricWindow
from genaiops.tools.sre.ingest.prometheus import parse_query_json

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["DEFAULT_QUERIES", "PromQueries", "observe_window", "queries_from_yaml"]


def _quantile(q: float) -> str:
    return (
        f"1000 * histogram_quantile({q}, sum by ($label, le) "
        "(rate(http_request_duration_seconds_bucket{$selector}[$window])))"
    )


_REQUESTS = "sum by ($label) (rate(http_requests_total{$selector}[$window]))"

DEFAULT_QUERIES: dict[str, str] = {
    "latency_p50_ms": _quantile(0.5),
    "latency_p95_ms": _quantile(0.95),
    "latency_p99_ms": _quantile(0.99),
    "error_rate": (
        f'(sum by ($label) (rate(http_requests_total{{$selector,code=~"5.."}}[$window])) or 0 * {_REQUESTS})'
        f" / {_REQUESTS}"
    ),
    "request_rate": _REQUESTS,
    "cpu_cores": "sum by ($label) (rate(process_cpu_seconds_total{$selector}[$window]))",
    "memory_bytes": "sum by ($label) (process_resident_memory_bytes{$selector})",
    "saturation": (
        "sum by ($label) (rate(container_cpu_usage_seconds_total{$selector}[$window])) / "
        'sum by ($label) (kube_pod_container_resource_limits{$selector,resource="cpu"})'
    ),
}
"""metric -> PromQL template. Latency in milliseconds; error rate and saturation as fractions (0..1)."""

_DURATION = re.compile(r"(\d+(ms|s|m|h|d|w|y))+")
_LABEL = re.compile(r"[a-zA-Z_][a-zA-Z0-9_]*")
_KEYS = ("service_label", "rate_window", "metrics")


@dataclass(frozen=True)
class PromQueries:
    """The PromQL templates a ``prometheus`` resource answers metrics with."""

    metrics: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_QUERIES))
    service_label: str = "service"
    rate_window: str = "5m"

    def render(self, metric: str, services: Sequence[str] | None = None) -> str:
        """The PromQL for ``metric`` over ``services`` (all services when None)."""
        template = self.metrics.get(metric)
        if template is None:
            raise ToolInputError(
                f"metric: no PromQL template for {metric!r}{did_you_mean(metric, self.metrics)}; known: "
                f"{', '.join(sorted(self.metrics))} (add one in the GENAIOPS_PROMETHEUS_QUERIES file)"
            )
        selector = f'{self.service_label}!=""' if not services else f"{self.service_label}=~{_regex(services)}"
        return Template(template).safe_substitute(selector=selector, label=self.service_label, window=self.rate_window)


def _regex(services: Sequence[str]) -> str:
    """A PromQL string literal holding a regex that matches exactly these names."""
    pattern = "|".join(re.escape(s) for s in services)
    return '"' + pattern.replace("\\", "\\\\").replace('"', '\\"') + '"'


def queries_from_yaml(data: Any) -> PromQueries:
    """A YAML document (already parsed) laid over the shipped table; ``ValueError`` saying what is wrong."""
    if not isinstance(data, Mapping):
        raise ValueError("expected a mapping with `metrics:` (and optionally `service_label:`, `rate_window:`)")
    unknown = [k for k in data if k not in _KEYS]
    if unknown:
        raise ValueError(f"unknown key {unknown[0]!r}{did_you_mean(unknown[0], _KEYS)}; allowed: {', '.join(_KEYS)}")
    base = PromQueries()
    label = str(data.get("service_label", base.service_label))
    window = str(data.get("rate_window", base.rate_window))
    if not _LABEL.fullmatch(label):
        raise ValueError(f"service_label: {label!r} is not a Prometheus label name")
    if not _DURATION.fullmatch(window):
        raise ValueError(f"rate_window: {window!r} is not a Prometheus duration such as 30s, 5m or 1h")
    metrics = data.get("metrics") or {}
    if not isinstance(metrics, Mapping):
        raise ValueError("metrics: expected a mapping of metric name -> PromQL template")
    for name, template in metrics.items():
        if not isinstance(template, str) or "$selector" not in template:
            raise ValueError(
                f"metrics.{name}: expected PromQL text with $selector inside its selectors' braces (and "
                "`by ($label)`), so that it returns one series per service"
            )
    return replace(base, metrics={**base.metrics, **metrics}, service_label=label, rate_window=window)


class PrometheusSource(Protocol):
    """What ``observe_window`` needs: a range query answered as the HTTP API's JSON text."""

    queries: PromQueries

    def query_range(self, query: str, start: datetime, end: datetime, step_seconds: float) -> str: ...


def observe_window(
    source: PrometheusSource,
    start: datetime,
    end: datetime,
    step_seconds: int,
    services: Sequence[str] | None = None,
    metrics: Sequence[str] = METRICS,
) -> MetricWindow:
    """The ``metrics`` of ``services`` (all that report when None) on a grid of ``step_seconds`` from ``start``.

    A metric with no template, or that no service reports, is left out. The window starts at the first step any
    series has a sample (a service that began reporting later takes its first value before that); a missing or
    non-finite sample carries the last value forward (a scrape gap is neither a rise nor a fall)."""
    queries = source.queries
    count = int((end - start).total_seconds() // step_seconds) + 1
    rows: dict[tuple[str, str], np.ndarray] = {}
    for metric in metrics:
        if metric not in queries.metrics:
            continue
        text = source.query_range(queries.render(metric, services), start, end, step_seconds)
        for series in _series_or_none(text, metric):
            service = series.labels.get(queries.service_label)
            if service is not None:
                rows[(service, metric)] = _on_grid(series, start, step_seconds, count)
    return _window(rows, start, step_seconds)


def _series_or_none(text: str, metric: str):  # noqa: ANN202 - a list of Series
    try:
        return parse_query_json(text)
    except ToolInputError as exc:
        if "matched nothing" in str(exc):
            return []
        raise ToolInputError(f"metric {metric}: {exc}") from None


def _on_grid(series: Any, start: datetime, step: int, count: int) -> np.ndarray:
    row = np.full(count, np.nan)
    origin = np.datetime64(int(start.timestamp() * 1000), "ms")
    index = np.rint((series.timestamps - origin).astype(np.int64) / (step * 1000)).astype(np.int64)
    keep = (index >= 0) & (index < count) & np.isfinite(series.values)
    row[index[keep]] = series.values[keep]
    return row


def _window(rows: dict[tuple[str, str], np.ndarray], start: datetime, step: int) -> MetricWindow:
    rows = {key: row for key, row in rows.items() if not np.isnan(row).all()}
    if not rows:
        return MetricWindow(start=start, step_seconds=step, series={})
    first = min(int(np.flatnonzero(~np.isnan(row))[0]) for row in rows.values())
    series: dict[str, dict[str, list[float]]] = {}
    for (service, metric), row in sorted(rows.items()):
        series.setdefault(service, {})[metric] = _filled(row[first:])
    return MetricWindow(start=start + timedelta(seconds=first * step), step_seconds=step, series=series)


def _filled(row: np.ndarray) -> list[float]:
    """Leading gaps take the first value, later ones the last value before them."""
    valid = np.flatnonzero(~np.isnan(row))
    index = np.maximum.accumulate(np.where(np.isnan(row), 0, np.arange(row.size)))
    index[: valid[0]] = valid[0]
    return row[index].tolist()
