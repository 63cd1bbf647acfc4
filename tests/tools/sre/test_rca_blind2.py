"""The second blind RCA set (bench/rca_blind2.py): its composition, determinism, well-formed incidents, and a
``--quick`` run on a few incidents, in a child process (the bench's modules import each other by file name)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
SUMMARY = """
import hashlib, json
import numpy as np
from rca_blind2 import BlindEnvironment, blind2_incidents, visible
from rca_blind2_estates import ESTATES

def digest(incs):
    h = hashlib.sha256()
    for i in incs:
        h.update(repr((i.seed, i.estate, [(r.kind, r.service, r.onset) for r in i.roots])).encode())
        for s in sorted(i.series):
            for m in sorted(i.series[s]):
                h.update(np.asarray(i.series[s][m]).tobytes())
    return h.hexdigest()

first = blind2_incidents()
second = blind2_incidents()
env = BlindEnvironment(ESTATES[first[0].estate], first[0])
window = env.observe(first[0].start, first[0].start + np.timedelta64(first[0].steps, "m").item())
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "sizes": {k: len(e.kinds) for k, e in ESTATES.items()},
    "roots": [len(i.roots) for i in first],
    "kinds": sorted({r.kind for i in first for r in i.roots}),
    "unobserved_roots": sum(not r.observed for i in first for r in i.roots),
    "visible": all(visible(i) for i in first),
    "roots_known": all(r.service in ESTATES[i.estate].kinds for i in first for r in i.roots),
    "distinct_roots": all(len({r.service for r in i.roots}) == len(i.roots) for i in first),
    "finite": all(np.isfinite(v).all() for i in first for m in i.series.values() for v in m.values()),
    "window_hides": sorted(set(ESTATES[first[0].estate].kinds) - set(window.series)) == sorted(first[0].hidden),
    "length": window.length == first[0].steps,
}))
"""


def _run(code: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, *(["-c", code] if code else []), *args], cwd=BENCH, capture_output=True, text=True, timeout=600
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_set_is_deterministic_and_well_formed():
    got = json.loads(_run(SUMMARY))
    assert got["digests"][0] == got["digests"][1]
    assert all(15 <= n <= 80 for n in got["sizes"].values()) and len(got["sizes"]) >= 3
    assert len(got["roots"]) == 240
    assert got["roots"].count(1) == 160 and got["roots"].count(2) == 40 and got["roots"].count(3) == 40
    assert len(got["kinds"]) == 15
    assert got["unobserved_roots"] > 0
    for key in ("visible", "roots_known", "distinct_roots", "finite", "window_hides", "length"):
        assert got[key], key


def test_quick_run_on_a_few_incidents():
    out = _run("", "rca_blind2.py", "--quick", "--limit", "4")
    assert "4 incidents:" in out and "top-1, single fault" in out and "all roots in top 3" in out
