"""The fourth blind log set's small kit: a value picker, a template record and the line builder every system uses.

A system is a list of ``Tpl`` (key, weight, ``make(pick) -> (level, message, fields)``) and a ``render`` that puts
the header around the message: ``render(pick, time, level, message, fields) -> (raw line, content)``. ``build``
draws every template once and the rest by weight, seeded by the system name through SHA-256 (no ``hash()``, no
clock, no global RNG), so the set is the same under any PYTHONHASHSEED.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

__all__ = ["Line", "Pick", "Tpl", "build", "kv", "logfmt_value"]


@dataclass(frozen=True)
class Line:
    raw: str
    content: str
    label: str


Made = tuple[str, str, dict | None]


@dataclass(frozen=True)
class Tpl:
    key: str
    weight: float
    make: Callable[[Pick], Made]


class Pick:
    """Realistic parameter values from one seeded ``random.Random``; pools repeat with a skew (first items often)."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng
        self.counters: dict[str, int] = {}

    def one(self, items: list | tuple):  # noqa: ANN201 - the pool's own type
        """An item, the first ones more often (a Zipf-like skew)."""
        weights = [1.0 / (i + 1) ** 1.1 for i in range(len(items))]
        return self.r.choices(items, weights)[0]

    def flat(self, items: list | tuple):  # noqa: ANN201
        return self.r.choice(items)

    def n(self, lo: int, hi: int) -> int:
        return self.r.randint(lo, hi)

    def grow(self, name: str, start: int, step: int = 3) -> int:
        """A counter that only grows (connection ids, revisions, job ids)."""
        value = self.counters.get(name, start) + self.r.randint(1, step)
        self.counters[name] = value
        return value

    def hexs(self, k: int) -> str:
        return "".join(self.r.choice("0123456789abcdef") for _ in range(k))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"

    def ip(self, private: bool = True) -> str:
        if private:
            return f"10.{self.r.choice((0, 4, 12, 32, 96))}.{self.r.randint(0, 31)}.{self.r.randint(2, 254)}"
        return f"{self.r.choice((81, 93, 145, 178, 185, 203, 212))}.{self.r.randint(1, 254)}.{self.r.randint(0, 254)}.{self.r.randint(1, 254)}"  # noqa: E501

    def port(self) -> int:
        return self.r.randint(32768, 60999)

    def ms(self, median: float, spread: float = 0.9) -> float:
        """A log-normal duration in milliseconds around ``median``."""
        return median * math.exp(self.r.gauss(0.0, spread))

    def go_dur(self, median_ms: float) -> str:
        """A Go ``time.Duration`` string: 850µs, 12.345678ms, 1.5s, 2m3.4s."""
        v = self.ms(median_ms)
        if v < 1:
            return f"{v * 1000:.3f}µs".replace(".000", "")
        if v < 1000:
            return f"{v:.6f}".rstrip("0").rstrip(".") + "ms"
        if v < 60_000:
            return f"{v / 1000:.6f}".rstrip("0").rstrip(".") + "s"
        return f"{int(v // 60000)}m{(v % 60000) / 1000:.3f}".rstrip("0").rstrip(".") + "s"

    def size(self, median: float) -> int:
        return max(1, int(median * math.exp(self.r.gauss(0.0, 1.1))))

    def word(self, k: int = 6) -> str:
        return "".join(self.r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))

    def chance(self, p: float) -> bool:
        return self.r.random() < p


def logfmt_value(value: object) -> str:
    text = str(value)
    if text == "" or any(c in text for c in ' ="\t'):
        return json.dumps(text, ensure_ascii=False)
    return text


def kv(fields: dict | None, sep: str = " ") -> str:
    """``key=value`` pairs as the content column shows structured fields (nested dicts as compact JSON)."""
    if not fields:
        return ""
    out = []
    for k, v in fields.items():
        if isinstance(v, (dict, list)):
            out.append(f"{k}={json.dumps(v, separators=(',', ':'), ensure_ascii=False)}")
        else:
            out.append(f"{k}={logfmt_value(v)}")
    return sep.join(out)


Render = Callable[[Pick, datetime, str, str, dict | None], tuple[str, str]]


def build(
    name: str,
    templates: list[Tpl],
    lines: int,
    render: Render,
    start: datetime | None = None,
    gap_ms: float = 1200.0,
) -> list[Line]:
    """``lines`` lines of ``name``: every template once, the rest drawn by weight; times grow by exponential gaps."""
    keys = [t.key for t in templates]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{name}: template keys repeat: {sorted({k for k in keys if keys.count(k) > 1})}")
    seed = int.from_bytes(hashlib.sha256(f"logs-blind4/{name}".encode()).digest()[:8], "big")
    rng = random.Random(seed)
    pick = Pick(rng)
    order = list(templates) + rng.choices(templates, [t.weight for t in templates], k=lines - len(templates))
    rng.shuffle(order)
    when = start or datetime(2026, 11, 17, 8, 3, 12, 118000, tzinfo=UTC)
    out = []
    for tpl in order:
        when += timedelta(milliseconds=rng.expovariate(1.0 / gap_ms))
        level, message, fields = tpl.make(pick)
        raw, content = render(pick, when, level, message, fields)
        out.append(Line(raw, content, f"{name}-{tpl.key}"))
    return out
