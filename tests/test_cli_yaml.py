"""Every YAML file a user writes, through the `genaiops` process: scenario parameters given with --set, and the
policy, guardrail and evaluation-suite files, which share the scenario loader's `file:line: problem` errors with
"did you mean" (exit 2 for a configuration mistake, never a traceback)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CANARY = REPO / "scenarios" / "canary_release.yaml"
GENAIOPS = Path(sys.executable).parent / "genaiops"
PARAMS = """name: greet
params:
  service: {description: the service, default: checkout, allowed: [checkout, payments]}
  attempts: {type: integer, default: 1}
  ticket: {description: change ticket}
tasks:
  - id: hello
    tool: echo
    args: {value: "${params.service} ${params.ticket}"}
    retry: {attempts: "${params.attempts}"}
"""


def genaiops(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    base = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    base.update(HOME=str(tmp_path), GENAIOPS_HOME=str(home), COLUMNS="200", **env)
    proc = subprocess.run(
        [str(GENAIOPS), *args], env=base, text=True, capture_output=True, timeout=120, cwd=tmp_path, check=False
    )
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr
    return proc


@pytest.fixture
def scenario(tmp_path: Path) -> Path:
    path = tmp_path / "greet.yaml"
    path.write_text(PARAMS, encoding="utf-8")
    return path


def test_set_fills_parameters_and_runs_show_lists_them(tmp_path, scenario):
    """`genaiops run FILE --set k=v` runs with the values, and `runs show` says which parameters it ran with."""
    proc = genaiops(tmp_path, "run", str(scenario), "--set", "ticket=CHG-7", "--set", "attempts=2")
    assert proc.returncode == 0, proc.stderr + proc.stdout
    run_id = re.search(r"run (run-[0-9a-f-]+): succeeded", proc.stdout).group(1)
    shown = genaiops(tmp_path, "runs", "show", run_id, "--outputs")
    assert shown.returncode == 0, shown.stderr
    assert "parameters: service='checkout', attempts=2, ticket='CHG-7'" in shown.stdout
    assert '"value": "checkout CHG-7"' in shown.stdout


@pytest.mark.parametrize(
    ("command", "sets", "expected"),
    [
        pytest.param(
            "run",
            ["ticket=1", "servce=payments"],
            "greet.yaml:2: params: unknown parameter 'servce' (did you mean 'service'?)",
            id="unknown",
        ),
        pytest.param(
            "scenario run",
            ["ticket=1", "attempts=two"],
            "greet.yaml:4: params.attempts: attempts=two: not a whole number",
            id="wrong-type",
        ),
        pytest.param(
            "scenario run", [], "greet.yaml:5: params.ticket: parameter 'ticket' is required", id="missing-required"
        ),
        pytest.param(
            "scenario validate",
            ["ticket=1", "service=orders"],
            "greet.yaml:3: params.service: service=orders: not an allowed value",
            id="not-allowed",
        ),
        pytest.param("run", ["ticket"], "--set 'ticket': write --set NAME=VALUE", id="no-equals"),
    ],
)
def test_bad_set_values_exit_2_naming_the_parameter(tmp_path, scenario, command, sets, expected):
    """A bad --set (unknown name with did-you-mean, wrong type, missing required, not allowed, no `=`) exits 2
    with one clear error, before anything runs."""
    args = [*command.split(), str(scenario), *(a for s in sets for a in ("--set", s))]
    proc = genaiops(tmp_path, *args)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error: ") and expected in proc.stderr, proc.stderr
    assert not (tmp_path / "home" / "genaiops.db").exists() or "run-" not in proc.stdout


MALFORMED = """name: typo
params:
  service: {default: checkout, typ: string}
  points: {type: integr, default: 60}
  ticket: CHG-1
tasks:
  - id: series
    tool: synthetic_metric
    args: {service: "${params.service}", points: "${params.points}", baseline_ms: 118}
    retry: 3
    after: start
  - id: start
    tool: echo
    args: {value: "${params.ticket}"}
