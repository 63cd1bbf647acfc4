"""Train the ops detector's event filter (tools/sre/detectors/ops_filter.py) across the authors, and estimate it
leave-one-set-out.

Run: python bench/ops_filter_train.py [--loso] [--write] [--variant NAME ...]
     Every event the ops detector raises (unfiltered) on the own dev split and the nine blind sets (--split blind ..
     blind9 of bench/ops_series.py: nine authors, development data since sessions 20 to 27) is collected with its
     features (ops_filter.FEATURES, plus session 25's seen_before, computed here), whether the filter never drops it
     (the count-spike and critical-missing-activity rules), and labelled true when it overlaps a labelled window
     extended by one hour (the bench's rule; events ending in the probation week are left out, as the bench leaves
     them out).
     Model: logistic regression on standardised features, L2 penalty 0.1, fitted by Newton's method (deterministic);
     each set weighs the same in total (its events share a weight of 1), so no author dominates.
     Threshold rule (fixed before any fit): out-of-fold probabilities by leave-one-set-out over the training sets,
     then the threshold in 0.00, 0.01, .., 0.99 with the highest MEAN per-set event F1 (the bench's F1: precision
     of events, recall of windows); ties go to the lowest.
     Recipes (RECIPES): ol3 is session 24's (seven sets, session 23's 24 features); e8 the same on eight sets; e8s,
     e8 with seen_before (how well an earlier day of the last week matches the event's span, against the profile);
     session 26's e9 (nine sets), e9r (e9, its threshold judged counting the events always kept) and e9p1 (e9 with
     L2 penalty 1), which ships: e9 breaks a pinned test (a batch moved an hour after a DST date must alarm at most
     0.7 times the same move in January) and e9r another (a quarter of a sparse share's requests failing for 15
     minutes is found); docs/ops_series.md "Session 26". Session 27's e10p1 (e9p1 on ten sets, blind9 added) is
     measured, not shipped: leave-one-set-out mean F1 0.743 against e9p1's 0.745, and it breaks the pinned DST test
     (6 vs 8 events); docs/ops_series.md "Session 27".
     Session 24's v2-v4 are in commit bb4ab1e. Since session 29 SETS runs to blind11 (eleven blind sets, the
     tenth and eleventh development data since sessions 28 and 29): e11p1 and e12p1 are e9p1 on eleven and twelve
     sets; --loso leaves each of the eleven out. e9p1 still ships (docs/ops_series.md "Session 29"). Since session
     30 SETS ends with blind14 (the fourteenth set, development data since session 30; there is no twelfth or
     thirteenth ops set): e13p1 is e9p1 on thirteen sets; --loso leaves each of the twelve blind sets out.
     --loso: for each of the nine blind sets, fit (and pick the threshold, nested) on the recipe's other sets,
     then score the left-out set through ops_events with that model (e8s, whose feature the tool does not compute,
     on the collected events by the same rule), beside the unfiltered detector (this branch's); then the false
     events kept, by the normal behaviour they overlap (blind3 .. blind9 record them).
     --write: fit the shipped recipe on all its sets (threshold by their leave-one-set-out) and write the table;
     rerunning it writes the same bytes.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from datadir import default_data_dir
from ops_series import DAY, PROBATION_DAYS, TOLERANCE, Tally, false_alarm_causes, load, load_normals, tally
from ops_series_data import OpsSeries

from genaiops.tools.sre.detectors.ops import OpsEvent, OpsScored, ops_candidates, ops_events, ops_score
from genaiops.tools.sre.detectors.ops_filter import FEATURES, TABLE, EventFilter, filter_from_table
from genaiops.tools.sre.detectors.ops_kinds import infer_kind

SETS = (
    "dev",
    "blind",
    "blind2",
    "blind3",
    "blind4",
    "blind5",
    "blind6",
    "blind7",
    "blind8",
    "blind9",
    "blind10",
    "blind11",
    "blind14",
)
BLIND = SETS[1:]
THRESHOLDS = np.round(np.arange(0.0, 1.0, 0.01), 2)
SESSION23 = len(FEATURES)  # session 23's features (all of them; the tool's)
SEEN_BEFORE = SESSION23 + 1  # and session 25's seen_before, computed here (seen_before), not in the tool


@dataclass(frozen=True)
class Recipe:
    """What a variant trains on (sets, feature columns), its L2 penalty and whether its threshold rule counts the
    count spikes the filter never drops as kept."""

    sets: tuple[str, ...]
    columns: int
    penalty: float = 0.1
    rule_aware: bool = False
    no_harm: bool = False  # only thresholds at which no training set's out-of-fold F1 is below its unfiltered F1


# Session 24's v2 (+ novelty and recurring features), v3 (v2, threshold judged with the count-spike rule) and v4
# (v2, threshold lowering no training set's out-of-fold F1) are in commit bb4ab1e (not shipped).
RECIPES = {
    "ol3": Recipe(SETS[:-6], SESSION23),  # session 24's (ops-learn3): seven sets
    "e8": Recipe(SETS[:-5], SESSION23),  # the same on eight sets
    "e8s": Recipe(SETS[:-5], SEEN_BEFORE),  # e8 with seen_before (not shipped: it breaks a pinned test)
    "e9": Recipe(SETS[:-4], SESSION23),  # session 26: nine sets (blind8 development data since session 25)
    "e9r": Recipe(SETS[:-4], SESSION23, rule_aware=True),  # e9, its threshold judged with the events always kept
    "e9p1": Recipe(SETS[:-4], SESSION23, penalty=1.0),  # e9 with a stronger L2 penalty: ships (session 26)
    "e10p1": Recipe(SETS[:-3], SESSION23, penalty=1.0),  # session 27: e9p1 on ten sets (blind9 development data)
    "e11p1": Recipe(SETS[:-2], SESSION23, penalty=1.0),  # session 28: e9p1 on eleven sets (blind10 added)
    "e12p1": Recipe(SETS[:-1], SESSION23, penalty=1.0),  # session 29: e9p1 on twelve sets (blind11 development data)
    "e13p1": Recipe(SETS, SESSION23, penalty=1.0),  # session 30: e9p1 on thirteen sets (blind14 development data)
}
SHIPPED = "e9p1"  # with the learned weekend (session 26); e9, e9r and e10p1 each break a pinned test


@dataclass
class SetEvents:
    """One set's scored events: features, labels, which windows each event overlaps; and its size."""

    name: str
    x: np.ndarray
    y: np.ndarray
    required: np.ndarray
    hits: list[list[int]]
    windows: int
    days: float
    series: list[tuple[OpsSeries, str]] = field(default_factory=list)
    spans: list[tuple[str, int, int]] = field(default_factory=list)  # each event's series and rows


