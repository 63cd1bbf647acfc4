"""A reference past the end of a list a task returned, as `genaiops run` reports it: the item asked for and how
many the list holds, an empty one said as such (the shipped Prometheus triage on a healthy estate read
"rank.candidates has no '0' (it has: list)")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

GENAIOPS = Path(sys.executable).parent / "genaiops"
SCENARIO = """\
name: refs
tasks:
  - {id: none, tool: echo, args: {value: []}}
  - {id: first, tool: echo, args: {value: "${none.value.0}"}}
  - {id: two, tool: echo, args: {value: [1, 2]}}
  - {id: sixth, tool: echo, args: {value: "${two.value.5}"}}
"""


def test_an_index_past_a_lists_end_names_the_item_and_the_lists_size(tmp_path) -> None:
    """`${none.value.0}` of an empty list and `${two.value.5}` of a two-item list fail their tasks with messages
    that say which item and what the list holds."""
    path = tmp_path / "refs.yaml"
    path.write_text(SCENARIO, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(tmp_path), GENAIOPS_HOME=str(tmp_path / "home"), COLUMNS="200")
    result = subprocess.run([str(GENAIOPS), "run", str(path)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1, result.stdout + result.stderr
    out = result.stdout + result.stderr
    assert "${none.value.0}: none.value has no item 0 (no items: it is an empty list)" in out, out
    assert "${two.value.5}: two.value has no item 5 (items 0 to 1)" in out, out
    assert "(it has: list)" not in out
