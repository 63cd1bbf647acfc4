"""Readers: log text (plain lines, JSON lines, syslog RFC 3164/5424, a Loki query_range answer) -> raw entries.

A reader never raises on a bad line: it yields a skip with the reason. Only a whole input in the wrong format
(``fmt="loki"`` given text that is not a Loki answer) is an error, ``LogFormatError``, naming the problem and fix.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import compress
from operator import getitem, itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from genaiops.errors import ToolInputError
from genaiops.tools.sre.logs.headers import (
    MONTHS,
    Clock,
    LevelWord,
    iso_time,
    leading_time,
    level_of,
    level_word,
    level_word_prefix,
    line_time,
    parse_time,
    severity_level,
    split_after_logcat,
    split_level,
    split_plain,
    stamp_parts,
)
from genaiops.tools.sre.logs.miner import digit_shape
from genaiops.tools.sre.logs.models import LogLevel, LogSkip

if TYPE_CHECKING:
    from genaiops.tools.sre.logs.logfmt import LogfmtTimes


class LogFormatError(ToolInputError):
    """The input as a whole is not in the format asked for."""


@dataclass(slots=True)
class Entry:
    line_no: int
    message: str
    ts: datetime | None = None
    level: LogLevel | None = None
    service: str | None = None
    truncated: bool = False


Item = Entry | LogSkip

TS_KEYS = ("ts", "time", "timestamp", "@timestamp", "datetime", "date", "t")
LEVEL_KEYS = ("level", "severity", "lvl", "loglevel", "log.level", "levelname", "severity_text", "status")
MSG_KEYS = ("msg", "message", "log", "text", "event", "body", "@message")
TOO_DEEP = "JSON nested too deeply to read (past the decoder's depth)"
_LONG_NUMBER = "JSON with a number of more than 4,300 digits (past Python's limit for reading one)"
SERVICE_KEYS = ("service", "service.name", "service_name", "app", "application", "logger", "logger_name", "component")
_JOURNAL_TS, _JOURNAL_LEVEL, _JOURNAL_SERVICE = ("__realtime_timestamp",), ("priority",), ("syslog_identifier",)
"""journald's own keys (``journalctl -o json``: ``__REALTIME_TIMESTAMP`` in µs, ``PRIORITY`` a syslog number as text,
``SYSLOG_IDENTIFIER``), read from JSON lines only when the usual keys are absent (logfmt keeps its keys)."""


def check_line(line_no: int, line: str, max_chars: int) -> tuple[str, bool] | LogSkip:
    """The line cut to ``max_chars`` (and whether it was), or a skip for binary data."""
    if "\x00" in line or _binary(line):
        return LogSkip(line_no=line_no, reason="binary data (NUL or mostly unprintable characters), not a log line")
    if len(line) > max_chars:
        return line[:max_chars], True
    return line, False


_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]")
# the same characters less the line breaks of str.splitlines: none in a text means no line of it is binary
_UNPRINTABLE_IN_LINE = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufffd]")


def may_hold_binary(text: str) -> bool:
    """False when no line of ``text`` can be binary data (one scan of the text instead of one per line)."""
    return _UNPRINTABLE_IN_LINE.search(text) is not None


_ASCII_BINARY = bytes([*range(0x00, 0x09), *range(0x0E, 0x1C), 0x1F, 0x7F])  # _UNPRINTABLE_IN_LINE in ASCII
_ASCII_BREAKS = b"\r\x0b\x0c\x1c\x1d\x1e"  # what str.splitlines cuts at in ASCII, besides \n
_ASCII_PLAIN = bytes(c for c in range(128) if c not in _ASCII_BINARY + _ASCII_BREAKS)


def text_lines(text: str) -> tuple[Callable[[str], list[str]], bool]:
    """How to cut ``text`` into its lines (``str.splitlines``, or ``split`` at \\n in the common case: ASCII text
    with \\n breaks and no control characters, found with one byte-level pass; a trailing empty string is the
    only difference, and blank lines are skipped) and ``may_hold_binary(text)``. The cut suits any text with the
    same line breaks (its digit shape)."""
    if text.isascii():
        odd = text.encode("ascii").translate(None, _ASCII_PLAIN)
        cut = _lf_lines if not odd.translate(None, _ASCII_BINARY) else str.splitlines
        return cut, bool(odd.translate(None, _ASCII_BREAKS))
    return str.splitlines, may_hold_binary(text)


# every ASCII digit -> '1' (``digit_shape``) and every byte ``text_lines`` looks for (a break other than \n, a
# control character) -> NUL, itself one of them: one pass gives the digit shape and says whether any is there
_SHAPE_OR_NUL = bytes.maketrans(
    b"023456789" + _ASCII_BINARY + _ASCII_BREAKS, b"111111111" + bytes(len(_ASCII_BINARY + _ASCII_BREAKS))
)


def text_shape(text: str) -> tuple[Callable[[str], list[str]], bool, str]:
    """``text_lines(text)`` and ``digit_shape(text)``: in the common case (ASCII, \n breaks, no control
    character) from one byte-level pass, not two (bytes.translate was 15 % of reading the Loghub lines)."""
    if text.isascii():
        shape = text.encode("ascii").translate(_SHAPE_OR_NUL)
        if b"\x00" not in shape:
            return _lf_lines, False, shape.decode("ascii")
    cut, suspect = text_lines(text)
    return cut, suspect, digit_shape(text)


def _lf_lines(text: str) -> list[str]:
    return text.split("\n")


def _binary(line: str) -> bool:
    """Mostly control characters or undecodable bytes (more than 2 and a tenth of the first 512 characters)."""
    head = line[:512]
    return _UNPRINTABLE.search(head) is not None and len(_UNPRINTABLE.findall(head)) > max(2, len(head) // 10)


def numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            yield number, line.rstrip("\r")


# --- plain -----------------------------------------------------------------------------------------------


def plain_entry(line_no: int, line: str, truncated: bool = False) -> Entry:
    ts, _ = leading_time(line)
    level, message = split_plain(line)
    return Entry(line_no, message.strip() or line, ts=ts, level=level, truncated=truncated)


Layout = tuple["LogLevel | None", slice, int, "Clock | None", str]
"""Where a plain line's parts are: (level, the message's slice, end of the time stamp or 0, where an ISO or slashed
stamp has its fraction and zone, the message's digit shape). The shape is one string for every line of the layout,
so the miner's lookups by it hash it once."""
_CUT, _SHAPE = itemgetter(1), itemgetter(4)  # a layout's message slice and message shape


