"""A cold `scenario list` makes a file's line without pydantic (genaiops.cli.catalogue_cards) only when it is the
line the models' path makes: compared here on the shipped scenarios and on many variations of them (broken keys,
wrong types, unknown tools, bad references, gates, parameters) and under many home policy files (valid ones:
the same gates; ones the models refuse: left to them), and the kept card is used only while it is current and
well formed."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from genaiops.cli import catalogue_cards
from genaiops.cli.catalogue_cards import FILE, card_document, kept_cards, quick_shape
from genaiops.cli.plain_settings import PlainSettings
from genaiops.cli.scenario_catalogue import candidates, catalogue_entry
from genaiops.yamlfile import read_file

REPO = Path(__file__).resolve().parents[1]


def _shipped() -> list[Path]:
    """The shipped scenario files, listed at collection, before the autouse fixture gives each test a home: the
    answers `candidates` keeps go to a temporary home, not to `.genaiops/cache` under the working directory (the
    checkout, where every run of the suite left them)."""
    import tempfile

    with tempfile.TemporaryDirectory() as home, pytest.MonkeyPatch.context() as env:
        env.setenv("GENAIOPS_HOME", home)
        return candidates(REPO / "scenarios")


SHIPPED = _shipped()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home without a policy file, as the only setting."""
    for key in list(os.environ):
        if key.upper().startswith("GENAIOPS_"):
            monkeypatch.delenv(key)
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("GENAIOPS_HOME", str(folder))
    return folder


def full_line(file: Path, home: Path) -> dict[str, Any]:
    """The line the models' path makes (the settings and policy the fast path's typer twin loads)."""
    from genaiops.runtime import load_policy

    shutil.rmtree(home / "cache", ignore_errors=True)
    settings = PlainSettings(home=home, store_url=None)
    return catalogue_entry(file, lambda: (settings, load_policy(settings)))  # type: ignore[arg-type]


def quick_line(file: Path, home: Path) -> dict[str, Any] | None:
    cards = kept_cards()
    assert cards is not None, "rewrite it: .venv/bin/python -m genaiops.cli.tools_catalogue"
    return quick_shape(file, read_file(file), PlainSettings(home=home, store_url=None), cards, {})


def test_the_kept_card_is_current() -> None:
    """The shipped card was made from the models and the built-in policy as they are now (else: `.venv/bin/python
    -m genaiops.cli.tools_catalogue`)."""
    kept = json.loads(FILE.read_text(encoding="utf-8"))
    assert kept == json.loads(json.dumps(card_document())), "rewrite it: python -m genaiops.cli.tools_catalogue"
    assert kept_cards() is not None


@pytest.mark.parametrize("file", SHIPPED, ids=lambda f: f.name)
def test_each_shipped_scenario_gets_the_models_line_without_them(file: Path, home: Path) -> None:
    """Every shipped scenario is answered by the fast path (valid or not), with the very line of the models."""
    quick = quick_line(file, home)
    assert quick is not None
    assert quick == full_line(file, home)


BASE = """
name: base
description: A base scenario. It is varied below.
params:
  service: {type: string, default: checkout, description: the service}
  window: {type: integer, required: true}
tasks:
  - {id: first, tool: echo, args: {value: "${params.service}"}}
  - id: deploy
    tool: apply_change
    args: {target: "${params.service}@prod"}
    after: [first]
  - {id: wait, tool: wait, args: {seconds: "${params.window}"}, after: [deploy]}
  - {id: back, tool: roll_back_deploy, args: {service: checkout}, when: "${first.value} == 'x'"}
loops:
  - {id: again, body: [wait], until: "${wait.waited} > 1", max_iterations: 3}
"""


def _set(path: tuple, value: Any):
    def change(data: dict) -> None:
        node: Any = data
        for step in path[:-1]:
            node = node[step]
        if value is _DELETE:
            del node[path[-1]]
        else:
            node[path[-1]] = value

    return change


