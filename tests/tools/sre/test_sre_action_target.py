"""Remediations through a real HTTP action target (GENAIOPS_ACTION_URL): the request the target receives, dry runs
that apply nothing, a retried task that sends the same key, clear errors naming the setting for every bad answer,
and the operator's flow through the CLI process (dry run, a person approves, the action is applied once)."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from genaiops.errors import SettingsError, ToolExecutionError
from genaiops.ids import idempotency_key
from genaiops.registry import ToolContext
from genaiops.secret_refs import SecretStore
from genaiops.tools import load_tools
from genaiops.tools.sre.environment import TargetedEnvironment, http_target
from genaiops.tools.sre.simulate import build_environment

GENAIOPS = Path(sys.executable).parent / "genaiops"
AT = datetime(2026, 1, 5, 10, 20, tzinfo=UTC)
TOKEN = "s3cret-deploy-token"


class ActionService:
    """``/actions`` applies each idempotency key once (a repeat answers ``applied: false``); ``/broken`` answers
    500, ``/junk`` an HTML page, ``/actions`` without the token 401 and ``/forbidden`` 403."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.applied: dict[str, dict] = {}
        service = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                return

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                service.requests.append({"method": "GET", "path": self.path, "auth": self.headers["Authorization"]})
                self._answer(*service.answer_get(self.path, self.headers["Authorization"]))

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                body = json.loads(raw) if raw else None
                seen = {"method": "POST", "path": self.path, "auth": self.headers["Authorization"], "body": body}
                seen["idempotency_header"] = self.headers["Idempotency-Key"]
                service.requests.append(seen)
                self._answer(*service.answer_post(self.path, self.headers["Authorization"], body))

            def _answer(self, code: int, payload: str, kind: str = "application/json") -> None:
                data = payload.encode()
                self.send_response(code)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def answer_get(self, path: str, auth: str | None) -> tuple[int, str]:
        denied = self._denied(path, auth)
        return denied or (405, json.dumps({"error": "POST actions here"}))

    def answer_post(self, path: str, auth: str | None, body: dict | None) -> tuple[int, str, str]:
        if path == "/broken":
            return 500, "internal error: database is down", "text/plain"
        if path == "/junk":
            return 200, "<html><body>Welcome to nginx!</body></html>", "text/html"
        denied = self._denied(path, auth)
        if denied:
            return (*denied, "application/json")
        assert body is not None
        key = body["idempotency_key"]
        if body["dry_run"]:
            detail = f"would {body['action']} {body['service']} (2 pods)"
            return 200, json.dumps({"applied": False, "detail": detail}), "application/json"
        if key in self.applied:
            return 200, json.dumps({"applied": False, "detail": "already done under this key"}), "application/json"
        self.applied[key] = body
        done = f"{body['action']} {body['service']}: done"
        return 200, json.dumps({"applied": True, "detail": done}), "application/json"

    @staticmethod
    def _denied(path: str, auth: str | None) -> tuple[int, str] | None:
        if path == "/forbidden":
            return 403, json.dumps({"error": "forbidden"})
        if auth != f"Bearer {TOKEN}":
            return 401, json.dumps({"error": "unauthorized"})
        return None

    def posts(self, *, dry_run: bool | None = None) -> list[dict]:
        """The POSTed bodies (only dry runs, or only applies, when asked)."""
        bodies = [r["body"] for r in self.requests if r["method"] == "POST"]
        return [b for b in bodies if dry_run is None or b["dry_run"] is dry_run]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def service():
    running = ActionService()
    yield running
    running.close()


@pytest.fixture
def fresh(service):
    """The service with no requests recorded yet."""
    service.requests.clear()
    service.applied.clear()
    return service


def secrets_with(token: str | None, tmp_path: Path) -> SecretStore:
    return SecretStore({"GENAIOPS_SECRET_DEPLOY_TOKEN": token} if token else {}, tmp_path / "secrets")


def environment(url: str, tmp_path: Path, token: str | None = TOKEN) -> TargetedEnvironment:
    target = http_target(url, "secret://DEPLOY_TOKEN", secrets_with(token, tmp_path), timeout=5)
    return TargetedEnvironment(build_environment(), target)


