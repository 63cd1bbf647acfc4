"""Root-cause ranking and incident correlation on seeded simulated incidents.

Part 1 (RCA): one fault per incident, every fault kind on three topologies (shop 12, media 30, platform 60
services). For each incident the window an on-call engineer would pull (90 minutes before the fault to 12-25
minutes after) is read from the simulator, and the registered tool ``rank_root_causes`` gets only that metric
window (plus the dependency graph and change log, through the environment) -- never the injected fault. We
report whether the injected service is ranked first (top-1) or in the first three (top-3), and the time of
the tool call (onset detection + correlation + ranking, including input validation). Two naive rankings on
the same anomalies are printed for context: "earliest onset" and "strongest anomaly".

Part 2 (correlation): two or three simultaneous faults on services with no call path between them; the tool
``correlate_incidents`` groups the anomalies. An injected fault is matched to a found incident when their
detected services overlap with Jaccard >= 0.5 (one-to-one); precision = matched / found incidents, recall =
matched / injected faults. Pairwise precision/recall count pairs of detected services grouped together.

Honesty: the method's weights and thresholds were set on development seeds (single-fault seeds 0-99 per
topology, multi-fault seeds 5000-5059); this report uses disjoint seeds (10000+ and 20000+). The simulator
and the method were written together, by the same people: read the figures as "works on a plausible
simulated estate", not as accuracy on a real one.

Realistic mode (``--realistic``): incidents from ``make_realistic_incident`` — every fault kind (the five above
plus pool exhaustion, slow databases, retry storms, cache stampedes, expired certificates, DNS failures, thread-pool
starvation, memory leaks with OOM restarts, noisy neighbours), small / ramping / intermittent faults, roots with no
metrics of their own, decoy deploys on symptomatic callers, the real change logged late or never, GC pauses, batch
plateaus, healthy rolling deploys, traffic surges; a third of the seeds have 2-3 simultaneous roots. Scored three
ways in the same run: ours (``rank_root_causes`` with ``all_incidents``: each incident's root, most impact first),
the tool's default output (the largest incident's candidates) and the naive rule (anomalous services with no
anomalous callee, earliest first). Single fault: top-1; several: every root in the first three. The method was
tuned on seeds 0-399 (``--dev``); the report uses seeds 50000-50399, never looked at while tuning. The old
simulator's figure is printed after it, same method.

    python bench/rca.py                 # 330 single-fault incidents + 180 multi-fault scenarios
    python bench/rca.py --quick         # a third of each
    python bench/rca.py --realistic     # 400 realistic held-out incidents, then the old simulator's top-1
    python bench/rca.py --realistic --logs   # the same with the simulator's logs as evidence beside the metrics
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time
from collections import Counter, defaultdict
from datetime import datetime

from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.diagnosis import Anomaly
from genaiops.tools.sre.simulate import FAULT_KINDS, TOPOLOGIES, SimulatedIncident, make_incident, truth_labels

REPORT_SEED, MULTI_SEED = 10_000, 20_000
TARGETS = {"top1": 0.85, "top3": 0.95, "ms_large": 100.0}


def context(incident: SimulatedIncident, now: datetime) -> ToolContext:
    return ToolContext(
        run_id="bench-rca", task_id="rca", idempotency_key="-", now=now, resources={"environment": incident.env}
    )


def naive_rank(anomalies: list[Anomaly], key: str) -> list[str]:
    """Services by earliest onset, or by strongest anomaly: what a dashboard sorted one way would show."""
    best: dict[str, tuple] = {}
    for a in anomalies:
        value = (a.onset, -a.score) if key == "onset" else (-a.score, a.onset)
        best[a.service] = min(best.get(a.service, value), value)
    return sorted(best, key=lambda s: (best[s], s))


def position(ranked: list[str], truth: str) -> int:
    return ranked.index(truth) + 1 if truth in ranked else 10**6


def run_rca(per_kind: int, topologies: tuple[str, ...] = tuple(TOPOLOGIES), **variant) -> list[dict]:
    """Rank root causes on single-fault incidents; ``variant`` goes to ``make_incident`` (stress tests)."""
    tools = load_tools()
    rank, onsets = tools.get("rank_root_causes"), tools.get("detect_onsets")
    rows = []
    for topo in topologies:
        for k, kind in enumerate(FAULT_KINDS):
            for i in range(per_kind):
                seed = REPORT_SEED + 1000 * list(TOPOLOGIES).index(topo) + 100 * k + i
                inc = make_incident(topo, seed, [kind], **variant)
                window = inc.env.observe(inc.start, inc.end)
                ctx = context(inc, inc.end)
                t0 = time.perf_counter()
                result = rank.invoke({"metrics": window, "top_k": 10}, ctx)
                elapsed = time.perf_counter() - t0
                anomalies = onsets.invoke({"metrics": window}).anomalies
                truth = inc.faults[0].service
                rows.append(
                    {
                        "topology": topo,
                        "services": len(inc.env.sim.services),
                        "kind": kind,
                        "ours": position([c.service for c in result.candidates], truth),
                        "onset": position(naive_rank(anomalies, "onset"), truth),
                        "score": position(naive_rank(anomalies, "score"), truth),
                        "ms": elapsed * 1000,
                    }
                )
    return rows


STRESS = {
    "as reported above (look 12-25 min after, 1x noise)": {},
    "early look: window ends 4-8 min after the fault": {"look_after": (4, 8)},
    "2x metric noise": {"noise_scale": 2.0},
    "3x metric noise": {"noise_scale": 3.0},
    "subtle faults: effects x0.3": {"effect_scale": 0.3},
    "subtle faults x0.3 and 2x noise": {"effect_scale": 0.3, "noise_scale": 2.0},
    "no red herrings (no benign deploys, blips, batch jobs)": {"noise": False},
}


def print_stress(per_kind: int) -> None:
    """Where the method weakens: the platform topology's report seeds under harder (and easier) conditions."""
    print(f"\nPart 3: stress, platform topology (60 services), {per_kind * len(FAULT_KINDS)} incidents per row\n")
    print(f"{'condition':<58}{'top-1':>8}{'top-3':>8}{'onset top-1':>13}")
    for name, variant in STRESS.items():
        rows = run_rca(per_kind, ("platform",), **variant)
        print(f"{name:<58}{share(rows, 'ours', 1):>8.3f}{share(rows, 'ours', 3):>8.3f}{share(rows, 'onset', 1):>13.3f}")
    print("(not targets: these rows show how accuracy falls off; the weights were not tuned on them)")


