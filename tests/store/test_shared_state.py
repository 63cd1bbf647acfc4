"""Two machines, one PostgreSQL store, no shared folder: what one `genaiops` (home A) writes - a model promoted in
the registry, an account and its token, a schedule - the other (home B, its own GENAIOPS_HOME) reads, and
nothing of it lands in either home's SQLite files; an approver in home B signs the ledger with the one key."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from genaiops.cli import app
from genaiops.errors import SettingsError
from genaiops.runtime import mlops_resources, prompt_registry
from genaiops.server import create_app
from genaiops.settings import load_settings
from genaiops.tools.mlops.lib.model_registry import ModelVersion

GENAIOPS = Path(sys.executable).parent / "genaiops"
NOW = datetime(2026, 11, 10, 9, 0, tzinfo=UTC)
DESCRIBE = """
name: describe
tasks:
  - {id: show, tool: describe_model, args: {model_name: churn}}
expect:
  status: succeeded
  outputs:
    show.aliases.champion: 2
"""


@pytest.fixture
def shared(pg_cluster, tmp_path: Path) -> tuple[str, Path, Path]:
    """A fresh PostgreSQL store and two drill homes (bob is named with GENAIOPS_USER) that share nothing but its
    URL."""
    homes = tmp_path / "a", tmp_path / "b"
    for home in homes:
        home.mkdir()
        (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    return pg_cluster.new_database(), *homes


def _cli(home: Path, url: str, *args: str, input: str | None = None):  # type: ignore[no-untyped-def]  # noqa: A002
    env = {"GENAIOPS_HOME": str(home), "GENAIOPS_STORE_URL": url, "GENAIOPS_USER": "bob", "COLUMNS": "200"}
    return CliRunner().invoke(app, list(args), input=input, env=env)


def _no_side_tables_in(*homes: Path) -> None:
    """Neither home holds a SQLite database of the state that lives in the store."""
    for home in homes:
        assert not (home / "genaiops.db").exists() and not (home / "prompts.db").exists(), sorted(home.iterdir())


def test_a_model_promoted_from_one_home_is_the_champion_in_another(shared, monkeypatch) -> None:
    """Home A registers two versions and promotes v2 (the runtime's registry, as a run's tools get it); a
    `genaiops scenario run` process in home B describes the model and finds v2 champion (its expect says so)."""
    url, home_a, home_b = shared
    monkeypatch.setenv("GENAIOPS_STORE_URL", url)
    resources = mlops_resources(load_settings(home=home_a))
    registry = resources["model_registry"]
    try:
        draft = ModelVersion(name="churn", version=0, artifact_sha="a" * 64, task="classification", target="y",
                             features=["x"], estimator="logreg", created_at=NOW)  # fmt: skip
        for _ in range(2):
            version = registry.register_version(draft).version
            registry.set_alias("churn", "champion", version, at=NOW)
    finally:
        registry.close()
        resources["prediction_log"].close()
    (home_b / "describe.yaml").write_text(DESCRIBE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home_b), "GENAIOPS_STORE_URL": url, "GENAIOPS_USER": "bob", "COLUMNS": "200"}
    done = subprocess.run([str(GENAIOPS), "scenario", "run", str(home_b / "describe.yaml")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert done.returncode == 0 and "scenario ended as expected" in done.stdout, done.stdout + done.stderr
    _no_side_tables_in(home_a, home_b)


def test_an_account_made_in_one_home_signs_in_to_a_server_of_another(shared) -> None:
    """`users add` and `tokens create` in home A; the server started with home B on the same store URL takes the
    token and the password; `tokens revoke` in A shuts the token out of B's server at once. A's account changes are
    ledger entries signed with A's key, so B holds that key, as every writer of one store must (README: the ledger
    key on a shared store); without it B's server refuses to start and B's `users add` changes nothing, each saying
    to copy it."""
    url, home_a, home_b = shared
    added = _cli(home_a, url, "users", "add", "alice", "--role", "operator", "--password-stdin",
                 input="correct horse\n")  # fmt: skip
    assert added.exit_code == 0, added.output
    settings = load_settings(home=home_b, store_url=url, scenarios_dir=home_b, worker_interval=0.05)
    with pytest.raises(SettingsError, match="copy keys/ledger.key"), TestClient(create_app(settings)):
        pass
    refused = _cli(home_b, url, "users", "add", "carol", "--role", "operator", "--no-password")
    assert refused.exit_code == 2 and "copy keys/ledger.key" in refused.output, refused.output
    assert "carol" not in _cli(home_a, url, "users", "list").stdout  # refused before the change, not after it
    (home_b / "keys").mkdir(exist_ok=True)
    shutil.copy2(home_a / "keys" / "ledger.key", home_b / "keys" / "ledger.key")
    created = _cli(home_a, url, "tokens", "create", "--user", "alice", "--label", "laptop")
    assert created.exit_code == 0, created.output
    token = created.stdout.strip().splitlines()[-1]
    with TestClient(create_app(settings), follow_redirects=False) as client:
        me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
        assert me.status_code == 200 and me.json()["name"] == "alice", me.text
        form = client.get("/signin").text
        csrf = form.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        signed = client.post("/signin", data={"username": "alice", "password": "correct horse", "csrf": csrf,
                                              "next": "/approvals"})  # fmt: skip
        assert signed.status_code == 303 and signed.headers["location"] == "/approvals", signed.text
        token_id = token.split("_")[1]
        assert _cli(home_a, url, "tokens", "revoke", token_id).exit_code == 0
        assert client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).status_code == 401
    _no_side_tables_in(home_a, home_b)


def test_a_schedule_added_in_one_home_is_listed_and_paused_from_another(shared) -> None:
    """`schedules add` in home A; `schedules list` in home B shows it; `schedules pause` in B is what A lists."""
    url, home_a, home_b = shared
    (home_a / "nightly.yaml").write_text("name: n\ntasks:\n  - {id: a, tool: noop, args: {value: 1}}\n")
    added = _cli(home_a, url, "schedules", "add", str(home_a / "nightly.yaml"), "--cron", "0 2 * * *",
                 "--name", "nightly")  # fmt: skip
    assert added.exit_code == 0, added.output
    listed = _cli(home_b, url, "schedules", "list")
    assert listed.exit_code == 0 and "nightly" in listed.stdout and "0 2 * * *" in listed.stdout, listed.output
    assert _cli(home_b, url, "schedules", "pause", "nightly").exit_code == 0
    again = _cli(home_a, url, "schedules", "list")
    assert "paused" in again.stdout, again.output
    _no_side_tables_in(home_a, home_b)


GATED = "name: gated\ntasks:\n  - {id: deploy, tool: apply_change, args: {target: 'svc@prod', change: {v: 2}}}\n"


def test_an_approver_on_another_machine_signs_the_ledger_with_the_one_key(shared) -> None:
    """bob's run waits in home A; alice in home B (no ledger key yet) is refused with exit 2 saying to copy the
    key, nothing recorded; with A's key copied her approval is recorded and `audit verify` in A stays clean."""
    url, home_a, home_b = shared
    (home_a / "gated.yaml").write_text(GATED, encoding="utf-8")
    assert _cli(home_a, url, "run", str(home_a / "gated.yaml")).exit_code == 3
    listed = _cli(home_b, url, "approvals", "list", "-o", "json")
    (approval,) = json.loads(listed.stdout)
    refused = _cli(home_b, url, "approvals", "approve", approval["approval_id"], "--reason", "ok", "--as", "alice")
    assert refused.exit_code == 2 and "copy keys/ledger.key" in refused.stderr, refused.output
    assert json.loads(_cli(home_b, url, "approvals", "list", "-o", "json").stdout)[0]["status"] == "pending"
    (home_b / "keys").mkdir(mode=0o700, exist_ok=True)
    shutil.copy2(home_a / "keys" / "ledger.key", home_b / "keys" / "ledger.key")
    taken = _cli(home_b, url, "approvals", "approve", approval["approval_id"], "--reason", "ok", "--as", "alice")
    assert taken.exit_code == 0, taken.output
    verified = _cli(home_a, url, "audit", "verify")
    assert verified.exit_code == 0 and "ledger intact" in verified.stdout, verified.output


