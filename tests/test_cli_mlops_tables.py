"""Tables a careless team hands to `load_dataset`, run through `genaiops scenario run` in a child process: each
mistake fails the task with a message naming the file, the place and the fix; nothing is silently dropped or
turned into a class of its own."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"


def run_scenario(folder: Path, tasks: str) -> subprocess.CompletedProcess:
    """Run a scenario of `tasks` from `folder` in a fresh home; return the finished process."""
    file = folder / "s.yaml"
    file.write_text(f"name: s\ntasks:\n{tasks}", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(folder / "home"), "COLUMNS": "250"}
    return subprocess.run(
        [str(GENAIOPS), "--quiet", "scenario", "run", str(file)], env=env, capture_output=True, text=True, timeout=120
    )


def load(source: str, target: str = "churn") -> str:
    return f"  - id: data\n    tool: load_dataset\n    args: {{source: {source}, target: {target}}}\n"


def test_an_empty_label_is_refused_not_made_a_class(tmp_path):
    """A row whose target cell is empty fails the load naming the file, the target column, the first such row
    and how many there are: before, '' became a third class beside '0' and '1'."""
    rows = "".join(f"{i},{i % 7}.5,{'' if i % 10 == 3 else i % 2}\n" for i in range(40))
    (tmp_path / "churn.csv").write_text("tenure,monthly,churn\n" + rows)
    done = run_scenario(tmp_path, load("churn.csv"))
    assert done.returncode == 1, done.stdout + done.stderr
    out = " ".join((done.stdout + done.stderr).split())
    assert "churn.csv: column 'churn' (the target), row 5: the label is empty (4 of 40 rows have none)" in out
    assert "label those rows or drop them" in out and "Traceback" not in out


def test_a_column_empty_in_every_row_says_drop_the_column(tmp_path):
    """A feature column with no value at all is named as such, with the fix 'drop the column': before, the error
    was about its first cell and said 'drop the row', which would have dropped every row."""
    rows = "".join(f"{i},{i % 7}.5,,{i % 2}\n" for i in range(30))
    (tmp_path / "churn.csv").write_text("tenure,monthly,notes,churn\n" + rows)
    done = run_scenario(tmp_path, load("churn.csv"))
    assert done.returncode == 1, done.stdout + done.stderr
    out = " ".join((done.stdout + done.stderr).split())
    assert "churn.csv: column 'notes' is empty in every row (30 rows); drop the column from the file" in out
    assert "drop the row" not in out


def test_a_semicolon_separated_file_is_named_as_such(tmp_path):
    """A spreadsheet export separated by semicolons (decimal commas too) fails naming the separator, line 1 and
    how to convert it: before, it said the target column did not exist and listed one column 'a;b;churn'."""
    rows = "".join(f"{i};{i % 7},5;{i % 2}\n" for i in range(30))
    (tmp_path / "churn.csv").write_text("tenure;monthly;churn\n" + rows)
    done = run_scenario(tmp_path, load("churn.csv"))
    assert done.returncode == 1, done.stdout + done.stderr
    out = " ".join((done.stdout + done.stderr).split())
    assert "churn.csv, line 1: the columns are separated by semicolons, not commas" in out
    assert "read_csv(sep=';', decimal=',')" in out and "no target column" not in out


def test_drift_on_a_batch_loaded_without_its_target_says_which_target(tmp_path):
    """A labelled batch loaded without `target:` carries the label as a feature: detect_drift names the column
    it adds, that it is the model's target, and the load_dataset call that fixes it."""
    rows = "".join(f"{i % 13},{(i * 7) % 11}.5,{i % 2}\n" for i in range(60))
    (tmp_path / "churn.csv").write_text("tenure,monthly,churn\n" + rows)
    tasks = (
        load("churn.csv")
        + "  - id: train\n    tool: train_model\n"
        + "    args: {model_name: churn, dataset: '${data.dataset_id}', cv_folds: 0}\n"
        + "  - id: promote\n    tool: promote_model\n"
        + "    args: {model_name: churn, version: '${train.version}', require_validation: false}\n"
        + "  - id: batch\n    tool: load_dataset\n    args: {source: churn.csv}\n"
        + "  - id: drift\n    tool: detect_drift\n    after: [promote]\n"
        + "    args: {model_name: churn, current: '${batch.dataset_id}'}\n"
        + "approvals:\n  - {task: promote, approver: alice, role: ml_lead, reason: CHG-1}\n"
    )
    done = run_scenario(tmp_path, tasks)
    out = " ".join((done.stdout + done.stderr).split())
    assert "drift (full error): feature schema mismatch: v1 uses ['tenure', 'monthly']" in out, out
    assert "it lacks [] and adds ['churn']; 'churn' is the model's target: load the data with " in out
    assert "load_dataset(..., target='churn')" in out


