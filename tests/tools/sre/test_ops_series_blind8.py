"""The eighth blind ops set (bench/ops_series_blind8.py) holds what it declares. ops_set_check.blind_failures does
the checking in a child process started in bench/ (the set's modules import each other by file name there), with
the declared sizes sent on stdin as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
WINDOWS = {
    "batch_missed": 6,
    "batch_wrong_hour": 5,
    "batch_overrun": 4,
    "weekend_weekday_traffic": 4,
    "weekday_quiet": 3,
    "partial_outage_drop": 5,
    "hard_down_zero": 4,
    "count_spike": 5,
    "crash_loop": 3,
    "growth_rate_change": 5,
    "stuck_value": 5,
    "error_ratio_surge": 5,
    "latency_regression": 5,
    "rotation_missed": 3,
    "queue_stall": 3,
    "autoscaler_flap": 3,
}
DECLARED = {"days": [16, 21], "series": 60, "clean": 9, "counts": WINDOWS}
CHILD = (
    "import json, sys\n"
    "from ops_set_check import blind_failures\n"
    "print(json.dumps(blind_failures(8, json.load(sys.stdin))))"
)


def test_blind8_set_matches_what_it_declares():
    """60 series on a 5-minute grid, 16-21 days, values in their kind's range, 68 windows in 16 kinds after the
    probation week and 12 hours apart (a growth-rate change runs to the end), 9 clean series, all 15 normal
    behaviour kinds recorded after the probation week, the same arrays twice, and no series name or value array of
    an earlier blind set."""
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
    assert sum(WINDOWS.values()) == 68