def _genaiops(home: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(GENAIOPS_HOME=str(home), GENAIOPS_STORE_URL=url, GENAIOPS_USER="bob", COLUMNS="200")
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=300, check=False)


def test_a_home_with_another_ledger_key_is_refused_before_it_signs(shared) -> None:
    """bob's run waits in home A; home B holds a ledger key of its own (made there before A's was copied, or
    rotated on one machine only): alice's approval in B is refused (exit 2) naming B's key file and the fix,
    nothing recorded, and `audit verify` in A stays clean (before, B signed the decision with its key and every
    machine's `audit verify` reported that entry "rewritten", an entry that can never be taken back)."""
    url, home_a, home_b = shared
    (home_a / "gated.yaml").write_text(GATED, encoding="utf-8")
    assert _genaiops(home_a, url, "run", str(home_a / "gated.yaml")).returncode == 3
    (home_b / "keys").mkdir(mode=0o700)
    other = home_b / "keys" / "ledger.key"
    other.write_text("ab" * 32 + "\n", encoding="ascii")
    other.chmod(0o600)
    (approval,) = json.loads(_genaiops(home_b, url, "approvals", "list", "-o", "json").stdout)
    refused = _genaiops(home_b, url, "approvals", "approve", approval["approval_id"], "--reason", "ok", "--as", "alice")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "Traceback" not in refused.stderr
    assert f"{other}" in refused.stderr and "another key" in refused.stderr, refused.stderr
    assert "copy keys/ledger.key" in refused.stderr
    assert json.loads(_genaiops(home_b, url, "approvals", "list", "-o", "json").stdout)[0]["status"] == "pending"
    verified = _genaiops(home_a, url, "audit", "verify")
    assert verified.returncode == 0 and "ledger intact" in verified.stdout, verified.stdout + verified.stderr