def call(tool: str, args: dict, env: TargetedEnvironment, key: str = "k-1"):
    ctx = ToolContext(run_id="run-x", task_id="t", idempotency_key=key, now=AT, resources={"environment": env})
    return load_tools().get(tool).invoke(args, ctx)


# --- the request, dry runs, retries -------------------------------------------------------------------------------


def test_a_remediation_is_one_post_naming_action_service_arguments_key_and_dry_run(fresh, tmp_path):
    """fail_over_service POSTs the action, service, arguments, the task's key and dry_run false, with the bearer
    token and an Idempotency-Key header; the receipt says the target applied it."""
    result = call("fail_over_service", {"service": "profile"}, environment(f"{fresh.url}/actions", tmp_path))
    (request,) = [r for r in fresh.requests if r["method"] == "POST"]
    assert request["body"] == {
        "action": "fail_over",
        "service": "profile",
        "arguments": {"region": "eu-central-1"},
        "idempotency_key": "k-1",
        "dry_run": False,
        "requested_at": "2026-01-05T10:20:00+00:00",
    }
    assert request["auth"] == f"Bearer {TOKEN}" and request["idempotency_header"] == "k-1"
    receipt = result.receipt
    assert (receipt.applied, receipt.dry_run, receipt.target) == (True, False, f"{fresh.url}/actions")
    assert receipt.detail == "fail_over profile: done"


def test_dry_run_remediation_asks_the_target_and_applies_nothing(fresh, tmp_path):
    """dry_run_remediation sends dry_run true and reports what the target would do; the target applied nothing."""
    result = call(
        "dry_run_remediation",
        {"kind": "clear_cache", "service": "fraud"},
        environment(f"{fresh.url}/actions", tmp_path),
    )
    assert [b["dry_run"] for b in fresh.posts()] == [True]
    assert fresh.applied == {}
    assert result.target_dry_run.detail == "would clear_cache fraud (2 pods)"
    assert result.target_dry_run.applied is False and result.risk in ("low", "medium", "high")


def test_a_retried_task_in_a_new_process_sends_the_same_key_and_applies_once(fresh, tmp_path):
    """The same task retried by another process (a fresh target object) sends the same key; the target applies
    it once and the retry's receipt says applied false."""
    url = f"{fresh.url}/actions"
    first = call("clear_cache", {"service": "geo"}, environment(url, tmp_path), key="task-key")
    again = call("clear_cache", {"service": "geo"}, environment(url, tmp_path), key="task-key")
    assert [b["idempotency_key"] for b in fresh.posts(dry_run=False)] == ["task-key", "task-key"]
    assert list(fresh.applied) == ["task-key"]
    assert (first.receipt.applied, again.receipt.applied) == (True, False)


def test_the_http_target_is_not_a_drill(tmp_path):
    """An environment acting through the HTTP target is a real system (drill False); the simulator is a drill."""
    assert environment("http://127.0.0.1:9/actions", tmp_path).drill is False
    assert build_environment().drill is True


# --- bad answers and bad settings ---------------------------------------------------------------------------------

BAD_ANSWERS = [
    pytest.param("http://127.0.0.1:{port}/actions", TOKEN, ["GENAIOPS_ACTION_URL=", "cannot reach"], id="unreachable"),
    pytest.param(
        "{url}/actions", "wrong-token", ["GENAIOPS_ACTION_TOKEN", "HTTP 401", "secret://DEPLOY_TOKEN"], id="401"
    ),
    pytest.param("{url}/forbidden", TOKEN, ["GENAIOPS_ACTION_TOKEN", "HTTP 403"], id="403"),
    pytest.param("{url}/broken", TOKEN, ["GENAIOPS_ACTION_URL=", "HTTP 500", "database is down"], id="500"),
    pytest.param("{url}/junk", TOKEN, ["GENAIOPS_ACTION_URL=", "not a JSON object", "nginx"], id="junk"),
    pytest.param("{url}/actions", None, ["GENAIOPS_ACTION_TOKEN=secret://DEPLOY_TOKEN", "is not set"], id="no-secret"),
]


