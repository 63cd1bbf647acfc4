"""The second blind log set (bench/logs_blind2.py): deterministic under any hash seed, well formed (sizes, template
counts, skew, one line per record, JSON systems valid JSON), and its bench runs on a small subset. Checked in child
processes, since the bench's modules import each other by file name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[3] / "bench"

SUMMARY = """
import json
from collections import Counter
from logs_blind2 import SYSTEMS, blind2_lines, blind2_systems, digest
out = {"digest": digest(blind2_systems()), "systems": {}}
for name in SYSTEMS:
    lines = blind2_lines(name)
    counts = Counter(line.label for line in lines)
    json_ok = None
    if name in ("mongodb", "etcd"):
        json_ok = all(isinstance(json.loads(line.raw), dict) for line in lines)
    out["systems"][name] = {
        "lines": len(lines),
        "templates": len(counts),
        "top_share": counts.most_common(1)[0][1] / len(lines),
        "rare": sum(1 for c in counts.values() if c < 0.01 * len(lines)),
        "labels_named": all(label.startswith(name + "-") for label in counts),
        "one_line": all(
            "\\n" not in l.raw and "\\r" not in l.raw and l.raw.strip() and l.content.strip() for l in lines
        ),
        "json_ok": json_ok,
    }
print(json.dumps(out))
"""


def _summary(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", SUMMARY], cwd=BENCH, env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(done.stdout)


def test_set_is_deterministic_across_hash_seeds_and_well_formed() -> None:
    """Two hash seeds give the same set; every system is 1,000-2,000 lines from 15-60 templates, skewed, well formed."""
    first, second = _summary("1"), _summary("4242")
    assert first == second
    systems = first["systems"]
    assert len(systems) >= 10
    for name, s in systems.items():
        assert 1000 <= s["lines"] <= 2000, name
        assert 15 <= s["templates"] <= 60, name
        assert s["top_share"] >= 0.1 and s["rare"] >= 3, name  # a few dominate, a long tail is rare
        assert s["labels_named"] and s["one_line"], name
        assert s["json_ok"] in (None, True), name


def test_bench_runs_on_a_small_subset() -> None:
    """The bench scores and times two systems cut to 120 lines each, and rejects an unknown system clearly."""
    cmd = [sys.executable, "logs_blind2.py", "--systems", "coredns,celery", "--lines", "120", "--repeats", "1"]
    done = subprocess.run(cmd, cwd=BENCH, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "coredns" in done.stdout and "celery" in done.stdout and "mean" in done.stdout
    assert "lines/CPU-s" in done.stdout
    bad = subprocess.run(
        [sys.executable, "logs_blind2.py", "--systems", "nginx"], cwd=BENCH, capture_output=True, text=True
    )
    assert bad.returncode == 2 and "unknown system(s) nginx" in bad.stderr
