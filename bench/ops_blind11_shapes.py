"""The eleventh blind ops set's renderers (bench/ops_series_blind11.py): one per metric archetype, each returning the
values of a series, its anomaly windows and where its normal behaviours fall.

An anomaly is ``(kind, local day, local hour, hours, magnitude)``; its window is [start, end) in rows.
"""

from __future__ import annotations

import numpy as np
from ops_blind11_world import DAY, STEP_S, Clock, activity, bump, utc_s

ROWS_PER_H = 12


def _win(clock: Clock, day: int, hour: float, hours: float) -> tuple[int, int]:
    a = clock.row(day, hour)
    return a, min(clock.n - 1, a + int(round(hours * ROWS_PER_H)))


def _reshape(x: np.ndarray, clock: Clock, rng, an: tuple, floor: float) -> tuple[int, int]:
    """Applies a shape anomaly to a level or rate array in place; returns its window."""
    kind, day, hour, hours, mag = an
    a, b = _win(clock, day, hour, hours)
    if kind in ("level_shift", "count_spike"):
        x[a:b] *= mag
    elif kind == "trading_halt":
        x[a:b] = 0.0
    elif kind == "off_hours_activity":
        d0, d1 = clock.day_rows(max(0, day - 1))
        x[a:b] = mag * np.percentile(x[d0:d1], 90) * np.exp(rng.normal(0, 0.07, b - a))
    elif kind == "early_cutoff":
        x[a:b] = floor * np.exp(rng.normal(0, 0.1, b - a))
    elif kind == "flattened_day":
        x[a:b] = x[a:b].mean() * np.exp(rng.normal(0, 0.01, b - a))
    elif kind == "capped_peak":
        x[a:b] = np.minimum(x[a:b], mag * x[a:b].max() * np.exp(rng.normal(0, 0.01, b - a)))
    elif kind == "jitter_storm":
        x[a:b] *= np.exp(rng.normal(-0.5 * mag**2, mag, b - a))
    elif kind == "ratio_collapse":
        edge = np.minimum(1.0, np.minimum(np.arange(b - a) + 1, np.arange(b - a)[::-1] + 1) / 3.0)
        x[a:b] -= mag * edge * np.exp(rng.normal(0, 0.08, b - a))
    elif kind == "sensor_drift":
        x[a:b] += mag * np.linspace(0.0, 1.0, b - a)
    else:
        raise ValueError(kind)
    return a, b


def _busy(ans) -> tuple[int, ...]:
    return tuple(day for kind, day, *_ in ans if kind == "restday_busy")


def _restday_windows(clock: Clock, ans) -> list[tuple[int, int, str]]:
    out = []
    for kind, day, hour, hours, _ in ans:
        if kind == "restday_busy":
            a, b = _win(clock, day, hour, hours)
            out.append((a, b, kind))
    return out


def _shaped(x: np.ndarray, clock: Clock, rng, ans, floor: float) -> list[tuple[int, int, str]]:
    out = _restday_windows(clock, ans)
    for an in ans:
        if an[0] != "restday_busy":
            a, b = _reshape(x, clock, rng, an, floor)
            out.append((a, b, an[0]))
    return out


def _counter(rate: np.ndarray, rng, resets: tuple[int, ...] = ()) -> np.ndarray:
    inc = rng.poisson(np.maximum(rate, 0.0)).astype(float)
    total = np.cumsum(inc) + float(rng.integers(1000, 90000))
    for r in resets:  # a process restart: the counter starts again from zero
        total[r:] -= total[r] - inc[r]
    return total