def test_a_prompt_released_from_one_home_is_current_in_another(shared, monkeypatch) -> None:
    """A release through home A's prompt registry (as `publish_prompt` gets it from the runtime) is what
    `genaiops prompts list` in home B shows as current; neither home gets a prompts.db."""
    url, home_a, home_b = shared
    monkeypatch.setenv("GENAIOPS_STORE_URL", url)
    registry = prompt_registry(load_settings(home=home_a))
    try:
        release = {"prompt": "support_answer", "version": "v2", "template": "Answer: {{q}}", "template_sha256": "ab",
                   "at": NOW.isoformat(), "run_id": "run-1", "task_id": "publish"}  # fmt: skip
        assert registry.apply("run-1/publish", json.dumps(release)).applied
    finally:
        registry.close()
    listed = _cli(home_b, url, "prompts", "list")
    assert listed.exit_code == 0 and "support_answer" in listed.stdout and "v2" in listed.stdout, listed.output
    _no_side_tables_in(home_a, home_b)


def test_after_a_key_rotation_in_one_home_the_other_is_told_to_copy_the_new_key(shared) -> None:
    """Both homes hold the one key; home A runs `audit rotate-key`: alice's approval in home B (still the old key)
    is refused before it signs, exit 2, saying to copy keys/ledger.key and keys/retired/; with both copied it is
    recorded, signed with the new key, and `audit verify` passes in both homes across the rotation."""
    url, home_a, home_b = shared
    (home_a / "gated.yaml").write_text(GATED, encoding="utf-8")
    assert _genaiops(home_a, url, "run", str(home_a / "gated.yaml")).returncode == 3
    (home_b / "keys").mkdir(mode=0o700)
    shutil.copy2(home_a / "keys" / "ledger.key", home_b / "keys" / "ledger.key")
    rotated = _genaiops(home_a, url, "audit", "rotate-key", "--reason", "the key may have leaked")
    assert rotated.returncode == 0, rotated.stdout + rotated.stderr
    said = " ".join(rotated.stdout.split())
    assert "other machines that write" in said and "keys/retired/" in said and "password" not in said
    (approval,) = json.loads(_genaiops(home_b, url, "approvals", "list", "-o", "json").stdout)
    decide = ("approvals", "approve", approval["approval_id"], "--reason", "ok", "--as", "alice")
    refused = _genaiops(home_b, url, *decide)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr, refused.stdout + refused.stderr
    told = " ".join(refused.stderr.split())
    assert "`audit rotate-key`" in told and "copy keys/ledger.key and keys/retired/" in told, told
    assert json.loads(_genaiops(home_b, url, "approvals", "list", "-o", "json").stdout)[0]["status"] == "pending"
    shutil.copy2(home_a / "keys" / "ledger.key", home_b / "keys" / "ledger.key")
    shutil.copytree(home_a / "keys" / "retired", home_b / "keys" / "retired")
    taken = _genaiops(home_b, url, *decide)
    assert taken.returncode == 0, taken.stdout + taken.stderr
    for home in (home_a, home_b):
        verified = _genaiops(home, url, "audit", "verify")
        assert verified.returncode == 0 and "ledger intact" in verified.stdout, verified.stdout + verified.stderr


