"""Time until a capacity metric reaches its limit: a reset-aware, seasonal trend fit with an 80 % interval.

The model (docs/forecast.md):

1. **Resets.** A one-step drop larger than ``RESET_SIGMAS`` robust noise units and ``RESET_FRACTION`` of the
   series' range is a reset (log rotation, compaction, a restart). The history splits into growth segments.
2. **Fit.** Weighted least squares of the values on one intercept per segment, a common growth rate, and daily
   (weekly) Fourier terms when the history covers two periods; weights halve every ``HALF_LIFE`` of the history
   (recent growth counts more: growth rates change), then a second pass down-weights outliers.
3. **Reset pattern.** With two or more resets at a regular pace (spacing's coefficient of variation below
   ``REGULAR_CV``), a segment that will reset before it reaches the limit is not exhaustion: the limit is then
   reached only when the segments' peaks, which may creep up, reach it.
4. **Change of rate.** A hinge (the rate changes at one knot, tried at 30-90 % of the history) is kept when it
   lowers the weighted residual sum of squares by more than ``CHANGE_F`` / effective n: the current rate is then
   the rate after the knot.
5. **Rate uncertainty.** The (latest) growth rate's sandwich standard error, corrected for lag-1 autocorrelation
   of the residuals and widened by ``SE_INFLATION``.
6. **First passage.** A noisy gauge reaches its limit when trend + noise does, before the trend line itself:
   ``first_passage`` simulates the fitted process (rate drawn from 5, AR(1) residual noise with resampled
   innovations) and gives the median first crossing and its 10th-90th percentiles.
7. **Calibration.** The simulation continues one rate; a history whose rate kept changing will likely change it
   again. ``widen`` moves the percentiles out in log-time by margins picked by ``rate_swing`` (``MARGINS``,
   split-conformal on the dev splits only); the median, the point forecast, is not touched.

Numpy (scipy's lfilter for the noise paths); times in hours. ``ForecastError`` says what is wrong with the
input and how to fix it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from genaiops.lazy import lazy_module

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["MIN_POINTS", "Fit", "Forecast", "ForecastError", "forecast", "linear_forecast"]

MIN_POINTS = 12
RESET_SIGMAS = 8.0
RESET_FRACTION = 0.08
HALF_LIFE = 0.5
REGULAR_CV = 0.35
STEADY_PEAKS = 0.15
SE_INFLATION = 3.5
CHANGE_F = 30.0
Z80 = 1.2815515655446004
DAY, WEEK = 24.0, 168.0
PATHS = 400
MAX_STEPS = 6000
CHUNK = 256
MARGINS: tuple[tuple[float, float, float], ...] = ((0.37, 0.0, 0.019), (math.inf, 1.156, 0.459))
"""The 80 % interval's calibration: rows ``(swing up to, low margin, high margin)``; the first row whose bound
is at or over the forecast's ``rate_swing`` widens the simulation's 10th / 90th percentiles by those margins in
log-time (``widen``). Split-conformal quantiles fitted on the dev splits of both generated families ONLY, by
``python bench/forecast_calibrate.py`` (docs/forecast.md); the point forecast is not touched."""
SEED = 20260


class ForecastError(ValueError):
    """The series or the limit cannot be forecast; the message names the problem and the fix."""


@dataclass(frozen=True, slots=True)
class Forecast:
    """When the metric reaches ``limit`` (hours after the last point), with its 80 % interval."""

    status: str
    """``exhausting`` (reaches the limit within the horizon), ``not_exhausting``, or ``at_limit`` (already)."""
    hours: float | None
    low: float | None
    high: float | None
    """``None``: not within the horizon (for ``high``: possibly never)."""
    rate_per_hour: float
    level: float
    resets: int
    reset_every_hours: float | None
    reset_peak: float | None
    seasonality: tuple[str, ...]
    explanation: str
    horizon_hours: float
    rate_swing: float | None = None
    """How much the growth rate changed over the current segment (``rate_swing``): picks the interval's margin.
    ``None``: the interval is not the first passage's (at the limit, or a regular reset pattern's peak line)."""


@dataclass(slots=True)
class Fit:
    """A fitted trend: where the current segment is, its growth rate and its standard deviation, and the
    seasonal path (a function of absolute hours)."""

    t_end: float
    level: float
    rate: float
    rate_sd: float
    season: tuple[tuple[float, int], ...] = ()
    coefs: np.ndarray = field(default_factory=lambda: np.zeros(0))
    resid: np.ndarray = field(default_factory=lambda: np.zeros(0))
    """The history's residuals around the fit (oldest first): the noise the data adds to the trend."""
    step: float = 1.0
    """The history's typical sampling step (hours)."""

    def seasonal(self, t: np.ndarray) -> np.ndarray:
        return _fourier(t, self.season) @ self.coefs if self.season else np.zeros(len(t))


