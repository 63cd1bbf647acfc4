"""The fourth blind RCA set (bench/rca_blind4.py): its composition per kind, determinism, well-formed incidents,
estates of its own, and a ``--quick`` smoke run through the tool, in a child process (the bench's modules import
each other by file name)."""

from __future__ import annotations

import json

LOGGED = ("on_time", "late", "missing", "none")

SUMMARY = """
import collections, hashlib, json
import numpy as np
import rca_blind2_estates, rca_blind3_estates, rca_blind_estates
from rca_blind2 import BlindEnvironment
from rca_blind4 import STEPS, blind4_incidents
from rca_blind4_estates import ESTATES

def digest(incs):
    rows = [(i.seed, i.estate, [(r.kind, r.service, r.onset, r.profile) for r in i.roots]) for i in incs]
    arrays = [np.asarray(i.series[s][m]) for i in incs for s in sorted(i.series) for m in sorted(i.series[s])]
    return hashlib.sha256(repr(rows).encode() + np.concatenate(arrays).tobytes()).hexdigest()

first = blind4_incidents()
second = blind4_incidents()
single = [i for i in first if len(i.roots) == 1]
inc = first[0]
env = BlindEnvironment(ESTATES[inc.estate], inc)
window = env.observe(inc.start, inc.start + np.timedelta64(inc.steps, "m").item())
earlier = set()
for mod in (rca_blind_estates, rca_blind2_estates, rca_blind3_estates):
    earlier |= set(mod.ESTATES)
mine = {s for e in ESTATES.values() for s in e.kinds}
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "sizes": {k: len(e.kinds) for k, e in ESTATES.items()},
    "roots": [len(i.roots) for i in first],
    "per_kind": collections.Counter(i.roots[0].kind for i in single),
    "profiles": sorted({r.profile for i in first for r in i.roots}),
    "logged": sorted({r.logged for i in first for r in i.roots}),
    "unobserved_roots": sum(not r.observed for i in first for r in i.roots),
    "decoys": sum(i.decoy for i in first),
    "distractors": sorted({d for i in first for d in i.distractors}),
    "roots_known": all(r.service in ESTATES[i.estate].kinds for i in first for r in i.roots),
    "distinct_roots": all(len({r.service for r in i.roots}) == len(i.roots) for i in first),
    "hidden_flag": all(r.observed == (r.service not in i.hidden) for i in first for r in i.roots),
    "finite": all(np.isfinite(v).all() for i in first for m in i.series.values() for v in m.values()),
    "in_range": all(
        (m["error_rate"] >= 0).all() and (m["error_rate"] <= 1).all() and (m["saturation"] <= 1).all()
        and (m["latency_p99_ms"] > 0).all() for i in first for m in i.series.values()
    ),
    "window_hides": sorted(set(ESTATES[inc.estate].kinds) - set(window.series)) == sorted(inc.hidden),
    "length": window.length == inc.steps == STEPS,
    "own_estates": not (earlier & set(ESTATES)),
}))
"""


def test_set_is_deterministic_and_well_formed(run_in_bench):
    """240 incidents: 10 single faults per each of 16 kinds, 40 with two roots and 40 with three; same bytes twice."""
    got = json.loads(run_in_bench(SUMMARY))
    first, second = got["digests"]
    assert first == second
    assert sorted(got["sizes"].values()) == [33, 47, 50, 61]
    assert {n: got["roots"].count(n) for n in (1, 2, 3)} == {1: 160, 2: 40, 3: 40} and len(got["roots"]) == 240
    assert got["per_kind"] == dict.fromkeys(got["per_kind"], 10) and len(got["per_kind"]) == 16
    assert (got["profiles"], got["logged"]) == (["intermittent", "ramp", "small", "step"], sorted(LOGGED))
    assert got["unobserved_roots"] > 0 and got["decoys"] > 0
    assert got["distractors"] == ["batch", "gc", "rolling", "surge"]
    flags = ("roots_known", "distinct_roots", "hidden_flag", "finite", "in_range", "window_hides", "length")
    assert [k for k in flags if not got[k]] == []
    assert got["own_estates"]


def test_quick_run_on_a_few_incidents(run_in_bench):
    """The bench runs end to end through rank_root_causes and prints the table and the targets."""
    out = run_in_bench("", "rca_blind4.py", "--quick", "--limit", "4")
    assert "4 incidents:" in out and "top-1, single fault" in out and "all roots in top 3" in out