class Columns(NamedTuple):
    """Lines read, column by column (a list per part, not a tuple per line: the template table and the miner
    read one part of every line). ``times`` of plain lines is a ``PlainTimes`` (computed for the lines that become
    records only: the template table needs none)."""

    line_nos: Sequence[int]
    times: PlainTimes | LogfmtTimes | list[datetime | None]
    levels: list[LogLevel | None]
    messages: list[str]
    truncated: list[bool] | None  # None: no line was cut
    services: list[str | None] | None  # the service each line names; None: plain lines, which name none
    shapes: list[str]  # the digit shape (``digit_shape``) of each message, for the miner


def plain_columns(text: str, max_chars: int, skipped: list[LogSkip]) -> Columns:
    """Plain lines, each as ``plain_entry`` reads it, as columns, skips appended to ``skipped``. The header is
    read once per distinct line shape: ``split_plain`` and the extent of the time stamp see a digit only as
    ``\\d`` or ``\\w``, so a line's layout is its shape's (``2015-10-18 18:01:47,978 INFO ...`` and every other
    second share one). With C loops (``map``, ``compress``) when no line can be binary or over-long; else line by
    line (``_kept_lines``)."""
    cut, suspect, shape = text_shape(text)
    lines, shapes = cut(text), cut(shape)  # the same cuts: a digit is no line break
    truncated: list[bool] | None = None
    if suspect or max(map(len, lines), default=0) > max_chars:
        kept = list(_kept_lines(lines, shapes, suspect, max_chars, skipped))
        numbers: Sequence[int] = list(map(_FIRST, kept))
        lines, shapes = list(map(_SECOND, kept)), list(map(_THIRD, kept))
        flags = list(map(_FOURTH, kept))
        truncated = flags if any(flags) else None
    else:
        if lines and not lines[-1]:  # after the last break: the one blank line most texts have, at the end
            lines.pop()
            shapes.pop()
        numbers = range(1, len(lines) + 1)
        if "" in lines or any(map(str.isspace, lines)):  # blank lines are left out (their numbers are not)
            stripped = list(map(str.strip, lines))
            numbers = list(compress(numbers, stripped))
            lines, shapes = list(compress(lines, stripped)), list(compress(shapes, stripped))
    layouts = list(map(_Layouts().__getitem__, shapes))
    cuts = list(map(_CUT, layouts))
    messages, levels = list(map(getitem, lines, cuts)), list(map(_LEVEL, layouts))
    return Columns(numbers, PlainTimes(lines, layouts), levels, messages, truncated, None, list(map(_SHAPE, layouts)))


