"""The blind RCA incident set (bench/rca_blind.py): its fixed composition, deterministic and well-formed
incidents, and a smoke run of the bench — in a child process (the bench's modules import each other by name)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"
SUMMARY = """
import hashlib, json
from collections import Counter
from genaiops.tools.sre.environment import MetricWindow
from rca_blind_set import BlindEnvironment, plan, make_incident

def digest(inc):
    h = hashlib.sha256()
    h.update(json.dumps(inc.series, sort_keys=True).encode())
    h.update(repr([(c.service, c.at.isoformat(), c.kind, c.detail) for c in inc.change_log]).encode())
    h.update(repr((inc.start, inc.end, inc.roots, inc.kinds, inc.shapes, inc.dark_roots)).encode())
    return h.hexdigest()

planned = plan()
picked = [p for p in planned if p.index in (0, 2, 3, 5, 12, 44)]
problems = []
digests = []
for p in picked:
    a, b = make_incident(p), make_incident(p)
    digests.append(digest(a) == digest(b))
    env = BlindEnvironment(a)
    window = env.observe(a.start, a.end)
    MetricWindow.model_validate(window.model_dump())
    services = set(a.topology.services)
    lengths = {len(v) for m in a.series.values() for v in m.values()}
    if lengths != {round((a.end - a.start).total_seconds() / 60)}:
        problems.append(f"{p.index}: lengths {lengths}")
    if set(a.series) - services or not 15 <= len(services) <= 80:
        problems.append(f"{p.index}: services")
    if len(set(a.roots)) != len(p.kinds) or not set(a.roots) <= services or tuple(a.kinds) != p.kinds:
        problems.append(f"{p.index}: roots {a.roots}")
    if any((r in a.series) == dark for r, dark in zip(a.roots, a.dark_roots)):
        problems.append(f"{p.index}: a dark root has metrics, or a lit one has none")
    if any(not (a.start <= c.at < a.end) or c.service not in services for c in a.change_log):
        problems.append(f"{p.index}: change outside the window or estate")
    if set(a.series[next(iter(a.series))]) != {"latency_p99_ms", "error_rate", "saturation"}:
        problems.append(f"{p.index}: metric names")
print(json.dumps({
    "total": len(planned),
    "single_per_kind": sorted(Counter(p.kinds[0] for p in planned if len(p.kinds) == 1).values()),
    "multi_sizes": sorted(Counter(len(p.kinds) for p in planned if len(p.kinds) > 1).items()),
    "kinds": len({k for p in planned for k in p.kinds}),
    "estates": sorted(Counter(p.estate for p in planned).items()),
    "dark_singles": sum(p.dark for p in planned if len(p.kinds) == 1),
    "same": digests,
    "problems": problems,
}))
"""


def _run(code_or_args: list[str], timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *code_or_args], cwd=BENCH, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_blind_rca_set_has_its_declared_composition_and_deterministic_well_formed_incidents():
    """246 incidents: 11 single-fault per each of 15 kinds, 81 with 2 or 3 roots, all four estates; sampled
    incidents come out identical twice, with equal-length series of the three exported metrics, roots in the
    topology (dark roots without metrics), and changes inside the window."""
    done = _run(["-c", SUMMARY])
    assert done.returncode == 0, done.stderr[-2000:]
    got = json.loads(done.stdout.strip().splitlines()[-1])
    assert got["total"] == 246
    assert got["single_per_kind"] == [11] * 15
    assert got["multi_sizes"] == [[2, 54], [3, 27]]
    assert got["kinds"] == 15
    assert [e for e, _ in got["estates"]] == ["dataplat", "mlserve", "shop", "travel"]
    assert got["dark_singles"] >= 40
    assert got["same"] == [True] * 6
    assert got["problems"] == []


def test_blind_rca_bench_quick_smoke_run_prints_its_tables():
    """`python bench/rca_blind.py --quick --limit 6` scores a few incidents and prints both tables and targets."""
    done = _run(["rca_blind.py", "--quick", "--limit", "6"])
    assert done.returncode == 0, done.stderr[-2000:]
    for heading in ("Single fault, top-1", "Multi-fault, all roots in the top 3", "issue targets"):
        assert heading in done.stdout
    bad = _run(["rca_blind.py", "--limit", "0"])
    assert bad.returncode == 2 and "--limit must be at least 1" in bad.stderr
