"""The third blind ops set (bench/ops_series_blind3.py) generates with its declared size, per-kind counts and
well-formed labels, the same twice; checked in a child process (the bench's modules import each other by file name)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
SUMMARY = """
import hashlib, json
import numpy as np
from ops_series_blind3 import ANOMALY_KINDS, blind3_normals, blind3_set

def digest(corpus):
    h = hashlib.sha256()
    for s in corpus:
        h.update(s.name.encode()); h.update(s.values.tobytes()); h.update(s.present.tobytes())
        h.update(repr((s.start_s, s.kind, s.windows)).encode())
    return h.hexdigest()

first, second = blind3_set(), blind3_set()
normals = blind3_normals()
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "anomaly_kinds": list(ANOMALY_KINDS),
    "names": len({s.name for s in first}),
    "steps_ms": sorted({int(d) for s in first for d in np.diff(s.timestamps_ms)}),
    "off_grid_starts": sum(s.start_s % 300 != 0 for s in first),
    "days": [len(s.values) / 288 for s in first],
    "kinds": [s.kind for s in first],
    "finite": all(bool(np.isfinite(s.values).all()) for s in first),
    "ranges": [[s.kind, float(s.values.min()), float(s.values.max())] for s in first],
    "present": [[len(s.present), int(s.present.sum()), bool(s.present[0] and s.present[-1])] for s in first],
    "windows": [[s.windows, len(s.values)] for s in first],
    "normals": sorted({k for v in normals.values() for a, _, k in v if a >= 7 * 288}),
}))
"""
DECLARED = {
    "saturation_creep": 5, "stuck_counter": 4, "error_ratio_creep": 4, "shard_outage": 5, "cron_silent_stop": 5,
    "latency_bimodal": 4, "latency_regression": 4, "deploy_traffic_drop": 4, "flatline": 6, "clock_skew": 4,
    "leak_rate_change": 3, "queue_backlog": 4, "silent_workday": 3, "retry_storm": 5,
}  # fmt: skip


def _summary() -> dict:
    done = subprocess.run(
        [sys.executable, "-c", SUMMARY], cwd=BENCH, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_blind3_set_has_its_declared_size_and_labels():
    """60 series on a 5-minute grid, 9-21 days, the declared windows per anomaly kind, each after the probation
    week, inside its series and apart from the others; values in their kind's range; the same arrays twice."""
    got = _summary()
    assert got["digests"][0] == got["digests"][1]
    assert got["names"] == 60
    assert got["steps_ms"] == [300_000]
    assert got["off_grid_starts"] == 0
    assert all(9 <= d <= 21 and d == int(d) for d in got["days"])
    assert set(got["kinds"]) == {"counter", "gauge", "ratio", "percentage", "latency"}
    assert got["finite"]
    for kind, low, high in got["ranges"]:
        assert kind not in ("ratio", "percentage") or 0 <= low <= high <= (1 if kind == "ratio" else 100)
    for (_, length), (rows, present, ends_present) in zip(got["windows"], got["present"], strict=True):
        assert rows == length and present > 0.9 * length and ends_present
    counts: dict[str, int] = {}
    for windows, length in got["windows"]:
        ordered = sorted(windows)
        for index, (start, end, kind) in enumerate(ordered):
            assert 7 * 288 <= start < end < length
            assert index == len(ordered) - 1 or end <= ordered[index + 1][0]
            assert kind in got["anomaly_kinds"]
            counts[kind] = counts.get(kind, 0) + 1
    assert counts == DECLARED
    assert sum(not windows for windows, _ in got["windows"]) == 6
    assert len(got["normals"]) >= 10
