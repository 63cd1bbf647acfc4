"""The store conformance suite's fixtures: ``store_url`` gives a fresh empty store URL of each backend (SQLite
file, PostgreSQL database); ``pg_cluster`` is one throwaway PostgreSQL cluster for the session (Debian's binaries,
127.0.0.1, a temporary folder; bench/pg_cluster.py), started on first use and stopped at the end. Without
PostgreSQL installed the PostgreSQL cases are skipped on a developer's machine and FAIL under CI (``.ci/run``
installs it)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def load_pg_cluster():  # type: ignore[no-untyped-def]
    """bench/pg_cluster.py as a module (bench/ is no package; the suite and bench/scale.py share the cluster)."""
    spec = importlib.util.spec_from_file_location("genaiops_bench_pg_cluster", BENCH / "pg_cluster.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


@pytest.fixture(scope="session")
def pg_cluster():  # type: ignore[no-untyped-def]
    """A running throwaway PostgreSQL cluster (``new_database()`` gives a fresh database's URL)."""
    yield from _throwaway_cluster()


@pytest.fixture(scope="module")
def own_cluster():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL cluster of one test module's own, which it may restart or stop (the session's shared
    ``pg_cluster`` is never restarted under other tests)."""
    yield from _throwaway_cluster()


def _throwaway_cluster():  # type: ignore[no-untyped-def]
    module = load_pg_cluster()
    bin_dir = module.postgres_bin()
    if bin_dir is None:
        message = "PostgreSQL is not installed: install the Debian package postgresql (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    cluster = module.PgCluster(bin_dir).start()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:  # type: ignore[no-untyped-def]
    return request.param


@pytest.fixture
def store_url(backend, tmp_path, request) -> str:  # type: ignore[no-untyped-def]
    """A fresh, empty store of the backend under test (a new SQLite file; a new PostgreSQL database)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    return request.getfixturevalue("pg_cluster").new_database()
