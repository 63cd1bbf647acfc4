"""A PostgreSQL store's server restarted under the processes an operator keeps running (a failover, a minor
upgrade, `pg_ctl restart`): `genaiops serve` answers again once the database is back, without being restarted
itself. The cluster is this module's own (``own_cluster``, tests/store/conftest.py)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"


def _env(home: Path, url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(home.parent), GENAIOPS_HOME=str(home), GENAIOPS_STORE_URL=url, COLUMNS="200")
    env.update(GENAIOPS_WORKER_INTERVAL="0.2")
    return env


def _cli(home: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(GENAIOPS), *args], env=_env(home, url), capture_output=True, text=True, timeout=300, check=False
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str, token: str, timeout: float) -> httpx.Response | None:
    """The first 200 answer of GET /api/v1/runs within ``timeout`` seconds (None: none came)."""
    deadline, last = time.monotonic() + timeout, None
    while time.monotonic() < deadline:
        try:
            last = httpx.get(f"{url}/api/v1/runs", headers={"Authorization": f"Bearer {token}"}, timeout=5)
            if last.status_code == 200:
                return last
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    return None


def test_the_server_answers_again_after_postgresql_restarts(own_cluster, tmp_path) -> None:
    """`genaiops serve` on a PostgreSQL store; the database server restarts (every connection ended): within a few
    seconds of its return the API answers 200 again, and the server's log says its worker sweeps work again
    (before, every request and every sweep failed with "the connection is closed" until the server was
    restarted by hand); a restart while the server idles fails no request at all (a connection the server ended
    is found before a statement is sent on it)."""
    home, url = tmp_path / "home", own_cluster.new_database()
    made = _cli(home, url, "users", "add", "ops", "--role", "operator", "--no-password")
    assert made.returncode == 0, made.stderr
    token = _cli(home, url, "tokens", "create", "--user", "ops", "--label", "t").stdout.split()[-1]
    port = _free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(
            [str(GENAIOPS), "serve", "--port", str(port)], env=_env(home, url), stdout=out, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        assert _answers(base, token, 60) is not None, log.read_text()
        own_cluster.restart()
        time.sleep(1)  # a few of the server's sweeps meet the ended connections
        assert _answers(base, token, 30) is not None, log.read_text()[-3000:]
        assert server.poll() is None
        own_cluster.restart()  # while the server idles: no request fails, the connections it had are ended
        time.sleep(3)
        first = httpx.get(f"{base}/api/v1/runs", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        assert first.status_code == 200, (first.text, log.read_text()[-3000:])
        _health_while_down(own_cluster, base, log)
    finally:
        server.terminate()
        server.wait(timeout=30)


def _health(base: str, wanted: int, timeout: float) -> httpx.Response:
    deadline = time.monotonic() + timeout
    while (answer := httpx.get(f"{base}/api/v1/health", timeout=10)).status_code != wanted:
        assert time.monotonic() < deadline, answer.text
        time.sleep(0.2)
    return answer


def _health_while_down(cluster, base: str, log: Path) -> None:  # type: ignore[no-untyped-def]
    """The database server stopped (not restarted): /health 503 "not ready" with the reason within the probe's
    few seconds, the worker pauses (said once); started again: 200 ready, the worker resumes. Only SQLite's probe
    was tested before."""
    cluster.halt()
    try:
        said = _health(base, 503, 30).json()
        assert said["status"] == "not ready" and said["reason"], said
        time.sleep(1)  # sweeps and jobs pass: paused, said once
        assert log.read_text().count("the store does not answer, so the worker pauses") == 1, log.read_text()[-3000:]
    finally:
        cluster.resume()
    assert _health(base, 200, 30).json() == {"status": "ready", "reason": None}


STEPS = """
name: steps
tasks:
  - {id: a, tool: noop, args: {value: 1}}
  - {id: b, tool: noop, args: {value: 2}, after: [a]}
"""


def test_a_worker_outlives_a_postgresql_restart_and_takes_the_next_run(own_cluster, tmp_path) -> None:
    """`genaiops worker` idles on a PostgreSQL store; the database server restarts: the worker keeps running
    (one line on stderr says the store failed and that it tries again), and a run queued afterwards with
    `genaiops run --detach` is executed by it (before, the worker exited at its first poll after the restart,
    and queued runs waited for someone to start another)."""
    home, url = tmp_path / "home", own_cluster.new_database()
    scenario = tmp_path / "steps.yaml"
    scenario.write_text(STEPS, encoding="utf-8")
    first = _cli(home, url, "--quiet", "run", "--detach", str(scenario))  # makes the store: the worker needs one
    assert first.returncode == 0, first.stderr
    env = _env(home, url) | {"GENAIOPS_WORKER_POLL_SECONDS": "0.2"}
    worker = subprocess.Popen(
        [str(GENAIOPS), "worker"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        banner = worker.stdout.readline()  # type: ignore[union-attr]  # up and idle: its store is open
        assert banner.startswith("worker "), banner + worker.stderr.read()  # type: ignore[union-attr]
        time.sleep(1)
        own_cluster.restart()
        time.sleep(2)
        assert worker.poll() is None, worker.communicate()
        queued = _cli(home, url, "--quiet", "run", "--detach", str(scenario))
        assert queued.returncode == 0, queued.stderr
        run_id = queued.stdout.split()[1].rstrip(":")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            shown = _cli(home, url, "runs", "show", run_id, "-o", "json")
            if '"status": "succeeded"' in shown.stdout:
                break
            time.sleep(0.5)
        else:
            pytest.fail(f"the run was not executed: {shown.stdout[-500:]}{shown.stderr[-500:]}")
        assert worker.poll() is None
    finally:
        worker.terminate()
        out, err = worker.communicate(timeout=60)
    assert "Traceback" not in out + err
    assert "the store failed" in err and "trying again" in err, err
