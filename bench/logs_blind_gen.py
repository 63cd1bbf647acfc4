"""The blind log set's generator core: parameter helpers, the template record and the sampler.

A system is a header function and a list of templates. A template is one log statement of the system's code (its
true id), a relative weight (a few dominate, a long tail is rare), a level and a function that draws its message
from a seeded ``random.Random``; a compound template (an ERROR followed by its DETAIL and STATEMENT lines) returns
several lines, each with its own true id. Everything is drawn from one RNG per system, seeded from the system's
name, so the set is the same on every machine and Python version (only ``random.Random`` methods whose output is
documented as reproducible are used: ``random``, ``getrandbits``, ``choices`` with weights, ``randrange``).
"""

from __future__ import annotations

import random
import uuid
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

SEED = 20261205


@dataclass(frozen=True)
class Line:
    tid: str
    level: str
    msg: str
    fields: dict = field(default_factory=dict)


@dataclass(frozen=True)
class T:
    """One log statement: true id, relative weight, level, message drawer (str, (str, fields) or [Line, ...])."""

    tid: str
    weight: float
    level: str
    draw: Callable[[G], object]


@dataclass(frozen=True)
class SystemSpec:
    name: str
    description: str
    header: Callable[[G, datetime, Line], tuple[str, str]]  # -> (raw line, content column)
    templates: Sequence[T]
    extra_ids: Sequence[str] = ()  # ids only compound templates emit
    mean_gap_s: float = 2.0


class G:
    """Parameter drawers over one seeded RNG."""

    def __init__(self, rng: random.Random, name: str) -> None:
        self.r = rng
        self.name = name
        self.pid = 1 + rng.randrange(30000)

    def pick(self, seq: Sequence, weights: Sequence[float] | None = None):  # noqa: ANN201 - an element of seq
        if weights is None:
            return seq[self.r.randrange(len(seq))]
        return self.r.choices(seq, weights=weights)[0]

    def skew(self, seq: Sequence):  # noqa: ANN201 - an element of seq, the first ones far more often
        return self.r.choices(seq, weights=[1 / (i + 1) ** 1.3 for i in range(len(seq))])[0]

    def n(self, lo: int, hi: int) -> int:
        return lo + self.r.randrange(hi - lo + 1)

    def lognorm(self, median: float, spread: float = 1.0) -> float:
        # Box-Muller on self.r.random(): reproducible across versions (gauss/lognormvariate are not promised to be)
        import math

        u1, u2 = self.r.random() or 1e-12, self.r.random()
        z = math.sqrt(-2 * math.log(u1)) * math.cos(2 * math.pi * u2)
        return median * math.exp(spread * z)

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def hex(self, n: int) -> str:
        return f"{self.r.getrandbits(4 * n):0{n}x}"

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def alnum(self, n: int, alphabet: str = "bcdfghjklmnpqrstvwxz2456789") -> str:
        return "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))

    def ip(self, kind: str = "private") -> str:
        r = self.r
        if kind == "pod":
            return f"10.244.{r.randrange(16)}.{2 + r.randrange(250)}"
        if kind == "public":
            first = self.pick((31, 37, 46, 62, 77, 81, 85, 91, 109, 141, 176, 185, 188, 193, 213, 217))
            return f"{first}.{r.randrange(256)}.{r.randrange(256)}.{1 + r.randrange(254)}"
        if r.random() < 0.5:
            return f"10.{self.pick((0, 1, 2, 12, 40))}.{r.randrange(32)}.{2 + r.randrange(250)}"
        return f"172.{16 + r.randrange(16)}.{r.randrange(256)}.{2 + r.randrange(250)}"

    def eport(self) -> int:
        return 32768 + self.r.randrange(28000)

    def dur_ms(self, median: float, spread: float = 1.0) -> float:
        return max(0.05, self.lognorm(median, spread))

    def go_dur(self, median_ms: float, spread: float = 1.2) -> str:
        """A Go time.Duration string: 812.4µs, 12.345678ms, 1.2034s, 2m3.5s."""
        ms = self.dur_ms(median_ms, spread)
        if ms < 1:
            return f"{ms * 1000:.3f}".rstrip("0").rstrip(".") + "µs"
        if ms < 1000:
            return f"{ms:.6f}".rstrip("0").rstrip(".") + "ms"
        if ms < 60_000:
            return f"{ms / 1000:.4f}".rstrip("0").rstrip(".") + "s"
        return f"{int(ms // 60_000)}m{(ms % 60_000) / 1000:.1f}s"

    def size(self, median: float, spread: float = 1.5) -> int:
        return max(0, int(self.lognorm(median, spread)))

    def human_size(self, median: float, spread: float = 1.5) -> str:
        b = self.size(median, spread)
        for unit in ("b", "kb", "mb", "gb"):
            if b < 1024:
                return f"{b}{unit}" if unit == "b" else f"{b:.1f}{unit}"
            b /= 1024
        return f"{b:.1f}tb"

    def user(self) -> str:
        return self.skew(USERS)

    def ua(self) -> str:
        return self.skew(USER_AGENTS)

    def rs(self, deploy: str) -> str:
        """A pod name of a Deployment: name-<10 chars>-<5 chars>; a few replica sets per deployment."""
        key = zlib.crc32(f"{self.name}{deploy}{self.r.randrange(2)}".encode())
        rs = "".join("bcdfghjklmnpqrstvwxz2456789"[(key >> (3 * i)) % 27] for i in range(10))
        return f"{deploy}-{rs}-{self.alnum(5)}"