def share(rows: list[dict], col: str, k: int) -> float:
    return sum(r[col] <= k for r in rows) / len(rows)


def print_rca(rows: list[dict]) -> None:
    print(f"\nPart 1: root-cause ranking, {len(rows)} single-fault incidents (report seeds {REPORT_SEED}+)\n")
    head = f"{'topology':<10}{'services':>9}{'n':>5}{'top-1':>8}{'top-3':>8}{'ms med':>9}{'ms p95':>9}"
    head += f"{'onset top-1':>13}{'score top-1':>13}"
    print(head)
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["topology"]].append(r)
    for name, g in [*groups.items(), ("all", rows)]:
        ms = sorted(r["ms"] for r in g)
        services = str(g[0]["services"]) if name != "all" else "-"
        print(
            f"{name:<10}{services:>9}{len(g):>5}{share(g, 'ours', 1):>8.3f}{share(g, 'ours', 3):>8.3f}"
            f"{statistics.median(ms):>9.1f}{ms[int(0.95 * (len(ms) - 1))]:>9.1f}"
            f"{share(g, 'onset', 1):>13.3f}{share(g, 'score', 1):>13.3f}"
        )
    print(f"\n{'fault kind':<22}{'n':>5}{'top-1':>8}{'top-3':>8}")
    for kind in FAULT_KINDS:
        g = [r for r in rows if r["kind"] == kind]
        print(f"{kind:<22}{len(g):>5}{share(g, 'ours', 1):>8.3f}{share(g, 'ours', 3):>8.3f}")
    large = [r["ms"] for r in rows if r["services"] >= 50]
    print("\ntarget                          ours     anchor (issue target)")
    print(f"top-1 accuracy                 {share(rows, 'ours', 1):>6.3f}   >= {TARGETS['top1']}")
    print(f"top-3 accuracy                 {share(rows, 'ours', 3):>6.3f}   >= {TARGETS['top3']}")
    print(f"ms per incident, 60 services   {statistics.mean(large):>6.1f}   < {TARGETS['ms_large']:.0f} (mean)")


