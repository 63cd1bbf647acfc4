"""The store's tables, its schema version and the migrations that bring an older store up to it.

Written in SQLite's words; ``store_backend`` rewrites the DDL for PostgreSQL. A store is created with ``SCHEMA``
and stamped ``SCHEMA_VERSION``; a store of an older version is migrated step by step (``MIGRATIONS[n]`` takes a
store of version n to n + 1) inside one write transaction, when a process opens it for writing; a store of a newer
version is refused before anything is written.

Adding a table (or a column): add it to ``SCHEMA``, add ``MIGRATIONS[SCHEMA_VERSION] = (statements...)`` that
bring a store of the current version to the new one (``CREATE TABLE IF NOT EXISTS ...`` / ``ALTER TABLE ... ADD
COLUMN ...``), bump ``SCHEMA_VERSION``, and add the old version's DDL to tests/store/fixtures so the upgrade test
covers it.
"""

from __future__ import annotations

import re
from typing import Any

from genaiops.errors import StoreError, StoreRefusedError

__all__ = [
    "ACCOUNT_TABLES",
    "MIGRATIONS",
    "MLOPS_EVENTS",
    "MLOPS_PREDICTIONS",
    "MLOPS_REGISTRY",
    "OPS_TABLES",
    "PROMPT_RELEASES",
    "SCHEMA",
    "SCHEMA_VERSION",
    "SIDE_TABLES",
    "SchemaAccess",
    "prepare",
    "require_schema",
]

SCHEMA_VERSION = 10
"""5 added ``ledger.mac``; 6 added ``runs.lease_until`` (a run's executor renews it while it works: a run whose
lease ran out is taken over by a worker) and the chat desk's ``conversations`` and ``conversation_messages``
(created, like every table a migration does not alter, by the ``SCHEMA`` script ``prepare`` runs after it);
7 added the Alertmanager intake's ``alerts`` (one row per fingerprint) and ``alert_incidents``; 8 took in the
tables that lived beside the store (``SIDE_TABLES``: the MLOps registry and prediction log, the prompt registry's
releases, the server's accounts and tokens, notifications and schedules), so that a PostgreSQL store holds them
too and no process needs a shared folder; 9 added ``api_tokens.expires_at`` (a token no longer authenticates from
then on; NULL, as for the tokens made before 9: it never expires); 10 added ``run_requests``, the
``Idempotency-Key`` of each ``POST /runs`` by account (held 24 hours: a retried request starts no second run)."""

