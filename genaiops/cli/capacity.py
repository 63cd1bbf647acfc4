"""`genaiops capacity forecast`: when a capacity gauge an on-call engineer has at hand reaches its limit.

The same tool a scenario calls (``forecast_exhaustion``), on a file of the gauge's history (CSV ``timestamp,value``,
Prometheus exposition text or a Prometheus API answer, read by ``parse_metrics``; ``-`` reads standard input), on a
PromQL query or template name against ``GENAIOPS_PROMETHEUS_URL``, or on the simulated estate's gauges (drills).
It prints hours left with the 80 % interval and the remediation it would propose; it starts nothing: a proposal
becomes a gated task in a run (``scenarios/capacity_review.yaml``). docs/forecast.md says how the forecast works.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from genaiops.cli.common import app_settings, console, fail
from genaiops.cli.notifications import NowOption, parse_now
from genaiops.cli.output import Col, Format, OutputOption, emit, print_table

app = typer.Typer(help="Capacity gauges: when each reaches its limit, and what to do about it.", no_args_is_help=True)


@app.command("forecast")
def forecast(
    file: Annotated[
        str | None,
        typer.Argument(
            help="The gauge's history: CSV with a timestamp,value header (other names: --timestamp-column, "
            "--value-column), Prometheus text or API JSON; `-` reads standard input.",
            show_default=False,
        ),
    ] = None,
    metric: Annotated[
        str | None,
        typer.Option(
            help="Or a gauge by name: a PromQL template with GENAIOPS_PROMETHEUS_URL set, else one of the "
            "simulated estate's (disk_used_pct, memory_used_pct, inodes_used_pct, db_connections_used_pct, "
            "queue_depth)."
        ),
    ] = None,
    query: Annotated[str | None, typer.Option(help="Or a PromQL query (needs GENAIOPS_PROMETHEUS_URL).")] = None,
    service: Annotated[str | None, typer.Option(help="With --metric: one service (default: every one).")] = None,
    limit: Annotated[
        float | None, typer.Option(help="The capacity (default: 100 for a percentage gauge: a name ending in _pct).")
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="disk, memory, inodes, connections or queue (default: from the name).")
    ] = None,
    name: Annotated[str, typer.Option(help="The gauge's name for a CSV file (default: the file's name).")] = "",
    timestamp_column: Annotated[str, typer.Option(help="A CSV file's column of times.")] = "timestamp",
    value_column: Annotated[str, typer.Option(help="A CSV file's column of values.")] = "value",
    lookback_hours: Annotated[float, typer.Option(min=0.01, max=168, help="History read with --metric/--query.")] = 72,
    horizon_hours: Annotated[
        float | None, typer.Option(min=0.01, help="Look this far ahead (default: 10 times the history).")
    ] = None,
    propose_below_hours: Annotated[
        float | None, typer.Option(min=0.01, help="Propose a remediation below this (default: the policy's).")
    ] = None,
    now: NowOption = None,
    output: OutputOption = Format.table,
) -> None:
    """Forecast when capacity gauges reach their limit: hours left with an 80 % interval (robust to rotation and
    restart sawtooth and to daily and weekly cycles), and the remediation (expand, clean up, scale) proposed for
    those under the threshold. Give one source: FILE, --metric or --query. Exit 0 when nothing is proposed, 1 when
    a remediation is proposed (a CI job or cron can page on it), 2 on a bad input."""
    sources = [s for s, given in (("FILE", file), ("--metric", metric), ("--query", query)) if given is not None]
    if len(sources) != 1:
        said = "none" if not sources else " and ".join(sources)
        fail(f"give one source of the gauge's history, FILE, --metric or --query (got {said}); e.g. "
             "`genaiops capacity forecast disk.csv --limit 500` or `... --metric disk_used_pct`")  # fmt: skip
    result = _forecast(file, metric, query, service, limit, kind, (name, timestamp_column, value_column),
                       lookback_hours, horizon_hours, propose_below_hours, parse_now(now))  # fmt: skip
    if output is not Format.table:
        emit(result.model_dump(mode="json"), output)
    else:
        _show(result)
    if result.proposals:
        raise typer.Exit(1)


def _forecast(
    file: str | None, metric: str | None, query: str | None, service: str | None, limit: float | None,
    kind: str | None, columns: tuple[str, str, str], lookback_hours: float, horizon_hours: float | None,
    propose_below_hours: float | None, moment: Any,
) -> Any:  # fmt: skip
    from pydantic import ValidationError

    from genaiops.errors import ToolError, ToolInputError
    from genaiops.registry import ToolContext
    from genaiops.runtime import capacity_resources, load_policy
    from genaiops.tools.sre.forecast_exhaustion import ForecastExhaustionSpec, forecast_exhaustion

    settings = app_settings()
    policy = load_policy(settings)
    ctx = ToolContext(run_id="capacity-forecast", task_id="forecast", idempotency_key="capacity-forecast", now=moment,
                      resources=capacity_resources(settings))  # fmt: skip
    args: dict[str, Any] = {"limit": limit, "kind": kind, "horizon_hours": horizon_hours,
                            "propose_below_hours": propose_below_hours or policy.capacity.propose_below_hours,
                            "page_below_hours": policy.capacity.page_below_hours}  # fmt: skip
    try:
        if file is not None:
            args["series"] = _read_series(file, *columns)
        else:
            args |= {"metric": metric, "query": query, "service": service, "lookback_hours": lookback_hours}
        spec = ForecastExhaustionSpec(**{k: v for k, v in args.items() if v is not None})
        return forecast_exhaustion(spec, ctx)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc']) or 'input'}: {e['msg']}" for e in exc.errors())
        fail(f"capacity forecast: {problems}")
    except ToolError as exc:  # the input's or the settings' mistake (2), or metrics that could not be read (1)
        said = str(exc).replace("pass timestamp_column=", "pass --timestamp-column ")
        said = said.replace("pass value_column=", "pass --value-column ")
        fail(f"capacity forecast: {said}", 2 if isinstance(exc, ToolInputError) else 1)


def _read_series(file: str, name: str, timestamp_column: str, value_column: str) -> list[Any]:
    """The file's series, read the way ``parse_metrics`` reads metrics text (its errors name the line; a CSV's
    column hint ``timestamp_column=...`` is this command's ``--timestamp-column``)."""
    from genaiops.cli.logfiles import read_log_file
    from genaiops.tools.sre.parse_metrics import ParseMetricsSpec, parse_metrics

    text, _ = read_log_file(file, what="metrics text")
    default = "stdin" if file == "-" else Path(file).stem
    spec = ParseMetricsSpec(content=text, name=name or default, timestamp_column=timestamp_column,
                            value_column=value_column)  # fmt: skip
    parsed = parse_metrics(spec)
    for note in parsed.notes:
        console.print(f"[dim]{escape(note)}[/]", soft_wrap=True)
    return parsed.series


