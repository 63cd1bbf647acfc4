"""Time and level out of a line's header: generic rules, no per-system pattern."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

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


def parse_time(value: object, seconds: dict[str, datetime | None] | None = None) -> datetime | None:
    """UTC time from an ISO 8601 string or epoch seconds / ms / µs / ns (number or digit string), also wrapped as
    MongoDB's extended JSON writes it (``{"$date": "2024-05-01T10:00:00.123+00:00"}``, ``{"$date": {"$numberLong":
    "1714557600123"}}``: its structured logs' ``"t"``); None if neither. ``seconds``: ``_iso``'s cache of ISO times
    to the second, for a caller reading many lines."""
    if isinstance(value, dict):
        value = _extended_json(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().lstrip("-").replace(".", "", 1).isdigit():
        value = float(value)
    if isinstance(value, int | float):
        return _epoch(float(value))
    if isinstance(value, str):
        m = _ISO.match(value.strip())
        return _iso(m, seconds) if m else None
    return None


def _extended_json(value: dict) -> object:
    """The time inside MongoDB's extended JSON date (``$date``, its milliseconds maybe as ``$numberLong``)."""
    inner = value.get("$date") if len(value) == 1 else None
    if isinstance(inner, dict) and len(inner) == 1 and isinstance(inner.get("$numberLong"), str):
        numeric = inner["$numberLong"]
        return int(numeric) / 1000 if numeric.lstrip("-").isdigit() else None
    return inner


def _epoch(x: float) -> datetime | None:
    for scale in (1, 1e3, 1e6, 1e9):
        if abs(x / scale) < 1e11:
            try:
                return datetime.fromtimestamp(x / scale, UTC)
            except (OverflowError, OSError, ValueError):
                return None
    return None


def _iso(m: re.Match[str], seconds: dict[str, datetime | None] | None = None) -> datetime | None:
    """The UTC time of an ``_ISO`` or ``_SLASHED`` match at the start of a string. ``seconds`` caches the time
    of its first 19 characters (``YYYY-MM-DD hh:mm:ss``: its fixed-width part) for a caller reading many lines."""
    return iso_time(m.string[:19], m["f"], m["z"] if m.re is _ISO else None, seconds)


def iso_time(
    head: str,
    frac: str | None,
    zone: str | None,
    seconds: dict[str, datetime | None] | None = None,
    fractions: dict[str, timedelta] | None = None,
) -> datetime | None:
    """The UTC time of an ISO or slashed stamp from its parts: ``head`` its first 19 characters (to the second),
    ``frac`` the digits of the fraction, ``zone`` 'Z' or the offset (None or empty: none); ``seconds`` as ``_iso``,
    ``fractions`` a cache of the fraction's ``timedelta`` by its digits, for a caller reading many lines."""
    base = seconds.get(head, _UNSET) if seconds is not None else _UNSET
    if base is _UNSET:
        try:  # the fields sit at fixed places in both layouts: YYYY-MM-DD hh:mm:ss and YYYY/MM/DD hh:mm:ss
            base = datetime(
                int(head[:4]), int(head[5:7]), int(head[8:10]), int(head[11:13]), int(head[14:16]), int(head[17:19]),
                tzinfo=UTC,
            )  # fmt: skip
        except ValueError:
            base = None
        if seconds is not None:
            if len(seconds) > 100_000:
                seconds.clear()
            seconds[head] = base
    if base is None:
        return None
    if frac:  # added to the whole second (no microseconds): what replace(microsecond=) gives, at a third the cost
        step = fractions.get(frac) if fractions is not None else None
        if step is None:
            step = timedelta(microseconds=int(frac[:6].ljust(6, "0")))
            if fractions is not None:
                if len(fractions) > 100_000:
                    fractions.clear()
                fractions[frac] = step
        ts = base + step
    else:
        ts = base
    if zone and zone != "Z":
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        try:
            ts -= sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        except OverflowError:  # year 1 or 9999 moved past the range by the zone
            return None
    return ts


