"""parse_logs: log text (plain, JSON lines, syslog, Loki query_range) or a LogQL query to Loki -> records with
templates mined online and typed parameters, a template table, and the lines that could not be read."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta
from itertools import repeat

from pydantic import BaseModel, Field, model_validator

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext, tool
from genaiops.tools.sre import arg_rules
from genaiops.tools.sre.logs import LogFormat, LogRecord, LogSkip, MinedLines, mine_log_text, no_cyclic_gc
from genaiops.tools.sre.logs.models import built
from genaiops.tools.sre.resource_needs import parse_logs_needs

_SEVERE = ("error", "critical", "fatal")


class ParseLogsSpec(BaseModel, defer_build=True):
    content: str | None = Field(
        default=None,
        description="The log text itself: plain lines, JSON lines, syslog (RFC 3164/5424) or the JSON body of "
        "Loki's /loki/api/v1/query_range.",
    )
    query: str | None = Field(
        default=None,
        min_length=1,
        description='Or a LogQL log query, e.g. \'{service="checkout"} |= "error"\' (needs Loki: GENAIOPS_LOKI_URL).',
    )
    format: LogFormat = Field(default="auto", description="Format of `content`; auto detects it.")
    service: str | None = Field(default=None, description="Service of lines that name none.")
    year: int | None = Field(
        default=None, ge=1970, le=9999, description="Year of RFC 3164 syslog lines (they carry none)."
    )
    start: datetime | None = Field(default=None, description="With `query`: default `lookback_minutes` before end.")
    end: datetime | None = Field(default=None, description="With `query`: default the run's time.")
    lookback_minutes: int = Field(default=60, ge=1, le=30 * 1440)
    limit: int = Field(default=5000, ge=1, le=100_000, description="With `query`: most lines Loki returns.")
    max_line_chars: int = Field(default=8192, ge=80, le=1_000_000, description="Longer lines are truncated.")
    max_records: int = Field(
        default=500, ge=0, le=100_000, description="Records returned (all lines are mined; templates count all)."
    )
    max_templates: int = Field(default=200, ge=1, le=100_000, description="Templates returned, most frequent first.")

    _one_source = model_validator(mode="after")(arg_rules.parse_logs_one_source)


class TemplateCount(BaseModel, defer_build=True):
    template_id: str
    template: str = Field(description="The template's final text (after every line was mined).")
    count: int
    first_line: int
    levels: dict[str, int] = Field(description="Lines per level (lines without a level are not counted).")
    services: list[str]


class ParseLogsResult(BaseModel, defer_build=True):
    format: LogFormat
    lines: int = Field(description="Lines read (records + skipped).")
    records: list[LogRecord] = Field(description="The first `max_records` records, in input order.")
    templates: list[TemplateCount] = Field(description="The `max_templates` most frequent templates, in that order.")
    template_count: int = Field(description="Distinct templates in all lines read.")
    severe: int = Field(description="Records at level error, critical or fatal.")
    skipped: list[LogSkip] = Field(description="Lines that could not be read, with the reason (first 100).")
    skipped_count: int
    notes: list[str]


@tool(offload=True, uses=("loki",), needs=parse_logs_needs)
def parse_logs(args: ParseLogsSpec, ctx: ToolContext) -> ParseLogsResult:
    """Parse logs and mine their templates online: `content` (plain lines, JSON lines, syslog RFC 3164/5424, or a
    Loki query_range answer; format detected) or a LogQL `query` run on Loki over [start, end]. Each record has
    its UTC time, service, level, message, template (variables as <*> or typed <IP>, <NUM>, <PATH>, <URL>, <ID>,
    <HEX>, <TIME>, <EMAIL>) and typed parameters; templates are counted with their levels. Malformed or binary
    lines are skipped with the reason; over-long lines are truncated with a note."""
    # GC off until the answer is built, not only while mining: its passes over the mined lines and the answer's
    # records freed nothing and were a quarter of the tool's CPU time (32k Loghub lines)
    with no_cyclic_gc():
        if args.query is not None:
            mined, notes = _from_loki(args, ctx)
        else:
            mined = mine_log_text(
                args.content or "",
                fmt=args.format,
                service=args.service,
                year=args.year,
                max_line_chars=args.max_line_chars,
            )
            notes = mined.notes()
        answer = summarise(mined, notes, args.max_records, args.max_templates)
        # the mined lines freed by reference counting while GC is off: they hold no cycles, and GC's first pass
        # once it is back on would otherwise walk every row still held here
        del mined
    return answer


def _from_loki(args: ParseLogsSpec, ctx: ToolContext) -> tuple[MinedLines, list[str]]:
    loki = ctx.resource("loki")  # raises, naming GENAIOPS_LOKI_URL, when not configured
    end = args.end or ctx.now
    start = args.start or end - timedelta(minutes=args.lookback_minutes)
    if end <= start:
        raise ToolInputError(f"start {start.isoformat()} must be before end {end.isoformat()}")
    text = loki.query_range(args.query, start, end, args.limit)
    try:
        mined = mine_log_text(text, fmt="loki", service=args.service, max_line_chars=args.max_line_chars)
    except ToolInputError as exc:
        raise ToolInputError(f"query {args.query!r}: {exc} (from {loki.where}, GENAIOPS_LOKI_URL)") from None
    notes = mined.notes()
    if len(mined.lines.messages) >= args.limit:
        notes.append(f"Loki returned the limit of {args.limit} lines: raise `limit` or narrow the window")
    return mined, notes


def summarise(mined: MinedLines, notes: list[str], max_records: int, max_templates: int = 200) -> ParseLogsResult:
    """The tool's answer: records for the first ``max_records`` lines only, the template table counted from the
    lines' columns (each line's template as it stands after the last line), ``notes`` and the cuts made."""
    member = _Members(mined)
    roots = list(map(member.__getitem__, mined.template_ids))
    counts = Counter(roots)  # in order of first line: most_common keeps it among equal counts
    lines = mined.lines
    # C loops over the columns: these run once per line
    first = dict(zip(reversed(roots), reversed(lines.line_nos), strict=True))  # the earliest wins
    levels: dict[str, dict[str, int]] = {}
    severe = 0
    level_column = lines.levels
    pairs: Iterable[tuple[tuple[str, str | None], int]]
    if level_column and level_column.count(level_column[0]) == len(level_column):
        # one level on every line (7 of the 16 Loghub files): its counts are the templates' counts, in the same
        # order of first line, without counting a pair per line
        pairs = zip(zip(counts, repeat(level_column[0])), counts.values(), strict=True)
    else:
        pairs = Counter(zip(roots, level_column, strict=True)).items()
    for (tid, level), n in pairs:
        if level is not None:
            levels.setdefault(tid, {})[level] = n
            severe += n if level in _SEVERE else 0
    services: dict[str, set[str]] = {}
    default = mined.service
    named_pairs: Iterable[tuple[str, str | None]]
    # JSON, syslog and Loki lines may name their service
    if not lines.messages or lines.services is None:  # every line ``default``: a pair per template, not per line
        named_pairs = zip(counts, repeat(default))
    elif default is None:  # an empty name is then no name: skipped below
        named_pairs = set(zip(roots, lines.services, strict=True))
    else:
        named_pairs = set(zip(roots, [service or default for service in lines.services], strict=True))
    for tid, service in named_pairs:
        if service is not None and (service or default is not None):
            services.setdefault(tid, set()).add(service)
    # built without validating (the values are made here, of the fields' types): validation was a tenth of the
    # tool's time
    templates = [
        built(
            TemplateCount,
            {
                "template_id": tid,
                "template": member.text[tid],
                "count": n,
                "first_line": first[tid],
                "levels": levels.get(tid, {}),
                "services": sorted(services.get(tid, ())),
            },
        )
        for tid, n in counts.most_common(max_templates)
    ]
    notes = list(notes)
    if len(lines.messages) > max_records:
        notes.append(f"{len(lines.messages)} records, the first {max_records} returned (raise max_records)")
    if len(counts) > max_templates:
        notes.append(f"{len(counts)} templates, the {max_templates} most frequent returned (raise max_templates)")
    return built(
        ParseLogsResult,
        {
            "format": mined.format,
            "lines": len(lines.messages) + len(mined.skipped),
            "records": mined.records(max_records),
            "templates": templates,
            "template_count": len(counts),
            "severe": severe,
            "skipped": mined.skipped[:100],
            "skipped_count": len(mined.skipped),
            "notes": notes,
        },
    )


class _Members(dict[str, str]):
    """Template id as mined -> the id of the template it belongs to after the last line (``text``: its text)."""

    def __init__(self, mined: MinedLines) -> None:
        super().__init__()
        self.member = mined.miner.member
        self.text: dict[str, str] = {}

    def __missing__(self, tid: str) -> str:
        _, root, text = self.member(tid)
        self[tid] = root
        self.text[root] = text
        return root
