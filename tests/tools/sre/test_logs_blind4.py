"""The fourth blind log set (bench/logs_blind4.py): deterministic under any hash seed, each system at its declared
size, well formed (template counts, skew, every line labelled with its system, one line per record, JSON systems
valid JSON), no raw line shared with the second or third unseen set, and its bench runs on a small subset. Checked
in child processes, since the bench's modules import each other by file name."""

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
from logs_blind4 import SYSTEMS, blind4_lines, blind4_systems
from logs_blind2 import digest
out = {"digest": digest(blind4_systems()), "systems": {}}
for name, (_, size) in SYSTEMS.items():
    lines = blind4_lines(name)
    counts = Counter(line.label for line in lines)
    json_ok = None
    if name in ("caddy", "nextcloud"):
        json_ok = all(isinstance(json.loads(line.raw), dict) for line in lines)
    out["systems"][name] = {
        "declared": size,
        "lines": len(lines),
        "templates": len(counts),
        "top_share": counts.most_common(1)[0][1] / len(lines),
        "rare": sum(1 for c in counts.values() if c < 0.01 * len(lines)),
        "labels_named": all(line.label.startswith(name + "-") and len(line.label) > len(name) + 1 for line in lines),
        "one_line": all(
            "\\n" not in l.raw and "\\r" not in l.raw and l.raw.strip() and l.content.strip() for l in lines
        ),
        "json_ok": json_ok,
    }
print(json.dumps(out))
"""

EARLIER = """
import json
from logs_blind4 import blind4_systems
from logs_blind2 import blind2_systems
from logs_blind3 import blind3_systems
ours = {line for s in blind4_systems() for line in s.raw.splitlines()}
earlier = {line for s in blind2_systems() + blind3_systems() for line in s.raw.splitlines()}
print(json.dumps({"ours": len(ours), "shared": len(ours & earlier)}))
"""


def _child(code: str, seed: str = "0") -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=BENCH, env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return json.loads(done.stdout)


def test_set_is_deterministic_across_hash_seeds_and_well_formed() -> None:
    """Two hash seeds give the same set; 14 systems at their declared 1,000-2,000 lines, 15-60 templates, skewed."""
    first, second = _child(SUMMARY, "1"), _child(SUMMARY, "4242")
    assert first == second
    systems = first["systems"]
    assert len(systems) == 14
    for name, s in systems.items():
        assert s["lines"] == s["declared"] and 1000 <= s["lines"] <= 2000, name
        assert 15 <= s["templates"] <= 60, name
        assert s["top_share"] >= 0.1 and s["rare"] >= 3, name  # a few dominate, a long tail is rare
        assert s["labels_named"] and s["one_line"], name
        assert s["json_ok"] in (None, True), name


def test_no_line_repeats_an_earlier_unseen_set() -> None:
    """No raw line of this set appears in the second or third unseen log set."""
    got = _child(EARLIER)
    assert got["ours"] > 15_000
    assert got["shared"] == 0


def test_bench_runs_on_a_small_subset() -> None:
    """The bench scores and times two systems cut to 120 lines each, and rejects an unknown system clearly."""
    cmd = [sys.executable, "logs_blind4.py", "--systems", "slapd,caddy", "--lines", "120", "--repeats", "1"]
    done = subprocess.run(cmd, cwd=BENCH, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "slapd" in done.stdout and "caddy" in done.stdout and "mean" in done.stdout
    assert "lines/CPU-s" in done.stdout
    bad = subprocess.run(
        [sys.executable, "logs_blind4.py", "--systems", "nginx"], cwd=BENCH, capture_output=True, text=True
    )
    assert bad.returncode == 2 and "unknown system(s) nginx" in bad.stderr
