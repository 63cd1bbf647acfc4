"""The home's prompt registry: releases are kept in order, the latest is current, a key releases at most once,
and roll_back_prompt (a gated action) makes the version before the current one current again."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from genaiops.errors import NotFoundError, ToolInputError
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.llmops.prompt_registry import PromptRegistry


def payload(version: str, at: str = "2026-11-30T09:00:00+00:00") -> str:
    return json.dumps(
        {
            "prompt": "support_answer",
            "version": version,
            "template": f"template {version}",
            "template_sha256": "0" * 64,
            "baseline": "v0",
            "at": at,
            "run_id": f"run-{version}",
            "task_id": "publish",
        }
    )


@pytest.fixture
def registry(tmp_path):
    opened = PromptRegistry(tmp_path / "prompts.db")
    yield opened
    opened.close()


def roll_back(registry: PromptRegistry, key: str = "rb-1"):
    ctx = ToolContext(
        run_id="run-rb",
        task_id="undo",
        idempotency_key=key,
        now=datetime(2026, 12, 1, 8, tzinfo=UTC),
        resources={"prompt_registry": registry},
    )
    return load_tools().get("roll_back_prompt").invoke({"prompt": "support_answer", "reason": "INC-9"}, ctx)


def test_the_latest_release_is_current_and_a_key_releases_once(registry):
    """v1 then v2: v2 is current, history lists both in order; the same key again changes nothing."""
    assert registry.apply("k1", payload("v1")).applied is True
    assert registry.apply("k2", payload("v2")).applied is True
    again = registry.apply("k2", payload("v2"))
    assert again.applied is False and again.release.version == "v2"
    assert registry.current("support_answer").version == "v2"
    assert [(r.version, r.run_id) for r in registry.history("support_answer")] == [("v1", "run-v1"), ("v2", "run-v2")]


def test_the_registry_survives_a_reopen(registry, tmp_path):
    """A release is on disk: another process (a new registry on the same file) sees the same current version."""
    registry.apply("k1", payload("v3"))
    other = PromptRegistry(tmp_path / "prompts.db")
    try:
        assert other.current("support_answer").version == "v3"
    finally:
        other.close()


def test_roll_back_prompt_restores_the_previous_version_once_per_key(registry):
    """After v1 and v2, roll_back_prompt makes v1 current (a new rollback release with the reason and the run's
    time); the same key again does nothing more."""
    registry.apply("k1", payload("v1"))
    registry.apply("k2", payload("v2"))
    first = roll_back(registry)
    assert (first.version, first.replaced, first.applied) == ("v1", "v2", True)
    assert roll_back(registry).applied is False
    history = registry.history("support_answer")
    assert [(r.version, r.kind) for r in history] == [("v1", "publish"), ("v2", "publish"), ("v1", "rollback")]
    assert (history[-1].reason, history[-1].released_at) == ("INC-9", "2026-12-01T08:00:00+00:00")
    assert registry.current("support_answer").version == "v1"


def test_roll_back_without_a_previous_version_is_refused(registry):
    """Nothing released, or one version only: an input error saying there is nothing to roll back to."""
    with pytest.raises(ToolInputError, match="never released"):
        roll_back(registry)
    registry.apply("k1", payload("v1"))
    with pytest.raises(ToolInputError, match="no previous version"):
        roll_back(registry, key="rb-2")


def test_roll_back_prompt_is_a_gated_action_on_the_registry():
    """roll_back_prompt declares rolls_back on the prompt_registry (gated by default; scripted only in drills)."""
    spec = load_tools().get("roll_back_prompt")
    assert spec.actions == frozenset({"rolls_back"}) and spec.acts_on == frozenset({"prompt_registry"})


def test_an_unknown_prompt_names_the_released_ones(registry):
    """history of an unknown prompt: NotFoundError with a suggestion."""
    registry.apply("k1", payload("v1"))
    with pytest.raises(NotFoundError, match="did you mean 'support_answer'"):
        registry.history("support_answr")