# The tables of the store's neighbours: each module that reads and writes them (tools/mlops, tools/llmops,
# genaiops.accounts, genaiops.ops) creates its own with these on a SQLite file that is no store (a ``:memory:``
# registry, the home's prompts.db), and the store's schema holds them all (``SIDE_TABLES``).
MLOPS_REGISTRY = """
CREATE TABLE IF NOT EXISTS mlops_models (name TEXT PRIMARY KEY, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS mlops_versions (
    name TEXT NOT NULL REFERENCES mlops_models(name), version INTEGER NOT NULL, body TEXT NOT NULL,
    created_at TEXT NOT NULL, PRIMARY KEY (name, version));
CREATE TABLE IF NOT EXISTS mlops_aliases (
    name TEXT NOT NULL, alias TEXT NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (name, alias));
"""
MLOPS_EVENTS = """
CREATE TABLE IF NOT EXISTS mlops_events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,
    version INTEGER, alias TEXT, previous_version INTEGER, reason TEXT NOT NULL, detail TEXT NOT NULL,
    idempotency_key TEXT UNIQUE);
CREATE INDEX IF NOT EXISTS mlops_events_by_model ON mlops_events (name, seq);
"""
MLOPS_PREDICTIONS = """
CREATE TABLE IF NOT EXISTS mlops_predictions (
    batch_id INTEGER PRIMARY KEY AUTOINCREMENT, model_name TEXT NOT NULL, at TEXT NOT NULL, body TEXT NOT NULL,
    idempotency_key TEXT UNIQUE);
"""
PROMPT_RELEASES = """
CREATE TABLE IF NOT EXISTS prompt_releases (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, prompt TEXT NOT NULL, version TEXT NOT NULL, kind TEXT NOT NULL,
    template TEXT NOT NULL, template_sha256 TEXT NOT NULL, baseline TEXT, released_at TEXT NOT NULL,
    run_id TEXT NOT NULL, task_id TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,
    reason TEXT NOT NULL DEFAULT '');
"""
"""The prompt registry's releases (a home's own prompts.db names the table ``releases``)."""
ACCOUNT_TABLES = """
CREATE TABLE IF NOT EXISTS accounts (
    name TEXT PRIMARY KEY, roles TEXT NOT NULL, password_hash TEXT, created_at TEXT NOT NULL,
    created_by TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS api_tokens (
    token_id TEXT PRIMARY KEY, account TEXT NOT NULL, token_hash TEXT NOT NULL, label TEXT NOT NULL,
    created_at TEXT NOT NULL, created_by TEXT NOT NULL, revoked_at TEXT, last_used_at TEXT, expires_at TEXT);
CREATE INDEX IF NOT EXISTS api_tokens_account ON api_tokens (account);
CREATE TABLE IF NOT EXISTS run_requests (
    account TEXT NOT NULL, idem_key TEXT NOT NULL, body_hash TEXT NOT NULL, run_id TEXT NOT NULL,
    created_at TEXT NOT NULL, PRIMARY KEY (account, idem_key));
"""
OPS_TABLES = """
CREATE TABLE IF NOT EXISTS notify_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, channel TEXT NOT NULL, event TEXT NOT NULL,
    subject TEXT NOT NULL, run_id TEXT, message TEXT NOT NULL, created_at TEXT NOT NULL, status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0, next_try TEXT NOT NULL, last_error TEXT, sent_at TEXT);
CREATE INDEX IF NOT EXISTS notify_outbox_due ON notify_outbox (status, next_try);
CREATE TABLE IF NOT EXISTS schedules (
    schedule_id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, scenario TEXT NOT NULL, cron TEXT NOT NULL,
    params TEXT NOT NULL, missed TEXT NOT NULL, owner TEXT NOT NULL, paused INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL, next_due TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS schedule_runs (
    schedule_id TEXT NOT NULL, due_at TEXT NOT NULL, started_at TEXT NOT NULL, run_id TEXT NOT NULL,
    missed INTEGER NOT NULL, error TEXT, PRIMARY KEY (schedule_id, due_at)) WITHOUT ROWID;
"""
SIDE_TABLES = MLOPS_REGISTRY + MLOPS_EVENTS + MLOPS_PREDICTIONS + PROMPT_RELEASES + ACCOUNT_TABLES + OPS_TABLES

