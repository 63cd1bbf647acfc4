"""Capacity forecast benchmark: time to exhaustion and its 80 % interval, beside a plain linear fit.

Run: python bench/forecast.py [--data DIR] [--repeats 3] [--per-kind] [--split dev|heldout|both] [--previous FILE]
     DIR holds the public evaluation sets (default: $GENAIOPS_DATA, else ../shared/data beside the repository);
     NAB is read from DIR/nab (https://github.com/numenta/NAB, MIT; docs/data.md).

Two sources, each scored for ``forecast`` (tools/sre/forecast/model.py, what forecast_exhaustion runs) and for
``linear`` (ordinary least squares over the same history, extrapolated; interval from the slope's standard error):

1. Generated series (tools/sre/forecast/synthetic.py, seeded, eight kinds, known exhaustion times): the ``dev``
   split (what the model's constants were tuned on; ``--split dev`` never prints NAB) and the ``heldout`` split
   (reported, never tuned on), each against two truths: the data's first crossing (the signal plus its noise
   continued: what the forecast answers) and the noise-free signal's crossing (the trend line's question).
   The operations family (synthetic.ops_split: regime changes, plateaus, bursts, steps, rises that stop, strong
   seasons; docs/forecast.md), dev and held-out, asked as the NAB wide rule asks (rising history, a limit above
   its maximum, censored questions kept with no truth). The jump family (synthetic.jump_split, session 15: limits
   reached by a jump, as NAB's are; asked exactly as the NAB wide rule asks), dev and held-out.
   ``--previous FILE`` scores an older model.py beside.
2. NAB's real series where a trend is visible, by rules fixed before any forecast was scored on them (nothing
   was tuned on NAB). The wide rule (docs/forecast.md, reported): every real* file as hourly means, origins at
   40-70 %, a significant rising Mann-Kendall prefix (p < ``MK_P``), limits at the history's max + 25 % / 50 %
   of its range, truth the first later hour at or over the limit. Rule 1 (kept for comparison): the real*
   files whose name has ``cpu`` or ``disk``; a forecast starts at each 5 % from 30 % to 80 % where the history
   rises (Kendall's tau >= ``TREND_TAU``); the limit is a quarter of the history's range above the highest
   6-hour trailing median so far (``LIMIT_MARGIN``); the truth is when the later 6-hour median reaches it.
   Questions where the limit is never reached are censored: counted, not scored.

Figures: median absolute error of the predicted hours to exhaustion (a "not within the horizon" answer counts
as the horizon), the 80 % interval's coverage of the true time (targets: 0.7-0.9, and error <= half the linear
fit's), false alarms on series that never exhaust, how many of those the interval allows (its high end "not
within the horizon"), and fits per second (median of ``--repeats`` runs).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from datadir import default_data_dir

from genaiops.tools.sre.forecast import forecast, linear_forecast
from genaiops.tools.sre.forecast.synthetic import (
    JUMP_KINDS,
    KINDS,
    OPS_KINDS,
    jump_split,
    mann_kendall_p,
    ops_split,
    split,
)

TREND_TAU = 0.3
ORIGINS = tuple(np.arange(0.30, 0.801, 0.05))
LIMIT_MARGIN = 0.25
SMOOTH_HOURS = 6
WIDE_ORIGINS = (0.4, 0.5, 0.6, 0.7)
WIDE_MARGINS = (0.25, 0.5)
MK_P = 0.01
METHODS = {"forecast": forecast, "linear": linear_forecast}


@dataclass(frozen=True, slots=True)
class Case:
    name: str
    kind: str
    t: np.ndarray
    y: np.ndarray
    limit: float
    truth: float | None
    horizon: float


def synthetic_cases(name: str, truth: str = "data") -> list[Case]:
    """The split's series; ``truth``: ``data`` (the data's first crossing) or ``signal`` (the noise-free one)."""
    return [Case(f"{s.kind}-{s.seed}", s.kind, s.t, s.y, s.limit, s.data_truth if truth == "data" else s.truth,
                 s.horizon) for s in split(name)]  # fmt: skip


def ops_cases(name: str) -> list[Case]:
    """The operations family's questions (synthetic.ops_split: regime changes, plateaus, bursts, steps, rises that
    stop, strong seasons; the data's first crossing, censored when the limit is never reached)."""
    return [Case(f"ops-{s.kind}-{s.seed}", s.kind, s.t, s.y, s.limit, s.truth, s.horizon) for s in ops_split(name)]


