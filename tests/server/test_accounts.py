"""Accounts and tokens: argon2 password hashes and token hashes only at rest, tokens shown once and revocable,
account changes only by the home's owner, passwords never on the command line; ``require_authenticated``
refuses the CLI's decisions and takes the server's; the worker runs registered periodic jobs."""

from __future__ import annotations

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from genaiops.accounts import Accounts
from genaiops.cli import app
from genaiops.errors import NotFoundError, UserError
from genaiops.safety import ApprovalPolicy
from genaiops.safety.tightening import loosened
from genaiops.server import create_app
from genaiops.settings import load_settings

NOW = datetime(2026, 1, 1, tzinfo=UTC)
GATED = "name: g\ntasks:\n  - id: change\n    tool: apply_change\n    args: {target: svc@staging}\n"


def invoke(home: Path, *args: str, input: str | None = None, **env: str):  # noqa: ANN201
    return CliRunner().invoke(app, list(args), input=input, env={"GENAIOPS_HOME": str(home), "COLUMNS": "200"} | env)


def test_passwords_and_tokens_are_kept_only_as_hashes(tmp_path: Path) -> None:
    """The database holds an argon2id hash of the password and a hash of the token, never their text; the
    password signs in, a wrong one does not; the token authenticates until revoked."""
    db = tmp_path / "genaiops.db"
    accounts = Accounts(str(db))
    accounts.add("Alice ", ["operator", "sre_oncall"], "correct horse", by="admin", at=NOW)
    info, token = accounts.create_token("alice", label="ci", by="admin", at=NOW)
    accounts.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("genaiops.db*"))
    assert b"correct horse" not in raw and token.encode() not in raw and b"$argon2id$" in raw
    accounts = Accounts(str(db))
    assert accounts.sign_in("ALICE", "correct horse").roles == ("operator", "sre_oncall")
    assert accounts.sign_in("alice", "wrong horse") is None and accounts.sign_in("nobody", "x" * 8) is None
    assert accounts.authenticate(token, at=NOW).name == "alice"
    assert accounts.authenticate(token[:-1] + ("A" if token[-1] != "A" else "B"), at=NOW) is None
    accounts.revoke(info.id, at=NOW)
    assert accounts.authenticate(token, at=NOW) is None


def test_account_mistakes_are_user_errors(tmp_path: Path) -> None:
    """A second account of one name, a short password, a bad role, an unknown account or token: UserErrors."""
    accounts = Accounts(str(tmp_path / "genaiops.db"))
    accounts.add("bob", ["operator"], None, by="admin", at=NOW)
    with pytest.raises(UserError, match="exists already"):
        accounts.add("BOB", [], None, by="admin", at=NOW)
    with pytest.raises(UserError, match="too short"):
        accounts.add("carol", [], "short", by="admin", at=NOW)
    with pytest.raises(UserError, match="lower-case name"):
        accounts.add("carol", ["Ops Lead!"], None, by="admin", at=NOW)
    with pytest.raises(NotFoundError, match="did you mean 'bob'"):
        accounts.get("bobb")
    with pytest.raises(NotFoundError, match="no token"):
        accounts.revoke("0" * 12, at=NOW)


def test_users_and_tokens_commands(tmp_path: Path) -> None:
    """users add (password from stdin), list, passwd, remove; tokens create (printed once), list (never the
    text), revoke; removing an account revokes its tokens."""
    home = tmp_path / "home"
    added = invoke(home, "users", "add", "alice", "--role", "operator", "--password-stdin", input="pw-alice-1\n")
    assert added.exit_code == 0
    created = invoke(home, "tokens", "create", "--user", "alice", "--label", "laptop")
    token = created.stdout.strip().splitlines()[-1]
    assert created.exit_code == 0 and token.startswith("gat_")
    listed = invoke(home, "tokens", "list")
    assert "laptop" in listed.stdout and token not in listed.stdout
    assert "alice" in invoke(home, "users", "list").stdout
    [as_json] = json.loads(invoke(home, "tokens", "list", "-o", "json").stdout)
    assert (as_json["account"], as_json["label"], as_json["revoked_at"]) == ("alice", "laptop", None)
    assert token not in json.dumps(as_json) and token.startswith("gat_")
    [user] = yaml.safe_load(invoke(home, "users", "list", "--output", "yaml").stdout)
    assert (user["name"], user["roles"], user["has_password"]) == ("alice", ["operator"], True)
    assert invoke(home, "users", "passwd", "alice", "--password-stdin", input="pw-alice-2\n").exit_code == 0
    accounts = Accounts(str(home / "genaiops.db"))
    assert accounts.sign_in("alice", "pw-alice-2") is not None and accounts.sign_in("alice", "pw-alice-1") is None
    removed = invoke(home, "users", "remove", "alice")
    assert removed.exit_code == 0 and "1 token(s) revoked" in removed.stdout
    assert accounts.authenticate(token, at=NOW) is None
    accounts.close()


