"""Loki over HTTP: the client and parse_logs' LogQL queries against a fake Loki on 127.0.0.1, through the tool
and through the CLI process (GENAIOPS_LOKI_URL / GENAIOPS_LOKI_HEADERS with a secret:// reference)."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.logs.loki import LokiClient

START = datetime(2024, 5, 1, 10, tzinfo=UTC)
END = datetime(2024, 5, 1, 11, tzinfo=UTC)
TOKEN = "loki-s3cret-token"
GENAIOPS = Path(sys.executable).parent / "genaiops"
ANSWER = {
    "status": "success",
    "data": {
        "resultType": "streams",
        "result": [
            {
                "stream": {"service_name": "checkout", "level": "error"},
                "values": [
                    ["1714557602000000000", "payment call to 10.0.0.7:8443 timed out after 3000 ms"],
                    ["1714557601000000000", "payment call to 10.0.0.9:8443 timed out after 2500 ms"],
                ],
            }
        ],
    },
}


class _FakeLoki(BaseHTTPRequestHandler):
    """/loki/api/v1/query_range answers ANSWER (a query 'bad' is a LogQL error, 400); /labels answers like Loki;
    with a bearer token required when the path starts with /auth."""

    seen: list[dict] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        type(self).seen.append({"path": url.path, "auth": self.headers.get("Authorization"), **query})
        path = url.path.removeprefix("/auth")
        if url.path.startswith("/auth") and self.headers.get("Authorization") != f"Bearer {TOKEN}":
            self._send(401, "text/plain", b"no org id")
        elif path == "/loki/api/v1/labels":
            self._send(200, "application/json", b'{"status": "success", "data": ["job"]}')
        elif path == "/loki/api/v1/query_range" and query.get("query") == "bad":
            self._send(400, "text/plain", b"parse error at line 1, col 1: syntax error: unexpected IDENTIFIER")
        elif path == "/loki/api/v1/query_range":
            self._send(200, "application/json", json.dumps(ANSWER).encode())
        else:
            self._send(404, "text/plain", b"404 page not found")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def loki(http_server):
    with http_server(_FakeLoki) as url:
        yield url


def _ctx(client: LokiClient) -> ToolContext:
    return ToolContext("run", "task", "key", now=END, resources={"loki": client})


def test_client_sends_the_log_query_as_loki_expects(loki):
    """query_range goes to /loki/api/v1/query_range with the LogQL, ns start/end, limit and forward order."""
    _FakeLoki.seen.clear()
    LokiClient(loki).query_range('{service_name="checkout"}', START, END, limit=100)
    (call,) = _FakeLoki.seen
    assert call["path"] == "/loki/api/v1/query_range" and call["query"] == '{service_name="checkout"}'
    assert (call["start"], call["end"]) == ("1714557600000000000", "1714561200000000000")
    assert (call["limit"], call["direction"]) == ("100", "forward")


def test_parse_logs_queries_loki_and_mines_the_lines(loki):
    """A LogQL query through the tool: lines in time order, service and level from the stream labels."""
    result = load_tools().get("parse_logs").invoke({"query": '{service_name="checkout"}'}, _ctx(LokiClient(loki)))
    assert result.format == "loki" and [r.line_no for r in result.records] == [1, 2]
    assert result.records[0].ts == datetime(2024, 5, 1, 10, 0, 1, tzinfo=UTC)
    assert {(r.service, r.level) for r in result.records} == {("checkout", "error")}
    (template,) = result.templates
    assert template.template == "payment call to <IP> timed out after <NUM> ms" and template.count == 2


def test_bad_logql_is_an_input_error_quoting_loki(loki):
    """Loki's 400 for a bad query becomes an input error with Loki's message."""
    with pytest.raises(ToolInputError, match="rejected the query: parse error at line 1"):
        load_tools().get("parse_logs").invoke({"query": "bad"}, _ctx(LokiClient(loki)))


def test_refused_credentials_name_the_header_setting(loki):
    """A 401 is an execution error naming GENAIOPS_LOKI_HEADERS."""
    with pytest.raises(ToolExecutionError, match="HTTP 401.*GENAIOPS_LOKI_HEADERS"):
        LokiClient(f"{loki}/auth").query_range("{a=1}", START, END)


def test_check_accepts_loki_and_refuses_another_server(loki):
    """check() passes against the Loki API and names GENAIOPS_LOKI_URL when the URL is not Loki."""
    LokiClient(loki).check()
    with pytest.raises(ToolExecutionError, match="GENAIOPS_LOKI_URL"):
        LokiClient(f"{loki}/nope").check()


def _cli(home: Path, args: list, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    base.update(HOME=str(home), GENAIOPS_HOME=str(home / "home"), GENAIOPS_GUARDRAILS="off", COLUMNS="200", **env)
    return subprocess.run([str(GENAIOPS), *map(str, args)], capture_output=True, text=True, env=base, timeout=120)


def test_cli_runs_a_log_query_with_a_secret_header_and_keeps_no_secret(tmp_path, loki):
    """`genaiops run` of a parse_logs query task: GENAIOPS_LOKI_URL and a secret:// bearer header reach the fake
    Loki; the task's output holds the mined template; the token is in no output and not in the store."""
    scenario = tmp_path / "logs.yaml"
    scenario.write_text("name: logs\ntasks:\n  - id: q\n    tool: parse_logs\n    args: {query: '{job=\"x\"}'}\n")
    env = {
        "GENAIOPS_LOKI_URL": f"{loki}/auth",
        "GENAIOPS_LOKI_HEADERS": "Authorization=Bearer secret://LOKI_TOKEN",
        "GENAIOPS_SECRET_LOKI_TOKEN": TOKEN,
    }
    ran = _cli(tmp_path, ["run", scenario], **env)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    run_id = next(w for w in ran.stdout.split() if w.startswith("run-")).rstrip(":")
    shown = _cli(tmp_path, ["runs", "show", run_id, "--outputs", "-o", "json"], **env)
    output = json.loads(shown.stdout)["outputs"]["q"]
    assert output["templates"][0]["template"] == "payment call to <IP> timed out after <NUM> ms"
    assert TOKEN not in ran.stdout + ran.stderr + shown.stdout
    assert TOKEN.encode() not in (tmp_path / "home" / "genaiops.db").read_bytes()


