"""Remediations on Kubernetes through the official client, against a fake API server on 127.0.0.1: restart, scale
and roll back patch the service's Deployment with the task's key, a dry run persists nothing, a retried task is not
applied twice, and refusals name the setting; through the CLI, a person approves before the one real patch."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from genaiops.errors import SettingsError, ToolExecutionError, ToolInputError
from genaiops.ids import idempotency_key
from genaiops.registry import ToolContext
from genaiops.secret_refs import SecretStore
from genaiops.tools import load_tools
from genaiops.tools.sre.environment import TargetedEnvironment, kubernetes_target
from genaiops.tools.sre.simulate import build_environment

TOKEN = "kube-token-123"
AT = datetime(2026, 1, 5, 10, 20, tzinfo=UTC)
GENAIOPS = Path(sys.executable).parent / "genaiops"
PREFIX = "/apis/apps/v1/namespaces/shop/deployments"


def deployment(name: str, replicas: int) -> dict:
    container = {"name": name, "image": f"registry.internal/{name}:v1"}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "namespace": "shop", "annotations": {}},
        "spec": {"replicas": replicas, "template": {"metadata": {}, "spec": {"containers": [container]}}},
    }


def merge(target: dict, patch: dict) -> None:
    """A strategic merge patch, as far as these tests need: maps merge, containers merge by name."""
    for key, value in patch.items():
        if key == "containers":
            for item in value:
                match = next(c for c in target[key] if c["name"] == item["name"])
                match.update(item)
        elif isinstance(value, dict):
            merge(target.setdefault(key, {}), value)
        else:
            target[key] = value


class FakeKube:
    """Deployments fraud (4 replicas) and geo (6) in namespace shop; every request is recorded."""

    def __init__(self) -> None:
        self.deployments = {"fraud": deployment("fraud", 4), "geo": deployment("geo", 6)}
        self.requests: list[dict] = []
        kube = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                return

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                self._answer(*kube.handle("GET", self.path, self.headers["Authorization"], None))

            def do_PATCH(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                self._answer(*kube.handle("PATCH", self.path, self.headers["Authorization"], body))

            def _answer(self, code: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def handle(self, method: str, path: str, auth: str | None, body: dict | None) -> tuple[int, dict]:
        url = urlsplit(path)
        query = parse_qs(url.query)
        self.requests.append({"method": method, "path": url.path, "query": query, "body": body})
        if auth != f"Bearer {TOKEN}":
            return 401, {"kind": "Status", "message": "Unauthorized", "code": 401}
        if url.path == PREFIX:
            return 200, {"kind": "DeploymentList", "items": list(self.deployments.values())[:1]}
        name = url.path.removeprefix(PREFIX + "/")
        if name not in self.deployments:
            return 404, {"kind": "Status", "message": f'deployments.apps "{name}" not found', "code": 404}
        if method == "GET":
            return 200, self.deployments[name]
        changed = copy.deepcopy(self.deployments[name])
        merge(changed, body or {})
        if query.get("dryRun") != ["All"]:
            self.deployments[name] = changed
        return 200, changed

    def patches(self, *, persisted: bool | None = None) -> list[dict]:
        found = [r for r in self.requests if r["method"] == "PATCH"]
        return [r for r in found if persisted is None or (r["query"].get("dryRun") != ["All"]) is persisted]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def kube():
    running = FakeKube()
    yield running
    running.close()


def environment(url: str, tmp_path: Path, token: str = TOKEN, namespace: str = "shop") -> TargetedEnvironment:
    secrets = SecretStore({"GENAIOPS_SECRET_KUBE_TOKEN": token}, tmp_path / "secrets")
    target = kubernetes_target(url, namespace, "secret://KUBE_TOKEN", secrets, timeout=5)
    return TargetedEnvironment(build_environment(), target)


def call(tool: str, args: dict, env: TargetedEnvironment, key: str = "key-1"):
    ctx = ToolContext(run_id="run-k", task_id="t", idempotency_key=key, now=AT, resources={"environment": env})
    return load_tools().get(tool).invoke(args, ctx)


def test_scale_patches_the_deployment_with_the_tasks_key(kube, tmp_path):
    """scale_service patches spec.replicas and the idempotency-key annotation in one request; the cluster keeps it."""
    result = call("scale_service", {"service": "fraud", "replicas": 6}, environment(kube.url, tmp_path))
    (patch,) = kube.patches()
    assert patch["body"] == {
        "metadata": {"annotations": {"genaiops.io/idempotency-key": "key-1"}},
        "spec": {"replicas": 6},
    }
    assert kube.deployments["fraud"]["spec"]["replicas"] == 6
    assert result.receipt.applied is True and result.receipt.detail == "scale deployment shop/fraud 4 -> 6"


def test_restart_and_roll_back_patch_the_pod_template(kube, tmp_path):
    """restart sets the template's restartedAt to the run's time; roll_back sets the first container's image tag."""
    env = environment(kube.url, tmp_path)
    call("restart_service", {"service": "geo"}, env, key="k-restart")
    call("roll_back_deploy", {"service": "fraud", "to_version": "v0"}, env, key="k-undo")
    template = kube.deployments["geo"]["spec"]["template"]
    assert template["metadata"]["annotations"]["kubectl.kubernetes.io/restartedAt"] == "2026-01-05T10:20:00+00:00"
    image = kube.deployments["fraud"]["spec"]["template"]["spec"]["containers"][0]["image"]
    assert image == "registry.internal/fraud:v0"


