"""evaluate_slo: error budget spent and left, and the SRE workbook's multi-window, multi-burn-rate alerts.

Which SLOs: ``name`` (one of the SLO file's: the ``slos`` resource, ``GENAIOPS_SLO_FILE`` or ``<home>/slos.yaml``),
``service`` (every SLO of that service; none is an empty answer, not an error), ``slo`` (one given inline), or
nothing (every SLO of the file). Which events: ``series`` given inline, else a real Prometheus (``prometheus``
resource: a recent read at ``step_seconds`` for the alert windows beside a coarse read of the whole SLO window),
else the simulated ``environment`` (time-slice SLIs over its metrics: it counts no events). The evaluation time is
``at`` (default: the run's time); nothing here reads the clock.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolInputError, did_you_mean
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre import arg_rules
from genaiops.tools.sre.environment import METRICS
from genaiops.tools.sre.resource_needs import evaluate_slo_needs
from genaiops.tools.sre.slo import Events, SLOEvaluation, SLOFile, SLOSpec, duration_seconds, evaluate, join

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["EvaluateSLOResult", "EvaluateSLOSpec", "SLOCatalogue", "SLOSeries", "evaluate_slo"]

_MAX_POINTS = 10_000
"""Samples per range read (Prometheus refuses more than 11,000 per series)."""


class SLOCatalogue(BaseModel, defer_build=True):
    """The ``slos`` resource: the SLO file's SLOs and where they were read from (for messages)."""

    slos: SLOFile = Field(default_factory=SLOFile)
    where: str = "no SLO file"


class SLOSeries(BaseModel, defer_build=True):
    """Inline samples, evenly spaced from ``start`` (the first sample's end); null is no data. A ratio SLI takes
    ``good`` or ``bad`` with ``total`` (events or rates per step); a time-slice SLI takes ``values``."""

    start: datetime
    step_seconds: float = Field(default=60, gt=0, le=86400)
    good: list[float | None] | None = None
    bad: list[float | None] | None = None
    total: list[float | None] | None = None
    values: list[float | None] | None = None

    _same_length = model_validator(mode="after")(arg_rules.slo_series_same_length)


class EvaluateSLOSpec(BaseModel, defer_build=True):
    name: str | None = Field(default=None, description="An SLO of the SLO file (GENAIOPS_SLO_FILE).")
    service: str | None = Field(default=None, description="Every SLO of this service in the SLO file.")
    slo: SLOSpec | None = Field(default=None, description="An SLO given inline (the SLO file's fields).")
    at: datetime | None = Field(default=None, description="Evaluation time (the windows end here); default: now.")
    series: SLOSeries | None = Field(default=None, description="Inline samples instead of reading metrics.")
    step_seconds: int = Field(default=60, ge=1, le=3600, description="Prometheus: step of the recent read.")

    _one_choice = model_validator(mode="after")(arg_rules.evaluate_slo_one_choice)


class EvaluateSLOResult(BaseModel, defer_build=True):
    evaluations: list[SLOEvaluation]
    severity: Literal["page", "ticket"] | None = Field(description="The most urgent alert firing across the SLOs.")
    summary: str


@tool(offload=True, uses=("prometheus", "slos"), needs=evaluate_slo_needs)
def evaluate_slo(args: EvaluateSLOSpec, ctx: ToolContext) -> EvaluateSLOResult:
    """Evaluate SLOs at `at`: error budget spent and left over the SLO window, burn rates over 5m..3d, and the
    SRE workbook's multi-window multi-burn-rate alerts (page at 14.4x over 1h and 5m or 6x over 6h and 30m;
    ticket at 1x over 3d and 6h, for a 30-day window). Choose SLOs by `name` or `service` from the SLO file, or
    give one inline as `slo`; samples come from `series`, Prometheus or the simulated estate."""
    at = args.at or ctx.now
    slos = _chosen(args, ctx)
    evaluations = [evaluate(slo, _events(slo, args, ctx, at), at) for slo in slos]
    firing = {e.severity for e in evaluations}
    severity = "page" if "page" in firing else "ticket" if "ticket" in firing else None
    if not evaluations:
        summary = f"no SLO for service {args.service!r}" if args.service else "no SLO defined (GENAIOPS_SLO_FILE)"
    else:
        summary = " | ".join(e.summary for e in evaluations)
    return EvaluateSLOResult(evaluations=evaluations, severity=severity, summary=summary)


