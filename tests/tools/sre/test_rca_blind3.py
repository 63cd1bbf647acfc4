"""The third blind RCA set (bench/rca_blind3.py): its composition, determinism, well-formed incidents, and a
``--quick`` run on a few incidents, in a child process (the bench's modules import each other by file name)."""

from __future__ import annotations

import json

SUMMARY = """
import hashlib, json
from collections import Counter
from datetime import timedelta
import numpy as np
from rca_blind3 import KINDS, BlindEnvironment, blind3_incidents, visible
from rca_blind3_estates import ESTATES

def digest(incs):
    h = hashlib.sha256()
    for i in incs:
        h.update(repr((i.seed, i.estate, [(r.kind, r.service, r.onset, r.profile) for r in i.roots])).encode())
        h.update(repr([(c.service, c.at.isoformat(), c.kind) for c in i.changes]).encode())
        for s in sorted(i.series):
            for m in sorted(i.series[s]):
                h.update(np.asarray(i.series[s][m]).tobytes())
    return h.hexdigest()

first = blind3_incidents()
second = blind3_incidents()
env = BlindEnvironment(ESTATES[first[0].estate], first[0])
window = env.observe(first[0].start, first[0].start + timedelta(minutes=first[0].steps))
single = Counter(i.roots[0].kind for i in first if len(i.roots) == 1)
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "sizes": {k: len(e.kinds) for k, e in ESTATES.items()},
    "roots": [len(i.roots) for i in first],
    "single_per_kind": sorted(single.values()),
    "kinds": sorted({r.kind for i in first for r in i.roots}) == sorted(KINDS),
    "n_kinds": len(KINDS),
    "profiles": sorted({r.profile for i in first for r in i.roots}),
    "logged": sorted({r.logged for i in first for r in i.roots}),
    "decoys": sum(i.decoy for i in first),
    "unobserved_roots": sum(not r.observed for i in first for r in i.roots),
    "visible": all(visible(i) for i in first),
    "roots_known": all(r.service in ESTATES[i.estate].kinds for i in first for r in i.roots),
    "distinct_roots": all(len({r.service for r in i.roots}) == len(i.roots) for i in first),
    "finite": all(np.isfinite(v).all() for i in first for m in i.series.values() for v in m.values()),
    "window_hides": sorted(set(ESTATES[first[0].estate].kinds) - set(window.series)) == sorted(first[0].hidden),
    "length": window.length == first[0].steps,
}))
"""


def test_set_is_deterministic_and_well_formed(run_in_bench):
    """Same incidents twice; 160 single faults (ten per kind), 40 with two roots, 40 with three; every root visible."""
    got = json.loads(run_in_bench(SUMMARY))
    assert got["digests"][0] == got["digests"][1]
    assert len(got["sizes"]) == 4 and all(25 <= n <= 70 for n in got["sizes"].values())
    assert len(got["roots"]) == 240
    assert got["roots"].count(1) == 160 and got["roots"].count(2) == 40 and got["roots"].count(3) == 40
    assert got["n_kinds"] == 16 and got["single_per_kind"] == [10] * 16 and got["kinds"]
    assert got["profiles"] == ["intermittent", "ramp", "small", "step"]
    assert got["logged"] == ["late", "missing", "none", "on time"]
    assert got["decoys"] > 0 and got["unobserved_roots"] > 0
    for key in ("visible", "roots_known", "distinct_roots", "finite", "window_hides", "length"):
        assert got[key], key


def test_quick_run_on_a_few_incidents(run_in_bench):
    """The bench runs end to end through the tools on a few incidents and prints its table."""
    out = run_in_bench("", "rca_blind3.py", "--quick", "--limit", "4")
    assert "4 incidents:" in out and "top-1, single fault" in out and "all roots in top 3" in out
