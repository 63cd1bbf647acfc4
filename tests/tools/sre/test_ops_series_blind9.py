"""The ninth blind ops set (bench/ops_series_blind9.py) holds what it declares. ops_set_check.blind_failures does
the checking in a child process started in bench/ (the set's modules import each other by file name there), with
the declared sizes sent on stdin as JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
WINDOWS = {
    "batch_absent": 5,
    "batch_shifted": 4,
    "rest_day_busy": 4,
    "level_step": 5,
    "burst_count": 5,
    "growth_acceleration": 4,
    "heartbeat_silence": 4,
    "peak_missing": 4,
    "hit_ratio_collapse": 4,
    "flatline_exporter": 4,
    "jitter_burst": 3,
    "pinned_at_ceiling": 3,
    "compaction_skipped": 4,
    "error_ratio_burst": 5,
    "latency_drift": 5,
    "regional_dropout": 4,
}
DECLARED = {"days": [14, 21], "series": 64, "clean": 8, "counts": WINDOWS}
CHILD = (
    "import json, sys\n"
    "from ops_set_check import blind_failures\n"
    "print(json.dumps(blind_failures(9, json.load(sys.stdin))))"
)


def test_blind9_set_matches_what_it_declares():
    """64 series on a 5-minute grid, 14-21 days, values in their kind's range, 67 windows in 16 kinds after the
    probation week and 12 hours apart (a growth acceleration runs to the end), 8 clean series, all 15 normal
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
    assert sum(WINDOWS.values()) == 67


def test_no_training_script_imports_the_ninth_set():
    """The set stays blind: nothing under bench/ that trains or tunes reads it."""
    for path in BENCH.glob("*.py"):
        if path.name.startswith(("ops_series_blind9", "ops_blind9_")) or path.name in ("ops_series.py",):
            continue
        text = path.read_text()
        assert "ops_series_blind9" not in text and "ops_blind9_" not in text, path.name
