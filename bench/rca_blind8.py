"""Eighth blind RCA set: 240 incidents from an independent generator, scored on ``rank_root_causes``.

Written blind on 2026-12-05 (session 26, helper w-rca8) for issue #14.4. Read before
writing: the issue, bench/rca_blind2.py's adapter and scorer (its docstring, ``Root``/``BlindIncident``/
``BlindEnvironment``, ``score_env``, ``report``, ``bench_args``, ``print_scores``; not its generator functions),
tests/tools/sre/test_rca_blind7.py (the test's shape), the first 15 lines of docs/rca_blind7.md, the tool card of
``rank_root_causes`` (``genaiops tools show``) and the models of tools/sre/environment/models.py (MetricWindow,
ChangeEvent, the three metric names), tests/conftest.py's ``run_in_bench`` fixture. Not read:
tools/sre/diagnosis/**, rank_root_causes.py, correlate_incidents.py, detect_onsets.py, tools/sre/simulate/**,
bench/rca.py, bench/rca_multi.py, any other blind RCA generator or its docs. No score of the method was looked at
before the commit.

Own estates (rca_blind8_estates.py: a hospital lab system, 48 services; a ride-hail marketplace, 56; a game
backend with matchmaking, 47; a bank's card authorisation path, 35), own physics (rca_blind8_physics.py), own fault
models (rca_blind8_faults.py: the issue's ten kinds and six of this set's own -- consumer stall, full disk, a slow
third party, GC thrash, an edge rate limit set too low, a client timeout cut too short), own scene
(rca_blind8_scene.py: observation, change log, decoys, distractors).

Counts: 160 single-fault incidents (16 kinds x 10: pool_exhaustion, slow_db, retry_storm, cache_fallback,
cache_stampede, cert_expiry, dns_failure, thread_starvation, memory_leak, noisy_neighbour, consumer_stall,
disk_full, vendor_slow, gc_thrash, rate_limit, timeout_cut), 40 with two independent roots and 40 with three (every
kind among them). 160 one-minute steps each, faults from minute 85-130.

Scoring is bench/rca_blind2.py's (imported): single fault top-1, several: every root in the first three, beside
the largest-incident default and the naive rule (anomalous services with no anomalous callee).

    python bench/rca_blind8.py            # 240 incidents (plan seed 8808)
    python bench/rca_blind8.py --quick    # every fifth incident (every kind stays in)
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment, bench_args, print_scores, score_env  # noqa: E402
from rca_blind8_estates import ESTATES  # noqa: E402
from rca_blind8_faults import FAULTS  # noqa: E402
from rca_blind8_scene import BlindIncident, Root, make  # noqa: E402

PLAN_SEED = 8808
KINDS = tuple(FAULTS)
N_SINGLE, N_TWO, N_THREE = 160, 40, 40

__all__ = ["KINDS", "BlindIncident", "Root", "blind8_incidents", "environment", "plan"]


def plan() -> list[tuple[int, list[str]]]:
    """(seed, kinds) for every incident: the singles turn through the kinds; each multi-fault incident starts with
    the next kind in turn and draws its other roots' kinds."""
    rng = np.random.default_rng(PLAN_SEED)
    out: list[tuple[int, list[str]]] = [(i, [KINDS[i % len(KINDS)]]) for i in range(N_SINGLE)]
    for j in range(N_TWO + N_THREE):
        n_roots = 2 if j < N_TWO else 3
        first = KINDS[j % len(KINDS)]
        rest = [str(k) for k in rng.choice([k for k in KINDS if k != first], size=n_roots - 1, replace=False)]
        out.append((N_SINGLE + j, [first, *rest]))
    return out


def blind8_incidents(quick: bool = False) -> list[BlindIncident]:
    p = plan()
    if quick:
        p = [x for i, x in enumerate(p) if i % 5 == 0]
    return [make(seed, kinds, PLAN_SEED) for seed, kinds in p]


def environment(inc: BlindIncident) -> BlindEnvironment:
    return BlindEnvironment(ESTATES[inc.estate], inc)


def main() -> None:
    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind8_incidents(args.quick)[: args.limit]
    rows = [score_env(environment(inc), inc, tools, "bench-rca-blind8") for inc in incidents]
    print_scores(
        rows,
        f"bench/rca_blind8.py — eighth independent incident generator (blind to the method), plan seed {PLAN_SEED}",
    )


if __name__ == "__main__":
    main()
