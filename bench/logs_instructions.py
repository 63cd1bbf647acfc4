"""Instructions per line of the ``parse_logs`` tool, counted by cachegrind (CPU time on a shared machine moves by
a third between runs; instruction counts by a few tens a line).

Run: ``python bench/logs_instructions.py [--data DIR]`` (needs ``valgrind``). It runs itself twice under
``valgrind --tool=cachegrind --cache-sim=no``: each run loads the tools and reads the 16 Loghub 2k raw files, then
passes them through the tool 1 or 3 times as ``bench/logs.py`` does (``max_line_chars`` 100,000); the difference of
the two counts over 2 x 32,000 lines is printed (start-up and the first pass's one-off costs cancel; the modules are
imported once before, so that both runs load the same bytecode, and PYTHONHASHSEED is 0 unless set). To compare
two checkouts, run it with each checkout's Python from that checkout (bytecode compiled in both: ``python -m
compileall -q genaiops``). Sessions 12 and 13 measured the same way, by hand.
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


def raw_texts(data: Path) -> list[str]:
    root = data / "loghub_2k"
    return [(root / s / f"{s}_2k.log").read_text(encoding="utf-8", errors="replace") for s in SYSTEMS]


def run_tool(data: Path, passes: int) -> None:
    """The measured work: ``passes`` passes of the tool over the 16 raw files."""
    from genaiops.registry import ToolContext
    from genaiops.tools import load_tools

    texts = raw_texts(data)
    parse_logs = load_tools().get("parse_logs")
    ctx = ToolContext("bench", "logs", "bench-logs", now=datetime(2026, 1, 1, tzinfo=UTC), resources={})
    for _ in range(passes):
        for text in texts:
            parse_logs.invoke({"content": text, "max_line_chars": 100_000}, ctx)


def warm(data: Path) -> None:
    """Import everything once outside valgrind, so that bytecode written by the first counted run (a source
    changed since it was last compiled) is not compiled in one run and loaded in the other: that difference,
    ~1k a line for a changed miner, would be taken off the count."""
    subprocess.run([sys.executable, __file__, "--inner", "0", "--data", str(data)], check=True)


def count(passes: int, data: Path) -> int:
    """Instructions of one run of this file with ``passes`` passes, under cachegrind."""
    return instructions([sys.executable, __file__, "--inner", str(passes), "--data", str(data)])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(), help="folder of the public evaluation sets")
    parser.add_argument("--inner", type=int, default=None, help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.inner is not None:
        run_tool(options.data, options.inner)
        return 0
    try:
        lines = sum(len(text.splitlines()) for text in raw_texts(options.data))
    except OSError as missing:
        print(f"error: {missing} (give --data DIR holding loghub_2k, see docs/data.md)", file=sys.stderr)
        return 2
    if valgrind_missing():
        return 2
    os.environ.setdefault("PYTHONHASHSEED", "0")  # the same string hashes in both runs: counts repeat exactly
    warm(options.data)
    low, high = (count(n, options.data) for n in PASSES)
    per_line = (high - low) / ((PASSES[1] - PASSES[0]) * lines)
    print(f"parse_logs tool: {per_line:,.0f} instructions a line (cachegrind, {PASSES[1]} - {PASSES[0]} passes x "
          f"{lines:,} lines)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
