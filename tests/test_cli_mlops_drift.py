"""Drift on a batch too small for a verdict, through `genaiops scenario run` in a child process: 1-3 rows are
'insufficient data' (the count and the minimum), never 'drifted' nor 'stable', and the graph's retrain that
reads `${drift.drifted}` does not take the check for a stable one."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"


def scenario(batch_rows: int) -> str:
    return f"""\
name: s
tasks:
  - {{id: data, tool: load_dataset, args: {{source: train.csv, target: churn}}}}
  - {{id: train, tool: train_model, args: {{model_name: churn, dataset: "${{data.dataset_id}}", cv_folds: 0}}}}
  - id: promote
    tool: promote_model
    args: {{model_name: churn, version: "${{train.version}}", require_validation: false}}
  - {{id: batch, tool: load_dataset, args: {{source: batch{batch_rows}.csv}}}}
  - id: drift
    tool: detect_drift
    after: [promote]
    args: {{model_name: churn, current: "${{batch.dataset_id}}"}}
  - id: retrain
    tool: train_model
    when: "${{drift.drifted}}"
    args: {{model_name: churn, dataset: "${{data.dataset_id}}", cv_folds: 0}}
approvals:
  - {{task: promote, approver: alice, role: ml_lead, reason: CHG-1}}
"""


def run(tmp_path: Path, batch_rows: int) -> tuple[subprocess.CompletedProcess, dict]:
    tmp_path.mkdir(exist_ok=True)
    rows = [f"{i % 13},{(i * 7) % 11}.5" for i in range(240)]
    (tmp_path / "train.csv").write_text(
        "tenure,monthly,churn\n" + "".join(f"{r},{i % 2}\n" for i, r in enumerate(rows))
    )
    (tmp_path / f"batch{batch_rows}.csv").write_text("tenure,monthly\n" + "".join(f"{r}\n" for r in rows[:batch_rows]))
    (tmp_path / "s.yaml").write_text(scenario(batch_rows), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "250"}
    done = subprocess.run(
        [str(GENAIOPS), "--quiet", "scenario", "run", str(tmp_path / "s.yaml")],
        env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    run_id = re.search(r"run (run-\S+): (\w+)", done.stdout)
    assert run_id, done.stdout + done.stderr
    shown = subprocess.run(
        [str(GENAIOPS), "runs", "show", run_id.group(1), "-o", "json"],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return done, json.loads(shown.stdout)


def test_a_batch_of_1_to_3_rows_is_insufficient_data_not_a_verdict(tmp_path):
    """3 rows (PSI 5-8 on rows of the training data itself) and 1 row end the drift task as failed with
    'insufficient data', the row count and the minimum of 50: before, 3 rows were 'drifted' (PSI 7.219) and 1
    'stable'. The retrain gated on `${drift.drifted}` does not run as after a stable check: the run fails."""
    for n in (3, 1):
        done, shown = run(tmp_path / str(n), n)
        out = " ".join((done.stdout + done.stderr).split())
        assert done.returncode == 1, out
        assert (
            "insufficient data for a drift verdict: the current data '" in out
            and f"' has {n} row{'s' if n > 1 else ''}, and detect_drift needs at least 50 (min_rows)" in out
            and "no verdict was made (neither drifted nor stable)" in out
        ), out
        tasks = {t["task_id"]: t["status"] for t in shown["tasks"]}
        assert shown["run"]["status"] == "failed" and tasks["drift"] == "failed", shown
        assert tasks["retrain"] != "succeeded", shown


def test_a_batch_of_50_rows_gets_a_verdict(tmp_path):
    """At the minimum, drift gives its verdict as before: rows of the training data are stable, the run succeeds
    and the retrain gated on drift is skipped."""
    done, shown = run(tmp_path, 50)
    assert done.returncode == 0, done.stdout + done.stderr
    assert {t["task_id"]: t["status"] for t in shown["tasks"]}["retrain"] == "skipped", shown