def traffic(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A count (counter of events, or a gauge of sessions) following the service's activity curve."""
    act = activity(clock, rng, _busy(ans))
    if "boost" in p:  # a special day's surge from ``hour``, decaying (the roster's publication)
        tag, hour, factor, decay = p["boost"]
        special = np.array([clock.svc.specials.get(d, "") for d in clock.dates])[clock.lday]
        after = (special == tag) & (clock.hour >= hour)
        act = act * (1.0 + np.where(after, factor * np.exp(-(clock.hour - hour) / decay), 0.0))
    trend = 1.0 + p.get("growth", 0.0) * np.arange(clock.n) / DAY
    noise = np.exp(rng.normal(0, p.get("noise", 0.05), clock.n))
    x = p["scale"] * (act + p.get("floor", 0.02)) * trend * noise
    windows = _shaped(x, clock, rng, ans, p["scale"] * p.get("floor", 0.02))
    normals = []
    if p.get("counter"):
        resets = tuple(clock.row(d, h) for d, h in p.get("resets", ()))
        for r in resets:
            normals.append((r, r + 6, "counter_reset"))
        return _counter(x, rng, resets), windows, normals
    return np.round(x) if p.get("integer") else x, windows, normals


def tide(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """Lock movements and tug jobs: only in the window around each high water (12 h 25 min apart), more at spring
    tides. An anomaly ``tide_window_missed`` gives the index of the high water after the probation week."""
    hw0 = utc_s(2027, 10, 18, 3.7)
    period = 12.4206 * 3600
    phase = (clock.utc - hw0) / period
    k = np.round(phase)
    rel = (phase - k) * 12.4206  # hours from the nearest high water
    spring = 1.0 + 0.3 * np.cos(2 * np.pi * (clock.utc - utc_s(2027, 10, 23, 5.0)) / (14.765 * 86400))
    width = 1.4 + 0.5 * (spring - 1.0) / 0.3
    window = (rel > -2.2 * width / 1.4) & (rel < 0.9 * width / 1.4)
    x = p["scale"] * window * spring * np.exp(rng.normal(0, 0.25, clock.n)) + p["scale"] * 0.01
    windows, normals = [], []
    first = int(k[7 * DAY])
    for kind, index, *_ in ans:
        rows = np.flatnonzero(window & (k == first + index))
        x[rows] = p["scale"] * 0.01
        windows.append((int(rows[0]), int(rows[-1]) + 1, kind))
    neap = np.flatnonzero(spring < 0.78)
    for grp in np.split(neap, np.flatnonzero(np.diff(neap) > 1) + 1):
        if len(grp):
            normals.append((int(grp[0]), int(grp[-1]) + 1, "neap_tide"))
    return _counter(x, rng), windows, normals


def batch(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A scheduled job: ``out`` "cpu" (a percentage), "rows" (a counter), "queue" (a gauge that jumps and drains)
    or "pressure" (a pump's pressure gauge); it runs at ``hour`` for ``hours`` on working days (or every day),
    jittered; ``sunrise`` starts it half an hour before the day's sunrise; rain days skip it (vinha)."""
    out = p["out"]
    x = np.full(clock.n, p.get("idle", 4.0)) * np.exp(rng.normal(0, 0.05, clock.n))
    missing = {day for kind, day, *_ in ans if kind == "batch_missing"}
    moved = {day: hour for kind, day, hour, *_ in ans if kind == "batch_wrong_hour"}
    windows, normals = [], []
    for d, date in enumerate(clock.dates):
        if p.get("workdays") and (date.weekday() in clock.svc.rest or date in clock.svc.holidays):
            continue
        tag = clock.svc.specials.get(date, "")
        start = p["hour"] - (0.2 * d / 20 if p.get("sunrise") else 0.0)
        length = p["hours"] * rng.uniform(0.88, 1.12)
        jitter = rng.uniform(-0.15, 0.15)
        a = clock.row(d, start + jitter) if d <= clock.lday.max() else clock.n
        exp_a, exp_b = a, a + int(length * ROWS_PER_H)
        if tag == "rain_skip" and p.get("sunrise"):
            continue
        if d in missing:
            windows.append((exp_a, exp_b, "batch_missing"))
            continue
        if d in moved:
            a = clock.row(d, moved[d])
            windows.append((exp_a, a + int(length * ROWS_PER_H), "batch_wrong_hour"))
        b = min(clock.n, a + int(length * ROWS_PER_H))
        if a >= clock.n - 2:
            continue
        n = b - a
        if out == "queue":
            x[a:b] += p["peak"] * np.clip(1.0 - np.arange(n) / n, 0, 1) ** 1.5 * np.exp(rng.normal(0, 0.08, n))
        else:
            x[a:b] += p["peak"] * np.exp(rng.normal(0, 0.06, n))
    if out == "cpu":
        return np.clip(x, 0, 100), windows, normals
    if out == "rows":
        return _counter(np.maximum(x - p.get("idle", 4.0), 0.0) * p.get("per", 1.0) + 0.5, rng), windows, normals
    return np.maximum(x, 0.0), windows, normals


def storage(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A size that grows with the traffic; a periodic rotation or compaction takes back ``drop`` of what grew
    since the last one (``every`` days at ``hour``; 7 = weekly on ``weekday``); ``growth_change`` multiplies the
    growth from its start to the end; ``compaction_skipped`` leaves one out."""
    act = activity(clock, rng)
    speed = np.ones(clock.n)
    windows, normals = [], []
    skipped = set()
    for kind, day, hour, _hours, mag in ans:
        if kind == "growth_change":
            a = clock.row(day, hour)
            speed[a:] = mag
            windows.append((a, clock.n, kind))
        elif kind == "compaction_skipped":
            skipped.add(day)
    inc = p["rate"] * (0.3 + act) * speed * np.exp(rng.normal(0, 0.1, clock.n))
    x = p["base"] + np.cumsum(inc)
    every = p.get("every", 0)
    if every:
        label = "weekly_compaction" if every == 7 else p.get("normal", "log_rotation")
        since = 0.0
        last = 0
        for d in range(len(clock.dates)):
            if every == 7 and clock.dates[d].weekday() != p.get("weekday", 6):
                continue
            if every != 7 and d % every:
                continue
            r = clock.row(d, p["hour"]) if d <= clock.lday.max() else clock.n
            if r >= clock.n or r == 0:
                continue
            grown = x[r] - x[last] + since
            if d in skipped:
                nxt = r + int(p.get("skip_hours", 24) * ROWS_PER_H)
                windows.append((r, min(clock.n - 1, nxt), "compaction_skipped"))
                since = grown
                last = r
                continue
            drop = p["drop"] * grown
            x[r:] -= drop
            since = grown - drop
            last = r
            normals.append((r, r + 12, label))
    if p.get("new_highs", True):
        high = np.maximum.accumulate(x)
        top = np.flatnonzero((x >= high) & (np.arange(clock.n) >= 7 * DAY))
        for grp in np.split(top, np.flatnonzero(np.diff(top) > 36) + 1):
            if len(grp) > 6:
                normals.append((int(grp[0]), int(grp[-1]) + 1, "growth_new_high"))
    return x * np.exp(rng.normal(0, 0.0004, clock.n)), windows, normals


def leak(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A process whose memory leaks with traffic; restarted at every maintenance window and by a watchdog near a
    limit (each restart then warms up); ``growth_change`` multiplies the leak from its start to the end."""
    act = activity(clock, rng)
    speed = np.ones(clock.n)
    windows, normals = [], []
    for kind, day, hour, _hours, mag in ans:
        a = clock.row(day, hour)
        speed[a:] = mag
        windows.append((a, clock.n, kind))
    maint = (clock.dow == 2) & (clock.hour >= 6.0) & (clock.hour < 10.0)
    x = np.empty(clock.n)
    level = p["base"]
    for i in range(clock.n):
        if maint[i] and not maint[i - 1]:
            level = p["base"] * 0.8
            normals.append((i, i + 60, "leak_restart"))
        elif level > p["limit"]:
            level = p["base"] * 0.8
            normals.append((i, i + 12, "leak_restart"))
        level += p["rate"] * (0.2 + act[i]) * speed[i]
        warm = p["base"] * 0.2 * min(1.0, (i - normals[-1][0]) / 18) if normals else p["base"] * 0.2
        x[i] = level + warm
    return x * np.exp(rng.normal(0, 0.004, clock.n)), windows, normals


def latency(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A latency percentile: base plus a load-dependent part, heavy-tailed noise, one-scrape blips and deploys."""
    act = activity(clock, rng)
    x = p["base"] * (1.0 + p.get("load", 0.4) * act) * np.exp(rng.normal(0, 0.07, clock.n))
    blips = rng.choice(clock.n, size=clock.n // 900, replace=False)
    x[blips] *= rng.uniform(1.8, 3.0, len(blips))
    normals = []
    for day, hour in p.get("deploys", ()):
        a = clock.row(day, hour)
        x[a : a + 3] *= np.array([2.4, 1.8, 1.3])
        normals.append((a, a + 3, "deploy_blip"))
    windows = _shaped(x, clock, rng, ans, p["base"])
    return x, windows, normals


def ratio(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A success or hit ratio near ``level`` (a little lower at peak); deploys with a cache warm-up."""
    act = activity(clock, rng)
    x = p["level"] - p.get("peak_dip", 0.01) * act + rng.normal(0, p.get("noise", 0.004), clock.n)
    normals = []
    for day, hour in p.get("warmups", ()):
        a = clock.row(day, hour)
        n = int(rng.integers(7, 12))
        x[a : a + n] -= (p["level"] * 0.35) * np.linspace(1, 0, n) ** 1.3
        normals.append((a, a + n, "cache_warmup"))
    for day, hour in p.get("deploys", ()):
        a = clock.row(day, hour)
        x[a : a + 2] -= p.get("blip", 0.03)
        normals.append((a, a + 2, "deploy_blip"))
    windows = _shaped(x, clock, rng, ans, p["level"])
    return np.clip(x, 0.0, 1.0), windows, normals


def util(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A utilisation percentage following the traffic."""
    act = activity(clock, rng)
    x = p["idle"] + p["span"] * act + rng.normal(0, 1.2, clock.n)
    windows = _shaped(x, clock, rng, ans, p["idle"])
    return np.clip(x, 0.0, 100.0), windows, []


def slow(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """A slowly wandering occupancy (a yard, a ward, a standby roster) with a weekly rhythm; ``integer`` rounds."""
    t = np.arange(clock.n) / DAY
    walk = np.cumsum(rng.normal(0, p["walk"], clock.n))
    walk -= np.linspace(0, walk[-1], clock.n) * 0.8
    week = p.get("week", 0.0) * np.sin(2 * np.pi * (clock.dow + clock.hour / 24) / 7)
    day = p.get("day", 0.0) * bump(clock.hour, p.get("day_peak", 14.0), 3.0)
    x = p["level"] + walk + week + day + 0.0 * t + rng.normal(0, p.get("noise", 0.3), clock.n)
    windows = _shaped(x, clock, rng, ans, p["level"])
    if p.get("integer"):
        x = np.round(np.maximum(x, 0))
    return np.clip(x, p.get("lo", 0.0), p.get("hi", 1e18)), windows, []


def sensor(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """Field and fridge sensors: ``what`` "canopy" (air temperature, minimum at sunrise, frost nights), "soil"
    (moisture in %, up with each irrigation or rain, down with the afternoon's evaporation) or "fridge" (a
    pharmacy fridge at 5 C with door openings and defrost cycles)."""
    h, what = clock.hour, p["what"]
    dates = clock.dates
    tag = np.array([clock.svc.specials.get(d, "") for d in dates])[clock.lday]
    if what == "canopy":
        mean = 13.0 + 4.0 * clock.lday / 20 + np.repeat(rng.normal(0, 1.5, len(dates)), 1)[clock.lday]
        x = mean + 8.5 * np.sin(2 * np.pi * (h - 9.8) / 24) + rng.normal(0, 0.25, clock.n)
        frost = (tag == "frost_night") & (h < 9.0)
        x = np.where(frost, x - 9.0 * bump(h, 6.5, 2.0), x)
    elif what == "soil":
        x = np.empty(clock.n)
        m = p["level"]
        sunrise = 7.2 - 0.4 * clock.lday / 20
        irrigating = (h >= sunrise - 0.5) & (h < sunrise + 2.5) & (tag != "rain_skip")
        for i in range(clock.n):
            m += 0.13 * irrigating[i] - 0.035 * max(0.0, np.sin(np.pi * (h[i] - 7.5) / 12.5)) - 0.002
            if tag[i] == "rain_skip" and abs(h[i] - 4.0) < 0.05:
                m += 9.0
            m = min(max(m, 8.0), 45.0)
            x[i] = m
        x = x + rng.normal(0, 0.15, clock.n)
    else:  # fridge
        x = 5.0 + 0.6 * np.sin(2 * np.pi * np.arange(clock.n) / 9.0) + rng.normal(0, 0.1, clock.n)
        opens = rng.random(clock.n) < 0.04 * (0.3 + activity(clock, rng))
        x = x + np.convolve(opens * 1.6, [1.0, 0.6, 0.3], mode="full")[: clock.n]
        defrost = (clock.hour % 6.0 < 0.34) & (clock.hour % 6.0 >= 0.0) & (np.arange(clock.n) % 2 == 0)
        x = x + defrost * 1.2
    windows = _shaped(x, clock, rng, ans, float(np.median(x)))
    normals = []
    if what == "soil":
        normals += [(int(r[0]), int(r[-1]) + 1, "rain_skip") for r in _runs(tag == "rain_skip")]
    if what == "canopy":
        normals += [(int(r[0]), int(r[-1]) + 1, "frost_night") for r in _runs((tag == "frost_night") & (h < 9.0))]
    return x, windows, normals


def frost_fans(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """Frost fans' power: off except on frost nights (02:30 to an hour after sunrise); the fans' controllers idle."""
    tag = np.array([clock.svc.specials.get(d, "") for d in clock.dates])[clock.lday]
    on = (tag == "frost_night") & (clock.hour >= 2.5) & (clock.hour < 8.3)
    x = 1.5 + on * p["power"] * np.exp(rng.normal(0, 0.03, clock.n)) + rng.normal(0, 0.2, clock.n)
    windows = []
    for kind, day, hour, hours, mag in ans:
        a, b = _win(clock, day, hour, hours)
        x[a:b] = 1.5 + mag * p["power"] * np.exp(rng.normal(0, 0.03, b - a))
        windows.append((a, b, kind))
    normals = [(int(r[0]), int(r[-1]) + 1, "frost_night") for r in _runs(on)]
    return np.maximum(x, 0.0), windows, normals


def sawtooth(clock: Clock, rng, p: dict, ans) -> tuple[np.ndarray, list, list]:
    """``what`` "age": seconds since the last FX rate update (a feed every ~4 minutes, faster in office hours);
    "float": an agent network's cash float, drained by payouts and topped up by the 10:00 sweep (not on Saturdays)."""
    act = activity(clock, rng)
    x = np.empty(clock.n)
    if p["what"] == "age":
        age = 0.0
        for i in range(clock.n):
            age = 0.0 if rng.random() < 0.35 + 0.4 * min(act[i], 1.0) else age + STEP_S
            x[i] = age + rng.uniform(0, 240)
        return x, [], []
    level = p["top"]
    surge = np.array([clock.svc.specials.get(d, "") == "festival_surge" for d in clock.dates])[clock.lday]
    for i in range(clock.n):
        if clock.hour[i] >= 10.0 and clock.hour[i] < 10.084 and clock.dow[i] != 5:
            level = p["top"] * rng.uniform(0.97, 1.03) * (2.5 if surge[i] else 1.0)
        level -= p["drain"] * act[i] * rng.uniform(0.7, 1.3)
        level = max(level, p["top"] * 0.05)
        x[i] = level
    return x, [], []


def _runs(mask: np.ndarray) -> list[np.ndarray]:
    idx = np.flatnonzero(mask)
    return [g for g in np.split(idx, np.flatnonzero(np.diff(idx) > 1) + 1) if len(g)]


RENDER = {
    "traffic": traffic,
    "tide": tide,
    "batch": batch,
    "storage": storage,
    "leak": leak,
    "latency": latency,
    "ratio": ratio,
    "util": util,
    "slow": slow,
    "sensor": sensor,
    "frost_fans": frost_fans,
    "sawtooth": sawtooth,
}
