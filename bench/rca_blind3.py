"""Third blind RCA set: 240 incidents from an independent generator, scored like bench/rca_blind2.py.

Written without reading the method (tools/sre/diagnosis, rank_root_causes, correlate_incidents, detect_onsets),
the team's simulator or the earlier blind generators. Four invented estates (bench/rca_blind3_estates.py), this
writer's own metric physics (bench/rca_blind3_physics.py) and sixteen fault kinds, ten from issue #14.4 and six of
the writer's own (bench/rca_blind3_faults.py). 160 single-fault incidents (ten per kind) and 80 with two or three
independent roots; step, small, ramp and intermittent profiles; roots without metrics; decoy deploys on symptoms;
the triggering change logged on time, late or not at all; GC pauses, batch plateaus, healthy rolling deploys and
traffic surges as distractors. A draw is kept only when every root is visible (see ``visible``).

    .venv/bin/python bench/rca_blind3.py            # the whole set: ours / largest / naive
    .venv/bin/python bench/rca_blind3.py --quick    # every fifth incident
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment, bench_args, print_scores, score_env  # noqa: E402  (the harness every blind RCA set shares)
from rca_blind3_estates import ESTATES, Estate  # noqa: E402
from rca_blind3_faults import FAULTS, eligible, shape  # noqa: E402
from rca_blind3_physics import Effects, render  # noqa: E402
from rca_blind3_scene import add_changes, add_distractors  # noqa: E402

PLAN_SEED = 41_877
N_SINGLE_PER_KIND = 10
N_MULTI = {2: 40, 3: 40}
STEPS = 180
KINDS = tuple(FAULTS)
MAX_ATTEMPTS = 40


@dataclass
class Root:
    kind: str
    service: str
    onset: int  # minute index into the window
    profile: str
    observed: bool
    logged: str = "none"  # on time / late / missing / none (the kind has no triggering change)


@dataclass
class BlindIncident:
    seed: int
    estate: str
    start: datetime
    steps: int
    roots: list[Root]
    series: dict[str, dict[str, np.ndarray]]
    hidden: set[str]
    changes: list = field(default_factory=list)
    decoy: bool = False


def _plan() -> list[tuple[int, str, str | None]]:
    """(number of roots, first kind, profile of a single fault) per incident, in a fixed order."""
    rng = np.random.default_rng(PLAN_SEED)
    plan: list[tuple[int, str, str | None]] = []
    for k in KINDS:
        profiles = FAULTS[k].profiles
        for j in range(N_SINGLE_PER_KIND):
            plan.append((1, k, profiles[j % len(profiles)]))
    cycle = list(rng.permutation(KINDS)) * 20
    for n, count in N_MULTI.items():
        for _ in range(count):
            plan.append((n, str(cycle.pop(0)), None))
    return plan


# --- what a careful SRE can see --------------------------------------------------------------------------------


def _deviates(series: dict[str, np.ndarray], base_end: int, onset: int) -> bool:
    """A metric leaves its calm range: the 3-minute mean is > 5 robust sd from the pre-fault median for >= 4
    minutes after ``onset`` (sd floored at 4 % of latency, 0.004 error rate, 0.02 saturation)."""
    floors = {"latency_p99_ms": None, "error_rate": 0.004, "saturation": 0.02}
    for m, vals in series.items():
        base = vals[max(0, base_end - 60) : base_end]
        med = float(np.median(base))
        sd = 1.4826 * float(np.median(np.abs(base - med)))
        sd = max(sd, 0.04 * med if floors[m] is None else floors[m])
        roll = np.convolve(vals[onset:], np.ones(3) / 3, mode="valid")
        if int(np.sum(np.abs(roll - med) > 5 * sd)) >= 4:
            return True
    return False


def visible(inc: BlindIncident) -> bool:
    """Every root shows: an observed root's own metrics deviate; a root without metrics has >= 2 callers, all
    observed, and every one of them deviates. Roots are independent: none calls another, directly or not."""
    es = ESTATES[inc.estate]
    base_end = min(r.onset for r in inc.roots) - 2
    names = {r.service for r in inc.roots}
    for r in inc.roots:
        if es.ancestors(r.service) & names:
            return False
        if r.observed:
            if not _deviates(inc.series[r.service], base_end, r.onset):
                return False
            continue
        callers = es.callers(r.service)
        if len(callers) < 2 or any(c in inc.hidden for c in callers):
            return False
        if not all(_deviates(inc.series[c], base_end, r.onset) for c in callers):
            return False
    return True


# --- drawing an incident -----------------------------------------------------------------------------------------


def _choose_root(es: Estate, kind: str, taken: list[str], rng) -> str | None:
    blocked = set(taken)
    for t in taken:
        blocked |= es.ancestors(t)
        blocked |= {s for s in es.kinds if t in es.ancestors(s)}
    options = [s for s in sorted(es.kinds) if s not in blocked and eligible(es, kind, s)]
    return str(rng.choice(options)) if options else None


def _draw(index: int, attempt: int, n_roots: int, first_kind: str, profile: str | None) -> BlindIncident | None:
    rng = np.random.default_rng([PLAN_SEED, index, attempt])
    names = sorted(ESTATES)
    es = ESTATES[names[(index + attempt) % len(names)]]
    first_onset = int(rng.integers(95, 120))
    kinds = [first_kind]
    while len(kinds) < n_roots:
        kinds.append(str(rng.choice([k for k in KINDS if k not in kinds])))
    roots: list[Root] = []
    for j, kind in enumerate(kinds):
        service = _choose_root(es, kind, [r.service for r in roots], rng)
        if service is None:
            return None
        fk = FAULTS[kind]
        prof = profile if (profile and j == 0) else str(rng.choice(fk.profiles))
        onset = first_onset + (0 if j == 0 else int(rng.integers(0, 30)))
        enough_callers = len(es.callers(service)) >= 2
        observed = es.kinds[service] != "external" and not (fk.hideable and enough_callers and rng.random() < 0.28)
        roots.append(Root(kind, service, onset, prof, observed))
    hidden = {s for s, k in es.kinds.items() if k == "external"} | {r.service for r in roots if not r.observed}
    protected = {r.service for r in roots} | {c for r in roots for c in es.callers(r.service)}
    spare = [s for s in sorted(es.kinds) if s not in protected and s not in hidden and es.kinds[s] != "gateway"]
    hidden |= {str(s) for s in rng.choice(spare, size=int(rng.integers(1, 5)), replace=False)}
    eff = Effects(STEPS)
    for r in roots:
        FAULTS[r.kind].apply(es, eff, r.service, shape(r.profile, STEPS, r.onset, rng), rng)
    start = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(days=int(rng.integers(0, 300)), hours=int(rng.integers(0, 24)))
    changes = add_distractors(es, eff, roots, start, rng)
    decoy = add_changes(es, roots, hidden, changes, start, rng)
    series = render(es, eff, start.hour + rng.uniform(-0.5, 0.5), rng)
    return BlindIncident(index, es.name, start, STEPS, roots, series, hidden, changes, decoy)


def make_incident(index: int, n_roots: int, first_kind: str, profile: str | None) -> BlindIncident:
    for attempt in range(MAX_ATTEMPTS):
        inc = _draw(index, attempt, n_roots, first_kind, profile)
        if inc is not None and visible(inc):
            return inc
    raise RuntimeError(f"incident {index} ({first_kind}, {n_roots} roots): no visible draw in {MAX_ATTEMPTS} tries")


def blind3_incidents(quick: bool = False, limit: int | None = None) -> list[BlindIncident]:
    """The set in plan order (``quick``: every fifth incident; ``limit``: only the first N of those)."""
    plan = _plan()
    picked = list(range(0, len(plan), 5) if quick else range(len(plan)))[:limit]
    return [make_incident(i, *plan[i]) for i in picked]


def score(inc: BlindIncident, tools) -> dict:
    return score_env(BlindEnvironment(ESTATES[inc.estate], inc), inc, tools, "bench-rca-blind3")


def main() -> None:
    args = bench_args(__doc__)
    incidents = blind3_incidents(args.quick, args.limit)
    from genaiops.tools import load_tools

    tools = load_tools()
    rows = [score(inc, tools) for inc in incidents]
    title = "bench/rca_blind3.py — third independent incident generator (blind to the method), plan seed"
    print_scores(rows, f"{title} {PLAN_SEED}")


if __name__ == "__main__":
    main()