def row_columns(rows: list[Row], shapes: list[str]) -> Columns:
    """``Columns`` of rows read line by line (syslog, JSON, Loki: their lines may name a service)."""
    if not rows:
        return Columns([], [], [], [], None, [], shapes)
    line_nos, times, levels, messages, truncated, services = map(list, zip(*rows, strict=True))
    return Columns(line_nos, times, levels, messages, truncated if any(truncated) else None, services, shapes)


_FIRST, _SECOND, _THIRD, _FOURTH = itemgetter(0), itemgetter(1), itemgetter(2), itemgetter(3)
_LEVEL = _FIRST


class PlainTimes:
    """The times of plain rows, computed when asked for (the tool builds records for its first lines only): a
    stamp's time once per distinct stamp, an ISO or slashed one from its parts (cached to the second)."""

    __slots__ = ("fractions", "layouts", "lines", "seconds", "stamps")

    def __init__(self, lines: list[str], layouts: list[Layout]) -> None:
        self.lines, self.layouts = lines, layouts
        self.stamps: dict[str, datetime | None] = {}
        self.seconds: dict[str, datetime | None] = {}
        self.fractions: dict[str, timedelta] = {}  # a fraction's digits -> its timedelta (``iso_time``)

    def __call__(self, stop: int | None = None) -> list[datetime | None]:
        """The times of the first ``stop`` rows (all when None)."""
        stamps, seconds, fractions, times = self.stamps, self.seconds, self.fractions, []
        for line, (_, _, stamp, clock, _) in zip(self.lines[:stop], self.layouts[:stop], strict=True):
            if clock is not None:  # ISO or slashed: from its parts, cached to the second (a fraction is distinct)
                ts = iso_time(line[:19], line[clock[0] : clock[1]], line[clock[2] : clock[3]], seconds, fractions)
            elif stamp:
                ts = stamps.get(line[:stamp], _UNSEEN)
                if ts is _UNSEEN:
                    ts = stamps[line[:stamp]] = line_time(line, seconds)
            else:
                ts = None
            times.append(ts)
        return times


def _kept_lines(
    lines: list[str], shapes: list[str], suspect: bool, max_chars: int, skipped: list[LogSkip]
) -> Iterator[tuple[int, str, str, bool]]:
    """(line number, line, its digit shape, truncated) of each line to read: blank lines left out, a line over
    ``max_chars`` cut there, a binary one appended to ``skipped`` (``check_line``, run per line only when the text
    holds a character that may make a line binary: ``suspect``)."""
    for line_no, (line, shape) in enumerate(zip(lines, shapes, strict=True), 1):
        if not line or line.isspace():
            continue
        if suspect:
            checked = check_line(line_no, line, max_chars)
            if isinstance(checked, LogSkip):
                skipped.append(checked)
                continue
            line, truncated = checked
            yield line_no, line, shape[:max_chars] if truncated else shape, truncated
        elif len(line) > max_chars:
            yield line_no, line[:max_chars], shape[:max_chars], True
        else:
            yield line_no, line, shape, False


_UNSEEN: Any = object()


class _Layouts(dict[str, Layout]):
    """Line shape -> its ``Layout``, read on first sight (``_layout``). A new shape starting with the start of
    an earlier line that decided its level word (``level_word_prefix``) has that level word: OpenStack's request
    ids make nearly every line a new shape, its words before the level the same, and finding the level word was
    the largest part of reading a new shape."""

    __slots__ = ("words",)

    def __init__(self) -> None:
        super().__init__()
        self.words: list[tuple[str, LevelWord]] = []  # (deciding prefix, level word), the most recent first

    def __missing__(self, shape: str) -> Layout:
        if shape[2:3] == "-":  # may be logcat: split_plain tries it first
            level, message = split_plain(shape)
        else:
            level, message = split_after_logcat(shape, self._word(shape))
        layout = self[shape] = _layout(shape, level, message)
        return layout

    def _word(self, shape: str) -> LevelWord | None:
        """``level_word(shape)``, taken from an earlier line whose deciding prefix ``shape`` starts with."""
        for prefix, word in self.words:
            if shape.startswith(prefix):
                return word
        word = level_word(shape)
        prefix = None if word is None else level_word_prefix(shape, word)
        if prefix is not None:
            self.words.insert(0, (prefix, word))
            del self.words[_WORDS:]
        return word


