"""The ModelRegistry contract, run against every backend (SQL in memory, SQL on file, MLflow when installed)."""

from __future__ import annotations

import itertools
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from genaiops.errors import NotFoundError, ToolInputError
from genaiops.tools.mlops import ModelVersion, SqlModelRegistry, build_mlops_resources, close_mlops_resources

# MLflow 3.17 uses SQLAlchemy loader options that SQLAlchemy 2.1 deprecates; not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore:The ``noload`` loader strategy is deprecated:DeprecationWarning")

T0 = datetime(2026, 3, 1, tzinfo=UTC)
_names = itertools.count()


@pytest.fixture(params=["sql-memory", "sql-file", "mlflow"])
def registry(request, tmp_path):
    if request.param == "sql-memory":
        reg = SqlModelRegistry.open(":memory:")
    elif request.param == "sql-file":
        reg = SqlModelRegistry.open(f"sqlite:///{tmp_path / 'genaiops.db'}")
    else:
        reg = request.getfixturevalue("mlflow_registry")
    yield reg
    if request.param != "mlflow":
        reg.close()


@pytest.fixture
def name() -> str:
    return f"model-{next(_names)}"


def _draft(name: str, at: datetime = T0) -> ModelVersion:
    return ModelVersion(
        name=name, version=0, artifact_sha="a" * 64, task="classification", target="y", features=["x"],
        estimator="lda", created_at=at, lineage={"dataset_id": "d" * 64}, metrics={"accuracy": 0.9},
    )  # fmt: skip


def test_mlops_registry_answers_what_was_champion_at_time_t(registry, name):
    """alias_at reads the history: each promotion and roll back is visible at its own time."""
    for i in range(3):
        assert registry.register_version(_draft(name, at=T0 + timedelta(hours=i))).version == i + 1
    registry.set_alias(name, "champion", 1, at=T0 + timedelta(days=1))
    registry.set_alias(name, "champion", 2, at=T0 + timedelta(days=2))
    back = registry.set_alias(name, "champion", 1, at=T0 + timedelta(days=3), kind="rolled_back", reason="bad")
    assert (back.previous_version, back.reason) == (2, "bad")
    assert registry.alias_at(name, "champion", T0) is None
    assert registry.alias_at(name, "champion", T0 + timedelta(days=1, hours=5)) == 1
    assert registry.alias_at(name, "champion", T0 + timedelta(days=2, hours=5)) == 2
    assert registry.alias_at(name, "champion", T0 + timedelta(days=9)) == 1
    assert registry.aliases(name) == {"champion": 1}
    assert registry.resolve_alias(name, "champion").version == 1
    kinds = [e.kind for e in registry.history(name)]
    assert kinds == ["registered"] * 3 + ["alias_set", "alias_set", "rolled_back"]


def test_mlops_registry_keeps_the_version_record(registry, name):
    """A version reads back with its artifact, features, metrics and lineage."""
    registry.register_version(_draft(name))
    mv = registry.get_version(name, 1)
    assert (mv.artifact_sha, mv.features, mv.metrics) == ("a" * 64, ["x"], {"accuracy": 0.9})
    assert mv.lineage["dataset_id"] == "d" * 64 and [v.version for v in registry.list_versions(name)] == [1]
    assert name in registry.list_models()


def test_mlops_registry_changes_are_idempotent_per_key(registry, name):
    """The same idempotency key applies a change once and returns the first record after."""
    a = registry.register_version(_draft(name), idempotency_key=f"{name}-k1")
    b = registry.register_version(_draft(name), idempotency_key=f"{name}-k1")
    assert a == b and len(registry.list_versions(name)) == 1
    registry.register_version(_draft(name))
    e1 = registry.set_alias(name, "champion", 2, at=T0, idempotency_key=f"{name}-p1")
    e2 = registry.set_alias(name, "champion", 2, at=T0, idempotency_key=f"{name}-p1")
    assert e1 == e2 and len([e for e in registry.history(name) if e.kind == "alias_set"]) == 1


