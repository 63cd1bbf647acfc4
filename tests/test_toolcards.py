"""Tool cards (``genaiops.toolcards``): what validation reads of a tool without importing it must say exactly
what the tool itself says, and a card made from other sources must never be used."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel, ValidationError, model_validator

from genaiops.registry import ToolRegistry
from genaiops.toolcards import ToolCard, kept_card, live_card
from genaiops.tools import CARDS, load_tools

REPO = Path(__file__).resolve().parents[1]

ODD_VALUES: list[Any] = [None, 0, -5, 1.5, float("inf"), "x", "", "12", True, [], [1, "a"], {}, {"a": 1},
                         datetime(2024, 1, 1), "2024-01-01T00:00:00Z", "not-a-date"]  # fmt: skip


def _plain(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Errors comparable across validators: an exception in ``ctx`` compared by its type and text."""
    out = []
    for err in errors:
        err = dict(err)
        if "ctx" in err:
            ctx = err["ctx"].items()
            err["ctx"] = {k: (type(v).__name__, str(v)) if isinstance(v, Exception) else v for k, v in ctx}
        out.append(err)
    return out


def _model_errors(model: type[BaseModel], args: Any) -> list[dict[str, Any]]:
    try:
        model.model_validate(args)
    except ValidationError as exc:
        return exc.errors(include_url=False)
    return []


def _scenario_args() -> dict[str, list[dict[str, Any]]]:
    """The literal arguments the shipped scenarios give each tool."""
    found: dict[str, list[dict[str, Any]]] = {}
    for file in sorted((REPO / "scenarios").rglob("*.yaml")):
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        for task in data.get("tasks") or [] if isinstance(data, dict) else []:
            if isinstance(task, dict) and isinstance(task.get("tool"), str) and isinstance(task.get("args"), dict):
                args = {k: v for k, v in task["args"].items() if "${" not in json.dumps(v, default=str)}
                found.setdefault(task["tool"], []).append(args)
    return found


def _kept(name: str) -> ToolCard | None:
    return kept_card(name, CARDS, lambda: pytest.fail(f"the kept card of {name} imported its tool"))


FRESH_CARDS = """
import json
from genaiops.toolcards import card_data
from genaiops.tools import load_tools
print(json.dumps({spec.name: card_data(spec) for spec in load_tools()}))
"""


def test_every_tool_has_a_current_card_that_says_what_the_tool_says() -> None:
    """The shipped cards were made from the tools as they are (else: `.venv/bin/python -m
    genaiops.cli.tools_catalogue`); each one holds, field for field, what the tool's module says now. The cards
    are made in a fresh interpreter, as the catalogue command makes them: a model's core schema takes another shape
    (a `definitions` wrapper) when a model it refers to was built first, so in this process the shape would depend
    on which test files ran before (tests/store/test_alert_intake.py then this file failed on rank_root_causes)."""
    specs = {spec.name: spec for spec in load_tools()}
    assert sorted(p.stem for p in CARDS.glob("*.json")) == sorted(specs)
    made = subprocess.run([sys.executable, "-c", FRESH_CARDS], capture_output=True, text=True, timeout=300, cwd=REPO)
    assert made.returncode == 0, made.stderr
    fresh = json.loads(made.stdout)
    for name in specs:
        kept = json.loads((CARDS / f"{name}.json").read_text(encoding="utf-8"))
        assert kept == fresh[name], f"{name}: rewrite the cards"
        assert _kept(name) is not None, f"{name}: its card is not current"
    kept_schemas = [name for name in specs if json.loads((CARDS / f"{name}.json").read_text())["schema"]]
    assert len(kept_schemas) >= 40  # most tools' arguments are checked without their module


def test_a_card_checks_arguments_as_the_tool_input_model_does() -> None:
    """Over every tool with a kept schema: its arguments in the shipped scenarios, each field set to odd values
    of every kind, a field too many and none at all give the same errors (type, place, message, input)."""
    samples = _scenario_args()
    compared = 0
    for spec in load_tools():
        card = _kept(spec.name)
        assert card is not None
        if not card.checks_arguments_alone:
            continue  # checked by the model itself
        bases = [{}, *samples.get(spec.name, [])]
        inputs: list[Any] = [*bases, None, [], "text"]
        for base in bases:
            inputs += [{**base, field: value} for field in card.fields for value in ODD_VALUES]
            inputs.append({**base, "no_such_argument": 1})
        for args in inputs:
            assert _plain(card.args_errors(args)) == _plain(_model_errors(spec.input_model, args)), (spec.name, args)
            compared += 1
    assert compared > 5000


