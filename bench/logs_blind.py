"""Blind log-parsing set: 12 systems that are not in Loghub, generated from templates, scored beside Drain3.

Run: python bench/logs_blind.py [--systems a,b] [--repeats N] [--no-drain3] [--no-throughput] [--dump DIR]
     Needs no data: the set is generated in memory from bench/logs_blind_{gen,infra,apps}.py (seeded, the same on
     every machine). ``--dump DIR`` also writes DIR/<system>.log and DIR/<system>_structured.csv (LineId,
     Content, EventId) to look at. docs/logs_blind.md says what it models.

Why: parse_logs' miner was developed on Loghub's 16 systems; this set was written without reading the miner, its
readers or its docs, so its figures say how the miner groups logs from systems it has never seen.

1. Grouping accuracy (``logs.grouping_accuracy``, Loghub's definition) per system and mean for: the ``parse_logs``
   tool on the raw text as a user calls it (defaults, except ``max_records`` raised so every record comes back;
   records are matched to lines by ``line_no``, a line with no record is a group of its own), the library call
   ``parse_log_text`` (``logs.ours_raw``), our miner on the content column (``logs.ours_content``: the message
   after the system's header) and Drain3 with its default configuration on the content column
   (``logs.drain3_content``) and on the raw lines.
2. Throughput, lines per CPU second on one core (median of --repeats): the tool on the raw text, our miner alone
   and Drain3 alone on the content column.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import logs
from logs import System, drain3_content, grouping_accuracy, ours_content, ours_raw
from logs_blind_apps import SYSTEMS_APPS
from logs_blind_gen import SystemSpec, generate
from logs_blind_infra import SYSTEMS_INFRA

from genaiops.registry import ToolContext
from genaiops.tools import load_tools

SPECS: dict[str, SystemSpec] = {s.name: s for s in (*SYSTEMS_INFRA, *SYSTEMS_APPS)}


def blind_systems(names: list[str] | None = None, limit: int | None = None) -> list[System]:
    """The generated systems as ``logs.System`` (raw text, content column, true template ids; no alert labels);
    ``limit`` keeps the first lines of each (smoke tests only: the figures are for the whole set)."""
    chosen = list(SPECS) if names is None else names
    unknown = [n for n in chosen if n not in SPECS]
    if unknown:
        raise SystemExit(f"unknown system(s) {', '.join(unknown)}: choose from {', '.join(SPECS)}")
    out = []
    for name in chosen:
        g = generate(SPECS[name])
        raw, content, truth = g.raw[:limit], g.content[:limit], g.truth[:limit]
        out.append(System(name, "\n".join(raw) + "\n", content, truth, None))
    return out


def _tool():  # noqa: ANN202 - the registered parse_logs tool and a context to call it with
    ctx = ToolContext("bench", "logs", "bench-logs-blind", now=datetime.now(UTC), resources={})
    return load_tools().get("parse_logs"), ctx


def ours_tool(system: System) -> list[str]:
    """parse_logs on the raw text, as a user calls it; a line without a record (skipped) is a group of its own."""
    tool, ctx = _tool()
    result = tool.invoke({"content": system.raw, "max_records": 100_000}, ctx)
    by_line = {r.line_no: r.template_id for r in result.records}
    return [by_line.get(i + 1, f"<no record {i + 1}>") for i in range(len(system.truth))]


def drain3_raw(system: System) -> list[str] | None:
    miner = logs._drain3_miner()
    if miner is None:
        return None
    return [str(miner.add_log_message(line)["cluster_id"]) for line in system.raw.splitlines()]


RUNNERS: dict[str, Callable[[System], list[str] | None]] = {
    "parse_logs raw": ours_tool,
    "ours_raw": ours_raw,
    "ours content": ours_content,
    "Drain3 content": drain3_content,
    "Drain3 raw": drain3_raw,
}


def ga_table(systems: list[System], use_drain3: bool) -> dict[str, dict[str, float]]:
    runners = {k: v for k, v in RUNNERS.items() if use_drain3 or not k.startswith("Drain3")}
    scores: dict[str, dict[str, float]] = {k: {} for k in runners}
    print(f"{'system':15} {'lines':>5} {'tmpl':>4} " + " ".join(f"{k:>15}" for k in runners))
    for system in systems:
        predicted = {key: run(system) for key, run in runners.items()}
        for key, groups in predicted.items():
            if groups is not None:
                scores[key][system.name] = grouping_accuracy(system.truth, groups)
        row = " ".join(f"{scores[k].get(system.name, float('nan')):15.3f}" for k in runners)
        print(f"{system.name:15} {len(system.truth):5d} {len(set(system.truth)):4d} {row}")
    cells = []
    for k in runners:
        vals = list(scores[k].values())
        cells.append(f"{statistics.fmean(vals):15.3f}" if len(vals) == len(systems) else f"{'n/a':>15}")
    print(f"{'mean':26} " + " ".join(cells))
    return scores


def throughput(systems: list[System], repeats: int, use_drain3: bool) -> None:
    lines = sum(len(s.truth) for s in systems)
    print(f"throughput on one core ({lines} lines, median of {repeats}):")
    tool, ctx = _tool()
    content = [line for s in systems for line in s.content]

    def tool_all() -> None:
        for system in systems:
            tool.invoke({"content": system.raw, "max_line_chars": 100_000}, ctx)

    def mine_all() -> None:
        miner = logs.TemplateMiner()
        for line in content:
            miner.add_id(line)

    runs: list[tuple[str, Callable[[], object]]] = [
        ("parse_logs tool, raw lines -> its answer", tool_all),
        ("our miner only, content column", mine_all),
    ]
    if use_drain3 and logs._drain3_miner() is not None:

        def drain3_all() -> None:
            miner = logs._drain3_miner()
            for line in content:
                miner.add_log_message(line)

        runs.append(("Drain3 mine only, content column", drain3_all))
    for label, run in runs:
        cpu, wall = logs._rate(run, lines, repeats)
        print(f"  {label:42} {cpu:10,.0f} lines/CPU-s {wall:10,.0f} lines/wall-s")


def dump(systems: list[System], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for system in systems:
        (folder / f"{system.name}.log").write_text(system.raw, encoding="utf-8")
        with (folder / f"{system.name}_structured.csv").open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["LineId", "Content", "EventId"])
            for i, (content, tid) in enumerate(zip(system.content, system.truth, strict=True), 1):
                writer.writerow([i, content, tid])
    print(f"wrote {len(systems)} systems to {folder}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--systems", default=",".join(SPECS), help="comma-separated subset (default: all 12)")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--no-drain3", action="store_true", help="skip Drain3 (needs: pip install drain3)")
    parser.add_argument("--no-throughput", action="store_true")
    parser.add_argument("--dump", type=Path, help="also write the generated set to DIR")
    parser.add_argument("--limit", type=int, help="smoke tests only: the first N lines of each system")
    args = parser.parse_args(argv)
    if args.repeats < 1:
        parser.error(f"--repeats {args.repeats}: give 1 or more")
    if args.limit is not None and args.limit < 1:
        parser.error(f"--limit {args.limit}: give 1 or more lines")
    systems = blind_systems(args.systems.split(","), args.limit)
    if args.dump is not None:
        dump(systems, args.dump)
    ga_table(systems, not args.no_drain3)
    if not args.no_throughput:
        throughput(systems, args.repeats, not args.no_drain3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
