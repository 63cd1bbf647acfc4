"""Sixth blind RCA set: incidents from an independent generator, scored on ``rank_root_causes``.

Written without reading the method, the team's simulator or the earlier blind generators: own estates (a furniture
shop with partner API and order workers, 46 services; a scooter and ride-hailing platform with telemetry ingest,
53; a payments company with settlement and webhooks, 32 -- rca_blind6_estates.py), own metric physics
(rca_blind6_physics.py: load flows down, latency and errors flow up, callers' threads wait on slow callees,
overload sheds errors, a two-hump day, heavy-tailed noise) and own fault models (rca_blind6_faults.py: the issue's
nine kinds and six more). Every incident is 150 one-minute steps with 1-3 independent roots (none calls another,
directly or not), a profile per root (step, small, ramp, intermittent), third parties without metrics and a few
internal services without exporters (sometimes the root), distractors (GC pauses, batch plateaus, healthy rolling
deploys, traffic surges), decoy deploys on symptoms, the real change logged on time, late or never, and harmless
changes elsewhere (rca_blind6_changes.py).

Visibility rule (a draw is redrawn until every root passes, judged on a run with only that root's fault against
the clean counterfactual with the same noise and distractors): a root with metrics shows at least 4 minutes where
one of its own metrics is 4 noise scales off; or, with or without metrics, it has observed callers and every one
of them shows at least 4 minutes 3 noise scales off.

The tool gets what bench/rca_blind2.py gives it (its BlindEnvironment, scoring and report): the metric window
through an ``environment`` resource (topology, observe, changes), ``rank_root_causes`` with ``all_incidents``
(ours) and by default (largest), and the naive rule on ``detect_onsets``. Single fault: top-1; several: every root
in the top 3.

    python bench/rca_blind6.py            # 240 incidents (plan 6606)
    python bench/rca_blind6.py --quick    # every fifth incident
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment  # noqa: E402  (the same window, change log and read-only actions)
from rca_blind6_changes import background, event, real_change  # noqa: E402
from rca_blind6_estates import ESTATES, Estate  # noqa: E402
from rca_blind6_faults import (  # noqa: E402
    FAULTS,
    amplitude,
    batch_plateau,
    envelope,
    gc_pauses,
    rolling_deploy,
    traffic_surge,
)
from rca_blind6_physics import Effects, daily_traffic, degraded_minutes, draw_noise, draw_params, observe, run  # noqa: E402

PLAN_SEED = 6606
STEPS = 150
KINDS = tuple(FAULTS)
PROFILES = ("step", "small", "ramp", "intermittent")
EPOCH = datetime(2026, 9, 7, tzinfo=UTC)


@dataclass
class Root:
    kind: str
    service: str
    profile: str
    onset: int
    observed: bool
    logged: str  # "on time", "late", "missing", or "none" (the fault came from no change)


@dataclass
class BlindIncident:
    seed: int
    estate: str
    start: datetime
    steps: int
    roots: list[Root]
    hidden: set[str]
    series: dict[str, dict[str, np.ndarray]]
    changes: list = field(default_factory=list)
    decoy: bool = False
    distractors: list[str] = field(default_factory=list)
    attempts: int = 1


def plan() -> list[tuple[int, int, str, str]]:
    """(seed, number of roots, first kind, first profile): 160 single faults (each kind 10-11 times, profiles
    rotating), then 40 incidents with two roots and 40 with three."""
    out = []
    for i in range(160):
        j, k = divmod(i, len(KINDS))
        out.append((i, 1, KINDS[k], PROFILES[(j + k) % 4]))
    for i in range(160, 240):
        out.append((i, 2 if i < 200 else 3, KINDS[i % len(KINDS)], PROFILES[(i // 3) % 4]))
    return out


def _independent(est: Estate, s: str, taken: list[str]) -> bool:
    return all(s != t and s not in est.below(t) and t not in est.below(s) for t in taken)


def _pick(est: Estate, kind: str, taken: list[str], rng) -> str | None:
    pool = [s for s in sorted(est.kinds) if FAULTS[kind].eligible(est, s) and _independent(est, s, taken)]
    return pool[int(rng.integers(len(pool)))] if pool else None


def _distract(est: Estate, p, eff: Effects, roots: list[str], start, rng) -> tuple[list[str], list]:
    others = [s for s in sorted(est.kinds) if s not in roots and est.kinds[s] != "external"]
    names, changes = [], []
    for _ in range(int(rng.integers(0, 3))):
        what = str(rng.choice(["gc_pauses", "batch_plateau", "rolling_deploy", "traffic_surge"]))
        s = others[int(rng.integers(len(others)))]
        if what == "gc_pauses" and est.kinds[s] in ("bff", "api", "worker", "gateway"):
            gc_pauses(est, p, eff, s, rng)
        elif what == "batch_plateau":
            batches = [b for b in others if est.kinds[b] == "batch"]
            if not batches:
                continue
            batch_plateau(est, p, eff, batches[int(rng.integers(len(batches)))], rng)
        elif what == "rolling_deploy" and est.kinds[s] not in ("db", "queue", "dns"):
            at = rolling_deploy(est, p, eff, s, rng)
            from rca_blind6_changes import detail

            changes.append(event(s, start, at - 0.5, "deploy", detail("deploy", s, rng)))
        elif what == "traffic_surge":
            traffic_surge(est, p, eff, rng)
        else:
            continue
        names.append(what)
    return names, changes


def _visible(est: Estate, p, clean: dict, eff0: Effects, fault, hidden: set[str]) -> bool:
    """The visibility rule of the module docstring, for one root alone."""
    kind, root, env, amp, seed = fault
    eff = eff0.copy()
    FAULTS[kind].apply(est, p, eff, root, env, amp, np.random.default_rng(seed))
    got = run(est, p, eff, ref=clean)
    if root not in hidden and degraded_minutes(p, clean, got, root, 4.0, est.kinds[root]) >= 4:
        return True
    callers = [a for a in est.callers(root) if a not in hidden]
    return bool(callers) and all(degraded_minutes(p, clean, got, a, 3.0, est.kinds[a]) >= 4 for a in callers)


def _draw(seed: int, attempt: int, n_roots: int, first_kind: str, first_profile: str) -> BlindIncident | None:
    rng = np.random.default_rng([PLAN_SEED, seed, attempt])
    name = sorted(ESTATES)[int(rng.integers(len(ESTATES)))]
    est = ESTATES[name]
    start = EPOCH + timedelta(days=int(rng.integers(0, 60)), minutes=int(rng.integers(0, 24 * 60)))
    p = draw_params(est, rng)
    noise = draw_noise(est, STEPS, rng)
    eff = Effects(STEPS, daily_traffic(start.hour + start.minute / 60, STEPS, rng))
    kinds = [first_kind] + [
        str(k) for k in rng.choice([k for k in KINDS if k != first_kind], n_roots - 1, replace=False)
    ]
    profiles = [first_profile] + [PROFILES[int(rng.integers(4))] for _ in range(n_roots - 1)]
    roots: list[str] = []
    for kind in kinds:
        s = _pick(est, kind, roots, rng)
        if s is None:
            return None
        roots.append(s)
    hidden = {
        s for s, k in est.kinds.items() if k == "external" or (k not in ("gateway", "batch") and rng.random() < 0.06)
    }
    for kind, s in zip(kinds, roots, strict=True):
        if est.kinds[s] != "external":
            hideable = FAULTS[kind].hideable and est.callers(s) and rng.random() < 0.2
            hidden = hidden | {s} if hideable else hidden - {s}
    distractors, changes = _distract(est, p, eff, roots, start, rng)
    clean = run(est, p, eff)
    first_onset = int(rng.integers(50, 96))
    faults, out_roots = [], []
    joint = eff.copy()
    for kind, s, profile in zip(kinds, roots, profiles, strict=True):
        onset = first_onset if not faults else int(np.clip(first_onset + rng.integers(-12, 13), 40, 110))
        env = envelope(profile, onset, STEPS, rng)
        fault = (kind, s, env, amplitude(profile, rng), int(rng.integers(2**31)))
        faults.append(fault)
        extra = FAULTS[kind].apply(est, p, joint, s, env, fault[3], np.random.default_rng(fault[4]))
        logged = "none"
        if FAULTS[kind].change:
            can_miss = kind != "retry_storm"  # without its change a retry storm reads as its callee's overload
            logged, real = real_change(s, FAULTS[kind].change, onset, STEPS, start, rng, extra, can_miss)
            changes += real
        out_roots.append(Root(kind, s, profile, onset, s not in hidden, logged))
    if not all(_visible(est, p, clean, eff, f, hidden) for f in faults):
        return None
    got = run(est, p, joint, ref=clean)
    decoy = False
    if rng.random() < 0.35:
        ups = {a for a in est.kinds if a not in roots and any(r in est.below(a) for r in roots)}
        loud = [a for a in sorted(ups - hidden) if degraded_minutes(p, clean, got, a, 3.0, est.kinds[a]) >= 5]
        if loud:
            s = loud[int(rng.integers(len(loud)))]
            changes.append(event(s, start, first_onset + rng.uniform(-5, 1.5), "deploy", _decoy_text(s, rng)))
            decoy = True
    quiet = [s for s in sorted(est.kinds) if s not in roots and est.kinds[s] != "external"]
    changes += background(quiet, STEPS, start, rng)
    return BlindIncident(
        seed=seed, estate=name, start=start, steps=STEPS, roots=out_roots, hidden=hidden,
        series=observe(est, p, clean, got, noise), changes=changes, decoy=decoy, distractors=distractors,
        attempts=attempt + 1,
    )  # fmt: skip


def _decoy_text(service: str, rng) -> str:
    from rca_blind6_changes import detail

    return detail("deploy", service, rng)


def make_incident(seed: int, n_roots: int, first_kind: str, first_profile: str) -> BlindIncident:
    for attempt in range(60):
        inc = _draw(seed, attempt, n_roots, first_kind, first_profile)
        if inc is not None:
            return inc
    raise RuntimeError(f"incident {seed}: no visible draw of {first_kind} ({first_profile}) in 60 attempts")


def blind6_incidents(quick: bool = False) -> list[BlindIncident]:
    entries = plan()
    if quick:
        entries = entries[::5]
    return [make_incident(*e) for e in entries]


def visible(inc: BlindIncident) -> bool:
    """Every root is a known service and observed roots export metrics (the rule itself ran at draw time)."""
    est = ESTATES[inc.estate]
    return all(r.service in est.kinds and (r.observed == (r.service not in inc.hidden)) for r in inc.roots)


def score(inc: BlindIncident, tools) -> dict:
    from rca_blind2 import score_env

    return score_env(BlindEnvironment(ESTATES[inc.estate], inc), inc, tools, "bench-rca-blind6")


def main() -> None:
    from rca_blind2 import bench_args, print_scores

    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind6_incidents(args.quick)[: args.limit]
    rows = [score(inc, tools) for inc in incidents]
    print_scores(
        rows, f"bench/rca_blind6.py — independent incident generator (blind to the method), plan seed {PLAN_SEED}"
    )


if __name__ == "__main__":
    main()
