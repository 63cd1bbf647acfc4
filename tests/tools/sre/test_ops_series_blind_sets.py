"""The sixth to eleventh, the fourteenth and the seventeenth blind ops sets (bench/ops_series_blind6.py ...
blind11.py, blind14.py, blind17.py) hold what they declare.
ops_set_check.blind_failures_of checks them all in one child process started in bench/ (the sets' modules import
each other by file name there), with the declared sizes sent on stdin as JSON: each set is generated twice for
its own check and its first generation serves the later sets' "no series of an earlier set" check, where one
process per set regenerated every earlier set again. A new set of this shape is one more row of SETS."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench"

# number: (days, series, clean, windows per kind); the per-set comments say what else each check covers.
SETS: dict[int, tuple[list[int], int, int, dict[str, int]]] = {
    # 77 windows in 16 kinds (a growth change runs to the end), all 17 normal behaviour kinds.
    6: ([18, 21], 70, 7, {
        "batch_missing": 8, "batch_wrong_time": 6, "weekend_busy": 5, "traffic_drop": 9, "burst_spike": 7,
        "double_count": 3, "growth_change": 5, "retention_stopped": 3, "latency_creep": 5, "regression_shift": 5,
        "error_plateau": 6, "cache_hit_drop": 3, "pool_exhausted": 3, "autoscaler_flapping": 3,
        "consumer_stalled": 3, "cooling_failure": 3,
    }),
    # 66 windows in 16 kinds (a growth-rate change runs to the end), all 15 normal behaviour kinds.
    7: ([18, 21], 69, 13, {
        "batch_skipped": 5, "batch_late": 5, "weekend_weekday_load": 4, "traffic_sag": 5, "hard_outage": 5,
        "retry_storm": 5, "double_emission": 3, "growth_rate_change": 3, "rotation_stopped": 3, "runaway_leak": 3,
        "stale_exporter": 5, "heartbeat_gap": 3, "latency_regression": 5, "error_ratio_burst": 5,
        "queue_backlog": 4, "cpu_pinned": 3,
    }),
    # 68 windows in 16 kinds (a growth-rate change runs to the end), all 15 normal behaviour kinds.
    8: ([16, 21], 60, 9, {
        "batch_missed": 6, "batch_wrong_hour": 5, "batch_overrun": 4, "weekend_weekday_traffic": 4,
        "weekday_quiet": 3, "partial_outage_drop": 5, "hard_down_zero": 4, "count_spike": 5, "crash_loop": 3,
        "growth_rate_change": 5, "stuck_value": 5, "error_ratio_surge": 5, "latency_regression": 5,
        "rotation_missed": 3, "queue_stall": 3, "autoscaler_flap": 3,
    }),
    # 67 windows in 16 kinds (a growth acceleration runs to the end), all 15 normal behaviour kinds.
    9: ([14, 21], 64, 8, {
        "batch_absent": 5, "batch_shifted": 4, "rest_day_busy": 4, "level_step": 5, "burst_count": 5,
        "growth_acceleration": 4, "heartbeat_silence": 4, "peak_missing": 4, "hit_ratio_collapse": 4,
        "flatline_exporter": 4, "jitter_burst": 3, "pinned_at_ceiling": 3, "compaction_skipped": 4,
        "error_ratio_burst": 5, "latency_drift": 5, "regional_dropout": 4,
    }),
    # 61 windows in 16 kinds (a growth change runs to the end), all 21 normal behaviour kinds.
    10: ([14, 21], 67, 8, {
        "batch_missing": 5, "batch_late": 4, "batch_stalled": 3, "restday_traffic": 4, "level_shift": 6,
        "count_spike": 5, "growth_change": 4, "counter_stall": 4, "partial_outage": 3, "phase_shift": 3,
        "queue_backlog": 3, "success_ratio_drop": 4, "tail_latency_ramp": 4, "sensor_flatline": 3,
        "sensor_oscillation": 3, "pinned_full": 3,
    }),
    # 72 windows in 16 kinds (a growth change runs to the end), all 22 normal behaviour kinds.
    11: ([14, 21], 67, 9, {
        "batch_missing": 7, "batch_wrong_hour": 6, "restday_busy": 4, "level_shift": 8, "count_spike": 7,
        "growth_change": 4, "tide_window_missed": 3, "trading_halt": 3, "off_hours_activity": 5,
        "early_cutoff": 3, "flattened_day": 3, "compaction_skipped": 3, "ratio_collapse": 6, "jitter_storm": 4,
        "sensor_drift": 3, "capped_peak": 3,
    }),
    # 69 windows in 16 kinds (a growth change runs to the end), all 21 normal behaviour kinds; there is no twelfth
    # or thirteenth ops set (ops_set_check skips the numbers without a module).
    14: ([14, 21], 62, 9, {
        "batch_missing": 6, "batch_wrong_hour": 6, "restday_busy": 4, "level_shift": 6, "count_spike": 6,
        "growth_change": 4, "cutoff_not_enforced": 3, "counter_stall": 5, "main_burst": 3, "queue_backlog": 3,
        "ratio_drop": 6, "latency_regression": 5, "stuck_gauge": 3, "peak_missing": 3, "variance_burst": 3,
        "hard_outage": 3,
    }),
    # 71 windows in 16 kinds (a growth change runs to the end), all 21 normal behaviour kinds; there are no fifteenth
    # or sixteenth ops sets.
    17: ([14, 21], 70, 13, {
        "batch_missing": 6, "batch_wrong_hour": 5, "batch_twice": 3, "batch_overrun": 3, "restday_busy": 4,
        "level_shift": 8, "count_spike": 6, "growth_change": 3, "counter_stall": 4, "off_hours_activity": 4,
        "latency_regression": 6, "ratio_drop": 5, "hard_outage": 4, "stuck_gauge": 4, "setpoint_drift": 3,
        "queue_backlog": 3,
    }),
}  # fmt: skip
TOTAL_WINDOWS = {6: 77, 7: 66, 8: 68, 9: 67, 10: 61, 11: 72, 14: 69, 17: 71}
# The sets whose test pinned that no training script reads them (the sixth to eighth never had that test).
KEPT_OUT = (9, 10, 11, 14, 17)
CHILD = (
    "import json, sys\n"
    "from ops_set_check import blind_failures_of\n"
    "specs = {int(n): s for n, s in json.load(sys.stdin).items()}\n"
    "print(json.dumps(blind_failures_of(specs)))"
)


@pytest.fixture(scope="module")
def failures() -> dict[str, Any]:
    """Every set's failures against its declaration, from one child process."""
    declared = {
        number: {"days": days, "series": series, "clean": clean, "counts": counts}
        for number, (days, series, clean, counts) in SETS.items()
    }
    child = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=BENCH,
        input=json.dumps(declared),
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    return json.loads(child.stdout)


@pytest.mark.parametrize("number", sorted(SETS))
def test_blind_set_matches_what_it_declares(failures, number):
    """The set's series on a 5-minute grid, its whole days, values in their kind's range, its windows per kind
    after the probation week and 12 hours apart (its persistent kind runs to the end), its clean series, every
    normal behaviour kind recorded after the probation week, the same arrays twice, and no series name or value
    array of an earlier blind set."""
    assert failures[str(number)] == []
    assert sum(SETS[number][3].values()) == TOTAL_WINDOWS[number]


@pytest.mark.parametrize("number", KEPT_OUT)
def test_no_training_script_imports_the_set(number):
    """The set stays blind: nothing under bench/ that trains or tunes reads it."""
    for path in BENCH.glob("*.py"):
        if path.name.startswith((f"ops_series_blind{number}", f"ops_blind{number}_")) or path.name in (
            "ops_series.py",
        ):
            continue
        text = path.read_text()
        assert f"ops_series_blind{number}" not in text and f"ops_blind{number}_" not in text, path.name
