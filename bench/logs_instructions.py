"""Instructions per line of the ``parse_logs`` tool, counted by cachegrind (CPU time on a shared machine moves by
a third between runs; instruction counts by a few tens a line).

Run: ``python bench/logs_instructions.py [--data DIR]`` (needs ``valgrind``). It runs itself twice under
``valgrind --tool=cachegrind --cache-sim=no``: each run loads the tools and reads the 16 Loghub 2k raw files, then
passes them through the tool 1 or 3 times as ``bench/logs.py`` does (``max_line_chars`` 100,000); the difference of
the two counts over 2 x 32,000 lines is printed (start-up and the first pass's one-off costs cancel; the modules are
imported once before, so that both runs load the same bytecode, and PYTHONHASHSEED is 0 unless set). To compare
two checkouts, run it with each checkout's Python from that checkout (bytecode compiled in both: ``python -m
compileall -q genaiops``). Sessions 12 and 13 measured the same way, by hand.

``--phases`` counts the same passes four ways and prints where a line's instructions go: reading (the readers
alone: ``mine_log_text`` with a miner that mines nothing), mining (``add_ids``), the answer less its records (the
tool with ``max_records`` 0) and the records (the tool's default 500 records a file, also given per record).

``--set blind`` or ``--set blind2`` counts on the generated unseen sets (``bench/logs_blind.py``,
``bench/logs_blind2.py``) instead of Loghub: formats the tool was not developed on (JSON, logfmt, longer lines).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from cachegrind import instructions, valgrind_missing
from datadir import default_data_dir

SYSTEMS = (
    "HDFS", "Hadoop", "Spark", "Zookeeper", "BGL", "HPC", "Thunderbird", "Windows",
    "Linux", "Android", "HealthApp", "Apache", "Proxifier", "OpenSSH", "OpenStack", "Mac",
)  # fmt: skip
PASSES = (1, 3)


SETS = ("loghub", "blind", "blind2")  # ``--set``: the Loghub files, or one of the two generated unseen sets


def raw_texts(data: Path, which: str = "loghub") -> list[str]:
    """The raw texts of a set: the 16 Loghub 2k files (from ``data``), or the systems of ``bench/logs_blind.py``
    or ``bench/logs_blind2.py`` (generated, seeded: the same texts in every run)."""
    if which == "blind":
        from logs_blind import blind_systems

        return [system.raw for system in blind_systems()]
    if which == "blind2":
        from logs_blind2 import blind2_systems

        return [system.raw for system in blind2_systems()]
    root = data / "loghub_2k"
    return [(root / s / f"{s}_2k.log").read_text(encoding="utf-8", errors="replace") for s in SYSTEMS]


PHASES = ("read", "mine", "answer", "tool")  # each counts the one before it and more (``--phases``)


def run_tool(data: Path, passes: int, phase: str = "tool") -> None:
    """The measured work: ``passes`` passes of the tool over the 16 raw files (``phase``: up to which step; the
    default, the whole tool, runs exactly as before ``--phases`` existed, so its count compares with older ones)."""
    from genaiops.registry import ToolContext
    from genaiops.tools import load_tools

    texts = raw_texts(data, _chosen[0])
    if phase in ("read", "mine"):
        run_reader(texts, passes, mine=phase == "mine")
        return
    parse_logs = load_tools().get("parse_logs")
    ctx = ToolContext("bench", "logs", "bench-logs", now=datetime(2026, 1, 1, tzinfo=UTC), resources={})
    if phase == "answer":
        for _ in range(passes):
            for text in texts:
                parse_logs.invoke({"content": text, "max_line_chars": 100_000, "max_records": 0}, ctx)
        return
    for _ in range(passes):
        for text in texts:
            parse_logs.invoke({"content": text, "max_line_chars": 100_000}, ctx)


def run_reader(texts: list[str], passes: int, *, mine: bool) -> None:
    """``mine_log_text`` over the texts: reading and mining, or reading alone (a miner that mines nothing)."""
    from genaiops.tools.sre.logs import TemplateMiner, mine_log_text

    class Unmined(TemplateMiner):
        """Mines nothing: ``mine_log_text`` with it costs what reading the lines costs."""

        def add_ids(self, messages: list[str], shapes: list[str]) -> list[str]:
            return []

    for _ in range(passes):
        for text in texts:
            mine_log_text(text, max_line_chars=100_000, miner=None if mine else Unmined())


def warm(data: Path, phase: str = "tool") -> None:
    """Import everything once outside valgrind, so that bytecode written by the first counted run (a source
    changed since it was last compiled) is not compiled in one run and loaded in the other: that difference,
    ~1k a line for a changed miner, would be taken off the count."""
    subprocess.run([sys.executable, __file__, "--inner", "0", *_where(data), "--phase", phase], check=True)


_chosen = ["loghub"]  # the ``--set`` of this run, handed to the counted runs


def _where(data: Path) -> list[str]:
    """The arguments that name the texts of this run, for the runs it starts."""
    return ["--data", str(data), "--set", _chosen[0]]


def count(passes: int, data: Path, phase: str = "tool") -> int:
    """Instructions of one run of this file with ``passes`` passes (up to ``phase``), under cachegrind."""
    return instructions([sys.executable, __file__, "--inner", str(passes), *_where(data), "--phase", phase])


def per_line(data: Path, lines: int, phase: str = "tool") -> float:
    """Instructions a line of the passes after the first, up to ``phase``."""
    low, high = (count(n, data, phase) for n in PASSES)
    return (high - low) / ((PASSES[1] - PASSES[0]) * lines)


def print_phases(data: Path, lines: int, files: int) -> None:
    """Where a line's instructions go: each phase's count less the one before it."""
    counts = {phase: per_line(data, lines, phase) for phase in PHASES}
    records = RECORDS_PER_FILE * files
    steps = [("reading", counts["read"]), ("mining", counts["mine"] - counts["read"])]
    steps += [
        ("answer less records", counts["answer"] - counts["mine"]),
        ("records", counts["tool"] - counts["answer"]),
    ]
    for name, value in steps:
        print(f"{name:>20}: {value:>8,.0f} instructions a line")
    print(f"{'tool':>20}: {counts['tool']:>8,.0f} instructions a line")
    print(f"{'a record':>20}: {(counts['tool'] - counts['answer']) * lines / records:>8,.0f} instructions "
          f"({RECORDS_PER_FILE} records a file)")  # fmt: skip


RECORDS_PER_FILE = 500  # the tool's default ``max_records``


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    parser.add_argument("--phases", action="store_true", help="also count reading, mining, answer and records apart")
    parser.add_argument("--set", choices=SETS, default="loghub", help="texts to count on (default: Loghub 2k)")
    parser.add_argument("--inner", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=PHASES, default="tool", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    _chosen[0] = options.set
    if options.inner is not None:
        run_tool(options.data, options.inner, options.phase)
        return 0
    try:
        texts = raw_texts(options.data, options.set)
        lines = sum(len(text.splitlines()) for text in texts)
    except OSError as missing:
        print(f"error: {missing} (give --data DIR holding loghub_2k, see docs/data.md)", file=sys.stderr)
        return 2
    if valgrind_missing():
        return 2
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same string hashes in both runs: counts repeat exactly
    for phase in PHASES if options.phases else ("tool",):
        warm(options.data, phase)
    if options.phases:
        print_phases(options.data, lines, len(texts))
        return 0
    print(f"parse_logs tool: {per_line(options.data, lines):,.0f} instructions a line (cachegrind, {PASSES[1]} - "
          f"{PASSES[0]} passes x {lines:,} lines, set {options.set})")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
