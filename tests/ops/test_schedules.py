"""Schedules as people use them: `genaiops schedules add/list/pause/resume/remove/run-due`, the runner driven by
an injected clock (`run-due --now`, no sleeping): nothing before the time, one run at it, none twice, and the
missed-run policies after the runner was down (skip: none; catch-up: exactly one)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from genaiops.ops.db import OpsDB
from genaiops.ops.schedules import Occurrence, add_schedule, claim_occurrence, find_schedule, plan_occurrence
from genaiops.runtime import open_store
from genaiops.settings import load_settings

CRON = "0 2 * * *"
ECHO = "name: nightly-echo\ntasks:\n  - id: hello\n    tool: echo\n    args: {value: hi}\n"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


PLANS = [
    pytest.param("2026-01-02T01:59", "skip", None, id="before"),
    pytest.param("2026-01-02T02:00", "skip", Occurrence(at("2026-01-02T02:00"), 0, at("2026-01-03T02:00")), id="at"),
    pytest.param("2026-01-02T02:04", "skip", Occurrence(at("2026-01-02T02:00"), 0, at("2026-01-03T02:00")),
                 id="a-little-late"),
    pytest.param("2026-01-02T02:10", "skip", Occurrence(None, 1, at("2026-01-03T02:00")), id="missed-skip"),
    pytest.param("2026-01-05T10:00", "skip", Occurrence(None, 4, at("2026-01-06T02:00")), id="down-days-skip"),
    pytest.param("2026-01-05T10:00", "catch-up", Occurrence(at("2026-01-05T02:00"), 3, at("2026-01-06T02:00")),
                 id="down-days-catch-up-once"),
]  # fmt: skip


@pytest.mark.parametrize(("now", "missed", "expected"), PLANS)
def test_plan_occurrence(now, missed, expected):
    """What a runner does at `now` with a schedule due 2026-01-02 02:00, under each missed-run policy."""
    assert plan_occurrence(CRON, at("2026-01-02T02:00"), missed, at(now)) == expected


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "nightly.yaml"
    path.write_text(ECHO, encoding="utf-8")
    return path


def next_two_am(now: datetime) -> datetime:
    candidate = now.replace(hour=2, minute=0, second=0, microsecond=0)
    return candidate if candidate > now else candidate + timedelta(days=1)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def test_add_then_run_due_before_at_and_after(cli, scenario):
    """Added now, due at the next 02:00 UTC: nothing before it, one run at it (requested by the owner), nothing
    when asked again, and `schedules list` shows the next time, the last run and its status."""
    added = cli("schedules", "add", scenario, "--cron", CRON)
    assert added.exit_code == 0, added.output
    due = next_two_am(datetime.now(UTC))
    assert f"next run {due:%Y-%m-%d %H:%M} UTC" in added.stdout and "owner bob" in added.stdout

    early = cli("schedules", "run-due", "--now", iso(due - timedelta(minutes=1)))
    assert early.exit_code == 0 and "no schedule is due" in early.stdout
    ran = cli("schedules", "run-due", "--now", iso(due))
    assert ran.exit_code == 0, ran.output
    run_id = re.search(r"schedule nightly: run (run-\S+): succeeded", ran.stdout).group(1)
    again = cli("schedules", "run-due", "--now", iso(due + timedelta(seconds=30)))
    assert "no schedule is due" in again.stdout

    runs = cli("runs", "list")
    assert runs.stdout.count("nightly-echo") == 1 and re.search(rf"{run_id}.*nightly-echo.*succeeded.*bob", runs.stdout)
    listed = cli("schedules", "list")
    row = next(line for line in listed.stdout.splitlines() if "nightly" in line)
    assert f"{due + timedelta(days=1):%Y-%m-%d} 02:00" in row and f"{run_id} succeeded" in row and "active" in row
    (shaped,) = json.loads(cli("schedules", "list", "-o", "json").stdout)
    assert (shaped["name"], shaped["cron"], shaped["owner"], shaped["paused"]) == ("nightly", CRON, "bob", False)
    assert shaped["next_due"].startswith(f"{due + timedelta(days=1):%Y-%m-%dT}02:00")
    assert (shaped["last_run"]["run_id"], shaped["last_run"]["status"]) == (run_id, "succeeded")


def test_the_list_names_a_catalogue_scenario_by_its_path_in_the_catalogue(cli, tmp_path):
    """A scenario of the catalogue (GENAIOPS_SCENARIOS_DIR) shows as `mlops/nightly.yaml`, its folder telling it
    from another `nightly.yaml` (the list showed the bare file name); one elsewhere by its folder and name."""
    catalogue = tmp_path / "scenarios"
    (catalogue / "mlops").mkdir(parents=True)
    (catalogue / "mlops" / "nightly.yaml").write_text(ECHO, encoding="utf-8")
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "nightly.yaml").write_text(ECHO, encoding="utf-8")
    env = {"GENAIOPS_SCENARIOS_DIR": str(catalogue)}
    for path, name in ((catalogue / "mlops" / "nightly.yaml", "ours"), (tmp_path / "mine" / "nightly.yaml", "mine")):
        assert cli("schedules", "add", path, "--cron", CRON, "--name", name, env=env).exit_code == 0
    listed = cli("schedules", "list", env=env).stdout
    assert "mlops/nightly.yaml" in listed and "mine/nightly.yaml" in listed, listed


@pytest.mark.parametrize(("policy", "started", "shown"), [("skip", 0, "skipped 3 missed"), ("catch-up", 1, "run-")])
def test_runner_down_for_days(cli, scenario, policy, started, shown):
    """Down from before the first 02:00 until 08:00 three days later: skip starts nothing and says so; catch-up
    starts ONE run for the three occurrences; either way the next run is the coming 02:00."""
    assert cli("schedules", "add", scenario, "--cron", CRON, "--missed", policy).exit_code == 0
    due = next_two_am(datetime.now(UTC))
    late = due + timedelta(days=2, hours=6)
    result = cli("schedules", "run-due", "--now", iso(late))
    assert result.exit_code == 0, result.output
    assert shown in result.stdout and result.stdout.count(": succeeded") == started
    assert cli("schedules", "run-due", "--now", iso(late + timedelta(minutes=1))).stdout.strip() == "no schedule is due"
    listed = cli("schedules", "list").stdout
    assert f"{due + timedelta(days=3):%Y-%m-%d} 02:00" in listed
    assert cli("runs", "list").stdout.count("nightly-echo") == started


def test_pause_resume_remove(cli, scenario):
    """A paused schedule starts nothing; resumed, it waits for its next occurrence; removed, it is gone."""
    assert cli("schedules", "add", scenario, "--cron", CRON, "--name", "n1").exit_code == 0
    assert "schedule n1 paused" in cli("schedules", "pause", "n1").stdout
    due = next_two_am(datetime.now(UTC))
    assert "no schedule is due" in cli("schedules", "run-due", "--now", iso(due)).stdout
    assert "paused" in next(line for line in cli("schedules", "list").stdout.splitlines() if "n1" in line)
    assert cli("schedules", "resume", "n1").exit_code == 0
    assert "schedule n1 removed" in cli("schedules", "remove", "n1").stdout
    assert "no schedules" in cli("schedules", "list").stdout
    assert json.loads(cli("schedules", "list", "-o", "yaml").stdout) == []  # YAML's empty list reads as JSON too


def test_two_runners_claim_an_occurrence_once(scenario):
    """Of two runners that saw the same due schedule, only the first claims the occurrence."""
    store = open_store(load_settings())
    try:
        with OpsDB(store) as ops:
            t0 = at("2026-01-01T12:00")
            schedule = add_schedule(ops, scenario=scenario, cron=CRON, params={}, missed="skip", owner="bob",
                                    name=None, now=t0)  # fmt: skip
            plan = plan_occurrence(CRON, at("2026-01-02T02:00"), "skip", at("2026-01-02T02:00"))
            assert claim_occurrence(ops, schedule, plan, "run-a", at("2026-01-02T02:00"))
            assert not claim_occurrence(ops, schedule, plan, "run-b", at("2026-01-02T02:00"))
            assert find_schedule(ops, "nightly").next_due.startswith("2026-01-03T02:00")
    finally:
        store.close()


def test_scenario_broken_after_add_is_recorded_and_others_run(cli, scenario, tmp_path):
    """A schedule whose file was removed since: run-due exits 1 naming it, records it, and still runs the other."""
    other = tmp_path / "other.yaml"
    other.write_text(ECHO.replace("nightly-echo", "other-echo"), encoding="utf-8")
    assert cli("schedules", "add", scenario, "--cron", CRON).exit_code == 0
    assert cli("schedules", "add", other, "--cron", CRON).exit_code == 0
    scenario.unlink()
    result = cli("schedules", "run-due", "--now", iso(next_two_am(datetime.now(UTC))))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "schedule nightly:" in result.stdout and "no such file" in result.stdout
    assert re.search(r"schedule other: run run-\S+: succeeded", result.stdout)
    listed = cli("schedules", "list").stdout
    assert "error" in next(line for line in listed.splitlines() if line.startswith("│ nightly"))


BAD_ADDS = [
    pytest.param(["--cron", "0 2 * *"], "a cron expression has 5 fields", id="cron-fields"),
    pytest.param(["--cron", "61 * * * *"], "minute '61' is out of range 0-59", id="cron-range"),
    pytest.param(["--cron", "0 25 * * *"], "hour '25' is out of range 0-23", id="cron-hour"),  # said "[0 25 * * *]"
    pytest.param(["--cron", "0 2 * 13 *"], "month '13' is out of range 1-12 (or JAN-DEC)", id="cron-month"),
    pytest.param(["--cron", "0 2 * * MON-FRY"], "day-of-week 'MON-FRY' is not", id="cron-weekday"),
    pytest.param(["--cron", "0 0 30 2 *"], "matches no date", id="cron-never"),
    pytest.param(["--cron", CRON, "--missed", "all"], "use skip or catch-up", id="missed"),
    pytest.param(["--cron", CRON, "--set", "model=x"], "the file declares no `params:`", id="set-without-params"),
    pytest.param(["--cron", CRON, "--set", "model"], "write --set NAME=VALUE", id="set-no-equals"),
]


@pytest.mark.parametrize(("args", "fragment"), BAD_ADDS)
def test_bad_add_is_exit_2_and_adds_nothing(cli, scenario, args, fragment):
    """A bad cron, policy or --set: one clear message, exit 2, no schedule stored."""
    result = cli("schedules", "add", scenario, *args)
    assert result.exit_code == 2 and fragment in result.output and "Traceback" not in result.output, result.output
    assert "no schedules" in cli("schedules", "list").stdout
    assert json.loads(cli("schedules", "list", "-o", "yaml").stdout) == []  # YAML's empty list reads as JSON too


def test_bad_scenario_file_is_refused_with_its_place(cli, tmp_path):
    """A malformed or invalid scenario is refused at add time, with file:line (as `scenario validate` says)."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ntasks:\n  - id: a\n    tool: ecoh\n", encoding="utf-8")
    result = cli("schedules", "add", bad, "--cron", CRON)
    assert result.exit_code == 2 and "unknown tool 'ecoh' (did you mean 'echo'?)" in result.output
    missing = cli("schedules", "add", tmp_path / "nope.yaml", "--cron", CRON)
    assert missing.exit_code == 2 and "nope.yaml: no such file" in missing.output


