"""GENAIOPS_MLFLOW_URI from the CLI against a real `mlflow server` on 127.0.0.1: the release's model version and
its champion alias land in MLflow (read back with MLflow's own client); an unreachable, refusing, malformed or
unusable MLflow is a clear error naming the setting, exit 2, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

pytest.importorskip("mlflow")
pytest.importorskip("flask", reason="the mlflow server needs the full mlflow package (the mlflow extra)")


@pytest.fixture(scope="module")
def mlflow_server(tmp_path_factory):
    """One real `mlflow server` for the module (sqlite backend, artifacts in a tmp folder), healthy before use."""
    from socket import socket

    with socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    where = tmp_path_factory.mktemp("mlflow-server")
    env = {**os.environ, "MLFLOW_DISABLE_TELEMETRY": "true", "HOME": str(where)}
    server = Path(sys.executable).parent / "mlflow"
    args = ["server", "--backend-store-uri", f"sqlite:///{where / 'mlflow.db'}", "--artifacts-destination",
            str(where / "artifacts"), "--host", "127.0.0.1", "--port", str(port), "--workers", "1"]  # fmt: skip
    with open(where / "server.log", "wb") as log:
        proc = subprocess.Popen([str(server), *args], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=where)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.2)
    else:
        proc.kill()
        proc.wait()
        pytest.fail(f"mlflow server did not become healthy: {(where / 'server.log').read_text()[-2000:]}")
    yield url
    proc.terminate()
    proc.wait(timeout=30)


def test_the_release_lands_in_the_mlflow_server(cli_home, mlflow_server):
    """train -> validate -> promote (approved by alice) -> deploy with GENAIOPS_MLFLOW_URI at the server: MLflow's
    client sees model iris v1 with the genaiops record and the champion alias on it; no MLflow chatter in the
    output."""
    from mlflow import MlflowClient

    from genaiops.tools.mlops import LocalArtifactStore

    cli_home.env["GENAIOPS_MLFLOW_URI"] = mlflow_server
    done = cli_home.approve_through(cli_home("scenario", "run", cli_home.release()))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "View run" not in done.stdout and "Waiting up to" not in done.stderr
    client = MlflowClient(tracking_uri=mlflow_server, registry_uri=mlflow_server)
    champion = client.get_model_version_by_alias("iris", "champion")
    assert champion.version == "1"
    assert len(champion.tags["genaiops.artifact_sha"]) == 64
    assert LocalArtifactStore(cli_home.home / "artifacts").exists(champion.tags["genaiops.artifact_sha"])
    run = client.get_run(champion.run_id)
    assert run.data.params["estimator"] and "holdout_accuracy" in run.data.metrics


@pytest.mark.filterwarnings("ignore:The ``noload`` loader strategy is deprecated")  # MLflow's SQL store, reading
def test_a_local_sqlite_uri_works_the_same_way(cli_home, tmp_path):
    """GENAIOPS_MLFLOW_URI=sqlite:///PATH (no server): the release registers v1 and moves champion in that file;
    run artifacts go under the home, not the working directory."""
    from mlflow import MlflowClient

    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    cli_home.env["GENAIOPS_MLFLOW_URI"] = uri
    done = cli_home.approve_through(cli_home("scenario", "run", cli_home.release()))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Warning" not in done.stderr
    client = MlflowClient(tracking_uri=uri, registry_uri=uri)
    assert int(client.get_model_version_by_alias("iris", "champion").version) == 1
    assert client.get_experiment_by_name("genaiops-mlops").artifact_location.endswith("mlflow-artifacts")


def test_scripted_approvals_are_refused_on_a_real_mlflow_registry(cli_home, mlflow_server):
    """A scripted approval for promote_model with MLflow as the registry is refused before the run (exit 2)."""
    cli_home.env["GENAIOPS_MLFLOW_URI"] = mlflow_server
    text = cli_home.release().read_text() + "approvals:\n  - {task: promote, approver: alice, reason: CHG-1}\n"
    result = cli_home("scenario", "run", cli_home.scenario(text, "scripted.yaml"))
    assert result.returncode == 2, result.stdout + result.stderr
    assert "model_registry (a real resource)" in result.stderr


class _Refusing(BaseHTTPRequestHandler):
    status = 401

    def do_GET(self) -> None:
        body = b"Unauthorized: bad token"
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture(params=[401, 403])
def refusing_server(request):
    """A fake MLflow server answering every request with 401 or 403."""
    handler = type("Handler", (_Refusing,), {"status": request.param})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def assert_setting_error(result, *fragments: str) -> None:
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    for fragment in fragments:
        assert fragment in result.stderr, (fragment, result.stderr)


def test_refused_credentials_exit_2_naming_the_token_setting(cli_home, refusing_server):
    """A server answering 401/403: exit 2 naming GENAIOPS_MLFLOW_URI and MLFLOW_TRACKING_TOKEN; the token itself
    is never printed."""
    cli_home.env.update(GENAIOPS_MLFLOW_URI=refusing_server, MLFLOW_TRACKING_TOKEN="s3cr3t-token-value")
    result = cli_home("scenario", "run", cli_home.release())
    assert_setting_error(
        result, f"GENAIOPS_MLFLOW_URI={refusing_server}", "refused the credentials", "MLFLOW_TRACKING_TOKEN"
    )
    assert "s3cr3t-token-value" not in result.stdout + result.stderr


def test_an_unreachable_server_exits_2_naming_the_setting(cli_home, free_port):
    """Nothing listening at the URI: exit 2 naming the setting and what to do, within MLflow's few retries."""
    uri = f"http://127.0.0.1:{free_port()}"
    cli_home.env["GENAIOPS_MLFLOW_URI"] = uri
    result = cli_home("scenario", "run", cli_home.release())
    assert_setting_error(result, f"GENAIOPS_MLFLOW_URI={uri}", "no MLflow server answers", "connection refused")


