"""The side tables' contract on every backend (SQLite and a real PostgreSQL): the MLOps registry and prediction
log, the prompt registry, accounts and tokens, notifications and schedules keep the same answers on a fresh store
of each, and what one connection writes another (another process's) reads."""

from __future__ import annotations

import json
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from genaiops.accounts import Accounts
from genaiops.errors import NotFoundError, StoreError, UserError
from genaiops.ops.db import OpsDB
from genaiops.ops.notify_messages import Message
from genaiops.ops.outbox import claim, due_rows, list_outbox
from genaiops.ops.schedules import Occurrence, add_schedule, claim_occurrence, find_schedule, last_run
from genaiops.store import Store
from genaiops.store_schema import PROMPT_RELEASES
from genaiops.store_tables import StoreTables, peek
from genaiops.tools.llmops.prompt_registry import PromptRegistry
from genaiops.tools.mlops.lib.model_registry import ModelVersion, SqlModelRegistry
from genaiops.tools.mlops.lib.prediction_log import PredictionBatch, SqlPredictionLog

NOW = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
FAILED = r"^the model registry: cannot (write|read) the .*store at"


def _draft(name: str = "churn") -> ModelVersion:
    return ModelVersion(name=name, version=0, artifact_sha="a" * 64, task="classification", target="y",
                        features=["x"], estimator="logreg", lineage={"dataset_id": "d1"}, created_at=NOW)  # fmt: skip


def test_the_model_registry_numbers_versions_moves_aliases_and_keeps_its_history(store_url):
    """Two versions, a promotion and a roll back, written on one connection, read on another: the same versions,
    aliases, history and "champion at time T"; a change under a seen idempotency key acts once."""
    with closing(SqlModelRegistry.open(store_url)) as one, closing(SqlModelRegistry.open(store_url)) as two:
        assert one.register_version(_draft(), idempotency_key="k1").version == 1
        assert one.register_version(_draft(), idempotency_key="k1").version == 1  # a retried task: no version 2
        assert one.register_version(_draft()).version == 2
        one.set_alias("churn", "champion", 1, at=NOW)
        one.set_alias("churn", "champion", 2, at=NOW + timedelta(hours=1), idempotency_key="p2")
        again = one.set_alias("churn", "champion", 2, at=NOW + timedelta(hours=2), idempotency_key="p2")
        one.set_alias("churn", "champion", 1, at=NOW + timedelta(hours=3), kind="rolled_back", reason="INC-7")
        assert two.list_models() == ["churn"]
        assert [v.version for v in two.list_versions("churn")] == [1, 2]
        assert two.aliases("churn") == {"champion": 1}
        history = two.history("churn")
        assert [(e.kind, e.version, e.previous_version) for e in history] == [
            ("registered", 1, None), ("registered", 2, None), ("alias_set", 1, None), ("alias_set", 2, 1),
            ("rolled_back", 1, 2),
        ]  # fmt: skip
        assert [e.seq for e in history] == sorted({e.seq for e in history}) and again.seq == history[3].seq
        assert two.alias_at("churn", "champion", NOW + timedelta(minutes=90)) == 2
        assert two.alias_at("churn", "champion", NOW - timedelta(minutes=1)) is None
        with pytest.raises(NotFoundError, match="unknown model 'chrn'.*did you mean 'churn'"):
            two.get_version("chrn", 1)


