"""The nightly capacity review through the `genaiops` process: `scenario test` runs capacity_review.yaml offline
and its expect: block holds (paused at the gated remediation the SRE's review proposed)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GENAIOPS = Path(sys.executable).parent / "genaiops"


def test_the_capacity_review_scenario_passes_its_expectations(tmp_path):
    """`genaiops scenario test scenarios/capacity_review.yaml -o json`: exit 0, one result, pass, paused."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(GENAIOPS), "scenario", "test", str(REPO / "scenarios" / "capacity_review.yaml"), "-o", "json"],
        env=env, capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    [result] = json.loads(done.stdout)
    assert (result["name"], result["result"], result["status"]) == ("capacity-review", "pass", "paused")


def test_genaiops_run_of_the_capacity_review_stops_at_the_gate_with_exit_3(tmp_path):
    """`genaiops run scenarios/capacity_review.yaml` (what docs/forecast.md tells a user to run to see the gate)
    exits 3, paused, naming the proposed remediate_capacity task; `scenario run` exits 0 there, since the
    scenario's `expect:` is that pause."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    done = subprocess.run(
        [str(GENAIOPS), "run", str(REPO / "scenarios" / "capacity_review.yaml")],
        env=env, capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 3, done.stdout + done.stderr
    assert "review_scale_geo_memory -> remediate_capacity" in " ".join((done.stdout + done.stderr).split())


def test_a_gauge_with_less_than_four_hours_left_gets_an_approval_that_expires_within_the_hour(tmp_path):
    """The review run 15.5 h later (geo's memory then has ~3.4 h left, its connection pool ~15 h): `genaiops run`
    pauses at both proposals; `approvals list -o json` shows the memory fix expiring 1 h after it was asked (urgency
    page: less than the policy's `capacity.page_below_hours`, 4 h) and the pool's when the pool runs out (its
    `hours_left`), sooner than the medium tier's 24 h. Before, both waited a day although the memory runs out in
    three hours, and then the pool's approval still outlived the pool by nine hours (noticed in session 26)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    text = (REPO / "scenarios" / "capacity_review.yaml").read_text(encoding="utf-8")
    late = tmp_path / "late.yaml"
    late.write_text(text.replace('at: "2026-01-10T02:00:00Z"', 'at: "2026-01-10T17:30:00Z"').split("expect:")[0])
    done = subprocess.run([str(GENAIOPS), "run", str(late)], env=env, capture_output=True, text=True, timeout=300,
                          check=False, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 3, done.stdout + done.stderr
    listed = subprocess.run([str(GENAIOPS), "approvals", "list", "-o", "json"], env=env, capture_output=True,
                            text=True, timeout=300, check=False, cwd=tmp_path)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    rows = {row["task_id"]: row for row in json.loads(listed.stdout)}
    waits = {
        k: datetime.fromisoformat(r["expires_at"]) - datetime.fromisoformat(r["created_at"]) for k, r in rows.items()
    }
    assert waits["review_scale_geo_memory"] == timedelta(hours=1), waits
    shown = subprocess.run([str(GENAIOPS), "approvals", "show", rows["review_scale_geo_connections"]["approval_id"],
                            "-o", "json"], env=env, capture_output=True, text=True, timeout=300, check=False,
                           cwd=tmp_path)  # fmt: skip
    hours_left = json.loads(shown.stdout)["args"]["hours_left"]
    assert 10 < hours_left < 20, hours_left
    assert abs(waits["review_scale_geo_connections"] - timedelta(hours=hours_left)) < timedelta(minutes=1), waits


def test_a_second_review_supersedes_the_first_ones_pending_fix_and_leaves_other_runs_alone(tmp_path):
    """The nightly review run twice in one home (the second night, the first fix still waiting): the first run is
    cancelled, its approval withdrawn in the ledger by the second run's requester with the reason, and the inbox
    holds one fix per gauge, the newest; a paused run waiting on something else (a gated apply_change) stays."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}

    def genaiops(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=300,
                              check=False, cwd=tmp_path)  # fmt: skip

    other = tmp_path / "gated.yaml"
    other.write_text("name: gated\ntasks:\n  - {id: ship, tool: apply_change, args: {target: web, change: {v: 2}}}\n")
    review = str(REPO / "scenarios" / "capacity_review.yaml")
    ran = [genaiops("run", str(other)), genaiops("run", review), genaiops("run", review)]
    assert [done.returncode for done in ran] == [3, 3, 3], [done.stdout + done.stderr for done in ran]
    runs = {
        row["name"] + str(i): row for i, row in enumerate(json.loads(genaiops("runs", "list", "-o", "json").stdout))
    }
    assert [(r["name"], r["status"]) for r in runs.values()] == [
        ("capacity-review", "paused"),
        ("capacity-review", "cancelled"),
        ("gated", "paused"),
    ]  # newest first
    second = runs["capacity-review0"]["run_id"]
    waiting = {
        (row["run_id"], row["task_id"]) for row in json.loads(genaiops("approvals", "list", "-o", "json").stdout)
    }
    assert waiting == {(second, "review_scale_geo_memory"), (runs["gated2"]["run_id"], "ship")}
    entries = json.loads(genaiops("audit", "list", "-o", "json").stdout)
    [withdrawn] = [e for e in entries if e["kind"] == "approval_withdrawn"]
    assert withdrawn["run_id"] == runs["capacity-review1"]["run_id"]
    assert withdrawn["payload"]["by"] == f"{runs['capacity-review0']['requester']} (capacity review {second})"
    assert withdrawn["payload"]["reason"] == f"superseded by the capacity review in run {second} (fresher forecasts)"
    assert genaiops("audit", "verify").returncode == 0


def test_a_falling_free_space_gauge_is_not_exhausting_and_says_to_forecast_the_used_share(tmp_path):
    """`genaiops run` of a scenario forecasting `avail_pct` (free space, 90 -> 77 % over 13 h: the disk fills 1 %
    an hour): not exhausting, and the explanation says the gauge falls and to forecast the used share (it said
    "no growth" alone, an all-clear for a disk 77 hours from full)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    values = ", ".join(str(90 - i) for i in range(14))
    scenario = tmp_path / "free.yaml"
    scenario.write_text(f"""name: free-space
tasks:
  - id: free
    tool: forecast_exhaustion
    args: {{name: avail_pct, values: [{values}], step_seconds: 3600}}
""", encoding="utf-8")  # fmt: skip
    done = subprocess.run([str(GENAIOPS), "run", str(scenario)], env=env, capture_output=True, text=True,
                          timeout=300, check=False, cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    runs = subprocess.run([str(GENAIOPS), "runs", "list", "-o", "json"], env=env, capture_output=True, text=True,
                          timeout=120, check=True, cwd=tmp_path)  # fmt: skip
    run_id = json.loads(runs.stdout)[0]["run_id"]
    shown = subprocess.run([str(GENAIOPS), "runs", "show", run_id, "--outputs", "-o", "json"], env=env,
                           capture_output=True, text=True, timeout=120, check=True, cwd=tmp_path)  # fmt: skip
    (found,) = json.loads(shown.stdout)["outputs"]["free"]["forecasts"]
    assert found["status"] == "not_exhausting", found
    assert "it falls (-1/h)" in found["explanation"] and "forecast the used share" in found["explanation"], found


def test_a_misspelt_service_or_gauge_is_named_with_what_the_estate_has(tmp_path):
    """`genaiops run` forecasting `disk_used_pct` of `chekout` and `dsk_used_pct`: each task fails saying what
    the estate has and "did you mean" (the service error said "'chekout' is not in the estate; it has chekout",
    the misspelt name given back as the estate's only service)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    scenario = tmp_path / "typos.yaml"
    scenario.write_text("""name: typos
at: "2026-01-10T02:00:00Z"
tasks:
  - id: svc
    tool: forecast_exhaustion
    args: {metric: disk_used_pct, service: chekout}
  - id: gauge
    tool: forecast_exhaustion
    args: {metric: dsk_used_pct, service: checkout}
""", encoding="utf-8")  # fmt: skip
    done = subprocess.run([str(GENAIOPS), "run", str(scenario)], env=env, capture_output=True, text=True,
                          timeout=300, check=False, cwd=tmp_path)  # fmt: skip
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 1, said
    assert "service: 'chekout' is not in the estate (did you mean 'checkout'?); it has auth, checkout," in said, said
    assert "it has chekout" not in said, said
    assert "queue_depth (did you mean 'disk_used_pct'?); 'dsk_used_pct' needs Prometheus" in said, said


def test_an_amended_capacity_fix_keeps_its_expiry_at_the_gauges_time_left(tmp_path):
    """The pool's proposal amended by an approver (`--set reason=...`) is a new request: it still expires when the
    pool runs out, not after the tier's day (the amendment recomputes the requirement from the task's spec)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {"GENAIOPS_HOME": str(tmp_path)}
    (tmp_path / "policy.yaml").write_text("allow_claimed_identities: true\n", encoding="utf-8")
    text = (REPO / "scenarios" / "capacity_review.yaml").read_text(encoding="utf-8")
    late = tmp_path / "late.yaml"
    late.write_text(text.replace('at: "2026-01-10T02:00:00Z"', 'at: "2026-01-10T17:30:00Z"').split("expect:")[0])

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(GENAIOPS), *args], env=env, capture_output=True, text=True, timeout=300,
                              check=False, cwd=tmp_path)  # fmt: skip

    assert cli("run", str(late)).returncode == 3
    pool = next(r for r in json.loads(cli("approvals", "list", "-o", "json").stdout)
                if r["task_id"] == "review_scale_geo_connections")  # fmt: skip
    done = cli("approvals", "approve", pool["approval_id"], "--as", "carol", "--reason", "ok",
               "--set", "reason=scale the pool before the evening peak")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    new_id = re.search(r"the amendment is a new request, (ap-[0-9a-f]{12})", done.stdout + done.stderr).group(1)
    row = json.loads(cli("approvals", "show", new_id, "-o", "json").stdout)
    assert row["amends"] == pool["approval_id"]
    wait = datetime.fromisoformat(row["expires_at"]) - datetime.fromisoformat(row["created_at"])
    hours_left = json.loads(cli("approvals", "show", pool["approval_id"], "-o", "json").stdout)["args"]["hours_left"]
    assert abs(wait - timedelta(hours=hours_left)) < timedelta(minutes=1), (wait, hours_left)


def _capacity(tmp_path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {
        "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "200"}  # fmt: skip
    return subprocess.run([str(GENAIOPS), "capacity", "forecast", *args], env=env, input=stdin, capture_output=True,
                          timeout=300, check=False, cwd=tmp_path)  # fmt: skip


def _gauge_csv(path, *, start: datetime, hours: int, first: float, per_hour: float, header: str) -> None:
    """A disk gauge every 5 minutes, growing ``per_hour`` with a daily wave and a log rotation every 12 hours."""
    import math

    lines = [header]
    for i in range(hours * 12):
        t = start + timedelta(minutes=5 * i)
        value = first + per_hour * i / 12 + 2 * math.sin(2 * math.pi * i / 288) - 3 * ((i % 144) == 143)
        lines.append(f"{t.isoformat()}Z,{value:.3f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_capacity_forecast_reads_a_csv_of_ones_own_gauge_and_exits_1_when_it_proposes(tmp_path):
    """`genaiops capacity forecast FILE --limit L`: a gauge 3 days from its limit gets hours left with an interval
    and no proposal (exit 0); one hours from it gets the proposal (exit 1, for a cron job to page on), in a table and
    as JSON; a CSV whose time column is `time` exits 2 naming --timestamp-column, which then reads it. Before, only a
    scenario forecast one's own gauge (noticed by qa-aiops7)."""
    start = datetime(2026, 3, 1)
    _gauge_csv(tmp_path / "slow.csv", start=start, hours=72, first=40, per_hour=0.4, header="timestamp,value")
    _gauge_csv(tmp_path / "fast.csv", start=start, hours=72, first=20, per_hour=1.0, header="time,value")
    now = ("--now", "2026-03-04T00:00:00Z")
    slow = _capacity(tmp_path, "slow.csv", "--limit", "100", *now)
    out = slow.stdout.decode()
    assert slow.returncode == 0, out + slow.stderr.decode()
    assert "exhausting" in out and "slow" in out and "proposed expand" not in out, out
    misnamed = _capacity(tmp_path, "fast.csv", "--limit", "100", *now)
    assert misnamed.returncode == 2 and "--timestamp-column" in misnamed.stderr.decode(), misnamed.stderr
    fast = _capacity(tmp_path, "fast.csv", "--limit", "100", "--timestamp-column", "time", "-o", "json", *now)
    assert fast.returncode == 1, fast.stdout + fast.stderr
    result = json.loads(fast.stdout)
    [forecast] = result["forecasts"]
    assert forecast["status"] == "exhausting" and 0 < forecast["hours_left"] < 24
    assert forecast["hours_low"] <= forecast["hours_left"] <= (forecast["hours_high"] or 1e9)
    [proposal] = result["proposals"]
    assert proposal["action"] == "expand" and proposal["task"]["tool"] == "remediate_capacity"
    shown = _capacity(tmp_path, "fast.csv", "--limit", "100", "--timestamp-column", "time", *now)
    assert shown.returncode == 1 and "proposed expand for fast" in shown.stdout.decode()
    piped = _capacity(tmp_path, "-", "--limit", "100", *now, stdin=(tmp_path / "slow.csv").read_bytes())
    assert piped.returncode == 0 and "stdin" in piped.stdout.decode()


def test_capacity_forecast_on_the_simulated_estate_and_its_bad_inputs(tmp_path):
    """--metric on the simulated estate forecasts every service's gauge, no percentage above 100 (a filling disk
    read long after it was due had reached 1817 %); no source, two sources, a misspelt gauge, a missing or binary
    file: exit 2 with what to do."""
    done = _capacity(tmp_path, "--metric", "disk_used_pct", "-o", "json")
    assert done.returncode in (0, 1), done.stderr
    forecasts = json.loads(done.stdout)["forecasts"]
    assert len(forecasts) >= 5 and all(0 <= f["level"] <= 100 for f in forecasts)
    (tmp_path / "blob.csv").write_bytes(b"timestamp,value\n\x00\x01\x02")
    cases = {
        (): "give one source of the gauge's history",
        ("x.csv", "--metric", "disk_used_pct"): "got FILE and --metric",
        ("--metric", "disk_usd_pct"): "did you mean 'disk_used_pct'",
        ("missing.csv",): "missing.csv: no such file",
        ("blob.csv",): "binary data, not metrics text",
    }
    for args, said in cases.items():
        bad = _capacity(tmp_path, *args)
        err = bad.stderr.decode()
        assert bad.returncode == 2 and said in err and "Traceback" not in err, (args, err)


def test_capacity_forecast_in_an_80_column_terminal_names_every_gauge_whole(tmp_path):
    """At 80 columns the table keeps each gauge's whole name (the row's id, as the proposal line names it): it cut
    all ten of the simulated estate's to `disk_used…`, ten rows nobody could tell apart (noticed by qa-docs9)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")} | {
        "GENAIOPS_HOME": str(tmp_path / "home"), "COLUMNS": "80"}  # fmt: skip
    done = subprocess.run([str(GENAIOPS), "capacity", "forecast", "--metric", "disk_used_pct"], env=env,
                          capture_output=True, text=True, timeout=300, check=False, cwd=tmp_path)  # fmt: skip
    assert done.returncode in (0, 1), done.stderr
    for service in ("checkout", "upload", "events-queue", "partner-api"):  # in a row or a `gauge: ...` line
        assert f'disk_used_pct{{service="{service}"}}' in done.stdout.split("proposed")[0], done.stdout
    assert "disk_used…" not in done.stdout, done.stdout
