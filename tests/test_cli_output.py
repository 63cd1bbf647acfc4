"""What the read commands print for people and for scripts: `--output json|yaml` documents that carry the store's
values (and nothing else on stdout), ids that are never cut at any terminal width, whole event and turn lines,
`tools show`, and `scenario list`."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import Result
from typer.testing import CliRunner

from genaiops.cli import app

REPO = Path(__file__).resolve().parents[1]
CANARY = REPO / "scenarios" / "canary_release.yaml"
ANSI = "\x1b["


def _env(home: Path, columns: int = 200) -> dict[str, str | None]:
    return {
        "HOME": str(home.parent),
        "GENAIOPS_HOME": str(home),
        "GENAIOPS_USER": "bob",
        "GENAIOPS_STORE_URL": None,
        "GENAIOPS_POLICY_FILE": None,
        "GENAIOPS_MODEL_PROVIDER": None,
        "GENAIOPS_MODEL_NAME": None,
        "COLUMNS": str(columns),
        "LINES": None,
    }


def invoke(home: Path, args: Sequence[Any], columns: int = 200) -> Result:
    return CliRunner().invoke(app, [str(a) for a in args], env=_env(home, columns))


def rows(home: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(home / "genaiops.db")) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def paused(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    """A home holding one paused canary run: (home, run id, approval id), ids read from the store."""
    home = tmp_path_factory.mktemp("output") / "home"
    home.mkdir(parents=True)
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    result = invoke(home, ["run", CANARY])
    assert result.exit_code == 3, result.output
    [(run_id,)] = rows(home, "SELECT run_id FROM runs")
    [(approval_id,)] = rows(home, "SELECT approval_id FROM approvals")
    return home, run_id, approval_id


def parse(result: Result, fmt: str) -> Any:
    """The document on stdout (the whole of stdout), without colour."""
    assert result.exit_code == 0, result.output
    assert ANSI not in result.stdout
    return json.loads(result.stdout) if fmt == "json" else yaml.safe_load(result.stdout)


def iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# --- --output json|yaml --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_runs_list_and_show_documents_carry_the_stores_run(paused, fmt) -> None:
    """`runs list -o` and `runs show -o` (with --events, --outputs, --turns) give the run's whole id, status,
    tasks, pending approval, events and outputs as the store holds them, with ISO timestamps."""
    home, run_id, approval_id = paused
    listed = parse(invoke(home, ["runs", "list", "--output", fmt]), fmt)
    [stored_status] = [s for (s,) in rows(home, "SELECT status FROM runs")]
    assert [(r["run_id"], r["status"]) for r in listed] == [(run_id, stored_status)] == [(run_id, "paused")]
    assert iso(listed[0]["created_at"]).tzinfo is not None and listed[0]["tasks"]["waiting"] == 1

    shown = parse(invoke(home, ["runs", "show", run_id, "-o", fmt, "--events", "--outputs", "--turns"]), fmt)
    assert shown["run"]["run_id"] == run_id and shown["run"]["status"] == "paused"
    task_ids = [t for (t,) in rows(home, "SELECT task_id FROM tasks ORDER BY position")]
    assert [t["task_id"] for t in shown["tasks"]] == task_ids
    assert {t["task_id"]: t["status"] for t in shown["tasks"]}["promote"] == "waiting"
    assert [a["approval_id"] for a in shown["pending_approvals"]] == [approval_id]
    events = rows(home, f"SELECT seq, kind FROM events WHERE run_id = '{run_id}' AND kind IS NOT NULL ORDER BY seq")
    assert [(e["seq"], e["kind"]) for e in shown["events"]] == events
    assert all(iso(e["at"]) for e in shown["events"])
    assert shown["outputs"]["latency_check"]["passed"] is True and "hold" not in shown["outputs"]
    turns = rows(home, f"SELECT agent, content FROM agent_turns WHERE run_id = '{run_id}' ORDER BY seq")
    assert sorted((t["agent"], t["content"]) for t in shown["turns"]) == sorted(turns) != []


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_approvals_documents_carry_the_stores_request(paused, fmt) -> None:
    """`approvals list -o` and `approvals show -o` give the request's whole id, run, task, roles and the exact
    argument hash the store holds."""
    home, run_id, approval_id = paused
    listed = parse(invoke(home, ["approvals", "list", "-o", fmt]), fmt)
    assert [(a["approval_id"], a["run_id"], a["task_id"], a["status"]) for a in listed] == [
        (approval_id, run_id, "promote", "pending")
    ]
    shown = parse(invoke(home, ["approvals", "show", approval_id, "-o", fmt]), fmt)
    [(request,)] = rows(home, "SELECT request FROM approvals")
    stored = json.loads(request)
    assert shown["approval_id"] == approval_id and shown["roles"] == ["operator"]
    assert shown["args_hash"] == stored["args_hash"] and shown["args"] == stored["args"]
    assert iso(shown["expires_at"]) > iso(shown["created_at"]) and shown["decisions"] == []


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_audit_list_document_is_the_ledger(paused, fmt) -> None:
    """`audit list -o` gives every ledger entry: number, kind, run, payload as an object, hash."""
    home, _, approval_id = paused
    listed = parse(invoke(home, ["audit", "list", "-o", fmt]), fmt)
    ledger = rows(home, "SELECT seq, kind, run_id, hash FROM ledger ORDER BY seq")
    assert [(e["seq"], e["kind"], e["run_id"], e["hash"]) for e in listed] == ledger != []
    assert listed[0]["payload"]["id"] == approval_id


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_tools_documents(paused, fmt) -> None:
    """`tools -o` lists every tool with risk and gated actions; `tools show NAME -o` its arguments (type,
    required, default, description), result fields and the resources it needs."""
    home = paused[0]
    listed = {t["name"]: t for t in parse(invoke(home, ["tools", "-o", fmt]), fmt)}
    assert listed["apply_change"]["risk"] == "medium" and listed["apply_change"]["actions"] == ["deploys"]
    assert listed["echo"]["actions"] == [] and len(listed) > 30
    shown = parse(invoke(home, ["tools", "show", "apply_change", "-o", fmt]), fmt)
    args = {a["name"]: a for a in shown["arguments"]}
    assert list(args) == ["target", "change", "hold_seconds"]
    assert (args["target"]["type"], args["target"]["required"]) == ("str", True)
    assert (args["hold_seconds"]["type"], args["hold_seconds"]["default"]) == ("float", 0.0)
    assert "idempotency" not in args["change"]["description"] and args["change"]["description"]
    assert [(f["name"], f["type"]) for f in shown["result"]] == [
        ("target", "str"),
        ("idempotency_key", "str"),
        ("applied", "bool"),
    ]
    assert shown["resources"] == ["receiver"] and shown["gated_by_default"] is True


def test_scenario_list_document(paused, monkeypatch) -> None:
    """`scenario list -o json` (default folder ./scenarios, recursive) lists the scenarios with their purpose
    and the gates the policy puts on them; the suites and recorded outputs beside them are not scenarios."""
    monkeypatch.chdir(REPO)
    listed = parse(invoke(paused[0], ["scenario", "list", "-o", "json"]), "json")
    by_name = {s["name"]: s for s in listed if s["name"]}
    scenario_files = [p for p in (REPO / "scenarios").rglob("*.yaml") if "\ntasks:" in "\n" + p.read_text("utf-8")]
    assert len(by_name) == len(scenario_files) - 1  # every file with tasks, but the one this home cannot use
    assert {"canary-release", "incident-response", "prompt-release", "goal-investigation"} <= set(by_name)
    [unusable] = [s for s in listed if not s["name"]]  # it needs a real Prometheus, which this home does not set
    assert unusable["file"] == "scenarios/prometheus_triage.yaml" and "GENAIOPS_PROMETHEUS_URL" in unusable["problem"]
    assert by_name["prompt-release"]["file"] == "scenarios/llmops/prompt_release.yaml"  # found in a subfolder
    canary = by_name["canary-release"]
    assert canary["file"] == "scenarios/canary_release.yaml" and canary["purpose"].startswith("Measure checkout")
    assert canary["gates"] == [
        {"task_id": "promote", "tool": "apply_change", "risk": "medium", "approvals": 1, "roles": ["operator"]}
    ]
    assert by_name["incident-response"]["gates"][0]["task_id"] == "undo"
    leads = ["operator", "ml_lead"]  # the mlops_engineer role's approvers for model moves
    assert [(g["task_id"], g["risk"], g["roles"]) for g in by_name["retrain-on-drift"]["gates"]] == [
        ("promote", "medium", leads),
        ("deploy", "medium", leads),
    ]
    assert by_name["drift-check"]["gates"] == []  # read-only
    assert [g["task_id"] for g in by_name["content-safety-review"]["gates"]] == ["release", "feedback"]


def test_scenario_list_names_an_invalid_file_and_follows_the_policy(tmp_path) -> None:
    """A file that does not validate is listed with its problem; a home policy that asks two approvals of
    release managers for medium risk shows in the gates."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text(
        "approver_roles: [release_manager]\ntiers:\n  medium: {approvals: 2}\n", encoding="utf-8"
    )
    folder = tmp_path / "mine" / "deep"
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("name: x\ntasks:\n  - id: a\n    tool: ecoh\n", encoding="utf-8")
    (folder / "canary.yaml").write_text(CANARY.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "data.yaml").write_text("suite: not a scenario\n", encoding="utf-8")
    listed = parse(invoke(home, ["scenario", "list", tmp_path / "mine", "-o", "yaml"]), "yaml")
    by_file = {Path(s["file"]).name: s for s in listed}
    assert set(by_file) == {"bad.yaml", "canary.yaml"}
    assert "unknown tool 'ecoh'" in by_file["bad.yaml"]["problem"] and by_file["bad.yaml"]["name"] is None
    [gate] = by_file["canary.yaml"]["gates"]
    assert (gate["approvals"], gate["roles"]) == (2, ["release_manager"])
    # the problem's cell holds the tmp path: at 300 columns a long pytest-NNNN folder wrapped "unknown tool 'ecoh'"
    table = invoke(home, ["scenario", "list", tmp_path / "mine"], columns=1000)
    assert table.exit_code == 0 and "unknown tool 'ecoh'" in " ".join(table.stdout.split())


