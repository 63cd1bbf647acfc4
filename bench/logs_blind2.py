"""Second blind log set: 14 systems that are not in Loghub, generated from their real log statements, scored with
bench/logs.py's own functions.

Run: python bench/logs_blind2.py [--repeats N] [--systems a,b] [--lines N] [--worst N] [--no-drain3]

The set (docs/logs_blind2.md): MySQL error log, MySQL slow query log, MongoDB (structured JSON), RabbitMQ, Cassandra,
Consul (hclog), etcd (zap JSON), Prometheus (go-kit logfmt), CoreDNS, containerd (logrus), Celery, Postfix (syslog),
Gunicorn + Django on one stdout, Jenkins. 1,000-2,000 lines each, one label per log statement (or fixed format),
skewed frequencies, realistic parameters. Deterministic: seeded by system name, the same under any PYTHONHASHSEED.

1. Grouping accuracy (``logs.grouping_accuracy``, Loghub's definition) per system and mean, for the ``parse_logs``
   miner on the raw lines as users call it (``logs.ours_raw``: ``parse_log_text``, format detection and header
   splitting) and on the content column (``logs.ours_content``), and Drain3 with its default configuration on the
   content column (``logs.drain3_content``) and on the raw lines. Content is the message without its header (time,
   level, thread, logger, code); for JSON and logfmt lines it is the message followed by the other fields.
   When the raw pipeline returns fewer records than lines (it joined or skipped some), lines are matched to records
   by ``line_no``: a line inside a record that began earlier gets that record's template, a skipped line a group
   of its own.
2. Throughput on all lines, lines per CPU second (median of --repeats), with ``logs.throughput``: the ``parse_logs``
   tool (raw -> its answer), ``parse_log_text`` (raw -> a LogRecord per line), the miner alone and Drain3 on the
   content column; and Drain3 on the raw lines.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Callable

import logs
from logs import System, drain3_content, grouping_accuracy, ours_content
from logs_blind2_apps import make_celery, make_gunicorn, make_jenkins, make_postfix
from logs_blind2_db import make_cassandra, make_mongodb, make_mysql, make_mysql_slow, make_rabbitmq
from logs_blind2_gen import Line
from logs_blind2_infra import make_consul, make_containerd, make_coredns, make_etcd, make_prometheus

from genaiops.tools.sre.logs import TemplateMiner, parse_log_text

__all__ = ["SYSTEMS", "blind2_lines", "blind2_systems", "digest"]

# name -> (generator, lines); sizes fixed once, between 1,000 and 2,000
SYSTEMS: dict[str, tuple[Callable[[int], list[Line]], int]] = {
    "mysql": (make_mysql, 1400), "mysql_slow": (make_mysql_slow, 1600), "mongodb": (make_mongodb, 1800),
    "rabbitmq": (make_rabbitmq, 1200), "cassandra": (make_cassandra, 1500), "consul": (make_consul, 2000),
    "etcd": (make_etcd, 1300), "prometheus": (make_prometheus, 1700), "coredns": (make_coredns, 1100),
    "containerd": (make_containerd, 1600), "celery": (make_celery, 1900), "postfix": (make_postfix, 2000),
    "gunicorn": (make_gunicorn, 1250), "jenkins": (make_jenkins, 1450),
}  # fmt: skip


def blind2_lines(name: str, limit: int | None = None) -> list[Line]:
    maker, size = SYSTEMS[name]
    lines = maker(size)
    return lines[:limit] if limit else lines


def blind2_systems(names: list[str] | None = None, limit: int | None = None) -> list[System]:
    out = []
    for name in names or list(SYSTEMS):
        lines = blind2_lines(name, limit)
        raw = "".join(line.raw + "\n" for line in lines)
        out.append(System(name, raw, [line.content for line in lines], [line.label for line in lines], None))
    return out


def digest(systems: list[System]) -> str:
    h = hashlib.sha256()
    for s in systems:
        h.update(s.raw.encode())
        h.update("\x00".join(s.content).encode())
        h.update("\x00".join(s.truth).encode())
    return h.hexdigest()


def ours_raw_lines(system: System) -> list[str]:
    """``logs.ours_raw``; when the pipeline gives fewer records than lines, lines are matched by ``line_no``."""
    got = logs.ours_raw(system)
    if got is not None:
        return got
    parsed = parse_log_text(system.raw, max_line_chars=100_000, miner=TemplateMiner(**logs.MINER))
    by_line = {r.line_no: r.template_id for r in parsed.records}
    skipped = {s.line_no for s in parsed.skipped}
    out: list[str] = []
    last = None
    for n in range(1, len(system.truth) + 1):
        if n in by_line:
            last = by_line[n]
        out.append(f"skipped-{n}" if n in skipped or last is None else last)
    return out


def drain3_raw(system: System) -> list[str] | None:
    miner = logs._drain3_miner()
    if miner is None:
        return None
    return [str(miner.add_log_message(line)["cluster_id"]) for line in system.raw.splitlines()]


def failures(truth: list[str], predicted: list[str]) -> tuple[int, int, list[tuple[str, str, int]]]:
    """(true templates, templates wrong, [(template, 'split'/'merged'/'both', lines)]) worst first."""
    groups: dict[str, set[str]] = defaultdict(set)
    mixed: dict[str, set[str]] = defaultdict(set)
    for t, p in zip(truth, predicted, strict=True):
        groups[t].add(p)
        mixed[p].add(t)
    sizes = Counter(truth)
    wrong = []
    for t, preds in groups.items():
        split = len(preds) > 1
        merged = any(len(mixed[p]) > 1 for p in preds)
        if split or merged:
            wrong.append((t, "both" if split and merged else "split" if split else "merged", sizes[t]))
    wrong.sort(key=lambda w: -w[2])
    return len(groups), len(wrong), wrong


def ga_table(systems: list[System], use_drain3: bool, worst: int) -> None:
    runners: dict[str, Callable[[System], list[str] | None]] = {
        "ours raw": ours_raw_lines,
        "ours content": ours_content,
    }  # noqa: E501
    if use_drain3 and logs._drain3_miner() is not None:
        runners["Drain3 content"] = drain3_content
        runners["Drain3 raw"] = drain3_raw
    scores: dict[str, dict[str, float]] = {k: {} for k in runners}
    wrong_ours: dict[str, tuple[int, int, list]] = {}
    print(
        f"{'system':11} {'lines':>5} {'tpl':>3} {'top%':>4} "
        + " ".join(f"{k:>14}" for k in runners)
        + f" {'ours wrong tpl':>15}"
    )  # noqa: E501
    for system in systems:
        sizes = Counter(system.truth)
        for key, run in runners.items():
            predicted = run(system)
            if predicted is not None:
                scores[key][system.name] = grouping_accuracy(system.truth, predicted)
                if key == "ours raw":
                    wrong_ours[system.name] = failures(system.truth, predicted)
        row = " ".join(f"{scores[k].get(system.name, float('nan')):14.3f}" for k in runners)
        top = 100 * sizes.most_common(1)[0][1] / len(system.truth)
        n_tpl, n_wrong, _ = wrong_ours.get(system.name, (len(sizes), 0, []))
        print(f"{system.name:11} {len(system.truth):5d} {len(sizes):3d} {top:4.0f} {row} {n_wrong:>9}/{n_tpl:<5}")
    cells = []
    for k in runners:
        vals = list(scores[k].values())
        cells.append(f"{statistics.fmean(vals):14.3f}" if vals else f"{'n/a':>14}")
    print(f"{'mean':25} " + " ".join(cells))
    if worst:
        print(f"\nours raw: the {worst} largest wrongly grouped true templates per system (split: spread over groups;"
              " merged: shares a group with another template)")  # fmt: skip
        for name, (_, _, wrong) in wrong_ours.items():
            print(f"  {name}: " + ", ".join(f"{t.split('-', 1)[1]} {kind} {n}" for t, kind, n in wrong[:worst]))


def throughput(systems: list[System], repeats: int, use_drain3: bool) -> None:
    """``logs.throughput`` (the tool, ``parse_log_text``, the miner and Drain3 on content), and Drain3 on raw lines."""
    print()
    logs.throughput(systems, repeats, use_drain3)
    if use_drain3 and logs._drain3_miner() is not None:
        raw = [line for s in systems for line in s.raw.splitlines()]

        def drain3_raw_all() -> None:
            miner = logs._drain3_miner()
            for line in raw:
                miner.add_log_message(line)

        cpu, wall = logs._rate(drain3_raw_all, len(raw), repeats)
        print(f"  {'Drain3 0.9.11 mine only, raw lines':42} {cpu:10,.0f} lines/CPU-s {wall:10,.0f} lines/wall-s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--systems", default=",".join(SYSTEMS), help="comma-separated subset (default: all 14)")
    parser.add_argument("--lines", type=int, default=None, help="only the first N lines of each system (smoke runs)")
    parser.add_argument("--worst", type=int, default=0, help="show the N largest wrongly grouped templates per system")
    parser.add_argument("--no-drain3", action="store_true", help="skip Drain3 (needs: pip install drain3)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.systems.split(",") if n.strip()]
    unknown = [n for n in names if n not in SYSTEMS]
    if unknown:
        print(f"unknown system(s) {', '.join(unknown)}: choose from {', '.join(SYSTEMS)}", file=sys.stderr)
        return 2
    if args.repeats < 1 or (args.lines is not None and args.lines < 1):
        print("--repeats and --lines take a count >= 1", file=sys.stderr)
        return 2
    systems = blind2_systems(names, args.lines)
    print(
        f"logs blind2: {len(systems)} systems, {sum(len(s.truth) for s in systems)} lines, set {digest(systems)[:12]}"
    )
    ga_table(systems, not args.no_drain3, args.worst)
    throughput(systems, args.repeats, not args.no_drain3)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
