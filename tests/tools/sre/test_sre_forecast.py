"""forecast_exhaustion: known exhaustion times recovered within the 80 % interval, sawtooth that resets before the
limit not alarming, seasonality, no trend, gated remediation proposals below the threshold, bad input as clear
errors; the seeded generator's splits and truths; the simulated estate's gauges."""

from __future__ import annotations

import json
import math
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from genaiops.errors import ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.forecast import forecast, linear_forecast
from genaiops.tools.sre.forecast.estate import CAPACITY_METRICS, profile
from genaiops.tools.sre.forecast.model import MARGINS
from genaiops.tools.sre.forecast.synthetic import (
    JUMP_KINDS,
    OPS_KINDS,
    generate,
    jump_split,
    mann_kendall_p,
    ops_split,
    split,
)
from genaiops.tools.sre.simulate import build_environment

NOW = datetime(2026, 1, 10, 2, 0, tzinfo=UTC)
STEP_H = 1 / 6  # ten-minute samples
T = np.arange(0, 96, STEP_H)  # four days of history, in hours


@pytest.fixture(scope="module")
def tool():
    return load_tools().get("forecast_exhaustion")


def context(env=None, task: str = "nightly") -> ToolContext:
    resources = {"environment": env} if env is not None else {}
    return ToolContext(run_id="r", task_id=task, idempotency_key="k", now=NOW, resources=resources)


def run(tool, values, **args):
    got = tool.invoke({"values": [float(v) for v in values], "step_seconds": 600, **args}, context())
    return got.forecasts[0], got


def noise(seed: int, scale: float) -> np.ndarray:
    return np.random.default_rng(seed).normal(0, scale, len(T))


def first_crossing(seed: int, scale: float, level: float, rate: float, hours: float = 400) -> tuple[np.ndarray, float]:
    """A noisy fill ``level + rate·t`` at ten-minute steps for ``hours``: its first four days (the history) and
    the hours from the history's last point until the data itself first reaches 100."""
    t = np.arange(0, hours, STEP_H)
    y = level + rate * t + np.random.default_rng(seed).normal(0, scale, len(t))
    later = np.flatnonzero((y >= 100) & (t > T[-1]))
    return y[: len(T)], float(t[later[0]] - T[-1])


def test_a_steady_fill_reaches_the_limit_when_arithmetic_says_within_the_interval(tool):
    """20 % + 0.5 %/h, last point at hour 95.83: the trend line reaches 100 % 64.17 h later (hand arithmetic);
    with little noise the data's first crossing is just before it, and inside the interval."""
    history, crossed = first_crossing(1, 0.5, 20, 0.5)
    f, _ = run(tool, history, name="disk_used_pct")
    line = (100 - 20) / 0.5 - T[-1]
    assert f.status == "exhausting" and f.limit == 100.0 and f.kind == "disk"
    assert f.hours_low <= crossed <= f.hours_high
    assert abs(f.hours_left - line) < 3
    assert abs(f.exhausts_at - (NOW + timedelta(hours=f.hours_left))) < timedelta(minutes=1)


def test_a_noisy_gauge_is_forecast_to_first_cross_before_its_trend_line_does(tool):
    """30 % + 0.25 %/h with noise of sd 4: the trend line reaches 100 % 184 h after the history (hand arithmetic),
    but the data (the same noise continued) crosses first; the forecast says so, at least 10 h before the line,
    and its interval holds the data's own first crossing."""
    history, crossed = first_crossing(7, 4.0, 30, 0.25, hours=600)
    f, _ = run(tool, history, name="disk_used_pct")
    line = (100 - 30) / 0.25 - T[-1]
    assert crossed < line - 10  # the premise: noise brings the crossing forward
    assert f.status == "exhausting" and f.hours_left < line - 10
    assert f.hours_low <= crossed <= f.hours_high
    assert "trend line alone" in f.explanation


def test_log_rotation_that_always_resets_below_the_limit_is_not_exhaustion(tool):
    """Fills 30 % -> 85 % and is rotated every 12 h: steep growth inside segments, yet never reaches 100 %."""
    y = 30 + 55 * ((T / 12) % 1.0) + noise(2, 0.3)
    f, result = run(tool, y, name="disk_used_pct")
    assert f.status == "not_exhausting" and f.hours_left is None
    assert f.resets >= 7 and f.reset_every_hours == pytest.approx(12, abs=0.5)
    assert "resets every" in f.explanation and result.proposals == []


