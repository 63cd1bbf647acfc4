"""`genaiops scenario validate` on references that walk into a tool's list or text results, as a person writes
them by guess: `${m.values.len}` or `${m.service.upper}` validated, then the run failed at that task. Validation
now refuses them at file:line (a list's items are `.0`, `.1`, ...; a text or number has no fields), and still
accepts what resolves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

GENAIOPS = Path(sys.executable).parent / "genaiops"
HEAD = """\
name: refs
tasks:
  - {id: m, tool: synthetic_metric, args: {service: checkout, points: 60, baseline_ms: 120}}
  - {id: s, tool: summarize_series, args: {values: "${m.values}", tail: 30}}
"""


def genaiops(*args: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "250"}
    out = subprocess.run([GENAIOPS, *map(str, args)], capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in out.stdout + out.stderr, out.stdout + out.stderr
    return out


BAD = [
    pytest.param("${m.values.len}", "${m.values.len}: m.values is a list (synthetic_metric's values)",
                 id="list-attribute"),
    pytest.param("${m.values.0.x}", "${m.values.0.x}: m.values.0 is a number or text (synthetic_metric's values)",
                 id="past-an-item"),
    pytest.param("${m.service.upper}", "${m.service.upper}: m.service is a number or text (synthetic_metric's",
                 id="text-field"),
]  # fmt: skip


@pytest.mark.parametrize(("ref", "fragment"), BAD)
def test_a_reference_past_a_list_or_text_is_refused_at_its_line(tmp_path, ref, fragment):
    """Exit 2 at the task's line naming the part and what stands there, with the item syntax as the hint."""
    path = tmp_path / "refs.yaml"
    path.write_text(HEAD + f'  - {{id: use, tool: echo, args: {{value: "{ref}"}}}}\n', encoding="utf-8")
    out = genaiops("scenario", "validate", path)
    said = " ".join(out.stderr.split())
    assert out.returncode == 2 and f"{path}:5: tasks[2].args.value: {fragment}" in said, said


@pytest.mark.parametrize("ref", ["${m.values.0}", "${m.values}", "${s.count}", "${m.service}"])
def test_what_resolves_still_validates_and_runs(tmp_path, ref):
    """An item of a list, a whole list, a field: valid, and the run succeeds."""
    path = tmp_path / "refs.yaml"
    path.write_text(HEAD + f'  - {{id: use, tool: echo, args: {{value: "{ref}"}}}}\n', encoding="utf-8")
    assert genaiops("scenario", "validate", path).returncode == 0
    assert genaiops("run", path).returncode == 0
