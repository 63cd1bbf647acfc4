"""Eleventh blind RCA set: 240 incidents from an independent generator, scored on ``rank_root_causes``.

Written on 2026-12-06 (session 29, helper w-rca11) without reading the method (tools/sre/diagnosis/**,
rank_root_causes.py, correlate_incidents.py, detect_onsets.py), the team's simulator (tools/sre/simulate/**),
bench/rca.py, bench/rca_multi.py, or any earlier set's items or docs. Read: issue #14, bench/rca_blind2.py's adapter
and scorer (BlindEnvironment, score_env, bench_args, print_scores, and the ``visible`` rule among them),
tests/tools/sre/test_rca_blind_sets.py (the test's shape), the first 15 lines of docs/rca_blind10.md, the
``rank_root_causes`` tool card (``genaiops tools show``) and the field names of the environment's pydantic models
(printed). By a slip, the first 30 lines of bench/rca_blind10.py (its docstring: its estates and kind names) and
its import/def lines were printed once; nothing further of it was read, and this set's kinds, estates, physics and
faults were planned before that. No score of the method was looked at before the commit.

Four estates of its own (rca_blind11_estates.py): a national weather service's observation-to-warning pipeline
(nordmet, 52 services), a courier's parcel-tracking API behind a service mesh with depot scanners streaming events
(parcelpath, 56), a bank's open-banking gateway for third parties (lindqvist-ob, 47), and a university's learning
platform in exam week (campusnet, 60): fan-in to shared databases and caches, shared brokers with publishers and
pulling workers, mesh gateways and sidecars, one resolver per estate, batch jobs beside streams, third parties
(never with metrics) and groups of services sharing nodes. Own physics (rca_blind11_physics.py) and faults
(rca_blind11_faults.py), 16 kinds: pool_exhaustion (its database sees less traffic), slow_db, retry_storm,
cache_fallback, cache_stampede, cert_expiry, dns_failure, thread_starvation, memory_leak (OOM restarts),
noisy_neighbour, and this set's own quota_exhausted, broker_backlog, sidecar_mtls, disk_full, bad_flag, clock_skew.

Counts: 160 single-fault incidents (10 per kind), 40 with two roots and 40 with three independent roots (no root
is upstream or downstream of another; each kind leads four to six of them). Profiles step, small, ramp,
intermittent; roots without metrics (third parties always; hideable kinds about a third of the time, only with two
observed callers); the real change logged on time, late, never ("missing"), or the kind leaves none ("none");
decoy deploys/configs on symptomatic services near the onset; distractors: GC pauses, batch CPU plateaus, healthy
rolling deploys (logged), traffic surges; unrelated deploys. Every root moves a service it touches by 5 robust
spreads within 25 minutes (else the incident is drawn again).

    nice -n 10 .venv/bin/python bench/rca_blind11.py          # the whole set (plan seed 11411)
    .venv/bin/python bench/rca_blind11.py --quick             # 48 incidents, every kind kept
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment, bench_args, print_scores, score_env  # noqa: E402
from rca_blind11_estates import ESTATES, Estate  # noqa: E402
from rca_blind11_faults import FAULTS, batch_plateau, gc_pauses, rolling_deploy, traffic_surge  # noqa: E402
from rca_blind11_physics import Effects, Params, render  # noqa: E402
from rca_blind11_scene import PROFILES, observed_callers, profile, root_visible, signal_seen  # noqa: E402

PLAN_SEED = 11411
KINDS = tuple(FAULTS)
STEPS = 180
PRE = 95
NAMES = tuple(ESTATES)
FLAGS = ("new-eta-banner", "batched-consent-lookup", "async-autosave", "zarr-v3-reader", "strict-iban-check")


@dataclass
class Root:
    kind: str
    service: str
    onset: int
    profile: str
    observed: bool
    logged: str  # "on time", "late", "missing", "none" (the kind leaves no change)


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
    items = [(1, k) for k in KINDS for _ in range(10)]
    items += [(2, KINDS[i % len(KINDS)]) for i in range(40)]
    items += [(3, KINDS[(i + 7) % len(KINDS)]) for i in range(40)]
    order = np.random.default_rng(PLAN_SEED).permutation(len(items))
    return [(seed, *items[int(j)]) for seed, j in enumerate(order)]


def _pick(es: Estate, kind: str, taken: list[str], rng) -> str | None:
    eligible = FAULTS[kind][0]
    busy = set(taken)
    for t in taken:
        busy |= es.ancestors(t) | es.descendants(t)
    options = [s for s in es.kinds if eligible(es, s) and s not in busy]
    return options[int(rng.integers(len(options)))] if options else None


def _detail(template: str, rng) -> str:
    return template.format(
        a=int(rng.integers(2, 9)),
        b=int(rng.integers(10, 64)),
        v=f"{int(rng.integers(3, 9))}.{int(rng.integers(0, 40))}.{int(rng.integers(0, 12))}",
        f=FLAGS[int(rng.integers(len(FLAGS)))],
    )


def make_incident(seed: int, n_roots: int, first_kind: str) -> Incident:
    for attempt in range(60):
        inc = _draw(seed, attempt, n_roots, first_kind)
        if inc is not None:
            return inc
    raise RuntimeError(f"no visible incident for seed {seed}")


def _draw(seed: int, attempt: int, n_roots: int, first_kind: str) -> Incident | None:
    rng = np.random.default_rng([PLAN_SEED, seed, attempt])
    es = ESTATES[NAMES[int(rng.integers(len(NAMES)))]]
    others = [k for k in KINDS if k != first_kind]
    kinds = [first_kind] + [others[int(i)] for i in rng.choice(len(others), n_roots - 1, replace=False)]
    hidden = {s for s, k in es.kinds.items() if k == "ext"}
    hidden |= {s for s, k in es.kinds.items() if k not in ("ext", "api") and rng.random() < 0.05}
    names: list[str] = []
    for kind in kinds:
        s = _pick(es, kind, names, rng)
        if s is None:
            return None
        names.append(s)
    roots: list[Root] = []
    onset = PRE + int(rng.integers(0, 16))
    for i, (kind, s) in enumerate(zip(kinds, names, strict=True)):
        hideable = FAULTS[kind][2]
        if es.kinds[s] != "ext":
            if hideable and len(observed_callers(es, hidden, s)) >= 2 and rng.random() < 0.35:
                hidden.add(s)
            elif not hideable:
                hidden.discard(s)
        at = onset if i == 0 else onset + int(rng.integers(2, 26))
        roots.append(Root(kind, s, at, PROFILES[int(rng.integers(4))], s not in hidden, "none"))
    for r in roots:
        r.observed = r.service not in hidden
        if not root_visible(es, hidden, r.service):
            return None
    steps = STEPS
    fx = Effects(steps)
    p = Params(es, rng)
    for r in roots:
        FAULTS[r.kind][1](es, fx, p, r.service, profile(r.profile, steps, r.onset, rng), rng)
    start = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(
        days=int(rng.integers(0, 330)), minutes=int(rng.integers(0, 1440))
    )
    changes, distractors = _distractors(es, fx, p, set(names), hidden, onset, start, rng)
    series = render(es, p, fx, rng)
    for r in roots:
        reach = {b for b, _ in es.callees(r.service)} | es.neighbours(r.service)
        if not signal_seen(es, series, hidden, r.service, r.onset, reach):
            return None
    decoy = _log(es, roots, hidden, changes, start, rng)
    return Incident(seed, es.name, roots, start, steps, series, hidden, changes, distractors, decoy)


def _distractors(es, fx, p, roots: set[str], hidden, onset, start, rng) -> tuple[list, list[str]]:
    calm = [s for s in es.kinds if s not in roots and s not in hidden]
    changes, labels = [], []
    for what in ("gc", "batch", "rolling", "surge"):
        if rng.random() >= 0.4:
            continue
        at = onset + int(rng.integers(-20, 20)) if rng.random() < 0.6 else int(rng.integers(10, STEPS - 20))
        if what == "surge":
            traffic_surge(fx, p, at, rng)
            labels.append(f"surge:{at}")
            continue
        pool = [s for s in calm if (es.kinds[s] == "batch") == (what == "batch")] or calm
        s = pool[int(rng.integers(len(pool)))]
        {"gc": gc_pauses, "batch": batch_plateau, "rolling": rolling_deploy}[what](fx, p, s, at, rng)
        labels.append(f"{what}:{s}")
        if what == "rolling":
            changes.append(_change(s, start + timedelta(minutes=at), "deploy", _detail("rolling release {v}", rng)))
    for _ in range(int(rng.integers(0, 3))):  # unrelated deploys, anywhere, any time
        s = calm[int(rng.integers(len(calm)))]
        at = int(rng.integers(5, STEPS - 5))
        changes.append(_change(s, start + timedelta(minutes=at), "deploy", _detail("release {v}", rng)))
    return changes, labels


def _log(es: Estate, roots: list[Root], hidden: set[str], changes: list, start: datetime, rng) -> bool:
    for r in roots:
        opts = FAULTS[r.kind][3]
        choice = opts[int(rng.integers(len(opts)))]
        if choice is None:
            r.logged = "none"
            continue
        u = rng.random()
        r.logged = "on time" if u < 0.5 else "late" if u < 0.78 else "missing"
        if r.logged == "missing":
            continue
        at = r.onset - int(rng.integers(1, 7)) if r.logged == "on time" else r.onset + int(rng.integers(8, 31))
        changes.append(_change(r.service, start + timedelta(minutes=at), choice[0], _detail(choice[1], rng)))
    if rng.random() >= 0.5:
        return False
    names = {r.service for r in roots}
    first = roots[0]
    symptoms = sorted(
        s for s in es.ancestors(first.service) if s not in names and s not in hidden and es.kinds[s] not in ("db",)
    )
    if not symptoms:
        return False
    s = symptoms[int(rng.integers(len(symptoms)))]
    at = first.onset + int(rng.integers(-10, 3))
    kind, detail = ("deploy", "release {v}") if rng.random() < 0.7 else ("config", "timeout {b}s -> {a}s")
    changes.append(_change(s, start + timedelta(minutes=at), kind, _detail(detail, rng)))
    return True


def blind11_incidents(quick: bool = False) -> list[Incident]:
    plan = _plan()
    if quick:  # two singles per kind, every fifth multi-fault incident
        count: dict[str, int] = {}
        keep, multi = [], 0
        for seed, n, k in plan:
            if n == 1:
                j = count[k] = count.get(k, -1) + 1
                if j % 5 == KINDS.index(k) % 5:
                    keep.append((seed, n, k))
            else:
                if multi % 5 == 0:
                    keep.append((seed, n, k))
                multi += 1
        plan = keep
    return [make_incident(*p) for p in plan]


def environment(inc: Incident) -> BlindEnvironment:
    return BlindEnvironment(ESTATES[inc.estate], inc)


def main() -> None:
    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind11_incidents(args.quick)[: args.limit]
    rows = [score_env(environment(inc), inc, tools, "bench-rca-blind11") for inc in incidents]
    print_scores(
        rows, f"bench/rca_blind11.py — independent incident generator (blind to the method), plan seed {PLAN_SEED}"
    )


if __name__ == "__main__":
    main()
