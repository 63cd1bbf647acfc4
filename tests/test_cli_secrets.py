"""Secrets never sit in clear in a run: a scenario holding one is refused (use `secret://NAME`); a reference is
what the store, the approval, the events, the ledger and the agent's turns hold, and the tool alone gets the
value, from GENAIOPS_SECRET_<NAME> or GENAIOPS_HOME/keys/secrets/<NAME> (0600), when it is called."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from typer.testing import CliRunner

from genaiops.cli import app

KEY = "sk-proj-Q7vL2mX9pR4tK8wN3bH6cJ1dF5gS0aZyE"
"""An OpenAI-looking key (made up): the secrets scanner recognises its format."""
VALUE = "Zq81-tok-4f9c-ultra-S3cret"
"""The value a reference resolves to (it matches no scanner pattern: only the reference machinery hides it)."""

SCENARIO = """name: secret-ref
tasks:
  - id: show
    tool: echo
    args: {value: {token: "secret://DEPLOY_TOKEN"}}
  - id: push
    tool: apply_change
    role: mlops_engineer
    args: {target: checkout@canary, change: {token: "secret://DEPLOY_TOKEN", version: v42}}
approvals:
  - {task: push, approver: alice, reason: CHG-1}
expect: {status: succeeded, outputs: {show.value.token: "secret://DEPLOY_TOKEN"}}
"""


def invoke(*args: object, **env: str | None):  # noqa: ANN201
    base: dict[str, str | None] = {"COLUMNS": "250", "GENAIOPS_USER": "bob", "GENAIOPS_SECRET_DEPLOY_TOKEN": None}
    return CliRunner().invoke(app, [str(a) for a in args], env={**base, **env})


def home() -> Path:
    return Path(os.environ["GENAIOPS_HOME"])


def store_bytes() -> bytes:
    """The store's database file and its write-ahead log, as bytes."""
    return b"".join(p.read_bytes() for p in sorted(home().glob("genaiops.db*")))


@pytest.mark.parametrize(
    ("args", "place"),
    [
        (f'{{target: svc, change: {{api_key: "{KEY}"}}}}', "tasks[0].args.change.api_key"),
        ('{target: svc, change: {password: "hT9#kq2$Lm4vXp"}}', "tasks[0].args.change.password"),
        (f'{{target: "svc key={KEY}"}}', "tasks[0].args.target"),
    ],
)
def test_a_secret_in_clear_is_refused_naming_the_place_never_the_value(tmp_path, args, place):
    """A key by its format, a random value under a password key, a key inside text: validate and run exit 2
    naming file:line and field, and say to use secret://NAME; the value is not echoed; nothing is stored."""
    file = tmp_path / "leaky.yaml"
    file.write_text(f"name: leaky\ntasks:\n  - id: push\n    tool: apply_change\n    args: {args}\n")
    secret = re.search(r'(sk-proj-\w+|hT9\S+?)"', args).group(1)
    for command in ("validate", "run"):
        result = invoke("scenario", command, file)
        assert result.exit_code == 2, result.output
        assert f"{file}:5: {place}: this argument holds what looks like a secret" in result.stderr
        assert "secret://NAME" in result.stderr and "GENAIOPS_SECRET_NAME" in result.stderr
        assert secret[4:] not in result.output and "Traceback" not in result.output
    assert not (home() / "genaiops.db").exists()


def test_a_reference_reaches_the_tool_and_nothing_else(tmp_path):
    """With GENAIOPS_SECRET_DEPLOY_TOKEN set, the gated tool (performed by an agent) applies the value; the store
    file, `approvals show`, `runs show --events --turns` and the ledger hold only the reference; a tool that
    hands the value back (echo) has the reference stored as its result."""
    file = tmp_path / "secret.yaml"
    file.write_text(SCENARIO)
    ran = invoke("scenario", "run", file, GENAIOPS_SECRET_DEPLOY_TOKEN=VALUE)
    assert ran.exit_code == 0, ran.output
    assert "scenario ended as expected" in ran.stdout
    with closing(sqlite3.connect(home() / "receiver.db")) as receiver:
        (payload,) = receiver.execute("SELECT payload FROM effects").fetchone()
    assert f'"token":"{VALUE}"' in payload  # the target received the value
    run_id = re.search(r"run (run-\S+): succeeded", ran.stdout).group(1)
    approval = re.search(r"(ap-[0-9a-f]{12})", ran.stdout).group(1)
    shown = invoke("approvals", "show", approval)
    assert shown.exit_code == 0 and '"token": "secret://DEPLOY_TOKEN"' in shown.stdout
    events = invoke("runs", "show", run_id, "--events", "--turns")
    assert events.exit_code == 0 and "secret://DEPLOY_TOKEN" in events.stdout  # the agent's call
    ledger = invoke("audit", "list")
    assert ledger.exit_code == 0 and "action_executed" in ledger.stdout
    for out in (ran.output, shown.output, events.output, ledger.output):
        assert VALUE not in out
    assert b"secret://DEPLOY_TOKEN" in store_bytes()
    assert VALUE.encode() not in store_bytes()


def test_a_missing_secret_fails_the_task_naming_the_setting(tmp_path):
    """Without the variable or the file, the task fails (exit 1) saying which variable or file to set."""
    file = tmp_path / "secret.yaml"
    file.write_text(SCENARIO)
    ran = invoke("scenario", "run", file)
    assert ran.exit_code == 1, ran.output
    flat = " ".join(ran.output.split())
    assert "secret://DEPLOY_TOKEN is not set: set the environment variable GENAIOPS_SECRET_DEPLOY_TOKEN" in flat
    assert str(home() / "keys" / "secrets" / "DEPLOY_TOKEN") in flat


def test_a_secret_file_must_be_private(tmp_path):
    """GENAIOPS_HOME/keys/secrets/NAME is used when it is 0600 and refused (chmod 600) when others can read it."""
    folder = home() / "keys" / "secrets"
    folder.mkdir(parents=True)
    (folder / "DEPLOY_TOKEN").write_text(VALUE + "\n")
    file = tmp_path / "secret.yaml"
    file.write_text(SCENARIO)
    (folder / "DEPLOY_TOKEN").chmod(0o644)
    refused = invoke("scenario", "run", file)
    assert refused.exit_code == 1 and f"run `chmod 600 {folder / 'DEPLOY_TOKEN'}`" in " ".join(refused.output.split())
    (folder / "DEPLOY_TOKEN").chmod(0o600)
    ran = invoke("scenario", "run", file)
    assert ran.exit_code == 0, ran.output
    with closing(sqlite3.connect(home() / "receiver.db")) as receiver:
        payloads = [p for (p,) in receiver.execute("SELECT payload FROM effects")]
    assert any(f'"token":"{VALUE}"' in p for p in payloads)
    assert VALUE.encode() not in store_bytes()


def test_a_bad_reference_is_a_validation_problem(tmp_path):
    """A reference inside other text (not resolved) or with a bad name is reported at its place (exit 2)."""
    file = tmp_path / "bad-ref.yaml"
    file.write_text(
        "name: bad-ref\ntasks:\n  - id: a\n    tool: echo\n    args: {value: 'Bearer secret://TOKEN'}\n"
        "  - id: b\n    tool: echo\n    args: {value: 'secret://no way'}\n"
    )
    result = invoke("scenario", "validate", file)
    assert result.exit_code == 2
    err = result.stderr
    assert f"{file}:5: tasks[0].args.value: bad secret reference: secret://NAME must be the whole value" in err
    assert f"{file}:8: tasks[1].args.value: bad secret reference: secret://NAME needs a name of letters" in err