def collect(part: str, data: Path) -> SetEvents:
    corpus, _ = load(data, part)
    rows_x, rows_y, required, hits, windows, days, series, where = [], [], [], [], 0, 0.0, [], []
    scored_from = PROBATION_DAYS * DAY
    for s in corpus:
        rows = s.rows
        values = s.values[rows]
        kind = infer_kind(s.name.rsplit("_s", 1)[0], values) or "gauge"
        series.append((s, kind))
        scored = ops_score(s.timestamps_ms[rows], values, kind)
        spans = [(ws, we + TOLERANCE) for ws, we, _ in s.windows]
        for event, features, kept in ops_candidates(s.name, scored, values):
            start, end = int(rows[event.onset]), int(rows[event.end])
            if end < scored_from:
                continue
            overlaps = [windows + i for i, (ws, we) in enumerate(spans) if start <= we - 1 and end >= ws]
            rows_x.append((*features, seen_before(scored, event, rows)))
            rows_y.append(1.0 if overlaps else 0.0)
            required.append(kept)
            hits.append(overlaps)
            where.append((s.name, start, end))
        windows += len(spans)
        days += (len(s.values) - scored_from) / DAY
    x = np.array(rows_x, dtype=float).reshape(-1, SEEN_BEFORE)
    return SetEvents(part, x, np.array(rows_y), np.array(required, dtype=bool), hits, windows, days, series, where)


def seen_before(scored: OpsScored, event: OpsEvent, rows: np.ndarray) -> float:
    """Session 25's variant feature: how well the best earlier day of the last week (any day type, the same time
    of day) matches the event's span, as a share of how well the profile does (mean absolute difference on the
    detector's scale; 0 = an earlier day shows the same values, 1 = no better than the profile, capped at 2)."""
    onset, end = int(rows[event.onset]), int(rows[event.end])
    x, expected, per_day = scored.domain.x, scored.expected, scored.points_per_day
    span = x[onset : end + 1]
    base = float(np.nanmean(np.abs(span - expected[onset : end + 1])))
    if not np.isfinite(base) or base <= 0.0:
        return 1.0
    best = 2.0
    for k in range(1, 8):
        start = onset - k * per_day
        if start < 0:
            break
        diff = float(np.nanmean(np.abs(span - x[start : start + len(span)])))
        if np.isfinite(diff):
            best = min(best, diff / base)
    return best


