"""Anomalies of the fifth blind ops set (bench/ops_series_blind5.py): where each kind is placed (its label window,
as an on-call reviewer would mark it) and what it does to a series' expected rate or to its values."""

from __future__ import annotations

import numpy as np
from ops_blind5_shapes import HOUR, Ctx

PERSISTENT = ("growth_change",)  # runs to the series' end


def _draw(ctx: Ctx, hours: tuple[float, float], length: tuple[int, int], day_ok=None, ignore=()) -> tuple[int, int]:
    c = ctx.clock
    for _ in range(400):
        d = int(ctx.rng.integers(7, int(c.day[-1])))
        if day_ok is not None and not day_ok(d):
            continue
        s = c.at(d, float(ctx.rng.uniform(*hours)))
        e = s + int(ctx.rng.integers(length[0], length[1] + 1))
        if s > 0 and ctx.free(s, e, ignore):
            return s, e
    raise ValueError(f"no room for an anomaly in {ctx.p}")


def _workday(ctx: Ctx):
    return lambda d: ctx.clock.day_type(d) == "work"


def place(ctx: Ctx, kind: str) -> None:
    """Choose the window of one anomaly of ``kind`` (clear of the others and of the normal behaviours) and note
    in ``ctx.plan`` what the family or the later steps must do."""
    p, c, rng = ctx.p, ctx.clock, ctx.rng
    if kind in ("cron_missed", "cron_wrong_hour"):
        for _ in range(400):
            d = int(rng.integers(7, int(c.day[-1])))
            if p.get("weekdays_only") and c.day_type(d) != "work":
                continue
            s = c.at(d, p["hour"])
            e = s + int(p["len"] * 1.2)
            if kind == "cron_wrong_hour":
                moved = p["hour"] + float(rng.choice(p.get("moves", (3.0, 4.5, 6.0, 9.0, 11.5))))
                if moved >= 24 - p["len"] / HOUR:
                    continue
                s, e = min(s, c.at(d, moved)), max(e, c.at(d, moved) + int(p["len"] * 1.2))
            if s > 0 and ctx.free(s, e):
                if kind == "cron_missed":
                    ctx.plan.setdefault("skip", set()).add(d)
                else:
                    ctx.plan.setdefault("move", {})[d] = moved
                ctx.windows.append((s, e, kind))
                return
        raise ValueError(f"no room for {kind}")
    if kind == "weekday_on_weekend":
        for _ in range(400):
            d = int(rng.integers(7, int(c.day[-1])))
            s, e = c.rows_of_day(d)
            if c.day_type(d) == "weekend" and ctx.free(s + 6 * HOUR, e - 2 * HOUR):
                ctx.plan.setdefault("workday", {})[d] = "work"
                ctx.windows.append((s + 6 * HOUR, e - 2 * HOUR, kind))  # a reviewer marks the busy hours
                return
        raise ValueError("no weekend for weekday_on_weekend")
    if kind == "rotation_missed":
        for _ in range(400):
            d = int(rng.integers(7, int(c.day[-1]) - 1))
            s, e = c.at(d, p["rot_hour"]), c.at(d + 1, p["rot_hour"])
            if s > 0 and e > 0 and ctx.free(s, e, ignore=("log_rotation",)):
                ctx.plan.setdefault("skip_rotation", set()).add(d)
                ctx.windows.append((s, e, kind))
                return
        raise ValueError("no room for rotation_missed")
    if kind == "growth_change":
        s, _ = _draw(ctx, (0, 24), (1, 1), lambda d: d <= int(c.day[-1]) - 4, ignore=("log_rotation",))
        ctx.plan["growth_from"], ctx.plan["growth_x"] = s, float(rng.uniform(2.6, 4.0))
        ctx.windows.append((s, ctx.n, kind))
        return
    hours, length, day_ok = SHAPES[kind]
    s, e = _draw(ctx, hours, length, _workday(ctx) if day_ok else None)
    ctx.windows.append((s, e, kind))


# kind: (local start hours, length in rows, working days only)
SHAPES = {
    "partial_outage": ((9.0, 17.0), (24, 66), True),
    "retry_storm": ((8.5, 18.0), (10, 36), True),
    "error_spike": ((7.0, 22.0), (1, 3), False),
    "silent_stall": ((5.0, 20.0), (24, 72), False),
    "hard_down": ((8.0, 20.0), (6, 22), True),
    "latency_degradation": ((9.0, 16.0), (24, 72), True),
    "cpu_pinned": ((6.0, 18.0), (24, 60), False),
    "cache_collapse": ((8.0, 18.0), (24, 60), True),
    "queue_backlog": ((8.0, 18.0), (24, 54), False),
    "stuck_gauge": ((0.0, 24.0), (36, 96), False),
    "error_creep": ((8.0, 14.0), (48, 90), True),
}


def apply_rate(ctx: Ctx) -> None:
    """The anomalies that change the expected rate (before noise and the counter's running sum)."""
    rng, rate = ctx.rng, ctx.rate
    for s, e, kind in ctx.windows:
        if kind == "partial_outage":
            rate[s:e] *= rng.uniform(0.35, 0.62)
        elif kind == "retry_storm":
            rate[s:e] *= rng.uniform(2.2, 3.8) * (1 + 0.25 * rng.standard_normal(e - s)).clip(0.6)
        elif kind == "error_spike":
            rate[s:e] = rate[s:e] * rng.uniform(*ctx.p.get("spike", (15, 45))) + ctx.p.get("spike_floor", 40)
        elif kind == "silent_stall":
            rate[s:e] *= rng.uniform(0.0, 0.015)
        elif kind == "hard_down":
            rate[s:e] = 0.0
            ctx.resets.append(e)
        elif kind == "latency_degradation":
            rate[s:e] *= rng.uniform(2.0, 3.5)
        elif kind == "cache_collapse":
            rate[s:e] = rng.uniform(0.42, 0.62) + 0.05 * (rate[s:e] - rate[s:e].mean())
        elif kind == "error_creep":
            top = max(ctx.p["err"] * rng.uniform(5, 10), 0.02)
            ramp = int((e - s) * 0.7)
            rate[s : s + ramp] += np.linspace(0, top, ramp)
            rate[s + ramp : e] += top


def apply_values(ctx: Ctx) -> None:
    """The anomalies that act on the delivered values (a pinned CPU, a frozen exporter, a growing backlog)."""
    rng, v = ctx.rng, ctx.values
    for s, e, kind in ctx.windows:
        if kind == "cpu_pinned":
            v[s:e] = 97.0 + 2.8 * rng.random(e - s)
        elif kind == "stuck_gauge":
            v[s:e] = round(float(v[s]), 2)
        elif kind == "queue_backlog":
            rise = int((e - s) * 0.75)
            peak = ctx.p["base"] * rng.uniform(25, 60)
            v[s : s + rise] += np.linspace(0, peak, rise) * (1 + 0.05 * rng.standard_normal(rise))
            v[s + rise : e] += np.linspace(peak, 0, e - s - rise)
            v[s:e] = np.round(np.maximum(v[s:e], 0))


__all__ = ["PERSISTENT", "SHAPES", "apply_rate", "apply_values", "place"]
