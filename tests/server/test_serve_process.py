"""`genaiops serve` for real: uvicorn in its own process on 127.0.0.1, accounts and tokens made with the CLI, a
gated run started over HTTP, decided by another person through the CLI in server mode, continued by the
server's worker; the CLI prints the same in server mode as locally; tokens and passwords never reach the log."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"
GATED = (Path(__file__).parent / "gated.yaml").read_text(encoding="utf-8")
PASSWORDS = {"alice": "alice-pass-7f3k", "bob": "bob-pass-9q2m"}


@dataclass
class Served:
    url: str
    env: dict[str, str]
    tokens: dict[str, str]
    log: Path
    process: subprocess.Popen


def cli(env: dict[str, str], *args: str, input: str | None = None, **extra: str) -> subprocess.CompletedProcess:
    """Run the genaiops command line in its own process."""
    return subprocess.run(
        [str(GENAIOPS), *args], env=env | extra, input=input, capture_output=True, text=True, timeout=120
    )


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_ready(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"genaiops serve exited {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/api/v1/openapi.json", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"genaiops serve did not answer:\n{log.read_text()}")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    root = tmp_path_factory.mktemp("served")
    (root / "scenarios").mkdir()
    (root / "scenarios" / "gated.yaml").write_text(GATED, encoding="utf-8")
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE")
    env = {k: v for k, v in os.environ.items() if k not in drop} | {
        "HOME": str(root / "user"),
        "GENAIOPS_HOME": str(root / "home"),
        "GENAIOPS_SCENARIOS_DIR": str(root / "scenarios"),
        "GENAIOPS_WORKER_INTERVAL": "0.2",
        "COLUMNS": "200",
    }
    tokens = {}
    for name, password in PASSWORDS.items():
        added = cli(env, "users", "add", name, "--role", "operator", "--password-stdin", input=password + "\n")
        assert added.returncode == 0, added.stderr
        made = cli(env, "tokens", "create", "--user", name)
        assert made.returncode == 0, made.stderr
        tokens[name] = made.stdout.strip().splitlines()[-1]
    port = _port()
    log = root / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(GENAIOPS), "serve", "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, process, log)
        yield Served(url, env, tokens, log, process)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def remote(served: Served, who: str) -> dict[str, str]:
    """The settings that point the CLI at the server as ``who``."""
    return {"GENAIOPS_SERVER_URL": served.url, "GENAIOPS_TOKEN": served.tokens[who]}


def api(served: Served, who: str, method: str, path: str, **kw) -> httpx.Response:  # noqa: ANN003
    headers = {"Authorization": f"Bearer {served.tokens[who]}"}
    return httpx.request(method, f"{served.url}/api/v1{path}", headers=headers, timeout=30, **kw)


def wait_status(served: Served, run_id: str, wanted: str) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if api(served, "bob", "GET", f"/runs/{run_id}").json()["status"] == wanted:
            return
        time.sleep(0.1)
    raise AssertionError(f"run {run_id} never read {wanted}")


def start_paused(served: Served) -> tuple[str, str]:
    answer = api(served, "bob", "POST", "/runs", json={"scenario": "gated"})
    assert answer.status_code == 202, answer.text
    run_id = answer.json()["run_id"]
    wait_status(served, run_id, "paused")
    rows = api(served, "alice", "GET", "/approvals", params={"run": run_id}).json()
    return run_id, rows[0]["id"]


def test_a_gated_run_is_approved_through_the_cli_and_the_server_finishes_it(served: Served) -> None:
    """bob starts a run over HTTP; alice sees it in her inbox and approves it with the CLI in server mode; the
    worker resumes it to succeeded (nobody types resume); the ledger says alice was authenticated."""
    run_id, approval_id = start_paused(served)
    listed = cli(served.env, "approvals", "list", **remote(served, "alice"))
    assert listed.returncode == 0 and approval_id in listed.stdout, listed.stderr
    approved = cli(served.env, "approvals", "approve", approval_id, "--reason", "CHG-9", **remote(served, "alice"))
    assert approved.returncode == 0, approved.stderr
    assert f"{approval_id}: approve by alice recorded; the approval is now approved (1/1)" in approved.stdout
    assert f"the server continues run {run_id}" in approved.stdout
    wait_status(served, run_id, "succeeded")
    shown = cli(served.env, "runs", "show", run_id, **remote(served, "bob"))
    assert shown.returncode == 0 and f"run {run_id}: succeeded" in shown.stdout, shown.stderr
    entries = api(served, "bob", "GET", "/audit", params={"run": run_id}).json()
    decided = [e["payload"] for e in entries if e["kind"] == "approval_decided"]
    assert [(d["approver"], d["identified_by"]) for d in decided] == [("alice", "authenticated")]


def test_the_cli_prints_the_same_through_the_server_as_locally(served: Served) -> None:
    """`runs list`, `runs show` and `approvals show`/`list` print the same from the server as from the home."""
    run_id, approval_id = start_paused(served)
    for args in (("runs", "list"), ("runs", "show", run_id, "--events"), ("approvals", "show", approval_id),
                 ("approvals", "list")):  # fmt: skip
        local = cli(served.env, *args)
        through = cli(served.env, *args, **remote(served, "alice"))
        assert local.returncode == through.returncode == 0, (local.stderr, through.stderr)
        assert through.stdout == local.stdout, args


def test_the_cli_in_server_mode_says_what_is_wrong(served: Served) -> None:
    """A bad token, a missing token, an unreachable server, self-approval: exit 2 with one line saying why."""
    _run_id, approval_id = start_paused(served)
    bad = cli(served.env, "runs", "list", GENAIOPS_SERVER_URL=served.url, GENAIOPS_TOKEN="gat_nope")
    half = cli(served.env, "runs", "list", GENAIOPS_SERVER_URL=served.url)
    away = cli(served.env, "runs", "list", GENAIOPS_SERVER_URL=f"http://127.0.0.1:{_port()}", GENAIOPS_TOKEN="x")
    own = cli(served.env, "approvals", "approve", approval_id, "--reason", "mine", **remote(served, "bob"))
    assert [p.returncode for p in (bad, half, away, own)] == [2, 2, 2, 2]
    assert "the server refused (401)" in bad.stderr
    assert "GENAIOPS_TOKEN is not set" in half.stderr
    assert "cannot reach the genaiops server" in away.stderr
    assert "the server refused (403)" in own.stderr and "themselves" in own.stderr
    assert "Traceback" not in bad.stderr + half.stderr + away.stderr + own.stderr


def test_a_run_is_cancelled_through_the_cli_in_server_mode(served: Served) -> None:
    """`runs cancel` in server mode cancels the paused run on the server; its approval is withdrawn."""
    run_id, approval_id = start_paused(served)
    cancelled = cli(served.env, "runs", "cancel", run_id, "--reason", "freeze", **remote(served, "alice"))
    assert cancelled.returncode == 0 and f"run {run_id}: cancel recorded" in cancelled.stdout, cancelled.stderr
    assert api(served, "bob", "GET", f"/runs/{run_id}").json()["status"] == "cancelled"
    assert api(served, "bob", "GET", f"/approvals/{approval_id}").json()["status"] == "withdrawn"


def test_tokens_and_passwords_never_reach_the_server_log(served: Served) -> None:
    """After every request above, the server's log holds requests but no token or password."""
    api(served, "alice", "GET", "/me")
    text = served.log.read_text()
    assert '"GET /api/v1/me HTTP/1.1" 200' in text
    for secret in [*served.tokens.values(), *PASSWORDS.values()]:
        assert secret not in text
