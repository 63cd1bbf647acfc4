"""Train ``models/pii_runs.json.gz``: the run classifier of :mod:`pii_runs`, on the PII *train* templates only.

The Presidio synthetic set has no published split: :func:`splits.pii_split` halves its templates with seed 0.
C and the decision threshold are chosen by 2-fold cross-validation *across templates inside the train half*
(span-level F2 of the whole PII detector); the held-out half is never read here.
Run: ``python -m genaiops.safety.guardrails.train.train_pii_runs``.
"""

from __future__ import annotations

import gzip
import json
import sys

import numpy as np

from genaiops.safety.guardrails import pii_runs
from genaiops.safety.guardrails.pii import ALL_ENTITIES, detect_pii
from genaiops.safety.guardrails.textmodel import MODELS_DIR
from genaiops.safety.guardrails.train.splits import pii_split, span_scores

TYPE_MAP = {"GPE": "LOCATION", "DOMAIN_NAME": "URL"}


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def examples(rows: list[dict]) -> tuple[list[dict[str, int]], list[str]]:
    feats, labels = [], []
    for row in rows:
        text = row["full_text"]
        gold = [
            (s["start_position"], s["end_position"], TYPE_MAP.get(s["entity_type"], s["entity_type"]))
            for s in row["spans"]
        ]
        for start, end, tokens, rule in pii_runs.candidates(text):
            label = next((g[2] for g in gold if _iou((start, end), g[:2]) >= 0.9 and g[2] in pii_runs.RUN_LABELS), "O")
            feats.append(dict.fromkeys(pii_runs.candidate_features(text, start, end, tokens, rule), 1))
            labels.append(label)
    return feats, labels


def fit(rows: list[dict], c: float, threshold: float) -> pii_runs.RunModel:
    from sklearn.feature_extraction import DictVectorizer  # here: --help and a bad argument skip sklearn
    from sklearn.linear_model import LogisticRegression

    feats, labels = examples(rows)
    vec = DictVectorizer()
    matrix = vec.fit_transform(feats)
    classes = list(pii_runs.RUN_LABELS)
    model = LogisticRegression(C=c, max_iter=3000).fit(matrix, [classes.index(y) for y in labels])
    present = list(model.classes_)
    weights = np.zeros((len(vec.feature_names_), len(classes)))
    intercept = np.full(len(classes), -30.0)
    for j, cls in enumerate(present):
        weights[:, cls] = model.coef_[j] if len(present) > 2 else (model.coef_[0] if j else -model.coef_[0])
        intercept[cls] = model.intercept_[j] if len(present) > 2 else (model.intercept_[0] if j else 0.0)
    rows_ = {f: tuple(round(float(w), 5) for w in weights[i]) for i, f in enumerate(vec.feature_names_)}
    return pii_runs.RunModel(rows_, tuple(round(float(b), 5) for b in intercept), threshold)


def f2_with(model: pii_runs.RunModel, rows: list[dict]) -> float:
    original = pii_runs.load_run_model
    pii_runs.load_run_model = lambda: model  # type: ignore[assignment]
    try:
        return span_scores(rows, lambda text: detect_pii(text, ALL_ENTITIES))[2]
    finally:
        pii_runs.load_run_model = original  # type: ignore[assignment]


def main() -> None:
    train, _ = pii_split()
    templates = sorted({r["template_id"] for r in train})
    folds = [[r for r in train if r["template_id"] in set(templates[i::2])] for i in range(2)]
    best = (-1.0, 1.0, 0.5)
    for c in (0.01, 0.03, 0.1, 0.3):
        for threshold in (0.15, 0.2, 0.25, 0.3, 0.4):
            score = np.mean([f2_with(fit(folds[1 - i], c, threshold), folds[i]) for i in range(2)])
            print(f"  C={c} threshold={threshold}: 2-fold F2 {score:.3f}", file=sys.stderr)
            if score > best[0] + 1e-9:
                best = (float(score), c, threshold)
    model = fit(train, best[1], best[2])
    features = sorted(model.weights)
    data = {
        "labels": list(pii_runs.RUN_LABELS),
        "features": features,
        "weights": [list(model.weights[f]) for f in features],
        "intercept": list(model.intercept),
        "threshold": model.threshold,
        "meta": {"C": best[1], "cv_f2": round(best[0], 4), "train": "Presidio synth, train half of templates (seed 0)"},
    }
    path = MODELS_DIR / "pii_runs.json.gz"
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
        handle.write(payload)
    print(
        f"pii_runs: C={best[1]} threshold={best[2]} cv F2={best[0]:.3f} features={len(features)} -> {path}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    from genaiops.safety.guardrails.train.cli import run_training

    sys.exit(run_training("train_pii_runs", __doc__.splitlines()[0], main))