_UNSET: Any = object()


_SLASHED = re.compile(
    r"(?P<y>\d{4})/(?P<mo>\d{2})/(?P<d>\d{2})[ T](?P<h>\d{2}):(?P<mi>\d{2}):(?P<s>\d{2})(?:[.,](?P<f>\d{1,9}))?"
)
_CTIME = re.compile(  # '[Sun Dec 04 04:47:44 2005]' (Apache, C's ctime)
    r"\[?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(?P<d>\d{1,2}) "
    r"(?P<h>\d{2}):(?P<mi>\d{2}):(?P<s>\d{2})(?:\.(?P<f>\d{1,6}))? (?P<y>\d{4})\]?"
)
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}


def line_time(line: str, seconds: dict[str, datetime | None]) -> datetime | None:
    """``leading_time(line)[0]`` for a reader of many lines: ``seconds`` caches what a time to the second is."""
    if line[:1].isdigit():
        sep = line[4:5]  # both start with four digits and a separator
        m = _ISO.match(line) if sep == "-" else _SLASHED.match(line) if sep == "/" else None
        return None if m is None else _iso(m, seconds)
    if line[:1] not in _CTIME_FIRST:
        return None
    m = _CTIME.match(line)  # a line starting with a letter or '[' has no ISO or slashed time: ctime or none
    if m is None:
        return None
    stamp = m.group()  # the time is a function of the stamp's text: computed once per distinct stamp
    ts = seconds.get(stamp, _UNSET)
    if ts is _UNSET:
        if len(seconds) > 100_000:
            seconds.clear()
        ts = seconds[stamp] = leading_time(line)[0]
    return ts


Clock = tuple[int, int, int, int]
"""Where an ISO or slashed stamp has its fraction and its zone: (start, end, start, end); empty spans for none."""


def stamp_parts(line: str) -> tuple[int, Clock | None]:
    """Where the time stamp that ``line_time`` reads ends (0: none), so that a caller can look the time up by
    the stamp's text (the time is a function of it), and for an ISO or slashed stamp its ``Clock``: the stamp's
    patterns see a digit only as ``\\d``, so a line of the same digit shape has its parts at the same places
    (``iso_time(line[:19], line[f0:f1], line[z0:z1])`` is its time)."""
    first = line[:1]
    if first.isdigit():
        sep = line[4:5]
        m = _ISO.match(line) if sep == "-" else _SLASHED.match(line) if sep == "/" else None
        if m is None:
            return 0, None
        zone = m.span("z") if m.re is _ISO and m["z"] is not None else (0, 0)
        frac = m.span("f") if m["f"] is not None else (0, 0)
        return m.end(), (*frac, *zone)
    m = _CTIME.match(line) if first in _CTIME_FIRST else None
    return (0, None) if m is None else (m.end(), None)


_CTIME_FIRST = frozenset("[MTWFS")  # what a ctime stamp starts with (an ISO or slashed time starts with a digit)


def leading_time(line: str) -> tuple[datetime | None, str]:
    """A time at the start of a plain line and the rest of the line: ISO 8601 (its zone, else UTC),
    ``YYYY/MM/DD hh:mm:ss`` or ctime's ``[Www Mmm dd hh:mm:ss YYYY]`` (UTC: they carry no zone)."""
    m = _ISO.match(line) or _SLASHED.match(line)
    if m is not None:
        return _iso(m), line[m.end() :].lstrip()
    m = _CTIME.match(line)
    if m is None:
        return None, line
    try:
        ts = datetime(
            int(m["y"]),
            MONTHS[m["mon"]],
            int(m["d"]),
            int(m["h"]),
            int(m["mi"]),
            int(m["s"]),
            int((m["f"] or "0").ljust(6, "0")),
            tzinfo=UTC,
        )
    except ValueError:
        ts = None
    return ts, line[m.end() :].lstrip()


