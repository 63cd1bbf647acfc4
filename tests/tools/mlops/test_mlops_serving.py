"""Deployment: the local serving target for batch scoring and a local HTTP endpoint; prediction logging."""

from __future__ import annotations

import httpx
import pytest

from genaiops.errors import ToolInputError


@pytest.fixture
def deployed(call):
    data = call("load_dataset", source="iris")
    call("train_model", model_name="iris", dataset=data.dataset_id, cv_folds=0)
    call("validate_model", model_name="iris", candidate_version=1)
    call("promote_model", model_name="iris", version=1)
    return data


def test_mlops_batch_scoring_logs_the_batch(call, deployed):
    """score_batch predicts through the deployed endpoint, reports live metrics and logs the batch."""
    call("deploy_model", model_name="iris")
    out = call("score_batch", endpoint="iris", dataset=deployed.dataset_id, return_predictions=True)
    assert out.rows == 150 and len(out.predictions) == 150 and sum(out.summary["counts"].values()) == 150
    assert out.metrics["accuracy"] > 0.9
    (batch,) = call.resources["prediction_log"].batches("iris")
    assert (batch.batch_id, batch.version, batch.inputs_sha, batch.rows) == (out.batch_id, 1, deployed.dataset_id, 150)


def test_mlops_http_endpoint_serves_the_deployed_version(call, deployed):
    """The local endpoint answers POST /predict/<endpoint> with the deployed version's predictions."""
    serving = call.resources["serving"]
    base = serving.serve()
    assert base.startswith("http://127.0.0.1:")
    live = call("deploy_model", model_name="iris").deployment
    assert live.url == f"{base}/predict/iris"
    rows = [[5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.2, 2.3]]
    reply = httpx.post(live.url, json={"instances": rows}, timeout=5)
    assert reply.status_code == 200
    assert reply.json() == {"model": "iris", "version": 1, "predictions": ["0", "2"]}
    named = [dict(zip(live.features, r, strict=True)) for r in rows]
    assert httpx.post(live.url, json={"instances": named}, timeout=5).json()["predictions"] == ["0", "2"]
    bad = httpx.post(live.url, json={"instances": [[1.0, 2.0]]}, timeout=5)
    assert bad.status_code == 400 and "expects rows of 4 features" in bad.json()["error"]
    assert httpx.post(f"{base}/predict/nope", json={"instances": rows}, timeout=5).status_code == 404


def test_mlops_scoring_an_undeployed_endpoint_or_other_schema_fails_clearly(call, deployed):
    """Nothing deployed, or a dataset with other columns: a ToolInputError and no logged batch."""
    with pytest.raises(ToolInputError, match="run deploy_model first"):
        call("score_batch", endpoint="iris", dataset=deployed.dataset_id)
    call("deploy_model", model_name="iris")
    wine = call("load_dataset", source="wine")
    with pytest.raises(ToolInputError, match="feature schema mismatch"):
        call("score_batch", endpoint="iris", dataset=wine.dataset_id)
    assert call.resources["prediction_log"].batches("iris") == []


def test_mlops_redeploy_swaps_to_the_new_champion(call, deployed):
    """After a new promotion, deploying again serves the new version on the same endpoint."""
    call("deploy_model", model_name="iris")
    call("train_model", model_name="iris", dataset=deployed.dataset_id, estimator="lda", cv_folds=0)
    call("promote_model", model_name="iris", version=2, require_validation=False, reason="drill")
    assert call("deploy_model", model_name="iris").deployment.version == 2
    assert call("score_batch", endpoint="iris", dataset=deployed.dataset_id).version == 2
