"""The simulator's logs: background lines of a healthy estate, plus what each fault kind makes services write.

Every observed service writes request lines (their number follows the day's traffic, thinned when a fault keeps
callers away), a health check a minute and a few rarer lines; a fault makes the faulty service write its own kind's
lines (a bad deploy's exceptions, OOM kills, pool timeouts, TLS handshake errors...) from its onset, and its
callers write what they see of it (connection refused, timeouts, x509 expired, NXDOMAIN...) after the same
per-edge delay the metrics use. Lines are a pure function of the seed, the events and the step, as the metrics
are: any window gives the same lines. Services that export no metrics (third-party) write no logs either.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from genaiops.lazy import lazy_module

from .faults import fault_shape
from .world import ActiveFault, World

if TYPE_CHECKING:
    from .environment import SimulatedEnvironment

np = lazy_module("numpy")  # imported on first use: registering a tool or validating needs none

__all__ = ["CALLER_LINES", "OWN_LINES", "render_logs"]

_ROUTES = ("orders", "items", "users/me", "search", "cart", "status")

OWN_LINES: dict[str, tuple[str, str]] = {
    "latency_spike": ("warn", "slow request GET /api/{route} took {ms} ms (threshold 1000 ms)"),
    "error_burst": ("error", "unhandled exception in handler /api/{route}: NullPointerException at Handler.java:{n}"),
    "resource_exhaustion": ("warn", "CPU throttled: container {svc} at {pct}% of its limit for {n}s"),
    "bad_deploy": ("error", "TypeError: cannot read properties of undefined (reading 'price') at /api/{route}"),
    "dependency_outage": ("error", "health check failed: {svc} not responding on port 8080 after {ms} ms"),
    "connection_pool_exhaustion": (
        "error",
        "HikariPool-1 - Connection is not available, request timed out after 30000ms (active {n}, idle 0)",
    ),
    "slow_database": ("warn", "slow query: SELECT * FROM orders WHERE id = {n} took {ms} ms"),
    "retry_storm": ("warn", "rejecting request: queue depth {n} over limit 500"),
    "cache_stampede": ("warn", "cache miss rate {pct}%: {n} keys expired at once"),
    "certificate_expiry": ("error", "TLS handshake error from 10.0.{n}.7:443: remote error: tls: bad certificate"),
    "thread_pool_starvation": ("error", "thread pool exhausted: active=200 queued={n}; rejecting task"),
    "memory_leak": ("warn", "GC pause {ms} ms; heap {pct}% used"),
    "noisy_neighbour": ("warn", "CPU steal time {pct}% on node ip-10-1-{n}-9"),
}
"""What the faulty service itself writes (a DNS failure leaves its own logs quiet: callers cannot reach it)."""

CALLER_LINES: dict[str, tuple[str, str]] = {
    "dependency_outage": ("error", "Connection refused to {callee}:8080"),
    "error_burst": ("error", "upstream {callee} returned 500 for request {id}"),
    "bad_deploy": ("error", "upstream {callee} returned 500 for request {id}"),
    "certificate_expiry": (
        "error",
        "x509: certificate has expired or is not yet valid: calling https://{callee}:443/api/{route}",
    ),
    "dns_failure": ("error", "dial tcp: lookup {callee}.svc.cluster.local: no such host (NXDOMAIN)"),
    "memory_leak": ("error", "Connection reset by peer: {callee}:8080"),
    "cache_stampede": ("warn", "cache miss for key user:{n} on {callee}; falling back to the database"),
    "_default": ("error", "timeout calling {callee} after {ms} ms"),
    "_upstream": ("error", "upstream {callee} returned 503 for request {id}"),
}
"""What a direct caller of a faulty service writes; callers further up write ``_upstream`` about the callee they
called (it is failing because of something below it)."""

_BACKGROUND = (  # level, message, lines per minute at usual traffic (scaled by utilisation when traffic=True)
    ("info", "GET /api/{route} 200 {ms}ms", 5.0, True),
    ("info", "POST /api/{route} 201 {ms}ms", 1.5, True),
    ("info", "health check ok", 1.0, False),
    ("debug", "cache hit ratio {pct}%", 0.5, False),
    ("warn", "retrying request {id} (attempt 2 of 3)", 0.4, True),
)
_OOM = ("fatal", "OOMKilled: container {svc} exceeded memory limit 512Mi; restarting")
_DEPLOY = ("info", "starting {svc} version {version} (build {id})")


def render_logs(env: SimulatedEnvironment, a: int, b: int, services: list[str]) -> list[dict]:
    """Log lines of ``services`` for steps ``[a, b)``, oldest first: ``{"ts", "level", "service", "msg"}``."""
    index = {n: i for i, n in enumerate(env.topology().services)}
    traffic = env.world.traffic(np.arange(a, b, dtype=float))
    lines: list[tuple[datetime, str, str, str]] = []
    for name in services:
        i = index[name]
        load = traffic * _arriving(env, name, a, b)
        for k, step in enumerate(range(a, b)):
            rng = np.random.default_rng([env.seed & 0xFFFFFFFF, i, step + 2**20, 0x106])
            wanted = _background(rng, float(load[k])) + _fault_lines(env, rng, name, step)
            lines += _write(env, rng, name, step, wanted)
    lines.sort(key=lambda t: (t[0], t[1], t[3]))
    return [{"ts": _iso(ts), "level": lvl, "service": svc, "msg": msg} for ts, svc, lvl, msg in lines]


def _arriving(env: SimulatedEnvironment, name: str, a: int, b: int) -> np.ndarray:
    """Share of ``name``'s requests that still arrive at each step (faults that keep callers away thin them)."""
    share = np.ones(b - a)
    for fault in env.faults:
        drop = fault_shape(fault.kind, fault.severity).traffic_drop
        if fault.service == name and drop:
            share *= [1.0 - drop * fault_activity(env.world, fault, step)[0] for step in range(a, b)]
    return share


