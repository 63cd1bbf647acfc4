"""Calibrate the forecast's 80 % interval on the DEV splits only: prints ``model.MARGINS``.

Run: python bench/forecast_calibrate.py [--bins 2] [--jumps]

Split-conformal, in log-time, one side at a time: for every dev question (the generated family's data crossing,
the operations family's; ``--jumps`` adds the jump family's — limits reached by a jump, as NAB's are: tried in
session 15 and not shipped, docs/forecast.md; tools/sre/forecast/synthetic.py), the simulation's own interval
(``forecast(..., margins=None)``) misses low by log(low / truth) and high by log(truth / high). A censored
question (the limit is never reached) is one too: its truth is past the horizon, which the interval covers only
when its high end is "not within the horizon" — it misses high by log(horizon / high), never low. A side's margin
is the ceil((n + 1) · 0.9)-th smallest of its misses (0 when the simulation is already wide enough), so each side
misses about 10 % of new questions like these. The questions are split in ``--bins`` groups of ``rate_swing``
(how much the history's growth rate changed; edges at its quantiles over the dev questions, two significant
digits): a steady fill keeps the simulation's interval, a history of changing rates gets a wider one.
Held-out and NAB are never read here; bench/forecast.py scores them.
"""

from __future__ import annotations

import argparse
import math

import numpy as np
from forecast import jump_cases, ops_cases, synthetic_cases

from genaiops.tools.sre.forecast import forecast

SIDE = 0.9  # each side of the 80 % interval misses 10 %


def misses(cases) -> list[tuple[str, float, float, float]]:
    """(family, swing, low miss, high miss) of each dev question the first passage answers, in log-hours; the
    family of a censored question is marked "censored"."""
    rows = []
    for family, case in cases:
        got = forecast(case.t, case.y, case.limit, horizon_hours=case.horizon, margins=None)
        if got.rate_swing is None:
            continue  # the interval is not the first passage's (at the limit, a reset pattern's peaks)
        truth = math.inf if case.truth is None else max(case.truth, 1e-6)
        low = case.horizon if got.low is None else got.low
        high = -math.inf if got.high is None else math.log(min(truth, case.horizon) / got.high)
        censored = " censored" if case.truth is None else ""
        below = -math.inf if case.truth is None else math.log(low / truth)
        rows.append((family + censored, got.rate_swing, below, high))
    return rows


def conformal(values: list[float]) -> float:
    """The split-conformal margin: the ceil((n + 1) · SIDE)-th smallest miss, never below 0."""
    ordered = sorted(values)
    k = math.ceil((len(ordered) + 1) * SIDE)
    return max(0.0, ordered[k - 1]) if k <= len(ordered) else math.inf


def _round(x: float) -> float:
    return float(f"{x:.2g}")


def table(rows, bins: int) -> tuple[tuple[float, float, float], ...]:
    swings = np.array([r[1] for r in rows])
    edges = [_round(float(q)) for q in np.quantile(swings, np.linspace(0, 1, bins + 1)[1:-1])] + [math.inf]
    out, below = [], -math.inf
    for edge in edges:
        part = [r for r in rows if below < r[1] <= edge]
        out.append((edge, round(conformal([r[2] for r in part]), 3), round(conformal([r[3] for r in part]), 3)))
        below = edge
    return tuple(out)


def coverage(rows, margins) -> dict[str, float]:
    """Share of each family's questions inside the widened interval (as bench/forecast.py scores it; a censored
    one: its high end is "not within the horizon")."""
    hits: dict[str, list[bool]] = {}
    for family, swing, low_miss, high_miss in rows:
        down, up = next((m[1], m[2]) for m in margins if swing <= m[0])
        high = high_miss < up if family.endswith("censored") else high_miss <= up  # past the horizon: None
        hits.setdefault(family, []).append(low_miss <= down and high)
    return {family: float(np.mean(h)) for family, h in hits.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bins", type=int, default=2, help="groups of rate_swing, each with its own margins")
    parser.add_argument("--jumps", action="store_true", help="add the jump family's dev questions to the pool")
    options = parser.parse_args()
    bins = options.bins
    cases = [("generated", c) for c in synthetic_cases("dev")] + [("ops", c) for c in ops_cases("dev")]
    if options.jumps:
        cases += [("jump", c) for c in jump_cases("dev")]
    rows = misses(cases)
    margins = table(rows, bins)
    print(f"MARGINS = {margins!r}  # {len(rows)} dev questions")
    none = ((math.inf, 0.0, 0.0),)
    print("dev coverage, simulation's own interval:", coverage(rows, none))
    print("dev coverage, calibrated (in-sample):   ", coverage(rows, margins))
    folds = [rows[0::2], rows[1::2]]  # a cross-check: calibrated on one half of dev, scored on the other
    crossed = [coverage(folds[1 - i], table(folds[i], bins)) for i in (0, 1)]
    print("dev coverage, two-fold cross-check:     ", {f: round((crossed[0][f] + crossed[1][f]) / 2, 3)
                                                       for f in crossed[0]})  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
