"""Prompt evaluation and prompt release from the CLI, offline on the recorded outputs shipped beside the scenarios:
each scenario ends as its `expect:` says through the real `genaiops` process, the release lands in the home's
prompt registry (`genaiops prompts`), and a missing recording or a broken template names its file and line."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
import yaml

from genaiops.graphs import Engine
from genaiops.store import Store
from genaiops.tools import load_tools

REPO = Path(__file__).resolve().parents[1]
LLMOPS = REPO / "scenarios" / "llmops"
GENAIOPS = Path(sys.executable).parent / "genaiops"


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """An operator's process environment: a fresh drill home, guardrails on task inputs as shipped."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    return {**clean, "GENAIOPS_HOME": str(home), "GENAIOPS_USER": "bob", "COLUMNS": "250"}


def genaiops(env: dict[str, str], *args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(GENAIOPS), *map(str, args)], capture_output=True, text=True, env=env, timeout=180, check=False
    )


def releases(home: str) -> list[tuple]:
    with closing(sqlite3.connect(Path(home) / "prompts.db")) as con:
        return con.execute("SELECT prompt, version, kind, released_at FROM releases ORDER BY seq").fetchall()


def test_prompt_evaluation_runs_offline_from_the_cli(env):
    """`scenario run scenarios/llmops/prompt_evaluation.yaml` exits 0: v1 misses its pass rate, v2 meets it, and the
    gate passes v2; nothing is released."""
    result = genaiops(env, "scenario", "run", LLMOPS / "prompt_evaluation.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "scenario ended as expected" in result.stdout and "verdict: pass" in result.stdout
    assert not (Path(env["GENAIOPS_HOME"]) / "prompts.db").exists() or releases(env["GENAIOPS_HOME"]) == []


def test_prompt_release_publishes_the_new_current_version(env):
    """`scenario run scenarios/llmops/prompt_release.yaml` exits 0 and the registry's current support_answer is v2,
    released at the scenario's time; `prompts list` shows it, `prompts history` who asked and who approved."""
    result = genaiops(env, "scenario", "run", LLMOPS / "prompt_release.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"review\s.*succeeded\s.*verdict: approve", result.stdout), result.stdout
    assert releases(env["GENAIOPS_HOME"]) == [("support_answer", "v2", "publish", "2026-11-30T09:00:00+00:00")]
    listed = genaiops(env, "prompts", "list")
    assert listed.returncode == 0, listed.stderr
    row = next(line for line in listed.stdout.splitlines() if "support_answer" in line)
    assert " v2 " in row and "publish" in row
    history = genaiops(env, "prompts", "history", "support_answer")
    assert history.returncode == 0, history.stderr
    assert "bob" in history.stdout and "alice (scripted)" in history.stdout and "PR-311" in history.stdout
    assert history.stdout.strip().endswith("current: support_answer v2")
    (shaped,) = json.loads(genaiops(env, "prompts", "list", "-o", "json").stdout)
    assert shaped["prompt"] == "support_answer" and shaped["current"] == "v2" and shaped["run_id"].startswith("run-")
    (release,) = yaml.safe_load(genaiops(env, "prompts", "history", "support_answer", "-o", "yaml").stdout)
    assert (release["version"], release["baseline"], release["kind"]) == ("v2", "v1", "publish")
    assert (release["requested_by"], release["approved_by"]) == ("bob", "alice (scripted)")
    assert "PR-311" in release["reason"] and len(release["template_sha256"]) == 64


def test_the_release_team_blocks_an_unsafe_answer_and_nothing_is_published(env, tmp_path):
    """prompt_release.yaml with an unsafe answer (an email address and an insult) given to the safety reviewer:
    the team review is blocked by the safety reviewer, the gated publish is skipped, no release is recorded."""
    folder = copy_scenarios(tmp_path)
    scenario = folder / "prompt_release.yaml"
    text = scenario.read_text(encoding="utf-8")
    unsafe = "Sure. Email the customer at jane.roe@example.com and tell her she is a worthless idiot."
    text = text.replace('"${sample.report.cases.0.samples.0.output}"', json.dumps(unsafe))
    scenario.write_text(text.split("\nexpect:")[0] + "\n", encoding="utf-8")
    result = genaiops(env, "scenario", "run", scenario)
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"review\s.*succeeded\s.*verdict: block", result.stdout), result.stdout
    assert re.search(r"publish\s.*skipped", result.stdout), result.stdout
    assert "ap-" not in result.stdout  # the gate never asked: there was nothing to publish
    assert not (Path(env["GENAIOPS_HOME"]) / "prompts.db").exists() or releases(env["GENAIOPS_HOME"]) == []


def test_prompts_commands_on_a_home_without_releases(env):
    """`prompts list` before any release is an empty list (exit 0, as the other lists): a line saying how to
    publish, or `[]` for scripts; `prompts history` of a prompt never released is an error (exit 2). No file is
    created by either."""
    result = genaiops(env, "prompts", "list")
    assert result.returncode == 0 and "prompt_release.yaml" in result.stdout, result.stdout + result.stderr
    assert json.loads(genaiops(env, "prompts", "list", "-o", "json").stdout) == []
    history = genaiops(env, "prompts", "history", "support_answer")
    assert history.returncode == 2 and history.stderr.startswith("error: ") and "Traceback" not in history.stderr
    assert "prompt_release.yaml" in history.stderr
    assert not (Path(env["GENAIOPS_HOME"]) / "prompts.db").exists()


def copy_scenarios(tmp_path: Path) -> Path:
    folder = tmp_path / "llmops"
    shutil.copytree(LLMOPS, folder)
    return folder


def test_a_missing_recording_is_a_validation_error_at_its_line(env, tmp_path):
    """A scenario naming a recorded-outputs file that does not exist: exit 2 before anything runs, naming the
    scenario's file and line, the argument and the missing file."""
    folder = copy_scenarios(tmp_path)
    scenario = folder / "prompt_evaluation.yaml"
    candidate = 'recorded_path: "recorded_${params.version}.yaml"'
    text = scenario.read_text(encoding="utf-8").replace(candidate, "recorded_path: v2.yaml")
    scenario.write_text(text, encoding="utf-8")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "recorded_path: v2.yaml" in t)
    result = genaiops(env, "scenario", "run", scenario)
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"prompt_evaluation.yaml:{line}: tasks[2].args.recorded_path: no such file 'v2.yaml'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_broken_template_fails_the_task_naming_the_suite_file_and_line(env, tmp_path):
    """A suite whose v2 template never closes `{{`: the evaluation tasks fail (exit 1, not succeeded) with the
    suite file, the template's line and what to fix."""
    folder = copy_scenarios(tmp_path)
    suite = folder / "support_suite.yaml"
    lines = suite.read_text(encoding="utf-8").splitlines()
    v2 = next(i for i, t in enumerate(lines) if t.strip() == "v2:")
    broken = next(i for i in range(v2, len(lines)) if "asks: {{$question}}" in lines[i])
    lines[broken] = lines[broken].replace("{{$question}}", "{{$question")
    suite.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = genaiops(env, "scenario", "run", folder / "prompt_evaluation.yaml")
    out = result.stdout + result.stderr
    assert result.returncode == 1, out
    assert f"support_suite.yaml:{v2 + 2}: prompt.versions.v2.template:" in " ".join(out.split())
    assert "never closed" in out and "Traceback" not in out


