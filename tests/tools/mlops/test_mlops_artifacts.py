"""Artifacts: content addressing, refusal of tampered files, the type allow-list, and no unpickling."""

from __future__ import annotations

import pickle

import pytest

from genaiops.errors import ToolInputError
from genaiops.tools.mlops import (
    ArtifactIntegrityError,
    LocalArtifactStore,
    UntrustedArtifactError,
    dump_model,
    load_model,
)


def _shady(x):
    return x


def _tamper(blob: bytes, at: int) -> bytes:
    return blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1 :]


def test_mlops_one_changed_byte_is_refused_before_loading(call):
    """A one-byte change to a stored model is caught by its hash: deploy fails clearly, the registry is unchanged."""
    data = call("load_dataset", source="iris")
    v1 = call("train_model", model_name="iris", dataset=data.dataset_id, cv_folds=0)
    call("validate_model", model_name="iris", candidate_version=1)
    call("promote_model", model_name="iris", version=1)
    blobs = call.resources["artifacts"].blobs
    blobs[v1.artifact_sha] = _tamper(blobs[v1.artifact_sha], len(blobs[v1.artifact_sha]) // 2)
    history = call.resources["model_registry"].history("iris")
    with pytest.raises(ArtifactIntegrityError, match="failed its integrity check.*refused"):
        call("deploy_model", model_name="iris")
    assert call.resources["model_registry"].history("iris") == history
    assert call.resources["serving"].deployment("iris") is None


def test_mlops_local_store_refuses_a_file_changed_on_disk(tmp_path):
    """The file store re-hashes on read: a flipped byte on disk raises instead of returning data."""
    store = LocalArtifactStore(tmp_path)
    sha = store.put(b"model bytes" * 100)
    assert store.get(sha) == b"model bytes" * 100
    path = store.path(sha)
    path.write_bytes(_tamper(path.read_bytes(), 0))
    with pytest.raises(ArtifactIntegrityError, match=sha[:12]):
        store.get(sha)


def test_mlops_artifact_ids_must_be_sha256(tmp_path):
    """An id that is not a sha256 hex digest is rejected (no path tricks like '../')."""
    with pytest.raises(ToolInputError, match="not an artifact id"):
        LocalArtifactStore(tmp_path).get("../../etc/passwd")


def test_mlops_untrusted_types_are_refused():
    """A skops file holding a type outside the allow-list is not loaded."""
    import numpy as np
    from sklearn.preprocessing import FunctionTransformer

    blob = dump_model(FunctionTransformer(func=_shady).fit(np.ones((2, 2))))
    with pytest.raises(UntrustedArtifactError, match="not on the allow-list"):
        load_model(blob)


def test_mlops_loading_never_unpickles(call, monkeypatch):
    """Loading a model goes through skops' schema, not pickle: it works with pickle disabled."""
    data = call("load_dataset", source="iris")
    out = call(
        "train_model",
        model_name="iris",
        dataset=data.dataset_id,
        estimator="random_forest_classifier",
        params={"n_estimators": 5},
        cv_folds=0,
    )

    def refuse(*_a, **_k):
        raise AssertionError("pickle was used")

    monkeypatch.setattr(pickle, "loads", refuse)
    monkeypatch.setattr(pickle, "load", refuse)
    monkeypatch.setattr(pickle, "Unpickler", refuse)
    model = load_model(call.resources["artifacts"].get(out.artifact_sha))
    assert model.predict([[5.1, 3.5, 1.4, 0.2]]).tolist() == ["0"]