def grouping(inc: SimulatedIncident, incidents: list, anomalies: list[Anomaly]) -> Counter:
    """Counts for one scenario: matched / found / injected incidents, service pairs, roots named."""
    labels, detected = truth_labels(inc), {a.service for a in anomalies}
    truth: dict[int, set[str]] = defaultdict(set)
    for s, k in labels.items():
        if s in detected:
            truth[k].add(s)
    found = [set(i.services) for i in incidents]
    pairs = sorted(
        ((len(f & t) / len(f | t), fi, k) for fi, f in enumerate(found) for k, t in truth.items()), reverse=True
    )
    c: Counter = Counter(found=len(found), injected=len(truth))
    c["found_uf"] = sum(i.impact == "user_facing" for i in incidents)
    used_f, used_k = set(), set()
    for jac, fi, k in pairs:
        if jac >= 0.5 and fi not in used_f and k not in used_k:
            used_f.add(fi)
            used_k.add(k)
            c["matched"] += 1
            c["matched_uf"] += incidents[fi].impact == "user_facing"
            c["roots"] += inc.faults[k].service in incidents[fi].origins
    owner = {s: fi for fi, f in enumerate(found) for s in f}
    for a, b in itertools.combinations(sorted(s for s in detected if s in labels and s in owner), 2):
        same_found, same_truth = owner[a] == owner[b], labels[a] == labels[b]
        c["tp"] += same_found and same_truth
        c["fp"] += same_found and not same_truth
        c["fn"] += same_truth and not same_found
    return c


def run_correlation(per_topology: int) -> dict[str, Counter]:
    tools = load_tools()
    correlate, onsets = tools.get("correlate_incidents"), tools.get("detect_onsets")
    totals: dict[str, Counter] = {}
    for t, topo in enumerate(TOPOLOGIES):
        acc: Counter = Counter()
        for i in range(per_topology):
            seed = MULTI_SEED + 1000 * t + i
            rng = random.Random(seed)
            inc = make_incident(topo, seed, rng.sample(FAULT_KINDS, rng.choice((2, 3))))
            window = inc.env.observe(inc.start, inc.end)
            result = correlate.invoke({"metrics": window}, context(inc, inc.end))
            anomalies = onsets.invoke({"metrics": window}).anomalies
            acc += grouping(inc, result.incidents, anomalies)
        totals[topo] = acc
    return totals


def print_correlation(totals: dict[str, Counter], per_topology: int) -> None:
    print(
        f"\nPart 2: correlation, {per_topology} scenarios per topology with 2-3 simultaneous faults "
        f"(report seeds {MULTI_SEED}+)\n"
    )
    cols = f"{'inc P':>8}{'inc P uf':>10}{'inc R':>8}{'pair P':>8}{'pair R':>8}{'root=origin':>13}"
    print(f"{'topology':<10}{'injected':>9}{'found':>7}{cols}")
    for name, c in [*totals.items(), ("all", sum(totals.values(), Counter()))]:
        print(
            f"{name:<10}{c['injected']:>9}{c['found']:>7}{c['matched'] / max(c['found'], 1):>8.3f}"
            f"{c['matched_uf'] / max(c['found_uf'], 1):>10.3f}{c['matched'] / max(c['injected'], 1):>8.3f}"
            f"{c['tp'] / max(c['tp'] + c['fp'], 1):>8.3f}{c['tp'] / max(c['tp'] + c['fn'], 1):>8.3f}"
            f"{c['roots'] / max(c['injected'], 1):>13.3f}"
        )
    print("inc P uf: precision over user-facing incidents only (resource-only warnings, e.g. a batch job's CPU")
    print("rise, are reported but not paged); root=origin: injected faults whose matched incident names the")
    print("injected service as its origin")


