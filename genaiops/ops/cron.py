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
