"""Pins the sixth blind ops set (bench/ops_series_blind6.py): its size, per-kind window counts, normal behaviours,
well-formed labels and determinism, and that it shares no series with the five blind sets before it. The check runs
in a child process from bench/, where the set's modules import each other by file name; the declared figures go to
it as JSON on stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
WINDOWS = {
    "batch_missing": 8,
    "batch_wrong_time": 6,
    "weekend_busy": 5,
    "traffic_drop": 9,
    "burst_spike": 7,
    "double_count": 3,
    "growth_change": 5,
    "retention_stopped": 3,
    "latency_creep": 5,
    "regression_shift": 5,
    "error_plateau": 6,
    "cache_hit_drop": 3,
    "pool_exhausted": 3,
    "autoscaler_flapping": 3,
    "consumer_stalled": 3,
    "cooling_failure": 3,
}
DECLARED = {"days": [18, 21], "series": 70, "clean": 7, "counts": WINDOWS}
CHILD = """
import importlib, json, sys
from ops_set_check import set_failures
from ops_series_blind6 import NORMAL_KINDS, PERSISTENT, blind6_normals, blind6_set

spec = json.load(sys.stdin) | {"persistent": PERSISTENT, "normal_kinds": NORMAL_KINDS}
spec["days"] = tuple(spec["days"])
earlier = []
for suffix in ("", "2", "3", "4", "5"):
    earlier += getattr(importlib.import_module(f"ops_series_blind{suffix}"), f"blind{suffix}_set")()
print(json.dumps(set_failures(blind6_set(), blind6_set(), blind6_normals(), earlier, spec)))
"""


def test_blind6_set_matches_what_it_declares():
    """70 series on a 5-minute grid, 18-21 days, values in their kind's range, 77 windows in 16 kinds after the
    probation week and 12 hours apart (a growth change runs to the end), 7 clean series, all 17 normal behaviour
    kinds recorded after the probation week, the same arrays twice, and no series name or value array of an earlier
    blind set."""
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=BENCH,
        input=json.dumps(DECLARED),
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    assert json.loads(child.stdout) == []
    assert sum(WINDOWS.values()) == 77
