"""The SRE loop on metrics a real Prometheus scraped: an exporter on 127.0.0.1 (prometheus_client) serves RED
metrics of four services, Debian's `prometheus` scrapes it every second, the test slows `payments` (and so its
callers), and `genaiops scenario run scenarios/prometheus_triage.yaml` finds `payments` through the CLI process.

One exporter and one Prometheus per module: the first scrape lands ~5 s after start and the onset detector needs
30 steps of baseline, so the fixture takes ~45 s once, polling Prometheus for each stage (no fixed sleeps)."""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
TRIAGE = REPO / "scenarios" / "prometheus_triage.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"
SERVICES = ("frontend", "checkout", "payments", "inventory")
SLOWED = {"payments": 0.45, "checkout": 0.45, "frontend": 0.45}  # seconds added once the fault is on
BASE = {"frontend": 0.030, "checkout": 0.020, "payments": 0.015, "inventory": 0.010}
FAULT_AT: list[datetime] = []  # when the fixture's exporter slowed payments down
BASELINE_STEPS = 54  # > the 50 points detect_anomalies learns from (and the onset detector's 30-step window)
QUERIES = "rate_window: 15s\n"  # a sharper rate() than the shipped 5m: the whole test lasts a minute


class Exporter:
    """RED metrics for SERVICES, updated ten times a second; ``fault`` slows payments and its callers."""

    def __init__(self, port: int):
        from prometheus_client import CollectorRegistry, Counter, Histogram, start_http_server

        self.registry = CollectorRegistry()
        self.latency = Histogram(
            "http_request_duration_seconds", "Request latency", ["service"], registry=self.registry
        )
        self.requests = Counter("http_requests_total", "Requests", ["service", "code"], registry=self.registry)
        self.fault = threading.Event()
        self.stop = threading.Event()
        self.server, self.server_thread = start_http_server(port, addr="127.0.0.1", registry=self.registry)
        self.worker = threading.Thread(target=self._traffic, daemon=True)
        self.worker.start()

    def _traffic(self) -> None:
        jitter = itertools.cycle((0.8, 1.0, 1.2, 0.9, 1.1))
        count = itertools.count()
        while not self.stop.wait(0.1):
            for service in SERVICES:
                for _ in range(20):
                    slow = SLOWED.get(service, 0.0) if self.fault.is_set() else 0.0
                    self.latency.labels(service).observe(BASE[service] * next(jitter) + slow)
                    failing = next(count) % 100 == 0 or (slow and service == "payments" and next(count) % 5 == 0)
                    self.requests.labels(service, "500" if failing else "200").inc()

    def close(self) -> None:
        self.stop.set()
        self.worker.join()
        self.server.shutdown()
        self.server.server_close()


def _query(url: str, promql: str) -> list:
    response = httpx.get(f"{url}/api/v1/query", params={"query": promql}, timeout=5)
    if response.status_code != 200:
        return []  # Prometheus answers 503 "Service Unavailable" until its storage is ready
    answer = response.json()
    return answer["data"]["result"] if answer.get("status") == "success" else []