_WORDS = 8  # level word prefixes a reader remembers (a file's lines have few header layouts before the level)


def _layout(shape: str, level: LogLevel | None, message: str) -> Layout:
    """``split_plain(shape)`` (``level`` and ``message``, a suffix of the line shape) and ``stamp_parts(shape)`` as
    positions: the message (stripped; the whole line when that leaves nothing) is ``line[cut]``, its shape
    ``shape[cut]``."""
    stripped = message.strip()
    start = len(shape) - len(message.lstrip()) if stripped else 0
    cut = slice(start, start + len(stripped)) if stripped else slice(0, len(shape))
    return level, cut, *stamp_parts(shape), shape[cut]


# --- JSON lines ------------------------------------------------------------------------------------------


def read_jsonl(text: str, max_chars: int, plain_rest: bool = False) -> Iterator[Item]:
    """JSON lines; with ``plain_rest`` (the format was detected, not asked for) a line that is no JSON object at
    all (it does not start with ``{``: a Go panic, a stack trace, a banner in a ``kubectl logs`` capture) is read
    as a plain line, where asking for ``jsonl`` makes it a skip. A broken JSON object is a skip either way."""
    suspect = may_hold_binary(text)  # one scan of the text: most hold no line that can be binary
    seconds: dict[str, datetime | None] = {}  # ISO times to the second (``parse_time``)
    for line_no, raw in numbered_lines(text):
        if suspect and ("\x00" in raw or _binary(raw)):
            yield LogSkip(line_no=line_no, reason="binary data, not a JSON line")
            continue
        if plain_rest and not raw.lstrip().startswith("{"):
            checked = check_line(line_no, raw, max_chars)
            yield checked if isinstance(checked, LogSkip) else plain_entry(line_no, *checked)
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield LogSkip(line_no=line_no, reason=f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        except ValueError:  # int()'s digit limit, the one other error json.loads raises
            yield LogSkip(line_no=line_no, reason=_LONG_NUMBER)
            continue
        except RecursionError:
            yield LogSkip(line_no=line_no, reason=TOO_DEEP)
            continue
        if not isinstance(obj, dict):
            yield LogSkip(line_no=line_no, reason=f"a JSON {type(obj).__name__}, not an object with a message")
            continue
        yield json_entry(line_no, obj, max_chars, seconds)


def _field(obj: dict[str, Any], keys: tuple[str, ...], lowered: dict[str, Any] | None = None) -> Any:
    """The value of the first of ``keys`` (all lower case) the object has: the key itself, else the first key equal
    to it in lower case, else a dotted key's nested field. ``lowered``: the object's first value per lower-cased
    key, None when every key is its own lower case (then the exact test says it all; see ``_lowered``)."""
    for key in keys:
        if key in obj:
            return obj[key]
        if lowered is not None and key in lowered:
            return lowered[key]
        if "." in key:
            head, _, tail = key.partition(".")
            inner = obj.get(head)
            if isinstance(inner, dict) and tail in inner:
                return inner[tail]
    return None


def _lowered(obj: dict[str, Any]) -> dict[str, Any] | None:
    """Lower-cased key -> the value of the first key that lowers to it, or None when every key is its own lower case
    (most JSON logs): ``_field`` lower-cased every key for each key it tried, a fifth of reading a JSON line."""
    keys = "".join(obj)  # a key that lowering changes changes the joined keys too
    if keys == keys.lower():
        return None
    lowered: dict[str, Any] = {}
    for k, v in obj.items():
        lowered.setdefault(k.lower(), v)
    return lowered


def json_entry(
    line_no: int, obj: dict[str, Any], max_chars: int, seconds: dict[str, datetime | None] | None = None
) -> Entry | LogSkip:
    """The entry of a JSON object (``seconds``: ``parse_time``'s cache, for a reader of many lines)."""
    lowered = _lowered(obj)
    message = _field(obj, MSG_KEYS, lowered)
    if message is None:
        rest = {k: v for k, v in obj.items() if k not in TS_KEYS + LEVEL_KEYS + SERVICE_KEYS}
        if not rest:
            return LogSkip(line_no=line_no, reason=f"JSON object without a message field ({'/'.join(MSG_KEYS[:2])})")
        message = " ".join(f"{k}={v}" for k, v in rest.items())
    message = message if isinstance(message, str) else json.dumps(message, sort_keys=True)
    message = " ".join(message.split()) or "(empty)"
    truncated = len(message) > max_chars
    service = _field(obj, SERVICE_KEYS, lowered)
    stamp, level = _field(obj, TS_KEYS, lowered), _field(obj, LEVEL_KEYS, lowered)
    if lowered is not None and "__realtime_timestamp" in lowered:  # journald's keys, upper case
        stamp = _field(obj, _JOURNAL_TS, lowered) if stamp is None else stamp
        level = _field(obj, _JOURNAL_LEVEL, lowered) if level is None else level
        level = int(level) if isinstance(level, str) and len(level) == 1 and level in "01234567" else level
        service = _field(obj, _JOURNAL_SERVICE, lowered) if service is None else service
    return Entry(
        line_no,
        message[:max_chars],
        ts=parse_time(stamp, seconds),
        level=level_of(level),
        service=str(service) if isinstance(service, str | int) and not isinstance(service, bool) else None,
        truncated=truncated,
    )


# --- syslog ----------------------------------------------------------------------------------------------

_RFC5424 = re.compile(
    r"<(?P<pri>\d{1,3})>1 (?P<ts>\S+) (?P<host>\S+) (?P<app>\S+) (?P<proc>\S+) (?P<msgid>\S+) "
    r"(?P<sd>-|(?:\[(?:[^\]\\]|\\.)*\])+)(?: (?P<msg>.*))?$"
)
_RFC3164 = re.compile(
    r"(?:<(?P<pri>\d{1,3})>)?(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +(?P<day>\d{1,2}) "
    r"(?P<time>\d{2}:\d{2}:\d{2}) (?P<host>\S+) "
    r"(?:(?P<tag>[^:\[\s]+)(?:\[(?P<pid>[^\]]*)\])?(?: \([^)]*\))?: ?)?(?P<msg>.*)$"
)


_NOT_SYSLOG = "not a syslog line (RFC 5424 '<PRI>1 TIME HOST APP ...' or RFC 3164 '<PRI>Mmm dd hh:mm:ss HOST TAG: MSG')"
Row = tuple[int, "datetime | None", "LogLevel | None", str, bool, "str | None"]
"""A ``PlainRow`` with the service the line names (JSON, syslog and Loki lines may name one)."""


def syslog_rows(text: str, max_chars: int, year: int | None, skipped: list[LogSkip]) -> tuple[list[Row], list[str]]:
    """Syslog lines (``syslog_entry``) as rows (``row_columns`` makes them columns), and the digit shape of each
    row's message; a line that is not syslog and a binary one appended to ``skipped``. An RFC 3164 line without a
    PRI is read once per distinct line shape (``_rfc3164_layout``: its pattern and the level word see a digit only
    as ``\\d`` or ``\\S``, so the parts sit where its shape's do); a PRI's value gives the level, so a line with
    one is read on its own."""
    rows: list[Row] = []
    shapes: list[str] = []
    layouts: dict[str, _SyslogLayout | None] = {}
    stamps: dict[str, datetime | None] = {}
    cut, suspect, shape = text_shape(text)
    lines = _kept_lines(cut(text), cut(shape), suspect, max_chars, skipped)
    for line_no, line, shape, truncated in lines:
        if line[:1] == "<":
            entry = syslog_entry(line_no, line, year)
            if entry is None:
                skipped.append(LogSkip(line_no=line_no, reason=_NOT_SYSLOG))
            else:
                rows.append((line_no, entry.ts, entry.level, entry.message, truncated, entry.service))
                shapes.append(digit_shape(entry.message))
            continue
        layout = layouts.get(shape, _UNSEEN)
        if layout is _UNSEEN:
            layout = layouts[shape] = _rfc3164_layout(shape)
        if layout is None:
            skipped.append(LogSkip(line_no=line_no, reason=_NOT_SYSLOG))
            continue
        level, start, end, tag, stamp, message_shape = layout
        ts = None
        if year is not None:
            ts = stamps.get(line[stamp[0] : stamp[-1]], _UNSEEN)
            if ts is _UNSEEN:
                ts = stamps[line[stamp[0] : stamp[-1]]] = _rfc3164_time(
                    year, line[stamp[0] : stamp[1]], line[stamp[2] : stamp[3]], line[stamp[4] : stamp[5]]
                )
        service = line[tag[0] : tag[1]] if tag[0] >= 0 else None
        rows.append((line_no, ts, level, line[start:end] if start < end else "(empty)", truncated, service))
        shapes.append(message_shape)
    return rows, shapes


_SyslogLayout = tuple["LogLevel | None", int, int, tuple[int, int], tuple[int, int, int, int, int, int], str]
"""Where an RFC 3164 line without a PRI has its parts: (level, start and end of the stripped message, span of the
tag or (-1, -1), spans of the month, day and time, the message's digit shape: one string for every line of the
layout, as a plain ``Layout``'s)."""


def _rfc3164_layout(line: str) -> _SyslogLayout | None:
    """``syslog_entry``'s reading of an RFC 3164 line without a PRI, as positions (None: not syslog)."""
    m = _RFC3164.match(line)
    if m is None:
        return None
    stamp = (*m.span("mon"), *m.span("day"), *m.span("time"))
    if m["host"].strip("[]") in _LEVEL_HOSTS:  # an application's log with a year-less stamp, its level as the host
        level, message = split_level(line[m.start("host") :])
        stripped, end = message.strip(), len(line.rstrip())
        start = end - len(stripped)
        if stripped and line[start:end] == stripped:
            return level, start, end, (-1, -1), stamp, stripped
    msg = m["msg"]
    stripped = msg.strip()
    start = m.start("msg") + len(msg) - len(msg.lstrip())
    end = start + len(stripped)
    return daemon_level(msg), start, end, m.span("tag"), stamp, line[start:end] if start < end else "(empty)"


_LEVEL_HOSTS = frozenset(
    {"TRACE", "DEBUG", "INFO", "NOTICE", "WARN", "WARNING", "ERROR", "ERR", "SEVERE", "CRIT", "CRITICAL", "FATAL"}
)
"""Upper-case level words where RFC 3164 has its host: not a host, a logback/log4j line stamped ``%d{MMM dd
HH:mm:ss}`` (no year), read as the plain level layout reads it (level, ``[thread]``, ``Logger:`` cut)."""


def _rfc3164_time(year: int, mon: str, day: str, time: str) -> datetime | None:
    """The UTC time of an RFC 3164 stamp in ``year`` (None when it is no date: Feb 30, 25:00:00)."""
    try:
        h, mi, s = (int(x) for x in time.split(":"))
        return datetime(year, MONTHS[mon], int(day), h, mi, s, tzinfo=UTC)
    except ValueError:
        return None


def syslog_entry(line_no: int, line: str, year: int | None) -> Entry | None:
    m = _RFC5424.match(line)
    if m is not None and int(m["pri"]) < 192:
        msg = (m["msg"] or "").removeprefix("\ufeff").strip()
        app = None if m["app"] == "-" else m["app"]
        return Entry(line_no, msg or "(empty)", parse_time(m["ts"]), severity_level(int(m["pri"])), app)
    m = _RFC3164.match(line)
    if m is None or (m["pri"] is not None and int(m["pri"]) >= 192):
        return None
    ts = None if year is None else _rfc3164_time(year, m["mon"], m["day"], m["time"])
    if m["pri"] is None and m["host"].strip("[]") in _LEVEL_HOSTS:  # 'Dec 05 20:00:00 ERROR [thread] Logger: ...'
        level, message = split_level(line[m.start("host") :])
        return Entry(line_no, message.strip() or "(empty)", ts, level, None)
    level = severity_level(int(m["pri"])) if m["pri"] else daemon_level(m["msg"])
    return Entry(line_no, m["msg"].strip() or "(empty)", ts, level, m["tag"])


_DAEMON_LEVELS: dict[str, LogLevel] = {"error:": "error", "fatal:": "fatal", "warning:": "warn"}


def daemon_level(msg: str) -> LogLevel | None:
    """The level of a syslog message: a level word in its header (``split_level``), else the lower-case
    ``error:`` / ``fatal:`` / ``warning:`` that OpenSSH, Postfix and other daemons open their messages with (the
    message keeps it: only the level is read)."""
    level = split_level(msg)[0]
    if level is None and msg[:1] in "efw":
        level = _DAEMON_LEVELS.get(msg.split(" ", 1)[0])
    return level


# --- Loki ------------------------------------------------------------------------------------------------

_SERVICE_LABELS = ("service_name", "service", "app", "application", "job", "container", "component")
_LEVEL_LABELS = ("level", "detected_level", "severity", "lvl")


def read_loki(text: str, max_chars: int) -> Iterator[Item]:
    streams = loki_streams(text)
    rows: list[tuple[int, dict[str, str], str]] = []
    for s, stream in enumerate(streams):
        labels = stream.get("stream") if isinstance(stream, dict) else None
        values = stream.get("values") if isinstance(stream, dict) else None
        if not isinstance(labels, dict) or not isinstance(values, list):
            raise LogFormatError(f"Loki answer: data.result[{s}] needs 'stream' (labels) and 'values' ([[ns, line]])")
        for v, pair in enumerate(values):
            if not (isinstance(pair, list) and len(pair) >= 2 and isinstance(pair[1], str)):
                rows.append((-1, {"where": f"data.result[{s}].values[{v}]"}, ""))
                continue
            try:
                ns = int(pair[0])
            except (TypeError, ValueError):
                rows.append((-1, {"where": f"data.result[{s}].values[{v}] time {pair[0]!r}"}, ""))
                continue
            rows.append((ns, labels, pair[1]))
    rows.sort(key=lambda r: (r[0] < 0, r[0]))  # entries numbered in time order; skips after, named by their place
    for line_no, (ns, labels, line) in enumerate(rows, 1):
        if ns < 0:
            yield LogSkip(line_no=line_no, reason=f'{labels["where"]}: not a ["<ns>", "<line>"] pair')
            continue
        yield _loki_entry(line_no, ns, labels, line, max_chars)


def loki_streams(text: str) -> list[Any]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LogFormatError(
            f"Loki answer: not JSON ({exc.msg} at line {exc.lineno}); give the body of /loki/api/v1/query_range"
        ) from None
    except ValueError:  # int()'s digit limit
        raise LogFormatError(f"Loki answer: {_LONG_NUMBER}; give the body of /loki/api/v1/query_range") from None
    except RecursionError:
        raise LogFormatError(f"Loki answer: {TOO_DEEP}; give the body of /loki/api/v1/query_range") from None
    data = doc.get("data") if isinstance(doc, dict) else None
    if not isinstance(data, dict) or not isinstance(data.get("result"), list):
        raise LogFormatError("Loki answer: no data.result list; give the body of /loki/api/v1/query_range")
    if data.get("resultType") != "streams":
        raise LogFormatError(
            f"Loki answer: resultType {data.get('resultType')!r}, expected 'streams' (a log "
            "query, not a metric query such as rate(...))"
        )
    return data["result"]


def _loki_entry(line_no: int, ns: int, labels: dict[str, str], line: str, max_chars: int) -> Item:
    checked = check_line(line_no, line, max_chars)
    if isinstance(checked, LogSkip):
        return checked
    body, truncated = checked
    entry: Entry | LogSkip = plain_entry(line_no, body, truncated)
    if body.lstrip().startswith("{"):
        try:
            obj = json.loads(body)
        except (ValueError, RecursionError):  # read as a plain line
            obj = None
        if isinstance(obj, dict):
            entry = json_entry(line_no, obj, max_chars)
    elif "=" in body:  # a logfmt line (Grafana's stacks log so) is read by its keys
        from genaiops.tools.sre.logs.logfmt import logfmt_entry  # logfmt builds on this module

        entry = logfmt_entry(line_no, body, truncated) or entry
    if isinstance(entry, LogSkip):
        entry = plain_entry(line_no, body, truncated)
    entry.ts = datetime.fromtimestamp(ns / 1e9, UTC) if ns < 10**20 else None
    entry.service = entry.service or next((labels[k] for k in _SERVICE_LABELS if k in labels), None)
    entry.level = entry.level or next((level_of(labels[k]) for k in _LEVEL_LABELS if k in labels), None)
    return entry
