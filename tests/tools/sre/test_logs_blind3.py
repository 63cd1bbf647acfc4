"""The third blind log set (bench/logs_blind3.py): deterministic under any hash seed, well formed (sizes, template
counts, skew, one line per record, every line labelled with its system, the JSON system valid JSON), none of its
lines taken from the first two unseen sets, and its bench runs on a small subset. Checked in child processes, since
the bench's modules import each other by file name."""

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
from logs_blind3 import SYSTEMS, blind3_lines, blind3_systems
from logs_blind2 import digest
out = {"digest": digest(blind3_systems()), "systems": {}}
for name in SYSTEMS:
    lines = blind3_lines(name)
    counts = Counter(line.label for line in lines)
    out["systems"][name] = {
        "lines": len(lines),
        "templates": len(counts),
        "top_share": counts.most_common(1)[0][1] / len(lines),
        "rare": sum(1 for c in counts.values() if c < 0.01 * len(lines)),
        "labels_named": all(label.startswith(name + "-") and len(label) > len(name) + 1 for label in counts),
        "one_line": all(
            "\\n" not in l.raw and "\\r" not in l.raw and l.raw.strip() and l.content.strip() for l in lines
        ),
        "json_ok": all(isinstance(json.loads(l.raw), dict) for l in lines) if name == "pino" else None,
    }
print(json.dumps(out))
"""

OVERLAP = """
from logs_blind import blind_systems
from logs_blind2 import blind2_systems
from logs_blind3 import blind3_systems
earlier = {line for s in (*blind_systems(), *blind2_systems()) for line in s.raw.splitlines()}
earlier |= {c for s in (*blind_systems(), *blind2_systems()) for c in s.content}
ours = [line for s in blind3_systems() for line in (*s.raw.splitlines(), *s.content)]
print(sum(1 for line in ours if line in earlier))
"""


def _run(code: str, seed: str = "0") -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=BENCH, env=env, capture_output=True, text=True, check=True, timeout=300
    )
    return done.stdout


def test_set_is_deterministic_across_hash_seeds_and_well_formed() -> None:
    """Two hash seeds give the same set; 14 systems of 1,000-2,000 lines from 15-60 templates, skewed, well formed."""
    first, second = json.loads(_run(SUMMARY, "1")), json.loads(_run(SUMMARY, "4242"))
    assert first == second
    systems = first["systems"]
    assert len(systems) == 14
    for name, s in systems.items():
        assert 1000 <= s["lines"] <= 2000, name
        assert 15 <= s["templates"] <= 60, name
        assert s["top_share"] >= 0.1 and s["rare"] >= 3, name  # a few dominate, a long tail is rare
        assert s["labels_named"] and s["one_line"], name
        assert s["json_ok"] in (None, True), name


def test_no_line_comes_from_an_earlier_unseen_set() -> None:
    """No raw line or content text of the third set appears in the first or second unseen log set."""
    assert _run(OVERLAP).strip() == "0"


def test_bench_runs_on_a_small_subset() -> None:
    """The bench scores and times two systems cut to 120 lines each, and rejects an unknown system clearly."""
    cmd = [sys.executable, "logs_blind3.py", "--systems", "squid,pino", "--lines", "120", "--repeats", "1"]
    done = subprocess.run(cmd, cwd=BENCH, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "squid" in done.stdout and "pino" in done.stdout and "mean" in done.stdout
    assert "lines/CPU-s" in done.stdout
    bad = subprocess.run(
        [sys.executable, "logs_blind3.py", "--systems", "nginx"], cwd=BENCH, capture_output=True, text=True
    )
    assert bad.returncode == 2 and "unknown system(s) nginx" in bad.stderr