def check_input(t: np.ndarray, y: np.ndarray, limit: float) -> None:
    """Clear errors for what cannot be forecast: too short, NaNs, unordered times, a bad limit."""
    if not math.isfinite(limit) or limit <= 0:
        raise ForecastError(f"limit: {limit!r} must be a positive number (the capacity, e.g. 100 for percent)")
    if len(y) < MIN_POINTS:
        raise ForecastError(f"values: {len(y)} points; a forecast needs at least {MIN_POINTS} (give a longer history)")
    if len(t) != len(y):
        raise ForecastError(f"timestamps: {len(t)} of them for {len(y)} values; give one per value")
    bad = np.flatnonzero(~np.isfinite(y))
    if len(bad):
        where = ", ".join(str(i) for i in bad[:5]) + (" ..." if len(bad) > 5 else "")
        raise ForecastError(f"values: {len(bad)} NaN or infinite value(s) at index {where}; drop or fill them first")
    if np.any(np.diff(t) <= 0):
        raise ForecastError("timestamps: must be strictly increasing (sort the series and merge duplicates)")


@dataclass(frozen=True, slots=True)
class Pattern:
    """Regular resets: their spacing, the typical peak, hours to the next one expected, and each segment's peak."""

    every: float
    peak: float
    next_reset: float
    peak_t: np.ndarray
    peaks: np.ndarray
    jitter: float = 0.0
    """The spacing's standard deviation (hours)."""
    sized: bool = False
    """The resets come at a steady level (size-triggered)."""

    @property
    def count(self) -> int:
        return len(self.peaks)


def forecast(t: np.ndarray, y: np.ndarray, limit: float, horizon_hours: float | None = None, *,
             margins: tuple[tuple[float, float, float], ...] | None = MARGINS) -> Forecast:  # fmt: skip
    """The reset-aware seasonal forecast of when ``y`` (at hours ``t``) reaches ``limit``.

    ``margins``: the interval's calibration table (``widen``); ``None`` gives the simulation's own percentiles
    (what bench/forecast_calibrate.py calibrates from)."""
    t, y = np.asarray(t, dtype=float), np.asarray(y, dtype=float)
    check_input(t, y, limit)
    horizon = horizon_hours or max(10 * (t[-1] - t[0]), DAY)
    if np.ptp(y) == 0:  # a flat gauge is an answer (not growing), not an error; it may also be a stuck exporter
        return _flat(t, y, limit, horizon)
    starts = reset_points(y)
    seg = np.searchsorted(starts, np.arange(len(y)), side="right")
    fit = fit_trend(t, y, seg)
    pattern = regular_resets(t, y, starts)
    done = _Done(fit, pattern, horizon, len(starts))
    if y[-1] >= limit:  # the reading decides: a fitted trend over the limit is not a full disk
        return done("at_limit", 0.0, 0.0, 0.0, f"the last reading {y[-1]:.4g} is at or above the limit {limit:g}")
    trend = crossing(fit, fit.rate, limit, horizon)
    if pattern is not None and _resets_first(pattern, trend, limit):
        return _peaks(done, pattern, limit)  # the segment resets before it gets there
    hours, low, high = first_passage(fit, limit, horizon)
    swing = rate_swing(t, y, fit, starts)
    low, high = widen(low, high, swing, horizon, margins)
    done = _Done(fit, pattern, horizon, len(starts), swing)
    if hours is None:
        why = "no growth" if fit.rate <= 0 else f"growth of {fit.rate:.4g}/h with its noise does not reach {limit:g}"
        return done("not_exhausting", None, low, high, f"{why} within {horizon:.0f} h")
    line = "the trend line alone: not within the horizon" if trend is None else f"the trend line alone: {trend:.1f} h"
    return done("exhausting", hours, low, high, f"grows {fit.rate:.4g}/h from {fit.level:.4g}: the data first "
                f"reaches {limit:g} in {hours:.1f} h ({line})")  # fmt: skip