_DELETE = object()
VARIATIONS = {
    "as is": [],
    "unknown top key": [_set(("nmae",), "x")],
    "unknown task key": [_set(("tasks", 0, "tol"), "echo")],
    "no tasks": [_set(("tasks",), [])],
    "name wrong type": [_set(("name",), ["a"])],
    "timeout wrong type": [_set(("tasks", 0, "timeout"), "soon")],
    "timeout negative": [_set(("tasks", 0, "timeout"), -1)],
    "bad id": [_set(("tasks", 0, "id"), "1 bad")],
    "unknown tool": [_set(("tasks", 0, "tool"), "ecoh")],
    "unknown argument": [_set(("tasks", 0, "args", "valeu"), 1)],
    "argument wrong type": [_set(("tasks", 2, "args", "seconds"), "long")],
    "bad reference": [_set(("tasks", 0, "args", "value"), "${nowhere.x}")],
    "self reference": [_set(("tasks", 0, "args", "value"), "${first.value}")],
    "unknown output": [_set(("tasks", 1, "args", "target"), "${first.nothing}")],
    "unknown after": [_set(("tasks", 1, "after"), ["frist"])],
    "cycle": [_set(("tasks", 0, "after"), ["deploy"])],
    "bad condition": [_set(("tasks", 3, "when"), "${first.value} ==")],
    "always false": [_set(("tasks", 3, "when"), "1 > 2")],
    "auto on a gated tool": [_set(("tasks", 1, "approval"), "auto")],
    "auto on an ungated tool": [_set(("tasks", 0, "approval"), "auto")],
    "required approval": [_set(("tasks", 0, "approval"), "required")],
    "raised risk": [_set(("tasks", 0, "risk"), "high")],
    "bad risk": [_set(("tasks", 0, "risk"), "huge")],
    "unknown role": [_set(("tasks", 0, "role"), "sre2")],
    "role": [_set(("tasks", 0, "role"), "sre")],
    "goal": [
        _set(("tasks", 0, "goal"), "find it"),
        _set(("tasks", 0, "tool"), _DELETE),
        _set(("tasks", 0, "role"), "sre"),
    ],
    "goal without role": [_set(("tasks", 0, "goal"), "find it"), _set(("tasks", 0, "tool"), _DELETE)],
    "team without votes": [_set(("tasks", 0, "team"), ["sre", "mlops_engineer"])],
    "empty budget": [_set(("budget",), {})],
    "budget": [_set(("budget",), {"tokens": 100})],
    "retry": [_set(("tasks", 0, "retry"), {"attempts": 2})],
    "bad retry": [_set(("tasks", 0, "retry"), {"attempts": 0})],
    "loop unknown body": [_set(("loops", 0, "body"), ["nope"])],
    "loop without bound": [_set(("loops", 0, "max_iterations"), _DELETE)],
    "param without default": [_set(("params", "service", "default"), _DELETE)],
    "param default wrong type": [
        _set(("params", "window", "default"), "soon"),
        _set(("params", "window", "required"), _DELETE),
    ],
    "param unknown key": [_set(("params", "service", "dflt"), 1)],
    "param bad type": [_set(("params", "service", "type"), "text")],
    "param allowed": [_set(("params", "service", "allowed"), ["checkout", "payments"])],
    "param allowed without default": [
        _set(("params", "service", "allowed"), ["payments"]),
        _set(("params", "service", "default"), _DELETE),
    ],
    "param unused": [_set(("params", "extra"), {"type": "number", "default": 1})],
    "param undeclared": [_set(("tasks", 0, "args", "value"), "${params.servce}")],
    "param bad name": [_set(("params", "1x"), {"default": 1})],
    "param required with default": [_set(("params", "window", "default"), 5)],
    "secret argument": [_set(("tasks", 0, "args", "value"), "password = Xk9$mQ2!vB7#pL4@")],
    "recorded values": [_set(("param_values",), {"a": 1})],
    "scripted approvals": [_set(("approvals",), [{"task": "deploy", "approver": "ann", "reason": "ok"}])],
    "scripted approval unknown task": [_set(("approvals",), [{"task": "dep", "approver": "ann", "reason": "ok"}])],
    "expect": [_set(("expect",), {"status": "paused", "gates": ["deploy"]})],
    "expect bad status": [_set(("expect",), {"status": "done"})],
    "at": [_set(("at",), "2026-01-05T10:20:00Z")],
    "bad at": [_set(("at",), "yesterday")],
}


@pytest.mark.parametrize("name", list(VARIATIONS))
def test_a_varied_file_gets_the_models_line_or_theirs(name: str, home: Path, tmp_path: Path) -> None:
    """A variation is answered with the models' very line, or left to them (None): never a line of its own."""
    data = yaml.safe_load(BASE)
    for change in VARIATIONS[name]:
        change(data)
    file = tmp_path / "scenario.yaml"
    file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    quick = quick_line(file, home)
    full = full_line(file, home)
    assert quick is None or quick == full
    answered = ("as is", "unknown tool", "bad reference", "auto on a gated tool", "cycle", "param unused", "goal")
    if name in answered:
        assert quick == full  # valid, or invalid for a reason the checks give: answered here
    if name in ("unknown top key", "timeout wrong type", "empty budget", "param unknown key"):
        assert quick is None  # the models name these problems
        assert full["problem"]


