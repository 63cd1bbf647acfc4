"""The seventh blind ops set (bench/ops_series_blind7.py) holds what it declares. ops_set_check.blind_failures does
the checking in a child process started in bench/ (the set's modules import each other by file name there), with
the declared sizes sent on stdin as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
WINDOWS = {
    "batch_skipped": 5,
    "batch_late": 5,
    "weekend_weekday_load": 4,
    "traffic_sag": 5,
    "hard_outage": 5,
    "retry_storm": 5,
    "double_emission": 3,
    "growth_rate_change": 3,
    "rotation_stopped": 3,
    "runaway_leak": 3,
    "stale_exporter": 5,
    "heartbeat_gap": 3,
    "latency_regression": 5,
    "error_ratio_burst": 5,
    "queue_backlog": 4,
    "cpu_pinned": 3,
}
DECLARED = {"days": [18, 21], "series": 69, "clean": 13, "counts": WINDOWS}
CHILD = (
    "import json, sys\n"
    "from ops_set_check import blind_failures\n"
    "print(json.dumps(blind_failures(7, json.load(sys.stdin))))"
)


def test_blind7_set_matches_what_it_declares():
    """69 series on a 5-minute grid, 18-21 days, values in their kind's range, 66 windows in 16 kinds after the
    probation week and 12 hours apart (a growth-rate change runs to the end), 13 clean series, all 15 normal
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
    assert sum(WINDOWS.values()) == 66
