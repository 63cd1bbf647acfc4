"""YAML texts already read, kept as their data between processes of the same home when the command line
asks for it (``genaiops.cli.kept_tables``): a resume reads the home's ``policy.yaml`` and the shipped guardrail
file, and importing PyYAML alone was ~87 M of its ~970 M instructions (cachegrind).

``genaiops.yamlfile.read_yaml`` asks ``recall`` before parsing a text and gives ``keep`` what it parsed. Only
what the reading is exactly rebuilt from is kept: a document of plain values (``marshal`` holds mappings, lists,
text, numbers, booleans and None with their exact types, and refuses a timestamp, which is then parsed each
time) with no duplicate key, read within the default limits, and its first line. Each recall unmarshals fresh
objects, so a caller that changes its data changes nobody else's. The lines of the values are not kept: a
reading that is asked for a place (an error, a warning) parses the text then (``Source.place``). Nothing is kept
or recalled unless ``ON`` is set: a library user, the server and the tests parse every text.
"""

from __future__ import annotations

import marshal
from typing import Any

__all__ = ["LONGEST", "ON", "TABLE", "NEW", "keep", "recall"]

LONGEST = 65_536
"""Texts longer than this (a large scenario) are not kept: the table stays small to load."""
ON = [False]
TABLE: dict[str, bytes] = {}
"""text -> ``marshal.dumps((data, root_line))``."""
NEW: list[str] = []
"""Texts kept by this process (what the table file lacks)."""


def recall(text: str) -> tuple[Any, int] | None:
    """``(data, root_line)`` of ``text`` read before (fresh objects), or None."""
    kept = TABLE.get(text) if ON[0] else None
    return None if kept is None else marshal.loads(kept)


def keep(text: str, data: Any, root_line: int) -> None:
    """Keep the reading of ``text`` (plain values only: see the module docstring)."""
    if not ON[0] or len(text) > LONGEST or text in TABLE:
        return
    try:
        TABLE[text] = marshal.dumps((data, root_line))
    except ValueError:  # a value marshal does not hold (a timestamp): parsed each time
        return
    NEW.append(text)