DEV_SEEDS, HELD_OUT_SEEDS = range(0, 400), range(50_000, 50_400)
REALISTIC_TARGETS = {"top1": 0.9, "multi_all3": 0.8}


def naive_roots(anomalies: list[Anomaly], graph) -> list[str]:
    """The naive rule: anomalous services none of whose callees is anomalous, earliest onset first."""
    bad = {a.service for a in anomalies}
    first: dict[str, tuple] = {}
    for a in anomalies:
        first[a.service] = min(first.get(a.service, (a.onset, -a.score)), (a.onset, -a.score))
    leaves = [s for s in bad if not any(c in bad for c in graph.successors(s))]
    return sorted(leaves, key=lambda s: (first[s], s))


def realistic_case(seed: int, tools, topo: str, faults: int, logs: bool = False) -> dict:
    """One realistic incident scored three ways: ours (every incident's root), the largest incident, naive.

    ``logs``: the simulator's logs over the same window go through ``detect_log_anomalies`` and join the metrics
    as evidence (the time then includes reading and mining the logs)."""
    from genaiops.tools.sre.environment import dependency_graph
    from genaiops.tools.sre.simulate import make_realistic_incident

    inc = make_realistic_incident(topo, seed, faults)
    window = inc.env.observe(inc.start, inc.end)
    ctx = context(inc, inc.end)
    t0 = time.perf_counter()
    args: dict = {"metrics": window, "top_k": 10}
    if logs:
        minutes = round((inc.end - inc.start).total_seconds() / 60)
        args["anomalies"] = tools.get("detect_log_anomalies").invoke({"lookback_minutes": minutes}, ctx).anomalies
    result = tools.get("rank_root_causes").invoke({**args, "all_incidents": True}, ctx)
    elapsed = time.perf_counter() - t0
    largest = tools.get("rank_root_causes").invoke(args, ctx)
    anomalies = tools.get("detect_onsets").invoke({"metrics": window}).anomalies
    truth = [f.service for f in inc.faults]
    return {
        "kinds": [f.kind for f in inc.faults],
        "truth": truth,
        "ours": [r.service for r in result.roots],
        "largest": [c.service for c in largest.candidates],
        "naive": naive_roots(anomalies, dependency_graph(inc.env.topology())),
        "ms": elapsed * 1000,
    }


def run_realistic(seeds, tools=None, logs: bool = False) -> list[dict]:
    """Realistic incidents on ``seeds``: a third with 2-3 roots (on the 30- and 60-service estates: the 12-service
    shop has no room for independent roots), the rest single-fault on the three topologies in turn."""
    tools = tools or load_tools()
    return [realistic_case(seed, tools, *realistic_setup(seed), logs=logs) for seed in seeds]