def logs_as_text(rows: list[dict]) -> str:
    """JSON lines, the way a log shipper exports them."""
    return "".join(json.dumps(r) + "\n" for r in rows)


def _iso(ts: datetime) -> str:
    return ts.isoformat(timespec="milliseconds").replace("+00:00", "Z")


_Wanted = tuple[str, str, dict, float, float]
"""(level, template, known values, earliest second in the step, latest second) of one line to write."""


def _write(env: SimulatedEnvironment, rng: np.random.Generator, svc: str, step: int, wanted: list[_Wanted]) -> list:
    """The lines, their variables and times drawn in one go (one row of uniforms per line)."""
    if not wanted:
        return []
    draws = rng.random((len(wanted), 6)).tolist()
    t0 = env.time_of(step)
    out = []
    for (level, template, known, lo, hi), r in zip(wanted, draws, strict=True):
        values = {
            "route": _ROUTES[int(r[0] * len(_ROUTES))],
            "ms": 5 + int(r[1] * 85) if "{ms}ms" in template else 1200 + int(r[1] * 7800),
            "pct": 60 + int(r[2] * 39),
            "n": 2 + int(r[3] * 248),
            "id": f"{int(r[4] * 16**8):08x}",
            "svc": svc,
            **known,
        }
        at = t0 + timedelta(seconds=(lo + r[5] * (hi - lo)) * env.step_seconds / 60.0)
        out.append((at, svc, level, template.format(**values)))
    return out


def _background(rng: np.random.Generator, load: float) -> list[_Wanted]:
    out = []
    for level, template, rate, traffic in _BACKGROUND:
        out += [(level, template, {}, 0.0, 60.0)] * int(rng.poisson(rate * (load if traffic else 1.0)))
    return out


def _fault_lines(env: SimulatedEnvironment, rng: np.random.Generator, svc: str, step: int) -> list[_Wanted]:
    out: list[_Wanted] = []
    for fault in env.faults:
        reach = env.world.propagation(fault.service)
        if svc not in reach:
            continue
        delay, lat_gain, err_gain = reach[svc]
        own = svc == fault.service
        amp, crash = fault_activity(env.world, fault, step - delay)
        strength = (0.5 + 0.5 * fault.severity) * min(1.0, fault.scale * env.world.effect_scale)
        if own and fault.kind == "bad_deploy" and step == fault.onset:
            out.append((*_DEPLOY, {"version": "v2"}, 0.0, 1.0))
        if own and crash:
            out.append((*_OOM, {}, 0.0, 5.0))
        if amp <= 0:
            continue
        if own:
            level, template = OWN_LINES.get(fault.kind, ("", ""))
            rate = 20.0 * amp * strength
            first = [(level, template, {}, 0.0, 5.0)] if template and step == fault.onset else []
            out += first + [(level, template, {}, 0.0, 60.0)] * int(rng.poisson(rate) if template else 0)
            continue
        callee = _next_hop(env, svc, reach, fault.service)
        kind = fault.kind if callee == fault.service else "_upstream"  # further up, callers see a failing callee
        level, template = CALLER_LINES.get(kind, CALLER_LINES["_default"])
        rate = 25.0 * amp * strength * min(1.0, lat_gain + err_gain)
        if fault.kind == "memory_leak" and not crash:
            rate = 0.0  # callers only notice the restarts
        lo = 15.0 if delay == 0 else 0.0  # a caller times out (or is refused) after the callee went bad
        out += [(level, template, {"callee": callee}, lo, 60.0)] * int(rng.poisson(rate))
    return out


def fault_activity(world: World, fault: ActiveFault, step: int) -> tuple[float, bool]:
    """(how strongly ``fault`` acts at ``step`` on its own service, 0..1; whether it is an OOM restart)."""
    shape = fault_shape(fault.kind, fault.severity)
    ramp = fault.ramp or shape.ramp_steps
    t = np.array([float(step)])
    if shape.pattern == "sawtooth":
        climb, crash = world._sawtooth(t, fault, ramp)
        return float(climb[0] ** 2), bool(crash[0])
    return float(world._amplitude(t, fault, ramp)[0]), False


def _next_hop(env: SimulatedEnvironment, caller: str, reach: dict[str, tuple[int, float, float]], root: str) -> str:
    """The callee through which the fault reaches ``caller`` (the one it reaches first; the faulty one itself when
    ``caller`` calls it)."""
    callees = [e.callee for e in env.sim.edges if e.caller == caller and e.callee in reach]
    return min(callees, key=lambda c: (c != root, reach[c][0], c)) if callees else caller
