"""Schedules through the `genaiops` process, as a team's cron job and its people meet them: what `schedules list`
says after a run could not start, and what `--cron` says about the time zones and nicknames other crons accept."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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


CRONS = [
    pytest.param("0 3 * * * Europe/Paris", ["no time zone", "'Europe/Paris'", "UTC+1 in January", "UTC+2 in July"],
                 id="zone-after"),
    pytest.param("CRON_TZ=America/New_York 0 3 * * 1", ["no time zone", "'America/New_York'", "UTC-5 in January"],
                 id="cron-tz"),
    pytest.param("TZ=UTC 0 3 * * *", ["no time zone", "'UTC'", "drop 'TZ=UTC'"], id="tz-utc"),
    pytest.param("@daily", ["'@daily'", "'0 0 * * *'"], id="nickname-daily"),
    pytest.param("@weekly", ["'@weekly'", "'0 0 * * 0'"], id="nickname-weekly"),
]  # fmt: skip


@pytest.mark.parametrize(("cron", "fragments"), CRONS)
def test_a_time_zone_or_nickname_is_named(tmp_path, cron, fragments):
    """A cron line copied from a crontab with a zone, or a nickname: exit 2 naming it and the five-field UTC
    form to write, not "has 5 fields, not 6"."""
    path = tmp_path / "nightly.yaml"
    path.write_text(ECHO, encoding="utf-8")
    out = genaiops("schedules", "add", path, "--cron", cron)
    assert out.returncode == 2
    message = " ".join(out.stderr.split())
    assert all(f in message for f in fragments), message
    assert json.loads(genaiops("schedules", "list", "-o", "json").stdout) == []


def test_run_due_exits_1_when_a_run_it_started_failed(tmp_path):
    """A cron job running `schedules run-due` sees exit 1 when the run it started failed, not 0 as if all went
    well; a run that succeeded still exits 0."""
    failing = tmp_path / "failing.yaml"
    failing.write_text("name: f\ntasks:\n  - {id: look, tool: describe_model, args: {model_name: nope}}\n",
                       encoding="utf-8")  # fmt: skip
    assert genaiops("schedules", "add", failing, "--cron", "0 2 * * *").returncode == 0
    due = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["next_due"]
    ran = genaiops("schedules", "run-due", "--now", due)
    assert "failed" in ran.stdout and ran.returncode == 1, ran.stdout + ran.stderr
    fine = tmp_path / "fine.yaml"
    fine.write_text(ECHO, encoding="utf-8")
    assert genaiops("schedules", "remove", "failing").returncode == 0
    assert genaiops("schedules", "add", fine, "--cron", "0 2 * * *").returncode == 0
    due = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["next_due"]
    assert genaiops("schedules", "run-due", "--now", due).returncode == 0


def test_an_occurrence_whose_run_the_store_refused_starts_at_the_next_tick_once(tmp_path):
    """`schedules run-due` as a process while the store refuses the run's insert (a trigger, as a store failing
    at that write): exit 1 saying no run was written, and the occurrence is given back, not left naming a run
    that does not exist; the next run-due starts it, and one after that starts nothing."""
    import sqlite3

    path = tmp_path / "nightly.yaml"
    path.write_text(ECHO, encoding="utf-8")
    assert genaiops("schedules", "add", path, "--cron", "0 2 * * *").returncode == 0
    due = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["next_due"]
    db = Path(os.environ["GENAIOPS_HOME"]) / "genaiops.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER no_runs BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'injected'); END")
    try:
        failed = genaiops("schedules", "run-due", "--now", due)
    finally:
        with sqlite3.connect(db) as conn:
            conn.execute("DROP TRIGGER no_runs")
    assert failed.returncode == 1 and "injected" in failed.stdout + failed.stderr, failed.stdout + failed.stderr
    with sqlite3.connect(db) as conn:
        dangling = conn.execute("SELECT run_id FROM schedule_runs WHERE run_id NOT IN (SELECT run_id FROM runs)")
        assert dangling.fetchall() == []
    [row] = json.loads(genaiops("schedules", "list", "-o", "json").stdout)
    assert row["next_due"] == due and row["last_run"] is None, row
    ran = genaiops("schedules", "run-due", "--now", due)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    runs = json.loads(genaiops("runs", "list", "-o", "json").stdout)
    assert [r["status"] for r in runs] == ["succeeded"], runs
    last = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["last_run"]
    assert last["run_id"] == runs[0]["run_id"], last
    assert "no schedule is due" in genaiops("schedules", "run-due", "--now", due).stdout


def test_an_occurrence_left_by_a_runner_killed_before_its_run_was_written_starts_once(tmp_path):
    """A runner killed between claiming an occurrence and writing its run (the store holds the claim, the
    schedule moved on, no run): the next `schedules run-due` as a process gives it back and starts it, once; a
    claim under a minute old (a runner writing its run now) is left alone."""
    import sqlite3
    from datetime import datetime, timedelta

    path = tmp_path / "nightly.yaml"
    path.write_text(ECHO, encoding="utf-8")
    assert genaiops("schedules", "add", path, "--cron", "0 2 * * *").returncode == 0
    due = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["next_due"]
    at = datetime.fromisoformat(due)
    db = Path(os.environ["GENAIOPS_HOME"]) / "genaiops.db"
    with sqlite3.connect(db) as conn:  # the state a runner killed right after its claim leaves
        following = (at + timedelta(days=1)).isoformat(timespec="microseconds")
        conn.execute("UPDATE schedules SET next_due = ?", (following,))
        conn.execute("INSERT INTO schedule_runs SELECT schedule_id, ?, ?, 'run-20260101-020000-dead00', 0, NULL "
                     "FROM schedules", (due, due))  # fmt: skip
    soon = (at + timedelta(seconds=30)).isoformat()
    assert "no schedule is due" in genaiops("schedules", "run-due", "--now", soon).stdout
    later = (at + timedelta(minutes=2)).isoformat()
    ran = genaiops("schedules", "run-due", "--now", later)
    assert ran.returncode == 0 and "nightly" in ran.stdout, ran.stdout + ran.stderr
    runs = json.loads(genaiops("runs", "list", "-o", "json").stdout)
    assert [r["status"] for r in runs] == ["succeeded"], runs
    last = json.loads(genaiops("schedules", "list", "-o", "json").stdout)[0]["last_run"]
    assert last["run_id"] == runs[0]["run_id"] and last["due_at"] == due, last
    assert "no schedule is due" in genaiops("schedules", "run-due", "--now", later).stdout