_HEADER_LEVELS = {
    w: level
    for word, level in _LEVEL_WORDS.items()
    if word in ("trace", "debug", "info", "notice", "warn", "warning", "error", "severe", "crit", "critical", "fatal")
    or word == "panic"
    for w in (word.upper(), word.capitalize())
}


_LEVEL_TOKENS: dict[str, tuple[LogLevel, bool]] = {  # 'INFO', '[Warn]', 'ERROR:', '[ERROR]:' -> (level, marked)
    form: (level, form != word)
    for word, level in _HEADER_LEVELS.items()
    for form in (word, word + ":", f"[{word}]", f"[{word}]:")
}


LevelWord = tuple[int, int, LogLevel, bool]
"""(start, end, level, marked) of a level word in a line's header: see ``level_word``."""


def level_word(line: str, window: int = 128) -> LevelWord | None:
    """(start, end, level, marked) of the first level word in ``line[:window]`` ('INFO', '[Warn]', 'ERROR:'): a
    whole white-space token (split and looked up: most lines have none, and a set says so without a scan)."""
    head = line[:window]
    tokens = head.split()
    if _LEVEL_TOKENS.keys().isdisjoint(tokens):
        return None
    token = next(t for t in tokens if t in _LEVEL_TOKENS)
    start = head.find(token)
    while True:
        end = start + len(token)
        if (start == 0 or head[start - 1].isspace()) and (end == len(head) or head[end].isspace()):
            level, marked = _LEVEL_TOKENS[token]
            return start, end, level, marked
        start = head.find(token, start + 1)  # that copy was inside a longer token


_LOGGER_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_")
_LOGCAT = re.compile(r"\d\d-\d\d \d\d:\d\d:\d\d\.\d+\s+\d+\s+\d+ ([VDIWEFA]) ([^:]*?)\s*: ")
# a syslog header 'Mmm dd hh:mm:ss host program[pid]: ' inside a longer one, or a 'program[pid]: ' tag; two
# patterns (the first starts with a month, which the engine can skip to), the leftmost wins, the first on a tie
_TAG = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d\d:\d\d:\d\d \S+ [\w./()-]+(?:\[\d+\])?: "
)
_PID = re.compile(r"\[\d+\]: ")  # the end of a 'program[pid]: ' tag
_PROGRAM = re.compile(r"[\w./()-]+")
_PIPES = re.compile(r"(?:[^\s|]+\|){2,}")  # 'time|component|pid|' fields
_LEADING_TIME = re.compile(r"\[[^\]]{4,40}\]\s+|\d{4}-\d\d-\d\d[T ][\d:.,]+(?:Z|[+-]\d\d:?\d\d)?,?\s+")
_PROGRAM_DASH = re.compile(r"[\w.-]+(?: \S+)? - ")  # 'chrome.exe - ' or 'svchost.exe *64 - ' after a time


def split_plain(line: str) -> tuple[LogLevel | None, str]:
    """The level and the message of a plain line, by generic layouts tried in order (no per-system pattern):
    Android logcat ('MM-DD hh:mm:ss.mmm PID TID L Tag: msg'); a level word near the start followed by the
    usual [thread] / logger parts (log4j, logback, Python logging, Go, .NET); a syslog 'program[pid]: ' tag
    inside a longer header; leading 'a|b|c|' fields; a leading time and 'program - '. Else the whole line."""
    # each pattern is tried only when the characters it needs are there (the same answers, fewer regex calls)
    m = _LOGCAT.match(line) if line[2:3] == "-" else None
    if m is not None:
        return level_of(m[1]), line[m.end() :] or line
    return split_after_logcat(line, level_word(line))