def test_a_duplicated_key_is_the_models_to_explain(home: Path, tmp_path: Path) -> None:
    file = tmp_path / "scenario.yaml"
    file.write_text(BASE + "name: again\n", encoding="utf-8")
    assert quick_line(file, home) in (None, full_line(file, home))


BENCH_POLICY = "allow_claimed_identities: true\n"
"""The policy file of bench/cli.py's homes (a drill home)."""

POLICIES = {
    "bench's": BENCH_POLICY,
    "empty": "",
    "a comment only": "# nothing set\n",
    "low tier asks": "tiers: {low: {approvals: 1}}\n",
    "tiers": "tiers: {high: {approvals: 3, expires_after_hours: 2}, medium: {approvals: 2}}\n",
    "no tier asks": "tiers: {low: {approvals: 0}, medium: {approvals: 0}, high: {approvals: 0}}\n",
    "approver roles": "approver_roles: [operator, sre_oncall]\n",
    "fewer gated actions": "gated_actions: [deploys]\n",
    "spec auto allowed": "gated_actions: [deploys, remediates]\nallow_spec_auto: true\n",
    "tool rules": "tools: {apply_change: {risk: high, roles: [release_manager]}, echo: {risk: medium}}\n",
    "a role default replaced": "tools: {roll_back_deploy: {auto: true}, fail_over_service: {roles: [dba]}}\n",
    "everything else": (
        "people: {Ann: [operator], ' bob ': [sre_oncall]}\nurgency: {page: {expires_after_hours: 0.5}}\n"
        "capacity: {propose_below_hours: 12}\nproduction: true\nrequire_authenticated: true\nallow_scripted: false\n"
    ),
}
REFUSED_POLICIES = {
    "unknown key": "tiers: {low: {aprovals: 1}}\n",
    "unknown risk": "tiers: {huge: {approvals: 1}}\n",
    "too many approvals": "tiers: {low: {approvals: 11}}\n",
    "a person twice": "people: {ann: [operator], ' ANN': [sre_oncall]}\n",
    "a blank person": "people: {'  ': [operator]}\n",
    "recorded overrides": "unsafe_overrides: [tiers]\n",
    "a list": "- allow_spec_auto\n",
    "a duplicated key": "allow_spec_auto: true\nallow_spec_auto: false\n",
    "malformed": "tiers: [\n",
    "roles not a list": "approver_roles: operator\n",
    "not UTF-8": b"approver_roles: [op\xe9rator]\n",
}


def _write_policy(home: Path, text: str | bytes) -> None:
    (home / "policy.yaml").write_bytes(text.encode("utf-8") if isinstance(text, str) else text)


def _variation(tmp_path: Path, name: str) -> Path:
    data = yaml.safe_load(BASE)
    for change in VARIATIONS[name]:
        change(data)
    file = tmp_path / f"{name.replace(' ', '_')}.yaml"
    file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return file


GATED = ("as is", "auto on a gated tool", "auto on an ungated tool", "required approval", "raised risk", "role")
"""Variations whose gates (or refusal of an override) depend on the policy."""


@pytest.mark.parametrize("policy", list(POLICIES))
def test_under_a_home_policy_file_each_line_is_the_models(policy: str, home: Path, tmp_path: Path) -> None:
    """A home's policy file is read without the models, and each line (gates, refused overrides) is theirs."""
    _write_policy(home, POLICIES[policy])
    files = [*SHIPPED, *(_variation(tmp_path, name) for name in GATED)]
    for file in files:
        quick = quick_line(file, home)
        assert quick is not None, file
        assert quick == full_line(file, home), file


@pytest.mark.parametrize("policy", list(REFUSED_POLICIES))
def test_a_policy_file_the_models_refuse_is_left_to_them(policy: str, home: Path) -> None:
    """A policy file the models refuse (or cannot read) gets no line from the card: the models explain."""
    from genaiops.errors import UserError
    from genaiops.runtime import load_policy

    _write_policy(home, REFUSED_POLICIES[policy])
    with pytest.raises(UserError):
        load_policy(PlainSettings(home=home, store_url=None))  # type: ignore[arg-type]
    assert quick_line(REPO / "scenarios" / "canary_release.yaml", home) is None