def test_an_unknown_output_format_is_a_usage_error(paused) -> None:
    """`-o xml` exits 2 naming the choices."""
    result = invoke(paused[0], ["runs", "list", "-o", "xml"])
    assert result.exit_code == 2 and "xml" in result.stderr and "json" in result.stderr


# --- ids never cut; other text wraps ----------------------------------------------------------------------------

WIDTHS = [40, 200]


@pytest.mark.parametrize("columns", WIDTHS)
def test_ids_are_whole_at_any_width(paused, columns) -> None:
    """At 40 and 200 columns, the run id, the approval id and every task id appear whole in `runs list`,
    `runs show`, `approvals list` and `audit list`; other lines wrap within the width."""
    home, run_id, approval_id = paused
    task_ids = [t for (t,) in rows(home, "SELECT task_id FROM tasks")]
    expected = {
        ("runs", "list"): [run_id],
        ("runs", "show", run_id): [run_id, approval_id, *task_ids],
        ("approvals", "list"): [run_id, approval_id, "promote"],
        ("audit", "list"): [run_id],
    }
    for args, ids in expected.items():
        result = invoke(home, args, columns)
        assert result.exit_code == 0, result.output
        words = set(re.split(r"[\s│┃|:,()]+", result.stdout))
        assert set(ids) <= words, (args, set(ids) - words)
        too_long = [line for line in result.stdout.splitlines() if len(line) > columns]
        assert all(any(i in line for i in ids) for line in too_long), (args, too_long)