def _process_env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    return env | {"HOME": str(root), "GENAIOPS_HOME": str(root / "home"), "COLUMNS": "200"}


def _genaiops(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    genaiops = Path(sys.executable).parent / "genaiops"
    return subprocess.run([str(genaiops), *args], env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def alice_and_ape(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the accounts alice and ape, added by `users add` in its own process (once for the module: the
    look-alike cases below refuse their name and add nothing, which each checks)."""
    root = tmp_path_factory.mktemp("lookalikes")
    for existing in ("alice", "ape"):
        added = _genaiops(_process_env(root), "users", "add", existing, "--role", "operator", "--no-password")
        assert added.returncode == 0, added.stdout + added.stderr
    return root


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("alice\u200b", "invisible character (U+200B ZERO WIDTH SPACE)"),
        ("al\u00adice", "invisible character (U+00AD SOFT HYPHEN)"),
        ("\u0430lice", "mixes Cyrillic and Latin letters (U+0430 CYRILLIC SMALL LETTER A)"),
        ("\u0430\u0440\u0435", "looks like the account 'ape'"),
        ("a1ice", "looks like the account 'alice'"),
        ("ALİCE", "looks like the account 'alice'"),
    ],
)
def test_users_add_refuses_a_name_that_reads_as_another(alice_and_ape: Path, name: str, why: str) -> None:
    """`users add` of a name that reads as an existing account's (a zero-width space or soft hyphen inside,
    a Cyrillic letter among Latin ones, all-Cyrillic letters spelling a Latin name, a digit for a letter) exits 2
    saying what it holds, and adds nothing: such an account's decisions would read as alice's (or ape's) in the
    inbox, the ledger and the notifications, and it could approve alice's own requests. Before, each was a new
    account."""
    env = _process_env(alice_and_ape)
    refused = _genaiops(env, "users", "add", name, "--no-password")
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert why in " ".join(refused.stderr.split()) and "Traceback" not in refused.stderr, refused.stderr
    listed = json.loads(_genaiops(env, "users", "list", "-o", "json").stdout)
    assert sorted(a["name"] for a in listed) == ["alice", "ape"]


def test_users_add_takes_a_name_in_another_script_alone(alice_and_ape: Path, tmp_path: Path) -> None:
    """Beside alice and ape, a name in another script alone (``мария``) is still a new account (in a copy of the
    look-alike cases' home, which they expect to hold alice and ape only)."""
    shutil.copytree(alice_and_ape / "home", tmp_path / "home")
    env = _process_env(tmp_path)
    added = _genaiops(env, "users", "add", "\u043c\u0430\u0440\u0438\u044f", "--no-password")
    assert added.returncode == 0, added.stdout + added.stderr
    listed = json.loads(_genaiops(env, "users", "list", "-o", "json").stdout)
    assert sorted(a["name"] for a in listed) == ["alice", "ape", "\u043c\u0430\u0440\u0438\u044f"]


def test_users_add_refuses_a_role_nothing_names_and_quotes_the_name_in_its_hint(tmp_path: Path) -> None:
    """`users add --role operatr` (a role no rule of the home names: the account could do nothing) exits 2 with
    did-you-mean and the roles, and adds nothing; a role of the policy's `people:` is known; the token hint for a
    name with a space is quoted for the shell."""
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "policy.yaml").write_text("people: {someone: [auditor]}\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}

    def cli(*args: str) -> subprocess.CompletedProcess:
        genaiops = Path(sys.executable).parent / "genaiops"
        return subprocess.run([str(genaiops), *args], env=env, capture_output=True, text=True, timeout=60)

    typo = cli("users", "add", "Ann Lee", "--role", "operatr", "--no-password")
    assert typo.returncode == 2, typo.stdout + typo.stderr
    message = " ".join(typo.stderr.split())
    assert "'operatr'" in message and "did you mean 'operator'?" in message
    assert "alerts, auditor, ml_lead, operator, prompt_owner" in message and "Traceback" not in message
    assert "ann lee" not in cli("users", "list").stdout
    added = cli("users", "add", "Ann Lee", "--role", "operator", "--role", "auditor", "--no-password")
    assert added.returncode == 0, added.stderr
    assert "genaiops tokens create --user 'ann lee'" in added.stdout


def test_a_password_is_never_taken_from_the_command_line(tmp_path: Path) -> None:
    """There is no --password option; an empty stdin is a clear error; nothing is created."""
    home = tmp_path / "home"
    given = invoke(home, "users", "add", "alice", "--password", "hunter22")
    empty = invoke(home, "users", "add", "alice", "--password-stdin", input="\n")
    assert given.exit_code == 2 and empty.exit_code == 2
    assert "standard input gave no password" in empty.stderr
    assert "alice" not in invoke(home, "users", "list").stdout


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the home to another user")
def test_only_the_owner_of_the_home_changes_accounts(tmp_path: Path) -> None:
    """A home owned by another OS user: account changes are refused naming the owner; reading still works."""
    home = tmp_path / "home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    refused = invoke(home, "users", "add", "alice", "--no-password")
    assert refused.exit_code == 2 and "owns GENAIOPS_HOME" in refused.stderr and "uid 65534" in refused.stderr


def test_require_authenticated_tightens_and_is_named_when_turned_off() -> None:
    """Turning require_authenticated on tightens the policy (a new hash); turning it off is named as weakening."""
    strict = ApprovalPolicy(require_authenticated=True)
    assert loosened(ApprovalPolicy(), strict) == []
    assert loosened(strict, ApprovalPolicy()) == ["require_authenticated: turned off"]
    assert strict.hash != ApprovalPolicy().hash


def test_require_authenticated_refuses_cli_decisions_and_takes_the_servers(tmp_path: Path) -> None:
    """In a home whose policy requires authenticated decisions, the CLI's approve is refused pointing to the
    server, nothing recorded; the same decision through the server is taken, recorded as authenticated."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("require_authenticated: true\nallow_claimed_identities: true\n")
    (tmp_path / "g.yaml").write_text(GATED)
    assert invoke(home, "run", str(tmp_path / "g.yaml"), GENAIOPS_USER="bob").exit_code == 3
    accounts = Accounts(str(home / "genaiops.db"))
    accounts.add("alice", ["operator"], None, by="admin", at=NOW)
    token = accounts.create_token("alice", label="", by="admin", at=NOW)[1]
    accounts.close()
    settings = load_settings(home=home, scenarios_dir=tmp_path, worker_interval=0.05)
    with TestClient(create_app(settings)) as client:
        headers = {"Authorization": f"Bearer {token}"}
        (row,) = client.get("/api/v1/approvals", headers=headers).json()
        for who in ({"GENAIOPS_USER": "alice"}, {}):
            refused = invoke(home, "approvals", "approve", row["id"], "--reason", "ok", **who)
            assert refused.exit_code == 2 and "require_authenticated" in refused.stderr
            assert "GENAIOPS_SERVER_URL" in refused.stderr
        assert client.get(f"/api/v1/approvals/{row['id']}", headers=headers).json()["decisions"] == []
        body = {"reason": "ok", "args_hash": row["args_hash"]}
        taken = client.post(f"/api/v1/approvals/{row['id']}/approve", headers=headers, json=body)
        assert taken.status_code == 200 and taken.json()["identified_by"] == "authenticated"


def test_the_worker_runs_registered_periodic_jobs(tmp_path: Path) -> None:
    """A job registered with register_periodic runs again and again; one that raises keeps being run."""
    home = tmp_path / "home"
    Accounts(str(home / "genaiops.db")).close()
    calls = {"good": 0, "bad": 0}

    async def good() -> None:
        calls["good"] += 1

    async def bad() -> None:
        calls["bad"] += 1
        raise RuntimeError("a failing job")

    with TestClient(create_app(load_settings(home=home, scenarios_dir=tmp_path))) as client:
        worker = client.app.state.genaiops.worker
        worker.register_periodic("good", 0.01, good)
        worker.register_periodic("bad", 0.01, bad)
        deadline = time.monotonic() + 30
        while min(calls.values()) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert worker.jobs == [
            "notifications",
            "schedules",
            "anchor",
            "policy",
            "store probe",
            "good",
            "bad",
        ]  # its own jobs first
    assert min(calls.values()) >= 3
    with pytest.raises(ValueError, match="must be positive"):
        worker.register_periodic("never", 0, good)


def test_many_requests_authenticating_at_once_share_the_accounts_safely(tmp_path: Path) -> None:
    """The server authenticates in a thread pool: 32 first uses of 32 tokens at once (each writes its last-used
    time) all succeed, none sees another's half-finished statement (bench/server.py's 50 clients hit this)."""
    import threading

    accounts = Accounts(str(tmp_path / "genaiops.db"))
    tokens = []
    for i in range(32):
        accounts.add(f"user{i}", ["operator"], None, by="admin", at=NOW)
        tokens.append(accounts.create_token(f"user{i}", label="", by="admin", at=NOW)[1])
    start, results, errors = threading.Barrier(32), [None] * 32, []

    def use(i: int) -> None:
        start.wait()
        try:
            for _ in range(20):
                results[i] = accounts.authenticate(tokens[i], at=NOW)
        except Exception as exc:  # noqa: BLE001 - any failure is the finding
            errors.append(repr(exc))

    threads = [threading.Thread(target=use, args=(i,)) for i in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    accounts.close()
    assert errors == []
    assert [r.name if r else None for r in results] == [f"user{i}" for i in range(32)]


def test_a_paused_run_under_require_authenticated_points_to_the_server_not_to_a_refused_command(
    tmp_path: Path,
) -> None:
    """`run` and `resume` of a paused run in a home whose policy requires authenticated decisions do not suggest
    `genaiops approvals approve` (which the gate refuses here): they point to the console, the API with a token,
    or this CLI pointed at the server; a home without that policy keeps the command."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    (tmp_path / "home").mkdir()
    (tmp_path / "g.yaml").write_text(GATED, encoding="utf-8")
    genaiops = str(Path(sys.executable).parent / "genaiops")

    def cli(*args: str) -> str:
        done = subprocess.run([genaiops, *args], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 3, done.stdout + done.stderr
        return " ".join(done.stdout.split())

    plain = cli("run", str(tmp_path / "g.yaml"))
    assert "genaiops approvals approve ID --reason" in plain
    (tmp_path / "home" / "policy.yaml").write_text("require_authenticated: true\n", encoding="utf-8")
    for said in (cli("run", str(tmp_path / "g.yaml")), cli("resume", re.search(r"run (run-\S+): paused", plain)[1])):
        assert "approvals approve" not in said, said
        assert "require_authenticated" in said and "console" in said and "GENAIOPS_TOKEN" in said, said


@pytest.mark.parametrize("lite", ["1", "0"])
def test_runs_show_of_a_paused_run_under_require_authenticated_points_to_the_server(tmp_path: Path, lite: str) -> None:
    """`runs show RUN` of a paused run says what `run` says about where to decide, by the fast read path and by
    the typer command alike: the command the gate refuses is not suggested under require_authenticated."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200", "GENAIOPS_CLI_LITE": lite}
    (tmp_path / "home").mkdir()
    (tmp_path / "g.yaml").write_text(GATED, encoding="utf-8")
    genaiops = str(Path(sys.executable).parent / "genaiops")

    def cli(*args: str) -> str:
        done = subprocess.run([genaiops, *args], env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode in (0, 3), done.stdout + done.stderr
        return " ".join(done.stdout.split())

    run_id = re.search(r"run (run-\S+): paused", cli("run", str(tmp_path / "g.yaml")))[1]
    assert "genaiops approvals approve ID --reason" in cli("runs", "show", run_id)
    (tmp_path / "home" / "policy.yaml").write_text("require_authenticated: true\n", encoding="utf-8")
    for _ in range(2):  # the first read may load the policy; the second may answer from its cache
        said = cli("runs", "show", run_id)
        assert "approvals approve" not in said, said
        assert "require_authenticated" in said and "GENAIOPS_TOKEN" in said, said


def _process_cli(tmp_path: Path):  # noqa: ANN202
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    genaiops = str(Path(sys.executable).parent / "genaiops")

    def cli(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([genaiops, *args], env=env, input=input, capture_output=True, text=True, timeout=60)

    return cli


def test_every_account_and_token_change_is_an_audit_ledger_entry_without_secrets(tmp_path: Path) -> None:
    """users add / roles / passwd / remove and tokens create / revoke, each through its process, are entries of
    the audit ledger (`audit list`), naming the account, the change and the OS user who made it, never the
    password or the token's text; `audit verify` finds the ledger intact; revoking twice records once."""
    cli = _process_cli(tmp_path)
    assert cli("users", "add", "alice", "--role", "operator", "--password-stdin", input="pw-alice-1\n").returncode == 0
    created = cli("tokens", "create", "--user", "alice", "--label", "laptop")
    token = created.stdout.strip().splitlines()[-1]
    token_id = token.split("_")[1]
    assert cli("users", "roles", "alice", "--role", "operator", "--role", "sre_oncall").returncode == 0
    assert cli("users", "passwd", "alice", "--password-stdin", input="pw-alice-2\n").returncode == 0
    assert cli("tokens", "revoke", token_id).returncode == 0
    again = cli("tokens", "revoke", token_id)
    assert again.returncode == 0 and "revoked already" in again.stdout
    assert cli("users", "remove", "alice").returncode == 0
    listed = cli("audit", "list", "-o", "json", "--full")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    kinds = [e["kind"] for e in entries]
    assert kinds == ["account_added", "token_created", "account_roles_changed", "account_password_set",
                     "token_revoked", "account_removed"]  # fmt: skip
    payloads = [e["payload"] if isinstance(e["payload"], dict) else json.loads(e["payload"]) for e in entries]
    assert all(p["account"] == "alice" and p["by"] for p in payloads)
    assert payloads[0]["roles"] == ["operator"] and payloads[0]["password"] is True
    assert (payloads[2]["previous_roles"], payloads[2]["roles"]) == (["operator"], ["operator", "sre_oncall"])
    assert payloads[1]["token"] == payloads[4]["token"] == token_id and payloads[1]["label"] == "laptop"
    assert payloads[5]["tokens_revoked"] == 0  # revoked before
    text = listed.stdout
    assert "pw-alice" not in text and token not in text and token.split("_", 2)[2] not in text
    verified = cli("audit", "verify")
    assert verified.returncode == 0 and "6 entries" in verified.stdout, verified.stdout + verified.stderr


def test_a_token_expires_after_its_days_and_the_server_then_refuses_it(tmp_path: Path) -> None:
    """`tokens create` gives 90 days unless --days or --no-expiry says otherwise, and says so on stderr (the token
    alone on stdout: it needed `| tail -1`, qa-admin11); `tokens list`
    shows the expiry; a token past it no longer authenticates (the server answers 401 naming expiry among the
    causes); an expiry not after the creation is a UserError."""
    cli = _process_cli(tmp_path)
    assert cli("users", "add", "bob", "--role", "operator", "--no-password").returncode == 0
    default = cli("tokens", "create", "--user", "bob")
    assert default.returncode == 0 and "expires " in default.stderr, default.stderr
    assert re.fullmatch(r"gat_\S+\n", default.stdout), default.stdout  # TOKEN=$(...) needs no `| tail -1`
    short = cli("tokens", "create", "--user", "bob", "--days", "1", "--label", "short")
    forever = cli("tokens", "create", "--user", "bob", "--no-expiry", "--label", "service")
    assert "never expires" in forever.stderr
    bad = cli("tokens", "create", "--user", "bob", "--days", "0")
    assert bad.returncode == 2 and "--days" in bad.stderr
    rows = {t["label"]: t for t in json.loads(cli("tokens", "list", "-o", "json").stdout)}
    created = datetime.fromisoformat(rows["short"]["created_at"])
    assert datetime.fromisoformat(rows["short"]["expires_at"]) - created == timedelta(days=1)
    assert datetime.fromisoformat(rows[""]["expires_at"]) - datetime.fromisoformat(rows[""]["created_at"]) == timedelta(
        days=90
    )
    assert rows["service"]["expires_at"] is None
    assert "never" in cli("tokens", "list").stdout
    home = tmp_path / "home"
    accounts = Accounts(str(home / "genaiops.db"))
    tokens = {label: out.stdout.strip().splitlines()[-1] for label, out in (("short", short), ("service", forever))}
    assert accounts.authenticate(tokens["short"], at=created + timedelta(hours=23)).name == "bob"
    assert accounts.authenticate(tokens["short"], at=created + timedelta(days=1)) is None
    assert accounts.authenticate(tokens["service"], at=created + timedelta(days=4000)).name == "bob"
    with pytest.raises(UserError, match="expiry must be after its creation"):
        accounts.create_token("bob", label="", by="admin", at=NOW, expires_at=NOW)
    _, stale = accounts.create_token("bob", label="old", by="admin", at=NOW, expires_at=NOW + timedelta(days=1))
    accounts.close()
    settings = load_settings(home=home, scenarios_dir=tmp_path)
    with TestClient(create_app(settings)) as client:
        refused = client.get("/api/v1/runs", headers={"Authorization": f"Bearer {stale}"})
        assert refused.status_code == 401 and "expired" in refused.json()["detail"]
        assert client.get("/api/v1/runs", headers={"Authorization": f"Bearer {tokens['service']}"}).status_code == 200
    assert "(expired)" in cli("tokens", "list").stdout


def test_tokens_list_in_an_80_column_terminal_shows_each_token_id_whole(tmp_path: Path) -> None:
    """At 80 columns `tokens list` prints each token's whole id, which `tokens revoke ID` takes: it cut them to
    `361e9e196…` (noticed by qa-docs9), and what was printed could not be revoked; and its times whole (they
    folded over three lines, qa-admin11)."""
    cli = _process_cli(tmp_path)
    assert cli("users", "add", "bob", "--role", "operator", "--no-password").returncode == 0
    assert cli("tokens", "create", "--user", "bob", "--label", "laptop").returncode == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "80"}
    genaiops = str(Path(sys.executable).parent / "genaiops")
    shown = subprocess.run([genaiops, "tokens", "list"], env=env, capture_output=True, text=True, timeout=60)
    [token] = json.loads(cli("tokens", "list", "-o", "json").stdout)
    assert shown.returncode == 0 and token["id"] in shown.stdout, shown.stdout
    for stamp in (token["created_at"], token["expires_at"]):  # times whole too: they folded over three lines
        assert stamp[:19] in shown.stdout, shown.stdout
    revoked = cli("tokens", "revoke", token["id"])
    assert revoked.returncode == 0, revoked.stderr


def test_a_new_store_is_not_readable_by_other_users_of_the_machine(tmp_path: Path) -> None:
    """The store genaiops creates (accounts' password hashes, runs, conversations, alerts) is made without
    permissions for others, whatever the umask lets through (0644 under the usual 022: any local account could read
    the argon2 hashes and every conversation); its group keeps what the umask gives it, for a home shared by a
    group of approvers (qa-hostile10). Through the CLI as a subprocess."""
    home = tmp_path / "home"
    genaiops = Path(sys.executable).parent / "genaiops"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(home)}
    added = subprocess.run(
        ["sh", "-c", 'umask 022 && exec "$0" users add alice --role operator --no-password', str(genaiops)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    made = sorted(home.glob("genaiops.db*"))
    assert made, list(home.iterdir())
    for path in made:
        assert path.stat().st_mode & 0o007 == 0, f"{path.name}: {oct(path.stat().st_mode)}"


def test_a_token_created_into_a_closed_pipe_is_still_an_audit_ledger_entry(tmp_path: Path) -> None:
    """`tokens create ... | head -1` makes a token that works: its `token_created` entry is written even when
    the reader went away before the token was printed (it was printed before the entry, and the broken pipe ended
    the command there: a working token with no ledger entry, qa-admin11)."""
    cli = _process_cli(tmp_path)
    assert cli("users", "add", "bob", "--role", "operator", "--no-password").returncode == 0
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}
    read, write = os.pipe()
    os.close(read)  # the reader is gone
    try:
        genaiops = str(Path(sys.executable).parent / "genaiops")
        done = subprocess.run([genaiops, "tokens", "create", "--user", "bob", "--label", "piped"], env=env,
                              stdout=write, stderr=subprocess.PIPE, text=True, timeout=60)  # fmt: skip
    finally:
        os.close(write)
    assert "Traceback" not in done.stderr, done.stderr
    [token] = json.loads(cli("tokens", "list", "-o", "json").stdout)
    entries = json.loads(cli("audit", "list", "-o", "json", "--full").stdout)
    created = [e for e in entries if e["kind"] == "token_created"]
    assert [e["payload"]["token"] for e in created] == [token["id"]], entries


def _on_terminal(tmp_path: Path, args: list[str], answer: str | None) -> tuple[int, str]:
    """``genaiops ARGS`` on a pseudo-terminal: its exit code and what it wrote, ``answer`` typed at its question
    (None: it must not ask one)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"HOME": str(tmp_path), "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200", "TERM": "dumb"}
    main, child = pty.openpty()
    genaiops = str(Path(sys.executable).parent / "genaiops")
    process = subprocess.Popen([genaiops, *args], stdin=child, stdout=child, stderr=child, env=env)
    os.close(child)
    seen = b""
    while True:
        ready, _, _ = select.select([main], [], [], 60)
        try:
            chunk = os.read(main, 65536) if ready else b""
        except OSError:  # the terminal closed: the process is done
            chunk = b""
        if not chunk:
            break
        seen += chunk
        if b"Go ahead?" in seen and answer is not None:
            os.write(main, answer.encode() + b"\n")
            answer = None
    os.close(main)
    return process.wait(timeout=60), seen.decode(errors="replace").replace("\r\n", "\n")


def test_users_remove_and_tokens_revoke_ask_first_at_a_terminal(tmp_path: Path) -> None:
    """At a terminal `tokens revoke` and `users remove` name what will happen (the account's other working
    tokens, its N tokens revoked, its sessions ended) and ask; a no changes nothing (exit 1), --yes does not ask.
    They acted at once (qa-admin11). Without a terminal they act as before (scripts, the other tests)."""
    cli = _process_cli(tmp_path)
    assert cli("users", "add", "alice", "--role", "operator", "--no-password").returncode == 0
    for label in ("laptop", "ci"):
        assert cli("tokens", "create", "--user", "alice", "--label", label).returncode == 0
    laptop = next(t["id"] for t in json.loads(cli("tokens", "list", "-o", "json").stdout) if t["label"] == "laptop")
    code, said = _on_terminal(tmp_path, ["tokens", "revoke", laptop], "n")
    assert code == 1 and f"revoke token {laptop} (laptop) of alice" in said and "keeps 1 other" in said, said
    assert "nothing changed" in said and "--yes" in said, said
    assert all(t["revoked_at"] is None for t in json.loads(cli("tokens", "list", "-o", "json").stdout))
    code, said = _on_terminal(tmp_path, ["tokens", "revoke", laptop, "--yes"], None)
    assert code == 0 and "Go ahead?" not in said and "revoked" in said, said
    code, said = _on_terminal(tmp_path, ["users", "remove", "alice"], "y")
    assert code == 0 and "remove account alice" in said and "its 1 token(s)" in said, said
    assert "console sessions end" in said and "removed alice (1 token(s) revoked)" in said, said
