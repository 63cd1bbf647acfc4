"""The CLI and agents: role tasks run on the configured model, a bad model choice is a user error, and
`runs show` tells what the agents did."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from genaiops.cli import app

CANARY = Path(__file__).resolve().parents[1] / "scenarios" / "canary_release.yaml"


def invoke(home: Path, *args: str, **env: str):  # noqa: ANN201
    home.mkdir(parents=True, exist_ok=True)  # a drill home: GENAIOPS_USER=bob is a claimed identity
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    base = {"HOME": str(home.parent / "user-home"), "GENAIOPS_HOME": str(home), "GENAIOPS_USER": "bob"}
    base |= {"COLUMNS": "200", "GENAIOPS_MODEL_PROVIDER": None, "GENAIOPS_MODEL_NAME": None, **env}
    return CliRunner().invoke(app, list(args), env=base)


def test_scenario_role_tasks_run_as_agents_and_runs_show_reports_their_turns(tmp_path: Path) -> None:
    """The canary scenario's sre and mlops_engineer tasks are performed by agents; runs show counts their turns."""
    home = tmp_path / "home"
    ran = invoke(home, "scenario", "run", str(CANARY), "--model", "offline")
    assert ran.exit_code == 0, ran.output
    run_id = re.search(r"run (run-[0-9a-f-]+)", ran.output).group(1)
    shown = invoke(home, "runs", "show", run_id)
    assert shown.exit_code == 0
    assert re.search(r"agent sre: \d+ turns, [1-9]\d* prompt", shown.output)
    assert re.search(r"agent mlops_engineer: \d+ turns", shown.output)
    turns = invoke(home, "runs", "show", run_id, "--turns")
    assert turns.exit_code == 0 and re.search(r"promote\s+mlops_engineer\s+ToolCallRequestEvent", turns.output)


def test_a_bad_model_choice_exits_2_with_the_fix_before_anything_runs(tmp_path: Path) -> None:
    """--model with an unknown provider, or openai without a model name, is one line and exit 2; no store."""
    home = tmp_path / "home"
    bad = invoke(home, "scenario", "run", str(CANARY), "--model", "openia")
    assert bad.exit_code == 2 and "unknown model provider 'openia'" in bad.output and "Traceback" not in bad.output
    missing = invoke(home, "run", str(CANARY), GENAIOPS_MODEL_PROVIDER="openai")
    assert missing.exit_code == 2 and "GENAIOPS_MODEL_NAME" in missing.output
    assert not (home / "genaiops.db").exists()


async def test_an_unreachable_model_fails_the_task_with_where_and_what_to_check_never_the_key() -> None:
    """A role task on an openai model nobody serves fails (not hangs) naming the URL and the setting to check;
    the API key is in no error, event or output."""
    import socket

    from genaiops.agents.models import ModelSettings
    from genaiops.agents.tasks import AgentTasks
    from genaiops.graphs import Engine, GraphSpec
    from genaiops.store import Store
    from genaiops.tools import load_tools

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    env = {
        "GENAIOPS_MODEL_PROVIDER": "openai",
        "GENAIOPS_MODEL_NAME": "m",
        "GENAIOPS_MODEL_BASE_URL": f"http://127.0.0.1:{port}/v1",
        "GENAIOPS_MODEL_API_KEY": "sk-test-very-secret-0123456789",
        "GENAIOPS_MODEL_TIMEOUT": "2",
        "GENAIOPS_MODEL_MAX_RETRIES": "0",
    }
    store = Store.open(":memory:")
    engine = Engine(store, load_tools(), handler=AgentTasks(ModelSettings.from_env(env)))
    spec = GraphSpec.model_validate(
        {"name": "t", "tasks": [{"id": "s", "role": "sre", "tool": "summarize_series", "args": {"values": [1.0]}}]}
    )
    result = await engine.start(spec, requester="ann")
    assert result.status == "failed"
    assert f"cannot reach the openai model at http://127.0.0.1:{port}/v1" in result.errors["s"]
    assert "GENAIOPS_MODEL_BASE_URL" in result.errors["s"]
    stored = repr(store.events(result.run_id)) + repr(store.agent_turns(result.run_id))
    assert "very-secret" not in stored + result.errors["s"]


def test_the_incident_drill_runs_offline_and_the_second_drill_recalls_the_first(tmp_path: Path) -> None:
    """scenarios/incident_response.yaml: the SRE agent roots a bad deploy, rolls back after the scripted
    approval, verifies, and writes the incident to memory under GENAIOPS_HOME; a second drill finds it."""
    from genaiops.store import Store

    drill = Path(__file__).resolve().parents[1] / "scenarios" / "incident_response.yaml"
    home = tmp_path / "home"
    for _ in range(2):
        ran = invoke(home, "scenario", "run", str(drill))
        assert ran.exit_code == 0 and "scenario ended as expected" in ran.output, ran.output
    store = Store.open(f"sqlite:///{home / 'genaiops.db'}")
    try:
        second, first = store.runs(limit=2)
        recall = {t.task_id: t.result for t in store.tasks(second.run_id)}["recall"]
        remembered = {t.task_id: t.result for t in store.tasks(first.run_id)}["remember"]
    finally:
        store.close()
    assert [hit["metadata"]["incident"] for hit in recall["incidents"]] == [remembered["id"]]
    assert (home / "memory").is_dir()