def test_a_worker_started_before_a_key_rotation_signs_nothing_with_the_retired_key(shared, tmp_path) -> None:
    """Home B's `genaiops worker` opened the store with the old key before home A ran `audit rotate-key`; A then
    approves its waiting run: B's worker, taking the decided run, writes no entry signed with the retired key (it
    says the key was rotated and to restart with the new one), so `audit verify` in A stays clean (before, its
    `action_executed` entry was signed with the retired key and the ledger failed for good)."""
    url, home_a, home_b = shared
    (home_a / "gated.yaml").write_text(GATED, encoding="utf-8")
    assert _genaiops(home_a, url, "run", str(home_a / "gated.yaml")).returncode == 3
    (home_b / "keys").mkdir(mode=0o700)
    shutil.copy2(home_a / "keys" / "ledger.key", home_b / "keys" / "ledger.key")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(GENAIOPS_HOME=str(home_b), GENAIOPS_STORE_URL=url, GENAIOPS_WORKER_POLL_SECONDS="0.2", COLUMNS="200")
    said, up = tmp_path / "worker.err", tmp_path / "worker.out"
    with said.open("w") as err, up.open("w") as out:
        worker = subprocess.Popen([str(GENAIOPS), "worker"], env=env, stdout=out, stderr=err)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "worker " not in up.read_text():  # it opened the store, old key
            assert worker.poll() is None, said.read_text()
            time.sleep(0.1)
        assert _genaiops(home_a, url, "audit", "rotate-key").returncode == 0
        (approval,) = json.loads(_genaiops(home_a, url, "approvals", "list", "-o", "json").stdout)
        decided = _genaiops(home_a, url, "approvals", "approve", approval["approval_id"], "--reason", "ok",
                            "--as", "alice")  # fmt: skip
        assert decided.returncode == 0, decided.stdout + decided.stderr
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "rotated" not in said.read_text() and not _succeeded(home_a, url):
            time.sleep(0.2)
    finally:
        worker.terminate()
        worker.wait(timeout=60)
    verified = _genaiops(home_a, url, "audit", "verify")
    assert verified.returncode == 0 and "ledger intact" in verified.stdout, verified.stdout + verified.stderr
    told = " ".join(said.read_text().split())
    assert "keys/ledger.key" in told and "restart" in told, told


def _succeeded(home: Path, url: str) -> bool:
    listed = _genaiops(home, url, "runs", "list", "-o", "json")
    return any(r["status"] == "succeeded" for r in json.loads(listed.stdout or "[]"))


def test_a_home_that_moves_to_postgresql_is_told_its_sqlite_store_was_left_behind(shared) -> None:
    """An admin who sets GENAIOPS_STORE_URL on a home that used SQLite (accounts, runs, a ledger in its
    genaiops.db) reads an empty store: each command says on stderr that the home's genaiops.db is not used and
    nothing was copied from it, naming the store without its password (it said nothing, and `audit verify` read
    "intact: 0 entries": qa-admin11); a home without one is not told."""
    url, home_a, home_b = shared
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home_a), "COLUMNS": "200"}
    added = subprocess.run([str(GENAIOPS), "users", "add", "alice", "--no-password"], env=env, capture_output=True,
                           text=True, timeout=120, check=False)  # fmt: skip
    assert added.returncode == 0 and (home_a / "genaiops.db").exists(), added.stderr
    moved = _genaiops(home_a, url, "users", "list", "-o", "json")
    assert moved.returncode == 0 and json.loads(moved.stdout) == [], moved.stdout
    assert str(home_a / "genaiops.db") in moved.stderr and "not copied" in moved.stderr, moved.stderr
    assert "GENAIOPS_STORE_URL" in moved.stderr
    password = url.split("://", 1)[1].split("@", 1)[0].partition(":")[2]
    assert not password or password not in moved.stderr
    other = _genaiops(home_b, url, "users", "list", "-o", "json")
    assert other.returncode == 0 and "genaiops.db" not in other.stderr, other.stderr
