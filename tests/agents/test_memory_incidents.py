"""The SRE's memory loop: diagnose a simulated incident, consult memory, fix it, write it back, find it again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from genaiops.agents.memory import guess_fault_kind, open_memory, resolved_incident, symptoms_of
from genaiops.registry import ToolContext
from genaiops.tools import load_tools
from genaiops.tools.sre.simulate import make_incident


def context(inc, now, key: str = "-") -> ToolContext:  # noqa: ANN001
    return ToolContext(run_id="run-1", task_id="t", idempotency_key=key, now=now, resources={"environment": inc.env})


def diagnose(seed: int, kind: str):  # noqa: ANN201
    inc = make_incident("shop", seed, [kind])
    ranking = (
        load_tools()
        .get("rank_root_causes")
        .invoke({"metrics": inc.env.observe(inc.start, inc.end)}, context(inc, inc.end))
    )
    return inc, ranking


def test_a_bad_deploy_is_diagnosed_rolled_back_written_back_and_recalled(tmp_path: Path) -> None:
    """symptoms_of gives the query; resolved_incident records the roll back and its verification; it is found."""
    tools = load_tools()
    inc, ranking = diagnose(501, "bad_deploy")
    memory = open_memory(tmp_path)
    memory.index_runbooks()
    query = symptoms_of(ranking)
    assert inc.faults[0].service in query and "deploy" in query
    assert "runbook:bad_deploy" in [h.id for h in memory.consult(query).runbooks]

    service = ranking.candidates[0].service
    fix = tools.get("roll_back_deploy").invoke({"service": service}, context(inc, inc.end, "fix-1"))
    later = inc.end + timedelta(minutes=20)
    check = tools.get("verify_remediation").invoke(
        {"services": ranking.incident.services, "incident_onset": ranking.incident.onset, "action_at": inc.end},
        context(inc, later),
    )
    record = resolved_incident(
        "INC-501", ranking, [fix], check, runbook="bad_deploy", resolved_at=later, run_id="run-1"
    )
    assert (record.fault_kind, record.actions, record.cleared) == ("bad_deploy", ["roll_back"], check.cleared)
    assert f"rolled {service} back" in record.resolution
    memory.add_incident(record)

    _, again = diagnose(501, "bad_deploy")
    hit = memory.consult(symptoms_of(again)).incidents[0]
    assert hit.id == "incident:INC-501" and hit.metadata["runbook"] == "bad_deploy"
    assert hit.metadata["resolved_at"] == later.isoformat().replace("+00:00", "Z")


@pytest.mark.parametrize(
    ("seed", "kind"), [(502, "bad_deploy"), (520, "resource_exhaustion"), (540, "dependency_outage")]
)
def test_the_fault_kind_label_is_read_from_the_evidence(seed: int, kind: str) -> None:
    """Without a runbook named, the memory label comes from the top candidate's evidence."""
    _, ranking = diagnose(seed, kind)
    assert guess_fault_kind(ranking.candidates[0]) == kind
    assert resolved_incident("x", ranking).fault_kind == kind


def test_resolved_incident_needs_a_diagnosis() -> None:
    """A ranking with no incident cannot be written back."""
    from genaiops.tools.sre.rank_root_causes import RankRootCausesResult

    empty = RankRootCausesResult(incident=None, candidates=[], incidents_found=0)
    assert symptoms_of(empty) == ""
    with pytest.raises(ValueError, match="needs a ranking"):
        resolved_incident("x", empty)
