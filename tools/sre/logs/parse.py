"""parse_log_text: log text -> records with templates and typed parameters, skips recorded, never a traceback."""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import compress, repeat

from genaiops.tools.sre.logs.logfmt import LogfmtTimes, logfmt_columns, looks_logfmt
from genaiops.tools.sre.logs.miner import Recipe, TemplateMiner, digit_shape, param_slots
from genaiops.tools.sre.logs.models import (
    SET_DICT,
    SET_EXTRA,
    SET_FIELDS,
    SET_PRIVATE,
    LogFormat,
    LogParam,
    LogRecord,
    LogSkip,
    ParsedLogs,
    fields_set,
)
from genaiops.tools.sre.logs.readers import (
    Columns,
    Item,
    LogFormatError,
    PlainTimes,
    Row,
    plain_columns,
    read_jsonl,
    read_loki,
    row_columns,
    syslog_entry,
    syslog_rows,
)

MAX_LINE_CHARS = 8192


def detect_format(text: str) -> LogFormat:
    """The format of the text: a Loki answer, JSON lines, syslog or plain (judged on the first lines). JSON lines
    also when some of the first 200 lines are JSON objects among plain ones: ``read_jsonl`` reads the others as plain
    lines when the format was detected, where ``plain`` would mine the JSON objects as text (no time, level or
    service)."""
    head = text.lstrip()[:4096]
    if head.startswith("{") and '"resultType"' in head and '"data"' in head:
        return "loki"
    lines = [line for line in _first_lines(text, 20) if line.strip()]
    if not lines:
        return "plain"
    objects = sum(1 for line in lines if _is_json_object(line))
    if objects * 2 > len(lines):
        return "jsonl"
    if sum(1 for line in lines if syslog_entry(0, line, None) is not None) * 2 > len(lines):
        return "syslog"
    if objects or any(map(_is_json_object, _first_lines(text, 200)[20:])):  # a mix: a Go service's JSON among text
        return "jsonl"
    return "plain"


def _first_lines(text: str, n: int) -> list[str]:
    """``text.splitlines()[:n]`` without cutting the whole text: a head holding more than ``n`` lines has the
    first ``n`` complete (a break follows each inside it)."""
    size = 8192
    while True:
        lines = text[:size].splitlines()
        if len(lines) > n or size >= len(text):
            return lines[:n]
        size *= 4


def _logfmt(text: str) -> bool:
    """Whether plain text is logfmt (``time=... level=info msg="..."``), judged on its first lines."""
    if "=" not in text[:256]:
        return False
    lines = [line for line in _first_lines(text, 20) if line.strip()]
    return bool(lines) and looks_logfmt(lines)


def _is_json_object(line: str) -> bool:
    line = line.strip()
    if not (line.startswith("{") and line.endswith("}")):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):  # RecursionError: nested past the decoder's depth
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
    with no_cyclic_gc():
        lines = mine_log_text(text, fmt=fmt, service=service, miner=miner, year=year, max_line_chars=max_line_chars)
        parsed = ParsedLogs.model_construct(
            records=lines.records(), skipped=lines.skipped, format=lines.format, notes=lines.notes()
        )
        del lines  # freed while GC is off (no cycles): its first pass once back on would walk every row
    return parsed


@dataclass(slots=True)
class MinedLines:
    """Log text read and mined, before records are built: ``parse_log_text`` builds one per line, the
    ``parse_logs`` tool only those it returns (the template table is counted from the columns)."""

    format: LogFormat
    lines: Columns  # line numbers, times, levels, messages, ... of the lines read, a list per part
    template_ids: list[str]  # as mined: ``miner.member`` gives the template each belongs to after the last line
    skipped: list[LogSkip]
    miner: TemplateMiner
    service: str | None  # for lines that name none
    max_line_chars: int
    mended: int = 0  # unpaired surrogates (not Unicode: they cannot be encoded) replaced by U+FFFD

    def records(self, stop: int | None = None) -> list[LogRecord]:
        """The records of the first ``stop`` lines (all when None), with the templates as they stand now."""
        lines = self.lines
        times = lines.times(stop) if isinstance(lines.times, PlainTimes | LogfmtTimes) else lines.times[:stop]
        return _records(lines, times, self.template_ids[:stop], stop, self.miner, self.service)

    def notes(self) -> list[str]:
        notes = []
        truncated = self.lines.truncated
        if truncated is not None:
            cut = list(compress(self.lines.line_nos, truncated))
            notes.append(
                f"{len(cut)} line(s) longer than {self.max_line_chars} characters truncated (first: line {cut[0]})"
            )
        if self.skipped:
            notes.append(f"{len(self.skipped)} line(s) skipped as not {self.format} log lines (see skipped)")
        if self.mended:
            notes.append(
                f"{self.mended} unpaired UTF-16 surrogate(s) (as a JSON escape such as \\ud800 decodes: not Unicode) "
                "replaced by U+FFFD"
            )
        return notes


