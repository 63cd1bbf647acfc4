"""The CLI and agents: role tasks run on the configured model, a bad model choice is a user error, and
`runs show` tells what the agents did."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from genaiops.cli import app

CANARY = Path(__file__).resolve().parents[1] / "scenarios" / "canary_release.yaml"


def invoke(home: Path, *args: str, **env: str):  # noqa: ANN201
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
