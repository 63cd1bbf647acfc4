"""Fixtures for the tests of who decides: a home with a policy of the test's choosing, the CLI run against it (as
the OS user unless a test says otherwise), and a run paused at one gate, started through the engine."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, closing, contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genaiops.cli import app
from genaiops.graphs import Engine, GraphSpec, TaskSpec
from genaiops.receiver import IdempotentReceiver
from genaiops.runtime import load_policy, open_store
from genaiops.settings import load_settings
from genaiops.tools import load_tools


@pytest.fixture
def home_with(tmp_path: Path) -> Callable[[str], Path]:
    """``home_with(policy_yaml)``: a fresh GENAIOPS_HOME whose policy.yaml is that text."""

    def make(policy: str) -> Path:
        home = tmp_path / "home"
        home.mkdir()
        (home / "policy.yaml").write_text(policy, encoding="utf-8")
        return home

    return make


@pytest.fixture
def cli() -> Callable[..., object]:
    """``cli(home, *args, **env)``: `genaiops ARGS` against ``home``, with no GENAIOPS_USER unless given."""

    def invoke(home: Path, *args: object, **env: str):  # noqa: ANN202
        base = {"HOME": str(home.parent), "GENAIOPS_HOME": str(home), "GENAIOPS_USER": None, "COLUMNS": "200"}
        base |= {"GENAIOPS_STORE_URL": None, "GENAIOPS_POLICY_FILE": None, **env}
        return CliRunner().invoke(app, [str(a) for a in args], env=base)

    return invoke


@contextmanager
def engine_at(home: Path) -> Iterator[Engine]:
    """An engine on ``home``'s store, policy (as the CLI loads it) and receiver, closed on exit."""
    settings = load_settings(home=home, store_url=None, policy_file=None)
    store, receiver = open_store(settings), IdempotentReceiver(home / "receiver.db")
    try:
        yield Engine(store, load_tools(), policy=load_policy(settings), resources={"receiver": receiver})
    finally:
        store.close()
        receiver.close()


@pytest.fixture
def engine_on() -> Callable[[Path], AbstractContextManager[Engine]]:
    """``with engine_on(home) as engine``: see ``engine_at``."""
    return engine_at


@pytest.fixture
def paused_run() -> Callable[..., tuple[str, str]]:
    """``paused_run(home, requester, risk=None)``: a run of one apply_change gate started by ``requester``
    through the engine, paused: (run id, approval id)."""

    def start(home: Path, requester: str, risk: str | None = None) -> tuple[str, str]:
        task = TaskSpec(id="promote", tool="apply_change", args={"target": "svc@prod"}, risk=risk)
        with engine_at(home) as engine:
            result = asyncio.run(engine.start(GraphSpec(name="g", tasks=[task]), requester=requester))
        return result.run_id, result.pending[0].id

    return start


@pytest.fixture
def ledger_of() -> Callable[[Path, str], list[dict]]:
    """``ledger_of(home, kind)``: the payloads of the home's ledger entries of that kind, in order."""

    def read(home: Path, kind: str) -> list[dict]:
        with closing(sqlite3.connect(home / "genaiops.db")) as con:
            rows = con.execute("SELECT payload FROM ledger WHERE kind = ? ORDER BY seq", (kind,))
            return [json.loads(r[0]) for r in rows]

    return read
