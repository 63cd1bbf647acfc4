"""The JSON schema shipped for editors is the one the code generates."""

import json
from pathlib import Path

from genaiops.graphs.schema import scenario_schema
from genaiops.tools import load_tools

SCHEMA = Path(__file__).resolve().parents[2] / "scenarios" / "scenario.schema.json"


def test_shipped_schema_is_current() -> None:
    """scenarios/scenario.schema.json equals the generated schema, tools' arguments included (regenerate:
    genaiops scenario schema --out scenarios/scenario.schema.json)."""
    assert json.loads(SCHEMA.read_text()) == scenario_schema(load_tools())


def test_shipped_schema_checks_each_tools_args() -> None:
    """An editor reading the shipped schema flags a misspelt argument and a wrong type in a tool's `args`, and
    accepts the tool's real arguments and `${task.field}` references in their place."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))

    def problems(args: dict) -> list[str]:
        doc = {"name": "x", "tasks": [{"id": "a", "tool": "query_metrics", "args": args}]}
        return [e.message for e in validator.iter_errors(doc)]

    assert problems({"metric": "error_rate", "lookback_minutes": 30}) == []
    assert problems({"metric": "error_rate", "lookback_minutes": "${b.minutes}"}) == []
    assert any("'lookback_minutess' was unexpected" in p for p in problems({"lookback_minutess": 30}))
    assert problems({"lookback_minutes": "thirty"}) != []