def realistic_setup(seed: int) -> tuple[str, int]:
    """Topology and number of faults for a realistic seed."""
    if seed % 3:
        return tuple(TOPOLOGIES)[(seed // 3) % 3], 1
    return ("media", "platform")[(seed // 3) % 2], 2 + (seed // 6) % 2


def hit(row: dict, col: str) -> bool:
    """Single fault: the first root named is the truth; several: every root is in the first three."""
    if len(row["truth"]) == 1:
        return row[col][:1] == row["truth"]
    return all(t in row[col][:3] for t in row["truth"])


def print_realistic(rows: list[dict], label: str) -> dict[str, float]:
    single = [r for r in rows if len(r["truth"]) == 1]
    multi = [r for r in rows if len(r["truth"]) > 1]
    cols = ("ours", "largest", "naive")
    print(f"\nRealistic incidents, {label}: {len(single)} single-fault, {len(multi)} multi-fault\n")
    print(f"{'':<34}{'n':>5}{'ours':>8}{'largest':>9}{'naive':>8}")
    out = {c: sum(hit(r, c) for r in single) / max(len(single), 1) for c in cols}
    print(
        f"{'top-1, single fault, overall':<34}{len(single):>5}"
        + "".join(f"{out[c]:>{w}.3f}" for c, w in zip(cols, (8, 9, 8), strict=True))
    )
    for kind in sorted({r["kinds"][0] for r in single}):
        g = [r for r in single if r["kinds"][0] == kind]
        vals = "".join(f"{sum(hit(r, c) for r in g) / len(g):>{w}.3f}" for c, w in zip(cols, (8, 9, 8), strict=True))
        print(f"  {kind:<32}{len(g):>5}{vals}")
    anyroot = {c: sum(r[c][:1] and r[c][0] in r["truth"] for r in rows) / len(rows) for c in cols}
    vals = "".join(f"{anyroot[c]:>{w}.3f}" for c, w in zip(cols, (8, 9, 8), strict=True))
    print(f"{'top-1 is a root, every incident':<34}{len(rows):>5}{vals}")
    multi_rates = {c: sum(hit(r, c) for r in multi) / max(len(multi), 1) for c in cols}
    vals = "".join(f"{multi_rates[c]:>{w}.3f}" for c, w in zip(cols, (8, 9, 8), strict=True))
    print(f"{'all roots in top 3, multi-fault':<34}{len(multi):>5}{vals}")
    ms = sorted(r["ms"] for r in rows)
    print(f"ms per incident (ours): median {statistics.median(ms):.1f}, p95 {ms[int(0.95 * (len(ms) - 1))]:.1f}")
    print("ours: roots of every incident found, most impact first; largest: the tool's default (the largest")
    print("incident's candidates); naive: anomalous services with no anomalous callee, earliest first")
    return {"top1": out["ours"], "multi_all3": multi_rates["ours"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a third of the incidents")
    parser.add_argument("--realistic", action="store_true", help="realistic incidents (held-out) beside the old set")
    parser.add_argument("--dev", action="store_true", help="with --realistic: the development seeds (for tuning)")
    parser.add_argument(
        "--logs", action="store_true", help="with --realistic: the simulator's logs join the metrics as evidence"
    )
    args = parser.parse_args()
    if (args.dev or args.logs) and not args.realistic:  # else the classic held-out run would pass for the asked one
        parser.error(f"{'--dev' if args.dev else '--logs'} applies to the realistic incidents: add --realistic")
    per_kind, per_topology = (8, 20) if args.quick else (22, 60)
    if args.realistic:
        main_realistic(args.quick, args.dev, per_kind, args.logs)
        return
    print("bench/rca.py — root-cause ranking and correlation on seeded simulated incidents")
    print("split: tuned on development seeds (0-99, 5000-5059); reported on disjoint seeds (10000+, 20000+)")
    print("the method sees metrics, the dependency graph and the change log only; ground truth is used to score")
    rows = run_rca(per_kind)
    print_rca(rows)
    print_correlation(run_correlation(per_topology), per_topology)
    print_stress(per_kind)


def main_realistic(quick: bool, dev: bool, per_kind: int, logs: bool = False) -> None:
    seeds = DEV_SEEDS if dev else HELD_OUT_SEEDS
    seeds = seeds[: len(seeds) // 3] if quick else seeds
    split = "development seeds (tuning)" if dev else "held-out seeds (never tuned on)"
    if logs:
        split += ", metrics + logs (detect_log_anomalies on the simulator's logs)"
    print("bench/rca.py --realistic — every fault kind, unobserved services, decoy changes, distractors, 2-3 roots")
    print(
        f"seeds {seeds.start}-{seeds.stop - 1}: {split}; development seeds are {DEV_SEEDS.start}-{DEV_SEEDS.stop - 1}"
    )
    got = print_realistic(run_realistic(seeds, logs=logs), split)
    print("\ntarget (held-out)                    ours     issue target")
    print(f"top-1, single fault                {got['top1']:>6.3f}   >= {REALISTIC_TARGETS['top1']}")
    print(f"all roots in top 3, multi-fault    {got['multi_all3']:>6.3f}   >= {REALISTIC_TARGETS['multi_all3']}")
    if logs:
        return  # the old simulator's figure is metrics-only: see the run without --logs
    rows = run_rca(per_kind)
    print(
        f"\nold simulator (the classic kinds, report seeds {REPORT_SEED}+), same method: "
        f"top-1 {share(rows, 'ours', 1):.3f}, top-3 {share(rows, 'ours', 3):.3f} over {len(rows)} incidents"
    )


if __name__ == "__main__":
    main()
