"""Session 28's variant runner: the ops detector under OpsParams overrides, its filter retrained in every fold.

Run: python bench/ops_detector_variants.py NAME '{"field": value, ...}'
     Collects every candidate event of the detector with the overrides on dev + the ten blind sets (cached in
     /tmp/bops11/NAME.pkl), then leaves each blind set out in turn: the filter (recipe e9p1's model, penalty 1) is
     fitted with its threshold rule on the other sets (all eleven: "e11p1"; without blind10: "e10p1") and the
     left-out set's kept events are scored on the collected events (the bench's rule: precision of events, recall
     of windows). Prints mean / worst F1 and mean false alarms per series-day. Used for docs/ops_series.md
     "Session 28"; the detector flags it names are those of commit 0122475 (the unshipped ones were removed after).
"""

import json
import pickle
import sys
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import ops_filter_train as T
from ops_series import DAY, PROBATION_DAYS, TOLERANCE, load

from genaiops.tools.sre.detectors import ops as O
from genaiops.tools.sre.detectors.ops_kinds import infer_kind

SETS = ("dev", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
BLIND = SETS[1:]
DATA = Path("/work/shared/data")


def collect(part, params):
    corpus, _ = load(DATA, part)
    rows_x, rows_y, required, hits, windows, days, series, where = [], [], [], [], 0, 0.0, [], []
    scored_from = PROBATION_DAYS * DAY
    for s in corpus:
        rows = s.rows
        values = s.values[rows]
        kind = infer_kind(s.name.rsplit("_s", 1)[0], values) or "gauge"
        series.append((s, kind))
        scored = O.ops_score(s.timestamps_ms[rows], values, kind, params)
        spans = [(ws, we + TOLERANCE) for ws, we, _ in s.windows]
        for event, features, kept in O.ops_candidates(s.name, scored, values, params):
            start, end = int(rows[event.onset]), int(rows[event.end])
            if end < scored_from:
                continue
            overlaps = [windows + i for i, (ws, we) in enumerate(spans) if start <= we - 1 and end >= ws]
            rows_x.append((*features, 1.0))
            rows_y.append(1.0 if overlaps else 0.0)
            required.append(kept)
            hits.append(overlaps)
            where.append((s.name, start, end))
        windows += len(spans)
        days += (len(s.values) - scored_from) / DAY
    x = np.array(rows_x, dtype=float).reshape(-1, T.SEEN_BEFORE)
    return T.SetEvents(part, x, np.array(rows_y), np.array(required, dtype=bool), hits, windows, days, series, where)


def get(name, overrides):
    path = Path(f"/tmp/bops11/{name}.pkl")
    path.parent.mkdir(exist_ok=True)
    if path.exists():
        return pickle.loads(path.read_bytes())
    params = replace(O.OPS_PARAMS, **overrides)
    t = time.time()
    out = {}
    for part in SETS:
        s = collect(part, params)
        s.series = []  # drop raw series to keep pickle small
        out[part] = s
        print(name, part, len(s.y), int(s.y.sum()), f"{time.time() - t:.0f}s", flush=True)
    path.write_bytes(pickle.dumps(out))
    return out


def loso(sets, training_names, penalty=1.0, label=""):
    recipe = T.Recipe(tuple(training_names), T.SESSION23, penalty=penalty)
    f1s, fas, res = [], [], {}
    for left in BLIND:
        model = T.train([sets[n] for n in recipe.sets if n != left], recipe)
        s = sets[left]
        keep = (T.probabilities(model, s) >= model.threshold) | s.required
        f1, p, r, fa = T.figures(s, keep)
        f1s.append(f1)
        fas.append(fa)
        res[left] = (round(f1, 3), round(fa, 3), model.threshold, round(r, 3))
    unf = [T.figures(sets[b], np.ones(len(sets[b].y), dtype=bool)) for b in BLIND]
    f1u, ru = np.mean([u[0] for u in unf]), np.mean([u[2] for u in unf])
    print(
        f"{label:30} mean {np.mean(f1s):.3f} worst {min(f1s):.3f} FA {np.mean(fas):.3f} | unfiltered"
        f" F1 {f1u:.3f} R {ru:.3f}"
    )
    print("   ", res)
    return np.mean(f1s), min(f1s), np.mean(fas)


if __name__ == "__main__":
    name = sys.argv[1]
    overrides = json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    sets = get(name, overrides)
    loso(sets, SETS, label=name + " e11p1")
    loso(sets, SETS[:-1], label=name + " e10p1(no b10 train)")
