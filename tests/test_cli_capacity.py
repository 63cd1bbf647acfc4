"""The nightly capacity review through the `genaiops` process: `scenario test` runs capacity_review.yaml offline
and its expect: block holds (paused at the gated remediation the SRE's review proposed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENAIOPS = Path(sys.executable).parent / "genaiops"


def test_the_capacity_review_scenario_passes_its_expectations(tmp_path):
    """`genaiops scenario test scenarios/capacity_review.yaml -o json`: exit 0, one result, pass, paused."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(GENAIOPS), "scenario", "test", str(REPO / "scenarios" / "capacity_review.yaml"), "-o", "json"],
        env=env, capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    [result] = json.loads(done.stdout)
    assert (result["name"], result["result"], result["status"]) == ("capacity-review", "pass", "paused")


def test_genaiops_run_of_the_capacity_review_stops_at_the_gate_with_exit_3(tmp_path):
    """`genaiops run scenarios/capacity_review.yaml` (what docs/forecast.md tells a user to run to see the gate)
    exits 3, paused, naming the proposed remediate_capacity task; `scenario run` exits 0 there, since the
    scenario's `expect:` is that pause."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(GENAIOPS), "run", str(REPO / "scenarios" / "capacity_review.yaml")],
        env=env, capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 3, done.stdout + done.stderr
    assert "review_scale_geo_memory -> remediate_capacity" in " ".join((done.stdout + done.stderr).split())
