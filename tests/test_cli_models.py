"""`genaiops models list` and `models show` in a child process: the registry's versions with their stage
(champion, challenger, archived), metrics and dates, as a table and as JSON; an empty registry says how a model
gets there."""

from __future__ import annotations

import json
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
approvals:
  - {task: p1, approver: alice, role: ml_lead, reason: CHG-1}
  - {task: p2, approver: alice, role: ml_lead, reason: CHG-2}
"""


def genaiops(home: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home), "COLUMNS": "250"}
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=180, cwd=cwd)


def test_an_empty_registry_says_how_a_model_gets_there(tmp_path):
    """On a home with no model, the list says so and names the task that registers one (JSON: an empty list);
    `models show` of an unknown name exits 2 naming it."""
    done = genaiops(tmp_path / "home", "models", "list")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no registered models in this registry yet: a run's train_model task registers a version" in " ".join(
        done.stdout.split()
    )
    as_json = genaiops(tmp_path / "home", "models", "list", "-o", "json")
    assert as_json.returncode == 0 and json.loads(as_json.stdout) == [], as_json.stdout + as_json.stderr
    unknown = genaiops(tmp_path / "home", "models", "show", "churn")
    assert unknown.returncode == 2 and "unknown model 'churn'" in unknown.stderr, unknown.stdout + unknown.stderr


def test_models_list_shows_each_version_with_its_stage_metrics_and_dates(tmp_path):
    """Three versions, v1 then v2 promoted, v3 only trained: v1 is archived, v2 champion (since its promotion),
    v3 a challenger; each with its estimator, held-out metrics and registration time, in JSON and in the table;
    `models show` adds the aliases and the history."""
    rows = "".join(f"{i % 13},{(i * 7) % 11}.5,{i % 2}\n" for i in range(60))
    (tmp_path / "t.csv").write_text("a,b,y\n" + rows)
    (tmp_path / "s.yaml").write_text(SCENARIO, encoding="utf-8")
    home = tmp_path / "home"
    ran = genaiops(home, "--quiet", "scenario", "run", str(tmp_path / "s.yaml"))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    listed = genaiops(home, "models", "list", "-o", "json")
    assert listed.returncode == 0, listed.stdout + listed.stderr
    versions = json.loads(listed.stdout)
    assert [(v["model"], v["version"], v["stage"]) for v in versions] == [
        ("m", 1, "archived"),
        ("m", 2, "champion"),
        ("m", 3, "challenger"),
    ]
    assert all(set(v["metrics"]) >= {"accuracy"} and v["registered_at"] for v in versions)
    assert versions[1]["stage_since"] and versions[2]["stage_since"] is None
    table = " ".join(genaiops(home, "models", "list").stdout.split())
    assert "│ m │ 2 │ champion │" in table and "│ m │ 3 │ challenger │" in table, table
    shown = genaiops(home, "models", "show", "m")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    text = " ".join(shown.stdout.split())
    assert "aliases: champion -> v2" in text and "alias_set" in text and "registered" in text, text
