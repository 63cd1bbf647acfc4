"""The JSON schema shipped for editors is the one the code generates."""

import json
from pathlib import Path

from genaiops.graphs import ScenarioSpec

SCHEMA = Path(__file__).resolve().parents[2] / "scenarios" / "scenario.schema.json"


def test_shipped_schema_is_current() -> None:
    """scenarios/scenario.schema.json equals ScenarioSpec's schema (regenerate: genaiops scenario schema --out ...)."""
    assert json.loads(SCHEMA.read_text()) == ScenarioSpec.model_json_schema()
