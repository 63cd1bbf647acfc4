"""Seventh blind RCA set: incidents from an independent generator, scored on ``rank_root_causes``.

Written without reading the method, the team's simulator or the earlier generators. Four invented estates
(rca_blind7_estates.py): Ferrolinea, ferry bookings (51 services); Kornkiste, grocery delivery (70); Aulaverde, a
school-management SaaS (38); Northwake, fleet telematics with a device-telemetry pipeline (55). Own physics
(rca_blind7_physics.py), own fault models (rca_blind7_faults.py: the issue's ten kinds and six more: full disk,
consumer crash-loop, bad canary, packet loss, credential rotation, quota exhausted), own scene
(rca_blind7_scene.py: profiles, change log, decoys, distractors and the visibility rule).

240 incidents from plan seed 7707: 160 single-fault (each of the 16 kinds ten times), 40 with two and 40 with
three simultaneous independent roots (no root can reach another through the call graph). Profiles step, small,
ramp, intermittent; third parties never have metrics and some internal services have none (sometimes the root);
the real change is logged on time, late or never (or there is none); a decoy deploy on a symptom in ~45 % of
incidents; distractors (GC pauses, batch plateaus, healthy rolling deploys, traffic surges). The tool gets what
bench/rca_blind2.py gives it (its ``BlindEnvironment``, ``score_env`` and report are reused): the metric window
through an ``environment`` resource with topology, observe and changes.

    .venv/bin/python bench/rca_blind7.py [--quick] [--limit N]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind7_estates import ESTATES, Estate  # noqa: E402
from rca_blind7_faults import FAULTS  # noqa: E402
from rca_blind7_physics import Effects, Profile, daily_cycle, render  # noqa: E402
from rca_blind7_scene import (  # noqa: E402
    decoy_change,
    distractors,
    real_change,
    root_visible,
    shape,
    unrelated_changes,
)

PLAN_SEED = 7707
N_SINGLE_EACH, N_MULTI_EACH = 10, 40
KINDS = tuple(FAULTS)
STEPS = 150
PROFILE_P = {"step": 0.35, "small": 0.2, "ramp": 0.25, "intermittent": 0.2}
HIDE_ROOT_P = 0.22  # an internal root without metrics (its exporter was never set up)
HIDE_OTHER_P = 0.07  # any other internal service without metrics
DECOY_P = 0.45
ATTEMPTS = 40


@dataclass
class Root:
    service: str
    kind: str
    profile: str
    onset: int
    observed: bool = True
    logged: str = "none"  # on time / late / missing / none


@dataclass
class BlindIncident:
    seed: int
    estate: str
    start: datetime
    steps: int
    roots: list[Root]
    series: dict = field(default_factory=dict)
    hidden: set = field(default_factory=set)
    changes: list = field(default_factory=list)
    decoy: bool = False


def plan() -> list[tuple[int, int, str]]:
    """(index, number of roots, first kind) for every incident, in a fixed order."""
    rng = np.random.default_rng(PLAN_SEED)
    entries = [(1, k) for k in KINDS for _ in range(N_SINGLE_EACH)]
    entries += [(n, KINDS[i % len(KINDS)]) for n in (2, 3) for i in range(N_MULTI_EACH)]
    order = rng.permutation(len(entries))
    return [(i, *entries[j]) for i, j in enumerate(order)]


_PROFILES: dict[str, Profile] = {}


def _profile(name: str) -> Profile:
    if name not in _PROFILES:
        _PROFILES[name] = Profile(ESTATES[name], np.random.default_rng([PLAN_SEED, sorted(ESTATES).index(name)]))
    return _PROFILES[name]


def _pick_root(es: Estate, kind: str, taken: list[str], rng) -> str | None:
    ok = FAULTS[kind][1]
    banned = set(taken)
    for t in taken:
        banned |= es.ancestors(t) | es.descendants(t)
    options = sorted(s for s in es.kinds if s not in banned and ok(es, s))
    if not options:
        return None
    return options[int(rng.integers(len(options)))]


def _draw(index: int, n_roots: int, first_kind: str, attempt: int) -> BlindIncident | None:
    rng = np.random.default_rng([PLAN_SEED, index, attempt])
    name = sorted(ESTATES)[int(rng.integers(len(ESTATES)))]
    es, prof = ESTATES[name], _profile(name)
    start_minute = int(rng.integers(0, 1440))
    start = datetime(2026, 10, 1, tzinfo=UTC) + timedelta(days=int(rng.integers(0, 60)), minutes=start_minute)
    first_onset = int(rng.integers(85, 101))
    kinds = [first_kind] + [KINDS[int(rng.integers(len(KINDS)))] for _ in range(n_roots - 1)]
    roots: list[Root] = []
    for i, kind in enumerate(kinds):
        svc = _pick_root(es, kind, [r.service for r in roots], rng)
        if svc is None:
            return None
        allowed = FAULTS[kind][3]
        p = np.array([PROFILE_P[x] for x in allowed])
        profile = allowed[int(rng.choice(len(allowed), p=p / p.sum()))]
        onset = first_onset if i == 0 else first_onset + int(rng.integers(-6, 13))
        roots.append(Root(svc, kind, profile, onset))
    first_onset = min(r.onset for r in roots)
    hidden = {s for s, k in es.kinds.items() if k == "external"}
    hidden |= {s for s, k in es.kinds.items() if k not in ("gateway", "external") and rng.random() < HIDE_OTHER_P}
    for r in roots:
        if es.kinds[r.service] != "external" and rng.random() < HIDE_ROOT_P:
            hidden.add(r.service)
    hidden -= {s for s, k in es.kinds.items() if k == "gateway"}
    for r in roots:
        r.observed = r.service not in hidden

    faults_only, everything = Effects(STEPS), Effects(STEPS)
    actives = []
    for r in roots:
        g, sev = shape(r.profile, r.onset, STEPS, rng)
        actives.append(g > 0.5)
        model = FAULTS[r.kind][0]
        seed = int(rng.integers(2**31))
        model(es, r.service, g, sev, np.random.default_rng(seed), faults_only)
        model(es, r.service, g, sev, np.random.default_rng(seed), everything)
    changes = distractors(es, roots, hidden, everything, STEPS, start, rng)
    cycle = daily_cycle(start_minute, STEPS, rng)
    noise_seed = int(rng.integers(2**31))
    clean = render(es, prof, faults_only, cycle, np.random.default_rng(noise_seed))
    calm = slice(first_onset - 65, first_onset - 5)
    for r, active in zip(roots, actives, strict=True):
        if not root_visible(es, clean, hidden, r.service, calm, active):
            return None
    series = render(es, prof, everything, cycle, np.random.default_rng(noise_seed))
    for r in roots:
        r.logged, logged = real_change(r, FAULTS[r.kind][2], start, rng)
        changes += logged
    decoys = decoy_change(es, roots, hidden, clean, calm, actives, start, rng) if rng.random() < DECOY_P else []
    changes += decoys + unrelated_changes(es, roots, STEPS, start, rng)
    return BlindIncident(index, name, start, STEPS, roots, series, hidden, changes, bool(decoys))


def make_incident(index: int, n_roots: int, first_kind: str) -> BlindIncident:
    for attempt in range(ATTEMPTS):
        inc = _draw(index, n_roots, first_kind, attempt)
        if inc is not None:
            return inc
    raise RuntimeError(f"incident {index} ({first_kind}, {n_roots} roots): no visible draw in {ATTEMPTS} attempts")


def blind7_incidents(quick: bool = False, limit: int | None = None) -> list[BlindIncident]:
    """The set (``quick``: every fifth incident of the plan; ``limit``: only the first N)."""
    entries = plan()[:: 5 if quick else 1][:limit]
    return [make_incident(*e) for e in entries]


def environment(inc: BlindIncident):
    """The incident seen as the tools see it: rca_blind2's read-only ``BlindEnvironment`` (topology, the metrics
    of the observed services without a batch job's error rate, the change log) fits this set's estate and
    incident as they are."""
    from rca_blind2 import BlindEnvironment

    return BlindEnvironment(ESTATES[inc.estate], inc)


def score(inc: BlindIncident, tools) -> dict:
    from rca_blind2 import score_env

    return score_env(environment(inc), inc, tools, "bench-rca-blind7")


def main() -> None:
    from rca_blind2 import bench_args, print_scores

    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind7_incidents(args.quick, args.limit)
    rows = [score(inc, tools) for inc in incidents]
    print_scores(
        rows, f"bench/rca_blind7.py — independent incident generator (blind to the method), plan seed {PLAN_SEED}"
    )


if __name__ == "__main__":
    main()