"""


@pytest.mark.parametrize("sets", [[], ["service=payments", "ticket=CHG-2"]], ids=["defaults", "set"])
def test_a_malformed_declaration_is_its_own_problem_only(tmp_path, sets):
    """A typo in a declaration (a key, a type, a bare value) is one problem at its line, with --set or without:
    no "got None" at each use of the parameter, and a --set naming it is not an "unknown parameter" of "a file
    that declares no params"; a scalar where a mapping or a list goes says what to write."""
    path = tmp_path / "typo.yaml"
    path.write_text(MALFORMED, encoding="utf-8")
    proc = genaiops(tmp_path, "scenario", "validate", path.name, *(a for s in sets for a in ("--set", s)))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.startswith("  typo.yaml:")]
    assert lines == [
        "  typo.yaml:3: params.service.typ: unknown key 'typ' (did you mean 'type'?)",
        "  typo.yaml:4: params.points.type: unknown value 'integr' (did you mean 'integer'?)",
        "  typo.yaml:5: params.ticket: expected a mapping (got 'CHG-1')",
        "  typo.yaml:10: tasks[0].retry: expected a mapping (got 3)",
        "  typo.yaml:11: tasks[0].after: expected a list (got 'start')",
    ], proc.stderr
    assert "hint: write a mapping of: type, description, default, required, allowed" in proc.stderr
    assert "hint: write a mapping of: attempts, backoff" in proc.stderr
    assert "hint: write a list, e.g. [start]" in proc.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "name: t\ntasks:\n  - id: a\n    tool: echo\n    args:\n    \tvalue: x\n",
            "t.yaml:6: malformed YAML: a tab (column 5); YAML indents with spaces only, replace the tab with spaces",
            id="tab",
        ),
        pytest.param(
            "name: t\r\ntasks:\r\n  - id: a\r\n\ttool: echo\r\n",
            "t.yaml:4: malformed YAML: a tab (column 1); YAML indents with spaces only, replace the tab with spaces",
            id="tab-indenting-a-key-crlf",
        ),
        pytest.param(
            'name: t\ntasks:\n  - id: a\n    tool: echo\n    args: {value: "x}\n',
            "t.yaml:5: malformed YAML: a quoted value that is never closed; end it with its quote",
            id="unclosed-quote",
        ),
        pytest.param(
            "name: t\ntasks:\n  - id: a\n    tool: echo\n   args: {value: x}\n",
            "t.yaml:5: malformed YAML: did not find expected '-' indicator; check the indentation: line the key up "
            "with the keys above it, or start a new item with '- '",
            id="dedented-key",
        ),
        pytest.param(
            "name: t\ntasks:\n  - id: a\n    tool: echo\n     args: {value: x}\n",
            "t.yaml:5: malformed YAML: mapping values are not allowed in this context; check the indentation",
            id="indented-key",
        ),
    ],
)
def test_malformed_yaml_names_the_usual_cause_and_fix(tmp_path, text, expected):
    """The YAML mistakes people make by hand (a tab, a quote never closed, a key indented off its neighbours)
    read as what to change at which line; an unclosed quote is named where it opens, not at the end of the file."""
    (tmp_path / "t.yaml").write_text(text, encoding="utf-8")
    proc = genaiops(tmp_path, "scenario", "validate", "t.yaml")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert proc.stderr.startswith("error: " + expected), proc.stderr


EVERYWHERE = """name: "check-${params.service}"
seed: "${params.seed}"
params:
  service: {default: checkout}
  seed: {type: integer, default: 3}
  wait: {type: duration, default: 5m}
  tries: {type: integer, default: 2}
  risk: {default: high, allowed: [low, medium, high]}
  rounds: {type: integer, default: 2}
  outcome: {default: succeeded}
tasks:
  - id: series
    tool: synthetic_metric
    args: {service: "${params.service}", points: 30}
    timeout: "${params.wait}"
    retry: {attempts: "${params.tries}"}
    risk: "${params.risk}"
  - {id: tick, tool: noop, args: {value: 1}}
loops:
  - {id: again, body: [tick], until: "${tick.value} > 0", max_iterations: "${params.rounds}"}
expect: {status: "${params.outcome}"}
"""


