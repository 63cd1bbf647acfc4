"""The rest of an incident's scene for the third blind RCA set: distractors and the change log.

Distractors move metrics without being faults: GC pauses, a batch job's CPU plateau, a healthy rolling deploy
(logged), a traffic surge. The change log holds background changes, the change that triggered a root (logged on
time, late -- the pipeline records completion, not start -- or not at all) and, in some incidents, a decoy deploy
on a service that is only a symptom of a root.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
from rca_blind3_estates import Estate
from rca_blind3_faults import FAULTS, batch_plateau, gc_pauses, rolling_deploy, traffic_surge
from rca_blind3_physics import Effects

BACKGROUND = (
    ("scale", "replicas 4 -> 6 (pre-campaign)"),
    ("config", "feature flag checkout_v2_banner 10% -> 25%"),
    ("deploy", "chore: bump base image"),
    ("config", "otel sampling 0.05 -> 0.1"),
    ("restart", "manual restart after node drain"),
    ("deploy", "fix typo in email template"),
)


def _change(service: str, at: datetime, kind: str, detail: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=at, kind=kind, detail=detail)


def add_distractors(es: Estate, eff: Effects, roots, start: datetime, rng: np.random.Generator) -> list:
    """Apply distractors to ``eff``; return the changes they log (healthy rolling deploys)."""
    names = {r.service for r in roots}
    others = [s for s in sorted(es.kinds) if s not in names and es.kinds[s] not in ("external",)]
    changes = []
    if rng.random() < 0.5:
        for s in rng.choice(others, size=int(rng.integers(1, 4)), replace=False):
            gc_pauses(eff, str(s), rng)
    batches = [s for s in others if es.kinds[s] == "batch"]
    if batches and rng.random() < 0.35:
        batch_plateau(eff, str(rng.choice(batches)), int(rng.integers(30, eff.steps - 60)), rng)
    if rng.random() < 0.4:
        s = str(rng.choice([s for s in others if es.kinds[s] in ("api", "bff", "worker")]))
        at = int(rng.integers(40, eff.steps - 20))
        rolling_deploy(eff, s, at, rng)
        changes.append(_change(s, start + timedelta(minutes=at), "deploy", f"{s} rolling update, 4/4 pods ready"))
    if rng.random() < 0.25:
        traffic_surge(eff, int(rng.integers(60, eff.steps - 50)), rng)
    return changes


def add_changes(es: Estate, roots, hidden: set[str], changes: list, start: datetime, rng) -> bool:
    """Log background changes, each root's trigger (setting ``root.logged``) and maybe a decoy; True if a decoy."""
    names = {r.service for r in roots}
    for _ in range(int(rng.integers(0, 4))):
        s = str(rng.choice([s for s in sorted(es.kinds) if s not in names and es.kinds[s] != "external"]))
        kind, detail = BACKGROUND[int(rng.integers(len(BACKGROUND)))]
        changes.append(_change(s, start + timedelta(minutes=int(rng.integers(0, 170))), kind, detail))
    for r in roots:
        trigger = FAULTS[r.kind].change
        if trigger is None:
            r.logged = "none"
            continue
        u = rng.random()
        r.logged = "on time" if u < 0.5 else "late" if u < 0.75 else "missing"
        if r.logged == "missing":
            continue
        lag = -int(rng.integers(0, 4)) if r.logged == "on time" else int(rng.integers(8, 26))
        at = start + timedelta(minutes=r.onset + lag)
        changes.append(_change(r.service, at, trigger[0], trigger[1]))
    if rng.random() >= 0.4:
        return False
    symptoms = sorted(
        {
            c
            for r in roots
            for c in es.ancestors(r.service)
            if c not in hidden and c not in names and es.kinds[c] not in ("gateway",)
        }
    )
    close = [s for s in symptoms if any(s in es.callers(r.service) for r in roots)] or symptoms
    if not close:
        return False
    s = str(rng.choice(close))
    onset = min(r.onset for r in roots)
    at = start + timedelta(minutes=onset + int(rng.integers(-8, 5)))
    changes.append(_change(s, at, "deploy", f"{s} v{int(rng.integers(100, 999))} -> canary 100%"))
    return True