def _wait_for(what: str, check, timeout: float) -> None:  # noqa: ANN001
    """Poll ``check()`` until it holds; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except httpx.HTTPError:
            pass  # not listening yet
        time.sleep(0.25)
    pytest.fail(f"Prometheus: {what} did not happen within {timeout} s")


def _samples(url: str, promql: str) -> int:
    result = _query(url, promql)
    return int(float(result[0]["value"][1])) if result else 0


@pytest.fixture(scope="module")
def prometheus(tmp_path_factory, need_binary, free_port):
    """A real Prometheus scraping the exporter; yields its URL once the baseline is recorded and the fault is
    visible in ``payments``' p99 latency for several scrapes."""
    binary = need_binary("prometheus", "prometheus")
    folder = tmp_path_factory.mktemp("prometheus")
    exporter_port, port = free_port(), free_port()
    exporter = Exporter(exporter_port)
    config = {
        "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
        "scrape_configs": [{"job_name": "estate", "static_configs": [{"targets": [f"127.0.0.1:{exporter_port}"]}]}],
    }
    (folder / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    with (folder / "prometheus.log").open("wb") as log:  # the server keeps its own copy of the handle
        server = subprocess.Popen(
            [
                binary,
                f"--config.file={folder / 'prometheus.yml'}",
                f"--storage.tsdb.path={folder / 'tsdb'}",
                f"--web.listen-address=127.0.0.1:{port}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for("the first scrape (up == 1)", lambda: _query(url, 'up{job="estate"} == 1'), 60)
        _wait_for(
            f"{BASELINE_STEPS} s of baseline",
            lambda: _samples(url, 'count_over_time(up{job="estate"}[5m])') >= BASELINE_STEPS,
            120,
        )
        FAULT_AT.append(datetime.now(UTC))
        exporter.fault.set()
        slow = (
            "count_over_time((histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket"
            '{service="payments"}[15s]))) > 0.2)[20s:1s])'
        )
        _wait_for("the slowdown in 6 scrapes", lambda: _samples(url, slow) >= 6, 60)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)
        exporter.close()


def _cli(home: Path, args: list[str], **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    base.update(HOME=str(home), GENAIOPS_HOME=str(home / "home"), COLUMNS="200", **env)
    return subprocess.run([str(GENAIOPS), *args], capture_output=True, text=True, env=base, timeout=300)


def _triage_file(tmp_path: Path) -> Path:
    """The shipped triage scenario at the test's scale: a 5-minute window at 1 s steps (it ships 60 min at 15 s),
    expecting payments as the top candidate and an anomaly in its latency."""
    data = yaml.safe_load(TRIAGE.read_text(encoding="utf-8"))
    tasks = {task["id"]: task for task in data["tasks"]}
    for task in (tasks["observe"], tasks["latency"]):
        task["args"].update(lookback_minutes=5, step_seconds=1)
    data["expect"]["outputs"] = {"rank.candidates.0.service": "payments", "latency.series.0.labels.service": "payments"}
    path = tmp_path / "triage.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _outputs(home: Path, run_id: str) -> dict:
    shown = _cli(home, ["runs", "show", run_id, "--outputs"])
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout[shown.stdout.index("\n{") :])


def test_triage_scenario_finds_the_slowed_service_on_scraped_metrics(prometheus, tmp_path):
    """`scenario run` of the shipped triage file against a real Prometheus ranks payments (whose latency the
    exporter raised) first, though its callers slowed at the same moment, and confirms it with the detector."""
    queries = tmp_path / "queries.yaml"
    queries.write_text(QUERIES, encoding="utf-8")
    env = {"GENAIOPS_PROMETHEUS_URL": prometheus, "GENAIOPS_PROMETHEUS_QUERIES": str(queries)}
    result = _cli(tmp_path, ["scenario", "run", str(_triage_file(tmp_path))], **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "scenario ended as expected" in result.stdout
    run_id = re.search(r"^run (run-\S+): succeeded", result.stdout, re.MULTILINE)[1]
    outputs = _outputs(tmp_path, run_id)
    observed = outputs["observe"]["metrics"]["series"]
    assert sorted(observed) == sorted(SERVICES)
    assert set(observed["payments"]) == {"latency_p99_ms", "error_rate"}  # no saturation series in this estate
    latency = observed["payments"]["latency_p99_ms"]
    assert max(latency) > 300 > 50 > latency[0]  # from ~15 ms to the 0.5 s bucket, in milliseconds
    assert outputs["confirm"]["anomalies"], outputs["confirm"]


def test_triage_scenario_on_a_healthy_estate_succeeds_with_nothing_to_confirm(prometheus, tmp_path):
    """The shipped triage file over the minutes before the slowdown (``at:`` just before it): no incident, no
    candidate, so the latency read and the detector are skipped and the run succeeds (before, the latency task
    failed on `${rank.candidates.0.service}` and the scenario ended failed, against its own `expect:`)."""
    data = yaml.safe_load(TRIAGE.read_text(encoding="utf-8"))
    data["at"] = (FAULT_AT[0] - timedelta(seconds=3)).isoformat()
    tasks = {task["id"]: task for task in data["tasks"]}
    for task in (tasks["observe"], tasks["latency"]):
        task["args"].update(lookback_minutes=5, step_seconds=1)
    path = tmp_path / "healthy.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    queries = tmp_path / "queries.yaml"
    queries.write_text(QUERIES, encoding="utf-8")
    env = {"GENAIOPS_PROMETHEUS_URL": prometheus, "GENAIOPS_PROMETHEUS_QUERIES": str(queries)}
    result = _cli(tmp_path, ["scenario", "run", str(path)], **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "scenario ended as expected" in result.stdout
    assert re.search(r"│ latency\s+│ skipped", result.stdout) and re.search(r"│ confirm\s+│ skipped", result.stdout)
