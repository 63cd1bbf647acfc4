"""Seeded microservice topologies: tiers of services calling deeper tiers, with per-service baselines."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from genaiops.errors import ToolInputError, did_you_mean

from ..environment import DependencyEdge, ServiceTopology

__all__ = ["TOPOLOGIES", "ServiceProfile", "SimEdge", "SimTopology", "build_topology"]

TOPOLOGIES: dict[str, tuple[int, ...]] = {
    "shop": (1, 4, 4, 3),
    "media": (2, 8, 10, 10),
    "platform": (3, 12, 18, 15, 12),
}
"""Named topologies: services per tier, entry tier first (12, 30 and 60 services)."""

_NAMES = {
    "entry": ["frontend", "mobile-gw", "partner-api", "admin-ui"],
    "mid": [
        "checkout", "cart", "catalog", "search", "recommend", "auth", "profile", "orders", "payments",
        "shipping", "inventory", "pricing", "reviews", "notify", "media", "upload", "billing", "ledger",
        "fraud", "ads", "session", "feed", "comments", "geo", "tax", "coupons", "loyalty", "reports",
    ],
    "data": [
        "orders-db", "users-db", "cart-cache", "search-index", "events-queue", "payments-psp", "media-store",
        "catalog-db", "session-cache", "ledger-db", "feature-store", "rates-api", "mail-relay", "blob-cdn",
    ],
}  # fmt: skip


_EXTERNAL = ("-psp", "rates-api", "mail-relay", "blob-cdn")
"""Third-party services: called, but with no metrics of their own."""


@dataclass(frozen=True, slots=True)
class SimEdge:
    """A call edge with how a callee's trouble reaches its caller: delay (steps) and attenuation."""

    caller: str
    callee: str
    weight: float
    delay: int
    latency_gain: float
    error_gain: float


@dataclass(frozen=True, slots=True)
class ServiceProfile:
    """A service's healthy behaviour: own latency, error rate, utilisation and noise."""

    name: str
    tier: int
    own_latency_ms: float
    error_rate: float
    saturation: float
    latency_noise: float
    error_noise: float
    saturation_noise: float
    replicas: int
    has_cache: bool
    has_standby: bool
    observed: bool = True
    """False for third-party dependencies that export no metrics (their trouble shows only in callers)."""


@dataclass(slots=True)
class SimTopology:
    """A generated topology: profiles, edges, entry traffic, and each service's healthy p99 latency."""

    name: str
    seed: int
    profiles: dict[str, ServiceProfile]
    edges: list[SimEdge]
    ingress: dict[str, float]
    base_latency_ms: dict[str, float] = field(default_factory=dict)

    @property
    def services(self) -> list[str]:
        return list(self.profiles)

    def callers(self, service: str) -> list[SimEdge]:
        return [e for e in self.edges if e.callee == service]

    def to_topology(self) -> ServiceTopology:
        edges = [DependencyEdge(caller=e.caller, callee=e.callee, weight=e.weight) for e in self.edges]
        return ServiceTopology(services=self.services, edges=edges, ingress=dict(self.ingress))


def _names(tiers: tuple[int, ...], rng: random.Random) -> list[list[str]]:
    pools = {k: rng.sample(v, len(v)) for k, v in _NAMES.items()}
    taken = dict.fromkeys(pools, 0)
    out = []
    for i, count in enumerate(tiers):
        kind = "entry" if i == 0 else "data" if i == len(tiers) - 1 else "mid"
        pool, tier = pools[kind], []
        for _ in range(count):
            n = taken[kind]
            taken[kind] += 1
            tier.append(pool[n % len(pool)] + (f"-{n // len(pool) + 1}" if n >= len(pool) else ""))
        out.append(tier)
    return out


def _profile(name: str, tier: int, last: int, rng: random.Random) -> ServiceProfile:
    data = tier == last
    return ServiceProfile(
        name=name,
        tier=tier,
        own_latency_ms=rng.uniform(3, 25) if data else rng.uniform(8, 60),
        error_rate=rng.uniform(0.0005, 0.004),
        saturation=rng.uniform(0.25, 0.55),
        latency_noise=rng.uniform(0.03, 0.07),
        error_noise=rng.uniform(0.0002, 0.0008),
        saturation_noise=rng.uniform(0.01, 0.025),
        replicas=rng.choice((2, 3, 4, 6)),
        has_cache=(not data and rng.random() < 0.4) or "cache" in name,
        has_standby=data or rng.random() < 0.3,
        observed=not any(tag in name for tag in _EXTERNAL),
    )


def _edge(caller: str, callee: str, rng: random.Random) -> SimEdge:
    return SimEdge(
        caller=caller,
        callee=callee,
        weight=round(rng.uniform(0.3, 1.0), 3),
        delay=rng.choice((0, 1, 1, 2)),
        latency_gain=rng.uniform(0.6, 0.95),
        error_gain=rng.uniform(0.5, 0.9),
    )


def _wire(tiers: list[list[str]], rng: random.Random) -> list[SimEdge]:
    edges: dict[tuple[str, str], SimEdge] = {}
    for i, tier in enumerate(tiers[:-1]):
        below = tiers[i + 1]
        for caller in tier:
            for callee in rng.sample(below, min(len(below), rng.randint(1, 3))):
                edges[(caller, callee)] = _edge(caller, callee, rng)
            if i + 2 < len(tiers) and rng.random() < 0.3:
                callee = rng.choice(tiers[i + 2])
                edges[(caller, callee)] = _edge(caller, callee, rng)
        for callee in below:  # nobody below the entry tier is unreachable
            if not any(key[1] == callee for key in edges):
                caller = rng.choice(tier)
                edges[(caller, callee)] = _edge(caller, callee, rng)
    unique = {(e.caller, e.callee): e for e in edges.values()}
    return sorted(unique.values(), key=lambda e: (e.caller, e.callee))


def _base_latencies(topo: SimTopology, order: list[str]) -> None:
    callees: dict[str, list[SimEdge]] = {}
    for e in topo.edges:
        callees.setdefault(e.caller, []).append(e)
    for name in reversed(order):
        below = [topo.base_latency_ms[e.callee] * e.weight for e in callees.get(name, [])]
        topo.base_latency_ms[name] = topo.profiles[name].own_latency_ms + 0.8 * max(below, default=0.0)


def build_topology(name: str = "shop", seed: int = 0) -> SimTopology:
    """Build the named topology (``shop``, ``media``, ``platform``) with seeded names, edges and baselines."""
    if name not in TOPOLOGIES:
        raise ToolInputError(f"topology: unknown {name!r}{did_you_mean(name, TOPOLOGIES)}; known: {sorted(TOPOLOGIES)}")
    rng = random.Random(f"topology:{name}:{seed}")
    tiers = _names(TOPOLOGIES[name], rng)
    last = len(tiers) - 1
    profiles = {n: _profile(n, i, last, rng) for i, tier in enumerate(tiers) for n in tier}
    entry = tiers[0]
    raw = [rng.uniform(1, 3) for _ in entry]
    ingress = {n: round(v / sum(raw), 4) for n, v in zip(entry, raw, strict=True)}
    topo = SimTopology(name=name, seed=seed, profiles=profiles, edges=_wire(tiers, rng), ingress=ingress)
    _base_latencies(topo, [n for tier in tiers for n in tier])
    return topo
