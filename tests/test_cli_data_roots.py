"""File arguments are confined to the data roots (GENAIOPS_HOME, the scenario's folder, GENAIOPS_DATA_ROOTS):
`scenario validate` names a path outside them before anything runs, a run refuses one that only appears at run
time, and a run resumed in another process, from another working directory, reads the same files."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from genaiops.cli import app

GENAIOPS = Path(sys.executable).parent / "genaiops"
CSV = "f1,f2,label\n1.0,2.0,a\n1.5,2.5,b\n0.5,1.0,a\n2.0,3.0,b\n"
ROOTS_FIX = "add its folder to GENAIOPS_DATA_ROOTS"


def invoke(*args: object, **env: str):  # noqa: ANN201
    return CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "250", "GENAIOPS_USER": "bob", **env})


def scenario(folder: Path, name: str, tasks: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"name: {name.removesuffix('.yaml')}\ntasks:\n{tasks}", encoding="utf-8")
    return path


def load(source: str, tid: str = "load", extra: str = "") -> str:
    return f"  - id: {tid}\n    tool: load_dataset\n    args: {{source: {source!r}, target: label}}\n{extra}"


def test_validate_names_a_path_outside_the_roots_and_nothing_runs(tmp_path):
    """/etc/passwd, '..' and a link leading out of the scenario's folder are each reported at their file:line
    with the roots and the fix (exit 2); nothing is stored."""
    folder = tmp_path / "scenarios"
    (folder / "data").mkdir(parents=True)
    (tmp_path / "outside.csv").write_text(CSV)
    (folder / "data" / "link.csv").symlink_to(tmp_path / "outside.csv")
    tasks = load("/etc/passwd", "a") + load("../outside.csv", "b") + load("data/link.csv", "c")
    file = scenario(folder, "bad.yaml", tasks)
    result = invoke("scenario", "validate", file)
    assert result.exit_code == 2, result.output
    err = result.stderr
    assert "3 problems in the graph" in err and "Traceback" not in result.output
    assert f"{file}:5: tasks[0].args.source: file '/etc/passwd' cannot be read: it is outside the data roots" in err
    assert f"{file}:8: tasks[1].args.source: file '../outside.csv' cannot be read: '..' is not allowed" in err
    assert f"{file}:11: tasks[2].args.source: file 'data/link.csv' cannot be read: it is a symbolic link" in err
    assert f"{folder.resolve()})" in err and err.count(ROOTS_FIX) == 3
    home = Path(os.environ["GENAIOPS_HOME"])
    assert not (home / "genaiops.db").exists()
    ran = invoke("scenario", "run", file)
    assert ran.exit_code == 2 and "outside the data roots" in ran.stderr


def test_a_relative_path_reads_from_the_scenario_folder(tmp_path):
    """A relative path starts at the scenario's folder, wherever the command runs from; the dataset's lineage
    names it as the scenario does."""
    folder = tmp_path / "scenarios"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "t.csv").write_text(CSV)
    expect = "expect: {outputs: {load.fingerprint.source: data/t.csv}}\n"
    file = scenario(folder, "ok.yaml", load("data/t.csv") + expect)
    assert invoke("scenario", "validate", file).exit_code == 0
    ran = invoke("scenario", "run", file)
    assert ran.exit_code == 0, ran.output
    assert "scenario ended as expected" in ran.stdout


def test_a_path_known_only_at_run_time_is_refused_when_the_tool_runs(tmp_path):
    """A path that arrives through a reference passes validation, and the task fails naming the path, the roots
    and the fix; the file is not read."""
    file = scenario(
        tmp_path / "s",
        "late.yaml",
        "  - id: name\n    tool: echo\n    args: {value: /etc/passwd}\n" + load("${name.value}"),
    )
    assert invoke("scenario", "validate", file).exit_code == 0
    ran = invoke("run", file)
    assert ran.exit_code == 1, ran.output
    flat = " ".join(ran.output.split())
    assert "load: file '/etc/passwd' cannot be read: it is outside the data roots" in flat
    assert ROOTS_FIX in flat and "root:" not in ran.output  # nothing of the file's content


def test_data_roots_setting_adds_folders(tmp_path):
    """A folder listed in GENAIOPS_DATA_ROOTS (several separated by the path separator) becomes readable."""
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "t.csv").write_text(CSV)
    file = scenario(tmp_path / "s", "shared.yaml", load(str(shared / "t.csv")))
    assert invoke("scenario", "validate", file).exit_code == 2
    roots = os.pathsep.join([str(tmp_path / "elsewhere"), str(shared)])
    assert invoke("scenario", "validate", file, GENAIOPS_DATA_ROOTS=roots).exit_code == 0
    ran = invoke("scenario", "run", file, GENAIOPS_DATA_ROOTS=roots)
    assert ran.exit_code == 0, ran.output


def test_resume_in_another_process_and_folder_reads_the_scenario_folder(tmp_path):
    """A run paused at a gate before load_dataset, resumed by another process started in another working
    directory, still reads the relative path from the scenario's folder (the run's stored source)."""
    project = tmp_path / "project"
    (project / "scenarios" / "data").mkdir(parents=True)
    (project / "scenarios" / "data" / "t.csv").write_text(CSV)
    gate = "  - id: gate\n    tool: apply_change\n    args: {target: data@staging, change: {refresh: true}}\n"
    scenario(project / "scenarios", "gated.yaml", gate + load("data/t.csv", extra="    after: [gate]\n"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": os.environ["GENAIOPS_HOME"], "GENAIOPS_USER": "bob", "COLUMNS": "250"}

    def cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
        cwd.mkdir(exist_ok=True)
        return subprocess.run([str(GENAIOPS), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)

    started = cli(project, "run", "scenarios/gated.yaml")
    assert started.returncode == 3, started.stderr  # paused at the gate
    run_id = re.search(r"run (run-\S+): paused", started.stdout).group(1)
    approval = re.search(r"(ap-[0-9a-f]{12})", started.stdout).group(1)
    decided = invoke("approvals", "approve", approval, "--as", "alice", "--reason", "CHG-7")
    assert decided.exit_code == 0, decided.output
    resumed = cli(tmp_path / "elsewhere", "resume", run_id)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"run {run_id}: succeeded" in resumed.stdout