def test_mlops_registry_unknown_names_raise_not_found_with_a_suggestion(registry, name):
    """Unknown model, version or alias: NotFoundError naming what exists."""
    registry.register_version(_draft(name))
    registry.set_alias(name, "champion", 1, at=T0)
    with pytest.raises(NotFoundError, match="did you mean"):
        registry.history(name + "x")
    with pytest.raises(NotFoundError, match=r"has no version 7; its versions are \[1\]"):
        registry.get_version(name, 7)
    with pytest.raises(NotFoundError, match="did you mean 'champion'"):
        registry.resolve_alias(name, "champoin")
    with pytest.raises(NotFoundError):
        registry.set_alias(name, "champion", 7, at=T0)
    assert registry.aliases(name) == {"champion": 1}


@pytest.mark.parametrize("alias", ["Champion", "1", "has space", ""])
def test_mlops_registry_rejects_malformed_aliases(registry, name, alias):
    """Aliases are lowercase words; anything else is refused before any write."""
    registry.register_version(_draft(name))
    with pytest.raises(ToolInputError, match="is not valid"):
        registry.set_alias(name, alias, 1, at=T0)
    assert [e.kind for e in registry.history(name)] == ["registered"]


def test_mlops_registry_needs_timezone_aware_times(registry, name):
    """A naive datetime is refused (history times are compared as UTC) and nothing is registered."""
    with pytest.raises(ToolInputError, match="no timezone"):
        registry.register_version(_draft(name, at=datetime(2026, 1, 1)))
    assert name not in registry.list_models()


def test_mlops_sql_registry_persists_in_a_shared_sqlite_file(tmp_path):
    """Reopening the database file finds the same versions; the tables are prefixed mlops_ beside others."""
    url = f"sqlite:///{tmp_path / 'genaiops.db'}"
    with sqlite3.connect(tmp_path / "genaiops.db") as other:
        other.execute("CREATE TABLE runs (id TEXT)")
    reg = SqlModelRegistry.open(url)
    reg.register_version(_draft("m"))
    reg.set_alias("m", "challenger", 1, at=T0)
    reg.close()
    again = SqlModelRegistry.open(url)
    assert again.aliases("m") == {"challenger": 1} and again.get_version("m", 1).estimator == "lda"
    again.close()
    with sqlite3.connect(tmp_path / "genaiops.db") as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"runs", "mlops_models", "mlops_versions", "mlops_aliases", "mlops_events"} <= tables


def test_mlops_resource_factory_keeps_everything_under_home(tmp_path):
    """build_mlops_resources puts the registry in <home>/genaiops.db and artifacts under <home>/artifacts."""
    res = build_mlops_resources(tmp_path / "home")
    try:
        sha = res["artifacts"].put(b"x")
        res["model_registry"].register_version(_draft("m"))
        assert (tmp_path / "home" / "artifacts" / sha[:2] / sha).is_file()
        assert (tmp_path / "home" / "genaiops.db").is_file()
    finally:
        close_mlops_resources(res)


@settings(max_examples=40, deadline=None)
@given(
    moves=st.lists(
        st.tuples(st.integers(1, 3), st.integers(0, 48), st.booleans()),
        min_size=1,
        max_size=12,
    )
)
def test_mlops_alias_history_replays_to_the_same_answers(moves):
    """For any sequence of promotions and roll backs, alias_at(t) is the last move at or before t."""
    reg = SqlModelRegistry.open(":memory:")
    for _ in range(3):
        reg.register_version(_draft("m"))
    at, timeline = T0, []
    for version, hours, rollback in moves:
        at += timedelta(hours=hours)
        reg.set_alias("m", "champion", version, at=at, kind="rolled_back" if rollback else "alias_set")
        timeline.append((at, version))
    for when, _ in timeline:
        expected = [v for t, v in timeline if t <= when][-1]
        assert reg.alias_at("m", "champion", when) == expected
    assert reg.alias_at("m", "champion", T0 - timedelta(seconds=1)) is None
    assert reg.aliases("m") == {"champion": timeline[-1][1]}
    reg.close()