@pytest.mark.parametrize(("url", "token", "fragments"), BAD_ANSWERS)
def test_a_bad_answer_is_a_clear_error_naming_the_setting(fresh, tmp_path, free_port, url, token, fragments):
    """Unreachable, 401, 403, 500, junk or an unset secret: the remediation fails with one message naming the
    setting and the fix; the token's value never appears in it."""
    target_url = url.format(url=fresh.url, port=free_port())
    with pytest.raises(ToolExecutionError) as caught:
        call("clear_cache", {"service": "fraud"}, environment(target_url, tmp_path, token))
    message = str(caught.value)
    for fragment in fragments:
        assert fragment in message, message
    assert TOKEN not in message and "wrong-token" not in message
    assert fresh.applied == {}


@pytest.mark.parametrize(
    ("url", "token", "fragment"),
    [
        ("deploy.internal/api", "secret://T", "not an http(s) URL"),
        ("https://admin:pw@deploy.internal/api", "secret://T", "holds credentials"),
        ("https://deploy.internal/api", TOKEN, "must be a secret://NAME reference"),
    ],
)
def test_a_malformed_setting_is_a_settings_error_that_never_repeats_the_token(tmp_path, url, token, fragment):
    """A URL that is not http(s), credentials in the URL, or a token in clear: SettingsError naming the setting."""
    with pytest.raises(SettingsError, match=re.escape(fragment)) as caught:
        http_target(url, token, secrets_with(None, tmp_path))
    assert TOKEN not in str(caught.value) and "pw" not in str(caught.value)


# --- through the CLI process --------------------------------------------------------------------------------------

SCENARIO = """\
name: clear-fraud-cache
description: Dry-run, then clear the fraud service's cache through the deploy API (a person approves).
at: "2026-01-05T10:20:00Z"
tasks:
  - id: plan
    tool: dry_run_remediation
    args: {kind: clear_cache, service: fraud}
  - id: clear
    tool: clear_cache
    args: {service: fraud}
    after: [plan]
expect:
  status: succeeded
  outputs:
    clear.receipt.applied: true
"""


def genaiops(env: dict[str, str], *args: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(GENAIOPS), *map(str, args)], capture_output=True, text=True, env=env, timeout=120, check=False
    )


@pytest.fixture
def cli_env(tmp_path) -> dict[str, str]:
    """The process environment of an operator whose home points remediations at the test service."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(
        GENAIOPS_HOME=os.environ["GENAIOPS_HOME"],  # the conftest's drill home: --as names people
        GENAIOPS_USER="bob",
        GENAIOPS_GUARDRAILS="off",
        GENAIOPS_ACTION_TOKEN="secret://DEPLOY_TOKEN",
        GENAIOPS_SECRET_DEPLOY_TOKEN=TOKEN,
        COLUMNS="200",
    )
    return env


def scenario_file(tmp_path: Path, text: str = SCENARIO) -> Path:
    path = tmp_path / "clear_cache.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def runs_recorded(home: str) -> int:
    db = Path(home) / "genaiops.db"
    if not db.exists():
        return 0
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT COUNT(*) FROM runs").fetchone()[0]


def test_dry_run_then_an_approved_apply_reaches_the_target_exactly_once(fresh, tmp_path, cli_env):
    """`scenario run` dry-runs at the target and pauses at the gate (no scripted approval for a real target);
    alice approves with `genaiops approvals approve`; `resume` applies: the service saw one dry run and exactly one
    apply, under the clear task's idempotency key, with the documented body."""
    env = {**cli_env, "GENAIOPS_ACTION_URL": f"{fresh.url}/actions"}
    started = genaiops(env, "scenario", "run", scenario_file(tmp_path))
    assert started.returncode == 3, started.stdout + started.stderr
    run_id = re.search(r"run (run-\S+): paused", started.stdout).group(1)
    approval_id = re.search(r"(ap-[0-9a-f]{12})", started.stdout).group(1)
    assert [b["dry_run"] for b in fresh.posts()] == [True] and fresh.applied == {}

    approved = genaiops(env, "approvals", "approve", approval_id, "--as", "alice", "--reason", "INC-7: cache poisoned")
    assert approved.returncode == 0, approved.stdout + approved.stderr
    assert fresh.posts(dry_run=False) == []
    resumed = genaiops(env, "resume", run_id)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"run {run_id}: succeeded" in resumed.stdout

    (applied,) = fresh.posts(dry_run=False)
    assert applied == {
        "action": "clear_cache",
        "service": "fraud",
        "arguments": {},
        "idempotency_key": idempotency_key(run_id, "clear"),
        "dry_run": False,
        "requested_at": "2026-01-05T10:20:00+00:00",
    }
    (dry,) = fresh.posts(dry_run=True)
    assert dry["idempotency_key"] == idempotency_key(run_id, "plan")
    assert TOKEN not in json.dumps(dump_store(env["GENAIOPS_HOME"]))


