"""Checks a labelled ops set is well formed (used by the blind sets' tests, in a child process run from bench/).

``problems`` lists what is wrong (empty when the set is fine): the 5-minute grid, series lengths, metric kinds and
their value ranges, missed scrapes, and label windows after the probation week, inside their series and apart.
"""

from __future__ import annotations

import hashlib

import numpy as np
from ops_series_data import DAY, PROBATION_DAYS, STEP_S, OpsSeries

BOUNDS = {"ratio": 1.0, "percentage": 100.0}


def digest(corpus: list[OpsSeries]) -> str:
    """One hash of every name, value, scrape, start, kind and window (equal digests: the same set)."""
    h = hashlib.sha256()
    for s in corpus:
        h.update(s.name.encode())
        h.update(np.asarray(s.values, float).tobytes())
        h.update(np.asarray(s.rows).tobytes())
        h.update(repr((s.start_s, s.kind, s.windows)).encode())
    return h.hexdigest()


def window_counts(corpus: list[OpsSeries]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for s in corpus:
        for *_, kind in s.windows:
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def problems(
    corpus: list[OpsSeries],
    days: tuple[int, int],
    min_present: float,
    gap: int = 0,
    persistent: frozenset = frozenset(),
) -> list[str]:
    """What is wrong with the set; ``gap`` rows between windows, ``persistent`` kinds may run to the series' end."""
    out = []
    if len({s.name for s in corpus}) != len(corpus):
        out.append("series names repeat")
    for s in corpus:
        where = f"{s.name}:"
        if s.start_s % STEP_S or not days[0] * DAY <= len(s.values) <= days[1] * DAY or len(s.values) % DAY:
            out.append(f"{where} starts off the grid or is not {days[0]}-{days[1]} whole days")
        if not np.isfinite(s.values).all():
            out.append(f"{where} values not finite")
        high = BOUNDS.get(s.kind)
        if s.kind not in ("counter", "gauge", "ratio", "percentage", "latency"):
            out.append(f"{where} unknown kind {s.kind!r}")
        elif high is not None and not (0 <= s.values.min() <= s.values.max() <= high):
            out.append(f"{where} {s.kind} outside 0..{high:g}")
        rows = s.rows
        if len(rows) < min_present * len(s.values) or rows[0] != 0 or rows[-1] != len(s.values) - 1:
            out.append(f"{where} too many missed scrapes, or the first or last is missing")
        ordered = sorted(s.windows)
        for index, (start, end, kind) in enumerate(ordered):
            last = len(s.values) if kind in persistent else len(s.values) - 1
            if not PROBATION_DAYS * DAY <= start < end <= last:
                out.append(f"{where} window {start}-{end} {kind} outside the scored part")
            if index + 1 < len(ordered) and end + gap > ordered[index + 1][0]:
                out.append(f"{where} windows {start}-{end} and {ordered[index + 1][0]}- closer than {gap} rows")
    return out


def set_failures(corpus, again, normals, earlier, spec: dict) -> list[str]:
    """Everything wrong with a blind set against what it declares (empty when it holds): ``corpus`` and ``again``
    are two generations of the set, ``normals`` its normal-behaviour windows per series, ``earlier`` the series of
    the sets before it; ``spec`` gives ``days`` (min, max), ``persistent`` kinds, ``normal_kinds``, ``counts``
    (windows per anomaly kind), ``series``, ``clean`` (series without windows)."""
    out = problems(corpus, spec["days"], 0.98, gap=144, persistent=frozenset(spec["persistent"]))
    if digest(corpus) != digest(again):
        out.append("two generations differ")
    if window_counts(corpus) != spec["counts"]:
        out.append(f"windows per kind {window_counts(corpus)}, declared {spec['counts']}")
    size = (len(corpus), sum(not s.windows for s in corpus))
    if size != (spec["series"], spec["clean"]):
        out.append(f"{size[0]} series, {size[1]} clean; declared {spec['series']}, {spec['clean']}")
    if sorted({s.kind for s in corpus}) != ["counter", "gauge", "latency", "percentage", "ratio"]:
        out.append(f"metric kinds {sorted({s.kind for s in corpus})}: every kind should be there")
    arrays = {hashlib.sha256(s.values.tobytes()).hexdigest() for s in earlier}
    shared = sorted({s.name for s in corpus} & {s.name for s in earlier})
    shared += [s.name for s in corpus if hashlib.sha256(s.values.tobytes()).hexdigest() in arrays]
    if shared:
        out.append(f"series shared with an earlier set: {shared}")
    if sorted(normals) != sorted(s.name for s in corpus):
        out.append("the normal behaviours are not given per series of the set")
        return out
    kinds, seen = set(spec["normal_kinds"]), set()
    for s in corpus:
        for a, b, k in normals[s.name]:
            if not (0 <= a < b <= len(s.values) and k in kinds):
                out.append(f"{s.name}: normal window {a}-{b} {k!r} outside the series or of an undeclared kind")
            if b > PROBATION_DAYS * DAY:
                seen.add(k)
    if seen != kinds:
        out.append(f"normal kinds never seen after the probation week: {sorted(kinds - seen)}")
    return out


def blind_failures(number: int, spec: dict) -> list[str]:
    """``set_failures`` of blind set ``number`` (module ops_series_blind{number}: its set, normals, PERSISTENT,
    NORMAL_KINDS and ANOMALY_KINDS) against every blind set before it; ``spec`` as for ``set_failures`` without the
    kinds the module declares itself."""
    return blind_failures_of({number: spec})[number]


def blind_failures_of(specs: dict[int, dict]) -> dict[int, list[str]]:
    """``blind_failures`` of several blind sets in one process: each earlier set is generated once and its series
    serve every later set's check (each checked set is still generated twice, for the determinism check)."""
    import importlib
    import importlib.util

    made: dict[int, list[OpsSeries]] = {}

    def generated(number: int) -> list[OpsSeries]:
        if number not in made:
            suffix = "" if number == 1 else str(number)
            made[number] = getattr(importlib.import_module(f"ops_series_blind{suffix}"), f"blind{suffix}_set")()
        return made[number]

    def exists(number: int) -> bool:  # the ops sets skip numbers (there is no twelfth or thirteenth)
        return importlib.util.find_spec(f"ops_series_blind{'' if number == 1 else number}") is not None

    out = {}
    for number in sorted(specs):
        earlier = [s for n in range(1, number) if exists(n) for s in generated(n)]
        module = importlib.import_module(f"ops_series_blind{number}")
        out[number], made[number] = _failures(module, number, specs[number], earlier)
    return out


def _failures(module, number: int, spec: dict, earlier: list[OpsSeries]) -> tuple[list[str], list[OpsSeries]]:
    """What is wrong with blind set ``number`` of ``module``, and its first generation."""
    spec = spec | {"persistent": module.PERSISTENT, "normal_kinds": module.NORMAL_KINDS, "days": tuple(spec["days"])}
    build, normals = getattr(module, f"blind{number}_set"), getattr(module, f"blind{number}_normals")
    corpus = build()
    out = set_failures(corpus, build(), normals(), earlier, spec)
    if sorted(getattr(module, "ANOMALY_KINDS", spec["counts"])) != sorted(spec["counts"]):
        out.append(f"the module's ANOMALY_KINDS {module.ANOMALY_KINDS} are not the declared kinds")
    return out, corpus