def fit(sets: list[SetEvents], recipe: Recipe, threshold: float = 0.5) -> EventFilter:
    """Weighted logistic regression, L2 on the standardised weights (not the intercept), Newton's method, on the
    recipe's first feature columns (the others get weight 0)."""
    penalty, unused = recipe.penalty, len(FEATURES) - recipe.columns
    x = np.vstack([s.x[:, : recipe.columns] for s in sets])
    y = np.concatenate([s.y for s in sets])
    w = np.concatenate([np.full(len(s.y), 1.0 / max(len(s.y), 1)) for s in sets])
    mean = np.average(x, axis=0, weights=w)
    scale = np.sqrt(np.average((x - mean) ** 2, axis=0, weights=w))
    scale = np.where(scale > 1e-9, scale, 1.0)
    design = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    beta = np.zeros(design.shape[1])
    ridge = np.full(design.shape[1], penalty)
    ridge[0] = 0.0
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(design @ beta, -50, 50)))
        grad = design.T @ (w * (p - y)) + ridge * beta
        hess = (design * (w * p * (1 - p))[:, None]).T @ design + np.diag(ridge) + 1e-12 * np.eye(len(beta))
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return EventFilter(
        (*_round(mean), *[0.0] * unused),
        (*_round(scale), *[1.0] * unused),
        (*_round(beta[1:]), *[0.0] * unused),
        float(_round(beta[:1])[0]),
        threshold,
    )


def _round(a: np.ndarray) -> list[float]:
    return [float(f"{v:.6g}") for v in a]


def probabilities(model: EventFilter, s: SetEvents) -> np.ndarray:
    columns = len(model.weights)
    return np.array([model.probability(tuple(row[:columns])) for row in s.x])


def figures(s: SetEvents, keep: np.ndarray) -> tuple[float, float, float, float]:
    """F1, precision, recall, false alarms per series-day of the set's events kept."""
    events, true = int(keep.sum()), int((keep & (s.y > 0)).sum())
    caught = len({w for k, h in zip(keep, s.hits, strict=True) if k for w in h})
    p = true / events if events else 1.0
    r = caught / s.windows if s.windows else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f1, p, r, (events - true) / s.days


def kept(s: SetEvents, p: np.ndarray, threshold: float, recipe: Recipe) -> np.ndarray:
    keep = p >= threshold
    return keep | s.required if recipe.rule_aware else keep


def pick_threshold(sets: list[SetEvents], recipe: Recipe) -> float:
    """The rule: leave-one-set-out probabilities over ``sets``, the threshold with the best mean per-set F1."""
    oof = []
    for i, s in enumerate(sets):
        model = fit(sets[:i] + sets[i + 1 :], recipe)
        oof.append(probabilities(model, s))
    pairs = list(zip(sets, oof, strict=True))
    f1 = np.array([[figures(s, kept(s, p, t, recipe))[0] for s, p in pairs] for t in THRESHOLDS])
    means = f1.mean(axis=1)
    if recipe.no_harm:
        unfiltered = np.array([figures(s, np.ones(len(s.y), dtype=bool))[0] for s in sets])
        means = np.where((f1 >= unfiltered - 1e-12).all(axis=1), means, -1.0)
    return float(THRESHOLDS[int(np.argmax(means))])


def train(sets: list[SetEvents], recipe: Recipe) -> EventFilter:
    return fit(sets, recipe, pick_threshold(sets, recipe))


