"""Schema versions on every backend: a store written by an older release (its DDL kept in fixtures/) is upgraded
by this one with its data intact; a store of a newer release and an empty database a reader or worker opens are
refused with a clear message, and nothing is written."""

from __future__ import annotations

import hashlib
from contextlib import closing
from pathlib import Path

import pytest

from genaiops.errors import StoreError
from genaiops.store import SCHEMA_VERSION, AlertRow, Store
from genaiops.store_backend import backend_for

SIDE_TABLES = ("mlops_models", "mlops_versions", "mlops_aliases", "mlops_events", "mlops_predictions",
               "prompt_releases", "accounts", "api_tokens", "notify_outbox", "schedules", "schedule_runs")  # fmt: skip

FIXTURES = Path(__file__).parent / "fixtures"
AT = "2026-01-01T00:00:00+00:00"


def _raw(url: str):  # type: ignore[no-untyped-def]
    """A bare connection to the database behind ``url`` (no schema made), and its backend."""
    backend = backend_for(url)
    db, _ = backend.connect(fsync=False, read_only=False)
    return db, backend


def _alert(fingerprint: str) -> AlertRow:
    return AlertRow(fingerprint, "firing", "HighErrorRate", "checkout", "critical", {"alertname": "HighErrorRate"},
                    {}, AT, None, None, "genaiops", None, AT, AT, 1, None, None, "am")  # fmt: skip


def _write_old_store(url: str, version: int) -> None:
    """What a release of schema ``version`` left behind: its tables, one run with an event, an approval, a
    ledger entry and its head."""
    db, backend = _raw(url)
    try:
        lines = (FIXTURES / f"schema_{version}.sql").read_text().splitlines()
        ddl = "\n".join(line for line in lines if not line.startswith("--"))
        for statement in backend.ddl(ddl).split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute("INSERT INTO meta VALUES ('schema', ?)", (str(version),))
        db.execute(
            "INSERT INTO runs (run_id, name, spec, spec_hash, source, status, requester, logical_time, created_at, "
            "updated_at, summary, cancel_requested, owner) "
            "VALUES (?, 'old', '{}', 'h', NULL, 'paused', 'bob', ?, ?, ?, NULL, 0, NULL)",
            ("r-old", AT, AT, AT),
        )
        db.execute("INSERT INTO tasks VALUES ('r-old', 'a', 0)")
        db.execute(
            "INSERT INTO events (run_id, seq, task_id, kind, at, status, iteration, attempts) "
            "VALUES ('r-old', 1, 'a', 'task_waiting', ?, 'waiting', 0, 0)",
            (AT,),
        )
        db.execute(
            "INSERT INTO approvals VALUES ('ap-old', 'r-old', 'a', 0, 'pending', '{\"id\": \"ap-old\"}', ?, ?)",
            (AT, AT),
        )
        db.execute(
            "INSERT INTO ledger (seq, at, kind, run_id, payload, prev_hash, hash) "
            "VALUES (1, ?, 'k', 'r-old', '{}', ?, ?)",
            (AT, "0" * 64, "f" * 64),
        )
        db.execute("INSERT INTO ledger_head VALUES (1, 1, ?)", ("f" * 64,))
        if hasattr(db, "commit"):
            db.commit()
    finally:
        db.close()


@pytest.mark.parametrize("version", [4, 5, 6, 7, 8, 9])
def test_an_older_store_is_upgraded_with_its_data_intact(store_url, version):
    """A store of schema 4 to 9 opened by this release is at the current version, its run, task state,
    approval and ledger unchanged, and it takes the new columns (a lease) and tables (the side tables) at once."""
    _write_old_store(store_url, version)
    with closing(Store.open(store_url)) as store:
        assert store.meta("schema") == str(SCHEMA_VERSION)
        run = store.run("r-old")
        assert (run.name, run.status, run.lease_until) == ("old", "paused", None)
        assert [(t.task_id, t.status) for t in store.tasks("r-old")] == [("a", "waiting")]
        assert store.approval("ap-old") == ({"id": "ap-old"}, "pending")
        (entry,) = store.ledger()
        assert (entry.seq, entry.hash, entry.mac) == (1, "f" * 64, None)
        with store.transaction() as tx:
            assert tx.claim_run("r-old", "w1", AT, status="paused", owner_was=None, lease_until=AT)
        assert store.run("r-old").lease_until == AT
        assert store.alerts() == [] and store.alert_incidents() == []  # schema 7's tables, empty and usable
        with store.transaction() as tx:
            tx.save_alert(_alert("fp-1"))
        assert [a.fingerprint for a in store.alerts()] == ["fp-1"]
        assert all(store.has_table(t) for t in SIDE_TABLES)  # schema 8's, made by the upgrade (not on first use)
        assert store.has_column("api_tokens", "expires_at")  # schema 9's
        assert store.has_table("run_requests")  # schema 10's: POST /runs's Idempotency-Keys
    with closing(Store.open(store_url)) as again:  # a second opening finds nothing left to do
        assert again.meta("schema") == str(SCHEMA_VERSION)


