"""Optional resources (genaiops.resources): a tool's `needs`/`uses`, what validation reports when one is not
configured, what the runtime says is configured, and the check a run makes before it starts."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from genaiops.errors import GraphValidationError, SettingsError, ToolExecutionError
from genaiops.graphs import parse_scenario
from genaiops.registry import ToolContext, ToolRegistry
from genaiops.resources import RESOURCE_SETTINGS
from genaiops.runtime import check_resources, configured_resources
from genaiops.settings import Settings


class Nothing(BaseModel):
    pass


def _registry() -> ToolRegistry:
    registry = ToolRegistry()

    @registry.tool(needs=("prometheus",))
    def scrape(args: Nothing) -> Nothing:
        """Needs Prometheus whatever its arguments."""
        return args

    @registry.tool(needs=("receiver",))
    def note(args: Nothing) -> Nothing:
        """Needs a resource every engine has."""
        return args

    return registry


FLOW = "name: x\ntasks:\n  - id: a\n    tool: scrape\n  - id: b\n    tool: note\n"


def test_fixed_needs_are_validation_problems_naming_the_setting():
    """needs=("prometheus",): unconfigured, the task is a problem naming GENAIOPS_PROMETHEUS_URL; a resource
    without a row in RESOURCE_SETTINGS (every engine has it) never is."""
    with pytest.raises(GraphValidationError) as info:
        parse_scenario(FLOW, _registry(), file="x.yaml", resources=frozenset())
    assert [p.message for p in info.value.problems] == [
        "task 'a': tool scrape needs Prometheus: set GENAIOPS_PROMETHEUS_URL (see README, Real systems)"
    ]
    assert "receiver" not in RESOURCE_SETTINGS
    parse_scenario(FLOW, _registry(), resources=frozenset({"prometheus"}))


def test_fixed_needs_count_as_uses():
    """A tool that needs a resource is checked before a run like one that uses it."""
    assert _registry().get("scrape").uses == frozenset({"prometheus"})


def test_configured_resources_follow_the_settings(monkeypatch):
    """GENAIOPS_PROMETHEUS_URL set: 'prometheus' is configured; unset: nothing is."""
    monkeypatch.delenv("GENAIOPS_PROMETHEUS_URL", raising=False)
    assert configured_resources(Settings(prometheus_url="http://127.0.0.1:9090")) == frozenset({"prometheus"})
    assert configured_resources(Settings()) == frozenset()


class _Down:
    def __init__(self) -> None:
        self.checked = 0

    def check(self) -> None:
        self.checked += 1
        raise ToolExecutionError("cannot reach Prometheus at http://x: check GENAIOPS_PROMETHEUS_URL")


def test_check_resources_turns_a_failed_check_into_a_settings_error():
    """A used, configured resource whose check fails is a SettingsError (exit 2) with its message; a resource
    no tool of the plan uses is not asked."""
    down = _Down()
    registry = _registry()
    with pytest.raises(SettingsError, match="cannot reach Prometheus at http://x"):
        check_resources({"prometheus": down}, [registry.get("scrape")])
    check_resources({"prometheus": down}, [registry.get("note")])
    assert down.checked == 1


def test_missing_resource_at_run_time_names_the_setting():
    """A tool reaching for an unconfigured optional resource says which setting configures it."""
    with pytest.raises(ToolExecutionError, match="this tool needs Prometheus: set GENAIOPS_PROMETHEUS_URL"):
        ToolContext("run", "task", "key", now=None).resource("prometheus")  # type: ignore[arg-type]
