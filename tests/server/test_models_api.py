"""GET /models and GET /models/NAME through a real `genaiops serve` on 127.0.0.1: the registry's versions with
their stages, and one model with its aliases and history, as the same documents `genaiops models list/show -o json`
print; any account reads them (no role needed); an unknown model is a 404 naming it."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

SCENARIO = """\
name: train-two
tasks:
  - {id: data, tool: load_dataset, args: {source: t.csv, target: y}}
  - {id: t1, tool: train_model, args: {model_name: m, dataset: "${data.dataset_id}", cv_folds: 0, seed: 1}}
  - {id: p1, tool: promote_model, args: {model_name: m, version: "${t1.version}", require_validation: false}}
  - id: t2
    tool: train_model
    after: [p1]
    args: {model_name: m, dataset: "${data.dataset_id}", cv_folds: 0, seed: 2}
approvals:
  - {task: p1, approver: alice, role: ml_lead, reason: CHG-1}
"""


@pytest.fixture(scope="module")
def registry(served: Any, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The served home with model ``m`` registered (v1 champion, v2 a challenger), and vera, an account with no
    role (she signs in and reads)."""
    folder = tmp_path_factory.mktemp("training")
    rows = "".join(f"{i % 13},{(i * 7) % 11}.5,{i % 2}\n" for i in range(60))
    (folder / "t.csv").write_text("a,b,y\n" + rows, encoding="utf-8")
    (folder / "s.yaml").write_text(SCENARIO, encoding="utf-8")
    ran = served.cli("--quiet", "scenario", "run", str(folder / "s.yaml"))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert served.cli("users", "add", "vera", "--no-password").returncode == 0
    made = served.cli("tokens", "create", "--user", "vera")
    served.tokens["vera"] = made.stdout.strip().splitlines()[-1]
    return served


def _cli_json(served: Any, *args: str) -> Any:
    done = served.cli("models", *args, "-o", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_models_list_and_show_over_the_api_are_the_clis_documents(registry: Any) -> None:
    """An account with no role reads GET /models (each version: stage, metrics, dates) and GET /models/m (its
    aliases and history), equal to `models list -o json` and `models show m -o json` on the server's home."""
    listed = registry.api("vera", "GET", "/models")
    assert listed.status_code == 200, listed.text
    assert [(v["model"], v["version"], v["stage"]) for v in listed.json()] == [
        ("m", 1, "champion"),
        ("m", 2, "challenger"),
    ]
    assert listed.json() == _cli_json(registry, "list")
    shown = registry.api("vera", "GET", "/models/m")
    assert shown.status_code == 200, shown.text
    assert shown.json() == _cli_json(registry, "show", "m")
    assert shown.json()["aliases"] == {"champion": 1} and shown.json()["history"]


def test_an_unknown_model_is_a_404_naming_it_and_reading_needs_an_account(registry: Any) -> None:
    """GET /models/churn is a 404 whose detail names the model and the known ones; without a token both routes
    are a 401; the OpenAPI document lists both routes."""
    unknown = registry.api("vera", "GET", "/models/churn")
    assert unknown.status_code == 404, unknown.text
    assert "unknown model 'churn'" in unknown.json()["detail"] and "'m'" in unknown.json()["detail"]
    for path in ("/models", "/models/m"):
        assert httpx.get(f"{registry.url}/api/v1{path}", timeout=30).status_code == 401
    paths = httpx.get(f"{registry.url}/api/v1/openapi.json", timeout=30).json()["paths"]
    assert {"/api/v1/models", "/api/v1/models/{name}"} <= set(paths)
    assert "404" in paths["/api/v1/models/{name}"]["get"]["responses"]


def test_models_list_and_show_with_a_server_configured_read_the_server(registry: Any, tmp_path: Any) -> None:
    """`genaiops models list/show` as a process with GENAIOPS_SERVER_URL and a token, from a home with no
    models: they print the server's registry (GET /models), the same JSON and table as on the server's home; an
    unknown model exits 2 with the server's 404."""
    away = {"GENAIOPS_HOME": str(tmp_path / "elsewhere")}

    def remote(*args: str) -> Any:
        return registry.cli("models", *args, who="vera", **away)

    listed = remote("list", "-o", "json")
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == _cli_json(registry, "list") != []
    shown = remote("show", "m", "-o", "json")
    assert shown.returncode == 0 and json.loads(shown.stdout) == _cli_json(registry, "show", "m"), shown.stderr
    for args in (("list",), ("show", "m")):
        assert remote(*args).stdout == registry.cli("models", *args).stdout
    unknown = remote("show", "churn")
    assert unknown.returncode == 2 and "unknown model 'churn'" in unknown.stderr, unknown.stderr