def score_through_tool(s: SetEvents, model: EventFilter | None, false: list) -> Tally:
    """The left-out set scored as bench/ops_series.py scores it: ops_events with this filter (None: unfiltered).
    A model over more columns than the tool computes (seen_before) is scored on the collected events instead, with
    the same rule (kept: clears the threshold or required). False events go to ``false`` (name, start, end)."""
    total = Tally()
    if model is not None and len(model.weights) > len(FEATURES):
        keep = (probabilities(model, s) >= model.threshold) | s.required
        for series, _ in s.series:
            mine = [i for i, (name, _, _) in enumerate(s.spans) if name == series.name]
            total.add(tally(series, [s.spans[i][1:] for i in mine if keep[i]], {}, false))
        return total
    for series, kind in s.series:
        rows = series.rows
        values = series.values[rows]
        scored = ops_score(series.timestamps_ms[rows], values, kind)
        events = ops_events(series.name, scored, values, event_filter=model)
        total.add(tally(series, [(int(rows[e.onset]), int(rows[e.end])) for e in events], {}, false))
    return total


def loso(sets: dict[str, SetEvents], variants: list[str]) -> None:
    head = f"{'left out':9} {'detector':8} {'thr':>5} {'events':>6} {'F1':>6} {'P':>6} {'R':>6} {'FA/sd':>6}"
    print(head)
    summary: dict[str, list[float]] = {}
    causes: dict[tuple[str, str], dict] = {}
    for left in BLIND:
        rows = [("main", None)] + [(v, train(_without(sets, RECIPES[v], left), RECIPES[v])) for v in variants]
        normals = load_normals(left)
        for label, model in rows:
            false: list[tuple[str, int, int]] = []
            t = score_through_tool(sets[left], model, false)
            fa = (t.events - t.true_events) / t.days
            thr = f"{model.threshold:.2f}" if model else "-"
            print(f"{left:9} {label:8} {thr:>5} {t.events:6d} {t.f1:6.3f} {t.precision:6.3f} {t.recall:6.3f} {fa:6.3f}")
            summary.setdefault(label, []).extend([t.f1, fa])
            if normals is not None:
                causes[left, label] = false_alarm_causes(false, normals)
        sys.stdout.flush()
    print("\nfalse events kept out of fold, by the normal behaviour they overlap (ordinary = none):")
    for (left, label), counts in causes.items():
        print(f"{left} {label}: {sum(counts.values())} = " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    print()
    for label, values in summary.items():
        f1s, fas = values[0::2], values[1::2]
        print(
            f"{label:8} mean F1 {np.mean(f1s):.3f} worst {min(f1s):.3f}; mean FA/series-day {np.mean(fas):.3f} "
            f"worst {max(fas):.3f}"
        )


def _without(sets: dict[str, SetEvents], recipe: Recipe, left: str) -> list[SetEvents]:
    return [sets[name] for name in recipe.sets if name != left]


def table(model: EventFilter, sets: list[SetEvents], penalty: float) -> str:
    doc = {
        "about": "ops detector event filter: logistic model over ops_filter.FEATURES, written by "
        f"bench/ops_filter_train.py --write (trained on dev + blind..{sets[-1].name}, each set weighing the same; "
        "threshold: best mean per-set leave-one-set-out event F1)",
        "features": list(FEATURES),
        "mean": list(model.mean),
        "scale": list(model.scale),
        "weights": list(model.weights),
        "intercept": model.intercept,
        "threshold": model.threshold,
        "penalty": penalty,
        "events": {s.name: [int(len(s.y)), int(s.y.sum())] for s in sets},
    }
    return json.dumps(doc, indent=1) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir())
    parser.add_argument("--loso", action="store_true", help="leave each blind set out in turn")
    parser.add_argument("--write", action="store_true", help=f"write {TABLE.name}")
    parser.add_argument("--variant", choices=sorted(RECIPES), nargs="+", default=sorted(RECIPES))
    options = parser.parse_args()
    sets = {name: collect(name, options.data) for name in SETS}
    for s in sets.values():
        f1, p, r, fa = figures(s, np.ones(len(s.y), dtype=bool))
        print(f"{s.name:7} {len(s.y):4d} events, {int(s.y.sum()):4d} true; unfiltered F1 {f1:.3f} FA {fa:.3f}")
    if options.loso:
        loso(sets, options.variant)
    if options.write:
        recipe = RECIPES[SHIPPED]
        training = [sets[name] for name in recipe.sets]
        model = train(training, recipe)
        TABLE.write_text(table(model, training, recipe.penalty), encoding="utf-8")
        print(f"wrote {TABLE} (threshold {model.threshold:.2f})")
        shipped = filter_from_table(json.loads(TABLE.read_text(encoding="utf-8")))
        assert shipped == model
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