def jump_cases(name: str) -> list[Case]:
    """The jump family's questions (synthetic.jump_split: limits reached by a jump — a level that moves in steps,
    bursts that set a new record, an anomalous episode — asked as the NAB wide rule asks; censored kept)."""
    return [Case(f"jump-{s.kind}-{s.seed}-{s.limit:.4g}", s.kind, s.t, s.y, s.limit, s.truth, s.horizon)
            for s in jump_split(name)]  # fmt: skip


def _hourly(path: Path) -> tuple[np.ndarray, np.ndarray]:
    with path.open() as handle:
        rows = list(csv.DictReader(handle))
    stamps = np.array([np.datetime64(r["timestamp"].replace(" ", "T")) for r in rows])
    hours = (stamps - stamps[0]) / np.timedelta64(1, "h")
    values = np.array([float(r["value"]) for r in rows])
    bins = np.floor(hours).astype(int)
    counts = np.bincount(bins)
    sums = np.bincount(bins, weights=values)
    keep = counts > 0
    return np.flatnonzero(keep).astype(float), sums[keep] / counts[keep]


def _kendall(y: np.ndarray) -> float:
    """Kendall's tau of ``y`` against its order (no ties correction; hourly means rarely tie)."""
    sign = np.sign(y[None, :] - y[:, None])
    n = len(y)
    return float(np.triu(sign, 1).sum() / (n * (n - 1) / 2))


def _trailing_median(y: np.ndarray, width: int) -> np.ndarray:
    return np.array([np.median(y[max(0, i - width + 1) : i + 1]) for i in range(len(y))])


def nab_cases(root: Path) -> tuple[list[Case], list[str], int]:
    """The forecast questions NAB's CPU/disk series pose where their history shows a rising trend (the rule is
    in the module docstring); also how many questions were censored (the limit never reached in the data)."""
    cases, chosen, censored = [], [], 0
    for path in sorted((root / "data").rglob("*.csv")):
        if not any(word in path.name for word in ("cpu", "disk")) or not path.parent.name.startswith("real"):
            continue
        t, y = _hourly(path)
        smooth = _trailing_median(y, SMOOTH_HOURS)
        for share in ORIGINS:
            end = int(len(y) * share)
            if _kendall(y[:end]) < TREND_TAU:
                continue
            seen = smooth[SMOOTH_HOURS:end]
            limit = float(seen.max() + LIMIT_MARGIN * np.ptp(seen))
            later = np.flatnonzero(smooth[end:] >= limit)
            if not len(later):
                censored += 1
                continue
            truth = float(t[end + later[0]] - t[end - 1])
            cases.append(Case(f"{path.stem}@{share:.0%}", "nab", t[:end], y[:end], limit, truth, t[-1] - t[end - 1]))
            chosen.append(cases[-1].name)
    return cases, chosen, censored


