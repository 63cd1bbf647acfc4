"""logfmt lines (``time="..." level=info msg="..." key=value``: logrus, go-kit, slog's text handler): the
message is the value of the message key, then the fields written after it; time, level and service come from
their keys, as in a JSON line (``readers.json_entry``). Read inside the plain format: a text whose first lines
are mostly logfmt with a message key is read line by line, each line that is not logfmt as a plain line."""

from __future__ import annotations

import re

from genaiops.tools.sre.logs.headers import level_of, parse_time
from genaiops.tools.sre.logs.miner import digit_shape
from genaiops.tools.sre.logs.models import LogSkip
from genaiops.tools.sre.logs.readers import (
    LEVEL_KEYS,
    MSG_KEYS,
    SERVICE_KEYS,
    TS_KEYS,
    Row,
    _kept_lines,
    plain_entry,
    text_shape,
)

# key=value, the value quoted (Go's %q: escapes inside) or a run of non-space; then spaces or the end
_PAIR = re.compile(r'([A-Za-z_@][\w.@/-]*)=("(?:[^"\\]|\\.)*"|[^\s"]*)(?:[ \t]+|\Z)')
_ESCAPE = re.compile(r"\\(.)")
_ESCAPED = {"n": " ", "t": " ", "r": " "}
_MESSAGE, _TIME, _LEVEL, _SERVICE = (frozenset(keys) for keys in (MSG_KEYS, TS_KEYS, LEVEL_KEYS, SERVICE_KEYS))


def logfmt_fields(line: str) -> list[tuple[str, str]] | None:
    """The (key, value as written) pairs of a line that is nothing but ``key=value`` pairs (two or more), else
    None."""
    fields: list[tuple[str, str]] = []
    pos, n, match = 0, len(line), _PAIR.match
    while pos < n:
        m = match(line, pos)
        if m is None or m.end() == pos:
            return None
        fields.append((m[1], m[2]))
        pos = m.end()
    return fields if len(fields) > 1 else None


def looks_logfmt(lines: list[str]) -> bool:
    """Whether most of these (first, non-blank) lines are logfmt with a message key."""
    found = 0
    for line in lines:
        fields = logfmt_fields(line.strip())
        if fields is not None and any(key.lower() in _MESSAGE for key, _ in fields):
            found += 1
    return found * 2 > len(lines)


def unquote(value: str) -> str:
    """A value as written, without its quotes and escapes (``"a \\"b\\""`` -> ``a "b"``)."""
    if value[:1] != '"':
        return value
    value = value[1:-1]
    return _ESCAPE.sub(lambda m: _ESCAPED.get(m[1], m[1]), value) if "\\" in value else value


def logfmt_row(line_no: int, fields: list[tuple[str, str]], truncated: bool) -> Row:
    """A logfmt line's row: the message key's value and the fields after it (without the message key: the
    fields not naming time, level or service), time, level and service from their keys (the first of each)."""
    ts = level = service = None
    message: str | None = None
    rest: list[str] = []
    for key, value in fields:
        name = key.lower()
        if message is None and name in _MESSAGE:
            message = unquote(value)
        elif ts is None and name in _TIME:
            ts = parse_time(unquote(value))
        elif level is None and name in _LEVEL and (found := level_of(unquote(value))) is not None:
            level = found
        elif service is None and name in _SERVICE:
            service = unquote(value) or None
        elif message is not None or name not in _HEADER:
            rest.append(f"{key}={value}")
    text = " ".join((message or "").split())
    if rest:
        text = f"{text} {' '.join(rest)}" if text else " ".join(rest)
    return line_no, ts, level, text or "(empty)", truncated, service


# fields written before the message that say where the line comes from, not what happened (go-kit's caller)
_HEADER = frozenset(("caller", "source", "src", "file", "func", "function", "thread", "pid", "host", "hostname"))


def logfmt_rows(text: str, max_chars: int, skipped: list[LogSkip]) -> tuple[list[Row], list[str]]:
    """The rows of a text read as logfmt (a line that is not logfmt read as a plain line) and the digit shape of
    each row's message; binary lines appended to ``skipped``."""
    rows: list[Row] = []
    cut, suspect, shape = text_shape(text)
    for line_no, line, _, truncated in _kept_lines(cut(text), cut(shape), suspect, max_chars, skipped):
        fields = logfmt_fields(line.strip())
        if fields is None:
            entry = plain_entry(line_no, line, truncated)
            rows.append((line_no, entry.ts, entry.level, entry.message, truncated, None))
        else:
            rows.append(logfmt_row(line_no, fields, truncated))
    return rows, [digit_shape(row[3]) for row in rows]
