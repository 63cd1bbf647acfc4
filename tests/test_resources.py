"""Optional resources (genaiops.resources): a tool's `needs`/`uses`, what validation reports when one is not
configured, what the runtime says is configured, and the check a run makes before it starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from genaiops.errors import GraphValidationError, SettingsError, ToolExecutionError
from genaiops.graphs import parse_scenario
from genaiops.registry import ToolContext, ToolRegistry
from genaiops.resources import RESOURCE_SETTINGS
from genaiops.runtime import check_resources, configured_resources
from genaiops.settings import Settings


class Nothing(BaseModel):
    pass


def _registry() -> ToolRegistry:
    registry = ToolRegistry()

    @registry.tool(needs=("prometheus",))
    def scrape(args: Nothing) -> Nothing:
        """Needs Prometheus whatever its arguments."""
        return args

    @registry.tool(needs=("receiver",))
    def note(args: Nothing) -> Nothing:
        """Needs a resource every engine has."""
        return args

    return registry


FLOW = "name: x\ntasks:\n  - id: a\n    tool: scrape\n  - id: b\n    tool: note\n"


def test_fixed_needs_are_validation_problems_naming_the_setting():
    """needs=("prometheus",): unconfigured, the task is a problem naming GENAIOPS_PROMETHEUS_URL; a resource
    without a row in RESOURCE_SETTINGS (every engine has it) never is."""
    with pytest.raises(GraphValidationError) as info:
        parse_scenario(FLOW, _registry(), file="x.yaml", resources=frozenset())
    assert [p.message for p in info.value.problems] == [
        "task 'a': tool scrape needs Prometheus: set GENAIOPS_PROMETHEUS_URL (see README, Real systems)"
    ]
    assert "receiver" not in RESOURCE_SETTINGS
    parse_scenario(FLOW, _registry(), resources=frozenset({"prometheus"}))


def test_fixed_needs_count_as_uses():
    """A tool that needs a resource is checked before a run like one that uses it."""
    assert _registry().get("scrape").uses == frozenset({"prometheus"})


def test_configured_resources_follow_the_settings(monkeypatch):
    """GENAIOPS_PROMETHEUS_URL set: 'prometheus' is configured; unset: it is not. The drill MLOps stand-ins are
    there unless MLflow or serving processes are configured."""
    for name in ("GENAIOPS_PROMETHEUS_URL", "GENAIOPS_LOKI_URL", "GENAIOPS_MLFLOW_URI", "GENAIOPS_SERVING"):
        monkeypatch.delenv(name, raising=False)
    prometheus = Settings(prometheus_url="http://127.0.0.1:9090")
    assert configured_resources(prometheus) == frozenset({"prometheus", "drill_mlops"})
    assert configured_resources(Settings()) == frozenset({"drill_mlops"})
    assert configured_resources(Settings(mlflow_uri="http://127.0.0.1:5000")) == frozenset()
    assert configured_resources(Settings(serving="process")) == frozenset()


def test_the_drill_staging_tool_is_refused_at_validation_on_real_mlops_systems(tmp_path):
    """`scenario validate` of a drill that stages a model, with MLflow configured: exit 2 before anything runs,
    naming the task's line and the settings to unset (it used to fail at run time, after the earlier tasks)."""
    scenario = Path(__file__).resolve().parents[1] / "scenarios" / "mlops" / "model_rollback.yaml"
    env = {**os.environ, "GENAIOPS_HOME": str(tmp_path), "GENAIOPS_MLFLOW_URI": f"sqlite:///{tmp_path / 'm.db'}"}
    env.pop("GENAIOPS_SERVING", None)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "genaiops"), "scenario", "validate", str(scenario)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    said = result.stdout + result.stderr
    assert result.returncode == 2 and "Traceback" not in said, said
    assert "model_rollback.yaml:30: tasks[1].tool: task 'stage': tool stage_model_drill needs the home's drill" in said
    assert "unset GENAIOPS_MLFLOW_URI and GENAIOPS_SERVING" in said
    assert not (tmp_path / "m.db").exists()
    del env["GENAIOPS_MLFLOW_URI"]
    valid = subprocess.run(
        [str(Path(sys.executable).parent / "genaiops"), "scenario", "validate", str(scenario)],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert valid.returncode == 0, valid.stdout + valid.stderr


class _Down:
    def __init__(self) -> None:
        self.checked = 0

    def check(self) -> None:
        self.checked += 1
        raise ToolExecutionError("cannot reach Prometheus at http://x: check GENAIOPS_PROMETHEUS_URL")


def test_check_resources_turns_a_failed_check_into_a_settings_error():
    """A used, configured resource whose check fails is a SettingsError (exit 2) with its message; a resource
    no tool of the plan uses is not asked."""
    down = _Down()
    registry = _registry()
    with pytest.raises(SettingsError, match="cannot reach Prometheus at http://x"):
        check_resources({"prometheus": down}, [registry.get("scrape")])
    check_resources({"prometheus": down}, [registry.get("note")])
    assert down.checked == 1


def test_missing_resource_at_run_time_names_the_setting():
    """A tool reaching for an unconfigured optional resource says which setting configures it."""
    with pytest.raises(ToolExecutionError, match="this tool needs Prometheus: set GENAIOPS_PROMETHEUS_URL"):
        ToolContext("run", "task", "key", now=None).resource("prometheus")  # type: ignore[arg-type]


def test_a_deferred_resource_asked_by_many_threads_at_once_is_built_once() -> None:
    """Offloaded tool calls of parallel tasks ask for a deferred resource at the same time: it is built once and
    every caller gets that one (two built at once had opened the home's prompts.db twice, racing on its journal
    mode: "database is locked" in the chat transcript's prompt release). The first build is held open until the
    other threads have asked (or a second build started), so without the lock the race is certain."""
    import threading
    import time

    from genaiops.runtime import Deferred, Resources

    builds: list[object] = []
    asked = threading.Semaphore(0)

    def build() -> object:
        builds.append(made := object())
        deadline = time.monotonic() + 5
        while len(builds) == 1 and time.monotonic() < deadline and not waiters.wait(0.01):
            pass
        return made

    waiters = threading.Event()
    resources = Resources({"prompt_registry": Deferred(build)})
    got: list[object] = []

    def ask() -> None:
        asked.release()
        got.append(resources["prompt_registry"])

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for _ in threads:
        asked.acquire(timeout=5)
    deadline = time.monotonic() + 0.5  # the others are past `asked`: give them time to reach the build
    while len(builds) == 1 and time.monotonic() < deadline:
        time.sleep(0.005)
    waiters.set()
    for thread in threads:
        thread.join(timeout=10)
    assert len(builds) == 1 and len(got) == 8 and all(g is builds[0] for g in got)