def nab_wide_cases(root: Path) -> tuple[list[Case], dict[str, int]]:
    """The wider NAB rule (docs/forecast.md, fixed before it was scored): every real* file as hourly means,
    origins at 40-70 %, a significant rising Mann-Kendall prefix (p < ``MK_P``), limits at the history's max +
    25 % / 50 % of its range, truth the first later hour at or over the limit. A censored question (no later hour
    reaches the limit) is kept with ``truth=None``: it is counted, not scored for error or coverage, and a method
    that says the limit is reached before the data ends is a false alarm on it."""
    cases, counts = [], {"origins": 0, "no_trend": 0, "censored": 0}
    for path in sorted((root / "data").glob("real*/*.csv")):
        t, y = _hourly(path)
        for share in WIDE_ORIGINS:
            end = int(len(y) * share)
            if end < 48:
                continue
            counts["origins"] += 1
            if mann_kendall_p(y[:end]) >= MK_P:
                counts["no_trend"] += 1
                continue
            top, span = float(y[:end].max()), float(np.ptp(y[:end]))
            for margin in WIDE_MARGINS:
                limit = top + margin * span
                later = np.flatnonzero(y[end:] >= limit)
                counts["censored"] += not len(later)
                truth = float(t[end + later[0]] - t[end - 1]) if len(later) else None
                name = f"{path.parent.name}/{path.stem}@{share:.0%}+{margin:.0%}"
                cases.append(Case(name, "nab", t[:end], y[:end], limit, truth, t[-1] - t[end - 1]))
    return cases, counts


@dataclass(frozen=True, slots=True)
class Score:
    n: int
    error: float
    relative: float
    coverage: float
    silent: int
    false_alarms: int
    quiet: int
    open_high: int = 0
    """Censored questions whose interval reaches past the horizon (its high end ``None``): it allows "never"."""


def score(method, cases: list[Case]) -> Score:
    errors, relative, covered, false_alarms, silent, open_high = [], [], [], 0, 0, 0
    for case in cases:
        got = method(case.t, case.y, case.limit, horizon_hours=case.horizon)
        if case.truth is None:
            false_alarms += got.status != "not_exhausting"
            open_high += got.high is None
            continue
        hours = case.horizon if got.hours is None else got.hours
        silent += got.hours is None
        low = case.horizon if got.low is None else got.low
        high = np.inf if got.high is None else got.high
        errors.append(abs(hours - case.truth))
        relative.append(abs(hours - case.truth) / case.truth)
        covered.append(low <= case.truth <= high)
    quiet = sum(c.truth is None for c in cases)
    return Score(len(errors), float(np.median(errors)), float(np.median(relative)), float(np.mean(covered)),
                 silent, false_alarms, quiet, open_high)  # fmt: skip


def _row(label: str, method: str, s: Score) -> None:
    print(f"| {label:<22} | {method:<8} | {s.n:>3} | {s.error:>9.1f} | {s.relative:>7.2f} | {s.coverage:>8.2f} | "
          f"{s.silent:>6} | {s.false_alarms:>3}/{s.quiet:<3}      | {s.open_high:>3}/{s.quiet:<3}      |")  # fmt: skip


def report(label: str, cases: list[Case], per_kind: bool) -> dict[str, Score]:
    scores = {name: score(fn, cases) for name, fn in METHODS.items()}
    for name, s in scores.items():
        _row(label, name, s)
    if per_kind:
        for kind in sorted({c.kind for c in cases}):
            subset = [c for c in cases if c.kind == kind]
            if any(c.truth is not None for c in subset):
                for name, fn in METHODS.items():
                    _row(f"  {kind}", name, score(fn, subset))
            else:
                for name, fn in METHODS.items():
                    alarms = sum(fn(c.t, c.y, c.limit, horizon_hours=c.horizon).status != "not_exhausting"
                                 for c in subset)  # fmt: skip
                    print(f"| {'  ' + kind:<22} | {name:<8} | false alarms {alarms}/{len(subset)}")
    return scores