def test_rotation_that_frees_less_each_time_is_caught_when_its_peaks_creep_to_the_limit(tool):
    """Rotated every 8 h, but the floor creeps 0.2 %/h: the peaks (65 % + 0.2 %/h) reach 100 % near hour 175; the
    true crossing (found by scanning the noise-free curve) lies in the interval."""
    curve = lambda t: 15 + 0.2 * t + 50 * ((t / 8) % 1.0)  # noqa: E731
    future = np.arange(T[-1], T[-1] + 400, 0.01)
    truth = float(future[np.argmax(curve(future) >= 100)] - T[-1])
    f, _ = run(tool, curve(T) + noise(3, 0.2), name="disk_used_pct")
    assert f.status == "exhausting" and f.resets >= 10
    assert f.hours_low <= truth <= f.hours_high
    assert "peaks creep up" in f.explanation


def test_seasonality_is_followed_to_the_first_daily_peak_that_crosses(tool):
    """Trend 0.3 %/h from 30 % plus a ±8 % daily cycle: the crossing is the first peak above 100 % (found here by
    scanning the true curve), earlier than the trend line alone (hour 233)."""
    curve = lambda t: 30 + 0.3 * t + 8 * np.sin(2 * np.pi * t / 24)  # noqa: E731
    future = np.arange(T[-1], T[-1] + 400, 0.05)
    truth = float(future[np.argmax(curve(future) >= 100)] - T[-1])
    f, _ = run(tool, curve(T) + noise(4, 0.4), name="memory_used_pct")
    assert f.seasonality == ["daily"]
    assert f.hours_low <= truth <= f.hours_high
    assert f.hours_left < (100 - 30) / 0.3 - T[-1]


def test_no_trend_means_no_exhaustion(tool):
    """A level of 55 % with a daily cycle and noise: not exhausting, nothing proposed."""
    f, result = run(tool, 55 + 5 * np.sin(2 * np.pi * T / 24) + noise(5, 1.0), name="db_connections_used_pct")
    assert f.status == "not_exhausting" and f.hours_left is None and result.proposals == []


def test_the_last_reading_decides_at_limit_not_a_fitted_trend_over_the_limit(tool):
    """4 % + 1 %/h reaches 99.83 at the last point (hour 95.83); with the limit at 99.75 the fitted line is over it
    there, but the last reading dipped to 95: not `at_limit` (it used to say so) — the data crosses within the hour.
    A last reading at the limit is `at_limit`, 0 h."""
    y = 4 + T + noise(8, 0.05)
    dipped = np.append(y[:-1], 95.0)
    f, result = run(tool, dipped, name="disk_used_pct", limit=99.75)
    assert f.status == "exhausting" and 0 < f.hours_left <= 1, f
    assert "already" not in f.explanation and result.proposals
    f, _ = run(tool, np.append(y[:-1], 99.75), name="disk_used_pct", limit=99.75)
    assert f.status == "at_limit" and f.hours_left == 0.0 and "last reading" in f.explanation


def test_below_the_threshold_a_gated_remediation_task_is_proposed_by_kind(tool):
    """10 h left on an inode gauge: a clean_up task for remediate_capacity (gated); 10 h is above a 6 h threshold."""
    y = 50 + 0.5 * T
    y = y - y[-1] + 95  # 95 % now, +0.5 %/h: 10 h left
    f, result = run(tool, y + noise(6, 0.05), name="inodes_used_pct", propose_below_hours=24)
    assert 9 < f.hours_left < 11
    (proposal,) = result.proposals
    assert proposal.action == "clean_up" and proposal.task["tool"] == "remediate_capacity"
    assert proposal.task["args"]["kind"] == "inodes" and proposal.task["id"].startswith("nightly_clean_up")
    spec = load_tools().get("remediate_capacity")
    assert "remediates" in spec.actions
    _, later = run(tool, y + noise(6, 0.05), name="inodes_used_pct", propose_below_hours=6)
    assert later.proposals == []


def test_an_explicit_limit_for_absolute_gauges_and_a_clear_error_without_one(tool):
    """A queue of messages needs `limit` unless it is a percentage; with limit=5000 it is forecast."""
    y = 1000 + 20 * T + noise(7, 10)
    f, _ = run(tool, y, name="orders_queue_messages", limit=5000, kind="queue")
    assert f.status == "exhausting" and f.limit == 5000
    with pytest.raises(ToolInputError, match="not a percentage.*give `limit`"):
        run(tool, y, name="orders_queue_messages")


