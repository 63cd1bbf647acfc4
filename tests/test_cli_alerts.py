"""`genaiops alerts` through its process on a home without a server: recorded Alertmanager payloads ingested
from a file and from standard input, deduplicated by fingerprint, an investigation started by an alert rule and
paused at its gate, resolved alerts closing their incident, skipped alerts kept, bad payloads exiting 2."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data" / "alertmanager"
GENAIOPS = Path(sys.executable).parent / "genaiops"
RULES = """rules:
  - match: {severity: critical}
    start: alert-fired
    params: {service: "{service}", fingerprint: "{fingerprint}", starts_at: "{starts_at}"}
"""


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """A home with an alert rule, and a catalogue holding the alert-fired scenario."""
    home, catalogue = tmp_path / "home", tmp_path / "catalogue"
    home.mkdir()
    catalogue.mkdir()
    shutil.copy(REPO / "scenarios" / "alert_fired.yaml", catalogue / "alert_fired.yaml")
    (home / "alert_rules.yaml").write_text(RULES, encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GENAIOPS_")}
    return {**clean, "GENAIOPS_HOME": str(home), "GENAIOPS_SCENARIOS_DIR": str(catalogue), "COLUMNS": "250"}


def genaiops(env: dict[str, str], *args: object, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(GENAIOPS), *map(str, args)], capture_output=True, input=stdin, env=env, timeout=300)
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode(), done.stderr.decode())


def test_alerts_are_ingested_deduplicated_investigated_and_closed(env):
    """firing.json starts alert-fired (paused at its roll-back gate); the same payload on stdin counts as a
    repeat and starts nothing; resolved.json resolves the incident and says the run still waits on approval;
    `alerts list` shows one alert notified 3 times and the resolved incident with the run it started."""
    first = genaiops(env, "alerts", "ingest", DATA / "firing.json")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "1 new, 0 repeated" in first.stdout and "started alert-fired as run run-" in first.stdout
    again = genaiops(env, "alerts", "ingest", "-", stdin=(DATA / "repeat.json").read_bytes())
    assert again.returncode == 0 and "0 new, 1 repeated" in again.stdout and "started" not in again.stdout
    closed = genaiops(env, "alerts", "ingest", DATA / "resolved.json")
    assert closed.returncode == 0 and "still waits on 1 approval" in closed.stdout
    (alert,) = json.loads(genaiops(env, "alerts", "list", "--json").stdout)
    assert (alert["fingerprint"], alert["notifications"], alert["status"]) == ("5f3c1e0a9b7d2c4e", 3, "resolved")
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    assert (incident["status"], incident["scenario"], incident["service"]) == ("resolved", "alert-fired", "checkout")
    assert incident["run_id"] in first.stdout
    listed = json.loads(genaiops(env, "alerts", "list", "--json").stdout)
    assert json.loads(genaiops(env, "alerts", "list", "-o", "json").stdout) == listed  # -o as every listing
    assert yaml.safe_load(genaiops(env, "alerts", "list", "--output", "yaml").stdout) == listed


def test_bad_payloads_exit_2_and_unusable_alerts_are_kept_with_exit_1(env):
    """Malformed JSON, JSON nested too deeply to decode, and a missing file exit 2 with the reason (no traceback,
    nothing stored); no_labels.json exits 1 naming the skipped alert, which `alerts list` shows with its reason
    beside the taken one."""
    broken = genaiops(env, "alerts", "ingest", "-", stdin=b'{"alerts": [')
    assert broken.returncode == 2 and "not valid JSON at line 1 column 13" in broken.stderr
    deep = genaiops(env, "alerts", "ingest", "-", stdin=b'{"alerts": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    assert deep.returncode == 2 and "nests JSON arrays or objects too deeply" in deep.stderr, deep.stderr
    missing = genaiops(env, "alerts", "ingest", "nope.json")
    assert missing.returncode == 2 and "nope.json: cannot read the payload" in missing.stderr
    assert "Traceback" not in broken.stderr + deep.stderr + missing.stderr
    partial = genaiops(env, "alerts", "ingest", DATA / "no_labels.json")
    assert partial.returncode == 1 and "skipped b2c0ffee00000002" in partial.stdout
    rows = {a["fingerprint"]: a for a in json.loads(genaiops(env, "alerts", "list", "--json").stdout)}
    assert set(rows) == {"b2c0ffee00000001", "b2c0ffee00000002"}
    assert "no labels" in rows["b2c0ffee00000002"]["skip_reason"] and rows["b2c0ffee00000001"]["skip_reason"] is None


def test_a_wrong_alert_rules_file_still_takes_the_alerts(env):
    """A misspelt key in alert_rules.yaml: `alerts ingest` stores and groups the payload's alerts (as the server
    does), starts nothing, names the rules problem and exits 1. It exited 2 before, the alerts not taken."""
    (Path(env["GENAIOPS_HOME"]) / "alert_rules.yaml").write_text(RULES.replace("start:", "strat:"), encoding="utf-8")
    taken = genaiops(env, "alerts", "ingest", DATA / "grouped.json")
    assert taken.returncode == 1, taken.stdout + taken.stderr
    assert "alert rules not used" in taken.stdout and "did you mean 'start'" in taken.stdout
    assert "Traceback" not in taken.stdout + taken.stderr
    rows = json.loads(genaiops(env, "alerts", "list", "--json").stdout)
    assert len(rows) == 3 and all(r["incident_id"] for r in rows)
    incidents = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    assert incidents and not any(i["run_id"] for i in incidents)


def test_an_investigation_that_could_not_start_is_started_by_a_repeat_once_the_rule_is_fixed(env):
    """A rule naming a scenario the catalogue lacks: the alert is taken, exit 1, and `alerts list --incidents`
    says why the incident has no run; once the rule is fixed, Alertmanager's repeat of the still-firing alert
    starts the investigation. Before, the incident stayed without a run and without a word: repeats never tried
    again (only a new alert did), and the server had answered 200 with the error in a body nobody reads."""
    rules = Path(env["GENAIOPS_HOME"]) / "alert_rules.yaml"
    rules.write_text(RULES.replace("start: alert-fired", "start: alert-fire"), encoding="utf-8")
    first = genaiops(env, "alerts", "ingest", DATA / "firing.json")
    assert first.returncode == 1 and "could not start alert-fire" in first.stdout, first.stdout + first.stderr
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    assert incident["run_id"] is None and "no scenario 'alert-fire'" in incident["data"]["start_error"]["error"]
    listed = genaiops(env, "alerts", "list", "--incidents")
    assert "could not start alert-fire" in " ".join(listed.stdout.split()), listed.stdout
    rules.write_text(RULES, encoding="utf-8")
    again = genaiops(env, "alerts", "ingest", DATA / "repeat.json")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "0 new, 1 repeated" in again.stdout and "started alert-fired as run run-" in again.stdout
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    assert incident["run_id"] in again.stdout and "start_error" not in incident["data"]
    assert "started" not in genaiops(env, "alerts", "ingest", DATA / "repeat.json").stdout  # one run per incident


def test_a_misspelt_placeholder_in_an_alert_rule_is_named_at_its_line(env):
    """`{services}` in a rule's params: the rules file is not used, and the message names alert_rules.yaml's line,
    the placeholder, "did you mean '{service}'" and the ones there are. Before, it surfaced only when an alert
    matched, as "the alert 5f3c... has no such value", naming neither the file nor the fix."""
    rules = Path(env["GENAIOPS_HOME"]) / "alert_rules.yaml"
    rules.write_text(RULES.replace('"{service}"', '"{services}"'), encoding="utf-8")
    taken = genaiops(env, "alerts", "ingest", DATA / "firing.json")
    said = " ".join(taken.stdout.split())
    assert taken.returncode == 1 and "alert_rules.yaml:4" in said, said
    assert "{services}" in said and "did you mean '{service}'" in said and "{labels.NAME}" in said, said


def test_without_alert_rules_the_intake_says_nothing_was_started_and_where_rules_go(env):
    """No alert_rules.yaml: a critical alert is stored and grouped (exit 0) and the answer says no investigation
    started and which file would start one. It said only "1 new ... incidents ai-...", so an on-call engineer
    waited for a run that no rule was there to start."""
    (Path(env["GENAIOPS_HOME"]) / "alert_rules.yaml").unlink()
    taken = genaiops(env, "alerts", "ingest", DATA / "firing.json")
    said = " ".join(taken.stdout.split())
    assert taken.returncode == 0 and "no alert rules" in said and "alert_rules.yaml" in said, said
    assert "started" not in said.replace("nothing started", "")
    again = genaiops(env, "alerts", "ingest", DATA / "repeat.json")
    assert "no alert rules" not in again.stdout  # said for a new incident, not on every repeat


def test_alerts_list_keeps_ids_whole_and_refuses_an_unknown_status(env):
    """At 100 columns the alert and incident tables print the fingerprint, incident and run ids whole (they are
    copied into commands); `--status` outside firing/resolved (open/resolved for incidents) exits 2 with "did you
    mean", and a filter that matches nothing says so instead of "no alerts yet"."""
    first = genaiops(env, "alerts", "ingest", DATA / "firing.json")
    assert first.returncode == 0, first.stdout + first.stderr
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    narrow = {**env, "COLUMNS": "100"}
    alerts = genaiops(narrow, "alerts", "list")
    assert alerts.returncode == 0 and "5f3c1e0a9b7d2c4e" in alerts.stdout and incident["incident_id"] in alerts.stdout
    incidents = genaiops(narrow, "alerts", "list", "--incidents")
    assert incidents.returncode == 0 and incident["run_id"] in incidents.stdout
    assert incident["incident_id"] in incidents.stdout
    wrong = genaiops(env, "alerts", "list", "--status", "firng")
    assert wrong.returncode == 2 and "--status 'firng' (did you mean 'firing'?)" in wrong.stderr
    assert genaiops(env, "alerts", "list", "--status", "open").returncode == 2
    none = genaiops(env, "alerts", "list", "--status", "resolved")
    assert none.returncode == 0 and none.stdout.strip() == "no resolved alerts"


