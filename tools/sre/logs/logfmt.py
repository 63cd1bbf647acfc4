"""logfmt lines (``time="..." level=info msg="..." key=value``: logrus, go-kit, slog's text handler): the
message is the value of the message key, then the fields written after it; time, level and service come from
their keys, as in a JSON line (``readers.json_entry``). Read inside the plain format: a text whose first lines
are mostly logfmt with a message key is read line by line, each line that is not logfmt as a plain line."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from genaiops.tools.sre.logs.headers import level_of, parse_time
from genaiops.tools.sre.logs.miner import digit_shape
from genaiops.tools.sre.logs.models import LogSkip
from genaiops.tools.sre.logs.readers import (
    LEVEL_KEYS,
    MSG_KEYS,
    SERVICE_KEYS,
    TS_KEYS,
    Columns,
    Entry,
    Row,
    _kept_lines,
    plain_entry,
    row_columns,
    text_lines,
)

# key=value, the value quoted (Go's %q: escapes inside) or a run of non-space; then spaces or the end
_PAIR_TEXT = r'([A-Za-z_@][\w.@/-]*+)=("[^"\\]*+(?:\\.[^"\\]*+)*+"|[^\s"]*+)(?:[ \t]++|\Z)'
_PAIR = re.compile(_PAIR_TEXT)
_LINE = re.compile(f"(?:{_PAIR_TEXT})+")
_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": " ", "t": " ", "r": " "}
# key (lower case) -> what it names: 0 the message, 1 the time, 2 the level, 3 the service, 4 a header field
_ROLE = {key: role for role, keys in enumerate((MSG_KEYS, TS_KEYS, LEVEL_KEYS, SERVICE_KEYS)) for key in keys}
# fields written before the message that say where the line comes from, not what happened (go-kit's caller)
_ROLE.update(dict.fromkeys(("caller", "source", "src", "file", "func", "function", "thread", "pid", "host"), 4))


def logfmt_fields(line: str) -> list[tuple[str, str]] | None:
    """The (key, value as written) pairs of a line that is nothing but ``key=value`` pairs (two or more), else
    None."""
    if _LINE.fullmatch(line) is None:
        return None
    fields = _PAIR.findall(line)
    return fields if len(fields) > 1 else None


def looks_logfmt(lines: list[str]) -> bool:
    """Whether most of these (first, non-blank) lines are logfmt with a message key."""
    found = 0
    for line in lines:
        fields = logfmt_fields(line.strip())
        if fields is not None and any(_ROLE.get(key.lower()) == 0 for key, _ in fields):
            found += 1
    return found * 2 > len(lines)


def unquote(value: str) -> str:
    """A value as written, without its quotes and escapes (``"a \\"b\\""`` -> ``a "b"``)."""
    if value[:1] != '"':
        return value
    if "\\" not in value:
        return value[1:-1]
    try:  # Go's %q escapes are JSON's but for a few (\x.., \a): those go through the regex
        text = json.loads(value)
    except ValueError:
        text = _ESCAPE.sub(lambda m: _ESCAPED.get(m[1], m[1]), value[1:-1])
    return text if isinstance(text, str) else value[1:-1]


def logfmt_row(line_no: int, fields: list[tuple[str, str]], truncated: bool) -> tuple[Row, str | None]:
    """A logfmt line's row, its time left as written (``LogfmtTimes`` reads it when asked): the message key's
    value and the fields after it (before it, the fields that name no time, level, service or source), level and
    service from their keys (the first of each)."""
    stamp = level = service = message = None
    rest: list[str] = []
    for key, value in fields:
        role = _ROLE.get(key) if key.islower() else _ROLE.get(key.lower())
        if role == 0 and message is None:
            message = unquote(value)
        elif role == 1 and stamp is None:
            stamp = unquote(value)
        elif role == 2 and level is None and (found := level_of(unquote(value))) is not None:
            level = found
        elif role == 3 and service is None:
            service = unquote(value) or None
        elif message is not None or role is None:
            rest.append(f"{key}={value}")
    text = " ".join(message.split()) if message else ""
    if rest:
        text = f"{text} {' '.join(rest)}" if text else " ".join(rest)
    return (line_no, None, level, text or "(empty)", truncated, service), stamp


def logfmt_entry(line_no: int, line: str, truncated: bool) -> Entry | None:
    """A logfmt line with a message key as an ``Entry`` (a Loki line), else None."""
    fields = logfmt_fields(line.strip())
    if fields is None or not any(_ROLE.get(key.lower()) == 0 for key, _ in fields):
        return None
    (_, _, level, message, _, service), stamp = logfmt_row(line_no, fields, truncated)
    return Entry(line_no, message, ts=parse_time(stamp), level=level, service=service, truncated=truncated)


class LogfmtTimes:
    """The times of logfmt rows, read from their stamps when asked for (the tool builds records for its first
    lines only), once per distinct stamp."""

    __slots__ = ("stamps",)

    def __init__(self, stamps: list[str | None]) -> None:
        self.stamps = stamps

    def __call__(self, stop: int | None = None) -> list[datetime | None]:
        seen: dict[str | None, datetime | None] = {None: None}
        times = []
        for stamp in self.stamps[:stop]:
            ts = seen.get(stamp, _UNSEEN)
            if ts is _UNSEEN:
                ts = seen[stamp] = parse_time(stamp)
            times.append(ts)
        return times


_UNSEEN: Any = object()


def logfmt_columns(text: str, max_chars: int, skipped: list[LogSkip]) -> Columns:
    """The lines of a text read as logfmt (a line that is not logfmt read as a plain line) as columns; binary
    lines appended to ``skipped``."""
    rows: list[Row] = []
    stamps: list[str | None] = []
    cut, suspect = text_lines(text)
    lines = cut(text)
    for line_no, line, _, truncated in _kept_lines(lines, lines, suspect, max_chars, skipped):
        fields = logfmt_fields(line.strip())
        if fields is None:
            entry = plain_entry(line_no, line, truncated)
            rows.append((line_no, None, entry.level, entry.message, truncated, None))
            stamps.append(None if entry.ts is None else entry.ts.isoformat())
        else:
            row, stamp = logfmt_row(line_no, fields, truncated)
            rows.append(row)
            stamps.append(stamp)
    lines = row_columns(rows, [digit_shape(row[3]) for row in rows])
    return lines._replace(times=LogfmtTimes(stamps))