SCHEMA = (
    """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, name TEXT NOT NULL, spec TEXT NOT NULL, spec_hash TEXT NOT NULL, source TEXT,
    status TEXT NOT NULL, requester TEXT NOT NULL, logical_time TEXT NOT NULL, created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, summary TEXT, cancel_requested INTEGER NOT NULL DEFAULT 0, owner TEXT,
    lease_until TEXT);
CREATE INDEX IF NOT EXISTS runs_status ON runs (status, created_at);
CREATE TABLE IF NOT EXISTS tasks (
    run_id TEXT NOT NULL, task_id TEXT NOT NULL, position INTEGER NOT NULL,
    PRIMARY KEY (run_id, task_id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
    run_id TEXT NOT NULL, seq INTEGER NOT NULL, task_id TEXT, kind TEXT NOT NULL, at TEXT NOT NULL, data TEXT,
    status TEXT, iteration INTEGER, attempts INTEGER, result TEXT, error TEXT, started_at TEXT, finished_at TEXT,
    PRIMARY KEY (run_id, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS approvals (
    approval_id TEXT PRIMARY KEY, run_id TEXT NOT NULL, task_id TEXT NOT NULL, iteration INTEGER NOT NULL,
    status TEXT NOT NULL, request TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS approvals_run ON approvals (run_id, task_id);
CREATE TABLE IF NOT EXISTS decisions (
    seq INTEGER PRIMARY KEY, approval_id TEXT NOT NULL, decision TEXT NOT NULL, at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS decisions_approval ON decisions (approval_id);
CREATE TABLE IF NOT EXISTS ledger (
    seq INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, run_id TEXT NOT NULL, payload TEXT NOT NULL,
    prev_hash TEXT NOT NULL, hash TEXT NOT NULL, mac TEXT);
CREATE TABLE IF NOT EXISTS ledger_head (
    id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS agent_turns (
    run_id TEXT NOT NULL, seq INTEGER NOT NULL, task_id TEXT NOT NULL, iteration INTEGER NOT NULL,
    attempt INTEGER NOT NULL, agent TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL, content TEXT NOT NULL,
    prompt_tokens INTEGER, completion_tokens INTEGER, PRIMARY KEY (run_id, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS agent_states (
    run_id TEXT NOT NULL, agent TEXT NOT NULL, state TEXT NOT NULL, updated_at TEXT NOT NULL,
    PRIMARY KEY (run_id, agent)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS conversations (
    conversation_id TEXT PRIMARY KEY, owner TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
    state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS conversation_messages (
    conversation_id TEXT NOT NULL, seq INTEGER NOT NULL, at TEXT NOT NULL, author TEXT NOT NULL, kind TEXT NOT NULL,
    text TEXT NOT NULL, data TEXT, PRIMARY KEY (conversation_id, seq)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alerts (
    fingerprint TEXT PRIMARY KEY, status TEXT NOT NULL, alertname TEXT, service TEXT, severity TEXT,
    labels TEXT NOT NULL, annotations TEXT NOT NULL, starts_at TEXT, ends_at TEXT, generator_url TEXT, receiver TEXT,
    group_key TEXT, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, notifications INTEGER NOT NULL,
    incident_id TEXT, skip_reason TEXT, received_by TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS alerts_incident ON alerts (incident_id);
CREATE TABLE IF NOT EXISTS alert_incidents (
    incident_id TEXT PRIMARY KEY, status TEXT NOT NULL, service TEXT, onset TEXT NOT NULL, opened_at TEXT NOT NULL,
    updated_at TEXT NOT NULL, resolved_at TEXT, run_id TEXT, scenario TEXT, note TEXT, data TEXT NOT NULL);
"""
    + SIDE_TABLES
)
# Tables added within a version (agent_turns, agent_states) are created by the IF NOT EXISTS script when a SQLite
# store is opened, so SQLite stores written by an earlier genaiops of the same schema version gain them.

MIGRATIONS: dict[int, tuple[str, ...]] = {
    4: ("ALTER TABLE ledger ADD COLUMN mac TEXT",),  # entries already written keep no MAC
    5: (
        "ALTER TABLE runs ADD COLUMN lease_until TEXT",
        "CREATE INDEX IF NOT EXISTS runs_status ON runs (status, created_at)",
    ),
    6: (),  # 7's tables (alerts, alert_incidents) are made by the SCHEMA script that runs after the migration
    7: (),  # 8's (SIDE_TABLES) too; a SQLite store may have them already (made beside it by earlier releases)
    8: ("ALTER TABLE api_tokens ADD COLUMN expires_at TEXT",),  # tokens made before it never expire
    9: (),  # 10's run_requests is made by the SCHEMA script
}
OLDEST = min(MIGRATIONS)


