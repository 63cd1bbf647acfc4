"""Mangled and hostile YAML: every outcome is a valid graph (or policy, guardrail config, suite, recording) or a
clear error at `file:line`, never a traceback, a hang or a blow-up; each class of crash a fuzzer once found is
pinned here by name."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import genaiops.yamlfile as source_module
from genaiops.errors import GraphValidationError, SpecError
from genaiops.graphs import parse_scenario
from genaiops.safety import ApprovalPolicy
from genaiops.tools import load_tools
from genaiops.yamlfile import YamlLimits, read_yaml

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted((REPO / "scenarios").glob("*.yaml"))
GENAIOPS = Path(sys.executable).parent / "genaiops"
FILE = "fuzz.yaml"
LONGEST_LINE = 600  # no line of an error message is longer: echoed values are cut short
MUTANTS_PER_FILE = 300


@pytest.fixture(scope="module")
def registry():
    return load_tools()


@pytest.fixture(params=["libyaml", "pure-python"])
def loader(request, monkeypatch):
    """Both YAML parsers give the same answers: libyaml when installed, PyYAML's own otherwise."""
    if request.param == "pure-python":
        monkeypatch.setattr(source_module, "LOADER", yaml.SafeLoader)
    elif not hasattr(yaml, "CSafeLoader"):
        pytest.skip("libyaml is not installed")
    return request.param


def outcome(text: str, registry) -> str:
    """'valid', or the error's message (checked short per line); anything else propagates and fails the test."""
    try:
        parse_scenario(text, registry, ApprovalPolicy(), file=FILE)
    except (SpecError, GraphValidationError) as exc:
        message = str(exc)
        long = [line for line in message.splitlines() if len(line) > LONGEST_LINE]
        assert not long, f"an error line of {len(long[0]):,} characters: {long[0][:300]}"
        return message
    return "valid"


# --- the fuzzer: seeded mutations of the shipped scenarios --------------------------------------------------

ODD_CHARS = "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\ufeff\u2028\ud7ff\U0001f600\"'[]{}:,&*!%@`|>#-?\t\n "
ODD_SCALARS = [
    "2024-13-01",
    "2024-02-30",
    "2026-11-27T25:61:00Z",
    "!!int abc",
    "!!float x",
    "!!bool maybe",
    "!!timestamp yesterday",
    "!!binary ###",
    "!!python/object/apply:os.system ['true']",
    "!custom {a: 1}",
    "!!set {a, b}",
    ".nan",
    "-.inf",
    "1e999",
    "0x",
    "0o99",
    "1:30:00",
    "~",
    "''",
    "9" * 5000,
    "x" * 100_000,
    '"\\x00\\u2028"',
    "<<",
    "[" * 101 + "]" * 101,
    "*nowhere",
    "&lonely",
]


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def flip_char(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text))
    return text[:i] + rng.choice(ODD_CHARS) + text[i + 1 :]


def delete_span(rng: random.Random, text: str) -> str:
    i = rng.randrange(len(text))
    return text[:i] + text[i + rng.randint(1, 40) :]