def test_duplicate_and_unknown_names(cli, scenario):
    """A second schedule under the same name is refused; an unknown name gets a suggestion."""
    assert cli("schedules", "add", scenario, "--cron", CRON).exit_code == 0
    again = cli("schedules", "add", scenario, "--cron", CRON)
    assert again.exit_code == 2 and "exists already; give another with --name" in again.output
    unknown = cli("schedules", "pause", "nightyl")
    assert unknown.exit_code == 2 and "did you mean 'nightly'?" in unknown.output


def test_set_names_a_declared_parameter(cli, tmp_path):
    """--set with a name the scenario's `params:` does not declare is refused with a suggestion."""
    path = tmp_path / "drift.yaml"
    path.write_text("params:\n  model: {default: churn-v2}\n" + ECHO, encoding="utf-8")
    result = cli("schedules", "add", path, "--cron", CRON, "--set", "modle=churn-v3")
    assert result.exit_code == 2 and "unknown parameter 'modle' (did you mean 'model'?)" in result.output


def test_a_scheduled_run_gets_its_set_values(cli, tmp_path):
    """The --set pairs stored with a schedule fill the scenario's params: in the run it starts, as `run --set` does."""
    path = tmp_path / "drift.yaml"
    path.write_text(
        "name: drift\nparams:\n  model: {default: churn-v2}\n"
        "tasks:\n  - id: hello\n    tool: echo\n    args: {value: '${params.model}'}\n",
        encoding="utf-8",
    )
    assert cli("schedules", "add", path, "--cron", CRON, "--set", "model=churn-v3").exit_code == 0
    ran = cli("schedules", "run-due", "--now", iso(next_two_am(datetime.now(UTC))))
    assert ran.exit_code == 0, ran.output
    run_id = re.search(r"run (run-\S+): succeeded", ran.stdout).group(1)
    shown = cli("runs", "show", run_id, "--outputs")
    assert "churn-v3" in shown.stdout and "churn-v2" not in shown.stdout
