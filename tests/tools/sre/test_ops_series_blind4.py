"""The fourth blind ops set (bench/ops_series_blind4.py) generates with its declared size, per-kind counts, normal
behaviours and well-formed labels, the same twice, sharing no series name or value array with the earlier sets;
checked in a child process (the bench's modules import each other by file name)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
SUMMARY = """
import hashlib, json
from ops_set_check import digest, problems, window_counts
from ops_series_blind4 import NORMAL_KINDS, PERSISTENT, blind4_normals, blind4_set
from ops_series_blind import blind_set
from ops_series_blind2 import blind2_set
from ops_series_blind3 import blind3_set

first = blind4_set()
normals = blind4_normals()
earlier = [s for make in (blind_set, blind2_set, blind3_set) for s in make()]
arrays = {hashlib.sha256(s.values.tobytes()).hexdigest() for s in earlier}
print(json.dumps({
    "digests": [digest(first), digest(blind4_set())],
    "problems": problems(first, (14, 21), 0.98, gap=144, persistent=frozenset(PERSISTENT)),
    "counts": window_counts(first),
    "series": len(first),
    "clean": sum(not s.windows for s in first),
    "kinds": sorted({s.kind for s in first}),
    "shared_names": sorted({s.name for s in first} & {s.name for s in earlier}),
    "shared_arrays": sum(hashlib.sha256(s.values.tobytes()).hexdigest() in arrays for s in first),
    "normal_kinds": list(NORMAL_KINDS),
    "normal_names": sorted(normals) == sorted(s.name for s in first),
    "normals": [[a, b, k, len(s.values)] for s in first for a, b, k in normals[s.name]],
}))
"""
DECLARED = {
    "batch_skipped": 5, "batch_late": 4, "busy_weekend": 4, "level_shift": 7, "error_burst": 5,
    "growth_acceleration": 4, "leak_onset": 3, "throughput_ceiling": 4, "pool_exhausted": 4, "heartbeat_gap": 4,
    "autoscaler_flap": 4, "jitter_storm": 4, "night_activity": 4, "hit_ratio_decay": 3, "double_count": 3,
}  # fmt: skip


def test_blind4_set_has_its_declared_size_labels_and_normals():
    """69 series on a 5-minute grid, 14-21 days, values in their kind's range, the declared windows per anomaly
    kind after the probation week and 12 hours apart (a persistent change runs to the end), 11 clean series,
    every normal behaviour kind recorded after the probation week, the same arrays twice, and no series name or
    value array of an earlier blind set."""
    got = json.loads(
        subprocess.run(
            [sys.executable, "-c", SUMMARY], cwd=BENCH, capture_output=True, text=True, timeout=600, check=True
        ).stdout
    )
    assert got["digests"][0] == got["digests"][1]
    assert got["problems"] == []
    assert got["counts"] == DECLARED
    assert (got["series"], got["clean"]) == (69, 11)
    assert got["kinds"] == ["counter", "gauge", "latency", "percentage", "ratio"]
    assert got["shared_names"] == [] and got["shared_arrays"] == 0
    assert got["normal_names"]
    assert all(0 <= a < b <= n and k in got["normal_kinds"] for a, b, k, n in got["normals"])
    assert {k for a, b, k, n in got["normals"] if b > 7 * 288} == set(got["normal_kinds"])
