"""Incident assembly of the ninth blind RCA set (bench/rca_blind9.py): roots, profiles, what is observed, the
change log (the real change on time, late, missing or none; decoys on symptoms; unrelated changes) and the
distractors, then the render. Written for this set."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np
from rca_blind9_estates import ESTATES, Estate
from rca_blind9_faults import (
    CHANGE,
    FAULTS,
    NO_RAMP,
    SOMETIMES_NONE,
    batch_plateau,
    eligible,
    envelope,
    gc_pauses,
    rolling_deploy,
    traffic_surge,
)
from rca_blind9_physics import Scene, render

STEPS = 160  # one-minute steps per incident
PRE = 80  # calm minutes before the first onset (at least)
PROFILES = ("step", "small", "ramp", "intermittent")
HIDE_ROOT = 0.22  # chance that a root able to be hidden (two observed callers or more) has no metrics
HIDE_OTHER = 0.08

DECOY_TEXT = {
    "deploy": ["release {v}", "hotfix {v}: log level tweak", "canary promoted to 100% ({v})", "image rebuilt {v}"],
    "config": ["feature flag 'dark-mode-banner' on", "HPA min replicas 3 -> 4", "timeout 2s -> 3s", "log sampling 10%"],
}
OTHER_TEXT = {
    "scale": ["replicas 6 -> 8", "replicas 4 -> 5 (pre-peak)"],
    "restart": ["pod rotation after node drain", "weekly restart"],
    "deploy": ["release {v}", "dependency bump {v}"],
}


@dataclass
class Root:
    kind: str
    service: str
    onset: int
    profile: str
    observed: bool
    logged: str  # "on time", "late", "missing", or "none" (the kind left no change)


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
    """A root is fair to ask for if it has metrics, or at least two of its callers do (they all degrade)."""
    return service not in hidden or len([c for c, _ in es.callers(service) if c not in hidden]) >= 2


def _version(rng) -> str:
    return f"v{int(rng.integers(1, 9))}.{int(rng.integers(0, 40))}.{int(rng.integers(0, 12))}"


def _change(start: datetime, step: int, service: str, kind: str, detail: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=start + timedelta(minutes=int(step), seconds=17), kind=kind, detail=detail)


def _independent(es: Estate, a: str, b: str) -> bool:
    if a == b or b in es.ancestors(a) or b in es.descendants(a):
        return False
    return b not in es.hosts.get(a, ()) and a not in es.hosts.get(b, ())


def _place(es: Estate, kinds: list[str], rng) -> list[str] | None:
    services: list[str] = []
    for kind in kinds:
        options = [s for s in eligible(es, kind) if all(_independent(es, s, o) for o in services)]
        if not options:
            return None
        services.append(options[int(rng.integers(len(options)))])
    return services


def _hide(es: Estate, services: list[str], rng) -> set[str]:
    """Third parties never have metrics, sidecars often not, a few others not; roots sometimes not (when two or
    more of their callers have metrics: callers of roots always keep theirs)."""
    protected = set(services)
    for s in services:
        protected |= {c for c, _ in es.callers(s)}
    hidden = {s for s, k in es.kinds.items() if k == "ext"}
    for s, k in sorted(es.kinds.items()):
        if s in protected or k in ("ext", "edge"):
            continue
        if rng.random() < (0.5 if k == "sidecar" else HIDE_OTHER):
            hidden.add(s)
    for s in services:
        if es.kinds[s] != "ext" and rng.random() < HIDE_ROOT and len(es.callers(s)) >= 2:
            hidden.add(s)
    return hidden


def _real_change(kind: str, s: str, onset: int, start: datetime, rng) -> tuple[str, list]:
    if kind not in CHANGE or (kind in SOMETIMES_NONE and rng.random() < 0.4):
        return "none", []
    logged = str(rng.choice(["on time", "late", "missing"], p=[0.45, 0.3, 0.25]))
    ckind, texts = CHANGE[kind]
    detail = texts[int(rng.integers(len(texts)))]
    if logged == "on time":
        return logged, [_change(start, max(onset - int(rng.integers(0, 4)), 0), s, ckind, detail)]
    if logged == "late":
        return logged, [_change(start, min(onset + int(rng.integers(10, 29)), STEPS - 1), s, ckind, detail)]
    return logged, []


def _decoy(es: Estate, services: list[str], touched: list[str], hidden: set[str], onset: int, start, rng) -> list:
    """A deploy or config change on a symptom (or a caller near the first root) around the first onset."""
    near = set(touched) | {c for c, _ in es.callers(services[0])}
    for c, _ in es.callers(services[0]):
        near |= {a for a, _ in es.callers(c)}
    pool = sorted(
        n for n in near if n not in services and n not in hidden and es.kinds[n] not in ("ext", "dns", "db", "cache")
    )
    if not pool or rng.random() >= 0.45:
        return []
    n = pool[int(rng.integers(len(pool)))]
    ck = "deploy" if rng.random() < 0.7 else "config"
    detail = DECOY_TEXT[ck][int(rng.integers(len(DECOY_TEXT[ck])))].format(v=_version(rng))
    return [_change(start, max(onset + int(rng.integers(-5, 7)), 0), n, ck, detail)]


def _distract(scene: Scene, es: Estate, services, hidden, onset: int, start, rng) -> tuple[list[str], list]:
    calm = sorted(s for s in es.kinds if s not in services and s not in hidden and es.kinds[s] != "edge")
    apps = [s for s in calm if es.kinds[s] in ("api", "svc", "worker", "auth")]
    labels: list[str] = []
    changes = []
    for what in rng.choice(["gc", "batch", "rolling", "surge"], size=int(rng.integers(1, 4)), replace=False):
        if what == "gc":
            s = apps[int(rng.integers(len(apps)))]
            gc_pauses(scene, es, s, int(rng.integers(0, STEPS - 30)), rng)
        elif what == "batch":
            pool = [s for s in es.of_kind("batch") if s not in services]
            if not pool:
                continue
            s = pool[int(rng.integers(len(pool)))]
            batch_plateau(scene, es, s, max(onset + int(rng.integers(-20, 16)), 0), rng)
        elif what == "rolling":
            s = apps[int(rng.integers(len(apps)))]
            at = max(onset + int(rng.integers(-25, 20)), 0)
            rolling_deploy(scene, es, s, at, rng)
            changes.append(_change(start, at, s, "deploy", f"rolling update {_version(rng)}"))
        else:
            s = sorted(es.ingress)[int(rng.integers(len(es.ingress)))]
            traffic_surge(scene, es, s, max(onset + int(rng.integers(-25, 20)), 0), rng)
        labels.append(f"{what}:{s}")
    for _ in range(int(rng.integers(0, 3))):  # unrelated changes elsewhere
        s = calm[int(rng.integers(len(calm)))]
        ck = str(rng.choice(["scale", "restart", "deploy"]))
        detail = OTHER_TEXT[ck][int(rng.integers(len(OTHER_TEXT[ck])))].format(v=_version(rng))
        changes.append(_change(start, int(rng.integers(5, STEPS - 5)), s, ck, detail))
    return labels, changes


def draw(seed: int, estate: str, kinds: list[str], profiles: list[str]) -> Incident | None:
    """One incident, or None when the roots cannot be placed in this estate (the caller tries another)."""
    es = ESTATES[estate]
    rng = np.random.default_rng(seed)
    services = _place(es, kinds, rng)
    if services is None:
        return None
    profiles = ["step" if k in NO_RAMP and p == "ramp" else p for k, p in zip(kinds, profiles, strict=True)]
    onsets = [PRE + int(rng.integers(0, 13))]
    for _ in kinds[1:]:
        onsets.append(min(onsets[0] + int(rng.integers(4, 36)), STEPS - 36))
    hidden = _hide(es, services, rng)
    start = datetime(2026, 9, 1, tzinfo=UTC) + timedelta(minutes=int(seed) * 397 + int(rng.integers(0, 60)))
    scene = Scene(es, STEPS, seed * 31 + 5)
    roots: list[Root] = []
    changes: list = []
    touched: list[str] = []
    for kind, s, onset, profile in zip(kinds, services, onsets, profiles, strict=True):
        env = envelope(STEPS, onset, profile, rng)
        touched += FAULTS[kind](scene, es, s, env, float(rng.uniform(0.75, 1.25)), rng)
        logged, real = _real_change(kind, s, onset, start, rng)
        changes += real
        roots.append(Root(kind, s, onset, profile, s not in hidden, logged))
    decoy = _decoy(es, services, touched, hidden, onsets[0], start, rng)
    labels, other = _distract(scene, es, services, hidden, onsets[0], start, rng)
    return Incident(
        seed=seed,
        estate=estate,
        roots=roots,
        start=start,
        steps=STEPS,
        series=render(scene),
        hidden=hidden,
        changes=sorted(changes + decoy + other, key=lambda c: c.at),
        distractors=labels,
        decoy=bool(decoy),
    )
