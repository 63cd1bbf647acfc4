"""The seventh blind RCA set (bench/rca_blind7.py): its composition per kind, determinism, well-formed incidents
and the visibility rule, and a smoke run through the tool, in a child process (the bench's modules import each
other by file name)."""

from __future__ import annotations

import json

import pytest

SUMMARY = """
import hashlib, json
from collections import Counter
import numpy as np
from rca_blind7 import KINDS, blind7_incidents, environment
from rca_blind7_estates import ESTATES
from rca_blind7_scene import root_visible

def digest(incs):
    h = hashlib.sha256()
    for i in incs:
        h.update(repr((i.seed, i.estate, i.start, [(r.kind, r.service, r.onset, r.profile) for r in i.roots])).encode())
        h.update(repr([(c.service, c.at, c.kind, c.detail) for c in i.changes]).encode())
        for s in sorted(i.series):
            for m in sorted(i.series[s]):
                h.update(np.asarray(i.series[s][m]).tobytes())
    return h.hexdigest()

first = blind7_incidents()
second = blind7_incidents()
inc = first[0]
env = environment(inc)
window = env.observe(inc.start, inc.start + np.timedelta64(inc.steps, "m").item())
single = Counter(i.roots[0].kind for i in first if len(i.roots) == 1)
print(json.dumps({
    "digests": [digest(first), digest(second)],
    "sizes": {k: len(e.kinds) for k, e in ESTATES.items()},
    "roots": [len(i.roots) for i in first],
    "single_per_kind": [single[k] for k in KINDS],
    "kinds_in_multi": len({r.kind for i in first if len(i.roots) > 1 for r in i.roots}),
    "n_kinds": len(KINDS),
    "profiles": sorted({r.profile for i in first for r in i.roots}),
    "logged": sorted({r.logged for i in first for r in i.roots}),
    "unobserved_roots": sum(not r.observed for i in first for r in i.roots),
    "decoys": sum(i.decoy for i in first),
    "observed_flag": all(r.observed == (r.service not in i.hidden) for i in first for r in i.roots),
    "roots_known": all(r.service in ESTATES[i.estate].kinds for i in first for r in i.roots),
    "distinct_roots": all(len({r.service for r in i.roots}) == len(i.roots) for i in first),
    "independent": all(
        b.service not in ESTATES[i.estate].ancestors(a.service) | ESTATES[i.estate].descendants(a.service)
        for i in first for a in i.roots for b in i.roots if a is not b
    ),
    "finite": all(np.isfinite(v).all() for i in first for m in i.series.values() for v in m.values()),
    "in_range": all(
        (np.asarray(m["error_rate"]) <= 1).all() and (np.asarray(m["saturation"]) <= 1).all()
        and (np.asarray(m["latency_p99_ms"]) > 0).all() for i in first for m in i.series.values()
    ),
    "changes_in_window": all(i.start <= c.at < i.start + np.timedelta64(i.steps, "m").item()
                             for i in first for c in i.changes),
    "window_hides": sorted(set(ESTATES[inc.estate].kinds) - set(window.series)) == sorted(inc.hidden),
    "length": window.length == inc.steps,
    "visible": all(
        len([a for a, _ in ESTATES[i.estate].callers(r.service) if a not in i.hidden]) >= 2
        for i in first for r in i.roots if not r.observed
    ),
}))
"""


@pytest.fixture(scope="module")
def summary(run_in_bench) -> dict:
    """SUMMARY, from one child process the set's tests share (it generates the set twice, the determinism check; a
    second child generating the quick subset again is not needed)."""
    return json.loads(run_in_bench(SUMMARY))


def test_set_is_deterministic_and_well_formed(summary):
    """240 incidents (16 kinds x 10 single, 40 with two roots, 40 with three), identical on every run, with every
    profile, every way the change is logged, hidden roots, decoys and well-formed series."""
    got = summary
    assert got["digests"][0] == got["digests"][1]
    assert len(got["sizes"]) == 4 and all(25 <= n <= 70 for n in got["sizes"].values())
    assert len(got["roots"]) == 240
    assert got["roots"].count(1) == 160 and got["roots"].count(2) == 40 and got["roots"].count(3) == 40
    assert got["n_kinds"] == 16 and got["single_per_kind"] == [10] * 16 and got["kinds_in_multi"] == 16
    assert got["profiles"] == ["intermittent", "ramp", "small", "step"]
    assert got["logged"] == ["late", "missing", "none", "on time"]
    assert got["unobserved_roots"] >= 20 and got["decoys"] >= 60
    for key in ("observed_flag", "roots_known", "distinct_roots", "independent", "finite", "in_range",
                "changes_in_window", "window_hides", "length"):  # fmt: skip
        assert got[key], key


def test_every_root_passes_the_visibility_rule(summary):
    """A root without metrics has at least two observed callers (the visibility rule needs two of them disturbed;
    the generator re-draws otherwise), on the whole set (which holds the quick subset: every fifth incident)."""
    assert summary["visible"] is True


def test_quick_run_on_a_few_incidents(run_in_bench):
    """The bench runs end to end through the registered tools and prints its table."""
    out = run_in_bench("", "rca_blind7.py", "--quick", "--limit", "3")
    assert "3 incidents:" in out and "top-1, single fault" in out and "all roots in top 3" in out