# --- evaluating on the configured model (GENAIOPS_LLMOPS_MODEL) -------------------------------------------------

LIVE = """\
name: live-evaluation
tasks:
  - id: eval
    tool: run_eval_suite
    args: {suite_path: support_suite.yaml, version: v2}
expect:
  status: succeeded
"""
ANSWER = "You can return items within 30 days of delivery for a full refund."


@pytest.fixture
def chat_model(chat_model_server):  # type: ignore[no-untyped-def]
    """A chat model on 127.0.0.1 that answers every prompt with ANSWER (42 tokens in, 13 out)."""
    with chat_model_server(lambda body, n: ANSWER, usage=(42, 13)) as model:
        yield model


def prompts(model) -> list[str]:  # noqa: ANN001
    """The last message of each request the model got."""
    return [r["body"]["messages"][-1]["content"] for r in model.requests]


def live_scenario(tmp_path: Path) -> Path:
    folder = copy_scenarios(tmp_path)
    (folder / "live.yaml").write_text(LIVE, encoding="utf-8")
    return folder / "live.yaml"


def test_without_recordings_the_configured_model_answers_when_asked(env, tmp_path, chat_model):
    """GENAIOPS_LLMOPS_MODEL=true with an openai model: each case's rendered prompt goes to the model, and its
    replies (with the token counts it reports) are what the suite evaluates."""
    model_env = {
        **env,
        "GENAIOPS_LLMOPS_MODEL": "true",
        "GENAIOPS_MODEL_PROVIDER": "openai",
        "GENAIOPS_MODEL_NAME": "support-model",
        "GENAIOPS_MODEL_BASE_URL": chat_model.url,
        "GENAIOPS_MODEL_API_KEY": "sk-test",
    }
    scenario = live_scenario(tmp_path)
    result = genaiops(model_env, "scenario", "run", scenario)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(prompts(chat_model)) == 8 * 3  # the suite's eight cases, three samples each
    assert "Customer Emily asks: How long do I have to return my order?" in prompts(chat_model)[0]
    run_id = re.search(r"run (run-\S+): succeeded", result.stdout).group(1)
    store = Store.open(f"sqlite:///{Path(env['GENAIOPS_HOME']) / 'genaiops.db'}", read_only=True)
    try:
        report = Engine(store=store, registry=load_tools()).result(run_id).outputs["eval"]["report"]
    finally:
        store.close()
    sample = report["cases"][0]["samples"][0]
    assert (sample["output"], sample["input_tokens"], sample["output_tokens"]) == (ANSWER, 42, 13)
    assert sample["latency_ms"] is not None