def test_many_unusable_alerts_print_the_first_twenty_and_how_many_more(env):
    """300 alerts without an alertname: exit 1, twenty `skipped` lines and one saying 280 more are stored."""
    body = json.dumps({"version": "4", "alerts": [{"status": "firing", "labels": {"n": str(i)}} for i in range(300)]})
    done = genaiops(env, "alerts", "ingest", "-", stdin=body.encode())
    assert done.returncode == 1, done.stderr
    assert done.stdout.count("no alertname label (stored)") == 20
    assert "… and 280 more (stored with the reason)" in done.stdout


def test_alerts_list_says_when_it_cuts_and_takes_a_limit(env):
    """1,005 alerts stored: `alerts list` shows the latest 1,000 and says on stderr '1,000 of 1,005 alerts shown'
    and the --limit that shows all (it cut silently); --limit 2000 lists all with no note; the JSON stays JSON."""
    body = json.dumps({"version": "4", "alerts": [{"status": "firing", "labels": {"n": str(i)}} for i in range(1005)]})
    assert genaiops(env, "alerts", "ingest", "-", stdin=body.encode()).returncode == 1
    cut = genaiops(env, "alerts", "list", "--json")
    assert cut.returncode == 0 and len(json.loads(cut.stdout)) == 1000, cut.stderr
    assert "1,000 of 1,005 alerts shown (the latest); use --limit 1005 for all" in " ".join(cut.stderr.split())
    table = genaiops(env, "alerts", "list", "--status", "firing", "--limit", "3")
    assert table.returncode == 0 and "3 of 1,005 alerts shown" in table.stderr, table.stderr
    whole = genaiops(env, "alerts", "list", "--json", "--limit", "2000")
    assert len(json.loads(whole.stdout)) == 1005 and whole.stderr == ""
    incidents = genaiops(env, "alerts", "list", "--incidents", "--limit", "1")
    assert incidents.returncode == 0 and "shown" not in incidents.stderr


