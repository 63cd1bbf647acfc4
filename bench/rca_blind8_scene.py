"""One incident of the eighth blind RCA set: roots, what is observed, the change log, decoys and distractors.

Written for this set without reading any other generator. An incident is drawn from its seed (and a re-draw count
when a draw breaks a rule): an estate, 1-3 independent roots (no root calls another, directly or not), their
profiles and onsets, the services without metrics (third parties always, sometimes the root, sometimes a legacy
service nobody instrumented), the real change logged on time, late, not at all, or none for a kind no change sets
off, a decoy change on a symptom near the onset, healthy changes elsewhere and distractors.

The visibility rule: a root without metrics has at least two observed callers (otherwise nobody could tell).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np
from rca_blind8_estates import ESTATES, Estate
from rca_blind8_faults import (
    CHANGE,
    FAULTS,
    batch_plateau,
    candidates,
    gc_pauses,
    rolling_deploy,
    traffic_surge,
)
from rca_blind8_physics import Effects, baseline, render, shape

STEPS = 160
PROFILES = ("step", "small", "ramp", "intermittent")
EPOCH = datetime(2026, 2, 9, 6, 0, tzinfo=UTC)


@dataclass
class Root:
    kind: str
    service: str
    onset: int
    profile: str
    observed: bool
    logged: str  # "on time", "late", "missing", "none" (no change sets this kind off)


@dataclass
class BlindIncident:
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


class Redraw(Exception):
    pass


def root_visible(es: Estate, hidden: set[str], service: str) -> bool:
    return service not in hidden or len([a for a, _ in es.callers(service) if a not in hidden]) >= 2


def _version(rng) -> str:
    style = int(rng.integers(0, 4))
    if style == 0:
        return f"{rng.integers(1, 9)}.{rng.integers(0, 40)}.{rng.integers(0, 20)}"
    if style == 1:
        return f"2026.{rng.integers(1, 13):02d}.{rng.integers(1, 29):02d}-{rng.integers(1, 9)}"
    if style == 2:
        return "".join(rng.choice(list("0123456789abcdef"), 7))
    return f"r{rng.integers(1200, 9800)}"


def _detail(kind: str, rng) -> tuple[str, str]:
    ck, texts = CHANGE[kind]
    a = int(rng.integers(3, 9))
    b = max(1, a - int(rng.integers(1, 3)))
    return ck, str(rng.choice(texts)).format(a=a, b=b, v=_version(rng))


FLAGS = ["new_search_ranker", "eu_sca_exemptions", "batch_label_print", "async_receipts", "ranked_lobbies_v3"]
HEALTHY = [
    "release {v} (canary 10% -> 100%)",
    "helm upgrade {v}",
    "dependency bump, no functional change ({v})",
    "feature flag {f} on for 5%",
    "log level INFO -> WARN",
    "replicas 6 -> 8",
    "rotate service account token",
    "sidecar {v}",
]


def _healthy(rng) -> tuple[str, str]:
    text = str(rng.choice(HEALTHY)).format(v=_version(rng), f=rng.choice(FLAGS))
    kind = "scale" if text.startswith("replicas") else ("config" if "flag" in text or "level" in text else "deploy")
    return kind, text


def draw(seed: int, attempt: int, kinds: list[str], plan_seed: int) -> BlindIncident:
    from genaiops.tools.sre.environment import ChangeEvent

    rng = np.random.default_rng([plan_seed, seed, attempt])
    names = sorted(ESTATES)
    es = ESTATES[names[int(rng.integers(0, len(names)))]]
    n = STEPS
    start = EPOCH + timedelta(hours=int(seed) * 37 % 5000, minutes=int(rng.integers(0, 60)))

    # roots: distinct, independent
    roots: list[Root] = []
    related: set[str] = set()
    first = int(rng.integers(85, 106))
    for i, kind in enumerate(kinds):
        pool = [s for s in candidates(es, kind) if s not in related]
        if not pool:
            raise Redraw(kind)
        svc = str(rng.choice(pool))
        related |= {svc} | es.ancestors(svc) | es.descendants(svc)
        onset = first if i == 0 else first + int(rng.integers(0, 25))
        profile = PROFILES[(seed // 16 + seed + i) % 4] if len(kinds) == 1 else str(rng.choice(PROFILES))
        logged = (
            "none" if CHANGE[kind] is None else str(rng.choice(["on time", "late", "missing"], p=[0.45, 0.25, 0.3]))
        )
        roots.append(Root(kind, svc, onset, profile, True, logged))
    root_names = {r.service for r in roots}

    # who has no metrics
    hidden = {s for s in es.order if es.kinds[s] == "ext"}
    others = [
        s for s in es.order if s not in hidden and s not in root_names and es.kinds[s] in ("svc", "api", "worker")
    ]
    for s in rng.choice(others, size=int(rng.integers(0, 3)), replace=False):
        hidden.add(str(s))
    for r in roots:
        if r.service not in hidden and rng.random() < 0.16:
            hidden.add(r.service)
    for r in roots:
        r.observed = r.service not in hidden
        if not root_visible(es, hidden, r.service):
            raise Redraw("visibility")

    base = baseline(es, n, rng)
    eff = Effects(n=n)
    for r in roots:
        FAULTS[r.kind](es, eff, r.service, shape(r.profile, n, r.onset, rng), rng, base)

    changes = []
    for r in roots:
        if r.logged in ("on time", "late"):
            ck, text = _detail(r.kind, rng)
            at = r.onset - int(rng.integers(0, 4)) if r.logged == "on time" else r.onset + int(rng.integers(10, 31))
            changes.append(ChangeEvent(service=r.service, at=start + timedelta(minutes=at), kind=ck, detail=text))

    decoy = _decoy(es, roots, hidden, root_names, rng, start, changes)
    distractors = _distractors(es, eff, hidden, root_names, rng, start, changes, first, n)

    series = render(es, base, eff, rng)
    changes.sort(key=lambda c: (c.at, c.service))
    return BlindIncident(
        seed=seed,
        estate=es.name,
        roots=roots,
        start=start,
        steps=n,
        series=series,
        hidden=hidden,
        changes=changes,
        distractors=distractors,
        decoy=decoy,
    )


def _decoy(es, roots, hidden, root_names, rng, start, changes) -> bool:
    """A change on a service that only shows the symptom, close to the onset (sometimes just after it)."""
    from genaiops.tools.sre.environment import ChangeEvent

    if rng.random() >= 0.42:
        return False
    r = roots[int(rng.integers(0, len(roots)))]
    near = [a for a, _ in es.callers(r.service) if a not in hidden]
    far = [a for a in es.ancestors(r.service) if a not in hidden and a not in root_names]
    pool = sorted(set(near) - root_names) or sorted(far)
    if not pool:
        return False
    victim = str(rng.choice(pool))
    ck, text = _healthy(rng)
    at = r.onset - int(rng.integers(1, 9)) if rng.random() < 0.75 else r.onset + int(rng.integers(0, 3))
    changes.append(ChangeEvent(service=victim, at=start + timedelta(minutes=at), kind=ck, detail=text))
    return True


def _distractors(es, eff, hidden, root_names, rng, start, changes, first, n) -> list[str]:
    """Things that happen and are not faults, and healthy changes elsewhere."""
    from genaiops.tools.sre.environment import ChangeEvent

    out: list[str] = []
    plain = [s for s in es.order if s not in hidden and s not in root_names]
    for what in rng.choice(["gc", "batch", "rolling", "surge"], size=int(rng.integers(1, 4)), replace=False):
        if what == "gc":
            s = str(rng.choice([p for p in plain if es.kinds[p] in ("api", "svc", "worker")]))
            gc_pauses(es, eff, s, rng, n)
        elif what == "batch":
            batches = [p for p in plain if es.kinds[p] == "batch"]
            if not batches:
                continue
            s = str(rng.choice(batches))
            batch_plateau(es, eff, s, rng, n, first)
        elif what == "rolling":
            s = str(rng.choice([p for p in plain if es.kinds[p] in ("api", "svc", "edge", "worker")]))
            at = int(np.clip(first + rng.integers(-45, 30), 2, n - 12))
            rolling_deploy(es, eff, s, rng, n, at)
            text = f"rolling update {_version(rng)}, maxUnavailable=1"
            changes.append(ChangeEvent(service=s, at=start + timedelta(minutes=at), kind="deploy", detail=text))
        else:
            s = str(rng.choice([p for p in es.ingress if p not in root_names]))
            traffic_surge(es, eff, s, rng, n, first)
        out.append(f"{what}:{s}")
    for _ in range(int(rng.integers(0, 3))):
        s = str(rng.choice(plain))
        ck, text = _healthy(rng)
        at = start + timedelta(minutes=int(rng.integers(0, n)))
        changes.append(ChangeEvent(service=s, at=at, kind=ck, detail=text))
    return out


def make(seed: int, kinds: list[str], plan_seed: int) -> BlindIncident:
    for attempt in range(200):
        try:
            return draw(seed, attempt, kinds, plan_seed)
        except Redraw:
            continue
    raise RuntimeError(f"incident {seed}: no draw satisfies the rules for {kinds}")