def test_a_card_answers_outputs_resources_and_policy_as_the_tool() -> None:
    """Output paths (``${task.output.a.b}``), the resources arguments need and what the policy reads."""
    tools = load_tools()
    card = _kept("rank_root_causes")
    spec = tools.get("rank_root_causes")
    assert card is not None and (card.name, card.risk, card.actions) == (spec.name, spec.risk, spec.actions)
    assert card.output_problem(["candidates"]) is None
    part, outputs = card.output_problem(["candidatez"])
    assert part == "candidatez" and outputs == tuple(spec.result_model.model_fields)
    query = _kept("query_metrics")
    assert query is not None
    assert query.needed_resources({"query": "up"}) == spec_needs(tools, "query_metrics", {"query": "up"})
    assert query.needed_resources({"metric": "error_rate"}) == frozenset()
    restart = _kept("restart_service")
    assert restart is not None and restart.restores and restart.actions == tools.get("restart_service").actions


def spec_needs(tools: ToolRegistry, name: str, args: dict[str, Any]) -> frozenset[str]:
    return tools.get(name).needed_resources(args)


def test_a_card_made_from_other_sources_is_not_used(tmp_path) -> None:
    """A changed source file (its digest), another card format or another tool's name: the tool is imported."""
    text = (CARDS / "validate_model.json").read_text(encoding="utf-8")
    (tmp_path / "validate_model.json").write_text(text, encoding="utf-8")
    assert kept_card("validate_model", tmp_path, lambda: pytest.fail("imported")) is not None
    changes: list[dict[str, Any]] = [{"digest": "0" * 64}, {"format": 999}, {"name": "train_model"}, {"sources": "x"},
                                     {"sources": [1]}, {"fields": "x"}, {"outputs": {}}, {"links": None}]  # fmt: skip
    for change in changes:
        (tmp_path / "validate_model.json").write_text(json.dumps(json.loads(text) | change), encoding="utf-8")
        assert kept_card("validate_model", tmp_path, lambda: pytest.fail("imported")) is None, change
    (tmp_path / "validate_model.json").write_text("{not json", encoding="utf-8")
    assert kept_card("validate_model", tmp_path, lambda: pytest.fail("imported")) is None


class _Picky(BaseModel):
    low: int
    high: int

    def ordered(self) -> bool:
        return self.low <= self.high

    @model_validator(mode="after")
    def _check(self) -> _Picky:
        if not self.ordered():  # a method of the model's own class: a shell does not have it
            raise ValueError("low must not exceed high")
        return self


class _Done(BaseModel):
    ok: bool


def test_a_validator_that_needs_the_model_class_is_answered_by_the_model(monkeypatch) -> None:
    """A kept validator that cannot run on the card's shell (here: one calling a method of its model) makes the
    tool's model answer, with its own errors."""
    from genaiops.tools.sre import arg_rules

    def needs_the_class(model: Any) -> Any:
        return model.model_copy()  # a method of the model's class: a shell has none

    spec = load_tools().get("query_metrics")  # the model built with the rule as shipped, whatever ran before
    monkeypatch.setattr(arg_rules, "query_metrics_one_question", needs_the_class)  # what the card will import
    loaded: list[str] = []
    card = kept_card("query_metrics", CARDS, lambda: loaded.append("query_metrics") or spec)
    assert card is not None and card.checks_arguments_alone
    args = {"metric": "error_rate", "query": "up"}  # both: the model's own rule refuses them
    assert _plain(card.args_errors(args)) == _plain(_model_errors(spec.input_model, args)) != []
    assert loaded == ["query_metrics"] and card.args_errors({"metric": "error_rate"}) == []


def test_a_tool_without_a_card_is_read_from_its_module() -> None:
    """A tool registered at run time (a plugin's) has no kept card: its card is live and checks with its model."""
    tools = ToolRegistry()

    @tools.tool()
    def picky(args: _Picky) -> _Done:
        """Accept an ordered pair."""
        return _Done(ok=True)

    card = tools.card("picky")
    assert card.spec is tools.get("picky") and card == tools.card("picky")
    assert live_card(card.spec).fields == ("low", "high")
    assert [e["loc"] for e in card.args_errors({"low": "x"})] == [("low",), ("high",)]


def test_a_kept_card_imports_nothing_but_its_own_sources(tmp_path) -> None:
    """A reference in a card to a module that is not one of its digest-checked sources is never imported: the
    tool's model answers instead."""
    data = json.loads((CARDS / "correlate_incidents.json").read_text(encoding="utf-8"))
    nodes = []
    for path in data["links"]:  # the last function named (an empty list's factory is a link too)
        node = data["schema"]
        for step in path:
            node = node[step]
        nodes.append(node)
    node = [n for n in nodes if "$fn" in n][-1]
    node["$fn"] = "this:s"  # the standard library's Zen of Python: printed on import
    (tmp_path / "correlate_incidents.json").write_text(json.dumps(data), encoding="utf-8")
    loaded: list[str] = []
    spec = load_tools().get("correlate_incidents")
    card = kept_card("correlate_incidents", tmp_path, lambda: loaded.append("tool") or spec)
    assert card is not None
    assert _plain(card.args_errors({})) == _plain(_model_errors(spec.input_model, {}))
    assert loaded == ["tool"] and "this" not in sys.modules
