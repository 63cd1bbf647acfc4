"""Agent memory: retrieval quality and speed of the offline embedding functions, on Chroma.

Corpus: the shipped SRE runbooks (tools/sre/runbooks, 8) in the ``runbooks`` collection and 60 past incidents
(bench/memory_incidents.yaml, written up from seeded simulator faults) in the ``incidents`` collection, each
stored through ``genaiops.agents.memory`` on an embedded Chroma ``PersistentClient`` in a temporary directory.

Queries: bench/memory_queries.yaml, 138 hand-written on-call descriptions of symptoms (64 over runbooks, 74 over
incidents), split dev / test by alternation. A runbook query has one relevant runbook; an incident query is
relevant to every past incident with its fault kind on its root service (1-4 of them). Each query is searched in
its own collection, top 3.

Metrics: recall@3 = |relevant in top 3| / min(|relevant|, 3) (for one relevant document, the hit rate);
MRR = mean of 1 / rank of the first relevant document (0 when not in the top 10). Latency: median and p90
milliseconds of one ``Memory.search`` call (embedding the query + the Chroma query); build = indexing the
corpus into a fresh store (embedding included, wordllama's model load excluded by a warm-up).

Anchors: random ranking (expected recall@3 for the same queries, computed exactly) and the candidates against
each other. Parameters (hashing dim/char weight, hybrid weight) were chosen on the dev split with ``--split dev
--grid``; the default report is the test split, which was not used for any choice.

    python bench/memory.py               # test split, the three candidates
    python bench/memory.py --split dev --grid   # the dev-split grid used to choose parameters
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from genaiops.agents.memory import (
    EncoderSpec,
    ResolvedIncidentSpec,
    encode,
    encoder_spec,
    open_memory,
    symptoms_of,
)
from genaiops.errors import SettingsError

HERE = Path(__file__).resolve().parent
QUERIES = HERE / "memory_queries.yaml"
INCIDENTS = HERE / "memory_incidents.yaml"
K = 3
TOOL_SEED = 30_000


def load_queries(split: str) -> list[dict]:
    rows = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))
    return [row for i, row in enumerate(rows) if split == "all" or ("dev", "test")[i % 2] == split]


def load_incidents() -> list[ResolvedIncidentSpec]:
    return [ResolvedIncidentSpec.model_validate(r) for r in yaml.safe_load(INCIDENTS.read_text(encoding="utf-8"))]


def relevant(query: dict, incidents: list[ResolvedIncidentSpec]) -> tuple[str, set[str]]:
    if "runbook" in query:
        return "runbooks", {f"runbook:{query['runbook']}"}
    want = query["incident"]
    ids = {
        f"incident:{i.id}"
        for i in incidents
        if i.fault_kind == want["fault_kind"] and i.root_service == want["service"]
    }
    if not ids:
        raise SystemExit(f"query {query['q']!r}: no incident matches {want}; fix bench/memory_queries.yaml")
    return "incidents", ids


def evaluate(spec: EncoderSpec, queries: list[dict], incidents: list[ResolvedIncidentSpec]) -> dict:
    encode(spec, ["warm up"])  # load wordllama's model outside the timings
    with tempfile.TemporaryDirectory() as tmp:
        memory = open_memory(Path(tmp), embedding=spec)
        t0 = time.perf_counter()
        memory.index_runbooks()
        memory.add_incidents(incidents)
        build = time.perf_counter() - t0
        recalls, rrs, times, by = [], [], [], {"runbooks": [], "incidents": []}
        for query in queries:
            collection, rel = relevant(query, incidents)
            t = time.perf_counter()
            hits = memory.search(collection, query["q"], k=10).hits
            times.append(1000 * (time.perf_counter() - t))
            ranked = [h.id for h in hits]
            recall = len(rel & set(ranked[:K])) / min(len(rel), K)
            first = next((r for r, i in enumerate(ranked, 1) if i in rel), None)
            recalls.append(recall)
            rrs.append(1 / first if first else 0.0)
            by[collection].append(recall)
    times.sort()
    return {
        "recall": statistics.fmean(recalls),
        "recall_runbooks": statistics.fmean(by["runbooks"]),
        "recall_incidents": statistics.fmean(by["incidents"]),
        "mrr": statistics.fmean(rrs),
        "median_ms": statistics.median(times),
        "p90_ms": times[int(0.9 * (len(times) - 1))],
        "build_s": build,
        "dim": len(encode(spec, ["x"])[0]),
    }


def random_recall(queries: list[dict], incidents: list[ResolvedIncidentSpec]) -> float:
    """Expected recall@3 of a random ranking: (k / n) for each query's collection of n documents."""
    sizes = {"runbooks": 8, "incidents": len(incidents)}
    return statistics.fmean(min(1.0, K / sizes[relevant(q, incidents)[0]]) for q in queries)


