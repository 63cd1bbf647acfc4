"""Twelfth blind RCA set: 240 incidents from an independent generator, scored on ``rank_root_causes``.

Written blind on 2026-12-06 (session 30, helper w-rca12) for issue #14.4, by a writer who did not read the method
(tools/sre/diagnosis/**, rank_root_causes.py, correlate_incidents.py, detect_onsets.py), the team's simulator
(tools/sre/simulate/**), bench/rca.py, bench/rca_multi.py or any earlier set's generator or items. Read: the issue,
bench/rca_blind2.py (for its adapter and scorer; the whole file was printed once, its generator parts included --
this set's physics, faults and estates are its own and were not modelled on it), tests/tools/sre/
test_rca_blind_sets.py, the first 15 lines of docs/rca_blind11.md, the rank_root_causes tool card and the field
names of the environment's models (printed from Python). No score of the method was looked at before the commit.

Estates (rca_blind12_estates.py): a stock photo agency's upload and licensing pipeline (stillframe, 55 services), a
meal-kit subscription (crate-simmer, 38), an insurer's claims intake with document OCR (harbourline, 48), a
smart-building access-control system (keystone, 38): fan-in databases, shared brokers and caches, sidecars in
front of scanners, OCR and an HSM, batch jobs beside stream consumers, dark services and third parties.
Physics (rca_blind12_physics.py): traffic down the call graph with lagged retries, pools and rate limits;
latency and failures back up with queues, timeouts and unreachability. Kinds (rca_blind12_faults.py), 16: the
issue's ten (pool_exhaustion, slow_db, retry_storm, cache_fallback, cache_stampede, cert_expiry, dns_failure,
threadpool_starvation, memory_leak, noisy_neighbour) and six of ours (bad_flag, broker_backlog, mesh_policy,
rate_limit, disk_full, clock_skew). Per kind: 10 single-fault incidents; 40 with two roots and 40 with three
(independent: no call path between roots), every kind among them. Profiles step/small/ramp/intermittent; roots
without metrics (with two or more observed callers); the real change logged on time, late, never, or none;
decoy changes on symptoms near the onset; distractors (GC pauses, batch plateaus, healthy rolling deploys,
traffic surges); unrelated chores elsewhere.

Counts (plan seed 12077): 160 single-fault incidents (10 per kind), 40 with two roots, 40 with three; by estate
stillframe 69, keystone 69, harbourline 54, crate-simmer 48; 400 roots: profiles step 142, intermittent 77, small
72, ramp 69; real change on time 137, none 114, missing 56, late 53; 24 roots without metrics; 109 incidents with a
decoy change on a symptom; distractors rolling 99, gc 94, batch 94, surge 88. Tested with the eighth to eleventh
sets in tests/tools/sre/test_rca_blind_sets.py (determinism, composition, well-formed series, visibility rule, a
smoke run whose printout is discarded).

    nice -n 10 .venv/bin/python bench/rca_blind12.py            # 240 incidents (plan seed 12077)
    nice -n 10 .venv/bin/python bench/rca_blind12.py --quick    # every fifth incident
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2 import BlindEnvironment, bench_args, print_scores, score_env  # noqa: E402
from rca_blind12_estates import ESTATES  # noqa: E402
from rca_blind12_faults import FAULTS  # noqa: E402
from rca_blind12_scene import PLAN_SEED, Incident, make_incident  # noqa: E402

KINDS = tuple(FAULTS)
N_INCIDENTS = 240


def plan() -> list[tuple[int, int, str]]:
    """(seed, roots, first kind): every third seed has several roots (two and three in turn), kinds in turn."""
    out, single, multi = [], 0, 5
    for seed in range(N_INCIDENTS):
        if seed % 3 == 1:
            out.append((seed, 2 + (seed // 3) % 2, KINDS[multi % len(KINDS)]))
            multi += 1
        else:
            out.append((seed, 1, KINDS[single % len(KINDS)]))
            single += 1
    return out


def blind12_incidents(quick: bool = False) -> list[Incident]:
    return [make_incident(*p) for p in plan() if not quick or p[0] % 5 == 0]


def environment(inc: Incident) -> BlindEnvironment:
    return BlindEnvironment(ESTATES[inc.estate], inc)


def main() -> None:
    args = bench_args(__doc__)
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind12_incidents(args.quick)[: args.limit]
    rows = [score_env(environment(inc), inc, tools, "bench-rca-blind12") for inc in incidents]
    print_scores(
        rows, f"bench/rca_blind12.py — independent incident generator (blind to the method), plan seed {PLAN_SEED}"
    )


if __name__ == "__main__":
    main()