def test_the_editor_schema_accepts_parameters_wherever_the_cli_does(tmp_path):
    """`${params.NAME}` in a number, a word list or a status (timeout, retry, risk, max_iterations, seed,
    expect.status), which `scenario validate` accepts, is no error under the schema `scenario schema` writes for
    editors; a value that is neither its type nor a parameter (`timeout: soon`) is refused by both."""
    import jsonschema
    import yaml

    (tmp_path / "ok.yaml").write_text(EVERYWHERE, encoding="utf-8")
    (tmp_path / "bad.yaml").write_text(EVERYWHERE.replace('"${params.wait}"', "soon"), encoding="utf-8")
    assert genaiops(tmp_path, "scenario", "validate", "ok.yaml").returncode == 0
    refused = genaiops(tmp_path, "scenario", "validate", "bad.yaml")
    assert refused.returncode == 2 and "timeout" in refused.stderr, refused.stderr
    assert genaiops(tmp_path, "scenario", "schema", "--out", "schema.json").returncode == 0
    validator = jsonschema.Draft202012Validator(json.loads((tmp_path / "schema.json").read_text(encoding="utf-8")))

    def marked(name: str) -> list[list]:
        data = yaml.safe_load((tmp_path / name).read_text(encoding="utf-8"))
        return [list(e.absolute_path) for e in validator.iter_errors(data)]

    assert marked("ok.yaml") == []
    assert marked("bad.yaml") == [["tasks", 0, "timeout"]]


def test_a_condition_with_arithmetic_says_what_conditions_allow(tmp_path):
    """`when: "${a.count} * 2 > 10"` names what it used in words (arithmetic), not only Python's node name
    (BinOp), and what a condition may hold instead."""
    (tmp_path / "c.yaml").write_text(
        "name: c\ntasks:\n  - {id: a, tool: noop, args: {value: 3}}\n"
        "  - {id: b, tool: noop, args: {value: 1}, when: '${a.value} * 2 > 10'}\n",
        encoding="utf-8",
    )
    proc = genaiops(tmp_path, "scenario", "validate", "c.yaml")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "c.yaml:4: tasks[1].when: '${a.value} * 2 > 10' uses arithmetic (BinOp)" in proc.stderr, proc.stderr
    assert "compares ${task.field} values and literals with == != < <= > >= in" in proc.stderr, proc.stderr


def test_a_policy_file_with_a_typo_names_file_line_and_the_key(tmp_path):
    """GENAIOPS_POLICY_FILE and GENAIOPS_HOME/policy.yaml with a misspelt key: exit 2 at file:line, with the key
    one meant."""
    policy = tmp_path / "policy.yaml"
    policy.write_text("tiers:\n  medium:\n    aprovals: 2\n", encoding="utf-8")
    proc = genaiops(tmp_path, "scenario", "validate", str(CANARY), GENAIOPS_POLICY_FILE=str(policy))
    assert proc.returncode == 2, proc.stderr
    assert f"{policy}:3: tiers.medium.aprovals: unknown key 'aprovals' (did you mean 'approvals'?)" in proc.stderr
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    (home / "policy.yaml").write_text("approver_role: [lead]\n", encoding="utf-8")
    proc = genaiops(tmp_path, "scenario", "validate", str(CANARY))
    assert proc.returncode == 2, proc.stderr
    assert f"{home / 'policy.yaml'}:1: approver_role: unknown key 'approver_role' (did you mean" in proc.stderr


