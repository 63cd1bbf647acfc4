"""parse_log_text: log text -> records with templates and typed parameters, skips recorded, never a traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator

from genaiops.tools.sre.logs.miner import EDGE, TemplateMiner, param_slots
from genaiops.tools.sre.logs.models import LogFormat, LogParam, LogRecord, LogSkip, ParsedLogs
from genaiops.tools.sre.logs.readers import (
    Entry,
    Item,
    LogFormatError,
    read_jsonl,
    read_loki,
    read_plain,
    read_syslog,
    syslog_entry,
)

MAX_LINE_CHARS = 8192


def detect_format(text: str) -> LogFormat:
    """The format of the text: a Loki answer, JSON lines, syslog or plain (judged on the first lines)."""
    head = text.lstrip()[:4096]
    if head.startswith("{") and '"resultType"' in head and '"data"' in head:
        return "loki"
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return "plain"
    if sum(1 for line in lines if _is_json_object(line)) * 2 > len(lines):
        return "jsonl"
    if sum(1 for line in lines if syslog_entry(0, line, None) is not None) * 2 > len(lines):
        return "syslog"
    return "plain"


def _is_json_object(line: str) -> bool:
    line = line.strip()
    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def parse_log_text(
    text: str,
    *,
    fmt: LogFormat = "auto",
    service: str | None = None,
    miner: TemplateMiner | None = None,
    year: int | None = None,
    max_line_chars: int = MAX_LINE_CHARS,
) -> ParsedLogs:
    """Read ``text`` in ``fmt`` (``auto`` detects it) and mine templates online with ``miner`` (a fresh one when
    None; pass one to keep templates across calls). ``service`` fills records that name none; ``year`` dates
    RFC 3164 syslog lines (which carry no year; without it their ``ts`` is None). Raises ``LogFormatError`` only
    when the whole input is not in the format asked for (a Loki answer that is not one); bad lines are skips."""
    chosen = detect_format(text) if fmt == "auto" else fmt
    miner = miner or TemplateMiner()
    entries: list[tuple[Entry, tuple]] = []
    skipped: list[LogSkip] = []
    for item in _items(text, chosen, year, max_line_chars):
        if isinstance(item, LogSkip):
            skipped.append(item)
        else:
            entries.append((item, miner.add_id(item.message)))
    records = _records(entries, miner, service)
    notes = _notes(records, skipped, chosen, max_line_chars)
    return ParsedLogs(records=records, skipped=skipped, format=chosen, notes=notes)


def _items(text: str, fmt: LogFormat, year: int | None, max_chars: int) -> Iterator[Item]:
    if fmt == "loki":
        return read_loki(text, max_chars)
    if fmt == "jsonl":
        return read_jsonl(text, max_chars)
    if fmt == "syslog":
        return read_syslog(text, max_chars, year)
    if fmt == "plain":
        return read_plain(text, max_chars)
    raise LogFormatError(f"format {fmt!r}: use one of auto, plain, jsonl, syslog, loki")


def _records(entries: list[tuple[Entry, tuple]], miner: TemplateMiner, service: str | None) -> list[LogRecord]:
    """Records with the templates as they stand after the last line (ids merged on the way are resolved)."""
    final: dict[str, tuple[str, str, list[int]]] = {}
    params: dict[tuple[str, str], LogParam] = {}  # LogParam is frozen: one object per (kind, value)
    records = []
    construct = LogRecord.model_construct
    for entry, (tid, raw, masked) in entries:
        hit = final.get(tid)
        if hit is None:
            root, template = miner.resolve(tid)
            hit = final[tid] = (root, template, param_slots(template))
        found = []
        if len(raw) == len(masked):
            for i in hit[2]:
                if i < len(raw):
                    kind = masked[i][1] or "word"
                    value = raw[i].strip(EDGE) or raw[i]
                    param = params.get((kind, value))
                    if param is None:
                        param = params[kind, value] = LogParam.model_construct(kind=kind, value=value)
                    found.append(param)
        records.append(
            construct(
                line_no=entry.line_no,
                ts=entry.ts,
                service=entry.service or service,
                level=entry.level,
                message=entry.message,
                template_id=hit[0],
                template=hit[1],
                params=found,
                truncated=entry.truncated,
            )
        )
    return records


def _notes(records: list[LogRecord], skipped: list[LogSkip], fmt: LogFormat, max_chars: int) -> list[str]:
    notes = []
    cut = [r.line_no for r in records if r.truncated]
    if cut:
        notes.append(f"{len(cut)} line(s) longer than {max_chars} characters truncated (first: line {cut[0]})")
    if skipped:
        notes.append(f"{len(skipped)} line(s) skipped as not {fmt} log lines (see skipped)")
    return notes
