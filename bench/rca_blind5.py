"""Fifth blind RCA set: incidents from an independent generator, scored on ``rank_root_causes`` (issue #14.4).

Written without reading the method, the team's simulator or the earlier blind generators. Four invented estates
(rca_blind5_estates.py): Kelpie Freight, a parcel carrier with scanner ingest, carrier gateways and queues (49
services); Almondine Health, telehealth with an EHR gateway (30); Vireo Pay, a payment processor with acquirers,
a token vault and settlement workers (69); Tumbleweed Games, a game backend with matchmaking and a telemetry queue
(41). Own physics (rca_blind5_physics.py) and fault models (rca_blind5_faults.py): the issue's ten kinds plus disk
full, third-party outage, bad deploy, stalled queue consumer and capacity cut.

240 incidents from fixed seeds: 160 single-fault (the first ten kinds 11 times, the other five 10 times), 44 with
two and 36 with three simultaneous roots with no call path between them. Profiles step / small / ramp /
intermittent; some roots export no metrics; decoy deploys on symptoms; the real change logged on time, late, or not
at all; distractors (GC pauses, batch plateaus, healthy rolling deploys, traffic surges).

Visibility rule (a draw is kept only if every root passes): the root's own fault, compared with the same incident
rendered without it (same noise), moves one of its metrics clearly (latency by max(4 sigma, 15%), errors by
max(4 sd, 0.5 points), saturation by 0.05) for at least 5 minutes; a root without metrics instead needs at least
two callers with metrics, and every one of them must move that way.

    .venv/bin/python bench/rca_blind5.py [--quick] [--limit N]
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment as _Environment  # noqa: E402
from rca_blind2 import BlindIncident, score_env  # noqa: E402
from rca_blind2 import Root as _Root  # noqa: E402
from rca_blind5_estates import ESTATES, Estate  # noqa: E402
from rca_blind5_faults import DISTRACTORS, FAULTS, candidates, touched  # noqa: E402
from rca_blind5_physics import Baseline, Effects, baseline, make_noise, render, shape  # noqa: E402

PLAN_SEED = 5519
KINDS = tuple(FAULTS)
STEPS = 150
MOVE_MINUTES = 5
METRICS = ("latency_p99_ms", "error_rate", "saturation")


@dataclass
class Root(_Root):
    """A root as the blind-2 harness reads it, plus what this generator needs to render it."""

    strength: np.ndarray | None = field(repr=False, default=None)
    seed: int = 0


class BlindEnvironment(_Environment):
    """The blind-2 environment over this set's incidents; every service with metrics exports all three."""

    def observe(self, start, end, services=None):
        from genaiops.tools.sre.environment import MetricWindow

        inc = self._inc
        i0 = max(0, int((start - inc.start).total_seconds() // 60))
        i1 = min(inc.steps, int((end - inc.start).total_seconds() // 60))
        names = [s for s in (services or sorted(inc.series)) if s in inc.series and s not in inc.hidden]
        series = {s: {m: [round(float(v), 6) for v in inc.series[s][m][i0:i1]] for m in METRICS} for s in names}
        return MetricWindow(start=inc.start + timedelta(minutes=i0), step_seconds=60, series=series)


def _plan() -> list[tuple[int, int, str]]:
    """(seed, number of roots, first root's kind) for every incident, shuffled so ``--quick`` gets a mix."""
    singles = [(1, k) for i, k in enumerate(KINDS) for _ in range(11 if i < 10 else 10)]
    multi = [(2 if j < 44 else 3, KINDS[j % len(KINDS)]) for j in range(80)]
    items = singles + multi
    order = np.random.default_rng(PLAN_SEED).permutation(len(items))
    return [(50_000 + i, *items[j]) for i, j in enumerate(order)]


def moved(full: dict, ref: dict, service: str, base: Baseline, onset: int) -> int:
    """Minutes from ``onset`` on in which the service's metrics differ clearly between two renders."""
    f, r = full[service], ref[service]
    lat = np.abs(np.log(f["latency_p99_ms"][onset:]) - np.log(r["latency_p99_ms"][onset:]))
    err = np.abs(f["error_rate"][onset:] - r["error_rate"][onset:])
    sat = np.abs(f["saturation"][onset:] - r["saturation"][onset:])
    clear = (lat > max(4 * base.sigma[service], 0.15)) | (err > max(4 * base.err_sd[service], 0.005)) | (sat > 0.05)
    return int(clear.sum())


def visible(es: Estate, root: Root, full: dict, ref: dict, base: Baseline, hidden: set[str]) -> bool:
    if root.observed:
        return moved(full, ref, root.service, base, root.onset) >= MOVE_MINUTES
    seen = [c for c, _ in es.callers[root.service] if c not in hidden]
    return len(seen) >= 2 and all(moved(full, ref, c, base, root.onset) >= MOVE_MINUTES for c in seen)


def _change(service: str, at: datetime, kind: str, detail: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=at, kind=kind, detail=detail)


def _pick_roots(es: Estate, kinds: list[str], rng) -> list[Root] | None:
    roots: list[Root] = []
    marks: set[str] = set()
    first = int(rng.integers(92, 103))
    for i, kind in enumerate(kinds):
        options = [
            s for s in candidates(es, kind) if not any(es.related(a, b) for a in touched(es, kind, s) for b in marks)
        ]
        if not options:
            return None
        svc = options[int(rng.integers(len(options)))]
        marks |= touched(es, kind, svc)
        fault = FAULTS[kind]
        profile = str(rng.choice(fault.profiles))
        onset = first if i == 0 else first + int(rng.integers(0, 9))
        logged = (
            "none" if fault.change is None else str(rng.choice(["on_time", "late", "missing"], p=[0.5, 0.25, 0.25]))
        )
        observed = svc not in es.dark
        if observed and fault.hideable and not any(not r.observed for r in roots) and rng.random() < 0.4:
            observed = False
        strength = shape(profile, onset, STEPS, rng)
        roots.append(Root(kind, svc, onset, profile, observed, logged, strength, int(rng.integers(2**31))))
    return roots


def _distractors(es: Estate, avoid: set[str], rng) -> list[tuple[str, str, int, int]]:
    out = []
    for name in rng.choice(sorted(DISTRACTORS), size=int(rng.choice([0, 1, 1, 2])), replace=False):
        pool = [s for s, k in sorted(es.kinds.items()) if k in DISTRACTORS[name][1] and s not in avoid]
        if pool:
            out.append(
                (str(name), pool[int(rng.integers(len(pool)))], int(rng.integers(30, 130)), int(rng.integers(2**31)))
            )
    return out


def _effects(es: Estate, base: Baseline, roots: list[Root], extras) -> Effects:
    fx = Effects(STEPS)
    for name, svc, t0, seed in extras:
        DISTRACTORS[name][0](es, base, svc, t0, np.random.default_rng(seed), fx)
    for r in roots:
        FAULTS[r.kind].fn(es, base, r.service, r.strength, np.random.default_rng(r.seed), fx, r.profile)
    return fx


def _draw(seed: int, attempt: int, n_roots: int, first_kind: str) -> BlindIncident | None:
    rng = np.random.default_rng([PLAN_SEED, seed, attempt])
    names = [n for n in sorted(ESTATES) if candidates(ESTATES[n], first_kind)]
    es = ESTATES[names[int(rng.integers(len(names)))]]
    others = [k for k in KINDS if k != first_kind]
    kinds = [first_kind, *(str(k) for k in rng.choice(others, size=n_roots - 1, replace=False))]
    roots = _pick_roots(es, kinds, rng)
    if roots is None:
        return None
    marks = set().union(*(touched(es, r.kind, r.service) for r in roots))
    hidden = set(es.dark) | {r.service for r in roots if not r.observed}
    if rng.random() < 0.35:
        gaps = [s for s in sorted(es.kinds) if es.kinds[s] in ("api", "db", "worker", "cache") and s not in marks]
        hidden |= {str(s) for s in rng.choice(gaps, size=int(rng.integers(1, 3)), replace=False)}
    extras = _distractors(es, marks, rng)
    base = baseline(es, rng)
    noise = make_noise(es, base, rng, STEPS)
    start = datetime(2026, 1, 5, tzinfo=UTC) + timedelta(
        days=int(rng.integers(0, 70)), minutes=int(rng.integers(0, 1440))
    )
    hours = start.hour + start.minute / 60 + np.arange(STEPS) / 60
    full = render(es, base, _effects(es, base, roots, extras), noise, hours)
    refs = {}
    for r in roots:
        refs[r.service] = render(es, base, _effects(es, base, [o for o in roots if o is not r], extras), noise, hours)
        if not visible(es, r, full, refs[r.service], base, hidden):
            return None
    changes = []
    for name, svc, t0, _ in extras:
        if name == "rolling_deploy":
            changes.append(_change(svc, start + timedelta(minutes=t0), "deploy", f"rolling update {svc} (canary ok)"))
    for r in roots:
        fault = FAULTS[r.kind]
        if r.logged in ("on_time", "late"):
            shift = -int(rng.integers(0, 4)) if r.logged == "on_time" else int(rng.integers(5, 17))
            detail = str(rng.choice(fault.details))
            changes.append(_change(r.service, start + timedelta(minutes=r.onset + shift), fault.change, detail))
    decoy = False
    if rng.random() < 0.32:
        r = roots[int(rng.integers(len(roots)))]
        near = [
            s for s in sorted(es.above(r.service, 2))
            if s not in hidden and s not in marks and moved(full, refs[r.service], s, base, r.onset) >= MOVE_MINUTES
        ]  # fmt: skip
        if near:
            svc = near[int(rng.integers(len(near)))]
            kind = str(rng.choice(["deploy", "deploy", "config"]))
            at = start + timedelta(minutes=r.onset + int(rng.integers(-6, 3)))
            changes.append(_change(svc, at, kind, str(rng.choice(DECOY_DETAILS))))
            decoy = True
    for r in roots:
        r.strength = None
    return BlindIncident(seed, es.name, roots, start, STEPS, full, hidden, changes, [e[0] for e in extras], decoy)


DECOY_DETAILS = (
    "bump base image (debian 12.9)", "feature flag: new_banner=on", "log level INFO -> DEBUG", "release 4.2.1",
    "chore: deps update (renovate)", "i18n strings es-MX", "timeout 2s -> 3s", "Helm chart 1.8.3",
)  # fmt: skip


def make_incident(seed: int, n_roots: int, first_kind: str) -> BlindIncident:
    for attempt in range(300):
        inc = _draw(seed, attempt, n_roots, first_kind)
        if inc is not None:
            return inc
    raise RuntimeError(f"no visible draw for seed {seed} ({n_roots} roots, {first_kind}) in 300 attempts")


def blind5_incidents(quick: bool = False, limit: int | None = None) -> list[BlindIncident]:
    """The set's incidents (every fifth with ``quick``), only the first ``limit`` of them generated when given."""
    plan = _plan()
    if quick:
        plan = plan[::5]
    return [make_incident(*p) for p in plan[:limit]]


def score(inc: BlindIncident, tools) -> dict:
    return score_env(BlindEnvironment(ESTATES[inc.estate], inc), inc, tools, "bench-rca-blind5")


def main() -> None:
    from rca_blind2 import bench_args, print_scores

    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind5_incidents(args.quick, args.limit)
    rows = [score(inc, tools) for inc in incidents]
    print_scores(
        rows, f"bench/rca_blind5.py — independent incident generator (blind to the method), plan seed {PLAN_SEED}"
    )


if __name__ == "__main__":
    main()