def _flat(t: np.ndarray, y: np.ndarray, limit: float, horizon: float) -> Forecast:
    """A series that never moved: at the limit, or not exhausting (with the exporter named as a suspect)."""
    done = _Done(Fit(t_end=float(t[-1]), level=float(y[-1]), rate=0.0, rate_sd=0.0), None, horizon)
    seen = f"constant at {y[-1]:g} over all {len(y)} points"
    if y[-1] >= limit:
        return done("at_limit", 0.0, 0.0, 0.0, f"{seen}, at or above the limit {limit:g}")
    return done("not_exhausting", None, None, None, f"{seen}: no growth within {horizon:.0f} h "
                "(if it should move, check that its exporter is not stuck)")  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Done:
    fit: Fit
    pattern: Pattern | None
    horizon: float
    resets: int = 0
    swing: float | None = None

    def __call__(self, status: str, hours, low, high, why: str) -> Forecast:
        fit, pattern = self.fit, self.pattern
        names = {DAY: "daily", WEEK: "weekly"}
        return Forecast(
            status=status,
            hours=hours,
            low=low,
            high=high,
            rate_per_hour=fit.rate,
            level=fit.level,
            resets=self.resets,
            reset_every_hours=None if pattern is None else pattern.every,
            reset_peak=None if pattern is None else pattern.peak,
            seasonality=tuple(names[p] for p, _ in fit.season),
            explanation=why,
            horizon_hours=self.horizon,
            rate_swing=self.swing,
        )


def _resets_first(pattern: Pattern, hours: float | None, limit: float) -> bool:
    """Will the current segment reset before it reaches the limit (on time, or at its usual peak)?"""
    if hours is None or (pattern.sized and pattern.peak < limit):
        return True  # size-triggered: it resets at its usual peak, below the limit
    return hours > pattern.next_reset + max(2 * pattern.jitter, 0.05 * pattern.every)


def _peaks(done: _Done, pattern: Pattern, limit: float) -> Forecast:
    """Regular resets before the limit: exhaustion only when the segments' peaks creep up to it."""
    every, horizon = pattern.every, done.horizon
    if pattern.count >= 3:
        x = np.column_stack([np.ones(pattern.count), pattern.peak_t - done.fit.t_end])
        beta, resid = _wls(x, pattern.peaks, np.ones(pattern.count))
        dof = max(1, pattern.count - 2)
        sd = SE_INFLATION * math.sqrt(float(np.linalg.pinv(x.T @ x)[1, 1]) * float(resid @ resid) / dof)
        level, rate, spread = float(beta[0]), float(beta[1]), Z80 * math.sqrt(float(resid @ resid) / dof)
        if rate > 2 * sd:
            at = [_first_peak_over(level + z * spread, rate + z * Z80 * sd, limit, pattern, done.fit.rate, horizon)
                  for z in (0, 1, -1)]  # fmt: skip
            if at[0] is not None:
                return done("exhausting", at[0], at[1], at[2], f"resets every {every:.1f} h, but its peaks creep up "
                            f"{rate:.4g}/h: the limit {limit:g} is reached in {at[0]:.1f} h")  # fmt: skip
    why = f"resets every {every:.1f} h before the limit (peaks about {pattern.peak:.4g} < {limit:g}): not exhausting"
    return done("not_exhausting", None, None, None, why)


def _first_peak_over(level: float, rate: float, limit: float, pattern: Pattern, grow: float, horizon: float):
    """Hours until the limit is reached inside the first segment whose peak (on the line ``level + rate·h``) is
    over it: that segment ends at a reset, and climbs at the in-segment rate ``grow`` until then."""
    if rate <= 0:
        return None
    line = (limit - level) / rate
    if math.isinf(pattern.next_reset) or grow <= 0:
        return line if 0 <= line <= horizon else None
    ends = pattern.next_reset + max(0, math.ceil((line - pattern.next_reset) / pattern.every)) * pattern.every
    hours = max(0.0, ends - (level + rate * ends - limit) / grow)
    return hours if hours <= horizon else None