def test_a_reader_leaves_an_older_store_as_it_is(store_url, backend):
    """Opened read-only, a schema-5 store reads (runs, without a lease; no alerts) and is not migrated."""
    _write_old_store(store_url, 5)
    with closing(Store.open(store_url, read_only=True)) as store:
        assert store.run("r-old").lease_until is None
        assert store.alerts() == [] and store.alert_incidents() == []
        assert store.meta("schema") == "5"


def _fingerprint(url: str) -> str:
    """What is in the database: the SQLite file's bytes, or PostgreSQL's tables and meta rows."""
    if url.startswith("sqlite:///"):
        return hashlib.sha256(Path(url.removeprefix("sqlite:///")).read_bytes()).hexdigest()
    db, _ = _raw(url)
    try:
        tables = db.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1"
        ).fetchall()
        return repr((tables, db.execute("SELECT * FROM meta ORDER BY key").fetchall()))
    finally:
        db.close()


def test_a_store_of_a_newer_release_is_refused_and_left_untouched(store_url):
    """Schema 99: opening (for writing or reading) is a ``StoreError`` saying a newer genaiops wrote it and to
    upgrade; the database is byte-for-byte (SQLite) or table-for-table (PostgreSQL) as it was."""
    db, _ = _raw(store_url)
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("INSERT INTO meta VALUES ('schema', '99')")
    db.close()
    before = _fingerprint(store_url)
    for read_only in (False, True):
        with pytest.raises(StoreError, match="has store schema 99, written by a newer genaiops.*upgrade genaiops"):
            Store.open(store_url, read_only=read_only)
    assert _fingerprint(store_url) == before


def test_an_empty_database_is_refused_where_a_store_must_exist(store_url):
    """``create=False`` (a worker) on an empty database: a ``StoreError`` saying it holds no store; no table made."""
    db, _ = _raw(store_url)
    db.close()
    with pytest.raises(StoreError, match="holds no genaiops store"):
        Store.open(store_url, create=False)
    db, backend = _raw(store_url)
    try:
        assert not backend.has_table(db, "meta") and not backend.has_table(db, "runs")
    finally:
        db.close()


def test_accounts_on_a_schema_8_sqlite_store_not_yet_upgraded_take_token_expiry(tmp_path):
    """`genaiops tokens create` may be the first command of this release on a SQLite store of schema 8: the
    accounts add the token expiry column themselves, and the store's own upgrade later finds it there."""
    from datetime import UTC, datetime, timedelta

    from genaiops.accounts import Accounts

    url = f"sqlite:///{tmp_path / 'genaiops.db'}"
    _write_old_store(url, 8)
    at = datetime(2026, 1, 1, tzinfo=UTC)
    accounts = Accounts(url)
    accounts.add("alice", ["operator"], None, by="admin", at=at)
    info, token = accounts.create_token("alice", label="", by="admin", at=at, expires_at=at + timedelta(days=2))
    assert info.expires_at == (at + timedelta(days=2)).isoformat()
    accounts.close()
    with closing(Store.open(url)) as store:
        assert store.meta("schema") == str(SCHEMA_VERSION) and store.run("r-old").status == "paused"
    accounts = Accounts(url)
    assert accounts.authenticate(token, at=at + timedelta(days=1)).name == "alice"
    assert accounts.authenticate(token, at=at + timedelta(days=2)) is None
    accounts.close()
