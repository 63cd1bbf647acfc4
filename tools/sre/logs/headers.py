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


_AFTER_LEVEL = re.compile(
    r"(?:\[(?:[^\[\]]|\[[^\]]*\])*\]\s*"  # [thread] or [req-1 user - -]
    r"|-\s+)"  # a ' - ' separator
)
_LOGGER = re.compile(r"[A-Za-z_][\w$@-]*(?:[.$][\w$@-]+)+:?\s+")  # package.Logger: or package.module
_LOGCAT = re.compile(r"\d\d-\d\d \d\d:\d\d:\d\d\.\d+\s+\d+\s+\d+ ([VDIWEFA]) ([^:]*?)\s*: ")
_TAG = re.compile(  # a syslog header 'Mmm dd hh:mm:ss host program[pid]: ' inside a longer one
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d\d:\d\d:\d\d \S+ [\w./()-]+(?:\[\d+\])?: "
    r"|(?<!\S)[\w./()-]+\[\d+\]: "
)
_PIPES = re.compile(r"(?:[^\s|]+\|){2,}")  # 'time|component|pid|' fields
_LEADING_TIME = re.compile(r"\[[^\]]{4,40}\]\s+|\d{4}-\d\d-\d\d[T ][\d:.,]+(?:Z|[+-]\d\d:?\d\d)?,?\s+")
_PROGRAM_DASH = re.compile(r"[\w.-]+ - ")  # 'chrome.exe - message' after a time


def split_plain(line: str) -> tuple[LogLevel | None, str]:
    """The level and the message of a plain line, by generic layouts tried in order (no per-system pattern):
    Android logcat ('MM-DD hh:mm:ss.mmm PID TID L Tag: msg'); a level word near the start followed by the
    usual [thread] / logger parts (log4j, logback, Python logging, Go, .NET); a syslog 'program[pid]: ' tag
    inside a longer header; leading 'a|b|c|' fields; a leading time and 'program - '. Else the whole line."""
    m = _LOGCAT.match(line)
    if m is not None:
        return level_of(m[1]), line[m.end() :] or line
    level, message = split_level(line)
    if level is not None:
        return level, message
    m = _TAG.search(line, 0, 200)
    if m is not None and m.end() < len(line):
        return None, line[m.end() :]
    m = _PIPES.match(line)
    if m is not None and m.end() < len(line):
        return None, line[m.end() :]
    m = _LEADING_TIME.match(line)
    if m is not None:
        rest = line[m.end() :]
        dash = _PROGRAM_DASH.match(rest)
        return None, (rest[dash.end() :] if dash and dash.end() < len(rest) else rest) or line
    return None, line


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
    """``rest`` without leading [thread] groups, ' - ' separators and one logger name."""
    logger = True
    for _ in range(6):
        m = _AFTER_LEVEL.match(rest)
        if m is None and logger:
            m, logger = _LOGGER.match(rest), False
        if m is None or m.end() == 0 or m.end() >= len(rest):
            break
        rest = rest[m.end() :]
    return rest
