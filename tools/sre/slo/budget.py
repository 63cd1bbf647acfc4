"""Error budgets and multi-window, multi-burn-rate alerts, as the Google SRE workbook defines them. Pure: numbers
in, numbers out; no clock (the evaluation time ``at`` is an input).

- error rate over a window = bad events / all events whose samples end in ``(at - window, at]``;
- burn rate = error rate / (1 - target): 1 spends exactly the budget over the SLO window, 1000 spends a 99.9 %
  budget of 30 days in 43 minutes;
- budget consumed = bad events / (budget x events), scaled by the share of the SLO window the data covers (with
  less data than the window, the traffic of the window is taken to be the covered traffic's rate: the
  workbook's ``burn rate x window covered / SLO window``); more than 1 is an exhausted budget;
- an alert fires when the burn rate exceeds its threshold over its long window AND over its short window (an
  unmeasurable window — no sample, or no traffic — confirms nothing).

``Events`` holds samples as (end time, span, bad, total): a ratio SLI's rates times the span, a time-slice SLI's
steps weighted by their span (a threshold step is all bad or all good). Spans may differ (a coarse read of the
whole window beside a fine read of the last days).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel, Field

from genaiops.lazy import lazy_module

from .spec import SLOSpec, duration_seconds

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["AlertCheck", "BudgetState", "BurnWindow", "Events", "SLOEvaluation", "evaluate", "join"]

Severity = Literal["page", "ticket"]


@dataclass(frozen=True)
class Events:
    """Samples of an SLI: ``ends`` (epoch seconds, ascending), ``spans`` (seconds), ``bad`` and ``total`` events.
    A sample with no data has ``total`` 0 and ``observed`` False (a sample with no traffic is observed)."""

    ends: np.ndarray
    spans: np.ndarray
    bad: np.ndarray
    total: np.ndarray
    observed: np.ndarray

    @classmethod
    def from_steps(cls, start: datetime, step_seconds: float, bad: np.ndarray, total: np.ndarray) -> Events:
        """Evenly spaced samples from ``start`` (the first sample's end); NaN in either array is no data."""
        bad, total = np.asarray(bad, float), np.asarray(total, float)
        seen = np.isfinite(bad) & np.isfinite(total)
        ends = start.timestamp() + step_seconds * np.arange(len(total))
        spans = np.full(len(total), float(step_seconds))
        b = np.where(seen, np.clip(bad, 0, None), 0.0)
        t = np.where(seen, np.clip(total, 0, None), 0.0)
        return cls(ends, spans, np.minimum(b, t), t, seen)


def join(coarse: Events, fine: Events) -> Events:
    """``coarse`` up to where ``fine`` begins, then ``fine`` (a long read at a wide step beside a recent one)."""
    if not len(fine.ends):
        return coarse
    cut = fine.ends[0] - fine.spans[0]
    keep = coarse.ends <= cut
    parts = [(getattr(coarse, f)[keep], getattr(fine, f)) for f in ("ends", "spans", "bad", "total", "observed")]
    return Events(*(np.concatenate(p) for p in parts))


class BurnWindow(BaseModel, defer_build=True):
    window: str
    error_rate: float | None = Field(description="Bad / all events in the window; None without traffic or data.")
    burn_rate: float | None = Field(description="error_rate / (1 - target).")


class AlertCheck(BaseModel, defer_build=True):
    severity: Severity
    long: str
    short: str
    threshold: float = Field(description="The burn rate both windows must exceed.")
    budget_percent: float = Field(description="The share of the budget a burn at the threshold spends in `long`.")
    long_burn: float | None
    short_burn: float | None
    firing: bool


class BudgetState(BaseModel, defer_build=True):
    allowed_error_rate: float = Field(description="1 - target: the share of events allowed to be bad.")
    error_rate: float | None = Field(description="Over the part of the SLO window the data covers.")
    consumed: float = Field(description="Share of the window's budget spent (1 = all of it; more: overspent).")
    remaining: float = Field(description="1 - consumed (negative once overspent).")
    exhausted: bool
    covered: float = Field(description="Share of the SLO window the data covers (0..1).")
    events: float = Field(description="Events counted in the window (steps' seconds for a time-slice SLI).")


class SLOEvaluation(BaseModel, defer_build=True):
    name: str
    service: str
    objective: str
    target: float
    window: str
    at: datetime
    budget: BudgetState
    burn_rates: list[BurnWindow]
    alerts: list[AlertCheck]
    severity: Severity | None = Field(description="'page' when a page alert fires, else 'ticket' when a ticket does.")
    hours_to_exhaustion: float | None = Field(
        description="At the burn rate of the shortest long window (1 h by default), when the budget runs out."
    )
    notes: list[str] = Field(default_factory=list)
    summary: str


def _sums(events: Events, at: float, seconds: float) -> tuple[float, float, float]:
    """(bad, total, observed seconds) of the samples ending in ``(at - seconds, at]``."""
    lo = np.searchsorted(events.ends, at - seconds, side="right")
    hi = np.searchsorted(events.ends, at, side="right")
    part = slice(lo, hi)
    seen = float(events.spans[part][events.observed[part]].sum())
    return float(events.bad[part].sum()), float(events.total[part].sum()), min(seen, seconds)


def _burn(events: Events, at: float, window: str, budget: float) -> BurnWindow:
    bad, total, _ = _sums(events, at, duration_seconds(window))
    if total <= 0:
        return BurnWindow(window=window, error_rate=None, burn_rate=None)
    rate = bad / total
    return BurnWindow(window=window, error_rate=rate, burn_rate=rate / budget)


def _budget(slo: SLOSpec, events: Events, at: float) -> BudgetState:
    window = duration_seconds(slo.window)
    bad, total, seen = _sums(events, at, window)
    covered = seen / window
    rate = bad / total if total > 0 else None
    consumed = (rate / slo.budget) * covered if rate is not None else 0.0
    return BudgetState(
        allowed_error_rate=slo.budget,
        error_rate=rate,
        consumed=consumed,
        remaining=1 - consumed,
        exhausted=consumed >= 1,
        covered=covered,
        events=total,
    )


def _fires(burn: float | None, threshold: float) -> bool:
    return burn is not None and burn > threshold


def evaluate(slo: SLOSpec, events: Events, at: datetime) -> SLOEvaluation:
    """The budget of ``slo`` over its window ending at ``at`` and its burn-rate alerts, from ``events``."""
    now = at.timestamp()
    alerts_spec = slo.burn_alerts
    windows = sorted({w for a in alerts_spec for w in (a.long, a.short)}, key=duration_seconds)
    burns = {w: _burn(events, now, w, slo.budget) for w in windows}
    window_seconds = duration_seconds(slo.window)
    alerts = [
        AlertCheck(
            severity=a.severity,
            long=a.long,
            short=a.short,
            threshold=a.burn_rate,
            budget_percent=round(100 * a.burn_rate * duration_seconds(a.long) / window_seconds, 6),
            long_burn=burns[a.long].burn_rate,
            short_burn=burns[a.short].burn_rate,
            firing=_fires(burns[a.long].burn_rate, a.burn_rate) and _fires(burns[a.short].burn_rate, a.burn_rate),
        )
        for a in alerts_spec
    ]
    severity = _severity(alerts)
    budget = _budget(slo, events, now)
    hours = _exhaustion(budget, alerts, burns, window_seconds)
    notes = _notes(slo, events, now, budget, burns)
    result = SLOEvaluation(
        name=slo.name,
        service=slo.service,
        objective=slo.objective,
        target=slo.target,
        window=slo.window,
        at=at,
        budget=budget,
        burn_rates=list(burns.values()),
        alerts=alerts,
        severity=severity,
        hours_to_exhaustion=hours,
        notes=notes,
        summary="",
    )
    return result.model_copy(update={"summary": summarize(result)})


def _severity(alerts: list[AlertCheck]) -> Severity | None:
    firing = {a.severity for a in alerts if a.firing}
    return "page" if "page" in firing else "ticket" if "ticket" in firing else None


def _exhaustion(
    budget: BudgetState, alerts: list[AlertCheck], burns: dict[str, BurnWindow], window_seconds: int
) -> float | None:
    if budget.exhausted:
        return 0.0
    longs = sorted({a.long for a in alerts}, key=duration_seconds)
    burn = burns[longs[0]].burn_rate if longs else None
    if not burn:
        return None
    return budget.remaining * window_seconds / burn / 3600


def _notes(slo: SLOSpec, events: Events, at: float, budget: BudgetState, burns: dict[str, BurnWindow]) -> list[str]:
    notes = []
    if budget.events <= 0:
        notes.append(f"no traffic or no data in the {slo.window} window: no budget spent, no burn rate")
    elif budget.covered < 0.999:
        notes.append(
            f"the data covers {100 * budget.covered:.1f} % of the {slo.window} window; the budget spent is "
            "extrapolated at the covered traffic's rate"
        )
    blind = [w for w, b in burns.items() if b.burn_rate is None]
    if blind and budget.events > 0:
        notes.append(f"no traffic or data over {', '.join(blind)} before {_iso(at)}: alerts there stay silent")
    if slo.alerts is None and len(slo.burn_alerts) < 3:
        notes.append(f"a {slo.window} window is shorter than 3d: the workbook's ticket alert (3d/6h) is left out")
    return notes


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat()


def summarize(e: SLOEvaluation) -> str:
    """One sentence an on-call engineer reads: budget spent and left, the burn, the alert."""
    b = e.budget
    head = f"{e.name} ({e.target:.12g} % over {e.window}): "
    spent = f"{100 * b.consumed:.1f} % of the error budget spent, {100 * max(b.remaining, 0):.1f} % left"
    if b.exhausted:
        spent = f"error budget exhausted ({100 * b.consumed:.0f} % spent)"
    firing = [a for a in e.alerts if a.firing]
    if firing:
        a = firing[0]
        tail = (
            f"; {a.severity.upper()}: burning {a.long_burn:.1f}x over {a.long} and {a.short_burn:.1f}x over "
            f"{a.short} (above {a.threshold:g}x, which spends {a.budget_percent:g} % of the budget in {a.long})"
        )
    else:
        first = next((w for w in e.burn_rates if e.alerts and w.window == e.alerts[0].long), None)
        known = first is not None and first.burn_rate is not None
        tail = f"; no burn alert (burning {first.burn_rate:.2f}x over {first.window})" if known else "; no burn alert"
    return head + spent + tail
