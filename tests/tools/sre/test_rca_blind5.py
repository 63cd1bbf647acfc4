"""The fifth blind RCA set (bench/rca_blind5.py): its composition per kind, determinism, well-formed incidents, and
a ``--quick`` run on a few incidents, in a child process (the bench's modules import each other by file name)."""

from __future__ import annotations

import json

SUMMARY = """
import collections, hashlib, json
from datetime import timedelta
import numpy as np
from rca_blind5 import KINDS, BlindEnvironment, blind5_incidents
from rca_blind5_estates import ESTATES
from rca_blind2_estates import ESTATES as EARLIER

def digest(incs):
    h = hashlib.sha256()
    for i in incs:
        h.update(repr((i.seed, i.estate, [(r.kind, r.service, r.onset, r.profile) for r in i.roots])).encode())
        h.update(repr([(c.service, c.at, c.kind) for c in i.changes]).encode())
        for s in sorted(i.series):
            for m in sorted(i.series[s]):
                h.update(np.asarray(i.series[s][m]).tobytes())
    return h.hexdigest()

first = blind5_incidents()
second = blind5_incidents()
inc = first[0]
env = BlindEnvironment(ESTATES[inc.estate], inc)
window = env.observe(inc.start, inc.start + timedelta(minutes=inc.steps))
single = collections.Counter(i.roots[0].kind for i in first if len(i.roots) == 1)
end = lambda i: i.start + timedelta(minutes=i.steps)
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "sizes": {k: len(e.kinds) for k, e in ESTATES.items()},
    "roots": [len(i.roots) for i in first],
    "single": [single[k] for k in KINDS],
    "kinds": sorted({r.kind for i in first for r in i.roots}),
    "profiles": sorted({r.profile for i in first for r in i.roots}),
    "logged": sorted({r.logged for i in first for r in i.roots}),
    "unobserved_roots": sum(not r.observed for i in first for r in i.roots),
    "decoys": sum(i.decoy for i in first),
    "roots_known": all(r.service in ESTATES[i.estate].kinds for i in first for r in i.roots),
    "distinct_roots": all(len({r.service for r in i.roots}) == len(i.roots) for i in first),
    "unrelated_roots": all(not ESTATES[i.estate].related(a.service, b.service)
                           for i in first for a in i.roots for b in i.roots if a is not b),
    "hidden_flag": all((r.service in i.hidden) == (not r.observed) for i in first for r in i.roots),
    "changes_inside": all(i.start <= c.at < end(i) for i in first for c in i.changes),
    "finite": all(np.isfinite(v).all() for i in first for m in i.series.values() for v in m.values()),
    "bounded": all(0 <= np.min(m[k]) and np.max(m[k]) <= 1 for i in first for m in i.series.values()
                   for k in ("error_rate", "saturation")),
    "window_hides": sorted(set(ESTATES[inc.estate].kinds) - set(window.series)) == sorted(inc.hidden),
    "length": window.length == inc.steps,
    "new_estates": all(set(e.kinds) != set(o.kinds) for e in ESTATES.values() for o in EARLIER.values()),
}))
"""


def test_set_is_deterministic_and_well_formed(run_in_bench):
    """240 incidents from fixed seeds, the declared counts per kind, and every incident well formed."""
    got = json.loads(run_in_bench(SUMMARY))
    assert got["digests"][0] == got["digests"][1]
    assert all(25 <= n <= 70 for n in got["sizes"].values()) and len(got["sizes"]) == 4
    assert len(got["roots"]) == 240
    assert got["roots"].count(1) == 160 and got["roots"].count(2) == 44 and got["roots"].count(3) == 36
    assert got["single"] == [11] * 10 + [10] * 5
    assert len(got["kinds"]) == 15
    assert got["profiles"] == ["intermittent", "ramp", "small", "step"]
    assert got["logged"] == ["late", "missing", "none", "on_time"]
    assert got["unobserved_roots"] > 0 and got["decoys"] > 0
    for key in (
        "roots_known",
        "distinct_roots",
        "unrelated_roots",
        "hidden_flag",
        "changes_inside",
        "finite",
        "bounded",
        "window_hides",
        "length",
        "new_estates",
    ):
        assert got[key], key


def test_quick_run_on_a_few_incidents(run_in_bench):
    """``--quick --limit 3`` scores three incidents through the registered tools and prints the table."""
    out = run_in_bench("", "rca_blind5.py", "--quick", "--limit", "3")
    assert "3 incidents:" in out and "top-1, single fault" in out and "all roots in top 3" in out
