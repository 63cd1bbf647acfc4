"""The tenth blind ops set (bench/ops_series_blind10.py) holds what it declares. ops_set_check.blind_failures does
the checking in a child process started in bench/ (the set's modules import each other by file name there), with
the declared sizes sent on stdin as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
WINDOWS = {
    "batch_missing": 5,
    "batch_late": 4,
    "batch_stalled": 3,
    "restday_traffic": 4,
    "level_shift": 6,
    "count_spike": 5,
    "growth_change": 4,
    "counter_stall": 4,
    "partial_outage": 3,
    "phase_shift": 3,
    "queue_backlog": 3,
    "success_ratio_drop": 4,
    "tail_latency_ramp": 4,
    "sensor_flatline": 3,
    "sensor_oscillation": 3,
    "pinned_full": 3,
}
DECLARED = {"days": [14, 21], "series": 67, "clean": 8, "counts": WINDOWS}
CHILD = (
    "import json, sys\n"
    "from ops_set_check import blind_failures\n"
    "print(json.dumps(blind_failures(10, json.load(sys.stdin))))"
)


def test_blind10_set_matches_what_it_declares():
    """67 series on a 5-minute grid, 14-21 days, values in their kind's range, 61 windows in 16 kinds after the
    probation week and 12 hours apart (a growth change runs to the end), 8 clean series, all 21 normal behaviour
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
    assert sum(WINDOWS.values()) == 61


def test_no_training_script_imports_the_tenth_set():
    """The set stays blind: nothing under bench/ that trains or tunes reads it."""
    for path in BENCH.glob("*.py"):
        if path.name.startswith(("ops_series_blind10", "ops_blind10_")) or path.name in ("ops_series.py",):
            continue
        text = path.read_text()
        assert "ops_series_blind10" not in text and "ops_blind10_" not in text, path.name
