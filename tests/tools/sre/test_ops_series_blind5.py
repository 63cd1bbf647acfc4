"""Pins the fifth blind ops set (bench/ops_series_blind5.py): its size, per-kind window counts, normal behaviours,
well-formed labels and determinism, and that it shares no series with the four blind sets before it (run in a
child process from bench/, where the set's modules import each other by file name)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
CHECK = """
import json
from ops_set_check import set_failures
from ops_series_blind5 import NORMAL_KINDS, PERSISTENT, blind5_normals, blind5_set
from ops_series_blind import blind_set
from ops_series_blind2 import blind2_set
from ops_series_blind3 import blind3_set
from ops_series_blind4 import blind4_set

earlier = [s for make in (blind_set, blind2_set, blind3_set, blind4_set) for s in make()]
spec = {"days": (14, 21), "persistent": PERSISTENT, "normal_kinds": NORMAL_KINDS, "series": 66, "clean": 9,
        "counts": {
    "cron_missed": 5, "cron_wrong_hour": 4, "weekday_on_weekend": 4, "partial_outage": 5, "retry_storm": 4,
    "error_spike": 5, "growth_change": 4, "silent_stall": 4, "hard_down": 3, "latency_degradation": 4,
    "cpu_pinned": 4, "cache_collapse": 3, "queue_backlog": 4, "rotation_missed": 3, "stuck_gauge": 3,
    "error_creep": 3}}
print(json.dumps(set_failures(blind5_set(), blind5_set(), blind5_normals(), earlier, spec)))
"""


def test_blind5_set_has_its_declared_size_labels_and_normals():
    """66 series on a 5-minute grid, 14-21 days, values in their kind's range, the declared windows per anomaly
    kind after the probation week and 12 hours apart (a growth change runs to the end), 9 clean series, every
    normal behaviour kind recorded after the probation week, the same arrays twice, and no series name or value
    array of an earlier blind set."""
    failures = json.loads(
        subprocess.run(
            [sys.executable, "-c", CHECK], cwd=BENCH, capture_output=True, text=True, timeout=600, check=True
        ).stdout
    )
    assert failures == []
