"""`genaiops scenario test` through its process: every shipped scenario runs offline in a throwaway home and ends
as its `expect:` says; a broken expectation fails with its place, expected and actual value; bad input exits 2."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
GENAIOPS = Path(sys.executable).parent / "genaiops"
SHIPPED = {
    "canary-release",
    "incident-response",
    "alert-fired",
    "prompt-evaluation",
    "prompt-release",
    "retrain-on-drift",
    "drift-check",
    "model-rollback",
    "model-incident",
    "content-safety-review",
}
NEEDS_A_REAL_SYSTEM = {"prometheus-triage"}


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """An operator's environment whose own home must play no part (scenario test makes one per scenario)."""
    home = tmp_path / "operator-home"
    home.mkdir()
    (home / "policy.yaml").write_text("production: true\n", encoding="utf-8")  # scripted approvals refused here
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    return {**clean, "GENAIOPS_HOME": str(home), "COLUMNS": "250"}


def genaiops(env: dict[str, str], *args: object, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(GENAIOPS), *map(str, args)], capture_output=True, text=True, env=env, cwd=cwd, timeout=900, check=False
    )


def test_every_shipped_scenario_passes(env):
    """`scenario test -o json` (default: ./scenarios) passes every shipped scenario and skips the one that needs
    Prometheus, in fresh homes: the operator's production home would refuse their scripted approvals."""
    result = genaiops(env, "scenario", "test", "-o", "json", "--jobs", "2")
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {c["name"]: c for c in json.loads(result.stdout)}
    assert set(checks) >= SHIPPED | NEEDS_A_REAL_SYSTEM
    for name in SHIPPED:
        assert (checks[name]["result"], checks[name]["status"]) == ("pass", "succeeded"), checks[name]
    triage = checks["prometheus-triage"]
    assert triage["result"] == "skipped" and "GENAIOPS_PROMETHEUS_URL" in triage["problem"]


def test_a_broken_expectation_fails_with_place_expected_and_got(env, tmp_path):
    """A scenario whose expect: names a wrong output value exits 1; the table names the scenario, the place, the
    expected and the actual value."""
    broken = tmp_path / "mlops"
    shutil.copytree(REPO / "scenarios" / "mlops", broken)
    file = broken / "drift_check.yaml"
    file.write_text(file.read_text().replace("drift.drifted: true", "drift.drifted: false"), encoding="utf-8")
    result = genaiops(env, "scenario", "test", file)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "drift-check" in result.stdout and "FAIL" in result.stdout
    assert "outputs.drift.drifted: expected False, got True" in result.stdout


def test_on_an_80_column_log_each_mismatch_is_one_whole_line(env, tmp_path):
    """A CI log 80 columns wide wraps the table's last column; every mismatch is printed again below the table,
    one unwrapped line each, naming its file: a reader (or grep) finds place, expected and got together."""
    file = tmp_path / "gated.yaml"
    file.write_text(
        "name: gated\ntasks:\n  - {id: ship, tool: apply_change, args: {target: web, change: {v: 2}}}\n"
        "expect: {status: succeeded, gates: []}\n",
        encoding="utf-8",
    )
    result = genaiops({**env, "COLUMNS": "80"}, "scenario", "test", file)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    failed = [line for line in lines if line.startswith("FAIL ")]
    assert any(line.endswith("status: expected 'succeeded', got 'paused'") for line in failed), result.stdout
    assert any(line.endswith("gates: expected [], got ['ship']") for line in failed), result.stdout


def test_json_lists_every_mismatch(env, tmp_path):
    """`-o json` gives each mismatch's place, expected and got: a wrong final status and a wrong gate list."""
    file = tmp_path / "gated.yaml"
    file.write_text(
        "name: gated\ntasks:\n  - {id: ship, tool: apply_change, args: {target: web, change: {v: 2}}}\n"
        "expect: {status: succeeded, gates: []}\n",
        encoding="utf-8",
    )
    result = genaiops(env, "scenario", "test", file, "-o", "json")
    assert result.returncode == 1, result.stdout + result.stderr
    (check,) = json.loads(result.stdout)
    places = {m["place"]: (m["expected"], m["got"]) for m in check["mismatches"]}
    assert places == {"status": ("succeeded", "paused"), "gates": ([], ["ship"])}


def test_bad_input_exits_2(env, tmp_path):
    """A path that does not exist, and a file whose expect: names an unknown task (with "did you mean"), exit 2."""
    missing = genaiops(env, "scenario", "test", tmp_path / "nope")
    assert missing.returncode == 2 and "no such file or folder" in missing.stderr
    file = tmp_path / "typo.yaml"
    file.write_text(
        "name: typo\ntasks:\n  - {id: hello, tool: echo, args: {value: hi}}\nexpect: {tasks: {helo: succeeded}}\n",
        encoding="utf-8",
    )
    typo = genaiops(env, "scenario", "test", file, "-o", "json")
    assert typo.returncode == 2, typo.stdout + typo.stderr
    (check,) = json.loads(typo.stdout)
    assert check["result"] == "invalid" and "unknown task 'helo' (did you mean 'hello'?)" in check["problem"]
    assert "typo.yaml:4" in check["problem"]


def test_a_scenario_without_expect_is_bad_input(env, tmp_path):
    """A graph file with no expect: block cannot be checked: invalid, exit 2, saying what to add."""
    file = tmp_path / "plain.yaml"
    file.write_text("name: plain\ntasks:\n  - {id: hello, tool: echo, args: {value: hi}}\n", encoding="utf-8")
    result = genaiops(env, "scenario", "test", file)
    assert result.returncode == 2 and "no `expect:` block" in result.stdout


def test_a_scenario_cut_by_the_timeout_keeps_its_name(env, tmp_path):
    """A scenario whose child does not answer within --timeout fails, named by its file's `name:` in the JSON."""
    file = tmp_path / "slow.yaml"
    chain = "".join(f"  - {{id: t{i}, tool: echo, args: {{value: hi}}, after: [t{i - 1}]}}\n" for i in range(1, 50_000))
    file.write_text(
        "name: slow-one\ntasks:\n  - {id: t0, tool: echo, args: {value: hi}}\n"
        + chain
        + "expect: {status: succeeded}\n",
        encoding="utf-8",
    )  # 50,000 tasks: reading, checking and running them takes the child well over the 1 s allowed
    result = genaiops(env, "scenario", "test", file, "-o", "json", "--timeout", "1")
    assert result.returncode == 1, result.stdout + result.stderr
    (check,) = json.loads(result.stdout)
    assert (check["name"], check["result"]) == ("slow-one", "fail")
    assert "did not finish within 1 s (--timeout)" in check["mismatches"][0]["got"]


def test_a_scenario_file_past_the_size_limit_is_refused_before_it_is_read(env, tmp_path):
    """A 70 MB file is refused with its size, the limit and what to do, exit 2, not read into memory."""
    file = tmp_path / "huge.yaml"
    with file.open("wb") as out:
        out.truncate(70 * 2**20)
    result = genaiops(env, "scenario", "validate", file)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "the file is 70.0 MB; a YAML file may be up to 64 MB (split it" in result.stderr
    assert "Traceback" not in result.stderr
