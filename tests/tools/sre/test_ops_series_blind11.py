"""The eleventh blind ops set (bench/ops_series_blind11.py) holds what it declares. ops_set_check.blind_failures
does the checking in a child process started in bench/ (the set's modules import each other by file name there),
with the declared sizes sent on stdin as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
WINDOWS = {
    "batch_missing": 7,
    "batch_wrong_hour": 6,
    "restday_busy": 4,
    "level_shift": 8,
    "count_spike": 7,
    "growth_change": 4,
    "tide_window_missed": 3,
    "trading_halt": 3,
    "off_hours_activity": 5,
    "early_cutoff": 3,
    "flattened_day": 3,
    "compaction_skipped": 3,
    "ratio_collapse": 6,
    "jitter_storm": 4,
    "sensor_drift": 3,
    "capped_peak": 3,
}
DECLARED = {"days": [14, 21], "series": 67, "clean": 9, "counts": WINDOWS}
CHILD = (
    "import json, sys\n"
    "from ops_set_check import blind_failures\n"
    "print(json.dumps(blind_failures(11, json.load(sys.stdin))))"
)


def test_blind11_set_matches_what_it_declares():
    """67 series on a 5-minute grid, 14-21 days, values in their kind's range, 72 windows in 16 kinds after the
    probation week and 12 hours apart (a growth change runs to the end), 9 clean series, all 22 normal behaviour
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
    assert sum(WINDOWS.values()) == 72


def test_no_training_script_imports_the_eleventh_set():
    """The set stays blind: nothing under bench/ that trains or tunes reads it."""
    for path in BENCH.glob("*.py"):
        if path.name.startswith(("ops_series_blind11", "ops_blind11_")) or path.name in ("ops_series.py",):
            continue
        text = path.read_text()
        assert "ops_series_blind11" not in text and "ops_blind11_" not in text, path.name
