"""The machinery of the second blind log set (bench/logs_blind2.py): a seeded parameter source (`Gen`), a template
(`T`: one log statement, its level, its weight and a function that writes its message), and `build`, which draws a
system's lines with skewed frequencies and renders each one as its raw line and its content.

Everything is seeded by the system's name through ``zlib.crc32`` (never ``hash``), so the set is the same under
every PYTHONHASHSEED. No clock and no global RNG are read.
"""

from __future__ import annotations

import json
import random
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

__all__ = ["Gen", "Line", "T", "build", "iso_ms", "logfmt_value"]

_FIRST = ("anna", "bjorn", "chen", "dmitri", "elif", "farah", "gustavo", "hiro", "ines", "jonas", "kemi", "lars")
_WORDS = ("orders", "billing", "ledger", "catalog", "search", "payments", "inventory", "users", "sessions", "events")


@dataclass
class Gen:
    """Parameters with the shapes real logs have: pools of hosts and users that repeat, counters that grow,
    durations that are log-normal, enum-like values with a few common states."""

    rng: random.Random
    counters: dict[str, int] = field(default_factory=dict)
    pools: dict[str, list[str]] = field(default_factory=dict)

    def pick(self, items, weights=None):  # noqa: ANN001, ANN201 - any sequence, any item
        return self.rng.choices(items, weights=weights)[0] if weights else self.rng.choice(items)

    def num(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def lognorm(self, median: float, sigma: float = 1.0) -> float:
        return median * self.rng.lognormvariate(0.0, sigma)

    def seq(self, name: str, start: int = 1, step: int = 1) -> int:
        value = self.counters.get(name, start - step) + step
        self.counters[name] = value
        return value

    def pooled(self, name: str, size: int, make: Callable[[], str]) -> str:
        """A value from a fixed pool (hosts, users, queues): few distinct values, the first ones most common."""
        pool = self.pools.get(name)
        if pool is None:
            pool = self.pools[name] = [make() for _ in range(size)]
        return pool[min(int(self.rng.expovariate(3.0 / size)), size - 1)]

    def hexs(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def alnum(self, n: int, alphabet: str = string.ascii_lowercase + string.digits) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def uuid(self) -> str:
        h = self.hexs(32)
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.pick('89ab')}{h[17:20]}-{h[20:]}"

    def ip(self, pool: str = "ip", size: int = 24) -> str:
        return self.pooled(pool, size, lambda: f"10.{self.num(0, 3)}.{self.num(0, 40)}.{self.num(2, 250)}")

    def ext_ip(self) -> str:
        first = self.pick((23, 31, 45, 66, 77, 89, 103, 141, 176, 185, 194, 203, 212))
        return f"{first}.{self.num(1, 254)}.{self.num(0, 255)}.{self.num(1, 254)}"

    def port(self) -> int:
        return self.num(32768, 60999)

    def ms(self, median: float = 40.0, sigma: float = 1.0) -> int:
        return max(1, round(self.lognorm(median, sigma)))

    def secs(self, median: float = 1.0, sigma: float = 1.0, places: int = 3) -> str:
        return f"{self.lognorm(median, sigma):.{places}f}"

    def go_dur(self, median_ms: float = 50.0, sigma: float = 1.2) -> str:
        """A Go time.Duration as String() prints it: 850µs, 12.345678ms, 1.5s, 2m3.5s."""
        ms = self.lognorm(median_ms, sigma)
        if ms < 1:
            return f"{ms * 1000:.3f}".rstrip("0").rstrip(".") + "µs"
        if ms < 1000:
            return f"{ms:.6f}".rstrip("0").rstrip(".") + "ms"
        if ms < 60_000:
            return f"{ms / 1000:.6f}".rstrip("0").rstrip(".") + "s"
        return f"{int(ms // 60_000)}m{(ms % 60_000) / 1000:.3f}".rstrip("0").rstrip(".") + "s"

    def size(self, median_kib: float = 64.0) -> str:
        kib = self.lognorm(median_kib, 1.4)
        if kib < 1024:
            return f"{kib:.3f}KiB"
        return f"{kib / 1024:.3f}MiB" if kib < 1024 * 1024 else f"{kib / 1024 / 1024:.3f}GiB"

    def user(self) -> str:
        return self.pooled("user", 14, lambda: self.pick(_FIRST) + self.pick(("", ".k", "_ops", "2", ".m")))

    def svc_user(self) -> str:
        return self.pooled("svc_user", 6, lambda: self.pick(_WORDS) + self.pick(("_app", "_rw", "_ro", "-svc")))

    def host(self, prefix: str = "node") -> str:
        return self.pooled("host-" + prefix, 9, lambda: f"{prefix}-{self.pick('abc')}{self.num(1, 24):02d}")

    def pod(self) -> str:
        def make() -> str:
            return f"{self.pick(_WORDS)}-{self.pick(('api', 'worker', 'web', 'cron'))}-{self.hexs(9)}-{self.alnum(5)}"

        return self.pooled("pod", 30, make)

    def word(self) -> str:
        return self.pick(_WORDS)

    def email(self) -> str:
        dom = self.pick(("example.com", "mail.example.org", "kunde.de", "acme.io", "gmail.com", "outlook.com"))
        return f"{self.user().replace('_', '.')}@{dom}"


@dataclass(frozen=True)
class T:
    """One true template: a log statement in the code (or one fixed format). ``write`` returns its message, or
    ``(message, extra_fields)`` for structured systems."""

    key: str
    level: str
    weight: float
    write: Callable[[Gen], object]


@dataclass(frozen=True)
class Line:
    raw: str
    content: str
    label: str


def build(
    name: str,
    templates: list[T],
    lines: int,
    render: Callable[[Gen, datetime, T, object], tuple[str, str]],
    start: datetime | None = None,
    gap_ms: float = 900.0,
) -> list[Line]:
    """``lines`` lines of system ``name``: every template at least once, the rest drawn by weight; times grow by
    exponential gaps. ``render(gen, time, template, written)`` gives (raw line, content)."""
    keys = [t.key for t in templates]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{name}: template keys repeat: {sorted(k for k in keys if keys.count(k) > 1)}")
    rng = random.Random(zlib.crc32(f"logs-blind2/{name}".encode()))
    gen = Gen(rng)
    order = list(templates) + rng.choices(templates, weights=[t.weight for t in templates], k=lines - len(templates))
    rng.shuffle(order)
    now = start or datetime(2026, 3, 9, 6, 41, 17, 250_000, tzinfo=UTC)
    out: list[Line] = []
    for template in order:
        now += timedelta(milliseconds=rng.expovariate(1.0 / gap_ms))
        raw, content = render(gen, now, template, template.write(gen))
        out.append(Line(raw, content, f"{name}-{template.key}"))
    return out


def logfmt_value(value: object) -> str:
    """A value as go-kit/logrus logfmt prints it: quoted when it holds a space, a quote or an equals sign."""
    text = str(value)
    if text == "" or any(c in text for c in ' "=\\'):
        return json.dumps(text, ensure_ascii=False)
    return text


def iso_ms(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"