def _chosen(args: EvaluateSLOSpec, ctx: ToolContext) -> list[SLOSpec]:
    if args.slo is not None:
        return [args.slo]
    catalogue: SLOCatalogue = ctx.resources.get("slos") or SLOCatalogue()
    known = catalogue.slos.slos
    if args.name is not None:
        slo = catalogue.slos.named(args.name)
        if slo is None:
            names = [s.name for s in known]
            listed = f"it has {', '.join(names)}" if names else "it defines none"
            raise ToolInputError(f"name: no SLO {args.name!r}{did_you_mean(args.name, names)} in {catalogue.where}; "
                                 f"{listed}")  # fmt: skip
        return [slo]
    if args.service is not None:
        return [s for s in known if s.service == args.service]
    return list(known)


# --- events -----------------------------------------------------------------------------------------------------


def _events(slo: SLOSpec, args: EvaluateSLOSpec, ctx: ToolContext, at: datetime) -> Events:
    if args.series is not None:
        return _inline(slo, args.series)
    try:
        at - timedelta(seconds=duration_seconds(slo.window))
    except OverflowError:  # --now 0001-01-10 with a 30-day window: the window starts before the year 1
        raise ToolInputError(
            f"at {at.isoformat()}: SLO {slo.name}'s {slo.window} window would start before the year 1; evaluate at "
            "a later time"
        ) from None
    prometheus = ctx.resources.get("prometheus")
    if prometheus is not None:
        return _from_prometheus(slo, prometheus, at, args.step_seconds)
    return _simulated(slo, ctx.resource("environment"), at)


def _array(values: list[float | None] | None) -> np.ndarray:
    return np.array([math.nan if v is None else v for v in values or []], dtype=float)


def _inline(slo: SLOSpec, series: SLOSeries) -> Events:
    sli = slo.sli
    if sli.type == "ratio":
        given = series.good if sli.good is not None else series.bad
        if given is None or series.total is None:
            need = "good" if sli.good is not None else "bad"
            raise ToolInputError(f"series: SLO {slo.name} is a ratio of `{need}` to `total`: give both lists")
        total = _array(series.total)
        bad = total - _array(given) if sli.good is not None else _array(given)
        return Events.from_steps(series.start, series.step_seconds, bad * series.step_seconds,
                                 total * series.step_seconds)  # fmt: skip
    if series.values is None:
        raise ToolInputError(f"series: SLO {slo.name} ({sli.type} of {sli.metric}) reads `values`: give them")
    values = _array(series.values)
    if sli.type == "error_ratio" and (wrong := np.flatnonzero((values < 0) | (values > 1))).size:
        i = int(wrong[0])
        raise ToolInputError(
            f"series.values[{i}] = {series.values[i]}: SLO {slo.name} reads an error ratio, the share of bad "
            "events from 0 to 1 (a percentage? divide by 100)"
        )
    return _slices(slo, series.start, series.step_seconds, values)


def _slices(slo: SLOSpec, start: datetime, step: float, values: np.ndarray) -> Events:
    """A time-slice SLI: each step weighs its span; an error ratio's step is that share bad, a threshold's step
    is all bad when the value misses the bound."""
    sli = slo.sli
    seen = np.isfinite(values)
    if sli.type == "error_ratio":
        bad = np.clip(values, 0, 1)
    elif sli.below is not None:
        bad = np.where(values < sli.below, 0.0, 1.0)
    else:
        bad = np.where(values > sli.above, 0.0, 1.0)
    weight = np.where(seen, float(step), math.nan)
    return Events.from_steps(start, step, np.where(seen, bad * step, math.nan), weight)


