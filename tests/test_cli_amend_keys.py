"""`genaiops approvals approve ID --set NAME.KEY=VALUE` amends one key of a mapping argument and keeps the others
(`--set change={rollout: 50}` replaces the whole mapping, as before); through the CLI's process, on a drill home
where bob runs and alice approves."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"
SCENARIO = """
name: amend-keys
tasks:
  - id: promote
    tool: apply_change
    args: {target: 'checkout@production', change: {version: v2, rollout: 100, flags: {fast: true}}}
"""


def genaiops(home: Path, *args: str, user: str = "bob") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(home.parent), "GENAIOPS_HOME": str(home), "GENAIOPS_USER": user, "COLUMNS": "200"}
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=300, check=False)


def _paused(tmp_path: Path) -> tuple[Path, str]:
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    scenario = tmp_path / "s.yaml"
    scenario.write_text(SCENARIO, encoding="utf-8")
    done = genaiops(home, "run", str(scenario))
    assert done.returncode == 3, done.stdout + done.stderr
    return home, re.search(r"ap-[0-9a-f]{12}", done.stdout).group(0)


def _shown(home: Path, approval_id: str) -> dict:
    done = genaiops(home, "approvals", "show", approval_id, "-o", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_dotted_name_changes_one_key_and_keeps_the_rest(tmp_path: Path) -> None:
    home, approval_id = _paused(tmp_path)
    done = genaiops(
        home, "approvals", "approve", approval_id, "--as", "alice", "--reason", "half first",
        "--set", "change.rollout=50", "--set", "change.flags.fast=false",
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    new_id = re.search(r"the amendment is a new request, (ap-[0-9a-f]{12})", done.stdout + done.stderr).group(1)
    shown = _shown(home, new_id)
    assert shown["amends"] == approval_id
    assert shown["args"]["change"] == {"version": "v2", "rollout": 50, "flags": {"fast": False}}, shown["args"]
    assert shown["args"]["target"] == "checkout@production"
    assert shown["original_args"]["change"]["rollout"] == 100, shown["original_args"]


def test_a_dotted_name_into_a_value_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    home, approval_id = _paused(tmp_path)
    done = genaiops(
        home, "approvals", "approve", approval_id, "--as", "alice", "--reason", "x", "--set", "target.zone=eu"
    )
    assert done.returncode == 2, done.stdout + done.stderr
    assert "target" in done.stderr and "not a mapping" in done.stderr and "Traceback" not in done.stderr
    done = genaiops(
        home, "approvals", "approve", approval_id, "--as", "alice", "--reason", "x", "--set", "chnage.rollout=5"
    )
    assert done.returncode == 2 and "did you mean 'change'" in done.stderr, done.stderr