def test_cli_refuses_a_log_query_without_loki(tmp_path):
    """Without GENAIOPS_LOKI_URL, a parse_logs query task is a validation error naming the setting and the page
    that documents it, docs/logs.md (the README's Real systems sections say nothing of Loki) (exit 2)."""
    scenario = tmp_path / "logs.yaml"
    scenario.write_text("name: logs\ntasks:\n  - id: q\n    tool: parse_logs\n    args: {query: '{job=\"x\"}'}\n")
    result = _cli(tmp_path, ["run", scenario])
    assert result.returncode == 2, result.stdout + result.stderr
    assert "task 'q': tool parse_logs needs Loki: set GENAIOPS_LOKI_URL (see docs/logs.md)" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_malformed_loki_url_exits_2_naming_the_setting(tmp_path):
    """A GENAIOPS_LOKI_URL that is not an http(s) URL stops the command with one line naming the setting."""
    scenario = tmp_path / "logs.yaml"
    scenario.write_text("name: logs\ntasks:\n  - id: q\n    tool: parse_logs\n    args: {query: '{job=\"x\"}'}\n")
    result = _cli(tmp_path, ["run", scenario], GENAIOPS_LOKI_URL="ftp://logs.example")
    assert result.returncode == 2, result.stdout + result.stderr
    assert "GENAIOPS_LOKI_URL" in result.stderr and "e.g. http://127.0.0.1:3100" in result.stderr
    assert "Traceback" not in result.stderr