def duplicate_lines(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.randrange(len(lines))
    chunk = lines[i : i + rng.randint(1, 6)]
    j = rng.randrange(len(lines) + 1)
    return "".join(lines[:j] + chunk + lines[j:])


def reindent(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.randrange(len(lines))
    line = lines[i]
    stripped = line.lstrip(" ")
    width = max(0, len(line) - len(stripped) + rng.choice([-4, -2, -1, 1, 2, 4]))
    lines[i] = ("\t" if rng.random() < 0.1 else " " * width) + stripped
    return "".join(lines)


def _value_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")]


def odd_scalar(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.choice(_value_lines(lines))
    head = lines[i].split(": ", 1)[0]
    lines[i] = f"{head}: {rng.choice(ODD_SCALARS)}\n"
    return "".join(lines)


def anchor_alias(rng: random.Random, text: str) -> str:
    """An anchor on one value and an alias to it on another (before, after or inside it: recursive)."""
    lines = _lines(text)
    at = _value_lines(lines)
    i, j = rng.choice(at), rng.choice(at)
    head, value = lines[i].split(": ", 1)
    lines[i] = f"{head}: &x{i} {value}" if value.strip() else f"{head}: &x{i}\n"
    head = lines[j].split(": ", 1)[0]
    lines[j] = f"{head}: *x{i}\n"
    return "".join(lines)


def merge_key(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.choice(_value_lines(lines))
    indent = len(lines[i]) - len(lines[i].lstrip(" ").lstrip("- "))
    lines.insert(i + 1, " " * indent + rng.choice(["<<: {retry: {attempts: 2}}\n", "<<: *x0\n", "<<: [1, 2]\n"]))
    return "".join(lines)


def odd_key(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.choice(_value_lines(lines))
    indent = len(lines[i]) - len(lines[i].lstrip(" ").lstrip("- "))
    key = rng.choice(["[a, b]: 1", "{a: 1}: 2", "? [x]\n: 3", "? {y: 1}\n: 4", "1: one", "null: x", "2024-01-01: d"])
    lines.insert(i + 1, "".join(" " * indent + part + "\n" for part in key.split("\n")))
    return "".join(lines)


def deep_nesting(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    i = rng.choice(_value_lines(lines))
    depth = rng.choice([20, 99, 101, 3000])
    head = lines[i].split(": ", 1)[0]
    value = "[" * depth + "1" + "]" * depth if rng.random() < 0.5 else "{a: " * depth + "1" + "}" * depth
    lines[i] = f"{head}: {value}\n"
    return "".join(lines)


ODD_CONDITIONS = [
    "not " * 3000 + "true",
    "-" * 20_000 + "1",
    "(" * 300 + "1" + ")" * 300,
    "-'a'",
    "1 < 'a'",
    "1 in 2",
    "__import__('os')",
    "${nowhere.value} > 1",
    "${" + "a" * 5000 + ".b}",
    "${canary_summary.p99} >",
    "false",
]


def odd_condition(rng: random.Random, text: str) -> str:
    lines = _lines(text)
    starts = [i for i, line in enumerate(lines) if line.startswith("  - id: ")] or [0]
    condition = rng.choice(ODD_CONDITIONS).replace('"', '\\"')
    lines.insert(rng.choice(starts) + 1, f'    when: "{condition}"\n')
    return "".join(lines)


def alias_bomb(rng: random.Random, text: str) -> str:
    width, levels = rng.choice([(9, 9), (9, 6), (4, 8), (2, 30)])
    bomb = [f"x0: &b0 [{', '.join(['lol'] * width)}]\n"]
    bomb += [f"x{k}: &b{k} [{', '.join([f'*b{k - 1}'] * width)}]\n" for k in range(1, levels)]
    return "".join(bomb) + text


MUTATIONS: list[Callable[[random.Random, str], str]] = [
    flip_char,
    delete_span,
    duplicate_lines,
    reindent,
    odd_scalar,
    anchor_alias,
    merge_key,
    odd_key,
    deep_nesting,
    odd_condition,
    alias_bomb,
]


def mutants(seed_file: Path, count: int, seed: int):
    """``count`` mutants of a shipped scenario, each one to three seeded mutations deep."""
    text = seed_file.read_text(encoding="utf-8")
    rng = random.Random(seed)
    for n in range(count):
        mutated = text
        for _ in range(rng.choice([1, 1, 2, 3])):
            mutated = rng.choice(MUTATIONS)(rng, mutated) or text
        yield n, mutated


@pytest.mark.parametrize("shipped", SHIPPED, ids=[p.name for p in SHIPPED])
def test_fuzzed_scenarios_are_valid_or_a_clear_error(registry, shipped):
    """Hundreds of mutants of a shipped scenario each end as a valid graph or a SpecError/GraphValidationError
    whose lines are all short: no other exception, whatever the mutation."""
    outcomes = []
    for n, text in mutants(shipped, MUTANTS_PER_FILE, seed=sum(map(ord, shipped.name))):
        try:
            outcomes.append(outcome(text, registry))
        except Exception as exc:  # the report names the mutant, so the failure can be replayed
            pytest.fail(f"mutant {n} of {shipped.name}: {type(exc).__name__}: {exc}\n--- text ---\n{text[:3000]}")
    assert "valid" in outcomes and len(set(outcomes)) > MUTANTS_PER_FILE // 3  # the mutations reach validation


# --- each crash class, by name ------------------------------------------------------------------------------

TASK = "name: x\ntasks:\n  - id: a\n    tool: noop\n"


def bomb(width: int, levels: int) -> str:
    lines = [f"a: &a [{','.join(['lol'] * width)}]"]
    names = "abcdefghijklmnop"
    for k in range(1, levels):
        lines.append(f"{names[k]}: &{names[k]} [{','.join(['*' + names[k - 1]] * width)}]")
    return "\n".join(lines) + "\n" + TASK


REGRESSIONS = [
    pytest.param(
        "name: x\ntasks: &t\n  - id: a\n    tool: noop\n    args: {value: *t}\n",
        "fuzz.yaml:5: tasks[0].args.value: alias *t refers to a value that contains it",
        id="recursive-alias",
    ),
    pytest.param(
        "name: x\nloops: &l\n  - {id: l, body: *l, until: 'true', max_iterations: 1}\n" + TASK[8:],
        "fuzz.yaml:3: loops[0].body: alias *l refers to a value that contains it",
        id="recursive-alias-flow",
    ),
    pytest.param(
        TASK + "    args: {value: " + "[" * 3000 + "]" * 3000 + "}\n",
        ("fuzz.yaml:5: ", "nested more than 100 levels deep"),  # libyaml stops at its own bound (1,000) first
        id="nesting-3000-flow",
    ),
    pytest.param(
        "name: x\ntasks:\n" + "".join("  " * k + "- \n" for k in range(1, 3001)),
        "fuzz.yaml:102: tasks[0][0][0]",  # the 101st level
        id="nesting-3000-block",
    ),
    pytest.param(
        TASK + "    args: {[1, 2]: 3}\n",
        "fuzz.yaml:5: tasks[0].args: a mapping key must be a single value, not a list",
        id="unhashable-key-list",
    ),
    pytest.param(
        "name: x\n? {a: 1}\n: 2\ntasks: []\n",
        "fuzz.yaml:2: a mapping key must be a single value, not a mapping",
        id="unhashable-key-mapping",
    ),
    pytest.param(
        "name: x\n*k : 1\ntasks: []\n",
        "fuzz.yaml:2: alias *k names no anchor defined before it",
        id="undefined-alias",
    ),
    pytest.param(
        "name: x\nk: &k [1]\n*k : 1\ntasks: []\n",
        "fuzz.yaml:3: a mapping key must be a single value, not a list",
        id="alias-to-a-list-as-key",
    ),
    pytest.param(
        "name: x\ntasks:\n  - tool: noop\n  - id: b\n    tool: noop\n    after: [a]\n",
        "fuzz.yaml:3: tasks[0].id: missing required key 'id'",
        id="task-without-id-referenced",
    ),
    pytest.param(
        "name: x\ntasks:\n  - tool: noop\n  - id: b\n    tool: noop\n    args: {value: '${a.value}'}\n"
        "loops: [{id: l, body: [a, {x: 1}], until: 'true', max_iterations: 1}]\n",
        "fuzz.yaml:3: tasks[0].id: missing required key 'id'",
        id="task-without-id-in-loop-body",
    ),
    pytest.param(
        "name: x\x01\ntasks: []\n",
        "fuzz.yaml:1: a control character (\\x01), which YAML does not allow; remove it, or write it as an "
        'escape inside double quotes ("\\x01")',
        id="control-character",
    ),
    pytest.param(
        "name: x\ntasks: []\ndescription: caf\u00e9 \x85\x07\n",
        "fuzz.yaml:3: a control character (\\x07)",
        id="control-character-after-multibyte",
    ),
    pytest.param(
        "name: x\nat: 2024-13-01\n" + TASK[8:],
        "fuzz.yaml:2: at: '2024-13-01' is not a valid timestamp: month must be in 1..12",
        id="impossible-month",
    ),
    pytest.param(
        TASK + "    args: {value: 2024-02-30}\n",
        "fuzz.yaml:5: tasks[0].args.value: '2024-02-30' is not a valid timestamp: day is out of range for month",
        id="impossible-day",
    ),
    pytest.param(
        TASK + "    args: {value: !!int abc}\n",
        "fuzz.yaml:5: tasks[0].args.value: 'abc' is not a valid int",
        id="explicit-tag-bad-value",
    ),
    pytest.param(
        TASK + "    args: {value: !!python/object/apply:os.system [true]}\n",
        "fuzz.yaml:5: tasks[0].args.value: unknown tag !!python/object/apply:os.system; remove the tag",
        id="python-tag",
    ),
    pytest.param(
        TASK + "    args: {value: " + "9" * 5000 + "}\n",
        "fuzz.yaml:5: tasks[0].args.value: '9999",
        id="integer-too-long",
    ),
    pytest.param(
        TASK + "    when: '" + "not " * 3000 + "true'\n",
        "fuzz.yaml:5: tasks[0].when: 'not not not",
        id="condition-nested-3000",
    ),
    pytest.param(
        TASK + "    when: '" + "-" * 20_000 + "1'\n",
        "nests more than 100 levels; write it flatter",
        id="condition-nested-20000",
    ),
    pytest.param(
        TASK + "    when: \"1 < 'a'\"\n",
        "fuzz.yaml:5: tasks[0].when: condition \"1 < 'a'\" cannot be evaluated",
        id="constant-condition-type-error",
    ),
    pytest.param(
        TASK + "---\n" + TASK,
        "fuzz.yaml:5: a second YAML document",
        id="two-documents",
    ),
    pytest.param(bomb(9, 7), "fuzz.yaml:6: f[0]: aliases repeat more than 100,000 values", id="alias-bomb-7-levels"),
    pytest.param(bomb(9, 9), "fuzz.yaml:6: f[0]: aliases repeat more than 100,000 values", id="alias-bomb-9-levels"),
]


@pytest.mark.parametrize(("text", "expected"), REGRESSIONS)
def test_crash_classes_are_clear_errors(registry, loader, text, expected):
    """Each class of input that once raised a traceback (RecursionError, TypeError, AttributeError,
    ReaderError, ValueError) or ran for minutes is now one error naming the file, line and field."""
    message = outcome(text, registry)
    for fragment in expected if isinstance(expected, tuple) else (expected,):
        assert fragment in message, message


def test_alias_bomb_is_refused_at_the_alias_that_crosses_the_limit(registry):
    """A 9 x 9 alias bomb (387 million values) is refused at the line of the first alias past the documented
    limit, where a smaller one that stays under it is a valid document whose values are shared."""
    text = bomb(9, 9)
    assert len(text.encode()) < 400
    message = outcome(text, registry)
    assert message.startswith("fuzz.yaml:6: f[0]: aliases repeat more than 100,000 values"), message
    small = read_yaml(bomb(9, 4))  # 6,561 values repeated: well under
    assert len(small.data["d"]) == 9 and small.data["d"][0] is small.data["c"]  # shared, not copied


def test_documented_limits_bound_values_aliases_and_depth(loader):
    """The limits are exact: a document at a limit is read, one value (or level) more is refused."""
    three = "[1, 2]\n"  # a list and two numbers: three values
    assert read_yaml(three, limits=YamlLimits(values=3)).data == [1, 2]
    with pytest.raises(SpecError, match="holds more than 2 values"):
        read_yaml(three, limits=YamlLimits(values=2))
    aliased = "a: &a [1, 2]\nb: *a\nc: *a\n"  # each alias repeats three values
    assert read_yaml(aliased, limits=YamlLimits(aliased=6)).data["c"] == [1, 2]
    with pytest.raises(SpecError, match=r"<spec>:3: c: aliases repeat more than 5 values"):
        read_yaml(aliased, limits=YamlLimits(aliased=5))
    deep = "[" * 100 + "]" * 100
    assert read_yaml(deep).data is not None  # the default depth limit is 100
    with pytest.raises(SpecError, match="nested more than 100 levels deep"):
        read_yaml("[" + deep + "]")
    through_alias = "a: &a [[[1]]]\nb: [[*a]]\n"  # b is 2 + 3 levels deep inside the top mapping: 6
    assert read_yaml(through_alias, limits=YamlLimits(depth=6)).data["b"] == [[[[[1]]]]]
    with pytest.raises(SpecError, match=r"<spec>:2: b\[0\]\[0\]: mappings and lists nested more than 5"):
        read_yaml(through_alias, limits=YamlLimits(depth=5))


def test_yaml_features_still_read_as_yaml_says(loader):
    """Typed scalars, quoting, anchors, merge keys and duplicate keys read as PyYAML's safe_load reads them."""
    text = (
        "ints: [1, 0o17, 0x1f, 1_000, -3, 0]\nfloats: [1.5, .inf, 1e3]\nflags: [true, no, ~, null]\n"
        "quoted: ['1', \"true\", '2024-01-01']\nwhen: 2024-01-02 03:04:05Z\nday: 2024-01-02\n"
        "base: &base {tool: noop, retry: {attempts: 2}}\ntask:\n  <<: *base\n  tool: echo\n"
        "both:\n  <<: [{a: 1}, {a: 2, b: 3}]\n  c: 4\nbytes: !!binary aGk=\ntext: !!str 12\n"
    )
    assert read_yaml(text).data == yaml.safe_load(text)
    words = "yes Yes NO on Off true FALSE null Null ~ y n tool noop t123 nulls offset .inf .NaN -.inf +1 -0 017 09 "
    words += "0x_1f 1_000 1:20 1.5e3 1e3 0b101 +.5 2024-01-01t10:00:00.5+01:00 1.0 -1.5 9223372036854775808"
    scalars = "".join(f"- {word}\n" for word in words.split()) + "- \n"
    read, expected = read_yaml(scalars).data, yaml.safe_load(scalars)
    assert [(type(v), v) for v in read] == [(type(v), v) for v in expected]
    dup = read_yaml("a: 1\nb: 2\na: 3\n")
    assert dup.data == {"a": 3, "b": 2}
    assert [(p.place.line, p.place.field) for p in dup.duplicates] == [(3, "a")]


def test_echoed_values_are_cut_short(registry):
    """A megabyte-long value, key or task name is echoed in a few dozen characters with its length."""
    huge = "x" * 1_000_000
    text = (  # a key longer than 1,024 characters must be an explicit one (`? key`)
        f"name: x\ntasks:\n  - id: a\n    tool: noop\n    args: {{value: {huge}}}\n"
        f"  - id: b\n    tool: noop\n    after: [{huge}]\n  - id: c\n    tool: {huge}\n    ? {huge}\n    : 1\n"
    )
    message = outcome(text, registry)
    assert message.count("(1,000,000 characters)") >= 4, message
    assert len(message) < 3_000


def test_a_large_chain_validates(registry):
    """A 20,000-task chain written out in YAML validates, every task planned in order (its speed is measured
    by bench/engine.py, not asserted here)."""
    lines = ["name: chain", "tasks:", "  - {id: t0, tool: noop, args: {value: 0}}"]
    lines += [f"  - {{id: t{i}, tool: noop, args: {{value: {i}}}, after: [t{i - 1}]}}" for i in range(1, 20_000)]
    spec, plan = parse_scenario("\n".join(lines) + "\n", registry, ApprovalPolicy(), file=FILE)
    assert len(spec.tasks) == 20_000
    assert plan.order[:3] == ["t0", "t1", "t2"] and plan.order[-1] == "t19999"


def test_many_cycles_are_reported_one_per_group(registry):
    """Fifteen tasks each after all the others (billions of elementary cycles) are one problem naming a
    shortest cycle through the first task, not an enumeration that never ends."""
    ids = [f"t{i}" for i in range(15)]
    tasks = "".join(f"  - {{id: {t}, tool: noop, after: [{', '.join(x for x in ids if x != t)}]}}\n" for t in ids)
    with pytest.raises(GraphValidationError) as info:
        parse_scenario("name: x\ntasks:\n" + tasks, registry, ApprovalPolicy(), file=FILE)
    assert [p.message for p in info.value.problems] == ["unbounded cycle t0 -> t1 -> t0"]


# --- the command line, through its process ------------------------------------------------------------------


CLI_CASES = [
    "recursive-alias",
    "nesting-3000-block",
    "unhashable-key-mapping",
    "task-without-id-referenced",
    "control-character",
    "impossible-month",
    "alias-bomb-9-levels",
]


def _cli_sample(tmp_path: Path) -> list[Path]:
    """One file per crash class, a byte-level mutant that is not UTF-8, and a shipped scenario (each process
    costs a second of start-up, so the rest of the fuzzing runs in-process above)."""
    cases = {case.id: case.values[0] for case in REGRESSIONS}
    out = []
    for name in CLI_CASES:
        out.append(tmp_path / f"{name}.yaml")
        out[-1].write_text(cases[name], encoding="utf-8")
    mutated = bytearray(SHIPPED[0].read_bytes())
    rng = random.Random(7)
    for _ in range(4):
        mutated[rng.randrange(len(mutated))] = rng.randrange(128, 256)
    out.append(tmp_path / "not-utf8.yaml")
    out[-1].write_bytes(bytes(mutated))
    return [*out, SHIPPED[0]]


def test_cli_validate_exits_0_or_2_without_traceback(tmp_path):
    """`genaiops scenario validate FILE` on hostile files exits 2 with a one-message error (0 for a valid
    file), never a traceback; the processes run side by side to keep the test short."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env.update(HOME=str(tmp_path), GENAIOPS_HOME=str(tmp_path / "home"), COLUMNS="200")
    files = _cli_sample(tmp_path)
    procs = [
        (
            path,
            subprocess.Popen(
                [str(GENAIOPS), "scenario", "validate", str(path)],
                env=env,
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            ),
        )
        for path in files
    ]
    codes = {}
    for path, proc in procs:
        stdout, stderr = proc.communicate(timeout=120)
        assert "Traceback" not in stderr + stdout, f"{path.name}:\n{stderr}"
        assert proc.returncode in (0, 2), f"{path.name}: exit {proc.returncode}\n{stderr}"
        if proc.returncode == 2:
            assert stderr.startswith("error: ") and re.search(rf"{re.escape(str(path))}:\d+: ", stderr), stderr
        codes[path.name] = proc.returncode
    assert codes == {**{path.name: 2 for path in files[:-1]}, SHIPPED[0].name: 0}


# --- the other files read by the same loader: policy, guardrails, suites, recordings, SLOs, alert rules... ----

POLICY = """tiers:
  medium: {approvals: 1, expires_after_hours: 12}
  high: {approvals: 2, expires_after_hours: 4}
approver_roles: [operator, sre_oncall]
gated_actions: [deploys, remediates]
tools:
  apply_change: {risk: high, roles: [release_manager]}
  restart_service: {auto: false}
people:
  alice: [operator]
  bob: [sre_oncall, operator]
allow_scripted: true
"""
LLMOPS = REPO / "scenarios" / "llmops"


SLOS = """slos:
  - name: search-availability
    sli: {type: ratio, bad: 'sum(rate(http_requests_total{code=~"5.."}[1m]))', total: request_rate}
    objective: availability
    service: search
    target: 99.5
    description: the search API answers
  - name: search-latency
    sli: {type: threshold, metric: latency_p99_ms, below: 300}
    objective: latency
    service: search
    window: 7d
    target: 98
    alerts:
      - {severity: page, long: 1h, short: 5m, burn_rate: 14.4}
      - {severity: ticket, long: 6h, short: 30m, burn_rate: 3}
"""
ALERT_RULES = """rules:
  - match: {severity: critical}
    start: alert-fired
    params: {service: "{service}", alertname: "{alertname}", severity: "{labels.severity}"}
  - match: {service: checkout, team: shop}
    start: slo_burn
"""
NOTIFICATIONS = """public_url: http://127.0.0.1:8000
retry: {max_attempts: 3, first_delay_seconds: 10}
channels:
  oncall:
    type: webhook
    url: https://hooks.example.org/x
    secret: secret://HOOK
    events: [approval.requested, run.failed]
  mail:
    type: email
    host: smtp.example.org
    port: 587
    from: ops@example.org
    to: [a@example.org, b@example.org]
    password: secret://SMTP
    events: [run.failed]
"""


def _callers() -> dict[str, tuple[str, Callable[[str], object]]]:
    """Each other reader of YAML files: a valid file to mutate, and the function a user's file reaches."""
    from genaiops.ops.alert_rules import AlertRules
    from genaiops.ops.notify_config import NotifyConfig
    from genaiops.safety.guardrails import DEFAULT_CONFIG, parse_screen
    from genaiops.safety.policy import overlay_policy, parse_policy
    from genaiops.tools.llmops import load_suite, recorded_outputs
    from genaiops.tools.sre.slo import parse_slos
    from genaiops.yamlfile import load_model

    def model(kind: type, what: str) -> Callable[[str], object]:  # as load_rules and load_config read the file
        return lambda text: load_model(kind, read_yaml(text, FILE), what=what)

    return {
        "slos": (SLOS, lambda text: parse_slos(text, FILE)),
        "alert-rules": (ALERT_RULES, model(AlertRules, "a mapping with `rules:`")),
        "notifications": (NOTIFICATIONS, model(NotifyConfig, "a mapping with `channels:`")),
        "policy": (POLICY, lambda text: parse_policy(text, FILE)),
        "policy-overlay": (POLICY, lambda text: overlay_policy(ApprovalPolicy(), text, FILE)),
        "guardrails": (Path(DEFAULT_CONFIG).read_text(encoding="utf-8"), lambda text: parse_screen(text, FILE)),
        "suite": ((LLMOPS / "support_suite.yaml").read_text(encoding="utf-8"), lambda text: load_suite(text, FILE)),
        "recorded": (
            (LLMOPS / "recorded_v1.yaml").read_text(encoding="utf-8"),
            lambda text: recorded_outputs(text, FILE),
        ),
    }


CALLERS = _callers()


@pytest.mark.parametrize("caller", sorted(CALLERS))
@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), depth=st.integers(1, 3))
def test_fuzzed_policy_guardrail_and_suite_files_are_valid_or_a_clear_error(caller, seed, depth):
    """Mutants of a valid policy, guardrail config, suite, recording, SLO file, alert rules and notifications
    config each load or raise a SpecError (the loader's, DocumentError or GuardrailConfigError) naming the file: no
    other exception, whatever the mutation."""
    text, load = CALLERS[caller]
    rng = random.Random(seed)
    mutated = text
    for _ in range(depth):
        mutated = rng.choice(MUTATIONS)(rng, mutated) or text
    try:
        load(mutated)
    except SpecError as exc:
        message = str(exc)
        assert FILE in message, message
        long = [line for line in message.splitlines() if len(line) > LONGEST_LINE]
        assert not long, f"an error line of {len(long[0]):,} characters: {long[0][:300]}"
