"""Prometheus over HTTP: the httpx adapter and the query_metrics tool against a fake server on 127.0.0.1."""

import json
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.ingest.sources import PrometheusClient, read_metrics_file

FIXTURES = Path(__file__).parent / "fixtures"
START = datetime(2024, 5, 1, tzinfo=UTC)
END = datetime(2024, 5, 1, 1, tzinfo=UTC)


class _FakePrometheus(BaseHTTPRequestHandler):
    seen: list[dict] = []

    def do_GET(self):  # noqa: N802 (http.server's name)
        url = urlparse(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        type(self).seen.append({"path": url.path, **query})
        if url.path != "/api/v1/query_range":
            self._send(404, "text/plain", b"not found")
        elif query.get("query") == "broken(":
            self._send(400, "application/json", (FIXTURES / "query_error.json").read_bytes())
        else:
            self._send(200, "application/json", (FIXTURES / "query_range.json").read_bytes())

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def prometheus_url(http_server):
    _FakePrometheus.seen = []
    with http_server(_FakePrometheus) as url:
        yield url


def test_client_sends_the_range_query(prometheus_url):
    """The client calls /api/v1/query_range with query, start, end and step as Prometheus expects."""
    text = PrometheusClient(prometheus_url).query_range("rate(x[5m])", START, END, 60)
    assert json.loads(text)["status"] == "success"
    (call,) = _FakePrometheus.seen
    assert call["path"] == "/api/v1/query_range"
    assert call["query"] == "rate(x[5m])"
    assert float(call["start"]) == START.timestamp() and float(call["step"]) == 60


def test_query_metrics_tool_uses_the_prometheus_resource(prometheus_url):
    """query_metrics fetches through ctx.resources['prometheus'] and returns cleaned series."""
    ctx = ToolContext("run", "task", "key", now=END, resources={"prometheus": PrometheusClient(prometheus_url)})
    spec = load_tools().get("query_metrics")
    result = spec.invoke({"query": "up", "start": START, "end": END, "step_seconds": 60}, ctx)
    assert [s.name for s in result.series][0] == 'http_requests_total{instance="a:9090",job="api"}'
    assert result.series[0].values == [10.0, 12.0, 15.0]


def test_prometheus_error_answer_is_an_input_error(prometheus_url):
    """A 400 with Prometheus' JSON error becomes an input error quoting the query and the server's message."""
    ctx = ToolContext("run", "task", "key", now=END, resources={"prometheus": PrometheusClient(prometheus_url)})
    with pytest.raises(ToolInputError, match=r"query 'broken\(': Prometheus answered status 'error' \(bad_data\)"):
        load_tools().get("query_metrics").invoke({"query": "broken(", "start": START, "end": END}, ctx)


def test_unreachable_server_is_an_execution_error(prometheus_url):
    """A wrong path (HTTP 404, not JSON) is an execution error naming the URL and status."""
    with pytest.raises(ToolExecutionError, match="answered HTTP 404"):
        PrometheusClient(prometheus_url + "/nope").query_range("up", START, END, 60)


def test_closed_port_is_an_execution_error():
    """Nothing listening: the error names the URL and says to check the server."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ToolExecutionError, match=f"cannot reach Prometheus at http://127.0.0.1:{port}"):
        PrometheusClient(f"http://127.0.0.1:{port}", timeout=2).query_range("up", START, END, 60)


def test_query_metrics_without_resource_says_what_is_missing():
    """Raw PromQL without a 'prometheus' resource fails naming the setting that configures it."""
    ctx = ToolContext("run", "task", "key", now=END)
    with pytest.raises(ToolExecutionError, match="needs Prometheus: set GENAIOPS_PROMETHEUS_URL"):
        load_tools().get("query_metrics").invoke({"query": "up", "start": START, "end": END}, ctx)


def test_query_window_must_be_ordered():
    """end before start is an input error."""
    with pytest.raises(ToolInputError, match="must be after start"):
        load_tools().get("query_metrics").parse_args({"query": "up", "start": END, "end": START})


def test_read_metrics_file_infers_format_from_suffix(tmp_path):
    """The file adapter reads text and infers the format; an unknown suffix says to pass format=."""
    assert read_metrics_file(FIXTURES / "sample.prom").format == "prometheus_text"
    odd = tmp_path / "metrics.dat"
    odd.write_text("x")
    with pytest.raises(ToolInputError, match="pass format="):
        read_metrics_file(odd)
    with pytest.raises(ToolInputError, match="no such file"):
        read_metrics_file(tmp_path / "missing.csv")


def test_client_messages_leave_out_credentials_in_the_url():
    """A URL with user:password@: the unreachable error names the server without the password."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(ToolExecutionError) as info:
        PrometheusClient(f"http://admin:hunter2@127.0.0.1:{port}", timeout=2).query_range("up", START, END, 60)
    assert f"cannot reach Prometheus at http://127.0.0.1:{port}" in str(info.value)
    assert "hunter2" not in str(info.value)


class _EchoToken(_FakePrometheus):
    def do_GET(self):  # noqa: N802 (http.server's name)
        token = self.headers.get("Authorization", "").split()[-1]
        self._send(500, "text/plain", f"token {token} is not valid here".encode())


def test_secret_header_is_resolved_per_request_and_hidden_in_errors(http_server, tmp_path):
    """A header's secret://NAME is resolved through the secrets store when a request is sent; a server that
    echoes the secret gets it back as *** in the error, and the client keeps only the reference."""
    from genaiops.secret_refs import SecretStore

    secrets = SecretStore({"GENAIOPS_SECRET_PROM_TOKEN": "tok-123"}, tmp_path)
    with http_server(_EchoToken) as url:
        client = PrometheusClient(url, headers={"Authorization": "Bearer secret://PROM_TOKEN"}, secrets=secrets)
        with pytest.raises(ToolExecutionError, match=r"answered HTTP 500: token \*\*\* is not valid") as info:
            client.query_range("up", START, END, 60)
    assert "tok-123" not in str(info.value)
    assert client.headers == {"Authorization": "Bearer secret://PROM_TOKEN"}