def test_a_policy_folder_is_left_to_the_models(home: Path) -> None:
    (home / "policy.yaml").mkdir()
    assert quick_line(REPO / "scenarios" / "canary_release.yaml", home) is None


RISKS = ("low", "medium", "high")
TOOLS = ("echo", "apply_change", "wait", "roll_back_deploy", "fail_over_service", "deploy_model", "publish_prompt")


def _requirements(policy: Any) -> list[tuple]:
    """What ``policy`` says of every call of the tools above: each risk a task may raise, each approval choice."""
    from genaiops.tools import tools_on_demand

    registry = tools_on_demand()
    found = []
    for name in TOOLS:
        card = registry.card(name)
        for approval in ("policy", "auto", "required"):
            found.append((name, approval, policy.check_override(card, approval)))
            for risk in (None, *RISKS):
                need = policy.requirement(card, risk, approval)
                found.append((name, approval, risk, need.risk, need.approvals, tuple(need.roles), need.gated))
    return found


_NAMES = st.sampled_from(["operator", "sre_oncall", "ml_lead", "release_manager"])
_RULES = st.fixed_dictionaries(
    {},
    optional={
        "risk": st.sampled_from(RISKS),
        "roles": st.lists(_NAMES, min_size=1, max_size=2),
        "auto": st.booleans(),
    },
)
_POLICY_DATA = st.fixed_dictionaries(
    {},
    optional={
        "tiers": st.dictionaries(
            st.sampled_from(RISKS), st.fixed_dictionaries({"approvals": st.integers(0, 3)}), max_size=3
        ),
        "gated_actions": st.lists(st.sampled_from(["deploys", "remediates", "rolls_back", "publishes"]), unique=True),
        "approver_roles": st.lists(_NAMES, min_size=1, max_size=2),
        "tools": st.dictionaries(st.sampled_from(TOOLS), _RULES, max_size=4),
        "allow_spec_auto": st.booleans(),
        "allow_claimed_identities": st.booleans(),
    },
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],  # a shared, busy machine
)
@given(data=_POLICY_DATA)
def test_a_read_policy_requires_what_the_model_requires(data: dict[str, Any], home: Path) -> None:
    """For any policy file, the card's reading of it gates every call (tool, risk, approval) as the model does."""
    from genaiops.runtime import load_policy

    _write_policy(home, yaml.safe_dump(data))
    settings_ = PlainSettings(home=home, store_url=None)
    cards = kept_cards()
    assert cards is not None
    assert _requirements(cards.policy(settings_)) == _requirements(load_policy(settings_))  # type: ignore[arg-type]


def test_a_copy_of_a_scenario_keeps_its_line(home: Path, tmp_path: Path) -> None:
    """The line names the file as given and reads data roots from its folder, as the models' path does."""
    for file in SHIPPED[:3]:
        copied = tmp_path / file.name
        copied.write_bytes(file.read_bytes())
        assert quick_line(copied, home) == full_line(copied, home)


DAMAGES = {
    "other digest": lambda d: d.update(digest="0" * 64),
    "other sources": lambda d: d["sources"].remove("genaiops.graphs.spec"),
    "policy reader not a source": lambda d: d["sources"].remove("genaiops.safety.policy_data"),
    "no policy": lambda d: d.pop("policy"),
    "no policy schema": lambda d: d["policy"].pop("schema"),
    "policy schema broken": lambda d: d["policy"]["schema"].update(schema={"type": "nothing"}),
    "policy schema links elsewhere": lambda d: d["policy"]["schema"]["sources"].append("genaiops.cli.lite"),
    "policy tier missing": lambda d: d["policy"]["tier_fallback"].pop("high"),
    "policy tier not a number": lambda d: d["policy"]["tiers"].update(low="0"),
    "role rule wrong": lambda d: d["policy"]["role_rules"].update(x={"risk": "huge", "roles": None, "auto": False}),
    "schema broken": lambda d: d["scenario"].update(schema={"type": "nothing"}),
    "link to elsewhere": lambda d: d["scenario"]["sources"].append("genaiops.cli.lite"),
    "other format": lambda d: d.update(format=0),
}