@pytest.mark.parametrize(
    ("values", "extra", "message"),
    [
        ([1.0, 2.0, 3.0], {}, "3 points; a forecast needs at least 12"),
        ([1.0, 2.0, float("nan"), *range(3, 30)], {}, "NaN or infinite value\\(s\\) at index 2"),
        (list(range(40)), {"limit": -5}, "limit: -5 must be positive"),
    ],
)
def test_bad_input_is_a_clear_error(tool, values, extra, message):
    """Too short, NaNs, a negative limit: ToolInputError naming the problem, never a traceback."""
    with pytest.raises(ToolInputError, match=message):
        tool.invoke({"values": values, "name": "disk_used_pct", **extra}, context())


def test_a_flat_gauge_is_not_exhausting_or_at_its_limit_not_an_error(tool):
    """A gauge that never moved answers the question (no growth), naming a stuck exporter as the thing to check;
    one flat at its limit is at the limit. Neither proposes a fix nor raises."""
    f, got = run(tool, [42.0] * 40, name="disk_used_pct")
    assert f.status == "not_exhausting" and f.hours_left is None and got.proposals == []
    assert "constant at 42 over all 40 points" in f.explanation and "exporter" in f.explanation
    full, _ = run(tool, [100.0] * 40, name="disk_used_pct")
    assert full.status == "at_limit" and full.hours_left == 0


def test_one_source_only(tool):
    """values and metric together (or neither) is refused with what was given."""
    with pytest.raises(ToolInputError, match="exactly one of values, series, metric or query"):
        tool.invoke({"values": [1.0] * 20, "metric": "disk_used_pct"}, context())


def test_series_from_query_metrics_are_forecast_each_and_an_unusable_one_is_skipped_with_why(tool):
    """`series` (query_metrics' shape): a filling disk is forecast; a three-point one is skipped, not an error."""
    stamps = [NOW - timedelta(hours=float(T[-1] - h)) for h in T]
    good = {"name": "disk_used_pct", "labels": {"service": "orders"}, "timestamps": stamps,
            "values": (40 + 0.2 * T).tolist()}  # fmt: skip
    short = {"name": "disk_used_pct", "labels": {"service": "cart"}, "timestamps": stamps[:3], "values": [1, 2, 3]}
    result = tool.invoke({"series": [good, short]}, context())
    [f] = result.forecasts
    assert f.service == "orders" and f.status == "exhausting"
    assert f.hours_left == pytest.approx((100 - 40) / 0.2 - T[-1], abs=1)
    assert result.skipped == ["disk_used_pct: values: 3 points; a forecast needs at least 12 (give a longer history)"]


class FilledDisk:
    """A `prometheus` resource that knows the template `disk_used_pct` and answers it with one filling disk."""

    where = "Prometheus at http://test"

    def __init__(self) -> None:
        from genaiops.tools.sre.ingest.promql import PromQueries

        self.queries = PromQueries(metrics={"disk_used_pct": "disk_used_pct{$selector}"})
        self.asked: list[str] = []

    def query_range(self, query: str, start: datetime, end: datetime, step_seconds: float) -> str:
        self.asked.append(query)
        hours = np.arange(0, (end - start).total_seconds() / 3600, step_seconds / 3600)
        points = [[start.timestamp() + h * 3600, str(30 + 0.5 * h)] for h in hours]
        result = [{"metric": {"service": "orders"}, "values": points}]
        return json.dumps({"status": "success", "data": {"resultType": "matrix", "result": result}})


def test_with_prometheus_the_gauge_is_read_through_its_template(tool):
    """`metric` with a Prometheus resource: the template is queried for the lookback, and the series forecast
    (30 % + 0.5 %/h over 48 h: about 92 h left)."""
    source = FilledDisk()
    ctx = ToolContext(run_id="r", task_id="t", idempotency_key="k", now=NOW, resources={"prometheus": source})
    result = tool.invoke({"metric": "disk_used_pct", "lookback_hours": 48}, ctx)
    [f] = result.forecasts
    assert source.asked == ['disk_used_pct{service!=""}']
    assert f.service == "orders" and f.kind == "disk" and f.limit == 100
    assert f.hours_left == pytest.approx((100 - 30) / 0.5 - 48, abs=1.5)


