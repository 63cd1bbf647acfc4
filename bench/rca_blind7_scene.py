"""The seventh blind RCA set's scene: fault profiles over time, the change log (real, late, missing, decoys,
unrelated deploys), distractors, and the visibility rule a draw must pass.

Visibility (what a careful SRE could see): a metric is *disturbed* when, in the first 25 minutes the fault is
active, at least 40 % of the samples sit more than 5 robust sigmas (from the 60 calm minutes before the first
fault) away from the calm median. A root with metrics must have a disturbed metric of its own; a root without
metrics must have at least two observed direct callers with a disturbed metric. Visibility is judged on a render
of the faults alone (same noise), so that a distractor never makes a root look visible.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from rca_blind7_faults import batch_plateau, gc_pauses, rolling_deploy, traffic_surge

from genaiops.tools.sre.environment import ChangeEvent

Z, SHARE, LOOK = 5.0, 0.4, 25
FLOOR = {"latency_p99_ms": 0.02, "error_rate": 0.002, "saturation": 0.01}


def shape(profile: str, onset: int, steps: int, rng: np.random.Generator) -> tuple[np.ndarray, float]:
    """The fault's strength over the window (0..1) and its severity."""
    t = np.arange(steps, dtype=float)
    sev = rng.uniform(0.3, 0.5) if profile == "small" else rng.uniform(0.8, 1.3)
    if profile == "ramp":
        return np.clip((t - onset) / rng.uniform(20, 45), 0, 1), sev
    g = np.clip((t - onset + 1) / rng.uniform(1, 3), 0, 1)
    if profile == "intermittent":
        on = np.zeros(steps)
        i = onset
        while i < steps:
            n = int(rng.integers(2, 7))
            on[i : i + n] = 1
            i += n + int(rng.integers(3, 10))
        g = g * on
    return g, sev


def _robust(values: np.ndarray, metric: str) -> tuple[float, float]:
    med = float(np.median(values))
    mad = float(np.median(np.abs(values - med))) * 1.4826
    floor = FLOOR[metric] * (med if metric == "latency_p99_ms" else 1.0)
    return med, max(mad, floor)


def disturbed(series: dict, service: str, calm: slice, active: np.ndarray) -> bool:
    """Whether any metric of ``service`` is plainly off during the fault's first active minutes."""
    look = np.flatnonzero(active)[:LOOK]
    if len(look) == 0:
        return False
    for metric, vals in series[service].items():
        med, sigma = _robust(vals[calm], metric)
        if np.mean(np.abs(vals[look] - med) / sigma > Z) >= SHARE:
            return True
    return False


def root_visible(es, series, hidden, root, calm, active) -> bool:
    if root not in hidden:
        return disturbed(series, root, calm, active)
    seen = [a for a, _ in es.callers(root) if a not in hidden and disturbed(series, a, calm, active)]
    return len(seen) >= 2


def _version(rng) -> str:
    major, minor, patch = int(rng.integers(1, 9)), int(rng.integers(0, 60)), int(rng.integers(0, 20))
    return f"{major}.{minor}.{patch}"


DEPLOY_NOTES = (
    "rollout {v} via argo, 3/3 pods ready",
    "deploy {v} (pipeline #{n})",
    "helm upgrade -> {v}",
    "release {v}: dependency bumps",
    "v{v} canary promoted",
    "hotfix {v}",
)


def change(service: str, at, kind: str, detail: str, rng) -> ChangeEvent:
    if kind == "deploy":
        note = DEPLOY_NOTES[int(rng.integers(len(DEPLOY_NOTES)))].format(v=_version(rng), n=int(rng.integers(1e4)))
        detail = note if detail == "new release" else f"{note}; {detail}"
    return ChangeEvent(service=service, at=at, kind=kind, detail=detail)


def real_change(root, spec, start, rng) -> tuple[str, list[ChangeEvent]]:
    """How the root's own change reached the log: on time, late, missing, or none (a fault nobody changed)."""
    if spec is None:
        return "none", []
    kind, detail = spec
    logged = ["on time", "late", "missing"][int(rng.choice(3, p=[0.5, 0.25, 0.25]))]
    if logged == "missing":
        return logged, []
    offset = -rng.uniform(0.5, 4) if logged == "on time" else rng.uniform(8, 30)
    at = start + timedelta(minutes=root.onset + float(offset))
    return logged, [change(root.service, at, kind, detail, rng)]


def decoy_change(es, roots, hidden, series, calm, actives, start, rng) -> list[ChangeEvent]:
    """A deploy on a service that is only a symptom (a disturbed caller of a root), just before or at the onset."""
    names = {r.service for r in roots}
    options = []
    for r, active in zip(roots, actives, strict=True):
        for a in sorted(es.ancestors(r.service)):
            if a not in names and a not in hidden and disturbed(series, a, calm, active):
                options.append((a, r.onset))
    if not options:
        return []
    svc, onset = options[int(rng.integers(len(options)))]
    at = start + timedelta(minutes=onset + float(rng.uniform(-9, 3)))
    kind = "deploy" if rng.random() < 0.75 else "config"
    detail = "new release" if kind == "deploy" else "feature flag rollout"
    return [change(svc, at, kind, detail, rng)]


def unrelated_changes(es, roots, steps, start, rng) -> list[ChangeEvent]:
    near = set()
    for r in roots:
        near |= es.ancestors(r.service) | es.descendants(r.service) | {r.service}
    far = sorted(s for s, k in es.kinds.items() if s not in near and k not in ("external", "queue"))
    out = []
    for _ in range(int(rng.integers(0, 4)) if far else 0):
        s = far[int(rng.integers(len(far)))]
        kind = ["deploy", "config", "scale", "restart"][int(rng.choice(4, p=[0.55, 0.25, 0.12, 0.08]))]
        out.append(change(s, start + timedelta(minutes=float(rng.uniform(5, steps - 5))), kind, "new release", rng))
    return out


def distractors(es, roots, hidden, eff, steps, start, rng) -> list[ChangeEvent]:
    """GC pauses, a batch plateau, a healthy rolling deploy (with its change), a traffic surge: 0-2 of them."""
    names = {r.service for r in roots}
    plain = sorted(s for s, k in es.kinds.items() if s not in names and k in ("api", "bff", "worker", "search"))
    batches = sorted(s for s, k in es.kinds.items() if k == "batch" and s not in names)
    events = []
    for _ in range(int(rng.choice(3, p=[0.3, 0.45, 0.25]))):
        what = rng.choice(["gc", "batch", "rolling", "surge"])
        if what == "gc" and plain:
            gc_pauses(es, plain[int(rng.integers(len(plain)))], steps, rng, eff)
        elif what == "batch" and batches:
            batch_plateau(es, batches[int(rng.integers(len(batches)))], steps, rng, eff)
        elif what == "rolling" and plain:
            s = plain[int(rng.integers(len(plain)))]
            t0 = rolling_deploy(es, s, steps, rng, eff)
            events.append(change(s, start + timedelta(minutes=t0), "deploy", "new release", rng))
        elif what == "surge":
            traffic_surge(es, steps, rng, eff)
    return events