def reset_points(y: np.ndarray) -> np.ndarray:
    """Indices where a new growth segment starts (the point after a sudden large drop)."""
    d = np.diff(y)
    sigma = 1.4826 * float(np.median(np.abs(d - np.median(d)))) or float(np.std(d)) or 1e-12
    threshold = max(RESET_SIGMAS * sigma, RESET_FRACTION * float(np.ptp(y)))
    return np.flatnonzero(d < -threshold) + 1


def regular_resets(t: np.ndarray, y: np.ndarray, starts: np.ndarray) -> Pattern | None:
    """The reset pattern when resets follow a rule: three or more, at a regular pace (time-triggered: spacing's
    coefficient of variation <= ``REGULAR_CV``) or at a steady level (size-triggered: peaks within
    ``STEADY_PEAKS`` of their median). None otherwise (restarts at random: each segment may run to the limit)."""
    if len(starts) < 3:
        return None
    bounds = [0, *starts.tolist()]
    peaks = np.array([y[a:b].max() for a, b in zip(bounds[:-1], bounds[1:], strict=True)])
    peak_t = np.array([t[b - 1] for b in bounds[1:]])
    gaps = np.diff(t[starts])
    every, peak = float(np.median(gaps)), float(np.median(peaks))
    timed = every > 0 and float(np.std(gaps)) / every <= (REGULAR_CV if len(gaps) >= 3 else REGULAR_CV / 3)
    sized = peak > 0 and float(np.ptp(peaks[1:])) / peak <= STEADY_PEAKS
    if not (timed or sized):
        return None
    next_reset = max(0.0, t[starts[-1]] + every - t[-1]) if timed else math.inf
    return Pattern(every, peak, next_reset, peak_t, peaks, float(np.std(gaps)), sized)


def fit_trend(t: np.ndarray, y: np.ndarray, seg: np.ndarray) -> Fit:
    """The weighted, outlier-robust fit of segment intercepts + growth rate (+ a change of rate) + seasonal terms."""
    span = t[-1] - t[0]
    season = tuple((p, k) for p, k in ((DAY, 3), (WEEK, 2)) if span >= 2 * p)
    segments = np.unique(seg)
    k = len(segments)
    dummies = (seg[:, None] == segments[None, :]).astype(float)
    base = np.column_stack([dummies, t - t[-1], _fourier(t, season)])
    w = 0.5 ** ((t[-1] - t) / max(HALF_LIFE * span, 1e-9))
    beta, resid = _wls(base, y, w)
    scale = 1.4826 * float(np.median(np.abs(resid))) or float(np.std(resid)) or 1e-12
    w = w * np.minimum(1.0, 3.0 * scale / np.maximum(np.abs(resid), 1e-300))
    x = _with_change(base, t, y, w, k)
    beta, resid = _wls(x, y, w)
    rate, sd = float(beta[k]), _rate_sd(x, w, resid, k)
    return Fit(t_end=t[-1], level=float(beta[k - 1]), rate=rate, rate_sd=sd, season=season,
               coefs=beta[k + 1 : k + 1 + base.shape[1] - k - 1], resid=resid,
               step=float(np.median(np.diff(t))))  # fmt: skip


def _with_change(base: np.ndarray, t: np.ndarray, y: np.ndarray, w: np.ndarray, k: int) -> np.ndarray:
    """``base`` plus a hinge column (a change of growth rate at the best knot) when it explains clearly more."""
    rss0 = float(w @ _wls(base, y, w)[1] ** 2)
    best, best_rss = None, rss0
    for share in np.linspace(0.3, 0.9, 13):
        knot = t[0] + share * (t[-1] - t[0])
        hinge = np.minimum(t - knot, 0.0)  # zero after the knot: the rate column is the latest rate
        x = np.column_stack([base, hinge])
        rss = float(w @ _wls(x, y, w)[1] ** 2)
        if rss < best_rss:
            best, best_rss = x, rss
    n_eff = float(w.sum() ** 2 / (w @ w))
    if best is None or (rss0 - best_rss) / max(best_rss, 1e-300) * n_eff < CHANGE_F:
        return base
    return best


