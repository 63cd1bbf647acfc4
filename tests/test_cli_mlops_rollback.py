"""Rolling a model back through `genaiops scenario run` (a child process): a roll back returns to a version
that held the alias, not to one that never passed the promotion gate."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"
SCENARIO = """\
name: s
tasks:
  - {id: data, tool: load_dataset, args: {source: t.csv, target: y}}
  - {id: t1, tool: train_model, args: {model_name: m, dataset: "${data.dataset_id}", cv_folds: 0, seed: 1}}
  - {id: p1, tool: promote_model, args: {model_name: m, version: "${t1.version}", require_validation: false}}
  - id: t2
    tool: train_model
    after: [p1]
    args: {model_name: m, dataset: "${data.dataset_id}", cv_folds: 0, seed: 2}
  - {id: p2, tool: promote_model, args: {model_name: m, version: "${t2.version}", require_validation: false}}
  - id: t3
    tool: train_model
    after: [p2]
    args: {model_name: m, dataset: "${data.dataset_id}", cv_folds: 0, seed: 3}
  - {id: back3, tool: rollback_model, after: [t3], args: {model_name: m, to_version: 3, reason: x}}
  - {id: back1, tool: rollback_model, after: [t3], args: {model_name: m, to_version: 1, reason: x}}
approvals:
  - {task: p1, approver: alice, role: ml_lead, reason: CHG-1}
  - {task: p2, approver: alice, role: ml_lead, reason: CHG-2}
  - {task: back3, approver: alice, role: ml_lead, reason: INC-1}
  - {task: back1, approver: alice, role: ml_lead, reason: INC-1}
"""


def test_a_roll_back_to_a_version_that_never_held_the_alias_is_refused(tmp_path):
    """v1 and v2 were champions, v3 was only trained: rolling back to v3 fails naming the versions that held
    the alias and the promotion path (it moved the champion to v3, past its validation); v1 is still allowed."""
    rows = "".join(f"{i % 13},{(i * 7) % 11}.5,{i % 2}\n" for i in range(60))
    (tmp_path / "t.csv").write_text("a,b,y\n" + rows)
    file = tmp_path / "s.yaml"
    file.write_text(SCENARIO, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "250"}
    done = subprocess.run(
        [str(GENAIOPS), "--quiet", "scenario", "run", str(file)], env=env, capture_output=True, text=True, timeout=180
    )
    out = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 1, out
    assert (
        "back3 (full error): v3 of 'm' never held 'champion' (it held [1, 2]): a roll back returns to a version that "
        "served; to make v3 'champion', validate it (validate_model) and promote it (promote_model)" in out
    ), out
    assert "│ back1 │ succeeded │" in out