def test_a_secret_in_an_annotation_is_stored_redacted_with_a_note(env, tmp_path):
    """An alert whose description holds a password and a GitHub token (a rule's template copied them in): the
    intake stores and lists it with ⟦LABEL⟧ in their place and a note to rotate them (both were stored and
    listed in clear, to every reader of the alerts); the other annotations and the labels are kept as sent."""
    token = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"
    alert = {"status": "firing", "fingerprint": "leaky1", "startsAt": "2026-12-05T13:00:00Z",
             "labels": {"alertname": "DbDown", "service": "checkout", "severity": "warning"},
             "annotations": {"summary": "checkout's database is down",
                             "description": f"dsn postgres://app:Xq9v!Lr2pWz7@db/shop, token {token}"}}  # fmt: skip
    payload = tmp_path / "leaky.json"
    payload.write_text(json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": [alert]}))
    done = genaiops(env, "alerts", "ingest", payload)
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode == 0, said
    assert "annotation 'description' held what reads as a secret" in said and "rotate that secret" in said, said
    listed = genaiops(env, "alerts", "list", "--json")
    assert token not in listed.stdout and "Xq9v!Lr2pWz7" not in listed.stdout, listed.stdout
    (kept,) = json.loads(listed.stdout)
    assert kept["annotations"]["summary"] == "checkout's database is down", kept
    assert "⟦GITHUB_TOKEN⟧" in kept["annotations"]["description"], kept
    assert kept["labels"] == alert["labels"], kept


def test_alerts_on_a_service_outside_the_graph_are_one_incident_starting_one_run(env, tmp_path):
    """Twelve crash-looping pods of one deployment the dependency graph does not know, critical, in one
    notification: one incident (with the note why) and one alert-fired run (it was twelve incidents and twelve
    runs, each asking its own approvals); a later pod of it joins that incident. The run failed (catalog is not in
    the drill's estate): the later pod starts one replacement, which fails too and holds the incident, so a
    third pod starts nothing (a failure that repeats is for a person, not for every page)."""

    def pods(first: int, count: int) -> Path:
        alerts = [{"status": "firing", "fingerprint": f"crash{i}", "startsAt": "2026-12-05T13:00:00Z",
                   "labels": {"alertname": "PodCrashLooping", "service": "catalog", "severity": "critical",
                              "pod": f"catalog-{i}"}} for i in range(first, first + count)]  # fmt: skip
        payload = tmp_path / f"pods{first}.json"
        payload.write_text(json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": alerts}))
        return payload

    done = genaiops(env, "alerts", "ingest", pods(0, 12))
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("started alert-fired as run") == 1, done.stdout
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    assert incident["service"] == "catalog" and "not in the dependency graph" in incident["note"], incident
    first = incident["run_id"]
    later = genaiops(env, "alerts", "ingest", pods(12, 1))
    assert later.returncode == 0 and later.stdout.count("started alert-fired as run") == 1, later.stdout
    assert f"its run {first} failed and its alert fires again" in later.stdout, later.stdout
    last = genaiops(env, "alerts", "ingest", pods(13, 1))
    assert last.returncode == 0 and "started" not in last.stdout and "(failed)" in last.stdout, last.stdout
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    assert len(incident["data"]["fingerprints"]) == 14 and incident["data"]["runs"] == [first], incident


def test_alerts_without_a_service_label_are_one_incident_per_alert_name(env, tmp_path):
    """Ten nodes whose disks fill (NodeFilesystemAlmostFull, no service label: an instance each) and one
    NodeClockSkew, in one notification: two incidents, as Alertmanager's default group_by [alertname] groups them
    (they were eleven), each with the note why; a later node's alert joins its name's incident."""

    def nodes(first: int, count: int, name: str = "NodeFilesystemAlmostFull") -> Path:
        alerts = [{"status": "firing", "fingerprint": f"{name}{i}", "startsAt": "2026-12-05T13:00:00Z",
                   "labels": {"alertname": name, "severity": "warning", "instance": f"node-{i}:9100"}}
                  for i in range(first, first + count)]  # fmt: skip
        payload = tmp_path / f"{name}{first}.json"
        payload.write_text(json.dumps({"version": "4", "status": "firing", "receiver": "genaiops", "alerts": alerts}))
        return payload

    assert genaiops(env, "alerts", "ingest", nodes(0, 10)).returncode == 0
    assert genaiops(env, "alerts", "ingest", nodes(0, 1, "NodeClockSkew")).returncode == 0
    incidents = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    sizes = sorted(len(i["data"]["fingerprints"]) for i in incidents)
    assert sizes == [1, 10], incidents
    assert all(i["service"] is None and "no service label" in i["note"] for i in incidents), incidents
    assert genaiops(env, "alerts", "ingest", nodes(10, 1)).returncode == 0
    incidents = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    assert sorted(len(i["data"]["fingerprints"]) for i in incidents) == [1, 11], incidents


def test_an_alert_listed_field_by_field_shows_a_dash_when_it_was_not_skipped(env):
    """On a narrow terminal `alerts list` prints `field: value` lines: an alert taken whole reads `skipped
    because: -`, as every other empty field, not a label with nothing after it."""
    assert genaiops(env, "alerts", "ingest", DATA / "firing.json").returncode == 0
    listed = genaiops({**env, "COLUMNS": "60"}, "alerts", "list")
    assert listed.returncode == 0, listed.stderr
    assert "fingerprint: 5f3c1e0a9b7d2c4e" in listed.stdout, listed.stdout
    assert "skipped because: -" in listed.stdout, listed.stdout


def test_alert_and_incident_tables_say_their_times_are_utc(env):
    """The incident table's onset reads `2026-01-05 10:03:00` under `onset (UTC)`, and the alert table says since
    when each alert fires under `since (UTC)`: the onset was `2026-01-05T10:03:00` under `onset`, a time without
    its zone beside tables that all say (UTC), and the alert table gave no time at all (a 3 a.m. reader could not
    tell a page from an hour ago from one of last week)."""
    (Path(env["GENAIOPS_HOME"]) / "alert_rules.yaml").unlink()
    assert genaiops(env, "alerts", "ingest", DATA / "firing.json").returncode == 0
    incidents = genaiops(env, "alerts", "list", "--incidents")
    assert "onset (UTC)" in incidents.stdout and "2026-01-05 10:03:00" in incidents.stdout, incidents.stdout
    assert "T10:03" not in incidents.stdout
    alerts = genaiops(env, "alerts", "list")
    assert "since (UTC)" in alerts.stdout and "2026-01-05 10:03:00" in alerts.stdout, alerts.stdout
    narrow = genaiops({**env, "COLUMNS": "100"}, "alerts", "list")
    assert "5f3c1e0a9b7d2c4e" in narrow.stdout and "2026-01-05 10:03:00" in narrow.stdout, narrow.stdout


def test_an_alert_joining_an_incident_under_investigation_says_which_run_has_it(env):
    """firing.json starts alert-fired for checkout (paused at its gate); a new critical alert on fraud, which
    calls checkout, joins that incident: the intake says no second run started and names the incident's run and
    its status. It said only "1 new ... incidents ai-...", so a tired reader waited for an investigation of the
    fraud page that nothing was going to start."""
    first = genaiops(env, "alerts", "ingest", DATA / "firing.json")
    assert first.returncode == 0 and "started alert-fired as run run-" in first.stdout, first.stdout + first.stderr
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    payload = json.loads((DATA / "firing.json").read_text(encoding="utf-8"))
    alert = payload["alerts"][0]
    alert["labels"] |= {"alertname": "FraudLatencyHigh", "service": "fraud"}
    alert["fingerprint"] = "f7a0d0000000000a"
    joined = genaiops(env, "alerts", "ingest", "-", stdin=json.dumps(payload).encode())
    said = " ".join(joined.stdout.split())
    assert joined.returncode == 0 and incident["incident_id"] in said, said
    assert "started alert-fired" not in said
    assert f"already investigated by run {incident['run_id']} (paused)" in said, said
    assert f"genaiops runs show {incident['run_id']}" in said, said


def test_resuming_a_failed_alert_run_names_the_command_that_starts_it_over(env):
    """An alert's investigation that failed (its drill is no bad deploy, so the roll back's dry run fails):
    `genaiops resume RUN` refuses (exit 2), says where to look and gives the command that starts the work over,
    the run's file with the values the alert filled in. It said only "already failed; nothing to resume", and
    the incident keeps that run, so its next alerts start none: nothing said what to do next."""
    scenario = Path(env["GENAIOPS_SCENARIOS_DIR"]) / "alert_fired.yaml"
    scenario.write_text(scenario.read_text(encoding="utf-8").replace("kind: bad_deploy", "kind: memory_leak"))
    first = genaiops(env, "alerts", "ingest", DATA / "firing.json")
    (incident,) = json.loads(genaiops(env, "alerts", "list", "--incidents", "--json").stdout)
    run_id = incident["run_id"]
    assert run_id in first.stdout and "failed" in genaiops(env, "runs", "show", run_id).stdout, first.stdout
    resumed = genaiops(env, "resume", run_id)
    said = " ".join(resumed.stderr.split())
    assert resumed.returncode == 2 and "already failed; nothing to resume" in said, said
    assert f"genaiops runs show {run_id}" in said, said
    command = said.rpartition("as a new run: `")[2].rstrip("`")
    assert command.startswith(f"genaiops run {scenario.resolve()} --set alertname=CheckoutHighErrorRate"), said
    assert "--set fingerprint=5f3c1e0a9b7d2c4e --set service=checkout" in command, said
    again = genaiops(env, *shlex.split(command)[1:], "--detach")
    new_run = re.findall(r"run-\d{8}-\d{6}-[0-9a-f]+", again.stdout)[0]
    assert again.returncode == 0 and new_run != run_id, again.stdout + again.stderr
    assert "alert-fired" in genaiops(env, "runs", "show", new_run).stdout
