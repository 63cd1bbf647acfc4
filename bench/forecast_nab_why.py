"""Why the NAB wide rule's forecasts miss: what each scored question's crossing looks like (a diagnosis; no model
constant is read from it).

Run: python bench/forecast_nab_why.py [--data DIR]

For each scored question of the wide rule (bench/forecast.py), how the data reaches the limit: the crossing
hour's rise over the median of the 24 hours before it, as a share of the history's range (``jump``: the limit is
reached by a jump when the last day's median stayed under the limit by more than half the margin), whether the
crossing hour lies inside one of NAB's labelled anomaly windows, and where the shipped forecast and the linear
fit put it. Counts only; the questions and the rule are bench/forecast.py's.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from datadir import default_data_dir
from forecast import _hourly, nab_wide_cases

from genaiops.tools.sre.forecast import forecast, linear_forecast


def windows(root: Path) -> dict[str, list[tuple[np.datetime64, np.datetime64]]]:
    raw = json.loads((root / "labels" / "combined_windows.json").read_text())
    return {k: [(np.datetime64(a.replace(" ", "T")), np.datetime64(b.replace(" ", "T"))) for a, b in v]
            for k, v in raw.items()}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    root = parser.parse_args().data / "nab"
    labelled = windows(root)
    cases, _ = nab_wide_cases(root)
    rows = []
    for case in (c for c in cases if c.truth is not None):
        key = case.name.split("@")[0] + ".csv"
        path = root / "data" / key
        stamps = np.array([np.datetime64(line.split(",")[0].replace(" ", "T"))
                           for line in path.read_text().splitlines()[1:]])  # fmt: skip
        t, y = _hourly(path)
        end = len(case.t)
        at = end + int(np.flatnonzero(y[end:] >= case.limit)[0])
        before = float(np.median(y[max(0, at - 24) : at]))
        span = float(np.ptp(case.y))
        margin = case.limit - float(case.y.max())
        jump = before < case.limit - 0.5 * margin
        when = stamps[0] + np.timedelta64(int(t[at] * 3600), "s")
        inside = any(a <= when <= b for a, b in labelled.get(key, []))
        ours = forecast(case.t, case.y, case.limit, horizon_hours=case.horizon)
        line = linear_forecast(case.t, case.y, case.limit, horizon_hours=case.horizon)
        rows.append((case.name, case.truth, case.horizon, (y[at] - before) / span, jump, inside, ours, line))
        print(f"{case.name:<58} truth {case.truth:6.0f} h / horizon {case.horizon:5.0f} h  rise at crossing "
              f"{rows[-1][3]:5.2f} range  {'jump' if jump else 'fill'}  {'in window' if inside else '         '}  "
              f"ours {ours.hours if ours.hours is not None else 'none'!s:>6.6}  linear "
              f"{line.hours if line.hours is not None else 'none'!s:>6.6}")  # fmt: skip
    jumps = [r for r in rows if r[4]]
    print(f"{len(rows)} scored questions: {len(jumps)} reached by a jump (the last day's median under the limit by "
          f"more than half the margin), {sum(r[5] for r in rows)} inside a labelled anomaly window "
          f"({sum(r[5] for r in jumps)} of the jumps); truth / horizon median "
          f"{np.median([r[1] / r[2] for r in rows]):.2f}")  # fmt: skip
    for label, part in (("jump", jumps), ("fill", [r for r in rows if not r[4]])):
        if part:
            silent = sum(r[6].hours is None for r in part)
            err = np.median([abs((r[2] if r[6].hours is None else r[6].hours) - r[1]) for r in part])
            print(
                f"  {label}: {len(part)} questions, ours 'not within the horizon' on {silent}, "
                f"median abs error {err:.0f} h"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
