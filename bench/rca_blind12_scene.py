"""Incidents of the twelfth blind RCA set (bench/rca_blind12.py): roots, profiles, hidden services, the change log
(the real change on time, late, never, or none), decoy changes on symptoms, distractors. Written blind, 2026-12-06.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np
from rca_blind12_estates import ESTATES, Estate
from rca_blind12_faults import FAULTS, NEVER_HIDDEN, batch_plateau, gc_pauses, rolling_deploy, traffic_surge
from rca_blind12_physics import Mods, baseline, render

PLAN_SEED = 12077
PRE = 75  # calm minutes before the first onset


@dataclass
class Root:
    kind: str
    service: str
    onset: int
    profile: str
    observed: bool
    logged: str  # "on time", "late", "missing", "none" (nothing anyone changed)


@dataclass
class Incident:
    seed: int
    estate: str
    roots: list[Root]
    start: datetime
    steps: int
    series: dict
    hidden: set[str]
    changes: list = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    decoy: bool = False


def root_visible(es: Estate, hidden: set[str], service: str) -> bool:
    """A root without metrics needs at least two observed callers (its callers all degrade)."""
    if service not in hidden:
        return True
    return len([a for a, _ in es.callers(service) if a not in hidden]) >= 2


def shape(steps: int, onset: int, profile: str, rng) -> np.ndarray:
    t = np.arange(steps)
    if profile == "ramp":
        span = int(rng.integers(8, 22))
        return np.clip((t - onset + 1) / span, 0, 1)
    if profile == "intermittent":
        g = np.zeros(steps)
        i = onset
        while i < steps:
            on = int(rng.integers(2, 6))
            g[i : i + on] = 1
            i += on + int(rng.integers(2, 7))
        return g
    return (t >= onset).astype(float)


def _change(service: str, at: datetime, kind: str, detail: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=at, kind=kind, detail=detail)


def _moves(series: dict, names: list[str], onset: int, intermittent: bool) -> float:
    """The largest robust jump of any metric of ``names`` after ``onset`` against the calm minutes before it."""
    best = 0.0
    for s in names:
        for vals in series[s].values():
            pre, post = vals[max(0, onset - 60) : onset], vals[onset : onset + 20]
            mid = float(np.median(pre))
            spread = float(np.quantile(pre, 0.9) - np.quantile(pre, 0.1)) / 2.56 + 1e-3 * max(abs(mid), 1e-3)
            lvl = np.quantile(post, [0.85, 0.15] if intermittent else [0.6, 0.4])
            best = max(best, float(np.max(np.abs(lvl - mid))) / spread)
    return best


def _free(es: Estate, kind: str, taken: list[str]) -> list[str]:
    out = []
    for s in sorted(es.kinds):
        if not FAULTS[kind][0](es, s) or s in taken:
            continue
        if any(t in es.ancestors(s) or t in es.descendants(s) for t in taken):
            continue
        out.append(s)
    return out


NAMES = ("stillframe", "crate-simmer", "harbourline", "keystone")
DECOY_DETAIL = [
    ("deploy", "release {n}: copy changes on the summary page"), ("restart", "rolling restart by on-call"),
    ("scale", "hpa min replicas 4 -> 6"), ("deploy", "bump base image, cve patch {n}"),
    ("config", "log level debug for troubleshooting"), ("deploy", "hotfix {n}: null check in mapper"),
]  # fmt: skip
CHORES = ["dependency bump", "dashboard tweak", "add tracing attribute", "scale-in after campaign", "canary 5%"]


def _distract(es, base, mods, truth, hidden, bystanders, start, changes, rng) -> list[str]:
    """One to three of: GC pauses on a bystander, a batch plateau, a healthy rolling deploy (logged), a surge."""
    distractors = []
    for d in rng.choice(["gc", "batch", "rolling", "surge", "none"], int(rng.integers(1, 4)), replace=False):
        at = PRE + int(rng.integers(-25, 12))
        if d == "gc":
            pool = [s for s in bystanders if es.kinds[s] in ("api", "worker")] or [
                s for s in sorted(es.kinds) if es.kinds[s] in ("api", "worker") and s not in truth and s not in hidden
            ]
            s = pool[int(rng.integers(0, len(pool)))]
            gc_pauses(es, base, mods, s, at, rng)
        elif d == "batch":
            jobs = [s for s in es.of_kind("batch") if s not in truth]
            if not jobs:
                continue
            s = jobs[int(rng.integers(0, len(jobs)))]
            batch_plateau(es, base, mods, s, at, rng)
        elif d == "rolling":
            pool = [s for s in bystanders if es.kinds[s] == "api"] or [
                s for s in es.of_kind("api") if s not in truth and s not in hidden
            ]
            s = pool[int(rng.integers(0, len(pool)))]
            rolling_deploy(es, base, mods, s, at, rng)
            what = f"rolling update v{rng.integers(2, 40)}.{rng.integers(0, 30)} (3/3 ready)"
            changes.append(_change(s, start + timedelta(minutes=at), "deploy", what))
        elif d == "surge":
            s = "entry"
            traffic_surge(es, base, mods, at, rng)
        else:
            continue
        distractors.append(f"{d}:{s}")
    return distractors


def draw(seed: int, attempt: int, n_roots: int, first_kind: str) -> Incident:
    rng = np.random.default_rng([PLAN_SEED, seed, attempt])
    pick = int(rng.integers(0, 4))
    order = [NAMES[(pick + i) % 4] for i in range(4)]
    name = next(n for n in order if _free(ESTATES[n], first_kind, []))
    es = ESTATES[name]
    steps = PRE + 32 + 18 * (n_roots - 1)
    start = datetime(2026, 4, 6, tzinfo=UTC) + timedelta(
        days=int(rng.integers(0, 180)), minutes=int(rng.integers(0, 1440))
    )
    base = baseline(es, rng, steps, start)
    mods = Mods(steps)
    hidden = set(es.dark) | set(es.of_kind("ext"))
    kinds = [first_kind] + [
        str(k) for k in rng.choice([k for k in FAULTS if k != first_kind], n_roots - 1, replace=False)
    ]
    roots: list[Root] = []
    changes = []
    taken: list[str] = []
    for i, kind in enumerate(kinds):
        free = _free(es, kind, taken)
        if not free:
            continue
        s = free[int(rng.integers(0, len(free)))]
        taken.append(s)
        onset = PRE + int(rng.integers(0, 6)) + (0 if i == 0 else int(rng.integers(3, 18)))
        profile = str(rng.choice(["step", "step", "small", "ramp", "intermittent"]))
        amp = float(rng.uniform(0.3, 0.5)) if profile == "small" else float(rng.uniform(0.8, 1.15))
        g = shape(steps, onset, "step" if profile == "small" else profile, rng)
        natural = FAULTS[kind][1](es, base, mods, s, g, amp, rng)
        observed = s not in hidden
        hideable = observed and kind not in NEVER_HIDDEN and es.kinds[s] not in ("cache", "broker")
        if hideable and rng.random() < 0.3 and root_visible(es, hidden | {s}, s):
            hidden.add(s)
            observed = False
        logged = "none"
        if natural is not None:
            logged = str(rng.choice(["on time", "on time", "on time", "late", "missing"]))
            at = {"on time": onset - int(rng.integers(0, 4)), "late": onset + int(rng.integers(6, 22))}.get(logged)
            if at is not None:
                at = min(at, steps - 1)
                changes.append(_change(s, start + timedelta(minutes=at), natural[0], natural[1]))
        roots.append(Root(kind, s, onset, profile, observed, logged))
    truth = {r.service for r in roots}
    near = set(truth)
    for r in roots:
        near |= es.ancestors(r.service) | es.descendants(r.service)
    bystanders = [s for s in sorted(es.kinds) if s not in near and s not in hidden]
    distractors = _distract(es, base, mods, truth, hidden, bystanders, start, changes, rng)
    symptoms = sorted(
        (set().union(*[es.ancestors(r.service) for r in roots]) - truth - hidden)
        & set(es.of_kind("api", "worker", "edge"))
    )
    decoy = bool(symptoms) and rng.random() < 0.5
    if decoy:
        s = symptoms[int(rng.integers(0, len(symptoms)))]
        at = roots[0].onset + int(rng.integers(-7, 4))
        kind, detail = DECOY_DETAIL[int(rng.integers(0, len(DECOY_DETAIL)))]
        changes.append(_change(s, start + timedelta(minutes=at), kind, detail.format(n=rng.integers(100, 999))))
    for _ in range(int(rng.integers(0, 3))):
        if bystanders:
            s = bystanders[int(rng.integers(0, len(bystanders)))]
            at = int(rng.integers(3, steps - 3))
            changes.append(_change(s, start + timedelta(minutes=at), "deploy", CHORES[int(rng.integers(0, 5))]))
    series = render(es, base, mods, rng)
    return Incident(seed, name, roots, start, steps, series, hidden, changes, distractors, decoy)


def clear(inc: Incident) -> bool:
    """Every root is there and moves: its own metrics, or (without metrics) its observed callers'."""
    es = ESTATES[inc.estate]
    for r in inc.roots:
        if not root_visible(es, inc.hidden, r.service):
            return False
        names = [r.service] if r.observed else [a for a, _ in es.callers(r.service) if a not in inc.hidden]
        if _moves(inc.series, names, r.onset, r.profile == "intermittent") < 5:
            return False
    return True


def make_incident(seed: int, n_roots: int, first_kind: str) -> Incident:
    for attempt in range(30):
        inc = draw(seed, attempt, n_roots, first_kind)
        if len(inc.roots) == n_roots and clear(inc):
            return inc
    raise RuntimeError(f"seed {seed}: no clear draw of {first_kind} with {n_roots} roots")