def split_after_logcat(line: str, word: LevelWord | None) -> tuple[LogLevel | None, str]:
    """``split_plain(line)`` for a line that is not logcat, given ``word = level_word(line)``."""
    m = _KLOG.match(line) if line[:1] in _KLOG_LEVELS and line[1:2].isdigit() else None
    if m is not None and m.end() < len(line):  # before a level word: one may stand in the message
        return _KLOG_LEVELS[line[0]], line[m.end() :]
    if word is not None:
        return _split_at_level(line, word)
    m = _tag(line, 200)
    if m is not None and m.end() < len(line):
        return None, line[m.end() :]
    m = _PIPES.match(line) if "|" in line else None
    if m is not None and m.end() < len(line):
        return None, line[m.end() :]
    first = line[:1]
    if first == "[" and "][" in line[:48]:
        found = _bracket_run(line)
        if found is not None:
            return found
    if first == "[" and line[1:2].isdigit():
        found = _timed_bracket(line)
        if found is not None:
            return found
    m = _LEADING_TIME.match(line) if first == "[" or first.isdigit() else None
    if m is not None:
        rest = line[m.end() :]
        dash = _PROGRAM_DASH.match(rest) if " - " in rest else None
        return None, (rest[dash.end() :] if dash and dash.end() < len(rest) else rest) or line
    return None, line


def _timed_bracket(line: str) -> tuple[LogLevel, str] | None:
    """A leading ``[time ... LEVEL/process]`` field holding a level word among its parts (Celery's
    ``[2026-03-09 06:41:18,962: INFO/ForkPoolWorker-1]``): its level and the message after it, else None."""
    close = line.find("]", 0, 100)
    if close < 0 or line[close + 1 : close + 2] not in (" ", "\t"):
        return None
    rest = line[close + 1 :].lstrip()
    for part in _PARTS.split(line[1:close]):
        level = _LEVEL_WORDS.get(part.lower()) if len(part) > 2 else None
        if level is not None:
            return (level, rest) if rest else None
    return None


_PARTS = re.compile(r"[\s/:|,]+")

# klog (Kubernetes, glog): 'Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg', L one of I W E F
_KLOG = re.compile(r"[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+ +\d+ [^\s\]]+\] ")
_KLOG_LEVELS: dict[str, LogLevel] = {"I": "info", "W": "warn", "E": "error", "F": "fatal"}


def _bracket_run(line: str) -> tuple[LogLevel | None, str] | None:
    """A header opening with bracketed fields glued together (``[time][tid][level][component]`` of Envoy,
    ``[time][LEVEL ][logger]`` of Elasticsearch) and the bracketed fields after it (``[node]``, ``[file:line]``):
    the level is the first field that is a level word, the message what follows the last field. None when the
    first field is not glued to the next or nothing follows."""
    close = line.find("]")
    if close < 0 or line[close + 1 : close + 2] != "[":
        return None
    level: LogLevel | None = None
    rest = line
    for _ in range(8):
        if rest[:1] != "[":
            break
        tail = _after_bracket(rest)
        if not tail:
            return None
        if level is None:
            level = level_of(rest[1 : rest.find("]")].strip())
        rest = tail
    return level, rest


def _tag(line: str, window: int) -> re.Match[str] | None:
    """The leftmost syslog header or 'program[pid]: ' tag ending within ``line[:window]``."""
    head = line[:window]
    if ": " not in head:
        return None
    m = _TAG.search(line, 0, window) if head.count(":") > 2 else None  # hh:mm:ss and ': '
    if "]: " not in head or (m is not None and m.start() == 0):  # no tag starts before it (it wins a tie)
        return m
    tag = _pid_tag(line, window)
    return m if tag is None or (m is not None and m.start() <= tag[0]) else tag


class _Span(NamedTuple):
    """Where a tag is, for ``_tag``'s callers (``start()``/``end()`` as on a match)."""

    first: int
    last: int

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last


def _pid_tag(line: str, window: int) -> _Span | None:
    """The leftmost 'program[pid]: ' after white space (the regex ``(?<!\\S)[\\w./()-]+\\[\\d+\\]: ``) ending
    within ``line[:window]``, found from its end: the scan for the pattern as a whole tries every position."""
    for m in _PID.finditer(line, 0, window):
        head = line[: m.start()]
        if not head or head[-1].isspace():
            continue
        program = head.rsplit(None, 1)[-1]  # the word right before '[': '[' is not in it, so it is the whole run
        if _PROGRAM.fullmatch(program):
            return _Span(m.start() - len(program), m.end())
    return None


