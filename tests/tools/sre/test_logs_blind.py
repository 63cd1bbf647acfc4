"""The blind log set (bench/logs_blind*.py): deterministic, well formed, not Loghub, and its bench runs. Checked in
child processes, since the bench's modules import each other by file name."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
BENCH = ROOT / "bench"
DIGEST = "19fc70d3fcf34d275214abb49954e2455ca84a384e2ff3bb454c22a49af94f0c"
LOGHUB = {"hdfs", "hadoop", "spark", "zookeeper", "bgl", "hpc", "thunderbird", "windows", "linux", "android",
          "healthapp", "apache", "proxifier", "openssh", "openstack", "mac"}  # fmt: skip

SUMMARY = """
import hashlib, json
from collections import Counter
from logs_blind import SPECS
from logs_blind_gen import generate

digest = hashlib.sha256()
out = {}
for name, spec in SPECS.items():
    g = generate(spec)
    for part in (g.raw, g.content, g.truth):
        digest.update("\\n".join(part).encode())
        digest.update(b"\\0")
    declared = sorted({t.tid for t in spec.templates} | set(spec.extra_ids))
    out[name] = {"lines": len(g.raw), "counts": Counter(g.truth), "declared": declared,
                 "bad": [i for i, (r, c) in enumerate(zip(g.raw, g.content)) if "\\n" in r or not c.strip()
                         or (c not in r and json.loads(r).get("msg") != c)]}
print(json.dumps({"digest": digest.hexdigest(), "systems": out}))
"""


def _run(args: list[str], seed: str = "0") -> subprocess.CompletedProcess[str]:
    env = os.environ | {"PYTHONHASHSEED": seed, "PYTHONPATH": str(BENCH)}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=600)


def test_generator_is_deterministic_and_every_system_is_well_formed():
    """Two processes with different hash seeds generate the same set (pinned digest); every system is not in
    Loghub, has 1,000-2,000 lines from 15-60 templates, uses exactly its declared template ids, a skewed
    frequency, and one line per record with a non-empty content column taken from that line."""
    first, second = _run(["-c", SUMMARY], "0"), _run(["-c", SUMMARY], "4242")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    summary = json.loads(first.stdout)
    assert summary["digest"] == DIGEST
    systems = summary["systems"]
    assert len(systems) >= 10
    assert not {name.lower() for name in systems} & LOGHUB
    for name, s in systems.items():
        counts = s["counts"]
        assert 1000 <= s["lines"] <= 2000, name
        assert 15 <= len(counts) <= 60, name
        assert sorted(counts) == s["declared"], name
        assert max(counts.values()) >= 20 * min(counts.values()), name
        assert s["bad"] == [], name


def test_bench_runs_on_a_subset_and_prints_its_table():
    """The bench scores a truncated subset with every runner and measures throughput, exit code 0."""
    out = _run(["bench/logs_blind.py", "--systems", "redis,node-checkout", "--limit", "60", "--repeats", "1"])
    assert out.returncode == 0, out.stderr
    assert "parse_logs raw" in out.stdout and "Drain3 content" in out.stdout
    assert [line.split()[0] for line in out.stdout.splitlines()[1:4]] == ["redis", "node-checkout", "mean"]
    assert "lines/CPU-s" in out.stdout


def test_bench_rejects_an_unknown_system_with_a_clear_message():
    """An unknown system name exits non-zero naming the choices, without a traceback."""
    out = _run(["bench/logs_blind.py", "--systems", "hdfs", "--no-throughput"])
    assert out.returncode != 0
    assert "unknown system(s) hdfs: choose from nginx" in out.stderr
    assert "Traceback" not in out.stderr
