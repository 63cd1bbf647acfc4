"""Fixtures for the MLOps tool tests: in-memory resources and a caller that runs tools as the executor would."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
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