def test_a_large_csv_loads_in_memory_proportional_to_its_numbers(tmp_path):
    """A 24 MB CSV (1.2 M rows) loads with the command's peak memory under 320 MB above a tiny file's (about 220
    MB: the numbers, 48 MB, and the snapshot made of them): the file was held as text and as a list of cells too
    (470 MB above; a 200 MB file took 4.2 GB)."""
    line = "12,76.25,1,4,0.0,0\n"
    (tmp_path / "small.csv").write_text("tenure,monthly,plan,tickets,fee,churn\n" + line * 20)
    (tmp_path / "big.csv").write_text("tenure,monthly,plan,tickets,fee,churn\n" + line * 1_200_000)
    peak = {}
    for name in ("small", "big"):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.csv").write_bytes((tmp_path / f"{name}.csv").read_bytes())
        file = folder / "s.yaml"
        file.write_text(f"name: s\ntasks:\n{load(f'{name}.csv')}", encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
        env |= {"GENAIOPS_HOME": str(folder / "home"), "COLUMNS": "250"}
        measure = (
            "import resource, subprocess, sys; done = subprocess.run(sys.argv[1:], capture_output=True);"
            "print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
        )
        cmd = [sys.executable, "-c", measure, str(GENAIOPS), "--quiet", "scenario", "run", str(file)]
        done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
        code, kib = done.stdout.split()
        assert code == "0", done.stdout + done.stderr
        peak[name] = int(kib) / 1024
    assert peak["big"] - peak["small"] < 320, peak


def test_training_on_a_leaky_column_warns_about_it(tmp_path):
    """A column filled only after the outcome (a cancellation fee, zero for every customer who stayed) gives a
    perfect held-out score; train_model's result now names it as a likely leak, and a clean column is not named."""
    rows = "".join(
        f"{i % 50},{(i * 37) % 97}.5,{(i * 7) % 23 + 10 if i % 3 == 0 else 0},{int(i % 3 == 0)}\n" for i in range(90)
    )
    (tmp_path / "churn.csv").write_text("tenure,monthly,cancel_fee,churn\n" + rows)
    tasks = load("churn.csv") + (
        "  - id: train\n    tool: train_model\n"
        "    args: {model_name: churn, dataset: '${data.dataset_id}', cv_folds: 0}\n"
    )
    done = run_scenario(tmp_path, tasks)
    assert done.returncode == 0, done.stdout + done.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {
        "GENAIOPS_HOME": str(tmp_path / "home")
    }
    run_id = re.search(r"run run-(\S+): succeeded", done.stdout).group(1)
    shown = subprocess.run(
        [str(GENAIOPS), "runs", "show", f"run-{run_id}", "--outputs", "-o", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stdout + shown.stderr
    train = json.loads(shown.stdout)["outputs"]["train"]
    assert train["holdout_metrics"]["accuracy"] == 1.0
    assert train["warnings"] == [
        "feature 'cancel_fee' alone separates the classes of 'churn' in all 90 rows: a leak (a value recorded after "
        "the outcome)? Drop it unless it is known when the model predicts"
    ]


def test_errors_name_the_file_line_after_blank_lines(tmp_path):
    """Blank lines (a spreadsheet's trailing rows, a hand edit) no longer shift the row an error names: it is
    the file's line, for an empty cell, a NaN, a word and a missing label alike, each after the file's name
    (a bad cell's error named no file)."""
    good = "".join(f"{i},{i % 7}.5,{i % 2}\n" for i in range(20))
    for bad, expected in (
        ("5,,1\n", "churn.csv: column 'monthly', row 26: the cell is empty"),
        ("5,nan,1\n", "churn.csv: column 'monthly', row 26: the cell is NaN or infinite"),
        ("5,x,1\n", "churn.csv: column 'monthly', row 26: the cell is not a number"),
        ("5,2.5,\n", "churn.csv: column 'churn' (the target), row 26: the label is empty"),
    ):
        (tmp_path / "churn.csv").write_text("tenure,monthly,churn\n" + good + "\n\n\n\n" + bad + good)
        done = run_scenario(tmp_path, load("churn.csv"))
        assert done.returncode == 1, done.stdout + done.stderr
        assert expected in " ".join((done.stdout + done.stderr).split()), (bad, done.stdout)


def test_a_blank_first_line_names_line_1_and_the_fix(tmp_path):
    """A file whose first line is blank (an export's stray newline) fails naming line 1, the line the header is
    on and the fix: before, the blank line was taken as a header of no columns, and the error said the target
    column did not exist among the columns []."""
    rows = "".join(f"{i},{i % 7}.5,{i % 2}\n" for i in range(20))
    for blank, header_line in (("\n", 2), ("\n  \n", 3)):
        (tmp_path / "churn.csv").write_text(blank + "tenure,monthly,churn\n" + rows)
        done = run_scenario(tmp_path, load("churn.csv"))
        assert done.returncode == 1, done.stdout + done.stderr
        out = " ".join((done.stdout + done.stderr).split())
        assert (
            f"churn.csv, line 1: the line is blank, but the header (the column names) must be the file's first "
            f"line; delete the blank line(s) before it (the header is on line {header_line})" in out
        ), out
        assert "the columns are []" not in out


def test_a_model_without_the_leaky_column_can_be_validated_and_promoted(tmp_path):
    """The leak warning says to drop the column; the model trained without it was unpromotable ('train the
    candidate on data with the same columns', i.e. put the leak back). Now the default validation names the
    column and both ways on; compare_with_champion=false checks the thresholds only and the gated promotion
    takes it; on data holding both models' columns the two are compared, each on its own columns."""
    rows = [(i % 50, f"{(i * 37) % 97}.5", (i * 7) % 23 + 10 if i % 3 == 0 else 0, int(i % 3 == 0)) for i in range(90)]
    (tmp_path / "churn.csv").write_text(
        "tenure,monthly,cancel_fee,churn\n" + "".join(f"{a},{b},{c},{d}\n" for a, b, c, d in rows)
    )
    (tmp_path / "clean.csv").write_text("tenure,monthly,churn\n" + "".join(f"{a},{b},{d}\n" for a, b, _, d in rows))
    first = load("churn.csv") + (
        "  - {id: v1, tool: train_model, args: {model_name: churn, dataset: '${data.dataset_id}', cv_folds: 0}}\n"
        "  - {id: p1, tool: promote_model,\n"
        "     args: {model_name: churn, version: '${v1.version}', require_validation: false}}\n"
        "  - {id: clean, tool: load_dataset, args: {source: clean.csv, target: churn}}\n"
        "  - {id: v2, tool: train_model, after: [p1],\n"
        "     args: {model_name: churn, dataset: '${clean.dataset_id}', cv_folds: 0}}\n"
        "  - {id: check, tool: validate_model, args: {model_name: churn, candidate_version: '${v2.version}'}}\n"
        "approvals:\n  - {task: p1, approver: alice, role: ml_lead, reason: CHG-1}\n"
    )
    done = run_scenario(tmp_path, first)
    out = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 1, out
    assert (
        "champion v1 uses ['cancel_fee'], which candidate v2 was trained without and the evaluation data" in out
        and "validate the candidate on its own with compare_with_champion=false" in out
        and "validate on data that holds both models' columns (the candidate reads only its own): dataset='" in out
    ), out
    assert "train the candidate on data with the same columns" not in out
    second = (
        load("churn.csv") + "  - {id: both, tool: validate_model, args: {model_name: churn, candidate_version: 2, "
        "dataset: '${data.dataset_id}'}}\n"
        "  - {id: alone, tool: validate_model, after: [both], args: {model_name: churn, candidate_version: 2, "
        "compare_with_champion: false, thresholds: {accuracy: 0.5}}}\n"
        "  - {id: promote, tool: promote_model, after: [alone], args: {model_name: churn, version: 2}}\n"
        "approvals:\n  - {task: promote, approver: alice, role: ml_lead, reason: CHG-2 leak dropped}\n"
    )
    done = run_scenario(tmp_path, second)
    out = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0, out
    assert "│ both │ succeeded │ verdict: fail" in out and "│ promote │ succeeded │" in out, out
