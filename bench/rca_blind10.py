"""Tenth blind RCA set: 240 incidents from an independent generator, scored on ``rank_root_causes``.

Written on 2026-12-06 (session 28, helper w-rca10) without reading the method (tools/sre/diagnosis/**,
rank_root_causes.py, correlate_incidents.py, detect_onsets.py), the team's simulator (tools/sre/simulate/**),
bench/rca.py, bench/rca_multi.py, or any earlier blind generator or its items. Read: issue #14, the adapter and
scorer of bench/rca_blind2.py (BlindEnvironment, score_env, bench_args, print_scores, and its ``visible`` rule, which
sits among them), tests/tools/sre/test_rca_blind9.py (the test's shape), the first 15 lines of docs/rca_blind9.md,
the ``rank_root_causes`` tool card, and the field names of the environment's pydantic models (printed, not read).
No score of the method was looked at before the commit.

Four estates of its own (rca_blind10_estates.py: a national lottery's draw and ticketing platform, 49 services; a
satellite ground-station network, 52; a pharmacy e-prescription exchange, 55; a podcast hosting platform, 60), its
own physics (rca_blind10_physics.py: traffic down the call graph, utilisation and queueing, errors and latency back
up with a coupling per callee kind) and faults (rca_blind10_faults.py), 16 kinds: pool_exhaustion, slow_db,
retry_storm, cache_fallback, cache_stampede, cert_expiry, dns_failure, thread_starvation, memory_leak,
noisy_neighbour, broker_stall, sidecar_rate_limit, disk_full, clock_skew, n_plus_one, quota_exhausted.

Counts: 160 single-fault incidents (10 per kind), 40 with two roots and 40 with three independent roots (no root
calls another, directly or not; every kind appears among them). Profiles step, small, ramp, intermittent; roots
without metrics (third parties always; hideable kinds sometimes, only with two observed callers); the real change
logged on time, late, never ("missing"), or the kind leaves none; decoy deploys on symptomatic services near the
onset; distractors: GC pauses, batch plateaus, healthy rolling deploys (logged), traffic surges; unrelated deploys.

    nice -n 10 .venv/bin/python bench/rca_blind10.py          # the whole set (plan seed 10177)
    .venv/bin/python bench/rca_blind10.py --quick             # a fifth, every kind kept
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment, bench_args, print_scores, score_env  # noqa: E402
from rca_blind10_estates import ESTATES, Estate  # noqa: E402
from rca_blind10_faults import FAULTS, batch_plateau, gc_pauses, rolling_deploy, traffic_surge  # noqa: E402
from rca_blind10_physics import Effects, render  # noqa: E402
from rca_blind10_scene import PROFILES, observed_callers, profile, root_visible, signal_seen  # noqa: E402

PLAN_SEED = 10177
KINDS = tuple(FAULTS)
STEPS = 240
CALLEE_SIDE = {"pool_exhaustion", "retry_storm", "cache_fallback", "cache_stampede", "dns_failure", "n_plus_one"}
DECOY_WORDS = ("routine release", "bump base image", "log level info -> debug", "dependency refresh",
               "canary promoted to 100%", "hotfix: null check in handler", "translations update")  # fmt: skip


@dataclass
class Root:
    kind: str
    service: str
    onset: int
    profile: str
    observed: bool
    logged: str  # on time, late, missing, none


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


def _change(service: str, at: datetime, kind: str, detail: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=at, kind=kind, detail=detail)


def _plan() -> list[tuple[int, int, str]]:
    plan = [(i, 1, KINDS[i % len(KINDS)]) for i in range(160)]
    plan += [(160 + i, 2 + (i % 2), KINDS[(5 * i) % len(KINDS)]) for i in range(80)]
    return plan


def _pick(es: Estate, kind: str, taken: list[str], rng) -> str | None:
    bad = set(taken)
    for t in taken:
        bad |= es.ancestors(t) | es.descendants(t)
    cands = [s for s in sorted(es.kinds) if s not in bad and FAULTS[kind].eligible(es, s)]
    return str(rng.choice(cands)) if cands else None


def _version(rng) -> str:
    return f"v{int(rng.integers(1, 9))}.{int(rng.integers(0, 60))}.{int(rng.integers(0, 20))}"


def make_incident(seed: int, n_roots: int, first_kind: str) -> Incident:
    for attempt in range(200):
        inc = _draw(seed, attempt, n_roots, first_kind)
        if inc is not None:
            return inc
    raise RuntimeError(f"no visible incident for seed {seed}")


def _roots(es: Estate, kinds: list[str], hidden: set[str], onset0: int, rng) -> list[Root] | None:
    """A root per kind, independent of the others; hideable kinds lose their metrics three times in ten."""
    roots: list[Root] = []
    for i, kind in enumerate(kinds):
        svc = _pick(es, kind, [r.service for r in roots], rng)
        if svc is None:
            return None
        onset = onset0 if i == 0 else int(np.clip(onset0 + rng.integers(-20, 31), 90, 170))
        prof = str(rng.choice(PROFILES, p=[0.35, 0.2, 0.25, 0.2]))
        fault = FAULTS[kind]
        if fault.hideable and es.kinds[svc] != "ext" and rng.random() < 0.3:
            hidden.add(svc)
        elif es.kinds[svc] != "ext":
            hidden.discard(svc)
        if fault.change is None:
            logged = "none"
        else:
            logged = str(rng.choice(["on time", "late", "missing"], p=[0.45, 0.25, 0.3]))
        roots.append(Root(kind, svc, onset, prof, svc not in hidden, logged))
    return roots


def _draw(seed: int, attempt: int, n_roots: int, first_kind: str) -> Incident | None:
    rng = np.random.default_rng([PLAN_SEED, seed, attempt])
    name = str(rng.choice(sorted(ESTATES)))
    es = ESTATES[name]
    kinds = [first_kind] + [str(k) for k in rng.permutation([k for k in KINDS if k != first_kind])[: n_roots - 1]]
    start = datetime(2026, 10, 1, tzinfo=UTC) + timedelta(
        days=int(rng.integers(0, 60)), minutes=int(rng.integers(0, 1440))
    )
    onset0 = int(rng.integers(100, 135))
    hidden = {s for s, k in es.kinds.items() if k == "ext"}
    others = [s for s, k in sorted(es.kinds.items()) if k in ("svc", "db", "cache") and s not in es.ingress]
    hidden |= {str(s) for s in rng.choice(others, size=int(rng.integers(0, 3)), replace=False)}
    roots = _roots(es, kinds, hidden, onset0, rng)
    if roots is None:
        return None
    for r in roots:
        r.observed = r.service not in hidden
        if not root_visible(es, hidden, r.service):
            return None
    fx = Effects(STEPS)
    for r in roots:
        FAULTS[r.kind].apply(fx, es, r.service, profile(r.profile, r.onset, STEPS, rng), rng)
    root_names = {r.service for r in roots}
    seen = [s for s in sorted(es.kinds) if s not in hidden and s not in root_names]
    at = lambda m: start + timedelta(minutes=int(m))  # noqa: E731
    changes, distractors = _distractors(fx, es, seen, at, rng)
    series = render(es, fx, rng, float(rng.uniform(0, 1)))
    for r in roots:
        if not signal_seen(es, hidden, series, r.service, r.onset):
            return None
    decoy = _log(es, roots, hidden, root_names, changes, at, rng)
    for _ in range(int(rng.integers(0, 3))):
        s = str(rng.choice(seen))
        changes.append(_change(s, at(int(rng.integers(5, STEPS - 5))), "deploy", f"{_version(rng)}"))
    changes.sort(key=lambda c: (c.at, c.service))
    return Incident(seed, name, roots, start, STEPS, series, hidden, changes, distractors, decoy)


def _distractors(fx: Effects, es: Estate, seen: list[str], at, rng) -> tuple[list, list[str]]:
    """GC pauses, a batch plateau, a healthy rolling deploy (logged), a traffic surge: one to three of them."""
    changes, distractors = [], []
    for d in rng.permutation(["gc", "batch", "rolling", "surge"])[: int(rng.integers(1, 4))]:
        if d == "gc":
            s = str(rng.choice([x for x in seen if es.kinds[x] in ("svc", "edge")]))
            gc_pauses(fx, s, rng)
        elif d == "batch":
            s = str(rng.choice([x for x, k in sorted(es.kinds.items()) if k == "batch"]))
            batch_plateau(fx, s, int(rng.integers(20, 200)), int(rng.integers(25, 70)), rng)
        elif d == "rolling":
            s = str(rng.choice(seen))
            b = int(rng.integers(20, 220))
            rolling_deploy(fx, s, b, rng)
            changes.append(_change(s, at(b), "deploy", f"rolling update to {_version(rng)}"))
        else:
            s = str(rng.choice([x for x in sorted(es.ingress) if es.kinds[x] == "edge"]))
            traffic_surge(fx, s, int(rng.integers(60, 180)), int(rng.integers(25, 60)), rng)
        distractors.append(f"{d}:{s}")
    return changes, distractors


def _log(es: Estate, roots: list[Root], hidden: set[str], root_names: set[str], changes: list, at, rng) -> bool:
    """The real changes as logged (on time, late, never) and maybe a decoy deploy on a symptom; True if a decoy."""
    for r in roots:
        kind_detail = FAULTS[r.kind].change
        if kind_detail and r.logged != "missing":
            m = r.onset - int(rng.integers(1, 4)) if r.logged == "on time" else r.onset + int(rng.integers(12, 50))
            changes.append(_change(r.service, at(min(m, STEPS - 1)), kind_detail[0], kind_detail[1]))
    decoy = False
    if rng.random() < 0.45:
        r = roots[0]
        near = [c for c in observed_callers(es, hidden, r.service) if c not in root_names]
        if r.kind in CALLEE_SIDE:
            near += [c for c, _ in es.callees(r.service) if c not in hidden and c not in root_names]
        if near:
            s = str(rng.choice(near))
            changes.append(_change(s, at(r.onset + int(rng.integers(-7, 3))), "deploy",
                                   f"{_version(rng)}: {rng.choice(DECOY_WORDS)}"))  # fmt: skip
            decoy = True
    return decoy


def blind10_incidents(quick: bool = False) -> list[Incident]:
    plan = _plan()
    if quick:  # two of the ten single incidents of every kind, every fifth multi-fault one
        plan = [p for i, p in enumerate(plan) if (i < 160 and (i // 16 + i % 16) % 5 == 0) or (i >= 160 and i % 5 == 0)]
    return [make_incident(*p) for p in plan]


def environment(inc: Incident) -> BlindEnvironment:
    return BlindEnvironment(ESTATES[inc.estate], inc)


def main() -> None:
    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind10_incidents(args.quick)[: args.limit]
    rows = [score_env(environment(inc), inc, tools, "bench-rca-blind10") for inc in incidents]
    print_scores(
        rows, f"bench/rca_blind10.py — independent incident generator (blind to the method), plan seed {PLAN_SEED}"
    )


if __name__ == "__main__":
    main()
