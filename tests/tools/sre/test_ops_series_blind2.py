"""The second blind ops-series set (bench/ops_series_blind2.py): its size, grid, lengths, anomaly kinds, label
placement and determinism, checked in a child process (the bench's modules import each other by file name)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
SUMMARY = """
import hashlib, json
import numpy as np
from ops_series_blind2 import blind2_set

def digest(corpus):
    h = hashlib.sha256()
    for s in corpus:
        h.update(s.name.encode()); h.update(np.asarray(s.values, float).tobytes())
        h.update(np.asarray(s.present).tobytes()); h.update(repr((s.start_s, s.kind, s.windows)).encode())
    return h.hexdigest()

first, second = blind2_set(), blind2_set()
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "names": len({s.name for s in first}),
    "steps_ms": sorted({int(d) for s in first for d in np.diff(s.timestamps_ms[s.rows]) % 300_000}),
    "days": [len(s.values) / 288 for s in first],
    "off_grid_starts": sum(s.start_s % 300 != 0 for s in first),
    "kinds": sorted({s.kind for s in first}),
    "windows": [[s.windows, len(s.values)] for s in first],
}))
"""


def test_blind2_set_is_large_five_minute_one_to_three_weeks_and_deterministic():
    """>= 40 series on a 5-minute grid, 1-3 weeks long, >= 8 anomaly kinds labelled after the probation week,
    some series clean, and the same arrays from two calls."""
    done = subprocess.run(
        [sys.executable, "-c", SUMMARY], cwd=BENCH, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    days = summary["days"]
    assert len(days) >= 40 and summary["names"] == len(days)
    assert summary["steps_ms"] == [0] and summary["off_grid_starts"] == 0
    assert all(7 <= d <= 21 and d == int(d) for d in days)
    assert set(summary["kinds"]) <= {"counter", "gauge", "ratio", "percentage", "latency"}
    windows = [tuple(w) for ws, _ in summary["windows"] for w in ws]
    assert len({kind for *_, kind in windows}) >= 8
    assert all(7 * 288 <= s < e <= n for ws, n in summary["windows"] for s, e, _ in ws)
    assert any(not ws for ws, _ in summary["windows"])
    assert summary["digests"][0] == summary["digests"][1]
