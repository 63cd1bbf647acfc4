"""The sixth blind RCA set (bench/rca_blind6.py): its composition per kind, determinism, well-formed incidents,
estates of its own (few caller/callee pairs named on one line of an earlier set's estates), and a ``--quick`` run
on a few incidents, in a child process (the bench's modules import each other by file name)."""

from __future__ import annotations

import json

SUMMARY = """
import hashlib, json, re
from collections import Counter
from pathlib import Path
import numpy as np
from rca_blind6 import KINDS, BlindEnvironment, blind6_incidents, visible
from rca_blind6_estates import ESTATES

def digest(incs):
    h = hashlib.sha256()
    for i in incs:
        h.update(repr((i.seed, i.estate, [(r.kind, r.service, r.onset) for r in i.roots])).encode())
        h.update(repr([(c.service, c.at.isoformat(), c.kind, c.detail) for c in i.changes]).encode())
        for s in sorted(i.series):
            for m in sorted(i.series[s]):
                h.update(np.asarray(i.series[s][m]).tobytes())
    return h.hexdigest()

first = blind6_incidents()
second = blind6_incidents()
inc = first[0]
env = BlindEnvironment(ESTATES[inc.estate], inc)
window = env.observe(inc.start, inc.start + np.timedelta64(inc.steps, "m").item())
earlier = [
    set(re.findall(r"[A-Za-z0-9_.-]+", line))
    for path in sorted(Path(".").glob("rca_blind*_estates.py")) if "blind6" not in path.name
    for line in path.read_text().splitlines()
]
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "sizes": {k: len(e.kinds) for k, e in ESTATES.items()},
    "roots": [len(i.roots) for i in first],
    "single_kinds": Counter(i.roots[0].kind for i in first if len(i.roots) == 1),
    "kinds": sorted({r.kind for i in first for r in i.roots}),
    "all_kinds": list(KINDS),
    "profiles": sorted({r.profile for i in first for r in i.roots}),
    "logged": sorted({r.logged for i in first for r in i.roots}),
    "decoys": sum(i.decoy for i in first),
    "unobserved_roots": sum(not r.observed for i in first for r in i.roots),
    "visible": all(visible(i) for i in first),
    "distinct_roots": all(len({r.service for r in i.roots}) == len(i.roots) for i in first),
    "independent": all(
        a.service not in ESTATES[i.estate].below(b.service) for i in first for a in i.roots for b in i.roots
    ),
    "finite": all(np.isfinite(v).all() for i in first for m in i.series.values() for v in m.values()),
    "bounded": all(
        (0 <= m[k]).all() and (m[k] <= 1).all() for i in first for m in i.series.values()
        for k in ("error_rate", "saturation") if k in m
    ),
    "window_hides": sorted(set(ESTATES[inc.estate].kinds) - set(window.series)) == sorted(inc.hidden),
    "length": window.length == inc.steps,
    "shared_edges": {
        k: sum(any(a in line and b in line for line in earlier) for a, b, _ in e.edges) / len(e.edges)
        for k, e in ESTATES.items()
    },
}))
"""


def test_set_is_deterministic_and_well_formed(run_in_bench):
    """240 incidents (160 single, 40 with two roots, 40 with three), each kind 10-11 times alone, same on a rerun."""
    got = json.loads(run_in_bench(SUMMARY))
    assert got["digests"][0] == got["digests"][1]
    assert len(got["sizes"]) >= 3 and all(25 <= n <= 70 for n in got["sizes"].values())
    assert len(got["roots"]) == 240
    assert got["roots"].count(1) == 160 and got["roots"].count(2) == 40 and got["roots"].count(3) == 40
    assert got["kinds"] == sorted(got["all_kinds"]) and len(got["kinds"]) == 15
    assert sorted(got["single_kinds"]) == sorted(got["all_kinds"])
    assert all(10 <= n <= 11 for n in got["single_kinds"].values())
    assert got["profiles"] == ["intermittent", "ramp", "small", "step"]
    assert got["logged"] == ["late", "missing", "none", "on time"]
    assert got["decoys"] > 20 and got["unobserved_roots"] > 20
    for key in ("visible", "distinct_roots", "independent", "finite", "bounded", "window_hides", "length"):
        assert got[key], key
    assert all(share < 0.2 for share in got["shared_edges"].values()), got["shared_edges"]


def test_quick_run_on_a_few_incidents(run_in_bench):
    """The bench runs end to end through the tools and prints its table."""
    out = run_in_bench("", "rca_blind6.py", "--quick", "--limit", "3")
    assert "3 incidents:" in out and "top-1, single fault" in out and "all roots in top 3" in out
