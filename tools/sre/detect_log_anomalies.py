"""detect_log_anomalies: new templates, template-rate bursts and drops, error-level surges per service.

Reads parsed log records (``parse_logs``'s output), raw log text (parsed here with ``parse_log_text``), a LogQL
``query`` run on Loki over the last ``lookback_minutes`` (every line it returns, where ``parse_logs``' records stop
at its ``max_records``) or, with none of them, the environment's logs for the last ``lookback_minutes``. The
algorithm and its defaults are in ``diagnosis.log_anomalies``; the anomalies it returns go straight into
``correlate_incidents`` and ``rank_root_causes`` (``anomalies``), beside metric anomalies.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre import arg_rules
from genaiops.tools.sre.diagnosis import Anomaly
from genaiops.tools.sre.diagnosis.log_anomalies import (
    NOTHING_JUDGED,
    LogAnomaly,
    LogAnomalyParams,
    find_log_anomalies,
    to_anomalies,
)
from genaiops.tools.sre.logs import LogFormat, LogRecord, TemplateMiner, parse_log_text
from genaiops.tools.sre.resource_needs import parse_logs_needs

_D = LogAnomalyParams()
REFERENCE_ARGS = "a reference: `reference_text` as log text, or `reference` as parsed records"


class DetectLogAnomaliesSpec(BaseModel, defer_build=True):
    records: list[LogRecord] | None = Field(default=None, description="parsed log records (from parse_logs)")
    text: str | None = Field(default=None, description="or raw log text (plain, JSON lines, syslog, Loki JSON)")
    query: str | None = Field(
        default=None,
        max_length=10_000,
        description="or a LogQL log query run on Loki over the last `lookback_minutes` (needs GENAIOPS_LOKI_URL); "
        "every line returned is judged",
    )
    limit: int = Field(default=5000, ge=1, le=100_000, description="with `query`: most lines Loki returns")
    format: LogFormat = Field(default="auto", description="format of `text` and `reference_text`")
    reference: list[LogRecord] | None = Field(
        default=None, description="baseline records (e.g. the last 7 days); default: the first half of the input"
    )
    reference_text: str | None = Field(default=None, description="or the baseline as raw log text")
    service: str | None = Field(default=None, description="service of lines that name none")
    year: int | None = Field(
        default=None, ge=1, le=9999,
        description="year of RFC 3164 syslog lines (journalctl's output, /var/log/syslog): they carry none",
    )  # fmt: skip
    lookback_minutes: int = Field(
        default=90, ge=10, le=7 * 1440, description="with `query`, or no records or text: read this much of the logs"
    )
    end: datetime | None = Field(default=None, description="end of the searched span; default: the run's time")
    services: list[str] | None = Field(default=None, description="environment logs only: these services")
    bucket_seconds: int = Field(default=_D.bucket_seconds, ge=1, le=3600)
    window_minutes: int = Field(default=_D.window_minutes, ge=1, le=240)
    warmup_share: float = Field(default=_D.warmup_share, gt=0, lt=1)
    new_min_count: int = Field(default=_D.new_min_count, ge=1)
    burst_ratio: float = Field(default=_D.burst_ratio, gt=1)
    min_excess: int = Field(default=_D.min_excess, ge=1)
    z: float = Field(default=_D.z, gt=0)
    drop_ratio: float = Field(default=_D.drop_ratio, ge=0, lt=1)
    drop_min_usual: float = Field(default=_D.drop_min_usual, gt=0)

    _one_input = model_validator(mode="after")(arg_rules.detect_log_anomalies_one_input)

    def params(self) -> LogAnomalyParams:
        return LogAnomalyParams(
            bucket_seconds=self.bucket_seconds,
            window_minutes=self.window_minutes,
            warmup_share=self.warmup_share,
            new_min_count=self.new_min_count,
            burst_ratio=self.burst_ratio,
            min_excess=self.min_excess,
            z=self.z,
            drop_ratio=self.drop_ratio,
            drop_min_usual=self.drop_min_usual,
        )


class DetectLogAnomaliesResult(BaseModel, defer_build=True):
    anomalies: list[Anomaly] = Field(
        description="as diagnosis evidence (source log, metric log:<kind>): give them to correlate_incidents or "
        "rank_root_causes as `anomalies`"
    )
    findings: list[LogAnomaly] = Field(description="the same anomalies with templates, counts and examples")
    report: list[str] = Field(description="one readable line per finding, earliest first")
    lines: int
    skipped: int = Field(description="lines that could not be read (see parse_logs for why)")
    templates: int
    services_anomalous: list[str]
    baseline: str = Field(description="what the input was compared with (and lines that name no service, not judged)")


@tool(uses=("loki",), needs=parse_logs_needs)
def detect_log_anomalies(args: DetectLogAnomaliesSpec, ctx: ToolContext) -> DetectLogAnomaliesResult:
    """Find what changed in the logs, per service: new templates (never seen in the reference window, or in
    the first half of the input when no reference is given), template-rate bursts and drops against the
    template's own usual rate, and surges of error-level lines. Each finding has an onset, a score and an
    explanation such as "template `Connection refused to <*>` on checkout appeared 312 times in 5 minutes from
    10:03 (...); never seen in the last 7 days". Defaults: 1-minute buckets judged over 5-minute windows; the
    usual count is the baseline's trimmed mean; a burst is >= 3x usual, >= 10 lines over it and z >= 4; a drop
    is <= 0.25x a usual of >= 20 lines a window; a new template needs 3 lines (1 at warn level or worse).
    Give `records` (parse_logs returns its first `max_records` only), `text`, or a LogQL `query` (Loki); with
    none, reads the environment's logs for the last `lookback_minutes`."""
    miner = TemplateMiner()
    reference = args.reference
    if args.reference_text is not None:
        reference = _parse(args.reference_text, args, miner, "reference_text")[0]
    end, cut = args.end, False
    if args.records is not None:
        records, skipped = args.records, 0
    elif args.query is not None:
        end = end or ctx.now
        records, skipped, cut = _from_loki(args, ctx, end, miner)
    else:
        text = args.text
        if text is None:
            end = end or ctx.now
            text = _environment_logs(ctx, end - timedelta(minutes=args.lookback_minutes), end, args.services)
        records, skipped = _parse(text, args, miner, "text")
    if args.service is None and records and not any(r.service for r in records):
        raise ToolInputError(
            f"no line names its service ({len(records)} line(s); a service comes from a JSON `service`/`app` "
            "field, a syslog app or tag, a Loki label): give `service` for them, or nothing can be judged per "
            "service"
        )
    if records and not any(r.ts for r in records):
        raise ToolInputError(_timeless(records, args))
    found, note = find_log_anomalies(records, reference, args.params(), service=args.service, end=end)
    if records and note.startswith(NOTHING_JUDGED):  # an empty answer would read as "nothing changed"
        why = note.removeprefix(f"{NOTHING_JUDGED}: ")
        raise ToolInputError(why if reference else f"{why} ({REFERENCE_ARGS})")
    if cut:
        note += f"; Loki returned its limit of {args.limit} lines, the earliest: raise `limit` or narrow the window"
    return DetectLogAnomaliesResult(
        anomalies=to_anomalies(found),
        findings=found,
        report=[f"{a.onset:%H:%M:%S} {a.service} {a.kind} ({a.severity}): {a.explanation}" for a in found],
        lines=len(records),
        skipped=skipped,
        templates=len({r.template_id for r in records}),
        services_anomalous=sorted({a.service for a in found}),
        baseline=note,
    )