def mine_log_text(
    text: str,
    *,
    fmt: LogFormat = "auto",
    service: str | None = None,
    miner: TemplateMiner | None = None,
    year: int | None = None,
    max_line_chars: int = MAX_LINE_CHARS,
) -> MinedLines:
    """``parse_log_text`` without building records (the same arguments, errors and skips)."""
    mended = 0
    if not text.isascii() and not _unicode(text):  # text given as a str (a YAML or JSON escape), not read as UTF-8
        text, mended = _LONE.subn("\ufffd", text)
    if fmt in ("auto", "jsonl") and text.startswith("__CURSOR="):
        text = journal_export_lines(text)
    chosen = detect_format(text) if fmt == "auto" else fmt
    miner = miner or TemplateMiner()
    with no_cyclic_gc():
        skipped: list[LogSkip] = []
        decodes = chosen != "syslog"  # JSON strings and logfmt's quoted values are decoded: \ud800 becomes one
        if chosen == "plain" and _logfmt(text):  # key=value lines with a message key: read as fields
            lines = logfmt_columns(text, max_line_chars, skipped)
        elif chosen == "plain":  # the common case, read column by column rather than as entries
            lines = plain_columns(text, max_line_chars, skipped)
            decodes = False
        elif chosen == "syslog":
            lines = row_columns(*syslog_rows(text, max_line_chars, year, skipped))
        else:
            rows = _named_rows(text, chosen, max_line_chars, skipped, detected=fmt == "auto")
            lines = row_columns(rows, list(map(digit_shape, (row[3] for row in rows))))
        if decodes and "\\u" in text and _LONE_ESCAPE.search(text):  # a JSON reader decoded one into a lone surrogate
            lines, more = _mend(lines)
            mended += more
        mined = miner.add_ids(lines.messages, lines.shapes)
    return MinedLines(chosen, lines, mined, skipped, miner, service, max_line_chars, mended)


def journal_export_lines(text: str) -> str:
    """``journalctl -o export`` (entries of ``KEY=value`` lines, a blank line after each, starting with
    ``__CURSOR=``) as JSON lines, one per entry, which ``journalctl -o json``'s reading takes (time from
    ``__REALTIME_TIMESTAMP``, level from ``PRIORITY``, service from ``SYSLOG_IDENTIFIER``): each entry is one
    line of the answer. A binary field (its name alone on a line, its length and bytes after) is left out."""
    entries: list[str] = []
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            if fields:
                entries.append(json.dumps(fields, ensure_ascii=False))
            fields = {}
            continue
        key, sep, value = line.partition("=")
        if sep and key and key.replace("_", "").isalnum():
            fields.setdefault(key, value)
    if fields:
        entries.append(json.dumps(fields, ensure_ascii=False))
    return "\n".join(entries) + "\n"