def candidates(grid: bool) -> dict[str, EncoderSpec]:
    if not grid:
        return {name: encoder_spec(name) for name in ("hashing", "wordllama", "hybrid")}
    specs = {"wordllama": encoder_spec("wordllama")}
    for dim in (1024, 4096):
        for cw in (0.0, 0.5, 1.0):
            specs[f"hashing dim={dim} char={cw}"] = encoder_spec("hashing", dim=dim, char_weight=cw)
    for w in (0.3, 0.5, 0.7):
        specs[f"hybrid weight={w}"] = encoder_spec("hybrid", weight=w)
    return specs


def tool_queries(per_kind: int) -> list[tuple[str, str]]:
    """(query, true fault kind) for fresh simulated incidents: the query is ``symptoms_of(rank_root_causes)``."""
    from genaiops.registry import ToolContext
    from genaiops.tools import load_tools
    from genaiops.tools.sre.simulate import FAULT_KINDS, make_incident

    rank = load_tools().get("rank_root_causes")
    rows = []
    for k, kind in enumerate(FAULT_KINDS):
        for i in range(per_kind):
            inc = make_incident(("shop", "media", "platform")[i % 3], TOOL_SEED + 100 * k + i, [kind])
            ctx = ToolContext(
                run_id="bench", task_id="rca", idempotency_key="-", now=inc.end, resources={"environment": inc.env}
            )
            ranking = rank.invoke({"metrics": inc.env.observe(inc.start, inc.end)}, ctx)
            rows.append((symptoms_of(ranking) or "no anomalies", kind))
    return rows


def evaluate_tool_queries(spec: EncoderSpec, rows: list[tuple[str, str]], incidents: list) -> tuple[float, float]:
    """Runbook recall@3 (relevant: the fault kind's runbook) and the share of the top 3 past incidents that
    are of the true fault kind."""
    with tempfile.TemporaryDirectory() as tmp:
        memory = open_memory(Path(tmp), embedding=spec)
        memory.index_runbooks()
        memory.add_incidents(incidents)
        runbook_hits, same_kind = [], []
        for query, kind in rows:
            found = memory.consult(query, k=K)
            runbook_hits.append(f"runbook:{kind}" in [h.id for h in found.runbooks])
            same_kind.append(statistics.fmean(h.metadata["fault_kind"] == kind for h in found.incidents))
    return statistics.fmean(runbook_hits), statistics.fmean(same_kind)


def print_tool_queries(per_kind: int, specs: dict[str, EncoderSpec], incidents: list) -> None:
    rows = tool_queries(per_kind)
    print(
        f"\nPart 2: the SRE's own queries -- symptoms_of(rank_root_causes) on {len(rows)} fresh simulated "
        f"incidents (seeds {TOOL_SEED}+, {per_kind} per fault kind; not used for any choice)"
    )
    print(f"{'embedding':<28} {'runbook recall@3':>16} {'same-kind incidents in top 3':>29}")
    share = statistics.fmean(len([i for i in incidents if i.fault_kind == kind]) / len(incidents) for _, kind in rows)
    print(f"{'random ranking (expected)':<28} {K / 8:>16.3f} {share:>29.3f}")
    for name, spec in specs.items():
        recall, same = evaluate_tool_queries(spec, rows, incidents)
        print(f"{name:<28} {recall:>16.3f} {same:>29.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="test")
    parser.add_argument("--grid", action="store_true", help="the parameter grid (for choosing on --split dev)")
    parser.add_argument("--per-kind", type=int, default=12, help="part 2: simulated incidents per fault kind")
    args = parser.parse_args()
    queries, incidents = load_queries(args.split), load_incidents()
    n_rb = sum("runbook" in q for q in queries)
    print(
        f"memory retrieval, split={args.split}: {len(queries)} queries ({n_rb} over 8 runbooks, "
        f"{len(queries) - n_rb} over {len(incidents)} incidents), top {K}, embedded Chroma"
    )
    header = f"{'embedding':<28} {'dim':>5} {'recall@3':>8} {'runbooks':>8} {'incidents':>9} {'MRR':>6} "
    print(header + f"{'query ms (med/p90)':>19} {'build s':>8}")
    print(f"{'random ranking (expected)':<28} {'':>5} {random_recall(queries, incidents):>8.3f}")
    specs = candidates(args.grid)
    for name, spec in list(specs.items()):
        try:
            r = evaluate(spec, queries, incidents)
        except SettingsError as exc:  # wordllama (an optional dependency) not installed
            print(f"{name:<28} skipped: {exc}")
            del specs[name]
            continue
        print(
            f"{name:<28} {r['dim']:>5} {r['recall']:>8.3f} {r['recall_runbooks']:>8.3f} "
            f"{r['recall_incidents']:>9.3f} {r['mrr']:>6.3f} {r['median_ms']:>9.1f} / {r['p90_ms']:<7.1f} "
            f"{r['build_s']:>8.2f}"
        )

    if args.split == "test" and not args.grid:
        print_tool_queries(args.per_kind, specs, incidents)


if __name__ == "__main__":
    main()