def test_the_simulated_estate_gauges_forecast_per_service_and_rotating_ones_do_not_alarm(tool):
    """Offline, every capacity gauge of every service is forecast; gauges of the 'rotating' profile never exhaust
    and only 'filling' ones can be proposed."""
    env = build_environment({"topology": "shop", "seed": 3})
    services = env.observed_services()
    for metric in CAPACITY_METRICS:
        result = tool.invoke({"metric": metric, "propose_below_hours": 48}, context(env))
        assert [f.service for f in result.forecasts] == services
        for f in result.forecasts:
            kind = profile(env.seed, f.service, metric)
            if kind != "filling":
                assert f.status == "not_exhausting", (metric, f.service, kind, f.explanation)
        assert all(profile(env.seed, p.task["args"]["service"], metric) == "filling" for p in result.proposals)


def test_the_generator_splits_are_disjoint_and_truths_are_the_signal_crossings():
    """Dev and held-out seeds never overlap; a linear series' truth is its noise-free crossing (re-derived here
    from two noise-free points of the same seed's signal would need the signal, so check the arithmetic bound:
    the truth lies within the four-history horizon, and never-exhausting kinds have none)."""
    dev, held = split("dev", per_kind=2), split("heldout", per_kind=2)
    assert not {s.seed for s in dev} & {s.seed for s in held}
    for s in dev:
        if s.kind in ("sawtooth_safe", "flat"):
            assert s.truth is None
        else:
            assert s.truth is not None and 0 < s.truth <= s.horizon
    again = generate(dev[0].kind, dev[0].seed)
    assert np.array_equal(again.y, dev[0].y) and again.truth == dev[0].truth
    assert again.data_truth == dev[0].data_truth
    assert math.isclose(dev[0].horizon, 4 * (dev[0].t[-1] + dev[0].t[1]), rel_tol=0.01)


def test_the_data_crosses_no_later_than_the_signal_on_fills_without_resets():
    """A generated fill's data (signal + noise continued) first reaches the limit by the time its noise-free
    signal does (within an hour), and never-exhausting kinds have neither truth."""
    for s in split("dev", per_kind=3):
        if s.kind in ("sawtooth_safe", "flat"):
            assert s.truth is None and s.data_truth is None
        elif s.kind not in ("sawtooth_growing", "restarts"):  # a peak may touch the limit and reset
            assert s.data_truth is not None and s.data_truth <= s.truth + 1.0, (s.kind, s.seed)


def test_growth_that_stopped_is_not_forecast_to_reach_a_limit_above_it():
    """Rises 0.5 %/h for three of five days, then holds at 56 % (noise sd 1): a limit of 80 % is not reached
    within five more days, although the history as a whole rises steeply (the linear fit says it is)."""
    t = np.arange(0, 120, STEP_H)
    y = 20 + 0.5 * np.minimum(t, 72) + np.random.default_rng(3).normal(0, 1.0, len(t))
    got = forecast(t, y, 80.0, horizon_hours=120)
    assert got.status == "not_exhausting" and got.hours is None, got.explanation
    assert linear_forecast(t, y, 80.0, horizon_hours=120).status == "exhausting"  # the premise


def test_the_operations_family_is_seed_split_rising_and_its_seasonal_fills_are_covered():
    """ops_split: dev and held-out seeds disjoint, every question's history rises significantly (Mann-Kendall
    p < 0.01) with its limit above the history's maximum, the same seed gives the same question; on the dev
    split's seasonal fills the 80 % interval holds the data's first crossing most of the time."""
    dev, held = ops_split("dev", per_kind=3), ops_split("heldout", per_kind=3)
    assert not {s.seed for s in dev} & {s.seed for s in held}
    assert {s.kind for s in dev} == set(OPS_KINDS)
    for s in dev:
        assert mann_kendall_p(s.y) < 0.01 and s.limit > s.y.max()
        assert s.truth is None or 0 < s.truth <= s.horizon
    cases = [s for s in ops_split("dev", per_kind=8) if s.kind == "trend_season" and s.truth is not None]
    covered = [forecast(s.t, s.y, s.limit, horizon_hours=s.horizon) for s in cases]
    pairs = zip(covered, cases, strict=True)
    hits = sum(f.low is not None and f.low <= s.truth <= (f.high or math.inf) for f, s in pairs)
    assert len(cases) >= 5 and hits >= 0.7 * len(cases), (hits, len(cases))
    with pytest.raises(ValueError, match="choose dev or heldout"):
        ops_split("test")