def split_level(line: str, window: int = 128) -> tuple[LogLevel | None, str]:
    """A level word near the start of a plain line, and the message after it (the whole line when none).
    After the level, a ``[thread]`` in brackets, a ``-`` separator and a ``package.Logger:`` name (log4j,
    logback and Python logging layouts) are header too."""
    found = level_word(line, window)
    return (None, line) if found is None else _split_at_level(line, found)


def level_word_prefix(line: str, word: LevelWord, window: int = 128) -> str | None:
    """The start of ``line`` that decides ``word = level_word(line, window)``: every line starting with it has
    the same first level word (the tokens before it and the character after it are inside), or None when the
    line's end decides it (the word ends the line inside the window)."""
    end = word[1]
    if end < min(window, len(line)):
        return line[: end + 1]
    return line[:window] if end == window else None


def _split_at_level(line: str, found: LevelWord) -> tuple[LogLevel, str]:
    """``split_level(line)`` given its first level word."""
    start, end, level, marked = found  # '[ERROR]' or 'ERROR:' is a header; a bare 'Error' opening a line may be text
    if start == 0 and not marked and not line[start:end].isupper():
        return level, line  # 'Error reading x' may be the message itself; 'ERROR reading x' has a level word
    return level, _strip_header(line[end:].lstrip()) or line


def _strip_header(rest: str) -> str:
    """``rest`` without leading [thread] groups, ' - ' separators and one logger name. Brackets and separators
    found with ``str.find`` rather than a regex: a new line shape (OpenStack's request ids make nearly every line
    one) reads its header here, and the bracket pattern cost more than the finds."""
    logger = True
    for _ in range(6):
        first = rest[:1]
        if first == "[":
            tail = _after_bracket(rest)
        elif first == "-" or first == ":":  # ' - ', or the ' : ' after Spring Boot's padded logger name
            tail = rest[1:].lstrip() if rest[1:2].isspace() else None
        elif first.isdigit() and (m := _PID_DASHES.match(rest)) is not None:  # Spring Boot's 'PID --- '
            tail = rest[m.end() :]
        else:
            tail = None
        if tail is None and logger:
            tail, logger = (_after_logger(rest) if first in _LOGGER_FIRST else None), False
        if not tail:  # no match, or it took the whole rest
            break
        rest = tail
    return rest


def _after_bracket(rest: str) -> str | None:
    r"""``rest`` after a leading ``[thread]`` or ``[req-1 user - -]`` (one level of brackets inside) and the white
    space after it, or None: the regex ``\[(?:[^\[\]]++|\[[^\]]*+\])*+\]\s*``, whose possessive parts never
    give back, so each ']' closes the innermost open bracket and a second '[' inside an inner one is text."""
    start = 1
    while True:
        close = rest.find("]", start)
        if close < 0:
            return None
        if rest.find("[", start, close) < 0:
            return rest[close + 1 :].lstrip()
        start = close + 1  # an inner bracket closed there


def _after_logger(rest: str) -> str | None:
    """``rest`` after a leading logger name (``package.Logger:`` or ``package.module``) and the white space after
    it, or None."""
    m = _LOGGER.match(rest) if _dotted(rest) else None
    return None if m is None else rest[m.end() :]


def _dotted(rest: str) -> bool:
    """Whether the first word of ``rest`` has a '.' or '$' (a logger name must; white space ends it)."""
    space = rest.find(" ")
    word = rest if space < 0 else rest[:space]
    return "." in word or "$" in word


_PID_DASHES = re.compile(r"\d+ +--- +")
_LOGGER = re.compile(r"[A-Za-z_][\w$@-]*(?:[.$][\w$@-]+)+:?\s+")  # package.Logger: or package.module
