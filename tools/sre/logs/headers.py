"""Time and level out of a line's header: generic rules, no per-system pattern."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from genaiops.tools.sre.logs.models import LogLevel

_LEVEL_WORDS: dict[str, LogLevel] = {
    "trace": "trace",
    "finest": "trace",
    "debug": "debug",
    "dbg": "debug",
    "fine": "debug",
    "info": "info",
    "information": "info",
    "informational": "info",
    "notice": "notice",
    "warn": "warn",
    "warning": "warn",
    "err": "error",
    "error": "error",
    "severe": "error",
    "crit": "critical",
    "critical": "critical",
    "alert": "critical",
    "emerg": "fatal",
    "emergency": "fatal",
    "fatal": "fatal",
    "panic": "fatal",
}
_SYSLOG_SEVERITY: tuple[LogLevel, ...] = ("fatal", "critical", "critical", "error", "warn", "notice", "info", "debug")


def level_of(word: object) -> LogLevel | None:
    """A level from a word ('WARN', 'Warning', 'E', 3 (syslog severity)), or None."""
    if isinstance(word, bool):
        return None
    if isinstance(word, int):
        return _SYSLOG_SEVERITY[word] if 0 <= word < len(_SYSLOG_SEVERITY) else None
    if not isinstance(word, str):
        return None
    text = word.strip("[]():<>").lower()
    if len(text) == 1:
        return {"v": "trace", "d": "debug", "i": "info", "w": "warn", "e": "error", "f": "fatal"}.get(text)
    return _LEVEL_WORDS.get(text)


def severity_level(pri: int) -> LogLevel:
    """The level of a syslog PRI value (facility * 8 + severity)."""
    return _SYSLOG_SEVERITY[pri % 8]


_ISO = re.compile(
    r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})[T ](?P<h>\d{2}):(?P<mi>\d{2}):(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?"
    r"\s?(?P<z>Z|[+-]\d{2}:?\d{2})?"
)


def parse_time(value: object) -> datetime | None:
    """UTC time from an ISO 8601 string or epoch seconds / ms / µs / ns (number or digit string); None if neither."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().lstrip("-").replace(".", "", 1).isdigit():
        value = float(value)
    if isinstance(value, int | float):
        return _epoch(float(value))
    if isinstance(value, str):
        m = _ISO.match(value.strip())
        return _iso(m) if m else None
    return None


def _epoch(x: float) -> datetime | None:
    for scale in (1, 1e3, 1e6, 1e9):
        if abs(x / scale) < 1e11:
            try:
                return datetime.fromtimestamp(x / scale, UTC)
            except (OverflowError, OSError, ValueError):
                return None
    return None


def _iso(m: re.Match[str]) -> datetime | None:
    try:
        frac = (m["f"] or "0")[:6].ljust(6, "0")
        ts = datetime(int(m["y"]), int(m["mo"]), int(m["d"]), int(m["h"]), int(m["mi"]), int(m["s"]), int(frac))
        zone = m["z"]
        if zone and zone != "Z":
            sign = 1 if zone[0] == "+" else -1
            digits = zone[1:].replace(":", "")
            ts -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return ts.replace(tzinfo=UTC)
    except ValueError:
        return None


def leading_time(line: str) -> tuple[datetime | None, str]:
    """An ISO time at the start of a plain line (its zone or UTC) and the rest of the line."""
    m = _ISO.match(line)
    if m is None:
        return None, line
    return _iso(m), line[m.end() :].lstrip()


_LEVEL_IN_HEADER = re.compile(
    r"(?<![\w-])\[?(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|SEVERE|CRIT|CRITICAL|FATAL|PANIC|"
    r"Trace|Debug|Info|Notice|Warn|Warning|Error|Critical|Fatal)\]?:?(?![\w-])"
)


_AFTER_LEVEL = re.compile(r"(?:\[(?:[^\[\]]|\[[^\]]*\])*\]\s*|-\s+|[\w.$@-]*[.$][\w.$@-]*:\s+)")


def split_level(line: str, window: int = 128) -> tuple[LogLevel | None, str]:
    """A level word near the start of a plain line, and the message after it (the whole line when none).
    After the level, a ``[thread]`` in brackets, a ``-`` separator and a ``package.Logger:`` name (log4j,
    logback and Python logging layouts) are header too."""
    m = _LEVEL_IN_HEADER.search(line, 0, window)
    if m is None:
        return None, line
    marked = m[0] != m[1]  # '[ERROR]' or 'ERROR:' is a header; a bare 'Error' opening the line may be the message
    if m.start() == 0 and not marked:
        return level_of(m[1]), line
    return level_of(m[1]), _strip_header(line[m.end() :].lstrip()) or line


def _strip_header(rest: str) -> str:
    for _ in range(4):
        m = _AFTER_LEVEL.match(rest)
        if m is None or m.end() == 0 or m.end() >= len(rest):
            break
        rest = rest[m.end() :]
    return rest
