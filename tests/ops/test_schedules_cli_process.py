"""Schedules through the `genaiops` process, as a team's cron job and its people meet them: what `schedules list`
says after a run could not start, and what `--cron` says about the time zones and nicknames other crons accept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"
ECHO = "name: nightly-echo\ntasks:\n  - id: hello\n    tool: echo\n    args: {value: hi}\n"


def genaiops(*args: object) -> subprocess.CompletedProcess[str]:
    """The installed console script on the test's own GENAIOPS_HOME (tests/conftest.py), as bob."""
    env = {**os.environ, "COLUMNS": "250", "GENAIOPS_USER": "bob"}
    out = subprocess.run([GENAIOPS, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in out.stdout + out.stderr, out.stdout + out.stderr
    return out


def test_a_run_that_never_started_is_not_listed_as_a_run(tmp_path):
    """A schedule whose file was moved away: `schedules list` shows the error, not a run id that `runs show`
    calls unknown."""
    path = tmp_path / "nightly.yaml"
    path.write_text(ECHO, encoding="utf-8")
    assert genaiops("schedules", "add", path, "--cron", "0 2 * * *").returncode == 0
    path.rename(tmp_path / "renamed.yaml")
    due = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["next_due"]
    assert genaiops("schedules", "run-due", "--now", due).returncode == 1
    last = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["last_run"]
    assert last["status"] == "error" and "no such file" in last["error"]
    if last["run_id"] is not None:
        shown = genaiops("runs", "show", last["run_id"])
        assert shown.returncode == 0, f"listed run {last['run_id']} is unknown: {shown.stderr}"
    table = genaiops("schedules", "list").stdout
    assert "run-" not in table, table