_LONE = re.compile("[\ud800-\udfff]")
_LONE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _unicode(text: str) -> bool:
    """Whether ``text`` holds no unpaired surrogate (encoding it is faster than searching it for one)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _mend(lines: Columns) -> tuple[Columns, int]:
    """``lines`` with each unpaired surrogate of their messages, shapes and services replaced by U+FFFD (the miner
    and the JSON answer encode them as UTF-8, which a lone surrogate is not), and how many were replaced."""
    count = 0

    def mend(text: str) -> str:
        nonlocal count
        if text.isascii():
            return text
        text, n = _LONE.subn("\ufffd", text)
        count += n
        return text

    messages = list(map(mend, lines.messages))
    services = None if lines.services is None else [s if s is None else mend(s) for s in lines.services]
    found = count  # a shape is its message's digits masked: its surrogates are the message's, counted once
    return lines._replace(messages=messages, services=services, shapes=list(map(mend, lines.shapes))), found


@contextmanager
def no_cyclic_gc() -> Iterator[None]:
    """Cyclic GC off while lines are read (records, entries and templates are all kept: its passes over them
    find nothing to free), back on after when it was on. Reentrant: an inner use leaves it off."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _named_rows(text: str, fmt: LogFormat, max_chars: int, skipped: list[LogSkip], *, detected: bool) -> list[Row]:
    """The rows of JSON or Loki lines (which may name their service), skips appended to ``skipped``; ``detected``:
    the format was detected (JSON lines then read their plain lines as plain, ``read_jsonl``)."""
    rows: list[Row] = []
    for item in _items(text, fmt, max_chars, detected):
        if isinstance(item, LogSkip):
            skipped.append(item)
        else:
            rows.append((item.line_no, item.ts, item.level, item.message, item.truncated, item.service))
    return rows


def _items(text: str, fmt: LogFormat, max_chars: int, detected: bool) -> Iterator[Item]:
    if fmt == "loki":
        return read_loki(text, max_chars)
    if fmt == "jsonl":
        return read_jsonl(text, max_chars, plain_rest=detected)
    raise LogFormatError(f"format {fmt!r}: use one of auto, plain, jsonl, syslog, loki")


def _records(
    lines: Columns,
    times: list[datetime | None],
    mined: list[str],
    stop: int | None,
    miner: TemplateMiner,
    service: str | None,
) -> list[LogRecord]:
    """Records of the first ``stop`` lines with the templates as they stand after the last line (ids merged on
    the way are resolved); the parameters of a line are read by the recipe of its template and digit shape
    (``TemplateMiner.recipe``)."""
    final: dict[str, tuple[str, str, list[tuple[int, int]], int]] = {}
    recipes: dict[tuple[str, str], Recipe] = {}
    params: dict[tuple[str, str], LogParam] = {}  # LogParam is frozen: one object per (kind, value)
    seen: dict[tuple[str, str], list[LogParam]] = {}  # (template id, message) -> its parameters
    records = []
    new = object.__new__
    all_set, param_set = fields_set(LogRecord), fields_set(LogParam)
    truncated = repeat(False) if lines.truncated is None else lines.truncated[:stop]
    services = repeat(None) if lines.services is None else lines.services[:stop]
    rows = zip(  # not strict: ``repeat`` columns never end (the others have ``stop`` items or all)
        lines.line_nos[:stop], times, lines.levels[:stop], lines.messages[:stop], truncated, services, mined,
        lines.shapes[:stop], strict=False,
    )  # fmt: skip
    for line_no, ts, level, message, cut, named, tid, shape in rows:
        hit = final.get(tid)
        if hit is None:
            own, root, template = miner.member(tid)  # parameters from the line's own same-length template
            tokens = miner.text(own).split(" ")
            hit = final[tid] = (root, template, param_slots(tokens), len(tokens))
        found = seen.get((hit[0], message))
        if found is None:
            raw = message.split()
            recipe = recipes.get((tid, shape))
            if recipe is None:
                recipe = recipes[tid, shape] = miner.recipe(hit[2] if hit[3] == len(raw) else [], shape)
            found = seen[hit[0], message] = []
            for kind_value in miner.values_by(recipe, raw):
                param = params.get(kind_value)
                if param is None:  # built, inlined (here and below): it runs once per parameter and per line
                    param = params[kind_value] = new(LogParam)
                    SET_DICT(param, {"kind": kind_value[0], "value": kind_value[1]})
                    SET_FIELDS(param, param_set)
                    SET_EXTRA(param, None)
                    SET_PRIVATE(param, None)
                found.append(param)
        record = new(LogRecord)
        SET_DICT(
            record,
            {
                "line_no": line_no,
                "ts": ts,
                "service": named or service,
                "level": level,
                "message": message,
                "template_id": hit[0],
                "template": hit[1],
                "params": list(found),
                "truncated": cut,
            },
        )
        SET_FIELDS(record, all_set)
        SET_EXTRA(record, None)
        SET_PRIVATE(record, None)
        records.append(record)
    return records
