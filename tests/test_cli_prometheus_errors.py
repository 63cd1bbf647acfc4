"""Prometheus from settings, bad input through the CLI process: unreachable or malformed URLs, refused credentials
and answers that are not the Prometheus HTTP API's (a fake server on 127.0.0.1) are one clear line naming the
setting to fix, exit 2 before anything runs; a malformed answer to a task's query fails that task with a message
naming the query and GENAIOPS_PROMETHEUS_URL (exit 1). And validation knows which tasks need Prometheus."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from contextlib import closing
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

REPO = Path(__file__).resolve().parents[1]
TRIAGE = REPO / "scenarios" / "prometheus_triage.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"
TOKEN = "s3cret-token-value"
RAW_QUERY = "name: raw\ntasks:\n  - id: q\n    tool: query_metrics\n    args: {query: up, lookback_minutes: 5}\n"
NAMED_METRIC = (
    "name: named\ntasks:\n  - id: q\n    tool: query_metrics\n"
    "    args: {metric: latency_p99_ms, service: checkout, lookback_minutes: 30}\n"
)

_VECTOR = {"status": "success", "data": {"resultType": "vector", "result": [{"metric": {}, "value": [1, "1"]}]}}
_MATRIX = {
    "status": "success",
    "data": {"resultType": "matrix", "result": [{"metric": {"job": "x"}, "values": [[1, "1"], [2, "2"]]}]},
}
ANSWERS: dict[str, tuple[int, str, bytes]] = {
    # mode -> (status, content type, body) of /api/v1/query_range; /api/v1/query answers like Prometheus
    "ok": (200, "application/json", json.dumps(_MATRIX).encode()),
    "error": (
        400,
        "application/json",
        json.dumps({"status": "error", "errorType": "bad_data", "error": "parse error at char 3"}).encode(),
    ),
    "scalar": (
        200,
        "application/json",
        json.dumps({"status": "success", "data": {"resultType": "scalar", "result": [1, "1"]}}).encode(),
    ),
    "junk": (200, "application/json", b'{"status": "success", "data": '),
}


FLASK_404 = (
    b"<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n<p>The requested URL was "
    b"not found on the server. If you entered the URL manually please check your spelling and try again.</p>\n"
)


class _Fake(BaseHTTPRequestHandler):
    """``/MODE/api/v1/...``: ``auth`` wants the bearer TOKEN, ``forbidden`` answers 403, ``html`` is no API at all;
    the ANSWERS modes answer instant queries well and range queries as ANSWERS says."""

    seen_headers: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        mode, _, api = url.path.lstrip("/").partition("/")
        type(self).seen_headers.append(self.headers.get("Authorization", ""))
        if mode == "forbidden" or (mode == "auth" and self.headers.get("Authorization") != f"Bearer {TOKEN}"):
            self._send(403 if mode == "forbidden" else 401, "text/plain", b"unauthorized")
        elif mode == "html":
            self._send(200, "text/html", b"<html>a login page</html>")
        elif mode == "flask":  # another service's 404 page (an MLflow server at the URL), lines of HTML
            self._send(404, "text/html", FLASK_404)
        elif api == "api/v1/query":
            self._send(200, "application/json", json.dumps(_VECTOR).encode())
        elif api == "api/v1/query_range" and "query" in parse_qs(url.query):
            self._send(*ANSWERS.get(mode, ANSWERS["ok"]))
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
def fake(http_server):
    with http_server(_Fake) as url:
        yield url


@pytest.fixture
def raw_query(tmp_path) -> Path:
    path = tmp_path / "raw.yaml"
    path.write_text(RAW_QUERY, encoding="utf-8")
    return path


def _cli(home: Path, args: list, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    base.update(HOME=str(home), GENAIOPS_HOME=str(home / "home"), GENAIOPS_GUARDRAILS="off", COLUMNS="200", **env)
    return subprocess.run([str(GENAIOPS), *map(str, args)], capture_output=True, text=True, env=base, timeout=120)


def _runs(home: Path) -> list:
    db = home / "home" / "genaiops.db"
    if not db.exists():
        return []
    with closing(sqlite3.connect(db)) as con:
        return con.execute("SELECT run_id FROM runs").fetchall()


def _assert_setting_error(result: subprocess.CompletedProcess, *fragments: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    err = result.stderr.strip()
    assert err.startswith("error: ") and len(err.splitlines()) == 1, err
    for fragment in fragments:
        assert fragment in err, (fragment, err)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- validation knows resources ------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["scenario", "validate"], ["run"], ["scenario", "run"], ["graph", "show"]])
def test_task_needing_prometheus_is_a_validation_error_without_the_setting(tmp_path, raw_query, command):
    """Raw PromQL with no GENAIOPS_PROMETHEUS_URL: every command that reads the file refuses it naming the task,
    the tool and the setting, and no run is recorded."""
    result = _cli(tmp_path, [*command, raw_query])
    assert result.returncode == 2, result.stdout + result.stderr
    assert "task 'q': tool query_metrics needs Prometheus: set GENAIOPS_PROMETHEUS_URL" in result.stderr
    assert "Traceback" not in result.stderr
    assert _runs(tmp_path) == []


def test_shipped_triage_scenario_names_the_setting_it_needs(tmp_path):
    """The shipped triage file gives observe_services a topology and a step: it needs Prometheus."""
    result = _cli(tmp_path, ["scenario", "validate", TRIAGE])
    assert result.returncode == 2
    assert "task 'observe': tool observe_services needs Prometheus: set GENAIOPS_PROMETHEUS_URL" in result.stderr


def test_shipped_triage_scenario_is_valid_with_the_setting(tmp_path):
    """With GENAIOPS_PROMETHEUS_URL set, validation (which opens no connection) passes the triage file."""
    result = _cli(
        tmp_path, ["scenario", "validate", TRIAGE], GENAIOPS_PROMETHEUS_URL=f"http://127.0.0.1:{_closed_port()}"
    )
    assert result.returncode == 0, result.stderr
    assert "5 tasks" in result.stdout


def test_named_metric_runs_on_the_simulator_without_prometheus(tmp_path):
    """A named metric needs no Prometheus: validation passes and the simulated estate answers it."""
    path = tmp_path / "named.yaml"
    path.write_text(NAMED_METRIC, encoding="utf-8")
    result = _cli(tmp_path, ["run", path])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "succeeded" in result.stdout


# --- configuration mistakes: exit 2 before the run starts ------------------------------------------------------


def test_unreachable_prometheus_exits_2_naming_the_setting(tmp_path, raw_query):
    """Nothing listens at the URL: one line naming the URL and GENAIOPS_PROMETHEUS_URL, and no run recorded."""
    url = f"http://127.0.0.1:{_closed_port()}"
    result = _cli(tmp_path, ["run", raw_query], GENAIOPS_PROMETHEUS_URL=url)
    _assert_setting_error(result, f"cannot reach Prometheus at {url}", "check GENAIOPS_PROMETHEUS_URL")
    assert _runs(tmp_path) == []


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("ftp://127.0.0.1:9090", "not an http(s) URL"),
        ("http://127.0.0.1:port", "not a URL"),
        ("127.0.0.1:9190", "'127.0.0.1:9190' has no scheme; write http://127.0.0.1:9190"),
    ],
)
def test_malformed_url_exits_2_naming_the_setting(tmp_path, raw_query, url, fragment):
    """A URL that is not http(s) with a host and port: exit 2 naming GENAIOPS_PROMETHEUS_URL and an example; a
    bare host:port is told the URL to write (it read "no scheme:// is not an http(s) URL with a host")."""
    result = _cli(tmp_path, ["scenario", "run", raw_query], GENAIOPS_PROMETHEUS_URL=url)
    _assert_setting_error(result, "GENAIOPS_PROMETHEUS_URL", fragment, "http://127.0.0.1:9090")


@pytest.mark.parametrize(
    ("path", "fragment"),
    [
        ("html", "does not answer like the Prometheus HTTP API"),
        ("ok/prometheus", "answered HTTP 404"),
        ("flask", "answered HTTP 404: 404 Not Found Not Found The requested URL"),
        ("ok/api/v1", "drop /api/v1"),
    ],
)
def test_url_that_is_not_the_prometheus_api_exits_2(tmp_path, raw_query, fake, path, fragment):
    """A login page (HTTP 200, HTML), a 404 (a wrong path), another service's HTML 404 page or a URL that already
    ends in /api/v1: exit 2 on one line (the page's text without its markup, cut short), check
    GENAIOPS_PROMETHEUS_URL (before, an HTML page was printed as its lines of markup)."""
    result = _cli(tmp_path, ["run", raw_query], GENAIOPS_PROMETHEUS_URL=f"{fake}/{path}")
    _assert_setting_error(result, fragment, "check GENAIOPS_PROMETHEUS_URL")
    assert "<" not in result.stderr


@pytest.mark.parametrize(("mode", "status"), [("auth", 401), ("forbidden", 403)])
def test_refused_credentials_exit_2_naming_the_header_setting(tmp_path, raw_query, fake, mode, status):
    """HTTP 401/403: exit 2 naming GENAIOPS_PROMETHEUS_HEADERS; the (wrong) token is never printed."""
    env = {
        "GENAIOPS_PROMETHEUS_URL": f"{fake}/{mode}",
        "GENAIOPS_PROMETHEUS_HEADERS": "Authorization=Bearer secret://PROM_TOKEN",
        "GENAIOPS_SECRET_PROM_TOKEN": "wrong-token-value",
    }
    result = _cli(tmp_path, ["run", raw_query], **env)
    _assert_setting_error(result, f"refused the request (HTTP {status})", "GENAIOPS_PROMETHEUS_HEADERS")
    assert "wrong-token-value" not in result.stdout + result.stderr


def test_secret_header_is_resolved_per_request_and_never_stored(tmp_path, raw_query, fake):
    """The right token from GENAIOPS_SECRET_PROM_TOKEN reaches the server as a bearer header; the run succeeds
    and neither its output nor the store holds the token."""
    _Fake.seen_headers.clear()
    env = {
        "GENAIOPS_PROMETHEUS_URL": f"{fake}/auth",
        "GENAIOPS_PROMETHEUS_HEADERS": "Authorization=Bearer secret://PROM_TOKEN",
        "GENAIOPS_SECRET_PROM_TOKEN": TOKEN,
    }
    result = _cli(tmp_path, ["run", raw_query], **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Bearer {TOKEN}" in _Fake.seen_headers
    assert TOKEN not in result.stdout + result.stderr
    assert TOKEN.encode() not in (tmp_path / "home" / "genaiops.db").read_bytes()


def test_missing_secret_in_header_exits_2_naming_both_settings(tmp_path, raw_query, fake):
    """secret://PROM_TOKEN with no value: exit 2 naming GENAIOPS_PROMETHEUS_HEADERS and GENAIOPS_SECRET_PROM_TOKEN."""
    env = {
        "GENAIOPS_PROMETHEUS_URL": f"{fake}/auth",
        "GENAIOPS_PROMETHEUS_HEADERS": "Authorization=secret://PROM_TOKEN",
    }
    result = _cli(tmp_path, ["run", raw_query], **env)
    _assert_setting_error(result, "GENAIOPS_PROMETHEUS_HEADERS", "GENAIOPS_SECRET_PROM_TOKEN")


def test_malformed_headers_exit_2_without_echoing_them(tmp_path, raw_query, fake):
    """A header entry without '=': exit 2 naming the setting and the entry's position, not its text."""
    env = {"GENAIOPS_PROMETHEUS_URL": f"{fake}/ok", "GENAIOPS_PROMETHEUS_HEADERS": "X-Org=1,Bearer literal-token"}
    result = _cli(tmp_path, ["run", raw_query], **env)
    _assert_setting_error(result, "GENAIOPS_PROMETHEUS_HEADERS: entry 2 is not 'Name=value'")
    assert "literal-token" not in result.stderr


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("metrics: {latency_p99_ms: 'up'}\n", "metrics.latency_p99_ms: expected PromQL text with $selector"),
        ("metric: {}\n", "unknown key 'metric' (did you mean 'metrics'?)"),
    ],
)
def test_bad_queries_file_exits_2_naming_the_setting(tmp_path, raw_query, fake, text, fragment):
    """A PromQL templates file that cannot be used: exit 2 naming GENAIOPS_PROMETHEUS_QUERIES and the problem."""
    queries = tmp_path / "queries.yaml"
    queries.write_text(text, encoding="utf-8")
    env = {"GENAIOPS_PROMETHEUS_URL": f"{fake}/ok", "GENAIOPS_PROMETHEUS_QUERIES": str(queries)}
    result = _cli(tmp_path, ["run", raw_query], **env)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"GENAIOPS_PROMETHEUS_QUERIES={queries}" in result.stderr and fragment in result.stderr


# --- malformed answers to a task's query: the task fails, saying why -------------------------------------------


@pytest.mark.parametrize(
    ("mode", "fragment"),
    [
        ("error", "Prometheus answered status 'error' (bad_data): parse error at char 3"),
        ("scalar", "data.resultType is 'scalar'"),
        ("junk", "the Prometheus answer is not JSON"),
    ],
)
def test_malformed_range_answer_fails_the_task_naming_query_and_setting(tmp_path, raw_query, fake, mode, fragment):
    """A server that passes the start check but answers the range query with an error, a scalar or broken JSON:
    the run fails (exit 1), the task's error quotes the query, the problem and GENAIOPS_PROMETHEUS_URL."""
    result = _cli(tmp_path, ["run", raw_query], GENAIOPS_PROMETHEUS_URL=f"{fake}/{mode}")
    assert result.returncode == 1, result.stdout + result.stderr
    text = " ".join((result.stdout + result.stderr).split())
    assert "Traceback" not in text
    assert "query 'up'" in text and fragment in text and "GENAIOPS_PROMETHEUS_URL" in text, text
