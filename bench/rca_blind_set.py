"""Incidents of the blind RCA set: estate, faults, distractors, change log, scraped metrics — from fixed seeds.

``blind_incidents()`` gives 246 incidents (165 single-fault: 11 of each of the 15 kinds; 81 with 2-3 roots),
``blind_incidents(quick=True)`` every fifth. Each is an ``Environment`` (topology, metrics, change log) the
SRE tools read through ``ctx.resources["environment"]``, with its truth beside it (never shown to the tool).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import networkx as nx
import numpy as np
from rca_blind_estates import ESTATES, Estate
from rca_blind_faults import DISTRACTORS, FAULTS, activation, eligible, extra_targets
from rca_blind_world import Effects, Physics, baseline_daily, observe, simulate

from genaiops.errors import ToolExecutionError
from genaiops.tools.sre.environment import (
    ActionReceipt,
    ChangeEvent,
    DependencyEdge,
    MetricWindow,
    RemediationAction,
    ServiceState,
    ServiceTopology,
)

__all__ = ["BlindEnvironment", "BlindIncident", "blind_incidents", "plan"]

SEED0 = 7_310_000
KINDS = tuple(FAULTS)
SINGLE_PER_KIND, MULTI = 11, 81
_ESTATE_ORDER = ("shop", "dataplat", "mlserve", "travel")


@dataclass
class BlindIncident:
    index: int
    estate: str
    start: datetime
    end: datetime
    topology: ServiceTopology
    series: dict[str, dict[str, list[float]]]
    change_log: list[ChangeEvent]
    roots: list[str]
    kinds: list[str]
    shapes: list[str]
    dark_roots: list[bool]
    distractors: list[str] = field(default_factory=list)
    change_status: list[str] = field(default_factory=list)  # per root: on_time, late, missing, none
    decoys: int = 0


class BlindEnvironment:
    """A read-only ``Environment`` over one incident's scraped metrics and change log."""

    def __init__(self, inc: BlindIncident):
        self.inc = inc

    def topology(self) -> ServiceTopology:
        return self.inc.topology

    def observe(self, start: datetime, end: datetime, services=None) -> MetricWindow:  # noqa: ANN001
        lo = max(int((start - self.inc.start).total_seconds() // 60), 0)
        hi = int((end - self.inc.start).total_seconds() // 60)
        names = [s for s in self.inc.series if services is None or s in services]
        series = {s: {m: v[lo:hi] for m, v in self.inc.series[s].items()} for s in names}
        return MetricWindow(start=self.inc.start + timedelta(minutes=lo), step_seconds=60, series=series)

    def changes(self, start: datetime, end: datetime) -> list[ChangeEvent]:
        return [c for c in self.inc.change_log if start <= c.at <= end]

    def state(self, service: str) -> ServiceState:
        return ServiceState(service=service, replicas=6, version="unknown", region="eu-central-1")

    def apply(self, action: RemediationAction, at: datetime, key: str) -> ActionReceipt:
        raise ToolExecutionError("the blind RCA estate is read-only: it records incidents, it cannot act")

    def receipt(self, key: str) -> ActionReceipt | None:
        return None


@dataclass(frozen=True)
class Planned:
    index: int
    estate: str
    kinds: tuple[str, ...]
    dark: bool  # single fault: put the root where nothing scrapes it


def plan() -> list[Planned]:
    """The fixed composition: singles cycle the kinds (a third meant to have a dark root), a third are multi-fault."""
    singles = [(KINDS[j % len(KINDS)], j) for j in range(SINGLE_PER_KIND * len(KINDS))]
    out: list[Planned] = []
    s_iter, m = iter(singles), 0
    for index in range(len(singles) + MULTI):
        if index % 3 == 2 and m < MULTI:
            rng = np.random.default_rng([SEED0, index, 1])
            k = 3 if m % 3 == 2 else 2
            kinds = tuple(str(x) for x in rng.choice(KINDS, size=k, replace=False))
            out.append(Planned(index, _ESTATE_ORDER[(m + 1) % 4], kinds, False))
            m += 1
            continue
        kind, j = next(s_iter)
        out.append(Planned(index, _ESTATE_ORDER[(j // len(KINDS) + j) % 4], (kind,), (j + j // len(KINDS)) % 3 == 0))
    return out


def _observed_ancestors(est: Estate, graph: nx.DiGraph, root: str, dark: set[str]) -> list[str]:
    return sorted(a for a in nx.ancestors(graph, root) if a not in dark)


def _choose_root(est, graph, kind, rng, dark, want_dark, taken):  # noqa: ANN001
    """A root for ``kind``; with ``want_dark`` a service that loses its metrics (and has >= 2 lit callers)."""
    blocked = set()
    for r, k in taken:
        blocked |= {r, *extra_targets(est, k, r), *nx.ancestors(graph, r), *nx.descendants(graph, r)}
    pool = []
    for s in est.services:
        if s in blocked:
            continue
        fits = eligible(est, kind, s, dark | {s}) if want_dark else s not in dark and eligible(est, kind, s, dark)
        if not fits:
            continue
        busy = extra_targets(est, kind, s) | nx.descendants(graph, s) | nx.ancestors(graph, s)
        if not any(r in busy for r, _ in taken):
            pool.append(s)
    if not pool and want_dark:
        pool = [s for s in est.services if s in dark and s not in blocked and eligible(est, kind, s, dark)]
    return str(rng.choice(sorted(pool))) if pool else None


def _hurts(before: dict, after: dict, observed: list[str], t0: int, sustain: int = 4) -> bool:
    """Some lit service's p99, errors or saturation moved clearly for ``sustain`` minutes after ``t0``."""
    for s in observed:
        b, a = before[s], after[s]
        lat = (a["p99"][t0:] > 1.35 * b["p99"][t0:]) & (a["p99"][t0:] - b["p99"][t0:] > 3)
        n = np.maximum(b["traffic"][t0:] * 60, 5)
        noise = 4 * np.sqrt(np.clip(b["err"][t0:], 1e-4, 1) / n)
        err = (a["err"][t0:] - b["err"][t0:]) > np.maximum(0.01, noise)
        sat = np.abs(a["sat"][t0:] - b["sat"][t0:]) > 0.1
        for flags in (lat, err, sat):
            if _longest_run(flags) >= sustain or flags.sum() >= 2 * sustain:  # sustained, or bursts
                return True
    return False


def _longest_run(flags: np.ndarray) -> int:
    best = run = 0
    for f in flags:
        run = run + 1 if f else 0
        best = max(best, run)
    return best


def _user_pain(before: dict, after: dict, observed: list[str]) -> bool:
    """A distractor may move metrics but must not make anyone's latency or errors clearly worse for long."""
    for s in observed:
        b, a = before[s], after[s]
        if _longest_run((a["p99"] > 1.5 * b["p99"]) | (a["err"] - b["err"] > 0.02)) >= 4:
            return True
    return False


def _place_faults(p, est, graph, ph, daily, quiet, timing, dark, rng, trial):  # noqa: ANN001
    """Roots, shapes and magnitudes of the planned faults, each visible on its own; None when they do not fit."""
    steps, pre, offsets = timing
    faults: list[tuple] = []  # (kind, root, t0, activation, magnitude, seed, shape)
    for i, kind in enumerate(p.kinds):
        dark_wish = p.dark if len(p.kinds) == 1 else bool(rng.random() < 0.2)
        for attempt in range(12):
            want_dark = dark_wish and attempt < 8
            root = _choose_root(est, graph, kind, rng, dark, want_dark, [(f[1], f[0]) for f in faults])
            if root is None:
                continue
            hidden_now = root not in dark
            if want_dark:
                dark.add(root)
            shape = str(rng.choice(["step", "ramp", "intermittent"], p=[0.5, 0.3, 0.2]))
            shape = "step" if kind in ("retry_storm", "memory_leak_oom") else shape
            small = rng.random() < 0.25
            m = float(rng.uniform(0.4, 0.6) if small else rng.uniform(0.85, 1.25))
            t0 = pre + offsets[i]
            spec = (kind, root, t0, activation(steps, t0, shape, rng), m, [SEED0, p.index, trial, 100 + i, attempt])
            observed = [s for s in est.services if s not in dark]
            loud = simulate(ph, _effects(ph, est, steps, [spec], []), daily)
            if _hurts(quiet, loud, observed, t0):
                faults.append((*spec, shape + ("/small" if small else "")))
                break
            if want_dark and hidden_now:
                dark.discard(root)
        else:
            return None
    return faults, dark


def make_incident(p: Planned) -> BlindIncident:
    rng = np.random.default_rng([SEED0, p.index])
    est = ESTATES[p.estate]
    graph = nx.DiGraph(list(est.edges))
    graph.add_nodes_from(est.services)
    entries = set(est.ingress)
    dark = set(est.dark) | {s for s, r in est.roles.items() if r == "external"}
    gaps = [s for s in est.services if s not in dark and s not in entries and est.roles[s] in ("api", "db", "cache")]
    dark |= {str(s) for s in rng.choice(sorted(gaps), size=int(rng.integers(0, 3)), replace=False)}
    pre = int(rng.integers(100, 121))
    offsets = [0] + sorted(int(rng.integers(0, 13)) for _ in p.kinds[1:])
    steps = pre + max(offsets) + int(rng.integers(15, 26) if len(p.kinds) == 1 else rng.integers(12, 21))
    minute0 = int(rng.integers(0, 1440))
    start = datetime(2026, 3, 2, tzinfo=UTC) + timedelta(days=int(rng.integers(0, 60)), minutes=minute0)
    ph = Physics.draw(est, rng, minute0 / 60)
    daily = baseline_daily(ph, steps, rng)

    quiet = simulate(ph, Effects(steps), daily)
    for trial in range(20):  # several roots: an early pick can leave no room for the next; start over
        placed = _place_faults(p, est, graph, ph, daily, quiet, (steps, pre, offsets), set(dark), rng, trial)
        if placed is not None:
            faults, dark = placed
            break
    else:
        raise RuntimeError(f"incident {p.index}: no visible roots of {p.kinds} on {p.estate}")

    observed = [s for s in est.services if s not in dark]
    roots = {f[1] for f in faults}
    distractors: list[tuple] = []
    for _ in range(int(rng.choice([0, 1, 1, 2, 2, 3]))):
        name = str(rng.choice(sorted(DISTRACTORS)))
        roles = DISTRACTORS[name][1]
        pool = sorted(entries) if not roles else [s for s in est.services if est.roles[s] in roles]
        pool = [s for s in pool if s not in roots]
        if not pool:
            continue
        d = (name, str(rng.choice(pool)), int(rng.integers(40, steps - 6)), [SEED0, p.index, 200 + len(distractors)])
        before = simulate(ph, _effects(ph, est, steps, [], distractors), daily)
        after = simulate(ph, _effects(ph, est, steps, [], [*distractors, d]), daily)
        if not _user_pain(before, after, observed):
            distractors.append(d)

    fx = Effects(steps)
    logged: list[tuple[str, int, str, str]] = []  # service, minute, kind, detail
    status: list[str] = []
    decoys = 0
    for kind, root, t0, a, m, seed, _shape in faults:
        change = FAULTS[kind](ph, fx, est, root, a, m, np.random.default_rng(seed), t0)
        if change is None:
            status.append("none")
        else:
            st = str(rng.choice(["on_time", "late", "missing"], p=[0.5, 0.25, 0.25]))
            status.append(st)
            minute = change[1] + (int(rng.integers(6, 26)) if st == "late" else 0)
            if st != "missing":
                logged.append((root, minute, change[0], change[2]))
        symptoms = _observed_ancestors(est, graph, root, dark)
        if symptoms and rng.random() < 0.45:
            decoys += 1
            at = t0 + int(rng.integers(-10, 4))
            logged.append(
                (str(rng.choice(symptoms)), at, "deploy", f"release {rng.integers(100, 999)}.{rng.integers(0, 40)}")
            )
    for name, service, ts, seed in distractors:
        change = DISTRACTORS[name][0](ph, fx, est, service, ts, np.random.default_rng(seed))
        if change:
            logged.append((service, change[1], change[0], change[2]))
    others = [s for s in est.services if s not in roots and est.roles[s] != "external"]
    for _ in range(int(rng.integers(0, 4))):
        kind = str(rng.choice(["deploy", "deploy", "config", "scale"]))
        logged.append((str(rng.choice(others)), int(rng.integers(0, steps)), kind, "routine change"))
    state = simulate(ph, fx, daily)
    series = observe(ph, state, observed, rng)
    topology = ServiceTopology(
        services=est.services,
        edges=[DependencyEdge(caller=c, callee=s, weight=w) for (c, s), w in est.edges.items()],
        ingress=dict(est.ingress),
    )
    change_log = sorted(
        (
            ChangeEvent(service=s, at=start + timedelta(minutes=mi), kind=k, detail=d)
            for s, mi, k, d in logged
            if mi < steps
        ),
        key=lambda c: c.at,
    )
    return BlindIncident(
        index=p.index,
        estate=p.estate,
        start=start,
        end=start + timedelta(minutes=steps),
        topology=topology,
        series=series,
        change_log=change_log,
        roots=[f[1] for f in faults],
        kinds=[f[0] for f in faults],
        shapes=[f[6] for f in faults],
        dark_roots=[f[1] in dark for f in faults],
        distractors=[d[0] for d in distractors],
        change_status=status,
        decoys=decoys,
    )


def _effects(ph: Physics, est: Estate, steps: int, faults: list, distractors: list) -> Effects:
    fx = Effects(steps)
    for kind, root, t0, a, m, seed, *_ in faults:
        FAULTS[kind](ph, fx, est, root, a, m, np.random.default_rng(seed), t0)
    for name, service, ts, seed in distractors:
        DISTRACTORS[name][0](ph, fx, est, service, ts, np.random.default_rng(seed))
    return fx


def blind_incidents(quick: bool = False, limit: int | None = None) -> list[BlindIncident]:
    """The set (``quick``: every fifth incident, ~50; ``limit``: only the first so many of those)."""
    planned = plan()[:: 5 if quick else 1]
    return [make_incident(p) for p in planned[:limit]]
