"""Second blind RCA set: incidents from an independent generator, scored on ``rank_root_causes``.

Written without reading the method or the team's simulator: own estates (a bank's payment core with queues and
batch, 34 services; a multi-tenant SaaS with shared caches and a search cluster, 38; an IoT stream pipeline, 28; a
mobile backend with an API gateway and many third parties, 63 -- see rca_blind2_estates.py), own metric physics
(rca_blind2_physics.py) and own fault models (rca_blind2_faults.py): the issue's kinds plus cache fallback, bad
deploys, poison messages, third-party outages, full disks and bad feature flags. Every incident: 1-3 roots, a
profile (step, small, ramp, intermittent), services without metrics (third parties always; sometimes the root),
distractors (GC pauses, batch plateaus, healthy rolling deploys, traffic surges), decoy changes on symptoms, the
real change logged on time, late or never, unrelated deploys elsewhere.

The tool gets what bench/rca.py gives it: the metric window through an ``environment`` resource (topology,
observe, changes) and ``rank_root_causes`` with ``all_incidents`` (ours) and by default (largest); the naive rule
runs on ``detect_onsets``. Single fault: top-1; several: every root in the first three.

    python bench/rca_blind2.py            # 240 incidents (seeds 0-239 of plan 7302)
    python bench/rca_blind2.py --quick    # every fifth incident
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rca_blind2_estates import ESTATES, Estate  # noqa: E402
from rca_blind2_faults import FAULTS, STEP_ONLY, batch_plateau, gc_pauses, rolling_deploy, traffic_surge  # noqa: E402
from rca_blind2_physics import Effects, baseline, render, shape  # noqa: E402

PLAN_SEED = 7302
N_INCIDENTS = 240
KINDS = tuple(FAULTS)
PRE = 90  # steps of calm history before the first fault


@dataclass
class Root:
    kind: str
    service: str
    onset: int
    profile: str
    observed: bool
    logged: str  # on_time, late, missing, none (the kind leaves no change)


@dataclass
class BlindIncident:
    seed: int
    estate: str
    roots: list[Root]
    start: datetime
    steps: int
    series: dict
    hidden: set[str]
    changes: list = field(default_factory=list)
    distractors: list[str] = field(default_factory=list)
    decoy: bool = False


class BlindEnvironment:
    """An ``Environment`` over one generated incident: topology, metrics of the observed services, the change log."""

    def __init__(self, estate: Estate, inc: BlindIncident):
        from genaiops.tools.sre.environment import DependencyEdge, ServiceTopology

        self._inc = inc
        self._kinds = estate.kinds
        self._topology = ServiceTopology(
            services=sorted(estate.kinds),
            edges=[DependencyEdge(caller=a, callee=b, weight=w) for a, b, w in estate.edges],
            ingress=dict(estate.ingress),
        )

    def topology(self):
        return self._topology

    def observe(self, start, end, services=None):
        from genaiops.tools.sre.environment import MetricWindow

        inc = self._inc
        i0 = max(0, int((start - inc.start).total_seconds() // 60))
        i1 = min(inc.steps, int((end - inc.start).total_seconds() // 60))
        names = [s for s in (services or sorted(inc.series)) if s in inc.series and s not in inc.hidden]
        series = {
            s: {
                m: [round(float(v), 6) for v in vals[i0:i1]]
                for m, vals in inc.series[s].items()
                if not (self._kinds[s] == "batch" and m == "error_rate")  # the batch exporter has no error rate
            }
            for s in names
        }
        return MetricWindow(start=inc.start + timedelta(minutes=i0), step_seconds=60, series=series)

    def changes(self, start, end):
        return sorted((c for c in self._inc.changes if start <= c.at < end), key=lambda c: c.at)

    def state(self, service):
        from genaiops.tools.sre.environment import ServiceState

        return ServiceState(service=service, replicas=3, version="unknown", region="eu-central")

    def apply(self, action, at, key):
        from genaiops.errors import ToolInputError

        raise ToolInputError("the blind RCA environment is read-only: it takes no actions")

    def receipt(self, key):
        return None


def _plan() -> list[tuple[int, int, str]]:
    """(seed, number of roots, kind of the first root): two thirds single-fault, kinds in turn."""
    out, turn = [], {1: 0, 2: 7}
    for seed in range(N_INCIDENTS):
        roots = 1 if seed % 3 else 2 + (seed // 3) % 2
        out.append((seed, roots, KINDS[turn[min(roots, 2)] % len(KINDS)]))
        turn[min(roots, 2)] += 1
    return out


def _choose_root(es: Estate, kind: str, taken: list[set[str]], rng) -> str | None:
    """A service this kind can hit with no call path to or from anything an earlier fault touched."""
    free = []
    for s in sorted(es.kinds):
        if not FAULTS[kind][0](es, s):
            continue
        near = {s} | es.ancestors(s) | es.descendants(s)
        if not any(near & t for t in taken):
            free.append(s)
    return str(rng.choice(free)) if free else None


def _change(service: str, at: datetime, kind: str, detail: str):
    from genaiops.tools.sre.environment import ChangeEvent

    return ChangeEvent(service=service, at=at, kind=kind, detail=detail)


NEVER_HIDDEN = {"cache_stampede", "cache_fallback", "poison_message"}  # hidden, their symptoms point elsewhere


def visible(inc: BlindIncident) -> bool:
    """Could a careful reviewer see every root? Its own metrics, or (without metrics) its observed callers, must
    move clearly after its onset (a robust shift of 6+ against the calm history)."""
    es = ESTATES[inc.estate]
    for r in inc.roots:
        seen = [r.service] if r.observed else []
        seen += [c for c, _ in es.callers[r.service] if c not in inc.hidden]
        if not r.observed and es.kinds[r.service] != "ext" and len(seen) < 2:
            return False  # "its callers all degrade": one caller could be its own root
        best = 0.0
        for s in seen:
            for vals in inc.series[s].values():
                pre, post = vals[: r.onset], vals[r.onset : r.onset + 15]
                mid = float(np.median(pre))
                spread = 1.4826 * float(np.median(np.abs(pre - mid))) + 1e-3 * max(abs(mid), 1e-3)
                shift = max(abs(float(np.quantile(post, q)) - mid) for q in (0.25, 0.75))
                best = max(best, shift / spread)
        if best < 6:
            return False
    return True


def make_incident(seed: int, n_roots: int, first_kind: str) -> BlindIncident:
    """The incident of ``seed``; a draw where some root would be invisible to a reviewer is drawn again."""
    for attempt in range(20):
        inc = _draw(seed, attempt, n_roots, first_kind)
        if len(inc.roots) == n_roots and visible(inc):
            return inc
    raise RuntimeError(f"seed {seed}: no visible draw of {first_kind} with {n_roots} roots")


def _draw(seed: int, attempt: int, n_roots: int, first_kind: str) -> BlindIncident:
    rng = np.random.default_rng([PLAN_SEED, seed, attempt])
    first = int(rng.integers(0, 4))
    names = [("bank", "saas", "iot", "mobile")[(first + i) % 4] for i in range(4)]
    name = next(n for n in names if _choose_root(ESTATES[n], first_kind, [], rng) is not None)
    es = ESTATES[name]
    steps = PRE + 25 + 20 * (n_roots > 1)
    start = datetime(2026, 3, 2, tzinfo=UTC) + timedelta(
        days=int(rng.integers(0, 200)), minutes=int(rng.integers(0, 1440))
    )
    fx = Effects(steps)
    base = baseline(es, rng)
    hidden = set(es.dark) | {s for s, k in es.kinds.items() if k == "ext"}
    roots: list[Root] = []
    taken: list[set[str]] = []
    changes = []
    kinds = [first_kind] + [
        str(k) for k in rng.choice([k for k in KINDS if k != first_kind], n_roots - 1, replace=False)
    ]
    for i, kind in enumerate(kinds):
        service = _choose_root(es, kind, taken, rng)
        if service is None:
            continue
        onset = PRE + (0 if i == 0 else int(rng.integers(0, 16)))
        profile = str(rng.choice(["step", "step", "small", "ramp", "intermittent"]))
        if kind in STEP_ONLY and profile in ("small", "ramp"):
            profile = "step"
        amp = float(rng.uniform(0.35, 0.5)) if profile == "small" else float(rng.uniform(0.85, 1.2))
        g = shape(steps, onset, "step" if profile == "small" else profile, rng)
        touched, natural = FAULTS[kind][1](es, fx, base, service, g, amp, onset, rng)
        taken.append({service} | touched)
        observed = service not in hidden
        if observed and es.kinds[service] != "ext" and kind not in NEVER_HIDDEN and rng.random() < 0.2:
            hidden.add(service)
            observed = False
        logged = "none"
        if natural is not None and rng.random() < 0.7:
            logged = str(rng.choice(["on_time", "on_time", "late", "missing"]))
            at = {"on_time": onset - int(rng.integers(0, 3)), "late": onset + int(rng.integers(4, 14))}.get(logged)
            if at is not None:
                changes.append(_change(service, start + timedelta(minutes=at), natural[0], natural[1]))
        roots.append(Root(kind, service, onset, profile, observed, logged))
    truth = {r.service for r in roots}
    involved = set().union(*taken) | set().union(*[es.ancestors(r.service) for r in roots])
    bystanders = [s for s in sorted(es.kinds) if s not in involved and s not in hidden]
    distractors = []
    for d in rng.choice(["gc", "batch", "rolling", "surge", "none"], int(rng.integers(1, 4)), replace=False):
        at = PRE + int(rng.integers(-30, 10))
        if d == "gc":
            jvm = [s for s in sorted(es.kinds) if es.kinds[s] in ("api", "worker") and s not in truth]
            gc_pauses(es, fx, base, str(rng.choice(jvm)), rng)
        elif d == "batch" and any(es.kinds[s] == "batch" for s in es.kinds):
            batch_plateau(es, fx, base, next(s for s in sorted(es.kinds) if es.kinds[s] == "batch"), rng, at)
        elif d == "rolling":
            pool = [s for s in sorted(es.kinds) if es.kinds[s] == "api" and s not in truth and s not in hidden]
            s = str(rng.choice(pool))
            rolling_deploy(es, fx, base, s, rng, at)
            changes.append(_change(s, start + timedelta(minutes=at), "deploy", "rolling update 3/3 healthy"))
        elif d == "surge":
            traffic_surge(fx, rng, at)
        else:
            continue
        distractors.append(str(d))
    symptoms = sorted(
        (set().union(*[es.ancestors(r.service) for r in roots]) - truth - hidden)
        & {s for s in es.kinds if es.kinds[s] in ("api", "worker")}
    )
    decoy = bool(symptoms) and rng.random() < 0.45
    if decoy:
        s = str(rng.choice(symptoms))
        at = PRE + int(rng.integers(-6, 4))
        changes.append(_change(s, start + timedelta(minutes=at), "deploy", f"release {rng.integers(100, 999)}"))
    for _ in range(int(rng.integers(0, 3))):
        if bystanders:
            s = str(rng.choice(bystanders))
            changes.append(_change(s, start + timedelta(minutes=int(rng.integers(5, steps - 5))), "deploy", "chore"))
    series = render(es, fx, base, rng, PRE)
    return BlindIncident(seed, name, roots, start, steps, series, hidden, changes, distractors, decoy)


def blind2_incidents(quick: bool = False) -> list[BlindIncident]:
    plan = _plan()
    if quick:  # a fifth of each group (single, multi), turning through the kinds: every kind stays in
        seen = {1: -1, 2: -1}
        keep = []
        for p in plan:
            j = seen[min(p[1], 2)] = seen[min(p[1], 2)] + 1
            if j % 5 == (j // len(KINDS)) % 5:
                keep.append(p)
        plan = keep
    return [make_incident(*p) for p in plan]


def score(inc: BlindIncident, tools) -> dict:
    from rca import naive_roots

    from genaiops.registry import ToolContext
    from genaiops.tools.sre.environment import dependency_graph

    env = BlindEnvironment(ESTATES[inc.estate], inc)
    end = inc.start + timedelta(minutes=inc.steps)
    window = env.observe(inc.start, end)
    ctx = ToolContext(
        run_id="bench-rca-blind2", task_id="rca", idempotency_key="-", now=end, resources={"environment": env}
    )
    args = {"metrics": window, "top_k": 10}
    ours = tools.get("rank_root_causes").invoke({**args, "all_incidents": True}, ctx)
    largest = tools.get("rank_root_causes").invoke(args, ctx)
    anomalies = tools.get("detect_onsets").invoke({"metrics": window}).anomalies
    return {
        "kinds": [r.kind for r in inc.roots],
        "truth": [r.service for r in inc.roots],
        "observed": all(r.observed for r in inc.roots),
        "profiles": [r.profile for r in inc.roots],
        "logged": [r.logged for r in inc.roots],
        "decoy": inc.decoy,
        "estate": inc.estate,
        "ours": [r.service for r in ours.roots],
        "largest": [c.service for c in largest.candidates],
        "naive": naive_roots(anomalies, dependency_graph(env.topology())),
    }


def _rate(rows: list[dict], col: str) -> str:
    from rca import hit

    return f"{sum(hit(r, col) for r in rows) / len(rows):>8.3f}" if rows else f"{'-':>8}"


def _line(label: str, rows: list[dict]) -> None:
    print(f"  {label:<36}{len(rows):>5}" + "".join(_rate(rows, c) for c in ("ours", "largest", "naive")))


def report(rows: list[dict]) -> dict[str, float]:
    from rca import hit

    single = [r for r in rows if len(r["truth"]) == 1]
    multi = [r for r in rows if len(r["truth"]) > 1]
    print(f"\n{'':<38}{'n':>5}{'ours':>8}{'largest':>8}{'naive':>8}")
    print("top-1, single fault")
    _line("overall", single)
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in single:
        groups["kind " + r["kinds"][0]].append(r)
        groups["root " + ("observed" if r["observed"] else "without metrics")].append(r)
        groups["profile " + r["profiles"][0]].append(r)
        groups["estate " + r["estate"]].append(r)
        groups["real change " + r["logged"][0]].append(r)
        groups["decoy change on a symptom" if r["decoy"] else "no decoy change"].append(r)
    for key in sorted(groups):
        _line(key, groups[key])
    print("all roots in top 3, multi-fault")
    _line("overall", multi)
    mg: dict[str, list[dict]] = defaultdict(list)
    for r in multi:
        mg[f"{len(r['truth'])} roots"].append(r)
        mg["every root observed" if r["observed"] else "a root without metrics"].append(r)
        for k in sorted(set(r["kinds"])):
            mg["with kind " + k].append(r)
    for key in sorted(mg):
        _line(key, mg[key])
    anyroot = [r for r in rows if r["ours"][:1] and r["ours"][0] in r["truth"]]
    print(f"top-1 is a root, every incident: {len(anyroot) / len(rows):.3f} of {len(rows)} (ours)")
    print("ours: rank_root_causes all_incidents (every incident's root, most impact first); largest: its default")
    print("(the largest incident's candidates); naive: anomalous services with no anomalous callee, earliest first")
    return {
        "top1": sum(hit(r, "ours") for r in single) / max(len(single), 1),
        "multi_all3": sum(hit(r, "ours") for r in multi) / max(len(multi), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="every fifth incident of the plan")
    parser.add_argument("--limit", type=int, default=None, help="only the first N incidents (smoke runs)")
    args = parser.parse_args()
    from genaiops.tools import load_tools

    tools = load_tools()
    incidents = blind2_incidents(args.quick)[: args.limit]
    rows = [score(inc, tools) for inc in incidents]
    n_multi = sum(len(r["truth"]) > 1 for r in rows)
    print("bench/rca_blind2.py — independent incident generator (blind to the method), plan seed", PLAN_SEED)
    print(f"{len(rows)} incidents: {len(rows) - n_multi} single-fault, {n_multi} multi-fault (2-3 roots)")
    got = report(rows)
    print(
        f"\ntarget: top-1 single {got['top1']:.3f} (>= 0.9), all roots in top 3 multi {got['multi_all3']:.3f} (>= 0.8)"
    )


if __name__ == "__main__":
    main()
