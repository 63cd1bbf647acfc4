"""Agent memory on an embedded Chroma store: indexing, write-back, persistence, prompt versions, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from genaiops.agents.memory import (
    COLLECTIONS,
    Memory,
    PromptVersionSpec,
    ResolvedIncidentSpec,
    open_memory,
)
from genaiops.errors import NotFoundError, SettingsError, UserError

RUNBOOK = """---
id: {id}
title: {title}
fault_kind: general
signals: [{signal}]
tools: [observe_services]
actions: []
---

# {title}

## Recognise
{body}
"""


def write_runbook(folder: Path, rid: str, title: str, body: str, signal: str = "something odd") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{rid}.md").write_text(RUNBOOK.format(id=rid, title=title, body=body, signal=signal))


def incident(**changes: object) -> ResolvedIncidentSpec:
    base = dict(
        id="INC-7",
        title="orders-db: dependency outage",
        symptoms="orders-db refused connections; checkout and cart failed 80% of requests",
        root_service="orders-db",
        fault_kind="dependency_outage",
        resolution="failed orders-db over to eu-central-1; callers recovered",
        actions=["fail_over"],
        services=["orders-db", "checkout", "cart"],
        run_id="run-42",
    )
    return ResolvedIncidentSpec.model_validate(base | changes)


@pytest.fixture
def memory(tmp_path: Path) -> Memory:
    return open_memory(tmp_path / "home")


def test_importing_the_package_does_not_import_chromadb() -> None:
    """chromadb and scikit-learn load only when memory is opened, so importing the package stays cheap."""
    code = "import sys, genaiops.agents.memory; print('chromadb' in sys.modules, 'sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_memory_lives_under_home_and_every_collection_uses_our_embedding(tmp_path: Path, memory: Memory) -> None:
    """The store is <home>/memory and no collection is bound to Chroma's downloading default embedding."""
    assert (tmp_path / "home" / "memory").is_dir()
    for name in COLLECTIONS:
        config = memory.collection(name).configuration_json
        assert config["embedding_function"]["name"] == "genaiops-offline"
        assert config["embedding_function"]["config"]["encoder"] == "hashing"
        assert config["hnsw"]["space"] == "cosine"


