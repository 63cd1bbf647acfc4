"""Chaos on a real PostgreSQL store (bench/chaos.py's drill, a few kills): three workers SIGKILLed at seeded
random moments while a person approves each run's gated change; every run ends with the uninterrupted outputs,
each change applied once, every approval acted on, and the audit ledger verifies."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _chaos_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("genaiops_bench_chaos", BENCH / "chaos.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = module  # type: ignore[union-attr]  # its dataclasses look their module up
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_sigkilled_workers_lose_nothing_and_apply_nothing_twice(tmp_path, pg_cluster, monkeypatch):
    """4 seeded SIGKILLs across 3 workers over 4 gated runs: no problem reported (outputs, effects, approvals,
    audit), and the kills did happen."""
    monkeypatch.setenv("GENAIOPS_HOME", str(tmp_path / "home"))  # the drill sets them; restored afterwards
    monkeypatch.setenv("GENAIOPS_STORE_URL", "sqlite:///unused")
    report = _chaos_module().chaos(tmp_path / "home", pg_cluster.new_database(), kills=4, seed=7, runs=4)
    assert report.problems == []
    assert report.kills == 4 and set(report.runs.values()) == {"succeeded"}, report
