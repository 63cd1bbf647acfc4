"""NAB benchmark: prove the scorer on published detector outputs, then score our default detector.

Run: python bench/nab.py [--data DIR] [--per-file]
     DIR holds the public evaluation sets (default: $GENAIOPS_DATA, else ../shared/data beside the repository);
     NAB is read from DIR/nab: the Numenta Anomaly Benchmark, https://github.com/numenta/NAB (MIT since commit
     ea702d7), folders data/, labels/, config/, results/ unmodified, plus nab/reference_scores/ (docs/data.md).
     --per-file also prints the per-file tables: published vs re-scored, and our detector's.

1. Scorer check: re-score the raw per-row outputs of Numenta HTM and Windowed Gaussian shipped in
   nab/reference_scores/ and compare with NAB's published totals and per-file tables.
2. Our default detector (tools/sre/detectors, DEFAULT_PARAMS: breaches of the all-time range + adaptive-
   resonance novelty of the recent shape, after ARTime's published method, made online; detect_anomalies runs it
   for series of no known metric kind — NAB's — and the ops detector for known kinds, see bench/ops_series.py)
   on all 58 series:
   standard / low-FP / low-FN beside the published table, the tuning-half and held-out-half scores, and the
   throughput on one core.
3. Ablations: the previous default (RECORD_PARAMS, the record channels) and the ART channel alone.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
from datadir import default_data_dir

from genaiops.tools.sre.detectors import DEFAULT_PARAMS, RECORD_PARAMS, DetectorParams, score
from genaiops.tools.sre.ingest import load_series
from genaiops.tools.sre.nabscore import PROFILES, LabelledSeries, score_corpus

NAB = default_data_dir() / "nab"
PROFILE_NAMES = ("standard", "reward_low_FP_rate", "reward_low_FN_rate")
PUBLISHED_ROWS = ("ARTime", "numenta", "contextOSE", "earthgeckoSkyline", "knncad", "windowedGaussian", "random")
REFERENCE = {"numenta": "Numenta HTM", "windowedGaussian": "Windowed Gaussian"}


def _stamp(text: str) -> np.datetime64:
    return np.datetime64(text.strip().replace(" ", "T")).astype("datetime64[ms]")


def load_corpus() -> tuple[list[LabelledSeries], list[np.ndarray]]:
    """The 58 series (every row kept, as NAB scores rows) and their windows."""
    windows = json.loads((NAB / "labels" / "combined_windows.json").read_text())
    corpus, values = [], []
    for name in sorted(windows):
        text = (NAB / "data" / name).read_text()
        series = load_series(text, "csv", name=name, duplicates="keep", nan="reject").series[0]
        limits = tuple((_stamp(a), _stamp(b)) for a, b in windows[name])
        corpus.append(LabelledSeries(name, series.timestamps, limits))
        values.append(series.values)
    return corpus, values


def check_profiles() -> None:
    shipped = json.loads((NAB / "config" / "profiles.json").read_text())
    for name, profile in PROFILES.items():
        cost = shipped[name]["CostMatrix"]
        if (cost["tpWeight"], cost["fpWeight"], cost["fnWeight"]) != (profile.tp, profile.fp, profile.fn):
            sys.exit(f"profile {name} differs from {NAB / 'config' / 'profiles.json'}: {cost}")


def reference_scores(detector: str, corpus: list[LabelledSeries]) -> list[np.ndarray]:
    out = []
    for series in corpus:
        folder, file = series.name.split("/")
        path = NAB / "reference_scores" / detector / folder / f"{detector}_{file}.gz"
        with gzip.open(path, "rt") as handle:
            rows = list(csv.DictReader(handle))
        if len(rows) != len(series):
            sys.exit(f"{path}: {len(rows)} rows, the data file has {len(series)}")
        out.append(np.array([float(r["anomaly_score"]) for r in rows]))
    return out


def published_table(detector: str, profile: str) -> dict[str, dict[str, str]]:
    path = NAB / "reference_scores" / detector / f"{detector}_{profile}_scores.csv.gz"
    with gzip.open(path, "rt") as handle:
        return {row["File"]: row for row in csv.DictReader(handle)}


def print_per_file(label: str, result, table: dict[str, dict[str, str]] | None = None) -> None:
    print(f"\n-- per-file table: {label}, profile {result.profile}, threshold {result.threshold:.6g} --")
    head = f"{'file':58} {'score':>8} {'TP':>4} {'FP':>4} {'FN':>6} {'TN':>6}"
    print(head + (f" {'published':>9} {'same counts':>11}" if table else ""))
    for f in result.files:
        line = f"{f.name:58} {f.score:8.3f} {f.tp:4d} {f.fp:4d} {f.fn:6d} {f.tn:6d}"
        if table:
            row = table[f.name]
            same = (f.tp, f.tn, f.fp, f.fn) == tuple(int(row[k]) for k in ("TP", "TN", "FP", "FN"))
            line += f" {float(row['Score']):9.3f} {'yes' if same else 'NO':>11}"
        print(line)


def check_scorer(corpus: list[LabelledSeries], published: dict, per_file: bool = False) -> bool:
    print("== 1. Scorer check: re-scoring NAB's published raw detector outputs ==")
    print(
        f"{'detector':18} {'profile':19} {'published':>9} {'ours@pub.thr':>12} {'ours swept':>10} "
        f"{'files equal':>11} {'max |diff|':>10}"
    )
    ok, tables = True, []
    for detector, label in REFERENCE.items():
        scores = reference_scores(detector, corpus)
        for profile in PROFILE_NAMES:
            table = published_table(detector, profile)
            threshold = float(next(iter(table.values()))["Threshold"])
            at_published = score_corpus(corpus, scores, PROFILES[profile], threshold=threshold)
            swept = score_corpus(corpus, scores, PROFILES[profile])
            diffs, equal = _compare_files(at_published, table)
            target = published[detector][profile]
            ok &= abs(at_published.normalised - target) <= 0.5 and equal == len(corpus)
            print(
                f"{label:18} {profile:19} {target:9.2f} {at_published.normalised:12.2f} "
                f"{swept.normalised:10.2f} {equal:>6}/{len(corpus)} {diffs:10.1e}"
            )
            if per_file and profile == "standard":
                tables.append((label, at_published, table))
    print("files equal = per-file score within 1e-6 and identical TP/TN/FP/FN counts; 'ours swept' picks the best")
    print("threshold over every distinct score (NAB's published runs used its own optimiser's threshold).")
    print("scorer check:", "PASSED" if ok else "FAILED")
    for label, result, table in tables:
        print_per_file(label, result, table)
    return ok


def _compare_files(result, table: dict[str, dict[str, str]]) -> tuple[float, int]:
    worst, equal = 0.0, 0
    for file in result.files:
        row = table[file.name]
        diff = abs(file.score - float(row["Score"]))
        counts = (file.tp, file.tn, file.fp, file.fn) == tuple(int(row[k]) for k in ("TP", "TN", "FP", "FN"))
        worst = max(worst, diff)
        equal += diff < 1e-6 and counts
    return worst, equal


def run_detector(
    corpus: list[LabelledSeries], values: list[np.ndarray], params: DetectorParams = DEFAULT_PARAMS
) -> tuple[list[np.ndarray], float]:
    score(corpus[0].timestamps.astype(np.int64)[:500], values[0][:500], params)  # warm the lazy imports
    start = time.perf_counter()
    out = [score(s.timestamps.astype(np.int64), v, params).score for s, v in zip(corpus, values, strict=True)]
    return out, time.perf_counter() - start


TUNING_SPLIT = "files sorted by name: even positions = tuning half, odd positions = held-out half"


def split_rows(corpus, scores) -> dict[str, tuple[float, float, float, float]]:
    """Per profile: (full corpus, tuning half, held-out half at the tuning half's threshold, full threshold)."""
    tune = [i for i in range(len(corpus)) if i % 2 == 0]
    held = [i for i in range(len(corpus)) if i % 2 == 1]
    rows = {}
    for profile in PROFILE_NAMES:
        cost = PROFILES[profile]
        full = score_corpus(corpus, scores, cost)
        tuned = score_corpus([corpus[i] for i in tune], [scores[i] for i in tune], cost)
        held_out = score_corpus([corpus[i] for i in held], [scores[i] for i in held], cost, tuned.threshold)
        rows[profile] = (full.normalised, tuned.normalised, held_out.normalised, full.threshold)
    return rows


def _row(label: str, figures) -> None:
    print(f"{label:46} " + " ".join(f"{x:>8.1f}" for x in figures))


def _rows(label: str, rows) -> None:
    _row(f"{label} (full corpus)", (rows[p][0] for p in PROFILE_NAMES))
    _row("  tuning half (29 files, chosen on)", (rows[p][1] for p in PROFILE_NAMES))
    _row("  held-out half (29 files)*", (rows[p][2] for p in PROFILE_NAMES))


PROTOCOL = """\
* split: {split}.
  Held-out rows use the threshold swept on the tuning half.
  Protocol. Default = all-time breaches + ART novelty (round 3). ART's own parameters (window 8, 80 levels,
  median snap 0.075, initial vigilance 0.8, vigilance cap 0.97, 104 learning windows, max step 7, the vigilance
  adaptation and masking rules) are ARTime's published values, chosen by its author on the whole NAB corpus.
  ARTime also reads each file's min/max and length (NAB hands them to detectors); an online detector cannot,
  so ours scales each window by the range seen so far (re-expressing the learned categories when it grows)
  and coarsens the downsampling step with the points seen so far (instance s scores rows 150 s-150 (s+1)).
  Those choices, and adding the all-time breach channel, were made on the tuning half and its two interleaved
  quarters only (tried: fixed learn/step pairs 150-750 / 1-7, a range frozen after learning or widened,
  instances learning just before they score, schedules of 100-693 rows per step, max step 5-10, ensembles and
  votes over steps, an HTM-style likelihood of the ART mismatch, breach of the last 1,000 / 3,000 points,
  spike records, and combinations with the previous default). No held-out or full-corpus figure of any round-3
  variant was computed before the one final run that printed this table. Diagnostic, tuning half only: with
  the file's min/max and length (not online) our ART scored 73.8 / 66.3 / 78.7 there (ARTime's method
  reproduced); online, ART alone scored 65.8 / 60.5 / 69.6 and with the breach channel 72.2 / 66.4 / 76.0.
  Rounds 1-2 built the previous default (RECORD_PARAMS, section 3) on the same tuning half; its held-out and
  full figures were seen before round 3. One parameter set for all 58 series; no per-series parameters."""


def report_detector(corpus, values, published: dict, per_file: bool = False) -> None:
    print("\n== 2. Our default detector (tools/sre/detectors, DEFAULT_PARAMS) on all 58 NAB series ==")
    scores, seconds = run_detector(corpus, values)
    points = sum(len(v) for v in values)
    rows = split_rows(corpus, scores)
    htm = split_rows(corpus, reference_scores("numenta", corpus))
    print(f"{'detector':46} {'standard':>8} {'low FP':>8} {'low FN':>8}")
    _rows("genaiops default", rows)
    _row("Numenta HTM re-scored: tuning half", (htm[p][1] for p in PROFILE_NAMES))
    _row("Numenta HTM re-scored: held-out half*", (htm[p][2] for p in PROFILE_NAMES))
    for name in PUBLISHED_ROWS:
        _row(name + " (published)", (published[name][p] for p in PROFILE_NAMES))
    print("swept thresholds (full corpus): " + ", ".join(f"{p} {rows[p][3]:.4f}" for p in PROFILE_NAMES))
    print(PROTOCOL.format(split=TUNING_SPLIT))
    rate = f"{points:,} points in {seconds:.2f} s = {points / seconds:,.0f} points/s"
    print(f"throughput: {rate} (one process; numpy/scipy single-threaded here)")
    beat = all(rows[p][0] > published["numenta"][p] for p in PROFILE_NAMES)
    print("beats Numenta HTM on all three profiles:", "yes" if beat else "NO")
    if per_file:
        print_per_file("genaiops default detector", score_corpus(corpus, scores, PROFILES["standard"]))


def report_ablations(corpus, values) -> None:
    print("\n== 3. Ablations (fixed before the final run): the previous default, and the ART channel alone ==")
    print(f"{'detector':46} {'standard':>8} {'low FP':>8} {'low FN':>8}")
    _rows("previous default RECORD_PARAMS", split_rows(corpus, run_detector(corpus, values, RECORD_PARAMS)[0]))
    alone = replace(DEFAULT_PARAMS, warmup=len(max(values, key=len)))  # no breach can count: ART alone
    _rows("ART channel alone", split_rows(corpus, run_detector(corpus, values, alone)[0]))


def main() -> int:
    global NAB
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    parser.add_argument("--per-file", action="store_true", help="also print the per-file tables")
    options = parser.parse_args()
    NAB = options.data / "nab"
    if not NAB.is_dir():
        print(
            f"NAB data not found at {NAB}: pass --data DIR, where DIR/nab holds NAB's data/, labels/, config/ and "
            "results/ (https://github.com/numenta/NAB; see docs/data.md)"
        )
        return 1
    check_profiles()
    published = json.loads((NAB / "results" / "final_results.json").read_text())
    corpus, values = load_corpus()
    print(
        f"NAB corpus: {len(corpus)} series, {sum(len(v) for v in values):,} points, "
        f"{sum(len(s.windows) for s in corpus)} windows ({NAB})\n"
    )
    per_file = options.per_file
    ok = check_scorer(corpus, published, per_file)
    report_detector(corpus, values, published, per_file)
    report_ablations(corpus, values)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
