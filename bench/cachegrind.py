"""Instructions a command runs, counted by cachegrind, for the benchmarks that count them (wall and CPU time on
a shared machine move by a third between runs; instruction counts barely move). Needs ``valgrind``."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

__all__ = ["instructions", "valgrind_missing"]


def valgrind_missing() -> bool:
    """True (and says so on stderr, with how to install it) when valgrind is not on the PATH."""
    if shutil.which("valgrind") is not None:
        return False
    print("error: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
    return True


def instructions(command: list[str]) -> int:
    """The instructions ``command`` ran under ``valgrind --tool=cachegrind --cache-sim=no`` (its ``I refs``);
    exits with the end of its error output when it failed."""
    tool = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"]
    done = subprocess.run(tool + command, capture_output=True, text=True, check=False)
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if done.returncode or found is None:
        raise SystemExit(f"error: cachegrind run failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))
