"""Shared fixtures: every test runs with HOME and GENAIOPS_HOME in its own temporary directory, so no test
reads or writes the user's files, and tools that cache under ~/.cache never touch the real one.

That home is a drill home: its ``policy.yaml`` says ``allow_claimed_identities: true``, so tests may act as named
people (``--as alice``, ``GENAIOPS_USER=bob``), recorded as claimed. Tests of refusal write their own policy;
tests that build another home write ``DRILL_POLICY`` into it (``write_drill_policy``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests assert behaviour, not speed: hypothesis's own timing checks (a 200 ms deadline per example, the
# "too slow" health check on data generation) fail on a loaded 2-core machine (seen: tests/safety/test_identity.py at
# load 11), so every test runs without them. Tests that set their own settings still inherit this.
settings.register_profile("shared-cores", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("shared-cores")

# pytest-xdist's workers run with COLUMNS=80, and Rich fixes a console's width from COLUMNS when the CLI's consoles
# are made (at import). Without it, as in a plain pytest run, the width follows each command's own environment
# (the tests set COLUMNS per command, as a terminal would).
os.environ.pop("COLUMNS", None)

# The files that take longest, longest first (session 8: CI's --durations, and a one-process run of the files that
# start servers or processes, summed per file). They are collected first, in this order, and xdist keeps it
# (--no-loadscope-reorder in pyproject): its default hands out the files with the most tests first, which left these
# few-test, long files to the end of the run, one worker busy with them while the other idled.
LONG_FILES = (
    "tests/tools/mlops/test_mlops_mlflow_server.py",
    "tests/server/test_console.py",
    "tests/server/test_remote_cli.py",
    "tests/test_cli_scenario_test.py",
    "tests/graphs/test_crash.py",
    "tests/test_cli_prometheus.py",
    "tests/tools/mlops/test_mlops_serving_process.py",
    "tests/store/test_shared_state.py",
    "tests/server/test_chat_server.py",
    "tests/server/test_console_browser.py",
    "tests/graphs/test_yaml_fuzz.py",
    "tests/server/test_alerts_api.py",
    "tests/agents/test_sk_bridge.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run LONG_FILES first, in their order; every other file keeps its place (the sort is stable, and each file's
    tests stay together and in order)."""
    rank = {path: place for place, path in enumerate(LONG_FILES)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::", 1)[0], len(LONG_FILES)))


DRILL_POLICY = "allow_claimed_identities: true  # a drill home: people may be named with --as\n"


def write_drill_policy(genaiops_home: Path) -> Path:
    """Make ``genaiops_home`` a drill home (claimed identities allowed); return the home."""
    genaiops_home.mkdir(parents=True, exist_ok=True)
    policy = genaiops_home / "policy.yaml"
    if not policy.exists():
        policy.write_text(DRILL_POLICY, encoding="utf-8")
    return genaiops_home


@pytest.fixture
def drill_home(tmp_path: Path) -> Path:
    """A drill home of its own at ``tmp_path / "home"`` (people named with GENAIOPS_USER, recorded as claimed)."""
    return write_drill_policy(tmp_path / "home")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    write_drill_policy(home / ".genaiops")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("GENAIOPS_HOME", str(home / ".genaiops"))
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(home / "tiktoken"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.delenv("GENAIOPS_STORE_URL", raising=False)
    monkeypatch.delenv("GENAIOPS_POLICY_FILE", raising=False)


def need_binary(name: str, package: str) -> str:
    """The path of a real server's program a test drives (Prometheus, Chromium, ...). Missing: the test is skipped
    on a developer's machine, and *fails* under CI (``CI`` set), where ``.ci/run`` installs ``package``."""
    import os
    import shutil

    path = shutil.which(name)
    if path:
        return path
    message = f"{name} is not installed: install the Debian package {package} (.ci/run does)"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


DEV_EXTRAS = ("mlflow", "flask", "ray", "wordllama")
"""Modules of the extras the dev extra installs (mlflow, memory, ray): a test that cannot import one is skipped on a
developer's machine and *fails* under CI (``CI`` set), where ``.ci/run`` installs ``.[dev]``."""


def _missing_extra(report: pytest.CollectReport | pytest.TestReport) -> bool:
    """Whether a skip came from ``pytest.importorskip`` of a dev extra's module."""
    reason = str(report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr)
    return any(f"could not import '{name}" in reason or f"No module named '{name}" in reason for name in DEV_EXTRAS)


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):  # type: ignore[no-untyped-def]
    """A test file skipped at import for a missing dev extra fails under CI (see DEV_EXTRAS)."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") and _missing_extra(report):
        report.outcome = "failed"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):  # type: ignore[no-untyped-def]
    """A test skipped in a fixture or its body for a missing dev extra fails under CI (see DEV_EXTRAS)."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI") and _missing_extra(report):
        report.outcome = "failed"


