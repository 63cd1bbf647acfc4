"""What the `genaiops` process reports about a run, run as a user runs it: exit codes (0 succeeded, 1 failed or not
as expected, 3 paused at a gate), `runs show --outputs`, full failure details, and verdicts that read as such."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CANARY = REPO / "scenarios" / "canary_release.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"
UNSAFE = "Sure. Email the customer at jane.roe@example.com and tell her she is a worthless idiot."
SAFE = "Your order ships tomorrow; the tracking link is in your account under Orders."
WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight"]


def genaiops(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """The installed console script, on the test's own GENAIOPS_HOME (tests/conftest.py), offline model."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_MODEL_")}
    env["COLUMNS"] = "200"
    out = subprocess.run([GENAIOPS, *map(str, args)], capture_output=True, text=True, env=env, timeout=300)
    assert "Traceback" not in out.stdout + out.stderr, out.stdout + out.stderr
    return out


def run_id(out: subprocess.CompletedProcess[str]) -> str:
    return re.search(r"run (run-[0-9a-f-]+)", out.stdout).group(1)


def flat(text: str) -> str:
    """Text with rich's line wrapping undone (every run of whitespace one space)."""
    return " ".join(text.split())


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def canary_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """A home where the canary scenario ran to success: (GENAIOPS_HOME, run id)."""
    home = tmp_path_factory.mktemp("canary") / "home"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GENAIOPS_HOME", str(home))
        ran = genaiops("scenario", "run", CANARY)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return str(home), run_id(ran)


def test_runs_show_outputs_prints_every_task_output_as_json(canary_run, monkeypatch) -> None:
    """`runs show RUN --outputs` exits 0 and prints the outputs as one JSON object, one entry per task that
    produced one (the promotion applied, the skipped hold absent)."""
    home, rid = canary_run
    monkeypatch.setenv("GENAIOPS_HOME", home)
    shown = genaiops("runs", "show", rid, "--outputs")
    assert shown.returncode == 0, shown.stderr
    outputs = json.loads(shown.stdout[shown.stdout.index("\n{") :])
    assert outputs["promote"]["applied"] is True
    assert outputs["latency_check"]["passed"] is True
    assert "hold" not in outputs


def test_a_long_failure_is_shown_in_full_by_run_and_runs_show(tmp_path) -> None:
    """A failure longer than the table's cell is cut there and printed whole below it, by `run` (exit 1) and by
    `runs show`: every one of the eight bad values is named."""
    graph = write(
        tmp_path,
        "long.yaml",
        f"name: long-error\ntasks:\n  - id: words\n    tool: echo\n    args: {{value: [{', '.join(WORDS)}]}}\n"
        '  - id: stats\n    tool: summarize_series\n    args: {values: "${words.value}"}\n',
    )
    ran = genaiops("run", graph)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    shown = genaiops("runs", "show", run_id(ran))
    assert shown.returncode == 0, shown.stderr
    for out in (ran.stdout, shown.stdout):
        text = flat(out)
        assert "… (in full" in text and "stats (full error): summarize_series: values.0:" in text  # cut, then whole
        for i, word in enumerate(WORDS):
            assert f"values.{i}: Input should be a valid number, unable to parse string as a number (got '{word}')" in (
                text
            )


def test_a_paused_run_exits_3_and_its_resume_exits_0() -> None:
    """`run` stopping at the approval gate exits 3 (not 0: nothing is done yet); after another person approves,
    `resume` finishes it and exits 0."""
    ran = genaiops("run", CANARY)
    assert ran.returncode == 3, ran.stdout + ran.stderr
    assert re.search(r"run run-\S+: paused", ran.stdout)
    approval = re.search(r"(ap-[0-9a-f]{12})", ran.stdout).group(1)
    approved = genaiops("approvals", "approve", approval, "--as", "alice", "--reason", "CHG-1042")
    assert approved.returncode == 0, approved.stdout + approved.stderr
    resumed = genaiops("resume", run_id(ran))
    assert resumed.returncode == 0 and re.search(r"run run-\S+: succeeded", resumed.stdout), resumed.stdout


def test_a_scenario_that_stops_at_a_gate_its_script_does_not_decide_exits_3(tmp_path) -> None:
    """`scenario run` of the canary without its scripted approval stops paused: exit 3, the expectation named."""
    text = CANARY.read_text(encoding="utf-8")
    unscripted = re.sub(r"(?ms)^approvals:.*?(?=^\S)", "", text)
    assert "approvals:" not in unscripted
    ran = genaiops("scenario", "run", write(tmp_path, "unscripted.yaml", unscripted))
    assert ran.returncode == 3, ran.stdout + ran.stderr
    assert "run ended paused, expected succeeded" in ran.stdout


