"""What the server's tests share: polling without fixed sleeps (``wait_for``), `genaiops serve` started for real
in its own process (``genaiops_serve``), and a served tmp home (``served``) with the accounts alice and bob (role
operator) and a token each, made with the CLI, whose catalogue holds ``gated.yaml``: ``Served`` runs the CLI
(locally or against the server as someone) and calls the API."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"


def wait_for(check: Callable[[], Any], what: str, timeout: float = 60.0) -> Any:
    """Poll ``check`` until it returns something truthy (no fixed sleeps)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(name="wait_for", scope="session")
def _wait_for() -> Callable[..., Any]:
    """``wait_for(check, what, timeout=60)``: see the function of that name."""
    return wait_for


@dataclass(frozen=True)
class Serving:
    url: str
    process: subprocess.Popen


@contextmanager
def serving(env: dict[str, str], log: Path, ready: str = "/signin", args: tuple[str, ...] = ()) -> Iterator[Serving]:
    """`genaiops serve` (with ``args``) on a free port of 127.0.0.1 with ``env``, its output in ``log``; yields its
    URL and process once ``ready`` answers 200, and stops it (SIGINT, as Ctrl-C) at the end unless it has
    stopped."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with log.open("w") as out:
        process = subprocess.Popen(
            [str(GENAIOPS), "serve", "--port", str(port), *args], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _answers(f"{url}{ready}", process, log), "genaiops serve to answer", timeout=90)
        yield Serving(url, process)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _answers(url: str, process: subprocess.Popen, log: Path) -> bool:
    if process.poll() is not None:
        raise AssertionError(f"genaiops serve exited {process.returncode}:\n{log.read_text()}")
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture(name="genaiops_serve", scope="session")
def _genaiops_serve() -> Callable[..., Any]:
    """``with genaiops_serve(env, log) as url:``: see ``serving``."""
    return serving


GATED = (Path(__file__).parent / "gated.yaml").read_text(encoding="utf-8")
PASSWORDS = {"alice": "alice-pass-7f3k", "bob": "bob-pass-9q2m"}


def run_cli(env: dict[str, str], *args: str, input: str | None = None, **extra: str) -> subprocess.CompletedProcess:
    """Run the genaiops command line in its own process."""
    return subprocess.run(
        [str(GENAIOPS), *args], env=env | extra, input=input, capture_output=True, text=True, timeout=120
    )


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


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Served]:
    """The served home; a test module's ``SERVED_ENV`` (a dict) adds settings to its server's environment."""
    root = tmp_path_factory.mktemp("served")
    (root / "scenarios").mkdir()
    (root / "scenarios" / "gated.yaml").write_text(GATED, encoding="utf-8")
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE")
    env = (
        {k: v for k, v in os.environ.items() if k not in drop}
        | {
            "HOME": str(root / "user"),
            "GENAIOPS_HOME": str(root / "home"),
            "GENAIOPS_SCENARIOS_DIR": str(root / "scenarios"),
            "GENAIOPS_WORKER_INTERVAL": "0.2",
            "COLUMNS": "200",
        }
        | getattr(request.module, "SERVED_ENV", {})
    )
    tokens = {}
    for name, password in PASSWORDS.items():
        added = run_cli(env, "users", "add", name, "--role", "operator", "--password-stdin", input=password + "\n")
        assert added.returncode == 0, added.stderr
        made = run_cli(env, "tokens", "create", "--user", name)
        assert made.returncode == 0, made.stderr
        tokens[name] = made.stdout.strip().splitlines()[-1]
    log = root / "server.log"
    with serving(env, log, ready="/api/v1/openapi.json") as server:
        yield Served(server.url, env, tokens, log, server.process, root)


@pytest.fixture(scope="module")
def passwords() -> dict[str, str]:
    """The passwords of the served accounts (to check none reaches a log)."""
    return PASSWORDS
