"""The shipped model artifacts: small, plain gzipped JSON, loadable without pickle."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

import genaiops.safety.guardrails as guardrails

MODELS = Path(guardrails.__file__).resolve().parent / "models"
ARTIFACTS = sorted(MODELS.glob("*.json.gz"))


def test_guard_models_are_shipped() -> None:
    """Every model the scanners need is in the repository."""
    names = {p.name for p in ARTIFACTS}
    assert {
        "injection.json.gz",
        "injection_deepset.json.gz",
        "injection_stems.json.gz",
        "injection_margin.json.gz",
        "injection_attacks.json.gz",
        "jailbreak.json.gz",
        "toxicity.json.gz",
        "toxicity_people.json.gz",
        "gazetteer.json.gz",
        "pii_runs.json.gz",
    } <= names


@pytest.mark.parametrize("path", ARTIFACTS, ids=lambda p: p.name)
def test_guard_model_is_small_plain_json(path: Path) -> None:
    """Each artifact is well under 1 MB and is plain JSON inside gzip (nothing executable)."""
    assert path.stat().st_size < 1_000_000
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        data = json.load(handle)
    assert isinstance(data, dict)
    assert not any(p.suffix in {".pkl", ".pickle", ".joblib"} for p in MODELS.iterdir())


def test_guard_text_models_record_their_training_data() -> None:
    """Each text model says in its metadata what it was trained on."""
    text_models = ("injection", "injection_stems", "injection_margin", "injection_attacks", "jailbreak", "toxicity")
    for name in (*text_models, "toxicity_people"):
        with gzip.open(MODELS / f"{name}.json.gz", "rt", encoding="utf-8") as handle:
            meta = json.load(handle)["meta"]
        assert meta["data"] and meta["n_train"] > 0
