"""Invariants of the missed-run policies, over random cron expressions, due times and delays."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.ops.schedules import LATE_AFTER, plan_occurrence

CRONS = st.sampled_from(["* * * * *", "*/7 * * * *", "0 2 * * *", "30 */3 * * 1-5", "15 4 1 * *"])
MOMENTS = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2030, 1, 1)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=UTC)
)
DELAYS = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=40))


@settings(max_examples=60, deadline=None)
@given(cron=CRONS, start=MOMENTS, delay=DELAYS, missed=st.sampled_from(["skip", "catch-up"]))
def test_one_run_at_most_and_the_next_due_is_in_the_future(cron, start, delay, missed):
    """Whatever the delay: at most one run, never for a future occurrence, never skip-running a stale one, and
    the next due time lies after now."""
    from croniter import croniter

    due = croniter(cron, start).get_next(datetime)
    now = due + delay
    plan = plan_occurrence(cron, due, missed, now)
    assert plan is not None and plan.next_due > now
    if plan.due_at is not None:
        assert due <= plan.due_at <= now
        if missed == "skip":
            assert now - plan.due_at <= LATE_AFTER
    else:
        assert missed == "skip" and plan.missed >= 1
