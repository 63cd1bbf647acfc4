"""A server the store refuses for good stops its worker instead of retrying forever, through a real `genaiops
serve` on 127.0.0.1 with `genaiops audit rotate-key` run under it: the worker's next ledger write (closing an
expired request) is refused, the log says the cause and the fix once, and GET /api/v1/health answers 503 "not
ready" with the reason (200 "ready" before, and 503 while the store's file is moved away), POST /runs, resume,
cancel, decisions, the desk and the alerts webhook answer 503 with that reason up front (nothing tried), the CLI
against the server says the server is not ready with it, and the console says it above every page."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

GENAIOPS = Path(sys.executable).parent / "genaiops"
GATED = (Path(__file__).parent / "gated.yaml").read_text(encoding="utf-8")


def _cli(env: dict[str, str], *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(GENAIOPS), *args], env=env, input=input, capture_output=True, text=True, timeout=120)


PAUSED = "the store does not answer, so the worker pauses"
RESUMED = "the store answers again, so the worker resumes"


def _store_gone_and_back(db: Path, health: str, headers: dict[str, str], log: Path) -> None:
    """The store's file moved away under the server (its connection still writes to it, where nothing reads it
    again): /health turns 503 naming the file and the fix within the probe's few seconds, POST /runs answers
    that 503 (it started a run whose writes were lost), and the worker pauses its sweeps and jobs, saying so once
    however many sweeps pass, so the moved-away file takes no writes; moved back, ready, and the worker resumes."""
    away = db.with_name("moved-away.db")
    db.rename(away)
    try:
        deadline = time.monotonic() + 30
        while (answer := httpx.get(health, timeout=30)).status_code == 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert answer.status_code == 503, answer.text
        said = answer.json()
        assert said["status"] == "not ready" and "store's file $GENAIOPS_HOME/genaiops.db is gone" in said["reason"]
        runs = health.replace("/health", "/runs")
        refused = httpx.post(runs, json={"scenario": "gated"}, headers=headers, timeout=60)
        assert (refused.status_code, refused.json()) == (503, {"detail": said["reason"]}), refused.text
        time.sleep(1.0)  # five sweeps
        assert log.read_text().count(PAUSED) == 1, log.read_text()[-3000:]
        assert RESUMED not in log.read_text()
    finally:
        away.rename(db)
    deadline = time.monotonic() + 30
    while (answer := httpx.get(health, timeout=30)).status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert answer.json() == {"status": "ready", "reason": None}, answer.text
    deadline = time.monotonic() + 30
    while RESUMED not in log.read_text() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert log.read_text().count(RESUMED) == 1 and log.read_text().count(PAUSED) == 1, log.read_text()[-3000:]


EXPIRY = "allow_claimed_identities: true\ntiers: {medium: {approvals: 1, expires_after_hours: 0.002}}\n"  # 7.2 s


def test_a_rotated_key_stops_the_servers_worker_and_health_says_why(tmp_path: Path, genaiops_serve: Any) -> None:
    """Before: /health 200 ready. A run pauses at its gate (its request expires in ~7 s); `audit rotate-key`
    runs under the server; at the expiry the worker's sweep is refused: /health 503 'not ready' naming the rotated
    key and the fix (copy keys/ledger.key, restart `genaiops serve`), logged once however many intervals pass; the
    console shows it above every page."""
    (tmp_path / "scenarios").mkdir()
    (tmp_path / "scenarios" / "gated.yaml").write_text(GATED, encoding="utf-8")
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / "policy.yaml").write_text(EXPIRY, encoding="utf-8")
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN", "GENAIOPS_STORE_URL", "GENAIOPS_POLICY_FILE")
    env = {k: v for k, v in os.environ.items() if k not in drop} | {
        "HOME": str(tmp_path / "user"),
        "GENAIOPS_HOME": str(tmp_path / "home"),
        "GENAIOPS_SCENARIOS_DIR": str(tmp_path / "scenarios"),
        "GENAIOPS_WORKER_INTERVAL": "0.2",
    }
    added = _cli(env, "users", "add", "bob", "--role", "operator", "--role", "alerts", "--password-stdin",
                 input="bob-pass-9q2m\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    token = _cli(env, "tokens", "create", "--user", "bob").stdout.strip().splitlines()[-1]
    log = tmp_path / "server.log"
    with genaiops_serve(env, log, ready="/api/v1/openapi.json") as server:
        health = f"{server.url}/api/v1/health"
        assert httpx.get(health, timeout=30).json() == {"status": "ready", "reason": None}
        headers = {"Authorization": f"Bearer {token}"}
        _store_gone_and_back(
            tmp_path / "home" / "genaiops.db", health, headers, tmp_path / "home" / "logs" / "genaiops.log"
        )
        started = httpx.post(f"{server.url}/api/v1/runs", json={"scenario": "gated"}, headers=headers, timeout=60)
        assert started.status_code == 202, started.text
        rotated = _cli(env, "audit", "rotate-key")
        assert rotated.returncode == 0, rotated.stdout + rotated.stderr
        deadline = time.monotonic() + 60
        while (answer := httpx.get(health, timeout=30)).status_code == 200 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert answer.status_code == 503, answer.text
        said = answer.json()
        assert said["status"] == "not ready" and "audit rotate-key" in said["reason"], said
        assert "copy keys/ledger.key" in said["reason"] and "genaiops serve" in said["reason"], said
        runs = httpx.get(f"{server.url}/api/v1/runs", headers=headers, timeout=30).json()
        again = httpx.post(f"{server.url}/api/v1/runs", json={"scenario": "gated"}, headers=headers, timeout=60)
        assert (again.status_code, again.json()) == (503, {"detail": said["reason"]}), again.text
        assert httpx.get(f"{server.url}/api/v1/runs", headers=headers, timeout=30).json() == runs
        run_id = started.json()["run_id"]
        (asked,) = httpx.get(f"{server.url}/api/v1/approvals", params={"scope": "all", "status": "any"},
                             headers=headers, timeout=30).json()  # fmt: skip
        decision = {"reason": "go", "args_hash": asked["args_hash"]}
        for path, body in [(f"/runs/{run_id}/resume", None), (f"/runs/{run_id}/cancel", {"reason": "stop"}),
                           (f"/approvals/{asked['id']}/approve", decision), ("/conversations", None),
                           ("/alerts/alertmanager", {"alerts": []})]:  # fmt: skip
            refused = httpx.post(f"{server.url}/api/v1{path}", json=body, headers=headers, timeout=60)
            assert (refused.status_code, refused.json()) == (503, {"detail": said["reason"]}), (path, refused.text)
            assert refused.headers["GenAIOps-Not-Ready"] == "true"
        remote = env | {"GENAIOPS_SERVER_URL": server.url, "GENAIOPS_TOKEN": token}
        for args in (("resume", run_id), ("approvals", "approve", asked["id"], "--reason", "go")):
            cli = _cli(remote, *args)
            assert cli.returncode == 2 and "is not ready, so it did nothing" in cli.stderr, cli.stdout + cli.stderr
            assert "audit rotate-key" in cli.stderr, cli.stderr
        time.sleep(1.0)  # five worker intervals: the refusal is not logged again
        assert httpx.get(health, timeout=30).status_code == 503
        with httpx.Client(base_url=server.url, timeout=30) as browser:  # the console says it on every page
            form = browser.get("/signin").text
            csrf = re.search(r'name="csrf" value="([^"]+)"', form).group(1)  # type: ignore[union-attr]
            signed = browser.post("/signin", data={"username": "bob", "password": "bob-pass-9q2m", "csrf": csrf,
                                                   "next": "/runs"})  # fmt: skip
            assert signed.status_code == 303, signed.text
            page = browser.get("/runs").text
        assert "The store refuses this server" in page and "audit rotate-key" in page, page[:3000]
    logged = (tmp_path / "home" / "logs" / "genaiops.log").read_text() + log.read_text()
    assert logged.count("the store refuses this server") == 2, logged[-3000:]  # once in the file, once on stderr
    assert "worker sweep:" not in logged, logged[-3000:]