def test_without_recordings_and_without_a_model_the_task_says_what_to_set(env, tmp_path):
    """No recorded outputs and GENAIOPS_LLMOPS_MODEL unset: the task fails (exit 1) naming recorded_path and
    GENAIOPS_LLMOPS_MODEL; no model is called."""
    result = genaiops(env, "scenario", "run", live_scenario(tmp_path))
    out = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 1, out
    assert "recorded_path" in out and "GENAIOPS_LLMOPS_MODEL=true" in out and "Traceback" not in out


def test_recordings_that_miss_cases_name_them_all_and_the_renamed_ids(env, tmp_path):
    """Recorded outputs missing two of the suite's cases, one of them recorded under another id, fail the gate
    naming both missing ids and the id the suite does not have: before, only the first was named, with a
    'did you mean' pointing at another case of the suite."""
    folder = tmp_path / "llm"
    shutil.copytree(LLMOPS, folder)
    recorded = yaml.safe_load((folder / "recorded_v2.yaml").read_text(encoding="utf-8"))
    ids = [k for k in recorded["responses"] if "@" not in k]  # the suite's cases, not probe_bias's variants
    recorded["responses"]["refund-windw"] = recorded["responses"].pop(ids[0])
    del recorded["responses"][ids[-1]]
    (folder / "recorded_v2.yaml").write_text(yaml.safe_dump(recorded, sort_keys=False), encoding="utf-8")
    result = genaiops(env, "scenario", "run", folder / "prompt_evaluation.yaml")
    assert result.returncode == 1, result.stdout + result.stderr
    said = " ".join((result.stdout + result.stderr).split())
    assert (
        f"recorded_v2.yaml: no recorded responses for 2 of the suite's {len(ids)} case(s): ['{ids[0]}', '{ids[-1]}']; "
        "it has responses for ids the suite does not have: ['refund-windw'] (renamed?); record them under "
        "`responses:`" in said
    ), said
    assert "did you mean" not in said


def _release_without_guard(tmp_path: Path) -> Path:
    """prompt_release.yaml with no `when:` guard before the publish and no `expect:`."""
    scenario = copy_scenarios(tmp_path) / "prompt_release.yaml"
    text = scenario.read_text(encoding="utf-8").split("\nexpect:")[0] + "\n"
    scenario.write_text(text.replace('    when: "${gate.gate.passed} and ${review.passed}"\n', ""), encoding="utf-8")
    return scenario


def test_publishing_on_a_failing_gate_fails_the_task_in_runs_show_the_run_and_the_ledger(env, tmp_path):
    """prompt_release.yaml with v1 as the candidate against v2 (v1 misses its pass rate: the gate fails) and no
    `when:` guard before the publish: the publish_prompt task fails, before its approval is asked, saying the
    gate's verdict and figures and how to release; the run fails (exit 1), `runs show` lists the task as failed,
    the ledger holds no request or decision for it; nothing is released. Before, the task and the run
    'succeeded' with published=false; then the gate was only read after the approval."""
    scenario = _release_without_guard(tmp_path)
    result = genaiops(env, "scenario", "run", scenario, "--set", "version=v1", "--set", "baseline=v2")
    out = " ".join((result.stdout + result.stderr).split())
    assert result.returncode == 1, out
    assert "not published: the gate's verdict for support_answer@v1 is 'fail'" in out, out
    assert "nobody was asked to approve it" in out and "paired test p=" in out, out
    run_id = re.search(r"run (run-\S+): failed", result.stdout).group(1)
    shown = json.loads(genaiops(env, "runs", "show", run_id, "-o", "json").stdout)
    assert shown["run"]["status"] == "failed"
    (publish,) = [t for t in shown["tasks"] if t["task_id"] == "publish"]
    assert publish["status"] == "failed" and "not published" in publish["error"], publish
    ledger = json.loads(genaiops(env, "audit", "list", "--run", run_id, "--full", "-o", "json").stdout)
    assert not [e for e in ledger if e["kind"].startswith("approval_")], ledger
    assert not (Path(env["GENAIOPS_HOME"]) / "prompts.db").exists() or releases(env["GENAIOPS_HOME"]) == []


def test_a_failing_gate_asks_nobody_and_a_passing_one_asks_as_before(env, tmp_path):
    """`genaiops run` (no scripted approvals: people decide): on a failing gate the run fails (exit 1) with the
    gate's figures and `approvals list` is empty; on a passing gate it pauses (exit 3) at the publish's approval,
    whose evidence shows the gate's figures."""
    scenario = _release_without_guard(tmp_path)
    failed = genaiops(env, "run", scenario, "--set", "version=v1", "--set", "baseline=v2")
    out = " ".join((failed.stdout + failed.stderr).split())
    assert failed.returncode == 1 and "is 'fail'" in out and "p=" in out, out
    pending = json.loads(genaiops(env, "approvals", "list", "-o", "json").stdout)
    assert pending == [], pending
    paused = genaiops(env, "run", scenario)
    assert paused.returncode == 3, paused.stdout + paused.stderr
    (request,) = json.loads(genaiops(env, "approvals", "list", "-o", "json").stdout)
    assert request["task_id"] == "publish", request
    shown = genaiops(env, "approvals", "show", request["approval_id"])
    assert "v2 passes" in " ".join(shown.stdout.split()), shown.stdout
