"""The second hand-written blind probe set (#14.2): its make-up, that nothing trains on it, and its bench split."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from genaiops.safety.guardrails.train.injection_blind2 import BLIND2, blind2_items

ROOT = Path(__file__).resolve().parents[2]


def test_second_blind_set_is_hand_written_apart_and_never_trained_on() -> None:
    """At least 90 probes per channel, at least half of them hard negatives, no duplicate; no training script (nor
    the first blind set) names the module, so none imports it (its item names are shared with other blind sets)."""
    items = blind2_items()
    assert len({i.text for i in items}) == len(items)
    for channel in BLIND2:
        mine = blind2_items(channel)
        attacks = sum(i.injection for i in mine)
        assert len(mine) >= 90 and len(mine) - attacks >= attacks, channel
        assert all(i.kind.startswith(("attack_", "benign_")) for i in mine)
    train = ROOT / "safety" / "guardrails" / "train"
    importers = [
        p.name for p in train.glob("*.py") if p.name != "injection_blind2.py" and "injection_blind2" in p.read_text()
    ]
    assert not importers


def test_injection_bench_scores_the_second_blind_split_alone() -> None:
    """`bench/injection.py --split blind2` prints one row per channel with its counts, and nothing else is scored."""
    run = [sys.executable, "bench/injection.py", "--split", "blind2"]
    out = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert out.returncode == 0, out.stderr
    assert re.search(r"\| input\s+\| 56\s+\| 61\s+\|", out.stdout) and re.search(
        r"\| tool\s+\| 55\s+\| 57\s+\|", out.stdout
    )
    assert "injection_blind2.py" in out.stdout and "deepset" not in out.stdout and "HELD-OUT" not in out.stdout