def test_a_guardrail_config_with_a_typo_names_file_line_and_the_key(tmp_path):
    """GENAIOPS_GUARDRAILS=path to a file with a misspelt key and an unknown scanner: exit 2, both at their lines."""
    config = tmp_path / "guards.yaml"
    config.write_text("pipelines:\n  input:\n    scaners: []\n  output:\n    scanners: [{scanner: pi}]\n")
    proc = genaiops(tmp_path, "run", str(CANARY), GENAIOPS_GUARDRAILS=str(config))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"{config}:3: pipelines.input.scaners: unknown key 'scaners' (did you mean 'scanners'?)" in proc.stderr
    flat = " ".join(proc.stderr.split())
    assert f"{config}:5: pipelines.output.scanners[0].scanner: unknown scanner 'pi' (did you mean 'pii'?)" in flat


def test_a_guardrail_config_naming_an_unknown_people_model_says_which_exist(tmp_path):
    """The toxicity check's ``people_model`` names a shipped model file: an unknown name (or a path) exits 2 with the
    models one can choose, not a file-not-found from inside the package."""
    config = tmp_path / "guards.yaml"
    config.write_text(
        "pipelines:\n  input:\n    scanners:\n      - {scanner: toxicity, params: {people_model: ../../etc/x}}\n"
    )
    proc = genaiops(tmp_path, "run", str(CANARY), GENAIOPS_GUARDRAILS=str(config))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    flat = " ".join(proc.stderr.split())
    assert "people_model: '../../etc/x' is not a shipped people model" in flat, flat
    assert "['toxicity_people_pooled', 'toxicity_people', 'toxicity_people_authors']" in flat
    assert "Traceback" not in flat


def test_an_eval_suite_in_a_scenario_reports_its_line(tmp_path):
    """An evaluation suite a scenario hands to run_eval_suite, with a misspelt key: the task fails with the suite's
    file:line and the key one meant, and the run exits 1 (a failed task), not with a traceback."""
    suite = (REPO / "scenarios" / "llmops" / "support_suite.yaml").read_text(encoding="utf-8")
    bad = suite.replace("\nsamples:", "\nsmaples:", 1) if "\nsamples:" in suite else suite + "smaples: 2\n"
    line = bad.splitlines().index(next(x for x in bad.splitlines() if x.startswith("smaples:"))) + 1
    indented = "".join(f"        {x}\n" for x in bad.splitlines())
    path = tmp_path / "eval.yaml"
    path.write_text(
        "name: eval\ntasks:\n  - id: evaluate\n    tool: run_eval_suite\n    args:\n"
        f"      suite_file: support_suite.yaml\n      version: v1\n      suite: |\n{indented}",
        encoding="utf-8",
    )
    proc = genaiops(tmp_path, "run", str(path))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    flat = " ".join(proc.stdout.split())
    assert f"support_suite.yaml:{line}: smaples: unknown key 'smaples' (did you mean 'samples'?)" in flat, flat


def test_a_batch_of_outputs_with_a_typo_names_file_line_and_the_key(tmp_path):
    """The batch file a review tool reads (`outputs_path`), with a misspelt key: the task fails with the file's
    line and the key one meant (the shared loader), and the run exits 1, not with a traceback."""
    batch = tmp_path / "outputs.yaml"
    batch.write_text(
        "prompt: support_answer\nversion: v2\noutputs:\n  - id: a1\n    text: fine\n  - id: a2\n    txet: oops\n",
        encoding="utf-8",
    )
    path = tmp_path / "scan.yaml"
    path.write_text(
        "name: scan\ntasks:\n  - {id: scan, tool: scan_outputs, args: {outputs_path: outputs.yaml}}\n", encoding="utf-8"
    )
    proc = genaiops(tmp_path, "run", str(path))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    flat = " ".join(proc.stdout.split())
    assert f"{batch}:7: outputs[1].txet: unknown key 'txet' (did you mean 'text'?)" in flat, flat
    assert f"{batch}:6: outputs[1].text: missing required key 'text'" in flat, flat


ARGS_AT = ":8: tasks[1].args.values"