VERDICTS = {
    "review": (
        f"  - {{id: bad, tool: review_output, args: {{text: {json.dumps(UNSAFE)}}}}}\n"
        f"  - {{id: good, tool: review_output, args: {{text: {json.dumps(SAFE)}}}}}\n",
        "block",
    ),
    "check": (
        "  - {id: bad, tool: check_threshold, args: {value: 250, limit: 200}}\n"
        "  - {id: good, tool: check_threshold, args: {value: 150, limit: 200}}\n",
        "fail",
    ),
}


def run_and_show(tmp_path: Path, name: str, tasks: str) -> tuple[subprocess.CompletedProcess[str], ...]:
    """`genaiops run` of a graph of ``tasks`` (it must succeed), then `genaiops runs show` of its run."""
    ran = genaiops("run", write(tmp_path, f"{name}.yaml", f"name: {name}\ntasks:\n{tasks}"))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return ran, genaiops("runs", "show", run_id(ran))


@pytest.mark.parametrize("case", list(VERDICTS))
def test_an_unfavourable_verdict_reads_as_such(tmp_path, case) -> None:
    """review_output blocking an unsafe answer, check_threshold over its limit (`passed: false`): the task
    succeeded (it ran), and `run` and `runs show` show `verdict: block` (`fail`) on its row and a `verdict against`
    line under the run status, `runs show -o json` the verdict; a passing one shows `verdict: pass`, not against."""
    tasks, against = VERDICTS[case]
    ran, shown = run_and_show(tmp_path, "verdicts", tasks)
    for out in (ran.stdout, shown.stdout):
        assert re.search(rf"│ bad\s+│ succeeded │ verdict: {against}", out), out
        assert re.search(r"│ good\s+│ succeeded │ verdict: pass", out), out
        assert re.search(rf"run run-\S+: succeeded\nverdict against: bad \({against}\)\n", out), out
    document = json.loads(genaiops("runs", "show", run_id(ran), "-o", "json").stdout)
    found = {t["task_id"]: (t["verdict"], t["verdict_favourable"]) for t in document["tasks"]}
    assert found == {"bad": (against, False), "good": ("pass", True)}


def test_every_task_row_shows_its_key_result(tmp_path) -> None:
    """A task without a verdict shows what it found on its row, in `run` and in `runs show`: a summary's scalar
    fields (`p99=`), a list by its size; a result's terminal escape shown as `?`, not sent to the terminal."""
    tasks = (
        "  - {id: series, tool: synthetic_metric, args: {service: checkout, points: 60, baseline_ms: 120}}\n"
        '  - {id: summary, tool: summarize_series, args: {values: "${series.values}", tail: 30}}\n'
        '  - {id: said, tool: echo, args: {value: "red \\e[31mtext"}}\n'
    )
    ran, shown = run_and_show(tmp_path, "results", tasks)
    for out in (ran.stdout, shown.stdout):
        assert re.search(r"│ series\s+│ succeeded │ service=checkout, values: 60 items", out), out
        assert re.search(r"│ summary\s+│ succeeded │ count=30, mean=[\d.]+, median=[\d.]+, p99=[\d.]+", out), out
        assert re.search(r"│ said\s+│ succeeded │ value=red \?\[31mtext", out) and "\x1b" not in out, out


def test_a_key_result_leaves_out_keys_and_cuts_long_values() -> None:
    """The row's summary: no idempotency key, digest or credential field; floats to four digits; a long text cut;
    the whole summary cut at KEY_RESULT characters."""
    from genaiops.cli.views import KEY_RESULT, key_result

    said = key_result({"target": "checkout@staging", "idempotency_key": "ab" * 16, "api_token": "x", "sha256_digest":
                       "c" * 64, "applied": True, "ratio": 0.123456, "note": "n" * 60, "detail": {"a": 1}})  # fmt: skip
    whole = "target=checkout@staging, applied=true, ratio=0.1235, note=" + "n" * 39 + "…"
    assert said == whole[: KEY_RESULT - 1] + "…" and len(said) == KEY_RESULT, said
    assert key_result({"note": "n" * 60}) == "note=" + "n" * 39 + "…"
    assert "key" not in said and "token" not in said and "digest" not in said and "detail" not in said
    assert len(key_result({f"field{i}": i for i in range(40)})) == KEY_RESULT
    assert key_result(None) == "" and key_result([1, 2]) == "2 items" and key_result("a\nb") == "a?b"