def test_the_jump_family_asks_the_nab_wide_rule_and_its_interval_learns_that_a_limit_may_be_reached_by_a_jump():
    """The jump family (NAB's style: limits reached by a jump at a random time) asks as the NAB wide rule asks —
    a significantly rising hourly history, limits at its maximum + 25 % and + 50 % of its range, censored
    questions kept — from seeds disjoint between dev and held-out; the calibrated interval covers more of its
    reached limits than the simulation's own (which continues one trend and misses the early jumps)."""
    questions = jump_split("dev", per_kind=3)
    assert {q.kind for q in questions} == set(JUMP_KINDS) and len(questions) == 2 * 3 * len(JUMP_KINDS)
    for first, second in zip(questions[0::2], questions[1::2], strict=True):
        span, top = float(np.ptp(first.y)), float(first.y.max())
        assert first.seed == second.seed and mann_kendall_p(first.y) < 0.01
        assert math.isclose(first.limit, top + 0.25 * span) and math.isclose(second.limit, top + 0.5 * span)
        assert first.truth is None or 0 < first.truth <= first.horizon
    assert not {q.seed for q in questions} & {q.seed for q in jump_split("heldout", per_kind=3)}
    reached = [q for q in questions if q.truth is not None]
    hits = {}
    for margins in (None, MARGINS):
        got = [forecast(q.t, q.y, q.limit, horizon_hours=q.horizon, margins=margins) for q in reached]
        hits[margins] = sum((f.low if f.low is not None else q.horizon) <= q.truth <= (f.high or math.inf)
                            for f, q in zip(got, reached, strict=True))  # fmt: skip
    assert len(reached) >= 4 and hits[MARGINS] > hits[None], hits
    with pytest.raises(ValueError, match="choose dev or heldout"):
        jump_split("test")


def test_the_calibrated_interval_widens_only_a_history_whose_growth_rate_kept_changing():
    """The interval's calibration (model.MARGINS) never moves the point forecast and never narrows the
    simulation's interval; a steady fill keeps its low end, while a fill that rose, stalled, rose and slowed
    (a large ``rate_swing``) gets a low end well before the simulation's own 10th percentile."""
    steady = 20 + 0.4 * T + noise(11, 0.3)
    t = np.arange(0, 240.0)
    rate = np.select([t < 60, t < 120, t < 180], [0.3, 0.0, 0.3], 0.15)
    changing = 10 + np.cumsum(rate) + np.random.default_rng(12).normal(0, 0.3, len(t))
    for times, values, limit in ((T, steady, 100.0), (t, changing, 70.0)):
        raw = forecast(times, values, limit, margins=None)
        got = forecast(times, values, limit)
        assert got.hours == raw.hours and got.status == raw.status == "exhausting", got.explanation
        assert got.low <= raw.low <= got.hours <= raw.high <= (got.high or math.inf)
    steady_got, changing_got = forecast(T, steady, 100.0), forecast(t, changing, 70.0)
    first_row = MARGINS[0]
    assert first_row[1] == 0.0 and steady_got.rate_swing <= first_row[0]
    assert steady_got.low == forecast(T, steady, 100.0, margins=None).low
    assert changing_got.rate_swing > first_row[0]
    assert changing_got.low < 0.6 * forecast(t, changing, 70.0, margins=None).low


def test_a_high_end_past_the_horizon_is_not_within_the_horizon():
    """When the widened 90th percentile lies past the horizon the interval's high end is None ("not within the
    horizon": the limit may never be reached), never a time the forecast did not look at."""
    t = np.arange(0, 240.0)
    rate = np.select([t < 60, t < 120, t < 180], [0.3, 0.0, 0.3], 0.15)
    y = 10 + np.cumsum(rate) + np.random.default_rng(12).normal(0, 0.3, len(t))
    raw = forecast(t, y, 70.0, margins=None)
    horizon = raw.high * 1.2  # the simulation's own high end is inside it, the widened one (x e^0.459) is not
    got = forecast(t, y, 70.0, horizon_hours=horizon)
    assert forecast(t, y, 70.0, horizon_hours=horizon, margins=None).high is not None
    assert got.high is None and got.hours is not None and got.hours <= horizon