@pytest.mark.parametrize(
    ("written", "place", "meant"),
    [
        ('args: {values: "${errors.series[0].values}", tail: 20}', ARGS_AT, "${errors.series.0.values}"),
        ("args: {values: \"${errors.series['0'].values}\"}", ARGS_AT, "${errors.series.0.values}"),
        ('when: "${errors.series[0].values} != []"', ":8: tasks[1].when", "${errors.series.0.values}"),
        ('args: {values: "${errors.series.0.values"}', ARGS_AT, "${task.field.sub}"),
    ],
)
def test_a_reference_written_with_brackets_is_an_error_that_shows_the_reference(tmp_path, written, place, meant):
    """`${task.list[0].field}` is not a reference (list items are `.0`): validation says so at its line and shows
    the reference to write, instead of passing the text on as a value ("Input should be a valid list")."""
    path = tmp_path / "mine.yaml"
    extra = "" if written.startswith("args") else "    args: {values: [1.0, 2.0]}\n"
    path.write_text(
        "name: mine\ntasks:\n  - id: errors\n    tool: query_metrics\n"
        "    args: {metric: error_rate, service: checkout}\n"
        f"  - id: summary\n    tool: summarize_series\n    {written}\n{extra}",
        encoding="utf-8",
    )
    proc = genaiops(tmp_path, "scenario", "validate", str(path))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"mine.yaml{place}:" in proc.stderr, proc.stderr
    assert "is not a reference" in proc.stderr and meant in proc.stderr, proc.stderr
    assert "Input should be a valid list" not in proc.stderr, proc.stderr


def test_scenario_list_reads_the_catalogue_setting_and_says_how_to_name_a_folder(tmp_path):
    """`scenario list` with no folder lists GENAIOPS_SCENARIOS_DIR when it is set (the catalogue `serve`, `ask`
    and `schedules` use); with neither that nor ./scenarios it names both ways to give the folder (exit 2)."""
    listed = genaiops(tmp_path, "scenario", "list", "-o", "json", GENAIOPS_SCENARIOS_DIR=str(CANARY.parent))
    assert listed.returncode == 0, listed.stderr
    assert "canary-release" in {entry["name"] for entry in json.loads(listed.stdout)}
    missing = genaiops(tmp_path, "scenario", "list")
    assert missing.returncode == 2, missing.stdout + missing.stderr
    assert "scenarios: no such folder" in missing.stderr, missing.stderr
    assert "`genaiops scenario list FOLDER`" in missing.stderr and "GENAIOPS_SCENARIOS_DIR" in missing.stderr


def test_a_policy_file_setting_naming_no_file_says_which_setting_and_the_fix(tmp_path):
    """GENAIOPS_POLICY_FILE naming a missing file: exit 2 naming the setting and what to do, not only the OS's
    "[Errno 2] No such file or directory"."""
    missing = tmp_path / "tight.yaml"
    proc = genaiops(tmp_path, "run", str(CANARY), GENAIOPS_POLICY_FILE=str(missing))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert f"GENAIOPS_POLICY_FILE={missing}: no such file" in proc.stderr, proc.stderr
    assert "unset GENAIOPS_POLICY_FILE" in proc.stderr and "Errno" not in proc.stderr, proc.stderr


def test_a_script_with_fewer_approvers_than_the_gate_needs_says_so(tmp_path):
    """A scenario whose script approves a `risk: high` task as one person stops there (exit 3), and says that
    the script gave 1 of the 2 distinct approvers the tier needs and how to add one, beside the expectation that
    failed: the run's printout alone read as if the script had been ignored."""
    path = tmp_path / "drill.yaml"
    path.write_text(
        "name: drill\ntasks:\n  - id: restart\n    tool: restart_service\n    args: {service: checkout}\n"
        "    risk: high\napprovals:\n  - {task: restart, approver: alice, reason: CHG-1}\n"
        "expect: {status: succeeded}\n",
        encoding="utf-8",
    )
    proc = genaiops(tmp_path, "scenario", "run", str(path))
    assert proc.returncode == 3, proc.stdout + proc.stderr
    said = " ".join((proc.stdout + proc.stderr).split())
    assert "the script approves `restart` as alice: 1 of the 2 distinct approvers its high tier needs" in said, said
    assert "add 1 more under `approvals:`" in said, said
