"""Ninth blind RCA set: incidents from an independent generator, scored on ``rank_root_causes``.

Written on 2026-12-06 (session 27, helper w-rca9) blind to the method: its writer did not read
tools/sre/diagnosis/**, rank_root_causes.py, correlate_incidents.py, detect_onsets.py, tools/sre/simulate/**,
bench/rca.py, bench/rca_multi.py or any earlier blind generator. Read: issue #14, bench/rca_blind2.py's adapter and
scorer (``BlindEnvironment``, ``score_env``, ``bench_args``, ``print_scores``, imported here, not copied),
tests/tools/sre/test_rca_blind8.py (the test's shape), the first 15 lines of docs/rca_blind8.md, the
``rank_root_causes`` tool card and tools/sre/environment/models.py (the window, change and topology models).
A directory listing grep also showed five heading lines of docs/rca_blind.md (that set's run commands and the
titles of its estates, physics and fault sections; no items). No score of the method was looked at before the
commit.

Four new estates (rca_blind9_estates.py): an airline check-in and boarding platform (skygate-checkin, 52
services), a video-streaming origin behind a CDN (reelhouse-origin, 43), a warehouse robot fleet
(pickfleet-warehouse, 48) and an energy-grid telemetry platform (gridpulse-telemetry, 51) -- fan-in edges, one
shared broker each, inbound mesh sidecars, an internal resolver, third parties, batches sharing nodes.
Own physics (rca_blind9_physics.py), 16 fault kinds (rca_blind9_faults.py): the issue's ten (pool_exhaustion,
slow_db, retry_storm, cache_fallback, cache_stampede, cert_expiry, dns_failure, thread_starvation, memory_leak,
noisy_neighbour) and six more (bad_config_push, broker_partition_loss, disk_full, third_party_outage, clock_skew,
sidecar_crashloop). Profiles step, small, ramp, intermittent; roots without metrics (third parties always, others
at times when two callers or more have metrics); the real change logged on time, late, never, or none; decoy
changes on symptoms near the onset; distractors (GC pauses, batch CPU plateaus, healthy rolling deploys, traffic
surges); unrelated changes elsewhere.

240 incidents: 160 single-fault (10 of each kind), 40 with two roots and 40 with three independent roots (no root
calls another, directly or not, and none shares a node with another).

    nice -n 10 .venv/bin/python bench/rca_blind9.py            # the whole set (plan seed 9919)
    .venv/bin/python bench/rca_blind9.py --quick               # every fifth incident (every kind stays in)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment, bench_args, print_scores, score_env  # noqa: E402
from rca_blind9_estates import ESTATES  # noqa: E402
from rca_blind9_faults import FAULTS  # noqa: E402
from rca_blind9_scene import PROFILES, Incident, draw  # noqa: E402

PLAN_SEED = 9919
KINDS = tuple(FAULTS)
N_SINGLE_EACH = 10
N_TWO = 40
N_THREE = 40


def _plan() -> list[tuple[int, list[str], list[str], int]]:
    """(index, kinds, profiles, first estate) per incident: singles cycle the kinds, multi roots cycle a shuffle."""
    rng = np.random.default_rng(PLAN_SEED)
    plan = []
    for i in range(len(KINDS) * N_SINGLE_EACH):
        plan.append((i, [KINDS[i % len(KINDS)]], [PROFILES[(i // len(KINDS)) % 4]], int(rng.integers(4))))
    perm = [KINDS[k] for k in rng.permutation(len(KINDS))]
    slot = 0
    for j in range(N_TWO + N_THREE):
        n = 2 if j < N_TWO else 3
        kinds = [perm[(slot + k) % len(perm)] for k in range(n)]
        slot += n
        profiles = [str(p) for p in rng.choice(PROFILES, size=n)]
        plan.append((len(plan), kinds, profiles, int(rng.integers(4))))
    return plan


def make_incident(index: int, kinds: list[str], profiles: list[str], first: int) -> Incident:
    names = sorted(ESTATES)
    for attempt in range(12):
        inc = draw(PLAN_SEED * 1000 + index * 13 + attempt, names[(first + attempt) % 4], kinds, profiles)
        if inc is not None:
            return inc
    raise RuntimeError(f"incident {index}: no estate fits {kinds}")


def blind9_incidents(quick: bool = False) -> list[Incident]:
    plan = _plan()
    if quick:
        plan = plan[::5]
    return [make_incident(*p) for p in plan]


def environment(inc: Incident) -> BlindEnvironment:
    return BlindEnvironment(ESTATES[inc.estate], inc)


def main() -> None:
    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind9_incidents(args.quick)[: args.limit]
    rows = [score_env(environment(inc), inc, tools, "bench-rca-blind9") for inc in incidents]
    print_scores(rows, f"bench/rca_blind9.py — ninth independent incident generator (blind), plan seed {PLAN_SEED}")


if __name__ == "__main__":
    main()
