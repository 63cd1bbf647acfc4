"""forecast_exhaustion: when does a capacity gauge (disk, memory, inodes, connection pool, queue depth) reach
its limit? The time left with an 80 % interval, robust to sawtooth (rotation, compaction, restarts) and to daily
and weekly cycles (``genaiops.tools.sre.forecast.model``, docs/forecast.md), and a remediation proposal (a task
for the gated ``remediate_capacity``) for each gauge with less time left than ``propose_below_hours`` — the
policy's ``capacity.propose_below_hours`` when the SRE agent runs it; a proposal with less than
``page_below_hours`` left (the policy's ``capacity.page_below_hours``, 4 h) is ``urgency: page``, so its approval
expires within the hour (the policy's ``urgency.page``) instead of waiting a day, the others ``ticket``.

Series come from ``values`` (with ``timestamps`` or ``step_seconds``), from ``series`` (``query_metrics``'s
output), or are read by ``metric``: through Prometheus when configured (a PromQL ``query`` too), else from the
simulated estate's capacity gauges (``genaiops.tools.sre.forecast.estate``).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolInputError
from genaiops.lazy import lazy_module
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre import arg_rules
from genaiops.tools.sre.forecast import ForecastError, forecast
from genaiops.tools.sre.forecast.estate import CAPACITY_METRICS, QUEUE_LIMIT, capacity_series
from genaiops.tools.sre.ingest import MetricSeries
from genaiops.tools.sre.resource_needs import forecast_needs

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

Kind = Literal["disk", "memory", "inodes", "connections", "queue"]
Action = Literal["expand", "clean_up", "scale"]
ACTIONS: dict[str, Action] = {
    "disk": "expand",
    "inodes": "clean_up",
    "memory": "scale",
    "connections": "scale",
    "queue": "scale",
}
"""What fixes a gauge of each kind (a disk that is rotated yet still fills: ``clean_up``)."""
_KIND_WORDS = (("inode", "inodes"), ("disk", "disk"), ("filesystem", "disk"), ("volume", "disk"), ("mem", "memory"),
               ("conn", "connections"), ("pool", "connections"), ("queue", "queue"), ("lag", "queue"))  # fmt: skip
FALLING_SHARE = 0.05
"""A gauge not exhausting that fell by this share of its limit over its history is said to fall: the explanation
says to forecast the used share (a free-space gauge read as it is never reaches its limit)."""


class ForecastExhaustionSpec(BaseModel, defer_build=True):
    values: list[float] | None = Field(default=None, description="The gauge's history, oldest first.")
    timestamps: list[datetime] | None = Field(default=None, description="One per value (else `step_seconds`).")
    step_seconds: float = Field(default=60.0, gt=0, description="Spacing of `values` without `timestamps`.")
    name: str = Field(default="series", min_length=1, description="The gauge's name for `values`.")
    series: list[MetricSeries] | None = Field(default=None, description="Series as query_metrics returns them.")
    metric: str | None = Field(
        default=None,
        min_length=1,
        description="Or read this gauge: a PromQL template name with Prometheus, else one of the simulated "
        f"estate's ({', '.join(CAPACITY_METRICS)}).",
    )
    query: str | None = Field(default=None, min_length=1, description="Or a PromQL query (needs Prometheus).")
    service: str | None = Field(default=None, description="With `metric`: one service (default: every service).")
    lookback_hours: float = Field(default=72.0, gt=0, le=7 * 24, description="History read with `metric`/`query`.")
    kind: Kind | None = Field(default=None, description="The gauge's kind (default: from its name).")
    limit: float | None = Field(
        default=None, description="The capacity; default 100 for percentages (a name ending in _pct or _percent)."
    )
    horizon_hours: float | None = Field(default=None, gt=0, description="Look this far ahead (default 10x history).")
    propose_below_hours: float = Field(
        default=24.0, gt=0, description="Propose a remediation below this (the policy's capacity threshold)."
    )
    page_below_hours: float = Field(
        default=4.0,
        ge=0,
        description="A proposal below this is urgent: `urgency: page`, its approval expires within the hour unless "
        "the policy's `urgency.page` says otherwise (the policy's `capacity.page_below_hours`); else `ticket`.",
    )

    _one_source = model_validator(mode="after")(arg_rules.forecast_exhaustion_one_source)


class CapacityForecast(BaseModel, defer_build=True):
    series: str
    service: str | None
    kind: Kind | None
    limit: float
    status: Literal["exhausting", "not_exhausting", "at_limit"]
    hours_left: float | None = Field(description="Hours from the last point to the limit; None: not in horizon.")
    hours_low: float | None = Field(description="The 80 % interval's early end.")
    hours_high: float | None = Field(description="Its late end (None: beyond the horizon, maybe never).")
    exhausts_at: datetime | None
    rate_per_hour: float
    level: float
    resets: int
    reset_every_hours: float | None
    seasonality: list[str]
    horizon_hours: float
    explanation: str


class CapacityProposal(BaseModel, defer_build=True):
    series: str
    action: Action
    hours_left: float
    reason: str
    task: dict[str, Any] = Field(description="The task to propose: remediate_capacity, gated.")


class ForecastExhaustionResult(BaseModel, defer_build=True):
    forecasts: list[CapacityForecast]
    proposals: list[CapacityProposal]
    propose_below_hours: float
    skipped: list[str] = Field(description="Series that could not be forecast, and why.")
    summary: str


@tool(offload=True, uses=("prometheus", "environment"), needs=forecast_needs)
def forecast_exhaustion(args: ForecastExhaustionSpec, ctx: ToolContext) -> ForecastExhaustionResult:
    """Forecast when capacity gauges (disk, memory, inodes, connection pools, queue depth) reach their limit:
    hours left with an 80 % interval, robust to rotation/restart sawtooth and daily/weekly cycles; a series that
    always resets before the limit is not exhausting. Gauges with less than `propose_below_hours` left get a
    proposed remediation (expand, clean up, scale) as a gated remediate_capacity task."""
    forecasts, skipped = [], []
    for item in _series(args, ctx):
        try:
            forecasts.append(_forecast(item, args))
        except ForecastError as exc:
            if args.values is not None:
                raise ToolInputError(str(exc)) from None
            skipped.append(f"{item.name}: {exc}")
    proposals = [_proposal(f, args.propose_below_hours, args.page_below_hours, ctx.task_id) for f in forecasts]
    kept = [p for p in proposals if p is not None]
    return ForecastExhaustionResult(
        forecasts=forecasts,
        proposals=kept,
        propose_below_hours=args.propose_below_hours,
        skipped=skipped,
        summary=_summary(forecasts, kept, skipped, args.propose_below_hours),
    )


def _series(args: ForecastExhaustionSpec, ctx: ToolContext) -> list[MetricSeries]:
    if args.values is not None:
        stamps = args.timestamps or [ctx.now - timedelta(seconds=args.step_seconds * (len(args.values) - 1 - i))
                                     for i in range(len(args.values))]  # fmt: skip
        return [MetricSeries(name=args.name, timestamps=stamps, values=args.values)]
    if args.series is not None:
        return args.series
    if ctx.resources.get("prometheus") is None and args.metric in CAPACITY_METRICS:
        return _simulated(args, ctx)
    from genaiops.tools.sre.query_metrics import QueryMetricsSpec, query_metrics

    if args.query is None and ctx.resources.get("prometheus") is None:
        from difflib import get_close_matches

        close = get_close_matches(args.metric or "", list(CAPACITY_METRICS), n=1)
        raise ToolInputError(
            f"metric: the simulated estate has the capacity gauges {', '.join(CAPACITY_METRICS)}"
            f"{f' (did you mean {close[0]!r}?)' if close else ''}; {args.metric!r} needs Prometheus: set "
            "GENAIOPS_PROMETHEUS_URL (see README, Real systems)"
        )
    spec = QueryMetricsSpec(query=args.query, metric=args.metric, service=args.service,
                            lookback_minutes=int(args.lookback_hours * 60), step_seconds=300, nan="drop")  # fmt: skip
    return query_metrics(spec, ctx).series


def _simulated(args: ForecastExhaustionSpec, ctx: ToolContext) -> list[MetricSeries]:
    env = ctx.resource("environment")
    if not hasattr(env, "observed_services"):
        raise ToolInputError(f"metric: {args.metric!r} is a simulated gauge; this environment needs Prometheus")
    services = [args.service] if args.service else env.observed_services()
    start, step = ctx.now - timedelta(hours=args.lookback_hours), 300.0
    out = []
    known = env.topology().services
    for service in services:
        if service not in known:
            raise ToolInputError(_unknown_service(service, sorted(known)))
        t, values = capacity_series(env, args.metric, service, start, ctx.now, step)
        stamps = [env.start + timedelta(hours=float(h)) for h in t]
        name = f'{args.metric}{{service="{service}"}}'
        out.append(MetricSeries(name=name, labels={"service": service}, timestamps=stamps, values=values.tolist()))
    return out


def _unknown_service(service: str, known: list[str]) -> str:
    """A service the estate lacks, with the estate's services (it named the asked one as the estate's)."""
    from difflib import get_close_matches

    close = get_close_matches(service, known, n=1)
    hint = f" (did you mean {close[0]!r}?)" if close else ""
    more = f" … ({len(known)} in all)" if len(known) > 12 else ""
    return f"service: {service!r} is not in the estate{hint}; it has {', '.join(known[:12])}{more}"


def _kind(name: str, given: Kind | None) -> Kind | None:
    if given is not None:
        return given
    base = name.split("{")[0]
    if base in CAPACITY_METRICS:
        return CAPACITY_METRICS[base]  # type: ignore[return-value]
    low = base.lower()
    return next((kind for word, kind in _KIND_WORDS if word in low), None)  # type: ignore[return-value]


def _limit(name: str, given: float | None) -> float:
    if given is not None:
        return given
    base = name.split("{")[0]
    if re.search(r"(_pct|_percent|percent|_ratio_pct)$", base):
        return 100.0
    if base == "queue_depth":
        return QUEUE_LIMIT
    raise ForecastError(f"limit: {base!r} is not a percentage (_pct/_percent); give `limit`, its capacity")


def _forecast(item: MetricSeries, args: ForecastExhaustionSpec) -> CapacityForecast:
    limit = _limit(item.name, args.limit)
    stamps = np.array([s.timestamp() for s in item.timestamps]) / 3600.0
    got = forecast(stamps, np.array(item.values, dtype=float), limit, horizon_hours=args.horizon_hours)
    last = item.timestamps[-1]
    explanation = got.explanation
    if got.status == "not_exhausting" and got.rate_per_hour * (stamps[-1] - stamps[0]) <= -FALLING_SHARE * limit:
        explanation += (f"; it falls ({got.rate_per_hour:.4g}/h): a gauge of what is left (free, available) never "
                        "reaches its limit going down: forecast the used share instead (PromQL: "
                        "100 * (1 - avail / size))")  # fmt: skip
    return CapacityForecast(
        series=item.name,
        service=item.labels.get("service"),
        kind=_kind(item.name, args.kind),
        limit=limit,
        status=got.status,  # type: ignore[arg-type]
        hours_left=_round(got.hours),
        hours_low=_round(got.low),
        hours_high=_round(got.high),
        exhausts_at=None if got.hours is None else last + timedelta(hours=got.hours),
        rate_per_hour=got.rate_per_hour,
        level=got.level,
        resets=got.resets,
        reset_every_hours=_round(got.reset_every_hours),
        seasonality=list(got.seasonality),
        horizon_hours=round(got.horizon_hours, 1),
        explanation=explanation,
    )


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _proposal(f: CapacityForecast, threshold: float, page_below: float, task_id: str) -> CapacityProposal | None:
    if f.hours_left is None or f.hours_left >= threshold:
        return None
    action = ACTIONS.get(f.kind or "", "expand")
    if f.kind == "disk" and f.resets:
        action = "clean_up"  # rotated, yet filling: free more before buying more
    slug = re.sub(r"[^a-z0-9]+", "_", f"{f.service or f.series.split('{')[0]}_{f.kind or 'capacity'}".lower())
    reason = (f"{f.series} reaches {f.limit:g} in {f.hours_left:.1f} h (80 %: {f.hours_low} - "
              f"{f.hours_high if f.hours_high is not None else 'later'} h), below the {threshold:g} h threshold: "
              f"{action.replace('_', ' ')}")  # fmt: skip
    task = {
        "id": f"{task_id}_{action}_{slug}".strip("_")[:64],
        "role": "sre",
        "tool": "remediate_capacity",
        "args": {
            k: v
            for k, v in {
                "action": action,
                "target": f.series,
                "service": f.service,
                "kind": f.kind,
                "hours_left": f.hours_left,
                "reason": reason,
            }.items()
            if v is not None
        },  # fmt: skip
        "description": reason,
        "urgency": "page" if f.hours_left < page_below else "ticket",  # how long its approval may wait
    }
    if f.hours_left > 0:  # an approval that outlives the gauge decides nothing: it expires by then (15 min at least)
        task["expires_within_hours"] = max(0.25, round(f.hours_left, 2))
    return CapacityProposal(series=f.series, action=action, hours_left=f.hours_left, reason=reason, task=task)


def _summary(forecasts: list[CapacityForecast], proposals: list, skipped: list[str], threshold: float) -> str:
    soon = sorted((f for f in forecasts if f.hours_left is not None), key=lambda f: f.hours_left or 0.0)
    head = f"{len(forecasts)} gauge(s) forecast; {len(soon)} reach their limit within the horizon"
    first = f"; soonest {soon[0].series} in {soon[0].hours_left:.1f} h" if soon else ""
    tail = f"; {len(skipped)} skipped" if skipped else ""
    return f"{head}{first}; {len(proposals)} below {threshold:g} h proposed for remediation{tail}"