def prepare(store: Any, *, create: bool = True, migrate: bool = True) -> int:
    """Bring the database behind ``store`` (a ``Store``) to this release's schema and return the version it had
    (0: empty). ``create``: an empty database gets the schema (else it is a ``StoreError``: a worker must not make
    a store of a mistyped database); ``migrate``: an older store is migrated (a reader leaves it as it is). A store
    of a newer release is a ``StoreError`` before anything is written."""
    found = _version(store)
    _refuse_newer(store, found)
    if found == SCHEMA_VERSION:
        if store.backend_name == "sqlite" and not store.read_only and not _sqlite_tables(store) >= _TABLES:
            store.script(SCHEMA)  # tables added within the version (run only when one is missing: opening is cheap)
        return found
    if found == 0 and not create:
        raise StoreError(
            f"the database at {store.location} holds no genaiops store (no tables); point GENAIOPS_STORE_URL at the "
            "store your runs are in, or create one first (any `genaiops run` against this URL creates it)"
        )
    if store.read_only or (found and not migrate):
        return found
    with store.raw_transaction():
        found = _version(store)  # another process may have created or migrated it while this one waited
        if found == 0:
            store.script(SCHEMA)
        elif found < SCHEMA_VERSION:
            _migrate(store, found)
            store.script(SCHEMA)
        store.execute(
            "INSERT INTO meta (key, value) VALUES ('schema', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )
    return found


class SchemaAccess:
    """What ``prepare`` runs the schema through, on a connection ``_db`` of ``backend`` (``Store`` and
    ``StoreTables`` both are one); ``raw_transaction`` is their own."""

    backend: Any
    _db: Any

    def script(self, ddl: str) -> None:
        """Run DDL statement by statement (SQLite's ``executescript`` would commit the transaction it is in)."""
        for statement in self.backend.ddl(ddl).split(";"):
            if statement.strip():
                self._db.execute(statement)

    def has_table(self, table: str) -> bool:
        return bool(self.backend.has_table(self._db, table))

    def has_column(self, table: str, column: str) -> bool:
        return bool(self.backend.has_column(self._db, table, column))


_TABLES = frozenset(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA))


def _sqlite_tables(store: Any) -> set[str]:
    return {row[0] for row in store.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _version(store: Any) -> int:
    if not store.has_table("meta"):
        return 0
    row = store.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    if row is None:
        return 0 if not store.has_table("runs") else SCHEMA_VERSION
    try:
        return int(row[0])
    except ValueError:
        raise StoreError(f"{store.location}: the store's schema version {row[0]!r} is not a number") from None


def _refuse_newer(store: Any, found: int) -> None:
    if found > SCHEMA_VERSION:
        raise StoreRefusedError(
            f"{store.location} has store schema {found}, written by a newer genaiops; this genaiops reads schema "
            f"{SCHEMA_VERSION} and older: upgrade genaiops (pip install -U genaiops) — nothing was changed"
        )
    if 0 < found < OLDEST:
        raise StoreError(
            f"{store.location} has store schema {found}, older than this genaiops can migrate (from {OLDEST}); "
            "open it with an intermediate release first"
        )


def require_schema(store: Any) -> None:
    """A ``StoreRefusedError`` when the store no longer has this release's schema: a newer genaiops migrated it
    (or an older store was put in its place) since this process opened it. A long-lived process (`genaiops
    worker`) checks before each round of claims: a query of another schema could write what the other release
    misreads."""
    found = _version(store)
    if found > SCHEMA_VERSION:
        raise StoreRefusedError(
            f"{store.location} now has store schema {found}: a newer genaiops migrated it since this process "
            f"opened it, and this genaiops reads schema {SCHEMA_VERSION}: upgrade genaiops on this machine "
            "(pip install -U genaiops) and start this process again — nothing more was written"
        )
    if found != SCHEMA_VERSION:
        raise StoreRefusedError(
            f"{store.location} now has store schema {found or 'none'}, not this genaiops's {SCHEMA_VERSION} (the "
            "store was replaced or restored since this process opened it): start this process again, which "
            "migrates or creates the schema as it opens the store — nothing more was written"
        )


def _migrate(store: Any, found: int) -> None:
    for version in range(found, SCHEMA_VERSION):
        for statement in MIGRATIONS[version]:
            table, column = _added_column(statement)
            if column and (not store.has_table(table) or store.has_column(table, column)):
                continue  # a table the SCHEMA script then makes whole, or a column made already
            store.execute(statement)


def _added_column(statement: str) -> tuple[str, str | None]:
    words = statement.split()
    if words[:2] == ["ALTER", "TABLE"] and words[3:5] == ["ADD", "COLUMN"]:
        return words[2], words[5]
    return "", None
