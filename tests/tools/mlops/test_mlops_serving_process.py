"""Real serving from the CLI (GENAIOPS_SERVING=process): deploy_model starts a uvicorn process that outlives the
command, answers /health and /predict over HTTP on 127.0.0.1 with the model's own predictions, follows a roll
back, and `genaiops serving stop` frees its port; bad ports are clear errors."""

from __future__ import annotations

import socket

import httpx
import pytest

from genaiops.tools.mlops import LocalArtifactStore, load_model
from genaiops.tools.mlops.lib.resources import serving_processes

ROWS = [[5.1, 3.5, 1.4, 0.2], [6.2, 2.9, 4.3, 1.3], [6.7, 3.0, 5.2, 2.3], [5.9, 3.0, 5.1, 1.8]]

RETRAIN = """\
name: iris-v2
tasks:
  - {id: data, tool: load_dataset, args: {source: iris}}
  - {id: train, tool: train_model, args: {model_name: iris, dataset: "${data.dataset_id}", cv_folds: 0,
                                          estimator: lda}}
  - {id: promote, tool: promote_model,
     args: {model_name: iris, version: "${train.version}", require_validation: false, reason: drill}}
  - {id: deploy, tool: deploy_model, after: [promote], args: {model_name: iris}}
"""

ROLLBACK = """\
name: iris-undo
tasks:
  - {id: undo, tool: rollback_model, args: {model_name: iris, reason: v2 misbehaves}}
"""


@pytest.fixture
def serving(cli_home):
    """The CLI on a home serving in processes; every endpoint left running is stopped afterwards."""
    cli_home.env["GENAIOPS_SERVING"] = "process"
    yield cli_home
    target = serving_processes(cli_home.home)
    for endpoint in target.processes():
        target.stop(endpoint.deployment.endpoint)


def served(home, endpoint: str = "iris"):
    (live,) = [p for p in serving_processes(home).processes() if p.deployment.endpoint == endpoint]
    return live


def direct_predictions(home, artifact_sha: str) -> list:
    """The model's own predictions, loaded from the artifact store (hash-checked, allow-listed) in this process."""
    model = load_model(LocalArtifactStore(home / "artifacts").get(artifact_sha))
    return [str(p) for p in model.predict(ROWS)]


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def test_deploy_serves_over_http_after_the_command_follows_roll_back_and_stops(serving):
    """The release (approved as alice) leaves iris v1 served by a process of its own: /health names v1, /predict
    gives the model's own predictions; v2 replaces it on the same URL; a roll back serves v1 again; stop frees the
    port and the list is empty."""
    done = serving.approve_through(serving("scenario", "run", serving.release()))
    assert done.returncode == 0, done.stdout + done.stderr
    first = served(serving.home)
    assert first.running and first.deployment.version == 1
    base = first.deployment.url.removesuffix("/predict/iris")
    health = httpx.get(f"{base}/health", timeout=10).json()
    assert (health["status"], health["pid"], health["deployments"][0]["version"]) == ("ok", first.pid, 1)
    reply = httpx.post(first.deployment.url, json={"instances": ROWS}, timeout=10).json()
    assert reply == {
        "model": "iris",
        "version": 1,
        "predictions": direct_predictions(serving.home, first.deployment.artifact_sha),
    }
    listed = serving("serving", "list")
    assert listed.returncode == 0 and first.deployment.url in listed.stdout and "running" in listed.stdout

    second = serving.approve_through(serving("scenario", "run", serving.scenario(RETRAIN)))
    assert second.returncode == 0, second.stdout + second.stderr
    v2 = served(serving.home)
    assert (v2.deployment.version, v2.deployment.url, v2.pid) == (2, first.deployment.url, first.pid)
    reply = httpx.post(v2.deployment.url, json={"instances": ROWS}, timeout=10).json()
    assert reply["version"] == 2
    assert reply["predictions"] == direct_predictions(serving.home, v2.deployment.artifact_sha)

    undo = serving.approve_through(serving("scenario", "run", serving.scenario(ROLLBACK)))
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert httpx.post(first.deployment.url, json={"instances": ROWS}, timeout=10).json()["version"] == 1

    stopped = serving("serving", "stop", "iris")
    assert stopped.returncode == 0 and f"pid {first.pid}, port {first.port}" in stopped.stdout
    assert port_is_free(first.port)
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{base}/health", timeout=5)
    assert "no served endpoints" in serving("serving", "list").stdout


def test_a_port_in_use_fails_the_deploy_naming_the_setting_and_the_port(serving, free_port):
    """GENAIOPS_SERVING_PORTS naming a port another program listens on: the deploy task fails (exit 1) with the
    port and the setting named, no traceback, and nothing is left serving."""
    port = free_port()
    serving.env["GENAIOPS_SERVING_PORTS"] = str(port)
    with socket.socket() as other:
        other.bind(("127.0.0.1", port))
        other.listen()
        result = serving.approve_through(serving("scenario", "run", serving.release()))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"GENAIOPS_SERVING_PORTS={port}-{port}" in result.stdout and f"{port} (" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert serving_processes(serving.home).processes() == []


@pytest.mark.parametrize("ports", ["abc", "9000-8000", "70000"])
def test_a_malformed_ports_setting_exits_2(serving, ports):
    """A GENAIOPS_SERVING_PORTS that is no port or range: exit 2 naming the setting, before anything runs."""
    result = serving("scenario", "run", serving.release(), extra={"GENAIOPS_SERVING_PORTS": ports})
    assert result.returncode == 2 and "GENAIOPS_SERVING_PORTS" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not (serving.home / "serving").exists()


def test_scripted_approvals_are_refused_for_real_serving(serving):
    """A scenario whose scripted approval would decide a deploy to a real serving process is refused (exit 2)
    before it runs: scripted approvals decide drills only."""
    text = serving.release().read_text() + "approvals:\n  - {task: deploy, approver: alice, reason: CHG-1}\n"
    result = serving("scenario", "run", serving.scenario(text, "scripted.yaml"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "serving (a real resource)" in result.stderr


def test_stopping_an_unknown_endpoint_exits_2(serving):
    """`serving stop` of an endpoint that is not served: exit 2 saying which endpoints there are."""
    result = serving("serving", "stop", "nope")
    assert result.returncode == 2 and "no served endpoint 'nope'" in result.stderr
