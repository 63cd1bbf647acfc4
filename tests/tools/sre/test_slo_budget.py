"""Error budgets and burn-rate alerts against the Google SRE workbook ("Alerting on SLOs"): its recommended
parameters (page 14.4x 1h/5m, page 6x 6h/30m, ticket 1x 3d/6h = 2 %, 5 %, 10 % of a 30-day budget), its burn
rates for a 99.9 % SLO, its detection time ((1 - SLO) / error ratio x long window x burn rate) and the short
window's quick reset; then the edges (no traffic, an exhausted budget, data longer or shorter than the window)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from genaiops.tools.sre.slo import Events, SLOSpec, default_alerts, evaluate

T0 = datetime(2026, 3, 1, tzinfo=UTC)


def slo(target: float = 99.9, window: str = "30d", **extra: object) -> SLOSpec:
    sli = {"type": "ratio", "bad": "errors", "total": "requests"}
    return SLOSpec.model_validate(
        {"name": "api", "service": "api", "objective": "availability", "target": target, "window": window,
         "sli": sli, **extra}
    )  # fmt: skip


def steps(bad: np.ndarray, step: float = 1.0, total: np.ndarray | None = None) -> tuple[Events, datetime]:
    """One request per step (unless ``total``), ``bad`` of them failing; the time of the last sample's end."""
    total = np.ones(len(bad)) if total is None else total
    events = Events.from_steps(T0, step, np.asarray(bad, float), total)
    return events, T0 + timedelta(seconds=step * (len(bad) - 1))


def test_the_default_alerts_are_the_workbooks_recommended_parameters_for_30_days() -> None:
    """Table 5-8: page 1h/5m at 14.4x, page 6h/30m at 6x, ticket 3d/6h at 1x; each spends 2, 5, 10 % of the budget."""
    got = [(a.severity, a.long, a.short, a.burn_rate) for a in default_alerts("30d")]
    assert got == [("page", "1h", "5m", 14.4), ("page", "6h", "30m", 6.0), ("ticket", "3d", "6h", 1.0)]
    events, at = steps(np.zeros(60))
    assert [a.budget_percent for a in evaluate(slo(), events, at).alerts] == [2.0, 5.0, 10.0]


@pytest.mark.parametrize(("error_rate", "burn"), [(0.001, 1), (0.002, 2), (0.01, 10), (1.0, 1000)])
def test_burn_rate_is_the_error_rate_over_the_allowed_one(error_rate: float, burn: float) -> None:
    """The workbook's burn rates for a 99.9 % SLO: 0.1 % errors burn 1x, 0.2 % 2x, 1 % 10x, 100 % 1000x."""
    events, at = steps(np.full(3600, error_rate), step=1)
    [one_hour] = [w for w in evaluate(slo(), events, at).burn_rates if w.window == "1h"]
    assert one_hour.burn_rate == pytest.approx(burn)


@pytest.mark.parametrize(("hours", "error_rate", "spent"), [(1, 0.0144, 0.02), (6, 0.006, 0.05), (72, 0.001, 0.10)])
def test_a_burn_at_the_threshold_over_the_long_window_spends_the_workbooks_share(
    hours: int, error_rate: float, spent: float
) -> None:
    """14.4x for 1 h spends 2 % of a 30-day budget, 6x for 6 h 5 %, 1x for 3 days 10 % (budget consumed =
    burn x long window / SLO window), and exactly at the threshold the alert does not fire (it needs more)."""
    events, at = steps(np.full(hours * 60, error_rate), step=60)
    result = evaluate(slo(), events, at)
    assert result.budget.consumed == pytest.approx(spent)
    assert result.budget.remaining == pytest.approx(1 - spent)
    [alert] = [a for a in result.alerts if a.budget_percent == pytest.approx(100 * spent)]
    assert alert.long_burn == pytest.approx(alert.threshold) and not alert.firing


def test_time_to_exhaustion_follows_the_one_hour_burn() -> None:
    """1 % errors (10x, the workbook's "3 days" to exhaust a full 30-day budget) for the last hour: 1/72 of the
    budget is gone, and the rest lasts 71 more hours at 10x."""
    events, at = steps(np.full(60, 0.01), step=60)
    result = evaluate(slo(), events, at)
    assert result.budget.consumed == pytest.approx(10 / 720)
    assert result.hours_to_exhaustion == pytest.approx(71.0)


def outage(history_seconds: int, outage_seconds: int, after_seconds: int = 0) -> tuple[Events, datetime]:
    """Good traffic for ``history_seconds``, then 100 % errors, then good again (1-second steps)."""
    bad = np.concatenate([np.zeros(history_seconds), np.ones(outage_seconds), np.zeros(after_seconds)])
    return steps(bad)


def first_firing(events: Events, onset: datetime, index: int, seconds: range, spec: SLOSpec | None = None) -> int:
    for s in seconds:
        if evaluate(spec or slo(), events, onset + timedelta(seconds=s)).alerts[index].firing:
            return s
    raise AssertionError("never fired")