def _hours(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.1f} h" if value < 48 else f"{value / 24:.1f} d"


def _show(result: Any) -> None:
    cols = [Col("gauge", is_id=True)] + [Col(h) for h in ("now", "limit", "status", "hours left", "80 % interval",
                                                          "reaches the limit (UTC)")]  # fmt: skip
    rows = []
    for f in result.forecasts:
        late = "beyond the horizon" if f.hours_high is None else _hours(f.hours_high)
        interval = "-" if f.hours_low is None else f"{_hours(f.hours_low)} – {late}"
        at = "-" if f.exhausts_at is None else f.exhausts_at.strftime("%Y-%m-%d %H:%M")
        rows.append([escape(f.series), f"{f.level:.4g}", f"{f.limit:.4g}", f.status.replace("_", " "),
                     _hours(f.hours_left), interval, at])  # fmt: skip
    print_table(cols, rows)  # the gauge is the row's id (the proposal names it): whole, never cut to `disk_used…`
    for f in result.forecasts:
        console.print(f"[dim]{escape(f.series)}: {escape(f.explanation)}[/]", soft_wrap=True)
    for skipped in result.skipped:
        console.print(f"[yellow]skipped[/] {escape(skipped)}", soft_wrap=True)
    for p in result.proposals:
        console.print(f"[bold]proposed[/] {escape(p.action)} for {escape(p.series)} ({_hours(p.hours_left)} left): "
                      f"{escape(p.reason)}", soft_wrap=True)  # fmt: skip
    if result.proposals:
        console.print("A proposal is not a change: the capacity review scenario (scenarios/capacity_review.yaml) "
                      "asks for it as a gated task.", soft_wrap=True)  # fmt: skip
    else:
        console.print(escape(result.summary), soft_wrap=True)
