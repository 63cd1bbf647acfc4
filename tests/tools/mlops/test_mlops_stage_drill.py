"""stage_model_drill: a drill's model in service on the drill stand-ins, its history as the gated tools leave it,
a second staging that leaves a registered model alone, and a refusal on a real registry."""

from __future__ import annotations

from datetime import timedelta

import pytest

from genaiops.errors import ToolExecutionError


def test_staging_two_versions_leaves_a_champion_with_a_previous_holder_served(call) -> None:
    """v1 then v2 promoted in turn: v2 is the champion, v1 its previous holder, and the endpoint serves v2."""
    data = call("load_dataset", source="breast_cancer")
    staged = call("stage_model_drill", model_name="cancer", dataset=data.dataset_id, versions=2, minutes_ago=30)
    assert (staged.staged, staged.versions, staged.champion, staged.previous) == (True, [1, 2], 2, 1)
    assert staged.endpoint == "cancer"
    scored = call("score_batch", endpoint="cancer", dataset=data.dataset_id, log=False)
    assert scored.version == 2
    undone = call("rollback_model", model_name="cancer", reason="drill")
    assert (undone.from_version, undone.to_version) == (2, 1)


def test_the_champion_is_promoted_and_deployed_minutes_ago(call) -> None:
    """The staged champion's promotion and deployment are dated `minutes_ago` before the call's time."""
    data = call("load_dataset", source="breast_cancer")
    call("stage_model_drill", model_name="cancer", dataset=data.dataset_id, minutes_ago=20)
    staged_at = call.now  # the caller's clock at the staging call
    history = call("describe_model", model_name="cancer").history
    moved = [e.at for e in history if e.kind in ("alias_set", "deployed")]
    assert moved and all(at == staged_at - timedelta(minutes=20) for at in moved)


def test_a_registered_model_is_left_alone(call) -> None:
    """Staging a model that is registered trains nothing and moves no alias (staged false, same versions)."""
    data = call("load_dataset", source="breast_cancer")
    call("stage_model_drill", model_name="cancer", dataset=data.dataset_id, versions=2)
    again = call("stage_model_drill", model_name="cancer", dataset=data.dataset_id, versions=3)
    assert (again.staged, again.versions, again.champion) == (False, [1, 2], 2)


def test_a_real_registry_is_refused(call) -> None:
    """A registry that is not a drill stand-in (no `drill = True`) is refused, naming it."""

    class Real:
        def list_models(self) -> list[str]:
            return []

    call.resources = {**call.resources, "model_registry": Real()}  # the fixture closes the original resources
    with pytest.raises(ToolExecutionError, match="drill stand-ins only, and model_registry is a real system"):
        call("stage_model_drill", model_name="cancer", dataset="x")