def test_the_default_embedding_function_is_never_called(memory: Memory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Indexing, writing back and searching work with Chroma's default embedding function made to fail."""
    from chromadb.utils import embedding_functions

    def refuse(self, input):  # noqa: ANN001, ANN202
        raise AssertionError("Chroma's default embedding function was called")

    monkeypatch.setattr(embedding_functions.DefaultEmbeddingFunction, "__call__", refuse)
    memory.index_runbooks()
    memory.add_incident(incident())
    assert memory.find_runbooks("orders database down")
    assert memory.similar_incidents("orders database down")[0].id == "incident:INC-7"


def test_reindexing_the_shipped_runbooks_adds_nothing(memory: Memory) -> None:
    """Indexing twice leaves the collection as it was: stable ids, unchanged content hashes."""
    first = memory.index_runbooks()
    second = memory.index_runbooks()
    assert "runbook:latency_spike" in first.added and not first.updated
    assert second.added == second.updated == second.removed == []
    assert sorted(second.unchanged) == sorted(first.added)
    assert memory.count("runbooks") == len(first.added)


def test_reindexing_updates_changed_and_removes_deleted_runbooks(tmp_path: Path, memory: Memory) -> None:
    """A changed runbook is re-embedded, a deleted one leaves memory, others are untouched."""
    folder = tmp_path / "runbooks"
    write_runbook(folder, "disk_full", "disk full", "The volume is at 100 %.")
    write_runbook(folder, "cert_expiry", "certificate expired", "TLS handshakes fail.")
    assert sorted(memory.index_runbooks(folder).added) == ["runbook:cert_expiry", "runbook:disk_full"]
    write_runbook(folder, "disk_full", "disk full", "The volume is at 100 %; logs fill it.")
    (folder / "cert_expiry.md").unlink()
    result = memory.index_runbooks(folder)
    assert (result.updated, result.removed, result.unchanged) == (["runbook:disk_full"], ["runbook:cert_expiry"], [])
    assert memory.count("runbooks") == 1
    assert "logs fill it" in memory.find_runbooks("no space left on device")[0].document


def test_a_resolved_incident_written_back_is_found_with_its_metadata(memory: Memory) -> None:
    """add_incident then similar_incidents: the incident comes back first, with distance and flat metadata."""
    memory.add_incidents([incident(id=f"INC-{i}", root_service=f"svc-{i}", title=f"svc-{i} slow") for i in range(5)])
    memory.add_incident(incident())
    hit = memory.similar_incidents("orders-db is refusing connections, checkout failing", k=2)[0]
    assert hit.id == "incident:INC-7" and 0 <= hit.distance < 1
    assert hit.metadata["root_service"] == "orders-db" and hit.metadata["actions"] == "fail_over"
    assert hit.metadata["run_id"] == "run-42" and hit.metadata["cleared"] is True
    assert "Resolution: failed orders-db over" in hit.document


def test_writing_an_incident_again_replaces_it(memory: Memory) -> None:
    """The incident id is the document id: a second write-back updates, never duplicates."""
    memory.add_incident(incident())
    memory.add_incident(incident(resolution="restarted orders-db; it came back"))
    assert memory.count("incidents") == 1
    assert "restarted orders-db" in memory.similar_incidents("orders-db")[0].document


def test_incidents_can_be_filtered_by_metadata(memory: Memory) -> None:
    """similar_incidents passes a metadata filter through to Chroma."""
    memory.add_incident(incident())
    memory.add_incident(incident(id="INC-8", fault_kind="latency_spike", symptoms="orders-db slow"))
    hits = memory.similar_incidents("orders-db", where={"fault_kind": "latency_spike"})
    assert [h.id for h in hits] == ["incident:INC-8"]


def test_consult_returns_runbooks_and_past_incidents(memory: Memory) -> None:
    """consult gives the SRE both the nearest runbooks and the most similar resolved incidents."""
    memory.index_runbooks()
    memory.add_incident(incident())
    found = memory.consult("orders-db refused connections, checkout and cart failed", k=3)
    assert len(found.runbooks) == 3 and found.incidents[0].id == "incident:INC-7"
    assert "runbook:dependency_outage" in [h.id for h in found.runbooks]


def test_memory_persists_and_reopens_in_a_new_process(tmp_path: Path, memory: Memory) -> None:
    """A fresh process rebuilds our registered embedding function from the persisted config and finds the data."""
    memory.index_runbooks()
    memory.add_incident(incident())
    code = (
        "import json, sys; from pathlib import Path; from genaiops.agents.memory import open_memory\n"
        "m = open_memory(Path(sys.argv[1]))\n"
        "hit = m.similar_incidents('orders-db connections refused')[0]\n"
        "print(json.dumps([hit.id, m.count('runbooks'), m.embedding_of('incidents').name,"
        " m.index_runbooks().added]))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "home")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    hit, runbooks, encoder, added = json.loads(out.stdout)
    assert hit == "incident:INC-7" and runbooks == memory.count("runbooks") and encoder == "hashing"
    assert added == []


def test_reopening_with_another_embedding_is_refused(tmp_path: Path, memory: Memory) -> None:
    """A collection keeps the embedding it was built with; asking for another names both and the fix."""
    memory.add_incident(incident())
    other = open_memory(tmp_path / "home", embedding="hybrid")
    with pytest.raises(SettingsError, match="built with embedding .*hashing.*open it with embedding='hashing'"):
        other.similar_incidents("orders-db")
    assert open_memory(tmp_path / "home").similar_incidents("orders-db")[0].id == "incident:INC-7"


def test_scenarios_are_indexed_idempotently(tmp_path: Path, memory: Memory) -> None:
    """Every scenario YAML becomes one document (name, description, task descriptions); re-indexing adds none."""
    folder = tmp_path / "scenarios"
    (folder / "llmops").mkdir(parents=True)
    (folder / "canary.yaml").write_text(
        "name: canary-release\ndescription: promote a canary if its p99 latency is healthy\n"
        "tasks:\n  - {id: probe, tool: synthetic_metric, role: sre, description: measure the canary}\n"
    )
    (folder / "llmops" / "suite.yaml").write_text("suite: support-answers\ndescription: grounded support answers\n")
    assert memory.index_scenarios(folder).added == ["scenario:canary.yaml", "scenario:llmops/suite.yaml"]
    assert memory.index_scenarios(folder).added == []
    top = memory.search("scenarios", "roll out a release after checking canary latency", k=1).hits[0]
    assert top.id == "scenario:canary.yaml" and top.metadata["tools"] == "synthetic_metric"


def test_prompt_versions_are_recorded_and_immutable(memory: Memory) -> None:
    """Recording the same version twice is a no-op; a different text under one version is refused."""
    v1 = PromptVersionSpec(prompt="support_answer", version="v1", template="Answer: {{$q}}", notes="first")
    v2 = PromptVersionSpec(prompt="support_answer", version="v2", template="Answer briefly: {{$q}}", status="released")
    assert memory.record_prompt_version(v1) == "prompt:support_answer@v1"
    memory.record_prompt_version(v1)
    memory.record_prompt_version(v2)
    assert [r["version"] for r in memory.prompt_versions("support_answer")] == ["v1", "v2"]
    with pytest.raises(UserError, match="already recorded with another text.*new version"):
        memory.record_prompt_version(v1.model_copy(update={"template": "changed"}))
    assert memory.search("prompt_versions", "answer briefly", k=1).hits[0].metadata["status"] == "released"


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda m: m.search("runbook", "x"), NotFoundError, "no collection 'runbook' \\(did you mean 'runbooks'\\?\\)"),
        (lambda m: m.search("runbooks", "   "), UserError, "query is empty"),
        (lambda m: m.similar_incidents(""), UserError, "query is empty"),
        (lambda m: m.search("runbooks", "slow", k=0), UserError, "k must be at least 1"),
        (lambda m: m.index_scenarios(Path("/no/such/dir")), UserError, "does not exist"),
    ],
)
def test_bad_input_raises_a_clear_error(memory: Memory, call, error, message) -> None:  # noqa: ANN001
    """Unknown collections, empty queries, bad k and missing folders are user errors that say what to fix."""
    with pytest.raises(error, match=message):
        call(memory)


def test_an_empty_collection_returns_no_hits(memory: Memory) -> None:
    """Searching a collection with nothing in it is an empty result, not an error."""
    assert memory.similar_incidents("anything at all") == []


def test_unknown_embedding_names_suggest_the_right_one(tmp_path: Path) -> None:
    """A misspelt embedding name is a SettingsError with a suggestion."""
    with pytest.raises(SettingsError, match="'hashin' is unknown \\(did you mean 'hashing'\\?\\)"):
        open_memory(tmp_path, embedding="hashin")


def test_an_unreachable_server_url_names_the_url_and_the_fix() -> None:
    """A Chroma URL with nothing listening raises a SettingsError naming the URL and how to start a server."""
    import socket

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens on it
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    with pytest.raises(SettingsError, match=f"cannot reach the Chroma server at {url}.*chroma run --host"):
        open_memory(url=url)


def test_a_non_http_server_url_is_refused() -> None:
    """Only http(s) URLs name a Chroma server."""
    with pytest.raises(SettingsError, match="not an http\\(s\\) URL"):
        open_memory(url="ftp://chroma.local")
