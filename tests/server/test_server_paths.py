"""Where the server keeps its files is none of a caller's business: through a real `genaiops serve` on 127.0.0.1,
no answer of the API (documents, refusals, the chat desk's event stream) nor of the console's pages holds an
absolute path of the server's machine; files are named relative to the catalogue folder, or as $GENAIOPS_HOME/...,
and the CLI on the server's own machine keeps showing full paths."""

from __future__ import annotations

import json
import re
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