def speed(cases: list[Case], repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        began = time.perf_counter()
        for case in cases:
            forecast(case.t, case.y, case.limit, horizon_hours=case.horizon)
        runs.append(len(cases) / (time.perf_counter() - began))
    return float(np.median(runs))


def verdict(label: str, scores: dict[str, Score]) -> bool:
    ours, line = scores["forecast"], scores["linear"]
    ok = 0.7 <= ours.coverage <= 0.9 and ours.error <= 0.5 * line.error
    print(f"{label}: coverage {ours.coverage:.2f} (target 0.7-0.9), error {ours.error:.1f} h vs linear "
          f"{line.error:.1f} h (target <= half: {ours.error / max(line.error, 1e-9):.2f}x) -> "
          f"{'met' if ok else 'MISSED'}")  # fmt: skip
    return ok


def _load_model(path: Path):
    """A model module read from ``path`` (self-contained: it imports numpy and scipy only)."""
    spec = importlib.util.spec_from_file_location("previous_forecast_model", path)
    if spec is None or spec.loader is None or not path.is_file():
        sys.exit(f"--previous {path}: not a Python file; give a model.py saved from an older commit")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    parser.add_argument("--repeats", type=int, default=3, help="speed: the median of this many runs")
    parser.add_argument("--per-kind", action="store_true", help="also one row per generated kind")
    parser.add_argument("--list-nab", action="store_true", help="list the NAB questions the wide rule chose")
    parser.add_argument("--split", choices=("dev", "heldout", "both"), default="both")
    parser.add_argument("--previous", type=Path, help="also score this model file as 'previous' "
                        "(an older model.py: git show main:tools/sre/forecast/model.py) in the same run")  # fmt: skip
    options = parser.parse_args()
    if options.previous:
        METHODS["previous"] = _load_model(options.previous).forecast
    nab = options.data / "nab"
    if not (nab / "data").is_dir():
        sys.exit(f"NAB data not found at {nab}: pass --data DIR, where DIR/nab/data holds NAB's CSV files "
                 "(https://github.com/numenta/NAB; see docs/data.md)")  # fmt: skip
    print(f"generated kinds: {', '.join(KINDS)}; operations family: {', '.join(OPS_KINDS)}; "
          f"jump family: {', '.join(JUMP_KINDS)}")  # fmt: skip
    print("| set                    | method   |   n | med |err| h | rel err | coverage | silent | false alarms | "
          "censored, high null |")  # fmt: skip
    print("|------------------------|----------|-----|-----------|---------|----------|--------|--------------|"
          "---------------------|")  # fmt: skip
    results, ok = {}, True
    splits = ("dev", "heldout") if options.split == "both" else (options.split,)
    for name in splits:
        results[name] = report(f"generated {name}", synthetic_cases(name), options.per_kind)
        report(f"  (signal crossing) {name}", synthetic_cases(name, "signal"), False)
    for name in splits:
        results[f"ops {name}"] = report(f"ops family {name}", ops_cases(name), options.per_kind)
    for name in splits:
        results[f"jump {name}"] = report(f"jump family {name}", jump_cases(name), options.per_kind)
    if options.split == "dev":  # tuning runs never see NAB
        print(f"speed: {speed(synthetic_cases('dev')[:: len(KINDS)], options.repeats):.0f} forecasts/s")
        return 0
    cases, chosen, censored = nab_cases(nab)
    report("NAB rule 1 cpu/disk", cases, False)
    print(f"NAB rule 1 (prefix tau >= {TREND_TAU}, 6-h medians): {', '.join(chosen)}; {censored} more censored")
    wide, counts = nab_wide_cases(nab)
    results["nab"] = report("NAB real*, MK p<0.01", wide, False)
    report("  cpu/disk files only", [c for c in wide if "cpu" in c.name or "disk" in c.name], False)
    scored = [c for c in wide if c.truth is not None]
    series = sorted({c.name.split("@")[0] for c in scored})
    print(
        f"NAB wide rule: {len(scored)} questions from {len(series)} series; of {counts['origins']} origins "
        f"{counts['no_trend']} without a significant rising trend; {counts['censored']} questions censored"
    )
    if options.list_nab:
        print("\n".join(c.name for c in scored))
    for name in results:
        if not name.endswith("dev"):
            ok &= verdict(name, results[name])
    speed_cases = synthetic_cases("heldout")[:: max(1, len(KINDS))]
    print(f"speed: {speed(speed_cases, options.repeats):.0f} forecasts/s (median of {options.repeats} runs)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
