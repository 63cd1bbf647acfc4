"""NAB's application profiles: how much a true positive, a false positive and a missed window weigh."""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["MAX_TP", "PROFILES", "CostProfile", "probation_length", "scaled_sigmoid"]


@dataclass(frozen=True, slots=True)
class CostProfile:
    """The cost matrix of one application profile (NAB ``config/profiles.json``; the TN weight is unused)."""

    name: str
    tp: float
    fp: float
    fn: float


PROFILES: dict[str, CostProfile] = {
    "standard": CostProfile("standard", tp=1.0, fp=0.11, fn=1.0),
    "reward_low_FP_rate": CostProfile("reward_low_FP_rate", tp=1.0, fp=0.22, fn=1.0),
    "reward_low_FN_rate": CostProfile("reward_low_FN_rate", tp=1.0, fp=0.11, fn=2.0),
}
"""The three published profiles; ``bench/nab.py`` checks them against the shipped ``profiles.json``."""


def scaled_sigmoid(position: float) -> float:
    """The reward curve: ``2 / (1 + e^(5y)) - 1``, and -1 for ``y > 3`` (far after a window).

    ``y = -1`` is a window's start (reward ~0.987), ``y = 0`` its end (reward 0), ``y > 0`` after it (penalty).
    """
    if position > 3.0:
        return -1.0
    return 2.0 / (1.0 + math.exp(5.0 * position)) - 1.0


MAX_TP = scaled_sigmoid(-1.0)
"""The reward for a detection at a window's first row; TP rewards are divided by it so that it earns exactly 1."""


def probation_length(rows: int, share: float = 0.15, cap_rows: int = 5000) -> int:
    """Rows at the start of a series that are never scored: 15 % of it, at most 15 % of 5,000 (750)."""
    return int(min(math.floor(share * rows), share * cap_rows))