def test_the_readme_drill_gives_its_agent_every_tool_result() -> None:
    """`genaiops scenario run scenarios/incident_response.yaml` (the README's on-call drill, which expects
    agent_tool_errors: 0) ends as expected, and no stored agent turn holds an errored tool result: observe,
    rank, roll back and verify all reached the SRE agent as JSON it could read."""
    from genaiops.store import Store

    ran = genaiops("scenario", "run", REPO / "scenarios" / "incident_response.yaml")
    assert ran.returncode == 0 and "scenario ended as expected" in ran.stdout, ran.stdout + ran.stderr
    store = Store.open(f"sqlite:///{Path(os.environ['GENAIOPS_HOME']) / 'genaiops.db'}")
    try:
        turns = store.agent_turns(run_id(ran))
    finally:
        store.close()
    results = [r for t in turns if t.kind == "ToolCallExecutionEvent" for r in json.loads(t.content)["content"]]
    assert {r["name"] for r in results} >= {
        "observe_services",
        "rank_root_causes",
        "roll_back_deploy",
        "verify_remediation",
    }
    assert [r for r in results if r["is_error"]] == []
    assert all(isinstance(json.loads(r["content"]), dict) for r in results)
    assert "not JSON serializable" not in " ".join(t.content for t in turns)
    assert [t for t in turns if t.kind == "tool_error"] == []


def test_a_scenario_can_expect_its_agents_to_have_had_no_tool_error(tmp_path) -> None:
    """`expect: {agent_tool_errors: 0}` fails the scenario (exit 1) naming the task, agent, tool and error when an
    agent's call errored; the same scenario expecting that one error ends as expected (exit 0)."""
    task = "tasks:\n  - {id: look, role: mlops_engineer, tool: describe_model, args: {model_name: no-such-model}}\n"
    none = write(tmp_path, "none.yaml", f"name: e\n{task}expect: {{status: failed, agent_tool_errors: 0}}\n")
    one = write(tmp_path, "one.yaml", f"name: e\n{task}expect: {{status: failed, agent_tool_errors: 1}}\n")
    failed = genaiops("scenario", "run", none)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    said = flat(failed.stdout)
    assert "✗ expectation: agents had 1 tool error(s), expected 0 (look: mlops_engineer called describe_model:" in said
    assert "unknown model 'no-such-model'" in said
    expected = genaiops("scenario", "run", one)
    assert expected.returncode == 0 and "scenario ended as expected" in expected.stdout, expected.stdout


def test_a_large_paused_run_is_summarised_and_runs_show_lists_every_task(tmp_path: Path) -> None:
    """A run of 60 gated tasks: `run` lists 50 tasks and 50 waiting approvals, then says how many more and where
    to see them (a 1,000-row table took over a second to draw); `runs show` lists all 60."""
    tasks = "\n".join(
        f"  - {{id: ship{i:02d}, tool: apply_change, args: {{target: 'svc{i:02d}@canary'}}}}" for i in range(60)
    )
    graph = write(tmp_path, "wide.yaml", f"name: wide\ntasks:\n{tasks}\n")
    ran = genaiops("run", graph)
    assert ran.returncode == 3, ran.stdout + ran.stderr
    rid = run_id(ran)
    shown = flat(ran.stdout)
    assert f"… 10 more tasks (waiting 60 in all): `genaiops runs show {rid}` lists every one" in shown
    assert f"… and 10 more: `genaiops approvals list --run {rid}`" in shown
    table = ran.stdout.split("┏")[1].split("… 10 more tasks")[0]
    assert len(re.findall(r"\bship\d\d\b", table)) == 50
    listed = genaiops("runs", "show", rid)
    assert listed.returncode == 0 and set(re.findall(r"\bship\d\d\b", listed.stdout)) == {
        f"ship{i:02d}" for i in range(60)
    }


def test_runs_list_never_cuts_a_run_id_however_narrow_the_terminal(canary_run, monkeypatch) -> None:
    """At 60 columns the other columns wrap or shorten, but the run id is whole, so it can be copied."""
    home, rid = canary_run
    monkeypatch.setenv("GENAIOPS_HOME", home)
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_MODEL_")} | {"COLUMNS": "60"}
    out = subprocess.run([GENAIOPS, "runs", "list"], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0 and rid in out.stdout, out.stdout
