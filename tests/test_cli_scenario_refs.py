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


EXPECT = """\
name: expecting
tasks:
  - {id: m, tool: synthetic_metric, args: {service: checkout, points: 60, baseline_ms: 120}}
  - {id: s, tool: summarize_series, args: {values: "${m.values}", tail: 30}}
expect:
  tasks: {s: succeded}
  outputs: {s.cout: 30, m.values.len: 3, m.service: checkout}
"""


def test_expect_typos_are_refused_before_the_run(tmp_path):
    """`expect:` naming an output the tool has not, or a task status that does not exist, is exit 2 at its
    line before anything runs; it ran the scenario and exited 1 ("not as expected"), which CI reads as a
    behaviour change rather than a typo in the file."""
    path = tmp_path / "expecting.yaml"
    path.write_text(EXPECT, encoding="utf-8")
    out = genaiops("scenario", "validate", path)
    said = " ".join(out.stderr.split())
    assert out.returncode == 2, said
    assert f"{path}:6: expect.tasks.s: `expect.tasks` s: unknown status 'succeded' (did you mean 'succeeded'?)" in said
    assert (
        f"{path}:7: expect.outputs.s.cout: `expect.outputs` ${{s.cout}}: summarize_series has no output 'cout'"
        " (did you mean 'count'?)" in said
    ), said
    assert "${m.values.len}: m.values is a list" in said, said
    assert "m.service" not in said.replace("m.service is", ""), said
    ran = genaiops("scenario", "test", path)
    assert ran.returncode == 2, ran.stdout + ran.stderr


TYPO = """\
name: typo
params:
  folds: {type: integer, default: 3}
  tail: {type: integer, default: "30"}
  limit: {type: integer, default: three}
tasks:
  - {id: m, tool: synthetic_metric, args: {service: checkout, points: "${params.fold}", baseline_ms: 120}}
  - {id: s, tool: summarize_series, args: {values: "${m.values}", tail: "${params.tail}"}, when: "${params.fold} > 1"}
  - {id: c, tool: check_threshold, args: {value: 1, limit: "${params.limit}"}}
"""


def test_a_parameter_typo_is_one_problem_not_also_got_none(tmp_path):
    """`${params.fold}` (declared: folds) and a default of the wrong type are each said once, where they are:
    not again as "argument points: Input should be a valid integer (got None)" at every use."""
    path = tmp_path / "typo.yaml"
    path.write_text(TYPO, encoding="utf-8")
    out = genaiops("scenario", "validate", path, "--set", "folds=4")
    said = out.stderr
    assert out.returncode == 2, said
    assert "unknown parameter 'fold' in '${params.fold}' (did you mean 'folds'?)" in said, said
    assert "default 'three' is not a whole number" in said, said
    assert "got None" not in said and "valid integer" not in said, said


def test_a_quoted_default_says_to_drop_the_quotes(tmp_path):
    """`default: "30"` for an integer: the problem says it is text because of its quotes, and how to write it
    (it said "default '30' is not a whole number, e.g. 3", which reads as nonsense)."""
    path = tmp_path / "quoted.yaml"
    path.write_text(
        'name: q\nparams:\n  tail: {type: integer, default: "30"}\n  enabled: {type: boolean, default: "true"}\n'
        'tasks:\n  - {id: a, tool: echo, args: {value: "${params.tail} ${params.enabled}"}}\n',
        encoding="utf-8",
    )
    said = genaiops("scenario", "validate", path).stderr
    assert f"{path}:3: params.tail.default: default '30' is text (it is quoted)" in said, said
    assert "hint: write it without quotes: default: 30" in said and "default: true" in said, said


@pytest.mark.parametrize("word", ["on", "off", "yes", "No"])
def test_a_key_yaml_reads_as_a_boolean_is_named(tmp_path, word):
    """`on:` as a parameter's name: YAML 1.1 reads it as true, and editors (YAML 1.2) as text. The problem names
    the word, its line and the quotes that keep it a name; it said "parameter name True is not a name"."""
    path = tmp_path / "on.yaml"
    path.write_text(
        f"name: q\nparams:\n  {word}: {{type: boolean, default: true}}\n"
        f'tasks:\n  - {{id: a, tool: echo, args: {{value: "${{params.{word}}}"}}}}\n',
        encoding="utf-8",
    )
    out = genaiops("scenario", "validate", path)
    said = out.stderr
    assert out.returncode == 2, said
    meant = "true" if word.lower() in ("on", "yes") else "false"
    assert f"{path}:3: params.{word}: the key {word} is read by YAML as {meant}" in said, said
    assert f"quote it: '{word}':" in said and "is not a name" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "name: x\ntasks:\n  - id: a\n    tool: echo\n  -\u00a0id: b\n    tool: echo\n",
        "name: x\ntasks:\n  - id: a\n\u00a0   tool: echo\n",
    ],
    ids=["after-dash", "indent"],
)
def test_a_non_breaking_space_is_named(tmp_path, text):
    """A non-breaking space pasted from a chat or a web page where YAML needs a space: the message names it and
    its line and column; it said "check the indentation"."""
    path = tmp_path / "nbsp.yaml"
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "\u00a0" in row)
    column = text.splitlines()[line - 1].index("\u00a0") + 1
    said = genaiops("scenario", "validate", path).stderr
    assert f"{path}:{line}:" in said and f"a non-breaking space (U+00A0, column {column})" in said, said
    assert "replace it with a plain space" in said, said


def test_a_params_block_that_is_not_a_mapping_says_each_use_once(tmp_path):
    """`params: [a]`: the block's shape, then each `${params.a}` once (the reference check said it again)."""
    path = tmp_path / "plist.yaml"
    path.write_text('name: x\nparams: [a]\ntasks:\n  - {id: a, tool: echo, args: {value: "${params.a}"}}\n')
    said = genaiops("scenario", "validate", path).stderr
    assert "expected a mapping" in said and said.count("unknown parameter") == 1, said