def dump_store(home: str) -> list:
    with closing(sqlite3.connect(Path(home) / "genaiops.db")) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return [con.execute(f"SELECT * FROM {t}").fetchall() for t in tables]


def test_a_scripted_approval_is_refused_for_the_real_target(fresh, tmp_path, cli_env):
    """A scenario whose `approvals:` would decide the remediation is refused (exit 2) when the target is real."""
    text = SCENARIO + "approvals:\n  - {task: clear, approver: alice, reason: scripted}\n"
    env = {**cli_env, "GENAIOPS_ACTION_URL": f"{fresh.url}/actions"}
    result = genaiops(env, "scenario", "run", scenario_file(tmp_path, text))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "scripted approvals" in result.stderr and "environment" in result.stderr
    assert fresh.posts() == []


@pytest.mark.parametrize(
    ("url", "extra", "fragments"),
    [
        ("http://127.0.0.1:{port}/actions", {}, ["GENAIOPS_ACTION_URL=http://127.0.0.1:", "cannot reach"]),
        ("{url}/actions", {"GENAIOPS_SECRET_DEPLOY_TOKEN": "wrong"}, ["GENAIOPS_ACTION_TOKEN", "HTTP 401"]),
        ("{url}/forbidden", {}, ["GENAIOPS_ACTION_TOKEN", "HTTP 403"]),
        ("{url}/actions", {"GENAIOPS_ACTION_TOKEN": TOKEN}, ["GENAIOPS_ACTION_TOKEN must be a secret://NAME"]),
        ("ftp://deploy/actions", {}, ["GENAIOPS_ACTION_URL='ftp://deploy/actions'", "not an http(s) URL"]),
    ],
    ids=["unreachable", "401", "403", "token-in-clear", "not-http"],
)
def test_a_configuration_mistake_exits_2_before_the_run(fresh, tmp_path, cli_env, free_port, url, extra, fragments):
    """An unreachable target, refused credentials, a token in clear or a bad URL: exit 2, one error line naming
    the setting, no traceback, no run recorded, nothing applied."""
    env = {**cli_env, "GENAIOPS_ACTION_URL": url.format(url=fresh.url, port=free_port()), **extra}
    result = genaiops(env, "scenario", "run", scenario_file(tmp_path))
    assert result.returncode == 2, result.stdout + result.stderr
    err = result.stderr.strip()
    assert err.startswith("error: ") and "Traceback" not in result.stdout + result.stderr
    for fragment in fragments:
        assert fragment in err, err
    assert TOKEN not in result.stdout + result.stderr
    assert runs_recorded(env["GENAIOPS_HOME"]) == 0 and fresh.posts() == []


@pytest.mark.parametrize(("path", "fragment"), [("/broken", "HTTP 500"), ("/junk", "not a JSON object")])
def test_a_failing_target_fails_the_run_with_the_reason(fresh, tmp_path, cli_env, path, fragment):
    """A target answering 500 or junk: the task fails with the reason naming the setting, the run fails (exit 1),
    and nothing reads as succeeded."""
    env = {**cli_env, "GENAIOPS_ACTION_URL": f"{fresh.url}{path}"}
    result = genaiops(env, "scenario", "run", scenario_file(tmp_path))
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout + result.stderr
    assert fragment in out and "GENAIOPS_ACTION_URL" in out and "Traceback" not in out
    assert not re.search(r"run run-\S+: succeeded", out)
