"""Normal behaviours of operations metrics written by other authors that the ops detector must not alarm on:
a public holiday, a daylight-saving change, a share that spikes every day at any hour."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from genaiops.tools import load_tools
from genaiops.tools.sre.detectors.ops import ops_events, ops_score

DAY = 288
MONDAY_MS = 1_767_571_200_000  # 2026-01-05 00:00 UTC, far from any daylight-saving change


def stamps(days: int, start_ms: int = MONDAY_MS) -> np.ndarray:
    return start_ms + 300_000 * np.arange(days * DAY, dtype=np.int64)


def business(days: int, seed: int, holiday: int | None = None, factor: float = 0.3) -> np.ndarray:
    """Connections of a business service: a working-day curve, weekends (and the holiday) at ``factor``."""
    hour = (np.arange(days * DAY) % DAY) / 12.0
    curve = 20 + 400 * np.exp(-0.5 * ((hour - 13.0) / 3.5) ** 2)
    day = np.arange(days * DAY) // DAY
    quiet = (day % 7 >= 5) | (day == holiday)
    level = np.where(quiet, 20 + factor * (curve - 20), curve)
    return np.round(level * np.random.default_rng(seed).lognormal(0, 0.05, days * DAY))


def found_on(values: np.ndarray, kind: str, day: int, start_ms: int = MONDAY_MS) -> list:
    scored = ops_score(stamps(len(values) // DAY, start_ms), values, kind)
    return [e for e in ops_events("m", scored, values) if e.end >= day * DAY and e.onset < (day + 1) * DAY]


def test_a_weekday_that_behaves_like_a_sunday_is_a_holiday_and_one_at_three_times_its_level_is_not():
    """A Wednesday at the weekend's level (a public holiday) raises nothing over four seeds; the same Wednesday at
    three times its usual daytime level is found."""
    for seed in range(4):
        assert not found_on(business(16, seed, holiday=9), "gauge", 9)
    surge = business(16, 0)
    surge[9 * DAY + 120 : 9 * DAY + 200] *= 3
    assert found_on(surge, "gauge", 9)


def gc_share(days: int, seed: int) -> np.ndarray:
    """GC pause share: about 2 % with a one-scrape pause of 8-12 % once a day at a random hour."""
    rng = np.random.default_rng(seed)
    values = 2.0 * rng.lognormal(0, 0.15, days * DAY)
    for day in range(days):
        values[day * DAY + int(rng.integers(0, DAY))] = rng.uniform(8, 12)
    return values


def test_a_daily_spike_at_any_hour_is_usual_and_a_sustained_rise_is_not():
    """A share that spikes once a day at a random hour raises at most 2 events after its first week over eight
    seeds (66 without the learned daily spike: nearly one a day); the same share at 10 % for two hours is found."""
    raised = 0
    for seed in range(8):
        values = gc_share(16, seed)
        scored = ops_score(stamps(16), values, "percentage")
        raised += len([e for e in ops_events("gc", scored, values) if e.onset >= 7 * DAY])
    assert raised <= 2
    values = gc_share(16, 0)
    values[12 * DAY + 100 : 12 * DAY + 124] = 10.0
    assert found_on(values, "percentage", 12)


def nightly_batch(days: int, seed: int, change_day: int) -> np.ndarray:
    """Rows of a batch at 02:00 Central European time: 01:00 UTC, then 00:00 UTC from ``change_day`` on."""
    rng = np.random.default_rng(seed)
    rate = np.zeros(days * DAY)
    for day in range(days):
        at = day * DAY + (12 if day < change_day else 0) + int(rng.integers(-2, 3))
        rate[at : at + 12] = 200
    return np.cumsum(rng.poisson(rate)).astype(float)


def test_a_batch_an_hour_earlier_after_a_daylight_saving_date_alarms_less_than_the_same_move_in_january():
    """A batch that moves an hour earlier in UTC on 2026-03-29 (Europe's change date) raises fewer events after
    the first week, over four seeds, than the same series placed in January, where no change date is near: the
    profile shifted an hour is used once it explains the hours since the change date began (main: 6 against 9; with
    the fix and the filter rebuilt on its candidates: 1 against 7)."""
    march = 1_773_619_200_000  # 2026-03-16 00:00 UTC, a Monday; the change is on day 13
    raised = {march: 0, MONDAY_MS: 0}
    for seed in range(4):
        values = nightly_batch(16, seed, 13)
        for start in raised:
            scored = ops_score(stamps(16, start), values, "counter")
            raised[start] += len([e for e in ops_events("b", scored, values) if e.onset >= 7 * DAY])
    assert raised[march] <= 0.7 * raised[MONDAY_MS]


def local_batch(start: str, zone: str, seed: int, skip: int | None = None, late: int | None = None) -> dict:
    """A detect_anomalies series of 16 days from ``start`` (UTC): rows of a batch run by cron at 04:00 local time in
    ``zone`` for an hour (2,000 rows a step, 2 otherwise, starting up to 10 minutes late), not on day ``skip`` and
    an hour late on the local clock on day ``late``."""
    rng = np.random.default_rng(seed)
    first = datetime.fromisoformat(start).replace(tzinfo=UTC)
    rate = np.full(16 * DAY, 2.0)
    for day in range(16):
        if day == skip:
            continue
        date = (first + timedelta(days=day, hours=12)).astimezone(ZoneInfo(zone)).date()  # the UTC day's date
        run = datetime(date.year, date.month, date.day, 5 if day == late else 4, tzinfo=ZoneInfo(zone))
        at = int((run.astimezone(UTC) - first).total_seconds()) // 300 + int(rng.integers(0, 3))
        rate[at : at + 12] = 2000.0
    times = [(first + timedelta(minutes=5 * i)).isoformat() for i in range(16 * DAY)]
    values = np.cumsum(rng.poisson(rate)).astype(float)
    return {"name": "batch_rows_processed_total", "timestamps": times, "values": values.tolist()}


SWITCHES = [  # (series start, zone, the UTC day after the change, 0-based)
    ("2026-03-16T00:00:00", "Europe/Berlin", 14),  # clocks forward on 29 March: the batch runs an hour earlier in UTC
    ("2026-10-12T00:00:00", "Europe/Berlin", 14),  # clocks back on 25 October: an hour later in UTC
    ("2026-02-23T00:00:00", "America/Chicago", 14),  # clocks forward on 8 March (08:00 UTC)
]


@pytest.mark.parametrize(("start", "zone", "after"), SWITCHES)
def test_a_batch_on_local_time_across_a_daylight_saving_change_raises_nothing_and_a_missed_run_is_found(
    start: str, zone: str, after: int
):
    """detect_anomalies on a nightly batch kept at 04:00 local time across a daylight-saving change raises nothing
    over three seeds (the shifted profile is judged on the hours since the change, the activity channels allow
    the job an hour more); the run missed the day after the change is one missing_activity anomaly that day."""
    spec = load_tools().get("detect_anomalies")
    for seed in range(3):
        assert spec.invoke({"series": local_batch(start, zone, seed)}).anomalies == []
        (missed,) = spec.invoke({"series": local_batch(start, zone, seed, skip=after)}).anomalies[:1]
        assert missed.kind == "missing_activity"
        assert missed.onset.date() == (datetime.fromisoformat(start) + timedelta(days=after)).date()


def test_a_batch_an_hour_late_on_the_local_clock_after_a_daylight_saving_change_is_found():
    """The same batch an hour late on the local clock the day after Europe's autumn change (05:00 instead of
    04:00 local: two hours from its summer UTC time, one from its winter one) is found within two hours of its
    usual start, over three seeds."""
    spec = load_tools().get("detect_anomalies")
    usual = datetime(2026, 10, 26, 3, tzinfo=UTC)  # 04:00 in Berlin after the change
    for seed in range(3):
        found = spec.invoke({"series": local_batch("2026-10-12T00:00:00", "Europe/Berlin", seed, late=14)}).anomalies
        assert any(usual - timedelta(hours=1) <= a.onset <= usual + timedelta(hours=2) for a in found)
