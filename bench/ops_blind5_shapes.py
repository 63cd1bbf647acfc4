"""Metric families of the fifth blind ops set (bench/ops_series_blind5.py): each turns a series' context (its local
clock, parameters and the anomalies already placed on it) into values, and records the normal behaviours it lays
down (deploys, rotations, compactions, restarts, autoscaling steps, ...) in ``ctx.normals``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
from ops_blind5_clock import DAY, Clock

HOUR = 12  # steps


@dataclass
class Ctx:
    rng: np.random.Generator
    clock: Clock
    p: dict
    windows: list[tuple[int, int, str]] = field(default_factory=list)
    normals: list[tuple[int, int, str]] = field(default_factory=list)
    plan: dict = field(default_factory=dict)  # what placed anomalies ask of the family
    blocked: list[tuple[int, int, str]] = field(default_factory=list)  # normals a label keeps away from
    resets: list[int] = field(default_factory=list)  # counter resets
    rate: np.ndarray | None = None
    values: np.ndarray | None = None
    style: str = "raw"

    @property
    def n(self) -> int:
        return self.clock.n

    def day_type(self, d: int) -> str:
        return self.plan.get("workday", {}).get(d) or self.clock.day_type(d)

    def free(self, start: int, end: int, ignore: tuple[str, ...] = ()) -> bool:
        """Inside the scored part, no label window within 12 hours and no normal behaviour within 2 hours."""
        return (
            7 * DAY <= start < end <= self.n - 1
            and all(end + 144 <= s or start >= e + 144 for s, e, _ in self.windows)
            and all(end + 24 <= s or start >= e + 24 for s, e, k in self.blocked if k not in ignore)
        )

    def random_rows(self, count: int, kind: str, length: int, hours: tuple[float, float] = (0, 24)) -> list[int]:
        """Rows for ``count`` occurrences of a random normal behaviour, clear of the label windows."""
        out: list[int] = []
        for _ in range(count * 20):
            if len(out) == count:
                break
            d = int(self.rng.integers(0, self.clock.day[-1]))
            r = self.clock.at(d, float(self.rng.uniform(*hours)))
            clear = all(r + length + 24 <= s or r >= e + 24 for s, e, _ in self.windows)
            if 2 <= r < self.n - length - 2 and clear and all(abs(r - q) > 2 * HOUR for q in out):
                out.append(r)
                self.normals.append((r, r + length, kind))
        return sorted(out)


def _curve(hour: np.ndarray, bumps, floor: float) -> np.ndarray:
    y = np.full(len(hour), floor)
    for at, weight, width in bumps:
        d = (hour - at + 12) % 24 - 12
        y += weight * np.exp(-0.5 * (d / width) ** 2)
    return y


def load(ctx: Ctx) -> np.ndarray:
    """Relative load in local time: working days, days off (later and lower), bridges, half days; day-to-day
    wobble and slow growth."""
    p, c = ctx.p, ctx.clock
    work = _curve(c.hour, p["bumps"], p.get("floor", 0.08))
    late = [(a + p.get("late", 1.5), w, s * 1.2) for a, w, s in p["bumps"]]
    off = _curve(c.hour, late, p.get("floor", 0.08)) * p.get("off", 0.45)
    types = np.array([ctx.day_type(d) for d in range(int(c.day[-1]) + 1)])[c.day]
    out = np.where(types == "work", work, off)
    out = np.where(types == "bridge", 0.45 * work + 0.55 * off, out)
    out = np.where(types == "half", np.where(c.hour < 13.5, work, off), out)
    wobble = np.exp(ctx.rng.normal(0, 0.035, int(c.day[-1]) + 1))[c.day]
    growth = 1 + p.get("growth", 0.01) * np.arange(ctx.n) / (7 * DAY)
    return out * wobble * growth


def _ar1(ctx: Ctx, sigma: float, phi: float = 0.8) -> np.ndarray:
    e = ctx.rng.normal(0, sigma * np.sqrt(1 - phi * phi), ctx.n)
    out = np.empty(ctx.n)
    out[0] = ctx.rng.normal(0, sigma)
    for i in range(1, ctx.n):
        out[i] = phi * out[i - 1] + e[i]
    return out


def _deploys(ctx: Ctx, per_week: float, kind: str = "deploy_blip", length: int = 4) -> list[int]:
    weeks = ctx.n / (7 * DAY)
    return ctx.random_rows(int(round(per_week * weeks)), kind, length, (9.5, 17.0))


def traffic(ctx: Ctx) -> None:
    """Requests, orders, logins: a counter of events per 5 minutes; deploys restart it (blip + reset)."""
    p = ctx.p
    ctx.rate = p["base"] * load(ctx)
    for r in _deploys(ctx, p.get("deploys", 2)):
        ctx.rate[r : r + 2] *= 0.55
        ctx.resets.append(r + 1)
    for dow, hour in p.get("push", ()):
        for d in range(int(ctx.clock.day[-1]) + 1):
            r = ctx.clock.at(d, hour)
            if ctx.clock.dates[d].weekday() == dow and 0 <= r < ctx.n - HOUR:
                ctx.rate[r : r + HOUR] += p["base"] * 2.2 * np.exp(-np.arange(HOUR) / 3.5)
                ctx.normals.append((r, r + HOUR, "push_campaign"))
    _maintenance(ctx, 0.03)
    ctx.style = "count"


def _maintenance(ctx: Ctx, keep: float) -> None:
    if "maint" not in ctx.p:
        return
    dow, hour, hours = ctx.p["maint"]
    for d in range(int(ctx.clock.day[-1]) + 1):
        r = ctx.clock.at(d, hour)
        if ctx.clock.dates[d].weekday() == dow and 0 <= r < ctx.n - int(hours * HOUR):
            e = r + int(hours * HOUR)
            ctx.rate[r:e] *= keep
            ctx.resets.append(e - 1)
            ctx.normals.append((r, e, "maintenance_window"))


def errors(ctx: Ctx) -> None:
    """Errors: a small share of traffic, a background trickle; deploys spike them for one or two scrapes."""
    p = ctx.p
    ctx.rate = p["base"] * load(ctx) * p.get("share", 0.004) + p.get("trickle", 0.3)
    for r in _deploys(ctx, p.get("deploys", 2)):
        ctx.rate[r : r + 2] *= ctx.rng.uniform(3, 6)
        ctx.resets.append(r + 1)
    ctx.style = "count"


def batch(ctx: Ctx) -> None:
    """Rows written by a nightly job at a local hour (start jitter of minutes, length +-15 %); billing or payroll
    days run bigger and longer; a skipped or moved run comes from the plan."""
    p, c = ctx.p, ctx.clock
    rate = np.zeros(ctx.n)
    ctx.plan["runs"] = runs = {}
    for d in range(int(c.day[-1]) + 1):
        if p.get("weekdays_only") and c.day_type(d) != "work":
            continue
        special = _special_day(ctx, d)
        length = max(3, int(p["len"] * ctx.rng.uniform(0.85, 1.15) * (2 if special else 1)))
        hour = ctx.plan.get("move", {}).get(d, p["hour"])
        r = c.at(d, hour) + int(ctx.rng.integers(0, 3)) if hour == p["hour"] else c.at(d, hour)
        if r < 0 or r + length >= ctx.n:
            continue
        runs[d] = (r, length)
        if d in ctx.plan.get("skip", ()):
            continue
        volume = p["volume"] * ctx.rng.uniform(0.9, 1.12) * (3 if special else 1)
        rate[r : r + length] += volume / length * (0.7 + 0.6 * ctx.rng.random(length))
        if special:
            ctx.normals.append((r, r + length, special))
    ctx.rate = rate + p.get("trickle", 0.0)
    for r in ctx.random_rows(p.get("restarts", 1), "counter_reset", 2, (10, 18)):
        ctx.resets.append(r + 1)
    ctx.style = "count"


def _special_day(ctx: Ctx, d: int) -> str:
    when = ctx.clock.dates[d]
    if ctx.p.get("billing") and when.day == 1:
        return "month_start_billing"
    if ctx.p.get("payroll") and when in (_workday_on_or_before(ctx, when.replace(day=15)), _last_workday(ctx, when)):
        return "payroll_run"
    return ""


def _workday_on_or_before(ctx: Ctx, day: date) -> date:
    region = ctx.clock.region
    while day.weekday() in region.weekend or day in region.holidays:
        day -= timedelta(days=1)
    return day


def _last_workday(ctx: Ctx, when: date) -> date:
    return _workday_on_or_before(ctx, date(when.year + when.month // 12, when.month % 12 + 1, 1) - timedelta(days=1))


def stream(ctx: Ctx) -> None:
    """Telemetry or message consumption that runs day and night: a counter with a gentle daily swing."""
    p, h = ctx.p, ctx.clock.hour
    wobble = np.exp(ctx.rng.normal(0, 0.03, int(ctx.clock.day[-1]) + 1))[ctx.clock.day]
    ctx.rate = p["base"] * (1 + p.get("amp", 0.15) * np.cos(2 * np.pi * (h - p.get("peak", 14)) / 24)) * wobble
    for r in ctx.random_rows(p.get("restarts", 1), "counter_reset", 2, (0, 24)):
        ctx.resets.append(r + 1)
    ctx.style = "count"


def sessions(ctx: Ctx) -> None:
    """A load-shaped gauge (sessions, players, bytes per second); deploys dip it for a scrape or two."""
    p = ctx.p
    ctx.rate = p["base"] * load(ctx)
    for r in _deploys(ctx, p.get("deploys", 1)):
        ctx.rate[r : r + 2] *= 0.75
    ctx.style = "gauge"


def latency(ctx: Ctx) -> None:
    """A latency percentile: a floor plus a share growing with load; deploys double it for a scrape or two."""
    p = ctx.p
    shape = load(ctx)
    ctx.rate = p["base"] * (1 + p.get("gain", 0.5) * shape / shape.max())
    for r in _deploys(ctx, p.get("deploys", 2)):
        ctx.rate[r : r + 2] *= ctx.rng.uniform(1.6, 2.4)
    ctx.style = "latency"


def hit_ratio(ctx: Ctx) -> None:
    """A cache hit ratio; after a deploy the cache is cold and warms up over about 40 minutes."""
    p = ctx.p
    shape = load(ctx)
    miss = p["miss"] * (0.8 + 0.4 * shape / shape.max())
    for r in _deploys(ctx, p.get("deploys", 1.5), "cache_flush", 10):
        miss[r : r + 10] += (0.5 - p["miss"]) * np.exp(-np.arange(min(10, ctx.n - r)) / 3.0)
    ctx.rate = 1 - miss
    ctx.style = "ratio"


def error_ratio(ctx: Ctx) -> None:
    """An error ratio (or a success percentage, ``percent``): a small share that jumps on a deploy."""
    p = ctx.p
    ctx.rate = np.full(ctx.n, p["err"]) * np.exp(ctx.rng.normal(0, 0.05, int(ctx.clock.day[-1]) + 1))[ctx.clock.day]
    for r in _deploys(ctx, p.get("deploys", 2)):
        ctx.rate[r : r + 1] *= ctx.rng.uniform(3, 5)
    ctx.style = "ratio"


def queue(ctx: Ctx) -> None:
    """Queue depth: a few messages, with short bursts that drain within minutes."""
    p = ctx.p
    shape = load(ctx) if "bumps" in p else np.ones(ctx.n)
    level = p["base"] * (0.4 + shape / shape.max())
    values = ctx.rng.poisson(level).astype(float)
    for r in ctx.rng.choice(ctx.n - 4, size=int(ctx.n / DAY * 3), replace=False):
        values[r : r + 3] += p["base"] * ctx.rng.uniform(2, 6) * np.array([1.0, 0.4, 0.1])
    ctx.values = values
    ctx.style = "raw"


def cpu(ctx: Ctx) -> None:
    """CPU percent of a service; with ``autoscale`` the replicas follow the load and each step down or up moves
    the per-pod figure (``replicas`` in the parameters writes the replica count instead)."""
    p = ctx.p
    shape = load(ctx)
    demand = p["cores"] * shape * (1 + 0.04 * ctx.rng.standard_normal(ctx.n))
    if p.get("billing"):
        for d in range(int(ctx.clock.day[-1]) + 1):
            r = ctx.clock.at(d, 1.0)
            if ctx.clock.dates[d].day == 1 and 0 <= r < ctx.n - 2 * HOUR:
                demand[r : r + 2 * HOUR] += p["cores"] * 0.6
                ctx.normals.append((r, r + 2 * HOUR, "month_start_billing"))
    pods = np.full(ctx.n, p.get("pods", 1))
    if p.get("autoscale"):
        low, high, cap = p["autoscale"]
        now, calm = low, 0
        smooth = np.convolve(demand, np.ones(3) / 3, mode="same")
        for i in range(ctx.n):
            busy = smooth[i] / (now * cap)
            calm = calm + 1 if busy < 0.5 and now > low else 0
            step = int(np.ceil(smooth[i] / (cap * 0.65))) - now if busy > 0.8 else -1 if calm >= 6 else 0
            if step and i > 0:
                ctx.normals.append((i, i + 3, "autoscale_step"))
            now, calm = int(np.clip(now + step, low, high)), 0 if step else calm
            pods[i] = now
    if p.get("replicas"):
        ctx.values = pods.astype(float)
    else:
        # a fixed box is sized for its busiest hour with some headroom; an idle one still does a little
        cap = p["autoscale"][2] if p.get("autoscale") else p["cores"] * np.percentile(shape, 99) * p.get("room", 1.2)
        ctx.values = np.clip(100 * demand / (pods * cap) + 3 + _ar1(ctx, 1.2), 0.5, 100)
    ctx.style = "raw"


def disk(ctx: Ctx) -> None:
    """Used bytes of a disk or volume: steady data growth plus logs rotated (compressed) once a night; the plan
    may skip one rotation or speed the growth up from an onset."""
    p, c = ctx.p, ctx.clock
    speed = np.ones(ctx.n)
    if "growth_from" in ctx.plan:
        speed[ctx.plan["growth_from"] :] = ctx.plan["growth_x"]
    data = p["base"] + np.cumsum(speed * p["per_day"] / DAY * (0.6 + 0.8 * ctx.rng.random(ctx.n)))
    logs = np.zeros(ctx.n)
    rotations = {c.at(d, p["rot_hour"]) for d in range(int(c.day[-1]) + 1)} - {-1}
    skip = {c.at(d, p["rot_hour"]) for d in ctx.plan.get("skip_rotation", ())}
    per_step = p["logs_per_day"] / DAY * (load(ctx) if "bumps" in p else np.ones(ctx.n))
    acc = p["logs_per_day"] * 0.3
    for i in range(ctx.n):
        if i in rotations and i not in skip:
            acc *= p.get("keep", 0.08)
            ctx.normals.append((i, i + 2, "log_rotation"))
        acc += per_step[i]
        logs[i] = acc
    ctx.values = data + logs + _ar1(ctx, p["per_day"] * 0.002, 0.5)
    ctx.style = "raw"


def db_size(ctx: Ctx) -> None:
    """Database size in bytes: growth with the write load, and a weekly compaction (VACUUM FULL / major
    compaction) that gives back the bloat of the week."""
    p, c = ctx.p, ctx.clock
    speed = np.ones(ctx.n)
    if "growth_from" in ctx.plan:
        speed[ctx.plan["growth_from"] :] = ctx.plan["growth_x"]
    shape = load(ctx)
    step = speed * p["per_day"] / DAY * shape / shape.mean()
    dow, hour = p.get("compact", (6, 3.0))
    compactions = {c.at(d, hour) for d in range(int(c.day[-1]) + 1) if c.dates[d].weekday() == dow} - {-1}
    values, size, bloat = np.empty(ctx.n), float(p["base"]), 0.0
    for i in range(ctx.n):
        if i in compactions:
            ctx.normals.append((i, i + 6, "weekly_compaction"))
        if any(0 <= i - r < 6 for r in compactions):
            give = bloat / 3
            size, bloat = size - give, bloat - give
        size += step[i]
        bloat += step[i] * p.get("bloat", 0.35)
        values[i] = size
    ctx.values = values + _ar1(ctx, p["per_day"] * 0.001, 0.3)
    ctx.style = "raw"


def heap(ctx: Ctx) -> None:
    """Heap or resident memory of a leaking service: climbs between restarts at irregular times (16-40 hours),
    with GC saw on top; the plan may make it leak faster from an onset."""
    p = ctx.p
    leak = np.full(ctx.n, p["leak_per_day"] / DAY)
    if "growth_from" in ctx.plan:
        leak[ctx.plan["growth_from"] :] *= ctx.plan["growth_x"]
    restarts, r = set(), int(ctx.rng.integers(8, 30) * HOUR)
    while r < ctx.n - 4:
        if all(r + 24 <= s or r >= e + 24 for s, e, k in ctx.windows if k != "growth_change"):
            restarts.add(r)
            ctx.normals.append((r, r + 3, "leak_restart"))
            r += int(ctx.rng.uniform(16, 40) * HOUR)
        else:
            r += 6
    values, used = np.empty(ctx.n), 0.0
    for i in range(ctx.n):
        used = 0.0 if i in restarts else used + leak[i]
        values[i] = used
    gc = p["base"] * 0.06 * ((np.arange(ctx.n) % 5) / 5.0)
    ctx.values = p["base"] + values + gc + _ar1(ctx, p["base"] * 0.01, 0.5)
    ctx.style = "raw"


def temperature(ctx: Ctx) -> None:
    """A sensor in degrees Celsius: a gentle daily swing, compressor cycling and sensor noise."""
    p, h = ctx.p, ctx.clock.hour
    cycle = 0.25 * np.sin(2 * np.pi * np.arange(ctx.n) / p.get("cycle", 5))
    daily = p.get("amp", 0.8) * np.cos(2 * np.pi * (h - 15) / 24)
    ctx.values = p["base"] + daily + cycle + _ar1(ctx, 0.12, 0.6)
    ctx.style = "raw"


FAMILIES = {
    "traffic": traffic, "errors": errors, "batch": batch, "stream": stream, "sessions": sessions,
    "latency": latency, "hit_ratio": hit_ratio, "error_ratio": error_ratio, "queue": queue, "cpu": cpu,
    "disk": disk, "db_size": db_size, "heap": heap, "temperature": temperature,
}  # fmt: skip
