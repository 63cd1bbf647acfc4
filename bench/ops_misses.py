"""Which labelled windows the ops detector misses, by anomaly kind, out of fold across the blind sets.

Run: python bench/ops_misses.py [--data DIR] [--recipe NAME] [--list]
     For each blind set of bench/ops_filter_train.py (BLIND), the event filter is trained by the recipe (the shipped
     one unless named) on the other sets, as --loso does; then each labelled window ending after the probation week
     is counted as: no candidate (the detector raised no event overlapping it, extended by the bench's tolerance:
     no filter can bring it back), filtered (every overlapping event dropped by the out-of-fold filter) or kept.
     Kinds are the authors' own names, so one failure shows under several names; --list prints every missed window.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import numpy as np
from datadir import default_data_dir
from ops_filter_train import BLIND, RECIPES, SETS, SHIPPED, SetEvents, _without, collect, probabilities, train
from ops_series import DAY, PROBATION_DAYS


def window_kinds(s: SetEvents) -> list[tuple[str, str, int, int]]:
    """Each window of the set in the order ``SetEvents.hits`` numbers them: series, kind, start, end."""
    return [(series.name, kind, start, end) for series, _ in s.series for start, end, kind in series.windows]


def misses(sets: dict[str, SetEvents], recipe: str, listing: bool) -> dict[str, list[int]]:
    table: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # windows, no candidate, filtered, kept
    for left in BLIND:
        s = sets[left]
        model = train(_without(sets, RECIPES[recipe], left), RECIPES[recipe])
        keep = (probabilities(model, s) >= model.threshold) | s.required
        raised: dict[int, bool] = {}
        for k, hits in zip(keep, s.hits, strict=True):
            for w in hits:
                raised[w] = raised.get(w, False) or bool(k)
        for index, (name, kind, start, end) in enumerate(window_kinds(s)):
            if end <= PROBATION_DAYS * DAY:
                continue
            row = table[kind]
            row[0] += 1
            state = 1 if index not in raised else (3 if raised[index] else 2)
            row[state] += 1
            if listing and state < 3:
                missed = "no candidate" if state == 1 else "filtered"
                print(f"{left:7} {name:48} {kind:24} {start:5d}-{end:5d} {missed}")
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--recipe", choices=sorted(RECIPES), default=SHIPPED)
    parser.add_argument("--list", action="store_true", help="print every missed window")
    options = parser.parse_args()
    sets = {name: collect(name, options.data) for name in SETS}
    table = misses(sets, options.recipe, options.list)
    print(f"{'kind':28} {'windows':>7} {'no cand':>7} {'filtered':>8} {'kept':>5}")
    for kind, (n, none, dropped, kept) in sorted(table.items(), key=lambda kv: (-(kv[1][1] + kv[1][2]), kv[0])):
        print(f"{kind:28} {n:7d} {none:7d} {dropped:8d} {kept:5d}")
    total = np.array(list(table.values())).sum(axis=0)
    print(f"{'all':28} {total[0]:7d} {total[1]:7d} {total[2]:8d} {total[3]:5d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
