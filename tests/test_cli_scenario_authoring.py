"""What a CI job and a scenario author met through the `genaiops` process (qa-scenario8): validating several files
at once, and `--set` values and task fields whose errors did not say what to write."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"
OK = "name: ok\ntasks:\n  - {id: a, tool: echo, args: {value: hi}}\n"
TYPO = "name: typo\ntasks:\n  - {id: a, tool: ecoh, args: {value: hi}}\n"


def genaiops(*args: object) -> subprocess.CompletedProcess[str]:
    """The installed console script on the test's own GENAIOPS_HOME (tests/conftest.py)."""
    env = {**os.environ, "COLUMNS": "250"}
    out = subprocess.run([GENAIOPS, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in out.stdout + out.stderr, out.stdout + out.stderr
    return out


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_validate_takes_several_files_and_reports_each(tmp_path):
    """`scenario validate ops/*.yaml`: each file reported (valid, or its problems at file:line), exit 2 when any
    is invalid and 0 when all are valid, not a usage error."""
    ok, typo = write(tmp_path, "ok.yaml", OK), write(tmp_path, "typo.yaml", TYPO)
    mixed = genaiops("scenario", "validate", ok, typo, tmp_path / "gone.yaml")
    assert mixed.returncode == 2, mixed.stdout + mixed.stderr
    assert f"{ok}: 1 tasks, 0 loops, valid" in mixed.stdout
    assert f"{typo}:3: tasks[0].tool: unknown tool 'ecoh'" in mixed.stderr
    assert "gone.yaml: no such file" in mixed.stderr
    assert "2 of 3 files invalid" in mixed.stdout
    both = genaiops("scenario", "validate", ok, ok)
    assert both.returncode == 0 and both.stdout.count("loops, valid") == 2, both.stdout + both.stderr


def test_list_help_says_what_the_listing_shows_and_how_it_exits(tmp_path):
    """`scenario list` shows every problem of an invalid file and exits 0: its help says so (not "first
    problem") and points a CI job at `scenario validate`."""
    two = "name: two\ntasks:\n  - {id: a, tool: ecoh, args: {value: hi}}\n  - {id: b, tool: eho, args: {value: hi}}\n"
    write(tmp_path, "two.yaml", two)
    listed = genaiops("scenario", "list", tmp_path)
    assert listed.returncode == 0 and "'ecoh'" in listed.stdout and "'eho'" in listed.stdout, listed.stdout
    helped = " ".join(genaiops("scenario", "list", "--help").stdout.split())
    assert "first problem" not in helped
    assert "all its problems" in helped and "Exits 0 even when a file is invalid" in helped, helped
    assert "scenario validate FILE..." in helped


TASK = "name: t\ntasks:\n  - id: a\n    tool: echo\n    args: {value: hi}\n    timeout: "


@pytest.mark.parametrize("timeout", ["5m", "90s", "1.5h", "500ms", "300"])
def test_a_timeout_takes_the_duration_text_params_take(tmp_path, timeout):
    """`timeout: 5m` validates as a duration parameter's `5m` does, not "unable to parse string as a number"."""
    done = genaiops("scenario", "validate", write(tmp_path, "t.yaml", TASK + timeout + "\n"))
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_timeout_that_is_no_duration_says_what_to_write(tmp_path):
    """`timeout: five minutes` is refused at its file:line saying to write seconds or 90s, 5m, 1.5h."""
    path = write(tmp_path, "t.yaml", TASK + "five minutes\n")
    done = genaiops("scenario", "validate", path)
    assert done.returncode == 2
    said = "a timeout is seconds per attempt: a number (300) or text such as 90s, 5m, 1.5h (got 'five minutes')"
    assert f"{path}:6: tasks[0].timeout: {said}" in done.stderr, done.stderr


DRIFT = Path(__file__).parents[1] / "scenarios" / "mlops" / "drift_check.yaml"


def test_an_empty_set_value_is_named_at_the_task_it_breaks():
    """`--set model=` (empty) breaks a task's argument: the problem at the task's line names the `--set` it
    came from, so the person knows to fix the command line, not the file."""
    done = genaiops("scenario", "validate", DRIFT, "--set", "model=")
    assert done.returncode == 2
    assert f"{DRIFT}:" in done.stderr and ".args.model_name:" in done.stderr, done.stderr
    assert "hint: the value comes from `--set model=` (empty)" in done.stderr, done.stderr
    token = "ghp_" + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0UvWxYz01"
    secret = genaiops("scenario", "validate", DRIFT, "--set", f"model={token}")
    assert secret.returncode == 2 and token not in secret.stdout + secret.stderr, secret.stderr
    assert "`--set model=` (a value that looks like a secret, not shown)" in secret.stderr, secret.stderr


NUMBERS = """\
name: n
params:
  folds: {type: integer, default: 3}
  ratio: {type: number, default: 1.5}
tasks:
  - {id: a, tool: echo, args: {value: "${params.folds} ${params.ratio}"}}
"""


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("folds=99999999999999999999999", "folds=99999999999999999999999: too large: a whole number here has at most"),
        ("folds=-99999999999999999999999", "too small: a whole number here has at most 18 digits"),
        ("ratio=1e400", "ratio=1e400: too large: a number here is within about ±1.8e308"),
        ("folds=abc", "folds=abc: not a whole number, e.g. 3"),
    ],
)
def test_a_set_number_too_large_says_so(tmp_path, given, said):
    """`--set folds=99999999999999999999999` is refused as too large, not as "not a whole number"."""
    done = genaiops("scenario", "validate", write(tmp_path, "n.yaml", NUMBERS), "--set", given)
    assert done.returncode == 2 and said in done.stderr, done.stderr