@pytest.mark.parametrize("damage", list(DAMAGES))
def test_a_stale_or_damaged_card_is_refused(damage: str, tmp_path: Path) -> None:
    data = copy.deepcopy(json.loads(FILE.read_text(encoding="utf-8")))
    DAMAGES[damage](data)
    card = tmp_path / "card.json"
    card.write_text(json.dumps(data), encoding="utf-8")
    assert kept_cards(card) is None
    card.write_text("{not json", encoding="utf-8")
    assert kept_cards(card) is None
    assert kept_cards(tmp_path / "missing.json") is None


LIST = (
    "import sys, json\nfrom genaiops.cli import main\nsys.argv = ['genaiops', 'scenario', 'list', sys.argv[1]]\n"
    "try:\n    main()\nfinally:\n    print(json.dumps(sorted(sys.modules)), file=sys.stderr)\n"
)


def _cold_list(home: Path, policy: str | bytes | None, **extra: str) -> tuple[subprocess.CompletedProcess, list]:
    """`scenario list` of the shipped scenarios as a process in a fresh ``home`` (with ``policy`` as its policy
    file), and the modules it imported."""
    home.mkdir()
    if policy is not None:
        _write_policy(home, policy)
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith("GENAIOPS_")}
    ran = subprocess.run(
        [sys.executable, "-c", LIST, str(REPO / "scenarios")],
        capture_output=True, text=True, env={**env, "GENAIOPS_HOME": str(home), **extra}, timeout=300,
    )  # fmt: skip
    return ran, json.loads(ran.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "policy", [None, BENCH_POLICY, POLICIES["tool rules"], POLICIES["spec auto allowed"]],
    ids=["no policy file", "bench's", "tool rules", "spec auto allowed"],
)  # fmt: skip
@pytest.mark.parametrize("columns", [None, "200"], ids=["no COLUMNS", "COLUMNS=200"])
def test_a_cold_list_imports_no_pydantic_and_prints_the_models_table(
    policy: str | None, columns: str | None, tmp_path: Path
) -> None:
    """`scenario list` of the shipped scenarios in a fresh home (without a policy file, or with bench/cli.py's
    or another) imports pydantic-core only, and prints what the typer command prints."""
    width = {} if columns is None else {"COLUMNS": columns}
    ran, modules = _cold_list(tmp_path / "a", policy, **width)
    assert ran.returncode == 0, ran.stderr
    assert [m for m in modules if m.split(".")[0] == "pydantic"] == [] and "pydantic_core" in modules
    typer, _ = _cold_list(tmp_path / "b", policy, GENAIOPS_CLI_LITE="0", **width)
    assert typer.returncode == 0 and typer.stdout == ran.stdout
    assert "canary-release" in ran.stdout and "roll_back_deploy" in ran.stdout


@pytest.mark.parametrize("policy", ["unknown key", "a person twice", "a duplicated key", "not UTF-8"])
def test_a_cold_list_under_a_refused_policy_says_what_the_models_say(policy: str, tmp_path: Path) -> None:
    """A home policy file the models refuse: the cold list prints (and exits) exactly as the typer command,
    which names the policy file."""
    ran, _ = _cold_list(tmp_path / "a", REFUSED_POLICIES[policy], COLUMNS="200")
    typer, _ = _cold_list(tmp_path / "b", REFUSED_POLICIES[policy], GENAIOPS_CLI_LITE="0", COLUMNS="200")
    assert ran.returncode == typer.returncode
    assert ran.stdout.replace(str(tmp_path / "a"), "HOME") == typer.stdout.replace(str(tmp_path / "b"), "HOME")
    assert _last_lines(ran.stderr, tmp_path / "a") == _last_lines(typer.stderr, tmp_path / "b")
    assert "policy.yaml" in ran.stdout + ran.stderr


def _last_lines(stderr: str, home: Path) -> list[str]:
    """The error the command printed (the modules' list dropped, the home's path made the same)."""
    return [line.replace(str(home), "HOME") for line in stderr.strip().splitlines()[:-1]]


def test_the_module_names_what_it_keeps() -> None:
    """The card's sources hold the spec models, their validators and the policy's makers."""
    sources = json.loads(FILE.read_text(encoding="utf-8"))["sources"]
    assert {
        "genaiops.graphs.spec",
        "genaiops.graphs.spec_rules",
        "genaiops.safety.policy",
        "genaiops.safety.policy_data",
        "genaiops.agents.roles",
        "genaiops.runtime",
    } <= set(sources)
    assert json.loads(FILE.read_text(encoding="utf-8"))["format"] == catalogue_cards.FORMAT
