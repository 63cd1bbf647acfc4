"""The home's drill serving target outlives the process: a roll back paused at its gate, approved by another person
in another process and resumed in a third, verifies through the endpoint the first process deployed; records are
read by later processes, swapped when another process redeploys, and a missing or damaged record is a clear error."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from genaiops.errors import ToolExecutionError, ToolInputError
from genaiops.tools.mlops import SqlModelRegistry, build_mlops_resources, close_mlops_resources
from genaiops.tools.mlops.lib.serving_drill import DrillRecordError

ROLLBACK = Path(__file__).resolve().parents[3] / "scenarios" / "mlops" / "model_rollback.yaml"


# --- through the CLI, one process per step ----------------------------------------------------------------------


def _paused_rollback(cli) -> tuple[str, str]:  # noqa: ANN001 - the conftest's Cli
    """``genaiops run`` of the shipped roll back as bob: it pauses at its gate; (run id, approval id)."""
    ran = cli("run", ROLLBACK, "--set", "version=1")
    assert ran.returncode == 3, ran.stdout + ran.stderr
    run_id = re.search(r"run (run-[\w-]+): paused", ran.stdout).group(1)
    approval_id = re.search(r"(ap-[0-9a-f]+)\s+task rollback", ran.stdout).group(1)
    return run_id, approval_id


def _record(cli) -> dict:  # noqa: ANN001
    return json.loads((cli.home / "serving" / "cancer-classifier" / "drill.json").read_text(encoding="utf-8"))


def test_a_rollback_approved_and_resumed_in_other_processes_verifies_through_the_endpoint(cli_home) -> None:
    """run (pauses at the gate) -> alice approves (another process) -> resume (another): the run succeeds, the
    roll back redeployed the endpoint the first process deployed, and verify scored with the restored version."""
    run_id, approval_id = _paused_rollback(cli_home)
    assert _record(cli_home)["deployment"]["version"] == 2
    approved = cli_home("approvals", "approve", approval_id, "--reason", "ok", "--as", "alice")
    assert approved.returncode == 0, approved.stdout + approved.stderr
    resumed = cli_home("resume", run_id)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    assert f"run {run_id}: succeeded" in resumed.stdout
    shown = cli_home("runs", "show", run_id, "--outputs", "-o", "json")
    outputs = json.loads(shown.stdout)["outputs"]
    assert outputs["rollback"]["redeployed"] == ["cancer-classifier"]
    assert (outputs["verify"]["version"], outputs["verify"]["rows"]) == (1, 569)
    recorded = _record(cli_home)["deployment"]
    assert (recorded["version"], recorded["model_name"], recorded["alias"]) == (1, "cancer-classifier", "champion")
    assert set(recorded) == {"endpoint", "model_name", "alias", "version", "artifact_sha", "features"}  # no model
    listed = cli_home("serving", "list")
    assert listed.returncode == 0, listed.stdout + listed.stderr
    assert re.search(r"cancer-classifier\s+cancer-classifier\s+champion\s+1\s.*drill", listed.stdout), listed.stdout
    (shaped,) = json.loads(cli_home("serving", "list", "-o", "json").stdout)
    assert (shaped["endpoint"], shaped["version"], shaped["kind"], shaped["pid"]) == (
        "cancer-classifier",
        1,
        "drill",
        None,
    )


def test_a_damaged_record_fails_the_resumed_run_with_a_clear_error_and_no_change(cli_home) -> None:
    """The record damaged while the run waits: the resumed roll back fails before it moves the alias, naming the
    file and the fix; no traceback; the champion is still v2."""
    run_id, approval_id = _paused_rollback(cli_home)
    (cli_home.home / "serving" / "cancer-classifier" / "drill.json").write_text('{"deployment": {"endp', "utf-8")
    cli_home("approvals", "approve", approval_id, "--reason", "ok", "--as", "alice")
    resumed = cli_home("resume", run_id)
    said = resumed.stdout + resumed.stderr
    assert resumed.returncode == 1 and "Traceback" not in said, said
    assert "cancer-classifier/drill.json cannot be used (not JSON" in said and "deploy the model again" in said
    shown = json.loads(cli_home("runs", "show", run_id, "--outputs", "-o", "json").stdout)
    assert "verify" not in shown["outputs"] and "rollback" not in shown["outputs"]
    assert [t["status"] for t in shown["tasks"] if t["task_id"] == "rollback"] == ["failed"]
    listed = cli_home("serving", "list", "-o", "json")  # the damaged record is listed with its problem, no traceback
    assert listed.returncode == 0, listed.stdout + listed.stderr
    (shaped,) = json.loads(listed.stdout)
    assert shaped["endpoint"] == "cancer-classifier" and "cannot be used (not JSON" in shaped["problem"]
    registry = SqlModelRegistry.open(f"sqlite:///{cli_home.home / 'genaiops.db'}")
    try:
        assert registry.aliases("cancer-classifier") == {"champion": 2}
    finally:
        registry.close()


# --- two processes' resources over one home ------------------------------------------------------------------


@pytest.fixture
def processes(tmp_path, caller_for):
    """Callers over separate resources built on one home, as two processes see it."""
    made = []

    def make():  # noqa: ANN202
        made.append(build_mlops_resources(tmp_path / "home", store_url=f"sqlite:///{tmp_path / 'home' / 'g.db'}"))
        return caller_for(made[-1])

    yield make
    for res in made:
        close_mlops_resources(res)


@pytest.fixture
def staged(processes):
    """A first process stages cancer v1 and v2 (v2 champion, deployed); (that caller, the dataset id)."""
    first = processes()
    data = first("load_dataset", source="breast_cancer")
    first("stage_model_drill", model_name="cancer", dataset=data.dataset_id, versions=2)
    return first, data.dataset_id


def test_a_later_process_serves_the_recorded_model_and_sees_another_process_roll_back(processes, staged) -> None:
    """A second process scores through the endpoint the first deployed; after it rolls back, the first process
    (which still held v2 in memory) answers with v1 at its next look-up."""
    first, dataset = staged
    second = processes()
    assert second("score_batch", endpoint="cancer", dataset=dataset, log=False).version == 2
    assert second("rollback_model", model_name="cancer", reason="drill").redeployed == ["cancer"]
    assert first("score_batch", endpoint="cancer", dataset=dataset, log=False).version == 1
    assert [d.version for d in first.resources["serving"].deployments()] == [1]


def test_a_missing_record_means_nothing_deployed(processes, staged, tmp_path) -> None:
    """A record deleted: the endpoint serves nothing, in this process too (score_batch says to deploy first)."""
    first, dataset = staged
    (tmp_path / "home" / "serving" / "cancer" / "drill.json").unlink()
    for caller in (first, processes()):
        with pytest.raises(ToolInputError, match="'cancer' has nothing deployed; run deploy_model first"):
            caller("score_batch", endpoint="cancer", dataset=dataset, log=False)
        assert caller.resources["serving"].deployments() == []


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda p: p.write_bytes(b"\xff\xfe not text"), "not UTF-8 text"),
        (lambda p: p.write_text("[1, 2]", "utf-8"), "not a JSON object with a deployment"),
        (lambda p: p.write_text('{"endpoint": "cancer"}', "utf-8"), "no 'deployment' in it"),
        (
            lambda p: p.write_text(json.dumps({"deployment": {**_loaded(p), "version": "two"}}), "utf-8"),
            "deployment.version: Input should be a valid integer",
        ),
        (
            lambda p: p.write_text(json.dumps({"deployment": {**_loaded(p), "endpoint": "other"}}), "utf-8"),
            "it names endpoint 'other'",
        ),
        (
            lambda p: p.write_text(json.dumps({"deployment": {**_loaded(p), "artifact_sha": "0" * 64}}), "utf-8"),
            "v2 of 'cancer' cannot be loaded: no artifact 000000000000",
        ),
    ],
    ids=["binary", "a-list", "no-deployment", "wrong-type", "other-endpoint", "no-artifact"],
)
def test_a_damaged_record_is_a_clear_error_in_a_later_process(processes, staged, tmp_path, damage, reason) -> None:
    """A record a later process cannot use is a DrillRecordError naming the file, what is wrong and the fix."""
    _, dataset = staged
    damage(tmp_path / "home" / "serving" / "cancer" / "drill.json")
    with pytest.raises(DrillRecordError) as caught:
        processes()("score_batch", endpoint="cancer", dataset=dataset, log=False)
    assert isinstance(caught.value, ToolExecutionError)
    assert f"serving/cancer/drill.json cannot be used ({reason}" in str(caught.value)
    assert "deploy the model again (deploy_model, or the scenario's stage step)" in str(caught.value)


def test_a_changed_artifact_is_refused_not_served(processes, staged, tmp_path) -> None:
    """The recorded model's artifact changed on disk: the later process refuses it (integrity check), names the
    record, and serves nothing from it; with the artifact restored, it serves again."""
    _, dataset = staged
    sha = json.loads((tmp_path / "home" / "serving" / "cancer" / "drill.json").read_text())["deployment"]
    artifact = tmp_path / "home" / "artifacts" / sha["artifact_sha"][:2] / sha["artifact_sha"]
    good = artifact.read_bytes()
    artifact.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))
    later = processes()
    with pytest.raises(DrillRecordError, match=r"cannot be loaded: artifact \w+… at .* failed its integrity check"):
        later("score_batch", endpoint="cancer", dataset=dataset, log=False)
    artifact.write_bytes(good)
    assert later("score_batch", endpoint="cancer", dataset=dataset, log=False).version == 2


def test_an_endpoint_name_that_is_no_folder_name_is_refused(staged) -> None:
    """deploy_model to an endpoint named like a path is refused before anything is written."""
    first, _ = staged
    with pytest.raises(ToolInputError, match="endpoint name '../x' is not valid"):
        first("deploy_model", model_name="cancer", endpoint="../x")


def _loaded(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["deployment"]


def test_records_written_at_once_are_always_whole(tmp_path) -> None:
    """Writers racing on one record (each with its own temp file) never fail, and a reader always finds one
    writer's whole record, never a mix or a torn file."""
    from concurrent.futures import ThreadPoolExecutor

    from genaiops.tools.mlops.lib.serving import write_json

    path = tmp_path / "drill.json"
    write_json(path, {"writer": -1, "pad": "x" * 50_000})

    def write(writer: int) -> None:
        for _ in range(40):
            write_json(path, {"writer": writer, "pad": str(writer) * 50_000})

    def read(_: int) -> set[int]:
        seen = set()
        for _ in range(200):
            record = json.loads(path.read_text(encoding="utf-8"))
            assert set(record["pad"]) <= {str(record["writer"])[-1], "x"}
            seen.add(record["writer"])
        return seen

    with ThreadPoolExecutor(8) as pool:
        writers = [pool.submit(write, n) for n in range(6)]
        readers = [pool.submit(read, n) for n in range(2)]
        for done in (*writers, *readers):
            done.result()
    assert json.loads(path.read_text(encoding="utf-8"))["writer"] in range(6)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["drill.json"]  # no temp file left behind


def test_serving_stop_deletes_a_drill_record_and_names_drill_endpoints_when_unknown(cli_home) -> None:
    """`serving stop` knows the drill endpoints `serving list` shows: a misspelt name is exit 2 with "did you
    mean" and the drill endpoint among the endpoints; the right name deletes the record (exit 0) and the list is
    empty after; `--all` with nothing left says so, exit 0."""
    _paused_rollback(cli_home)
    wrong = cli_home("serving", "stop", "cancer-clasifier")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stderr, wrong.stdout + wrong.stderr
    assert "did you mean 'cancer-classifier'" in wrong.stderr and "['cancer-classifier']" in wrong.stderr
    stopped = cli_home("serving", "stop", "cancer-classifier")
    assert stopped.returncode == 0, stopped.stdout + stopped.stderr
    assert "stopped cancer-classifier (a drill record, no process: deleted)" in stopped.stdout
    assert not (cli_home.home / "serving" / "cancer-classifier" / "drill.json").exists()
    assert json.loads(cli_home("serving", "list", "-o", "json").stdout) == []
    nothing = cli_home("serving", "stop", "--all")
    assert nothing.returncode == 0 and "nothing to stop" in nothing.stdout, nothing.stdout + nothing.stderr