def test_detection_time_of_a_full_outage_is_the_workbooks_formula() -> None:
    """100 % errors on a 99.9 % SLO: detection = 0.001 x long window x burn rate: 51.84 s for 14.4x/1h (fires at
    the 52nd second), 129.6 s for 6x/6h (the 130th)."""
    history = 7 * 3600
    events, _ = outage(history, 200)
    onset = T0 + timedelta(seconds=history - 1)  # the last good sample's end
    assert first_firing(events, onset, 0, range(40, 70)) == 52
    assert first_firing(events, onset, 1, range(120, 140)) == 130


def test_detection_time_of_the_ticket_is_the_workbooks_formula() -> None:
    """1x over 3 days: 0.001 x 72 h = 259.2 s of a full outage (the 260th second), confirmed over 6 h."""
    history = 3 * 86400
    events, _ = outage(history, 300)
    onset = T0 + timedelta(seconds=history - 1)
    late, early = (evaluate(slo(), events, onset + timedelta(seconds=s)).alerts[2] for s in (260, 259))
    assert late.firing and not early.firing


def test_the_short_window_resets_the_page_minutes_after_the_errors_stop() -> None:
    """10 minutes of 100 % errors, then none: the page (1h AND 5m) clears 296 s later (5m error rate under 1.44 %),
    while the 1-hour burn alone stays above 14.4x for most of an hour (it would reset only after ~59 min)."""
    history, burst = 2 * 3600, 600
    events, _ = outage(history, burst, 3600)
    end = T0 + timedelta(seconds=history + burst - 1)
    at = {s: evaluate(slo(), events, end + timedelta(seconds=s)).alerts[0] for s in (295, 296, 3548, 3549)}
    assert at[295].firing and not at[296].firing
    assert at[296].long_burn == pytest.approx(1000 * 600 / 3600)
    assert at[3548].long_burn > 14.4 > at[3549].long_burn


def test_no_traffic_spends_nothing_and_confirms_no_alert() -> None:
    """A service with no requests: no error rate, nothing spent, no alert, and a note saying why."""
    events, at = steps(np.zeros(120), total=np.zeros(120))
    result = evaluate(slo(), events, at)
    assert result.budget.error_rate is None and result.budget.consumed == 0 and result.severity is None
    assert all(w.burn_rate is None for w in result.burn_rates)
    assert any("no traffic" in note for note in result.notes)


def test_an_exhausted_budget_says_so_and_has_no_time_left() -> None:
    """30 days at 0.2 % errors on 99.9 %: twice the budget spent, remaining -1, exhausted, 0 hours left."""
    events, at = steps(np.full(30 * 24, 0.002), step=3600)
    result = evaluate(slo(), events, at)
    assert result.budget.consumed == pytest.approx(2.0) and result.budget.remaining == pytest.approx(-1.0)
    assert result.budget.exhausted and result.hours_to_exhaustion == 0
    assert "exhausted" in result.summary


def test_data_older_than_the_window_does_not_count() -> None:
    """40 days of hourly samples whose first 10 days failed entirely: a 30-day window sees only the clean days."""
    bad = np.concatenate([np.ones(10 * 24), np.zeros(30 * 24)])
    events, at = steps(bad, step=3600)
    result = evaluate(slo(), events, at)
    assert result.budget.consumed == 0 and result.budget.covered == pytest.approx(1.0)


def test_data_shorter_than_the_window_is_extrapolated_and_noted() -> None:
    """Three days of a 30-day window at 0.5 % errors: 5x for a tenth of the window spends half the budget."""
    events, at = steps(np.full(3 * 24, 0.005), step=3600)
    result = evaluate(slo(), events, at)
    assert result.budget.covered == pytest.approx(0.1) and result.budget.consumed == pytest.approx(0.5)
    assert any("covers 10.0 %" in note for note in result.notes)


def test_missing_samples_are_no_data_and_a_silent_short_window_confirms_nothing() -> None:
    """A burning hour whose last 10 minutes are missing: the 5m window has no data, so the page does not fire."""
    bad = np.concatenate([np.full(50, 1.0), np.full(10, np.nan)])
    events, at = steps(bad, step=60)
    result = evaluate(slo(), events, at)
    page = result.alerts[0]
    assert page.long_burn == pytest.approx(1000) and page.short_burn is None and not page.firing
    assert any("5m" in note for note in result.notes)


def test_other_windows_scale_the_thresholds_and_a_short_window_drops_the_ticket() -> None:
    """A 7-day SLO keeps the budget shares: 3.36x over 1h (2 %), 1.4x over 6h (5 %), 0.2333x over 3d (10 %); a
    1-day SLO has no 3-day ticket, and says so."""
    assert [a.burn_rate for a in default_alerts("7d")] == [3.36, 1.4, 0.233333]
    events, at = steps(np.zeros(60), step=60)
    result = evaluate(slo(window="1d"), events, at)
    assert [a.severity for a in result.alerts] == ["page", "page"]
    assert any("ticket" in note for note in result.notes)


def test_an_slo_may_set_its_own_alerts() -> None:
    """`alerts:` replaces the defaults: here a 2x ticket over 1h and 5m fires on 0.3 % errors."""
    custom = slo(alerts=[{"severity": "ticket", "long": "1h", "short": "5m", "burn_rate": 2}])
    events, at = steps(np.full(60, 0.003), step=60)
    result = evaluate(custom, events, at)
    assert [(a.severity, a.firing) for a in result.alerts] == [("ticket", True)] and result.severity == "ticket"