def _from_loki(
    args: DetectLogAnomaliesSpec, ctx: ToolContext, end: datetime, miner: TemplateMiner
) -> tuple[list[LogRecord], int, bool]:
    """Every line the query returns over the last `lookback_minutes` (no lines: nothing to judge, not an error),
    the lines skipped, and whether Loki stopped at `limit`."""
    loki = ctx.resource("loki")  # raises, naming GENAIOPS_LOKI_URL, when not configured
    text = loki.query_range(args.query, end - timedelta(minutes=args.lookback_minutes), end, args.limit)
    parsed = parse_log_text(text, fmt="loki", service=args.service, miner=miner)
    return parsed.records, len(parsed.skipped), len(parsed.records) + len(parsed.skipped) >= args.limit


def _timeless(records: list[LogRecord], args: DetectLogAnomaliesSpec) -> str:
    """Why nothing can be judged: no line has a time (bursts, drops and new templates are counted over time)."""
    said = f"no line has a time ({len(records)} line(s)), so nothing can be judged over time"
    if args.year is None and args.records is None:
        return (f"{said}: RFC 3164 syslog lines (journalctl's output, /var/log/syslog) carry no year: give `year` "
                "(e.g. 2026); other lines need a time at their start or a JSON time field")  # fmt: skip
    return (f"{said}: a time is read at the start of a line (ISO 8601, `YYYY/MM/DD hh:mm:ss`, ctime's "
            "`[Www Mmm dd hh:mm:ss YYYY]`, a syslog header; RFC 3164 syslog with `year`) or from a JSON time "
            "field (`ts`, `time`, ...); a time elsewhere in the line, as an access log's "
            "`[05/Dec/2026:13:00:00 +0000]`, is not read")  # fmt: skip


def _parse(text: str, args: DetectLogAnomaliesSpec, miner: TemplateMiner, field: str) -> tuple[list[LogRecord], int]:
    parsed = parse_log_text(text, fmt=args.format, service=args.service, miner=miner, year=args.year)
    if text.strip() and not parsed.records:
        reasons = "; ".join(f"line {s.line_no}: {s.reason}" for s in parsed.skipped[:3])
        raise ToolInputError(f"{field}: no line could be read as {args.format} logs ({reasons})")
    return parsed.records, len(parsed.skipped)


def _environment_logs(ctx: ToolContext, start: datetime, end: datetime, services: list[str] | None) -> str:
    if "prometheus" in ctx.resources:  # metrics come from a real estate: the simulator's logs are not its logs
        raise ToolInputError(
            "no `records` or `text` given, and the metrics come from Prometheus: pass that estate's logs "
            "(log text, or a LogQL `query` on Loki) as `records`, `text` or `query`"
        )
    env = ctx.resource("environment")
    if not callable(getattr(env, "logs", None)):
        raise ToolInputError(
            "no `records` or `text` given, and this environment exports no logs: pass the logs (log text, or a "
            "LogQL `query` on Loki) as `records`, `text` or `query`"
        )
    return env.logs(start, end, services)
