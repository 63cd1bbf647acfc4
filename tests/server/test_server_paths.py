"""Where the server keeps its files is none of a caller's business: through a real `genaiops serve` on 127.0.0.1,
no answer of the API (documents, refusals, the chat desk's event stream) nor of the console's pages holds an
absolute path of the server's machine; files are named relative to the catalogue folder, or as $GENAIOPS_HOME/...,
and the CLI on the server's own machine keeps showing full paths."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

LOAD = """name: load-data
description: load a dataset the caller names
params:
  source: {description: a CSV file under the data roots}
tasks:
  - id: load
    tool: load_dataset
    args: {source: "${params.source}"}
"""
INCIDENT = Path(__file__).resolve().parents[2] / "scenarios" / "incident_response.yaml"
GATED = Path(__file__).parent / "gated.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"
ODD = 'cat\'s & "dog" \\ scenarios'
"""A catalogue folder whose name a page (``&#39;``, ``&amp;``, ``&#34;``) and JSON (``\\"``, ``\\\\``) escape."""
BAD_RULES = "rules:\n  - match: {severity: critical}\n    strat: no-such-scenario\n"


@pytest.fixture(scope="module")
def home(served):  # type: ignore[no-untyped-def]
    """The served home with a scenario that reads a named file and the repository's incident response in its
    catalogue, an alert rules file naming no scenario, and an account ``am`` holding the alert role."""
    (served.root / "scenarios" / "load.yaml").write_text(LOAD, encoding="utf-8")
    (served.root / "scenarios" / INCIDENT.name).write_text(INCIDENT.read_text(encoding="utf-8"), encoding="utf-8")
    (served.root / "home" / "alert_rules.yaml").write_text(BAD_RULES, encoding="utf-8")
    assert served.cli("users", "add", "am", "--role", "alerts", "--no-password").returncode == 0
    made = served.cli("tokens", "create", "--user", "am")
    served.tokens["am"] = made.stdout.strip().splitlines()[-1]
    return served


def _no_path(served, answer: httpx.Response | str, what: str) -> str:  # type: ignore[no-untyped-def]
    text = answer if isinstance(answer, str) else answer.text
    for root in {str(served.root), str(served.root.resolve())}:
        assert root not in text, f"{what} tells the caller {root}: {text[:2000]}"
    return text


def _replies(served, who: str, cid: str, text: str) -> str:  # type: ignore[no-untyped-def]
    url = f"{served.url}/api/v1/conversations/{cid}/messages"
    headers = {"Authorization": f"Bearer {served.tokens[who]}"}
    with httpx.stream("POST", url, json={"text": text}, headers=headers, timeout=300) as answer:
        assert answer.status_code == 200
        return "".join(answer.iter_text())


def test_no_api_answer_tells_the_caller_a_path_of_the_servers_machine(home):
    """A run's source (GET /runs, /runs/ID: the catalogue's file name), the unknown-scenario 404 (GET and POST),
    a parameter naming a file outside the data roots (the roots' hint), a scenario that does not validate, the chat
    desk's plan (its file) and the alert rules' errors answer without the home's absolute path."""
    run_id, approval = home.start_paused()
    rows = home.api("bob", "GET", "/runs")
    assert [r["source"] for r in rows.json() if r["run_id"] == run_id] == ["gated.yaml"]
    _no_path(home, rows, "GET /runs")
    detail = home.api("bob", "GET", f"/runs/{run_id}")
    assert detail.json()["source"] == "gated.yaml"
    _no_path(home, detail, "GET /runs/ID")
    for path in ("/approvals", f"/approvals/{approval}", "/scenarios", "/scenarios/gated", "/audit"):
        _no_path(home, home.api("alice", "GET", path), f"GET {path}")
    missing = home.api("bob", "GET", "/scenarios/nope")
    assert missing.status_code == 404 and "$GENAIOPS_SCENARIOS_DIR" in missing.json()["detail"]
    _no_path(home, missing, "the unknown scenario's 404")
    _no_path(home, home.api("bob", "POST", "/runs", json={"scenario": "nope"}), "POST /runs of an unknown scenario")
    outside = home.api("bob", "POST", "/runs", json={"scenario": "load", "params": {"source": "/etc/hosts.csv"}})
    assert outside.status_code == 422 and "$GENAIOPS_HOME" in outside.text, outside.text
    _no_path(home, outside, "the data roots' hint")
    cid = home.api("bob", "POST", "/conversations").json()["conversation_id"]
    plan = _replies(home, "bob", cid, "checkout p99 latency is high since 10:00, find out why")
    assert '"file":"incident_response.yaml"' in plan.replace(" ", ""), plan
    _no_path(home, plan, "the chat desk's plan")
    _no_path(home, home.api("bob", "GET", f"/conversations/{cid}"), "a conversation")
    alert = {"status": "firing", "startsAt": "2026-12-01T10:00:00Z", "fingerprint": "paths1",
             "labels": {"alertname": "Down", "service": "svc", "severity": "critical"}}  # fmt: skip
    firing = {"version": "4", "status": "firing", "alerts": [alert]}
    taken = httpx.post(f"{home.url}/api/v1/alerts/alertmanager", json=firing, timeout=60,
                       headers={"Authorization": f"Bearer {home.tokens['am']}"})  # fmt: skip
    assert "alert_rules.yaml" in taken.text, taken.text
    _no_path(home, taken, "the alert rules' errors")
    for path in ("/alerts", "/alerts/incidents"):
        _no_path(home, home.api("bob", "GET", path), f"GET {path}")


def test_no_console_page_tells_a_path_of_the_servers_machine(home, passwords: dict[str, Any]):
    """Signed in, the console's pages (runs, a run, approvals, an approval, scenarios, a scenario, audit,
    schedules, an unknown scenario) hold no absolute path of the server's machine."""
    run_id, approval = home.start_paused()
    with httpx.Client(base_url=home.url, follow_redirects=False, timeout=120) as browser:
        token = re.search(r'name="csrf" value="([^"]+)"', browser.get("/signin").text).group(1)
        signed = browser.post("/signin", data={"username": "alice", "password": passwords["alice"], "csrf": token})
        assert signed.status_code == 303
        pages = ("/", "/runs", f"/runs/{run_id}", "/approvals", f"/approvals/{approval}", "/scenarios",
                 "/scenarios/gated", "/scenarios/load", "/scenarios/nope", "/audit", "/schedules", "/chat")  # fmt: skip
        for page in pages:
            _no_path(home, browser.get(page), f"the console's {page}")
        _no_path(home, browser.get(f"/live/runs/{run_id}"), "the run page's live stream")


def test_the_cli_on_the_servers_machine_keeps_the_full_path(home):
    """`genaiops runs list -o json` over the home itself (not through the server) still names the file in full."""
    listed = home.cli("runs", "list", "--output", "json")
    assert listed.returncode == 0, listed.stderr
    sources = {r["source"] for r in json.loads(listed.stdout)}
    assert str((home.root / "scenarios" / "gated.yaml").resolve()) in sources


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def elsewhere(tmp_path_factory, genaiops_serve):  # type: ignore[no-untyped-def]
    """A server whose store (GENAIOPS_STORE_URL), approval policy overlay (GENAIOPS_POLICY_FILE) and alert rules
    (GENAIOPS_ALERT_RULES_FILE) are files outside its home, catalogue and data roots, and whose catalogue folder's
    name has characters pages and JSON escape (ODD); bob (operator) and am (alerts) hold a token each. Yields
    (url, env, tokens, root)."""
    root = tmp_path_factory.mktemp("elsewhere")
    for folder in (ODD, "store", "policies", "rules"):
        (root / folder).mkdir()
    (root / ODD / "gated.yaml").write_text(GATED.read_text(encoding="utf-8"), encoding="utf-8")
    (root / "policies" / "tight.yaml").write_text("tiers: {medium: {approvals: 2}}\n", encoding="utf-8")
    (root / "rules" / "alert_rules.yaml").write_text(BAD_RULES, encoding="utf-8")
    drop = ("GENAIOPS_USER", "GENAIOPS_SERVER_URL", "GENAIOPS_TOKEN")
    env = {k: v for k, v in os.environ.items() if k not in drop} | {
        "HOME": str(root / "user"),
        "GENAIOPS_HOME": str(root / "home"),
        "GENAIOPS_SCENARIOS_DIR": str(root / ODD),
        "GENAIOPS_STORE_URL": f"sqlite:///{root / 'store' / 'genaiops.db'}",
        "GENAIOPS_POLICY_FILE": str(root / "policies" / "tight.yaml"),
        "GENAIOPS_ALERT_RULES_FILE": str(root / "rules" / "alert_rules.yaml"),
        "GENAIOPS_WORKER_INTERVAL": "0.2",
    }
    tokens = {}
    for name, role in (("bob", "operator"), ("am", "alerts")):
        added = subprocess.run([str(GENAIOPS), "users", "add", name, "--role", role, "--password-stdin"], env=env,
                               input="elsewhere-pass-4k\n", capture_output=True, text=True, timeout=120)  # fmt: skip
        assert added.returncode == 0, added.stderr
        tokens[name] = _cli(env, "tokens", "create", "--user", name).stdout.strip().splitlines()[-1]
    with genaiops_serve(env, root / "server.log", ready="/api/v1/openapi.json") as server:
        yield server.url, env, tokens, root


def test_no_answer_names_the_store_policy_or_rules_files_kept_elsewhere(elsewhere) -> None:  # noqa: ANN001
    """With the store, the policy overlay and the alert rules outside the home: a start the store refuses (503),
    the alert rules' errors, runs, approvals, the audit and the catalogue answer without their absolute paths
    (the files read as $GENAIOPS_STORE_URL, $GENAIOPS_POLICY_FILE, $GENAIOPS_ALERT_RULES_FILE), and the catalogue
    folder, whose name JSON and the pages escape, reads as $GENAIOPS_SCENARIOS_DIR."""
    url, env, tokens, root = elsewhere

    def api(who: str, method: str, path: str, **kw: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {tokens[who]}"}
        answer = httpx.request(method, f"{url}/api/v1{path}", headers=headers, timeout=60, **kw)
        for spelt in {str(root), str(root.resolve())}:
            assert spelt not in answer.text, f"{method} {path} tells the caller {spelt}: {answer.text[:2000]}"
        return answer

    started = api("bob", "POST", "/runs", json={"scenario": "gated"})
    assert started.status_code == 202, started.text
    db = root / "store" / "genaiops.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TRIGGER no_runs BEFORE INSERT ON runs BEGIN SELECT RAISE(ABORT, 'injected'); END")
    try:
        refused = api("bob", "POST", "/runs", json={"scenario": "gated"})
    finally:
        with sqlite3.connect(db) as conn:
            conn.execute("DROP TRIGGER no_runs")
    assert refused.status_code == 503 and "$GENAIOPS_STORE_URL" in refused.json()["detail"], refused.text
    alert = {"status": "firing", "startsAt": "2026-12-01T10:00:00Z", "fingerprint": "paths2",
             "labels": {"alertname": "Down", "service": "svc", "severity": "critical"}}  # fmt: skip
    taken = api("am", "POST", "/alerts/alertmanager", json={"version": "4", "status": "firing", "alerts": [alert]})
    assert "$GENAIOPS_ALERT_RULES_FILE" in taken.text, taken.text
    run_id = started.json()["run_id"]
    for path in ("/runs", f"/runs/{run_id}", "/approvals", "/audit", "/audit/verify", "/scenarios", "/alerts",
                 "/alerts/incidents", "/schedules", "/models", "/models/nope", "/scenarios/nope", "/me"):  # fmt: skip
        api("bob", "GET", path)
    missing = api("bob", "GET", "/scenarios/nope")
    assert missing.status_code == 404 and "$GENAIOPS_SCENARIOS_DIR" in missing.json()["detail"], missing.text
    api("bob", "POST", "/runs", json={"scenario": "nope"})
    with httpx.Client(base_url=url, follow_redirects=False, timeout=120) as browser:
        token = re.search(r'name="csrf" value="([^"]+)"', browser.get("/signin").text).group(1)
        signed = browser.post("/signin", data={"username": "bob", "password": "elsewhere-pass-4k", "csrf": token})
        assert signed.status_code == 303
        for page in ("/", "/runs", f"/runs/{run_id}", "/approvals", "/scenarios", "/scenarios/gated", "/audit",
                     "/schedules", "/scenarios/nope"):  # fmt: skip
            text = browser.get(page).text
            for spelt in {str(root), str(root.resolve())}:
                at = text.find(spelt)
                assert at < 0, f"the console's {page} tells {spelt}: {text[max(0, at - 300) : at + 300]}"


@pytest.fixture(scope="module")
def split_stream(tmp_path_factory):  # type: ignore[no-untyped-def]
    """HidePaths in front of a stream that sends a home's path (raw, then as JSON escapes it) in two parts cut at
    ``?at=N``, served on 127.0.0.1. Yields (url, the home)."""
    import asyncio
    import threading

    import uvicorn

    from genaiops.server.paths_shown import HidePaths
    from genaiops.settings import Settings

    home = tmp_path_factory.mktemp("split") / ODD
    text = f"event: reply\ndata: {json.dumps({'at': str(home / 'logs')})}\n\nin {home} now\n".encode()

    async def stream(scope: dict[str, Any], receive: Any, send: Any) -> None:
        at = int(scope["query_string"].decode().removeprefix("at="))
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/event-stream")]})
        await send({"type": "http.response.body", "body": text[:at], "more_body": True})
        await send({"type": "http.response.body", "body": text[at:], "more_body": False})

    server = uvicorn.Server(uvicorn.Config(HidePaths(stream, Settings(home=home)), host="127.0.0.1", port=0,
                                           log_level="error", lifespan="off"))  # fmt: skip
    thread = threading.Thread(target=asyncio.run, args=(server.serve(),), daemon=True)
    thread.start()
    while not server.started:
        thread.join(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}", home, len(text)
    server.should_exit = True
    thread.join(10)


def test_a_path_split_between_two_streamed_parts_is_hidden_whole(split_stream) -> None:  # noqa: ANN001
    """Cut anywhere, a streamed answer naming the home (as JSON escapes it, and as written) reads $GENAIOPS_HOME
    whole: the part that may begin a path waits for the next one."""
    url, home, length = split_stream
    with httpx.Client(timeout=30) as client:
        for at in range(length + 1):
            said = client.get(f"{url}/?at={at}").text
            assert said == 'event: reply\ndata: {"at": "$GENAIOPS_HOME/logs"}\n\nin $GENAIOPS_HOME now\n', (at, said)
