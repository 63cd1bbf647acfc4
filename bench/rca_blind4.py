"""Fourth blind RCA set: incidents from an independent generator, scored on ``rank_root_causes``.

Written without reading the method, the team's simulator or the earlier generators: four invented estates
(ride-hailing, grocery delivery, B2B invoicing, a game backend; 33-61 services), its own metric physics
(bench/rca_blind4_physics.py) and sixteen fault kinds (bench/rca_blind4_faults.py): the issue's ten plus bad
deploys, full disks, stalled queue consumers, third-party outages, mistaken scale-downs and packet loss. 240
incidents from fixed seeds: 160 single-fault (10 per kind), 40 with two and 40 with three simultaneous independent
roots. Only draws where a careful SRE could see every root are kept (``visible``). The harness (environment,
scoring, report) is bench/rca_blind2.py's, so the columns mean the same. See docs/rca_blind4.md.

    python bench/rca_blind4.py [--quick] [--limit N]
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import networkx as nx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment, BlindIncident, Root, bench_args, print_scores, score_env  # noqa: E402
from rca_blind4_estates import ESTATES, Estate  # noqa: E402
from rca_blind4_faults import (  # noqa: E402
    FAULTS,
    RAMP_ONLY,
    Fault,
    batch_plateau,
    gc_pauses,
    rolling_deploy,
    traffic_surge,
)
from rca_blind4_physics import Effects, draw_params, moved, noisy, render  # noqa: E402

PLAN_SEED = 4417
STEPS = 240
PROFILES = ("step", "small", "ramp", "intermittent")
KINDS = tuple(FAULTS)


def plan() -> list[tuple[int, int, str, str]]:
    """(seed, number of roots, first root's kind, first root's profile): 10 single faults per kind, then 40
    incidents with two roots and 40 with three."""
    rows = []
    for i, kind in enumerate(KINDS):
        for j in range(10):
            rows.append((1000 + 10 * i + j, 1, kind, PROFILES[(i + j) % 4]))
    for j in range(80):
        rows.append((5000 + j, 2 if j % 2 == 0 else 3, KINDS[j % len(KINDS)], PROFILES[(j // 2) % 4]))
    return rows


def envelope(profile: str, onset: int, rng: np.random.Generator) -> np.ndarray:
    t = np.arange(STEPS) - onset
    on = (t >= 0).astype(float)
    if profile == "ramp":
        return np.clip((t + 1) / rng.uniform(20, 60), 0.0, 1.0) * on
    if profile == "intermittent":
        out, pos = np.zeros(STEPS), onset
        while pos < STEPS:
            burst = int(rng.integers(3, 9))
            out[pos : pos + burst] = 1.0
            pos += burst + int(rng.integers(4, 14))
        return out
    return on


def _independent(g: nx.DiGraph, s: str, taken: list[str]) -> bool:
    return all(s != t and not nx.has_path(g, s, t) and not nx.has_path(g, t, s) for t in taken)


def _callers(est: Estate, s: str) -> list[str]:
    return [a for a, b, _ in est.edges if b == s]


def visible(clean: dict, calm: dict, params, est: Estate, root: str, hidden: set[str]) -> bool:
    """A careful SRE could see ``root`` (with only this root's fault rendered): its own metrics move, or at
    least two of its callers have metrics and all of them move."""
    if root not in hidden and moved(clean, calm, params, root):
        return True
    seen = [c for c in _callers(est, root) if c not in hidden]
    return len(seen) >= 2 and all(moved(clean, calm, params, c) for c in seen)


def _change(service: str, minute: int, start: datetime, kind: str, detail: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=start + timedelta(minutes=minute), kind=kind, detail=detail)


def make_incident(seed: int, n_roots: int, first_kind: str, first_profile: str) -> BlindIncident:
    for attempt in range(80):
        inc = _draw(seed, attempt, n_roots, first_kind, first_profile)
        if inc is not None:
            return inc
    raise RuntimeError(f"seed {seed}: no visible draw of {first_kind} in 80 attempts")


def _distract(est: Estate, fx: Effects, rng, start: datetime, changes: list) -> list[str]:
    names = []
    for kind in rng.choice(["gc", "batch", "surge", "rolling"], size=int(rng.integers(1, 4)), replace=False):
        if kind == "gc":
            gc_pauses(est, str(rng.choice([s for s, k in est.kinds.items() if k in ("service", "bff")])), fx, rng)
        elif kind == "batch":
            batch_plateau(est, str(rng.choice([s for s, k in est.kinds.items() if k == "batch"])), fx, rng)
        elif kind == "surge":
            traffic_surge(est, "", fx, rng)
        else:
            svc = str(rng.choice([s for s, k in est.kinds.items() if k in ("service", "bff", "worker")]))
            t0 = rolling_deploy(est, svc, fx, rng)
            changes.append(_change(svc, t0, start, "deploy", "rolling update, maxUnavailable 1 (healthy)"))
        names.append(str(kind))
    return names


def _draw(seed: int, attempt: int, n_roots: int, first_kind: str, first_profile: str) -> BlindIncident | None:
    rng = np.random.default_rng([PLAN_SEED, seed, attempt])
    est = ESTATES[sorted(ESTATES)[(seed + attempt) % len(ESTATES)]]
    g = est.graph()
    start = datetime(2026, 9, 1, tzinfo=UTC) + timedelta(days=int(seed % 97), hours=int(rng.integers(0, 24)))
    params = draw_params(est, rng, start.hour)
    base = Effects(STEPS)
    changes: list = []
    distractors = _distract(est, base, rng, start, changes)
    hidden = {s for s, k in est.kinds.items() if k == "external"}
    others = [s for s, k in sorted(est.kinds.items()) if k not in ("external", "gateway")]
    hidden |= {str(s) for s in rng.choice(others, size=int(rng.integers(0, 4)), replace=False)}
    first_onset = int(rng.integers(100, 160))
    roots: list[Root] = []
    fx = _copy(base)
    alone: list[Effects] = []
    real_changes = []
    for i in range(n_roots):
        kind = first_kind if i == 0 else str(rng.choice([k for k in KINDS if k != first_kind]))
        eligible, inject = FAULTS[kind]
        pool = [s for s in sorted(est.kinds) if eligible(est, s) and _independent(g, s, [r.service for r in roots])]
        if not pool:
            return None
        svc = str(rng.choice(pool))
        profile = first_profile if i == 0 else str(rng.choice(PROFILES))
        profile = "ramp" if kind in RAMP_ONLY else profile
        onset = first_onset if i == 0 else int(np.clip(first_onset + rng.integers(-15, 16), 80, 190))
        a = envelope(profile, onset, rng)
        sev = float(rng.uniform(0.3, 0.5)) if profile == "small" else 1.0
        if est.kinds[svc] != "external" and len(_callers(est, svc)) >= 2 and rng.random() < 0.2:
            hidden.add(svc)
        own = _copy(base)
        fault_rng_state = int(rng.integers(0, 2**31))
        change = inject(Fault(est, svc, a, sev, np.random.default_rng(fault_rng_state), own, onset))
        inject(Fault(est, svc, a, sev, np.random.default_rng(fault_rng_state), fx, onset))
        alone.append(own)
        logged = "none"
        if change is not None:
            logged = str(rng.choice(["on_time", "late", "missing"], p=[0.5, 0.28, 0.22]))
            at = onset - int(rng.integers(0, 3)) if logged == "on_time" else onset + int(rng.integers(8, 31))
            if logged != "missing":
                real_changes.append(_change(svc, at, start, change[0], change[1]))
        roots.append(Root(kind, svc, onset, profile, svc not in hidden, logged))
    for r in roots:  # a root chosen later may have been hidden after an earlier root's draw: recompute
        r.observed = r.service not in hidden
    calm = render(est, params, base)
    for r, own in zip(roots, alone, strict=True):
        if not visible(render(est, params, own), calm, params, est, r.service, hidden):
            return None
    clean = render(est, params, fx)
    decoy = False
    if rng.random() < 0.35:
        symptoms = [
            c
            for r in roots
            for c in nx.ancestors(g, r.service)
            if c not in hidden and est.kinds[c] in ("service", "bff") and moved(clean, calm, params, c)
        ]
        if symptoms:
            svc = str(rng.choice(sorted(set(symptoms))))
            at = roots[0].onset - int(rng.integers(1, 13))
            changes.append(_change(svc, at, start, str(rng.choice(["deploy", "config"])), "routine release"))
            decoy = True
    series = noisy(clean, params, rng)
    return BlindIncident(
        seed, est.name, roots, start, STEPS, series, hidden, changes + real_changes, distractors, decoy
    )


def _copy(fx: Effects) -> Effects:
    out = Effects(fx.steps)
    for name in (
        "lat_mult",
        "lat_add",
        "err_add",
        "cap_mult",
        "mem_add",
        "own_load",
        "edge_load",
        "edge_err",
        "edge_lat",
        "edge_absorb",
    ):
        getattr(out, name).update(getattr(fx, name))
    out.redirect = list(fx.redirect)
    out.ingress = fx.ingress
    return out


def blind4_incidents(quick: bool = False, limit: int | None = None) -> list[BlindIncident]:
    """The set's incidents (every fifth with ``quick``), only the first ``limit`` of them generated when given."""
    rows = plan()
    if quick:
        rows = rows[::5]
    return [make_incident(*row) for row in rows[:limit]]


def score(inc: BlindIncident, tools) -> dict:
    return score_env(BlindEnvironment(ESTATES[inc.estate], inc), inc, tools, "bench-rca-blind4")


def main() -> None:
    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    title = f"bench/rca_blind4.py — independent incident generator (blind to the method), plan seed {PLAN_SEED}"
    tools = load_tools()
    print_scores([score(inc, tools) for inc in blind4_incidents(args.quick, args.limit)], title)


if __name__ == "__main__":
    main()