@pytest.mark.parametrize("columns", [80, 200])
def test_times_are_never_folded_in_runs_list(paused, columns) -> None:
    """`genaiops runs list`, its own process at 80 and 200 columns: the creation time is one whole line's part
    (`2026-12-06 05:32:40`); at 80 columns it was folded over four lines (`2026-12` / `-06` / `05:32:4` / `0`),
    now the rows are `field: value` lines there (noticed by qa-docs9)."""
    import os
    import subprocess
    import sys

    home, run_id, _ = paused
    [(created,)] = rows(home, f"SELECT created_at FROM runs WHERE run_id = '{run_id}'")
    shown = datetime.fromisoformat(created).strftime("%Y-%m-%d %H:%M:%S")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    env |= {"GENAIOPS_HOME": str(home), "COLUMNS": str(columns)}
    genaiops = str(Path(sys.executable).parent / "genaiops")
    listed = subprocess.run([genaiops, "runs", "list"], env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert any(shown in line and len(line) <= columns for line in listed.stdout.splitlines()), listed.stdout


def test_the_run_command_prints_whole_ids_at_40_columns(tmp_path) -> None:
    """`run` in a 40-column terminal still prints the whole run id, approval id and task ids."""
    home = tmp_path / "home"
    home.mkdir()
    (home / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    result = invoke(home, ["run", CANARY], 40)
    assert result.exit_code == 3, result.output
    [(run_id,)] = rows(home, "SELECT run_id FROM runs")
    [(approval_id,)] = rows(home, "SELECT approval_id FROM approvals")
    words = set(re.split(r"[\s│┃|:,()]+", result.stdout))
    assert {run_id, approval_id, "canary_latency", "latency_check", "promote"} <= words


def test_runs_show_prints_events_and_turns_whole(paused) -> None:
    """`runs show --events --turns` prints each event's data and each agent turn whole (wrapped, never cut)."""
    home, run_id, _ = paused
    result = invoke(home, ["runs", "show", run_id, "--events", "--turns"], 100)
    assert result.exit_code == 0, result.output
    flat = "".join(result.stdout.split())  # rich wraps at spaces and folds words longer than a line
    events = rows(home, f"SELECT data FROM events WHERE run_id = '{run_id}' AND kind IS NOT NULL")
    longest = max((json.dumps(json.loads(d)) for (d,) in events), key=len)
    assert len(longest) > 120 and "".join(longest.split()) in flat
    turns = [c for (c,) in rows(home, f"SELECT content FROM agent_turns WHERE run_id = '{run_id}'")]
    longest_turn = max(turns, key=len)
    assert len(longest_turn) > 140 and "".join(longest_turn.split()) in flat


def test_audit_list_shortens_payloads_unless_full(paused) -> None:
    """`audit list` shows a payload's first 140 characters (as name=value fields) and says so; `--full` shows
    each field whole."""
    home = paused[0]
    [(payload,)] = rows(home, "SELECT payload FROM ledger WHERE seq = 1")
    fields = [
        "".join(f"{k}={v if isinstance(v, str) else json.dumps(v)}".split()) for k, v in json.loads(payload).items()
    ]
    short = invoke(home, ["audit", "list"], 200)
    full = invoke(home, ["audit", "list", "--full"], 200)
    assert "(--full, -o json)" in short.stdout
    assert not all(f in "".join(short.stdout.replace("│", "").split()) for f in fields)
    assert all(f in "".join(full.stdout.replace("│", "").split()) for f in fields), full.stdout


# --- tools show ------------------------------------------------------------------------------------------------


def test_tools_show_prints_arguments_result_and_resources(paused) -> None:
    """`tools show restart_service` names its argument, its risk, its gated action and the resource it acts on."""
    result = invoke(paused[0], ["tools", "show", "restart_service"])
    assert result.exit_code == 0, result.output
    out = " ".join(result.stdout.split())
    assert "restart_service risk medium, gated by default (remediates)" in out
    assert re.search(r"service\s*│\s*str\s*│\s*yes", result.stdout)
    assert "resources it needs: environment" in out


def test_tools_show_unknown_name_exits_2_with_a_suggestion(paused) -> None:
    """An unknown tool name exits 2 with one line that suggests the close name."""
    result = invoke(paused[0], ["tools", "show", "aply_change"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: unknown tool 'aply_change' (did you mean 'apply_change'?)"


def test_scenario_list_shows_parameters_and_the_gates_of_a_scenario_with_required_ones(tmp_path) -> None:
    """A scenario's `params:` are listed (name, type, required or default, allowed values); one with a required
    parameter nobody gave still shows the gates it will stop at (validated with a sample value)."""
    home = tmp_path / "home"
    home.mkdir()
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "roll.yaml").write_text(
        "name: roll\nparams:\n  target: {type: string, description: where}\n"
        "  replicas: {type: integer, default: 2, allowed: [1, 2, 3]}\n"
        "tasks:\n  - id: go\n    tool: apply_change\n"
        "    args: {target: '${params.target}', change: {replicas: '${params.replicas}'}}\n",
        encoding="utf-8",
    )
    [listed] = parse(invoke(home, ["scenario", "list", folder, "-o", "json"]), "json")
    assert listed["problem"] is None and [g["task_id"] for g in listed["gates"]] == ["go"]
    assert listed["parameters"] == [
        {
            "name": "target",
            "type": "string",
            "required": True,
            "default": None,
            "allowed": None,
            "description": "where",
        },
        {
            "name": "replicas",
            "type": "integer",
            "required": False,
            "default": 2,
            "allowed": [1, 2, 3],
            "description": "",
        },
    ]
    table = invoke(home, ["scenario", "list", folder], columns=250)
    assert "target (string, required); replicas (integer, default 2)" in table.stdout