@pytest.mark.parametrize("uri", ["localhost:5000", "http://:5000", "http://127.0.0.1:99999", "sqlite://x.db"])
def test_a_malformed_uri_exits_2_naming_the_setting(cli_home, uri):
    """A URI MLflow cannot use: exit 2 naming GENAIOPS_MLFLOW_URI and the forms that fit."""
    cli_home.env["GENAIOPS_MLFLOW_URI"] = uri
    assert_setting_error(cli_home("scenario", "run", cli_home.release()), "GENAIOPS_MLFLOW_URI", "http://HOST:PORT")


def test_without_the_mlflow_package_the_cli_names_the_extra(cli_home, tmp_path):
    """mlflow not importable: exit 2 naming the setting and `pip install 'genaiops[mlflow]'`."""
    blocked = tmp_path / "blocked" / "mlflow"
    blocked.mkdir(parents=True)
    (blocked / "__init__.py").write_text("raise ImportError('mlflow is not installed here')\n", encoding="utf-8")
    cli_home.env.update(GENAIOPS_MLFLOW_URI=f"sqlite:///{tmp_path / 'm.db'}", PYTHONPATH=str(blocked.parent))
    result = cli_home("scenario", "run", cli_home.release())
    assert_setting_error(result, "GENAIOPS_MLFLOW_URI", "pip install 'genaiops[mlflow]'")


@pytest.mark.filterwarnings("ignore:The ``noload`` loader strategy is deprecated")  # MLflow's SQL store, reading
def test_a_deleted_experiment_exits_2_saying_how_to_restore_it(cli_home, tmp_path):
    """Someone deleted MLflow's experiment `genaiops-mlops` (the UI's delete keeps it, deleted, under its name):
    exit 2 before the run, naming the experiment, its id and `mlflow experiments restore` (before, the run
    started and its train task failed with MLflow's "RestException: INVALID_PARAMETER_VALUE: The experiment 1
    must be in the 'active' state")."""
    from mlflow import MlflowClient

    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    client = MlflowClient(tracking_uri=uri, registry_uri=uri)
    experiment_id = client.create_experiment("genaiops-mlops", artifact_location=str(tmp_path / "artifacts"))
    client.delete_experiment(experiment_id)
    cli_home.env["GENAIOPS_MLFLOW_URI"] = uri
    result = cli_home("run", cli_home.release())
    assert_setting_error(
        result,
        f"GENAIOPS_MLFLOW_URI={uri}",
        "experiment 'genaiops-mlops'",
        f"mlflow experiments restore --experiment-id {experiment_id}",
    )
    assert "RestException" not in result.stdout + result.stderr
