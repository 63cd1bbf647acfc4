"""A real `genaiops serve` for the tests of this folder: uvicorn in its own process on 127.0.0.1, over a tmp home
with the accounts alice and bob (role operator) and a token each, made with the CLI; its catalogue holds
``gated.yaml``. ``Served`` runs the CLI (locally or against the server as someone) and calls the API."""

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


def run_cli(env: dict[str, str], *args: str, input: str | None = None, **extra: str) -> subprocess.CompletedProcess:
    """Run the genaiops command line in its own process."""
    return subprocess.run(
        [str(GENAIOPS), *args], env=env | extra, input=input, capture_output=True, text=True, timeout=120
    )


def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Served:
    url: str
    env: dict[str, str]
    tokens: dict[str, str]
    log: Path
    process: subprocess.Popen
    root: Path

    def remote(self, who: str) -> dict[str, str]:
        """The settings that point the CLI at the server as ``who``."""
        return {"GENAIOPS_SERVER_URL": self.url, "GENAIOPS_TOKEN": self.tokens[who]}

    def cli(self, *args: str, who: str | None = None, **extra: str) -> subprocess.CompletedProcess:
        """The CLI over the server's home (``who`` None), or against the server as ``who``."""
        return run_cli(self.env, *args, **(self.remote(who) if who else {}), **extra)

    def api(self, who: str, method: str, path: str, **kw) -> httpx.Response:  # noqa: ANN003
        headers = {"Authorization": f"Bearer {self.tokens[who]}"}
        return httpx.request(method, f"{self.url}/api/v1{path}", headers=headers, timeout=30, **kw)

    def wait_status(self, run_id: str, wanted: str) -> None:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.api("bob", "GET", f"/runs/{run_id}").json()["status"] == wanted:
                return
            time.sleep(0.1)
        raise AssertionError(f"run {run_id} never read {wanted}")

    def start_paused(self) -> tuple[str, str]:
        """bob starts ``gated`` over HTTP; the run id and its approval's id once it paused."""
        answer = self.api("bob", "POST", "/runs", json={"scenario": "gated"})
        assert answer.status_code == 202, answer.text
        run_id = answer.json()["run_id"]
        self.wait_status(run_id, "paused")
        rows = self.api("alice", "GET", "/approvals", params={"run": run_id}).json()
        return run_id, rows[0]["id"]


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
        added = run_cli(env, "users", "add", name, "--role", "operator", "--password-stdin", input=password + "\n")
        assert added.returncode == 0, added.stderr
        made = run_cli(env, "tokens", "create", "--user", name)
        assert made.returncode == 0, made.stderr
        tokens[name] = made.stdout.strip().splitlines()[-1]
    port = unused_port()
    log = root / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(GENAIOPS), "serve", "--port", str(port)], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(url, process, log)
        yield Served(url, env, tokens, log, process, root)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def passwords() -> dict[str, str]:
    """The passwords of the served accounts (to check none reaches a log)."""
    return PASSWORDS
