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