USERS = (
    "svc-orders", "jkowalski", "m.dubois", "ana.ruiz", "build-bot", "t.nakamura", "priya.s", "ops-oncall", "lhuber",
    "k.osei", "grafana-reader", "etl_loader", "fmartin", "deploy", "s.ivanova",
)  # fmt: skip
USER_AGENTS = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 "
    "Mobile/15E148 Safari/604.1",
    "kube-probe/1.30",
    "okhttp/4.12.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 "
    "Safari/605.1.15",
    "python-requests/2.32.3",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Prometheus/2.53.1",
    "curl/8.5.0",
    "Go-http-client/1.1",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Dalvik/2.1.0 (Linux; U; Android 14; SM-S918B Build/UP1A.231005.007)",
    "-",
)  # fmt: skip


@dataclass
class Generated:
    name: str
    raw: list[str]
    content: list[str]
    truth: list[str]


def _seed(name: str) -> int:
    return SEED * 1_000_003 + zlib.crc32(name.encode())


def _lines(drawn: object, t: T) -> list[Line]:
    if isinstance(drawn, list):
        return drawn
    if isinstance(drawn, tuple):
        return [Line(t.tid, t.level, drawn[0], drawn[1])]
    return [Line(t.tid, t.level, str(drawn))]


def generate(spec: SystemSpec) -> Generated:
    """Lines of one system: 1,000-2,000 of them, every template at least once, the rest drawn by weight."""
    rng = random.Random(_seed(spec.name))
    g = G(rng, spec.name)
    target = 1000 + rng.randrange(1001)
    order = list(spec.templates)
    rng.shuffle(order)  # each template once, at random places, then weighted draws
    weights = [t.weight for t in spec.templates]
    ts = datetime(2026, 11, 2 + rng.randrange(20), rng.randrange(24), rng.randrange(60), tzinfo=UTC)
    out = Generated(spec.name, [], [], [])
    forced = {i * target // len(order): t for i, t in enumerate(order)}
    step = 0
    while len(out.raw) < target:
        t = forced.get(step) or rng.choices(spec.templates, weights=weights)[0]
        step += 1
        for line in _lines(t.draw(g), t):
            ts += timedelta(microseconds=int(1_000_000 * spec.mean_gap_s * -_log(1 - rng.random())))
            raw, content = spec.header(g, ts, line)
            out.raw.append(raw)
            out.content.append(content)
            out.truth.append(line.tid)
    forced_left = [t for s, t in forced.items() if s >= step]
    for t in forced_left:  # a compound template near the end may overrun the target: keep the guarantee anyway
        for line in _lines(t.draw(g), t):
            raw, content = spec.header(g, ts, line)
            out.raw.append(raw)
            out.content.append(content)
            out.truth.append(line.tid)
    return out


def _log(x: float) -> float:
    import math

    return math.log(max(x, 1e-12))