def _wls(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Weighted least squares by the normal equations (few columns, many rows), lstsq when they are singular."""
    xw = x * w[:, None]
    try:
        beta = np.linalg.solve(xw.T @ x, xw.T @ y)
    except np.linalg.LinAlgError:
        root = np.sqrt(w)
        beta = np.linalg.lstsq(x * root[:, None], y * root, rcond=None)[0]
    return beta, y - x @ beta


def _rate_sd(x: np.ndarray, w: np.ndarray, resid: np.ndarray, k: int) -> float:
    """Sandwich standard error of the (latest) rate, widened for lag-1 autocorrelation and by ``SE_INFLATION``."""
    xw = x * w[:, None]
    bread = np.linalg.pinv(x.T @ xw)
    meat = (xw * (resid**2)[:, None]).T @ xw
    var = float((bread @ meat @ bread)[k, k])
    rho = _lag1(resid)
    return SE_INFLATION * math.sqrt(max(var, 0.0) * (1 + rho) / (1 - rho))


def _fourier(t: np.ndarray, season: tuple[tuple[float, int], ...]) -> np.ndarray:
    cols = []
    for period, harmonics in season:
        for h in range(1, harmonics + 1):
            angle = 2 * np.pi * h * t / period
            cols += [np.sin(angle), np.cos(angle)]
    return np.column_stack(cols) if cols else np.zeros((len(t), 0))


def crossing(fit: Fit, rate: float, limit: float, horizon: float) -> float | None:
    """Hours after the last point when level + rate·h + season first reaches ``limit`` (None: not by horizon)."""
    if not fit.season:
        if fit.level >= limit:
            return 0.0  # the line is already there (the reading may not be)
        if rate <= 0:
            return None
        hours = (limit - fit.level) / rate
        return hours if 0 <= hours <= horizon else None
    step = min(0.25, horizon / 4000)
    h = np.arange(0.0, horizon + step, step)
    path = fit.level + rate * h + fit.seasonal(fit.t_end + h)
    hit = np.flatnonzero(path >= limit)
    return float(h[hit[0]]) if len(hit) else None


def first_passage(fit: Fit, limit: float, horizon: float) -> tuple[float | None, float | None, float | None]:
    """When the DATA first reaches ``limit`` (median, 10th and 90th percentile hours; None: not by the horizon).

    A noisy gauge crosses its limit when trend + noise does, before the trend line itself. ``PATHS`` futures of
    the fitted process are simulated: each draws its growth rate from the rate's distribution (normal, the
    interval's standard deviation) and continues the residuals as an AR(1) process from the last residual, its
    innovations resampled from the history's own (heavy tails and spikes included); each path's first step at
    or over the limit is its passage time. Seeded: the same input gives the same answer."""
    from scipy.signal import lfilter

    steps = int(min(math.ceil(horizon / max(fit.step, 1e-9)), MAX_STEPS))
    dt = horizon / steps
    rng = np.random.default_rng(SEED)
    rates = fit.rate + fit.rate_sd * rng.standard_normal(PATHS)
    rho, shocks = _ar1(fit.resid)
    state = np.full((PATHS, 1), rho * (fit.resid[-1] if len(fit.resid) else 0.0))
    first = np.full(PATHS, np.inf)
    need = math.ceil(0.9 * PATHS)  # crossed paths that fix the 90th percentile: stop simulating then
    week = fit.seasonal(fit.t_end + np.arange(0.0, WEEK, 0.25))
    reach = fit.level + week.max(initial=0.0) + np.maximum(rates, 0) * horizon + np.abs(shocks).max() / (1 - rho)
    can = reach >= limit  # a path whose trend + largest possible noise stays below the limit never crosses
    for start in range(0, steps, CHUNK):
        h = dt * np.arange(start + 1, min(start + CHUNK, steps) + 1)
        noise, state = lfilter([1.0], [1.0, -rho], rng.choice(shocks, size=(PATHS, len(h))), axis=1, zi=state)
        over = fit.level + fit.seasonal(fit.t_end + h)[None, :] + rates[:, None] * h[None, :] + noise >= limit
        hit = np.isinf(first) & over.any(axis=1)
        first[hit] = h[np.argmax(over[hit], axis=1)]
        if np.isfinite(first).sum() >= need or not (can & np.isinf(first)).any():
            break
    q = np.quantile(first, [0.5, 0.1, 0.9], method="inverted_cdf")  # no interpolation with inf
    med, low, high = (float(v) if math.isfinite(v) else None for v in q)
    return med, low, high


def rate_swing(t: np.ndarray, y: np.ndarray, fit: Fit, starts: np.ndarray) -> float:
    """How much the growth rate changed over the current segment: the standard deviation of the least-squares
    slopes of its four quarters (season taken out), over the current rate. A history whose rate kept changing
    (regimes, plateaus, bursts, steps) will likely change it again: its interval needs a wider margin than the
    simulation, which continues one rate, gives it."""
    first = int(starts[-1]) if len(starts) else 0
    tt = t[first:]
    if len(tt) < 12:
        return 0.0
    yy = y[first:] - fit.seasonal(tt)
    slopes = []
    for part in np.array_split(np.arange(len(tt)), 4):
        x = tt[part] - tt[part].mean()
        slopes.append(float(x @ (yy[part] - yy[part].mean()) / (x @ x)))
    return float(np.std(slopes)) / max(abs(fit.rate), 1e-12)


def widen(low: float | None, high: float | None, swing: float, horizon: float,
          margins: tuple[tuple[float, float, float], ...] | None) -> tuple[float | None, float | None]:  # fmt: skip
    """The calibrated 80 % interval: the simulation's 10th / 90th percentiles moved out by the ``margins`` row of
    ``swing``, in log-time (low ÷ e^m, high × e^m; split-conformal on the dev splits). A low end not within the
    horizon starts from the horizon; a high end past the horizon is ``None`` (not within the horizon)."""
    if not margins:
        return low, high
    down, up = next((m[1], m[2]) for m in margins if swing <= m[0])
    base = horizon if low is None else low
    low = base * math.exp(-down)
    low = low if low < horizon else None
    high = None if high is None else high * math.exp(up)
    return low, (high if high is not None and high <= horizon else None)


def _ar1(resid: np.ndarray) -> tuple[float, np.ndarray]:
    """The residuals' lag-1 autocorrelation (clipped to 0-0.95) and their innovations (centred)."""
    if len(resid) < 3:
        return 0.0, np.zeros(1)
    rho = _lag1(resid)
    shocks = resid[1:] - rho * resid[:-1]
    return rho, shocks - float(np.median(shocks))


def _lag1(resid: np.ndarray) -> float:
    """The residuals' lag-1 autocorrelation, clipped to 0-0.95."""
    r0, r1 = resid[:-1], resid[1:]
    denom = float(np.sqrt((r0 @ r0) * (r1 @ r1))) or 1.0
    return min(0.95, max(0.0, float(r0 @ r1) / denom))


def linear_forecast(t: np.ndarray, y: np.ndarray, limit: float, horizon_hours: float | None = None) -> Forecast:
    """The baseline: ordinary least squares over the whole history, extrapolated; its interval from the
    slope's plain standard error."""
    t, y = np.asarray(t, dtype=float), np.asarray(y, dtype=float)
    check_input(t, y, limit)
    horizon = horizon_hours or max(10 * (t[-1] - t[0]), DAY)
    x = np.column_stack([np.ones(len(t)), t - t[-1]])
    beta, resid = _wls(x, y, np.ones(len(t)))
    cov = np.linalg.pinv(x.T @ x) * float(resid @ resid) / max(1, len(t) - 2)
    fit = Fit(t_end=t[-1], level=float(beta[0]), rate=float(beta[1]), rate_sd=math.sqrt(max(cov[1, 1], 0.0)))
    done = _Done(fit, None, horizon)
    if y[-1] >= limit:
        return done("at_limit", 0.0, 0.0, 0.0, "the last reading is at or above the limit")
    hours = crossing(fit, fit.rate, limit, horizon)
    low = crossing(fit, fit.rate + Z80 * fit.rate_sd, limit, horizon)
    high = crossing(fit, fit.rate - Z80 * fit.rate_sd, limit, horizon)
    status = "exhausting" if hours is not None else "not_exhausting"
    return done(status, hours, low, high, "linear fit")
