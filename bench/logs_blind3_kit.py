"""The third blind log set's sampler: a seeded source of realistic values and the builder that draws lines.

A system is a list of templates ``(key, weight, write)``; ``write(kit)`` returns one line's ``(raw, content)``.
``build`` draws templates by weight (skewed: a few statements dominate, a long tail is rare), advances a clock by
random gaps, and labels each line ``"<system>-<key>"``. Every draw comes from one ``random.Random`` seeded by the
SHA-256 of the system's name, so a set is the same under any PYTHONHASHSEED and on every run.
"""

from __future__ import annotations

import hashlib
import json
import random
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

__all__ = ["Kit", "Line", "Tpl", "build", "logfmt"]


@dataclass(frozen=True)
class Line:
    raw: str
    content: str
    label: str


class Kit:
    """Seeded values for one system: a clock, numbers, ids, addresses, picks with a skew."""

    def __init__(self, name: str) -> None:
        seed = int.from_bytes(hashlib.sha256(f"logs-blind3/{name}".encode()).digest()[:8], "big")
        self.rng = random.Random(seed)
        self.now = datetime(2026, 11, 23, 0, 0, tzinfo=UTC) + timedelta(seconds=self.rng.randrange(6 * 86400))

    def tick(self, mean_s: float = 2.0) -> None:
        self.now += timedelta(microseconds=int(self.rng.expovariate(1 / mean_s) * 1e6) + 1)

    def one(self, seq: Sequence):  # noqa: ANN201 - an element of seq
        return seq[self.rng.randrange(len(seq))]

    def skew(self, seq: Sequence, s: float = 1.1):  # noqa: ANN201 - an element of seq, the first ones likelier
        return self.rng.choices(seq, weights=[1 / (i + 1) ** s for i in range(len(seq))])[0]

    def n(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def f(self, lo: float, hi: float, digits: int = 1) -> str:
        return f"{self.rng.uniform(lo, hi):.{digits}f}"

    def lognorm(self, median: float, sigma: float = 1.0) -> float:
        return median * self.rng.lognormvariate(0, sigma)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def hex(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, chars: str = string.ascii_lowercase + string.digits) -> str:
        return "".join(self.rng.choice(chars) for _ in range(n))

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.one('89ab')}{h[17:20]}-{h[20:]}"

    def ip(self, net: str = "10.42") -> str:
        parts = net.split(".")
        while len(parts) < 4:
            parts.append(str(self.n(0, 254) if len(parts) < 3 else self.n(2, 253)))
        return ".".join(parts)

    def port(self) -> int:
        return self.n(32768, 60999)

    def ms_epoch(self) -> int:
        return int(self.now.timestamp() * 1000)


Tpl = tuple[str, float, Callable[[Kit], tuple[str, str]]]


def build(name: str, templates: list[Tpl], lines: int, mean_gap_s: float = 2.0) -> list[Line]:
    kit = Kit(name)
    keys = [t[0] for t in templates]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{name}: template keys repeat: {sorted(k for k in keys if keys.count(k) > 1)}")
    cum: list[float] = []
    total = 0.0
    for _, weight, _ in templates:
        total += weight
        cum.append(total)
    out: list[Line] = []
    for _ in range(lines):
        kit.tick(mean_gap_s)
        key, _, write = kit.rng.choices(templates, cum_weights=cum)[0]
        raw, content = write(kit)
        out.append(Line(raw, content, f"{name}-{key}"))
    return out


def _value(v: object, empty: str) -> str:
    s = (
        v
        if isinstance(v, str)
        else json.dumps(v)
        if isinstance(v, (dict, list))
        else str(v).lower()
        if isinstance(v, bool)
        else str(v)
    )
    if s == "":
        return empty
    if any(c in s for c in ' "=\\'):
        return json.dumps(s)
    return s


def logfmt(fields: dict[str, object], empty: str = '""') -> str:
    """``k=v k="v w"``: values with spaces, quotes or ``=`` are quoted, as logfmt and hclog writers do; an empty
    value is ``empty`` (hclog writes ``""``, go-kit's logfmt nothing)."""
    return " ".join(f"{k}={_value(v, empty)}" for k, v in fields.items())