def test_a_dry_run_is_a_server_side_dry_run_that_persists_nothing(kube, tmp_path):
    """dry_run_remediation sends the patch with dryRun=All and reports what it would do; the Deployment is unchanged."""
    before = copy.deepcopy(kube.deployments)
    result = call(
        "dry_run_remediation", {"kind": "scale", "service": "fraud", "replicas": 8}, environment(kube.url, tmp_path)
    )
    assert [p["query"] for p in kube.patches()] == [{"dryRun": ["All"]}]
    assert kube.deployments == before
    assert result.target_dry_run.detail.startswith("would scale deployment shop/fraud 4 -> 8")


def test_a_retried_task_is_not_applied_twice(kube, tmp_path):
    """The same task retried by a new process: the Deployment already carries its key, so no second patch."""
    first = call("restart_service", {"service": "geo"}, environment(kube.url, tmp_path), key="k-same")
    again = call("restart_service", {"service": "geo"}, environment(kube.url, tmp_path), key="k-same")
    assert len(kube.patches(persisted=True)) == 1
    assert (first.receipt.applied, again.receipt.applied) == (True, False)


def test_actions_without_a_kubernetes_meaning_are_refused(kube, tmp_path):
    """fail_over on Kubernetes: an input error saying what the target does; nothing is patched."""
    with pytest.raises(ToolInputError, match="does restart, scale and roll_back"):
        call("fail_over_service", {"service": "profile"}, environment(kube.url, tmp_path))
    assert kube.patches() == []


@pytest.mark.parametrize(
    ("token", "namespace", "fragments"),
    [
        ("wrong", "shop", ["GENAIOPS_KUBERNETES_TOKEN", "HTTP 401", "Unauthorized"]),
        (TOKEN, "other", ["GENAIOPS_KUBERNETES_NAMESPACE", "no deployment 'fraud' in namespace 'other'"]),
    ],
)
def test_refusals_name_the_setting(kube, tmp_path, token, namespace, fragments):
    """A refused token or a wrong namespace: one message naming the setting; the token is never in it."""
    with pytest.raises(ToolExecutionError) as caught:
        call("restart_service", {"service": "fraud"}, environment(kube.url, tmp_path, token, namespace))
    for fragment in fragments:
        assert fragment in str(caught.value)
    assert TOKEN not in str(caught.value) and kube.patches() == []


def test_preflight_names_an_unreachable_server(tmp_path, free_port):
    """Before a run: an API server that does not answer is a SettingsError naming GENAIOPS_KUBERNETES_URL."""
    env = environment(f"http://127.0.0.1:{free_port()}", tmp_path)
    with pytest.raises(SettingsError, match="GENAIOPS_KUBERNETES_URL=http://127.0.0.1:"):
        env.preflight()


SCENARIO = """\
name: scale-fraud
at: "2026-01-05T10:20:00Z"
tasks:
  - id: plan
    tool: dry_run_remediation
    args: {kind: scale, service: fraud, replicas: 6}
  - id: scale
    tool: scale_service
    args: {service: fraud, replicas: 6}
    after: [plan]
expect:
  status: succeeded
"""


def test_through_the_cli_a_person_approves_the_one_real_patch(kube, tmp_path):
    """`scenario run` dry-runs on the cluster and pauses; alice approves; `resume` patches once, with the scale
    task's key."""
    scenario = tmp_path / "scale.yaml"
    scenario.write_text(SCENARIO, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(
        GENAIOPS_HOME=os.environ["GENAIOPS_HOME"],
        GENAIOPS_USER="bob",
        GENAIOPS_GUARDRAILS="off",
        GENAIOPS_KUBERNETES_URL=kube.url,
        GENAIOPS_KUBERNETES_NAMESPACE="shop",
        GENAIOPS_KUBERNETES_TOKEN="secret://KUBE_TOKEN",
        GENAIOPS_SECRET_KUBE_TOKEN=TOKEN,
        COLUMNS="200",
    )

    def genaiops(*args: object) -> subprocess.CompletedProcess:
        return subprocess.run([str(GENAIOPS), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)

    started = genaiops("scenario", "run", scenario)
    assert started.returncode == 3, started.stdout + started.stderr
    run_id = re.search(r"run (run-\S+): paused", started.stdout).group(1)
    approval = re.search(r"(ap-[0-9a-f]{12})", started.stdout).group(1)
    assert kube.patches(persisted=True) == [] and len(kube.patches(persisted=False)) == 1
    assert genaiops("approvals", "approve", approval, "--as", "alice", "--reason", "CHG-9").returncode == 0
    resumed = genaiops("resume", run_id)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    (patch,) = kube.patches(persisted=True)
    assert patch["body"]["metadata"]["annotations"] == {"genaiops.io/idempotency-key": idempotency_key(run_id, "scale")}
    assert kube.deployments["fraud"]["spec"]["replicas"] == 6
