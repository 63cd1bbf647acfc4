"""Cron expressions (five fields: minute hour day-of-month month day-of-week, evaluated in UTC), on croniter.

Pure: times in, times out. A bad expression is a ``SpecError`` saying what is wrong and what a good one looks like.
"""

from __future__ import annotations

from datetime import UTC, datetime

from croniter import croniter
from croniter.croniter import CroniterBadDateError, CroniterError

from genaiops.errors import SpecError

__all__ = ["check_cron", "next_after", "occurrences"]

_EXAMPLE = "e.g. '0 2 * * *' (02:00 UTC every day) or '*/15 * * * 1-5' (every 15 minutes on weekdays)"


def check_cron(expression: str) -> str:
    """The expression, normalised (single spaces); ``SpecError`` when it is not a five-field cron expression."""
    fields = expression.split()
    if (unsupported := _zone_or_nickname(fields)) is not None:
        raise SpecError(f"--cron {expression!r}: {unsupported}")
    if len(fields) != 5:
        raise SpecError(
            f"--cron {expression!r}: a cron expression has 5 fields (minute hour day-of-month month day-of-week), "
            f"not {len(fields)}; {_EXAMPLE}"
        )
    text = " ".join(fields)
    try:
        croniter(text, datetime(2026, 1, 1, tzinfo=UTC)).get_next(datetime)
    except CroniterBadDateError:
        raise SpecError(f"--cron {expression!r} matches no date (such as 30 February); {_EXAMPLE}") from None
    except (CroniterError, ValueError, KeyError) as exc:
        raise SpecError(f"--cron {expression!r}: {_bad_field(fields) or exc}; {_EXAMPLE}") from None
    return text


_NICKNAMES = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
              "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *"}  # fmt: skip


def _zone_or_nickname(fields: list[str]) -> str | None:
    """What crontabs accept that these schedules do not: a time zone (``CRON_TZ=``/``TZ=`` or a zone name beside
    the fields) or a nickname (``@daily``), said with the five-field UTC expression to write instead."""
    if len(fields) == 1 and fields[0].lower() in _NICKNAMES:
        return f"{fields[0]!r} is a nickname; write its five fields: {_NICKNAMES[fields[0].lower()]!r} (UTC)"
    if fields and fields[0].startswith("@"):
        return f"nicknames are not read ({fields[0]!r}); write five fields, {_EXAMPLE}"
    for i, token in enumerate(fields):
        setting = token.split("=", 1)[0].upper() in ("TZ", "CRON_TZ") and "=" in token
        zone = token.split("=", 1)[1] if setting else token
        if setting or (len(fields) == 6 and i in (0, 5) and _is_zone(zone)):
            rest = " ".join(f for j, f in enumerate(fields) if j != i)
            drop = f"drop {token!r}" if zone.upper() in ("UTC", "GMT", "Z") else "convert the time to UTC"
            return (f"schedules run in UTC and take no time zone ({zone!r}){_offsets(zone)}; {drop} and write "
                    f"the five fields alone (here {rest!r}), {_EXAMPLE}")  # fmt: skip
    return None


def _is_zone(name: str) -> bool:
    if name.upper() in ("UTC", "GMT", "Z"):
        return True
    if "/" not in name or not name[:1].isalpha():
        return False
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return False
    return True


def _offsets(name: str) -> str:
    """``: Europe/Paris is UTC+1 in January, UTC+2 in July`` (empty for UTC or a zone this machine lacks)."""
    try:
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return ""
    hours = []
    for month in (1, 7):
        delta = datetime(2026, month, 15, 12, tzinfo=zone).utcoffset()
        hours.append((delta.total_seconds() if delta else 0) / 3600)
    if hours[0] == hours[1]:
        return f": {name} is UTC{hours[0]:+g}" if hours[0] else ""
    return f": {name} is UTC{hours[0]:+g} in January, UTC{hours[1]:+g} in July"


_FIELDS = (("minute", "0-59"), ("hour", "0-23"), ("day-of-month", "1-31"), ("month", "1-12 (or JAN-DEC)"),
           ("day-of-week", "0-7, 0 and 7 being Sunday (or SUN-SAT)"))  # fmt: skip


def _bad_field(fields: list[str]) -> str | None:
    """Which field croniter refused, tried one at a time with the others ``*`` (its own message quotes the
    whole expression, "[0 25 * * *] is not acceptable, out of range", naming neither the field nor the range)."""
    for i, ((name, allowed), value) in enumerate(zip(_FIELDS, fields, strict=True)):
        alone = " ".join(value if j == i else "*" for j in range(5))
        try:
            croniter(alone, datetime(2026, 1, 1, tzinfo=UTC)).get_next(datetime)
        except CroniterBadDateError:
            return None
        except (CroniterError, ValueError, KeyError) as exc:
            why = "is out of range" if "out of range" in str(exc) else "is not a value, range, list or step of"
            return f"{name} {value!r} {why} {allowed}"
    return None


def next_after(expression: str, moment: datetime) -> datetime:
    """The first occurrence strictly after ``moment``."""
    return croniter(expression, moment.astimezone(UTC)).get_next(datetime)


def occurrences(expression: str, first: datetime, until: datetime, limit: int = 1000) -> tuple[int, datetime]:
    """How many occurrences lie in ``[first, until]`` (``first`` being one; counted up to ``limit``, for a
    minutely schedule down for months) and the latest of them."""
    latest = croniter(expression, until.astimezone(UTC)).get_prev(datetime)
    following = next_after(expression, latest)
    if following <= until:  # ``until`` is itself an occurrence
        latest = following
    latest = max(latest, first)
    count = 1
    it = croniter(expression, first.astimezone(UTC))
    while count < limit and it.get_next(datetime) <= latest:
        count += 1
    return count, latest
