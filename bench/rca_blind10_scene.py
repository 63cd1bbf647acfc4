"""Scene of the tenth blind RCA set: fault profiles over time, which services have no metrics, whether a root can
be seen at all, and what the change log says (the real change on time, late or never; decoys on symptoms)."""

from __future__ import annotations

import numpy as np
from rca_blind10_estates import Estate

PROFILES = ("step", "small", "ramp", "intermittent")


def profile(name: str, onset: int, steps: int, rng: np.random.Generator) -> np.ndarray:
    """Intensity of a fault over time: 0 before ``onset``; a small fault is a third to a half of a full one."""
    p = np.zeros(steps)
    t = np.arange(steps - onset, dtype=float)
    if name in ("step", "small"):
        p[onset:] = 1.0 if name == "step" else rng.uniform(0.3, 0.5)
    elif name == "ramp":
        p[onset:] = np.clip((t + 1) / rng.uniform(12, 40), 0.0, 1.0)
    else:  # bursts of a few minutes, off in between, at full strength
        i = onset
        while i < steps:
            on = int(rng.integers(3, 9))
            p[i : i + on] = 1.0
            i += on + int(rng.integers(5, 16))
    return p


def observed_callers(es: Estate, hidden: set[str], service: str) -> list[str]:
    return [a for a, _ in es.callers(service) if a not in hidden]


def root_visible(es: Estate, hidden: set[str], service: str) -> bool:
    """A root with metrics can show itself; a root without has at least two observed callers that can show it."""
    return service not in hidden or len(observed_callers(es, hidden, service)) >= 2


def shift(vals: np.ndarray, onset: int, span: int = 20) -> float:
    """How far the post-onset level moved, in robust standard deviations of the calm history."""
    pre = np.asarray(vals[:onset], dtype=float)
    post = np.asarray(vals[onset : onset + span], dtype=float)
    mid = float(np.median(pre))
    spread = 1.4826 * float(np.median(np.abs(pre - mid))) + 1e-3 * max(abs(mid), 1e-3)
    return max(abs(float(np.quantile(post, q)) - mid) for q in (0.2, 0.5, 0.8)) / spread


def signal_seen(es: Estate, hidden: set[str], series: dict, service: str, onset: int, strength: float = 5.0) -> bool:
    """The root's own metrics move clearly after its onset, or (without metrics) two of its callers' do."""
    if service not in hidden:
        return any(shift(v, onset) >= strength for v in series[service].values())
    moved = [c for c in observed_callers(es, hidden, service) if any(shift(v, onset) >= strength
                                                                       for v in series[c].values())]  # fmt: skip
    return len(moved) >= 2