@pytest.fixture(name="need_binary", scope="session")  # session: module-scoped server fixtures use it too
def _need_binary():  # type: ignore[no-untyped-def]
    """``need_binary(name, package)``: see the function of that name."""
    return need_binary


@pytest.fixture(scope="session")  # session: module-scoped server fixtures use it too
def free_port():  # type: ignore[no-untyped-def]
    """A function giving a TCP port on 127.0.0.1 that was free a moment ago, never one it gave before in this
    process: the kernel can hand the same just-closed port out twice, and two servers of one test then collide
    (Prometheus could not bind, and the test queried the exporter on its port)."""
    import socket

    given: set[int] = set()

    def port() -> int:
        while True:
            with socket.socket() as sock:
                sock.bind(("127.0.0.1", 0))
                found = int(sock.getsockname()[1])
            if found not in given:
                given.add(found)
                return found

    return port


@pytest.fixture(scope="session")
def http_server():  # type: ignore[no-untyped-def]
    """``with http_server(Handler) as url:`` serves a ``BaseHTTPRequestHandler`` class on 127.0.0.1 (a fake
    server a client is tested against) and stops it when the block ends."""
    import contextlib
    import threading
    from http.server import ThreadingHTTPServer

    @contextlib.contextmanager
    def serve(handler):  # type: ignore[no-untyped-def]
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()

    return serve


@pytest.fixture
def chat_model_server(http_server):  # type: ignore[no-untyped-def]
    """``with chat_model_server(answer) as model:`` an OpenAI-compatible chat-completions endpoint on 127.0.0.1 (the
    model clients and planners are tested against it). ``answer(body, n)`` gives the reply to the n-th request
    (from 0): a str is the assistant's content, a list its tool calls, an int an HTTP status with no body.
    ``model.url`` ends in ``/v1``; ``model.requests`` records each request's path, headers and JSON body."""
    import contextlib
    import json
    from http.server import BaseHTTPRequestHandler
    from types import SimpleNamespace

    @contextlib.contextmanager
    def serve(answer, usage: tuple[int, int] = (100, 20)):  # type: ignore[no-untyped-def]
        model = SimpleNamespace(requests=[], url="")

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
                model.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                reply = answer(body, len(model.requests) - 1)
                if isinstance(reply, int):
                    self.send_response(reply)
                    self.end_headers()
                    return
                calls = isinstance(reply, list)
                message = {"role": "assistant", "content": None if calls else reply}
                message |= {"tool_calls": reply} if calls else {}
                data = json.dumps({
                    "id": f"chatcmpl-{len(model.requests)}", "object": "chat.completion", "created": 1_790_000_000,
                    "model": body.get("model", "fake"),
                    "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if calls else "stop",
                                 "logprobs": None}],
                    "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": sum(usage)},
                }).encode()  # fmt: skip
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        with http_server(Handler) as url:
            model.url = f"{url}/v1"
            yield model

    return serve


@pytest.fixture(scope="session")
def run_in_bench():  # type: ignore[no-untyped-def]
    """Run ``python -c code`` (or a script with ``args``) in ``bench/`` in a child process and return its stdout:
    the bench's modules import each other by file name. Fails with the child's stderr on a non-zero exit."""
    import subprocess
    import sys

    bench = Path(__file__).resolve().parents[1] / "bench"

    def run(code: str, *args: str) -> str:
        cmd = [sys.executable, *(["-c", code] if code else []), *args]
        out = subprocess.run(cmd, cwd=bench, capture_output=True, text=True, timeout=600)
        assert out.returncode == 0, out.stderr[-2000:]
        return out.stdout

    return run


@pytest.fixture(scope="session")
def journal() -> str:
    """An hour of `journalctl` output from one host (its header line, RFC 3164 lines without a year): checkout's
    requests and systemd, then 15 minutes from 08:45 in which checkout cannot reach its database."""
    lines = ["-- Journal begins at Mon 2026-11-30 07:01:02 UTC, ends at Sat 2026-12-05 09:00:00 UTC. --"]
    for sec in range(0, 3600, 10):
        minute, second = divmod(sec, 60)
        stamp = f"Dec 05 08:{minute:02d}:{second:02d} web-1"
        lines.append(f"{stamp} checkout[2231]: GET /cart 200 in {sec % 37} ms")
        if second == 0:
            lines.append(f"{stamp} systemd[1]: Started Session {sec} of user deploy.")
        if sec >= 2700:
            refused = "checkout[2231]: ERROR connection refused to db-primary:5432"
            lines += [f"{stamp} {refused} (attempt {k})" for k in range(4)]
    return "\n".join(lines) + "\n"
