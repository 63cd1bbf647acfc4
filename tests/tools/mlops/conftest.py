"""Fixtures for the MLOps tool tests: in-memory resources and a caller that runs tools as the executor would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.mlops import build_memory_resources, close_mlops_resources


@dataclass
class Caller:
    """Invokes registered tools with a fresh idempotency key per call and a clock that moves one hour a call."""

    resources: dict[str, Any]
    now: datetime = datetime(2026, 1, 1, tzinfo=UTC)
    calls: int = 0
    keys: list[str] = field(default_factory=list)

    def ctx(self, key: str | None = None) -> ToolContext:
        self.calls += 1
        self.now += timedelta(hours=1)
        key = key or f"key-{self.calls}"
        self.keys.append(key)
        return ToolContext(
            run_id="run-test", task_id=f"t{self.calls}", idempotency_key=key, now=self.now, resources=self.resources
        )

    def __call__(self, tool: str, *, key: str | None = None, **args: Any) -> Any:
        return load_tools().get(tool).invoke(args, self.ctx(key))


@pytest.fixture
def resources(tmp_path):
    res = build_memory_resources(data_root=tmp_path)  # load_dataset reads the test's files, under tmp_path
    yield res
    close_mlops_resources(res)


@pytest.fixture
def call(resources) -> Caller:
    return Caller(resources)


@pytest.fixture
def fresh_caller():
    """Make callers over their own, separate in-memory resources (a second 'machine')."""
    made = []

    def make() -> Caller:
        made.append(build_memory_resources())
        return Caller(made[-1])

    yield make
    for res in made:
        close_mlops_resources(res)


@pytest.fixture
def caller_for():
    """Wrap given resources (e.g. another backend's) in a Caller."""
    return Caller


@pytest.fixture(scope="session")
def mlflow_registry(tmp_path_factory):
    """One MLflow store for the session (MLflow migrates a new database for seconds); tests use own names."""
    pytest.importorskip("mlflow")
    from genaiops.tools.mlops import MlflowModelRegistry

    home = tmp_path_factory.mktemp("mlflow-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HOME", str(home))
        reg = MlflowModelRegistry.open(f"sqlite:///{home / 'mlflow.db'}", home / "artifacts", str(home / "store.db"))
        yield reg
        reg.close()


# --- the genaiops command as a process, for the tests of real serving and a real MLflow server -----------------

IRIS_RELEASE = """\
name: iris-release
tasks:
  - {id: data, tool: load_dataset, args: {source: iris}}
  - {id: train, tool: train_model, args: {model_name: iris, dataset: "${data.dataset_id}", cv_folds: 0}}
  - {id: check, tool: validate_model,
     args: {model_name: iris, candidate_version: "${train.version}", thresholds: {accuracy: 0.8}}}
  - {id: promote, tool: promote_model, when: "${check.passed}",
     args: {model_name: iris, version: "${train.version}", reason: first model}}
  - {id: deploy, tool: deploy_model, after: [promote], args: {model_name: iris}}
"""
"""train -> validate -> promote (gated) -> deploy (gated): the release the CLI tests run."""


@dataclass
class Cli:
    """Runs the installed ``genaiops`` script for one home, with extra environment; approves as alice."""

    home: Path
    env: dict[str, str]

    def __call__(self, *args: Any, extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("GENAIOPS_", "MLFLOW_"))}
        env.update(GENAIOPS_HOME=str(self.home), GENAIOPS_USER="bob", GENAIOPS_GUARDRAILS="off", COLUMNS="250")
        env.update({**self.env, **(extra or {})})
        script = Path(sys.executable).parent / "genaiops"
        return subprocess.run(
            [str(script), *map(str, args)], env=env, capture_output=True, text=True, timeout=600, check=False
        )

    def scenario(self, text: str, name: str = "scenario.yaml") -> Path:
        """Write a scenario file beside the home; its path."""
        path = self.home.parent / name
        path.write_text(text, encoding="utf-8")
        return path

    def release(self) -> Path:
        """The iris release scenario (``IRIS_RELEASE``) as a file."""
        return self.scenario(IRIS_RELEASE, "iris-release.yaml")

    def approve_through(self, result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
        """While the run waits at a gate (exit 3), approve its request as alice and resume; the last result."""
        while result.returncode == 3:
            (approval,) = re.findall(r"(ap-[0-9a-f]+)\s+task", result.stdout)[:1]
            result = self("approvals", "approve", approval, "--as", "alice", "--reason", "CHG-7", "--resume")
        return result


@pytest.fixture
def cli_home(tmp_path):
    """A drill-policy home (people may be named) and a ``Cli`` for it; set ``cli.env`` for the settings."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    return Cli(home, {})