def _simulated(slo: SLOSpec, env: Any, at: datetime) -> Events:
    sli = slo.sli
    if sli.type == "ratio":
        raise ToolInputError(
            f"SLO {slo.name}: the simulated estate counts no events; a ratio SLI needs Prometheus "
            "(GENAIOPS_PROMETHEUS_URL): use `type: error_ratio` with `metric: error_rate`, or `type: threshold`"
        )
    if sli.metric not in METRICS:
        raise ToolInputError(
            f"SLO {slo.name}: sli.metric {sli.metric!r}{did_you_mean(sli.metric, METRICS)} is not a metric of the "
            f"simulated estate ({', '.join(METRICS)}); other metrics need Prometheus (GENAIOPS_PROMETHEUS_URL)"
        )
    try:
        window = env.observe(at - timedelta(seconds=duration_seconds(slo.window)), at, [slo.service])
    except ToolInputError as exc:  # "services: unknown service ...": say which SLO of the file names it
        reason = str(exc).removeprefix("services: ").removeprefix(f"unknown service {slo.service!r}")
        raise ToolInputError(
            f"SLO {slo.name}: service {slo.service!r} is not a service of the simulated estate{reason}; fix the "
            "SLO's `service`, or set GENAIOPS_PROMETHEUS_URL to read the real one's metrics"
        ) from None
    values = np.array(window.series[slo.service][sli.metric], dtype=float)
    first_end = window.start + timedelta(seconds=window.step_seconds)
    return _slices(slo, first_end, window.step_seconds, values)


def _from_prometheus(slo: SLOSpec, source: Any, at: datetime, step: int) -> Events:
    """A coarse read of the whole SLO window joined with a read of the longest alert window at ``step``."""
    window = duration_seconds(slo.window)
    recent = max((duration_seconds(a.long) for a in slo.burn_alerts), default=3600)
    step = max(step, math.ceil(min(recent, window) / _MAX_POINTS))
    coarse_step = max(step, math.ceil(window / _MAX_POINTS))
    fine = _read(slo, source, at - timedelta(seconds=min(recent, window)), at, step)
    if coarse_step == step and recent >= window:
        return fine
    return join(_read(slo, source, at - timedelta(seconds=window), at, coarse_step), fine)


def _read(slo: SLOSpec, source: Any, start: datetime, end: datetime, step: int) -> Events:
    sli = slo.sli
    first = start + timedelta(seconds=step)
    count = int((end - first).total_seconds() // step) + 1
    if sli.type == "ratio":
        total = _query(slo, source, sli.total, first, end, step, count)
        given = _query(slo, source, sli.good or sli.bad, first, end, step, count)
        bad = total - given if sli.good is not None else given
        return Events.from_steps(first, step, bad * step, total * step)
    return _slices(slo, first, step, _query(slo, source, sli.metric, first, end, step, count))


def _query(slo: SLOSpec, source: Any, text: str, start: datetime, end: datetime, step: int, count: int) -> np.ndarray:
    """One series on the grid: a metric of the PromQL template table (for the SLO's service) or PromQL as given."""
    from genaiops.tools.sre.ingest.prometheus import parse_query_json

    queries = source.queries
    query = queries.render(text, [slo.service]) if text in queries.metrics else text
    try:
        found = parse_query_json(source.query_range(query, start, end, step))
    except ToolInputError as exc:
        if "matched nothing" in str(exc):
            return np.full(count, math.nan)
        raise ToolInputError(f"SLO {slo.name}: query {query!r}: {exc} (from {source.where})") from None
    if len(found) > 1:
        raise ToolInputError(
            f"SLO {slo.name}: query {query!r} returns {len(found)} series; an SLI query must return one: "
            "aggregate it, e.g. sum(rate(...))"
        )
    series = found[0]
    row = np.full(count, math.nan)
    origin = np.datetime64(int(start.timestamp() * 1000), "ms")
    index = np.rint((series.timestamps - origin).astype(np.int64) / (step * 1000)).astype(np.int64)
    keep = (index >= 0) & (index < count)
    row[index[keep]] = series.values[keep]
    return row