def test_writers_on_two_connections_never_number_one_version_twice(store_url):
    """Two connections registering at once (two workers): versions 1..8, each once, all in the history."""
    registries = [SqlModelRegistry.open(store_url) for _ in range(2)]
    try:
        threads = [
            threading.Thread(target=lambda r=r: [r.register_version(_draft("m")) for _ in range(4)]) for r in registries
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert [v.version for v in registries[0].list_versions("m")] == list(range(1, 9))
        assert sorted(e.version for e in registries[1].history("m")) == list(range(1, 9))
    finally:
        for registry in registries:
            registry.close()


def test_the_prediction_log_records_a_batch_once_per_key(store_url):
    with closing(SqlPredictionLog.open(store_url)) as log, closing(SqlPredictionLog.open(store_url)) as other:
        batch = PredictionBatch(model_name="churn", version=1, endpoint="e", at=NOW, rows=3, inputs_sha="s")
        first = log.log(batch, idempotency_key="score-1")
        assert log.log(batch, idempotency_key="score-1").batch_id == first.batch_id
        second = log.log(batch)
        assert [b.batch_id for b in other.batches("churn")] == [first.batch_id, second.batch_id]
        assert first.batch_id < second.batch_id


def _release(prompt: str, version: str) -> str:
    release = {"prompt": prompt, "version": version, "template": f"{version}: {{q}}", "template_sha256": version * 8}
    return json.dumps({**release, "at": NOW.isoformat(), "run_id": "r", "task_id": "t"})


def test_the_prompt_registry_releases_once_per_key_and_rolls_back(store_url):
    """In the store's ``prompt_releases``: a release per key, the current version, a roll back as a new release."""
    with (
        closing(PromptRegistry(StoreTables.open(store_url, PROMPT_RELEASES))) as one,
        closing(PromptRegistry(StoreTables.open(store_url, PROMPT_RELEASES))) as two,
    ):
        assert one.apply("k1", _release("greet", "v1")).applied
        assert not one.apply("k1", _release("greet", "v1")).applied
        one.apply("k2", _release("greet", "v2"))
        assert two.current("greet").version == "v2" and two.template("greet", "v1") == "v1: {q}"
        back = two.roll_back("greet", "k3", at=NOW.isoformat(), run_id="r", task_id="t", reason="worse")
        assert (back.applied, back.release.version, back.release.baseline) == (True, "v1", "v2")
        assert [r.kind for r in one.history("greet")] == ["publish", "publish", "rollback"]
        assert one.prompts() == ["greet"]


def test_accounts_and_tokens_made_on_one_connection_sign_in_on_another(store_url):
    """An account and token made by the admin's command authenticate at the server (another connection); a
    revoked token stops at once; a second account of one name is refused."""
    admin, server = Accounts(store_url), Accounts(store_url)
    try:
        admin.add("Alice", ["operator"], "correct horse", by="admin", at=NOW)
        info, token = admin.create_token("alice", label="ci", by="admin", at=NOW)
        assert server.sign_in("alice", "correct horse").roles == ("operator",)
        assert server.sign_in("alice", "wrong horse") is None
        assert server.authenticate(token, at=NOW).name == "alice"
        assert server.token(info.id).last_used_at == NOW.isoformat()
        admin.revoke(info.id, at=NOW)
        assert server.authenticate(token, at=NOW) is None
        with pytest.raises(UserError, match="exists already"):
            server.add("alice", ["operator"], None, by="admin", at=NOW)
    finally:
        admin.close()
        server.close()


def test_a_schedule_added_on_one_connection_is_claimed_once(store_url, tmp_path: Path):
    """A schedule added through one connection is found through another; of two runners claiming its occurrence
    only one wins, and the occurrence is recorded once."""
    with closing(Store.open(store_url)) as store, OpsDB(store) as one, OpsDB(store) as two:
        made = add_schedule(one, scenario=tmp_path / "nightly.yaml", cron="0 2 * * *", params={"env": "prod"},
                            missed="skip", owner="bob", name="nightly", now=NOW)  # fmt: skip
        seen = find_schedule(two, "nightly")
        assert (seen.schedule_id, seen.params, seen.paused) == (made.schedule_id, {"env": "prod"}, False)
        plan = Occurrence(datetime.fromisoformat(seen.next_due), 0, NOW + timedelta(days=2))
        wins = [claim_occurrence(ops, seen, plan, "run-1", NOW) for ops in (one, two)]
        assert wins == [True, False]
        last = last_run(two, seen.schedule_id)  # recorded once; run-1 was never started here, so it shows no id
        assert (datetime.fromisoformat(last.due_at), last.status, last.run_id) == (plan.due_at, "not started", None)


def test_an_outbox_row_is_claimed_by_one_dispatcher(store_url):
    """A due notification read by two dispatchers is claimed by one (the conditional update), counted once."""
    with closing(Store.open(store_url)) as store, OpsDB(store) as one, OpsDB(store) as two:
        message = Message("run.failed", "r1", "r1", "run r1 failed", (("run", "r1"),), None, NOW.isoformat())
        with one.transaction() as db:
            for _ in range(2):  # derived twice (two dispatchers): one row
                db.execute(
                    "INSERT OR IGNORE INTO notify_outbox (key, channel, event, subject, run_id, message, created_at, "
                    "status, attempts, next_try) VALUES ('k', 'ops', 'run.failed', 'r1', 'r1', ?, ?, 'pending', 0, ?)",
                    (json.dumps(message.as_dict()), NOW.isoformat(), NOW.isoformat()),
                )
        rows = due_rows(two, NOW + timedelta(seconds=1))
        assert len(rows) == 1
        assert len(claim(one, rows, NOW)) == 1 and claim(two, rows, NOW) == []
        assert [(r.status, r.attempts) for r in list_outbox(two)] == [("sending", 1)]


def test_peek_reads_without_making_anything(store_url, tmp_path):
    """The planner's read of registered models: none from a database without the table (nothing created), the
    names once registered."""
    missing = f"sqlite:///{tmp_path / 'nothing.db'}"
    assert peek(missing, "SELECT name FROM mlops_models") == [] and not (tmp_path / "nothing.db").exists()
    with closing(SqlModelRegistry.open(store_url)) as registry:
        registry.register_version(_draft("churn"))
    assert peek(store_url, "SELECT name FROM mlops_models") == [("churn",)]


def test_a_failure_names_the_tables_and_the_store(store_url):
    """A statement the database refuses is a ``StoreError`` naming which tables and where, never a driver error."""
    with closing(SqlModelRegistry.open(store_url)) as registry, pytest.raises(StoreError, match=FAILED):
        registry._conn.execute("INSERT INTO mlops_nowhere VALUES (1)")
