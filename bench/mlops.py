"""MLOps bench: default-estimator quality on the bundled datasets beside published figures, the time to train +
validate + register, and the power of the drift detector at a calibrated 5 % false-alarm rate.

Run: python bench/mlops.py  [--draws N]

Data: scikit-learn's bundled datasets (shipped in the package; ../shared/data is not needed).
Quality: held-out split (25 %, stratified, seeded) of each dataset; seeds 0-4; nothing is tuned.
Drift: rows of a dataset are split at random into a reference half and a current half (no shift), or the
current half gets one feature shifted by delta x its SD. Detector thresholds are calibrated on one set of
no-shift draws (seed streams [1, s]) and false alarms and power are counted on other draws ([2, delta, s]).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import UTC, datetime

import numpy as np

from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.mlops import (
    build_memory_resources,
    close_mlops_resources,
    feature_drift,
    load_bundled,
)

DATASETS = ("iris", "wine", "breast_cancer", "digits", "diabetes")
ANCHORS = {
    "wine": ("LDA 0.989 / RDA 1.000 (leave-one-out; UCI description)", "lda, leave-one-out"),
    "digits": ("SVC(gamma=0.001) 0.97 (50 % unshuffled split; scikit-learn example)", "svc gamma=0.001, same split"),
    "breast_cancer": ("0.975 (repeated 10-fold CV, 3 features; UCI wdbc.names)", None),
}
SHIFTS = (0.0, 0.1, 0.25, 0.5, 1.0)


class Runner:
    def __init__(self) -> None:
        self.resources = build_memory_resources()
        self.n = 0

    def __call__(self, tool: str, **args):
        self.n += 1
        ctx = ToolContext(
            run_id="bench",
            task_id=f"t{self.n}",
            idempotency_key=f"k{self.n}",
            now=datetime(2026, 1, 1, tzinfo=UTC),
            resources=self.resources,
        )
        return load_tools().get(tool).invoke(args, ctx)


def _anchor_reproduction(name: str) -> str:
    """The published figure's own protocol, run here with scikit-learn directly."""
    from sklearn.discriminant_analysis import LinearDiscriminantAnalysis
    from sklearn.model_selection import LeaveOneOut, cross_val_score
    from sklearn.svm import SVC

    table = load_bundled(name)
    if name == "wine":
        scores = cross_val_score(LinearDiscriminantAnalysis(), table.x, table.y, cv=LeaveOneOut())
        return f"{scores.mean():.3f}"
    if name == "digits":
        half = table.rows // 2
        model = SVC(gamma=0.001).fit(table.x[:half], table.y[:half])
        return f"{np.mean(model.predict(table.x[half:]) == table.y[half:]):.3f}"
    return "-"


def quality_table() -> None:
    print("## Held-out quality of the default estimator (train_model defaults; split 25 %, stratified)\n")
    head = (
        "| dataset | rows | estimator | metric | seed 0 | seeds 0-4 mean ± sd | published | anchor protocol rerun here"
    )
    print(head + " | train (5-fold CV) + register + validate vs champion, median of 5 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name in DATASETS:
        run = Runner()
        data = run("load_dataset", source=name)
        scores, times, cpu = [], [], []
        for seed in range(5):
            start, start_cpu = time.perf_counter(), time.process_time()
            out = run("train_model", model_name=name, dataset=data.dataset_id, seed=seed)
            run("validate_model", model_name=name, candidate_version=out.version)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
            if seed == 0:  # later versions are validated against v1 (paired bootstrap, 1000 resamples)
                run("promote_model", model_name=name, version=out.version, require_validation=False)
            metric = "r2" if data.fingerprint.task == "regression" else "accuracy"
            scores.append(out.holdout_metrics[metric])
        close_mlops_resources(run.resources)
        anchor, rerun = ANCHORS.get(name, ("-", None))
        rerun_text = f"{_anchor_reproduction(name)} ({rerun})" if rerun else "-"
        print(
            f"| {name} | {data.fingerprint.rows} | {out.estimator} | {metric} | {scores[0]:.3f} | "
            f"{statistics.mean(scores):.3f} ± {statistics.stdev(scores):.3f} | {anchor} | {rerun_text} | "
            f"{statistics.median(times) * 1000:.0f} ms wall / {statistics.median(cpu) * 1000:.0f} ms CPU |"
        )


def _draw(x: np.ndarray, rng: np.random.Generator, delta: float, sd: np.ndarray) -> tuple[float, float, bool]:
    """One reference/current draw: (min KS p over features, max PSI over features, detect_drift's default verdict)."""
    order = rng.permutation(len(x))
    ref, cur = x[order[: len(x) // 2]], x[order[len(x) // 2 :]].copy()
    if delta:
        j = rng.integers(x.shape[1])
        cur[:, j] += delta * sd[j]
    k = x.shape[1]
    drifts = [feature_drift(str(j), ref[:, j], cur[:, j], psi_threshold=0.25, alpha=0.05 / k) for j in range(k)]
    return min(d.ks_pvalue for d in drifts), max(d.psi for d in drifts), any(d.drifted for d in drifts)


def drift_table(draws: int, calibration: int) -> None:
    print(f"\n## Drift detector power ({draws} draws per cell; one random feature shifted by delta x its SD)\n")
    print(f"Calibrated: each score's threshold is set so that 5 % of {calibration} *calibration* no-shift draws")
    print("alarm (their own seeds); false alarms and power are then counted on *other* draws. Default rule:")
    print("detect_drift as shipped (a feature drifts when KS p < 0.05 / features, or PSI > 0.25 and its")
    print("chi-square test is significant at that level).\n")
    print(
        "| dataset | rows ref/cur | features | delta (SD) | min KS p, calibrated | max PSI, calibrated | default rule |"
    )
    print("|---|---|---|---|---|---|---|")
    for name in ("breast_cancer", "wine"):
        x = load_bundled(name).x
        sd = x.std(axis=0)
        sd[sd == 0] = 1.0
        calib = [_draw(x, np.random.default_rng([1, s]), 0.0, sd) for s in range(calibration)]
        ks_cut = np.quantile([c[0] for c in calib], 0.05)  # alarm when min p < cut
        psi_cut = np.quantile([c[1] for c in calib], 0.95)  # alarm when max PSI > cut
        for i, delta in enumerate(SHIFTS):
            seen = [_draw(x, np.random.default_rng([2, i, s]), delta, sd) for s in range(draws)]
            label = "0 (false alarms)" if delta == 0 else f"{delta:g}"
            print(
                f"| {name} | {len(x) // 2}/{len(x) - len(x) // 2} | {x.shape[1]} | {label} | "
                f"{np.mean([c[0] < ks_cut for c in seen]):.1%} | {np.mean([c[1] > psi_cut for c in seen]):.1%} | "
                f"{np.mean([c[2] for c in seen]):.1%} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draws", type=int, default=200, help="draws per drift cell (default 200)")
    parser.add_argument("--calibration", type=int, default=1000, help="no-shift calibration draws (default 1000)")
    args = parser.parse_args()
    print("# genaiops MLOps bench (data: scikit-learn bundled datasets; nothing downloaded)\n")
    print(
        f"machine: {os.cpu_count()} CPUs, load average at start {os.getloadavg()[0]:.1f} (wall times grow with load)\n"
    )
    quality_table()
    drift_table(args.draws, args.calibration)


if __name__ == "__main__":
    main()
